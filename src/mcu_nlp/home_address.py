"""Where a person lives, as :mod:`mcu_nlp.redaction` masks it: a flat number, and an address said to be a home.

The rule: an address names a household, and so a person, in two cases; any other address is the place of a public
problem («яма у дома 5 по ул. Ленина», «в доме 12 нет воды»), which geo-resolution, the topic model and an operator
need, and it stays.

- A flat number («кв. 12», «квартира 40», «кв.7») names one household of a building: the number is masked,
  ``кв. [FLAT]``, the word stays (it says the problem is inside a flat). A number after «квартира» that measures
  («в квартире 12 градусов», «в квартире 3 дня нет воды») is no flat number and stays.
- An address the text gives as where someone lives («живу по адресу ул. Ленина, д. 5», «проживаю на ул. Мира 3»,
  «прописан в доме 7 по ул. Садовой», «мой адрес: ...», «адрес регистрации ...») is masked from its street to its
  last number, ``[ADDRESS]``; a town or a region at either end stays («живу в Тюмени» is no household), and so do
  the prepositions before it («живу на [ADDRESS]»). An address without a number stays: a street names no household
  («живу на ул. Ленина»; in «живу в Тюмени, ул. Ленина разбита» it is the problem's place).

Both read the address as the urgency model does (:func:`mcu_nlp.urgency.address.address_spans`: street words, names
after them, numbers, towns, the measures that are no house numbers), one parser for the library. That reading
lemmatises the text, so it runs only on a text with a flat word before a number or a home phrase (one SPb appeal in
about 25).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mcu_nlp.lexicon import Word, words

#: One flat number: at most 4 digits and a letter glued to it («12», «12а»)
FLAT_ITEM = r"\d{1,4}(?:[а-яёa-z](?![\w-]))?"
#: «кв», «кв.», «квартира» in any case form, «кв-ра», then at most a «№» or «:» and a flat number, or a list of them
#: («кв. 12», «кв.12а», «квартиры № 40», «квартиры 15, 16 и 17»; a number of the list with a word right after it
#: counts something: «кв 12, 5 этаж»): where flat numbers may be; the address reading decides. A range of flats
#: («кв. 1-14», «квартиры 34 - 48») names an entrance or a floor, a public place: it stays.
FLAT = re.compile(r"[Кк](?<![\w-][Кк])(?i:в(?:артир[а-яё]{0,3}|-р[а-яё]{0,2})?)\.?[\s№:]{0,4}"
                  rf"(?P<number>{FLAT_ITEM}(?:(?:[ \t]?[,;][ \t]?|\.|[ \t]и[ \t]){FLAT_ITEM}"
                  r"(?![\w-]|[ \t]?(?!и\s)[а-яё]))*)(?![\w-]|[ \t]?[-–][ \t]?\d)", re.IGNORECASE)
#: Words that give an address as someone's home, and at most «по адресу» and marks after them
HOME = re.compile(
    r"(?<![\w-])(?i:прожива(?:ю|ем|ет|ют|ешь|ла|л|ли|ние|ния|ющ\w{1,3})|жив(?:у|ем|ём|ет|ёт|ут|ешь|ёшь)"
    r"|прописан[аыо]?|зарегистрирован[аыо]?|(?:мой|моя|наш|наша)\s{1,3}адрес|адрес\w{0,2}\s{1,3}"
    r"(?:проживания|регистрации|прописки))(?:\s{1,3}(?i:по\s{1,3}адресу))?[\s:,.-]{0,4}")
#: What every match of HOME holds, found 3x faster than HOME (each alternative here starts with a letter class that
#: the regex engine skips to)
HOME_HINT = re.compile(r"[ЖжПпЗзАа](?i:(?<=[Жж])ив|(?<=[Пп])ро[жп]|(?<=[Зз])арегистр|(?<=[Аа])дрес)")
#: What may stand between a home phrase and the address the reader finds: marks, and up to two capitalised words (a
#: street named with no street word, «по адресу Софийская, д. 40»), which are the address's start
LEAD = re.compile(r"[\s,:.-]*(?P<name>(?:[А-ЯЁ][А-ЯЁа-яё-]*[\s,:.]+){1,2})?")
#: Prepositions before a home address that stay («живу на [ADDRESS]», «прописан в [ADDRESS]»)
PREPOSITION = re.compile(r"(?i:на|в|во|по|у)\Z")
#: Words that put a home near an address, not at it («живу рядом с домом 5», «напротив дома 5»): that address is the
#: neighbourhood's, a public place (the problem's, often: «живу возле ул. Мира 3, там яма»), and names no household
NEAR = re.compile(r"(?i:рядом|напротив|около|возле|вблизи|близ|недалеко|неподалеку)\Z")


#: How far around a candidate the address is read: the words before a flat number that may make it a measure
#: («температура в квартире 14»), the unit after it, and a home address up to its end
FLAT_BEFORE, FLAT_AFTER, HOME_AFTER = 60, 30, 200


def home_spans(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, stop, kind) of the flat numbers (``FLAT``) and home addresses (``ADDRESS``) of ``text``, read as if
    the ``masked`` spans (start, stop) were spaces: a phone after a house number is no part of the address.

    >>> text = "живу по адресу г. Тюмень, ул. Ленина, д. 5, кв. 12; в квартире 12 градусов"
    >>> [(text[a:b], kind) for a, b, kind in home_spans(text)]
    [('ул. Ленина, д. 5, кв. 12', 'ADDRESS'), ('12', 'FLAT')]
    """
    if not FLAT.search(text) and not (HOME_HINT.search(text) and HOME.search(text)):
        return []  # most texts: no lemmatising
    text = _blanked(text, masked)
    found = []
    for home in HOME.finditer(text):
        part, shift, seq, places, spans = _read(text, home.start(), home.end() + HOME_AFTER)
        found += [(a + shift, b + shift, "ADDRESS") for a, b in _home(part, home.end() - shift, spans, seq, places)]
    for flat in FLAT.finditer(text):
        _, shift, _, _, spans = _read(text, flat.start() - FLAT_BEFORE, flat.end() + FLAT_AFTER)
        number = flat.start("number") - shift
        if any(a <= number < b for a, b in spans):
            found.append((*flat.span("number"), "FLAT"))
    return sorted(found)


def _read(text: str, start: int, stop: int) -> tuple[str, int, list[Word], list[bool], list[tuple[int, int]]]:
    """The address reading of ``text[start:stop]``, widened to whole words: that part of the text, its offset in
    ``text``, its words, whether each names a town or a region, and its address spans (offsets in the part). Only
    the words around a candidate are read: a long text's other words cost nothing."""
    # imported here: the urgency package's model text imports mcu_nlp.redaction, which imports this module
    from mcu_nlp.urgency.address import address_marks, address_spans

    start = 0 if start <= 0 else max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(" ", stop), text.find("\n", stop)) if i >= 0]
    part = text[start:min(ends, default=len(text))]
    seq = words(part)
    marks = address_marks(part, seq)
    return part, start, seq, marks[1], address_spans(part, seq, marks)


def _home(text: str, start: int, spans: list[tuple[int, int]], seq: list[Word], places: list[bool]
          ) -> list[tuple[int, int]]:
    """The home address that begins at ``start`` (after a home phrase), without the towns, regions and prepositions
    at its ends: one (start, stop), or none when no address begins there or it holds no number (a town or a street
    alone)."""
    lead = next(((lead, b) for a, b in spans if a >= start and (lead := LEAD.fullmatch(text, start, a))), None)
    if lead is None:
        return []
    begin = lead[0].start("name") if lead[0]["name"] else lead[0].end()
    inside = [(w, p) for w, p in zip(seq, places) if begin <= w.start and w.stop <= lead[1]]
    kept = [w for w, p in inside if not p]
    if kept and NEAR.match(kept[0].form):
        return []
    while kept and PREPOSITION.match(kept[0].form):
        kept.pop(0)
    # a street without a house number names no household («живу на ул. Ленина»; «живу в Тюмени, ул. Ленина
    # разбита»: the street is the problem's place, which geo and an operator need)
    if not any(c.isdigit() for w in kept for c in w.form):
        return []
    return [(kept[0].start, kept[-1].stop)]


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (they may overlap) as spaces: the same offsets."""
    parts, last = [], 0
    for start, stop in sorted(spans):
        if stop > last:
            start = max(start, last)
            parts += [text[last:start], " " * (stop - start)]
            last = stop
    return "".join(parts) + text[last:] if parts else text
