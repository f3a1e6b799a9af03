"""«Хаджи», the honorific of one who made the pilgrimage to Mecca, written before a name or hyphenated after it
(«Хаджи Мурат Омаров», «хаджи Магомед», «Магомед-хаджи»): part of the name it honours, masked with it (session 31, a
Dagestan walkthrough: «Хаджи [PERSON]» left the honorific, «имам Магомед-хаджи» the whole name in clear). Before a
first name alone it names a person as a role word does (:data:`mcu_nlp.name_roles.PERSON_BEFORE`), unless a
street's word, «на» or «по» stands before it (:func:`street_honoured`: «на ул. Хаджи Булача яма», «по Хаджи Булача»,
a street named after one; session 31's review); a first name with it hyphenated after is that first name
(:func:`bare`), and one right before it is part of the name too («Магомед хаджи Омаров»). :mod:`mcu_nlp.names` calls
:func:`honoured`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before, word_set
from mcu_nlp.name_places import street_word

#: The honorific right before a name's span, one or two spaces or a hyphen between («Хаджи Мурат», «Хаджи-Мурат»)
BEFORE = re.compile(r"(?<![\w-])(?i:хаджи)(?:[ \t]{1,2}|-)\Z")
#: The honorific hyphenated right after a name's span («Магомед-хаджи», «Магомед-Хаджи»)
AFTER = re.compile(r"-(?i:хаджи)(?![\w-])")
#: The honorific hyphenated at a word's end
SUFFIX = re.compile(r"-(?i:хаджи)\Z")
#: A title-case word right before the honorific, one or two spaces between: a first name there is the name's
#: («Магомед хаджи Омаров»)
NAME_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+[ \t]{1,2}\Z")
#: The words before «хаджи» that make it part of a street's name: «на Хаджи Булача», «по Хаджи Булача»
STREET_PREPOSITIONS = word_set("на по")


def honoured(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (names in ``text``), each widened over «хаджи» right before it (and a first name right before that)
    or hyphenated right after it.

    >>> text = "Хаджи Мурат Омаров и Магомед-хаджи, Магомед хаджи Омаров"
    >>> [text[a:b] for a, b in honoured(text, [(6, 18), (21, 28), (50, 56)])]
    ['Хаджи Мурат Омаров', 'Магомед-хаджи', 'Магомед хаджи Омаров']
    """
    if "хаджи" not in text.lower():
        return spans
    widened = []
    for start, stop in spans:
        before = BEFORE.search(text, max(0, start - 8), start)
        after = AFTER.match(text, stop)
        if before:
            start = before.start()
            name = NAME_BEFORE.search(text, max(0, start - 30), start)
            if name and _first_name(name.group().split()[0].lower()):
                start = name.start()  # «Магомед хаджи Омаров»: the first name before the honorific
        widened.append((start, after.end() if after else stop))
    return widened


def street_honoured(text: str, start: int) -> bool:
    """Whether «хаджи» at ``start`` is part of a street's name: a street's word, «на» or «по» before it («на ул. Хаджи
    Булача», «по Хаджи Булача яма»); then it names no person by itself.

    >>> street_honoured("на ул. Хаджи Булача яма", 7), street_honoured("имам хаджи Магомед", 5)
    (True, False)
    """
    before = word_before(text, start)
    return before in STREET_PREPOSITIONS or street_word(before)


@lru_cache(maxsize=2_000)
def _first_name(lower: str) -> bool:
    """Whether pymorphy3 knows ``lower`` and reads it first as a first name («магомед»)."""
    return analyzer().word_is_known(lower) and "Name" in analyzer().parse(lower)[0].tag


def bare(word: str) -> str:
    """``word`` without «-хаджи» hyphenated at its end: «магомед-хаджи» is the first name «магомед».

    >>> bare("магомед-хаджи"), bare("магомед")
    ('магомед', 'магомед')
    """
    return SUFFIX.sub("", word)
