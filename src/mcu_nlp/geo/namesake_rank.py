"""The rank of a place among its namesakes: the caller's region, a region or municipality the text names, a town's or a
village's type word, population, the form written. Split from ``choice`` in session 16."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from mcu_nlp.geo.gazetteer import Gazetteer
from mcu_nlp.geo.lexicon import RURAL_TYPES, TOWN_TYPES, UNDECLINED_ENDINGS
from mcu_nlp.geo.local import rank_weight
from mcu_nlp.geo.municipality import CENTRE_STEM
from mcu_nlp.geo.tokens import name_key

if TYPE_CHECKING:  # qualified.py imports this module, and context.py imports qualified.py
    from mcu_nlp.geo.context import TextContext

# Among same-named places: the caller's region, then a region or municipality named elsewhere in
# the text (or implied by a postal code), then a town after a town's type word, then population (log10).
REGION_HINT_BONUS, TEXT_REGION_BONUS, TEXT_MUNICIPALITY_BONUS = 100.0, 10.0, 20.0
# A region or federal city the text names by its name right beside the place, as parts of one address, not as where
# someone goes ("Пишу из Пензенской обл., г. Никольск", "В Соколе (Москва, район Сокол)"), ranks its namesake above
# the caller's region's (session 25; named apart, "Сын в Москве, а у нас в Соколе", it does not: choice.beside_region)
NAMED_REGION_BONUS = 2 * REGION_HINT_BONUS
# After a town's type word ("г.", "пгт"), a town or urban-type settlement, and after a village's ("с.", "д.", "ст.") a
# rural settlement: above any population weight (log10 < 8), below the region evidence
URBAN_BONUS = 8.0
# A district written with the noun of its current name ("Осинский район": Иркутская's район, not Пермский край's
# Осинский городской округ, a район until 2019 and still called one) ranks as one twice the size: the written noun
# is evidence, but a weak one (many write «район» for a new округ)
DISTRICT_NOUN_BONUS = 0.301
# A declined form of a name in -ово, -ино ("в Пушкине" of Пушкино) is one most writers do not use ("в Пушкино"; 9 of the
# 10 such mentions after «в» in the SPb and Kursk appeals leave the name as it is), while a namesake in a consonant
# (Пушкин) has no other: among namesakes the first ranks as a town of half its size (log10 2), at least
DECLINED_NEUTER_PENALTY = 0.301
# A district named as its region is ("Тамбовский район" of Тамбовская область, not Амурская's) ranks above a namesake
# elsewhere: districts have no population in the gazetteer, and the region's own is the one most people outside either
# region mean; below the noun written ("в Курском округе" is Ставропольский край's округ, not Курская's район)
REGION_NAMESAKE_BONUS = 0.15
# A name heading a sentence, no preposition before it, is in the nominative: written as one namesake's own name
# ("Печоры: автобусы ...", "Печоры, ул. Мира 5") it is that place, not a namesake's genitive (Печора's), which ranks
# as a town ten times smaller (session 22 late, after blind22's misses)
NOMINATIVE_BONUS = 1.0
# A district named by the first of its name's adjectives alone ("Азовский район" of Азовский немецкий район; index.
# add_district_forms, session 71) ranks below a namesake of that full name (Ростовская's Азовский район), as a town a
# tenth smaller would: the name cut short is the writer's, the full one the namesake's own
SHORTENED_PENALTY = 1.0
# Words of a district's noun that a name may hold between its adjective and «район», «округ»
DISTRICT_NOUN_WORDS = frozenset(("городской", "муниципальный", "внутригородской", "район", "округ"))
# A settlement its district is named after, of no census figure (a village of under 3,000 people, the census lists
# larger ones), ranks as a village of 1,000: centres are seldom smaller, and no figure is no evidence of few people
# (session 31: "в Тлярате" with region 05 is Тляратинский район's centre, not Гумбетовский's village of 583)
UNKNOWN_CENTRE_WEIGHT = 3.0


def typed_urban(g: Gazetteer, ctx: TextContext, i: int) -> bool | None:
    """True after a town's type word ("г.", "пгт"), False after a rural settlement's ("с.", "д.", "ст-ца"), else None
    (or a gazetteer built before ``urban``)."""
    if i == 0 or len(g.urban) != len(g.name) or not ctx.type_before(i):
        return None
    before = ctx.keys[i - 1]
    return True if before in TOWN_TYPES else False if before in RURAL_TYPES else None


def town_as_village(g: Gazetteer, ctx: TextContext, i: int, ids: list[int]) -> bool:
    """A rural settlement's type word before a name of towns only ("с. Шуя", "село Шуя, Прионежский район"): a village
    the gazetteer lacks (it knows every town but few villages), so neither the towns' region is evidence nor a district
    named after it the town's own (session 36: the town Шуя of Ивановская область made the Karelian district beside it
    drop, and the text found nothing)."""
    if typed_urban(g, ctx, i) is not False:
        return False
    if ctx.bare_letter_type(i):  # "уезжаю с Курска" is the preposition; "с." or "село" the type
        return False
    return not any(g.kind[e] == "settlement" and not g.urban[e] for e in ids)


def namesake_rank(
    g: Gazetteer,
    e: int,
    hint: str | None,
    text_regions: set[str],
    text_muns: set[int],
    urban: bool | None,
    key: str,
    heads: bool = False,
    named_regions: frozenset[str] = frozenset(),
) -> float:
    """``urban``: a town's type word precedes the name ("пгт Сусанино"), so a town or urban-type settlement ranks first
    among namesakes of no other evidence, or a village's ("с. Оса"), so a rural settlement does; ``key``: the form
    written, a declined one of a name in -ово, -ино ranks lower (``DECLINED_NEUTER_PENALTY``); ``heads``: the name
    opens a sentence, so the namesake it names in the nominative ranks higher (``NOMINATIVE_BONUS``); ``named_regions``:
    regions the text names by their own name, above the caller's (``NAMED_REGION_BONUS``)."""
    code, weight = g.region_code[e], rank_weight(g, e) or UNKNOWN_CENTRE_WEIGHT * _named_centre(g, e)
    own = name_key(g.name[e])
    declined = own.endswith(UNDECLINED_ENDINGS) and key != own and not key.endswith(UNDECLINED_ENDINGS)
    bonus = REGION_HINT_BONUS * (code == hint) + TEXT_REGION_BONUS * (code in text_regions)
    bonus += NAMED_REGION_BONUS * (code in named_regions)
    typed = bool(g.urban[e]) if urban else urban is False and g.kind[e] == "settlement" and not g.urban[e]
    bonus += TEXT_MUNICIPALITY_BONUS * (g.mun[e] in text_muns) + URBAN_BONUS * typed
    bonus += REGION_NAMESAKE_BONUS * (e in _named_as_region(g)) + NOMINATIVE_BONUS * (heads and key == own)
    bonus -= SHORTENED_PENALTY * (g.kind[e] == "municipality" and _shortened(g.name[e], key))
    return bonus + weight - DECLINED_NEUTER_PENALTY * declined + DISTRICT_NOUN_BONUS * _noun_written(g.name[e], key)


@lru_cache(maxsize=4)
def _named_as_region(g: Gazetteer) -> frozenset[int]:
    """The districts whose adjective is their region's: Тамбовский муниципальный округ of Тамбовская область."""
    return frozenset(
        e
        for e, name in enumerate(g.name)
        if g.kind[e] == "municipality" and g.region[e] >= 0 and name.endswith(("район", "муниципальный округ"))
        and name.split()[0].endswith(("ский", "цкий")) and g.name[g.region[e]].split()[0][:-2] == name.split()[0][:-2]
    )


def _named_centre(g: Gazetteer, e: int) -> bool:
    """Entry ``e`` is a settlement its municipality is named after: Тлярата of Тляратинский район."""
    stem, mun = name_key(g.name[e])[:-1], g.mun[e]
    if g.kind[e] != "settlement" or mun < 0:
        return False
    return len(stem) >= CENTRE_STEM and name_key(g.name[mun]).startswith(stem)


def _shortened(name: str, key: str) -> bool:
    """The district ``name`` has a second adjective that the form ``key`` leaves out: "азовский район" of Азовский
    немецкий район.

    >>> _shortened("Азовский немецкий район", "азовском районе"), _shortened("Азовский район", "азовском районе")
    (True, False)
    >>> _shortened("Мытищинский городской округ", "мытищинский район")
    False
    """
    if " " not in key:  # first: asked of every municipality namesake of every mention
        return False
    words = [word for word in name_key(name).split() if word not in DISTRICT_NOUN_WORDS]
    return len(words) > 1 and not any(word.startswith(words[1][:4]) for word in key.split())


def _noun_written(name: str, key: str) -> bool:
    """The district ``name`` ends in the noun the form ``key`` was written with ("осинского района", "... округе")."""
    if " " not in key:  # first: asked of every namesake of every mention
        return False
    noun = name.rsplit(" ", 1)[-1]
    return noun in ("район", "округ") and any(word.startswith(noun) for word in key.split()[1:])
