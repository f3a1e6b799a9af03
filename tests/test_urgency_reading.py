"""Urgency prediction reads each text's words once: the lexicon's reading is reused for the address of a short text."""

from __future__ import annotations

import pytest

import mcu_nlp.lexicon
import mcu_nlp.urgency.address
import mcu_nlp.urgency.classifier
import mcu_nlp.urgency.guideline
import mcu_nlp.urgency.model_text
import mcu_nlp.urgency.settled
from mcu_nlp.lexicon import find_signals, load_lexicon, words
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL
from mcu_nlp.urgency.address import address_terms
from mcu_nlp.urgency.guideline import short_texts

# texts with a lexicon signal and at least two words the model knows: the short-text rule must find their address
SIGNALLED = [
    "Яма во дворе дома 5 на ул. Ленина, глубокая",
    "Пожар на ул. Ленина 5, дым",
    "Третий день нет отопления в доме 12 по улице Мира, дети мерзнут",
    "Не горит фонарь у подъезда 2, темно",
    "Яма в Казани",
    "Открытый люк во дворе",
]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


def test_predict_reads_each_text_once(shipped, monkeypatch):
    calls = []

    def counted(text):
        calls.append(text)
        return words(text)

    for module in (mcu_nlp.lexicon, mcu_nlp.urgency.address, mcu_nlp.urgency.guideline, mcu_nlp.urgency.settled,
                   mcu_nlp.urgency.classifier, mcu_nlp.urgency.model_text):
        monkeypatch.setattr(module, "words", counted, raising=False)
    shipped.predict_proba(SIGNALLED)
    assert len(calls) == len(SIGNALLED)


@pytest.mark.parametrize("text", SIGNALLED)
def test_given_words_read_as_the_text(text):
    seq = words(text)
    assert load_lexicon().read(text, seq) == load_lexicon().read(text)
    assert address_terms(text, seq) == address_terms(text)


@pytest.mark.parametrize(("text", "doc", "vocabulary", "short"), [
    ("Яма в Казани", "яма казань", {"яма", "казань"}, True),  # "в Казани" says where: one word left
    ("Яма на ул. Ленина", "яма улица ленин", {"яма", "улица", "ленин"}, True),
    # two known words besides the address (a road surface alone in fewer than three is short: ROAD_SURFACE)
    ("Не горит фонарь на ул. Ленина", "не_гореть фонарь улица ленин", {"не_гореть", "фонарь", "улица", "ленин"}, False),
    ("Течёт крыша", "течь крыша", {"течь", "крыша"}, False),
    ("Яма во дворе", "яма двор", {"двор"}, True),  # one known word: short whatever the address
    ("Яма", "яма", None, True),  # one word
    ("Яма во дворе", "яма двор", None, False),  # no vocabulary: not checked
])
def test_short_texts(text, doc, vocabulary, short):
    assert short_texts([text], [doc], [find_signals(text)], vocabulary) == [short]
