"""Session 14: a signature, a closing formula or the writer's address appended to an appeal leaves its level as it was
(the learned model read "уважение", "заранее", "адрес", "проживать": "Нет света" high, with "С уважением, Кузнецова
Анна Сергеевна" critical)."""

from __future__ import annotations

import re
import sys
from itertools import chain

import numpy as np
import pytest

from mcu_nlp.normalization import normalize
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL, closings
from mcu_nlp.urgency.closings import CUES, closing_spans
from mcu_nlp.urgency.model_text import model_text

BASES = ["Нет света", "Яма на дороге.", "Пахнет газом в подъезде!", "Шумят соседи по ночам", "Не вывозят мусор неделю",
         "Третий день нет воды, дети дома", "Когда отремонтируют дорогу?", "Сосульки над входом в магазин"]
TAILS = [
    " Мой адрес: ул. Мира 5, кв. 3",
    " С уважением, Кузнецова Анна Сергеевна",
    " С уважением, жительница дома",
    "\nЗаранее спасибо. Иванов И.И.",
    " Проживаю по адресу: Курск, ул. Ленина, 10-25",
    " Жду ответа. Анна",
    " Заранее благодарю!",
    "\n\nС ув. Сидорова М.П., тел. 8-903-111-22-33",
    " Прописана по адресу г. Курск, ул. Карла Маркса, д. 5",
    " Спасибо за внимание.",
    " Жду вашего скорейшего ответа.",
    " Мой адрес [ADDRESS]",
    " С уважением, [PERSON]",
    " Адрес: Курск, ул. Сумская, 12-4",
    " С наилучшими пожеланиями, семья Ивановых",
    " Прошу дать ответ. Кузнецов",
    " Живу по адресу пр. Победы 15",
    " Спасибо заранее. С уважением, жители дома 7 по ул. Гагарина",
]


@pytest.mark.parametrize("tail", TAILS)
def test_model_reads_no_closing_signature_or_address(tail):
    assert [normalize(model_text(b + tail)) for b in BASES] == [normalize(model_text(b)) for b in BASES]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


def test_shipped_level_and_scores_unchanged_by_closings(shipped):
    levels, proba = shipped.predict_with_proba(BASES)
    for tail in TAILS:
        tailed, tailed_proba = shipped.predict_with_proba([b + tail for b in BASES])
        assert list(tailed) == list(levels), tail
        assert np.allclose(tailed_proba, proba), tail


# guards: the matter of an appeal stays, wherever a formula's words occur in it
KEPT = [
    ("Жду ответа третий месяц, а воды нет", "ждать ответ третий месяц вода нет"),
    ("Заранее спасибо, уберите снег во дворе", "убрать снег двор"),
    ("С уважением прошу отозвать разрешение на вырубку деревьев у школы номер пять и у детского сада",
     "просить отозвать разрешение вырубка дерево школа номер пять детский сад"),
    ("Прошу ответить, когда дадут воду", "просить ответить дать вода"),
    ("Жду ответа. Очень холодно в квартире", "ждать ответ очень холодно квартира"),
    ("Я живу без воды третий день", "жить без вода третий день"),
    # a street word before a capitalised word that can be no street's name: a sentence without its full stop
    ("Третий день нет воды, дети дома Жду ответа", "третий день нет вода ребенок дом"),
    ("Дети дома Заранее спасибо", "ребенок дом"),
    # guards: a street's name after the street word stays an address
    ("Пожар у дома Ленина 5", "пожар"),
    ("Яма на ул. Садовая", "яма"),
]


@pytest.mark.parametrize(("text", "read"), KEPT)
def test_matter_kept(text, read):
    assert normalize(model_text(text)) == read


def test_closing_cues_hold_every_case_form():
    """closing_spans skips a scan when the case-folded text lacks its CUES: whatever ``(?i)`` matches to a cue's
    letter must case-fold to it, or a skipped text could hold a match («ᲃ», U+1C83, is «с» to ``(?i)`` and to
    ``casefold``, not to ``lower``)."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("".join(chain.from_iterable(CUES.values()))):
        assert {found.casefold() for found in re.findall(f"(?i:{re.escape(letter)})", every)} == {letter}


CLOSINGS = ["Нет света. С НАИЛУЧШИМИ ПОЖЕЛАНИЯМИ, Анна", "Яма. С Ув. Иван", "Яма. с уваж. Пётр", "ЗАРАНЕЕ СПАСИБО",
            "Благодарю за помощь, но воды нет", "ᲃпасибо за внимание. Анна", "Жду ОТВЕТА", "Прошу дать ответ",
            "Нет воды", "Уважаемые, нет воды", ""]


@pytest.mark.parametrize("text", CLOSINGS)
def test_closings_found_as_by_every_scan(text, monkeypatch):
    found = closing_spans(text)
    monkeypatch.setattr(closings, "CUES", dict.fromkeys(CUES, ("",)))  # "" is in every text: every scan runs
    monkeypatch.setattr(closings, "ANY_CUE", ("",))
    assert found == closing_spans(text)
