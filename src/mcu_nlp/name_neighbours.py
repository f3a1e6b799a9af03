"""Whether a capitalised word the dictionary lacks, or one it reads as no name but shaped like a surname, is a
surname by its neighbours in a run of name words.

Such a word is a surname right after a first name ("Игорь Куцак", "Алексей Мойщиков") or a first name and patronymic
("Раиса Владимировна Штоц"), right before a first name if shaped like a surname ("Мойщиков Алексей"), and beside two
initials ("Заремба Н.В.", "Н. В. Заремба"); a given name the dictionary lacks ("Шохрух", "Хеда") is one beside a
surname in the nominative ("Шохрух Рахимов", "Рахмонов Фаррух", "Хеда Дудаева") or before a patronymic ("Гузал
Рашитовна", as "Гузель Рашитовна" is a name; in capitals before one the dictionary knows, "ГУЗАЛ РАШИТОВНА"). Before
a first name and a
patronymic the dictionary knows, a pair that is strong evidence of a person, any noun is the surname, whatever its
ending ("Дзюба Иван Петрович", "Штоц Анна Петровна", "Рябоконь Анна Петровна"), unless it is an organisation
("Жилкомсервис", "ООО Сплат", "«Петара»"), an abbreviation ("Мфц"), a verb's form, or a greeting or role word with a
typo ("Здраствуйте", "Деректор"). :mod:`mcu_nlp.names` builds the runs; :mod:`mcu_nlp.name_places` says when a run
is a place; the role words around names are :mod:`mcu_nlp.name_roles`'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.edits import one_edit
from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_before, word_set
from mcu_nlp.name_places import DISTRICT_INITIALS, street_word
from mcu_nlp.name_roles import ORGANISATIONS, PERSON_BEFORE, role_word
from mcu_nlp.name_words import UNKNOWN_SURNAME

#: Right before an organisation's name in quotes ("ООО «Сплат» Анна Петровна"), not a surname's.
QUOTE_OPENING = ("«", "„", '"', "“")
QUOTE_CLOSING = ("»", '"', "“")
#: Pairs of capitals with full stops that are no initials beside a word the dictionary lacks: districts of St
#: Petersburg, and abbreviations a text in capitals writes so (так как, то есть, так называемый, и так далее,
#: тому подобное, таким образом, исполняющий обязанности, в том числе).
NOT_INITIALS = DISTRICT_INITIALS | frozenset(("Т.К.", "Т.Е.", "Т.Н.", "Т.Д.", "Т.П.", "Т.О.", "И.О.", "Т.Ч."))
#: Greetings and thanks a misspelt form of which opens an appeal before a name ("Здраствуйте Ирина Викторовна").
GREETINGS = word_set("здравствуйте приветствую добрый доброе доброго уважаемая уважаемый уважаемые спасибо благодарю")
#: A request before a name, often misspelt ("Плошу", "Просьба" typed "Проосьба").
REQUESTS = word_set("прошу просим просьба")
#: An abbreviation typed in title case: three letters the dictionary lacks ("Мфц", "Адм", "Июл"), or four with no
#: vowel in the first three ("Гбоу"). A surname of four letters has one ("Штоц", "Шмиц"); a long one may not
#: ("Мкртумян"); one of three the dictionary knows ("Кац", "Цой").
ABBREVIATION = re.compile(r"...$|[^аеёиоуыэюя]{3}.$")
#: Words one typo from which a word the dictionary lacks is no surname before a name: a greeting, request or role
#: word ("Здраствуйте Анна Петровна", "Плошу Анну Петровну", "Деректор Анна Петровна").
NOT_A_SURNAME_TYPO = GREETINGS | REQUESTS | {word for word in PERSON_BEFORE if len(word) >= 6}
#: A settlement's type shortened before its name: «с.», «д.», «п.», «г.», «х.» (село, деревня, посёлок, город, хутор)
PLACE_ABBREVIATION = re.compile(r"(?<![\w-])[СсДдПпГгХх]\.\s{0,2}\Z")
#: A settlement's or district's word in any case form: «в деревне Дичня», «село», «посёлка», «улус», «кожуун»
SETTLEMENT = re.compile(r"(?:деревн|сел[оаеу]|пос[её]л|хутор|станиц|аул|город|кишлак|улус|кожуун|район|микрорайон|мкр)")
#: A surname's nominative ending: -ов, -ев, -ин, -ын, -ова, -ева, -ина, -ына, -ский, -ская, -цкий, -цкая
NOMINATIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)а?$|[сц]к(?:ий|ая)$")
#: pymorphy3's guess for a word it lacks, with no surname's ending, that makes it no surname: a verb's form
#: ("Благодорю", "Уважаемоя"); an adjective's, unless ending like a surname (-ский, -ов: UNKNOWN_SURNAME).
NOT_A_NOUN = frozenset(("VERB", "INFN", "GRND", "PRTF", "PRTS", "NPRO", "PREP", "CONJ", "PRCL", "INTJ", "NUMR"))


def beside_first_name(text: str, matches: list[re.Match[str]], kinds: list[frozenset[str]], i: int) -> bool:
    """Whether the word ``matches[i]`` (of ``kinds[i]``), unknown or shaped like a surname, is a surname by its
    neighbours (see the module). Neighbours are one space apart, in capitals around one in capitals ("ИГОРЬ КУЦАК";
    "Сергеевкий ФАП" is no name)."""

    def joined(j: int) -> bool:  # matches[j] and matches[j + 1] are neighbours
        return 0 <= j < len(matches) - 1 and _neighbours(text, matches[j], matches[j + 1])

    if joined(i - 1) and ("n" in kinds[i - 1] or ("P" in kinds[i - 1] and joined(i - 2) and _pair(kinds[i - 2 : i]))):
        return True
    if joined(i) and "n" in kinds[i + 1] and "L" in kinds[i]:
        return True
    if "U" in kinds[i] and any(joined(j) and nominative_surname(matches[k].group(), kinds[k])
                               for j, k in ((i - 1, i - 1), (i, i + 1))) and _given_name(text, matches[i]):
        return True  # «Шохрух Рахимов», «Рахмонов Фаррух», «Хеда Дудаева»: a given name the dictionary lacks
    if "U" in kinds[i] and joined(i) and "P" in kinds[i + 1] and (not matches[i + 1].group().isupper() or "p" in
                                                                   kinds[i + 1]) and _given_name(text, matches[i]):
        return True  # «Гузал Рашитовна» («Гүзәл Рәшитовна» folded): a given name the dictionary lacks, its patronymic;
        # in capitals one the dictionary knows («ГУЗАЛ РАШИТОВНА»; session 31)
    if joined(i) and joined(i + 1) and _pair(kinds[i + 1 : i + 3]):
        if "p" in kinds[i + 2]:  # a first name and a patronymic both in the dictionary: the word is the surname
            return surname_shaped(text, matches[i])
        return unknown_surname(matches[i].group())
    # a known word shaped like a surname beside initials only in title case («Кириллова Е.Н.»: the town's form to the
    # dictionary); in capitals it is as often a noun's genitive plural («СОБСТВЕННИКОВ Н.Н. НИКИТИНА»)
    tentative = "U" in kinds[i] or ("L" in kinds[i] and not matches[i].group().isupper())
    return tentative and _beside_initials(text, matches, kinds, i) and surname_shaped(text, matches[i])


def _given_name(text: str, match: re.Match[str]) -> bool:
    """Whether a word the dictionary lacks, in title case or in capitals (the callers say where), may be a given name:
    shaped as a surname's neighbour may be (:func:`surname_shaped`), and after no place's, street's or settlement's
    word («мэр с. Дичня Петров», «в деревне Дичня Петров»: a village).

    >>> _given_name("мэр с.Дичня Петров", re.search("Дичня", "мэр с.Дичня Петров"))
    False
    """
    start = match.start()
    if PLACE_ABBREVIATION.search(text, max(0, start - 4), start):
        return False
    before = word_before(text, start)
    if street_word(before) or SETTLEMENT.match(before) or before in ORGANISATIONS or role_word(match.group().lower()):
        return False  # «Домоуправ Чернышова»: a role word the dictionary lacks
    return text[max(0, start - 1) : start] not in QUOTE_OPENING and _shaped_alone(match.group().capitalize())


@lru_cache(maxsize=2_000)
def _shaped_alone(word: str) -> bool:
    """:func:`surname_shaped` of a word by itself (its context is read by the caller): cached per word."""
    return surname_shaped(word, re.match(".+", word))  # type: ignore[arg-type]


def nominative_surname(word: str, kinds: frozenset[str]) -> bool:
    """Whether a title-case ``word`` read first as a surname (``kinds``) ends as a surname's nominative does («Рахимов»,
    «Дудаева», «Сафина», «Ковальская»): beside it a capitalised word the dictionary lacks is a given name.

    >>> [nominative_surname(w, frozenset("Ss")) for w in ("Рахимов", "Дудаева", "Рахимову", "РАХИМОВ")]
    [True, True, False, False]
    """
    return "s" in kinds and word.istitle() and NOMINATIVE_SURNAME.search(word) is not None


def _pair(kinds: list[frozenset[str]]) -> bool:
    """Whether ``kinds`` are a first name and patronymic: "Игорь Петрович", also "Вера Петровна" when the dictionary
    knows the patronymic (a first name that is a common word is a name before one)."""
    return len(kinds) == 2 and "P" in kinds[1] and ("n" in kinds[0] or ("N" in kinds[0] and "p" in kinds[1]))


def pair_at(kinds: list[frozenset[str]]) -> int | None:
    """Where a first name and a patronymic the dictionary knows start, after the first word of a run ("Ленина Анна
    Петровна": 1); None if nowhere."""
    return next((j for j in range(1, len(kinds) - 1) if "p" in kinds[j + 1] and _pair(kinds[j : j + 2])), None)


def _beside_initials(text: str, matches: list[re.Match[str]], kinds: list[frozenset[str]], i: int) -> bool:
    """Whether two initials follow the word ``matches[i]`` ("Заремба Н.В.", "Заремба Н. В."), or precede it and open
    the name ("Н.В. Заремба") or follow a first name ("Игорь Р.Н. Куцак"; in "Иванов И.И. Заремба" the initials are
    Иванов's). Districts and abbreviations are no initials here ("Кронверкская П.С.", "Т.К. ОБЬЯВЛЕНИЯ": так как and
    a typo, in a text in capitals)."""

    def initials(j: int) -> bool:  # matches[j] and matches[j + 1] are two initials, and matches[j] follows the word
        if not (j >= 0 and j + 1 < len(matches) and "I" in kinds[j] and "I" in kinds[j + 1]):
            return False
        between = text[matches[j].end() : matches[j + 1].start()]
        return between in ("", " ") and matches[j].group() + matches[j + 1].group() not in NOT_INITIALS

    word = matches[i]
    if initials(i + 1) and text[word.end() : matches[i + 1].start()] == " ":
        return True
    if not (initials(i - 2) and text[matches[i - 1].end() : word.start()] == " "):
        return False
    # the initials open the name, or follow a first name that is no surname («Игорь Р.Н. Куцак») or other initials (a
    # repeated pair: masked at once, as a second pass over the first's mask would: session 52)
    return i < 3 or not text[matches[i - 3].end() : matches[i - 2].start()].isspace() or "I" in kinds[i - 3] or (
        "n" in kinds[i - 3] and not kinds[i - 3] & {"S", "s"})


def surname_shaped(text: str, match: re.Match[str]) -> bool:
    """Whether a word the dictionary lacks, or shaped like a surname, can be the surname beside a first name and
    patronymic: any noun is ("Дзюба", "Штоц", "Рябоконь", "Заремба"), not a misspelt greeting or a verb ("Здраствуйте",
    "Благодорю"), nor an organisation's name after its abbreviation or in quotes ("ООО Сплат Анна Петровна").

    >>> [surname_shaped(w, re.match(".+", w)) for w in ("Штоц", "Заремба", "Здраствуйте", "Благодорю", "Уважаемоя")]
    [True, True, False, False, False]
    """
    word = match.group().lower()
    if ABBREVIATION.match(word) or word in ORGANISATIONS or any(one_edit(word, other) for other in NOT_A_SURNAME_TYPO):
        return False
    if UNKNOWN_SURNAME.search(word) is None:  # else pymorphy3's guess may miss it: "Булко" an adverb, by its -о
        guess = analyzer().parse(word)[0].tag
        if NOT_A_NOUN & guess.grammemes or "ADJF" in guess:
            return False
    start = match.start()
    return word_before(text, start) not in ORGANISATIONS and text[max(0, start - 1) : start] not in QUOTE_OPENING


def unknown_surname(word: str) -> bool:
    """Whether a word the dictionary lacks is shaped like a surname, and no misspelt greeting: enough to make a name
    before a first name and a patronymic the dictionary does not know ("Куцак Игорь Мгерович").

    >>> [unknown_surname(w) for w in ("Куцак", "Булко", "Вайлдберриз", "Здраствуйте", "Здравстуйте")]
    [True, True, False, False, False]
    """
    lower = word.lower()
    return UNKNOWN_SURNAME.search(lower) is not None and not any(one_edit(lower, g) for g in GREETINGS)


def _neighbours(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return len(gap) == 1 and gap.isspace() and left.group().isupper() == right.group().isupper()
