"""What a first walkthrough of the command line found: each a case a new user runs into."""

import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.cli import main

APPEALS = "id,text,date\n1,Нет воды в доме,2024-01-05\n2,Яма на дороге,2024-01-06\n"


def _appeals(path: Path) -> Path:
    path.write_text(APPEALS, encoding="utf-8")
    return path


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink", "dotted"])
@pytest.mark.parametrize("command", ["analyze", "forecast", "report", "train"])
def test_an_output_that_is_the_input_is_refused_before_any_work(tmp_path, capsys, command, link) -> None:
    # 'analyze same.csv -o same.csv' exited 0 and replaced the appeals with the analysis
    data = _appeals(tmp_path / "same.csv")
    output = {"same": data, "symlink": tmp_path / "link.csv", "hardlink": tmp_path / "hard.csv",
              "dotted": tmp_path / "sub" / ".." / "same.csv"}[link]
    if link == "symlink":
        output.symlink_to(data)
    elif link == "hardlink":
        os.link(data, output)
    (tmp_path / "sub").mkdir()
    argv = {"train": ["train", "topic", str(data), "--label-column", "id"]}.get(command, [command, str(data)])
    assert main([*argv, "-o", str(output)]) == 2
    assert "other than the input" in capsys.readouterr().err
    assert data.read_text(encoding="utf-8") == APPEALS


@pytest.mark.parametrize("command", ["analyze", "forecast", "report", "train"])
def test_a_missing_input_is_said_missing_even_with_an_output_of_its_name(tmp_path, capsys, command) -> None:
    # 'analyze missing.csv -o missing.csv' said "the same file": two paths to nothing resolve alike
    data = tmp_path / "missing.csv"
    argv = {"train": ["train", "topic", str(data), "--label-column", "id"]}.get(command, [command, str(data)])
    assert main([*argv, "-o", str(data)]) == 2
    err = capsys.readouterr().err
    assert "expected an existing input file, got " in err and "missing.csv (no such file)" in err
    assert "same file" not in err and not data.exists()


def test_a_missing_topic_model_is_named_by_its_option(tmp_path, capsys) -> None:
    data = _appeals(tmp_path / "appeals.csv")
    assert main(["analyze", str(data), "--topic-model", str(tmp_path / "m.joblib"), "-o", str(tmp_path / "o.csv")]) == 2
    assert "expected an existing --topic-model file, got " in capsys.readouterr().err


@pytest.mark.parametrize("name", ["appeals.csv", "appeals"])
def test_a_folder_given_as_the_input_is_called_a_folder(tmp_path, capsys, name) -> None:
    # a folder named appeals.csv was "no such file"; one named appeals "expected a .csv, .jsonl or .parquet file"
    (tmp_path / name).mkdir()
    assert main(["analyze", str(tmp_path / name), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert f"expected an input file, got {tmp_path / name} (a folder); name one file in it" in err
    assert not (tmp_path / "out.csv.parts").exists() and not (tmp_path / "out.csv").exists()


def test_a_forecast_plot_onto_its_own_output_is_refused(tmp_path, capsys) -> None:
    data = _appeals(tmp_path / "appeals.csv")
    out = tmp_path / "f.csv"
    assert main(["forecast", str(data), "-o", str(out), "--plot", str(out)]) == 2
    assert "--plot other than the --output" in capsys.readouterr().err
    assert not out.exists()


def test_forecast_with_a_plot_but_no_matplotlib_writes_nothing(tmp_path, capsys, monkeypatch) -> None:
    # exit 2 came after the forecast was written: a run that failed left an output behind
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    data, out = _appeals(tmp_path / "appeals.csv"), tmp_path / "f.csv"
    assert main(["forecast", str(data), "-o", str(out), "--plot", str(tmp_path / "f.png")]) == 2
    err = capsys.readouterr().err
    assert "expected matplotlib for plots; install the plot extra: pip install -e '.[plot]'" in err
    assert "read as" not in err
    assert not out.exists()


def test_a_models_folder_from_the_environment_is_named_when_a_model_is_missing(tmp_path, capsys, monkeypatch) -> None:
    # "expected a model file at .../urgency.joblib" did not say that MCU_NLP_MODELS chose that folder
    from mcu_nlp.defaults import MODELS, TOPIC_MODEL

    folder = tmp_path / "models"
    folder.mkdir()
    for name in (TOPIC_MODEL, TOPIC_MODEL + ".manifest.json"):
        shutil.copy(MODELS / name, folder / name)
    monkeypatch.setenv("MCU_NLP_MODELS", str(folder))
    data = _appeals(tmp_path / "appeals.csv")
    assert main(["analyze", str(data), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "urgency.joblib" in err and "from the environment variable MCU_NLP_MODELS" in err


def test_forecast_of_raw_appeals_says_how_many_days_had_none(tmp_path) -> None:
    # count_series had filled the empty days with 0 before they were counted: "from ... to ..." and nothing more
    from mcu_nlp.trends import forecast_command

    data = tmp_path / "appeals.csv"
    data.write_text("date,topic\n2024-01-01,a\n2024-01-01,b\n2024-01-04,a\n2024-01-10,a\n", encoding="utf-8")
    said: list[str] = []
    forecast_command(data, 3, tmp_path / "f.csv", report=said.append)
    assert "4 appeals dated by 'date' from 2024-01-01 to 2024-01-10; 7 days without an appeal count as 0," in said[0]


def test_train_names_every_bad_line_of_every_kind_as_lines_of_the_file(tmp_path, capsys) -> None:
    # only the empty text (line 7) was named, the missing label (line 5) after it was fixed; a label not a level was
    # "row 8: 'urgent'", a row from 0 and its cell quoted
    rows = [("Прорвало трубу, заливает квартиру", "critical"), ("Яма на дороге", "normal"),
            ("Нет отопления в доме", "high")] * 8
    rows[3], rows[5], rows[8] = ("Яма во дворе", ""), ("", "normal"), ("Нет света", "Петров 89123456789")
    data = tmp_path / "urgency.csv"
    data.write_text("text,level\n" + "".join(f'"{t}",{c}\n' for t, c in rows), encoding="utf-8")
    assert main(["train", "urgency", str(data), "--label-column", "level", "-o", str(tmp_path / "u.joblib")]) == 2
    err = capsys.readouterr().err
    assert "not text on line 7;" in err and "'level', got none on line 5;" in err
    assert "labels critical, high, normal in 'level', got others on line 10;" in err
    assert "Петров" not in err and "891" not in err and err.count("\n") == 1


@pytest.mark.parametrize("command", ["analyze", "evaluate"])
def test_a_csv_with_two_columns_of_one_name_reads_the_first_and_says_so(tmp_path, capsys, caplog, command) -> None:
    # analyze read the last 'text' column and evaluate (pandas) the first, neither saying a word
    data = tmp_path / "twice.csv"
    data.write_text("id,text,topic,text,,\n1,Нет воды в доме,water,Яма на дороге,,\n", encoding="utf-8")
    model = str(Path(__file__).parents[1] / "src" / "mcu_nlp" / "data" / "models" / "topic.joblib")
    out = tmp_path / "out.csv"
    argv = {"analyze": ["analyze", str(data), "-o", str(out), "--no-progress", "--keep-text"],
            "evaluate": ["evaluate", model, str(data), "--label-column", "topic"]}[command]
    assert main(argv) == 0
    assert "twice.csv: columns named twice in the header: 'text'; the first of each is read" in caplog.text
    assert "''" not in caplog.text  # the empty names of trailing separators are not named
    if command == "analyze":
        assert pd.read_csv(out)["text"].tolist() == ["Нет воды в доме"]


@pytest.mark.parametrize("command", ["analyze", "train", "evaluate"])
def test_a_parquet_file_with_two_columns_of_one_name_is_read_alike_by_every_command(tmp_path, capsys, caplog,
                                                                                   command) -> None:
    # train and evaluate stopped ("got one Arrow could not read (ArrowInvalid)", exit 2) where analyze read the first
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = tmp_path / "twice.parquet"
    texts, topics = ["Нет воды в доме", "Яма на дороге у школы"] * 10, ["water", "roads"] * 10
    pq.write_table(pa.Table.from_arrays([pa.array(texts), pa.array(topics), pa.array(["Мусор"] * 20)],
                                        names=["text", "topic", "text"]), data)
    model = str(Path(__file__).parents[1] / "src" / "mcu_nlp" / "data" / "models" / "topic.joblib")
    argv = {"analyze": ["analyze", str(data), "-o", str(tmp_path / "out.csv"), "--no-progress", "--keep-text"],
            "train": ["train", "topic", str(data), "--label-column", "topic", "-o", str(tmp_path / "t.joblib")],
            "evaluate": ["evaluate", model, str(data), "--label-column", "topic"]}[command]
    assert main(argv) == 0, capsys.readouterr().err
    assert "twice.parquet: columns named twice in the header: 'text'; the first of each is read" in caplog.text
    if command == "analyze":
        assert pd.read_csv(tmp_path / "out.csv")["text"].tolist() == texts
    if command == "evaluate":  # the first column's texts, each of its own topic
        assert "accuracy 1.0" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_an_input_without_rows_gives_the_columns_of_one_with_rows(tmp_path, fmt) -> None:
    # a header alone gave text, row, topic...: the id and date columns dropped, the text first
    import pyarrow.parquet as pq

    rows = pd.DataFrame({"id": [1], "text": ["Нет воды в доме"], "date": ["2024-01-05"]}).astype({"date": "string"})
    schemas = []
    for name, frame in (("full", rows), ("empty", rows.iloc[:0])):
        data = tmp_path / f"{name}.{fmt}"
        frame.to_csv(data, index=False) if fmt == "csv" else frame.to_parquet(data, index=False)
        for out_fmt in ("csv", "parquet"):
            out = tmp_path / f"{name}.out.{out_fmt}"
            assert main(["analyze", str(data), "--date-column", "date", "-o", str(out), "--no-progress"]) == 0
            schemas.append(pq.read_schema(out) if out_fmt == "parquet" else out.read_text().splitlines()[0])
    assert schemas[:2] == schemas[2:]
    assert schemas[1].names[:4] == ["id", "date", "row", "text"]


def test_an_input_without_rows_is_checked_as_one_with_rows(tmp_path, capsys) -> None:
    data = tmp_path / "header.csv"
    data.write_text("id,text,date\n", encoding="utf-8")
    assert main(["analyze", str(data), "--id-column", "text", "-o", str(tmp_path / "o.csv"), "--no-progress"]) == 2
    assert "expected an id column other than the text column" in capsys.readouterr().err
    assert not list(tmp_path.glob("o.csv*"))
