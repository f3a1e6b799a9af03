"""Urgency false alarms and misses of the session 24 walkthrough (issue #4), read by the lexicon: a place never
connected to gas asking for it is no gas cut; power cut again and again is high, not a home without power now; a
supply asked for and said absent for a time («когда дадут горячую воду? уже две недели нет») is an outage. Invented
texts; the shipped model reads the rows once refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names

from mcu_nlp.lexicon_words import words


def above_normal(text):
    return {pair for pair in names(text) if pair[1] != "normal"}


@pytest.mark.parametrize(
    "text",
    [
        "СНТ «Берёзка», нет газа, газификация обещана с 2020 года. Топим дровами",
        "Нет газа в деревне, газификация обещана третий год",
        "Живём без газа, просим подвести газ к улице",
        "Посёлок живёт без газа, просим провести газопровод",
    ],
)
def test_gasification_request_is_no_gas_cut(text):
    assert ("no gas", "critical") not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Газ отключили, топим дровами, дома холодно",
        "Нет газа третий день, дом газифицирован, котёл не работает",
        "Газовики отключили газ во всём доме, третий день готовим на плитке",
        # the mid-session review of f50200a: «никогда» and a gasification elsewhere in the text are no request
        "Газа нет второй день, никогда такого не было!",
        "Нет газа с обеда, никогда так долго не отключали",
        "После газификации позапрошлой весной котёл работал, сегодня нет газа",
        "В газифицированном доме нет газа третий день",
    ],
)
def test_gas_cut_stays_critical(text):
    assert ("no gas", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Электричество отключают каждый день, напряжение 170 вольт",
        "Дважды в неделю свет отключают на полдня, продукты портятся",
        "Постоянно вырубают свет по вечерам",
        "Регулярно отключают электроэнергию без предупреждения",
    ],
)
def test_recurring_power_cuts_are_high(text):
    assert above_normal(text) == {("power cuts recurring", "high")}


@pytest.mark.parametrize(
    "text",
    [
        "Свет отключают каждый день, а сейчас нет света уже пять часов",
        "Нет света уже сутки, холодильник течёт",
        "Постоянно нет света, сейчас опять отключили, дети сидят в темноте",
    ],
)
def test_power_cut_now_stays_critical(text):
    assert ("no power", "critical") in names(text)


def test_power_cut_gone_by_is_no_cut():
    assert ("no power", "critical") not in names("Вчера отключали свет на два часа без предупреждения, сейчас всё есть")


@pytest.mark.parametrize(
    "text, signal",
    [
        ("кто знает когда дадут горячую воду? уже две недели нет", ("no hot water", "high")),
        ("Когда включат горячую воду? Третью неделю нету", ("no hot water", "high")),
        ("Когда дадут горячую воду? Уже месяц её нет", ("no hot water", "high")),
        ("Горячую воду так и не дали", ("no hot water", "high")),
        ("горячую воду до сих пор не включили", ("no hot water", "high")),
        ("Когда дадут свет? Уже вторые сутки нет", ("no power", "critical")),
        ("Когда вернут воду? Третий день нет", ("no water", "critical")),
    ],
)
def test_supply_awaited_for_a_time(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Когда дадут горячую воду?",
        "Когда дадут горячую воду? Нет.",
        "Когда дадут горячую воду? Нет сил ждать",
        "Когда дадут свет в подъезде? Уже неделю нет",
        "Когда дадут горячее питание в школе? Уже неделю нет",
        "Когда дадут воду для полива? Третий день нет",
    ],
)
def test_supply_question_without_outage(text):
    assert not {pair for pair in above_normal(text) if pair[0] in ("no hot water", "no power", "no water")}


def test_elliptic_sentence_reads_with_the_one_before():
    from mcu_nlp.lexicon_words import elliptic_groups  # new in session 24

    text = "Когда дадут горячую воду? Уже две недели нет. Нет. Нет сил"
    assert elliptic_groups(words(text)) == [0, 0, 2, 3]


GAS_SMELL = ("gas smell", "critical")


# the session reviewer's urgency findings (s24): a repair dated past or at the neighbours' settles no smell now; ice
# with people falling is no question; a hedge beside an act going on doubts no drunk driver; a water heater's or a
# stove's own fire is no gas fault; a playground not cleaned is no snow; a soft hyphen breaks no word; a cold flat
# said as past is none; gas burning on a pipe is a fire
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Сильно пахнет газом на лестнице. Неделю назад газовики устранили, всё было нормально", GAS_SMELL),
        ("Запах газа на кухне второй день. Газовики приходили к соседке, устранили, всё нормально у неё", GAS_SMELL),
        ("Подскажите когда уберут наледь у аптеки, люди падают", ("snow and ice", "high")),
        ("Водитель маршрутки, кажется, пьяный, сейчас везёт пассажиров, куда звонить?", ("drunk driver", "critical")),
        ("Водитель автобуса похоже пьяный, еле держит руль, кто примет меры?", ("drunk driver", "critical")),
        ("Пахнет га\u00adзом на кухне", ("gas smell", "critical")),
        ("Горит газ на трубе у забора", ("burning", "high")),
    ],
)
def test_review_misses(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text, signal",
    [
        ("Газовый котёл шипит при розжиге", "gas leak"),
        ("В бане огонь еле горит", "weak gas pressure"),
        ("В буржуйке огонь еле горит, дрова сырые", "weak gas pressure"),
        ("Детскую площадку не убирают, детям нельзя играть, качели сломаны", "roads not cleared"),
        ("В квартире было +10, сейчас дали отопление, спасибо", "cold indoors in degrees"),
    ],
)
def test_review_false_alarms(text, signal):
    assert not {pair for pair in above_normal(text) if pair[0] == signal}


@pytest.mark.parametrize(
    "text, signal",
    [
        ("Вчера пахло газом, газовая служба приезжала, проверили, всё в порядке", None),
        ("Газ плохо горит", "burning"),
        ("Газ на плите горит", "burning"),
        ("Кто отвечает за уборку наледи во дворе?", "snow and ice"),
        ("Водитель, кажется, пьяный? Кто знает", "drunk driver"),
    ],
)
def test_review_kept_quiet(text, signal):
    found = {pair for pair in above_normal(text) if signal is None or pair[0] == signal}
    assert not found - {("drunk driver often", "high")}


@pytest.mark.parametrize(
    "text, signal",
    [
        ("Тротуары не чистят третий день, пройти нельзя", ("roads not cleared", "high")),
        ("В квартире +10, дети мёрзнут", ("cold indoors in degrees", "high")),
    ],
)
def test_review_kept(text, signal):
    assert signal in names(text)
