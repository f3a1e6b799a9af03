"""The mid-session review of session 23 (its second pass) on that session's new lexicon rows (issue #4): each row's
look-alikes answered as the row's kind means them, the wordings of its kind it missed, and its own positives kept;
and a custom lexicon copied from an older shipped file, whose ``=form`` cancels are dropped with a warning. The
shipped model reads the rows once refitted (its lexicon is frozen in it at its fit).
"""

import warnings

import pytest
from helpers import names

from mcu_nlp.errors import McuNlpWarning
from mcu_nlp.lexicon import Lexicon, find_signals
from mcu_nlp.lexicon_rules import LEXICON_PATH, parse_rules


def fires(text, signal):
    return any(name == signal and level in ("critical", "high") for name, level in names(text))


# (signal, text) pairs the row must not read: figures of speech, questions, animals, things dropped, firms, praise,
# earth and parked cars, a fridge, a request, rubbish carried by the water, fish dying in the heat
NOT_READ = [
    ("threat to kill", "Такие цены нас убьют"),
    ("threat to kill", "Ваша бюрократия меня убьёт"),
    ("threat to kill", "Он сказал: эти ямы убьют всех"),
    ("threat to kill", "Отопление не включат — холод убьёт нас"),
    ("threat to kill", "Новые тарифы на свет нас всех убьют"),
    ("gas poisoning", "Дети болеют, в садике печка, у всех температура и тошнит"),
    ("gas poisoning", "В квартире холодно, котёл не работает, болит голова от простуды"),
    ("gas poisoning", "После ремонта печи у мамы кружится голова и болит спина"),
    ("child left alone", "Можно ли оставить ребёнка одного на ночь в 12 лет?"),
    ("child left alone", "Бросили собаку одну на улице в мороз, мальчик плакал"),
    ("child left alone", "Котёнка оставили одного у закрытого магазина на морозе"),
    ("open lift shaft", "В лифте упал телефон в шахту"),
    ("open lift shaft", "Уронила ключи в шахту лифта, двери были открыты"),
    ("fights at night", "Управляющая компания пристала с долгами, звонят каждый день"),
    ("fights at night", "Компания Ростелеком пристаёт со звонками"),
    ("fights at night", "Управляющая компания избивает нас тарифами"),
    ("fights at night", "Молодёжь просит площадку для пейнтбола, стрельба шариками безопасна"),
    ("fights at night", "Молодёжь играет в футбол, иногда дерутся"),
    ("weak water pressure", "Напор воды нормальный, претензий нет"),
    ("weak water pressure", "Давление в кране нормальное, жалоб нет, спасибо"),
    ("roads not cleared", "Дорогу перекопали, не убрали землю, проехать невозможно"),
    ("roads not cleared", "Подъезд не убирают месяц, зайти невозможно от запаха"),
    ("roads not cleared", "Во дворе машины стоят на тротуаре, невозможно пройти, дворник не убирает"),
    ("unsafe food sold", "Продаю мясо, куплю холодильник"),
    ("unsafe food sold", "Шаурму продают рядом со школой, хочу холодильник поставить"),
    ("bus stop removed", "Просим снести остановку, стоять невозможно, там курят"),
    ("bus stop removed", "Предлагаем демонтировать старый павильон остановки, ждать в нём невозможно"),
    ("people cut off by water", "После дождя вода унесла мусор на берег, рыбаки недовольны"),
    ("water polluted", "Пруд у фермы, рыба дохнет от жары, вода зелёная"),
    # older rows the review named ("Older, left"): a lamp or a burner that barely burns, the pressure of gas or of
    # blood, melt water let into a pond
    ("burning", "Фонарь во дворе еле горит"),
    ("burning", "Газ плохо горит"),
    ("weak water pressure", "Слабое давление газа"),
    ("weak water pressure", "У мамы низкое давление, вызвали врача"),
    ("water polluted", "Просим почистить пруд, туда сливают талую воду"),
]


@pytest.mark.parametrize("signal, text", NOT_READ)
def test_look_alike_not_read(signal, text):
    assert not fires(text, signal)


# the wordings of a kind the rows missed, and the everyday ice reports the snow-and-ice narrowing had lost
READ = [
    ("lift fell", "Лифт упал с пятого этажа вместе с людьми"),
    ("lift fell", "Кабина упала на два этажа вниз, внутри была соседка"),
    ("open lift shaft", "Двери лифта открываются, а кабины нет"),
    ("people cut off by water", "Рыбаки на льдине, их уносит от берега!"),
    ("snow and ice", "Куда смотрит УК, гололёд на тротуаре, бабушка сломала руку"),
    ("snow and ice", "Подскажите, когда уберут наледь у подъезда, скользко, старики падают"),
    ("snow and ice", "У школьной столовой гололёд, дети падают"),
    ("snow and ice", "Гололёд, скользко, до обеда никто не посыпал"),
    ("snow and ice", "Дети идут в школу на завтрак по сугробам, тротуар не чищен"),
]


@pytest.mark.parametrize("signal, text", READ)
def test_kind_read(signal, text):
    assert fires(text, signal)


# the rows' own kinds still read, as the dev sets say them (in other words)
KEPT = [
    ("threat to kill", "Сосед с ножом кричит в подъезде, что убьёт жену"),
    ("threat to kill", "Бывший муж пишет, что приедет ночью и убьёт меня"),
    ("gas poisoning", "Вытяжка у колонки не тянет, после душа у всех болит голова и тошнит"),
    ("gas poisoning", "Угорели ночью, голова раскалывается, тошнит, похоже от печки"),
    ("child left alone", "Ребёнка оставили одного у закрытой школы, на улице мороз"),
    ("open lift shaft", "На стройке открыта шахта лифта без ограждения, дети лазят"),
    ("fights at night", "Пьяная компания каждую ночь у ларька, вчера подрались"),
    ("weak water pressure", "Вечером напора нет, до пятого этажа вода не доходит"),
    ("roads not cleared", "Двор не чистили неделю, машины не выехать"),
    ("unsafe food sold", "Торгуют мясом с машины в жару, без холодильников, мухи"),
    ("bus stop removed", "Остановку снесли, ждём на обочине в темноте"),
    ("people cut off by water", "На косе отрезало отдыхающих с детьми, вода прибывает"),
    ("water polluted", "В пруд сливают отходы со свинофермы, рыба дохнет"),
    ("burning", "Сарай горит, пламя плохо видно из-за дыма"),
    ("weak water pressure", "Слабый напор воды, газовая колонка не включается"),
    ("weak water pressure", "Низкое давление воды на пятом этаже"),
    ("water polluted", "В речку сливают нечистоты с фермы"),
]


@pytest.mark.parametrize("signal, text", KEPT)
def test_kind_kept(signal, text):
    assert fires(text, signal)


# snow named in a question of who answers for it or where it goes, and porridge, stay without the row
@pytest.mark.parametrize(
    "text",
    [
        "Куда увозят снег с нашего двора?",
        "Подскажите, кто отвечает за расчистку снега у гаражей",
        "А кто отвечает за уборку снега у почты, администрация или сама почта?",
        "Почему в школьной столовой кормят холодной кашей",
    ],
)
def test_snow_named_without_hazard_still(text):
    assert not fires(text, "snow and ice")


# a lexicon copied from a file shipped before dd1fd10: its =form cancels are dropped with one warning, not refused
def test_unless_forms_dropped_with_a_warning():
    rows = ["name,level,group,pattern,window,unless", "x,high,,газ нет,3,=было|^=было|свет", "y,high,,вода нет,3,=был"]
    with pytest.warns(McuNlpWarning, match="2 lexicon row"):
        rules = parse_rules(rows)
    assert [sorted(r.unless) for r in rules] == [["свет"], []]
    assert not rules[0].near


def test_unless_forms_dropped_read_as_before():
    old = [line.replace("|@past,", "|=было|@past,", 1) for line in LEXICON_PATH.read_text("utf-8").splitlines()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", McuNlpWarning)
        lexicon = Lexicon(parse_rules(old))
    for text in ("Нет воды третий день, было такое и раньше", "Пахнет газом в подъезде"):
        found, shipped = find_signals(text, lexicon), find_signals(text)
        assert [(s.name, s.level) for s in found] == [(s.name, s.level) for s in shipped]


def test_shipped_lexicon_loads_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error", McuNlpWarning)
        parse_rules(LEXICON_PATH.read_text("utf-8").splitlines())
