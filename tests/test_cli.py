"""The README's main command, `mcu-nlp demo`, and the command line's behaviour at its edges."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.cli import main
from mcu_nlp.cli_analyze import DEMO
from mcu_nlp.corpora import PACKAGE_TAXONOMY


def test_demo_prints_one_line_per_shipped_appeal(capsys: pytest.CaptureFixture[str], models) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    appeals = pd.read_csv(DEMO, dtype=str)
    rows = [line for line in out.splitlines() if line.strip().startswith(("spb:", "kursk:"))]
    assert [row.split()[0] for row in rows] == appeals["id"].tolist()
    topics = set(pd.read_csv(PACKAGE_TAXONOMY)["code"]) | {"other"}
    assert {row.split()[1] for row in rows} <= topics
    assert {row.split()[3] for row in rows} <= {"critical", "high", "normal"}


def test_demo_resolves_each_appeal_in_the_region_it_came_from(capsys: pytest.CaptureFixture[str], models) -> None:
    # the demo ran without a region: "в Славянке" in a St Petersburg appeal was the Хасанский округ (Приморье)
    appeals = pd.read_csv(DEMO, dtype=str)
    assert (appeals["region"] == appeals["id"].str.split(":").str[0].map({"spb": "78", "kursk": "46"})).all()
    assert main(["demo"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("spb:")}
    assert " Шушары " in rows["spb:3179983"] and "Хасанский" not in rows["spb:3179983"]


def test_demo_says_what_a_dash_for_municipality_means(capsys: pytest.CaptureFixture[str], models) -> None:
    # a newcomer read the column of dashes as geo resolution failing (walkthrough, session 23)
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "municipality - means the text names no place of a municipality" in " ".join(out.split())


def test_demo_into_a_closed_pipe_ends_without_a_traceback() -> None:
    demo = subprocess.Popen([sys.executable, "-m", "mcu_nlp.cli", "demo"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    demo.stdout.close()  # what `| head -1` does, here before the first line is written
    stderr = demo.stderr.read().decode()
    assert demo.wait(timeout=120) == 1
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr


def test_the_readme_tour_prints_what_the_shipped_models_print(models) -> None:
    import doctest
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    tour = re.search(r"```python\n(>>> import mcu_nlp\n.*?)```", readme, re.S)[1]
    # the whole tour as a user pastes it (walkthrough s20 D1: its frame lines had no frame), no flags but its own
    test = doctest.DocTestParser().get_doctest(tour, {}, "README tour", "README.md", 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert runner.failures == 0, "the README tour no longer shows real outputs: update it"


def test_a_broken_pipe_that_is_not_stdout_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    import mcu_nlp.cli

    def broken(args: object) -> int:
        raise BrokenPipeError("a worker's pipe")

    monkeypatch.setitem(mcu_nlp.cli.COMMANDS, "demo", broken)
    with pytest.raises(BrokenPipeError):
        main(["demo"])


UNREADABLE = [  # (command, file name, content or None for a folder, words of the message)
    ("forecast", "counts.csv", b"", "header row"),
    ("forecast", "counts.csv", None, "Is a directory"),
    ("forecast", "counts.csv", b"date\n2024-01-01\n\xff\xfe\n", "UTF-8"),
    ("forecast", "counts.parquet", b"PAR1 not parquet", "Parquet"),
    ("train", "labelled.csv", b"", "header row"),
    ("train", "labelled.csv", None, "Is a directory"),
    ("train", "labelled.csv", b"text,topic\n\xff\xfe,roads\n", "UTF-8"),
    ("train", "labelled.jsonl", b'{"text": "a", "topic": "roads"}\n{broken\n', "JSON object per line"),
    ("train", "labelled.jsonl", b'{"text": "\xff\xfe", "topic": "roads"}\n', "UTF-8"),  # not 'a broken line'
    ("evaluate", "labelled.csv", b"", "header row"),
    ("report", "analysed.parquet", b"PAR1 not parquet", "Parquet"),
]


@pytest.mark.parametrize(("command", "name", "content", "words"), UNREADABLE)
def test_unreadable_files_stop_with_a_message_not_a_traceback(tmp_path, capsys, command, name, content, words) -> None:
    path = tmp_path / name
    path.mkdir() if content is None else path.write_bytes(content)
    argv = {
        "forecast": ["forecast", str(path), "-o", str(tmp_path / "out.csv")],
        "train": ["train", "topic", str(path), "--label-column", "topic", "-o", str(tmp_path / "m.joblib")],
        "evaluate": ["evaluate", str(PACKAGE_TAXONOMY.parent / "models" / "topic.joblib"), str(path),
                     "--label-column", "topic"],
        "report": ["report", str(path), "-o", str(tmp_path / "r.html")],
    }[command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"mcu-nlp {command}:" in err and words in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["forecast", "train", "report", "analyze"])
def test_a_file_without_a_header_row_is_not_quoted_in_the_message(tmp_path, capsys, command) -> None:
    # its first appeal becomes the column names, and those were printed as they were
    path = tmp_path / "appeals.csv"
    path.write_text('2024-01-01,"Иванов Иван, +7 912 345-67-89, нет воды"\n2024-01-02,"Нет света"\n', encoding="utf-8")
    argv = {
        "forecast": ["forecast", str(path), "-o", str(tmp_path / "out.csv")],
        "train": ["train", "topic", str(path), "--label-column", "topic", "-o", str(tmp_path / "m.joblib")],
        "report": ["report", str(path), "-o", str(tmp_path / "r.html")],
        "analyze": ["analyze", str(path), "-o", str(tmp_path / "out.csv"), "--no-progress"],
    }[command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "columns [<str of" in err and "912" not in err and "Иванов" not in err


@pytest.mark.parametrize("command", ["train", "evaluate"])
def test_rows_without_text_or_label_are_named_by_their_row_in_the_file(tmp_path, capsys, command) -> None:
    # a JSONL null or number as text was a TypeError traceback; a missing label was named by its position in
    # the shuffled 80 % hold-out split, not in the file
    rows = [{"text": f"Яма на дороге номер {i}" if i % 2 else f"Нет отопления в доме {i}",
             "topic": "roads" if i % 2 else "heating"} for i in range(40)]
    rows[7]["topic"] = None
    path = tmp_path / "labelled.jsonl"
    if command == "evaluate":
        rows[7]["topic"], rows[5]["text"], rows[9]["text"] = "roads", None, 12345
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    model = str(PACKAGE_TAXONOMY.parent / "models" / "topic.joblib")
    argv = {"train": ["train", "topic", str(path), "--label-column", "topic", "-o", str(tmp_path / "m.joblib")],
            "evaluate": ["evaluate", model, str(path), "--label-column", "topic"]}[command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    assert ("line 8;" in err) if command == "train" else ("lines 6, 10;" in err)  # lines of the file, from 1


def _labelled_file(path: Path, first: str, rows: list[tuple[str, str]]) -> Path:
    if path.suffix == ".parquet":
        pd.DataFrame(rows, columns=["text", "topic"]).to_parquet(path)
    elif path.suffix == ".jsonl":
        path.write_text(first + "".join(json.dumps({"text": t or None, "topic": c or None}, ensure_ascii=False) + "\n"
                                        for t, c in rows), encoding="utf-8")
    else:
        lines = [f'"{t}",{c}' if "\n" in t else f"{t},{c}" for t, c in rows]
        path.write_text(first + "text,topic\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = [("Яма на дороге номер 1", "roads"), ("Нет отопления в доме 2", "heating")] * 10
MISSING = [  # file, what comes before the header, rows; the words of the message
    # an empty text cell was trained on
    ("in.csv", "", [*GOOD[:5], ("", "roads"), *GOOD[5:]], "got none, an empty one or not text on line 7;"),
    ("in.csv", "", [*GOOD[:5], ("   ", "roads"), *GOOD[5:]], "got none, an empty one or not text on line 7;"),
    ("in.csv", "", [*GOOD[:5], ("Яма", ""), *GOOD[5:]], "'topic', got none on line 7;"),  # was 'rows 5'
    ("in.csv", "sep=,\n", [*GOOD[:5], ("Яма", ""), *GOOD[5:]], "'topic', got none on line 8;"),
    ("in.csv", "", [("Яма\nна\n\nдороге", "roads"), *GOOD[:3], ("", "roads"), ("Яма", ""), *GOOD],
     "got none, an empty one or not text on line 9;"),  # a text over four lines
    ("in.jsonl", "\n", [*GOOD[:5], ("", "roads"), *GOOD[5:]], "got none, an empty one or not text on line 7;"),
    ("in.parquet", "", [*GOOD[:5], ("Яма", ""), ("Яма", ""), *GOOD[5:]], "got none on rows 6, 7 (the first is 1);"),
]


@pytest.mark.parametrize(("name", "first", "rows", "words"), MISSING)
def test_train_refuses_an_empty_text_or_label_naming_its_line(tmp_path: Path, capsys, name: str, first: str,
                                                               rows: list[tuple[str, str]], words: str) -> None:
    path = _labelled_file(tmp_path / name, first, rows)
    assert main(["train", "topic", str(path), "--label-column", "topic", "-o", str(tmp_path / "m.joblib")]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1, err
    assert not (tmp_path / "m.joblib").exists()


def test_train_reads_a_csv_with_semicolons(tmp_path, capsys) -> None:
    rows = [f"Яма на дороге номер {i};roads" if i % 2 else f"Нет отопления в доме {i};heating" for i in range(40)]
    path = tmp_path / "labelled.csv"
    path.write_text("text;topic\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert main(["train", "topic", str(path), "--label-column", "topic", "-o", str(tmp_path / "m.joblib")]) == 0
    assert "hold-out accuracy" in capsys.readouterr().err


def test_analyze_with_a_retrained_topic_model(tmp_path, capsys, models) -> None:
    rows = [f"Яма на дороге номер {i},дороги" if i % 2 else f"Нет отопления в доме {i},тепло" for i in range(40)]
    labelled = tmp_path / "labelled.csv"
    labelled.write_text("text,topic\n" + "\n".join(rows) + "\n", encoding="utf-8")
    mine = tmp_path / "my_topic.joblib"
    assert main(["train", "topic", str(labelled), "--label-column", "topic", "-o", str(mine)]) == 0
    appeals = tmp_path / "appeals.csv"
    appeals.write_text("text\nОгромная яма на дороге\nВ квартире нет отопления\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["analyze", str(appeals), "-o", str(out), "--topic-model", str(mine), "--no-progress"]) == 0
    analysed = pd.read_csv(out)
    assert analysed["topic"].tolist() == ["дороги", "тепло"]
    assert analysed["urgency"].notna().all()  # the shipped urgency model still ran
    # a model of the other kind is refused with one line, not used
    shipped_urgency = tmp_path / "urgency.joblib"
    import mcu_nlp

    mcu_nlp.save(models.urgency, shipped_urgency)
    capsys.readouterr()
    assert main(["analyze", str(appeals), "-o", str(out), "--topic-model", str(shipped_urgency), "--no-progress"]) == 2
    assert "expected a topic model" in capsys.readouterr().err


def test_evaluate_refuses_labels_the_model_does_not_know_and_warns_for_some(tmp_path, capsys, caplog,
                                                                          models) -> None:
    # an urgency model scored on topic labels printed 'accuracy 0.0', exit 0
    import mcu_nlp

    urgency = tmp_path / "urg.joblib"
    mcu_nlp.save(models.urgency, urgency)
    kursk = Path(__file__).parents[1] / "data" / "fixtures" / "kursk_sample.csv"
    assert main(["evaluate", str(urgency), str(kursk), "--label-column", "topic"]) == 2
    err = capsys.readouterr().err
    assert "expected labels in 'topic' among the model's 3 classes ['critical', 'high', 'normal'], got none of " \
           "300 rows' labels (19 distinct)" in err
    some = tmp_path / "some.csv"
    some.write_text("text,level\nПахнет газом в подъезде,critical\nЯма на дороге,normal\nНет света,срочно\n",
                    encoding="utf-8")
    assert main(["evaluate", str(urgency), str(some), "--label-column", "level"]) == 0
    warned = [record.getMessage() for record in caplog.records if record.levelname == "WARNING"]
    assert warned == ["evaluate: 1 of 3 rows have a label the model does not know (1 distinct); they count as errors"]
    assert capsys.readouterr().out.startswith("accuracy ")


@pytest.mark.parametrize(("argv", "verbose"), [
    (["analyze", "in.csv"], False),
    (["-v", "analyze", "in.csv"], True),
    (["analyze", "in.csv", "-v"], True),  # was 'unrecognized arguments: -v'
    (["analyze", "--verbose", "in.csv"], True),
    (["demo", "-v"], True),
    (["forecast", "c.csv", "-o", "f.csv", "-v"], True),
])
def test_verbose_goes_before_or_after_the_command(argv: list[str], verbose: bool) -> None:
    from mcu_nlp.cli import build_parser

    assert build_parser().parse_args(argv).verbose is verbose


EVALUATED = [  # (rows "text,topic" of a test file, the printed macro-F1, what the line says it averages)
    (["Яма на дороге,roads", "Нет света в подъезде,power", "Спасибо большое,roads", "Мусор не вывозят,waste"],
     "0.8889", "over the 3 labels in the data; the report's macro avg also counts 'other', predicted only"),
    (["Яма на дороге,roads", "Нет света в подъезде,power", "Мусор не вывозят,waste"], "1.0",
     "over the 3 labels in the data)"),
    # two labels the model lacks are one row of the report (walkthrough s57: 0.0912 above a macro avg of 0.35)
    (["Яма на дороге,roads", "Нет света в подъезде,мост", "Мусор не вывозят,сад"], "0.3333",
     ("over the 3 labels in the data; the report's macro avg counts the 2 the model lacks as one row and also counts "
      "'power', 'waste', predicted only)")),
]


@pytest.mark.parametrize(("rows", "macro", "note"), EVALUATED, ids=["an abstention", "none", "labels it lacks"])
def test_evaluate_averages_macro_f1_over_the_labels_of_the_data(tmp_path, capsys, models, rows: list[str],
                                                                macro: str, note: str) -> None:
    # the fallback class 'other', which no true label has, added an F1 of 0 per abstention: 0.6667 here, not 0.8889
    import mcu_nlp

    model, data = tmp_path / "topic.joblib", tmp_path / "test.csv"
    mcu_nlp.save(models.topic, model)
    data.write_text("\n".join(["text,topic", *rows]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["evaluate", str(model), str(data), "--label-column", "topic"]) == 0
    headline = capsys.readouterr().out.splitlines()[0]
    assert f"macro-F1 {macro} " in headline and f"(macro-F1 {note}" in headline


def test_evaluate_shows_no_label_the_model_lacks(tmp_path, capsys, models) -> None:
    # a label cell holding a phone or a name (a mistyped cell, a text column) was a row of the printed report
    import mcu_nlp

    urgency, data = tmp_path / "urg.joblib", tmp_path / "labelled.csv"
    mcu_nlp.save(models.urgency, urgency)
    data.write_text("text,level\nПахнет газом в подъезде,critical\nЯма на дороге,normal\n"
                    "Нет света,Петров Иван 89123456789\nНет воды,vasya@mail.ru\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["evaluate", str(urgency), str(data), "--label-column", "level"]) == 0
    out = capsys.readouterr().out
    assert "89123456789" not in out and "Петров" not in out and "vasya" not in out
    assert "<labels the model lacks>" in out and "critical" in out


def test_the_readme_reads_as_a_doctest_file_whose_examples_expect_no_markdown() -> None:
    # `pytest --doctest-glob=README.md README.md` read the closing fence of the tour as its last line's expected
    # output (walkthrough s21 A1: "Expected ``` Got nothing"); a blank line ends each example before its fence
    import doctest

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    examples = doctest.DocTestParser().get_examples(readme)
    assert examples
    assert not [example.source for example in examples if "```" in example.want]
