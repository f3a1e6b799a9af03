"""The internal territories of Москва, Петербург and Севастополь in the form index (build time): their names, bare
or with a territory's type ("муниципальный округ Горелово", "МО Звездное"), and the forms they are said in ("в Перово").
"""

from __future__ import annotations

from mcu_nlp.geo import declension, forms
from mcu_nlp.geo.index import Builder, add_district_forms, is_adjective
from mcu_nlp.geo.lexicon import UNDECLINED_ENDINGS, words
from mcu_nlp.geo.tokens import normalize_word, phrase_key

INTERNAL_PREFIXES = ("муниципальный округ", "муниципального округа", "мо", "внутригородское муниципальное образование")
# The type word of Москва's поселения (Новая Москва) in its cases, before the name ("в поселении Сосенское")
POSELENIE_PREFIXES = tuple(words("поселение поселения поселению поселением поселении"))
MOSCOW_OKTMO = "45"
FEDERAL_TERRITORY = "внутригородская территория города федерального значения"
# An internal territory the source calls a town or a settlement ("городской округ Троицк", "поселок Левашово")
INTERNAL_TOWNS = ("город", "поселок")
# Севастополь's four districts (районы), each named as the municipal okrug at its core, and written so: "Севастополь,
# Ленинский район" is Ленинский муниципальный округ, 67312000 (session 49: the city, 67000000); with «район» as
# Москва's adjective districts are, at ``forms.LOCAL_NAME`` where another place has the form (Крым's Ленинский район)
SEVASTOPOL_DISTRICTS = frozenset(words("балаклавский гагаринский ленинский нахимовский"))
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
    if short.startswith("№") or adjective_name(short):
        return official.removeprefix(FEDERAL_TERRITORY).strip()
    return short


def adjective_name(name: str) -> bool:
    """An internal territory's name that is an adjective ("Тверской", "Внуковское"): not one headed by a noun
    (``noun_headed``), nor a possessive form that is a village's name (session 46: "Матушкино", which pymorphy3 reads
    as the adjective of «матушка», was indexed only as "муниципальный округ Матушкино").

    >>> adjective_name("Тверской"), adjective_name("Матушкино"), adjective_name("Бирюлево Восточное")
    (True, False, False)
    """
    last = normalize_word(name.split()[-1]).split("-")[-1]
    return is_adjective(name) and not noun_headed(name) and "Poss" not in declension.best_parse(last).tag


def noun_headed(name: str) -> bool:
    """A name of several words whose first is no adjective: "Бирюлево Восточное", "Чертаново Северное",
    "Орехово-Борисово Южное" (Москва's districts), which ``is_adjective`` takes for adjectives by their last word.

    >>> noun_headed("Бирюлево Восточное"), noun_headed("Южное Бутово"), noun_headed("Тверской")
    (True, False, False)
    """
    words = name.split()
    return len(words) > 1 and not is_adjective(words[0].split("-")[0])


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
        if not entry.get("internal") or entry.get("indexed") or short.startswith("№"):
            continue
        if adjective_name(short):
            continue
        own = [e for e in b.index.get(phrase_key(short), {}) if e != eid]
        if official.startswith(INTERNAL_TOWNS) or (not own and _distinct_parts(short)):
            b.post_forms(short, eid)
            level = None
        else:
            level = forms.LOCAL_NAME
        for key in undeclined_forms(short) | (declension.case_forms(short) if level else set()):
            b.post(key, eid, level)


def add_city_district_forms(b: Builder) -> None:
    """``add_moscow_district_forms`` of every internal territory of Москва, and Севастополь's districts with a
    district's noun (``SEVASTOPOL_DISTRICTS``), once every other place's forms are in."""
    taken = frozenset(b.index)
    for eid, entry in enumerate(b.entries):
        if entry.get("internal") and entry["region_code"] == "77":
            add_moscow_district_forms(b, entry.get("short", ""), eid, taken)
        elif entry.get("internal") and normalize_word(entry.get("short", "")) in SEVASTOPOL_DISTRICTS:
            add_district_forms(b, entry["short"], eid, taken, forms.LOCAL_NAME)


def add_moscow_district_forms(b: Builder, short: str, eid: int, taken: frozenset[str]) -> None:
    """The ways Москва's districts (its internal territories: each a район of the city) are said besides their names
    (session 36: none of them was found in "Бирюлёво Восточное, ул. Загорьевская", "Басманный район", "р-н Жулебино"):
    an adjective's with a district's noun ("Басманный район", "в Басманном р-не", "район Тверской"); a name whose
    first word is a part of town's also the other way round ("Восточное Бирюлёво" of "Бирюлево Восточное"); each noun
    part of a hyphenated name ("Жулебино" of Выхино-Жулебино) at ``forms.LOCAL_NAME``. Only keys no other
    place has (``taken``, the keys of the build's last step but one; "Дмитровский район" stays Орловская's district),
    but for a part's, which a village elsewhere may have too (Хорошево of Тверская область, as Перово of Крым), and
    an adjective's, which another district has: at ``forms.LOCAL_NAME`` beside it (session 43: "Красносельский район"
    with region 77 is Москва's, with 78 or none Петербург's, with 44 Костромская's).
    """
    if adjective_name(short):  # a form another place has counts in region 77 only
        add_district_forms(b, short, eid, taken, forms.LOCAL_NAME)  # (session 43: "Красносельский район")
        return
    words = short.split()
    if len(words) == 2 and normalize_word(words[1])[:-2] in TOWN_PARTS:  # "Бирюлево Восточное"
        for key in undeclined_forms(f"{words[1]} {words[0]}") - taken:
            b.post(key, eid, forms.FREE)
    for key in abbreviated_sides(short) - taken:  # "Бирюлёво Вост.", "Сев. Бутово"
        b.post(key, eid, forms.FREE)
    if len(words) == 1 and "-" in short:
        for part in (p for p in short.split("-") if not is_adjective(p)):  # not "Ярцевское" of Михайлово-Ярцевское
            for key in undeclined_forms(part) | declension.case_forms(part):
                if key not in taken or all(_village(b.entries[e]) for e in b.index[key]):
                    b.post(key, eid, forms.LOCAL_NAME)  # beside a village elsewhere as Перово is (``local``)


# A side of town's adjective and how it is shortened in an address ("Бирюлёво Вост.", "Юж. Бутово", "Чертаново Центр.")
SIDE_ABBREVIATIONS = {
    "северн": ("сев",),
    "южн": ("юж", "южн"),
    "западн": ("зап",),
    "восточн": ("вост",),
    "центральн": ("центр",),
}


def abbreviated_sides(name: str) -> set[str]:
    """Keys of a name opened or closed by a side of town, that side shortened, before or after the rest.

    >>> sorted(abbreviated_sides("Бирюлево Восточное"))
    ['бирюлево вост', 'вост бирюлево']
    >>> sorted(abbreviated_sides("Орехово-Борисово Северное"))
    ['орехово борисово сев', 'сев орехово борисово']
    >>> abbreviated_sides("Перово")
    set()
    """
    words = phrase_key(name).split()
    sides = [k for k in (0, len(words) - 1) if len(words) > 1 and words[k][:-2] in SIDE_ABBREVIATIONS]
    if not sides:
        return set()
    side = sides[0]
    rest = " ".join(words[:side] + words[side + 1 :])
    return {key for short in SIDE_ABBREVIATIONS[words[side][:-2]] for key in (f"{short} {rest}", f"{rest} {short}")}


def _village(entry: dict) -> bool:
    return entry["kind"] == "settlement" and not entry.get("urban") and not entry.get("internal")


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


def add_poselenie_forms(b: Builder, poselenia: list[tuple[str, str]]) -> None:
    """Москва's поселения (Новая Москва) after their type word in any case, the name undeclined (session 46:
    "Коммунарка, поселение Сосенское", "в поселении Внуковское" had no form, only "муниципальный округ Сосенское").
    Not a name ОКТМО 2019's поселения (``poselenia``: name, code) have elsewhere too: "Сельское поселение
    Первомайское" is in 43 districts, and 7 of the 19 names are shared so (Первомайское, Воскресенское, Роговское ...).
    """
    elsewhere = {phrase_key(name) for name, code in poselenia if not code.startswith(MOSCOW_OKTMO)}
    for eid, entry in enumerate(b.entries):
        key = phrase_key(entry.get("short", ""))
        if entry.get("internal") and " поселение " in f" {entry.get('official', '')} " and key not in elsewhere:
            for prefix in POSELENIE_PREFIXES:
                b.post(f"{prefix} {key}", eid, forms.FREE)
