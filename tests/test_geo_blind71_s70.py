"""Session 70: the general kinds of blind71's geo misses, each with a variant, and the namesakes each rule must leave.

- a region named in brackets beside the place decides, by its adjective alone ("г. Озёрск (Калининградская)") or by a
  name villages share ("пгт Красногвardейское (Крым)" with a caller of another region);
- «ЗАТО» after the name ("пгт Первомайский, ЗАТО") and «закрытый город» in the text pick the closed town's namesake;
- a two-word name whose first word the dictionary lacks declines its last word only ("в Цаган Амане");
- a lower-case town of a name's adjective and a landscape's noun ("в вятских полянах") counts as other lower-case
  multiword towns do (the caller's region);
- a village's or a посёлок's type word after a district ("Прионежский район, пос. Шуя") names the district's village,
  not a town of another region;
- Курган's жилой массив Заозёрный.
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    # a region's adjective alone in brackets
    ("bracket", None, "г. Озёрск (Калининградская) — вода с песком из крана", "27516000"),
    ("bracket", "74", "г. Озёрск (Калининградская) — вода с песком из крана", "27516000"),
    ("bracket", None, "Озёрск (Челябинская), нет воды", "75743000"),
    ("bracket", None, "Советск (Кировская) — нет воды", "33636000"),
    ("bracket", None, "Советск (Калининградская) — нет воды", "27730000"),
    ("bracket", None, "Мирный (Архангельская), нет воды", "11725000"),
    # a region's name that a village shares, in brackets, over the caller's namesake
    ("bracket", "26", "пгт Красногвардейское (Крым): на площади разбит асфальт", "35620000"),
    ("bracket", "61", "пгт Советский (Крым), нет воды", "35652000"),
    # «ЗАТО» after the name, «закрытый город»
    ("closed", None, "пгт Первомайский, ЗАТО — на КПП очередь по два часа", "33787000"),
    ("closed", "56", "пгт Первомайский, ЗАТО — на КПП очередь по два часа", "33787000"),
    ("closed", None, "Заречный (ЗАТО), нет воды", "56734000"),
    ("closed", "39", "В Озёрске, у нас в закрытом городе, на Ленина опять ремонтируют тротуар", "75743000"),
    # a two-word name of an unknown first word
    ("spaced", None, "В Цаган Амане третий день не ходит рейсовый автобус", "85646000"),
    ("spaced", "08", "В Цаган Амане третий день не ходит рейсовый автобус", "85646000"),
    ("spaced", "08", "из Цаган Амана автобус не ходит", "85646000"),
    ("spaced", None, "в Цаган-Амане нет воды", "85646000"),
    ("spaced", None, "в Белушья Губе нет света", "11712000"),
    # a name's adjective and a landscape's noun in lower case
    ("lower", "43", "в вятских полянах на Гагарина разбита дорога", "33704000"),
    ("lower", "16", "Живу в камских полянах, нет воды", "92644000"),
    # a district and a village's or a посёлок's type word
    ("district", None, "Прионежский район, пос. Шуя — не чистят снег на остановке", "86636000"),
    ("district", "10", "Прионежский район, пос. Шуя — не чистят снег на остановке", "86636000"),
    ("district", "37", "Прионежский район, пос. Шуя — не чистят снег на остановке", "86636000"),
    ("district", None, "Рыбинский район, п. Волжский, нет света", "04647000"),
    # a town's part
    ("part", "45", "Курган, Заозёрный: на остановке нет расписания", "37701000"),
    ("part", "45", "В Заозёрном нет воды", "37701000"),
]

NEIGHBOURS = [
    # no bracket of its own, or no region's adjective: a street, a house
    ("bracket", None, "Советск (Калининградская, 5) — нет воды", "27730000"),  # as before, unsettled
    ("bracket", None, "Калининградская, 5 — нет воды", None),
    ("bracket", "39", "В Озёрске опять ремонтируют тротуар", "27516000"),
    ("bracket", None, "пгт Советский, нет воды", "88652000"),
    # the conjunction «зато», «город закрыт» (no status), «ЗАТО» before the name as before
    ("closed", None, "В Первомайском нет воды, зато свет есть", None),
    ("closed", None, "пгт Первомайский, зато газ есть", "76654000"),
    ("closed", "39", "В Озёрске опять ремонтируют тротуар, город закрыт на карантин", "27516000"),
    ("closed", "66", "Заречный, нет воды", "65737000"),
    ("closed", None, "ЗАТО Первомайский, нет воды", "33787000"),
    # a landscape said of the landscape
    ("lower", "47", "Экотропа в сосновом бору", None),
    # a town's type word, or no district: the town
    ("district", None, "Прионежский район, г. Шуя, нет света", "24711000"),
    ("district", None, "Шуя, нет воды", "24711000"),
    ("district", None, "Выборгский р-н, пос. Рощино, нет света", "41615000"),
    # Красноярский край's town keeps its name for other callers
    ("part", "24", "В Заозёрном нет воды", "04647000"),
    ("part", None, "В Заозёрном нет воды", None),
]


@pytest.mark.parametrize(("_", "region", "text", "want"), CASES)
def test_kinds_and_variants(_: str, region: str | None, text: str, want: str | None) -> None:
    assert best_place(text, region) == want


@pytest.mark.parametrize(("_", "region", "text", "want"), NEIGHBOURS)
def test_neighbours_stay(_: str, region: str | None, text: str, want: str | None) -> None:
    assert best_place(text, region) == want
