"""«Хаджи», the honorific of one who made the pilgrimage to Mecca, written before a name or hyphenated after it
(«Хаджи Мурат Омаров», «хаджи Магомед», «Магомед-хаджи»): part of the name it honours, masked with it (session 31, a
Dagestan walkthrough: «Хаджи [PERSON]» left the honorific, «имам Магомед-хаджи» the whole name in clear). Before a
first name alone it names a person as a role word does (:data:`mcu_nlp.name_roles.PERSON_BEFORE`); a first name with
it hyphenated after is that first name (:func:`bare`). :mod:`mcu_nlp.names` calls :func:`honoured`.
"""

from __future__ import annotations

import re

#: The honorific right before a name's span, one or two spaces or a hyphen between («Хаджи Мурат», «Хаджи-Мурат»)
BEFORE = re.compile(r"(?<![\w-])(?i:хаджи)(?:[ \t]{1,2}|-)\Z")
#: The honorific hyphenated right after a name's span («Магомед-хаджи», «Магомед-Хаджи»)
AFTER = re.compile(r"-(?i:хаджи)(?![\w-])")
#: The honorific hyphenated at a word's end
SUFFIX = re.compile(r"-(?i:хаджи)\Z")


def honoured(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (names in ``text``), each widened over «хаджи» right before it or hyphenated right after it.

    >>> text = "Хаджи Мурат Омаров и Магомед-хаджи"
    >>> [text[a:b] for a, b in honoured(text, [(6, 18), (21, 28)])]
    ['Хаджи Мурат Омаров', 'Магомед-хаджи']
    """
    if "хаджи" not in text.lower():
        return spans
    widened = []
    for start, stop in spans:
        before = BEFORE.search(text, max(0, start - 8), start)
        after = AFTER.match(text, stop)
        widened.append((before.start() if before else start, after.end() if after else stop))
    return widened


def bare(word: str) -> str:
    """``word`` without «-хаджи» hyphenated at its end: «магомед-хаджи» is the first name «магомед».

    >>> bare("магомед-хаджи"), bare("магомед")
    ('магомед', 'магомед')
    """
    return SUFFIX.sub("", word)
