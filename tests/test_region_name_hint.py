"""A subject's name where a code is read («--region Татарстан», a region column of names) is still refused, with the
code to write (a Татарстан walkthrough, session 30: the message gave no help from a name to its code); any other
text is described, never quoted (it may hold personal data)."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.cli import main as cli
from mcu_nlp.errors import InputError
from mcu_nlp.regions import row_regions


@pytest.mark.parametrize(("name", "code"), [("Татарстан", "16"), ("Республика Татарстан", "16"), ("Чувашия", "21"),
                                            ("курская обл", "46"), ("СПб", "78"), ("ЯНАО", "89"), ("Кузбасс", "42")])
def test_a_subject_name_is_refused_with_its_code(name: str, code: str) -> None:
    with pytest.raises(InputError, match=f"got '{name}'; the code of .+ is '{code}'"):
        mcu_nlp.analyze("Нет света", region=name)
    with pytest.raises(InputError, match=f"is '{code}'"):
        mcu_nlp.GeoResolver(region=name)


def test_a_region_column_of_names_gives_each_row_its_hint() -> None:
    codes, problems = row_regions(["16", "Чувашия", "Иванов Иван", "Курская"])
    assert codes == ["16", None, None, None]
    assert problems[1].endswith("got 'Чувашия'; the code of Чувашская Республика is '21'")
    # no subject's name (a person's, a village's): described, not quoted, no hint
    assert problems[2].endswith("got str of 11 characters") and problems[3].endswith("got str of 7 characters")


def test_cli_region_name(tmp_path, capsys) -> None:
    data = tmp_path / "in.csv"
    data.write_text("text\nНет света\n", encoding="utf-8")
    assert cli(["analyze", str(data), "-o", str(tmp_path / "out.csv"), "--region", "Татарстан"]) == 2
    assert "the code of Республика Татарстан is '16'" in capsys.readouterr().err
