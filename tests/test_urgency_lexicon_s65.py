"""Session 65: a child who swallowed something, a caustic or toxic liquid drunk, botulism named (critical: "a threat to
life or health now", urgency.md); «не топят» said now of a home with no heating noun, a water truck not sent, shot
drumming on roofs; and a gas smell said to be gone («сейчас запаха нет», «больше не пахнет»), which settles the smell
before it in its sentence or the next as a repair does. And a street's type before its name («улица Комсомольская:
света нет») is an address, not the outdoors that cancels a power cut as street lighting
(mcu_nlp.lexicon_places.street_type_of_name). And «вдруг» before a verb in the past tense is «suddenly», no what-if
that hedges the danger (mcu_nlp.lexicon_words.SUDDENLY).

The critical texts of the dev sets blind62-64 the model answered normal or high held these kinds with no row reading
them («Дочка 3 года глотнула уксусную эссенцию», «Сын 2 года проглотил магнитные шарики», «подозревают ботулизм»), as
did two textbook outages of blind65 (scored first with the session's start). No text of the SPb / Kursk corpora or
the annotated appeals reads a signal of these rows (benchmarks/RESULTS.md, session 65).
"""

import pytest
from helpers import critical_names

from mcu_nlp.lexicon import find_signals

SWALLOWED, POISONING = "child swallowed something", "poisoning"

SIGNALS = [
    ("Сын 2 года проглотил магнитные шарики от конструктора, в приёмном сказали не наш профиль", SWALLOWED),
    ("Малыш наглотался бабушкиных таблеток, скорая едет уже полчаса", SWALLOWED),
    ("Дочка глотнула средство для мытья посуды, что делать", SWALLOWED),
    ("Ребенок проглотил батарейку, в ЦРБ нет хирурга", SWALLOWED),
    ("Сосед выпил уксус, скорая едет уже час", POISONING),
    ("Муж по ошибке выпил антифриз из бутылки из-под воды", POISONING),
    ("В инфекционке подозревают ботулизм, а сыворотки нет", POISONING),
    # «не топят» with no heating noun, said now of a home (blind65 b65-266 read no signal)
    ("Вторые сутки не топят, в доме +14, на улице −18", "no heating"),
    ("В садике не топят, дети в куртках", "no heating"),
    # a water truck promised and not sent (b65-201: «водовозку обещали и не прислали»)
    ("Из крана чёрная вода, водовозку обещали и не прислали", "no water"),
    # shot drumming on the roofs of homes (b65-045)
    ("Охотники стреляют по уткам у домиков, дробь стучит по крышам", "shooting at people"),
    # a child's fever and an ambulance on its way for hours (walkthrough s65 D6)
    ("Ребенок с температурой 40, скорая в Верхней Хаве едет уже 3 часа, дорогу не чистят", "ambulance waited for"),
    ("У сына жар 39, скорую ждём второй час", "ambulance waited for"),
]

NEAR_MISSES = [
    "Что делать если ребенок проглотил монетку?",  # a question what to do if
    "Год назад сын проглотил магнит, до сих пор лечимся, прошу компенсацию",  # a year ago
    "Проглотить такое отношение чиновников невозможно, дети без садика",  # to swallow an insult
    "Дети пьют воду из колонки, глотнули ржавчины",  # water
    "Кот выпил антифриз в гараже",  # a pet
    "В школе детям дают выпить аскорбиновую кислоту",  # a vitamin
    "Раздайте памятку о профилактике ботулизма в школах",  # a leaflet
    "В сельской библиотеке не топят, читатели сидят в пальто",  # not a home (a high signal)
    "Когда будет перерасчёт за отопление? В октябре две недели не топили",  # a bill's past
    "В ДК зимой не топят, кружки отменили",
    "Дождь стучит по крыше, протекает",
    "Год назад скорая ехала к ребенку с температурой 3 часа",  # the past
]


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_an_s65_danger_reads_its_signal(text: str, signal: str) -> None:
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_s65_near_miss_reads_no_critical_signal(text: str) -> None:
    assert not critical_names(text)


@pytest.mark.parametrize("text", [
    "Утром пахло газом на кухне, вызвали газовую службу, подтянули гайку, сейчас запаха нет",
    "Газом пахло, сейчас не пахнет, спасибо аварийке",
    "В подъезде пахло газом. Аварийка приехала, уже запаха нет",
])
def test_a_gas_smell_said_gone_is_settled(text: str) -> None:
    found = find_signals(text)
    assert "gas smell gone" in {s.name for s in found}
    assert not critical_names(text)


@pytest.mark.parametrize("text", [
    "Запах газа то есть, то нет, сейчас нет, а вечером опять пахнет",  # comes and goes
    "В квартире пахнет газом, на улице запаха нет",  # gone only outside
    "Пахнет газом в подъезде уже второй день! Сегодня опять",
    "Сильный запах газа, больше не могу терпеть",
    "Пахнет газом. Сейчас запаха нет в подъезде, а в квартире есть",  # gone only in the stairwell
])
def test_a_gas_smell_not_gone_stays_critical(text: str) -> None:
    assert "gas smell" in critical_names(text)


@pytest.mark.parametrize("text", [
    "Вроде уже не пахнет, но вчера вечером был запах газа возле счётчика на кухне. Проверьте пожалуйста",
    "Сейчас запаха нет, кажется, но голова болит",
])
def test_a_gas_smell_hedged_gone_is_no_repair(text: str) -> None:
    assert "gas smell gone" not in {s.name for s in find_signals(text)}


@pytest.mark.parametrize(("text", "names"), [
    # a street's type before its name is an address, not the outdoors (blind65 b65-249 read street lighting)
    ("Могоча, улица Комсомольская: света нет с шести утра, −36", {"no power"}),
    ("На улице Ленина нет света третий день", {"no power"}),
    # the outdoors, or a lamp named, stays lighting
    ("на улице света нет, темно", set()),
    ("На улице Ленина света нет с утра, фонари не горят", set()),
    ("В подъезде нет света, улица Ленина 5", set()),
])
def test_a_street_named_is_an_address_not_the_outdoors(text: str, names: set[str]) -> None:
    assert critical_names(text) == names


@pytest.mark.parametrize(("text", "name"), [
    # «вдруг» before a verb in the past tense is «suddenly», no what-if: the danger stays critical
    ("Вдруг запахло газом в подъезде", "gas smell"),
    ("Вдруг загорелась проводка в подъезде, дым", "open fire"),
    ("Вдруг пропал газ во всём доме", "no gas"),
])
def test_suddenly_is_no_what_if(text: str, name: str) -> None:
    assert name in critical_names(text)


@pytest.mark.parametrize("text", ["если вдруг загорится, кто отвечать будет", "А вдруг взорвётся? Там баллоны"])
def test_a_what_if_stays_hedged(text: str) -> None:
    assert "fire" not in critical_names(text)


def test_suddenly_read_in_one_text_leaves_the_next_alone() -> None:
    # the lexicon keeps a word's slots by its form: «вдруг» read as «внезапно» must not be remembered for the next text
    assert "fire" in critical_names("Вдруг загорелся сарай, огонь")
    assert "fire" not in critical_names("А вдруг взорвётся? Там баллоны")
