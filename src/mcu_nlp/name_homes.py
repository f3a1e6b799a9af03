"""A writer's home after their name and contact: the requisites an appeal is signed with («пишет кузнецов алексей,
тел 89101234567, нн автозавод ул. львовская 5-17», «vk.com/id123, Мария Владимировна Кольцова, Бор, ул. Махалова д 10
кв 5»), read for :func:`mcu_nlp.names.signed_addresses`.

A name signs when it opens a sentence or follows a verb a writer introduces themselves with («пишет», «обращается»),
or when a contact (a phone, an e-mail, a handle) stands right beside it or right after the address that follows it
(session 44, a Нижегородская область walkthrough: a name after a handle, or followed by its phone, left street, house
and flat in clear); not after a role word or a verb of calling, whose person is someone the writer called
(:func:`mcu_nlp.names.signed_addresses`). Between the name and the street there may be its contacts with their words
(«тел», «почта», «вк», «или»), then up to three places, each a town (the dictionary's or the gazetteer's: «Бор»,
«автозавод»), a short name of one («нн», «спб»), or a name after a settlement's or a district's type («г. Бор», «р-н
Сормово», «Автозаводский р-н»). The address is a street with a house and a flat's or a building's number («5-17», «д
10 кв 5», «33/2»): a street's word and its name in any case («ул. львовская»), or a capitalised name with none
(«Ленина 5-12»). A house with no flat is where a problem is, and so is an address after any other word («тел ..., яма
на ул. Ленина 5-17») or past a full stop: both stay.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from mcu_nlp.phone_numbers import INLINE_SPACE
from mcu_nlp.street_words import alternation, street_words

SPACE = f"[{INLINE_SPACE}]"
#: The words a contact is given with: a phone's, an e-mail's, a messenger's
CONTACT_WORD = (r"(?i:тел|телефон|моб|сот|т|номер|почта|e-?mail|эл\.?[ \t]?почта|вк|vk|тг|tg|телеграм|telegram|whatsapp"
                r"|ватсап|вотсап)\.?:?")
#: Between a name and its contact, or between two contacts: spaces, a mark, «или», a contact's word
CONTACT_GAP = re.compile(rf"[\s,:;()–—-]{{0,6}}(?:(?i:или|и){SPACE}{{1,2}})?(?:{CONTACT_WORD}{SPACE}{{0,2}})?")
#: The street words of a signed address: :mod:`mcu_nlp.street_words`' nominatives of these types and their
#: abbreviations, longest first (session 30, from a hand-written list that lacked «пр-кт», «пркт», «бул»); also
#: :data:`mcu_nlp.names.ADDRESS_AFTER`'s
ADDRESS_TYPES = ("улица", "проспект", "переулок", "бульвар", "шоссе")
ADDRESS_WORDS = alternation(street_words(ADDRESS_TYPES, ("nom",), abbreviated=True))
CAPITALISED = r"[А-ЯЁ](?:[а-яё-]+|[А-ЯЁ-]+)"
ANY_CASE = r"[А-ЯЁа-яё][а-яё-]+|[А-ЯЁ][А-ЯЁ-]+"
#: A house and a flat's or a building's number after a dash or a slash, or a flat's word and number
HOUSE_FLAT = (rf"{SPACE}{{0,2}},?{SPACE}{{0,2}}(?:(?i:д|дом)\.?{SPACE}{{0,2}})?\d{{1,4}}[а-яё]?"
              rf"(?:(?:{SPACE}?[-/]{SPACE}?\d{{1,4}}){{1,2}}|{SPACE}{{0,2}},?{SPACE}{{0,2}}(?i:кв|квартира)\.?"
              rf"{SPACE}{{0,2}}\d{{1,4}})(?![\d.,/-]\d)")
LEAD = r"[\s,:;–—-]{0,4}"
#: A street, its word and name in any case or its capitalised name alone, and a house with a flat
STREET_HOUSE = re.compile(
    rf"{LEAD}(?P<address>(?:(?i:{ADDRESS_WORDS})\.?{SPACE}{{0,2}}(?:{ANY_CASE})(?:{SPACE}(?:{ANY_CASE}))?"
    rf"|{CAPITALISED}(?:{SPACE}{CAPITALISED})?){HOUSE_FLAT})")
#: A settlement's type before a town's name in a signature (also :data:`mcu_nlp.names.ADDRESS_AFTER`'s)
SETTLEMENT_TYPES = r"г|гор|город|ст|ст-ца|станица|х|хут|хутор|пос|п|пгт|с|село|д|дер|деревня|аул"
DISTRICT_TYPES = r"р-н|район|мкр|мкрн|микрорайон"
#: A place before the street: a name, maybe after a settlement's or a district's type, or before a district's
PLACE = re.compile(
    rf"{LEAD}(?:(?P<type>(?i:{SETTLEMENT_TYPES}|{DISTRICT_TYPES}))(?:\.{SPACE}{{0,2}}|{SPACE}{{1,2}}))?"
    rf"(?P<name>[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+){{0,3}})(?:{SPACE}{{1,2}}(?P<district>(?i:{DISTRICT_TYPES}))\.?)?(?![\w-])")
#: Towns by their short names («нн»: Нижний Новгород)
TOWN_SHORT = frozenset(("нн", "спб", "мск", "екб", "нск"))
MAX_PLACES = 3
#: Verbs a writer introduces themselves with: a name right after one signs as one opening a sentence does
WRITER_CUES = frozenset(("пишет", "пишу", "обращается", "обращаюсь", "беспокоит"))
CONTACT_KINDS = frozenset(("PHONE", "EMAIL", "HANDLE"))


def home_after(text: str, start: int, stop: int, contacts: Sequence[tuple[int, int]], opens: bool,
               town: Callable[[str], bool]) -> tuple[int, int] | None:
    """(start, stop) of the home address after the name at ``start:stop`` in ``text``: past its ``contacts`` (the
    text's, sorted and disjoint) and up to three places (``town``: whether a lower-case word names one), if the name
    ``opens`` a sentence or a contact stands beside it or right after the address; else None.

    >>> text = "пишет кузнецов алексей, тел 89101234567, нн автозавод ул. львовская 5-17, света нет"
    >>> a, b = home_after(text, 6, 22, [(28, 39)], False, {"автозавод"}.__contains__)
    >>> text[a:b]
    'ул. львовская 5-17'
    >>> text = "Иванов Иван, тел 89101234567, яма на ул. Ленина 5-17"
    >>> home_after(text, 0, 11, [(17, 28)], True, {"бор"}.__contains__) is None
    True
    """
    at, beside = stop, _contact_before(text, start, contacts)
    i = bisect_left(contacts, (stop, stop))
    while i < len(contacts) and CONTACT_GAP.fullmatch(text, at, contacts[i][0]):
        at, beside, i = contacts[i][1], True, i + 1
    for _ in range(MAX_PLACES + 1):
        if address := STREET_HOUSE.match(text, at):
            if opens or beside or _contact_after(text, address.end(), contacts):
                return address.span("address")
            return None
        place = PLACE.match(text, at)
        if place is None or not (place["type"] or place["district"] or place["name"].lower() in TOWN_SHORT
                                 or town(place["name"].lower())):
            return None
        at = place.end()
    return None


def _contact_before(text: str, start: int, contacts: Sequence[tuple[int, int]]) -> bool:
    """Whether a contact ends right before ``start`` (past a mark or a contact's word)."""
    i = bisect_right(contacts, (start, start))
    if not i or contacts[i - 1][1] > start:
        return False
    return CONTACT_GAP.fullmatch(text, contacts[i - 1][1], start) is not None


def _contact_after(text: str, stop: int, contacts: Sequence[tuple[int, int]]) -> bool:
    """Whether a contact starts right after ``stop`` (past a mark or a contact's word)."""
    i = bisect_left(contacts, (stop, stop))
    return i < len(contacts) and CONTACT_GAP.fullmatch(text, stop, contacts[i][0]) is not None
