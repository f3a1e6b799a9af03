"""The command line's warnings read as analyze's (``WARNING <command>: ...``), not as Python prints a warning (the
script's file and line, then its source line ``sys.exit(main())``), and never quote the data."""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path

import pytest

from mcu_nlp.cli import main

# 4 weeks of appeals and one date unreadable: count_series drops that row with a warning; the unreadable value and
# the ids (shaped like phones) must not show
DAYS = [f"2024-01-{day:02d}" for day in range(1, 29)]
APPEALS = "date,topic,id\n" + "".join(f"{day},{('roads', 'water')[i % 2]},8912345{i:04d}\n" for i, day in
                                      enumerate(["вчера", *DAYS]))
DROPPED = "1 of 29 rows have no readable date in 'date' (missing or unreadable) and are not counted"


def test_forecast_warns_as_analyze_does(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    # in-process (a subprocess costs seconds): the log record is what prints 'WARNING forecast: ...' on stderr
    (tmp_path / "appeals.csv").write_text(APPEALS, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        assert main(["forecast", str(tmp_path / "appeals.csv"), "-o", str(tmp_path / "out.csv"), "--horizon", "3"]) == 0
    assert [(record.levelname, record.getMessage()[:len(DROPPED) + 10]) for record in caplog.records] == [
        ("WARNING", f"forecast: {DROPPED}")]
    err = capsys.readouterr().err
    assert "UserWarning" not in err and "sys.exit" not in err
    assert "вчера" not in err + caplog.text and "8912345" not in err + caplog.text


def _any_input(folder: Path) -> str:
    """An input file for a command whose work is replaced: every command checks that its inputs exist first."""
    (folder / "any.csv").touch()
    return str(folder / "any.csv")


@pytest.mark.parametrize(
    ("category", "said"),
    [
        (RuntimeWarning, "forecast: a RuntimeWarning from a library it uses (its words not shown"),
        (UserWarning, "forecast: a UserWarning from a library it uses (its words not shown"),
    ],
)
def test_a_library_warning_is_named_by_its_kind_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, category: type, said: str
) -> None:
    def forecast_command(*args: object, **kwargs: object) -> object:
        warnings.warn("could not parse 'Иванов Иван, +7 912 345-67-89'", category, stacklevel=2)
        import pandas as pd

        return pd.DataFrame({"unique_id": ["a"]})

    monkeypatch.setattr("mcu_nlp.trends.forecast_command", forecast_command)
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        assert main(["forecast", _any_input(tmp_path), "-o", str(tmp_path / "out.csv")]) == 0
    assert [record.getMessage()[:len(said)] for record in caplog.records] == [said]
    assert "Иванов" not in caplog.text


def test_a_user_warning_of_mcu_nlp_is_shown_whole(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # season's unreadable dates are a McuNlpWarning (as analyze_frame's, demo's): worded not to quote the data, so
    # said whole, not as a library's
    from mcu_nlp.season import dates_seasons

    def forecast_command(*args: object, **kwargs: object) -> object:
        dates_seasons(["вчера"], 1)
        import pandas as pd

        return pd.DataFrame({"unique_id": ["a"]})

    monkeypatch.setattr("mcu_nlp.trends.forecast_command", forecast_command)
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"):
        assert main(["forecast", _any_input(tmp_path), "-o", str(tmp_path / "out.csv")]) == 0
    assert [record.getMessage()[:45] for record in caplog.records] == ["forecast: 1 date could not be read (positions"]
    assert "вчера" not in caplog.text


def test_a_numpy_warning_raised_in_mcu_nlp_code_is_named_by_its_kind_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the category decides, not the frame: numpy's 'divide by zero encountered in log' raised while a function of
    # mcu_nlp was on top printed whole as mcu_nlp's own
    import numpy as np

    namespace: dict = {"__name__": "mcu_nlp.trends.models", "np": np}
    exec("def forecast_command(*args, **kwargs):\n    np.log(np.zeros(1))\n    import pandas as pd\n"
         "    return pd.DataFrame({'unique_id': ['a']})\n", namespace)
    monkeypatch.setattr("mcu_nlp.trends.forecast_command", namespace["forecast_command"])
    with caplog.at_level(logging.WARNING, logger="mcu_nlp"), np.errstate(divide="warn"):
        assert main(["forecast", _any_input(tmp_path), "-o", str(tmp_path / "out.csv")]) == 0
    assert [record.getMessage() for record in caplog.records] == [
        "forecast: a RuntimeWarning from a library it uses (its words not shown: they may quote the data)"]


def _analysis_dates() -> None:
    from mcu_nlp.analysis import _readable_dates

    _readable_dates(["вчера"], [0])


def _dask_dates() -> None:
    import pandas as pd

    from mcu_nlp.dask import _readable_dates

    _readable_dates(pd.DataFrame({"text": ["Нет света"], "date": ["вчера"]}), "text", "date", 0)


def _season_dates() -> None:
    from mcu_nlp.season import dates_seasons

    dates_seasons(["вчера"], 1)


@pytest.mark.parametrize("call", [_analysis_dates, _dask_dates, _season_dates], ids=["analysis", "dask", "season"])
def test_mcu_nlp_warns_with_its_own_category(call: object) -> None:
    # a plain UserWarning was told from a library's only by the frame that raised it
    from mcu_nlp.errors import McuNlpWarning

    with pytest.warns(McuNlpWarning, match="1 date .*could not be read"):
        call()  # type: ignore[operator]


def test_warnings_still_go_to_a_caller_that_records_them() -> None:
    # guard: outside main (a notebook calling count_series) the warning is Python's, a UserWarning as before
    import io

    import pandas as pd

    from mcu_nlp import count_series

    with pytest.warns(UserWarning, match=re.escape(DROPPED)):
        count_series(pd.read_csv(io.StringIO(APPEALS), dtype=str), by=("topic",))
