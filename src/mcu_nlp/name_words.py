"""What kind of name word a capitalised word is: first name, surname, patronymic, initial, or a word the
dictionary lacks (pymorphy3 tags, cached per distinct word), and the shapes of a run of such words that make a name.
:mod:`mcu_nlp.names` finds the runs and reads their context.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from mcu_nlp.morphology import analyzer, grammemes

#: Patronymic endings in every case, for names pymorphy3 does not know ("Жамолдиновна").
PATRONYMIC = re.compile(r"..(?:ович|евич|овн|евн|ичн)(?:а|у|ем|ом|е|ой|ы|ою)?$")
SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк|их|ых)(?:а|у|ым|ой|ом|е|ий|ая|ого|ому|ую)?")
UNKNOWN = frozenset("U")


def _has(kinds: list[frozenset[str]], one: str, other: str) -> bool:
    """Whether one word of the run is of kind ``one`` and another word of kind ``other``."""
    return any(one in a and other in b for i, a in enumerate(kinds) for j, b in enumerate(kinds) if i != j)


#: Shapes of a run of two to four name-like words that make it a personal name.
SHAPES = (
    lambda kinds: _has(kinds, "P", "N") or _has(kinds, "P", "S"),  # Петр Сергеевич, Иванов Иван Иванович
    lambda kinds: _has(kinds, "I", "s"),  # Иванова И.И., И. И. Иванов
    lambda kinds: sum("I" in k for k in kinds) >= 2 and (_has(kinds, "I", "N") or _has(kinds, "I", "S")),
    lambda kinds: _has(kinds, "N", "s"),  # Анна Смирнова, Смирнова Анна
    lambda kinds: any("n" in a and "U" in b for a, b in pairwise(kinds)),  # Игорь Куцак: a surname unknown
)
#: pymorphy3's first parse of a preposition, conjunction, particle or interjection: never part of a name
FUNCTION_WORD = frozenset(("PREP", "CONJ", "PRCL", "INTJ"))
#: A word the dictionary does not know, in title case or in capitals with a vowel (no abbreviation such as "МКД",
#: "ТСЖ"): a surname when it follows a first name ("Игорь Куцак", "ИГОРЬ КУЦАК").
UNKNOWN_WORD = re.compile(r"[А-ЯЁ](?:[а-яё]{2,}|(?=[А-ЯЁ]*[АЕЁИОУЫЭЮЯ])[А-ЯЁ]{2,})")


@lru_cache(maxsize=100_000)
def name_kinds(word: str) -> frozenset[str]:
    """Classify a capitalised word: N first name, n first name by its first parse, S surname, s surname by its
    first parse, P patronymic, I initial, U a title-case word the dictionary does not know.

    >>> [sorted(name_kinds(w)) for w in ("Иван", "Иванова", "Сергеевич", "И.", "Подъезд", "Вера", "Куцак")]
    [['N', 'n'], ['S', 's'], ['P'], ['I'], [], ['N'], ['U']]
    """
    if word.endswith("."):
        return frozenset("I")
    lower = word.lower()
    first = analyzer().parse(lower)[0].tag
    if FUNCTION_WORD & first.grammemes:  # "ПО", "ИЗ" in capitals, "По" opening a sentence: a word, not "Эдгар По"
        return frozenset()
    tags = grammemes(lower)
    kinds = {kind for kind, grammeme in (("N", "Name"), ("S", "Surn"), ("P", "Patr")) if grammeme in tags}
    if PATRONYMIC.search(lower):
        kinds.add("P")
    known = analyzer().word_is_known(lower)
    if "Surn" in first or (not known and SURNAME_ENDING.search(lower[-5:])):
        kinds.update("Ss")
    if "Name" in first:
        kinds.add("n")
    if not kinds and not known and UNKNOWN_WORD.fullmatch(word):
        kinds.add("U")
    return frozenset(kinds)
