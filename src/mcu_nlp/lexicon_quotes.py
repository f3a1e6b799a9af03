"""Words quoted from a notice are not the writer's report: «объявления «Утечка газа, пожар — звоните 24/7»».

A complaint about flyers, a sign or an advert quotes its text, and that text is written to alarm («СРОЧНО! Вскрытие
замков, утечка газа, пожар»); a lexicon match inside such a quote is cancelled (:func:`quoted_notice`). A quote not
opened right after a notice word (an advert, a flyer, a sign, an inscription, a text message) is read as usual: a
neighbour shouting «Пожар!» is a report (walkthrough s38).
"""

from __future__ import annotations

import re

#: Opening quotation marks and the closing mark each expects.
QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}
#: A word for a notice whose text a complaint quotes, near before the opening mark.
NOTICE = re.compile(r"(?:объявлен|реклам|листовк|флаер|буклет|надпис|вывеск|баннер|растяжк|табличк|наклейк|стикер|"
                    r"рассылк|смс|sms|спам|афиш|плакат)\w*", re.IGNORECASE)
#: How many characters before the opening mark a notice word may end (a few words: «листовки с текстом «...»»), with no
#: mark of CLAUSE_ENDS between: «Объявление повесили, а в подвале «пахнет газом»» quotes no notice.
NOTICE_REACH = 40
CLAUSE_ENDS = re.compile(r"[.,;!?]")


def quoted_notice(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` lies inside a quotation opened within NOTICE_REACH characters after a notice word.

    >>> t = "На подъездах объявления «СРОЧНО! Вскрытие замков, утечка газа, пожар — звоните»"
    >>> quoted_notice(t, t.index("утечка"), t.index("утечка") + 6), quoted_notice(t, 3, 12)
    (True, False)
    >>> s, u = "Сосед кричит «Пожар!», дым в подъезде", "Объявление повесили, а в подвале «пахнет газом»"
    >>> quoted_notice(s, s.index("Пожар"), s.index("Пожар") + 5), quoted_notice(u, u.index("пахнет"), len(u) - 1)
    (False, False)
    """
    for opening, closing in QUOTES.items():
        begin = text.rfind(opening, 0, start)
        if begin < 0:
            continue
        if opening == closing and text.count(opening, 0, begin) % 2:  # that '"' closes an earlier quote
            continue
        if closing != opening and text.find(closing, begin + 1, start) >= 0:  # closed before the match
            continue
        end = text.find(closing, begin + 1)
        if (end < 0 or end >= stop) and any(
                found.end() >= begin - NOTICE_REACH and not CLAUSE_ENDS.search(text, found.end(), begin)
                for found in NOTICE.finditer(text, 0, begin)):
            return True
    return False
