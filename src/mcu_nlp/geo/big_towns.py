"""Big towns among same-named places: a town of 50,000+ people counts though its form is also a word, an adjective
or a surname ("в Кирове", "пгт Берёзовка под Красноярском"), and names its region as plainly as any. Split from
``choice`` in session 16."""

from __future__ import annotations

from mcu_nlp.geo.context import TextContext
from mcu_nlp.geo.forms import ADJECTIVE_NAME, COMMON_WORD, LOCAL_NAME, PERSON_NAME, STRONG
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT, Gazetteer
from mcu_nlp.geo.letter_case import cased_verdict, lower_town_phrase, spelt_postings
from mcu_nlp.geo.lexicon import (
    CITY_ALIASES,
    DISTRICT_ABBREVIATIONS,
    DISTRICT_NOUNS,
    PLACE_PREPOSITIONS,
    REGION_ALIAS_KEYS,
)
from mcu_nlp.geo.local import FEDERAL_CITIES
from mcu_nlp.geo.named_towns import named_town
from mcu_nlp.geo.names import after_office, surname_in
from mcu_nlp.geo.qualified import comma_then_address
from mcu_nlp.geo.tokens import name_key

# The words of a district's nouns and abbreviations: a form with one names a district, never a town's own name
DISTRICT_WORDS = frozenset(word for nouns in DISTRICT_NOUNS.values() for noun in nouns for word in noun.split()) | (
    frozenset(word for abbreviation in DISTRICT_ABBREVIATIONS for word in abbreviation.split())
)
# An alias names a place in the nominative as its own name does, so it may head an address ("Питер, ул. Марата 5")
ALIAS_KEYS = REGION_ALIAS_KEYS | frozenset(name_key(a) for a, *_ in CITY_ALIASES)


def own_name(g: Gazetteer, eid: int, key: str) -> bool:
    """``key`` names place ``eid`` in the nominative, as its own name, an alias or a word of its own name does, and so
    may head an address: "Челны, ул. Мира 12" (Набережные Челны's everyday name; session 38), "Камень, ул. Ленина"
    (Камень-на-Оби); "Кирова, д. 5" is улица Кирова, no form of Киров's name.

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> [own_name(g, e, "челны") for e, _ in g.index["челны"]], own_name(g, g.index["кирова"][0][0], "кирова")
    ([True, True], False)
    """
    own = name_key(g.name[eid])
    return key == own or key in ALIAS_KEYS or (" " not in key and key in own.split())


def big_town_written(g: Gazetteer, ctx: TextContext, i: int, j: int, ids: list[int], hint: str | None) -> bool:
    """A big town among ``ids`` counts though its form is also a word or an adjective: without a region prior when
    capitalised, or read as a surname's locative in a caseless text ("в кирове"); with one when written plainly
    (``plain_big_town``)."""
    plain = hint is None or plain_big_town(g, ctx, i, j, ids)
    # "в кирове", "в набережных челнах" in a text without case
    written = ctx.capital(i) or placed_surname(g, ctx, i, j) or placed_phrase(g, ctx, i, j)
    # a district's noun in the form names a district, no town: "Усольский район" with no region stays Иркутская's,
    # not Березники's former district's (``forms.FORMER_DISTRICT``; session 59)
    district = any(key in DISTRICT_WORDS for key in ctx.keys[i + 1 : j])
    return plain and bool(written) and not ctx.town_part_before(i) and not district


def big_town_evidence(
    g: Gazetteer, ctx: TextContext, i: int, j: int, ids: list[int], weak: frozenset, soft: bool, hint: str | None
) -> str | None:
    """The region of a big town that counts only as one (``big_town_written``), capitalised and of one region: "пгт
    Берёзовка под Красноярском" (the form is also an adjective's, красноярском) names Красноярский край as plainly as
    "в Красноярске" does, so Берёзовка is its namesake, settled."""
    if soft or not weak or ctx.capital(i) is not True:
        return None
    if any(g.kind[e] == "settlement" or not is_big(g, e) for e in ids):
        return None
    regions = {g.region_code[e] for e in ids}
    return regions.pop() if len(regions) == 1 and big_town_written(g, ctx, i, j, ids, hint) else None


def plain_big_town(g: Gazetteer, ctx: TextContext, i: int, j: int, ids: list[int]) -> bool:
    """A town of 50,000+ people written with a capital after "в", "во", "из" or an office ("Мэр Кирова"), or before a
    comma and a street or a district of its own, in its own name ("Орёл, ул. Ленина 5", "Орёл, Советский район"), in
    a text that uses letter case (or, where case says nothing, a surname's form in the locative: ``placed_surname``,
    "в кирове"), and the only big one of that name ("в Кирове"; not "в Пушкине": Пушкин of Петербург or Пушкино of
    Подмосковье). A municipality of unknown population (weight 0) may be big as well."""
    key = " ".join(ctx.keys[i:j])
    own = key in ALIAS_KEYS or key in {name_key(g.name[e]) for e in ids}  # "Кирова, д. 5" is улица Кирова
    heads_address = own and comma_then_address(ctx, j)  # "Калуга, Правобережье, ул. ..." too (session 32)
    written = ctx.capital(i) or placed_surname(g, ctx, i, j) or placed_phrase(g, ctx, i, j)
    plainly = ctx.preposition(i) in PLACE_PREPOSITIONS or heads_address or after_office(ctx, i, j)
    if not written or not (plainly or named_town(g, ctx, i, j, ids)):  # "больнице Минеральных Вод"
        return False
    unknown = {g.region_code[e] for e in ids if g.weight[e] == 0 and g.kind[e] != "settlement"}
    short = {e for e, level in g.index.get(key, ()) if level == LOCAL_NAME}  # "в Ростова": not the town's own name
    big = {g.region_code[e] for e in ids if is_big(g, e) and e not in short}
    return len(big) == 1 and unknown <= big


def placed_surname(g: Gazetteer, ctx: TextContext, i: int, j: int) -> bool:
    """A name whose likeliest other reading is a surname (forms.PERSON_NAME: Ростов, Королёв, Галич), written with a
    capital right after "в", "во" in a form ending in "е" (the locative: "в Ростове"; "верю в Ростова" is a person's
    accusative) or after "из" ("из Ростова"): no person is read there, so the caller's region only breaks ties. Where
    letter case says nothing (all lower case, all capitals, the word in capitals) so is the locative ("в кирове",
    "В ПУШКИНЕ"; "из пушкина" may be a quote's source). A common word ("в Славянке", "в Магните": a shop, a club; "в
    шахтах", "в бору") keeps needing the caller's region."""
    preposition, capital = ctx.preposition(i), ctx.capital(i)
    locative = preposition in ("в", "во") and ctx.keys[j - 1].endswith(("е", "ском", "цком"))
    if capital is False or not (locative or (capital and preposition == "из")):
        return False
    levels = [level for _, level in spelt_postings(ctx, i, j, g.index.get(" ".join(ctx.keys[i:j]), ()))]
    if levels and min(levels) == ADJECTIVE_NAME and j - i == 1:  # a surname in -ский: "в жуковском", "в чайковском"
        return locative and surname_in(ctx.keys[i], ("loct",)) and not ctx.agrees_next(j)
    return bool(levels) and min(levels) == PERSON_NAME


def placed_phrase(g: Gazetteer, ctx: TextContext, i: int, j: int) -> bool:
    """A name of ordinary words in lower case after «в», «во», «из» (``letter_case.lower_town_phrase``: "в набережных
    челнах", "Живу в великих луках"): as plain as the capitalised name, so a big town's counts with no region or
    another (session 67); a one-word common word ("в славянке", "в шахтах") keeps needing the caller's region.

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g, of = load_gazetteer(), TextContext.of
    >>> placed_phrase(g, of("в набережных челнах прорыв"), 1, 3), placed_phrase(g, of("в горках прорыв"), 1, 2)
    (True, False)
    """
    levels = [level for _, level in g.index.get(" ".join(ctx.keys[i:j]), ())]
    return bool(levels) and min(levels) == COMMON_WORD and lower_town_phrase(ctx, i, j)


def as_capitalised(g: Gazetteer, ctx: TextContext, i: int, j: int, weak: frozenset) -> frozenset:
    """The weak candidates of a surname's form in the locative where letter case says nothing ("в кирове", "В
    КИРОВЕ"): those its capitalised reading ("в Кирове") weakens too. A caseless text holds less evidence than a
    capitalised one, so its namesakes stay as they do there (Киров of Калужская область beside Киров of 43) and the
    choice among them is no more settled than the capitalised text's."""
    if ctx.capital(i) is not None or not placed_surname(g, ctx, i, j):
        return weak
    levels = dict(spelt_postings(ctx, i, j, g.index.get(" ".join(ctx.keys[i:j]), ())))
    return frozenset(e for e in weak if e not in levels or cased_verdict(ctx, levels[e], i, j, True, True) != STRONG)


def is_big(g: Gazetteer, e: int) -> bool:
    """A town of 50,000+ people, or a federal city named as its region (Санкт-Петербург: no population weight)."""
    return g.weight[e] >= BIG_TOWN_WEIGHT or (g.kind[e] == "region" and g.region_code[e] in FEDERAL_CITIES)
