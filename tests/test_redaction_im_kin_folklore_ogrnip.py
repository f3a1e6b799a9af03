"""Redaction leftovers of session 18 (sentences written for the test, names invented):

- «им» as "to them": after a thanks word or a verb, a name after «им» is a person in any case («Спасибо им Иванова
  А.А.»: «Иванова» is also the genitive a dedication takes, «школа им. Иванова»), and a surname alone after «им»
  is one when it is not in the genitive («им Смирнов»);
- a lower-case common noun after a kin word in the genitive, where the noun is likelier than the first name
  («у мамы надежды нет»: what someone lacks), and a plural reading, are no name;
- characters of folklore («Дед Мороз», «Илья Муромец») are no person;
- 15 digits are an ОГРНИП after its keyword, after «ИП», or with its control digit unless another number's word
  stands before them («номер заказа ...»); a typo after the keyword does not unmask them;
- Korean names with the surnames «Сон», «Чон», «Мун», «Ю» ... («Сон Ен Чер»).
"""

import pytest

from mcu_nlp import redact

MASKED = [
    ("Спасибо им Иванова А.А.", "Спасибо им [PERSON]"),
    ("Огромное спасибо им Смирнова Т.В. за помощь", "Огромное спасибо им [PERSON] за помощь"),
    ("благодарны им Иванова А.А.", "благодарны им [PERSON]"),
    ("помогла им Иванова А.А.", "помогла им [PERSON]"),
    ("Спасибо им Смирнов", "Спасибо им [PERSON]"),
    ("им Смирнов сказал, что приедут", "им [PERSON] сказал, что приедут"),
    ("Вчера им Смирнов сказал, что приедут", "Вчера им [PERSON] сказал, что приедут"),
    ("Спасибо им Смирнова", "Спасибо им [PERSON]"),
    ("у тёти нади нет воды", "у тёти [PERSON] нет воды"),  # a name first
    ("тетя вера из 5 подъезда", "тетя [PERSON] из 5 подъезда"),  # the nominative: a name, as before
    ("живу с мужем славой", "живу с мужем [PERSON]"),
    ("у мамы Надежды нет воды", "у мамы [PERSON] нет воды"),  # capitalised: a name
    ("Дед Петров опять шумит", "Дед [PERSON] опять шумит"),
    ("ИП Петров А.А., 317746200000517", "ИП [PERSON], [OGRNIP]"),  # after «ИП», its control digit wrong
    ("ОГРНИП 117746200000516", "ОГРНИП [OGRNIP]"),  # after its keyword, a typo in its first digit
    ("реквизиты: 317746200000516", "реквизиты: [OGRNIP]"),  # its control digit
    ("Сон Ен Чер, сосед сверху", "[PERSON], сосед сверху"),
    ("пишет Мун Чже Ин", "пишет [PERSON]"),
]

KEPT = [
    "школа им Иванова А.А.",
    "спасибо школе им Иванова А.А.",
    "ул. им. Смирнова, д. 5",
    "мусор у забора ВА МТО им. Хрулёва",  # an academy's name: «Хрулёва» the dictionary reads as a nominative name
    "мусор у забора ВА МТО им Хрулёва",
    "СОШ 5 им Смирнов",
    "отдайте им Ленина 5 под склад",  # a street and its house number
    "у мамы надежды нет",
    "у деда веры нет ни во что",
    "у мамы сил нет",
    "Дед Мороз приходил во двор",
    "к Деду Морозу на праздник",
    "ДЕД МОРОЗ И СНЕГУРОЧКА",
    "Снегурочка и Баба Яга в парке",
    "праздник Ивана Купалы",
    "памятник: Илья Муромец",
    "номер заказа 317746200000516",
    "показания счетчика 317746200000516",
    "трек 317746200000516",
    "заказ 123456789012345",
    "ОГРН 1027700132195",
]


@pytest.mark.parametrize(("text", "masked"), MASKED)
def test_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert redact(text) == text


def test_another_rule_still_masks_an_account_of_fifteen_digits() -> None:
    assert redact("лицевой счет 317746200000516") == "лицевой счет [ACCOUNT]"
