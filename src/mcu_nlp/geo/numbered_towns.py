"""Closed towns' old numbered names: "Красноярск-26" is Железногорск, never Красноярск (session 46).

A closed town (ЗАТО) was known by its mother town's name, a hyphen and a number, its post office's, and many still
say so ("в Красноярске-26 нет воды"). data/geo/numbered_towns.csv lists the names known as facts, each with its
town's ОКТМО (a SberIndex municipality of status «ЗАТО"); the builder posts the mother town's case forms and the
number to that town, at ``forms.HYPHEN_INITIAL`` (a place only with the hyphen written: "в Красноярске 26 домов" is
Красноярск's houses). Any other town's name written so ("Москва-40", "Томск-8") is no mention of that town: the
resolver drops it (``numbered_after``), since such a name is another place's, known or not; but for a number of 1
to 3, a railway station's and its quarter's, in the town ("Брянск-2").
"""

from __future__ import annotations

from pathlib import Path

from mcu_nlp.geo import declension, forms, sources
from mcu_nlp.geo.context import HYPHENS
from mcu_nlp.geo.index import Builder
from mcu_nlp.geo.town_parts import town_entry

# a closed town's number has one to three digits ("Томск-7", "Мурманск-150"); four are a year ("Красноярск-2019",
# a Universiade's: the town itself), and 1 to 3 a railway station of the town and its quarter ("Брянск-2, частный
# сектор", "маршрут Льгов (АС)-Льгов-1", "Москва-3"): the town itself too
MAX_DIGITS = 3
MIN_NUMBER = 4


def add_numbered_towns(b: Builder, src: Path) -> None:
    """Post the case forms of data/geo/numbered_towns.csv's names ("красноярске 26") to their towns."""
    for row in sources.read_csv(src / "numbered_towns.csv"):
        mother, _, number = row["name"].rpartition("-")
        if not number.isdigit() or len(number) > MAX_DIGITS or int(number) < MIN_NUMBER:
            raise ValueError(f"numbered_towns.csv: expected «town-number», got {row['name']!r}")
        eid = town_entry(b, row["town"], row["region_code"], row["oktmo"])
        for key in sorted(declension.case_forms(mother)):  # sorted: the same bytes
            b.post(f"{key} {number}", eid, forms.HYPHEN_INITIAL)


def numbered_after(ctx, j: int) -> bool:
    """Word ``j`` is a number from ``MIN_NUMBER`` of at most ``MAX_DIGITS`` digits right after a hyphen and the word
    before it: the name before is a numbered town's ("Красноярск-26"), not its own.

    >>> from mcu_nlp.geo.context import TextContext
    >>> ctx = TextContext.of("Красноярск-26, Красноярск 26, Красноярск-2019, Брянск-2")
    >>> numbered_after(ctx, 1), numbered_after(ctx, 3), numbered_after(ctx, 5), numbered_after(ctx, 7)
    (True, False, False, False)
    """
    if not 0 < j < len(ctx.keys) or not ctx.keys[j].isdigit() or len(ctx.keys[j]) > MAX_DIGITS:
        return False
    if int(ctx.keys[j]) < MIN_NUMBER:
        return False
    stop = ctx.spans[j - 1][1]
    return ctx.text[stop : stop + 1] in HYPHENS and ctx.spans[j][0] == stop + 1
