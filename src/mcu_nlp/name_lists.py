"""Several people's names one after another with only a space or a line break between them: a list of signatures
(«Подписи:\\nИванов Иван Иванович\\nПетрова Мария Сергеевна\\n...»), names run together («Кузнецова Анна Сергеевна
Смирнов Олег Петрович жалуются», «Иванов Иван Петрова Мария»).

:mod:`mcu_nlp.names` joins adjacent name words into one run, and a run of more than four words is no one name: this
splits a run of four or more into people, each two or three words shaped as a name and written in a whole name's
order (surname, first name, patronymic; first name, patronymic, surname; a surname and two initials; a first name
and patronymic; a surname and first name; a first name and two initials; a surname and one initial, in capitals only
where the initial closes the run after the surname, in a run not opened by an initial («... СИДОРОВА АННА ИВАНОВ
И.»): elsewhere it is more often a place's type, «Г. ПУШКИН Д.АЛЕКСАНДРОВСКАЯ ВОЛХОНСКОЕ Ш.», город, деревня, шоссе),
a word no name takes left alone. The cheapest way to split is taken: a person costs 10, less in a whole name's order
(4 less; 2 for a first name, patronymic and surname, an order lists and signatures seldom use, or one initial; none
for a first name and two initials), 5 more with a line break inside; a word left alone costs 12.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

SURNAME = frozenset("SsULC")
FIRST_NAME = frozenset("Nn")
PATRONYMIC = frozenset("Pp")
INITIAL = frozenset("I")
#: The orders a whole name is written in, by the kinds of :func:`mcu_nlp.name_words.name_kinds` of its words, and
#: what each takes off a person's cost: the order lists and signatures use most takes off most.
ORDERS = {
    (SURNAME, FIRST_NAME, PATRONYMIC): 4, (SURNAME, INITIAL, INITIAL): 4, (INITIAL, INITIAL, SURNAME): 4,
    (FIRST_NAME, PATRONYMIC): 4, (SURNAME, FIRST_NAME): 4, (FIRST_NAME, SURNAME): 4,
    (FIRST_NAME, PATRONYMIC, SURNAME): 2, (SURNAME, INITIAL): 2, (INITIAL, SURNAME): 2,
    # a first name and two initials, a name alone too («Иван Р.Н.»): in a list, a person rather than words left alone
    (FIRST_NAME, INITIAL, INITIAL): 0,
}
#: What a person costs a split, and a line break inside one; a word left alone costs more than a person, so that
#: every word that can be is someone's.
PERSON, LINE_BREAK_INSIDE, LEFT_ALONE = 10, 5, 12


@cache
def _order(kinds: tuple[frozenset[str], ...]) -> int | None:
    """What the order of a person's words of ``kinds`` takes off its cost; None: no whole name's order. Cached:
    a run has few kinds, and a list of hundreds of signatures asks the same few questions again and again."""
    return next((off for order, off in ORDERS.items()
                 if len(order) == len(kinds) and all(k & o for k, o in zip(kinds, order, strict=True))), None)


def people(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]],
           shaped: Callable[[int, int], bool]) -> list[tuple[int, int]] | None:
    """Split a ``run`` of name words in ``text``, of ``kinds``, into people: (start, stop) of each, words
    ``start:stop`` shaped as a name by ``shaped(start, stop)``, and a word no one's as a piece of its own. None where
    the run stays whole: under four words, four that make no two people, or no person at all.

    >>> N, S, P = frozenset("Nn"), frozenset("Ss"), frozenset("Pp")
    >>> text = "Иванов Иван Иванович Петрова Мария Сергеевна"
    >>> run = list(re.finditer(r"\\w+", text))
    >>> people(text, run, [S, N, P, S, N, P], lambda a, b: True)
    [(0, 3), (3, 6)]
    >>> people(text, run[1:], [N, P, S, N, P], lambda a, b: True)
    [(0, 2), (2, 5)]
    >>> people(text, run[:4], [S, N, P, S], lambda a, b: b - a == 3) is None
    True
    """
    n = len(kinds)
    if n < 4:
        return None
    breaks = ["\n" in text[left.end() : right.start()] for left, right in pairwise(run)]
    addressed = run[0].group().endswith(".")  # a run opened by an initial: more often an address's types
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * n  # (cost, where the last piece starts)
    for start in range(n):
        here = best[start]
        if here is None:
            continue
        steps = [(start + 1, LEFT_ALONE)]
        for stop in range(start + 2, min(start + 3, n) + 1):
            off = _order(tuple(kinds[start:stop]))
            if off == 2 and stop - start == 2 and all(m.group().isupper() for m in run[start:stop]) and (
                    stop < n or kinds[start] == INITIAL or addressed):
                continue  # one initial beside a word in capitals, a place's type («Г. ПУШКИН Д.АЛЕКСАНДРОВСКАЯ
                # ВОЛХОНСКОЕ Ш.»), unless it closes a list after the surname: «ПЕТРОВ ПЁТР СИДОРОВА АННА ИВАНОВ И.»
            if off is not None and shaped(start, stop):
                steps.append((stop, PERSON - off + LINE_BREAK_INSIDE * any(breaks[start : stop - 1])))
        for stop, cost in steps:
            there = best[stop]
            if there is None or here[0] + cost < there[0]:
                best[stop] = (here[0] + cost, start)
    pieces: list[tuple[int, int]] = []
    stop = n
    while stop and best[stop] is not None:  # back from the end, in linear time (copying paths was quadratic)
        pieces.append((best[stop][1], stop))
        stop = best[stop][1]
    pieces.reverse()
    persons = [piece for piece in pieces if piece[1] - piece[0] > 1]
    if not persons or (n == 4 and len(persons) < 2):
        return None
    return pieces
