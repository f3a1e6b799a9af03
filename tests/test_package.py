"""The package as a whole: import cost, public names, errors."""

import subprocess
import sys

import pytest

import mcu_nlp
from mcu_nlp.errors import InputError, McuNlpError, ModelFileError, ResourceNotFoundError, expected


def test_import_is_fast_and_lazy() -> None:
    code = (
        "import time, sys; t = time.process_time(); import mcu_nlp; "
        "print(time.process_time() - t); "
        "print(any(m in sys.modules for m in ('sklearn', 'pymorphy3', 'natasha', 'pandas')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert float(out[0]) < 1.0
    assert out[1] == "False"


def test_version_comes_from_metadata() -> None:
    from importlib.metadata import version

    assert mcu_nlp.__version__ == version("mcu-nlp")


@pytest.mark.parametrize("name", mcu_nlp.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(mcu_nlp, name) is not None


def test_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute"):
        mcu_nlp.does_not_exist  # noqa: B018


@pytest.mark.parametrize(
    ("error", "builtin"),
    [(InputError, ValueError), (ModelFileError, ValueError), (ResourceNotFoundError, FileNotFoundError)],
)
def test_errors_share_one_root_and_a_builtin(error: type, builtin: type) -> None:
    assert issubclass(error, McuNlpError)
    assert issubclass(error, builtin)


def test_expected_message_is_short_and_says_how_to_fix() -> None:
    message = expected("a str", b"x" * 500, "decode bytes first")
    assert message == "expected a str, got bytes of 500 bytes; decode bytes first"
    assert "Иван" not in expected("a number", "Иванов Иван")


def test_packaged_taxonomy_is_the_project_taxonomy() -> None:
    from pathlib import Path

    from mcu_nlp.corpora import PACKAGE_TAXONOMY

    assert PACKAGE_TAXONOMY.read_bytes() == (Path(__file__).parents[1] / "data" / "taxonomy.csv").read_bytes()


def _bad_calls() -> list[tuple[object, str]]:
    import pandas as pd

    from mcu_nlp.season import dates_seasons
    from mcu_nlp.trends import TrendForecaster, backtest, count_series

    day = pd.DataFrame({"unique_id": "a", "ds": ["2024-01-01", "2024-01-01"], "y": [1, 2]})
    return [
        (lambda: count_series(pd.DataFrame({"when": ["2024-01-01"]})), "columns ['when']"),
        (lambda: count_series(pd.DataFrame({"date": ["2024-01-01"]}), by=("topic",)), "columns ['date']"),
        (lambda: TrendForecaster().fit(pd.DataFrame({"ds": [], "y": []})), "columns ['ds', 'y']"),
        (lambda: TrendForecaster().fit(day.iloc[:0]), "an empty frame"),
        (lambda: TrendForecaster().fit(day), "1 duplicates"),
        (lambda: TrendForecaster().fit(day.assign(y=[1, None])), "missing or infinite values"),
        (lambda: TrendForecaster().fit(day.assign(ds=["2024-01-01 10:00", "2024-01-02 00:00"])), "times of day"),
        (lambda: TrendForecaster().fit(day.assign(ds=["2024-01-01", "2024-01-04"])), "a step of 3 days"),
        (lambda: backtest(day.iloc[:1], h=7, n_windows=1), "1 periods"),
        (lambda: mcu_nlp.UrgencyClassifier().fit(["a", "b"], ["critical"]), "1 labels"),
        (lambda: mcu_nlp.TopicClassifier().fit(["a"] * 1500, ["x"] * 1499), "1499 labels"),
        (lambda: dates_seasons(["2024-01-01"], 2), "1 dates"),
    ]


@pytest.mark.parametrize(("call", "words"), _bad_calls())
def test_messages_say_what_came_not_the_length_of_a_description(call: object, words: str) -> None:
    # a description passed to expected() without Shown read "got str of 26 characters"
    with pytest.raises(InputError) as error:
        call()
    assert words in str(error.value) and " characters" not in str(error.value)
