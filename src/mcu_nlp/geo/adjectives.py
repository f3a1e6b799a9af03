"""A district's adjective alone before a noun: "Коношский вокзал", "на Вельской трассе", "Вельская ЦРБ".

The gazetteer had a district's adjective only with its noun ("Коношский район"); an object named by the adjective is in
that district. Built for a district whose adjective names no other municipality or Петербург district ("Кировский":
many regions; "Выборгский": Ленинградская's district and Петербург's) and no town that is its own municipality
("Курский": Курский район of 46, but «Курский университет», «Курский вокзал» are Курск's or Москва's), in the forms the
index lacks (not "Тазовский", a settlement too); counted only with a capital right before a noun for one of the
district's own objects (``DISTRICT_OBJECTS``: a highway, a hospital, a station, not a street or a bridge), or WEAK where
letter case says nothing.
"""

from __future__ import annotations

from collections import defaultdict

from mcu_nlp.geo.forms import DISTRICT_ADJECTIVE, REJECT, STRONG, WEAK
from mcu_nlp.geo.lexicon import SKIY_ENDINGS, words
from mcu_nlp.geo.tokens import normalize_word, phrase_key

DISTRICT_WORDS = ("район", "округ", "муниципальный")  # not a town's own городской округ: "Балтийский вокзал" is SPb's
# What a district's adjective names in its own district (all case forms): its road, hospital, station, offices.
# Not a bridge, a lake, a square, a street (named after far places in big towns: "Ржевский мост", "Одесская ул."),
# nor «дорога» (a road's own name: "Соболевская дорога" in a Kursk appeal is no Соболевский район of Камчатка).
DISTRICT_OBJECTS = frozenset(
    words(
        "трасса трассы трассе трассу трассой больница больницы больнице больницу "
        "больницей поликлиника поликлиники поликлинике поликлинику поликлиникой администрация администрации "
        "администрацию администрацией вокзал вокзала вокзалу вокзалом вокзале автовокзал автовокзала автовокзале "
        "автостанция автостанции автостанцию водоканал водоканала водоканалу водоканалом водоканале"
    )
)
ABBREVIATED_OBJECTS = frozenset(words("црб"))  # "Вельская ЦРБ": no agreement to read


def add_district_adjectives(b) -> None:
    """Post the adjective forms of the districts (``Builder`` ``b``) that only one municipality's name starts with."""
    by_adjective: dict[str, set[int]] = defaultdict(set)
    for eid, entry in enumerate(b.entries):
        words = normalize_word(str(entry["name"])).split()
        if entry["kind"] == "region" or len(words) < 2 or words[1] not in DISTRICT_WORDS:
            continue
        if words[0].endswith(("ский", "цкий")):
            by_adjective[words[0]].add(eid)
    for adjective, eids in by_adjective.items():
        eid = next(iter(eids))
        if len(eids) > 1 or b.entries[eid]["kind"] != "municipality" or b.entries[eid].get("internal"):
            continue
        stem = adjective[:-2]  # "коношск", "вельск"
        region = b.entries[eid]["region_code"]
        towns = [t for key in (stem, stem[:-2]) for t in b.index.get(phrase_key(key), {})]  # Курск, Льгов
        if any(b.entries[t]["mun"] not in (eid, -1) and b.entries[t]["region_code"] == region for t in towns):
            continue  # "курский": Курск, a municipality of its own, is meant more often than Курский район
        for ending in SKIY_ENDINGS:
            key = phrase_key(stem + ending)
            if key not in b.index:
                b.post(key, eid, DISTRICT_ADJECTIVE)


def adjective_verdict(ctx, i: int, j: int) -> int:
    """STRONG for a capitalised district adjective right before one of its objects that it agrees with ("Коношский
    вокзал", "на Вельской трассе", "Вельская ЦРБ"), WEAK for one where letter case says nothing, else REJECT."""
    if j >= len(ctx.keys) or ctx.keys[j] not in DISTRICT_OBJECTS | ABBREVIATED_OBJECTS:
        return REJECT
    if ctx.keys[j] in DISTRICT_OBJECTS and not ctx.agrees_next(j):
        return REJECT
    capital = ctx.capital(i)
    return STRONG if capital else WEAK if capital is None else REJECT
