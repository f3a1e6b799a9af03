"""Contacts and documents as residents write them (session 17), all kept in clear before: a login after the site's
domain («логин на example.ru ivan_petrov85»: the domain stays), an e-mail with a space beside its «@» or with its
domain cut off, a driving licence's number after its word, a date of birth after «дата рожд.», a phone typed with a
Latin l or I for a one, a surname the dictionary reads as a town's form beside initials («Кириллова Е.Н.»), a form's
«Фамилия», «Имя», «Отчество» without a colon, and a family a square or street is named after («в честь семьи ...»),
which stays. The names, numbers and addresses are invented."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("логин на example.ru ivan_petrov85", "логин на example.ru [HANDLE]"),
        ("логин на сайте example.ru: ivan_petrov85", "логин на сайте example.ru: [HANDLE]"),
        ("мой логин на mos.ru ivan.petrov85, пароль сбросили", "мой логин на mos.ru [HANDLE], пароль сбросили"),
        ("учётка на gosuslugi.ru ivan_petrov85 заблокирована", "учётка на gosuslugi.ru [HANDLE] заблокирована"),
        ("ник в vk.com ivan_petrov85", "ник в vk.com [HANDLE]"),
        ("зарегистрирован на сайте example.ru под ником ivan_petrov85",
         "зарегистрирован на сайте example.ru под ником [HANDLE]"),
        ("пишите ivanov @ mail.ru", "пишите [EMAIL]"),
        ("пишите ivanov @mail.ru", "пишите [EMAIL]"),
        ("почта ivan.petrov85@mail, звоните", "почта [EMAIL], звоните"),
        ("водительское удостоверение 4612 345678", "водительское удостоверение [PASSPORT]"),
        ("водительские права 4612 345678", "водительские права [PASSPORT]"),
        ("ВУ 4612345678", "ВУ [PASSPORT]"),
        ("дата рожд. 12.03.1985", "дата рожд. [BIRTHDATE]"),
        ("связь по номеру 89l23456789", "связь по номеру [PHONE]"),
        ("звоните 8-9I2-345-67-89", "звоните [PHONE]"),
        ("Кириллова Е.Н. 8-951-123-45-67", "[PERSON] [PHONE]"),
        ("пишет Е.Н. Кириллова", "пишет [PERSON]"),
        ("Фамилия Петрова, имя Анна, отчество Сергеевна", "Фамилия [PERSON], имя [PERSON], отчество [PERSON]"),
        # a resident's family honoured stays masked: no place's word or naming verb before «в честь»
        ("праздник в честь семьи Петровых устроили соседи", "праздник в честь семьи [PERSON] устроили соседи"),
    ],
)
def test_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сквер назван в честь семьи Ивановых",
        "Сквер в честь семьи Ивановых зарос",
        "улицу переименовали в честь семьи Шамшиных",
        "стела в память о семье Петровых разрушена",
        "учётная запись на портале gosuslugi.ru заблокирована",
        "аккаунт на сайте mos.ru Online",
        "дата рождаемости 2020",
        "Фамилия заявителя не указана",
        "во имя Любви к ближнему",
        "модель 3l5 и 2I4",
        "ВУЗ 4612 345678",
        "цена@10000 руб.",
        "ХРАНЕНИЕ ВЕЩЕЙ, В Т.Ч. ВЕЛОСИПЕДОВ.",
        "(В Т.Ч. ЧЛЕНОВ ТСЖ)",
    ],
)
def test_kept(text: str) -> None:
    assert redact(text) == text
