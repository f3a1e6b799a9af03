"""Names a phrase introduces, read in any case: after «меня зовут», «с уважением,», «моя фамилия», a form's
«ФИО:» a name follows, a first name or a surname alone too ("меня зовут анна петрова", "С уважением, Ольга",
"С уважением, А. Заремба"; not "С уважением, Вера в справедливость"); after "я," a full name ("я, петрова анна,
прошу"); a writer who introduces themselves, «я» or «это» and a capitalised first name opening the text or a sentence
(after a greeting and a comma too), maybe with a dash between, and after the name a comma, a dash or «из», or a verb
("я Наталья, живу ...", "Я - Ольга, ...", "Это Ольга, из 5 кв", "Добрый день, я Ирина пишу ..."); a first name the
dictionary reads first as a common noun (вера, надежда, любовь, слава) only before a comma, a dash or «из» ("Я Вера,
у нас ..."; "я Вера в лучшее", "я Надежда на вас", "я Любовь потеряла" stay), and after «это» no word that is also a
place («Это Владимир, город древний»), unless the writer goes on about themselves after the comma («Это Лена, у нас
...», «Это Надежда, живу ...», «Это Лена, соседка»; not others in the plural, «Это Владимир, жители жалуются», nor
«у нас» in a town, «Это Владимир, у нас в городе нет воды»). Session 29: a first name in lower case that pymorphy3
reads first as one and as no common noun or place («здравствуйте я наталья живу ...»; «я вера в лучшее», «я роза
ветров», «это надежда всех жителей» stay); «я» after a verb of writing («пишу вам я Ольга из 12 дома»); «я,» and a
first name alone before a comma, dash or «из» («пишу вам я, Ольга, из 12 дома»; «я, Ольга и Петр» stays).
:mod:`mcu_nlp.names` calls these where a cheap literal search finds the cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_describers import DESCRIBED
from mcu_nlp.name_neighbours import surname_shaped
from mcu_nlp.name_words import SHAPES, TENTATIVE, name_kinds

#: A name follows these in any case ("меня зовут анна петрова", "С уважением, Вера", "с ув. Лебедев", "Моя фамилия
#: Белоусова", "Мое имя Мария", and a form's "Фамилия:", "Имя:", "Отчество:", "ФИО:"; a form's word without its colon
#: before a capitalised word: "Фамилия Петрова, имя Анна"; not "во имя Любви").
INTRODUCTION = re.compile(r"(?<![\w-])(?i:меня\s{1,3}зовут|зовут\s{1,3}меня|с\s{1,3}(?:уважением|ув\.)"
                          r"|моя\s{1,3}фамилия|мо[её]\s{1,3}имя|(?:фамилия|имя|отчество|ф\.?\s?и\.?\s?о\.?)\s{0,2}(?=:)"
                          r"|(?<!во\s)(?:фамилия|имя|отчество)(?=[ \t]{1,2}(?-i:[А-ЯЁ])))"
                          r"[\s,:-]{1,4}")
#: A naming verb before «имя» makes the name a namesake's, a dedication as «в честь» is: «парк получил имя Пушкина»,
#: «школа носит имя Гагарина», «скверу присвоено имя ...» (a form's «Имя Анна» and «получил имя: Анна» stay masked)
NAMING_VERB = re.compile(r"(?<![\w-])(?i:получ(?:ил[аои]?|ит|ат|ить)|нос(?:ит|ят|ил[аои]?|ить|ящ\w{0,3})"
                         r"|присво(?:ен[аоы]?|ил[аои]?|ить|ит|ят)|дал[аои]?|дать|дано|даст|дадут)[ \t]{1,3}\Z")
INTRODUCTION_HINT = re.compile("зовут|Зовут|ЗОВУТ|важением|ВАЖЕНИЕМ|ув\\.|УВ\\.|амилия|АМИЛИЯ|имя|ИМЯ|Имя|тчество"
                               "|ТЧЕСТВО|ФИО|Ф\\.И\\.О|фио")
#: A full name follows "я," in any case ("я, петрова анна, прошу"); a first name alone ("я, анна") is too weak.
SELF = re.compile(r"[яЯ](?<![\w-][яЯ]),\s{0,3}")
NAME_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
INITIALS_AFTER = re.compile(r" {1,2}[А-ЯЁ]\.(?: ?[А-ЯЁ]\.)?")
INITIALS_BEFORE = re.compile(r"[А-ЯЁ]\.(?: ?[А-ЯЁ]\.)? ?(?=[А-ЯЁ][а-яё])")
NAMED = frozenset("NSP")  # a first name, surname or patronymic by any parse
#: After «с уважением,» a first name that reads first as a common noun (вера, надежда, любовь, роман) is that noun
#: before a lower-case preposition ("Вера в справедливость"), or in lower case before any lower-case word.
NOUN_GOES_ON = re.compile(r" {1,2}([а-яё]+)")


def introduced_names(text: str) -> list[tuple[int, int]]:
    """The name after "меня зовут" or "с уважением," in any case, a first name or surname alone too ("меня зовут
    анна петрова", "С уважением, Вера"): the phrase says a name follows."""
    found = []
    for cue in INTRODUCTION.finditer(text):
        if (cue[0][:3].lower() == "имя" and ":" not in cue[0]
                and NAMING_VERB.search(text, max(0, cue.start() - 20), cue.start())):
            continue  # a namesake («парк получил имя Пушкина»), not a form's field («Имя: Анна»)
        start = cue.end()
        lead = INITIALS_BEFORE.match(text, start)  # "С уважением, А. Заремба"
        first = lead.end() if lead else start
        stop = _name_words_at(text, first)[0]
        if stop > first and not _noun_goes_on(text, first, stop):
            initials = INITIALS_AFTER.match(text, stop)  # "С уважением, Марина А."
            found.append((start, initials.end() if initials else stop))
    return found


def self_named(text: str) -> list[tuple[int, int]]:
    """The full name after "я," in any case: "я, петрова анна, прошу", "Я, иванов иван иванович"."""
    found = []
    for cue in SELF.finditer(text):
        stop, kinds = _name_words_at(text, cue.end())
        if 2 <= len(kinds) <= 4 and any(shape(kinds) for shape in SHAPES):
            found.append((cue.end(), stop))
    return found


#: «я» or «это» and a word, maybe with a dash between («Я - Ольга»), or «я,» («пишу вам я, Ольга, ...»); what stands
#: after the word
INTRODUCED_SELF = re.compile(r"(?<![\w-])([яЯ]|[Ээ]то)"
                             r"(?:[ \t\xa0]{1,3}[-–—][ \t\xa0]{1,3}|[ \t\xa0]{1,3}|(?<=[яЯ]),[ \t\xa0]{0,3})"
                             r"([А-ЯЁа-яё][а-яё]+)(?![\w-])(?:[ \t\xa0]{0,2}([,–—-])|[ \t\xa0]{1,2}([а-яё]+))?")
#: A greeting and a comma or mark right before «я»: it still opens what the writer says («Добрый день, я Ирина, ...»)
GREETING_BEFORE = re.compile(r"(?<![\w-])(?i:здравствуй\w{0,3}|здраствуй\w{0,3}|добр\w{1,3}[ \t\xa0]{1,3}(?:день|вечер"
                             r"|утро|времени[ \t\xa0]{1,3}суток)|привет\w{0,5})[ \t\xa0]{0,2}[,!.]?[ \t\xa0]{0,3}\Z")
#: A verb of writing or addressing right before «я» («пишу вам я, Ольга, из 12 дома», «к вам обращаюсь я Ольга,
#: ...»): «я» opens what the writer says of themselves there too (session 29)
WRITER_BEFORE = re.compile(r"(?<![\w-])(?i:пишу|обращаюсь|беспокою)(?:[ \t\xa0]{1,3}(?i:вам|вас|к[ \t\xa0]{1,3}вам))?"
                           r"[ \t\xa0]{0,2},?[ \t\xa0]{0,3}\Z")
#: What a writer says of themselves right after the comma after the name: «я», «у нас», «живу», a
#: word for who a person is («соседка», «жительница»): after «это» a first name that is also a place or a common noun
#: is then the writer's («Это Лена, у нас во дворе яма», «добрый день, это Лена, живу ...»; not «Это Владимир, город
#: древний», «Это Надежда, а не пустые слова»)
FIRST_PERSON_AFTER = re.compile(r"[ \t\xa0]{0,2}[,–—-][ \t\xa0]{0,3}(?i:я|у[ \t\xa0]{1,2}(?:нас|меня)"
                                r"|живу|живем|живём|проживаю|пишу|обращаюсь|(?P<who>[а-яё]{4,}))(?![\w-])")
#: «у нас» in a town, a village, a district, a region right after the comma after a name that is also a place («Это
#: Владимир, у нас в городе нет воды»): the place's «нас», no writer's own (session 29)
TOWNS_US = re.compile(r"[ \t\xa0]{0,2}[,–—-][ \t\xa0]{0,3}(?i:у[ \t\xa0]{1,2}нас[ \t\xa0]{1,2}(?:в|во)[ \t\xa0]{1,2}"
                      r"(?:город|посел|посёл|сел[еаоу]|деревн|станиц|район|област|кра[еюя]|регион|республик))")
#: Where a sentence ends: the word after it opens one
SENTENCE_END = ".!?\n"
#: «из» and a number after the name, maybe after a comma or dash («Это Ольга, из 5 кв», «Это Роза из 12 квартиры»)
FROM_NUMBER = re.compile(r"[ \t\xa0]{0,2}[,–—-]?[ \t\xa0]{0,3}из[ \t\xa0]{1,3}(?:№[ \t\xa0]{0,2})?\d")
#: «что» right after the comma after the name («Я Надежда, что вы поможете»: hope, no name)
THAT_AFTER = re.compile(r"[ \t\xa0]{0,3}(?i:что)(?![\w-])")
#: How likely, at least, the common nouns a first name reads as in the nominative make it a noun too («Надежда»,
#: «Слава», «Роза», «Лада», «Лев»; not «Виктория», 0.06, nor «Ольга», none)
NOUN_SCORE = 0.1
#: The grammemes of a name's or place's reading, which is no common noun's
NAME_GRAMMEMES = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad"))


def introduced_self(text: str) -> list[tuple[int, int]]:
    """The first name a writer introduces themselves by: «я» or «это» opening the text, a sentence, or what follows a
    greeting or a verb of writing («пишу вам я»), then a first name and a comma, a dash, «из» or a verb after it; in
    lower case only one read first as a first name and as no common noun or place; after «я,» a first name alone only
    before a comma, a dash or «из».

    >>> text = "я Наталья, живу на Бетанкура 3. Я Вера в лучшее. Это Ольга, из 5 кв"
    >>> [text[a:b] for a, b in introduced_self(text)]
    ['Наталья', 'Ольга']
    >>> text = "Добрый день, я Ирина пишу вам. Я - Надежда, пенсионерка. я Надежда на вас. а я Ольга, соседка"
    >>> [text[a:b] for a, b in introduced_self(text)]
    ['Ирина', 'Надежда']
    >>> text = "здравствуйте я наталья живу тут. я вера в лучшее. пишу вам я, Ольга, из 12 дома. Это Лена, у нас яма"
    >>> [text[a:b] for a, b in introduced_self(text)]
    ['наталья', 'Ольга', 'Лена']
    """
    found = []
    for match in INTRODUCED_SELF.finditer(text):
        comma = match[0][len(match[1])] == ","  # «пишу вам я, Ольга, из 12 дома»: a name between commas
        if not (_opens(text, match.start()) or WRITER_BEFORE.search(text, max(0, match.start() - 30), match.start())):
            continue
        cue, word, mark, after = match[1].lower(), match[2], match[3], match[4]
        kinds = name_kinds(word.capitalize())
        if "N" not in kinds:
            continue
        lower = word.islower()
        if lower and ("n" not in kinds or _noun_too(word) or _place(word) or comma):
            continue  # in lower case only a word read first as a first name, no noun or place: «я наталья живу»
        noun = _noun_too(word.lower())
        writer = FROM_NUMBER.match(text, match.end(2)) or _first_person(text, match.end(2))
        if cue == "это" and _place(word.lower()) \
                and not (FROM_NUMBER.match(text, match.end(2)) or _writer_of_place(text, match.end(2))):
            continue  # «Это Владимир, город древний»; not «Это Лена, у нас во дворе яма»
        if noun and cue == "это" and not writer:
            continue  # «Это Надежда, а не пустые слова», «Это Роза, цветок»; not «Это Роза, из 5 кв»
        if comma and not (mark or after == "из"):
            continue  # «я, Ольга и Петр»: a full name after «я,» is self_named's
        if noun and mark == "," and THAT_AFTER.match(text, match.end()):
            continue  # «Я Надежда, что вы поможете»
        if mark or after == "из" or (after and "n" in kinds and _verb(after)):
            found.append(match.span(2))
    return found


def _first_person(text: str, stop: int) -> bool:
    """Whether the writer speaks of themselves right after the comma or dash after a name ending at ``stop``: «я»,
    «у нас», «живу», or a word for who a person is («соседка», «жительница дома 5»)."""
    after = FIRST_PERSON_AFTER.match(text, stop)
    if after is None:
        return False
    return after["who"] is None or _who(after["who"].lower())


def _writer_of_place(text: str, stop: int) -> bool:
    """Whether the writer speaks of themselves after a name that is also a place ending at ``stop``, as
    :func:`_first_person`, but not «у нас» in that place («Это Владимир, у нас в городе нет воды»: the town's; «Это
    Лена, у нас во дворе яма»: the writer's; session 29)."""
    return _first_person(text, stop) and not TOWNS_US.match(text, stop)


@lru_cache(maxsize=2_000)
def _who(lower: str) -> bool:
    """Whether a lower-case word names who a person is, in the nominative: «соседка», «жительница», «пенсионерка»."""
    return any(p.tag.case == "nomn" and p.tag.number == "sing" and p.normal_form.replace("ё", "е") in DESCRIBED
               for p in analyzer().parse(lower))  # not «жители», «соседи»: others (session 29)


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a sentence or what follows a greeting («Добрый день, я ...»)."""
    at = start
    while at > 0 and text[at - 1] in " \t\xa0":
        at -= 1
    return at == 0 or text[at - 1] in SENTENCE_END or GREETING_BEFORE.search(text, max(0, at - 40), at) is not None


@lru_cache(maxsize=20_000)
def _verb(lower: str) -> bool:
    """Whether pymorphy3 reads a lower-case word first as a verb: «живу», «пишу», «обращалась»."""
    return analyzer().parse(lower)[0].tag.POS == "VERB"


@lru_cache(maxsize=20_000)
def _noun_too(lower: str) -> bool:
    """Whether a first name reads as a common noun in the nominative too, at least NOUN_SCORE likely: «надежда»,
    «слава», «роза», «лада», «лев»; not «ольга», «виктория».

    >>> [_noun_too(w) for w in ("надежда", "слава", "роза", "лада", "лев", "ольга", "виктория", "наталья")]
    [True, True, True, True, True, False, False, False]
    """
    return sum(p.score for p in analyzer().parse(lower) if p.tag.POS == "NOUN" and p.tag.case == "nomn"
               and not NAME_GRAMMEMES & p.tag.grammemes) >= NOUN_SCORE


@lru_cache(maxsize=20_000)
def _place(lower: str) -> bool:
    """Whether a word also reads as a place: «владимир», «лена» (after «это» a town or river as likely)."""
    return any("Geox" in p.tag for p in analyzer().parse(lower))


def _name_words_at(text: str, start: int) -> tuple[int, list[frozenset[str]]]:
    """The end of the name words in any case from ``start`` on, one space apart, and their kinds: words with a
    name reading, or unknown after a first name ("игорь куцак") or first before one: the cue says a name follows
    ("Меня зовут Заремба Нина Васильевна")."""
    stop = start
    kinds: list[frozenset[str]] = []
    for word in NAME_WORD.finditer(text, start, start + 80):
        if text[stop : word.start()] != ("" if stop == start else " "):
            break
        kind = name_kinds(word.group().capitalize())
        if not (kind & NAMED or (kind & TENTATIVE and (not kinds or "n" in kinds[-1]))):
            break
        stop = word.end()
        kinds.append(kind)
    if kinds and kinds[0] & TENTATIVE and not kinds[0] & NAMED and (len(kinds) < 2 or "n" not in kinds[1]):
        # an unknown word alone after the cue is the surname if capitalised ("С уважением, Заремба"), not in lower
        # case, and no word follows it unless a first name ("меня зовут жилцы не пускают")
        word = NAME_WORD.match(text, start)
        if len(kinds) > 1 or word is None or not word[0][0].isupper() or not surname_shaped(text, word):
            return start, []
    return stop, kinds


def _noun_goes_on(text: str, start: int, stop: int) -> bool:
    """Whether the one word at ``text[start:stop]`` after «с уважением,» is a common noun going on into a phrase:
    "С уважением, Вера в справедливость не угасла", "с уважением, надежда на ответ"; not "С уважением, Роман"."""
    kinds = name_kinds(text[start:stop].capitalize())
    if " " in text[start:stop] or kinds & frozenset("nsP"):
        return False
    after = NOUN_GOES_ON.match(text, stop)
    if after is None:
        return False
    return text[start].islower() or "PREP" in analyzer().parse(after[1])[0].tag
