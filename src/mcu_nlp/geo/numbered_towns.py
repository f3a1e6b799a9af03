"""Closed towns' old numbered names: "Красноярск-26" is Железногорск, never Красноярск (session 46).

A closed town (ЗАТО) was known by its mother town's name, a hyphen and a number, its post office's, and many still
say so ("в Красноярске-26 нет воды"). data/geo/numbered_towns.csv lists the names known as facts, each with its
town's ОКТМО (a SberIndex municipality of status «ЗАТО»); the builder posts the mother town's case forms and the
number to that town, at ``forms.HYPHEN_INITIAL`` (a place only with the hyphen, or an en dash, written: "в
Красноярске 26 домов" is Красноярск's houses). Only these names leave their mother town: any other town's name
written so is the town itself, a numbered post office or quarter in it ("Новосибирск-99", "Чита-46", "Брянск-2"),
and so is a listed one before a temperature ("Красноярск-26 градусов мороз": a minus written as a hyphen).
"""

from __future__ import annotations

from pathlib import Path

from mcu_nlp.geo import declension, forms, sources
from mcu_nlp.geo.index import Builder
from mcu_nlp.geo.lexicon import words
from mcu_nlp.geo.tokens import NUMBER_HYPHENS
from mcu_nlp.geo.town_parts import town_entry

# a listed closed town's number (checked by the build) has one to three digits ("Томск-7"), and is no 1 to 3, a
# railway station's of the mother town and its quarter ("Брянск-2, частный сектор", "Москва-3"); four are a year
# ("Красноярск-2019")
MAX_DIGITS = 3
MIN_NUMBER = 4
# words after a number that make it a temperature, a minus written as a hyphen ("в Омске-30 градусов", "Красноярск-26
# градусов мороз", "-26 мороза", "+30 жара"); a prefix of a word («градусов», «морозы») or a word ("°" is no word: the
# character after the number)
TEMPERATURE_PREFIXES = ("градус", "мороз")
TEMPERATURE_WORDS = frozenset(words("град гр тепла жара жары холод холода ниже выше"))
DEGREE_SIGNS = frozenset("°℃")


def add_numbered_towns(b: Builder, src: Path) -> None:
    """Post the case forms of data/geo/numbered_towns.csv's names ("красноярске 26") to their towns."""
    for row in sources.read_csv(src / "numbered_towns.csv"):
        mother, _, number = row["name"].rpartition("-")
        if not number.isdigit() or len(number) > MAX_DIGITS or int(number) < MIN_NUMBER:
            raise ValueError(f"numbered_towns.csv: expected «town-number», got {row['name']!r}")
        eid = town_entry(b, row["town"], row["region_code"], row["oktmo"])
        for key in sorted(declension.case_forms(mother)):  # sorted: the same bytes
            b.post(f"{key} {number}", eid, forms.HYPHEN_INITIAL)


def temperature(ctx, j: int) -> bool:
    """The number at word ``j`` of the ``TextContext`` is a temperature: a degree sign right after it, or a word of
    ``TEMPERATURE_PREFIXES`` / ``TEMPERATURE_WORDS`` next, with nothing but spaces between.

    >>> from mcu_nlp.geo.context import TextContext
    >>> ctx = TextContext.of("Красноярск-26 градусов; Омск-30°; Чита-46, холод; Томск-7 нет воды")
    >>> [temperature(ctx, j) for j in (1, 4, 6, 10)]
    [True, True, False, False]
    """
    stop = ctx.spans[j][1]
    if ctx.text[stop : stop + 1] in DEGREE_SIGNS:
        return True
    if j + 1 >= len(ctx.keys) or ctx.text[stop : ctx.spans[j + 1][0]].strip():
        return False
    return ctx.keys[j + 1].startswith(TEMPERATURE_PREFIXES) or ctx.keys[j + 1] in TEMPERATURE_WORDS


def hyphen_number(ctx, j: int) -> bool:
    """Word ``j`` of the ``TextContext`` is a number glued to the word before it by a hyphen or an en dash, no
    temperature ("Красноярск-26", "Красноярск–26"; not "Красноярск 26", "Красноярск-26 градусов")."""
    if not 0 < j < len(ctx.keys) or not ctx.keys[j].isdigit():
        return False
    stop = ctx.spans[j - 1][1]
    return ctx.text[stop : stop + 1] in NUMBER_HYPHENS and ctx.spans[j][0] == stop + 1 and not temperature(ctx, j)


def numbered_after(index, ctx, key: str, j: int) -> bool:
    """The name ``key`` ending before word ``j`` of the ``TextContext`` is a listed closed town's numbered name's
    mother town ("Красноярск-26"): that town is no mention of its own; an unlisted one is ("Чита-46").

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> index = load_gazetteer().index
    >>> ctx = TextContext.of("Красноярск-26, Красноярск 26, Чита-46, Красноярск-26 градусов")
    >>> [numbered_after(index, ctx, ctx.keys[j - 1], j) for j in (1, 3, 5, 7)]
    [True, False, False, False]
    """
    if not hyphen_number(ctx, j):
        return False
    return any(level == forms.HYPHEN_INITIAL for _, level in index.get(f"{key} {ctx.keys[j]}", ()))

