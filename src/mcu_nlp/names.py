"""Fast personal-name (ФИО) finder: capitalised words tagged by pymorphy3 plus initials patterns.

natasha's NER reads every text with a neural tagger (a few hundred texts/s on one core); this reads only
capitalised words, classifies each distinct word once (cached) as a first name (N), surname (S),
patronymic (P) or initial (I), and accepts a run of adjacent ones when its shape is a name:
a patronymic with a name or surname ("Петр Сергеевич", "Иванов Иван Иванович"), a surname with
initials ("Иванова И.И.", "И. И. Иванов", "Борисов И."), or a first name next to a surname whose first parse is
a surname ("Анна Смирнова"), unless :mod:`mcu_nlp.name_places` reads the run as a street or place named after
someone ("ул. Софьи Ковалевской", "Невский район"); a person right after a town or street is split from it
(:mod:`mcu_nlp.name_splits`: "в Кирове И.И. Петров").
A word the dictionary does not know, or a known word shaped like a surname, is a surname beside a first name,
a first name and patronymic or two initials as :mod:`mcu_nlp.name_neighbours` says ("мэр Игорь Куцак", "Мойщиков
Алексей", "Дзюба Иван Петрович", "Заремба Н.В."): such a surname is otherwise invisible. A place named after someone
ends where a first name and patronymic begin ("ул. Ленина Анна Петровна"). A surname alone counts only where the
context names a person: after a role word in any case ("гражданин Кудряшов", "ИП Иванов", "директору Иванову";
"директор УК Иванов", "Начальник ЖЭКа Иванов" with the organisation between; a rank not in the genitive, "майор
Петров"; a plural role before a plural surname only: :mod:`mcu_nlp.name_roles`), after "жалоба от", or as the
signature closing the text (after a flat's number too, "ул. Зорге 33/2 кв.15 Петренко", maybe before a phone that
closes it, "... кв 15 Петренко тел 89281234567"), or before a comma or colon and an address with a flat's number
opening a sentence ("Петренко, Зорге 33/2-15", maybe past a town, "Петренко, Краснодар, ул. Красная 122-45"; with
no mark, "Петренко Зорге 33/2-15", a word read first as a surname; not a town's name, pymorphy3's or the geo
gazetteer's, "Ломоносов, Ленина 5-12", "кв 5 Киров", nor an adjective's, "кв 5 Горький"); that address is the
writer's home, and so is one after a full name, past a town or not ("Иван Петренко, Зорге 33/2-15"; not after a given
name and patronymic alone, an official addressed: :func:`signed_addresses`, which :mod:`mcu_nlp.redaction` masks as
one, sessions 30 and 43); so is one after a name anywhere with a contact beside it, past places («пишет кузнецов
алексей, тел 8910..., нн автозавод ул. львовская 5-17»: :mod:`mcu_nlp.name_homes`, session 44).
A man's surname in the genitive right before a house number is a street's name, no person's, and a first name in the
genitive before it too ("Дорогенько Ленина 5-12", "Карла Маркса 5-12"; "Петров Иван Ленина 3-45" is "Петров Иван" and
the street: :func:`_street_end`). Words in capitals follow the same rules ("ИГОРЬ КУЦАК", "УЛИЦА ЛЕНИНА" stays,
"ПЕТРЕНКО, ЗОРГЕ 33/2-15" signs); a preposition ("ПО", "ИЗ") is never
part of a name, «Ли», «Бах» are. After "меня зовут" or "с уважением," a name in any case follows, a first name alone
too ("меня зовут анна петрова", "С уважением, Ольга"; not "С уважением, Вера в справедливость"), and a capitalised
word the dictionary lacks alone, maybe with initials ("С уважением, А. Заремба"); after "я," a full name in any case
("я, петрова анна, прошу"), and a first name after «я» or «это» opening a sentence, before a comma, a dash, «из» or a
verb ("я Наталья, живу ...", "Это Ольга, из 5 кв"): :mod:`mcu_nlp.name_introductions`. A first name and surname in
lower case (maybe but for the first word: "Кравченко сергей", session 45) or in Latin letters are read by
:mod:`mcu_nlp.name_spellings` ("пишет иван петров", "Ivanov Ivan Ivanovich"). A first name alone beside a phone, or a
first name or surname alone after «от имени» or «спросить», is a contact's (:mod:`mcu_nlp.name_contacts`: "звоните
89123456789 Маша", "по просьбе Петровой", "спросить Машу"); a family by
its surname in the plural is too (:mod:`mcu_nlp.name_families`: "семья Петровых", "у Ивановых"), a first name
after a kin word or «зовут» (:mod:`mcu_nlp.name_kin`: "тётя Валя", "соседа зовут олег"), and one in the dative after
a verb of telling or «спасибо» (:mod:`mcu_nlp.name_addressees`: "передайте Алёне"); a Korean name of three
syllables is read by :mod:`mcu_nlp.name_korean` ("Ким Ен Су"), a Tuvan surname and given name by
:mod:`mcu_nlp.name_tuvan` ("Ооржак Чечек"), a hyphenated given name beside a surname by :mod:`mcu_nlp.name_hyphenated`
("Цыдыпова Цырен-Ханда"), or alone before its verb ("Цырен-Ханда звонила"); a Turkic
patronymic makes a name of the words before it (:mod:`mcu_nlp.name_turkic`: "Мамедов Эльчин Али оглы"); right after
a role word or a verb of writing, calling or coming, name words in lower case or a first name alone are that
person's (:mod:`mcu_nlp.name_cued`: "звонила мастеру хамитову рустаму", "Соцработница Гульнара не пришла", "Таксист
Иван сказал"); a first name alone with an age, a job between commas or «из» after it is a person's too
(:mod:`mcu_nlp.name_appositions`: "Шамиль, 12 лет, пропал", "Магомед, таксист, говорит"), and «хаджи» is masked with
the name it honours (:mod:`mcu_nlp.name_honorifics`: "Хаджи Мурат Омаров", "Магомед-хаджи").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache, partial

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_addressees import addressed
from mcu_nlp.name_appositions import described_names
from mcu_nlp.name_characters import character, namesake
from mcu_nlp.name_contacts import PhoneWords, closing_phone, contact, lowercase_contacts
from mcu_nlp.name_context import NUMBER_AFTER, REPORTED_BY, house_number_after, word_before, words_before
from mcu_nlp.name_cued import cued_names
from mcu_nlp.name_describers import resident_word
from mcu_nlp.name_families import family
from mcu_nlp.name_homes import ADDRESS_WORDS, SETTLEMENT_TYPES, WRITER_CUES, home_after
from mcu_nlp.name_honorifics import honoured
from mcu_nlp.name_hyphenated import hyphenated_names
from mcu_nlp.name_introductions import INTRODUCTION_HINT, introduced_names, introduced_self, self_named
from mcu_nlp.name_kin import kin_names
from mcu_nlp.name_korean import KOREAN_HINT, korean_names
from mcu_nlp.name_lists import people
from mcu_nlp.name_neighbours import beside_first_name, pair_at
from mcu_nlp.name_nouns import noun_surname, noun_word, sentence_start
from mcu_nlp.name_place_reach import surname_before
from mcu_nlp.name_places import NAMED_AFTER, PLACE_BEFORE, SENT_BY, is_place, person_after_im, to_them
from mcu_nlp.name_roles import job_only, place_of_role, role_of_organisation, role_word
from mcu_nlp.name_spellings import latin_names, lowercase_pairs
from mcu_nlp.name_splits import split_places
from mcu_nlp.name_turkic import TURKIC_HINT, turkic_names
from mcu_nlp.name_tuvan import tuvan_names
from mcu_nlp.name_words import (
    NOUN_SURNAME,
    PLURAL_NAME_ENDINGS,
    SHAPES,
    TENTATIVE,
    UNKNOWN_WORD,
    agreement,
    first_name_initial,
    name_kinds,
    name_shaped,
    readings,
    woman_named,
)
from mcu_nlp.phone_numbers import INLINE_SPACE

#: A capitalised word: in title case, maybe hyphenated to another or to the honorific «хаджи» («Магомед-хаджи Омаров»:
#: :mod:`mcu_nlp.name_honorifics`), in capitals, or an initial
CAPITALISED = re.compile(r"[А-ЯЁ](?:[а-яё]+(?:-[А-ЯЁ][а-яё]+|-хаджи(?![\w-]))?|[А-ЯЁ]+(?:-[А-ЯЁ]{2,})?|\.)")
#: Cheap guard for the lower-case pass: a lower-case word ending like a patronymic, or a short «-ич» one («ильич»,
#: «никитич», «кузьмич»: "петров иван ильич" left «ильич» unmasked; session 67, the Омск walkthrough's D5).
LOWER_PATRONYMIC = re.compile(r"(?<![А-ЯЁа-яё])(?:[а-яё]{2,}(?:вич|вна|вны|вне|вну|вной|вича|вичу|вичем|ична|ичны|ичне)"
                              r"|(?:ильич|кузьмич|лукич|фомич|никитич|саввич|ильинич)(?:а|у|ем|ом|е)?)\b")
LATIN_CAPITAL = re.compile("[A-Z]")
#: Cheap guard for a lower-case name signed before a phone: seven digits or more, maybe split by spaces, dashes and
#: brackets
PHONE_DIGITS = re.compile(r"\d[\d \t()-]{5,}\d")
#: A lower-case word, maybe capitalised (:func:`_lowercase_names`: a run's first word only)
LOWER_WORD = re.compile(r"(?<![А-ЯЁа-яё-])[А-ЯЁа-яё][а-яё]+(?![А-ЯЁа-яё-])")
#: Combining marks: a stress mark ("Ива́нов"), or the breve and diaeresis of a decomposed "й" / "ё".
MARK = re.compile("[\u0300-\u036f]")
MAX_GAP = 2  # characters between the parts of one name ("Иванов  И.И." allowed, not across words)
#: The horizontal spaces a number's groups may be split by (phone_numbers.INLINE_SPACE: a no-break space, a thin
#: one), as between the words of an address and the name beside it («кв.15\xa0Петренко»)
SPACE = f"[{INLINE_SPACE}]"
#: A flat's word and number right before a surname that closes the text: the signature after the writer's address
#: («ул. Зорге 33/2 кв.15 Петренко», session 29); a regex, not home_address.FLAT_BEFORE's count of characters
FLAT_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?i:кв|квартира)\.?{SPACE}{{0,2}}(?:№{SPACE}?)?\d{{1,4}}[а-яё]?{SPACE}{{0,2}},?{SPACE}{{1,2}}\Z")
#: A comma or colon and an address after a surname that opens a sentence: a street (maybe after its word) and a
#: house with a flat or a building after a dash or slash, or a flat's word and number («Петренко, Зорге 33/2-15»,
#: «Петренко: ул. Зорге 33, кв. 15», session 29), or with no mark («Петренко Зорге 33/2-15», session 30: then the
#: surname must read first as one, :func:`_surname_first`): the writer's name and address, as a form's requisites
#: give them (its street words: :data:`mcu_nlp.name_homes.ADDRESS_WORDS`).
#: A town between the signature and its street (its type: :data:`mcu_nlp.name_homes.SETTLEMENT_TYPES`), a comma or
#: colon after it («Петренко, Краснодар, ул. Красная
#: 122-45», «..., г. Краснодар, ...», «..., ст. Каневская, ...», «..., Горячий Ключ, ...», «..., Славянск-на-Кубани,
#: ...»; session 43, a Краснодарский край walkthrough: the usual signature on «Решаем вместе» was left whole in
#: clear): with no type word the name must be a town's (:func:`_town`); it stays, the address after it is masked
TOWN_NAME = rf"[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:(?:-|{SPACE})(?:(?i:на)-)?[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))?"
ADDRESS_AFTER = re.compile(
    rf"(?:{SPACE}{{0,2}}(?P<mark>[,:]){SPACE}{{0,3}}|{SPACE}{{1,2}})"
    rf"(?:(?:(?P<type>(?i:{SETTLEMENT_TYPES}))\.?{SPACE}{{0,2}})?(?P<town>{TOWN_NAME}){SPACE}{{0,2}}[,:]{SPACE}{{0,3}})?"
    rf"(?P<address>(?:(?i:{ADDRESS_WORDS})\.?"
    rf"{SPACE}{{0,2}})?[А-ЯЁ](?:[а-яё-]+|[А-ЯЁ-]+)(?:{SPACE}[А-ЯЁ](?:[а-яё-]+|[А-ЯЁ-]+))?{SPACE}{{0,2}},?{SPACE}{{0,2}}"
    rf"(?:(?i:д|дом)\.?"
    rf"{SPACE}{{0,2}})?\d{{1,4}}[а-яё]?(?:(?:{SPACE}?[-/]{SPACE}?\d{{1,4}}){{1,2}}|{SPACE}{{0,2}},?{SPACE}{{0,2}}"
    rf"(?i:кв|квартира)\.?{SPACE}{{0,2}}\d{{1,4}}))(?![\d.,/-]\d)"
)
#: What may follow a signature that closes the text: spaces (a no-break one too), a full stop, «!»
CLOSING = re.compile(rf"(?:{SPACE}|[.!\n]){{0,3}}\Z")
#: A settlement's type before a town's name, abbreviated (and PLACE_BEFORE's «г», «пос», «ст»): «г.Пушкин, ул. ...»
#: opens no sentence
TOWN_TYPES = frozenset(("п", "с", "д", "х", "пгт", "дер", "гор", "город"))
#: What may follow an initial in one name: a surname, or a word the dictionary lacks or shaped like a surname that
#: passed as one ("Ю.А. Штоц", "Е.Н. Мойщикова")
SURNAME_NEXT = frozenset("SUL")


def _runs(text: str) -> tuple[list[list[re.Match[str]]], dict[int, bool]]:
    """The runs of name words in ``text``, and where the words that are surnames only by their neighbours start
    (:mod:`mcu_nlp.name_nouns`: "Мельник Иван Петрович", "Главврач Абаза")."""
    matches = list(CAPITALISED.finditer(text))
    kinds = [name_kinds(match.group()) for match in matches]
    runs: list[list[re.Match[str]]] = []
    nouns: dict[int, bool] = {}  # where such a word starts: whether it is a name alone (after a role word)
    for i, match in enumerate(matches):
        how = "" if kinds[i] or not noun_word(match.group()) else noun_surname(text, matches, kinds, i)
        if "L" in kinds[i] and _beings_surname(text, match.group(), match.start()):
            how = "role"  # «Сосед Кадиев»: a surname alone by the role word before it
        if how:
            kinds[i] = NOUN_SURNAME
            nouns[match.start()] = how == "role"
        if not kinds[i] or (kinds[i] & TENTATIVE and not beside_first_name(text, matches, kinds, i)):
            continue
        gap = text[runs[-1][-1].end() : match.start()] if runs else "x"
        # after an initial only a surname continues the name: "Н.А. Из-за ..." starts a sentence; and nothing after
        # the initials that close a name ("Сидоров А.А. Ленина": a street, "Иванов И.И. Петров П.П.": two people)
        after_initial = bool(runs) and runs[-1][-1].group().endswith(".")
        surname_next = bool(kinds[i] & SURNAME_NEXT) or match.group().endswith(".")
        closed = after_initial and not match.group().endswith(".") and not runs[-1][0].group().endswith(".") \
            and not _middle_initial(text, runs[-1], match, kinds[i])
        if len(gap) <= MAX_GAP and (gap == "" or gap.isspace()) and (surname_next or not after_initial) and not closed:
            runs[-1].append(match)
        elif closed and len(runs[-1]) >= 5 and _initials(runs[-1][-4:]):
            # a name's two initials and two more before this surname («КУЦАК Р.Н. Р.Н. КУЦАК»): the second pair
            # opens this name, as a second pass over the first's mask would read it (session 52)
            runs.append([*runs[-1][-2:], match])
            runs[-2] = runs[-2][:-2]
        else:
            runs.append([match])
    return split_places(text, runs), nouns


def _middle_initial(text: str, run: list[re.Match[str]], match: re.Match[str], kind: frozenset[str]) -> bool:
    """Whether a surname (``match``, of ``kind``) goes on a first name and one initial or more: «Иван С. Петров» and
    «Игорь Р.Н. Куцак» are one person (a mask that stopped at the initials left the surname in clear, and a second
    pass masked it: session 52); not one before a number, a street's («Иван С. Ленина 5»)."""
    first = name_kinds(run[0].group())
    shapes = {"S", "s"} if len(run) == 2 else SURNAME_NEXT  # after two initials or more, a word unknown too
    surname = bool(kind & shapes) and not NUMBER_AFTER.match(text, match.end())
    return 2 <= len(run) <= 5 and _initials(run[1:]) and "n" in first and not first & {"S", "s"} and surname


def _initials(run: list[re.Match[str]]) -> bool:
    """Whether every word of ``run`` is an initial ("Р.")."""
    return all(word.group().endswith(".") for word in run)


def _without_marks(text: str) -> tuple[str, list[int]]:
    """``text`` without combining marks ("и" + breve is "й"), and where each of its characters (and its end) was."""
    chars: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        if MARK.match(char):
            if char == "\u0306" and chars and chars[-1] in "иИ":
                chars[-1] = "й" if chars[-1] == "и" else "Й"
            continue
        chars.append(char)
        where.append(i)
    where.append(len(text))
    return "".join(chars), where


def find_names(text: str) -> list[tuple[int, int]]:
    """Return (start, stop) of every personal name in ``text``.

    >>> text = "Прошу Иванова И.И. и Петр Сергеевич проверить ул. Софьи Ковалевской"
    >>> [text[a:b] for a, b in find_names(text)]
    ['Иванова И.И.', 'Петр Сергеевич']
    >>> text = "меня зовут анна сергеевна, живу на ул. ивана фомина"
    >>> [text[a:b] for a, b in find_names(text)]
    ['анна сергеевна']
    >>> text = "Ива\u0301нов Ива\u0301н Ива\u0301нович"  # stress marks, or a decomposed "й"/"ё"
    >>> [text[a:b] for a, b in find_names(text)] == [text]
    True
    """
    if MARK.search(text):  # a mark splits a word for the patterns and pymorphy3: read the text without them
        plain, where = _without_marks(text)
        return [(where[a], where[b]) for a, b in _find_names(plain)]
    return _find_names(text)


def signed_addresses(text: str, names: list[tuple[int, int]], contacts: Sequence[tuple[int, int]] = ()
                     ) -> list[tuple[int, int]]:
    """(start, stop) of the addresses right after a name opening a sentence among ``names`` (:func:`find_names`' spans
    of ``text``), as a signature gives them (ADDRESS_AFTER: a street and a house with a flat's or a building's number,
    maybe past a town): a surname alone or a full name before a comma, a colon or nothing, as a form's requisites give
    them («Заявитель: [PERSON], адрес: [ADDRESS]»): the writer's, and so the household's home (session 30: «Петренко,
    Зорге 33/2-15» was «[PERSON], Зорге 33/2-15»; session 43: «Петренко, Краснодар, ул. Красная 122-45» and
    «Тхагапсоев Аслан Муратович, Краснодар, ул. Красная 122-45» were in clear, and then, right after a full name, «Иван
    Петренко, Зорге 33/2-15», «Петров Иван Ленина 3-45» (the street split from the name by :func:`_street_end`)
    kept street and house). An address with no flat's or building's number names no one («Петренко, Зорге 33 яма»
    stays whole); one after a name inside a sentence («мастер Петренко, Зорге 33/2-15»), or right after a given name
    and patronymic alone with no town between («Роман Владимирович, Ленина 5/2 во дворе яма»: how one addresses an
    official, no signature; :func:`_given_and_patronymic`), is left as any address with no home phrase. A name after
    «пишет» or «обращается», or with one of the text's ``contacts`` (phones, e-mails, handles: (start, stop), sorted)
    beside it, signs wherever it stands, past its contacts and up to three places (session 44: «пишет кузнецов алексей,
    тел 8910..., нн автозавод ул. львовская 5-17» and «vk.com/id1, Мария Владимировна Кольцова, Бор, ул. Махалова д 10
    кв 5» kept street and house; :func:`mcu_nlp.name_homes.home_after`); not one after a role word or a verb of calling
    («звонила мастеру сидорову виктору, 8910..., ул. Ленина 5-17»: :func:`_cued_by_other`).

    >>> text = "Петренко, Зорге 33/2-15; Петренко: ул. Зорге 33, кв. 15. Иванов Иван, Краснодар, Мира 3-45"
    >>> [text[a:b] for a, b in signed_addresses(text, find_names(text))]
    ['Зорге 33/2-15', 'ул. Зорге 33, кв. 15', 'Мира 3-45']
    >>> text = "Иван Петренко, Зорге 33/2-15. Роман Владимирович, Ленина 5/2 во дворе яма"
    >>> [text[a:b] for a, b in signed_addresses(text, find_names(text))]
    ['Зорге 33/2-15']
    >>> text = "пишет кузнецов алексей, тел 89101234567, нн автозавод ул. львовская 5-17, света нет"
    >>> [text[a:b] for a, b in signed_addresses(text, find_names(text), [(28, 39)])]
    ['ул. львовская 5-17']
    """
    found = []
    for start, stop in names:
        opens = sentence_start(text, start) or word_before(text, start) in WRITER_CUES
        if opens and (address := _address_after(text, stop)) and (
                address["town"] is not None or not _given_and_patronymic(text[start:stop])):
            found.append(address.span("address"))
        elif span := home_after(text, start, stop, () if _cued_by_other(text, start) else contacts,
                                opens and not _given_and_patronymic(text[start:stop]), _town):
            found.append(span)
    return found


def _cued_by_other(text: str, start: int) -> bool:
    """Whether a role word or a verb of calling or reporting other than a writer's own stands right before ``start``:
    the contact beside such a name is the person's called («звонила мастеру сидорову виктору, 8910...»), and the
    address after it where the problem is as often as anyone's home."""
    before = word_before(text, start)
    return (before in REPORTED_BY and before not in WRITER_CUES) or role_word(before)


def _given_and_patronymic(name: str) -> bool:
    """Whether a ``name`` found is a given name and a patronymic and no more: how a text addresses the official it is
    written to («Роман Владимирович, ...»), the address after it a problem's as often as the writer's."""
    words = NAME_WORD.findall(name)
    if len(words) != 2:
        return False
    first, second = (name_kinds(word.capitalize()) for word in words)
    return bool(first & {"N", "n"}) and bool(second & {"P", "p"})


def _address_after(text: str, stop: int) -> re.Match[str] | None:
    """ADDRESS_AFTER at ``stop``, if the town it passes before the street is one: a type word before it («г.
    Краснодар», «ст. Каневская») or a town's name (:func:`_town`: «Краснодар», «Горячий Ключ»; not «Садовая, ...»)."""
    address = ADDRESS_AFTER.match(text, stop)
    if address is None or address["town"] is None or address["type"] is not None:
        return address
    return address if _town(address["town"].lower()) else None


#: A word's last letter and one or two spaces right before a surname: a job's word there names its holder
JOB_BEFORE = re.compile(rf"[А-ЯЁа-яё](?:{SPACE}|[ \t]){{1,2}}\Z")
#: A word of a name's span: a given name and patronymic there are read by :func:`_given_and_patronymic`
NAME_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")


def _find_names(text: str) -> list[tuple[int, int]]:
    found, rest = [], []
    runs, nouns = _runs(text)
    for whole in runs:
        whole = whole[: _street_end(text, whole)]  # «Дорогенько Ленина 5-12», «Карла Маркса 5-12»: a street's name
        if not whole:
            continue
        every = [NOUN_SURNAME if m.start() in nouns else name_kinds(m.group()) for m in whole]
        shaped = partial(_shaped, text, whole, every)
        for a, b in people(text, whole, every, shaped) or [(0, len(whole))]:  # people one after another
            run, kinds = whole[a:b], every[a:b]
            if 2 <= len(run) <= 4 and shaped(a, b):
                start = 0 if not is_place(text, run, kinds) else _person_after_place(text, run, kinds)
                if start is not None:
                    found.append((run[start].start(), run[-1].end()))
                    rest += run[:start]
                    continue
            rest += run
    alone = {run[0].start() for run in runs if len(run) == 1}  # a contact beside a phone, or «от имени» someone
    phones = PhoneWords(text)  # the phones in words, read once for all the words alone, and only for this call
    found += [match.span() for match in rest if nouns.get(match.start()) or _lone_surname(text, match)
              or (match.start() in alone and _alone(text, match, phones)) or family(text, match)]
    if TURKIC_HINT.search(text):
        found += turkic_names(text)
    if LOWER_PATRONYMIC.search(text):
        found += _lowercase_names(text)
    found += lowercase_pairs(text)
    if PHONE_DIGITS.search(text):
        found += lowercase_contacts(text)
    found += cued_names(text)
    found += kin_names(text) + described_names(text)
    if KOREAN_HINT.search(text):
        found += korean_names(text)
    found += tuvan_names(text) + hyphenated_names(text)
    if LATIN_CAPITAL.search(text):
        found += latin_names(text)
    if INTRODUCTION_HINT.search(text):  # literals: 4x faster than searching INTRODUCTION in every text
        found += introduced_names(text)
    if "я," in text or "Я," in text:  # str search: a third of what searching SELF in every text costs
        found += self_named(text)
    found += introduced_self(text)  # «я Наталья, ...», «Это Ольга, ...»: 2 µs a text, no hint (one would miss U+00A0)
    return _merged(honoured(text, found))  # «Хаджи Мурат Омаров», «Магомед-хаджи»: the honorific with its name


#: A house's number after a word: one to three digits (not a phone's, «39-96-98», a year's, or a date's, «4.07.2018»),
#: maybe after a comma, then a flat's or a building's number after a dash or a slash, a flat's or a building's word, a
#: mark or the end: no word that counts it («Гөлшат Галиева 5 лет живу ...», «4 июля»)
HOUSE_AFTER = re.compile(
    rf"(?:{SPACE}|[ \t,]){{0,3}}\d{{1,3}}(?!\d|[ \t-]?\d\d[ \t-]\d\d(?!\d)|[./]\d{{1,2}}[./]\d\d|\.\d)"
    rf"(?:[а-яё](?![а-яё]))?(?=[-/]\d|(?:{SPACE}|[ \t]){{0,2}}(?:[,.;:!?)\n]|\Z|(?i:кв|квартира|к|корп|корпус|стр|лит"
    r"|подъезд|д|дом)(?![а-яё])))")
#: The cases a street's name after a person is in, in «улица Ленина», «улица Карла Маркса»
STREET_CASES = frozenset(("gent",))


def _street_end(text: str, run: list[re.Match[str]]) -> int:
    """How many words of a ``run`` of name words are a person's, the words after them a street's name in the
    genitive right before a house's number: a man's surname there («Ленина», «Гагарина», «Маркса») names the street far
    more often than a woman in the nominative, and so does a first name in the genitive before it («Карла Маркса»).
    «Дорогенько Ленина 5-12» (a word the dictionary lacks as a given name), «Әлмәт Ленина 5-12» (folded to «Алмат», a
    first name), «Петров Иван Ленина 3-45» kept the street in the name and masked it whole; a first name the dictionary
    knows that agrees with the surname in another case keeps it («Анна Смирнова 5 кв»: a woman's name), and so does a
    woman's given name before a surname read as a woman's nominative («Гулшат Галиева 5 кв 3», «Хадижат Магомедова 5
    кв 3»: :func:`mcu_nlp.name_words.woman_named`), unless a surname (by its first parse) stands before that given
    name: «Иванова Анна» is her whole name, «Ленина 5-12» the street (session 43; «Иванова Анна Ленина 5-12» was one
    name, the house left in clear).

    >>> [_street_end(t, list(CAPITALISED.finditer(t.split(" 5")[0]))) for t in (
    ...     "Дорогенько Ленина 5-12", "Петров Иван Ленина 5-12", "Карла Маркса 5-12", "Анна Смирнова 5", "Иван Петров",
    ...     "Иванова Анна Ленина 5-12")]
    [1, 2, 0, 2, 2, 2]
    """
    if len(run) < 2 or not HOUSE_AFTER.match(text, run[-1].end()):
        return len(run)
    if run[-2].group().endswith("."):  # «А.А. Тяпочкина 39-...»: a surname after initials
        return len(run)
    last = run[-1].group().lower()
    surnames = _street_readings(last)
    if not surnames:
        return len(run)
    before = run[-2].group().lower()
    names = readings(before, "Name")
    surnamed = len(run) >= 3 and "s" in name_kinds(run[-3].group())  # «Иванова Анна Ленина 5-12»: her name, a street
    if not surnamed and analyzer().word_is_known(before) and any(
            a[:2] == b[:2] and a[2] & b[2] and a[0] not in STREET_CASES | {"accs"}
            for a in names for b in readings(last, "Surn")):
        return len(run)  # «Анна Ленина 5»: a woman's nominative (not a name the dictionary only guesses: «Зинхар»)
    if not surnamed and woman_named(before, last):
        return len(run)  # «Хадижат Магомедова 5 кв 3»: a woman's given name, her surname in the nominative
    of_street = any(a[0] in STREET_CASES and a[1:2] == b[1:2] and a[2] & b[2] for a in names for b in surnames)
    return len(run) - 2 if of_street else len(run) - 1


@lru_cache(maxsize=2_000)
def _street_readings(lower: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """A surname's readings of ``lower`` as a man's in the genitive, as a street named after him is («ленина»), none
    for an indeclinable one («петренко»)."""
    return tuple(agreement(p.tag) for p in analyzer().parse(lower)
                 if "Surn" in p.tag and p.tag.case in STREET_CASES and p.tag.gender == "masc" and "Fixd" not in p.tag)


def _alone(text: str, match: re.Match[str], phones: PhoneWords) -> bool:
    """Whether a name word alone is a contact's (:mod:`mcu_nlp.name_contacts`; ``phones``: the text's phones in
    words) or whom a message is for (:mod:`mcu_nlp.name_addressees`)."""
    word, start = match.group(), match.start()
    return contact(text, word, start, phones) or addressed(text, word, start)


def _shaped(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]], start: int, stop: int) -> bool:
    """Whether the words ``start:stop`` of a ``run`` of name words (of ``kinds``) are shaped as one person's name."""
    words = [m.group() for m in run[start:stop]]
    opens = sentence_start(text, run[start].start())
    signed = first_name_initial(words, kinds[start:stop]) and run[start].end() < run[stop - 1].start()  # «Ирина П.»
    return (name_shaped(words, kinds[start:stop], opens) or signed) and not (
        len(words) == 2 and character(*words) and not (namesake(*words) and _cued(text, run[start].start()))
    )


def _cued(text: str, start: int) -> bool:
    """Whether a role word or a verb of writing, calling or coming stands right before ``start``: a historical
    person's name there is a person's («Заявитель Салават Юлаев»), not the team's («болели за Салават Юлаев»)."""
    before = word_before(text, start)
    return before in REPORTED_BY or role_word(before)


def _person_after_place(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> int | None:
    """Where a person starts in a ``run`` read as a place: a street named after someone ends where a first name and
    patronymic begin ("ул. Ленина Анна Петровна"); an institution "имени" someone is named with all of it ("им.
    Павлова Ивана Петровича"); a surname right before that first name is the person's, unless a street may be named
    after it ("ул. Ленина Сидоренко Галина Петровна": :func:`mcu_nlp.name_place_reach.surname_before`)."""
    if word_before(text, run[0].start()) in NAMED_AFTER or (at := pair_at(kinds)) is None:
        return None
    return surname_before(run, kinds, at)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, with overlapping ones joined: two readings of one name are one name."""
    if len(spans) < 2:
        return spans
    merged: list[tuple[int, int]] = []
    for start, stop in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))
        else:
            merged.append((start, stop))
    return merged


#: A mark right after a name heading its sentence: "Глазов, ул. Кирова", "Глазов: яма", "Глазов — яма".
HEADING_MARK = re.compile(r"[ \t]*(?:[,:;]|[—–-][ \t])")
#: A sentence ends after the word before a name, before the name: "Глава! Глазов", "Мэр. Глазов" (not a line break
#: alone: a text wrapped by hand breaks lines anywhere, "Гражданин\nКудряшов шумит").
SENTENCE_BETWEEN = re.compile(r"(?:[\w-]+[ \t]*[!?]|[\w-]{4,}[ \t]*\.)[^\w]*\Z")


def _sentence_between(text: str, start: int) -> bool:
    """Whether a sentence ends between the word before ``start`` and ``start``: «!» or «?», or a full stop after a
    word of four letters or more («гр. Петров»: an abbreviation's).

    >>> [_sentence_between(t, len(t) - 6) for t in ("Глава! Глазов", "Глава Глазов", "гр. Петров", "Мэр\\nПетров")]
    [True, False, False, False]
    """
    return SENTENCE_BETWEEN.search(text, max(0, start - 30), start) is not None


def _lone_surname(text: str, match: re.Match[str]) -> bool:
    """A surname without first name or initials, accepted only where the context says "a person": after a role
    word ("гражданин Кудряшов"; not a town after a place's role, "мэр Кирова"), after a place's role and the place
    ("Мэр Москвы Собянин"), after "жалоба от", or as the signature closing the text ("..., Кузнецова", after a flat's
    number too: "ул. Зорге 33/2 кв.15 Петренко"), or opening a sentence before a comma and an address with a flat's or
    a building's number ("Петренко, Зорге 33/2-15": the writer's name and address)."""
    word, start, stop = match.group(), match.start(), match.end()
    if "s" not in (kinds := name_kinds(word)):
        return False
    before = word_before(text, start)
    if character(before, word):  # «Дед Мороз»
        return False
    # a town's name heading a sentence before a mark is no cue's past a sentence's end: "Уважаемый Глава! Глазов, ул.
    # Кирова" is the town (session 69, the Удмуртия walkthrough's D1); a surname stays a person's there ("Где
    # участковый? Петров опять пьёт", "Уважаемый участковый! Королёв опять шумит": review of session 69)
    if (role_word(before) or resident_word(before)) and not (
        _sentence_between(text, start) and HEADING_MARK.match(text, stop) and _town(word.lower())
    ):
        # a plural role names no one person: "МЕНЕДЖЕРЫ КЛИНИНГА"
        plural = _numbers(before) == {"plur"} and "plur" not in _numbers(word.lower())
        role = not place_of_role(word, before) and not plural
        if role and job_only(before):  # a job past the list right before, a space between, no house number after:
            # «Таксист Петров»; not «Чита, Текстильщик, Кастринская 4» (a district and a street)
            role = JOB_BEFORE.search(text, max(0, start - 3), start) is not None and not NUMBER_AFTER.match(text, stop)
    else:
        holder = role_of_organisation(text, start)  # "глава администрации Кирова": the town's, as "мэр Кирова"
        role = (bool(holder) and not place_of_role(word, holder)) or _role_of_place(text, start)
    if word.isupper():  # in capitals only after a role word, and no abbreviation: "председатель ЖСК" is no person;
        # or before an address that opens a sentence, as in title case («ПЕТРЕНКО, ЗОРГЕ 33/2-15»)
        return (role and UNKNOWN_WORD.fullmatch(word) is not None) or _opens_address(text, word, start, stop, before)
    closes = len(text) - stop < 4 and not text[stop:].strip(" .!\n")
    signature = closes and text[max(0, start - 3) : start].rstrip(" ").endswith((",", "\n"))
    # beside an address: a street's name in the genitive as likely, a town's, an adjective's
    if not signature and not role and not word.isupper():
        lower = word.lower()
        # closing the text, maybe before a phone that does: «... кв.15 Петренко», «... кв 15 Петренко тел 8928...»
        ends = CLOSING.match(text, stop) is not None or closing_phone(text, stop)
        flat = ends and FLAT_BEFORE_NAME.search(text, max(0, start - 24), start) is not None
        signature = (flat and _signing_surname(lower)) or (not flat and _opens_address(text, word, start, stop, before))
    by = text.rfind("от", max(0, start - 30), start) if before == "от" else -1
    reported = before in REPORTED_BY and not house_number_after(text, stop)  # «обращается Мальцева, дом 5»; «Ленина 5»
    return role or signature or reported or (by >= 0 and word_before(text, by) in SENT_BY) \
        or person_after_im(text, match, kinds)


def _beings_surname(text: str, word: str, start: int) -> bool:
    """Whether a known word shaped like a surname that reads only as a plural of beings (``word`` at ``start``, of kind
    L: «Кадиев», "of the кадии"; «Ханов», «Эмиров») is a surname alone after a role word in the nominative singular
    («Сосед Кадиев опять шумит», «гражданин Ханов»): a man's surname in -ов/-ев is in the nominative there, and a
    plural's genitive after a role word in title case is in none of 61,889 real appeals (session 31; «Сосед Кадиева»
    was masked, «Сосед Кадиев» not). A plural of a role, a job or a group of residents names the group the role word
    heads («Председатель Ветеранов», «Председатель Садоводов», «Гражданин Пенсионеров»: session 31's review). Beside a
    first name such a word is a surname already (:mod:`mcu_nlp.name_neighbours`)."""
    before = word_before(text, start)
    return not word.isupper() and word.endswith(PLURAL_NAME_ENDINGS) and _plural_beings(word.lower()) \
        and role_word(before) and _nominative_role(before)


@lru_cache(maxsize=2_000)
def _plural_beings(lower: str) -> bool:
    """Whether every reading of ``lower`` is a plural of a being (in the genitive or accusative), none of a role, a
    job or a group of residents (:func:`mcu_nlp.name_roles.role_word`, :func:`mcu_nlp.name_describers.resident_word`):
    «кадиев», «ханов»; not «советов», «домов» (things), «ветеранов», «садоводов», «пенсионеров»."""
    parses = analyzer().parse(lower)
    return all(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.number == "plur" for p in parses) \
        and not any(role_word(p.normal_form) or resident_word(p.normal_form) for p in parses)


@lru_cache(maxsize=2_000)
def _nominative_role(lower: str) -> bool:
    """Whether a role word reads as a noun's nominative singular («сосед», «гражданин»; not «соседа», «соседям»)."""
    return any({"nomn", "sing"} <= p.tag.grammemes for p in analyzer().parse(lower))


def _opens_address(text: str, word: str, start: int, stop: int, before: str) -> bool:
    """Whether a surname alone (``word`` at ``start:stop``, after the word ``before``) opens a sentence before a comma,
    a colon or nothing and an address with a flat's or a building's number (ADDRESS_AFTER): the writer's signature
    («Петренко, Зорге 33/2-15»; in capitals too, «ПЕТРЕНКО ЗОРГЕ 33/2-15»)."""
    address = _address_after(text, stop)
    lower = word.lower()
    return address is not None and sentence_start(text, start) and before not in PLACE_BEFORE \
        and before not in TOWN_TYPES and (address["mark"] is not None or _surname_first(lower)) \
        and _signing_surname(lower)


def _signing_surname(lower: str) -> bool:
    """A surname that may sign: in the nominative, no adjective's or town's name («Петренко»; not «Киров», «Горький»,
    «Ломоносов»)."""
    return _nominative_surname(lower) and not _adjective(lower) and not _town(lower)


@lru_cache(maxsize=2_000)
def _surname_first(lower: str) -> bool:
    """Whether pymorphy3 reads ``lower`` first as a surname: before an address with no mark between, a word that reads
    first as a noun opens a street's name of two words («Героев Панфиловцев 5-12», «Маршала Жукова 5-12»), no
    person's («Петренко Зорге 33/2-15» is one).

    >>> [_surname_first(w) for w in ("петренко", "кузьменко", "героев", "маршала")]
    [True, True, False, False]
    """
    return "Surn" in analyzer().parse(lower)[0].tag


@lru_cache(maxsize=2_000)
def _nominative_surname(lower: str) -> bool:
    """Whether ``lower`` reads as a surname in the nominative and not as a man's declined one in the genitive, as a
    street named after him is («петренко», «иванов», «шевчук»; not «ленина», «иванова»: «кв 5 Ленина» is a street's).

    >>> [_nominative_surname(w) for w in ("петренко", "иванов", "шевчук", "ленина", "иванова")]
    [True, True, True, False, False]
    """
    parses = [p.tag for p in analyzer().parse(lower) if "Surn" in p.tag]
    return any(tag.case == "nomn" for tag in parses) and not any(
        tag.case == "gent" and tag.gender == "masc" and "Fixd" not in tag for tag in parses)


@lru_cache(maxsize=2_000)
def _town(lower: str) -> bool:
    """Whether ``lower`` names a town: pymorphy3 reads it as a place at all, or the geo gazetteer holds it as a form
    of a town's name (a town or an urban settlement, or a municipality: «ломоносов», a town of St Petersburg that
    pymorphy3 knows only as a surname). A town before its street and house («Пушкин, ул. Ленинградская, д.25,
    кв.26», «Королев, Гагарина 5-12», «Ломоносов, Ленина 5-12») or after a flat («кв 5 Киров») names no one. Only the
    dictionary's if the gazetteer cannot be loaded (missing or unreadable), redaction never failing for it.

    >>> [_town(w) for w in ("пушкин", "ломоносов", "киров", "петренко", "иванов", "шевчук")]
    [True, True, True, False, False, False]
    """
    if any("Geox" in p.tag for p in analyzer().parse(lower)):
        return True
    # imported here: a redaction that meets no such name never loads the gazetteer
    from mcu_nlp.geo.gazetteer import gazetteer_or_none
    from mcu_nlp.geo.tokens import phrase_key

    if (gazetteer := gazetteer_or_none()) is None:
        return False
    return any(gazetteer.kind[place] == "municipality" or (gazetteer.urban and gazetteer.urban[place])
               for place, _ in gazetteer.index.get(phrase_key(lower), ()))


@lru_cache(maxsize=2_000)
def _adjective(lower: str) -> bool:
    """Whether ``lower`` reads as a qualitative adjective in the nominative, as a street's, a town's or a district's
    name does («горький», «светлый»; not «толстой», «петров»: a possessive's reading): «кв 5 Горький» names no one.

    >>> [_adjective(w) for w in ("горький", "толстой", "петров", "петренко")]
    [True, False, False, False]
    """
    return any(p.tag.POS == "ADJF" and "Qual" in p.tag and p.tag.case == "nomn" for p in analyzer().parse(lower))


@lru_cache(maxsize=2_000)
def _numbers(lower: str) -> frozenset[str]:
    """The grammatical numbers of a word's readings: {"plur"} for "менеджеры", "соседям"; both for "ивановым"."""
    return frozenset(p.tag.number for p in analyzer().parse(lower) if p.tag.number)


def _role_of_place(text: str, start: int) -> bool:
    """Whether a place's role and the place stand right before ``start``: "Мэр Москвы Собянин"."""
    words = words_before(text, start)
    return len(words) > 1 and place_of_role(words[-1], words[-2])


def _lowercase_names(text: str) -> list[tuple[int, int]]:
    """Names typed in lower case, accepted only with a patronymic: "меня зовут анна сергеевна"; the first word may be
    capitalised, as a phone capitalises a message's first letter («Татьяна ивановна, 8918...», session 45)."""
    found = []
    runs: list[list[re.Match[str]]] = []
    for match in LOWER_WORD.finditer(text):
        if not name_kinds(match.group().capitalize()):
            continue
        if match.group().islower() and runs and text[runs[-1][-1].end() : match.start()] == " ":
            runs[-1].append(match)
        else:
            runs.append([match])
    for run in runs:
        kinds = [name_kinds(m.group().capitalize()) for m in run]
        before = word_before(text, run[0].start())  # «спасибо им иванов иван иванович»: «им» = to them
        if 2 <= len(run) <= 3 and SHAPES[0](kinds) and (before not in PLACE_BEFORE or to_them(text, run[0].start())):
            found.append((run[0].start(), run[-1].end()))
    return found
