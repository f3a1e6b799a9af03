"""Session 44 walkthrough (Нижегородская область), a writer's home after their name and contact; invented names.

- D10: a name followed by its phone, then a town or a district, then a street in lower case with a house and a flat
  («5-17») left street, house and flat in clear; D11: a full name after a handle and a comma (no sentence's start)
  before a town and «ул. Махалова д 10 кв 5» kept street and house (:mod:`mcu_nlp.name_homes`).
- An address of the problem stays: with no flat's number, after any word that is no place («яма на»), after a full
  stop, or beside a person the writer called.
"""

from __future__ import annotations

import pytest

from mcu_nlp import redact

MASKED = [
    # D10 and D11 as the walkthrough wrote them
    ("пишет кузнецов алексей, тел 89101234567, нн автозавод ул. львовская 5-17, света нет",
     "пишет [PERSON], тел [PHONE], нн автозавод [ADDRESS], света нет"),
    ("в телеге пишите @nn_zhkh_help или вк vk.com/id123456789, Мария Владимировна Кольцова, Бор, ул. Махалова д 10 "
     "кв 5", "в телеге пишите [HANDLE] или вк [HANDLE], [PERSON], Бор, [ADDRESS]"),
    # a contact before the name, after the address, an e-mail's or a handle's
    ("тел 89101234567, Иванов Иван, ул. Ленина 5-17", "тел [PHONE], [PERSON], [ADDRESS]"),
    ("пишет кузнецов алексей, нн автозавод ул. львовская 5-17, тел 89101234567",
     "пишет [PERSON], нн автозавод [ADDRESS], тел [PHONE]"),
    ("Иванов Иван, ivanov@mail.ru, Сормово, Ленина 5-17", "[PERSON], [EMAIL], Сормово, [ADDRESS]"),
    ("Иванов Иван, @ivan_nn, Кстово, Островского 3-12", "[PERSON], [HANDLE], Кстово, [ADDRESS]"),
    # a writer's verb before the name, no contact
    ("пишет кузнецов алексей, нн автозавод ул. львовская 5-17, света нет",
     "пишет [PERSON], нн автозавод [ADDRESS], света нет"),
    ("Обращается Смирнова Ольга Петровна, т. 8-930-700-12-34, г. Дзержинск, ул. Гайдара 15-42, нет горячей воды",
     "Обращается [PERSON], т. [PHONE], г. Дзержинск, [ADDRESS], нет горячей воды"),
    # places: a type word, a district's type after its name; «д 10 кв 5»; capitals; lines
    ("Иванов Иван, тел 89101234567, г. Бор, ул. Ленина д. 5 кв. 17", "[PERSON], тел [PHONE], г. Бор, [ADDRESS]"),
    ("Петрова Анна, 89101234567, Автозаводский р-н, ул. Львовская 5-17",
     "[PERSON], [PHONE], Автозаводский р-н, [ADDRESS]"),
    ("ПИШЕТ КУЗНЕЦОВ АЛЕКСЕЙ, ТЕЛ 89101234567, НН АВТОЗАВОД УЛ. ЛЬВОВСКАЯ 5-17",
     "ПИШЕТ [PERSON], ТЕЛ [PHONE], НН АВТОЗАВОД [ADDRESS]"),
    ("Кузнецов Алексей\n89101234567\nул. Львовская 5-17", "[PERSON]\n[PHONE]\n[ADDRESS]"),
    # a given name and patronymic beside a phone signs: no official addressed
    ("Роман Владимирович, 89101234567, Ленина 5-12", "[PERSON], [PHONE], [ADDRESS]"),
]

KEPT = [
    # the problem's place: after a word that is no place, with no flat, after a full stop
    ("Иванов Иван, тел 89101234567, яма на ул. Ленина 5-17", "[PERSON], тел [PHONE], яма на ул. Ленина 5-17"),
    ("Иванов Иван, тел 89101234567, во дворе ул. Ленина 5-17 яма",
     "[PERSON], тел [PHONE], во дворе ул. Ленина 5-17 яма"),
    ("Иванов Иван, тел 89101234567, ул. Ленина 5, яма", "[PERSON], тел [PHONE], ул. Ленина 5, яма"),
    ("Иванов Иван, тел 89101234567, яма на ул. Ленина 5", "[PERSON], тел [PHONE], яма на ул. Ленина 5"),
    ("яма на ул. Ленина 5, Иванов Иван, тел 89101234567", "яма на ул. Ленина 5, [PERSON], тел [PHONE]"),
    ("пишет кузнецов алексей, тел 89101234567, нн автозавод ул. львовская 5, света нет",
     "пишет [PERSON], тел [PHONE], нн автозавод ул. львовская 5, света нет"),
    ("пишет кузнецов алексей, тел 89101234567, света нет на ул. львовская 5",
     "пишет [PERSON], тел [PHONE], света нет на ул. львовская 5"),
    ("Иванов Иван, тел 89101234567. Яма на ул. Ленина 5-17", "[PERSON], тел [PHONE]. Яма на ул. Ленина 5-17"),
    # a word between that is no town («Садовая»: a street's; «С» of it no settlement's type)
    ("Иванов Иван, тел 89101234567, Садовая, Ленина 5-12", "[PERSON], тел [PHONE], Садовая, Ленина 5-12"),
    # a person the writer called, and their phone: the address is where the problem is
    ("звонила мастеру сидорову виктору, 89101234567, ул. Ленина 5-17",
     "звонила мастеру [PERSON], [PHONE], ул. Ленина 5-17"),
    # no name: only the flat's number
    ("тел 89101234567, ул. Ленина 5 кв 17 течёт крыша", "тел [PHONE], ул. Ленина 5 кв [FLAT] течёт крыша"),
    # as before: a name inside a sentence, an official addressed, a word that is no town
    ("Мастер Петренко, Зорге 33/2-15 не пришел", "Мастер [PERSON], Зорге 33/2-15 не пришел"),
    ("Роман Владимирович, Ленина 5/2 во дворе яма", "[PERSON], Ленина 5/2 во дворе яма"),
]


@pytest.mark.parametrize(("text", "expected"), MASKED + KEPT)
def test_home_after_name_and_contact(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected
