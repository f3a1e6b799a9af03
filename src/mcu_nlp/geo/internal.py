"""The internal territories of Москва, Петербург and Севастополь in the form index (build time): their names, bare
or with a territory's type ("муниципальный округ Горелово", "МО Звездное"), and the forms they are said in ("в Перово").
"""

from __future__ import annotations

from mcu_nlp.geo import declension, forms
from mcu_nlp.geo.index import Builder, is_adjective
from mcu_nlp.geo.lexicon import UNDECLINED_ENDINGS, words
from mcu_nlp.geo.tokens import normalize_word, phrase_key

INTERNAL_PREFIXES = ("муниципальный округ", "муниципального округа", "мо", "внутригородское муниципальное образование")
FEDERAL_TERRITORY = "внутригородская территория города федерального значения"
# An internal territory the source calls a town or a settlement ("городской округ Троицк", "поселок Левашово")
INTERNAL_TOWNS = ("город", "поселок")
# Stems of "Северное", "Южное", "Старое" ...: a part of town heading its name ("Южное Бутово", "Большая Охта")
TOWN_PARTS = frozenset(words("северн южн западн восточн стар нов больш мал верхн нижн"))


def internal_name(short: str, official: str) -> str:
    """An internal territory's name: its short name, or the source's official one without the type of territory
    where the short name is an adjective or a number (it says nothing alone).

    >>> internal_name("Балаклавский", FEDERAL_TERRITORY + " Балаклавский муниципальный округ")
    'Балаклавский муниципальный округ'
    >>> internal_name("№ 7", FEDERAL_TERRITORY + " муниципальный округ № 7"), internal_name("Перово", "")
    ('муниципальный округ № 7', 'Перово')
    """
    short = short.split(" и ")[0].strip()
    if short.startswith("№") or is_adjective(short):
        return official.removeprefix(FEDERAL_TERRITORY).strip()
    return short


def add_internal_names(b: Builder) -> None:
    """The bare names of internal territories of Москва, Петербург and Севастополь that no town has indexed.

    A town or settlement the source names ("городской округ Троицк", "поселок Левашово") is indexed as a town would
    be, and so is a name of several parts no other place has ("Южное Бутово", "Тропарево-Никулино"); any other
    ("Перово", "Купчино", "Солнцево": villages of these names are elsewhere, or the gazetteer lacks them) counts only
    in the caller's region (``forms.LOCAL_NAME``: "в Перово" with region 77), or beside smaller namesakes
    (:mod:`mcu_nlp.geo.local`).
    """
    for eid, entry in enumerate(b.entries):
        short, official = entry.get("short", ""), entry.get("official", "")
        if not entry.get("internal") or entry.get("indexed") or short.startswith("№") or is_adjective(short):
            continue
        own = [e for e in b.index.get(phrase_key(short), {}) if e != eid]
        if official.startswith(INTERNAL_TOWNS) or (not own and _distinct_parts(short)):
            b.post_forms(short, eid)
            level = None
        else:
            level = forms.LOCAL_NAME
        for key in undeclined_forms(short) | (declension.case_forms(short) if level else set()):
            b.post(key, eid, level)


def undeclined_forms(name: str) -> set[str]:
    """Case forms with a word in -ово, -ево, -ино left as it is, as Moscow's districts are mostly said.

    >>> sorted(undeclined_forms("Южное Бутово"))[:2]
    ['южного бутово', 'южное бутово']
    """
    nominative = phrase_key(name).split()
    fixed = [k for k, word in enumerate(nominative) if word.endswith(UNDECLINED_ENDINGS)]
    found = set()
    for form in declension.case_forms(name):
        words = form.split()
        if len(words) == len(nominative):
            found.add(" ".join(nominative[k] if k in fixed else word for k, word in enumerate(words)))
    return found


def _distinct_parts(name: str) -> bool:
    """Several parts, none of them an ordinary word, or a part of town first ("Южное Бутово", "Фили-Давыдково")."""
    first = normalize_word(name.replace("-", " ").split()[0])
    several = len(name.replace("-", " ").split()) > 1
    return several and (forms.ambiguity(phrase_key(name)) == forms.FREE or first[:-2] in TOWN_PARTS)


def add_internal_forms(b: Builder, short: str, official: str, eid: int) -> None:
    """ "муниципальный округ Горелово", "МО Звездное": internal territories of Москва, Петербург, Севастополь."""
    tail = official.split("муниципальный округ", 1)[-1].split("поселение", 1)[-1].strip()
    for name in {short, tail}:
        for prefix in INTERNAL_PREFIXES:
            b.post(f"{prefix} {phrase_key(name)}", eid, forms.FREE)
