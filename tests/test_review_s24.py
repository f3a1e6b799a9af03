"""Session 24 review fixes (non-urgency items), invented texts and values."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import best_place

from mcu_nlp.cli import main


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Яма на дороге\n2,Нет воды\n", encoding="utf-8")
    return source


def test_analyze_runs_with_stderr_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`exec 2>&-` leaves sys.stderr None: the job ran into None.isatty() and exited 1 with no output (item 10)."""
    import tqdm

    made = []
    real = tqdm.tqdm

    def bar(*args: object, **kwargs: object) -> object:
        made.append(kwargs.get("disable"))
        return real(*args, **kwargs)

    monkeypatch.setattr(tqdm, "tqdm", bar)
    monkeypatch.setattr("sys.stderr", None)
    assert main(["analyze", str(_source(tmp_path)), "-o", str(tmp_path / "out.csv")]) == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("\n") == 3
    assert all(made)  # no bar drawn: only disabled ones, if any
    assert capsys.readouterr().out == ""  # the summary line is not moved onto stdout


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell closes stderr")
def test_analyze_process_with_stderr_closed(tmp_path: Path) -> None:
    code = "import sys; from mcu_nlp.cli import main; sys.exit(main(sys.argv[1:]))"
    out = tmp_path / "out.csv"
    run = subprocess.run(
        [
            "sh",
            "-c",
            'exec 2>&-; exec "$0" -c "$1" analyze "$2" -o "$3"',
            sys.executable,
            code,
            str(_source(tmp_path)),
            str(out),
        ],
        capture_output=False,
        stdout=subprocess.PIPE,
        timeout=300,
    )
    assert run.returncode == 0 and out.exists() and run.stdout == b""


def test_blank_key_is_the_missing_key() -> None:
    """A blank region was read as the code of none and became the series 'None' beside 'unknown' (item 9)."""
    import warnings

    import pandas as pd

    from mcu_nlp.trends.counts import count_series

    frame = pd.DataFrame({"date": ["2026-11-01"] * 4, "topic": ["heating"] * 4, "region": ["", None, " ", "02"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ids = set(count_series(frame, by=("topic", "region")).unique_id)
    assert ids == {"heating/unknown", "heating/02", "unknown", "02", "__total__"}
    named = pd.DataFrame({"date": ["2026-11-01"] * 2, "topic": ["heating", ""], "municipality": ["", "Надым"]})
    assert set(count_series(named).unique_id) == {"heating/unknown", "unknown/Надым", "unknown", "Надым", "__total__"}


# item 4: the caller's own town heading a plea before a report; a person spoken to with no report stays no place
PLEAS = [
    ("02", "Салават, подскажите, когда дадут воду?", "Салават"),
    ("02", "Добрый день. Салават, двор дома 5 по улице Мира весь в мусоре", "Салават"),
    ("57", "Орёл, помогите! Нет воды третий день", "Орёл"),
    ("36", "Лиски, помогите, нет воды", "Лискинский район"),
    # guards: no report, a later sentence, another caller's region, no region
    ("02", "Салават, вы молодец!", None),
    ("02", "Спасибо за помощь. Салават, вы молодец!", None),
    ("78", "Орёл, помогите! Нет воды третий день", None),
    (None, "Салават, подскажите, когда дадут воду?", None),
]
# item 13: the official «X внутригородской округ»
INNER_OKRUGS = [
    ("23", "В Прикубанском внутригородском округе нет воды", "Краснодар"),
    ("23", "В Прикубанском округе нет воды", "Краснодар"),
    ("46", "В Сеймском внутригородском округе нет света", "Курск"),
    ("63", "В Кировском внутригородском районе нет воды", "Самара"),
    ("78", "В Прикубанском внутригородском округе нет воды", None),  # guard: another caller's region
]


@pytest.mark.parametrize(("region", "text", "want"), PLEAS + INNER_OKRUGS)
def test_geo_review_s24(region: str | None, text: str, want: str | None) -> None:
    assert best_place(text, region, field="name") == want


# item 11: a home address after «проживаю в <town>,» with no street word
HOMES = [
    ("проживаю в г. Курск, Ленина 5-12", "проживаю в г. Курск, [ADDRESS]"),
    ("проживаю в Курске, Ленина 5-12", "проживаю в Курске, [ADDRESS]"),
    ("Проживаю в п. Солнечный, Лесная 3", "Проживаю в п. Солнечный, [ADDRESS]"),
    ("проживаю в станице Каневской, Горького 5", "проживаю в станице Каневской, [ADDRESS]"),
    # guards: no house number after the name, a measure after the number, a street that is the problem's place
    ("живу в Курске, Ленина 5 лет назад был ремонт", "живу в Курске, Ленина 5 лет назад был ремонт"),
    ("живу в Тюмени, ул. Ленина разбита", "живу в Тюмени, ул. Ленина разбита"),
    ("живу в Курске, 5 лет", "живу в Курске, 5 лет"),
]


@pytest.mark.parametrize(("text", "want"), HOMES)
def test_home_after_a_town_and_a_comma(text: str, want: str) -> None:
    from mcu_nlp.redaction import redact

    assert redact(text) == want
