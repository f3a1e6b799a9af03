"""Names typed unlike a form's: a first name and surname in lower case, or a full name in Latin letters.

A lower-case pair is a name when one word reads first as a first name and the other first as a surname, both can be
the nominative of one gender, and no street context holds them ("пишет иван петров", "гульнара хабибуллина, уфа";
not "на карла маркса", "ул. михаила дудина", "адрес федора абрамова 23", "дк александр невский"). A first name that
reads first as a common noun (вера, надежда, любовь, роман) makes no pair, nor does a form in another case: "от ивана
петрова" is missed on purpose, it is what a street named after someone looks like; so is a man's genitive that is a
woman's nominative too ("остановка александра матросова"), unless a person cue comes right before it ("пишет
александра матросова", "жительница валентина катаева"). The pair's first word may be capitalised, as a phone
capitalises a message's first letter («Кравченко сергей, 8918...», «Смирнова анна, житель ЧМЗ», «Анна смирнова»,
«пишет Кузнецов андрей»: session 45, a Челябинская область walkthrough, where this mixed form left the surname in
clear, «Кравченко [PERSON]», while the pair in lower case and in title case were masked); the same tests hold it
(«Троицк нет воды», «Ленина дом 5» make no pair). Latin words are transliterated (a few spellings each,
the passport's too: "Mariia", "Sergei", "Kovalevskaya") and read so: a first name with a patronymic ("Ivanov Ivan
Ivanovich", "Olga Petrovna"), or a first name beside a surname the dictionary knows ("Ivan Petrov"); a brand is
neither ("Lada Kalina", "Kia Rio"), nor a street ("ul. Aleksandra Matrosova 5").
:mod:`mcu_nlp.names` calls them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from heapq import heappop, heappush
from itertools import count, islice
from typing import Any

from mcu_nlp.letters import VOWELS
from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import CALLED_BY, word_set, words_before
from mcu_nlp.name_places import SENT_BY, STREET_CONTEXT, is_place, to_them
from mcu_nlp.name_streets import house_number
from mcu_nlp.name_words import name_kinds

#: The end of a lower-case word ending as a surname does in the nominative (-ов, -ева, -ин, -ына, -ян, -ский, -цкая,
#: and the indeclinable -енко, -инко: «пишет кравченко сергей», session 43, the commonest surnames in Кубань): the
#: cheap guard that finds the candidates. It starts with a letter, its lookbehinds after it, so that the regex
#: engine skips to each "в", "н", "к" (it runs on every text: one in four is written all in lower case).
SURNAME_END = re.compile(r"[вн](?<=[а-яё][оеёиыя][вн])а?(?![А-ЯЁа-яё-])"
                         r"|к(?:(?<=[а-яё][сц]к)(?:ий|ая)|(?<=[а-яё][еи]нк)о)(?![А-ЯЁа-яё-])")
LOWER_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
LOWER_WORD = re.compile(r"[а-яё]{2,}(?![А-ЯЁа-яё-])")
#: The word right before a lower-case surname, in lower case or capitalised («Анна смирнова»)
WORD_BEFORE = re.compile(r"(?<![А-ЯЁа-яё-])[А-ЯЁа-яё][а-яё]+(?= \Z)")
#: A lower-case word, or one a capital opens (:func:`_lower_word`)
OPENED_WORD = re.compile(r"[А-ЯЁа-яё][а-яё]+(?![А-ЯЁа-яё-])")
UPPER_LETTERS = frozenset(letter.upper() for letter in LOWER_LETTERS)
#: Two lower-case words after «им» (maybe «им.»), and a third that may be a patronymic: read when «им» is "to them"
#: (it opens with «им», its lookbehind after it: the regex engine skips to each «и»)
AFTER_IM = re.compile(r"им(?<![\w-]им)\.?[ \t]{1,2}([а-яё]{2,}) ([а-яё]{2,})(?: ([а-яё]{2,}))?(?![А-ЯЁа-яё-])")
#: Two or three title-case Latin words one space apart.
LATIN_RUN = re.compile(r"(?<![A-Za-z-])[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){1,2}(?![A-Za-z-])")
#: Latin letters and pairs of them, with the Cyrillic they may stand for (the usual one first).
#: The passport's (ICAO: "Mariia", "Sergei") and ГОСТ's ("Mariya", "Kovalevskaya") spellings among them.
LATIN_SPELLINGS = (
    "shch=щ sch=щ zh=ж kh=х ts=ц/тс ch=ч sh=ш yu=ю/ью ya=я/ья yo=ё/ьо ye=е/ье iu=ю ia=ия/ья iy=ий yy=ый ey=ей ay=ай "
    "oy=ой aya=ая iya=ия iia=ия ei=ей ai=ай oi=ой ii=ий "
    "y=ы/й/ий x=кс j=й/дж a=а b=б c=ц/к d=д e=е f=ф g=г h=х i=и k=к l=л/ль m=м n=н o=о p=п q=к r=р/рь s=с t=т "
    "u=у v=в w=в z=з"
)
LATIN = {latin: tuple(cyrillic.split("/")) for latin, cyrillic in (pair.split("=") for pair in LATIN_SPELLINGS.split())}
LATIN_PIECES = sorted(LATIN, key=len, reverse=True)
#: How many spellings of one Latin word are read, and how many partial spellings are tried to find them.
MAX_SPELLINGS = 64
MAX_STEPS = 4_000
#: Latin street words and prepositions before a street named after someone ("ul. Aleksandra Matrosova").
LATIN_STREET_CONTEXT = word_set("na po s do ot u vdol okolo rayone")
#: A house number after a Latin name, not the first group of a phone: "Aleksandra Matrosova 5, net vody".
LATIN_HOUSE_NUMBER = re.compile(r",?\s{1,2}(?:d\.?\s?)?\d{1,3}[a-z]?(?=\s*[,.;]|\s*\Z|\s+[A-Za-z])")
GENITIVE_KINDS = (("GN", "Name"), ("GS", "Surn"))
#: A man's genitive first name and surname ("александра матросова", "Valentina Kataeva") read as a woman's
#: nominative too: a street named after him, unless one of these comes right before ("пишет александра матросова").
PERSON_CUE = (
    word_set(
        "пишет написал написала зовут я житель жительница жителя жительницы гражданин гражданка гражданина "
        "гражданки уважением заявитель заявительница собственник собственница pishet zovut ya uvazheniem"
    )
    | CALLED_BY
)
#: The nominative endings of a surname the dictionary lacks ("кужелева", "ержанов"): ``_cued_pair``
SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая", "ян"
)
#: Of those, the adjective's: a word the dictionary lacks in -ская is as often a place's adjective («уралмашевская
#: управляйка») as a surname; beside another unknown word it is no surname (``_cued_pair``)
ADJECTIVE_ENDINGS = ("ский", "цкий", "ская", "цкая")
#: A place or thing named after someone comes after these ("дк александр невский", "теплоход александр пушкин").
NAMED_OBJECT = word_set(
    "дк дворец дворца стадион стадиона стадионе теплоход теплохода теплоходе пароход ледокол судно школа школы "
    "школе лицей лицея гимназия гимназии сквер сквера сквере парк парка парке памятник памятника имени им "
    "кинотеатр кинотеатра библиотека библиотеки остановка остановки остановке "
    "dk stadion teplokhod shkola skver park pamyatnik imeni im ul ulitsa pr prospekt per pl ostanovka"
)


def lowercase_pairs(text: str) -> list[tuple[int, int]]:
    """The lower-case first name + surname pairs of ``text`` (either order).

    >>> text = "пишет иван петров, нет воды, ул. михаила дудина"
    >>> [text[a:b] for a, b in lowercase_pairs(text)]
    ['иван петров']
    """
    found = _thanked(text) if "им" in text else []
    for end in SURNAME_END.finditer(text):
        surname = _lower_word(text, end.start(), end.end())
        word = surname.group().lower() if surname is not None else ""
        if not word or not (_surname_genders(word) or _unknown_surname(word)):
            continue
        capital = not surname.group().islower()  # «Кравченко сергей»: the surname opens the pair
        before = None if capital else WORD_BEFORE.search(text, max(0, surname.start() - 25), surname.start())
        after = LOWER_WORD.match(text, surname.end() + 1) if text[surname.end() : surname.end() + 1] == " " else None
        for first, pair in ((before, (before, surname)), (after, (surname, after))):
            if first is None:
                continue
            if _is_pair(text, word, first.group().lower(), pair) or _cued_pair(
                text, word, first.group().lower(), pair
            ):
                found.append((pair[0].start(), pair[1].end()))
                break
    return found


def _cued_pair(text: str, surname: str, first: str, pair: tuple[re.Match[str], re.Match[str]]) -> bool:
    """Right after a word that says a person follows (``PERSON_CUE``: "звонила", "пишет"), a surname beside a given
    name the lists lack: a word the dictionary lacks or knows only as a given name's form («звонила кужелева вилена»,
    «звонил нурлан ержанов»); the surname may be one the dictionary lacks, shaped as one (``SURNAME_ENDINGS``).
    "звонила петрова сегодня" is no pair: «сегодня» is a word; nor are «звонила тсж калинина» (an abbreviation: no
    vowel) and «звонила уралмашевская управляйка» (two unknown words, the first an adjective's shape)."""
    if not _person_cue(text, pair[0].start()) or not _given_like(first):
        return False
    genders, given = _surname_genders(surname), _first_name_genders(first)
    if genders:  # an indeclinable given name's gender is pymorphy3's guess («айсылу»: masculine)
        return not given or bool(genders & given) or any("Fixd" in p.tag for p in analyzer().parse(first))
    return _unknown_surname(surname) and not surname.endswith(ADJECTIVE_ENDINGS)


@lru_cache(maxsize=20_000)
def _unknown_surname(word: str) -> bool:
    """A word the dictionary lacks that ends as a surname's nominative does ("кужелева", "ержанов"), «-ский» and
    «-ская» too («лиговский»). Not :func:`mcu_nlp.name_cued.unknown_surname_form`, which reads any case («тевосяну»,
    «сабитовой») of five letters or more, and no word with «ск», «цк».

    >>> [_unknown_surname(word) for word in ("тевосяну", "сабитовой", "ержанов", "лиговский")]
    [False, False, True, True]
    """
    return word.endswith(SURNAME_ENDINGS) and not analyzer().word_is_known(word)


@lru_cache(maxsize=20_000)
def _given_like(word: str) -> bool:
    """A word of three letters or more that the dictionary lacks, or knows only as a first name's form.

    >>> _given_like("нюргуна"), _given_like("булгун"), _given_like("сегодня"), _given_like("вера"), _given_like("тсж")
    (True, True, False, False, False)
    """
    if len(word) < 3 or VOWELS.isdisjoint(word):  # «тсж», «мкд»: an abbreviation
        return False
    if not analyzer().word_is_known(word):
        return not word.endswith(SURNAME_ENDINGS)
    return all("Name" in p.tag for p in analyzer().parse(word))


def _thanked(text: str) -> list[tuple[int, int]]:
    """The lower-case surname and first name, in any case and order, after «им» that is "to them"
    (:func:`mcu_nlp.name_places.to_them`): «спасибо им петров иван», «благодарим им смирнову ольгу», «спасибо им.
    петров иван сергеевич»; a word read first as a common noun is no first name («спасибо им вера ...»), a man's
    genitive pair or one before a house number is a street («отдайте им карла маркса 5»)."""
    found = []
    for match in AFTER_IM.finditer(text):
        kinds = [name_kinds(match[i].capitalize()) for i in (1, 2)]
        if not any("n" in one and "s" in other for one, other in (kinds, kinds[::-1])):
            continue
        street = house_number(text, match.end(2)) or all(_masculine_genitive(match[i], "Name")
                                                          or _masculine_genitive(match[i], "Surn") for i in (1, 2))
        if not street and to_them(text, match.start(1)):
            patronymic = match[3] is not None and "p" in name_kinds(match[3].capitalize())
            found.append((match.start(1), match.end(3) if patronymic else match.end(2)))
    return found


def _lower_word(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The lower-case word that ends at ``stop`` (``start`` inside it), maybe after a capital («Кравченко сергей»), if
    no other letter or hyphen comes before it."""
    while start and text[start - 1] in LOWER_LETTERS:
        start -= 1
    if start and text[start - 1] in UPPER_LETTERS:
        start -= 1
    if start and (text[start - 1].isalpha() or text[start - 1] == "-"):
        return None
    return OPENED_WORD.match(text, start, stop)


def _is_pair(text: str, surname: str, first: str, pair: tuple[re.Match[str], re.Match[str]]) -> bool:
    if not _surname_genders(surname) & _first_name_genders(first):
        return False
    start = pair[0].start()
    run = list(pair)
    genitive = pair[0].group().lower() == first and _masculine_genitive(first, "Name") and _masculine_genitive(
        surname, "Surn")
    if _person_cue(text, start):  # "от имени александра матросова": the cue beats a place word
        return True
    if _named_after(text, start, STREET_CONTEXT) or genitive:
        return False
    kinds = [name_kinds(m.group().capitalize()) for m in run]
    return not is_place(text, run, kinds)


def _person_cue(text: str, start: int) -> bool:
    """Whether a word right before ``start`` says a person follows: "пишет", "я", "житель", "от имени", "жалоба от"."""
    words = words_before(text, start)[-2:]
    if not words:
        return False
    return words[-1] in PERSON_CUE or words == ["от", "имени"] or (words[-1] == "от" and words[0] in SENT_BY)


def _named_after(text: str, start: int, context: frozenset[str]) -> bool:
    """Whether the word before ``start`` is in ``context`` or names an object after someone ("дк", "стадион")."""
    words = words_before(text, start)
    return bool(words) and (words[-1] in context or words[-1] in NAMED_OBJECT)


@lru_cache(maxsize=20_000)
def _masculine_genitive(word: str, grammeme: str) -> bool:
    """Whether ``word`` reads as a man's first name ("Name") or surname ("Surn") in the genitive: "александра"."""
    return any({grammeme, "masc", "sing", "gent"} <= p.tag.grammemes for p in analyzer().parse(word))


@lru_cache(maxsize=20_000)
def _surname_genders(word: str) -> frozenset[str]:
    """The genders in which ``word`` reads as a surname's nominative singular, if its first reading is a surname's."""
    if "s" not in name_kinds(word.capitalize()):
        return frozenset()
    parses = analyzer().parse(word)
    if not analyzer().word_is_known(word) and "Surn" not in parses[0].tag:
        return frozenset()
    genders = {g for p in parses if {"Surn", "sing", "nomn"} <= p.tag.grammemes for g in _genders(p.tag)}
    if not genders and word.endswith(("ов", "ев", "ёв", "ин", "ын")):  # "сулейманов": "of the Сулейманы" first
        genders = {"masc"}
    return frozenset(genders)


@lru_cache(maxsize=20_000)
def _first_name_genders(word: str) -> frozenset[str]:
    """The genders in which ``word`` reads as a first name's nominative, if its first reading is a first name's."""
    if "n" not in name_kinds(word.capitalize()):
        return frozenset()
    return _name_genders(word)


def _name_genders(word: str) -> frozenset[str]:
    parses = analyzer().parse(word)
    return frozenset(g for p in parses if {"Name", "sing", "nomn"} <= p.tag.grammemes for g in _genders(p.tag))


def _genders(tag: Any) -> tuple[str, ...]:
    """A tag's gender; both for a word of common gender ("Саша", "Шевченко": ms-f, no gender to pymorphy3)."""
    return (tag.gender,) if tag.gender in ("masc", "femn") else ("masc", "femn")


def latin_names(text: str) -> list[tuple[int, int]]:
    """The full names in Latin letters in ``text``.

    >>> text = "Ivanov Ivan Ivanovich, tel; Ivan Petrov, Tyumen; Lada Kalina"
    >>> [text[a:b] for a, b in latin_names(text)]
    ['Ivanov Ivan Ivanovich', 'Ivan Petrov']
    """
    found = []
    for run in LATIN_RUN.finditer(text):
        kinds = [_latin_kinds(word) for word in run.group().split()]
        first = ["N" in k for k in kinds]  # "Vera Ivanova" as "Вера Иванова"; "Roman Abramovich" as "Роман Абрамович"
        patronymic = any("p" in k for k in kinds) or any("P" in k for k in kinds[1:])
        if any(first) and (patronymic or (len(kinds) == 2 and _nominative_pair(text, run.span(), *kinds))):
            found.append(run.span())
    return found


def _nominative_pair(text: str, span: tuple[int, int], one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether one word is a first name's nominative and the other a surname's, of one gender: "Ivan Petrov", not a
    street named after someone ("Karla Marksa", "Lva Tolstogo"). A man's genitive that is also a woman's nominative
    ("Aleksandra Matrosova") is a name only after a person cue, or opening a line without a house number after it."""
    if not any({"S" + g[1:] for g in a if g[0] == "F"} & b for a, b in ((one, other), (other, one))):
        return False
    start, stop = span
    if _person_cue(text, start):
        return True
    if _named_after(text, start, LATIN_STREET_CONTEXT):
        return False
    opening = not text[:start].strip(" \t") or text[:start].rstrip(" \t").endswith("\n")
    return not {"GN", "GS"} <= one | other or (opening and not LATIN_HOUSE_NUMBER.match(text, stop))


@lru_cache(maxsize=2_000)
def _latin_kinds(word: str) -> frozenset[str]:
    """What the Latin ``word`` is as a name: N a first name, n one by its first reading, s a surname by its first
    reading (of a word the dictionary knows, in any of its spellings), p a patronymic it knows, P one by its ending;
    F and S + a gender, a first name's or surname's nominative of that gender ("Fmasc"); GN and GS a man's first
    name or surname in the genitive ("Aleksandra", "Matrosova")."""
    kinds: set[str] = set()
    for spelling in islice(_spellings(word.lower()), MAX_SPELLINGS):
        if analyzer().word_is_known(spelling):
            kinds |= name_kinds(spelling.capitalize()) & frozenset("Nnsp")
            kinds |= {"F" + g for g in _name_genders(spelling)} | {"S" + g for g in _surname_genders(spelling)}
            kinds |= {kind for kind, grammeme in GENITIVE_KINDS if _masculine_genitive(spelling, grammeme)}
        elif re.search(r"..(?:ович|евич|овна|евна|ична)$", spelling):
            kinds.add("P")
    return frozenset(kinds)


def _spellings(word: str) -> Iterator[str]:
    """The Cyrillic spellings of a lower-case Latin ``word``, the likeliest first: each way to cut it into pieces
    ("iya" or "i" + "ya"), each piece's letters, ranked by how far they depart from the longest piece and its usual
    letters ("mariya" -> "мария", "марийа", ...; "olga" -> "олга", "ольга", ...)."""
    order = count()
    heap: list[tuple[int, int, int, str]] = [(0, 0, 0, "")]  # departures, -position, order, the spelling so far
    seen = set()
    for _ in range(MAX_STEPS):
        if not heap:
            return
        cost, position, _, spelling = heappop(heap)
        if -position == len(word):
            if spelling not in seen:
                seen.add(spelling)
                yield spelling
            continue
        for rank, piece in enumerate(p for p in LATIN_PIECES if word.startswith(p, -position)):
            options = ("е", "э") if piece == "e" and not position else LATIN[piece]
            for choice, letters in enumerate(options):
                heappush(heap, (cost + rank + choice, position - len(piece), next(order), spelling + letters))
