"""Session 31's review of its redaction commit (44c59f1): a first name and a surname after «на» read as a street before
«нет» or a noun that goes with a person («на Ивана Петрова нет управы», «на Шамиля Алиева жалоба», «Я работаю на Ивана
Петрова нет сил»); a woman's given name the dictionary gets wrong before her surname and a house's number («Хадижат
Магомедова 5 кв 3», one check in name_words.woman_named); a first name alone with an age that pymorphy3 lacks, is
hyphenated or in capitals, with a year of birth, a job after the organisation, a greeting before or a list («Пропала
Хадижат, 45 лет», «Хаджи-Мурат, 7 лет», «ШАМИЛЬ, 12 ЛЕТ», «Иван, мастер УК, нахамил»), while how long something has
lasted or a town is no person («Марина, 5 лет стоит лодка», «Владимир, 12 лет ждём дорогу»); jobs in -ец, -ар, -вод
and «таксистка»; a plural of a role or a group after a role word («Председатель Садоводов»); «хаджи» in a street's name
and with the first name before it; Latin «kv» after a number that is no house's (kilovolts), «kv. No 7», «pr-t»,
«kv 12, 13». Invented names and numbers. On 44c59f1 every test_masked case fails, and so do the over-masks among
test_neighbours (Владимир, Марина, the three Председатель / Гражданин, Хаджи Булача, LEP); the other 16 pass there."""

from __future__ import annotations

import pytest
from helpers import grows_linearly

from mcu_nlp import redact
from mcu_nlp.name_roles import NOT_OCCUPATIONS, OCCUPATION_ENDING, occupation
from mcu_nlp.name_words import woman_named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. «на» + a first name and a surname: a person before «нет» and no utility, a document's or debt's noun, or
        # after a verb in the clause
        ("на Ивана Петрова нет управы", "на [PERSON] нет управы"),
        ("На Магомеда Гаджиева нет реакции, он продолжает шуметь", "На [PERSON] нет реакции, он продолжает шуметь"),
        ("хочу пожаловаться на Сергея Иванова нет сил терпеть", "хочу пожаловаться на [PERSON] нет сил терпеть"),
        ("Я работаю на Ивана Петрова нет сил", "Я работаю на [PERSON] нет сил"),
        ("на Шамиля Алиева жалоба", "на [PERSON] жалоба"),
        ("на Ивана Петрова долг 50 тысяч", "на [PERSON] долг 50 тысяч"),
        ("на Шамиля Алиева уже третий год нет управы", "на [PERSON] уже третий год нет управы"),
        # 2. a woman's given name the dictionary lacks, reads as indeclinable or as a man's, before her surname
        ("Хадижат Магомедова 5 кв 3", "[PERSON] 5 кв [FLAT]"),
        ("Айшат Алиева 5 кв 3", "[PERSON] 5 кв [FLAT]"),
        ("Марьям Алиева 5 кв 3", "[PERSON] 5 кв [FLAT]"),
        ("Хеда Дудаева 5 кв 3", "[PERSON] 5 кв [FLAT]"),
        ("Айсылу Галиева 5 кв 3", "[PERSON] 5 кв [FLAT]"),
        # 3. a first name alone described by an age, a year of birth, a job, «из»
        ("Пропала Хадижат, 45 лет", "Пропала [PERSON], 45 лет"),
        ("Пропал Абдурахман, 7 лет", "Пропал [PERSON], 7 лет"),
        ("Хаджи-Мурат, 7 лет", "[PERSON], 7 лет"),
        ("Пропал Магомед-Расул, 7 лет", "Пропал [PERSON], 7 лет"),
        ("ШАМИЛЬ, 12 ЛЕТ, ПРОПАЛ", "[PERSON], 12 ЛЕТ, ПРОПАЛ"),
        ("Пропал ребенок Шамиль, 2012 г.р.", "Пропал ребенок [PERSON], [BIRTHDATE] г.р."),
        ("Иван, продавец, нахамил", "[PERSON], продавец, нахамил"),
        ("Иван, мастер УК, нахамил", "[PERSON], мастер УК, нахамил"),
        ("Здравствуйте, Шамиль из Ленинского района", "Здравствуйте, [PERSON] из Ленинского района"),
        ("Шамиль, сосед сверху, и Магомед, сосед снизу, шумят",
         "[PERSON], сосед сверху, и [PERSON], сосед снизу, шумят"),
        # 4. a job in -ец, -ар or «-истка» before a first name or a surname
        ("Продавец Петров нахамил", "Продавец [PERSON] нахамил"),
        ("Продавец Иван нахамил", "Продавец [PERSON] нахамил"),
        ("повар Ахмед плохо кормит детей", "повар [PERSON] плохо кормит детей"),
        ("кузнец Иван сказал", "кузнец [PERSON] сказал"),
        ("Таксистка Анна сказала", "Таксистка [PERSON] сказала"),
        # 6. «хаджи» between a first name and a surname
        ("Магомед хаджи Омаров просит", "[PERSON] просит"),
        # 7. a flat in Latin letters
        ("Mahachkala, ul. Gamidova 15 kv. No 7", "Mahachkala, ul. Gamidova 15 kv. No [FLAT]"),
        ("Mahachkala, ul. Gamidova 15 kv. N7", "Mahachkala, ul. Gamidova 15 kv. N[FLAT]"),
        ("Mahachkala, pr-t Imama Shamilya 15 kv 7", "Mahachkala, pr-t Imama Shamilya 15 kv [FLAT]"),
        ("d. 5 kv 12, 13", "d. 5 kv [FLAT]"),
    ],
)
def test_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a street named by a first name and a surname: «нет» and a utility, a thing, no verb before «на»
        ("На Магомеда Гаджиева нет воды", "На Магомеда Гаджиева нет воды"),
        ("на Шамиля Алиева третий день нет света", "на Шамиля Алиева третий день нет света"),
        ("на Абдулхакима Исмаилова нет горячей воды", "на Абдулхакима Исмаилова нет горячей воды"),
        ("на Расула Гамзатова яма", "на Расула Гамзатова яма"),
        ("Сосед сверху хамит. На Магомеда Гаджиева нет воды", "Сосед сверху хамит. На Магомеда Гаджиева нет воды"),
        # 2. a street after a man with an indeclinable first name, or a Tatar word, before a house's number
        ("Гаджи Ахмедова 5 кв 3", "Гаджи Ахмедова 5 кв [FLAT]"),
        ("Эффенди Капиева 5 кв 3", "Эффенди Капиева 5 кв [FLAT]"),
        ("Карла Маркса 5 кв 3", "Карла Маркса 5 кв [FLAT]"),
        ("Зинһар Ленина 5 кв 12 помогите", "Зинһар Ленина 5 кв [FLAT] помогите"),
        # 3. years something has lasted, a town opening a sentence; a person's verb or a word before still a person
        ("Владимир, 12 лет ждём дорогу", "Владимир, 12 лет ждём дорогу"),
        ("Марина, 5 лет стоит лодка", "Марина, 5 лет стоит лодка"),
        ("Жители Владимира. Владимир, 12 лет без ремонта дорог",
         "Жители Владимира. Владимир, 12 лет без ремонта дорог"),
        ("Владимир, 12 лет, пропал", "[PERSON], 12 лет, пропал"),
        ("Пропал Артём, 12 лет", "Пропал [PERSON], 12 лет"),
        ("Анне 12 лет исполнилось", "[PERSON] 12 лет исполнилось"),
        # 5. a plural of a role, a job or a group after a role word names the group; a being's plural a surname
        ("Председатель Садоводов", "Председатель Садоводов"),
        ("Председатель Пенсионеров района", "Председатель Пенсионеров района"),
        ("Гражданин Ветеранов", "Гражданин Ветеранов"),
        ("Сосед Кадиев опять шумит", "Сосед [PERSON] опять шумит"),
        ("Сосед Эмиров шумит", "Сосед [PERSON] шумит"),
        # 6. «хаджи» in a street's name after a street's word, «на» or «по»; a person's honorific after a role word
        ("на ул. Хаджи Булача яма", "на ул. Хаджи Булача яма"),
        ("по Хаджи Булача яма", "по Хаджи Булача яма"),
        ("имам хаджи Магомед просит", "имам [PERSON] просит"),
        # 7. kilovolts after a number that is no house's
        ("d. 5, LEP 10 kv 3 opory", "d. 5, LEP 10 kv 3 opory"),
        ("ul. Lenina 5, opora LEP 0.4 kv 12", "ul. Lenina 5, opora LEP 0.4 kv 12"),
        ("Mahachkala, ul. Gamidova 15 kv 7", "Mahachkala, ul. Gamidova 15 kv [FLAT]"),
    ],
)
def test_neighbours(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_woman_named_one_check() -> None:
    """The check names._street_end and name_streets.street_before_number share: a woman's nominative on both sides."""
    assert woman_named("хадижат", "магомедова") and woman_named("айшат", "алиева")
    assert not woman_named("хадижат", "магомедов") and not woman_named("гаджи", "ахмедова")


def test_occupations() -> None:
    """Jobs in -ец, -ар, -вод and a woman's -истка are jobs; an animal or a thing of that shape is none; every word
    NOT_OCCUPATIONS lists has a job's ending, or it could never be tried."""
    assert all(occupation(word) for word in ("продавец", "кузнецу", "повар", "садовод", "таксистка"))
    assert not any(occupation(word) for word in ("скворец", "огурец", "комар", "терьер"))
    assert all(OCCUPATION_ENDING.search(word) for word in NOT_OCCUPATIONS)


@pytest.mark.parametrize("unit", ["на Ивана Петрова нет воды ", "Пропала Хадижат, 45 лет ", "Иван, мастер УК, ",
                                  "Хаджи-Мурат, 7 лет ", "Шамиль, 2012 г.р. ", "d. 15 kv 7, 8 ", "LEP 0.4 kv 12 ",
                                  "Магомед хаджи Омаров "])
def test_linear(unit: str) -> None:
    """The new patterns stay linear on long texts of their own cues."""
    assert grows_linearly(redact, unit, sizes=(25_000, 100_000))
