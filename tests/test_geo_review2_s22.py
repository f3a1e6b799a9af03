"""Session 22's second mid-session geo review (invented sentences).

- A big town's district's adjective in its own locative («В Железнодорожном», «в Индустриальном»: census table 5 lists
  districts of that name in several towns) names no one place for a caller of no region: it is no village of the one
  region the gazetteer has it in (``letter_case.town_district_stems``); «в Шушенском», «в Вяземском», «в Орлином»
  still do.
- «Оле», the girl's name's dative and locative, is the village Ола (Магаданская область) only with the caller's region
  49 or that region named in the text (``names.given_name_form``).
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver

TOWN_DISTRICTS = [
    (None, "В Железнодорожном опять прорвало трубу у школы", []),
    (None, "В Индустриальном вторые сутки нет горячей воды", []),
    (None, "В Заводском не убирают снег во дворах", []),
    (None, "В Промышленном погас свет на остановке", []),
    (None, "В Свердловском течёт крыша детского сада", []),
    (None, "В Орджоникидзевском не вывозят мусор", []),
    # guards: adjective-like villages that name no town's district
    (None, "Живу в Шушенском, третий день нет воды", ["Шушенское"]),
    (None, "В Вяземском разбита дорога к больнице", ["Вяземский"]),
    (None, "В Орлином опять нет света", ["Орлиное"]),
]

GIVEN_NAME = [
    (None, "Я уверена в Оле, она никогда не обманывает", []),
    ("78", "Я уверена в Оле, она никогда не обманывает", []),
    ("25", "Мы все сомневались в Оле, а она справилась", []),
    # guards: the caller's region, or Магадан / Ольский named in the text
    ("49", "В Оле не вывозят мусор с улиц", ["Ола"]),
    (None, "Переехала из Магадана, теперь в Оле нет отопления", ["Магадан", "Ола"]),
    (None, "В Оле нет света, Ольский район", ["Ола", "Ольский муниципальный округ"]),
    # guards: three-letter towns whose forms are also a rarer or an indeclinable name's
    (None, "В Осе опять отключили свет", ["Оса"]),
    (None, "Из Челябинской области езжу в Ашу, там не работает лифт", ["Челябинская область", "Аша"]),
]


@pytest.mark.parametrize(("region", "text", "want"), TOWN_DISTRICTS + GIVEN_NAME)
def test_geo_review2_s22(region: str | None, text: str, want: list[str]) -> None:
    assert [p.name for p in GeoResolver(region=region).resolve(text)] == want
