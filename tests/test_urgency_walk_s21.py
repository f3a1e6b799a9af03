"""Session 21 walkthrough misses (issue #4, U8-U12, A5), by kind: smoke out of a home's window, balcony or roof; a
home at +10..+14 with children, the old or the ill in it; a river out of its banks, people stranded on roofs, an
evacuation asked for; emissions one cannot breathe; children on a highway in the dark. And ``explain`` lists no
signal more severe than the level it gives (A5: «dark» was listed as a reason of a normal answer)."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency.trust import RANK


def found(text: str) -> set[tuple[str, str]]:
    return {(s.name, s.level) for s in find_signals(text)}


SMOKE = ("smoke", "critical")


@pytest.mark.parametrize(
    "text",
    [
        "В Нижней Слободе дым из окна на 3 этаже дома по Садовой 15, пожарных вызвали, но пока нет!!",
        "Дым из окна",
        "Из окна соседей валит дым",
        "С балкона на пятом этаже идёт дым",
        "Дым из-под крыши частного дома на Садовой, вызвали пожарных",
        "Из квартиры на втором этаже валит дым",
        "Из окна второго этажа повалил чёрный дым",
    ],
)
def test_smoke_out_of_a_home_is_a_fire(text: str) -> None:
    assert SMOKE in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Дым от ТЭЦ весь день, всё в дыму",
        "Дымит труба котельной, дым из трубы чёрный",
        "Соседи жгут листья, дым в окна",
        "Из трубы бани валит дым прямо в окна",
        "Сосед курит на балконе, дым из окна к нам",
        "У нас из дымохода дым в окна, печное отопление у соседей",
    ],
)
def test_ordinary_smoke_is_no_fire(text: str) -> None:
    assert SMOKE not in found(text)


COLD = ("cold home with the vulnerable", "critical")


@pytest.mark.parametrize(
    "text",
    [
        "Газовый котёл в частном доме не работает, газовики не едут 3 дня, в доме +10, двое детей и бабушка",
        "В квартире +12, маленький ребенок болеет",
        "дома 13 градусов, у нас грудной ребенок",
        "в доме +11, лежачая бабушка",
        "на улице -32, дома +13, в квартире двое маленьких детей",
    ],
)
def test_a_cold_home_with_children_or_the_old_is_critical(text: str) -> None:
    assert COLD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "в квартире +17, дети, батареи еле теплые",  # +15 and warmer: the cold-flat row's high
        "в школе +12, дети сидят в куртках",  # a school, not a home
        "в доме +12, живу один",  # no one vulnerable named
        "Садовая 10, в квартире +17, двое детей",  # a house's 10 is no degree
        "в квартире +19, кв. 12, ребенок",
    ],
)
def test_a_warmer_home_a_school_or_no_one_vulnerable_is_not(text: str) -> None:
    assert COLD not in found(text)


FLOOD = {("flood", "critical"), ("evacuation", "critical")}


@pytest.mark.parametrize(
    "text",
    [
        "Каменка вышла из берегов, в частном секторе вода в домах, люди на крышах сараев, нужна эвакуация",
        "Каменка вышла из берегов, вода в домах",
        "Река вышла из берегов, затопила улицу",
        "Люди сидят на крышах, вода прибывает, нужна лодка",
        "Нужна эвакуация, вода уже по окна",
    ],
)
def test_a_river_out_of_its_banks_and_people_stranded_are_a_flood(text: str) -> None:
    assert found(text) & FLOOD


@pytest.mark.parametrize(
    "text",
    [
        "Окна выходят на реку, рядом жилые дома, шумно",
        "Вода выходит из люка во двор",
        "Нужна эвакуация автомобиля со двора",
        "Требуется эвакуировать брошенное ТС на специализированную стоянку",
        "Чистят снег на крышах, люди внизу ходят",
    ],
)
def test_a_view_a_manhole_a_tow_or_snow_on_roofs_is_no_flood(text: str) -> None:
    assert not found(text) & FLOOD


EMISSIONS = ("emissions people breathe", "high")


@pytest.mark.parametrize(
    "text",
    [
        "В Нижней Слободе опять выбросы с комбината, дышать нечем, небо рыжее, дети кашляют",
        "Завод опять выбрасывает, выбросы ночью, дышать невозможно",
        "От комбината такие выбросы, что невозможно дышать",
        "Выбросы с предприятия, тяжело дышать всем районом",
    ],
)
def test_emissions_one_cannot_breathe_are_high(text: str) -> None:
    assert EMISSIONS in found(text)


def test_emissions_without_harm_are_not() -> None:
    assert EMISSIONS not in found("выбросы с завода, сфотографировал небо, проверьте")


DARK_ROAD = ("children on a road in the dark", "high")


@pytest.mark.parametrize(
    "text",
    [
        "школьный автобус не довозит детей из деревни, дети ходят пешком по трассе 3 км в темноте",
        "Школьники идут по обочине трассы, темно, фонарей нет",
        "Дети идут в школу пешком по шоссе в темноте",
        "Утром дети в темноте идут вдоль трассы, машины несутся",
    ],
)
def test_children_on_a_highway_in_the_dark_are_high(text: str) -> None:
    assert DARK_ROAD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "вчера ребёнок выбежал на проезжую часть из-за тёмного перекрёстка, установите освещение",
        "Дети катаются на горке в темноте",
        "Прошу сделать тротуар, дети ходят по дворам",
    ],
)
def test_a_dark_crossing_or_a_hill_is_not(text: str) -> None:
    assert DARK_ROAD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "пгт Сосновка: школьный автобус не довозит детей, дети ходят пешком по трассе 3 км в темноте, мест нет",
        "Не горит фонарь во дворе, темно",
        "Пахнет газом в подъезде",
        "Поставьте лавочку",
    ],
)
def test_explain_lists_no_signal_above_the_level_given(models, text: str) -> None:
    urgency = models.urgency
    level = urgency.predict([text])[0]
    assert all(RANK[s.level] >= RANK[level] for s in urgency.explain(text)), (
        level,
        urgency.explain(text),
    )
