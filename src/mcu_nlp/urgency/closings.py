"""What an appeal says around its matter: closing formulas, a sign-off with the signature after it, and the words
that introduce the writer's address.

"С уважением, Кузнецова Анна Сергеевна", "Заранее спасибо", "Жду ответа. Анна" and "Мой адрес: ул. Мира 5" say
nothing of how urgent an appeal is, but the learned model read "уважение", "заранее", "ждать ответ", "адрес",
"проживать" as words of the appeal, and each of them, as any word, also lowered the weight of the appeal's own words
in its L2-normalised TF-IDF row: "Нет света" was high (P(critical) 0.114), "Нет света С уважением, Кузнецова Анна
Сергеевна" critical (0.238), "Нет света Проживаю по адресу: Курск, ул. Ленина, 10-25" critical (0.366) (session 14).
:func:`mcu_nlp.urgency.model_text.model_text` blanks these spans too, at fit and at predict:

- a sign-off ("С уважением", "С ув.", "С наилучшими пожеланиями") and, when at most :data:`SIGNATURE_WORDS` words
  follow it to the end of the text, all of them: the signature ("жительница дома 5", a name, a post); a sign-off
  that opens the text greets ("С уважением, Ольга. Прорвало трубу"): its words go, the text after it stays;
- thanks in advance, for attention or for a reply ("Заранее спасибо", "Благодарю заранее", "Спасибо за внимание",
  "Спасибо за ответ, но в квартире холодно", "Благодарю за помощь") wherever they are, and a request for a reply
  ("Жду ответа", "Прошу дать ответ") that ends the text; after either, a name of one to
  three capitalised words or initials that ends the text ("Иванов И.И.", "Анна");
- the words introducing an address right before one (:func:`address_intros`: "мой адрес:", "проживаю по адресу",
  "прописана по адресу", "по адресу"), the address itself being blanked by :mod:`mcu_nlp.urgency.address` or by
  redaction (a "[ADDRESS]" mask).

A thanks for a done action is read by the lexicon on the text as written (:mod:`mcu_nlp.urgency.thanks`), not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, islice

from mcu_nlp.cleaning import MASK

#: At most this many words after a sign-off are its signature (blanked with it); more are a text that goes on.
SIGNATURE_WORDS = 8
#: How far before an address the words introducing it may start.
INTRO_REACH = 50

_SEP = r"[^\w\n]+"
SIGN_OFF = re.compile(r"(?<!\w)(?i:с\s+(?:уважением|уваж\.|ув\.|наилучшими\s+пожеланиями)|уважением)(?!\w)")
_THANKS = r"(?:спасибо|благодар\w*)"
ADVANCE_THANKS = re.compile(
    rf"(?<!\w)(?i:заранее{_SEP}(?:вам{_SEP})?{_THANKS}|{_THANKS}{_SEP}(?:вам{_SEP})?заранее"
    rf"|{_THANKS}{_SEP}за{_SEP}(?:ваш\w*{_SEP})?(?:внимание|понимание|ответ|информацию|разъяснени[ея]|оперативность"
    rf"|содействие|помощь))(?!\w)")
REPLY_REQUEST = re.compile(
    rf"(?<!\w)(?i:(?:жду|ждем|ждём|ожидаю|ожидаем){_SEP}(?:(?:вашего|скорого|скорейшего|письменного|официального)"
    rf"{_SEP})*ответа|прошу{_SEP}(?:(?:дать|направить|предоставить){_SEP})?(?:письменный{_SEP})?ответ(?:ить)?)(?!\w)")
#: One to three capitalised words or initials, and marks only, to the end of the text: a name signing it.
NAME_TAIL = re.compile(r"[^\w\n]*(?:\n[^\w\n]*)?(?:(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]\.)[^\w\n]*){0,3}\s*\Z")
WORD = re.compile(r"\w+")
_ADDRESS_WORD = r"(?:адрес|адреса|адресу)"
#: What each closing pattern cannot match without, case-folded: a text lacking them all is not scanned by it (most
#: appeals; the three scans cost ~17 us a text). Whatever ``(?i)`` matches to these letters case-folds to them
#: (tests/test_urgency_closings.py checks every code point), so a skipped scan would have found nothing.
CUES = {SIGN_OFF: ("уваж", "ув.", "наилучш"), ADVANCE_THANKS: ("спасибо", "благодар"), REPLY_REQUEST: ("ответ",)}
#: Every cue of :data:`CUES`: a text with none has no closing (36,392 of the 38,641 texts of the ``--speed`` stream of
#: benchmarks/topic.py), answered after six substring tests in C (the three patterns' tests cost 3 us more a text)
ANY_CUE = tuple(chain.from_iterable(CUES.values()))
ADDRESS_INTRO = re.compile(
    rf"(?<!\w)(?i:(?:(?:мой|моя|наш|домашний|почтовый|фактический){_SEP})?адрес(?:{_SEP}(?:проживания|регистрации"
    rf"|для{_SEP}ответа))?|(?:(?:я|мы){_SEP})?(?:проживаю|проживаем|проживает|проживающ\w*|живу|живем|живём"
    rf"|прописан\w*|зарегистрирован\w*)(?:{_SEP}(?:в{_SEP}доме{_SEP})?по{_SEP}{_ADDRESS_WORD})?"
    rf"|по{_SEP}{_ADDRESS_WORD})[^\w\n]*\Z")


def _found(pattern: re.Pattern[str], text: str, folded: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; nothing, unscanned, when ``folded`` (``text`` case-folded) has none of its
    :data:`CUES`."""
    return pattern.finditer(text) if any(cue in folded for cue in CUES[pattern]) else iter(())


def _signed(text: str, stop: int) -> int:
    """Where the name signing ``text`` right after ``stop`` ends (``stop`` if no name alone ends the text)."""
    found = NAME_TAIL.match(text, stop)
    return len(text) if found else stop


def _closes(text: str, start: int) -> bool:
    """Whether a sign-off at ``start`` closes the text: capitalised ("... газом С уважением, Анна"), or after a
    sentence's end, a line break or a comma; "Прошу отнестись с уважением, в доме пахнет газом" goes on."""
    i = start
    while i and text[i - 1] in " \t\xa0":
        i -= 1
    return text[start].isupper() or text[i - 1:i] in (".", "!", "?", ",", ";", ")", "\n", "")


def closing_spans(text: str) -> list[tuple[int, int]]:
    """Sign-offs with their signature and closing formulas of ``text``, as (start, stop).

    >>> text = "Нет света. Заранее спасибо! С уважением, жительница дома 5 Кузнецова А."
    >>> [text[a:b] for a, b in closing_spans(text)]
    ['Заранее спасибо', 'С уважением, жительница дома 5 Кузнецова А.']
    >>> text = "С уважением, Ольга. Прорвало трубу в подвале"
    >>> [text[a:b] for a, b in closing_spans(text)]
    ['С уважением']
    >>> text = "Жду ответа третий месяц, а воды нет. Жду ответа. Анна"
    >>> [text[a:b] for a, b in closing_spans(text)]
    ['Жду ответа. Анна']
    """
    spans, folded = [], text.casefold()
    if not any(map(folded.__contains__, ANY_CUE)):
        return spans
    for found in _found(SIGN_OFF, text, folded):
        after = sum(1 for _ in islice(WORD.finditer(text, found.end()), SIGNATURE_WORDS + 1))
        signs = WORD.search(text, 0, found.start()) and after <= SIGNATURE_WORDS and _closes(text, found.start())
        spans.append((found.start(), len(text) if signs else found.end()))
    spans += [(m.start(), _signed(text, m.end())) for m in _found(ADVANCE_THANKS, text, folded)]
    requests = _found(REPLY_REQUEST, text, folded)
    spans += [(m.start(), len(text)) for m in requests if _signed(text, m.end()) == len(text)]
    return sorted(spans)


def address_intros(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words introducing an address of ``spans`` (or a "[ADDRESS]" mask of ``text``) right before it.

    >>> text = "Нет света. Проживаю по адресу: Курск, ул. Ленина, 10-25"
    >>> [text[a:b] for a, b in address_intros(text, [(31, 36), (38, 55)])]
    ['Проживаю по адресу: ']
    >>> text = "Мой адрес [ADDRESS], нет воды"
    >>> [text[a:b] for a, b in address_intros(text, [])]
    ['Мой адрес ']
    """
    starts = {start for start, _ in spans}
    if "[" in text:
        starts |= {m.start() for m in MASK.finditer(text) if m.group() == "[ADDRESS]"}
    found = (ADDRESS_INTRO.search(text, max(0, start - INTRO_REACH), start) for start in sorted(starts))
    return [(m.start(), m.end()) for m in found if m]
