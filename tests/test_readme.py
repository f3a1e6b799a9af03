"""What README.md shows a newcomer holds at HEAD (the tour itself runs as a doctest in test_cli.py)."""

import re
from importlib import import_module
from pathlib import Path

import pandas as pd
import pytest

import mcu_nlp

README = Path(__file__).parents[1] / "README.md"
DATA = Path(__file__).parents[1] / "data"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_every_mcu_nlp_name_in_the_readme_is_there_after_a_plain_import() -> None:
    # `mcu_nlp.defaults.with_models(...)` was an AttributeError after `import mcu_nlp`: a submodule is an attribute
    # only once something has imported it, so the line worked or not depending on what ran before it. A name is
    # reachable when mcu_nlp exports it (__all__, lazily) or when the block imports its module itself.
    for block in _python_blocks():
        code = "\n".join(line.removeprefix(">>> ") for line in block.splitlines())
        imported = set(re.findall(r"^(?:import|from) (mcu_nlp\.\w+)", code, re.M))
        for name in sorted(set(re.findall(r"\bmcu_nlp(?:\.\w+)+", code)) - imported):
            first, *rest = name.split(".")[1:]
            if f"mcu_nlp.{first}" in imported:
                found = import_module(f"mcu_nlp.{first}")
            else:
                assert first in mcu_nlp.__all__, f"README uses {name}, but mcu_nlp does not export {first!r}"
                found = getattr(mcu_nlp, first)
            for part in rest:
                found = getattr(found, part)


@pytest.mark.parametrize("name", ["spb_sample.csv", "kursk_sample.csv"])
def test_data_readme_states_each_fixtures_real_row_count(name: str) -> None:
    # it said 554 and 334 rows; make_fixtures.py writes 400 and 300 (a text may span lines: wc -l counts more)
    stated = re.search(rf"`{name}` \((\d[\d,]*) appeals", (DATA / "README.md").read_text(encoding="utf-8"))[1]
    assert int(stated.replace(",", "")) == len(pd.read_csv(DATA / "fixtures" / name))


def test_readme_names_the_levels_count_series_stacks() -> None:
    # y.sum() over count_series counts each appeal once per level: README says so and names the levels to select
    frame = pd.DataFrame({"date": ["2024-01-01", "2024-01-02"], "topic": ["heating", "roads"],
                          "municipality": ["Надым", None]})
    counts = mcu_nlp.count_series(frame, by=("topic", "municipality"), date_column="date")
    readme = README.read_text(encoding="utf-8")
    assert counts.y.sum() == 3 * len(frame)
    assert {f'`level` "{level}"' for level in counts.level.unique()} <= set(re.findall(r'`level` "[^"]+"', readme))
    total = counts.loc[counts.level == "total", "unique_id"].unique().tolist()
    assert total == ["__total__"] and '`unique_id` "__total__"' in readme
    assert {"heating/Надым", "Надым", "roads/unknown"} <= set(counts.unique_id)


def test_readme_says_a_text_column_the_file_lacks_stops_and_an_empty_one_warns(tmp_path, capsys, caplog) -> None:
    # it said a wrong --text-column "most often" made every row an error row, warned and exited 0: a column the
    # file lacks stops the job (exit 2) with the message README now quotes; only one that is there but empty warns
    from mcu_nlp.cli import main

    readme = " ".join(README.read_text(encoding="utf-8").split())
    quoted = re.search(r"exit 2 \(`(expected a text column [^`]*)`\)", readme)
    lacking = tmp_path / "lacking.csv"
    lacking.write_text("id,body\n1,Яма на дороге\n", encoding="utf-8")
    assert main(["analyze", str(lacking), "-o", str(tmp_path / "a.csv"), "--no-progress"]) == 2
    assert quoted is not None and quoted[1] in " ".join(capsys.readouterr().err.split())
    empty = tmp_path / "empty.csv"
    empty.write_text("id,text,body\n1,,Яма на дороге\n2,,Нет света\n", encoding="utf-8")
    assert main(["analyze", str(empty), "-o", str(tmp_path / "b.csv"), "--no-progress"]) == 0
    assert "every row, all 2, is an error row" in caplog.text
    assert "the text column is there but holds no texts" in readme
