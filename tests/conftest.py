"""Shared fixtures: real samples from data/fixtures and the shipped default models, loaded once; an analyze job
killed part way."""

from contextlib import contextmanager
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


@pytest.fixture
def job_killed_at_chunk():
    """``with job_killed_at_chunk(N): run_analyze_job(...)``: the job dies (RuntimeError 'killed') as it reaches chunk
    ``N``, its earlier chunks done, as a killed job leaves them for ``--resume``; the block must raise it."""
    import mcu_nlp.batchjob

    @contextmanager
    def killed(at: int):
        analyse = mcu_nlp.batchjob._do_chunk

        def do_chunk(plan, index, *rest):
            if index == at:
                raise RuntimeError("killed")
            return analyse(plan, index, *rest)

        with pytest.MonkeyPatch.context() as patch, pytest.raises(RuntimeError, match="killed"):
            patch.setattr(mcu_nlp.batchjob, "_do_chunk", do_chunk)
            yield

    return killed
