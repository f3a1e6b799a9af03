"""Mistyped labels (a Ставропольский край walkthrough, session 61, D6): «ЖКХ », «жкх» beside «ЖКХ» became topics of
their own without a word; with ``labels=`` the refusal hid «ЖКХ » as ``<str of 4 characters>``."""

from __future__ import annotations

import warnings

import pytest

from mcu_nlp import TopicClassifier
from mcu_nlp.errors import InputError, McuNlpWarning

TEXTS = [f"Нет воды в доме номер {i}, напор слабый" for i in range(30)] + \
        [f"Яма на дороге у остановки {i}, колёса бьём" for i in range(30)]


def labels(*typos: str) -> list[str]:
    y = ["ЖКХ"] * 30 + ["дороги"] * 30
    y[3:3 + len(typos)] = typos
    return y


def test_labels_that_differ_in_case_or_spaces_are_named_in_a_warning() -> None:
    with pytest.warns(McuNlpWarning, match="differ only in case or spaces.*'ЖКХ', 'ЖКХ ', 'жкх'") as caught:
        model = TopicClassifier().fit(TEXTS, labels("ЖКХ ", "жкх"))
    assert {"ЖКХ", "ЖКХ ", "жкх"} <= set(model.classes_)  # still the user's labels, as given
    assert caught[0].filename == __file__  # pointed at the caller's fit


def test_distinct_labels_give_no_such_warning() -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message="labels that differ", category=McuNlpWarning)
        TopicClassifier().fit(TEXTS, labels())


def test_a_label_with_a_space_around_it_is_shown_when_refused() -> None:
    with pytest.raises(InputError, match=r"got \['ЖКХ ', 'жкх'\] on rows 3, 4"):
        TopicClassifier(labels=["ЖКХ", "дороги"]).fit(TEXTS, labels("ЖКХ ", "жкх"))


def test_a_label_that_reads_as_a_text_is_still_described() -> None:
    with pytest.raises(InputError, match=r"<str of 12 characters>"):
        TopicClassifier(labels=["ЖКХ", "дороги"]).fit(TEXTS, labels("нет воды дом"))
