"""Case forms and ambiguity of place names, computed with pymorphy3 when the gazetteer is built.

Nothing here runs at resolve time: the builder stores every form in the index, so the resolver
never calls pymorphy3.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Any

from mcu_nlp.geo.lexicon import FREQUENT_WORDS
from mcu_nlp.geo.tokens import normalize_word, tokenize

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
LOCATIVE_2 = "loc2"  # "в Новом Порту", "на Яру": the second locative of some nouns
GENDERS = ("masc", "femn", "neut")
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
ADJECTIVES = frozenset({"ADJF", "PRTF"})
# Unknown words with these endings are usually indeclinable (Тарко, Сале, Лабытнанги, Мужи).
INDECLINABLE_ENDINGS = tuple("еиоуэюы")
PREPOSITIONS = frozenset({"на", "в", "при", "у"})
# Case endings of an unknown one-word name ending in a consonant that pymorphy3 guesses no noun ("Энем": a short
# adjective), declined as a masculine noun ("в Энеме" as "в Надыме"); "ом" is "ем" after a hushing consonant or ц.
CONSONANTS, HUSHING = "бвгджзклмнпрстфхцчшщ", "жцчшщ"
MASCULINE_ENDINGS = (("gent", "а"), ("datv", "у"), ("ablt", "ом"), ("loct", "е"))
# A possessive first word of a masculine name ("Сергиев Посад", "Петров Вал") and its adjectival case endings.
POSSESSIVE_ENDINGS = ("ов", "ев", "ин", "ын")
POSSESSIVE_CASE_ENDINGS = {"gent": "а", "datv": "у", "ablt": "ым", "loct": "ом"}

# Ambiguity levels stored with every form in the index (the rules are in context.TextContext.allows):
# FREE always counts; CAPITALISED needs a capital, a preposition or a type word; COMMON_WORD
# ("Находка") a capital not at sentence start, a preposition + capital or a type word; PERSON_NAME
# ("Пушкин") a type word or a preposition + capital; EXACT ("НУ", an abbreviation that is also a word) its letter case;
# INITIAL ("Н.Уренгой") an upper-case initial and a dot; ADJECTIVE_NAME ("Мирный", "Тазовском")
# a type word, or else a place in the caller's region or in a region named elsewhere in the text; LOCAL_NAME
# ("в Ростове" for Ростов-на-Дону, lexicon.LOCAL_SHORT_NAMES) only in the caller's region, capitalised after "в", "из".
# The colloquial names of data/geo/colloquial_names.csv (rules: geo/colloquial.py): SHORTHAND ("Екб", "РнД") any
# case, but in capitals ("НСК", an abbreviation too) after "в", "из" unless all the text is; NICKNAME ("Владик",
# "Хабар") after "в", "во", "из" only; REGION_NICKNAME ("Кубань") after a preposition of place ("на Кубани").
FREE, CAPITALISED, COMMON_WORD, PERSON_NAME, EXACT, INITIAL, ADJECTIVE_NAME, LOCAL_NAME = range(8)
SHORTHAND, NICKNAME, REGION_NICKNAME = range(8, 11)
# The verdicts of the context rules (context.py, colloquial.py) on a form of some level at a position.
REJECT, WEAK, STRONG = 0, 1, 2
# Score of a mention by the ambiguity level of its form (the resolver's; used at resolve time).
LEVEL_SCORE = {
    FREE: 0.95,
    CAPITALISED: 0.85,
    COMMON_WORD: 0.8,
    PERSON_NAME: 0.75,
    EXACT: 0.9,
    INITIAL: 0.9,
    ADJECTIVE_NAME: 0.75,
    LOCAL_NAME: 0.8,
    SHORTHAND: 0.95,
    NICKNAME: 0.8,
    REGION_NICKNAME: 0.85,
}
ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
RARE_READING = 0.1  # pymorphy3's score of a word's other readings below which it is a place name only ("сочи")


@lru_cache(maxsize=1)
def morph() -> Any:
    """The shared pymorphy3 analyser (build time only)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _best_parse(word: str) -> Any:
    parses = morph().parse(word)
    nominative = [p for p in parses if p.tag.case in (None, "nomn")] or parses
    geo = [p for p in nominative if "Geox" in p.tag]
    # an unknown word in a place name is a noun ("Ханымей"), not a guessed comparative
    nouns = [p for p in nominative if p.tag.POS == "NOUN"] if not parses[0].is_known else []
    return (geo or nouns or nominative)[0]


def _inflect(parse: Any, grammemes: set[str], fallback: str) -> str:
    found = parse.inflect(grammemes)
    return found.word if found is not None else fallback


def _word_form(word: str, case: str, gender: str | None, number: str) -> str:
    """One word of a name put into ``case``; unknown indeclinable-looking words stay as they are."""
    low = normalize_word(word)
    parse = _best_parse(low)
    if "Fixd" in parse.tag or (not parse.is_known and low.endswith(INDECLINABLE_ENDINGS)):
        return low
    pos = parse.tag.POS
    if pos in ADJECTIVES:
        case = "loct" if case == LOCATIVE_2 else case
        want = {case, number} if number == "plur" or gender is None else {case, gender, "sing"}
        return _inflect(parse, want, low)
    if pos == "NOUN":
        if case == LOCATIVE_2:
            return _inflect(parse, {LOCATIVE_2, parse.tag.number or "sing"}, _inflect(parse, {"loct"}, low))
        return _inflect(parse, {case, parse.tag.number or "sing"}, low)
    return low


def _hyphenated_form(word: str, case: str, gender: str | None, number: str, spoken: bool = False) -> str:
    """One hyphenated word in ``case``; ``spoken``: its first part left as it is, as often said and written
    ("в Ленинск-Кузнецком", "из Петропавловск-Камчатского" beside "в Ленинске-Кузнецком")."""
    parts = word.split("-")
    out, inflecting = [], True
    for part in parts:
        parse = _best_parse(normalize_word(part))
        geo = "Geox" in parse.tag or (parse.tag.POS in ADJECTIVES and len(out) > 0 and inflecting)
        if normalize_word(part) in PREPOSITIONS:
            inflecting = False
        keep = spoken and not out
        out.append(_word_form(part, case, gender, number) if inflecting and geo and not keep else normalize_word(part))
    return "-".join(out)


def spoken_form(name: str, form: str) -> str:
    """A case form of a hyphenated name with its first part as in ``name``, as often said and written.

    pymorphy3 makes such forms only of parts it knows as places (``_hyphenated_form``); this takes them from a
    source's declined forms, whatever the parts are ("Мар" is no place to pymorphy3).

    >>> spoken_form("Нарьян-Мар", "Нарьяне-Маре"), spoken_form("Курск", "Курске")
    ('Нарьян-Маре', 'Курске')
    """
    rest = form.partition("-")[2]
    first = name.partition("-")[0]
    return f"{first}-{rest}" if rest and "-" in name else form


def _head(words: list[str]) -> tuple[str | None, str]:
    for word in words:
        parse = _best_parse(normalize_word(word.split("-")[0]))
        if parse.tag.POS == "NOUN":
            return parse.tag.gender, parse.tag.number or "sing"
    first = _best_parse(normalize_word(words[0]))
    return (first.tag.gender or "masc"), (first.tag.number or "sing")


def case_forms(name: str) -> set[str]:
    """All case forms of a place name, as index keys.

    >>> "новом уренгое" in case_forms("Новый Уренгой")
    True
    >>> "надыме" in case_forms("Надым")
    True
    >>> sorted(case_forms("Ленинск-Кузнецкий") & {"ленинск кузнецком", "ленинске кузнецком"})
    ['ленинск кузнецком', 'ленинске кузнецком']
    """
    words = name.split()
    gender, number = _head(words)
    forms = {" ".join(t.key for t in tokenize(name))}
    low = normalize_word(name)
    if (
        len(words) == 1
        and low.endswith(("и", "ы"))
        and ("Fixd" in _best_parse(low).tag or not _best_parse(low).is_known)
    ):
        # indeclinable plural-looking names are declined in speech: "в Лабытнангах"
        forms.update(low[:-1] + ending for ending in ("ах", "ам", "ами"))
    forms.update(_unknown_noun_forms(words))
    for case, spoken in product((*CASES, LOCATIVE_2), (False, True)):
        out, inflecting = [], True
        for word in words:
            if normalize_word(word) in PREPOSITIONS:
                inflecting = False
            if not inflecting:
                out.append(normalize_word(word))
            elif "-" in word:
                out.append(_hyphenated_form(word, case, gender, number, spoken))
            else:
                out.append(_word_form(word, case, gender, number))
        forms.add(" ".join(t.key for t in tokenize(" ".join(out))))
    forms.update(_possessive_forms(words, gender, number))
    return forms


def _unknown_noun_forms(words: list[str]) -> set[str]:
    """A one-word name pymorphy3 lacks, ending in a consonant, that it guesses no noun or adjective of ("Энем": a
    short adjective) declines as a masculine noun, as "Надым" does.

    >>> sorted(_unknown_noun_forms(["Энем"])), _unknown_noun_forms(["Надым"])
    (['энема', 'энеме', 'энемом', 'энему'], set())
    """
    low = normalize_word(words[0])
    parse = _best_parse(low)
    if len(words) > 1 or parse.is_known or low[-1:] not in CONSONANTS or parse.tag.POS in ADJECTIVES | {"NOUN"}:
        return set()
    return {low + ("ем" if case == "ablt" and low[-1] in HUSHING else ending) for case, ending in MASCULINE_ENDINGS}


def _possessive_forms(words: list[str], gender: str | None, number: str) -> set[str]:
    """ "в Сергиевом Посаде": a possessive first word declines as an adjective too, beside pymorphy3's "Сергиеве".

    >>> sorted(_possessive_forms(["Сергиев", "Посад"], "masc", "sing"))[:2]
    ['сергиева посада', 'сергиевом посаде']
    """
    first = normalize_word(words[0])
    if len(words) != 2 or gender != "masc" or not first.endswith(POSSESSIVE_ENDINGS):
        return set()
    out = set()
    for case, ending in POSSESSIVE_CASE_ENDINGS.items():
        out.add(f"{first}{ending} {' '.join(t.key for t in tokenize(_word_form(words[1], case, gender, number)))}")
    return out


def adjective_forms(adjective: str, gender: str = "masc") -> list[str]:
    """The six case forms of a district or region adjective, in ``CASES`` order.

    >>> adjective_forms("Пуровский")[5], adjective_forms("Каневской")[0], adjective_forms("Артёмовский")[5]
    ('пуровском', 'каневской', 'артемовском')
    """
    low = normalize_word(adjective)
    parse = _best_parse(low)
    # pymorphy3 writes ё in the forms it makes ("артёмовском"); index keys, like the text they are matched to, have е
    found = [normalize_word(_inflect(parse, {case, gender, "sing"}, low)) for case in CASES]
    if gender == "masc" and low.endswith("ой"):  # "Каневской район": pymorphy3 gives "каневский" for the nominative
        found[0] = found[3] = low
    return found


def plural_noun_forms(noun: str) -> set[str]:
    """Case forms, plural and singular, of a demonym given in the plural.

    >>> "надымчан" in plural_noun_forms("надымчане")
    True
    """
    parse = _best_parse(normalize_word(noun))
    forms = {normalize_word(noun)}
    for case in CASES:
        for number in ("plur", "sing"):
            found = parse.inflect({case, number})
            if found is not None:
                forms.add(normalize_word(found.word))
    return forms


@lru_cache(maxsize=1)
def _near_frequent_words() -> frozenset[str]:
    near = set()
    for word in FREQUENT_WORDS:
        for i in range(len(word) + 1):
            near.update(word[:i] + c + word[i:] for c in ALPHABET)
            if i < len(word):
                near.add(word[:i] + word[i + 1 :])
                near.update(word[:i] + c + word[i + 1 :] for c in ALPHABET)
    return frozenset(near - set(FREQUENT_WORDS))


def _word_level(word: str) -> int:
    parses = [p for p in morph().parse(word) if p.is_known]
    other = [p for p in parses if "Geox" not in p.tag]
    if any(p.tag.POS in ADJECTIVES for p in parses):
        return ADJECTIVE_NAME
    if len(word) <= 3:
        return PERSON_NAME
    if word in _near_frequent_words():
        return COMMON_WORD
    if not other:
        return FREE
    if all(PERSON_TAGS & set(p.tag.grammemes) for p in other):
        return PERSON_NAME
    if all(p.tag.POS in ADJECTIVES and "Qual" not in p.tag for p in other) and word.endswith(
        ("ский", "цкий", "ского", "цкого", "скому", "цкому", "ским", "цким", "ском", "цком")
    ):
        return CAPITALISED
    return COMMON_WORD


def place_only(word: str) -> bool:
    """pymorphy3 knows ``word`` as a place name and hardly as anything else: "уфе", "сочи" (the imperative of
    "сочить" is rare); not "орел", "киров" (a surname), "ростове", "находка".

    >>> place_only("уфе"), place_only("сочи"), place_only("киров"), place_only("находка")
    (True, True, False, False)
    """
    known = [p for p in morph().parse(word) if p.is_known]
    other = sum(p.score for p in known if "Geox" not in p.tag)
    return any("Geox" in p.tag for p in known) and other < RARE_READING


def abbreviation_level(abbreviation: str) -> int:
    """EXACT for an abbreviation that is also a word ("НУ", "ЧАО"), else FREE: "янао", "спб" are places in any case.

    >>> abbreviation_level("НУ"), abbreviation_level("ЯНАО"), abbreviation_level("СПб"), abbreviation_level("ЛО")
    (4, 0, 0, 4)
    """
    parses = morph().parse(normalize_word(abbreviation))
    word = any(p.is_known and not {"Abbr", "Geox"} & set(p.tag.grammemes) for p in parses)
    # two letters ("ЛО") are a fragment of many a word or a typo in lower case: only capitals make them a place
    return EXACT if word or len(abbreviation) < 3 else FREE


def ambiguity(key: str) -> int:
    """How much context a form needs before it counts as a place (FREE … PERSON_NAME).

    >>> ambiguity("надым"), ambiguity("тазовский"), ambiguity("находка"), ambiguity("толька")
    (0, 6, 2, 2)
    """
    words = key.split()
    levels = [_word_level(w) for w in words]
    if len(words) == 1:
        return levels[0]
    return COMMON_WORD if all(level >= COMMON_WORD for level in levels) else FREE
