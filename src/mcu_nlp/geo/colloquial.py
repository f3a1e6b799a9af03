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
from mcu_nlp.geo.lexicon import ADDRESS_STREET_WORDS, PLACE_PREPOSITIONS, words
from mcu_nlp.geo.qualified import comma_then_address, only_mark_before
from mcu_nlp.geo.report import HEADING_MARKS, report_after, supply_missing

# "на Кубани", "по Кубани", "с Кубани", "из Кубани"; not "за Кубань" (a club's fans), "у Кубани" (a river's bank).
REGION_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(words("на по с со"))
# What may stand between a shorthand in capitals opening a text and the report it heads: "ЕКБ яма", "ЕКБ, яма", and a
# full stop (session 39: "ТЛТ. Нет отопления"; an abbreviation of anything else heads no problem's report so)
SHORTHAND_REPORT_MARKS = ("", ",", ".")
# Session 44: a shorthand of two letters («НН», Нижний Новгород) is as often some other abbreviation or a slip: in
# lower case or in a text of capitals it counts after «в», «из», or heading or closing the text as above in the
# caller's region only
SHORT_SHORTHAND = 2
# How far before the comma a street's word may stand in an address a shorthand closes ("ул. Бекетова, НН": 2 words)
STREET_TAIL_WINDOW = 4
TAIL_END = frozenset(".!;")  # what may follow a shorthand closing an address, besides the text's end


def colloquial_verdict(ctx, level: int, i: int) -> int:
    """REJECT, WEAK or STRONG for a colloquial name of this level (forms.SHORTHAND ...) at word ``i`` of ``ctx``."""
    preposition = ctx.preposition(i)
    a, b = ctx.spans[i]
    capitals = b - a > 1 and ctx.text[a:b].isupper() and not ctx.text.isupper()  # "МСК" in "в МСК нет воды"
    if level == SHORTHAND:  # in capitals in a text that is not all capitals: an abbreviation, unless "в", "из" precede
        # or it heads the text before a colon, a dash or a report ("ЕКБ, яма", "ЕКБ: нет воды", "ТЛТ. Нет отопления";
        # not "НСК страховая"), or heads an address anywhere ("адрес: ТЛТ, ул. Мира 5"; session 39)
        heads = i == 0 and (ctx.heading(i, i + 1) or report_after(ctx, i + 1, SHORTHAND_REPORT_MARKS))
        heads = heads or comma_then_address(ctx, i + 1) or closes_address(ctx, i)
        if capitals:
            return STRONG if preposition in PLACE_PREPOSITIONS or heads else REJECT
        if len(ctx.keys[i]) > SHORT_SHORTHAND or preposition in PLACE_PREPOSITIONS:
            return STRONG
        return WEAK if heads else REJECT  # "нн, яма" with 52; not "нн очищена урна" (a slip for «не»)
    if level == NICKNAME:  # "во Владике", "из Кёнига", "в МСК"; lower case only in a known region ("в хабаре")
        if preposition not in PLACE_PREPOSITIONS and not titles_address(ctx, i):
            heads = short_abbreviation_heads(ctx, i) or nickname_heads(ctx, i)  # "НЧ, гололед", "Хасик, нет газа"
            return WEAK if heads else REJECT
        return STRONG if ctx.capital(i) or capitals else WEAK
    # forms.REGION_NICKNAME: "на Кубани", "с кубани" in a caseless text
    return STRONG if preposition in REGION_PREPOSITIONS and ctx.capital(i) is not False else REJECT


def short_abbreviation_heads(ctx, i: int) -> bool:
    """Word ``i`` is a nickname of ``SHORT_SHORTHAND`` capitals opening the text before a report or an address, as a
    shorthand heads one ("НЧ, гололед на Мира", "НЧ 52 комплекс нет воды"; session 57): its caller's region's town
    only (WEAK), as a two-letter shorthand in lower case is («НЧ» is low frequency elsewhere, «в НЧ» any caller's).

    >>> from mcu_nlp.geo.context import TextContext
    >>> [short_abbreviation_heads(TextContext.of(t, "16"), 0) for t in ("НЧ, гололед", "НЧ 52 комплекс", "НЧ фильтр")]
    [True, True, False]
    """
    a, b = ctx.spans[i]
    if i != 0 or len(ctx.keys[i]) > SHORT_SHORTHAND or not ctx.text[a:b].isupper():
        return False
    return ctx.heading(i, i + 1) or report_after(ctx, i + 1, SHORTHAND_REPORT_MARKS) or comma_then_address(ctx, i + 1)


def nickname_heads(ctx, i: int) -> bool:
    """Word ``i`` is a nickname opening the text, not in lower case, before a comma or a colon and a report or an
    address: its caller's region's town only (WEAK), as a town's first-name short name heads one there (session 61:
    "Хасик, нет газа", "Махач: нет света" with 05, "Чебы, яма на дороге" with 21; with no region or another none, nor
    "Владик, привет", "Махач был знатный" anywhere). Session 62: before a report with no mark too, as a town's own
    first-name-like name heads one ("Салават нет воды" with 02), where «нет» names a problem noun ("Хасик нет газа",
    "Чебы отключили свет"; not "Хасик нет дома", a boy not at home).

    >>> from mcu_nlp.geo.context import TextContext
    >>> [nickname_heads(TextContext.of(t, "05"), 0) for t in ("Хасик, нет газа", "Хасик, привет", "Хасик нет газа")]
    [True, False, True]
    >>> nickname_heads(TextContext.of("Хасик нет дома", "05"), 0), nickname_heads(TextContext.of("Хасик нет газа"), 0)
    (False, False)
    """
    if i != 0 or ctx.hint is None or ctx.capital(i) is False or len(ctx.keys) < 2:
        return False  # with no region a big town's capital would make it count (``big_towns.big_town_written``)
    if len(ctx.keys[i]) <= SHORT_SHORTHAND:  # "НЧ": in capitals only (``short_abbreviation_heads``), not "нч, гололед"
        return False
    bare = report_after(ctx, 1, ("",)) and (ctx.keys[1] != "нет" or supply_missing(ctx.keys, 1))
    return bare or comma_then_address(ctx, 1) or report_after(ctx, 1, HEADING_MARKS)


def titles_address(ctx, i: int) -> bool:
    """A nickname opening the text, capitalised, before a comma and a street's, a microdistrict's or a house's word
    ("Владик, ул. Светланская 5": an address's first part, as a town's own name heads one; "Владик, привет" is the
    boy)."""
    return i == 0 and ctx.capital(i) is True and comma_then_address(ctx, 1)


def closes_address(ctx, i: int) -> bool:
    """Word ``i`` closes an address after a comma, at the text's end or before a full stop: a street's word
    («ул», «пр») stands a few words before the comma ("яма на ул. Бекетова, НН"; session 44), as the town's own name
    closes one.

    >>> from mcu_nlp.geo.context import TextContext
    >>> closes_address(TextContext.of("яма на ул. Бекетова, НН"), 4)
    True
    >>> closes_address(TextContext.of("яма на дороге, НН"), 3), closes_address(TextContext.of("ул. Мира, НН банк"), 2)
    (False, False)
    """
    keys = ctx.keys
    if i < 2 or not only_mark_before(ctx, i, ","):
        return False
    after = ctx.gap(i + 1).strip() if i + 1 < len(keys) else ""
    if i + 1 < len(keys) and (not after or after[0] not in TAIL_END):
        return False
    return not ADDRESS_STREET_WORDS.isdisjoint(keys[max(0, i - STREET_TAIL_WINDOW) : i])
