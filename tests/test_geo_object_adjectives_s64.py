"""Session 64 (a Волгоградская область walkthrough): a town's adjective before the noun of an object it names (a hydro
power station, a dam, a reservoir, a sea, a bay, a lake; not a plant, a works, a nuclear or thermal station, nor
«вода», which stand in or belong to their town: the session's review) names the object, which may lie far from
the town, not the town, for every region and any caller (``adjectives.names_object``): "Волжская ГЭС" is no Волжск of
Марий Эл, "на Рыбинском водохранилище" no Рыбинск (the town's instrumental «Рыбинском» read as the adjective's
locative). What must keep working: the town named plainly beside the object, now unbeaten; the adjective before any
other noun ("рыбинские дороги", "в кунгурской больнице"); a district's noun ("Рыбинский район"); a town whose own
name is an adjective, alone ("в Волжском" with 34); a town's instrumental after its own prepositions ("под
Иркутском"); a locative before a nominative it does not agree with ("в Мирном вода отключена"). Each row: the
caller's region, the text, the best municipality's name or None."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

REGIONS = (None, "34", "76", "38")  # no caller, and callers of the walkthrough's region and of the probes' towns

# an object named by a town's adjective, nothing else: no place, for any caller (none of these texts is a blind set's)
OBJECTS = [
    "Волжская ГЭС, ямы на дороге",
    "на Рыбинском водохранилище цветёт вода",
    "на Иркутском водохранилище мусор",
    "на Воткинском водохранилище мусор на берегу",
    "на Братском водохранилище сбросили отходы",
    "на Рыбинской плотине пробка",
    "на Волжском шоссе яма",
    "на Анадырском лимане сети поперёк",  # a firth and a bay (helper-617's probes, session 64)
    "Кандалакшский залив, мазут на берегу",
]

# the town or the district the text names plainly beside the object: (region, text, the best municipality's name)
BESIDE = [
    ("34", "Волжская вода в Камышине грязная", "Камышин"),  # the walkthrough's D1 (with no region still Волжск)
    # D2: Волжск (12) made Среднеахтубинский район (0.95 alone) drop as a district of another region than the text's
    (None, "Среднеахтубинский р-н, после сброса на Волжской ГЭС вода пошла в дома", "Среднеахтубинский район"),
    (None, "Кольская АЭС, нет света в Апатитах", "Апатиты"),
    (None, "на Нижнекамском водохранилище мусор, Набережные Челны", "Набережные Челны"),
    (None, "Галич, на Галичском озере мусор", "Галич"),
    (None, "Камышин, на Волжском шоссе яма", "Камышин"),
]

# what keeps its place, before as after
KEPT = [
    (None, "в Рыбинске нет воды", "Рыбинск"),
    (None, "Рыбинск, на водохранилище мусор", "Рыбинск"),  # an object with no adjective
    (None, "рыбинские дороги ужасные", "Рыбинск"),  # a town's adjective before another noun
    (None, "в кунгурской больнице нет врачей", "Кунгурский муниципальный округ"),
    (None, "Кизлярская ЦРБ не принимает", "Кизляр"),
    (None, "буйские пенсионеры без пенсии", "Буй"),
    ("76", "в Рыбинском районе нет воды", "Рыбинский район"),  # a district's noun: the district
    ("76", "Рыбинский район, нет воды", "Рыбинский район"),
    ("63", "Волжский район, нет воды", "Волжский район"),
    ("34", "Среднеахтубинский р-н, нет воды", "Среднеахтубинский район"),
    ("34", "в Волжском нет воды", "Волжский"),  # a town named by an adjective, alone
    ("34", "Волжский, нет воды", "Волжский"),
    (None, "под Иркутском дорога разбита", "Иркутск"),  # the town's own instrumental
    (None, "за Рыбинском свалка", "Рыбинск"),
    ("14", "в Мирном вода отключена", "Мирнинский район"),  # no agreement: the place, then the water
    (None, "в Камышине вода грязная", "Камышин"),
    ("64", "в Балакове у АЭС нет воды", "Балаковский район"),
    (None, "на Вельской трассе яма", "Вельский район"),  # a district's own road: its district
    (None, "кстовские заводы опять воняют", "Кстовский муниципальный округ"),  # a plural: the place's own plants
    ("09", "в ст. Зеленчукской воды нет с утра", "Зеленчукский район"),  # a type word; «воды», no locative
    # the review: a plant, a works, a nuclear or thermal station stands in its town; a town's water is its own
    (None, "Магнитогорский комбинат выбросы", "Магнитогорский городской округ"),
    ("64", "Балаковская АЭС, выброс пара", "Балаковский район"),
    ("34", "Камышинская вода грязная", "Камышин"),
    ("34", "на Волжском заводе авария", "Волжский"),
]


@pytest.fixture(scope="module")
def resolvers():
    return {region: GeoResolver(region=region) for region in {*REGIONS, "09", "14", "63", "64", "74"}}


def _best(resolvers, region, text):
    best = best_municipality(resolvers[region].resolve(text), text)
    return best.name if best else None


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("text", OBJECTS)
def test_object_named_by_adjective_is_no_place(resolvers, region, text):
    assert resolvers[region].resolve(text) == []


@pytest.mark.parametrize(("region", "text", "name"), BESIDE + KEPT)
def test_place_named_plainly_kept(resolvers, region, text, name):
    assert _best(resolvers, region, text) == name
