"""What a :class:`~mcu_nlp.topic.TopicClassifier` reads of an appeal: not how to reach its
writer, its sign-off, its tags or the greeting it opens with.

A contact, a signature, a tail of hashtags and a greeting say nothing of an appeal's topic, but the TF-IDF rows read
them as words, and each such word also lowers the weight of the appeal's own words (rows are L2-normalised): on the
60 appeals of the session 20 walkthrough, «Звоните 8-9xx-…, Петрова Анна» appended changed the topic of 2,
«С уважением, Кузнецова А.» of 2, «#ЖКХ #помогите» of 4, «Здравствуйте! … Заранее спасибо.» of 3 (a downed wire by a
school went from power to yards with the greeting). :func:`topic_text` blanks them, as the learned urgency model does
(:mod:`mcu_nlp.urgency.model_text`, whose pieces it reuses):

- personal data and the words offering a contact (:func:`~mcu_nlp.urgency.model_text.private_spans`), looked for only
  in a text that can hold a contact (an "@", a mask, or seven digits in a row, a space, bracket or dash apart:
  a phone); names elsewhere in a text stay, which keeps the predict speed (the name search costs more than the topic
  model itself). Five digits anywhere, the test before session 43, sent 609 of 5,000 SPb test texts (house and flat
  numbers) to the search and 35 of them held personal data, mostly a flat's number;
- closing formulas and a sign-off with its signature (:func:`~mcu_nlp.urgency.closings.closing_spans`), and the
  words introducing an address blanked with the contact;
- hashtags that only tag (:func:`~mcu_nlp.urgency.model_text.untagged`);
- a greeting opening the text («Здравствуйте!», «Добрый день,», «Доброго времени суток.»);
- an address that fills a clause of its own (:func:`address_clauses`): a header («ул. Ленина 5 кв 12, нет воды»,
  «Республика Башкортостан, городской округ город Уфа, Кировский район, ул. Ленина 5. Лифт не работает»: heating
  0.51 and culture_sport 0.15 before, water and building now), a town opening the text («Уфа, Советский район: ...»)
  or an address signed at its end («... Адрес: г. Курск, ул. Мира 3»).

An address inside a sentence stays («яма на ул. Ленина у школы», «В Казани автобус ...»): blanking every address, as
urgency does, lowered the dev sets' mean accuracy (0.7199 -> 0.7168) and the Kursk texts' (session 20 topic
walkthrough, RESULTS.md); blanking only those that fill a clause left SPb test, the Kursk folds and the blind sets
within 0.002 and cut the answers a full address header changes from 698 to 53 of 10,328 texts (session 42,
RESULTS.md).
Blanked spans become spaces, so the text keeps its length. Only predicting reads this view (``predict``,
``predict_proba``, ``decision_function``, ``explain``); a fit reads its texts as written, as the shipped file was
fitted. Reading the view at fit too was measured (a refit: SPb test 0.9117 / 0.8888, unseen proxy 0.6765 / 0.5979)
but sharpened a small fit's probabilities on another region's texts (tests/test_topic_vectors.py: mean top 0.66
against 0.52 right): RESULTS.md "Session 20: topic walkthrough misses".
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.urgency.address import address_spans, place_name
from mcu_nlp.urgency.closings import address_intros, closing_spans
from mcu_nlp.urgency.model_text import private_spans, untagged

#: A greeting opening the text, with the marks after it.
GREETING = re.compile(
    r"\A[^\w\n]*(?i:здравствуйте|здравствуй|добрый\s+(?:день|вечер)|доброе\s+утро|доброго\s+(?:дня|времени\s+суток)"
    r"|привет|приветствую)(?!\w)[^\w\n]*")
WORD = re.compile(r"\w")
#: What a text needs before its contacts are looked for, besides an "@" or a mask: seven digits or more in a row, at
#: most two spaces, brackets or dashes apart («408-00-04», «+7 (914) 555 12 34»), not house and flat numbers nor a
#: date («12.03.2021»). Only whether one is there counts, so the pattern is the shortest such run: a digit first lets
#: the regex engine skip to the digits (the run with a digit before it, as it was written, cost 6 us a text, now 2)
PHONE_LIKE = re.compile(r"\d(?:[\s()-]{0,2}\d){6}")
#: Marks that end a clause: an address between two of them (or the text's ends) fills a clause of its own
CLAUSE_MARKS = frozenset(",;:.!?()\n—–-")
_MARKS = r",;:.!?()\n—–"
_MARK = rf"(?:[{_MARKS}]|\s-)"
#: :data:`_MARK` led by one character class, tried in the same order (a mark, else a space and a dash): a search for
#: a pattern that opens with a class skips in C to the next mark or space, one that opens with ``\A|...`` is tried at
#: every position (twice the time)
_MARK_LED = rf"[{_MARKS}\s](?:(?<=[{_MARKS}])|(?<=\s)-)"
#: Street-type words and their abbreviations, and those of a house's parts (the flat's «кв» too)
_STREET_WORDS = ("ул", r"улиц\w*", r"просп\w*", r"пр-к?т\w*", "пр", r"переул\w*", "пер", "шоссе", "ш", r"бульвар\w*",
                 "б-р", "наб", r"набережн\w*", "пл", "площад(?:ь|и|ью)", "мкрн?", r"микрорайон\w*", r"проезд\w*",
                 r"тупик\w*", "алле[яиюе]", r"корп\w*", "стр", "лит", "кв")
_STREETS = "|".join(_STREET_WORDS)
#: Settlement, district and region words and their abbreviations
_SETTLEMENT_WORDS = ("г", "гор", "пгт", "пос", "посе?[её]л(?:ок|ка|ке|ком)", "дер", r"деревн\w*", "рп", "сел[оау]",
                     r"станиц\w*", r"област\w*", "обл", "кра[йяюе]", r"район\w*", "р-н", "рн", r"республик\w*", "респ",
                     r"округ\w*")
#: A street's, a house's or a flat's word: an address holding one may end in its number before the next clause
#: («ул. Ленина 5 кв 12 течет крыша»); with none, a number ending it is the next words' («Бузулук 5 автобус»)
STREET_WORD = re.compile(rf"(?i)(?<![\w-])(?:{_STREETS}|д|дом\w*|квартир\w*)(?![\w-])")


def _near(words: str) -> str:
    """:data:`NEAR_CLAUSE_START` after its clause's start, ``words`` its street and settlement words."""
    return rf"\s*(?:[\w-]+\s+){{0,2}}(?i:(?:{words})(?![\w-])|[дс](?=\.|\s*\d)|дом\w*\s*№?\s*\d)"


def _by_first_letter(words: tuple[str, ...]) -> str:
    r"""The alternation of ``words`` (patterns, each opening with a letter) grouped by that letter, in their order: re
    tries an alternation's branches one by one, and a branch under ``(?i)`` is entered whatever the letter it opens
    with, so one group per letter fails at once where its words failed one by one. It matches the same strings (the
    order of branches only chooses among matches; whether there is one, all :func:`_near_clause_start` asks, stays).

    >>> _by_first_letter(("ул", r"улиц\w*", "пр", "г", "гор"))
    'у(?:л|лиц\\w*)|п(?:р)|г(?:|ор)'
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


#: The cheap tests before the costly search (:func:`address_clauses`): a street's or a settlement's word at most two
#: words into a clause, or a house number after «дом» (:data:`NEAR_CLAUSE_START`); one or two words that fill a
#: clause, capitalised or opening the text, one of them a place's name (:data:`PLACE_CLAUSE`: «Уфа, ...», «...,
#: Липецк», «саранск. ...»)
NEAR_CLAUSE_START = re.compile(rf"(?:\A|{_MARK}){_near('|'.join(_STREET_WORDS + _SETTLEMENT_WORDS))}")
_NEAR = _near(_by_first_letter(_STREET_WORDS + _SETTLEMENT_WORDS))
_PLACE = rf"\s*([А-ЯЁ][\w-]*)(?:\s+([А-ЯЁ][\w-]*))?\s*(?={_MARK}|\Z)"
PLACE_CLAUSE = re.compile(rf"(?:\A|{_MARK}){_PLACE}|\A\s*([\w-]+)\s*(?={_MARK})")
#: The two searched as a text's start (``match``) and its marks after it (:data:`_MARK_LED`), the street and
#: settlement words grouped by their first letter (:func:`_by_first_letter`): the same matches
#: (:func:`_near_clause_start`, :func:`_place_clause_words`; tests/test_topic_reading_speed.py)
_NEAR_AT_START = re.compile(_NEAR)
_NEAR_AFTER_MARK = re.compile(_MARK_LED + _NEAR)
_PLACE_AFTER_MARK = re.compile(_MARK_LED + _PLACE)
#: what makes a text Russian enough to carry topic evidence: a word of two Cyrillic letters or more. A lone letter
#: is an initial or an abbreviation's («п.», «д.»), no topic: «П» alone was roads at 0.44, «П���� junk �( bytes»
#: (bytes that were no UTF-8) roads at 0.29 (walkthrough s39)
CYRILLIC = re.compile("[а-яё]{2}", re.IGNORECASE)
MARKS_AFTER = re.compile(r"[^\w\n]*")
#: A long text's start and end are searched for an address this long each (:func:`address_clauses`)
END_CHARS = 150


def _may_hold_contact(text: str) -> bool:
    """Whether ``text`` can hold a phone, an e-mail or a contact's mask: the cheap test before the costly search."""
    return "@" in text or "[" in text or PHONE_LIKE.search(text) is not None


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked, and the marks between two of them («8-912-…, Сидоров Пётр»: the comma): a
    mark left alone is a word of the character view."""
    if not spans:
        return text
    chars, last = list(text), None
    for start, stop in sorted(spans):
        if last is not None and last < start and not WORD.search(text, last, start):
            start = last
        chars[start:stop] = " " * (stop - start)
        last = max(stop, last or 0)
    return "".join(chars)


def _opens_clause(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in CLAUSE_MARKS


def _closes_clause(text: str, start: int, stop: int) -> bool:
    after = text[stop:].lstrip()
    if not after or after[0] in CLAUSE_MARKS:
        return True
    return text[stop - 1].isdigit() and STREET_WORD.search(text, start, stop) is not None


def address_clauses(text: str) -> list[tuple[int, int]]:
    """The addresses of ``text`` (:func:`~mcu_nlp.urgency.address.address_spans`) that fill a clause of their own:
    each opens the text or follows a clause mark (:data:`CLAUSE_MARKS`), and ends the text, comes before a mark or
    ends in a house or flat number. An address inside a sentence («яма на ул. Ленина у школы») stays.

    >>> text = "Уфа, Кировский район, ул. Ленина 5. Лифт не работает"
    >>> [text[a:b] for a, b in address_clauses(text)]
    ['Уфа, Кировский район, ул. Ленина 5']
    >>> address_clauses("Яма на ул. Ленина у школы")
    []
    """
    found = []
    for start, stop in _ends(text):
        part = text[start:stop]
        if _may_hold_address(part):
            found += [(start + a, start + b) for a, b in address_spans(part)
                      if _opens_clause(text, start + a) and _closes_clause(text, start + a, start + b)]
    return found


def _may_hold_address(text: str) -> bool:
    """Whether ``text`` passes :data:`NEAR_CLAUSE_START` or :data:`PLACE_CLAUSE` (a place's name by pymorphy3's first
    reading, as :func:`~mcu_nlp.urgency.address.address_spans` reads a capitalised place)."""
    if _near_clause_start(text):
        return True
    return any(_place(word.lower()) for word in _place_clause_words(text))


def _near_clause_start(text: str) -> bool:
    """Whether :data:`NEAR_CLAUSE_START` finds a match in ``text``, searched from the marks only.

    >>> [_near_clause_start(t) for t in ("ул. Ленина 5", "Яма, дом 5", "яма у дома", "Яма - пр Мира")]
    [True, True, False, True]
    """
    return _NEAR_AT_START.match(text) is not None or _NEAR_AFTER_MARK.search(text) is not None


def _place_clause_words(text: str) -> list[str]:
    """The words :data:`PLACE_CLAUSE`'s matches capture in ``text``, in order: its match at the start, then the
    matches after a mark from where that one ends (after the start, only a mark can open a match).

    >>> _place_clause_words("Уфа, Советский район. Мусор, Липецк")
    ['Уфа', 'Мусор', 'Липецк']
    >>> _place_clause_words("саранск. нет воды"), _place_clause_words("нет воды")
    (['саранск'], [])
    """
    first = PLACE_CLAUSE.match(text)
    found = [] if first is None else [word for word in first.groups() if word]
    following = _PLACE_AFTER_MARK.finditer(text, 1 if first is None else first.end())
    return found + [word for match in following for word in match.groups() if word]


@lru_cache(maxsize=65536)
def _place(form: str) -> bool:
    """Whether pymorphy3 reads ``form`` first as a place's name (:func:`~mcu_nlp.urgency.address.place_name`), cached:
    the same few words open clauses («Спасибо.», «Мусор,»)."""
    return place_name(form)[0]


def _ends(text: str) -> list[tuple[int, int]]:
    """Where :func:`address_clauses` looks: a short text whole, a long one's first and last :data:`END_CHARS`
    characters, each cut at a space (a header, or an address signed at the end; in the middle of a long letter an
    address weighs little among its words, and the windows took the search from 75 to 65 us per SPb test text)."""
    if len(text) <= 2 * END_CHARS:
        return [(0, len(text))]
    head = text.rfind(" ", 0, END_CHARS)
    tail = text.find(" ", len(text) - END_CHARS)
    return [(0, END_CHARS if head < 0 else head), (len(text) - END_CHARS if tail < 0 else tail, len(text))]


def _without_addresses(text: str) -> str:
    """``text`` with :func:`address_clauses` blanked, and the marks after each up to the next word («ул. Мира 3, нет
    воды»: the comma), unless no Cyrillic word would be left."""
    spans = address_clauses(text)
    if not spans:
        return text
    blanked = _blanked(text, [(a, MARKS_AFTER.match(text, b).end()) for a, b in spans])
    return blanked if CYRILLIC.search(blanked) else text


def topic_text(text: str) -> str:
    """``text`` as the topic model reads it (the module's docstring): same length, spaces in place
    of a contact, a sign-off, tags and an opening greeting.

    >>> topic_text("Здравствуйте! Оборван провод у школы. Звоните 8-900-000-00-00 #ЖКХ").split()
    ['Оборван', 'провод', 'у', 'школы.']
    >>> topic_text("Яма на дороге\\nС уважением, Кузнецова А.").split()
    ['Яма', 'на', 'дороге']
    """
    spans = private_spans(text) if _may_hold_contact(text) else []
    text = untagged(_blanked(text, spans + address_intros(text, spans) + closing_spans(text)))
    greeting = GREETING.match(text)
    text = text if greeting is None else " " * greeting.end() + text[greeting.end():]
    return _without_addresses(text)
