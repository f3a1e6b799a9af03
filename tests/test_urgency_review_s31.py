"""Session 31's review of the L8 urgency rows (the Dagestan walkthrough's): each false alarm it found beside a true
neighbour that stays. A missing person by age needs a number right before «лет»/«года» and a person (a first name or a
word for who); a supply by schedule needs a time of day or hours in one clause; smoke from a chimney or a cigarette
near a substation, a flu with murky water, water gone from flats after a flood, a fridge's «стенка» are no critical
danger; a payment asked while a fire or a flood goes on now is no what-if; the weather after «после» may stand three
words on. Invented texts, read by the lexicon (the shipped model reads them once refitted)."""

import pytest
from helpers import grows_linearly, names

from mcu_nlp.lexicon import find_signals, parse_rules
from mcu_nlp.lexicon_rules import LEXICON_PATH

MISSING = ("missing person", "critical")
SCHEDULE = ("supply by schedule", "high")
INSTALLATION = ("electrical installation danger", "critical")
ILL = ("water making people ill", "critical")
WALL = ("crack threatens collapse", "critical")


@pytest.mark.parametrize(
    "text",
    [
        "Пропала скамейка, 5 лет стояла",
        "Исчез магазин, 20 лет работал",
        "Пропала маршрутка 12, год не ходит",
        "Дорога исчезла, года два не ремонтировали",
        "Пропала пенсия за год",
        "Пропал проездной, год действует",
        "Исчез мусорный контейнер, года 3 стоял",
    ],
)
def test_a_thing_gone_for_years_is_no_missing_person(text):
    assert MISSING not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Амир, 7 лет, пропал у реки, помогите найти",
        "Пропала Патимат, 14 лет, ушла из школы и не вернулась",
        "Пропал мальчик 10 лет, был в синей куртке",
    ],
)
def test_a_person_named_by_age_is_missing(text):
    assert MISSING in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Газ подают, всё в порядке, только запах у плиты",
        "Газ включают только после проверки счётчика",
        "Свет включают только после оплаты долга",
        "Свет включают через 2 часа, сказали в сетях",
        "Подают воду, но только холодную",
        "Свет дают уже 2 часа, спасибо",
        "Талоны на газ дают только по графику в администрации",
    ],
)
def test_no_schedule_without_a_time_of_day_or_hours_in_one_clause(text):
    assert SCHEDULE not in names(text)


@pytest.mark.parametrize(
    "text",
    ["Воду дают на пару часов, остальное время сухо", "Свет подают только вечером, днём сидим без света",
     "Газ дают по 3 часа в сутки"],
)
def test_a_schedule_of_hours_or_a_time_of_day_is_rationing(text):
    assert SCHEDULE in names(text)


def test_water_for_a_couple_of_hours_is_no_supply_present():
    found = names("воду дают на пару часов")
    assert SCHEDULE in found and ("supply present", "normal") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Возле подстанции дымит труба котельной",
        "У трансформаторной будки дымит печка",
        "Трансформаторная будка, рядом баня дымит",
        "Сосед дымит сигаретой у трансформатора",
        "Завод дымит, подстанция гудит",
    ],
)
def test_smoke_of_something_else_near_a_substation_is_no_installation_danger(text):
    assert INSTALLATION not in names(text)


@pytest.mark.parametrize("text", ["Подстанция за домом дымит, пахнет горелым", "Из трансформаторной будки идёт дым"])
def test_a_substation_smoking_is_critical(text):
    assert INSTALLATION in names(text)


@pytest.mark.parametrize(
    "text", ["Вода из крана мутная, дети заболели ветрянкой", "Вода ржавая, соседка заболела гриппом"]
)
def test_a_flu_is_no_illness_from_water(text):
    assert ILL not in names(text)


def test_children_ill_after_drinking_murky_water_is_critical():
    assert ILL in names("Вода из крана мутная, дети заболели, у всех рвота")


def test_water_gone_from_flats_after_a_flood_is_no_flood():
    assert ("flood", "critical") not in names("Вода в квартирах пропала после паводка")


def test_water_standing_in_flats_in_a_flood_is_one():
    assert ("flood", "critical") in names("Паводок, вода в квартирах первого этажа, людей эвакуируют")


@pytest.mark.parametrize("text", ["Отошла стенка у холодильника", "Отходит стенка аквариума"])
def test_a_fridges_side_is_no_wall_of_a_house(text):
    assert WALL not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Возместите ущерб: вчера горел дом, сейчас снова загорелся, пламя",
        "Прошу выплату, дом затопило, вода прибывает, дети на крыше",
    ],
)
def test_a_payment_asked_while_it_goes_on_is_no_what_if(text):
    assert {level for _, level in names(text)} >= {"critical"}


def test_a_payment_for_a_past_flood_stays_a_what_if():
    found = names("Прошу выплату за дом, пострадавший от паводка весной")
    assert not {pair for pair in found if pair[1] == "critical"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("После сильных дождей затопило частный сектор, людей эвакуируют", ("evacuation", "critical")),
        ("После сильных дождей пошёл оползень, у домов трещины", ("natural hazard", "critical")),
        ("После двух дней дождей сошёл сель на дома", ("natural hazard", "critical")),
    ],
)
def test_weather_up_to_three_words_after_posle_is_a_cause_now(text, expected):
    assert expected in names(text)


def test_posle_without_weather_stays_a_what_if():
    assert ("natural hazard", "critical") not in names("После ремонта дороги возможен оползень на дома")


def test_the_what_if_rows_name_one_macro():
    """The hazard and flood hedges read @what_if without «после» from its macro, so the two cannot drift apart."""
    lines = LEXICON_PATH.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.startswith(("what if,hedge,hazard,", "what if,hedge,flood,"))]
    assert all("@what_if_now" in row or row.split(",")[3] in ("после", "@claim") for row in rows)
    macros = {line.split(",")[0]: line.split(",")[3] for line in lines if ",macro," in line}
    assert macros["@what_if"] == "@what_if_now|после"


def test_a_macro_names_a_macro_above_it():
    rules = parse_rules(["name,level,group,pattern,window,unless", "@a,macro,,вода|газ,,", "@b,macro,,@a|свет,,",
                         "no supply,critical,water,нет @b,2,"])
    assert rules[0].slots[1].lemmas == {"вода", "газ", "свет"}


def test_ages_are_read_in_linear_time():
    assert grows_linearly(find_signals, "Шамиль, 12 лет, пропала скамейка 5 лет. ", sizes=(25_000, 100_000))
