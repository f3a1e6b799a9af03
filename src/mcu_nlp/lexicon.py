"""Danger signals found by patterns over lemma sequences, with character offsets into the original text.

The patterns are data (``data/urgency_lexicon.csv``): each rule names a signal ("no heating"), the level it
signals (``critical`` / ``high``) and slots of lemma alternatives that must all occur, in any order, within a
window of words of one sentence. A text is read into :class:`Word` tokens by :mod:`mcu_nlp.lexicon_words`, lemmas
with "не" glued to the next word: "не горит" is ``не_гореть``, so "не горит фонарь" is a lighting fault, not a fire.
A temperature with a sign or a unit ("+13", "16 градусов") also reads as the token the model's text gives it
("темп_плюс_10", "темп_10"; :func:`~mcu_nlp.lexicon_words.temperatures`), so a pattern names degrees as it names lemmas;
and as its exact degrees ("град_плюс_13", "град_16": :func:`exact_degrees`), for a band narrower than ten.
Rows become rules in :mod:`mcu_nlp.lexicon_rules`; what cancels a match is below, applied in
:mod:`mcu_nlp.lexicon_cancels` (with :mod:`mcu_nlp.lexicon_past`) and :mod:`mcu_nlp.lexicon_repairs`.

Negation and hedges, on purpose:

- absence is part of a pattern ("нет|без|отсутствовать ... вода"), so "вода есть" matches no danger (it is
  reported as "supply present", level "normal");
- a signal that does not itself speak of absence is dropped when "нет"/"нету"/"без" stands right before it or
  "нет"/"нету" right after it ("запаха газа нет", "запаха газа уже нет") in its clause, or a "нет" ends the clause of
  a genitive ("пожара в доме нет"); a "нет" of another clause denies nothing ("пахнет газом, нет никакой реакции");
- ``unless`` and ``past`` words cancel a match only in its part of contrast («но», «а», «однако», «зато», «хотя»), or
  in a later part after a word that refers back («но всех забрал другой»): "воду дали, но отопления нет" keeps the
  heating outage that "вода" near it would cancel (:mod:`mcu_nlp.lexicon_spans`); a reassurance of ``unless``
  ("нормально") said of the match ("мастер сказал это нормально") cancels it in a clause after it beyond the window
  (:mod:`mcu_nlp.lexicon_cancels`);
- ``unless`` lemmas near a match cancel it ("нет света в подъезде" is stairwell lighting, not a power cut), but not
  the firefighters named as people ("дым в подъезде, пожарные не едут": :mod:`mcu_nlp.lexicon_words`); one written
  "^word" only in its own clause ("пропала из списков", not "Пропал сын, в журнале отмечено ..."); a later part of
  contrast that opens on a denial says it of the match ("провода висят низко, но не искрят":
  :func:`~mcu_nlp.lexicon_cancels.scope`), and a row of level ``denied`` reads the danger so denied: shown "high", a
  danger that grows, and with no critical signal no critical alarm (:meth:`Lexicon.dated`);
- ``place`` words anywhere in the text cancel it too, unless its sentence names a home ("Парадная 2. Нет света." is
  stairwell lighting, "Парадная 2. В квартирах нет света" a power cut; :mod:`mcu_nlp.lexicon_places`);
- a street named with no street word after «на» or «по», in any case («пожар на ленина», «пожар на советской»), also
  reads as the token ``имя_улицы`` that a row may name beside @address
  (:func:`~mcu_nlp.lexicon_places.unnamed_streets`);
- a match that opens or ends on a street's name is none ("на улице Взрывной": :mod:`mcu_nlp.lexicon_places`), and so
  is a natural hazard's word that names a café or a shop, makes a figure of speech or is a verb its subject says
  («кафе «Торнадо»», «лавина мусора», «телефоны сели»: :data:`NAMED_GROUPS`), and a wild animal's word that
  names a shop or a person («магазин «Тигр»», «житель Волк Иван»: :data:`NAME_GROUPS`);
- a ``question`` row counts only in a sentence that asks, with a "?" or «ли», «когда», «сколько» («Будет ли
  отключение воды?», not «Отключение газа будет до конца недели»: :func:`~mcu_nlp.lexicon_words.asked_sentences`),
  and a row of :data:`DOUBTED_ROWS` only in one that does not («Водитель пьяный? Просим проверить» is no report), one
  of :data:`QUESTIONED_ROWS` only when the question asks about it («вода мутная, после неё рвота?»: :func:`asked_of`);
- ``past`` words near a match ("назад", "в прошлом году", not "полчаса назад") cancel it too, unless it goes on now
  ("затопили два дня назад, вода течёт": a present form of the rule's ``ongoing`` cues, near the match or with water
  as its subject; :mod:`mcu_nlp.lexicon_past`);
- "идёт" from a source ("газ идёт из трубы", "вода идёт с потолка") says no supply works;
- a question the next sentence answers "no" is no report ("Автобус сломался в мороз? Нет, все доехали");
- a hedge before a signal of its group in the same sentence and part of contrast ("а если пожар?", "угроза
  пожара"; not "если честно, сил нет, а в подъезде пожар") makes a critical signal high: a what-if is not a fire;
  a hedge with no group (news, hearsay: «прочитал в новостях, что в соседнем городе взорвался газ») is one of every
  group;
- a threat (a row of level ``threat``: «затопит», «может затопить», «грозит подтопление») at a signal of its group or
  before it in its clause makes it high too, and reaches no farther: "еще дождь и затопит дома" is a flood to come,
  "весь дом затопит, если не перекрыть стояк, вода хлещет с потолка" one now
  (:func:`~mcu_nlp.lexicon_repairs.threatened`);
- a repair ("сейчас дали", "свет включили"; "сейчас есть" only right after an outage, ending its clause or with the
  supply as its subject: not "нет света. Уже есть пострадавшие") cancels the outages
  reported before it in the same or the previous sentence: "вчера не было света, сейчас дали" is a past problem,
  already fixed; so is one told after its repair in a later clause and dated before it ("воду сегодня дали, спасибо,
  вчера сидели без воды"; not "вчера дали воду, а сегодня опять нет": :func:`~mcu_nlp.lexicon_repairs.over_before`);
  a repair of a group cancels that group's signals only ("горело, сейчас потушили" is a fire put out),
  and so does one that names a supply in its clause ("нет света, а газ дали" is a power cut still); a repair of a
  group that is no supply also cancels that group's signals said inside its own match ("У соседнего дома сбили
  сосульки, спасибо"), a supply's only those before it ("Газовики приехали, утечки не нашли, а запах остаётся");
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from mcu_nlp.caches import remember
from mcu_nlp.cleaning import HAS_DIGIT
from mcu_nlp.lexicon_bites import bite_denied

# the rules live in mcu_nlp.lexicon_rules; they stay importable from here, where pickled models look them up
from mcu_nlp.lexicon_cancels import CLAUSE_MARKS, NO_PAST, blocked, has_past
from mcu_nlp.lexicon_ellipsis import hot_water_again
from mcu_nlp.lexicon_past import dated_past, goes_on_after
from mcu_nlp.lexicon_places import STREET_NAME, not_itself, one_reading, street_name, unnamed_streets
from mcu_nlp.lexicon_reach import SpanReach, span_reach
from mcu_nlp.lexicon_repairs import (
    LINE_REQUESTS,
    OUTAGES,
    REPAIRS,
    SUPPLY,
    answers_outage,
    asked_before,
    firsts_by_group,
    from_where,
    hedged,
    over_before,
    relapsed_outages,
    relapses,
    repair_cancels,
    repaired,
    repairs_by_supply,
    spans_by_group,
    threatened,
)
from mcu_nlp.lexicon_rules import DENIED, LEVELS, LEXICON_PATH, THREAT, Rule, Slot, load_rules, parse_rules
from mcu_nlp.lexicon_spans import clauses, contrasts, match_spans, reads_on, sentences
from mcu_nlp.lexicon_typos import MIN_LETTERS, Typos, written_as_name
from mcu_nlp.lexicon_words import (
    CLAUSE_ENDS,
    DOUBTING,
    Word,
    asked_sentences,
    doubted_sentences,
    opens_clause,
    people,
    temperatures,
    words,
)

#: Groups whose danger words also name cafés, shops and films or make a figure of speech («кафе «Торнадо»», «лавина
#: мусора»): a match on such a word is none (:func:`~mcu_nlp.lexicon_places.not_itself`).
NAMED_GROUPS = frozenset({"hazard"})
#: Groups whose animals' words also name shops, firms and people («Охранное агентство «Волк»», «Волк Иван Петрович»):
#: a match on such a word in quotes or capitalised inside its sentence is none (no figure of speech: «кот соседа»).
NAME_GROUPS = frozenset({"animals"})
#: Critical rows that a sentence asking whether they are so does not report («Водитель автобуса пьяный? Просим
#: проверить»): none there (their high twins still count); one asking where the police look reports them
#: (:func:`~mcu_nlp.lexicon_words.doubted_sentences`).
DOUBTED_ROWS = frozenset({"drunk driver"})
#: Critical rows that a doubting sentence (as for DOUBTED_ROWS) does not report when its question asks about the match
#: (:func:`asked_of`): «вода мутная, после неё рвота?», «у ребёнка понос, может от воды?» ask whether the water made
#: someone ill; «вода ржавая, дети в больнице, это нормально?» reports it and asks something else (review s49b: as a
#: row of DOUBTED_ROWS it lost such reports, which end «что нам делать?», «это нормально?»).
QUESTIONED_ROWS = frozenset({"water making people ill"})
#: Rows whose words must all stand in one clause (up to a comma or a bracket): «воду дают по графику 2 часа в сутки» is
#: a supply given by schedule, «Газ подают, всё в порядке, в сутки 2 раза проверяют» none.
ONE_CLAUSE_ROWS = frozenset({"supply by schedule"})
#: Marks after which a word opens a clause of its own question («..., это нормально?», «... - это нормально?»).
QUESTION_MARKS = CLAUSE_ENDS
#: Words that open a question of its own after a match with no mark before them («у детей рвота что делать?»).
OWN_QUESTIONS = frozenset({"что", "как", "чем", "кому", "какой", "какая", "какие"})

__all__ = [
    "LEVELS", "LEXICON_PATH", "Lexicon", "Rule", "Signal", "Slot", "Word", "find_signals", "load_lexicon", "load_rules",
    "parse_rules", "words",
]


@dataclass(frozen=True)
class Signal:
    """A phrase that signals a level: ``text[start:stop]`` is the phrase in the original text.

    ``level`` is "critical", "high" or "normal" (a repair, the outage it cancelled, or a supply said to work).
    """

    name: str
    level: str
    group: str
    start: int
    stop: int
    text: str


class Lexicon:
    """Rules with an index from lemmas and forms to the slots they fill, so a text is read once.

    >>> [s.name for s in Lexicon(load_rules()).find("Пахнет газом")]
    ['gas smell']
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._terms: dict[str, list[tuple[int, int]]] = {}
        self._forms: dict[str, list[tuple[int, int]]] = {}
        self._prefixes: dict[str, list[tuple[int, int]]] = {}  # "провод*": looked up by each length a prefix has
        self._cells: dict[str, tuple[tuple[int, int], ...]] = {}  # word form -> slots it fills
        for r, rule in enumerate(rules):
            for k, slot in enumerate(rule.slots):
                for term in slot.lemmas:
                    self._terms.setdefault(term, []).append((r, k))
                for form in slot.forms:
                    self._forms.setdefault(form, []).append((r, k))
                for prefix in slot.prefixes:
                    self._prefixes.setdefault(prefix, []).append((r, k))
        self._prefix_sizes = sorted({len(prefix) for prefix in self._prefixes})
        critical = {t for rule in rules if rule.level == "critical" for slot in rule.slots for t in slot.lemmas}
        self._outage = {rule.name: rule for rule in reversed(rules) if rule.level == "critical"}
        self._denied = frozenset(rule.name for rule in rules if rule.level == DENIED)
        self._typos = Typos({t: tuple(self._terms[t]) for t in critical})

    def _slots_of(self, word: Word) -> tuple[tuple[int, int], ...]:
        # a compound fills the slots of each of its lemmas too: «соседка-бабушка» is a «бабушка» (and a «соседка»),
        # but a part alone is no critical alarm («ток-шоу», «Курск-Искра» are no sparks; «травма-опасно» still a danger)
        parts = word.term.split("-") if "-" in word.term else []
        rules = self.rules
        cells = {(r, k) for term in parts for r, k in self._lemma_slots(term)
                 if len(rules[r].slots) > 1 or rules[r].level != "critical"}
        cells.update(self._forms.get(word.form, ()), self._lemma_slots(word.term))
        return remember(self._cells, word.form, tuple(sorted(cells)))

    def _lemma_slots(self, term: str) -> list[tuple[int, int]]:
        """The slots a lemma fills, as itself or by a prefix: each of its heads of a prefix's length looked up, not
        every prefix tried (an unknown word paid for some 300 of them: a tenth of reading 200,000 characters of
        gibberish)."""
        by_prefix = [cell for size in self._prefix_sizes if size <= len(term)
                     for cell in self._prefixes.get(term[:size], ())]
        return [*self._terms.get(term, ()), *by_prefix]

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (Lexicon, (self.rules,))  # the index is rebuilt, not pickled

    def _matches(self, seq: list[Word], text: str) -> list[tuple[int, int, Rule]]:
        """Every match of every rule in ``seq`` (the words of ``text``), before negation, ``unless`` and ``past``."""
        hits: dict[int, list[list[int]]] = {}
        degrees = temperatures(text)  # "+13", "16 градусов": the word also reads as its token ("темп_плюс_10")
        ages = people(text, seq) if HAS_DIGIT.search(text) else {}  # "12 лет", and a first name beside it
        for i, w in enumerate(seq):
            cells = self._cells.get(w.form)
            if cells is None:
                cells = self._slots_of(w)
            if degrees and w.start in degrees:
                cells = (*cells, *self._terms.get(degrees[w.start], ()),
                         *self._terms.get(exact_degrees(degrees[w.start], w.form), ()))
            if i in ages:
                cells = (*cells, *self._terms.get(ages[i], ()))
            if not cells and len(w.form) >= MIN_LETTERS and not written_as_name(seq, i, text):  # "пахнит", "васняет"
                cells = [cell for term in self._typos.lemmas(w.form) for cell in self._terms[term]]
            for r, k in cells:
                slots = hits.get(r)
                if slots is None:  # not setdefault: its default list was built for every cell of every word
                    slots = hits[r] = [[] for _ in self.rules[r].slots]
                slots[k].append(i)
        streets = [cell for cell in self._terms.get(STREET_NAME, ()) if cell[0] in hits]
        if streets:  # "пожар на ленина": read only for a text where a row naming a street has words already
            for i in unnamed_streets(text, seq):
                for r, k in streets:
                    if i not in hits[r][k]:
                        insort(hits[r][k], i)
        rules, own, joined = self.rules, *sentences(text, seq)
        clause = clauses(text, seq, CLAUSE_MARKS) if hits else None  # "нет газа, пахнет газом": the smell's own clause
        return [(first, last, rules[r]) for r in sorted(hits)
                for first, last in match_spans(rules[r], hits[r], joined if reads_on(rules[r]) else own, clause)
                if rules[r].name not in ONE_CLAUSE_ROWS or clause[first] == clause[last]]  # type: ignore[index]

    def find(self, text: str) -> list[Signal]:
        """Signals in ``text``; see :func:`find_signals`."""
        return self.read(text)[0]

    def dated(self, text: str) -> bool:
        """Whether ``text`` has no critical signal and a critical match cancelled only by a ``past`` word, or a danger
        it denies (a row of level ``denied``, shown "high"): a past flood, not one now, and wires said not to spark,
        not live ones (see :meth:`read`; the urgency guideline moves such a text's P(critical) to high).

        >>> lexicon = load_lexicon()
        >>> lexicon.dated("Год назад соседи затопили квартиру"), lexicon.dated("Соседи затопили квартиру")
        (True, False)
        >>> lexicon.dated("Провода висят низко, но не искрят"), lexicon.dated("Провода висят низко, искрят")
        (True, False)
        """
        return self.read(text)[1]

    def read(self, text: str, seq: list[Word] | None = None) -> tuple[list[Signal], bool]:
        """The signals of ``text`` and whether it is :meth:`dated`, reading the text once; ``seq`` is its
        :func:`words`, if the caller has them already."""
        seq = words(text) if seq is None else seq
        kept, dropped = [], []
        known: dict[Any, Any] = {}  # ongoing cues and places of seq, read once for all matches
        asked = doubted = None
        for match in self._matches(seq, text):
            first, last, rule = match
            if street_name(text, seq, first) or street_name(text, seq, last):
                continue  # «на улице Взрывной»: a street's name, no danger
            figures = rule.group in NAMED_GROUPS  # a figure of speech too, or a name only (NAME_GROUPS)
            if (figures or rule.group in NAME_GROUPS) and rule.level in LEVELS and any(
                    seq[i] in rule.slots[0] and not_itself(text, seq, i, rule, figures=figures)
                    for i in range(first, last + 1)):
                continue  # «Кафе «Торнадо»», «лавина мусора»: no hazard; «Магазин «Тигр»»: no animal
            if rule.level == "question":  # «Отключение газа будет до конца недели»
                asked = asked_sentences(text, seq) if asked is None else asked
                if seq[first].sentence not in asked:
                    continue  # a statement is no question
            if rule.name in DOUBTED_ROWS or rule.name in QUESTIONED_ROWS:  # «Водитель пьяный? Просим проверить»
                doubted = doubted_sentences(text, seq) if doubted is None else doubted  # not «куда смотрит полиция?!»
                if seq[first].sentence in doubted and (rule.name in DOUBTED_ROWS or asked_of(text, seq, last)):
                    continue  # a question whether it is so is no report of it
            (dropped if blocked(match[2], seq, match[0], match[1], known, text) else kept).append(match)
        signals = _resolve(kept, seq, text, lambda name, first, last: any(  # "опять отключили в прошлом месяце"
            seq[i].sentence == seq[first].sentence and dated_past(self._outage[name], seq, i)
            and not goes_on_after(self._outage[name], seq, i)  # "..., до сих пор нет"
            for i in range(first, min(len(seq), last + self._outage[name].window + 1))))
        signals = hot_water_again(signals, seq)  # "горячей воды нет ..., а воды так и нет": the hot water again
        signals = bite_denied(signals, seq)  # "Стая кидается на людей. Пока никого не покусали": a lunge, no bite
        dated = not any(s.level == "critical" for s in signals) and (
            any(s.name in self._denied and s.level == "high" for s in signals) or any(
                rule.level == "critical" and has_past(rule)
                and not blocked(replace(rule, past=NO_PAST), seq, first, last, known, text)
                for first, last, rule in dropped))
        return signals, dated


def asked_of(text: str, seq: list[Word], last: int) -> bool:
    """Whether the question of the sentence of word ``last`` (a match's last word) asks about the match: no clause opens
    after it in its sentence («вода мутная, после неё рвота?»), or a hedge does («у сына понос, может от воды?»); not a
    question of its own after it («у детей рвота, это нормально?», «у детей рвота что делать?»).

    >>> t = "Вода мутная, после неё рвота? У детей рвота, это нормально? У сына понос, может от воды?"
    >>> [asked_of(t, words(t), i) for i in (4, 7, 12)]
    [True, False, True]
    """
    after = [i for i in range(last + 1, len(seq)) if seq[i].sentence == seq[last].sentence]
    if any(seq[i].form in DOUBTING or (seq[i].form == "может" and opens_clause(text, seq, i)) for i in after):
        return True
    return not any(seq[i].form in OWN_QUESTIONS or opens_clause(text, seq, i, QUESTION_MARKS) for i in after)


def exact_degrees(token: str, form: str) -> str:
    """The exact degrees of a temperature word (its ``form``) beside its token of tens: "+13" is "град_плюс_13" as it
    is "темп_плюс_10", so a row may name a band the tens do not draw («+10..+14 at home»).

    >>> exact_degrees("темп_плюс_10", "13"), exact_degrees("темп_10", "16"), exact_degrees("темп_минус_20", "25")
    ('град_плюс_13', 'град_16', 'град_минус_25')
    """
    return "град" + token[4:token.rindex("_") + 1] + form


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The indexed lexicon of a file (cached)."""
    return Lexicon(load_rules(path))


def find_signals(text: str, lexicon: Lexicon | None = None) -> list[Signal]:
    """Danger signals in ``text``, in order; outages fixed later in the text come back as "normal".

    >>> [(s.name, s.level, s.text) for s in find_signals("Третий день нет отопления, дети мерзнут")]
    [('no heating', 'critical', 'нет отопления'), ('freezing at home', 'critical', 'дети мерзнут')]
    >>> [(s.name, s.level) for s in find_signals("Вчера не было света, сейчас дали")]
    [('no power', 'normal'), ('repaired', 'normal')]
    >>> [(s.name, s.level) for s in find_signals("Вода есть, всё хорошо")]
    [('supply present', 'normal')]
    >>> find_signals("Поставьте лавочку")
    []
    """
    return (lexicon or load_lexicon()).find(text)


def _relapses(seq: list[Word], found: list[tuple[int, int, Rule]], text: str) -> list[int]:
    """The :func:`~mcu_nlp.lexicon_repairs.relapses` of ``seq`` that no match in ``found`` reads: "опять нет", not
    "опять нет горячей воды" (a signal of its own); a repair after it reads no relapse ("опять отключили, сейчас
    дали")."""
    again = relapses(seq, text)
    if not again:
        return again
    covered: set[int] = set()
    for first, last, rule in found:
        if rule.level not in REPAIRS:
            covered.update(range(first, last + 1))
    return [i for i in again if not covered.intersection(range(i, i + 3))]


def _taken_up(takes: dict[tuple[str, int], SpanReach], group: str, first: int, last: int, clause: list[int]) -> bool:
    """Whether a repair of ``group`` (``takes``: :func:`_takes_by_clause`) shares a word with a signal over words
    ``first``..``last``, all in one clause: "открытый люк закрыли",
    "утечку газа устранили", "устранили утечку газа", "вчера на час отключили воду" (the repair's phrase takes up the
    danger's noun, or holds the outage). A supply's too, unlike a repair that names it apart from the signal
    ("Газовики приехали, утечки не нашли, а запах остаётся" keeps the smell: no repair shares its words).

    >>> [(s.name, s.level) for s in find_signals("Открытый люк закрыли крышкой")]
    [('open manhole', 'normal'), ('repaired', 'normal')]
    >>> [(s.name, s.level) for s in find_signals("Люк закрыли, а рядом открытый люк")][-1]
    ('open manhole', 'critical')
    """
    reach = takes.get((group, clause[first]))
    return reach is not None and clause[first] == clause[last] and reach.reaches(last, first)


def _takes_by_clause(takes: list[tuple[int, int, str]], clause: list[int]) -> dict[tuple[str, int], SpanReach]:
    """(group, clause number) -> the :func:`~mcu_nlp.lexicon_reach.span_reach` of the repairs of that group in
    ``takes`` (first and last word index and group of the ``fixed`` matches with a group) that lie in that clause."""
    out: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for first, last, group in takes:
        if clause[first] == clause[last]:
            out.setdefault((group, clause[first]), []).append((first, last))
    return {key: span_reach(spans) for key, spans in out.items()}


def _resolve(found: list[tuple[int, int, Rule]], seq: list[Word], text: str,
             dated: Any = lambda name, first, last: False) -> list[Signal]:
    """Signals in text order, repeats and second readings of a supply cut dropped, outages followed by a repair turned
    "normal", and so are those a repair of their group (no supply) names inside its own match ("У соседнего дома сбили
    сосульки, спасибо"); an outage said by a relapse is "normal" too when ``dated(name, first, last)``: a past word of
    its row follows it in its sentence ("опять отключили в прошлом месяце"; not one before it, which dates the
    repair)."""
    found.sort(key=lambda item: item[:2])
    # a relapse is an outage a "back" answers ("Опять отключили? ... сейчас всё работает")
    outages = sorted([last for _, last, rule in found if rule.level in OUTAGES and rule.group in SUPPLY]
                     + (relapses(seq, text) if any(rule.level == "back" for *_, rule in found) else []))
    found = one_reading([item for item in found if not from_where(item, seq)
                         and (item[2].level != "back" or answers_outage(item, outages, seq, text))])
    repairs = repairs_by_supply(found, seq, text)  # "Нет света, а газ дали": the gas alone is repaired
    hedges = firsts_by_group(found, ("hedge",))
    anywhere = hedges.pop("", [])
    if anywhere:  # a hedge with no group (news, hearsay) hedges the signals of every group
        groups = dict.fromkeys(rule.group for _, _, rule in found)  # each once: a long text has many of each
        hedges = {group: sorted([*hedges.get(group, ()), *anywhere]) for group in groups}
    # "затопит дома": a flood to come, in its clause or its words; "Просим газифицировать деревню, газа нет": no line
    threats = spans_by_group(found, lambda rule: rule.level == THREAT)
    requests = spans_by_group(found, lambda rule: rule.name in LINE_REQUESTS)
    bounds = contrasts(text) if hedges or requests else []  # "если честно, ..., а в подъезде пожар": another part
    again = _relapses(seq, found, text) if repairs else []  # "потом дали, а теперь опять нет": no repair settles it
    takes = [(first, last, rule.group) for first, last, rule in found if rule.level == "fixed" and rule.group]
    named = spans_by_group(found, lambda rule: rule.level == "fixed" and bool(rule.group) and rule.group not in SUPPLY)
    spans = {group: span_reach(repairs) for group, repairs in named.items()}  # a supply's repairs: read in order only
    clause = clauses(text, seq, CLAUSE_MARKS) if takes or threats else []
    taken_up = _takes_by_clause(takes, clause) if takes else {}
    out: list[Signal] = []
    known: dict[str, Any] = {}  # what over_before reads of the whole text, once
    taken: dict[str, int] = {}  # rule name -> last word index it covers, to drop overlapping repeats
    for first, last, rule in found:
        if taken.get(rule.name, -1) >= first:
            continue
        taken[rule.name] = last
        if rule.level in ("hedge", THREAT):
            continue
        # a danger denied is one that grows ("high"); a repair, a supply present, a question are "normal"
        level = "high" if rule.level == DENIED else rule.level if rule.level in LEVELS else "normal"
        if level == "critical" and (hedged(hedges.get(rule.group, ()), first, seq, bounds)
                                    or threatened(threats.get(rule.group, ()), first, last, clause)):
            level = "high"  # "а если будет пожар?", "еще дождь и затопит дома": a what-if, not a fire or a flood now
        if any(repaired(firsts, last, seq, again) for g, firsts in repairs.items() if repair_cancels(g, rule.group)):
            level = "normal"
        elif level in OUTAGES and asked_before(requests.get(rule.group, ()), first, last, seq, bounds):
            level = "normal"  # a line asked for or never laid before or around the outage: no line, not a cut
        elif level in OUTAGES and rule.group in spans and spans[rule.group].reaches(first, last):
            level = "normal"  # "сбили сосульки, спасибо": the repair names the danger inside its own phrase
        elif level in OUTAGES and takes and _taken_up(taken_up, rule.group, first, last, clause):
            level = "normal"  # "открытый люк закрыли", "утечку газа устранили": the repair takes up the danger's noun
        elif level in OUTAGES and rule.group in SUPPLY and repairs and over_before(repairs, rule.group, first, last,
                                                                                  seq, text, known):
            level = "normal"  # "воду сегодня дали, спасибо, вчера сидели без воды": told after its repair, dated before
        start, stop = seq[first].start, seq[last].stop
        out.append(Signal(rule.name, level, rule.group, start, stop, text[start:stop]))
    if again:  # "Свет дали, но опять отключили": the relapse is the outage
        for first, last, name, group in relapsed_outages(found, seq, again, text):
            settled = dated(name, first, last) or any(
                repaired(firsts, last, seq, again) for g, firsts in repairs.items() if repair_cancels(g, group))
            level = "normal" if settled else "critical"
            start, stop = seq[first].start, seq[last].stop
            out.append(Signal(name, level, group, start, stop, text[start:stop]))
        out.sort(key=lambda signal: signal.start)
    return out

