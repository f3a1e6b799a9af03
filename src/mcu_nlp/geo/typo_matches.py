"""Matches of a misspelt place name in a text: a word after a preposition or a type word ("в Салехрде"), a first word
heading the text ("Салехрад: нет света"), a typo in either word of a two-word name ("в Новом Уренгоее", "в Нижмем
Новгороде", "в Ёшкар-Оле"). Which keys are one edit away is ``typos``'s; a match is the resolver's tuple (first token,
stop token, candidate ids, score, weak ids, soft).
"""

from __future__ import annotations

import re

from mcu_nlp.geo.choice import TYPO
from mcu_nlp.geo.context import TextContext, heads_street_plainly, opens_plainly
from mcu_nlp.geo.gazetteer import PAIR_FUZZY_MIN_LENGTH, TYPO_WORD_MIN_LENGTH, Gazetteer, head_typo_last_words
from mcu_nlp.geo.letter_case import lower_case_typo
from mcu_nlp.geo.lexicon import LOCATIVE_PREPOSITIONS, STREET_BEFORE
from mcu_nlp.geo.tokens import WORD, contiguous
from mcu_nlp.geo.typos import one_typo_keys, own_form, street_surname, yo_spelling

TYPO_SCORE = 0.7  # score of a one-letter typo (by level: forms.LEVEL_SCORE)


# A first word heading an address may be one letter shorter still: a 5-letter name missing a letter ("Твер, ул.
# Советская" is Тверь; session 26), only before a comma and a street's or a house's word (``short_address_head``)
ADDRESS_HEAD_TYPO_MIN_LENGTH = TYPO_WORD_MIN_LENGTH - 1


def may_head(low: str, keys: list[str]) -> bool:
    """The first word may be a misspelt name heading the text ("Салехрад", "Салехрад: ...", "Салехрад, ...",
    "буденовск мусор не вывозят"; "Твер, ул. ...")."""
    if not keys or len(keys[0]) < ADDRESS_HEAD_TYPO_MIN_LENGTH:
        return False
    first = WORD.search(low)
    if len(keys[0]) < TYPO_WORD_MIN_LENGTH:
        return first is not None and low[first.end() : first.end() + 1] == ","
    return len(keys) == 1 or (first is not None and low[first.end() : first.end() + 3].lstrip()[:1] in ":,—–-") or (
        opens_plainly(low, keys) or heads_street_plainly(low, keys)
    )


def short_address_head(ctx: TextContext, i: int) -> bool:
    """Word ``i`` is a capitalised first word of ``ADDRESS_HEAD_TYPO_MIN_LENGTH`` letters right before a comma and a
    street's, a microdistrict's or a house's word: a 5-letter town's name missing a letter ("Твер, ул. Советская"),
    read as a typo only there (a 4-letter word after "в" is mostly an abbreviation or a name of its own)."""
    if i or len(ctx.keys[i]) != ADDRESS_HEAD_TYPO_MIN_LENGTH or not ctx.cased or ctx.capital(i) is not True:
        return False
    stop = ctx.spans[i][1]
    return ctx.text[stop : stop + 1] == "," and ctx.heads_address(i + 1)


# A capitalised word closing the text after a comma ("Крыша течёт, Навотроицк", "..., Навотроицк?"): with a caller's
# region it may be a misspelt town's name (``closing_typo``), so the resolver reads such a text though no word of it
# starts a place name
CLOSING_WORD = re.compile(r",\s*[А-ЯЁ][а-яё-]{4,}[\s.!?]*\Z")


def closing_typo(ctx: TextContext, i: int) -> bool:
    """Word ``i``, capitalised, closes the text after a comma, in a text with the caller's region: a misspelt town's
    name signing a report ("Крыша течёт, Навотроицк" with 56; session 67, the Оренбург walkthrough's D6), read as a
    typo of a place of that region only (``typo``), as the name spelt right closes one ("Крыша течёт, Новотроицк").

    >>> text = "Крыша течёт, Навотроицк"
    >>> closing_typo(TextContext.of(text, "56"), 2), closing_typo(TextContext.of(text), 2)
    (True, False)
    """
    if ctx.hint is None or i == 0 or i != len(ctx.keys) - 1:
        return False
    return CLOSING_WORD.search(ctx.text, ctx.spans[i - 1][1]) is not None


def pair_typo(g: Gazetteer, ctx: TextContext, i: int) -> tuple | None:
    """A two-word name with a typo in its capitalised second word ("в Новом Уренгоее")."""
    if i + 1 >= len(ctx.keys) or len(ctx.keys[i + 1]) < PAIR_FUZZY_MIN_LENGTH:
        return None
    if ctx.capital(i + 1) is False:
        return None
    near = one_typo_keys(ctx.keys[i + 1], g, ctx.hint, f"{ctx.keys[i]} ")
    if not near or not contiguous(ctx.text, ctx.spans, i, i + 2) or ctx.street(i, i + 2):
        return None
    ids = candidates(g, ctx, near)
    return (i, i + 2, ids, TYPO_SCORE, TYPO, False) if ids else None


def typo(g: Gazetteer, ctx: TextContext, i: int) -> tuple | None:
    """A typo after a preposition or a type word, or in a first word heading the text ("Салехрад: ...",
    "Ноябрськ", "Салехрад, ул. Мира": the caller checked that); in a lower-case word of a cased text only after "в",
    "из" or a type word, to a place of the caller's region (``lower_case_typo``, ``letter_case.caller_typo``)."""
    if ctx.keys[i] in STREET_BEFORE or (ctx.capital(i) is False and not lower_case_typo(ctx, i)):
        return None
    closing = closing_typo(ctx, i)
    if i and ctx.keys[i - 1] not in LOCATIVE_PREPOSITIONS and not ctx.type_before(i) and not closing:
        return None
    stop, near = head_typo(g, ctx, i)
    if not near:
        stop, near = i + 1, one_typo_keys(ctx.keys[i], g, ctx.hint, words=bool(i) and ctx.capital(i) is True)
    if not near or ctx.street(i, stop) or street_surname(ctx.keys[i], ctx.keys[i - 1] if i else None):
        return None  # "на Щепкина" is a street, not Щекино
    ids = candidates(g, ctx, near)
    ids = [e for e in ids if g.region_code[e] == ctx.hint] if closing else ids  # "..., Навотроицк": the caller's
    return (i, stop, ids, TYPO_SCORE, TYPO, False) if ids else None


def candidates(g: Gazetteer, ctx: TextContext, near: frozenset[str]) -> list[int]:
    """The places the keys ``near`` a typo name: in another region than the caller's (or with none) only by a form of
    a place's own name (``typos.own_form``): "в Талгах" with 05 or none is no Талнах, Норильск's part (session 60)."""
    return sorted({e for key in near for e, _ in g.index[key] if g.region_code[e] == ctx.hint or own_form(g, e, key)})


def head_typo(g: Gazetteer, ctx: TextContext, i: int) -> tuple[int, frozenset[str]]:
    """A two-word name with a typo in its first word, its capitalised last word exact ("в Нижмем Новгороде",
    "в Хонты-Мансийске"), or a first «Ё» written for «Йо» ("в Ёшкар-Оле"): (stop token, keys), no keys if none."""
    keys = ctx.keys
    yo = yo_spelling(ctx.text[ctx.spans[i][0]], keys[i]) if keys[i][0] == "е" else None  # «ё» folds to «е»
    if yo in g.index and not any(level for _, level in g.index[yo]):
        return i + 1, frozenset((yo,))
    if i + 1 >= len(keys):
        return i + 1, frozenset()
    last = f" {keys[i + 1]}"
    yo_pair = yo is not None and yo + last in g.index and not any(level for _, level in g.index[yo + last])
    if not yo_pair and keys[i + 1] not in head_typo_last_words(g, None) and (
        ctx.hint is None or keys[i + 1] not in head_typo_last_words(g, ctx.hint)
    ):
        return i + 1, frozenset()  # most words after "в", "на": no two-word name ends in the next one
    if ctx.capital(i + 1) is False or not contiguous(ctx.text, ctx.spans, i, i + 2):
        return i + 1, frozenset()
    if yo_pair:
        return i + 2, frozenset((yo + last,))
    return i + 2, one_typo_keys(ctx.keys[i], g, ctx.hint, suffix=last)
