"""Words that only say where: street words, house numbers, street names, the prepositions before them.

An address names no danger and no calm: "пожар на ул. Ленина 5" reports what "пожар" does, and "когда включат
отопление в доме 5 по улице Ленина?" asks what "когда включат отопление?" asks. The learned model reads "улица",
"ленин" and the number as words of an appeal, so the rules of :mod:`mcu_nlp.urgency.guideline` that judge a text too
short for it, or made only of calm phrases, leave an address out (:func:`address_terms`).

A name is a capitalised word, and capitals say something only in a text that also has lower-case words: in
"ВОДА ЕСТЬ НА УЛ. МИРА 5 ПАХНЕТ ГАЗОМ" or "Свет дали на ул Мира 5 Пахнет Газом" the words after the number are the
report, not the address. So a name counts only right after a street word (at most NAME_WORDS words: "ул. Маршала
Жукова") or right after a preposition (one word: "на Ленина"), in a text with case evidence (:func:`has_case`).

A town or a region says where too, in any clause: "Когда включат отопление? г.Тюмень", "Уфа, когда включат
отопление?" ask what the bare question asks. So are part of an address: settlement and region words (SETTLEMENTS:
"г", "пгт", "область", "район" ...), the word after a town-type abbreviation (TOWN_TYPES: "г.Тюмень", "г. тюмень"),
an adjective before a region word ("Тюменская область"), and a place name pymorphy3 knows (:func:`place_name`). A
town whose name is also a word («Находка», «Луга», «Мирный»: a place by a later reading only) says where when it is
capitalised and a clause on its own: «Когда включат отопление? Находка», «Находка, Ленинская 12, прорвало трубу»
(walkthrough s56 D1), not «Луга затопило».
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from mcu_nlp.errors import InputError
from mcu_nlp.lexicon import Word, words
from mcu_nlp.lexicon_rules import LEXICON_PATH, Slot, parse_rules
from mcu_nlp.lexicon_words import CLAUSE_ENDS, opens_clause
from mcu_nlp.morphology import analyzer, grammemes
from mcu_nlp.normalization import normalize
from mcu_nlp.street_words import TYPES
from mcu_nlp.street_words import street_words as street_forms

#: The lexicon macro listing street types and parts of a house address (lemmas, and surface forms of abbreviations
#: the lemmatiser reads as other words: "=д", which it reads as "далее"); the fire rows name a place by it too.
STREET_MACRO = "@address"
#: Prepositions that belong to an address when an address word follows them ("в доме 5", "по улице Ленина").
PREPOSITIONS = frozenset({"на", "в", "во", "по", "у", "возле", "около", "напротив", "рядом", "с", "со", "от"})
#: At most this many capitalised words after a street word are its name ("ул. Маршала Жукова").
NAME_WORDS = 2
#: Abbreviations of a town type: the word after one is a town's name, whatever its case ("г.Тюмень", "пгт. уренгой").
TOWN_TYPES = frozenset({"г", "гор", "пгт", "пос", "дер", "рп"})
#: Words of a region, district or settlement (lemmas, and forms the lemmatiser reads as others): where, not what.
REGION_WORDS = frozenset({"область", "обл", "край", "район", "р-н", "рн", "республика", "респ", "округ"})
SETTLEMENTS = TOWN_TYPES | REGION_WORDS | {"город", "поселок", "село", "деревня", "станица", "посёлок"}


@lru_cache(maxsize=4)
def street_words(path: Path = LEXICON_PATH) -> Slot:
    """The lexicon's STREET_MACRO as a slot (``word in street_words()``): the one list of street words.

    >>> sorted(street_words().forms)
    ['д', 'стр']
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    if not any(line.startswith(f"{STREET_MACRO},macro,") for line in lines):
        raise InputError(f"expected a {STREET_MACRO} macro row in the lexicon {path}, got none; add it "
                         f"(the street words of mcu_nlp.urgency.address)")
    header_and_macros = [line for line in lines if line.startswith(("name,", "@"))]
    return parse_rules([*header_and_macros, f"address,high,,{STREET_MACRO},1,,"])[0].slots[0]


def has_case(text: str, seq: list[Word]) -> bool:
    """Whether some word of ``text`` starts with a lower-case letter, so that a capital can mark a name.

    >>> [has_case(t, words(t)) for t in ("Пожар на ул. Ленина", "ПОЖАР НА УЛ. ЛЕНИНА", "Пожар На Ул Ленина", "5")]
    [True, False, False, False]
    """
    return any(text[w.start].islower() for w in seq)


#: Capitalised words that name no street, though nouns or adjectives: "дети дома Мой адрес: ..." is no house.
NOT_NAMES = frozenset({"я", "мы", "мой", "наш", "ваш", "твой", "адрес", "спасибо"})
#: A street's name has a reading as one of these (a noun, an adjective or participle, a number, an unknown word).
NAME_TAGS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "UNKN", "LATN", "ROMN", "NUMB"})


def _name(text: str, seq: list[Word], i: int) -> bool:
    """Whether word ``i``, capitalised, follows a street word across at most NAME_WORDS - 1 other capitalised words,
    or a preposition right before it, in its sentence; a known word of two letters or more that can only be a verb,
    an adverb, a particle ... never does ("дети дома Жду ответа", "дома Заранее спасибо": a sentence without its full
    stop; "литера А", "с. Ажово" do), nor one of :data:`NOT_NAMES`."""
    form = seq[i].form
    if seq[i].term in NOT_NAMES or (len(form) > 1 and analyzer().word_is_known(form)
                                    and not grammemes(form) & NAME_TAGS):
        return False
    streets = street_words()
    for j in range(i - 1, max(i - 1 - NAME_WORDS, -1), -1):
        if seq[j].sentence != seq[i].sentence:
            return False
        if seq[j] in streets or (j == i - 1 and seq[j].term in PREPOSITIONS):
            return True
        if not text[seq[j].start].isupper():
            return False
    return False


@lru_cache(maxsize=65536)
def place_name(form: str) -> tuple[bool, bool, bool]:
    """Whether pymorphy3 knows a lower-case form as a place name: (first parse, every parse, some parse).
    Capitalised, a form whose first parse is a place counts ("Уфа", "Киров"); in any case only one with no other
    reading ("уфа", not "луга" or "киров", a surname too); one with a later reading only ("находка") as a clause of
    its own.

    >>> place_name("тюмень"), place_name("киров"), place_name("луга"), place_name("яма")
    ((True, True, True), (True, False, True), (False, False, True), (False, False, False))
    """
    morph = analyzer()
    if not morph.word_is_known(form):
        return False, False, False
    geo = ["Geox" in parse.tag for parse in morph.parse(form)]
    return geo[0], all(geo), any(geo)


#: What one word form says of a place (:func:`_place_kind`): nothing, a place in any case, a place with a capital,
#: a place with a capital in a clause of its own.
NOT_PLACE, PLACE, CAPITAL_PLACE, CLAUSE_PLACE = 0, 1, 2, 3
_KINDS: dict[str, int] = {}


def _place_kind(form: str, term: str) -> int:
    """NOT_PLACE, PLACE (a settlement word or a place name with no other reading), CAPITAL_PLACE (a place name by
    its first reading: one only when capitalised) or CLAUSE_PLACE (by a later reading: one only when capitalised and
    a clause of its own), cached per form (a form's lemma is always the same)."""
    found = _KINDS.get(form)
    if found is None:
        first, only, some = place_name(form) if form.isalpha() else (False, False, False)
        found = (PLACE if term in SETTLEMENTS or form in SETTLEMENTS or only else CAPITAL_PLACE if first
                 else CLAUSE_PLACE if some else NOT_PLACE)
        if len(_KINDS) >= 65536:
            _KINDS.clear()
        _KINDS[form] = found
    return found


def _places(text: str, seq: list[Word], case: bool) -> list[bool]:
    """For each word, whether it names a town or a region (see the module's docstring)."""
    get = _KINDS.get
    kinds = [get(w.form) for w in seq]  # inline lookups: most words are known and name no place
    if None in kinds:
        kinds = [_place_kind(w.form, w.term) if k is None else k for w, k in zip(seq, kinds)]
    marked = [False] * len(seq)
    if not any(kinds):
        return marked
    for i, (w, k) in enumerate(zip(seq, kinds)):
        if k == CAPITAL_PLACE:
            marked[i] = marked[i] or (case and text[w.start].isupper())
        if k == CLAUSE_PLACE:
            marked[i] = marked[i] or (case and text[w.start].isupper() and _lone_clause(text, seq, i))
        if k != PLACE:
            continue
        marked[i] = True
        if w.form in TOWN_TYPES and i + 1 < len(seq) and seq[i + 1].sentence == w.sentence:
            marked[i + 1] = True  # "г.Тюмень", "г. тюмень"
        if w.term in REGION_WORDS and i > 0 and seq[i - 1].sentence == w.sentence \
                and "ADJF" in grammemes(seq[i - 1].form):
            marked[i - 1] = True  # "Тюменская область", "Советский район"
    return marked


def _lone_clause(text: str, seq: list[Word], i: int) -> bool:
    """Whether word ``i`` is a clause of its own: it opens one and the next word (if any) opens another.

    >>> t = "Когда включат отопление? Находка, Ленинская 12"
    >>> [_lone_clause(t, words(t), i) for i in (3, 4)]
    [True, False]
    """
    return opens_clause(text, seq, i, CLAUSE_ENDS) and (  # a sentence's end closes one too
        i + 1 == len(seq) or opens_clause(text, seq, i + 1, CLAUSE_ENDS))


def _has_digit(form: str) -> bool:
    """Whether a word form has a digit ("5", "5а", "2-й"); letters are never digits, so most forms answer at once."""
    return not form.isalpha() and any(ch.isdigit() for ch in form)


@lru_cache(maxsize=4096)
def _form_terms(form: str) -> tuple[str, ...]:
    """The terms a normalised text shows for one word form: address words repeat ("ул", "д", "дом") across texts."""
    return tuple(normalize(form).split())


def address_words(text: str, seq: list[Word] | None = None) -> list[bool]:
    """For each word of ``text`` (:func:`mcu_nlp.lexicon.words`), whether it is part of an address.

    >>> def address(text):
    ...     return [w.form for w, a in zip(words(text), address_words(text)) if a]
    >>> address("Пожар на ул. Ленина 5, дым"), address("Горит сарай на Мира")
    (['на', 'ул', 'ленина', '5'], ['на', 'мира'])
    >>> address("Свет дали на ул. Маршала Жукова Пахнет Газом"), address("ГАЗ НА УЛ. МИРА ПАХНЕТ")
    (['на', 'ул', 'маршала', 'жукова'], ['на', 'ул'])
    >>> address("Когда включат отопление? г.Тюмень"), address("Уфа, Советский район, яма")
    (['г', 'тюмень'], ['уфа', 'советский', 'район'])
    """
    return address_marks(text, words(text) if seq is None else seq)[0]


def address_marks(text: str, seq: list[Word]) -> tuple[list[bool], list[bool]]:
    """For each word of ``seq`` (the words of ``text``), whether it is part of an address (:func:`address_words`),
    and whether it names a town or a region: one reading for :func:`address_terms` and :func:`address_spans`."""
    streets = street_words()
    case = has_case(text, seq)
    places = _places(text, seq, case)
    marked = [w in streets or _has_digit(w.form) or p for w, p in zip(seq, places)]
    if case:
        marked = [m or (text[w.start].isupper() and _name(text, seq, i)) for i, (w, m) in enumerate(zip(seq, marked))]
    for i in range(len(seq) - 2, -1, -1):  # a preposition before an address ("в доме", "по улице")
        same = seq[i + 1].sentence == seq[i].sentence
        marked[i] = marked[i] or (seq[i].term in PREPOSITIONS and same and marked[i + 1])
    return marked, places


def address_terms(text: str, seq: list[Word] | None = None, marked: list[bool] | None = None) -> frozenset[str]:
    """The terms of the address words of ``text`` (``seq``: its :func:`mcu_nlp.lexicon.words`, ``marked``: its
    :func:`address_words`, if read already) as a normalised text shows them ("ул" is "улица" there).

    >>> sorted(address_terms("пожар на ул. Ленина 5"))
    ['5', 'num', 'ленин', 'на', 'ул', 'улица']
    """
    seq = words(text) if seq is None else seq
    marked = address_words(text, seq) if marked is None else marked
    found = [w for w, a in zip(seq, marked) if a]
    return frozenset({w.term for w in found} | {term for w in found for term in _form_terms(w.form)})


#: Lemmas of the units a number counts ("мина": "мин"): "в квартире 12 градусов", "в доме 3 дня нет воды", "на 5
#: этаже" measure, they give no house number.
UNITS = frozenset({"градус", "град", "день", "сутки", "час", "ч", "минута", "мина", "неделя", "месяц", "этаж", "год",
                   "раз"})
#: A number at most this many words after "температура" in its sentence is a reading ("Температура в квартире 14").
TEMPERATURE_REACH = 4


def _temperature(text: str, w: Word) -> bool:
    """A number with a sign or a degree mark ("в квартире +14", "-5°"): no house number."""
    return text[w.start - 1:w.start] in ("+", "−") or text[max(0, w.start - 2):w.start] == " -" \
        or text[w.stop:w.stop + 1] == "°"


def _named_years(text: str, seq: list[Word], k: int) -> bool:
    """Whether word ``k`` ("лет", "года") and a capitalised word after it name a street ("ул. 50 лет Октября")."""
    after = seq[k + 1] if k + 1 < len(seq) and seq[k + 1].sentence == seq[k].sentence else None
    return seq[k].term == "год" and after is not None and text[after.start].isupper()


def _measure(text: str, seq: list[Word], k: int) -> bool:
    """Whether number ``k`` of ``seq`` measures rather than numbers a house: a temperature (signed, with "°", or
    within TEMPERATURE_REACH words after "температура"), or a count of a unit right after it ("12 градусов", "3 дня").

    >>> text = "В квартире 12 градусов, в доме 5 на 3 этаже; температура в квартире 14"
    >>> seq = words(text)
    >>> [w.form for k, w in enumerate(seq) if w.form.isdigit() and _measure(text, seq, k)]
    ['12', '3', '14']
    """
    w = seq[k]
    if _temperature(text, w):
        return True
    unit = seq[k + 1] if k + 1 < len(seq) and seq[k + 1].sentence == w.sentence else None
    if unit is not None and unit.term in UNITS and not _named_years(text, seq, k + 1):
        return True
    return any(seq[i].term == "температура" and seq[i].sentence == w.sentence
               for i in range(max(0, k - TEMPERATURE_REACH), k))


def _where(seq: list[Word], run: range, places: list[bool]) -> bool:
    """Whether a run of address words says where: a town or a region, or a street word with a name or a number."""
    streets = street_words()
    if any(places[k] for k in run):
        return True
    street = [seq[k] in streets for k in run]
    return any(street) and not all(s or seq[k].term in PREPOSITIONS for k, s in zip(run, street))


def address_spans(text: str, seq: list[Word] | None = None,
                  marks: tuple[list[bool], list[bool]] | None = None) -> list[tuple[int, int]]:
    """Where ``text`` says where, as (start, stop): each run of address words (:func:`address_words`, in one
    sentence) that holds a town or a region, or a street word with a name or a number. A street word alone ("в
    квартире") or a number alone ("автобус №5", "3 дня") says what, and stays, as does a number that measures
    (:func:`_measure`: "в квартире 12 градусов", "на 5 этаже"). ``seq`` and ``marks``: its
    :func:`mcu_nlp.lexicon.words` and :func:`address_marks`, if read already.

    >>> text = "В Казани автобус №5 не ходит. ул. Ленина, д. 12, кв. 40; в квартире холодно"
    >>> [text[a:b] for a, b in address_spans(text)]
    ['В Казани', 'ул. Ленина, д. 12, кв. 40']
    """
    seq = words(text) if seq is None else seq
    if marks is None:
        streets = street_words()
        if not any(_places(text, seq, has_case(text, seq))) and not any(w in streets for w in seq):
            return []  # every span holds a place or a street word (_where): 4 texts in 5 have neither
        marks = address_marks(text, seq)
    address, places = marks
    marked = [m and not (_has_digit(w.form) and _measure(text, seq, k)) for k, (w, m) in enumerate(zip(seq, address))]
    if not any(marked):
        return []
    spans, i = [], 0
    while i < len(seq):
        j = i
        while marked[i] and j + 1 < len(seq) and marked[j + 1] and seq[j + 1].sentence == seq[i].sentence:
            j += 1
        if marked[i] and _where(seq, range(i, j + 1), places):
            spans.append((seq[i].start, seq[j].stop))
        i = j + 1
    return spans


#: Abbreviations of a street type («ул», «пер», «пр-т»; :mod:`mcu_nlp.street_words`), but the one letter «ш» and
#: «мкр», which mostly ends an address («5 мкр, двор»): the word right after one names the street whatever its case, as
#: the word after a town type's names the town.
STREET_ABBREVIATIONS = frozenset(short for short in street_forms(TYPES, (), abbreviated=True) if len(short) > 1) \
    - {"мкр"}
#: Parts of speech a street's name never has a reading as (prepositions, conjunctions, particles, pronouns): «пр. со»,
#: «пр. и», «наб перед» are no names.
NOT_NAME_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


@lru_cache(maxsize=4096)
def names_a_street(form: str) -> bool:
    """Whether a lower-case form after a street type's abbreviation can be the street's name in any case: an adjective
    («крымской»), a noun in the genitive («гоголя», «победы») or a word pymorphy3 does not know; not a single letter
    (an initial), a word that can be a function word (:data:`NOT_NAME_POS`), nor a noun in another case («пр.
    этажи»).

    >>> [names_a_street(f) for f in ("крымской", "гоголя", "фриева", "н", "со", "этажи")]
    [True, True, True, False, False, False]
    """
    if len(form) < 2 or not form.replace("-", "").isalpha():
        return False
    morph = analyzer()
    if not morph.word_is_known(form):
        return True
    tags = [parse.tag for parse in morph.parse(form)]
    return not any(tag.POS in NOT_NAME_POS for tag in tags) and any(
        tag.POS in ("ADJF", "PRTF") or (tag.POS == "NOUN" and "gent" in tag) for tag in tags)


def abbreviated_streets(text: str, seq: list[Word] | None = None) -> list[tuple[int, int]]:
    """Where ``text`` names a street by an abbreviated type and the word right after it (a dot and spaces between), in
    any case, with a house number after them, as (start, stop): the learned model's view blanks them
    (:func:`mcu_nlp.urgency.model_text.model_text`) beside :func:`address_spans`, which takes a name only with a
    capital («район ул. крымской» left «крымской», which lifted a pack of dogs to critical: walkthrough s43 D7). The
    word must be able to be a name (:func:`names_a_street`), and a number that measures (:func:`_measure`) is no house
    number.

    >>> text = "анапа, район ул. крымской, бегают собаки; УЛ. МИРА 5 НЕТ ВОДЫ; и пр. Завтра; пер., а"
    >>> [text[a:b] for a, b in abbreviated_streets(text)]
    ['ул. крымской', 'УЛ. МИРА 5']
    """
    seq = words(text) if seq is None else seq
    spans = []
    for k, (w, name) in enumerate(pairwise(seq), 1):
        if w.form in STREET_ABBREVIATIONS and name.sentence == w.sentence \
                and not text[w.stop:name.start].strip(". ") and names_a_street(name.form):
            house = k + 1 < len(seq) and seq[k + 1].sentence == w.sentence and _has_digit(seq[k + 1].form) \
                and not _measure(text, seq, k + 1)
            spans.append((w.start, seq[k + 1 if house else k].stop))
    return spans
