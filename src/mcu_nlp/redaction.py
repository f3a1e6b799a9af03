"""Personal-data redaction: ``redact(text)`` masks it, ``find_personal_data(text)`` says where and what.

Masked: phones, e-mails, social-network handles and profile links, bank cards, ОМС policy numbers, utility account
numbers, СНИЛС, passports, birth certificates, dates of birth, ИНН, car registration plates, where a person lives (a
flat number, an address given as a home: :mod:`mcu_nlp.home_address`) and personal names.

Numbers are found by bounded regexes (linear time) and checked where a checksum exists (Luhn for
cards, the ИНН and СНИЛС control digits); a bare digit run needs either its checksum or a keyword
("ИНН", "СНИЛС", "паспорт", "карта", "полис ОМС") before it; a phone written in words («восемь девятьсот двенадцать
...») is read by :mod:`mcu_nlp.phone_words`. Personal names come from :mod:`mcu_nlp.names`. HTML character references
are read decoded («8&nbsp;912&nbsp;...», «ivan&#64;mail.ru», escaped twice «&amp;#43;7»: :mod:`mcu_nlp.html_entities`),
and a reference inside personal data is masked with it. Everything that is not masked stays byte-identical. Nothing here
logs or echoes the input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from mcu_nlp.cleaning import fold_lookalikes
from mcu_nlp.errors import InputTypeError
from mcu_nlp.home_address import home_spans
from mcu_nlp.html_entities import decoded_references
from mcu_nlp.name_homes import CONTACT_KINDS
from mcu_nlp.names import find_names, signed_addresses
from mcu_nlp.personal_data import HAS_DIGIT, matches
from mcu_nlp.phone_numbers import number_tail, separators_folded, zeros_folded
from mcu_nlp.phone_words import phone_word_spans
from mcu_nlp.replaced_text import replaced

KINDS = ("EMAIL", "HANDLE", "OMS", "ACCOUNT", "CARD", "SNILS", "PASSPORT", "BIRTHCERT", "BIRTHDATE", "INN", "OGRNIP",
         "PHONE", "PLATE", "ADDRESS", "FLAT", "PERSON")


@dataclass(frozen=True)
class Span:
    """A piece of personal data: ``text[start:stop]`` is masked as ``[kind]``."""

    start: int
    stop: int
    kind: str


#: Within :func:`remembered`, what :func:`find_personal_data` found of each text it read (None: nothing kept).
_REMEMBERED: ContextVar[dict[str, tuple[Span, ...]] | None] = ContextVar("remembered_personal_data", default=None)


@contextmanager
def remembered() -> Iterator[None]:
    """Within it, :func:`find_personal_data` reads a text once: a batch job finds the personal data of its rows for
    the urgency model (:mod:`mcu_nlp.urgency.model_text`) and again to redact them. Kept for the block only (its
    texts are the caller's, alive anyway), per thread or task.

    >>> with remembered():
    ...     find_personal_data("тел. 8-912-345-67-89") == find_personal_data("тел. 8-912-345-67-89")
    True

    A block inside another keeps the outer one's memory (``analyze_batch`` remembers within a job's chunk, which
    redacts its rows after).
    """
    if _REMEMBERED.get() is not None:
        yield
        return
    token = _REMEMBERED.set({})
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


def _bounds(pattern: re.Pattern[str], match: re.Match[str]) -> list[tuple[int, int]]:
    """What a rule's match masks: its named groups that matched (from a ``lead`` group to its end), or all of it."""
    groups = [g for g in pattern.groupindex if match.start(g) >= 0]
    if groups and groups[0].startswith("lead"):
        return [(match.start(groups[0]), match.end())]
    return [match.span(g) for g in groups] or [match.span()]


def _rule_spans(text: str, numbers_only: bool = False) -> list[Span]:
    """The spans of the rules (those for numbers only if ``numbers_only``), earlier rules first: a match that overlaps
    an earlier rule's span is taken, and its rule searches on from its next character
    (:func:`mcu_nlp.personal_data.matches`)."""
    spans: list[Span] = []
    kept: list[Span] = []  # sorted by start, none overlapping: as _without_overlaps keeps them

    def taken(pattern: re.Pattern[str], match: re.Match[str]) -> bool:
        return any(_overlapping(kept, Span(a, b, "")) for a, b in _bounds(pattern, match))

    for kind, pattern, match in matches(text, taken, numbers_only):
        for a, b in _bounds(pattern, match):
            span = Span(a, b, kind)
            spans.append(span)
            if not _overlapping(kept, span):
                kept.insert(bisect.bisect_right(kept, a, key=lambda s: s.start), span)
    return spans


def _overlapping(kept: list[Span], span: Span) -> bool:
    """Whether ``span`` overlaps one of ``kept`` (sorted by start, none overlapping)."""
    i = bisect.bisect_right(kept, span.start, key=lambda s: s.start)
    return bool((i and kept[i - 1].stop > span.start) or (i < len(kept) and kept[i].start < span.stop))


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep spans in priority order, dropping any that overlaps one already kept (bisect: n log n)."""
    starts: list[int] = []
    kept: list[Span] = []
    for span in spans:
        i = bisect.bisect_right(starts, span.start)
        if (i and kept[i - 1].stop > span.start) or (i < len(kept) and kept[i].start < span.stop):
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept


def find_personal_data(text: str) -> list[Span]:
    """Return the personal data in ``text`` as spans sorted by position.

    >>> find_personal_data("Звонил Петров И.И., тел. 8-912-345-67-89")
    [Span(start=7, stop=18, kind='PERSON'), Span(start=25, stop=40, kind='PHONE')]
    """
    if not isinstance(text, str):
        # the type only: echoing the value would leak the very data this module hides
        raise InputTypeError(f"expected a str, got {type(text).__name__}; convert the value to text before redacting")
    memory = _REMEMBERED.get()
    if memory is None:
        return _found(text)
    if text not in memory:
        memory[text] = tuple(_found(text))
    return list(memory[text])


#: Characters that show nothing: Unicode's format characters (category Cf: the soft hyphen, zero-width spaces and
#: joiners, direction marks, embeddings and isolates that messengers wrap copied names and numbers in, the word joiner
#: and invisible operators, the BOM, tags), NUL, the combining grapheme joiner, variation selectors and the Hangul
#: fillers. Pasted from messengers, or typed to get a phone or a name past a filter.
INVISIBLE = re.compile(
    "[\x00\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000110bd"
    "\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
    "\U000e0100-\U000e01ef]+"
)
CASE_STEP = re.compile("[a-zа-яё]")
CYRILLIC = re.compile("[А-ЯЁа-яё]")
#: The word after an invisible run, if it opens a Latin or digit run with no Cyrillic letter in it («ivan@mail.ru»)
NOT_CYRILLIC = re.compile(r"[A-Za-z0-9][^\sА-ЯЁа-яё]*(?=\s|\Z)")


def _found(text: str) -> list[Span]:
    """The spans of ``text`` read as it shows: its HTML character references decoded (:mod:`mcu_nlp.html_entities`:
    «8&nbsp;912...», «ivan&#64;mail.ru», «8914&shy;555...»), then its invisible characters (:data:`INVISIBLE`) removed,
    or read as a word break (:func:`_invisible_runs`); each span is mapped back to the text as written
    (:mod:`mcu_nlp.replaced_text`), the references and invisible characters inside it masked with it («8 914\u200b 555
    12 34» is one phone)."""
    decoded = decoded_references(text)
    read = text if decoded is None else decoded.text
    shown = replaced(read, _invisible_runs(read), decoded) if INVISIBLE.search(read) else None
    shown = shown or decoded
    if shown is None:
        return _found_in(text)
    kept: list[Span] = []
    for span in _found_in(shown.text):
        start, stop = shown.span_as_written(span.start, span.stop)
        start = max(start, kept[-1].stop) if kept else start  # two spans in one reference decoded to two characters
        if start < stop:
            kept.append(Span(start, stop, span.kind))
    return kept


def _invisible_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Each run of invisible characters in ``text``, read as nothing, or as a word break where it shows as one:
    between a small and a capital letter («Петров\u200bИван»), or between a Cyrillic letter and a Latin or digit
    word («почта\u200bivan@mail.ru»: the word is not glued to the e-mail). (start, stop, read as)."""
    runs = list(INVISIBLE.finditer(text))
    for i, run in enumerate(runs):
        before, after = text[run.start() - 1 : run.start()], text[run.end() : run.end() + 1]
        upper = CASE_STEP.match(before) and after.isupper()
        end = runs[i + 1].start() if i + 1 < len(runs) else len(text)  # the word after ends at the next run at most
        latin = CYRILLIC.match(before) and NOT_CYRILLIC.match(text, run.end(), end)
        yield run.start(), run.end(), " " if upper or latin else ""


#: The letters of the Cyrillic alphabets of Russia's other languages (Tatar, Bashkir, Chuvash, Kalmyk, Yakut, Tuvan,
#: Buryat, Udmurt, Mari, Komi, Ossetian) and of Kazakh, Kyrgyz, Ukrainian and Belarusian, each read as the Russian
#: letter closest to it, one for one: names in their national spelling («Гөлнара Фәрит кызы», «Зөһрә», «Фәридә
#: Габдуллина») are names of the same shape as «Фарида Габдуллина», which the name rules know; every rule read
#: «ә» as no letter and left them in clear (a walkthrough of Татарстан, session 30)
NATIONAL_LETTERS = str.maketrans(
    "ӘәӨөҮүҖҗҢңҺһҒғҚқҠҡҘҙҪҫӐӑӖӗӲӳҰұІіЇїЄєҐґЎўҔҕҤҥӦӧӰӱӒӓӸӹӜӝӞӟӤӥӴӵӔӕ",
    "АаОоУуЖжНнХхГгКкКкЗзСсАаЕеУуУуИиИиЕеГгУуГгНнОоУуАаЫыЖжЗзИиЧчАа",
)


#: Latin letters that stand for such a letter inside a Cyrillic word, typed on a Latin keyboard: the schwa and the
#: umlauts of Tatar and Azerbaijani Latin («Фəридə», «Фäридä»), a small Latin «i» or dotless «ı» for «і» («Олексiй»;
#: not a capital «I», a Roman numeral's as often: a birth certificate's series «IIЖТ№654321»);
#: read only in a word with a Cyrillic letter (review of 87e6d18: «Олексiй Гудзенко» was cut at the «i», the
#: surname left in clear), never in a Latin one («ivan@mail.ru», «Jürgen»)
LATIN_IN_CYRILLIC = str.maketrans("əƏäÄöÖüÜiı", "аАаАоОуУии")
WORD = re.compile(r"\w+")


def national_folded(text: str) -> str:
    """``text`` with :data:`NATIONAL_LETTERS` read as Russian ones, and :data:`LATIN_IN_CYRILLIC` inside a word that
    has a Cyrillic letter: one character for one, so offsets hold for the text as written.

    >>> national_folded("Фәридә, Фəридə, Олексiй, ivan@mail.ru, Jürgen")
    'Фарида, Фарида, Олексий, ivan@mail.ru, Jürgen'
    """
    text = text.translate(NATIONAL_LETTERS)
    if not HAS_LATIN_STAND_IN.search(text):
        return text
    return WORD.sub(_latin_in_cyrillic, text)  # each word once: linear in the text


def _latin_in_cyrillic(word: re.Match[str]) -> str:
    return word[0].translate(LATIN_IN_CYRILLIC) if CYRILLIC.search(word[0]) else word[0]


HAS_LATIN_STAND_IN = re.compile("[əƏäÄöÖüÜiı]")


def _found_in(text: str) -> list[Span]:
    # read with Latin look-alikes inside Russian words folded ("Ивaн" with a Latin "a"), a letter O between digits
    # as a zero, a dash or space between them as "-" or " ": one character for one, so the spans hold for the text
    # as written and mask its whole words
    text = national_folded(zeros_folded(fold_lookalikes(text)))
    numbers = separators_folded(text)
    spans = [Span(a, b, "PHONE") for a, b in phone_word_spans(text)]  # first: «восемь 912 ...» is one phone
    spans += _number_spans(numbers)
    if numbers != text:  # and as written: «кв. 5—8-912-345-67-89» is a flat and a phone, «5-8-912-...» one number
        spans += _number_spans(text)
    names = find_names(numbers)  # a first name beside a phone is a contact's
    spans.extend(Span(a, b, "PERSON") for a, b in names)
    # «Петренко, Зорге 33/2-15»: a signature's address is the writer's home (session 30), its flat's word with it
    contacts = sorted((s.start, s.stop) for s in spans if s.kind in CONTACT_KINDS)  # «..., тел [PHONE], нн ...»
    # an address that ends or starts inside a phone is none («Петров Иван Иванов Иван 495-123-45-67» holds no street
    # «Иванов Иван» and house «495-123-4»): the names it would take stay names (session 62)
    if signed := [Span(a, b, "ADDRESS") for a, b in sorted(set(signed_addresses(numbers, names, contacts)))
                  if not any(a < d and c < b and not (a <= c and d <= b) for c, d in contacts)]:
        starts = [span.start for span in signed]
        spans = [s for s in spans if not _inside(signed, starts, s)] + signed
    return _read_masked(text, _without_overlaps(spans))


def _inside(spans: list[Span], starts: list[int], span: Span) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (disjoint, sorted by start; ``starts`` their starts)."""
    i = bisect.bisect_right(starts, span.start)
    return bool(i) and span.stop <= spans[i - 1].stop


#: How far around a span found on a later reading the number rules read the text again (a home phrase's address
#: is read up to 200 characters after it, :data:`mcu_nlp.home_address.HOME_AFTER`), and how far from a window's cut
#: edge what they find there must end: a number cut at the edge is no number of the text's
WINDOW, MARGIN = 300, 40


def _read_masked(text: str, kept: list[Span]) -> list[Span]:
    """``kept`` and what the number rules find in ``text`` with the ``kept`` spans masked, as a second pass reads the
    text ``redact`` returns: a number is masked on the first pass when a neighbour's mask cuts it off from a run no
    rule accepts whole («4111111111111111 324-50-37»: 19 digits are no card; a card and a phone), or when a check no
    longer reads the neighbour's digits before it («ИНН 7707083893 9603823131», «кв. 5 324-50-37»). Names are not read
    again. A mask changes how the numbers near it read and no others: only the windows around the spans (:data:`WINDOW`)
    are read, the first time around all of them (session 35: a long text with one address at its end was read twice
    whole), then around what the last reading found, until nothing more is found. Each reading may unmask the next of a
    list of numbers («тел 89123456789 9123456789 9123456789»: a mobile number after a number is no phone), so a list of
    any length is masked whole in linear time (session 25; 8 whole readings before left a long list's last numbers in
    clear)."""
    if not kept or not HAS_DIGIT.search(text):
        return kept
    kept = list(kept)  # sorted by start, none overlapping (_without_overlaps)
    more = [span for a, b in _windows(text, kept, kept) for span in _masked_spans(text, kept, a, b)]
    while more:
        added = []
        for span in more:  # as _without_overlaps(kept + more), one span at a time: no list's length per reading
            if not _overlapping(kept, span):
                kept.insert(bisect.bisect_right(kept, span.start, key=lambda s: s.start), span)
                added.append(span)
        more = [
            span
            for a, b in _windows(text, kept, sorted(added, key=lambda s: s.start))
            for span in _masked_spans(text, kept, a, b)
        ]
    return kept


def _windows(text: str, kept: list[Span], added: list[Span]) -> list[tuple[int, int]]:
    """The parts of ``text`` within :data:`WINDOW` of the ``added`` spans, merged, none cutting a ``kept`` span."""
    windows: list[tuple[int, int]] = []
    for span in added:  # kept's order: by start
        a, b = max(0, span.start - WINDOW), min(len(text), span.stop + WINDOW)
        i = bisect.bisect_right(kept, a, key=lambda s: s.start)
        a = min(a, kept[i - 1].start) if i and kept[i - 1].stop > a else a
        i = bisect.bisect_right(kept, b, key=lambda s: s.start)
        b = max(b, kept[i - 1].stop) if i else b
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


def _masked_spans(text: str, kept: list[Span], start: int, stop: int) -> list[Span]:
    """What the number rules find in ``text[start:stop]`` (which cuts no ``kept`` span) with the ``kept`` spans in it
    masked, outside the masks; within :data:`MARGIN` of an edge that cuts the text, nothing."""
    parts, gaps, last, at = [], [], start, 0  # gaps: each piece between masks, where it is in the masked text, shift
    i = bisect.bisect_left(kept, start, key=lambda s: s.start)
    j = bisect.bisect_left(kept, stop, key=lambda s: s.start)  # the window cuts no kept span: kept[i:j] are in it
    for span in [*kept[i:j], Span(stop, stop, "")]:
        mask = f"[{span.kind}]" if span.kind else ""
        gaps.append((at, at + span.start - last, last - at))
        parts += [text[last : span.start], mask]
        at += span.start - last + len(mask)
        last = span.stop
    masked = "".join(parts)
    numbers = separators_folded(masked)
    low = start + MARGIN if start > 0 else start
    high = stop - MARGIN if stop < len(text) else stop
    found = []
    for span in _number_spans(numbers, True) + (_number_spans(masked, True) if numbers != masked else []):
        a, b, shift = gaps[bisect.bisect_right(gaps, span.start, key=lambda gap: gap[0]) - 1]
        if a <= span.start and span.stop <= b and low <= span.start + shift and span.stop + shift <= high:
            found.append(Span(span.start + shift, span.stop + shift, span.kind))
    return found


def _number_spans(text: str, numbers_only: bool = False) -> list[Span]:
    """The spans of the rules (:mod:`mcu_nlp.personal_data`; those for numbers only if ``numbers_only``) and homes
    (:mod:`mcu_nlp.home_address`) in ``text``."""
    spans = _rule_spans(text, numbers_only)
    stops = {span.stop for span in spans}
    spans = [span for span in spans if span.kind != "PHONE" or not number_tail(text, span.start, span.stop, stops)]
    spans.extend(Span(a, b, kind) for a, b, kind in home_spans(text, [(span.start, span.stop) for span in spans]))
    return spans


def redact(text: str) -> str:
    """Return ``text`` with personal data replaced by masks that name its kind: ``[PHONE]``, ``[EMAIL]``,
    ``[HANDLE]`` (a social-network handle such as "@vasya_p", or a link to a profile or channel: "t.me/vasya_p",
    "vk.com/id123"; an official account's too), ``[CARD]``, ``[OMS]`` (an ОМС policy number), ``[SNILS]``,
    ``[PASSPORT]``, ``[BIRTHCERT]`` (a birth certificate's series and number), ``[BIRTHDATE]`` (a date of birth:
    a date before «г.р.» or after «дата рождения»), ``[INN]``, ``[OGRNIP]`` (an individual entrepreneur's
    registration number, 15 digits), ``[PLATE]`` (a car registration plate), ``[ACCOUNT]``
    (a utility account number after «лицевой счёт», «л/с», «ЛС», a bank account's 20 digits), ``[FLAT]`` (a flat
    number: «кв. [FLAT]»), ``[ADDRESS]`` (an address given as where someone lives: «живу по адресу [ADDRESS]») and
    ``[PERSON]`` (a personal name).

    Addresses: an address names a person only as a household's. A flat number does (the word «кв.» stays), as does
    an address the text gives as someone's home («живу», «проживаю», «прописан», «зарегистрирован» before it, «мой
    адрес», «адрес регистрации»), from its street to its last number (a town or region at its ends stays). Any other
    address is where a public problem is («яма у дома 5 по ул. Ленина») and stays: geo-resolution, the topic model
    and an operator need it.

    >>> redact("Иванова Анна Петровна, +7 (912) 345-67-89, anna@mail.ru: нет света")
    '[PERSON], [PHONE], [EMAIL]: нет света'
    >>> redact("живу по адресу ул. Мира 3, кв. 12; яма у дома 5 по ул. Ленина; в кв. 7 холодно")
    'живу по адресу [ADDRESS]; яма у дома 5 по ул. Ленина; в кв. [FLAT] холодно'
    """
    spans = find_personal_data(text)
    if not spans:
        return text
    parts, last = [], 0
    for span in spans:
        parts += [text[last : span.start], f"[{span.kind}]"]
        last = span.stop
    parts.append(text[last:])
    return "".join(parts)
