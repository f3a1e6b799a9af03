"""Villages the gazetteer lacks, found by the поселение named after them: "с. Валдгейм" is in Валдгеймское сельское
поселение, so in Биробиджанский район (session 36).

The sources list a village only with 3,000+ people (census table 5) or where ОКТМО 2019 names a поселение by the
village's bare name ("Териберка"); most поселения are named by an adjective of their centre ("Валдгеймское",
"Куркиёкское", "Андреевский сельсовет", "Переслегинская волость"), which says the municipality of that village but
not its exact name. The builder keeps each such adjective's stem with the municipalities whose поселения have it
(``village_stems``); the resolver looks a word up there only where a village's type word precedes it ("с.", "д.",
"пос.", "ст-ца"), the word is capitalised (or the text has no letter case), no place of the gazetteer starts with it
and the dictionary reads it as no ordinary word or person's name, and only where the stem names one municipality: of
the caller's region if one is given, of all Russia if not. "с. Ивановка" (Ивановские поселения of many districts)
finds nothing so.

The match names the municipality (a district), at a lower score than a place's own name (``SCORE``).

With a caller's region the type word may be missing (session 50: «в Учкулане нет света» with 09; blind46 found it
only after «с.»): the word must then follow «в», «во» or «из», or open the text and end its clause, be capitalised in
a cased text, be no place the dictionary knows (pymorphy3 knows «Байкал», «Россия»: Байкальское, Российское поселения
of Иркутская and Красноярский край), and its stem name one municipality of that region. It scores
``BARE_SCORE``, below a typed match and above municipality.CONFIDENT.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from mcu_nlp.geo.forms import COMMON_WORD, PERSON_NAME, ambiguity
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT
from mcu_nlp.geo.lexicon import PLACE_PREPOSITIONS, RURAL_TYPES, VILLAGE_TYPES
from mcu_nlp.geo.local import named_regions
from mcu_nlp.geo.typos import other_place

SCORE = 0.7  # above municipality.CONFIDENT, below a place named by its own name (0.75-0.95)
BARE_SCORE = 0.65  # no type word before it (the module's docstring)
BARE_CLAUSE_ENDS = frozenset(",:;.—–-(")
MIN_STEM = 4  # "Шуйское" gives «шу»: too short a stem to tell a village by
ADJECTIVE_ENDINGS = ("ское", "ский")
# The words after an adjective that make it a поселение's name ("Андреевский сельсовет", "Шуйское сельское поселение")
POSELENIE_WORDS = frozenset(("сельсовет", "сельское", "сельский", "поссовет", "поселение", "сомон", "сумон", "наслег"))
VOLOST = "волость"  # Псковская область's поселения: "Переслегинская волость" (of Переслегино)
VILLAGE_ENDING = re.compile(r"(?:[оеи]вка|инка)$")
# Village types and the tails of a hyphen-split "ст-ца" ("ст-ца Старочеркасская"); not a dacha's or a cottage
# settlement's ("снт", "кп")
TYPE_WORDS = (VILLAGE_TYPES | frozenset(("ца", "це", "цы"))) - frozenset(("снт", "кп", "дп", "нп"))
# After a type word in the genitive a name may be a plural's genitive ("из деревни Куюков": Куюки; "из посёлка
# Сиваков": Сиваки), whose ending is a поселение adjective's stem of another village (session 36, geo_recall)
GENITIVE_TYPES = frozenset(("села", "деревни", "поселка", "хутора", "станицы", "аула", "слободы"))
PLURAL_GENITIVE = ("ов", "ев")
# A village named by a neuter or feminine adjective in -ное, -ная has a поселение in -ский: "Селитренное" (Селитренский
# сельсовет)
NAME_ADJECTIVE_ENDINGS = ("ное", "ная")
NAME_ADJECTIVE_MIN_LENGTH = 6  # "Лесное", "Речное": too short a stem («лес», «реч») to tell a village by


def adjective_stem(word: str) -> str | None:
    """The stem of a поселение's adjective name, without a soft sign or «й» before the suffix; None for no adjective.

    >>> [adjective_stem(w) for w in ("Валдгеймское", "Куркиёкское", "Андреевский", "Вознесеновская", "Шуя")]
    ['валдгейм', 'куркиек', 'андреев', 'вознесенов', None]
    """
    word = word.lower().replace("ё", "е")
    for ending in (*ADJECTIVE_ENDINGS, "ская"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            return stem[:-1] if stem.endswith(("ь", "й")) else stem
    return None


def village_stem(word: str) -> str:
    """The stem a village's name shares with its поселение's adjective: "Куркиёки" → «куркиек» (Куркиёкское),
    "Ивановка" → «иванов» (Ивановское), "Вознесеновская" → «вознесенов».

    >>> [village_stem(w) for w in ("Валдгейм", "Куркиёки", "Ивановка", "Ярково", "Вознесеновская", "Селитренное")]
    ['валдгейм', 'куркиек', 'иванов', 'ярков', 'вознесенов', 'селитрен']
    """
    word = word.lower().replace("ё", "е")
    stem = adjective_stem(word)
    if stem:
        return stem
    if word.endswith(NAME_ADJECTIVE_ENDINGS) and len(word) > NAME_ADJECTIVE_MIN_LENGTH:
        return word[:-3]
    if VILLAGE_ENDING.search(word):
        return word[:-2]
    return word[:-1] if word[-1:] in "аяоеиыйь" else word


def poselenie_stem(name: str) -> str | None:
    """The stem of an ОКТМО 2019 поселение's name made of one adjective, alone or before a поселение's word.

    >>> [poselenie_stem(n) for n in ("Валдгеймское", "Андреевский сельсовет", "Переслегинская волость", "город Сергач")]
    ['валдгейм', 'андреев', 'переслегин', None]
    >>> poselenie_stem("Пеля-Хованский сельсовет"), poselenie_stem("Красная волость")
    (None, None)
    >>> poselenie_stem("Песочное")
    """
    words = name.split()
    if not words or "-" in words[0] or not words[0][:1].isupper():
        return None
    volost = len(words) == 2 and words[1].lower() == VOLOST
    if len(words) > 1 and words[1].lower() not in POSELENIE_WORDS and not volost:
        return None
    if not words[0].lower().endswith(("ская",) if volost else ADJECTIVE_ENDINGS):
        return None
    stem = adjective_stem(words[0])
    return stem if stem and len(stem) >= MIN_STEM else None


def adjective_named(name: str) -> str | None:
    """The key of an ОКТМО 2019 поселение named by one adjective in «-ное», «-ная», as its centre is ("Песочное": п.
    Песочное), kept whole (an ordinary adjective, "Торфяное", "Набережное", names villages the gazetteer lacks
    everywhere): looked up only after a district named right before (``poselenie_village``; session 71).

    >>> adjective_named("Песочное"), adjective_named("Лесное"), adjective_named("Песоченское")
    ('песочное', None, None)
    """
    word = name.strip()
    if " " in word or not word.endswith(NAME_ADJECTIVE_ENDINGS) or len(word) <= NAME_ADJECTIVE_MIN_LENGTH:
        return None
    return word.lower().replace("ё", "е")


def village_stems(rows: Iterable[tuple[str, str]], municipality: Callable[[str], int]) -> dict[str, tuple[int, ...]]:
    """Stem → the municipality entries (sorted) whose поселения are named by it, from (ОКТМО 2019 name, code) rows of
    поселения; ``municipality`` maps a code to its current municipality's entry id (-1 for none)."""
    stems: dict[str, set[int]] = {}
    for name, code in rows:
        stem = poselenie_stem(name) or adjective_named(name)
        mun = municipality(code) if stem else -1
        if mun >= 0:
            stems.setdefault(stem, set()).add(mun)
    return {stem: tuple(sorted(muns)) for stem, muns in sorted(stems.items())}


def poselenie_village(g, ctx, i: int, before: tuple | None = None) -> tuple | None:
    """A resolver's match for the word at ``i``, a village found by its поселение (module docstring), or None. Where
    the stem names several municipalities, one of the districts the match ``before`` names right before its type word
    is the one (session 71, blind72: "Рыбинский район, пос. Песочное" is Ярославская's Рыбинский район, whose Песочное
    поселение is named after it, not Красноярский край's namesake)."""
    if not g.village_stems:
        return None
    typed = i > 0 and ctx.keys[i - 1] in TYPE_WORDS and ctx.type_before(i)
    if not typed and not _bare_village(g, ctx, i):
        return None
    key = ctx.keys[i]
    if ctx.capital(i) is False or ambiguity(key) in (COMMON_WORD, PERSON_NAME):
        return None
    if ctx.keys[i - 1] in GENITIVE_TYPES and key.endswith(PLURAL_GENITIVE):
        return None  # "из деревни Куюков" is Куюки's genitive, not a village of Куюковское поселение
    stem = village_stem(key)
    if len(stem) < MIN_STEM:
        return None
    muns = g.village_stems.get(stem, ())
    if not muns and key.endswith(("а", "я")):  # session 69: "Нылга" of Нылгинское (Увинский район of Удмуртия)
        muns = g.village_stems.get(stem + "ин", ())
    inside = []  # the district named right before decides, for any caller: "Рыбинский район, пос. Песочное"
    if typed and _district_before(ctx, i, before):
        inside = [e for e in dict.fromkeys((*muns, *g.village_stems.get(key, ()))) if e in before[2]]
    if inside:
        muns = inside
    elif ctx.hint is not None:
        muns = [e for e in muns if g.region_code[e] == ctx.hint]
    return (i, i + 1, [muns[0]], SCORE if typed else BARE_SCORE, frozenset(), False) if len(muns) == 1 else None


def _district_before(ctx, i: int, before: tuple | None) -> bool:
    """The match ``before`` stops right before the type word before word ``i``, with a comma or spaces between:
    "Рыбинский район, пос. Песочное"."""
    return before is not None and before[1] == i - 1 and not ctx.gap(i - 1).strip(" ,")


def _bare_village(g, ctx, i: int) -> bool:
    """Whether word ``i`` may name a village of the caller's region with no type word: a caller's region, a cased
    text, the word capitalised after «в», «во», «из» or opening the text with its clause ending after it, not joined
    to another by a hyphen («в Никола-Ленивце»: «Никола» is no Никольское), and not a place the dictionary knows
    that the gazetteer lacks («в России», «в Байкал»: Российское, Байкальское поселения; ``typos.other_place``)."""
    if ctx.hint is None or ctx.capital(i) is not True or other_place(ctx.keys[i], g):
        return False
    if (i > 0 and ctx.gap(i) == "-") or (i + 1 < len(ctx.keys) and ctx.gap(i + 1) == "-"):
        return False
    if i > 0:
        return ctx.keys[i - 1] in PLACE_PREPOSITIONS
    after = ctx.gap(1).strip() if len(ctx.keys) > 1 else ""
    return after[:1] in BARE_CLAUSE_ENDS


def caller_village(g, ctx, match: tuple) -> tuple | None:
    """The caller's region's village for a resolver's one-word ``match`` after a village's type word whose candidates
    are all of other regions, none a big town: the village of that name the caller's region has by its поселение
    (``poselenie_village``, where the stem names one municipality there), which a guess among namesakes elsewhere
    would hide (session 42: "п. Первомайский нет света" with 54 is Каргатский район, whose Первомайский сельсовет is
    named after it, not the Первомайский of Забайкальский край at 0.45; with 75 that one stays). After a посёлок's
    type word («п.», «пос.»: urban-type or rural), where the namesakes elsewhere are a guess; after a rural one only
    where they are of one region (session 69: "в с. Тимирязевское" with 73 is Ульяновский район by its Тимирязевское
    поселение, not Томск's Тимирязевское at 0.45): the namesakes of two or more regions give none already ("в деревне
    Никольское" with 50, session 18), and so they stay; and not where the text names another region ("пос. Орловский
    (Ростовская обл.)" with 43 stays Ростовская's). None otherwise."""
    i, j, ids = match[0], match[1], match[2]
    if ctx.hint is None or j != i + 1 or not ids or any(g.region_code[e] == ctx.hint for e in ids):
        return None
    if i == 0 or ctx.keys[i - 1] not in TYPE_WORDS:
        return None
    if ctx.keys[i - 1] in RURAL_TYPES and len({g.region_code[e] for e in ids}) > 1:
        return None
    if named_regions(g, ctx) - {ctx.hint}:  # "пос. Николаевка ЕАО" with 91: the region the text names decides
        return None
    if any(g.weight[e] >= BIG_TOWN_WEIGHT or g.kind[e] == "region" for e in ids):
        return None  # a big town is meant by its name in any region
    return poselenie_village(g, ctx, i)

