"""A name right after a role word or a verb of reporting or calling, as people type it in a hurry: in lower case
(«звонила мастеру хамитову рустаму», «приходила соцработница галина», «звонила мальцева», «пишет айгуль из ...»), or
a capitalised first name alone («Соцработница Гульнара не помогла», «Пишет Айгуль»); after a role word and an
organisation's abbreviation (:data:`mcu_nlp.name_roles.ORGANISATIONS`) the name words in lower case too («звонила
мастеру УК сидорову», «инженеру ЖЭУ петровой», «председателю ТСЖ ивановой»), and after a role word and a home's
word («хозяйка квартиры иванова», «собственник квартиры Светлана»), a resident's word too («арендатор квартиры
сидоров», «жилец квартиры петров»: :func:`resident_forms`; session 29), and a job past the list («Таксист Иван сказал»:
:func:`mcu_nlp.name_roles.occupation`, session 31), in the genitive or accusative too before a first name alone in its
case («благодарим продавца Ксению»: :func:`_object_of_job`, session 32). The cue says a person follows
(:data:`mcu_nlp.name_roles.PERSON_BEFORE` in any case, :data:`mcu_nlp.name_context.REPORTED_BY`); a word is a name
word when pymorphy3 reads it FIRST as a first name, surname or patronymic and knows it (Bashkir, Tatar and other
given names it knows: «гульнара», «айгуль», «ильмир»), or lacks it and it ends as a surname does («сабитова»; a given
name it lacks, «лейсан», is missed, except after a surname in -ов/-ев/-ин/-ян in the surname's case, «мастеру
сабирову ильназу», «соседка ахметова гульназ»: :func:`_surname_and_unknown_given`, session 30). A word it reads
first as a common noun is none: «мастеру
сантехнику», «соцработница пришла», «пишет жалобу», «приходила вера» stay. A house number after the words makes them
a street's («пишет ленина 5»), a town after a place's role its place («мэр кирова»), a character or a
namesake is no one (:mod:`mcu_nlp.name_characters`: «пишет салават юлаев»: the team), a rank in the genitive a
street named after its holder («маршала жукова»: :func:`mcu_nlp.name_roles.role_word`), a quote before the cue
opens a title («Доктор Петров»: a clinic), and a role that is an adjective agrees with its person in gender
(«управляющий аврора восток» is a company, «управляющая компания»).
:mod:`mcu_nlp.names` calls :func:`cued_names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_characters import character, namesake
from mcu_nlp.name_context import REPORTED_BY, house_number_after
from mcu_nlp.name_describers import RESIDENTS, resident_word
from mcu_nlp.name_honorifics import bare, street_honoured
from mcu_nlp.name_places import NAME_TAGS
from mcu_nlp.name_roles import ORGANISATIONS, PERSON_BEFORE, occupation, place_of_role, role_word
from mcu_nlp.name_spellings import ADJECTIVE_ENDINGS, SURNAME_ENDINGS

#: Up to three words after a cue, one or two spaces apart, each in lower case or title case, maybe hyphenated
#: («иванову-петрову», «анна-мария»: each part must be a name word)
NAME_WORDS = re.compile(
    r"[ \t\xa0]{1,2}([А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)(?:[ \t\xa0]{1,2}([а-яё]{2,}(?:-[а-яё]{2,})?))?"
    r"(?:[ \t\xa0]{1,2}([а-яё]{2,}(?:-[а-яё]{2,})?))?(?![\w-])"
)
#: A word ending as a job's word does in any case, before a word (:func:`mcu_nlp.name_roles.occupation` reads it):
#: «таксист», «охраннику», «продавщицей», «пекаря», «продавцу», «экскурсоводу»; the word after it only looked at, or
#: a job after a word of that shape were missed («благодарим продавца Ксению»: «благодарим» ends in «-ар-им»)
JOB_FORM = re.compile(r"(?<![\w-])([а-яё]+(?:ист|тел|щик|щиц|чик|чиц|ник|ниц|ер|ёр|ор|ант|ент|лог|ар|ец|ц|вод)"
                      r"[а-яё]{0,3})(?=[ \t\xa0]{1,2}[а-яё])")
#: A quote right before the cue opens a title: «Доктор Петров», `мастер иванов` name a clinic or a firm
OPENING_QUOTES = frozenset("«\"'`„“")


@lru_cache(maxsize=1)
def cue_forms() -> frozenset[str]:
    """Every form of the role words (all their readings' lexemes, which :func:`role_word` then checks) and the verbs
    of reporting and calling: the words after which a name may stand."""
    forms = set(REPORTED_BY)
    for word in PERSON_BEFORE:
        forms.add(word)
        for parse in analyzer().parse(word):
            if parse.normal_form == word and parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
                forms.update(form.word for form in parse.lexeme)
    return frozenset(forms)


def cued_names(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the names right after a role word or a verb of reporting or calling in ``text``.

    >>> text = "звонила мастеру хамитову рустаму, приходила соцработница Галина; мастеру сантехнику пишет жалобу"
    >>> [text[a:b] for a, b in cued_names(text)]
    ['хамитову рустаму', 'Галина']
    """
    lowered = same_length_lower(text)
    split = lowered.split()
    cues = cue_forms().intersection(split)  # C speed; a cue right after a bracket or quote is missed
    cues |= {job for job in JOB_FORM.findall(lowered) if occupation(job)}  # «Таксист Иван»: a job past the list
    if HOME_HINT in lowered or ROOM_HINT in lowered:  # «арендатор квартиры сидоров»: a resident's word before a home's
        cues |= resident_forms().intersection(split)
    if not cues:
        return []
    found = []
    for cue in cues:
        for match in _cue_pattern(cue).finditer(lowered):
            role = cue in REPORTED_BY or role_word(cue)
            if not role and text[match.start()].islower() and occupation(cue):
                span = _name_after(text, match.end(), cue)  # «благодарим продавца Ксению», «у таксиста Ивана»
                if span is not None and text[span[0]].isupper() and _object_of_job(text[span[0] : span[1]], cue):
                    found.append(span)
                continue
            if not (role or resident_word(cue)):
                break
            if match.start() and text[match.start() - 1] in OPENING_QUOTES:  # «Доктор Петров»: a clinic's name
                continue
            if cue == "хаджи" and street_honoured(text, match.start()):  # «на ул. Хаджи Булача»: a street's
                continue
            span = (_name_after(text, match.end(), cue) or _shouted_after(text, lowered, match.end(), cue)) \
                if role else None  # a resident's word alone is :mod:`mcu_nlp.name_describers`'
            if span is None and role and role_word(cue) \
                    and (organisation := ORGANISATION_AFTER.match(text, match.end())):
                span = _name_after(text, organisation.end(), cue, lower_only=True)  # «мастеру УК сидорову»
            if span is None and (not role or role_word(cue)) and (home := HOME_AFTER.match(text, match.end())):
                span = _name_after(text, home.end(), cue)  # «хозяйка квартиры иванова», «... квартиры Светлана»
            if span is not None:
                found.append(span)
    return sorted(found)


@lru_cache(maxsize=1)
def resident_forms() -> frozenset[str]:
    """Every form of the words for one resident (:data:`mcu_nlp.name_describers.RESIDENTS`: «арендатор», «жилец»,
    «собственника»): before a home's word a name may follow them («арендатор квартиры сидоров», session 29)."""
    forms = set()
    for word in RESIDENTS:
        for parse in analyzer().parse(word):
            if parse.normal_form == word and parse.tag.POS in ("NOUN", "ADJF"):
                forms.update(form.word for form in parse.lexeme)
    return frozenset(forms)


def same_length_lower(text: str) -> str:
    """``text`` in lower case, each character for one: a character whose lower case is longer («İ»: «i» and a dot
    above) stays as written, so offsets in the lower case are offsets in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


@lru_cache(maxsize=2_000)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(cue)}(?![\w-])")


#: An organisation's abbreviation in capitals right after a role word, maybe declined with a lower-case ending
#: («мастеру УК», «инженеру ЖЭУ», «председателю ТСЖ», «начальнику ЖЭКа»): the name words follow it
ORGANISATION_AFTER = re.compile(
    r"[ \t\xa0]{1,2}(?:"
    + "|".join(sorted((word.upper() for word in ORGANISATIONS), key=len, reverse=True))
    + r")(?:а|у|е|ом)?(?=[ \t\xa0])"
)

#: A home's word in the genitive or dative right after a role word («хозяйка квартиры», «собственнику комнаты»): the
#: name words follow it, as after an organisation's abbreviation (session 29)
HOME_AFTER = re.compile(r"[ \t\xa0]{1,2}(?i:квартир[ыеу]|комнат[ыеу])(?=[ \t\xa0])")
#: The cheap checks for HOME_AFTER in the lower-case text, before a resident's words are looked for
HOME_HINT, ROOM_HINT = " квартир", " комнат"


def _name_after(text: str, stop: int, cue: str, shouted: str = "", lower_only: bool = False) -> tuple[int, int] | None:
    """The name words right after a cue ending at ``stop``: lower-case name words (up to three), or a capitalised
    first name alone (a capitalised word after it is left to :mod:`mcu_nlp.names`, which reads pairs). ``shouted``:
    the text as written, whose words in capitals ``text`` holds in lower case: they are read as lower-case words.
    ``lower_only``: only lower-case name words (after an organisation's abbreviation a capitalised word is left to
    :mod:`mcu_nlp.names`: «директор УК Иванов»)."""
    words = NAME_WORDS.match(text, stop)
    if words is None or (lower_only and not words[1].islower()):
        return None
    first = words[1]
    if first.islower():
        count = _name_count(words, shouted)
        if not count or place_of_role(first, cue):
            return None
        end = words.end(count)
    else:
        if not first[1:].islower() or not first_name(bare(first.lower())) \
                or CAPITALISED_AFTER.match(text, words.end(1)):  # «имам Магомед-хаджи»: the first name honoured
            return None
        end = words.end(1)
    if cue[-2:] in ADJECTIVE_CUE and not _nominative(first.lower(), ADJECTIVE_CUE[cue[-2:]]):
        return None  # «управляющий аврора восток»: a company («управляющая компания»), no woman
    return None if house_number_after(text, end) else (words.start(1), end)  # a phone is a contact's


@lru_cache(maxsize=2_000)
def _object_of_job(name: str, job: str) -> bool:
    """Whether a capitalised first name alone after a job past the list in the genitive or accusative (written in
    lower case: :func:`mcu_nlp.name_roles.role_word` takes no such job's genitive, a street being named after a rank's
    or a job's holder, «ул. Архитектора Белова») agrees with it in one of those cases: the job's holder named
    («благодарим продавца Ксению», «жалоба на таксиста Ивана», «у экскурсовода Ольги»; session 32)."""
    cases = {p.tag.case for p in analyzer().parse(job) if p.tag.number == "sing" and p.tag.POS == "NOUN"}
    named = {p.tag.case for p in analyzer().parse(name.lower()) if "Name" in p.tag and p.tag.number == "sing"}
    return bool(cases & named & {"gent", "accs"})


def _shouted_after(text: str, lowered: str, stop: int, cue: str) -> tuple[int, int] | None:
    """The name words in capitals right after a cue ending at ``stop`` («ПРИХОДИЛА СОЦРАБОТНИЦА ГАЛИНА»), read as
    lower-case ones: each word in capitals (two letters or more), the words after it in capitals too."""
    words = NAME_WORDS.match(lowered, stop)
    if words is None or not text[words.start(1) : words.end(1)].isupper():
        return None
    return _name_after(lowered, stop, cue, shouted=text) if words[1].islower() else None


def _name_count(words: re.Match[str], shouted: str = "") -> int:
    """How many of the lower-case words after a cue make its name: name words (:func:`_name_word`) from the first on;
    a first name beside a word the dictionary lacks shaped as a surname in any case («тевосяну ашоту»); a
    historical person's two words (:data:`mcu_nlp.name_characters.NAMESAKES`: after a cue, a namesake of the team
    is a person), not a character's («дед мороз»); one word alone with a common noun's reading is none («лада»,
    «роза ветров», «лев»). ``shouted``: the text as written, whose words in capitals only count."""
    given = [w for i in (1, 2, 3) if (w := words[i]) is not None and (not shouted or _upper(shouted, words, i))]
    count = 0
    for word in given:
        if not _name_word(word):
            break
        count += 1
    if count < 2 and len(given) >= 2 and (_surname_and_given(given[0], given[1])
                                         or _surname_and_unknown_given(given[0], given[1])):
        count = 2 + (len(given) > 2 and _name_word(given[2]))
    if count and len(given) >= 2 and character(given[0], given[1]):
        return 2 if namesake(given[0], given[1]) else 0
    return 0 if count == 1 and common_noun(given[0]) else count


def _upper(text: str, words: re.Match[str], i: int) -> bool:
    return text[words.start(i) : words.end(i)].isupper()


#: A surname's stem ending and case ending, of a word the dictionary lacks: «тевосяну», «азатян», «ержанову»,
#: «сабитовой»
SURNAME_FORM = re.compile(r"(?:ов|ев|ёв|ин|ын|ян)(?:а|у|ым|ой|ом|е|ых)?\Z")


def _surname_and_given(one: str, two: str) -> bool:
    """Whether two lower-case words are a surname the dictionary lacks shaped as one in any case, and a first name it
    knows, in either order («тевосяну ашоту», «ашоту тевосяну»)."""
    return (unknown_surname_form(one) and first_name(two)) or (first_name(one) and unknown_surname_form(two))


#: A surname's ending in -ов/-ев/-ин/-ян and its case, and the endings a given name the dictionary lacks takes in that
#: case after it: a man's in a consonant («зарипов ильназ»), «-у», «-ю» in the dative («сабирову ильназу»; a woman's
#: accusative, «сабирову гульназ», in a consonant too), a woman's nominative or a man's genitive in «-а», «-я» or a
#: consonant («ахметова гульназ», «ахметова ильназа»), a woman's other cases in «-ы», «-и», «-е», «-ой», «-ей» or a
#: consonant (a name that does not decline), a man's instrumental in «-ом», «-ем», «-ём», prepositional in «-е»
SURNAME_CASES = (
    (re.compile(r"(?:ов|ев|ёв|ин|ын|ян)\Z"), re.compile(r"[бвгджзйклмнпрстфхцчшщь]\Z")),
    (re.compile(r"(?:ов|ев|ёв|ин|ын|ян)а\Z"), re.compile(r"[аябвгджзйклмнпрстфхцчшщь]\Z")),
    (re.compile(r"(?:ов|ев|ёв|ин|ын|ян)у\Z"), re.compile(r"[уюбвгджзйклмнпрстфхцчшщь]\Z")),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)ой\Z"), re.compile(r"(?:[ыиебвгджзйклмнпрстфхцчшщь]|ой|ей)\Z")),
    (re.compile(r"(?:ов|ев|ёв|ин|ын)ым\Z|яном\Z"), re.compile(r"(?:ом|ем|ём)\Z")),
    (re.compile(r"(?:ов|ев|ёв|ин|ын|ян)е\Z"), re.compile(r"е\Z")),
)
#: What the dictionary's guess for a word it lacks must not be first: a verb's, an adverb's, a short adjective's or a
#: participle's form («незнаю», «нечищено»: a typo)
NOT_GIVEN = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS", "ADJS", "ADVB", "COMP", "PRED", "CONJ", "PREP", "PRCL"})
#: A verb's ending, in a typo the dictionary lacks whatever it guesses («пришол», «шумет», «зделала»): no given name
VERB_ENDING = re.compile(r"(?:ол|ёл|ет|ёт|ут|ют|ят|ть|сь|ся|ла|ли|ло)\Z")


#: Words the dictionary lacks that follow a surname as no given name (second review of session 30): Tatar and Bashkir
#: forms of address («сосед ахметов абый», «соседке ахметовой апай»: the surname is masked, the word stays),
#: housing bodies' abbreviations («мастеру иванову тсж не ответило») and clipped speech («тож», «щаз», «грит»)
NOT_GIVEN_WORDS = frozenset({"абый", "абзый", "апа", "апай", "апаем", "агай", "ағай", "бабай", "ханум", "тсж", "жкх",
                             "тсн", "ук", "тож", "щаз", "щас", "грит", "грю", "вчира", "сення", "седня"})


@lru_cache(maxsize=20_000)
def _surname_and_unknown_given(one: str, two: str) -> bool:
    """Whether two lower-case words after a cue are a surname in -ов/-ев/-ин/-ян, in any case (one the dictionary
    knows as a surname, or lacks and :func:`unknown_surname_form` takes), and a given name the dictionary lacks in the
    case of it (:data:`SURNAME_CASES`): «сабирову ильназу», «ахметова гульназ», «зарипов ильназ» (a Tatar given name
    it lacks; session 30). Words it knows after the surname are no name here: «сабирову сказали», «сабирову вчера».

    >>> [_surname_and_unknown_given(*pair.split()) for pair in (
    ...     "сабирову ильназу", "галиеву ильназу", "ахметова гульназ", "зарипов ильназ", "сабирову вчера",
    ...     "сабирову незнаю", "сабирову ильназа", "сантехнику ильназу", "иванов пришол", "ахметов абый")]
    [True, True, True, True, False, False, False, False, False, False]
    """
    if not (two.isalpha() and len(two) > 2) or two in NOT_GIVEN_WORDS or analyzer().word_is_known(two):
        return False
    if analyzer().word_is_known(one):
        if not any("Surn" in p.tag for p in analyzer().parse(one)):
            return False
    elif not unknown_surname_form(one):
        return False
    agreeing = next((given for surname, given in SURNAME_CASES if surname.search(one)), None)
    return agreeing is not None and agreeing.search(two) is not None and VERB_ENDING.search(two) is None \
        and analyzer().parse(two)[0].tag.POS not in NOT_GIVEN


@lru_cache(maxsize=20_000)
def unknown_surname_form(word: str) -> bool:
    """Whether a word of five letters or more that the dictionary lacks is shaped as a surname in any case, with no
    «ск», «цк» in it (a place's adjective as often). Not :func:`mcu_nlp.name_spellings._unknown_surname`, which takes a
    surname's nominative only, of any length, «-ский» and «-ская» too.

    >>> [unknown_surname_form(word) for word in ("тевосяну", "сабитовой", "ержанов", "лиговский")]
    [True, True, True, False]
    """
    return len(word) > 4 and SURNAME_FORM.search(word) is not None and not analyzer().word_is_known(word) and not any(
        part in word for part in ("ск", "цк")
    )


@lru_cache(maxsize=20_000)
def common_noun(word: str) -> bool:
    """Whether pymorphy3 also reads a lower-case word as a common noun, no name, surname nor place: «лада» (a car,
    «лад»), «роза», «лилия», «лев», «марка», «лука»; not «галина», «айгуль», «рустаму»."""
    return "-" not in word and any(p.tag.POS == "NOUN" and NAME_TAGS.isdisjoint(p.tag.grammemes) and "Geox" not in p.tag
               for p in analyzer().parse(word))


#: A role word that is an adjective or participle in the nominative singular («управляющий», «участковая»,
#: «старшая»), by ending, and its gender: the name after it agrees in gender and case
ADJECTIVE_CUE = {"ий": "masc", "ый": "masc", "ой": "masc", "ая": "femn"}


@lru_cache(maxsize=20_000)
def _nominative(word: str, gender: str) -> bool:
    """Whether ``word`` reads as a name's nominative singular of ``gender`` («аврора»: a woman's; «петров»: a man's)."""
    return any(
        {"sing", "nomn", gender} <= p.tag.grammemes and not NAME_TAGS.isdisjoint(p.tag.grammemes)
        for p in analyzer().parse(word)
    )


#: A capitalised word right after another: a pair (or a street) that :mod:`mcu_nlp.names` reads.
CAPITALISED_AFTER = re.compile(r"[ \t]{1,2}[А-ЯЁ]")


@lru_cache(maxsize=20_000)
def _name_word(word: str) -> bool:
    """Whether pymorphy3 reads ``word`` first as a first name, surname or patronymic, and knows it, or lacks it and
    it ends as a surname's nominative does (``SURNAME_ENDINGS``, not an adjective's: «сабитова», «ержанов»).

    >>> [_name_word(w) for w in ("гульнара", "мальцева", "рустаму", "сабитова", "сантехнику", "вера", "пришла")]
    [True, True, True, True, False, False, False]
    >>> _name_word("иванову-петрову"), _name_word("анна-мария"), _name_word("кто-то")
    (True, True, False)
    """
    if "-" in word:  # a double surname or first name: each part a name word
        return all(map(_name_word, word.split("-")))
    tag = analyzer().parse(word)[0].tag
    if not analyzer().word_is_known(word):
        return "Surn" in tag and word.endswith(SURNAME_ENDINGS) and not word.endswith(ADJECTIVE_ENDINGS)
    return not NAME_TAGS.isdisjoint(tag.grammemes)


@lru_cache(maxsize=20_000)
def first_name(word: str) -> bool:
    """Whether pymorphy3 knows ``word`` and reads it first as a first name («айгуль», «галина»; not «вера»).

    Not :func:`mcu_nlp.geo.names.first_name`, which adds up the scores of all Name readings, an unknown word's guesses
    too (there «коллонтай» is one, «пол» is not; here «пол» is, «коллонтай» is not)."""
    return analyzer().word_is_known(word) and "Name" in analyzer().parse(word)[0].tag.grammemes
