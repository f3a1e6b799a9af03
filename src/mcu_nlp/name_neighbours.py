"""Whether a capitalised word the dictionary lacks, or one it reads as no name but shaped like a surname, is a
surname by its neighbours in a run of name words; the role and organisation words around names.

Such a word is a surname right after a first name ("Игорь Куцак", "Алексей Мойщиков") or a first name and
patronymic ("Раиса Владимировна Штоц"), right before a first name if shaped like a surname ("Мойщиков Алексей"), and
beside two initials ("Заремба Ю.А.", "Ю. А. Заремба"). Before a first name and a patronymic the dictionary knows, a
pair that is strong evidence of a person, any noun is the surname, whatever its ending ("Дзюба Иван Петрович", "Штоц
Анна Петровна", "Рябоконь Анна Петровна"), unless it is an organisation ("Жилкомсервис", "ООО Сплат", "«Петара»"),
an abbreviation ("Мфц"), a verb's form, or a greeting or role word with a typo ("Здраствуйте", "Деректор").
A role word (a rank in any case but the genitive), alone or before an organisation's abbreviation, names a person
after it ("майор Петров", "Начальник ЖЭКа Иванов", "инспектор ГИБДД Петров"; not "пр. Маршала Жукова"), and so
before lower-case words completing it ("майор полиции Петров", "участковый уполномоченный Петров").
:mod:`mcu_nlp.names` builds the runs; :mod:`mcu_nlp.name_places` says when a run is a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.geo.typos import one_edit
from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.name_context import word_before, word_set
from mcu_nlp.name_places import DISTRICT_INITIALS
from mcu_nlp.name_words import UNKNOWN_SURNAME

#: Ranks: a role word before a surname ("майор Петров", "лейтенанту Смирнову") in any case but the genitive, in which
#: a street is named after the rank's holder ("пр. Маршала Жукова", "маршала Захарова 31", "ул. Капитана Воронина").
RANKS = word_set(
    "рядовой ефрейтор сержант старшина прапорщик мичман лейтенант капитан майор подполковник полковник генерал "
    "маршал адмирал"
)
#: A surname written alone is a person only after one of these, or a form of one ("гражданин Кудряшов", "врач
#: Демидова", "директору Иванову", "председателем Смирновой"; «управляющий», a participle, has the verb for lemma:
#: its forms are listed); alone, a surname-shaped word in an appeal is nearly always a street ("на Савушкина", "от
#: Оджоникидзе до Типанова").
PERSON_BEFORE = word_set(
    "гражданин гражданина гражданину гражданка гражданки гражданке гр заявитель заявителя собственник собственника "
    "собственница собственницы сосед соседа соседка соседки председатель председателя директор директора "
    "гендиректор гендиректора мастер мастера управляющий управляющего управляющему управляющим депутат депутата "
    "инспектор инспектора участковый участкового врач врача доктор доктора начальник начальника дворник дворника "
    "тов товарищ товарища товарищу г-н г-на г-ну господин господина господину г-жа г-жи госпожа госпожи ип "
    "главврач глава замглавы мэр губернатор префект прокурор заведующий заведующего заведующему заведующим "
    "заведующая заведующей заведующую "
    # staff an appeal names by their job ("диспетчер Сидоренко", "инженер ЖЭУ Кравец")
    "диспетчер инженер техник слесарь сантехник электрик бухгалтер юрист менеджер администратор секретарь кассир "
    "паспортистка следователь дознаватель"
) | RANKS


def role_word(word: str) -> bool:
    """Whether the lower-case ``word`` names a person's role, in any case: "директор", "директору", "врачом"; a rank
    in any case but the genitive ("майор", "лейтенанту"; not "маршала", "капитана": streets are named so)."""
    if word not in PERSON_BEFORE and not (word.isalpha() and lemma(word) in PERSON_BEFORE):
        return False
    return not (word in RANKS or lemma(word) in RANKS) or not _genitive(word)


@lru_cache(maxsize=2_000)
def _genitive(lower: str) -> bool:
    """Whether a word reads as a noun's genitive singular: "маршала", "капитана"."""
    return any({"gent", "sing"} <= p.tag.grammemes for p in analyzer().parse(lower))


def role_of_organisation(text: str, start: int) -> str:
    """The role word (lower case) before an organisation's abbreviation, and maybe its quoted name, right before
    ``start``: "директор УК Иванов", "Начальник ЖЭКа Иванов", "инспектор ГИБДД Петров" (an abbreviation listed in
    ORGANISATIONS, or one pymorphy3 tags so or lacks), or before lower-case words completing it: "майор полиции
    Иванов" (see _role_of_complement); "" if none.

    >>> [role_of_organisation(t, len(t)) for t in ("директор УК ", "Начальник ЖЭКа ", "инспектор ГИБДД ", "дом УК ")]
    ['директор', 'начальник', 'инспектор', '']
    >>> [role_of_organisation(t, len(t)) for t in ("майор полиции ", "участковый уполномоченный ", "сосед снизу ")]
    ['майор', 'участковый', '']
    """
    completed = _role_of_complement(text, start) if LOWER_BEFORE.search(text, max(0, start - 4), start) else ""
    if completed:
        return completed
    if not ABBREVIATION_BEFORE.search(text, max(0, start - 8), start):
        return ""  # nearly every surname alone fails this short search: ROLE_OF reads 70 characters
    role = ROLE_OF.search(text, max(0, start - 70), start)
    if role is None or not role_word(role[1].lower()):
        return ""
    abbreviation = role[2].lower()
    return role[1].lower() if abbreviation in ORGANISATIONS or _abbreviation(abbreviation) else ""


def _role_of_complement(text: str, start: int) -> str:
    """The role word (lower case) before one to three lower-case words completing it, right before ``start``: a noun
    phrase in the genitive ("майор полиции", "начальник отдела полиции", "глава администрации"), or an adjective or
    participle agreeing with it ("участковый уполномоченный", "участковому уполномоченному"); "" if none. A street's
    name is in capitals ("пр. Маршала Жукова"): it has no such words."""
    phrase = ROLE_PHRASE.search(text, max(0, start - 70), start)
    words = phrase[1].split() if phrase else []
    for size in range(1, min(3, len(words) - 1) + 1):
        role = words[-size - 1].lower()
        if role_word(role) and all(_completes(word, role) for word in words[-size:]):
            return "" if _phrase_goes_on(text, start) else role
    return ""


def _phrase_goes_on(text: str, start: int) -> bool:
    """Whether the word at ``start`` is an adjective in the genitive before a lower-case noun in the genitive, going
    on with the role's phrase: "Начальник отдела благоустройства Светлановского района" (a district's name)."""
    after = ADJECTIVE_THEN_WORD.match(text, start)
    if after is None:
        return False
    adjective = any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in analyzer().parse(after[1].lower()))
    return adjective and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in analyzer().parse(after[2]))


@lru_cache(maxsize=2_000)
def _completes(word: str, role: str) -> bool:
    """Whether the lower-case ``word`` after the ``role`` word completes it: a noun, adjective or participle in the
    genitive ("полиции", "участка", "несовершеннолетних"), or an adjective or participle in a case of the role word
    ("уполномоченный" after "участковый"); not a verb, an adverb or a preposition ("сказал", "снизу", "по")."""
    if not word.isalpha() or not word.islower():
        return False
    role_cases = {p.tag.case for p in analyzer().parse(role) if p.tag.case}
    for parse in analyzer().parse(word):
        tag = parse.tag
        if tag.POS in ("NOUN", "ADJF", "PRTF") and tag.case == "gent":
            return True
        if tag.POS in ("ADJF", "PRTF") and tag.case in role_cases:
            return True
    return False


@lru_cache(maxsize=2_000)
def _abbreviation(lower: str) -> bool:
    """Whether pymorphy3 reads a word in capitals first as an abbreviation, or lacks it: "ГИБДД", "МФЦ"; not "НЕ"."""
    return not analyzer().word_is_known(lower) or "Abbr" in analyzer().parse(lower)[0].tag

#: The organisation a role word may name between itself and the surname: "директор УК Иванов", "ДИРЕКТОР УК ИВАНОВ",
#: "председатель ТСЖ «Уют» Смирнова". Only abbreviations: "директор школы" may be followed by the school's name.
ORGANISATIONS = word_set("ук тсж тсн жск жэс жэк жэу дэз рэу снт ооо оао зао пао ао муп гуп мку мбу гбу гку")
#: Right before an organisation's name in quotes ("ООО «Сплат» Анна Петровна"), not a surname's.
QUOTE_OPENING = ("«", "„", '"', "“")
QUOTE_CLOSING = ("»", '"', "“")
#: A role word, an organisation's abbreviation in capitals, maybe declined with a lower-case ending ("ЖЭКа", "ДЭЗу",
#: "ЖЭКом"), and maybe its quoted name, right before a surname: "директор УК Иванов", "Начальник ЖЭКа Иванов",
#: "инспектор ГИБДД Петров", "председатель ТСЖ «Уют» Смирнова".
ROLE_OF = re.compile(
    r"(?<![\w-])([\w-]+)\s{1,2}([А-ЯЁ]{2,5})(?:а|у|е|ом)?(?:\s{1,2}[«\"„][^«»\"\n]{1,40}[»\"“])?[\s,]{0,2}\Z"
)
#: Up to four words one or two spaces apart right before a surname: a role word and the words completing it.
ROLE_PHRASE = re.compile(r"(?<![\w-])([\w-]+(?:\s{1,2}[\w-]+){1,3})[\s,]{0,2}\Z")
#: A word and the lower-case word after it: "Светлановского района".
ADJECTIVE_THEN_WORD = re.compile(r"([\w-]+)\s{1,2}([а-яё]+)")
#: The cheap check before ROLE_PHRASE: a lower-case word right before a word.
LOWER_BEFORE = re.compile(r"[а-яё][\s,]{1,2}\Z")
#: The cheap check before ROLE_OF: an abbreviation in capitals, or a closing quote, right before a word.
ABBREVIATION_BEFORE = re.compile(r"[А-ЯЁ]{2}(?:а|у|е|ом)?[\s,]{1,3}\Z|[»\"“][\s,]{1,3}\Z")
#: Pairs of capitals with full stops that are no initials beside a word the dictionary lacks: districts of St
#: Petersburg, and abbreviations a text in capitals writes so (так как, то есть, так называемый, и так далее,
#: тому подобное, таким образом, исполняющий обязанности).
NOT_INITIALS = DISTRICT_INITIALS | frozenset(("Т.К.", "Т.Е.", "Т.Н.", "Т.Д.", "Т.П.", "Т.О.", "И.О."))
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
    if joined(i) and joined(i + 1) and _pair(kinds[i + 1 : i + 3]):
        if "p" in kinds[i + 2]:  # a first name and a patronymic both in the dictionary: the word is the surname
            return surname_shaped(text, matches[i])
        return unknown_surname(matches[i].group())
    return "U" in kinds[i] and _beside_initials(text, matches, kinds, i) and surname_shaped(text, matches[i])


def _pair(kinds: list[frozenset[str]]) -> bool:
    """Whether ``kinds`` are a first name and patronymic: "Игорь Петрович", also "Вера Петровна" when the dictionary
    knows the patronymic (a first name that is a common word is a name before one)."""
    return len(kinds) == 2 and "P" in kinds[1] and ("n" in kinds[0] or ("N" in kinds[0] and "p" in kinds[1]))


def pair_at(kinds: list[frozenset[str]]) -> int | None:
    """Where a first name and a patronymic the dictionary knows start, after the first word of a run ("Ленина Анна
    Петровна": 1); None if nowhere."""
    return next((j for j in range(1, len(kinds) - 1) if "p" in kinds[j + 1] and _pair(kinds[j : j + 2])), None)


def _beside_initials(text: str, matches: list[re.Match[str]], kinds: list[frozenset[str]], i: int) -> bool:
    """Whether two initials follow the word ``matches[i]`` ("Заремба Ю.А.", "Заремба Ю. А."), or precede it and open
    the name ("Ю.А. Заремба"; in "Иванов И.И. Заремба" the initials are Иванов's). Districts and abbreviations are no
    initials here ("Кронверкская П.С.", "Т.К. ОБЬЯВЛЕНИЯ": так как and a typo, in a text in capitals)."""

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
    return i < 3 or not text[matches[i - 3].end() : matches[i - 2].start()].isspace()


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
