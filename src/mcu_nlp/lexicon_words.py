"""A text as the lexicon's patterns read it: :class:`Word` tokens with lemmas and sentence numbers.

Tokens come from :mod:`mcu_nlp.tokens` and lemmas from :mod:`mcu_nlp.morphology` (the cached pymorphy3 lemmas
:mod:`mcu_nlp.normalization` uses), with "не" glued to the next word as there: "не горит" is ``не_гореть``. A
sentence ends at . ! ? ; or a line break, but not at the dot of an abbreviation ("ул.") or a line wrapped in the
middle of a phrase. Offsets are into the original text. Used by :mod:`mcu_nlp.lexicon` and the urgency readers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from typing import NamedTuple

from mcu_nlp.caches import remember
from mcu_nlp.cleaning import DASHES, HAS_DIGIT, JOINERS, TEMPERATURE, fold_lookalikes, temperature_token
from mcu_nlp.greetings import opening_greeting_end
from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.tokens import WORD

__all__ = [
    "CLAUSE_ENDS", "QUESTION_WORDS", "RESPONDERS", "Word", "answered_no", "asked_sentences", "elliptic_groups",
    "names_responders",
    "opens_clause", "people", "sentence_groups", "temperatures", "words",
]

#: A sentence: a run without . ! ? ; or a line break, except a dot that ends an abbreviation ("ул.", "д.", "т.к.",
#: one letter or a short word from the list) or stands between digits ("08.10.2021"), so that "кабель на ул. Яхтенной
#: лежит на земле" stays one sentence for the patterns. A run of other characters is taken at once, not one character
#: per repetition of the alternation (the same sentences, a third of the time; tests/test_lexicon_words_speed.py).
SENTENCE = re.compile(
    r"(?:[^.!?;\n]+|(?<![а-яa-z][а-яa-z])(?<=[а-яa-z])\.|(?<=\b(?:ул|эл|пр|кв|им|ст|пл|шт|см|бл))\.|"
    r"(?<=\b(?:пер|наб|мкр|пос|обл|тел|руб|бул|пгт|дер|стр|лит|кор))\.|(?<=\bкорп)\.|(?<=\bпросп)\.|(?<=\d)\.(?=\d))+"
)
CYRILLIC = re.compile(r"[а-я]+(?:-[а-я]+)*")
#: A phone's next group after its country code ("+7-912", "+7.912", "+7-(912)"); a range of degrees has fewer
#: digits ("+13-15"), and a space alone before digits is no temperature in :data:`~mcu_nlp.cleaning.TEMPERATURE`
PHONE_GOES_ON = re.compile(r"\s?[-\u2013\u2014.]\s?\(?\d{3}")
#: An angle said next to its degrees ("3 градуса уклон", "под углом 30 градусов", "уклон в 10°"): a slope, not heat.
#: The angle's noun only, whole: not a corner of a cold flat ("+8, угловая комната ледяная", "в углу +5", "углы").
ANGLE_AFTER = re.compile(r"\s{0,3}(?:(?:уклон|наклон|крен|склон)(?:а|у|ом|е)?|угол|угл(?:а|у|ом|е))\b")
ANGLE_BEFORE = re.compile(r"(?:(?:под|с)\s{1,3}(?:углом|уклоном|наклоном|креном)|(?:уклон|наклон|крен|угол)(?:а|ом)?)"
                          r"\s{1,3}(?:(?:в|на)\s{1,3})?$")
#: "+1" opening a text without a unit is a reader's "me too" when it stands alone in its clause or an agreement word
#: follows in it ("+1 в квартире так же", "+1, у нас тоже"), not one degree ("+1 в квартире, дети спят в куртках").
AGREEMENT = "+1"
AGREES = re.compile(r"\s*(?:[,.;!?\n]|$)|[^,.;!?\n]{0,60}?\b(?:тоже|так\s+же|то\s+же|присоедин|поддерж|соглас|"
                    r"аналогично)")
#: A line break that goes on with a lower-case letter breaks no sentence ("нет\nводы" reads as "нет воды"): people
#: wrap lines in the middle of a phrase; a new line that opens with a capital, a digit or a mark stays a break. In a
#: text without lower-case letters ("НЕТ\nВОДЫ") a capital says nothing, and any letter goes on (LINE_GOES_ON_CAPS).
LINE_GOES_ON = re.compile(r"(?<![.!?;])\n(?=[ \t\r]*[^\W\d_A-ZА-ЯЁ])")
LINE_GOES_ON_CAPS = re.compile(r"(?<![.!?;])\n(?=[ \t\r]*[^\W\d_])")

#: Stress marks typed inside a word ("пахнет га\u0301зом"): combining accents, part of the word, not a break in it; a
#: text with one is read with WORD_WITH_MARKS and the marks dropped from each form. So is a soft hyphen (U+00AD, a
#: word processor's hidden break: "пахнет га\u00adзом"; review s24), and so are the other invisible characters that join
#: (:data:`mcu_nlp.cleaning.JOINERS`: ZWNJ, ZWJ, the word joiner, the BOM: "пахнет га\u200dзом"; session 25).
STRESS_MARKS = "\u0300\u0301" + JOINERS
MARKED_ATOM = rf"(?:(?:[^\W\d_]|[{STRESS_MARKS}])+|\d+)"
WORD_WITH_MARKS = re.compile(rf"{MARKED_ATOM}(?:[-_\u2010\u2011]{MARKED_ATOM})*")
NO_MARKS = str.maketrans("", "", STRESS_MARKS)
#: A letter written three times or more ("гааааз", "пааахнет газом"): a word stretched for emphasis, which no Russian
#: word is; an unknown form with such a run reads as the word with the run written once (or twice: "длиннннный").
STRETCHED = re.compile(r"([а-я])\1{2,}")

#: Adjectives that also stand for the people who answer a danger: "пожарные" as a noun are the firefighters
#: ("пожарные не едут", "вызвали пожарных"); before a noun the adjective names fire-safety things ("пожарный щиток").
RESPONDERS = frozenset({"пожарный"})
#: Parts of speech of a word an adjective of RESPONDERS qualifies when it stands right before it ("пожарные щитки").
QUALIFIED = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})

#: An exclamation of at most this many words goes on the sentence before it for the patterns: "Жгут мусор. Дышать
#: нечем!" says the smoke takes the breath as "Жгут мусор, дышать нечем" does.
SHORT_SENTENCE = 2
#: A sentence of only these words, how long, ending in «нет», names no supply: it says the one the sentence before it
#: named is absent ("Когда дадут горячую воду? Уже две недели нет"; :func:`elliptic_groups`). Durations (one needed,
#: or «до сих пор»), ordinals and counts, and the adverbs said with them.
ELLIPSIS_SPAN = frozenset({"день", "неделя", "месяц", "сутки", "час", "год", "пора"})
ELLIPSIS_WORDS = ELLIPSIS_SPAN | frozenset({
    "уже", "еще", "ещё", "до", "сей", "так", "и", "как", "почти", "целый", "больше", "вот", "а", "у", "мы", "второй",
    "третий", "четвертый", "пятый", "два", "три", "четыре", "пять", "полтора", "несколько", "который", "один", "она",
    "он", "оно", "они"})
ELLIPSIS_ENDS = frozenset({"нет", "нету"})

_TERMS: dict[str, str] = {}


class Word(NamedTuple):
    """A word token as the patterns see it; ``start``/``stop`` are offsets into the original text."""

    term: str  # lemma, "не_"-glued
    form: str  # lower-cased surface form, look-alikes folded, ё -> е, "не_"-glued
    start: int
    stop: int
    sentence: int


_START = attrgetter("start")


def word_span(seq: list[Word], start: int, stop: int) -> range:
    """The indices of the words of ``seq`` (in text order) that start at character ``start`` or after it and before
    ``stop``: a signal's words, from its offsets, by bisection (a long text's many signals scan no word twice).

    >>> seq = words("Горячей воды нет, а воды так и нет")
    >>> [seq[i].form for i in word_span(seq, 20, 34)]
    ['воды', 'так', 'и', 'нет']
    """
    return range(bisect_left(seq, start, key=_START), bisect_left(seq, stop, key=_START))


def _term(form: str) -> str:
    found = _TERMS.get(form)
    if found is None:
        found = remember(_TERMS, form, lemma(form) if CYRILLIC.fullmatch(form) else form)
    return found


def _join_lines(text: str, low: str) -> str:
    r"""``low`` with each line break of ``text`` that goes on in lower case (LINE_GOES_ON) read as a space.

    >>> _join_lines("нет\nводы. Свет\nЕсть", "нет\nводы. свет\nесть"), _join_lines("НЕТ\nВОДЫ", "нет\nводы")
    ('нет воды. свет\nесть', 'нет воды')
    """
    chars = list(low)
    goes_on = LINE_GOES_ON if text != text.upper() else LINE_GOES_ON_CAPS
    for found in goes_on.finditer(text):
        chars[found.start()] = " "
    return "".join(chars)


def _plain(form: str, marked: bool) -> str:
    """``form`` without stress marks (if ``marked``) and, unknown with a letter stretched (STRETCHED), with the run
    written once, or twice when only that makes a known word.

    >>> _plain("га\u0301зом", True), _plain("гааааз", False), _plain("длиннннный", False), _plain("ооо", False)
    ('газом', 'газ', 'длинный', 'ооо')
    """
    form = form.translate(NO_MARKS) if marked else form
    if not STRETCHED.search(form) or analyzer().word_is_known(form):
        return form
    once = STRETCHED.sub(r"\1", form)
    twice = STRETCHED.sub(r"\1\1", form)
    return twice if not analyzer().word_is_known(once) and analyzer().word_is_known(twice) else once


def words(text: str) -> list[Word]:
    """Word tokens of ``text`` with lemmas, sentence numbers and "не" glued to the next word; Latin look-alike letters
    inside a Russian word read as the Cyrillic ones (:func:`mcu_nlp.cleaning.fold_lookalikes`), as normalize reads them.

    >>> [(w.term, w.sentence) for w in words("Света не было. Сейчас дали!")]
    [('свет', 0), ('не_быть', 0), ('сейчас', 1), ('дать', 1)]
    """
    folded = fold_lookalikes(text)  # "гaзом" with a Latin "a" is "газом": same length, so offsets stay exact
    low = folded.lower().replace("ё", "е")
    if len(low) != len(text):  # a rare letter whose lower case is longer ("İ"): keep offsets exact
        low = "".join(ch.lower()[0] for ch in folded).replace("ё", "е")
    if "\n" in text:
        low = _join_lines(folded, low)
    out: list[Word] = []
    terms = _TERMS
    new = tuple.__new__  # the same Word as Word(...) without its Python-level __new__: half the cost per token
    marked = any(mark in text for mark in STRESS_MARKS)
    stretched = STRETCHED.search(low) is not None
    opening = opening_greeting_end(folded)  # no greeting's word: «Добрый день, интернет пропал» has no day (s68)
    for sentence, part in enumerate(SENTENCE.finditer(low, opening)):
        pending = -1
        for token in (WORD_WITH_MARKS if marked else WORD).finditer(low, part.start(), part.end()):
            form = token.group()
            if marked or stretched:
                form = _plain(form, marked)
                if not form:
                    continue
            if form == "не":
                pending = token.start()
                continue
            term = terms.get(form) or _term(form)
            if pending >= 0:
                out.append(new(Word, (f"не_{term}", f"не_{form}", pending, token.end(), sentence)))
                pending = -1
            else:
                out.append(new(Word, (term, form, token.start(), token.end(), sentence)))
    return _sudden(out) if "вдруг" in low else out


#: What «вдруг» reads as before a verb in the past tense: «suddenly» («вдруг запахло газом», «вдруг загорелась
#: проводка», «вдруг пропал газ»), no what-if («а вдруг рухнет», «если вдруг загорится», «вдруг что»), which the
#: hedge rows and the ``unless`` columns name «вдруг» for; no row names this word, as a lemma or a form (session 65:
#: «Вдруг запахло газом в подъезде» was a hedged, high gas smell)
SUDDENLY = "внезапно"


def _sudden(out: list[Word]) -> list[Word]:
    """``out`` with each «вдруг» right before a verb in the past tense in its sentence read as :data:`SUDDENLY`.

    >>> [w.term for w in words("Вдруг запахло газом. А вдруг рухнет? Вдруг не стало света")]
    ['внезапно', 'запахнуть', 'газ', 'а', 'вдруг', 'рухнуть', 'внезапно', 'не_стать', 'свет']
    """
    for k in range(len(out) - 1):
        word, after = out[k], out[k + 1]
        if word.term == "вдруг" and after.sentence == word.sentence and _past_verb(after.form.removeprefix("не_")):
            out[k] = word._replace(term=SUDDENLY, form=SUDDENLY)  # the form too: the lexicon caches slots by form
    return out


def _past_verb(form: str) -> bool:
    """Whether pymorphy3 reads ``form`` first as a verb in the past tense («запахло», «загорелась»; the analyser keeps
    its parses)."""
    tag = analyzer().parse(form)[0].tag
    return "VERB" in tag and "past" in tag


def temperatures(text: str) -> dict[int, str]:
    """The temperatures of ``text`` as :mod:`mcu_nlp.cleaning` reads them for the model (a sign or a unit: "+13",
    "16 градусов"; not a bare number, which may be a house), by the offset of their number, whose word the lexicon
    also reads as the token: a pattern names "темп_плюс_10" as it names a lemma.

    A sign before a phone's next group of three digits is the phone's country code, not degrees ("+7-912-345-67-89",
    "+7.912...": the phone would read as 0 degrees in a flat, a critical signal). Nor are an angle's degrees
    (ANGLE_AFTER, ANGLE_BEFORE) or a "+1" that opens the text (AGREEMENT).

    >>> temperatures("В квартире +13, в садике 16 градусов, дом 15")
    {12: 'темп_плюс_10', 25: 'темп_10'}
    >>> [temperatures(t) for t in ("тел. +7-912-345-67-89, квартира 5", "3 градуса уклон", "+1 у нас тоже")]
    [{}, {}, {}]
    >>> temperatures("на улице −32, дети на остановке")  # the minus sign U+2212, as phones type it
    {10: 'темп_минус_30'}
    """
    if not HAS_DIGIT.search(text):
        return {}
    low = text.lower()
    # a minus typed as a dash or the minus sign («−32», «–45»), as mcu_nlp.cleaning reads it for the model; one
    # character for one, so offsets stay
    low = DASHES.sub("-", low if len(low) == len(text) else text)
    first = len(low) - len(low.lstrip())  # where the text opens
    return {found.start("value"): temperature_token(found) for found in TEMPERATURE.finditer(low)
            if not (found["sign"] and PHONE_GOES_ON.match(low, found.end())) and not _not_degrees(low, found, first)}


#: The token a word of age ("лет", "года", "год") also reads as right after a number of years a person may have ("12
#: лет", not "маршрутка 12, год" nor "года 3"), and the one a capitalised first name reads as («Шамиль», «Амина»:
#: pymorphy3's Name): a pattern names them as lemmas («Шамиль, 12 лет, пропал» is a missing person, «Пропала
#: скамейка, 5 лет стояла» no one; :func:`people`).
AGE, FIRST_NAME = "возраст_лет", "имя_человека"
AGE_WORDS = frozenset({"лет", "года", "год"})
#: The most years a person's age is written with.
OLDEST = 120


def people(text: str, seq: list[Word]) -> dict[int, str]:
    """The words of ``seq`` (the :func:`words` of ``text``) that also read as :data:`AGE` or :data:`FIRST_NAME`, by
    index; first names only in a text that has an age, so most texts are read for none.

    >>> t = "Шамиль, 12 лет, пропал. Скамейка стоит 5 лет, маршрутка 12, год не ходит"
    >>> people(t, words(t))
    {0: 'имя_человека', 2: 'возраст_лет', 7: 'возраст_лет'}
    """
    found = {i: AGE for i, w in enumerate(seq) if w.form in AGE_WORDS and i and seq[i - 1].sentence == w.sentence
             and seq[i - 1].form.isdigit() and 0 < int(seq[i - 1].form[:4]) <= OLDEST
             and not text[seq[i - 1].stop:w.start].strip()}
    if found:
        found.update({i: FIRST_NAME for i, w in enumerate(seq) if _first_name(text[w.start:w.stop], w.form)})
    return dict(sorted(found.items()))


def _first_name(written: str, form: str) -> bool:
    """Whether a word written so (capitalised, not in capitals) is a first name to pymorphy3."""
    return (written[:1].isupper() and not written[1:2].isupper() and CYRILLIC.fullmatch(form) is not None
            and "Name" in {grammeme for parse in analyzer().parse(form) for grammeme in parse.tag.grammemes})


def _not_degrees(low: str, found: re.Match[str], first: int) -> bool:
    """Whether a :data:`~mcu_nlp.cleaning.TEMPERATURE` match of ``low`` (which opens at ``first``) is an angle or a
    "+1" of agreement."""
    if found[0] == AGREEMENT and found.start() == first:
        return bool(AGREES.match(low, found.end()))
    start = found.start()
    return bool(ANGLE_AFTER.match(low, found.end()) or ANGLE_BEFORE.search(low, max(0, start - 24), start))


def sentence_groups(text: str, seq: list[Word]) -> list[int]:
    """For each sentence number of ``seq`` (:func:`words` of ``text``), the sentence a pattern reads it with: its own,
    or, for an exclamation of at most SHORT_SENTENCE words after another, the one before it ("Дышать нечем!"; not
    "Периодически замерзают.", a new statement); the second sentence, after a one-word exclamation that opens the
    text, reads with that heading ("🔥 ПОЖАР!!! 🔥 дом 5 по ленина": the fire and where it is; walkthrough s42 D2);
    a sentence that goes on with its subject left out (:func:`_subject_left_out`: "...газовую трубу. Шипит из
    земли"), the one before it.

    >>> t = "Жгут мусор. Дышать нечем! Помогите, пожалуйста, срочно! Свет. Нет"
    >>> sentence_groups(t, words(t))
    [0, 0, 2, 3, 4]
    >>> t = "ПОЖАР!!! Дом 5 по Ленина. Звоните"
    >>> sentence_groups(t, words(t))
    [0, 0, 2]
    >>> t = "Зацепили газовую трубу. Шипит из земли. Горит фонарь"
    >>> sentence_groups(t, words(t))
    [0, 0, 2]
    """
    sizes = [0] * (seq[-1].sentence + 1 if seq else 0)
    ends, opening = [0] * len(sizes), [0] * len(sizes)  # each sentence's end offset and first word
    for i, w in enumerate(seq):
        if not sizes[w.sentence]:
            opening[w.sentence] = i
        sizes[w.sentence] += 1
        ends[w.sentence] = w.stop
    groups = list(range(len(sizes)))
    if len(sizes) > 1 and sizes[0] == 1 and text[ends[0]:ends[0] + 64].lstrip()[:1] == "!":
        groups[1] = 0  # a one-word exclamation heading the text goes on in the sentence after it («ПОЖАР!!! дом 5 ...»)
    for s in range(1, len(sizes)):
        if (0 < sizes[s] <= SHORT_SENTENCE and text[ends[s]:ends[s] + 64].lstrip()[:1] == "!") or (
                sizes[s] and sizes[s - 1] and _subject_left_out(text, seq, opening[s])):
            groups[s] = groups[s - 1]
    return groups


#: Nouns of time that stand in the accusative with a verb («шипит уже час», «течёт всю ночь»): a duration, no subject
#: (:func:`_subject_left_out`)
DURATION_NOUNS = frozenset({"час", "минута", "день", "ночь", "утро", "вечер", "неделя", "месяц", "год", "сутки", "раз"})
#: Words of how long, which may open a sentence before the verb whose subject it leaves out: «Второй день не открывает
#: дверь», «Уже сутки не отвечает» (walkthrough s71 D3).
HOW_LONG = frozenset({"второй", "третий", "четвертый", "пятый", "который", "уже", "целый", "весь", *DURATION_NOUNS})


def _subject_left_out(text: str, seq: list[Word], first: int) -> bool:
    """Whether the sentence opening at word ``first`` goes on the sentence before it with its subject left out: it
    opens with a verb (its likeliest parse) in the 3rd person singular present or the neuter singular past, and no
    word of its first clause may be a noun or pronoun in the nominative singular (any parse: «кран», «ручей» are
    nominative or accusative), but for a duration («час», «ночь»: :data:`DURATION_NOUNS`). "...зацепили газовую
    трубу. Шипит из земли": the pipe hisses; not "Горит фонарь во дворе", "Течёт крыша", "Шипит кран в ванной",
    which name their own subject. Words of how long may come first (:data:`HOW_LONG`: «Второй день не открывает»),
    and a transitive verb's next word whose likeliest parse is accusative is its object («не открывает дверь»).

    >>> t = "Зацепили трубу. Шипит из земли, запах. Горит фонарь. Шипит кран. Шипит уже час"
    >>> [_subject_left_out(t, words(t), i) for i in (2, 6, 8, 10)]
    [True, False, False, True]
    >>> t = "Бабушка живёт одна. Второй день не открывает дверь. Третий день течёт крыша"
    >>> [_subject_left_out(t, words(t), i) for i in (3, 8)]
    [True, False]
    """
    sentence = seq[first].sentence
    while first + 1 < len(seq) and seq[first + 1].sentence == sentence and seq[first].term in HOW_LONG:
        first += 1  # «Второй день не открывает»: the verb after how long
    form = seq[first].form
    tag = analyzer().parse(form.removeprefix("не_"))[0].tag  # cached per form (mcu_nlp.morphology); «не_открывает»
    if tag.POS != "VERB" or "sing" not in tag or not (
            ("3per" in tag and ("pres" in tag or "futr" in tag)) or ("past" in tag and "neut" in tag)):
        return False
    transitive = "tran" in tag
    for j in range(first + 1, len(seq)):
        if seq[j].sentence != sentence or opens_clause(text, seq, j, CLAUSE_ENDS):
            break
        parses = analyzer().parse(seq[j].form)
        if transitive and j == first + 1 and "accs" in parses[0].tag:
            continue  # «не открывает дверь»: a transitive verb's object, likelier accusative than nominative
        if seq[j].term not in DURATION_NOUNS and any(
                parse.tag.POS in ("NOUN", "NPRO") and "nomn" in parse.tag and "plur" not in parse.tag
                for parse in parses):
            return False
    return True


def elliptic_groups(seq: list[Word]) -> list[int]:
    """For each sentence number of ``seq`` (:func:`words`), the sentence a rule of absence reads it with: its own, or
    the one before it for a sentence that only says how long something is absent (:data:`ELLIPSIS_WORDS`, ending in
    «нет» and naming a duration or «до сих пор»): "Когда дадут горячую воду? Уже две недели нет" says the hot water is
    absent; not a bare answer "Нет." nor "Нет сил".

    >>> t = "Когда дадут горячую воду? Уже две недели нет. Нет. Когда дадут свет? Третий день нету"
    >>> elliptic_groups(words(t))
    [0, 0, 2, 3, 3]
    """
    count = seq[-1].sentence + 1 if seq else 0
    terms: list[list[str]] = [[] for _ in range(count)]
    for w in seq:
        terms[w.sentence].append(w.term)
    groups = list(range(count))
    for s in range(1, count):
        said = terms[s]
        if (len(said) >= 2 and said[-1] in ELLIPSIS_ENDS and ELLIPSIS_SPAN.intersection(said)
                and all(t in ELLIPSIS_WORDS or t.isdigit() for t in said[:-1])):
            groups[s] = groups[s - 1]
    return groups


#: Every mark that ends a clause for :func:`opens_clause`: a comma, a semicolon, a colon, a dash, a bracket (a
#: question's own clause, a repair's, a town said as a clause of its own: «..., это нормально?», «Находка»).
CLAUSE_ENDS = ",;:-—–()"


def opens_clause(text: str, seq: list[Word], i: int, marks: str = ",-—–") -> bool:
    """Whether word ``i`` of ``seq`` (:func:`words` of ``text``) is first in its sentence or follows one of
    ``marks`` (a comma or a dash by default).

    >>> t = "Воду дали, но слабо: а так"
    >>> [opens_clause(t, words(t), i) for i in range(5)], opens_clause(t, words(t), 4, ",:")
    ([True, False, True, False, False], True)
    """
    if i == 0 or seq[i - 1].sentence != seq[i].sentence:
        return True
    end = seq[i].start  # the last mark before the word, read back over spaces, not a copy of all the text before it
    while end and text[end - 1].isspace():
        end -= 1
    return text[end - 1:end] in tuple(marks)


def names_responders(text: str, seq: list[Word], i: int) -> bool:
    """Whether word ``i`` of ``seq`` (:func:`words` of ``text``), an adjective of RESPONDERS, stands for the people
    (the firefighters): no noun or adjective follows it in its clause ("пожарные не едут", "вызвали пожарных, дым
    идёт"), as one does when it names a thing ("пожарные щитки", "пожарной безопасности").

    >>> t = "Пожарные не едут, пожарные щитки открыты. Вызвали пожарных, дым"
    >>> [names_responders(t, words(t), i) for i in (0, 2, 6)]
    [True, False, True]
    """
    if seq[i].term not in RESPONDERS:
        return False
    nxt = i + 1
    if nxt == len(seq) or seq[nxt].sentence != seq[i].sentence or opens_clause(text, seq, nxt, ",:-—–()"):
        return True
    form = seq[nxt].form
    return form.startswith("не_") or analyzer().parse(form)[0].tag.POS not in QUALIFIED


#: Words that answer a question "no" when they open the next sentence as a clause of their own ("…? Нет, все доехали").
ANSWERS_NO = frozenset({"нет", "нету"})


def answered_no(text: str, seq: list[Word], last: int, known: dict[str, list[int]] | None = None) -> bool:
    """Whether word ``last`` is in the last clause of a question the next sentence answers "no": its sentence ends
    with "?" and the next opens with a "нет" that is a clause of its own («Автобус сломался в мороз? Нет, все
    доехали»), not the "нет" of another absence («Пахнет газом? Нет света тоже»); a danger said before the question
    clause is not what is asked («Пахнет газом, кто-нибудь приедет? Нет»). ``known`` keeps the next clause start of
    each word of ``seq`` across calls, so the text is scanned once.

    >>> t = "Автобус сломался в мороз? Нет, все доехали"
    >>> answered_no(t, words(t), 3), answered_no("Пахнет газом? Нет света", words("Пахнет газом? Нет света"), 1)
    (True, False)
    >>> t = "Пахнет газом, кто-нибудь приедет? Нет, никто"
    >>> answered_no(t, words(t), 1), answered_no(t, words(t), 3)
    (False, True)

    A "нет" asked back («Нет? А мы чувствуем!») or followed by a negation of something the question did not say
    («Нет, не показалось») answers nothing: a danger is kept when in doubt; «Нет, не пахнет» answers.

    >>> [answered_no(t, words(t), 1) for t in ("Пахнет газом? Нет? А мы чувствуем", "Пахнет газом? Нет, не показалось",
    ...                                         "Пахнет газом? Нет, не пахнет")]
    [False, False, True]
    """
    clauses = None if known is None else known.get("next clause")
    if clauses is None:
        clauses = [len(seq)] * len(seq)
        for i in range(len(seq) - 2, -1, -1):
            clauses[i] = i + 1 if opens_clause(text, seq, i + 1) else clauses[i + 1]
        if known is not None:
            known["next clause"] = clauses
    j = clauses[last] if last < len(seq) else len(seq)
    if j >= len(seq) or seq[j].sentence == seq[last].sentence or seq[j].term not in ANSWERS_NO:
        return False
    if "?" not in text[seq[j - 1].stop:seq[j].start]:
        return False
    end = seq[j + 1].start if j + 1 < len(seq) else len(text)
    if "?" in text[seq[j].stop:end]:
        return False  # «Нет?» asks back, it answers nothing
    if j + 1 < len(seq) and seq[j + 1].sentence != seq[j].sentence:
        return True
    if j + 1 < len(seq) and not opens_clause(text, seq, j + 1):
        return False
    # the answer insists when it negates something the question did not say: «Нет, не показалось, реально пахнет»,
    # not «Нет, не пахнет»
    k = j + 1
    if k == len(seq) or seq[k].sentence != seq[j].sentence or not seq[k].term.startswith("не_"):
        return True
    asked = seq[last].sentence
    return any(w.sentence == asked and w.term == seq[k].term[3:] for w in seq[max(0, last - 12):last + 1])


#: Words that ask without a "?": «будет ли отключение», «когда будет отключение», «сколько продлится».
QUESTION_WORDS = frozenset({"ли", "когда", "сколько"})


def asked_sentences(text: str, seq: list[Word]) -> frozenset[int]:
    """The sentences of ``seq`` (:func:`words` of ``text``) that ask: ended by a "?" or holding a word of
    QUESTION_WORDS («Будет отключение воды?», «Будет ли отключение»), not a statement («Отключение газа будет до конца
    недели»).

    >>> t = "Отключение будет в июле. Будет ли отключение. Отключение будет?"
    >>> sorted(asked_sentences(t, words(t)))
    [1, 2]
    """
    out = {w.sentence for w in seq if w.term in QUESTION_WORDS}
    for i, w in enumerate(seq):
        if i + 1 == len(seq) or seq[i + 1].sentence != w.sentence:
            end = seq[i + 1].start if i + 1 < len(seq) else len(text)
            if "?" in text[w.stop:end]:
                out.add(w.sentence)
    return frozenset(out)


#: Words that ask about what someone else does, not whether a thing is so: «Пьяный водитель везёт детей, куда смотрит
#: полиция?!» reports a drunk driver, «Водитель пьяный?» doubts one.
ASKING_ELSE = frozenset({"куда", "когда", "почему", "зачем", "отчего", "сколько", "доколе", "кто", "где"})
#: Words (forms) that doubt what a question says, whatever else it asks: «Может водитель пьяный, кто знает?»;
#: «может» only opening its clause («Кто может проверить?» asks for someone who can).
DOUBTING = frozenset({"возможно", "наверное", "наверно", "вероятно", "кажется", "вроде", "видимо", "похоже"})
#: Asking words that complain of a thing happening again and again («Сколько можно ездить с пьяными водителями?»,
#: «Доколе ...»): no one event now, as «часто» or «постоянно» beside it are none.
AGAIN_AND_AGAIN = frozenset({"доколе"})
#: Words of a thing going on as one writes: a DOUBTING word beside one hedges the reading of it, not the event
#: («Водитель пьяный, кажется, сейчас везёт детей, кто примет меры?», «видимо пьяный, еле держит руль, куда звонить?»).
ACTING_NOW = frozenset({"сейчас", "прямо", "еле", "везти", "вилять", "шатать", "шататься"})
#: Two words that doubt or complain so: «пьяный или нет», «сколько можно».
ALSO_DOUBTING = {"или": "нет", "сколько": "можно"}


def doubted_sentences(text: str, seq: list[Word]) -> frozenset[int]:
    """The sentences of :func:`asked_sentences` that doubt what they say: asked with a "?" or «ли» and no word of
    ASKING_ELSE (a question about the police, a date or a count asks something else), or with a word of DOUBTING
    and none of ACTING_NOW (or «может» opening a clause, «или нет») or a complaint of a thing again and again
    («сколько можно», AGAIN_AND_AGAIN), which reports no one event now.

    >>> t = ("Водитель пьяный? Пьяный водитель везёт детей, куда смотрит полиция?! Пьян ли водитель. "
    ...      "Может водитель пьяный, кто знает? Сколько можно ездить с пьяными водителями?")
    >>> sorted(doubted_sentences(t, words(t)))
    [0, 2, 3, 4]
    """
    asked = asked_sentences(text, seq)
    elsewhere = {w.sentence for w in seq if w.term in ASKING_ELSE}
    acting = {w.sentence for w in seq if w.term in ACTING_NOW}
    doubt = {w.sentence for i, w in enumerate(seq) if w.sentence in elsewhere and (
        (w.form in DOUBTING and w.sentence not in acting) or w.term in AGAIN_AND_AGAIN
        or (w.form == "может" and opens_clause(text, seq, i))
        or (w.form in ("сколько", "или") and i + 1 < len(seq) and seq[i + 1].form == ALSO_DOUBTING[w.form]))}
    return frozenset(n for n in asked if n not in elsewhere or n in doubt)
