"""Words quoted from a notice are not the writer's report: «объявления «Утечка газа, пожар — звоните 24/7»».

A complaint about flyers, a sign or an advert quotes its text, and that text is written to alarm («СРОЧНО! Вскрытие
замков, утечка газа, пожар»); a lexicon match inside such a quote is cancelled (:func:`quoted_notice`). A quote not
opened right after a notice word (an advert, a flyer, a sign, an inscription, a text message) is read as usual: a
neighbour shouting «Пожар!» is a report (walkthrough s38).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

#: Opening quotation marks and the closing mark each expects.
QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}
#: A word for a notice whose text a complaint quotes, near before the opening mark.
NOTICE = re.compile(r"(?:объявлен|реклам|листовк|флаер|буклет|надпис|вывеск|баннер|растяжк|табличк|наклейк|стикер|"
                    r"рассылк|смс|sms|спам|афиш|плакат)\w*", re.IGNORECASE)
#: How many characters before the opening mark a notice word may end (a few words: «листовки с текстом «...»»), with no
#: mark of CLAUSE_ENDS between: «Объявление повесили, а в подвале «пахнет газом»» quotes no notice.
NOTICE_REACH = 40
CLAUSE_ENDS = re.compile(r"[.,;!?]")
#: Every mark of QUOTES, opening or closing; and the key under which :func:`quote_marks` keeps notice words' ends.
QUOTE_MARKS = "".join(dict.fromkeys([*QUOTES, *QUOTES.values()]))
NOTICE_ENDS = "notice ends"


def quoted_notice(text: str, start: int, stop: int, known: dict[Any, Any] | None = None) -> bool:
    """Whether ``text[start:stop]`` lies inside a quotation opened within NOTICE_REACH characters after a notice word.
    ``known`` keeps the text's :func:`quote_marks` across its matches, so a long text is read once, not once a match.

    >>> t = "На подъездах объявления «СРОЧНО! Вскрытие замков, утечка газа, пожар — звоните»"
    >>> quoted_notice(t, t.index("утечка"), t.index("утечка") + 6), quoted_notice(t, 3, 12)
    (True, False)
    >>> s, u = "Сосед кричит «Пожар!», дым в подъезде", "Объявление повесили, а в подвале «пахнет газом»"
    >>> quoted_notice(s, s.index("Пожар"), s.index("Пожар") + 5), quoted_notice(u, u.index("пахнет"), len(u) - 1)
    (False, False)
    """
    if known is None:
        known = {}
    marks = known.get(QUOTE_MARKS)
    if marks is None:
        known[QUOTE_MARKS] = marks = quote_marks(text)
    for opening, closing in QUOTES.items():
        openings = marks[opening]
        at = bisect_left(openings, start)  # the last opening mark before the match
        if not at:
            continue
        begin = openings[at - 1]
        if opening == closing and (at - 1) % 2:  # that '"' closes an earlier quote
            continue
        closings = marks[closing]
        after = bisect_right(closings, begin)  # the first closing mark after the opening one
        if closing != opening and after < len(closings) and closings[after] < start:  # closed before the match
            continue
        if (after == len(closings) or closings[after] >= stop) and _notice_before(text, begin, marks):
            return True
    return False


def quote_marks(text: str) -> dict[str, list[int]]:
    """The offsets (ascending) of each quotation mark of QUOTES in ``text``.

    >>> quote_marks('«а» "б"')["«"], quote_marks('«а» "б"')['"']
    ([0], [4, 6])
    """
    return {mark: [found.start() for found in re.finditer(re.escape(mark), text)] for mark in QUOTE_MARKS}


def _notice_before(text: str, begin: int, marks: dict[str, list[int]]) -> bool:
    """Whether a notice word ends within NOTICE_REACH characters before the opening mark at ``begin`` with no mark of
    CLAUSE_ENDS between: the last one before it does, if any does (one earlier has those marks and more between). The
    ends of the text's notice words are found once (``marks``: :func:`quote_marks`, which keeps them); a word ends
    before a quotation mark, which is no letter, so reading up to ``begin`` finds the same words."""
    ends = marks.get(NOTICE_ENDS)
    if ends is None:
        marks[NOTICE_ENDS] = ends = [found.end() for found in NOTICE.finditer(text)]
    at = bisect_right(ends, begin)
    return at > 0 and ends[at - 1] >= begin - NOTICE_REACH and not CLAUSE_ENDS.search(text, ends[at - 1], begin)
