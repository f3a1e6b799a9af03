"""Words shaped like personal data that name none (session 16): a site's domain or a bank's product word after an
account's word («учётная запись на портале gosuslugi.ru», «аккаунт в банке ВТБ online»), a family a monument or a
street is named after («Памятник семье Романовых», «улица Семьи Шамшиных»), a namesake after a naming verb and «имя»
(«парк получил имя Пушкина», session 17), «кв.» as a year's quarter («в 3 кв.
текущего года», «во 2-м кв. 2025 г.»); and guards: the residents' logins, families and flats beside them stay masked.
The names and addresses are invented."""

import pytest

from mcu_nlp.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        # a domain name says where the account is
        "Не могу войти в учётную запись на портале gosuslugi.ru",
        "учётная запись на портале gosuslugi.ru заблокирована",
        "мой аккаунт на сайте mos.ru не открывается",
        "логин на портале gosuslugi.ru не подходит",
        "аккаунт: vk.com",
        # a bank's, a shop's or an app's product word
        "аккаунт в банке ВТБ online не работает",
        "не заходит аккаунт в приложении Сбера mobile",
        "аккаунт в Сбербанк онлайн sberbank",
        "логин в банке Тинькофф business",
        # a family a place is named after or dedicated to
        "Памятник семье Романовых разрушается",
        "у памятника царской семье Романовых мусор",
        "Улица Семьи Шамшиных, дом 5: яма",
        "на ул. Семьи Шамшиных не убран снег",
        "мемориал семье Беляевых требует ремонта",
        "обелиск святой семье Мартыновых покосился",
        # «кв.» as a year's quarter
        "в 3 кв. текущего года",
        "ремонт в 3 кв. 2024 г.",
        "перенесли на 4 кв. 2025 г. Ответ дан",
        "во 2-м кв. 2025 года",
        "в III кв. 2024 г.",
        "за 1-2 кв. 2024 года",
        "до конца 4 кв. этого года",
        "в 1 кв. следующего года",
        # a namesake after a naming verb and «имя», a dedication as «в честь» is (review s17 of 1ceae31: «имя [PERSON]»)
        "парк получил имя Пушкина",
        "Парк получило имя Пушкина в прошлом году, а урн нет",
        "библиотека носит имя Пушкина, но крыша течёт",
        "школе присвоено имя Гагарина, отопления нет",
        "скверу дали имя Пушкина",
        "школа, носящая имя Гагарина, без света",
        # in capitals too
        "ПАМЯТНИК СЕМЬЕ РОМАНОВЫХ",
        "УЛИЦА СЕМЬИ ШАМШИНЫХ",
        "В 3 КВ. ТЕКУЩЕГО ГОДА",
        "РЕМОНТ В 3 КВ. 2024 Г.",
    ],
)
def test_what_names_no_person_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a login, a handle: a dotted name is no domain, after a network's word a domain-shaped name is a handle
        ("логин на портале Госуслуг petrov.ivan83", "логин на портале Госуслуг [HANDLE]"),
        ("мой аккаунт ivanov_online", "мой аккаунт [HANDLE]"),
        ("аккаунт в банке ВТБ ivan.petrov", "аккаунт в банке ВТБ [HANDLE]"),
        ("инстаграм: katya.ru", "инстаграм: [HANDLE]"),
        ("ник mobile_vasya", "ник [HANDLE]"),
        # a nickname's word: a domain-shaped name is a handle, as after a network's (review of 892117b)
        ("мой ник vasya.online", "мой ник [HANDLE]"),
        ("ник на форуме: katya.ru", "ник на форуме: [HANDLE]"),
        # a resident's family: the subject of its clause, or apart from the place word
        ("семья Петровых шумит по ночам", "семья [PERSON] шумит по ночам"),
        ("СЕМЬЯ СОРОКИНЫХ ШУМИТ", "СЕМЬЯ [PERSON] ШУМИТ"),
        ("у памятника семья Сорокиных распивает", "у памятника семья [PERSON] распивает"),
        ("на улице семья Сорокиных жжёт мусор", "на улице семья [PERSON] жжёт мусор"),
        ("на улице семьи Сорокиных и Беляевых жгут мусор", "на улице семьи [PERSON] и [PERSON] жгут мусор"),
        ("Возле памятника, семье Сорокиных стало плохо", "Возле памятника, семье [PERSON] стало плохо"),
        ("сад семьи Сорокиных зарос бурьяном", "сад семьи [PERSON] зарос бурьяном"),
        # a memorial in the genitive is the family's own (a grave), not one dedicated to them (review of 892117b)
        ("памятник семьи Сорокиных на кладбище повален", "памятник семьи [PERSON] на кладбище повален"),
        ("ПАМЯТНИК СЕМЬИ БЕЛЯЕВЫХ РАЗБИТ", "ПАМЯТНИК СЕМЬИ [PERSON] РАЗБИТ"),
        # the writer's family: a possessive between the place's word and the family word is no adjective of a name
        ("У храма моей семье Сорокиных угрожают соседи", "У храма моей семье [PERSON] угрожают соседи"),
        ("около церкви нашей семье Беляевых нахамили", "около церкви нашей семье [PERSON] нахамили"),
        ("у памятника всей семье Сорокиных стало плохо", "у памятника всей семье [PERSON] стало плохо"),
        # a form's name without its colon, or with it after a naming verb
        ("Фамилия Петрова, имя Анна", "Фамилия [PERSON], имя [PERSON]"),
        ("Имя Иван, звоните", "[PERSON], звоните"),
        ("получил имя: Анна", "получил имя: [PERSON]"),
        # a flat: no quarter's number before «кв.», or no year after it
        ("из 3 кв. текут трубы", "из [FLAT] кв. текут трубы"),
        ("из 3 кв. г. Курска жалоба", "из [FLAT] кв. г. Курска жалоба"),
        ("д. 3 кв. 2019 г. Курск", "д. 3 кв. [FLAT] г. Курск"),
        ("ул. Лесная 3 кв. 2019", "ул. Лесная 3 кв. [FLAT]"),
        ("кв. 12 г. Курск", "кв. [FLAT] г. Курск"),
    ],
)
def test_personal_data_beside_them_stays_masked(text, expected):
    assert redact(text) == expected
    assert redact(expected) == expected
