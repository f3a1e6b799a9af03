"""How much context a colloquial name of data/geo/colloquial_names.csv needs (its ``letter_case`` column).

"Екб", "Нск", "РнД" are no words, but in capitals they are abbreviations as well ("НСК страховая", "анализ КДР"),
unless the whole text is in capitals: there they count only where a town's name stands, after «в», «из», opening the
text before a colon, a dash or a report (after a comma or a full stop: "ЕКБ, яма", "ТЛТ. Нет отопления"), or before a
comma and an address's street, microdistrict or house anywhere ("адрес: ТЛТ, ул. Мира 5"; session 39);
"Владик", "Кёниг", "Хабар" are also a first name, a surname, a word ("у Владика температура"); "Кубань" is also a river
and a football club ("ФК Кубань", "в реке Кубань"). Each needs the preposition that names a place right before it.
"""

from __future__ import annotations

from mcu_nlp.geo.forms import NICKNAME, REJECT, SHORTHAND, STRONG, WEAK
from mcu_nlp.geo.lexicon import PLACE_PREPOSITIONS, words
from mcu_nlp.geo.qualified import comma_then_address
from mcu_nlp.geo.report import report_after

# "на Кубани", "по Кубани", "с Кубани", "из Кубани"; not "за Кубань" (a club's fans), "у Кубани" (a river's bank).
REGION_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(words("на по с со"))
# What may stand between a shorthand in capitals opening a text and the report it heads: "ЕКБ яма", "ЕКБ, яма", and a
# full stop (session 39: "ТЛТ. Нет отопления"; an abbreviation of anything else heads no problem's report so)
SHORTHAND_REPORT_MARKS = ("", ",", ".")


def colloquial_verdict(ctx, level: int, i: int) -> int:
    """REJECT, WEAK or STRONG for a colloquial name of this level (forms.SHORTHAND ...) at word ``i`` of ``ctx``."""
    preposition = ctx.preposition(i)
    a, b = ctx.spans[i]
    capitals = b - a > 1 and ctx.text[a:b].isupper() and not ctx.text.isupper()  # "МСК" in "в МСК нет воды"
    if level == SHORTHAND:  # in capitals in a text that is not all capitals: an abbreviation, unless "в", "из" precede
        # or it heads the text before a colon, a dash or a report ("ЕКБ, яма", "ЕКБ: нет воды", "ТЛТ. Нет отопления";
        # not "НСК страховая"), or heads an address anywhere ("адрес: ТЛТ, ул. Мира 5"; session 39)
        heads = i == 0 and (ctx.heading(i, i + 1) or report_after(ctx, i + 1, SHORTHAND_REPORT_MARKS))
        heads = heads or comma_then_address(ctx, i + 1)
        return REJECT if capitals and preposition not in PLACE_PREPOSITIONS and not heads else STRONG
    if level == NICKNAME:  # "во Владике", "из Кёнига", "в МСК"; lower case only in a known region ("в хабаре")
        if preposition not in PLACE_PREPOSITIONS and not titles_address(ctx, i):
            return REJECT
        return STRONG if ctx.capital(i) or capitals else WEAK
    # forms.REGION_NICKNAME: "на Кубани", "с кубани" in a caseless text
    return STRONG if preposition in REGION_PREPOSITIONS and ctx.capital(i) is not False else REJECT


def titles_address(ctx, i: int) -> bool:
    """A nickname opening the text, capitalised, before a comma and a street's, a microdistrict's or a house's word
    ("Владик, ул. Светланская 5": an address's first part, as a town's own name heads one; "Владик, привет" is the
    boy)."""
    return i == 0 and ctx.capital(i) is True and comma_then_address(ctx, 1)
