"""Street-type words in one place: each type's case forms and its abbreviations.

A street's type word («улица», «проспект», «пер.») marks the capitalised word next to it as a street's name. Several
readers need these words: names (:mod:`mcu_nlp.name_places`), the urgency lexicon's place reading
(:mod:`mcu_nlp.lexicon_places`), flat numbers (:mod:`mcu_nlp.flat_numbers`) and geo (:mod:`mcu_nlp.geo.lexicon`).
Each takes the types and cases it needs by name from :func:`street_words`; where a reader's list lacks some of them,
it says which (session 23 moved the lists here without changing any output: gaps that look accidental are kept and
named at the reader, to be closed with a measurement).

>>> sorted(street_words(("улица",), ("nom", "gen")))
['улица', 'улицы']
>>> sorted(street_words(("переулок",), ("nom",), abbreviated=True))
['пер', 'переулок']
>>> sorted(street_words(("бульвар",), (), abbreviated=True))
['б-р', 'бул']

An abbreviation declined in a case (:data:`DECLINED_ABBREVIATIONS`: «с пр-та Ленина», «с б-ра Профсоюзов») comes only
with ``declined=True`` (session 30: the two hand-written alternations that held them, :mod:`mcu_nlp.home_phrases`'s
and :mod:`mcu_nlp.names`', are built from here; the readers that took ``abbreviated=True`` before read as they did).

>>> sorted(street_words(("проспект", "бульвар"), ("gen",), abbreviated=True, declined=True))
['б-р', 'б-ра', 'бул', 'бульвара', 'пр', 'пр-кт', 'пр-кта', 'пр-т', 'пр-та', 'пркт', 'просп', 'проспекта']
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "ABBREVIATIONS", "CASES", "DECLINED_ABBREVIATIONS", "FORMS", "STREET_NOUNS", "TYPES", "alternation", "street_words",
]

#: The singular cases, in the order of :data:`FORMS`' tuples.
CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
#: Each street type's singular forms: nominative, genitive, dative, accusative, instrumental, locative.
FORMS: dict[str, tuple[str, ...]] = {
    "улица": ("улица", "улицы", "улице", "улицу", "улицей", "улице"),
    "проспект": ("проспект", "проспекта", "проспекту", "проспект", "проспектом", "проспекте"),
    "переулок": ("переулок", "переулка", "переулку", "переулок", "переулком", "переулке"),
    "площадь": ("площадь", "площади", "площади", "площадь", "площадью", "площади"),
    "набережная": ("набережная", "набережной", "набережной", "набережную", "набережной", "набережной"),
    "бульвар": ("бульвар", "бульвара", "бульвару", "бульвар", "бульваром", "бульваре"),
    "шоссе": ("шоссе",) * 6,
    "проезд": ("проезд", "проезда", "проезду", "проезд", "проездом", "проезде"),
    "тупик": ("тупик", "тупика", "тупику", "тупик", "тупиком", "тупике"),
    "аллея": ("аллея", "аллеи", "аллее", "аллею", "аллеей", "аллее"),
    "линия": ("линия", "линии", "линии", "линию", "линией", "линии"),
    "сквер": ("сквер", "сквера", "скверу", "сквер", "сквером", "сквере"),
    "дорога": ("дорога", "дороги", "дороге", "дорогу", "дорогой", "дороге"),
    "тракт": ("тракт", "тракта", "тракту", "тракт", "трактом", "тракте"),
    "микрорайон": ("микрорайон", "микрорайона", "микрорайону", "микрорайон", "микрорайоном", "микрорайоне"),
}
#: All street types, in the order of :data:`FORMS`.
TYPES = tuple(FORMS)
#: Each type's abbreviations, without the dot («ул.», «пр-т»).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "улица": ("ул",),
    "проспект": ("пр", "просп", "пр-т", "пр-кт", "пркт"),
    "переулок": ("пер",),
    "площадь": ("пл",),
    "набережная": ("наб",),
    "бульвар": ("б-р", "бул"),
    "шоссе": ("ш",),
    "тупик": ("туп",),
    "микрорайон": ("мкр",),
}
#: Abbreviations declined in a case, by type and case (:data:`CASES`' names), without the dot: the genitive's «пр-та»,
#: «пр-кта», «б-ра» («сосед с пр-та Ленина 5»)
DECLINED_ABBREVIATIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "проспект": {"gen": ("пр-та", "пр-кта")},
    "бульвар": {"gen": ("б-ра",)},
}

#: Common nouns streets are named after, in the genitive («проспект Мира», «улица Победы»): with no street word they
#: still name one («мой адрес мира 5», «пожар на мира 5»; :mod:`mcu_nlp.address_words`, :mod:`mcu_nlp.lexicon_places`)
STREET_NOUNS = frozenset({"мира", "победы", "свободы", "революции", "октября", "труда", "дружбы"})


def street_words(
    types: Iterable[str] = TYPES, cases: Iterable[str] = CASES, abbreviated: bool = False, declined: bool = False
) -> frozenset[str]:
    """The forms of ``types`` in ``cases`` (names from :data:`CASES`), with their abbreviations if ``abbreviated``,
    and the abbreviations declined in ``cases`` if ``declined`` too (:data:`DECLINED_ABBREVIATIONS`)."""
    cases = tuple(cases)
    slots = [CASES.index(case) for case in cases]
    types = tuple(types)
    out = {FORMS[kind][slot] for kind in types for slot in slots}
    if abbreviated:
        out.update(short for kind in types for short in ABBREVIATIONS.get(kind, ()))
        if declined:
            out.update(short for kind in types for case in cases
                       for short in DECLINED_ABBREVIATIONS.get(kind, {}).get(case, ()))
    return frozenset(out)


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regular expression's alternation, longest first, so that «пр-кт» is tried before «пр» (ties in
    alphabetical order): how each reader joins the forms it takes from :func:`street_words`.

    >>> alternation({"пр", "ул", "пр-кт"})
    'пр-кт|пр|ул'
    """
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))
