"""Case forms of place names ("Новый Уренгой" → "новом уренгое"), made with pymorphy3 when the gazetteer is built.

Nothing here runs at resolve time: the builder stores every form in the index, so the resolver
never calls pymorphy3. How much context each form needs is ``forms``'s.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Any

from mcu_nlp.geo.tokens import normalize_word, phrase_key
from mcu_nlp.letters import VOWELS

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
LOCATIVE_2 = "loc2"  # "в Новом Порту", "на Яру": the second locative of some nouns
GENDERS = ("masc", "femn", "neut")
ADJECTIVES = frozenset({"ADJF", "PRTF"})
# Unknown words with these endings are usually indeclinable (Тарко, Сале, Лабытнанги, Мужи), unless they end as an
# adjective pymorphy3 guesses them to be ("Заплавное": "в Заплавном").
INDECLINABLE_ENDINGS = tuple("еиоуэюы")
ADJECTIVE_VOWEL_ENDINGS = ("ое", "ее", "ие", "ые")
# Names in -ово, -ево, -ино, -ыно are indeclinable in pymorphy3's dictionary ("в Завьялово"), as they are often said;
# the literary norm declines them as neuter nouns ("из Завьялова", "в Завьялове"), and many writers do: both are kept.
NEUTER_O_ENDINGS = ("ово", "ево", "ёво", "ино", "ыно")
NEUTER_O_CASE_ENDINGS = {"gent": "а", "datv": "у", "ablt": "ом", "loct": "е", "loc2": "е"}
PREPOSITIONS = frozenset({"на", "в", "при", "у"})
# Case endings of an unknown one-word name ending in a consonant that pymorphy3 guesses no noun ("Энем": a short
# adjective), declined as a masculine noun ("в Энеме" as "в Надыме"); "ом" is "ем" after a hushing consonant or ц.
CONSONANTS, HUSHING = "бвгджзклмнпрстфхцчшщ", "жцчшщ"
MASCULINE_ENDINGS = (("gent", "а"), ("datv", "у"), ("ablt", "ом"), ("loct", "е"))
# a masculine noun's in -й ("Кадуй": "в Кадуе"), on the stem without -й; a feminine noun's in -а, -я after a consonant
# ("Полазна", "Шаля"), on the stem without its vowel (the genitive's -ы is -и after г, к, х, ж, ш, ч, щ)
SOFT_MASCULINE_ENDINGS = (("gent", "я"), ("datv", "ю"), ("ablt", "ем"), ("loct", "е"))
FEMININE_ENDINGS = {
    "а": (("gent", "ы"), ("datv", "е"), ("accs", "у"), ("ablt", "ой"), ("loct", "е")),
    "я": (("gent", "и"), ("datv", "е"), ("accs", "ю"), ("ablt", "ей"), ("loct", "е")),
}
SOFT_GENITIVE_AFTER = "гкхжшчщ"
# Endings whose vowel drops in the other cases of some names and stays in others ("Торжок": "в Торжке", "Моздок": "в
# Моздоке"; "Елец": "в Ельце", "Каргасок": "в Каргаске" or "в Каргасоке"); a dropped е becomes й after a vowel.
FLEETING_ENDINGS = ("ок", "ец", "ёк", "ёл")
# A possessive first word of a masculine name ("Сергиев Посад", "Петров Вал") and its adjectival case endings.
POSSESSIVE_ENDINGS = ("ов", "ев", "ин", "ын")
POSSESSIVE_CASE_ENDINGS = {"gent": "а", "datv": "у", "ablt": "ым", "loct": "ом"}
# An adjective name pymorphy3 lacks ("Ильский": a guessed noun, "ильскием"), by its nominative ending: the ending cut
# and the oblique ones put on the stem ("в Ильском", "из Афипского"); -ым is -им after г, к, х and a hushing consonant
ADJECTIVE_NAME_ENDINGS = {
    **dict.fromkeys(("ский", "цкий", "ской", "цкой", "ый"), ("ого", "ому", "ым", "ом")),
    **dict.fromkeys(("ская", "цкая", "ная"), ("ой", "ую")),
    **dict.fromkeys(("ское", "цкое", "ное"), ("ого", "ому", "ым", "ом")),
}
SOFT_INSTRUMENTAL_AFTER = "гкхжшчщ"


@lru_cache(maxsize=1)
def morph() -> Any:
    """The shared pymorphy3 analyser (build time only)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)  # a gazetteer's build asks it of the same words hundreds of thousands of times
def best_parse(word: str) -> Any:
    """pymorphy3's reading of ``word`` as a place name's word: a nominative one, a place's first, then (for a word it
    does not know) a noun's.

    >>> best_parse("мурта").tag.POS, best_parse("большая").normal_form
    ('NOUN', 'больший')
    """
    parses = morph().parse(word)
    nominative = [p for p in parses if p.tag.case in (None, "nomn")] or parses
    geo = [p for p in nominative if "Geox" in p.tag]
    # an unknown word in a place name is a noun ("Ханымей"), not a guessed comparative
    nouns = [p for p in nominative if p.tag.POS == "NOUN"] if not parses[0].is_known else []
    return (geo or nouns or nominative)[0]


def _inflect(parse: Any, grammemes: set[str], fallback: str) -> str:
    found = parse.inflect(grammemes)
    return found.word if found is not None else fallback


@lru_cache(maxsize=131_072)  # the same words, cases and genders: ~480,000 calls in a build, a strings-only answer
def _word_form(
    word: str, case: str, gender: str | None, number: str, literary: bool = False, alone: bool = True
) -> str:
    """One word of a name put into ``case``; unknown indeclinable-looking words stay as they are; ``literary``: a
    name in -ово, -ино declined as a neuter noun, which the dictionary leaves as it is; ``alone``: the word is the
    whole name, so a literary form that is a surname's is left out (session 28: not in "Большом Болдине", "в Дальнем
    Константинове", where the other word makes it no person).

    >>> _word_form("Завьялово", "loct", "neut", "sing"), _word_form("Завьялово", "ablt", "neut", "sing", literary=True)
    ('завьялово', 'завьяловом')
    >>> _word_form("Завьялово", "loct", "neut", "sing", literary=True)  # "завьялове" is also a surname's form
    'завьялово'
    >>> _word_form("Заплавное", "gent", "neut", "sing"), _word_form("Лабытнанги", "gent", None, "plur")
    ('заплавного', 'лабытнанги')
    """
    low = normalize_word(word)
    parse = best_parse(low)
    if literary and _neuter_o(low, parse) and case in NEUTER_O_CASE_ENDINGS:
        form = low[:-1] + NEUTER_O_CASE_ENDINGS[case]
        return low if alone and _surname(form) else form  # "у Захарова", "от Медведева": a person far more often
    if not parse.is_known and low.endswith(ADJECTIVE_VOWEL_ENDINGS):
        adjectives = [p for p in morph().parse(low) if p.tag.POS in ADJECTIVES and p.tag.case == "nomn"]
        parse = adjectives[0] if adjectives else parse
    adjective = parse.tag.POS in ADJECTIVES and low.endswith(ADJECTIVE_VOWEL_ENDINGS)
    if "Fixd" in parse.tag or (not parse.is_known and low.endswith(INDECLINABLE_ENDINGS) and not adjective):
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


def _surname(form: str) -> bool:
    """``form`` is also a form of a surname ("андреева", "захарову"), so a text meaning a person would read as a place.

    >>> _surname("захарова"), _surname("заплавного")
    (True, False)

    A surname the dictionary knows: pymorphy3 guesses one of many a village's forms it lacks ("аскине", "бураеве",
    "кушнаренкове"), which kept 103 district centres' literary forms out (session 28: "в Аскине", "из Бураева").

    >>> _surname("аскине"), _surname("кушнаренкова")
    (False, False)
    """
    return any(p.is_known and "Surn" in p.tag for p in morph().parse(form))


def _neuter_o(low: str, parse: Any) -> bool:
    """A place name in -ово, -ино (or a word pymorphy3 does not know), not a common noun that declines anyway."""
    noun = parse.tag.POS == "NOUN" and ("Geox" in parse.tag or not parse.is_known)
    # or a name pymorphy3 reads first as a short or a possessive adjective ("Марёво", "Рогнедино"; "Юрино", "Панино" of
    # «Юрин», «Панин») or guesses as any word it lacks ("Сеченово", "Шипуново": an adverb; session 28: "в Юрине",
    # "из Шипунова")
    adjective = parse.tag.POS == "ADJS" or (parse.tag.POS == "ADJF" and "Poss" in parse.tag) or not parse.is_known
    return (noun or adjective) and len(low) > 4 and low.endswith(NEUTER_O_ENDINGS)


def _hyphenated_form(word: str, case: str, gender: str | None, number: str, spoken: bool = False) -> str:
    """One hyphenated word in ``case``; ``spoken``: its first part left as it is, as often said and written
    ("в Ленинск-Кузнецком", "из Петропавловск-Камчатского" beside "в Ленинске-Кузнецком")."""
    parts = word.split("-")
    out, inflecting = [], True
    for part in parts:
        parse = best_parse(normalize_word(part))
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
    if (gender := _hyphen_adjective_gender(words)) is not None:
        return gender, "sing"
    plural = _plural_adjectives(words)  # "Богатые Сабы": plural, though «сабы» reads as «Саба»'s genitive
    for word in words:
        parse = best_parse(normalize_word(word.split("-")[0]))
        if parse.tag.POS == "NOUN":
            return parse.tag.gender, "plur" if plural else parse.tag.number or "sing"
    first = best_parse(normalize_word(words[0]))
    return (first.tag.gender or "masc"), (first.tag.number or "sing")


def _hyphen_adjective_gender(words: list[str]) -> str | None:
    """The gender of a one-word hyphenated name ending in a singular adjective, as its nominative ending says
    (``ADJECTIVE_GENDER_ENDINGS``), or None: the adjective agrees with the name, not with a first part that is a noun
    of another gender (session 48: «усть», a feminine noun, made "в Усть-Ордынской" of Усть-Ордынский, and "в
    Усть-Ордынском", "из Усть-Ордынского" were no keys).

    >>> _hyphen_adjective_gender(["Усть-Ордынский"]), _hyphen_adjective_gender(["Усть-Катав"])
    ('masc', None)
    """
    if len(words) != 1 or "-" not in words[0]:
        return None
    last = normalize_word(words[0].rsplit("-", 1)[1])
    gender = ADJECTIVE_GENDER_ENDINGS.get(last[-2:])
    if gender is None:
        return None
    adjective = any(p.tag.POS == "ADJF" and {gender, "sing", "nomn"} in p.tag for p in morph().parse(last))
    return gender if adjective else None


def _plural_adjectives(words: list[str]) -> bool:
    """The words before a longer name's last are adjectives in the plural nominative ("Богатые", "Верхние"), so the
    name is plural whatever its last word reads as.

    >>> _plural_adjectives(["Богатые", "Сабы"]), _plural_adjectives(["Новый", "Уренгой"]), _plural_adjectives(["Сабы"])
    (True, False, False)
    """
    return len(words) > 1 and all(
        normalize_word(word).endswith(("ие", "ые"))
        and any(p.tag.POS in ADJECTIVES and {"plur", "nomn"} in p.tag for p in morph().parse(normalize_word(word)))
        for word in words[:-1]
    )


def _oblique_only(low: str) -> bool:
    """pymorphy3 reads ``low`` in no nominative, only as an oblique case ("сабы": «Саба»'s genitive).

    >>> _oblique_only("сабы"), _oblique_only("луки"), _oblique_only("кайбицы")
    (True, False, False)
    """
    parses = morph().parse(low)
    return bool(parses) and all(p.tag.case not in (None, "nomn") for p in parses)


def case_forms(name: str) -> set[str]:
    """All case forms of a place name, as index keys.

    >>> "новом уренгое" in case_forms("Новый Уренгой")
    True
    >>> "надыме" in case_forms("Надым"), "туймазов" in case_forms("Туймазы")
    (True, True)
    >>> sorted(case_forms("Ленинск-Кузнецкий") & {"ленинск кузнецком", "ленинске кузнецком"})
    ['ленинск кузнецком', 'ленинске кузнецком']
    """
    words = name.split()
    if _genitive_first(words):  # "в Петра Дубраве": Пётр's; only the noun after the given name declines, as it should,
        # and both words, as writers who read the first as a name of its own may decline it ("в Петре Дубраве")
        first = normalize_word(words[0])
        return {f"{first} {key}" for key in case_forms(" ".join(words[1:]))} | _declined_forms(name, words)
    return _declined_forms(name, words)


def _declined_forms(name: str, words: list[str]) -> set[str]:
    """``case_forms`` of ``name`` (its ``words``), every word declined with the name's head."""
    gender, number = _head(words)
    forms = {phrase_key(name)}
    low = normalize_word(name)
    if (
        len(words) == 1
        and low.endswith(("и", "ы"))
        and ("Fixd" in best_parse(low).tag or not best_parse(low).is_known or _short_adjective(low))
    ):
        # indeclinable plural-looking names are declined in speech: "в Лабытнангах"; so is one pymorphy3 reads first
        # as a short adjective's plural ("Шатки": "шаткий"; session 28: "в Шатках"); a soft stem's as a soft noun's
        # too (session 57: "в Балтасях" as "в Ковалях"; ``_plural_endings``), its hard forms kept ("в Балтасах" is
        # written too; review s57)
        endings = _plural_endings(low)
        forms.update(low[:-1] + ending for ending in ("ах", "ам", "ами"))
        forms.update(low[:-1] + ending for case in ("loct", "datv", "ablt") for ending in endings[case])
        # and a short adjective's, which declines as a plural noun, its genitive too where the dictionary knows no word
        # of that form (session 29: "из Шатков"; an indeclinable name keeps its own: no "лабытнангов")
        genitive = low[:-1] + ("ей" if low[-2] in HUSHING else "ов")
        if _short_adjective(low) and not any(p.is_known for p in morph().parse(genitive)):
            forms.add(genitive)
    if len(words) == 1:  # a plural-only place pymorphy3 knows behind a likelier reading ("Туймазы": an indeclinable
        # singular first): its plural case forms too ("коммунальщикам Туймазов")
        forms.update(phrase_key(form) for form in _plural_place_forms(low))
    declined = _unknown_noun_forms(words) | _fleeting_vowel_forms(words) | _unknown_feminine_forms(words)
    declined |= _soft_sign_forms(words)
    declined |= _hyphenated_noun_forms(words) | _plural_pair_forms(words, number) | _adjective_pair_forms(words)
    declined |= _spaced_noun_forms(words)  # "в Цаган Амане"
    declined |= _unknown_adjective_forms(words)  # "в Ильском"
    forms.update(phrase_key(form) for form in declined)  # "али юрте" of "Али-Юрт"
    if len(words) > 1 and _oblique_only(normalize_word(words[-1])) and (pair := _plural_pair_forms(words, number)):
        # a plural name whose last word pymorphy3 reads only as a singular's oblique case: its plural forms alone
        # (session 38: "в Богатых Сабах"; «сабы» of «Саба» gave "богатой сабе")
        return forms | pair
    # a literary form that is a surname's is left out of a one-word name only; a longer name has both its undeclined
    # and its literary forms ("в Верхнем Дуброво", "в Верхнем Дуброве")
    guards = (True,) if len(words) == 1 else (True, False)
    if len(words) == 1 and (plural := _oblique_plural_forms(low)):
        # a plural-only name pymorphy3 reads only as a singular's oblique case (session 31: "Олонки" as «Олонка»'s
        # genitive gave "олонку", "олонке": «через Олонку» named the village); its plural forms alone
        return forms | plural
    if len(words) == 1 and no_nominative(low):
        # another word's forms, not the name's (session 30: "болгары", "болгарах" of «болгарин» were Болгар's keys);
        # the name declines as an unknown noun does, above
        return forms | _possessive_forms(words, gender, number)
    for case, spoken, literary, alone in product((*CASES, LOCATIVE_2), (False, True), (False, True), guards):
        out, inflecting = [], True
        for word in words:
            if normalize_word(word) in PREPOSITIONS:
                inflecting = False
            if not inflecting:
                out.append(normalize_word(word))
            elif "-" in word:
                out.append(_hyphenated_form(word, case, gender, number, spoken))
            elif out and (noun := _noun_reading(normalize_word(word))) is not None:  # "в Красном Яру"
                out.append(_noun_form(noun, case, normalize_word(word)))
            else:
                out.append(_word_form(word, case, gender, number, literary, alone))
        forms.add(phrase_key(" ".join(out)))
    forms.update(_possessive_forms(words, gender, number))
    return forms


def _unknown_adjective_forms(words: list[str]) -> set[str]:
    """A one-word name that ends as an adjective pymorphy3 does not read it to be (it lacks the word and guesses a
    noun: "Ильский", "Афипский") declines by the adjective's own endings (walkthrough s71: "в пгт Ильском", "в
    Афипском" were no keys). A known adjective's forms are pymorphy3's ("Советский").

    >>> sorted(_unknown_adjective_forms(["Ильский"])), _unknown_adjective_forms(["Советский"])
    (['ильским', 'ильского', 'ильском', 'ильскому'], set())
    """
    low = normalize_word(words[0])
    ending = next((e for e in ADJECTIVE_NAME_ENDINGS if low.endswith(e)), None)
    if len(words) > 1 or ending is None or len(low) < len(ending) + 3 or best_parse(low).tag.POS in ADJECTIVES:
        return set()
    stem = low[: -len(ending)] + ending[:-2]
    soft = stem[-1:] in SOFT_INSTRUMENTAL_AFTER
    return {stem + ("им" if soft and case == "ым" else case) for case in ADJECTIVE_NAME_ENDINGS[ending]}


def _genitive_first(words: list[str]) -> bool:
    """A name of two words whose first pymorphy3 reads first as a given name's (or a patronymic's) genitive singular
    and whose second as a noun in the nominative: a place named after a person, whose first word stays as it is in
    every case ("Петра Дубрава": «в Петра Дубраве», «из Петра Дубравы»; session 39: the first word was declined as
    the feminine name Петра, "в петре дубраве", and «в Петра Дубраве» was no key). Not a surname's possessive form,
    which agrees ("Зубова Поляна": «в Зубовой Поляне»), nor a plural genitive ("Гаврилов Посад").

    >>> _genitive_first(["Петра", "Дубрава"]), _genitive_first(["Полины", "Осипенко"])
    (True, True)
    >>> [_genitive_first(pair) for pair in (["Зубова", "Поляна"], ["Гаврилов", "Посад"], ["Льва", "Толстого"])]
    [False, False, False]
    """
    if len(words) != 2 or "-" in words[0]:
        return False
    first = morph().parse(normalize_word(words[0]))[0]
    if not ({"Name", "gent", "sing"} in first.tag or {"Patr", "gent", "sing"} in first.tag):
        return False
    second = best_parse(normalize_word(words[1]))
    return second.tag.POS == "NOUN" and second.tag.case == "nomn"


def _soft_sign_forms(words: list[str]) -> set[str]:
    """Both declensions of a one-word name in a consonant and ь, the feminine's ("Сызрань": «в Сызрани», «Сызранью»)
    and the masculine's ("Кинель": «Кинеля», «Кинелю», «Кинелем», «в Кинеле»), where the name is no common word.

    Its form does not say its gender, and pymorphy3 gives one way only: its dictionary's, which errs on some names
    (Кинель of Самарская область, masculine as the river Большой Кинель, is feminine to it, and so to vnau's forms
    made from it: "Кинеля" was no key; session 39), or a guess for a name it lacks (Тигиль, Хороль, Чалтырь:
    masculine, guessed feminine). Writers who do not know a name's own way use either ("в Тюмене", "в Суздали"), as
    for a fleeting vowel (``_fleeting_vowel_forms``). A form pymorphy3 knows as another word is left out ("казане":
    a cauldron's), as are the masculine forms after a hushing consonant (Керчь, Россошь: no masculine noun ends so)
    and names of under five letters (Обь, Кемь: "оба", "кему" are words or near them).

    >>> sorted(_soft_sign_forms(["Кинель"]))
    ['кинеле', 'кинелем', 'кинели', 'кинелью', 'кинелю', 'кинеля']
    >>> sorted(_soft_sign_forms(["Казань"])), sorted(_soft_sign_forms(["Керчь"]))
    (['казанем', 'казани', 'казанью', 'казаню', 'казаня'], ['керчи', 'керчью'])
    >>> _soft_sign_forms(["Строитель"]), _soft_sign_forms(["Обь"]), _soft_sign_forms(["Надым"])
    (set(), set(), set())
    """
    low = normalize_word(words[0])
    if len(words) > 1 or "-" in low or len(low) < 5 or not low.endswith("ь") or low[-2] not in CONSONANTS:
        return set()
    parse = best_parse(low)
    if parse.is_known and "Geox" not in parse.tag:
        return set()  # a word's own declension ("Строитель", "Гавань")
    stem = low[:-1]
    found = {stem + "и", stem + "ью"}
    if low[-2] not in HUSHING:
        found.update(stem + ending for ending in ("я", "ю", "ем", "е"))
    return {form for form in found if not any(p.is_known and "Geox" not in p.tag for p in morph().parse(form))}


def _noun_reading(low: str) -> Any:
    """The known masculine or feminine noun reading of a later word of a longer name that pymorphy3 reads first as a
    short adjective ("Яр": «ярый»), so that the name declines as an adjective and its noun (session 29: "в Красном
    Яру", "из Белого Яра"; the noun was left as it is: "в Красном Яр"); None for any other word.

    >>> _noun_reading("яр").normal_form, _noun_reading("лог"), _noun_reading("шатки")
    ('яр', None, None)
    """
    parses = morph().parse(low)
    if parses[0].tag.POS != "ADJS":
        return None
    nouns = [
        p
        for p in parses
        if p.is_known and p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" and p.word == low
    ]
    return nouns[0] if nouns else None


@lru_cache(maxsize=4096)
def noun_reading_form(key: str) -> bool:
    """``key``, a later word of a longer name, is an oblique case of the noun reading ``case_forms`` gives a word
    pymorphy3 reads first as a short adjective ("яру", "яра" of "яр"): a form that needs a capital, as a common word's
    does (review of 4d0cf7f: lower-case "на красном яру оврага" is no Красный Яр); the name's own word ("яр") is not.

    >>> noun_reading_form("яру"), noun_reading_form("яр"), noun_reading_form("городе")
    (True, False, False)
    """
    return any(
        p.is_known and p.tag.POS == "NOUN" and p.normal_form != key and _noun_reading(p.normal_form) is not None
        for p in morph().parse(key)
    )


def _noun_form(parse: Any, case: str, low: str) -> str:
    """``parse``'s noun in ``case`` (its second locative where it has one: "яру"), or ``low`` if none."""
    if case == LOCATIVE_2:
        return _inflect(parse, {LOCATIVE_2, "sing"}, _inflect(parse, {"loct", "sing"}, low))
    return _inflect(parse, {case, "sing"}, low)


def _plural_pair_forms(words: list[str], number: str) -> set[str]:
    """A plural name of adjectives and a last word that pymorphy3 leaves as it is (it does not know it, or reads it as
    indeclinable or as a short adjective), declined as a plural noun in -ы, -и with its adjectives, as a one-word
    one is ("в Лабытнангах"): session 29, "в Верхних Татышлах", "из Больших Вязём" (before, "в верхних татышлы").
    The genitive both with no ending and in -ов (-ей after a hushing consonant): names differ, writers too.

    >>> sorted(_plural_pair_forms(["Верхние", "Татышлы"], "plur"))[:3]
    ['верхним татышлам', 'верхними татышлами', 'верхних татышл']
    >>> _plural_pair_forms(["Великие", "Луки"], "plur"), _plural_pair_forms(["Новый", "Уренгой"], "sing")
    (set(), set())
    """
    if len(words) < 2 or number != "plur" or "-" in words[-1]:
        return set()
    if not all(normalize_word(word).endswith(("ие", "ые")) for word in words[:-1]):
        return set()  # adjectives in the plural before it only
    last = normalize_word(words[-1])
    if len(last) < 4 or not last.endswith(("и", "ы")) or not (last[-2] in CONSONANTS or last[-2] in VOWELS):
        return set()
    if _word_form(words[-1], "loct", None, "plur") != last and not _oblique_only(last) and not _surname_plural(last):
        return set()  # pymorphy3 declines it ("Луки": "луках")
    stem = last[:-1]
    out = set()
    for case, ends in _plural_endings(last).items():
        before = [_word_form(word, case, None, "plur") for word in words[:-1]]
        if any(" " in form for form in before):
            continue
        out.update(" ".join([*before, stem + end]) for end in ends)
    return out


#: a singular adjective's nominative ending → its gender: the gender it gives a two-word name ("Большая Мурта":
#: feminine; ``_adjective_pair_forms``), or the street's word it fits ("наугорское шоссе": ``context``)
ADJECTIVE_GENDER_ENDINGS = {
    "ый": "masc", "ий": "masc", "ой": "masc", "ая": "femn", "яя": "femn", "ое": "neut", "ее": "neut",
}


def _adjective_pair_forms(words: list[str]) -> set[str]:
    """A two-word name of a singular adjective and a noun, the noun declined in the adjective's gender and the
    adjective in every reading pymorphy3 has of it (session 46: "в Большой Мурте", "из Большой Мурты", "в Большом
    Улуе", "в Большой Ирбе"). pymorphy3 read «большая» as «больший» ("большей ирбе") and took the name's gender
    from the noun's first reading, a masculine genitive for «мурта» (so "большем мурте"), a verb for «улуй», a short
    adjective for «соснова» (left as it is: "большей соснова"); the adjective says the gender. A noun pymorphy3 knows
    in that gender's nominative singular declines as that noun; an unknown one in -а, -я after a consonant as a
    feminine noun, in a consonant or -й as a masculine one; any other is left to ``case_forms``. A noun's form that
    is also an ordinary word's (``_common_word``) after an adjective's form the dictionary knows gives no form: "в
    большой сосновой роще", "у большой речки" are no Большая Соснова, Большая Речка (session 46 review); "в
    Осыпном Бугре" stays, «осыпной» being no dictionary word. Those forms are ``title_phrase_forms``, posted at a
    level that wants a capital on each word (session 47: "в Большой Речке").

    >>> sorted(_adjective_pair_forms(["Большая", "Мурта"]))[:4]
    ['большей мурте', 'большей муртой', 'большей мурты', 'большой мурте']
    >>> sorted(_adjective_pair_forms(["Большой", "Улуй"]))
    ['большим улуем', 'большого улуя', 'большом улуе', 'большому улую']
    >>> _adjective_pair_forms(["Новый", "Уренгой"]) >= {"новом уренгое"}, _adjective_pair_forms(["Тазовский"])
    (True, set())
    >>> sorted(_adjective_pair_forms(["Большая", "Соснова"]) & {"большой соснове", "большой сосновой"})
    ['большой соснове']
    >>> "новой тырницы" in _adjective_pair_forms(["Новая", "Тырница"]), _adjective_pair_forms(["Большая", "Речка"])
    (True, set())
    >>> sorted(_adjective_pair_forms(["Осыпной", "Бугор"]))
    ['осыпного бугра', 'осыпном бугре', 'осыпному бугру', 'осыпным бугром']
    """
    return _adjective_pair_split(words)[0]


def title_phrase_forms(name: str) -> set[str]:
    """The forms ``_adjective_pair_forms`` leaves out of a two-word name, two dictionary words that are an ordinary
    phrase in lower case ("у большой речки мусор"), which a capital on each word makes the place's ("в Большой Речке
    нет света"; session 47): posted at ``forms.TITLE_PHRASE`` where no other form of the name has the key.

    >>> sorted(title_phrase_forms("Большая Речка"))
    ['большой речке', 'большой речки', 'большой речкой']
    >>> title_phrase_forms("Большая Мурта"), title_phrase_forms("Красноярск"), title_phrase_forms("Зеленый Бор")
    (set(), set(), set())
    """
    keys = {phrase_key(form) for form in _adjective_pair_split(name.split())[1]}
    return keys - case_forms(name)  # "зелёном боре" is Зеленый Бор's "зеленом боре" already


def _adjective_pair_split(words: list[str]) -> tuple[set[str], set[str]]:
    """``_adjective_pair_forms`` (first) and the forms of two dictionary words it leaves out (second)."""
    if len(words) != 2 or "-" in words[0] + words[1]:
        return set(), set()
    first, noun = normalize_word(words[0]), normalize_word(words[1])
    gender = ADJECTIVE_GENDER_ENDINGS.get(first[-2:])
    if gender not in ("femn", "masc") or len(noun) < 3:
        return set(), set()
    adjectives = [p for p in morph().parse(first) if p.tag.POS == "ADJF" and {gender, "sing", "nomn"} in p.tag]
    if not adjectives:
        return set(), set()
    parse = best_parse(noun)
    if parse.is_known and parse.tag.POS == "NOUN" and {gender, "sing", "nomn"} in parse.tag:
        # a masculine name's accusative is its nominative, and the adjective's would be an animate noun's ("большого")
        cases = [case for case in CASES[1:] if gender == "femn" or case != "accs"]
        nouns = {case: _inflect(parse, {case, "sing"}, noun) for case in cases}
    elif gender == "femn" and noun[-2] in CONSONANTS:
        nouns = _feminine_case_forms(noun)
    elif gender == "masc" and (noun[-1] == "й" or noun[-1] in CONSONANTS):
        nouns = _masculine_case_forms(noun.removesuffix("й"), noun)
    else:
        return set(), set()
    out: tuple[set[str], set[str]] = (set(), set())
    for case, form in nouns.items():
        common = _common_word(form)
        for adjective in {_inflect(p, {case, gender, "sing"}, first) for p in adjectives}:
            # two dictionary words are an ordinary phrase ("в большой сосновой роще", "у большой речки"), not the
            # place; an adjective pymorphy3 does not know keeps it a name ("в Осыпном Бугре")
            out[common and morph().word_is_known(adjective)].add(f"{adjective} {form}")
    return out


def _common_word(low: str) -> bool:
    """pymorphy3 knows ``low`` as a full adjective's form or a noun's that names no person or place ("сосновой",
    "речки"; not "мурте", "улуе").

    >>> [_common_word(w) for w in ("сосновой", "речки", "мурте", "улуе")]
    [True, True, False, False]
    """
    names = {"Name", "Surn", "Patr", "Geox"}
    return any(
        p.is_known and (p.tag.POS in ADJECTIVES or (p.tag.POS == "NOUN" and not names & p.tag.grammemes))
        for p in morph().parse(low)
    )


def _surname_plural(low: str) -> bool:
    """pymorphy3 reads ``low`` first as a surname's plural ("бурасы": the Бурасы family), whose genitive in -ов
    ("Бурасов") is no place's only one ("из Новых Бурас"; session 38).

    >>> _surname_plural("бурасы"), _surname_plural("луки")
    (True, False)
    """
    parse = morph().parse(low)[0]
    return "Surn" in parse.tag and parse.tag.number == "plur"


def _oblique_plural_forms(low: str) -> set[str]:
    """The plural case forms of a one-word name in -и, -ы that pymorphy3 reads in no nominative, only as an oblique
    case of a singular (its own guess of a place «Олонка», «Бежаница»): such a name is plural-only, as the villages
    Олонки, Бежаницы, Речицы, Бреды, Манилы are ("в Олонках", "из Олонок", "в Бежаницах"), and its singular's forms
    ("олонку", "олонке") name another place or none (session 31). The genitive of a feminine singular's plural has
    no ending, with a fleeting «о» after a consonant and «к» ("Олонок", as "Горок", "Химок").

    >>> sorted(_oblique_plural_forms("олонки")), sorted(_oblique_plural_forms("бежаницы"))[:2]
    (['олонкам', 'олонками', 'олонках', 'олонок'], ['бежаниц', 'бежаницам'])
    >>> _oblique_plural_forms("химки"), _oblique_plural_forms("горки"), _oblique_plural_forms("надым")
    (set(), set(), set())
    """
    if " " in low or "-" in low or len(low) < 4 or not low.endswith(("и", "ы")) or low[-2] not in CONSONANTS:
        return set()
    parses = morph().parse(low)
    if not parses or any(p.tag.case in (None, "nomn") for p in parses):
        return set()
    stem, endings = low[:-1], _plural_endings(low)
    if all("femn" in p.tag for p in parses):  # «олонка»: "олонок", «бежаница»: "бежаниц"
        fleeting = stem[-1] == "к" and stem[-2] in CONSONANTS
        endings["gent"] = ("",) if not fleeting else ()
        stem_genitive = {stem[:-1] + "ок"} if fleeting else set()
    else:
        stem_genitive = set()
    return {stem + end for ends in endings.values() for end in ends} | stem_genitive


def _plural_endings(last: str) -> dict[str, tuple[str, ...]]:
    """The oblique endings of a plural noun in -и, -ы after a consonant, by case: soft ("Ковали": -ях, -ям, -ями,
    -ей) or hard; the genitive with no ending and in -ов (-ей after ж, ч, ш; -ев or none after ц; none after щ), as
    names and their writers differ.

    >>> _plural_endings("тальцы")["gent"], _plural_endings("ковали")["loct"]
    (('ев', ''), ('ях',))
    """
    stem = last[:-1]
    if stem[-1] in VOWELS:  # a stem in й: "в Красных Четаях", "из Красных Четаев" (session 38)
        return {"loct": ("ях",), "datv": ("ям",), "ablt": ("ями",), "gent": ("ев",)}
    if last.endswith("и") and stem[-1] not in HUSHING + "гкх":  # a soft stem: "в Песчаных Ковалях", "Ковалей"
        return {"loct": ("ях",), "datv": ("ям",), "ablt": ("ями",), "gent": ("ей",)}
    # -ей after ж, ч, ш only; after ц -ев or none ("Нижних Тальцев", "Больших Кайбиц"), after щ none ("Больших
    # Ключищ"; review of 4d0cf7f: no "кайбицей", "ключищей")
    genitive = {"ж": ("ей", ""), "ч": ("ей", ""), "ш": ("ей", ""), "ц": ("ев", ""), "щ": ("",)}
    return {"loct": ("ах",), "datv": ("ам",), "ablt": ("ами",), "gent": genitive.get(stem[-1], ("ов", ""))}


def _plural_place_forms(low: str) -> set[str]:
    """The plural case forms of ``low`` read as a plural-only place name (pymorphy3's Geox Pltm nominative), if any.

    >>> sorted(_plural_place_forms("туймазы"))[:3], _plural_place_forms("надым")
    (['туймазам', 'туймазами', 'туймазах'], set())
    """
    out = set()
    for parse in morph().parse(low):
        if {"Geox", "Pltm", "nomn"} in parse.tag and parse.word == low:
            out.update(normalize_word(f.word) for case in CASES if (f := parse.inflect({case, "plur"})) is not None)
    return out


def _unknown_noun_forms(words: list[str]) -> set[str]:
    """A one-word name ending in a consonant that pymorphy3 declines as no noun or adjective declines as a masculine
    noun, as "Надым" does: one it lacks and guesses none of ("Энем": a short adjective) or guesses an indeclinable
    abbreviation ("Смидович"), or one it knows only as another part of speech ("Чермен": a short adjective of
    "чермный", "Видим": a verb), which no place name is.

    >>> sorted(_unknown_noun_forms(["Энем"])), sorted(_unknown_noun_forms(["Чермен"])), _unknown_noun_forms(["Надым"])
    (['энема', 'энеме', 'энемом', 'энему'], ['чермена', 'чермене', 'черменом', 'чермену'], set())

    So does one it reads in no nominative (``no_nominative``: "Болгар", «болгарин»'s genitive plural; session 30:
    "в Болгаре" was no key, "болгарах" was), and one in -й so read declines as "Кадуй" ("в Кадуе").

    >>> sorted(_unknown_noun_forms(["Болгар"])), sorted(_unknown_noun_forms(["Кадуй"]))
    (['болгара', 'болгаре', 'болгаром', 'болгару'], ['кадуе', 'кадуем', 'кадую', 'кадуя'])
    """
    low = normalize_word(words[0])
    parse = best_parse(low)
    declined = parse.tag.POS in ADJECTIVES | {"NOUN"} and (parse.is_known or "Fixd" not in parse.tag)
    if len(words) == 1 and low.endswith("й") and no_nominative(low):  # "Кадуй": "в Кадуе", "Кулой": "в Кулое"
        return _masculine_forms(low[:-1], low)
    if len(words) > 1 or low[-1:] not in CONSONANTS or (declined and not no_nominative(low)):
        return set()
    return _masculine_forms(low, low)


#: the parts of speech that name no place in any case: a verb's forms ("Кадуй"), a gerund ("Тужа", "Шаля")
VERB_FORMS = frozenset({"VERB", "INFN", "GRND"})
#: endings of a name in a consonant or -й that declines as an adjective ("Полевской", "Инской": a feminine adjective's
#: oblique case to pymorphy3) or not at all ("Смирных")
ADJECTIVE_CONSONANT_ENDINGS = ("ий", "ый", "ской", "цкой", "их", "ых")


@lru_cache(maxsize=4096)
def no_nominative(low: str) -> bool:
    """pymorphy3 reads the one-word name ``low``, in a consonant or -й, in no nominative: only as an oblique case of
    another word ("болгар": «болгарин»'s genitive plural; "ныроб", "посьет", "чокурдах", "мокшан") or as a verb's form
    ("кадуй", "белев"), so its case forms are that word's ("болгары", "болгарах"), not the name's (session 30). Not
    an adjective's («Полевской») nor a genitive plural that names people, the name's own form ("Металлургов",
    "Искателей": a settlement «of the metallurgists»).

    >>> no_nominative("болгар"), no_nominative("кадуй"), no_nominative("надым"), no_nominative("смирных")
    (True, True, False, False)
    >>> no_nominative("полевской"), no_nominative("металлургов"), no_nominative("тельмана"), no_nominative("туймазы")
    (False, False, False, False)
    """
    if " " in low or "-" in low or len(low) < 3 or low[-1] not in CONSONANTS + "й":
        return False
    if low.endswith(ADJECTIVE_CONSONANT_ENDINGS):
        return False
    parses = morph().parse(low)
    if low.endswith(("ов", "ев", "ей")) and any(p.is_known and {"plur", "gent"} in p.tag for p in parses):
        return False
    cased = [p for p in parses if p.tag.case is not None]
    verbs = [p for p in parses if p.tag.POS in VERB_FORMS]
    return bool(parses) and len(cased) + len(verbs) == len(parses) and all(p.tag.case != "nomn" for p in cased)


def _unknown_feminine_forms(words: list[str]) -> set[str]:
    """A one-word name in -а that pymorphy3 does not know and reads first as no feminine noun (Полазна: a short
    adjective; Юрла: a neuter noun's genitive; Мотовилиха: a neuter noun's plural, a feminine noun only among its later
    guesses, which the case forms do not follow) declines as a feminine noun in -а: Полазны, Полазне, Полазну,
    Полазной.

    >>> sorted(_unknown_feminine_forms(["Мотовилиха"])), _unknown_feminine_forms(["Гайва"])
    (['мотовилихе', 'мотовилихи', 'мотовилихой', 'мотовилиху'], set())

    A three-letter one too (Ола: "в Оле", "из Олы"; session 22: only names of four letters or more were declined).

    >>> sorted(_unknown_feminine_forms(["Ола"]))
    ['оле', 'олой', 'олу', 'олы']

    A name in -я after a consonant that pymorphy3 reads first as no feminine noun, known or not (Шаля: a gerund; Кемля,
    Песочня: a guessed masculine genitive) declines as a feminine noun in -я: Шали, Шале, Шалю, Шалей.

    >>> sorted(_unknown_feminine_forms(["Шаля"])), _unknown_feminine_forms(["Земля"])
    (['шале', 'шалей', 'шали', 'шалю'], set())
    """
    low = normalize_word(words[0])
    if len(words) > 1 or len(low) < 3 or not low.endswith(("а", "я")) or low[-2] in VOWELS:
        return set()
    first = morph().parse(low)[0]
    if first.tag.POS == "NOUN" and "femn" in first.tag and first.tag.case == "nomn":
        return set()
    if low.endswith("я"):  # "Шаля" (a gerund to pymorphy3), "Кемля" (a guessed genitive): в Шале, из Шали
        return set() if first.tag.POS in ADJECTIVES else _feminine_forms(low)
    # a short adjective pymorphy3 knows ("Пильна": "пильный"; session 28) declines as a feminine noun too, and since
    # session 30 one it knows as a verb's form only ("Тужа", a gerund: "в Туже", as "в Шале")
    known = first.is_known and first.tag.POS != "ADJS" and not all(p.tag.POS in VERB_FORMS for p in morph().parse(low))
    return set() if known else _feminine_forms(low)


def guessed_surname_forms(name: str) -> set[str]:
    """The literary forms of a one-word name in -ово, -ино that pymorphy3 guesses, not knows, to be a surname's
    ("смолячкова", "аскине"): ``case_forms`` keeps them, the builder posts them at a surname's level (a capital after a
    preposition of place, "из Смолячкова"), as it does a known surname's form: a street named after a person is written
    in lower case too ("улицы смолячкова", session 28).

    >>> sorted(guessed_surname_forms("Аскино")), guessed_surname_forms("Захарово"), guessed_surname_forms("Урень")
    (['аскина', 'аскине', 'аскину'], set(), set())
    """
    low = normalize_word(name)
    if len(name.split()) != 1 or "-" in name or not _neuter_o(low, best_parse(low)):
        return set()
    found = {low[:-1] + ending for ending in NEUTER_O_CASE_ENDINGS.values()}
    return {f for f in found if not _surname(f) and any("Surn" in p.tag for p in morph().parse(f))}


#: the prepositions a short adjective's plural genitive in -ов, -ев counts after ("из Шатков"); alone it is as likely a
#: surname's nominative ("Сосед Шатков шумит", "Иван Шатков, нет воды"; review of 4d0cf7f)
PLURAL_GENITIVE_AFTER = frozenset({"из", "от", "до", "около", "возле", "у", "для", "без"})


def surname_like_genitive(name: str, key: str) -> bool:
    """``key`` is the plural genitive in -ов, -ев that ``case_forms`` adds to a one-word name pymorphy3 reads first as
    a short adjective's plural ("Шатки": "шатков"), a form that reads as a surname's nominative.

    >>> surname_like_genitive("Шатки", "шатков"), surname_like_genitive("Шатки", "шатках")
    (True, False)
    """
    low = normalize_word(name)
    if " " in low or not low.endswith(("и", "ы")) or not key.endswith(("ов", "ев")) or key[:-2] != low[:-1]:
        return False
    return _short_adjective(low)


def _short_adjective(low: str) -> bool:
    """pymorphy3 reads ``low`` first as a short adjective, a form no place name declines as ("шатки", "пильна").

    >>> _short_adjective("шатки"), _short_adjective("починки"), _short_adjective("лабытнанги")
    (True, False, False)
    """
    return morph().parse(low)[0].tag.POS == "ADJS"


def centre_locatives(name: str) -> set[str]:
    """The literary locative of a one-word name in -ово, -ино that ``case_forms`` leaves out as a surname's form ("в
    Варнавине", "в Медведеве"). The builder posts it for a municipality's centre only (session 28), not its namesakes,
    and as a name that counts in the centre's own region only (``forms.LOCAL_NAME``, review of de9ef3f: a capital
    after a preposition of place, or lower case after «в», «во», «из»): "в Медведеве" with region 12 is Медведево,
    with no region or another a person's («разочаровался в Медведеве») as likely; "у Захарова" is a person's anywhere.

    >>> sorted(centre_locatives("Варнавино")), centre_locatives("Большое Болдино"), centre_locatives("Урень")
    (['варнавине'], set(), set())
    """
    words = name.split()
    if len(words) != 1 or "-" in name or not normalize_word(name).endswith(NEUTER_O_ENDINGS):
        return set()
    found = {_word_form(name, case, "neut", "sing", literary=True, alone=False) for case in ("loct", LOCATIVE_2)}
    return found - case_forms(name)


def _feminine_forms(low: str) -> set[str]:
    """The oblique case forms of a feminine noun in -а or -я after a consonant ("полазна", "шаля"), or none."""
    return set(_feminine_case_forms(low).values())


def _feminine_case_forms(low: str) -> dict[str, str]:
    """``_feminine_forms`` by case.

    >>> _feminine_case_forms("тырница")["gent"], _feminine_case_forms("мотовилиха")["gent"], _feminine_case_forms("уа")
    ('тырницы', 'мотовилихи', {})
    """
    if len(low) < 3 or not low.endswith(("а", "я")) or low[-2] in VOWELS:
        return {}
    stem = low[:-1]
    return {
        case: stem + ("и" if case == "gent" and stem[-1] in SOFT_GENITIVE_AFTER else ending)
        for case, ending in FEMININE_ENDINGS[low[-1]]
    }


def _spaced_noun_forms(words: list[str]) -> set[str]:
    """A two-word name whose first word pymorphy3 does not know, written apart as a hyphenated one's parts are
    (Калмыкия's «Цаган Аман», also written «Цаган-Аман»): its last word declines as the hyphenated name's does, the
    first left as it is ("в Цаган Амане"; blind71: only "в цагане амане", each word declined, was a key).

    >>> sorted(_spaced_noun_forms(["Цаган", "Аман"]))
    ['цаган амана', 'цаган амане', 'цаган аманом', 'цаган аману']
    >>> _spaced_noun_forms(["Большая", "Речка"]), _spaced_noun_forms(["Улан-Удэ"])
    (set(), set())
    """
    if len(words) != 2 or any("-" in word for word in words) or best_parse(normalize_word(words[0])).is_known:
        return set()
    return {phrase_key(form) for form in _hyphenated_noun_forms(["-".join(words)])}


def _hyphenated_noun_forms(words: list[str]) -> set[str]:
    """A one-word hyphenated name whose declining part pymorphy3 knows as no place declines that part as a one-word
    name would, the parts before it left as they are: "в Сарыг-Сепе", "в Каа-Хеме", "в Усть-Куте", "в Урус-Мартане",
    "в Йошкар-Оле". The declining part is the last one, or in an «X-на-Y» name the one before the preposition ("в
    Калаче-на-Дону"). ``_hyphenated_form`` declines a part only if pymorphy3 reads it as a place's name (Мансийск,
    Агач) or as an adjective after the first part (Гусь-Хрустальный); indeclinable-looking ends stay (Улан-Удэ, Тарко-
    Сале, Мартан-Чу). A part pymorphy3 knows as a noun in the nominative singular declines as that noun
    ("Камень-Рыболов": "в Камень-Рыболове"); one it does not know, or knows only in another case or number ("Мар": a
    genitive plural of «мара»), as an unknown one-word name: a consonant as a masculine noun ("в Нарьян-Маре"), -а, -я
    after a consonant as a feminine one.

    >>> sorted(_hyphenated_noun_forms(["Сарыг-Сеп"]))
    ['сарыг-сепа', 'сарыг-сепе', 'сарыг-сепом', 'сарыг-сепу']
    >>> sorted(_hyphenated_noun_forms(["Йошкар-Ола"]))
    ['йошкар-оле', 'йошкар-олой', 'йошкар-олу', 'йошкар-олы']
    >>> sorted(_hyphenated_noun_forms(["Калач-на-Дону"]))
    ['калача-на-дону', 'калаче-на-дону', 'калачом-на-дону', 'калачу-на-дону']
    >>> [_hyphenated_noun_forms([name]) for name in ("Улан-Удэ", "Тарко-Сале", "Ханты-Мансийск")]
    [set(), set(), set()]
    """
    if len(words) > 1 or "-" not in words[0]:
        return set()
    parts = normalize_word(words[0]).split("-")
    at = next((k - 1 for k, part in enumerate(parts) if part in PREPOSITIONS), len(parts) - 1)
    if at < 0 or (at == 0 and len(parts) < 3):
        return set()
    part = parts[at]
    parse = best_parse(part)
    # a two-letter part in a consonant declines too (session 29: "в Пыть-Яхе"; «ях» is a name's plural to pymorphy3)
    # but not one that is a common noun's form («Ям»: «яма»'s genitive plural, "Гаврилов-Ям" keeps its own forms)
    short = len(part) < 2 or (len(part) == 2 and (part[-1] not in CONSONANTS or _common_noun(part)))
    if "Geox" in parse.tag or parse.tag.POS in ADJECTIVES or short or part.endswith(INDECLINABLE_ENDINGS):
        return set()
    if parse.is_known and parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and parse.tag.number == "sing":
        found = {_inflect(parse, {case, "sing"}, part) for case in CASES} - {part}
    elif part[-1] in CONSONANTS:
        found = _masculine_forms(part, part)
    else:
        found = _feminine_forms(part)
    return {"-".join([*parts[:at], form, *parts[at + 1 :]]) for form in found}


def _common_noun(low: str) -> bool:
    """pymorphy3 knows ``low`` as a form of a noun that names no person ("ям" of «яма"; not "ях" of «Яха»)."""
    persons = {"Name", "Surn", "Patr"}
    return any(p.is_known and p.tag.POS == "NOUN" and not persons & p.tag.grammemes for p in morph().parse(low))


def _masculine_forms(stem: str, name: str) -> set[str]:
    """The oblique case forms of a masculine noun ``name`` declined on ``stem`` ("орл" for "орел"): "ем" for "ом" after
    a hushing consonant or ц."""
    return set(_masculine_case_forms(stem, name).values())


def _masculine_case_forms(stem: str, name: str) -> dict[str, str]:
    """``_masculine_forms`` by case; a name in -й declines softly on the stem without it ("улуй": "улуя", "улуем").

    >>> _masculine_case_forms("ингаш", "ингаш")["ablt"], _masculine_case_forms("улу", "улуй")["ablt"]
    ('ингашем', 'улуем')
    """
    if name.endswith("й"):
        return {case: stem + ending for case, ending in SOFT_MASCULINE_ENDINGS}
    hushing = name[-1] in HUSHING
    return {case: stem + ("ем" if case == "ablt" and hushing else ending) for case, ending in MASCULINE_ENDINGS}


def _fleeting_vowel_forms(words: list[str]) -> set[str]:
    """Both ways of declining a one-word name in -ок, -ец, -ёк, -ёл: with the last vowel dropped ("в Орле", "в Ельце",
    "в Каргаске", "в Оленьке") and kept ("в Орёле", "в Елеце", "в Каргасоке"). pymorphy3 gives one way only, the
    dictionary's or a guess for a name it lacks, and writers who do not know the name's own way use either. A dropped е
    is й after a vowel ("Красногвардеец": "красногвардейце") and ь after л ("Елец": "ельце"), a dropped ё of -ёк is ь
    ("Оленёк": "оленьке"), as in the nouns that decline so (боец, палец, конёк). A name that is a word pymorphy3 knows
    keeps the word's way besides the kept vowel ("Восток": "в Востоке" only; "востке" is a typo of the word), and names
    in -ек, -ел ("Певек", "Кизел") keep their vowel, as pymorphy3 has them.

    >>> sorted(_fleeting_vowel_forms(["Орёл"]))  # pymorphy3's "орле", "орла" are the word's, made apart
    ['орела', 'ореле', 'орелом', 'орелу']
    >>> sorted(_fleeting_vowel_forms(["Каргасок"]))[:2], sorted(_fleeting_vowel_forms(["Восток"]))[:2]
    (['каргаска', 'каргаске'], ['востока', 'востоке'])
    >>> _fleeting_vowel_forms(["Кизел"]), _fleeting_vowel_forms(["Уфа"])
    (set(), set())
    """
    raw = words[0].lower()
    if len(words) > 1 or "-" in raw or len(raw) < 4 or not raw.endswith(FLEETING_ENDINGS):
        return set()
    low, before = normalize_word(raw), raw[-3]
    if raw.endswith("ец"):
        soft = "й" if before in VOWELS else "ь" if before == "л" else ""
    else:
        soft = "ь" if raw.endswith("ёк") else ""
    dropped = set() if best_parse(low).is_known else _masculine_forms(low[:-2] + soft + low[-1], low)
    return _masculine_forms(low, low) | dropped


def _possessive_forms(words: list[str], gender: str | None, number: str) -> set[str]:
    """ "в Сергиевом Посаде": a possessive first word declines as an adjective too, beside pymorphy3's "Сергиеве";
    its locative goes with a noun's second locative as well ("в Липином Бору", session 25).

    >>> sorted(_possessive_forms(["Сергиев", "Посад"], "masc", "sing"))[:2]
    ['сергиева посада', 'сергиевом посаде']
    >>> "липином бору" in _possessive_forms(["Липин", "Бор"], "masc", "sing")
    True
    """
    first = normalize_word(words[0])
    if len(words) != 2 or gender != "masc" or not first.endswith(POSSESSIVE_ENDINGS):
        return set()
    out = set()
    for case, ending in (*POSSESSIVE_CASE_ENDINGS.items(), (LOCATIVE_2, POSSESSIVE_CASE_ENDINGS["loct"])):
        noun = _noun_reading(normalize_word(words[1]))  # "в Капустином Яру" (session 29)
        second = _noun_form(noun, case, words[1]) if noun is not None else _word_form(words[1], case, gender, number)
        out.add(f"{first}{ending} {phrase_key(second)}")
    return out


# The case endings of a -ский adjective after its stem, in ``CASES`` order
SKIY_CASE_ENDINGS = {
    "masc": ("ий", "ого", "ому", "ий", "им", "ом"),
    "femn": ("ая", "ой", "ой", "ую", "ой", "ой"),
    "neut": ("ое", "ого", "ому", "ое", "им", "ом"),
}


def adjective_forms(adjective: str, gender: str = "masc") -> list[str]:
    """The six case forms of a district or region adjective, in ``CASES`` order.

    >>> adjective_forms("Пуровский")[5], adjective_forms("Каневской")[0], adjective_forms("Артёмовский")[5]
    ('пуровском', 'каневской', 'артемовском')
    >>> adjective_forms("Дёмский")[5]  # pymorphy3 reads it as no adjective
    'демском'
    """
    low = normalize_word(adjective)
    parse = best_parse(low)
    # pymorphy3 writes ё in the forms it makes ("артёмовском"); index keys, like the text they are matched to, have е
    found = [normalize_word(_inflect(parse, {case, gender, "sing"}, low)) for case in CASES]
    if gender == "masc" and low.endswith("ой"):  # "Каневской район": pymorphy3 gives "каневский" for the nominative
        found[0] = found[3] = low
    if gender in SKIY_CASE_ENDINGS and low.endswith(("ский", "цкий")) and not found[1].endswith(("ого", "ой")):
        # pymorphy3 reads some as no adjective ("Демский": "демския", "демскием"); -ский declines one way
        found = [low[:-2] + ending for ending in SKIY_CASE_ENDINGS[gender]]
    return found


def plural_noun_forms(noun: str) -> set[str]:
    """Case forms, plural and singular, of a demonym given in the plural.

    >>> "надымчан" in plural_noun_forms("надымчане")
    True
    """
    parse = best_parse(normalize_word(noun))
    forms = {normalize_word(noun)}
    for case in CASES:
        for number in ("plur", "sing"):
            found = parse.inflect({case, number})
            if found is not None:
                forms.add(normalize_word(found.word))
    return forms
