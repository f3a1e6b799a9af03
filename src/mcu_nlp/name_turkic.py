"""Names with a Turkic patronymic: the father's name and «оглы» (son of), «кызы» / «гызы» (daughter of), «улы» or
«уулу» ("Мамедов Эльчин Али оглы", "Гусейнова Айгюн Рашид кызы", "Нурлан Серик улы", "Мухаммад Али Оглы").

The marker says a name stands before it: the father's name and up to two more capitalised name words (a first name
and a surname) before it, and a surname right after it ("Али оглы Мамедов"), are one name. A capitalised word before
them with no name reading is not part of it ("Жалуется Мамедов Али оглы"). pymorphy3 knows «Оглы» as a first name
and the father's names seldom, so :mod:`mcu_nlp.names` finds no shape in such a run without the marker.
"""

from __future__ import annotations

import re

from mcu_nlp.name_words import name_kinds

MARKERS = "оглы кызы гызы улы уулу"
#: A text holds a marker only if a word in it ends in «гы», «зы», «лы» or «лу» (2 % of appeals): a search for the
#: last letter first, cheaper than TURKIC or a search for each marker on every text.
TURKIC_HINT = re.compile(r"[ыЫуУ](?![а-яёА-ЯЁ])(?<=[глзГЛЗ][ыЫ]|[лЛ][уУ])")
WORD = r"[А-ЯЁ](?:[а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]+(?:-[А-ЯЁ]+)?)"
#: One to three capitalised words, a marker in any case of letters, maybe a capitalised word after it.
TURKIC = re.compile(
    rf"(?<![\w-])(?P<before>(?:{WORD} ){{1,3}})(?P<marker>(?i:{'|'.join(MARKERS.split())}))(?![\w-])"
    rf"(?P<after> {WORD}(?![\w-]))?"
)
WORD_AT = re.compile(WORD)
SURNAME = frozenset("SsUL")


def turkic_names(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each name with a Turkic patronymic in ``text``.

    >>> text = "Жалуется Мамедов Эльчин Али оглы, Али оглы Гусейнов тоже"
    >>> [text[a:b] for a, b in turkic_names(text)]
    ['Мамедов Эльчин Али оглы', 'Али оглы Гусейнов']
    """
    found = []
    for match in TURKIC.finditer(text):
        words = list(WORD_AT.finditer(text, match.start("before"), match.end("before")))
        while words and not name_kinds(words[0].group()):
            words.pop(0)  # "Жалуется", "Сосед": no name word
        if not words:
            continue
        after = match.group("after")
        surname = after is not None and bool(name_kinds(after[1:]) & SURNAME)
        found.append((words[0].start(), match.end() if surname else match.end("marker")))
    return found
