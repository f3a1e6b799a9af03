"""Shared fixtures: real samples from data/fixtures and the shipped default models, loaded once."""

from pathlib import Path

import pandas as pd
import pytest

FIXTURES = Path(__file__).parents[1] / "data" / "fixtures"


@pytest.fixture(scope="session")
def spb_sample() -> pd.DataFrame:
    return pd.read_csv(FIXTURES / "spb_sample.csv", dtype={"id": str})


@pytest.fixture(scope="session")
def kursk_sample() -> pd.DataFrame:
    return pd.read_csv(FIXTURES / "kursk_sample.csv", dtype={"id": str})


@pytest.fixture(scope="session")
def models():
    from mcu_nlp import default_models

    return default_models()
