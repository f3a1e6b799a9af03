"""`mcu-nlp train`'s hold-out figure (walkthrough s19 D22): the copies of a text stay on one side of the split, and
a hold-out fit that answers its fallback for most texts says why instead of printing accuracy 0.0 alone."""

import pandas as pd

from mcu_nlp.cli import main
from mcu_nlp.training import _holdout, _warn_abstaining


def test_copies_of_a_text_stay_on_one_side_of_the_holdout_split():
    texts = [f"Нет воды в доме {i}" for i in range(30)] * 3 + ["НЕТ ВОДЫ В ДОМЕ 1!!"]
    train, test = _holdout(texts, ["water", "roads"] * 45 + ["water"])
    assert sorted(train + test) == list(range(len(texts))) and 0.1 < len(test) / len(texts) < 0.3
    key = {i: texts[i].lower().strip("!") for i in range(len(texts))}
    assert not {key[i] for i in train} & {key[i] for i in test}


def test_a_mostly_abstaining_holdout_fit_says_why(capsys):
    topics = ["roads"] * 10 + ["gas"] * 10 + ["water"] * 9
    _warn_abstaining("other", ["other"] * 28 + ["roads"], topics, ["roads"] * 4 + ["gas"] * 3 + ["water"] * 5)
    err = capsys.readouterr().err
    assert "answered 'other' for 28 of 29 texts of a topic" in err and "4 for the median topic" in err
    _warn_abstaining("other", ["other"] * 2 + ["roads"] * 3, ["roads"] * 5, ["roads"] * 4)
    _warn_abstaining(None, ["normal"] * 5, ["normal"] * 5, ["normal"] * 5)
    assert capsys.readouterr().err == ""


def test_right_answers_of_other_are_no_abstention(capsys):
    # review s20 #14: hold-out accuracy 1.0 with «other» the majority label printed "too few texts per topic"
    labels = ["other"] * 62 + ["roads"] * 22
    _warn_abstaining("other", labels, labels, ["other"] * 240 + ["roads"] * 56 + ["gas"] * 40)
    _warn_abstaining("other", ["other"] * 5, ["other"] * 5, ["other"] * 20)  # no text of a topic: nothing to say
    assert capsys.readouterr().err == ""
    _warn_abstaining("other", ["other"] * 70 + ["roads"] * 14, labels, ["other"] * 240 + ["roads"] * 56)
    assert capsys.readouterr().err == ""  # 8 of 22 texts of a topic: no majority


def test_the_train_command_says_nothing_of_abstaining_at_accuracy_one(tmp_path, capsys):
    rows = [(f"Прошу сообщить график приёма граждан номер {i}", "other") for i in range(150)]
    rows += [(f"Яма на дороге у дома {i}, машины бьют колёса", "roads") for i in range(40)]
    rows += [(f"Нет отопления в квартире {i}, батареи холодные", "heating") for i in range(40)]
    pd.DataFrame(rows, columns=["text", "topic"]).to_csv(tmp_path / "tr.csv", index=False)
    assert main(["train", "topic", str(tmp_path / "tr.csv"), "--label-column", "topic",
                 "-o", str(tmp_path / "m.joblib")]) == 0
    err = capsys.readouterr().err
    assert "hold-out accuracy 1.0" in err and "note:" not in err


def test_a_file_enough_for_a_fit_but_not_for_its_holdout_is_saved_without_holdout_figures(tmp_path, capsys):
    # walkthrough s60 D8: 12 critical texts fit, the 80 % hold-out fit had 9 and was refused with the split's counts
    # and "lower cv", which the command line has no option for
    import json

    rows = [(f"Пахнет газом в подъезде дома {i}, очень сильно", "critical") for i in range(12)]
    rows += [(f"Яма на дороге у дома {i}, машины бьют колёса", "high") for i in range(19)]
    rows += [(f"Прошу покрасить скамейку у дома {i}", "normal") for i in range(19)]
    pd.DataFrame(rows, columns=["text", "urgency"]).to_csv(tmp_path / "u.csv", index=False)
    assert main(["train", "urgency", str(tmp_path / "u.csv"), "-o", str(tmp_path / "u.joblib")]) == 0
    err = capsys.readouterr().err
    assert "fitted on all 50 texts; no hold-out figures" in err and "lower cv" not in err
    assert "({'critical': 8, 'high': 16, 'normal': 16}) is refused" in err
    manifest = json.loads((tmp_path / "u.joblib.manifest.json").read_text(encoding="utf-8"))
    assert manifest["metrics"] == {} and "no hold-out figures" in manifest["notes"]
