"""Where a lexicon match is, read in the whole text: the ``place`` column of the lexicon.

An appeal often names its place once, in a heading of its own ("Пожарная лестница. Между 15 и 16 нет света.", "7 этаж.
Лифт холл. Нет света."), beyond the window of a rule's ``unless`` words. urgency.md puts stairwell and street lighting
out at ``high`` and a home without power at ``critical``: a ``place`` word of the first slot (a stairwell, a floor, a
lamp) anywhere in the text cancels a match, unless the match's own sentence names a home (a word of the second slot:
"Парадная 2. В квартирах нет света" is a power cut, whatever the heading). A place word in a sentence that names a
home ("Живу на 5 этаже.") or says "тоже" ("В подъезде тоже темно.") puts nothing elsewhere. And the words read as a
supply cut are not read a second time as a lesser signal (:func:`one_reading`): "Нет света" that is a power cut is no
stairwell lamp out as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mcu_nlp.lexicon_reach import span_reach
from mcu_nlp.lexicon_repairs import SUPPLY
from mcu_nlp.lexicon_rules import Rule
from mcu_nlp.lexicon_typos import written_as_name
from mcu_nlp.morphology import analyzer, grammemes
from mcu_nlp.street_words import STREET_NOUNS, street_words

if TYPE_CHECKING:
    from mcu_nlp.lexicon_words import Word

__all__ = [
    "HAZARD_MATTER", "STREET_NAME", "STREET_TYPES", "elsewhere", "not_itself", "one_reading", "said_by_subject",
    "street_name", "street_type_of_name", "unnamed_streets",
]

#: Words of a street's type (lemmas and forms): a capitalised word right after one («ул. Взрывная») or right before
#: one inside its sentence («на Пожарной улице») is the street's name (:func:`street_name`), not a danger.
#: The types' lemmas and abbreviations, and «улица»'s case forms; not (kept from the list's first form, no measured
#: reason) «пр-т», «пр-кт», «пркт», «б-р», «ш», «туп», nor «сквер» or «дорога».
STREET_TYPES = street_words(
    ("улица", "проспект", "переулок", "шоссе", "бульвар", "набережная", "площадь", "проезд", "тупик", "аллея",
     "микрорайон", "линия", "тракт"), ("nom",), abbreviated=True,
) - {"пр-т", "пр-кт", "пркт", "б-р", "ш", "туп"} | street_words(("улица",), ("gen", "dat", "acc"))

#: A place named in a sentence with one of these says where else it is dark, not where the cut is ("Нет света третий
#: день. В подъезде тоже темно."); a place in a sentence with a home word says who writes ("Живу на 5 этаже.").
ALSO = frozenset({"тоже", "также"})
#: The group of the rows of a supply given by schedule («воду дают по графику»), and the levels of a supply given that
#: such a row reads instead (:func:`one_reading`).
RATIONED = "schedule"
GIVEN = frozenset({"present", "fixed"})


def elsewhere(rule: Rule, seq: Sequence[Word], first: int, known: dict[Any, Any] | None = None,
              text: str = "") -> bool:
    """Whether a match of ``rule`` starting at word ``first`` of ``seq`` is somewhere else than a home: a word of
    ``rule.elsewhere`` in the text, in a sentence with no word of ``rule.homes`` and no :data:`ALSO`, and none of
    ``rule.homes`` in the match's sentence (False for a rule with no ``place`` column); a home right after a place word
    names that place's building, not a home («В подъезде дома нет света»); with ``text``, a street's type before its
    name is an address, no place (:func:`street_type_of_name`). ``known`` keeps what was read of
    ``seq`` for the rule's places across the matches of one text, so a long text is read once, not once for each match.

    >>> from mcu_nlp.lexicon import load_rules, words
    >>> power = next(rule for rule in load_rules() if rule.name == "no power")
    >>> texts = ("Пожарная лестница. Нет света.", "Парадная 2. В квартирах нет света", "Нет света",
    ...          "Нет света третий день. В подъезде тоже темно.", "Живу на 5 этаже. Нет света с утра.",
    ...          "В подъезде дома нет света")
    >>> [elsewhere(power, words(t), [w.term for w in words(t)].index("нет")) for t in texts]
    [True, False, False, False, False, True]
    """
    places = rule.elsewhere
    if not (places.lemmas or places.forms or places.prefixes):
        return False
    key = ("place", places, rule.homes)
    found = None if known is None else known.get(key)
    if found is None:
        # a home right after a place is that place's building («в подъезде дома», «на лестнице девятиэтажки»)
        at_home = frozenset(w.sentence for i, w in enumerate(seq)
                            if w in rule.homes and not (i and seq[i - 1] in places))
        besides = {w.sentence for w in seq if w.term in ALSO}
        found = (any(w in places and w.sentence not in at_home and w.sentence not in besides
                     and not (text and street_type_of_name(text, seq, i)) for i, w in enumerate(seq)), at_home)
        if known is not None:
            known[key] = found
    named, at_home = found
    return named and seq[first].sentence not in at_home


def one_reading(found: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
    """``found`` (matches as word spans and rules) without the ``high`` matches over the words of a critical supply
    cut, from its first word or to its last: "Нет света" or "Нет света на всей улице" read as a power cut is not
    lighting out too (urgency.md: one is critical, the other high), while "Нет света в подъезде", where the place
    cancels the cut, stays lighting. Nor a supply said to work or be back inside a supply given by schedule
    (:data:`RATIONED`): «воду дают на пару часов» is rationing, not water there.

    >>> from mcu_nlp.lexicon import find_signals
    >>> [s.name for s in find_signals("Нет света")], [s.name for s in find_signals("Нет света в подъезде")]
    (['no power'], ['lighting out'])
    >>> [s.name for s in find_signals("Нет света на всей улице")]
    ['no power']
    >>> [s.name for s in find_signals("Воду дают на пару часов")]
    ['supply by schedule']
    """
    ends: dict[int, int] = {}  # a cut's first word -> its farthest last word
    starts: dict[int, int] = {}  # a cut's last word -> its earliest first word
    rationed: list[tuple[int, int]] = []
    for first, last, rule in found:
        if rule.level == "critical" and rule.group in SUPPLY:
            ends[first] = max(last, ends.get(first, last))
            starts[last] = min(first, starts.get(last, first))
        elif rule.group == RATIONED:
            rationed.append((first, last))
    given = span_reach(rationed)  # a long text of schedules and supplies given: one bisection a match, not a scan
    return [item for item in found if not (item[2].level in GIVEN and given.reaches(item[0], item[1]))
            and (item[2].level != "high"
                 or not (item[1] <= ends.get(item[0], -1) or item[0] >= starts.get(item[1], item[1] + 1)))]


def street_name(text: str, seq: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` of ``seq`` (the words of ``text``) is a street's name: capitalised, not in capitals, right
    after a word of :data:`STREET_TYPES` or right before one and not first in its sentence («Спасибо, что починили
    фонарь на улице Взрывной», «на Пожарной улице»: no explosion, no fire; «Пожар улица Ленина 5» is a fire).

    >>> from mcu_nlp.lexicon import words
    >>> [street_name(t, words(t), i) for t, i in (("на ул. Взрывной", 2), ("на Газовой улице", 1),
    ...                                            ("Пожар улица Ленина", 0), ("НА УЛ. ВЗРЫВНОЙ", 2),
    ...                                            ("22 мкр. Батареи отключили", 2))]
    [True, True, False, False, False]
    """
    word = text[seq[i].start:seq[i].stop]
    if not word[:1].isupper() or word.isupper():
        return False
    sentence = seq[i].sentence
    before = i > 0 and seq[i - 1].sentence == sentence
    if before and _street_type(seq[i - 1]):
        return not _numbered(text, seq, i - 1)
    after = seq[i + 1] if i + 1 < len(seq) else None
    return before and after is not None and after.sentence == sentence and _street_type(after)


def _numbered(text: str, seq: Sequence[Word], i: int) -> bool:
    """Whether the street type ``seq[i]`` is named by the number before it and ends with a full stop: «Ангарск, 22 мкр.
    Батареи отключили» names the 22nd microdistrict, and «Батареи» opens a sentence the abbreviation's stop hid."""
    return i > 0 and seq[i - 1].form.isdigit() and seq[i - 1].sentence == seq[i].sentence \
        and text[seq[i].stop:seq[i].stop + 1] == "."


def _street_type(word: Word) -> bool:
    """Whether ``word`` is a street's type (:data:`STREET_TYPES`, by its lemma or its form: «ул»)."""
    return word.term in STREET_TYPES or word.form in STREET_TYPES


def street_type_of_name(text: str, seq: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` of ``seq`` is a street's type before its name in its sentence: an address («Могоча, улица
    Комсомольская: света нет», «на улице Ленина нет света» of the houses there), not the outdoors that «на улице»
    alone says («на улице света нет, темно»); :func:`street_name` reads the name.

    >>> from mcu_nlp.lexicon import words
    >>> [street_type_of_name(t, words(t), i) for t, i in (("улица Комсомольская: света нет", 0),
    ...                                                    ("на улице света нет", 1), ("НА УЛИЦЕ ЛЕНИНА", 1))]
    [True, False, False]
    """
    return _street_type(seq[i]) and i + 1 < len(seq) and seq[i + 1].sentence == seq[i].sentence \
        and street_name(text, seq, i + 1)


#: The token a word also reads as when it names a street with no street word (:func:`unnamed_streets`), as a
#: temperature reads as "темп_плюс_10": a row names it beside @address ("пожар на ленина" burns at a place as "пожар
#: на ул. Ленина" does).
STREET_NAME = "имя_улицы"
#: Prepositions before a street named with no street word («пожар на ленина», «дом 5 по ленина»).
STREET_PREPOSITIONS = frozenset({"на", "по"})
#: Grammemes of a person's or a place's name: a street is named after one in the genitive («на ленина», «на кирова»).
NAMES = frozenset({"Surn", "Name", "Patr", "Geox"})
#: Parts of speech that may stand right after a street's adjective without being the noun it agrees with: a
#: preposition or a conjunction («пожар на советской в доме 5», «на садовой и ...»); a number is read apart.
AFTER_ADJECTIVE = frozenset({"PREP", "CONJ", "PRCL"})


def unnamed_streets(text: str, seq: Sequence[Word]) -> list[int]:
    """The words of ``seq`` (the words of ``text``) that name a street with no street word, in any case: right after
    «на» or «по» in their sentence with no mark between, a person's or a place's name in the genitive («пожар на
    ленина», «дом 5 по кирова»), a noun streets are named after (:data:`~mcu_nlp.street_words.STREET_NOUNS`: «пожар
    на мира 5») or an adjective with no noun after it in its clause («пожар на советской», «на садовой 12»; not «на
    втором этаже», «на прошлой неделе»). Residents write street names in lower case (walkthrough s42 D2), so the
    capitals :func:`street_name` reads are not asked for.

    >>> from mcu_nlp.lexicon import words
    >>> texts = ("пожар на ленина", "пожар на советской", "пожар на мира 5", "пожар на втором этаже",
    ...          "пожар на прошлой неделе", "дом 5 по ленина в оби", "пожар на работе", "пожар на Садовой, 12")
    >>> [[words(t)[i].form for i in unnamed_streets(t, words(t))] for t in texts]
    [['ленина'], ['советской'], ['мира'], [], [], ['ленина'], [], ['садовой']]
    """
    out = []
    for i in range(1, len(seq)):
        before, word = seq[i - 1], seq[i]
        if (before.form not in STREET_PREPOSITIONS or before.sentence != word.sentence
                or text[before.stop:word.start].strip() or not word.form.isalpha()):
            continue
        parses = analyzer().parse(word.form)
        if word.form in STREET_NOUNS or any(_named_after(p.tag) for p in parses) or (
                any(_adjective(p.tag) for p in parses) and _nothing_agrees(text, seq, i)):
            out.append(i)
    return out


def _named_after(tag: Any) -> bool:
    """Whether a parse's ``tag`` is a person's or a place's name in the genitive («ленина», «кирова»), no
    abbreviation."""
    return tag.case == "gent" and bool(NAMES & tag.grammemes) and "Abbr" not in tag


def _adjective(tag: Any) -> bool:
    """Whether a parse's ``tag`` is a full adjective that is no pronoun («всей», «этой») nor an ordinal («втором»)."""
    return tag.POS == "ADJF" and "Apro" not in tag and "Anum" not in tag


def _nothing_agrees(text: str, seq: Sequence[Word], i: int) -> bool:
    """Whether no noun or adjective the adjective ``seq[i]`` may agree with follows it in its clause: the text or the
    sentence ends, a mark comes, or a number, a preposition or a conjunction (:data:`AFTER_ADJECTIVE`) follows."""
    if i + 1 == len(seq) or seq[i + 1].sentence != seq[i].sentence or text[seq[i].stop:seq[i + 1].start].strip():
        return True
    nxt = seq[i + 1].form
    return nxt.isdigit() or all(p.tag.POS in AFTER_ADJECTIVE for p in analyzer().parse(nxt))


#: Quotes around a name («Торнадо», "Лавина", „Смерч“).
OPEN_QUOTES, CLOSE_QUOTES = "«\"„“'", "»\"“”'"
#: What a natural hazard is made of or measured by: «лавина снега», «сель грязи», «землетрясение силы 5» are the
#: hazard, «лавина мусора», «лавина машин» a figure of speech (:func:`not_itself`).
HAZARD_MATTER = frozenset({
    "снег", "камень", "грязь", "лед", "глина", "порода", "земля", "грунт", "вода", "пыль", "песок", "сила",
    "магнитуда", "балл",
})
#: Parts of speech that make a word after a hazard no genitive noun of a figure of speech, though a letter's noun shares
#: its form («в», «с», «к», «из», «под», «по» are also abbreviations to pymorphy3): «оползень в селе» is a landslide.
NOT_NOUNS = frozenset({"PREP", "CONJ"})


def not_itself(text: str, seq: Sequence[Word], i: int, rule: Rule, figures: bool = True) -> bool:
    """Whether word ``i`` of ``seq`` (the words of ``text``) does not name the thing itself: a name, alone in quotes
    or capitalised inside its sentence («Кафе «Торнадо» шумит», «магазин Лавина»;
    :func:`~mcu_nlp.lexicon_typos.written_as_name`), a verb its form also is, said by a subject
    (:func:`said_by_subject`: «телефоны сели»), or a figure of speech, a noun in the genitive right after it that
    is no HAZARD_MATTER and fills no slot of ``rule`` («лавина мусора», «лавина машин»; not «лавина снега», «лавина
    людей»); only a name when ``figures`` is false.

    >>> from mcu_nlp.lexicon import load_rules, words
    >>> hazard = next(rule for rule in load_rules() if rule.name == "natural hazard")
    >>> texts = ("Кафе «Торнадо» шумит", "Во дворе лавина мусора", "Сошла лавина снега", "Сошёл сель, дома",
    ...          "Оползень в селе, дома сползают", "Телефоны сели, дома никого")
    >>> [not_itself(t, words(t), next(i for i, w in enumerate(words(t)) if w in hazard.slots[0]), hazard)
    ...  for t in texts]
    [True, True, False, False, False, True]
    """
    word = seq[i]
    before = text[seq[i - 1].stop if i else 0:word.start].rstrip()
    after = text[word.stop:seq[i + 1].start if i + 1 < len(seq) else len(text)]
    if (before[-1:] and before[-1] in OPEN_QUOTES and after.lstrip()[:1] and after.lstrip()[0] in CLOSE_QUOTES) \
            or written_as_name(seq, i, text):
        return True
    if figures and said_by_subject(text, seq, i):
        return True
    if not figures or i + 1 == len(seq) or seq[i + 1].sentence != word.sentence or after.strip():
        return False
    nxt = seq[i + 1]
    tags = grammemes(nxt.form)  # a preposition read as a letter's noun is none: «оползень в селе», «сель с гор»
    return ("NOUN" in tags and "gent" in tags and not tags & NOT_NOUNS and nxt.term not in HAZARD_MATTER
            and not any(nxt in slot for slot in rule.slots))


#: Grammemes of a word that can be the subject of a plural verb after it: a noun or a pronoun in the nominative
#: plural («телефоны», «мы»), and how many words before the verb it may stand in its clause («батарейки в домофоне
#: сели»).
SUBJECTS = frozenset({"NOUN", "NPRO"})
SUBJECT_REACH = 3


def said_by_subject(text: str, seq: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` of ``seq`` (the words of ``text``) is a verb said by a subject before it: a form that is also
    a verb's plural past (the lemmatiser reads «сели» as the mudflow «сель», but «телефоны сели», «мы сели в автобус»,
    «батарейки в домофоне сели» are «сесть») after a noun or pronoun in the nominative plural, up to SUBJECT_REACH
    words before it in its clause, and no conjunction or preposition right before it; not «Сошли сели», «В горах
    после дождей сели», «Ливни и сели», where no subject stands before it.

    >>> from mcu_nlp.lexicon import words
    >>> texts = ("Телефоны сели", "Мы сели в автобус", "Батарейки в домофоне сели", "Сошли сели", "Ливни и сели",
    ...          "Ливни, сели")
    >>> [said_by_subject(t, words(t), max(i for i, w in enumerate(words(t)) if w.form == "сели")) for t in texts]
    [True, True, True, False, False, False]
    """
    tags = grammemes(seq[i].form)
    if not ("VERB" in tags and "past" in tags and "plur" in tags):
        return False
    for j in range(i - 1, max(-1, i - SUBJECT_REACH - 1), -1):
        if seq[j].sentence != seq[i].sentence or text[seq[j].stop:seq[j + 1].start].strip():
            return False  # a mark or a sentence between: «Ливни, сели»
        subject = grammemes(seq[j].form)
        if subject & NOT_NOUNS and j == i - 1:
            return False  # «Ливни и сели»: coordinated, no subject
        if subject & SUBJECTS and not subject & NOT_NOUNS and "nomn" in subject and "plur" in subject:
            return True
    return False
