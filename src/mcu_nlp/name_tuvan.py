"""Tuvan names: a surname and a given name with no patronymic («Ооржак Чечек», «Сат Айдыс», «Чечек Ооржак»,
«Монгуш Херел-оол»), the commonest way a Tuvan writes a name. The given names are seldom in the dictionary
(«Чечек», «Айдыс») and the surnames seldom read as surnames («Ондар», «Сат», «Оюн»), so :mod:`mcu_nlp.names` saw
no name's shape there, or masked the surname alone after a role word («Заявитель [PERSON] Чечек»).

The surnames are a fact list (:data:`SURNAMES`: the commonest ones; each checked to be no word of the dictionary
other than a name, and no place of the gazetteer). A surname in title case (a man's in its case forms too:
«Ооржака», «Монгушу») with a capitalised word right after it is one name with it, or with a first name or a word
the dictionary lacks right before it when nothing fits after it; in capitals likewise. The word beside is no verb,
adjective, pronoun or other function word («Ондар пишет», «Монгуш Новый ...»), and a street word before the
surname makes it a street («ул. Ооржака Лопсанчапа»). In lower case (a chat's «ооржак чечек звонила», «монгуш
айдыс») the word beside is in lower case too and a first name by its first reading, or a word the dictionary lacks
(«ондар дом 5» stays). A patronymic after the given name goes with it; so do initials
after the surname («Сат А.»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.edits import one_edit
from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before, word_set
from mcu_nlp.name_neighbours import NOT_A_SURNAME_TYPO
from mcu_nlp.name_places import street_word
from mcu_nlp.name_streets import house_number
from mcu_nlp.name_words import name_kinds

#: The commonest Tuvan surnames (lower case). Not «Дамба» (a dam), «Лама», «Ак»: words of their own.
SURNAMES = word_set(
    "монгуш ооржак ондар куулар донгак салчак сат хертек кужугет ховалыг иргит тюлюш чооду оюн лопсан очур хомушку "
    "санчат соян кыргыс саая шойгу сарыглар монге доржу тумат маады ензак седип чамзырын самбуу дажы сандак норбу "
    "шалык тулуш"
)
#: A surname in title case or in capitals; a man's ending in a consonant in its Russian case forms too («Ооржака»,
#: «Монгушу», «Ондаром»). It opens with a capital (with the lookbehind after it): the regex engine skips to each
#: capital letter instead of trying every position. In lower case too (:data:`SURNAME_ANY_CASE`) where a word of the
#: text split at spaces is one of :data:`LOWER_FORMS`: a search stopping at each of their first letters in lower case
#: costs three times as much, and one text in 5,000 holds one.
_FIRSTS = "".join(sorted({s[0].upper() for s in SURNAMES}))


def _tails(first: str) -> str:
    """The surnames opening with ``first``, that letter aside (longest first), as a pattern behind that letter."""
    tails = sorted((name[1:] for name in SURNAMES if name[0].upper() == first), key=len, reverse=True)
    return rf"(?<=[{first}{first.lower()}])(?i:{'|'.join(tails)})"


_TAILS = "|".join(_tails(first) for first in _FIRSTS)
SURNAME = re.compile(rf"[{_FIRSTS}](?<![\w-].)(?:{_TAILS})(?i:а|у|ом|ем|е)?(?![\w-])")
SURNAME_ANY_CASE = re.compile(rf"[{_FIRSTS}{_FIRSTS.lower()}](?<![\w-].)(?:{_TAILS})(?i:а|у|ом|ем|е)?(?![\w-])")
#: The surnames' forms in lower case, maybe with a comma or full stop after them
LOWER_FORMS = frozenset(name + end + mark for name in SURNAMES for end in ("", "а", "у", "ом", "ем", "е")
                        for mark in ("", ",", "."))
#: The word after (or before) the surname: a given name, maybe hyphenated with a lower-case part («Херел-оол»)
AFTER = re.compile(r"[ \t]{1,2}([А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)(?![\w-])")
BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)[ \t]{1,2}\Z")
INITIALS = re.compile(r"[ \t]{1,2}[А-ЯЁ]\.(?:[ \t]?[А-ЯЁ]\.)?")
PATRONYMIC = re.compile(r"[ \t]{1,2}([А-ЯЁа-яё][а-яё]+|[А-ЯЁ]{2,})(?![\w-])")
#: First readings that make a word no given name: a verb's, an adjective's, a pronoun's, a function word's
NOT_A_NAME = frozenset(("VERB", "INFN", "GRND", "PRTF", "PRTS", "ADJF", "ADJS", "COMP", "NPRO", "PREP", "CONJ",
                        "PRCL", "INTJ", "ADVB", "NUMR", "PRED"))


def tuvan_names(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each Tuvan surname with its given name in ``text``; not a man's in the genitive before a house
    number: a street named after him (Kyzyl's «Ооржака Лопсанчапа 20», written with no street word).

    >>> text = "Ооржак Чечек, звоните. Пишет Ондар Эрес. Заявитель Сат Айдыс. В Кызыле тоже Чечек Монгуш"
    >>> [text[a:b] for a, b in tuvan_names(text)]
    ['Ооржак Чечек', 'Ондар Эрес', 'Сат Айдыс', 'Чечек Монгуш']
    """
    found = []
    pattern = SURNAME if LOWER_FORMS.isdisjoint(text.split()) else SURNAME_ANY_CASE
    for match in pattern.finditer(text):
        surname, start, stop = match.group(), match.start(), match.end()
        case = _case(surname)
        if case is None or street_word(word_before(text, start)):
            continue
        if initials := INITIALS.match(text, stop):
            found.append((start, initials.end()))
            continue
        after = AFTER.match(text, stop)
        if after and _case(after[1]) == case and _given(after[1], case == "lower"):
            patronymic = PATRONYMIC.match(text, after.end())
            end = patronymic.end() if patronymic and _patronymic(patronymic[1], case) else after.end()
            found.append((start, end))
            continue
        before = BEFORE.search(text, max(0, start - 40), start)
        if before and _case(before[1]) == case and _given_before(before[1], case == "lower"):
            found.append((before.start(1), stop))
    return [(start, stop) for start, stop in found if not _street(text, start, stop)]


def _street(text: str, start: int, stop: int) -> bool:
    """Whether the name ``text[start:stop]`` is a street named after a man: his surname in the genitive first and a
    house number after it («на Ооржака Лопсанчапа 20»; not «Ооржак Чечек 20 лет»)."""
    first = text[start:stop].split()[0].lower()
    return first.endswith("а") and first[:-1] in SURNAMES and house_number(text, stop)


def _case(word: str) -> str | None:
    """"title", "upper" or "lower" (a hyphen's lower-case part aside: «Херел-оол»); None for another case."""
    head = word.split("-")[0]
    if head.isupper() and len(head) > 1:
        return "upper"
    if word.islower():
        return "lower"
    return "title" if head[0].isupper() and head[1:].islower() else None


@lru_cache(maxsize=2_000)
def _given(word: str, lower_case: bool = False) -> bool:
    """Whether a word right after a surname can be its given name: no surname of the list, and reading first as none
    of :data:`NOT_A_NAME` (a word the dictionary lacks whatever its guess: «Айдыс», «Херел»); in lower case, reading
    first as a first name."""
    lower = word.lower()
    if lower in SURNAMES:
        return False
    known = analyzer().word_is_known(lower) or analyzer().word_is_known(lower.split("-")[0])
    if lower_case:
        return not known or "Name" in analyzer().parse(lower)[0].tag
    return not known or analyzer().parse(lower)[0].tag.POS not in NOT_A_NAME


@lru_cache(maxsize=2_000)
def _given_before(word: str, lower_case: bool = False) -> bool:
    """Whether a word right before a surname is its given name: a first name (in lower case by its first reading), or
    a word the dictionary lacks that is no misspelt greeting, request or role word («Здраствуйте Ооржак»)."""
    kinds = name_kinds(word.capitalize())
    if "N" in kinds:
        return not lower_case or "n" in kinds
    lower = word.lower()
    return not analyzer().word_is_known(lower) and not any(one_edit(lower, other) for other in NOT_A_SURNAME_TYPO)


def _patronymic(word: str, case: str) -> bool:
    return case == _case(word) and "P" in name_kinds(word.capitalize())
