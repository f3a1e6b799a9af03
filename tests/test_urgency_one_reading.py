"""Session 10 speed: what the urgency model blanks is read once per text, and answers as reading it each time.

The address words feed both the short-text rule (address_terms) and the blanking (address_spans); a batch job's
rows have their personal data found for the model and again to redact them (redaction.remembered). The texts are
the kinds a shortcut would miss: names in lower case or Latin letters, names beside a street, phones without spaces.
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import words
from mcu_nlp.redaction import find_personal_data, redact, remembered
from mcu_nlp.urgency.address import address_marks, address_spans, address_terms, address_words
from mcu_nlp.urgency.closings import address_intros, closing_spans
from mcu_nlp.urgency.model_text import model_text, private_spans, untagged

# (text, a word the learned model must not read: personal data, a contact or an address)
TRICKY = [
    ("меня зовут анна сергеевна, нет воды третий день", "анна"),
    ("пишет иван петров: яма на дороге", "петров"),
    ("Ivanov Ivan Ivanovich, нет воды в доме", "Ivanov"),
    ("ул. Петрова Ивана 5, нет света", "Петрова"),
    ("на ул. Ленина Анна Петровна упала, скользко", "Петровна"),
    ("тел89145551234 нет отопления, дети мерзнут", "8914"),
    ("тел.:+79145551234 нет отопления", "тел"),
    ("Яма. Звоните 8-914-555-12-34, Петров Иван Сергеевич", "Звоните"),
    ("я, петрова анна, прошу убрать снег", "петрова"),
    ("С уважением, Ольга. Прорвало трубу в подвале", "Ольга"),
    ("г.Тюмень, Советский район, нет газа", "Тюмень"),
    ("ИВАНОВ ИВАН ИВАНОВИЧ, НЕТ СВЕТА", "ИВАНОВ"),
]
# guards: nothing to blank, or a street word alone
PLAIN = ["Нет света в доме", "в квартире +14, дети мерзнут", "", "5"]
# address words but no place or street word (address_spans answers without reading them all), and near misses
NO_PLACE = ["на Ленина яма, 5 дней", "автобус №5 не ходит", "Уфа, яма", "яма у дома 5", "Горит сарай на Мира",
            "УЛ МИРА 5 НЕТ СВЕТА", "пос Рощино нет света"]


def _blanked_each_time(text: str) -> str:
    """model_text as 6d81dd4 computed it (with the closings of session 14): every span found from scratch, all address
    words read."""
    seq = words(text)
    chars = list(text)
    spans = private_spans(text) + address_spans(text, seq, address_marks(text, seq))
    for start, stop in spans + address_intros(text, spans) + closing_spans(text):
        chars[start:stop] = " " * (stop - start)
    return untagged("".join(chars))


@pytest.mark.parametrize(("text", "hidden"), TRICKY)
def test_one_reading_blanks_as_before(text, hidden):
    seq = words(text)
    seen = model_text(text, seq, address_marks(text, seq))
    assert seen == model_text(text) == _blanked_each_time(text)
    assert hidden not in seen and len(seen) == len(text)


@pytest.mark.parametrize("text", [t for t, _ in TRICKY] + PLAIN + NO_PLACE)
def test_address_spans_without_a_place_or_street_word(text):
    seq = words(text)
    assert address_spans(text) == address_spans(text, seq, address_marks(text, seq))


@pytest.mark.parametrize("text", [t for t, _ in TRICKY] + PLAIN)
def test_address_terms_from_the_marks(text):
    seq = words(text)
    marked, _ = address_marks(text, seq)
    assert marked == address_words(text)
    assert address_terms(text, seq, marked) == address_terms(text)


@pytest.mark.parametrize("text", [t for t, _ in TRICKY] + PLAIN)
def test_remembered_personal_data_is_the_same(text):
    alone, masked = find_personal_data(text), redact(text)
    with remembered():
        first = find_personal_data(text)
        first.clear()  # a caller's list: the memory keeps its own
        assert find_personal_data(text) == alone and redact(text) == masked
    assert find_personal_data(text) == alone


def test_remembered_ends_with_its_block():
    from mcu_nlp.redaction import _REMEMBERED

    with remembered():
        find_personal_data("тел. 8-912-345-67-89")
        assert _REMEMBERED.get()
    assert _REMEMBERED.get() is None


def test_predict_is_the_same_within_remembered(models):
    texts = [t for t, _ in TRICKY] + PLAIN
    alone = models.urgency.predict_proba(texts)
    with remembered():
        models.urgency.predict_proba(texts)
        again = models.urgency.predict_proba(texts)
    assert (again == alone).all()
