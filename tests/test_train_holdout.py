"""`mcu-nlp train`'s hold-out figure (walkthrough s19 D22): the copies of a text stay on one side of the split, and
a hold-out fit that answers its fallback for most texts says why instead of printing accuracy 0.0 alone."""

from mcu_nlp.training import _holdout, _warn_abstaining


def test_copies_of_a_text_stay_on_one_side_of_the_holdout_split():
    texts = [f"Нет воды в доме {i}" for i in range(30)] * 3 + ["НЕТ ВОДЫ В ДОМЕ 1!!"]
    train, test = _holdout(texts, ["water", "roads"] * 45 + ["water"])
    assert sorted(train + test) == list(range(len(texts))) and 0.1 < len(test) / len(texts) < 0.3
    key = {i: texts[i].lower().strip("!") for i in range(len(texts))}
    assert not {key[i] for i in train} & {key[i] for i in test}


def test_a_mostly_abstaining_holdout_fit_says_why(capsys):
    _warn_abstaining("other", ["other"] * 28 + ["roads"], ["roads"] * 4 + ["gas"] * 3 + ["water"] * 5)
    err = capsys.readouterr().err
    assert "answered 'other' for 28 of 29 texts" in err and "4 for the median topic" in err
    _warn_abstaining("other", ["other"] * 2 + ["roads"] * 3, ["roads"] * 4)
    _warn_abstaining(None, ["normal"] * 5, ["normal"] * 5)
    assert capsys.readouterr().err == ""
