"""Settled and calm texts: a supply said to work or repaired, read by the rules of :mod:`mcu_nlp.urgency.guideline`.

urgency.md, "Negation and hedges": "отопление есть, но слабое" is high, not critical; a past problem already fixed
("вчера не было света, сейчас дали") is normal.

- :func:`settled`: a supply said to work or repaired and no other problem ("отопление есть, но слабое", "спасибо,
  что дали отопление"): not critical. A contrast after the settling phrase that says more than a reading of it
  ("воду дали, но ребенок ошпарился", :func:`contrasted`) is a second problem the lexicon may miss.
- :func:`fixed_problem`: settled by a repair, with no signal but "normal" ones: normal.
- :func:`nothing_but_calm`: nothing but calm signals, an address and a date ("вода есть", "когда включат отопление
  в доме 5?", "будет ли отключение воды в июле?"): normal, unless a heating-season question is dated in the cold
  season (:func:`unsettled_heating`).
- :func:`asked_plan`: a question about a planned outage or its schedule whose other signals are its own words
  ("Когда будет отключение горячей воды? хотим спланировать отпуск"): normal.
- :func:`settling_signals`, :func:`repair_signals`: the names of the rules of those levels in a lexicon.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

from mcu_nlp.lexicon import (
    Rule,
    Signal,
    Word,
    find_signals,  # noqa: F401  (the doctests read it)
    words,
)
from mcu_nlp.lexicon_repairs import REPAIRS
from mcu_nlp.lexicon_spans import contrasts
from mcu_nlp.lexicon_words import opens_clause
from mcu_nlp.urgency.address import abbreviated_streets, address_words
from mcu_nlp.urgency.cover import cover, inner

__all__ = [
    "QUESTIONS", "SETTLING", "WHEN", "asked_heating", "asked_plan", "contrasted", "dates", "fixed_problem",
    "nothing_but_calm", "question_signals", "repair_signals", "settled", "settling_signals", "unsettled_heating",
]

#: Lexicon levels whose signals say a supply works or was repaired (see :func:`settled`); a question about a
#: schedule ("когда включат отопление?") is not among them: it settles a text only when the text says nothing else.
SETTLING = ("fixed", "back", "present")
#: Lexicon levels of a question about a schedule ("когда включат отопление?"): shown as "normal" (see
#: :func:`asked_heating`).
QUESTIONS = ("question",)
#: Words that only say when (lemmas): a calm phrase dated ("Будет ли отключение воды в июле?", "вода есть с
#: понедельника") says no more than the phrase (:func:`nothing_but_calm`); a number is an address's already.
WHEN = frozenset({
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
    "декабрь", "лето", "летом", "зима", "зимой", "весна", "весной", "осень", "осенью", "понедельник", "вторник",
    "среда", "четверг", "пятница", "суббота", "воскресенье", "завтра", "послезавтра", "сегодня", "число", "год",
    "месяц", "неделя", "этот", "следующий", "ближайший", "текущий",
})
#: Prepositions that say when before a WHEN word ("в июле", "с понедельника", "до пятницы").
WHEN_PREPOSITIONS = frozenset({"в", "во", "с", "со", "по", "до", "на", "к", "ко", "после"})


def settled(text: str, signals: list[Signal], settling: frozenset[str]) -> bool:
    """A supply said to work or repaired (a signal named in ``settling``), and every other signal either "normal"
    or a reading of that same phrase ("отопление есть, но слабое": weak, not absent). A text that also names a
    separate problem ("включили отопление, но из подвала валит пар"), or whose contrast clause after the settling
    phrase has words of its own (:func:`contrasted`), is left to the model.

    >>> present = frozenset({"supply present", "repaired"})
    >>> texts = ("Отопление есть, но слабое", "Свет дали, но лифт не работает", "Свет дали, но бабушке плохо")
    >>> [settled(t, find_signals(t), present) for t in texts]
    [True, False, False]
    """
    said = [s for s in signals if s.name in settling]
    holds_said = inner(said).within
    return bool(said) and all(
        s.level == "normal" or (s.level != "critical" and holds_said(s.start, s.stop)) for s in signals
    ) and not contrasted(text, said, signals)


def nothing_but_calm(text: str, signals: list[Signal]) -> bool:
    """Whether every word of ``text`` is inside a "normal" signal, part of an address or a date (:func:`dates`): the
    text only says a supply works or was repaired ("вода есть", "свет дали") or asks when the heating season starts
    or a planned outage comes ("когда включат отопление в доме 5?", "будет ли отключение воды в июле?"), so it is
    normal; the learned model, which reads "вода" or "отопление" as a complaint, has
    nothing else to read. A critical or high signal outside the calm phrases is something else, whatever the words
    around it ("ВОДА ЕСТЬ НА УЛ. МИРА 5 ПАХНЕТ ГАЗОМ"); so is one inside a phrase of no group, a repair or a supply
    said to work, which left it as it was ("Газа нет, интернет дали": the gas is still off).

    >>> texts = ("Вода есть!", "Вода есть, всё хорошо", "отопление есть, но слабое", "Вода есть на ул. Мира 5",
    ...          "ВОДА ЕСТЬ НА УЛ. МИРА 5", "ВОДА ЕСТЬ НА УЛ. МИРА 5 ПАХНЕТ ГАЗОМ", "Газа нет, интернет дали")
    >>> [nothing_but_calm(t, find_signals(t)) for t in texts]
    [True, False, False, True, True, False, False]
    """
    calm = [s for s in signals if s.level == "normal"]
    holds = cover(s for s in calm if s.group).holds  # a phrase of no group (a repair, a supply said to work): none
    if not calm or any(s.level != "normal" and not holds(s.start, s.stop) for s in signals):
        return False
    in_calm = cover(calm).holds
    seq = words(text)
    when = dates(seq)
    street = cover(abbreviated_streets(text, seq)).holds  # «ВОДА ЕСТЬ НА УЛ. МИРА 5»: a name in no telling case
    return all(a or d or in_calm(w.start, w.stop) or street(w.start, w.stop)
               for w, a, d in zip(seq, address_words(text, seq), when))


def dates(seq: list[Word]) -> list[bool]:
    """For each word of ``seq``, whether it only says when: a WHEN word, or a WHEN_PREPOSITIONS word before one in
    its sentence.

    >>> seq = words("Будет ли отключение воды в июле?")
    >>> [w.form for w, d in zip(seq, dates(seq)) if d]
    ['в', 'июле']
    """
    out = [w.term in WHEN for w in seq]
    for i in range(len(seq) - 2, -1, -1):
        out[i] = out[i] or (seq[i].term in WHEN_PREPOSITIONS and out[i + 1] and seq[i + 1].sentence == seq[i].sentence)
    return out


def unsettled_heating(signals: list[Signal], settling: frozenset[str]) -> bool:
    """Whether a heating signal settles nothing: a question about the heating season, which in the cold season asks
    for heating that is off ("когда включат отопление?" in January is high; in September it is normal).

    >>> unsettled_heating(find_signals("когда включат отопление?"), frozenset({"supply present"}))
    True
    """
    return any(s.group == "heating" and s.name not in settling for s in signals)


def asked_heating(signals: list[Signal], questions: Container[str]) -> bool:
    """Whether a text asks about the heating season (a heating signal named in ``questions``, the lexicon's question
    rules: :func:`question_signals`) and has no signal above "normal": no fault or cold named by the lexicon
    ("когда включат отопление? просто интересно сроки", the Нижегородская область walkthrough, s44).

    >>> questions = frozenset({"heating schedule question"})
    >>> [asked_heating(find_signals(t), questions) for t in ("когда включат отопление? просто интересно сроки",
    ...  "когда включат отопление? в квартирах очень холодно", "Нет отопления")]
    [True, False, False]
    """
    return any(s.group == "heating" and s.name in questions for s in signals) and all(
        s.level == "normal" for s in signals)


def asked_plan(signals: list[Signal], questions: Container[str]) -> bool:
    """Whether a text asks about a planned outage or its schedule (a signal named in ``questions`` of no heating
    group: «Когда будет отключение горячей воды? хотим спланировать отпуск», «Будут ли отключать горячую воду
    летом?») and every signal above "normal" lies inside such a question, which reads it: the «отключение горячей»
    of a question is no outage now (urgency.md: questions are normal). An outage said outside the question («Когда
    будет отключение? Уже неделю нет горячей воды») is something else.

    >>> questions = frozenset({"planned outage question"})
    >>> [asked_plan(find_signals(t), questions) for t in ("Когда будет отключение горячей воды? хотим в отпуск",
    ...  "Когда будет отключение горячей воды? Уже неделю нет горячей воды", "Нет горячей воды, когда дадут?")]
    [True, False, False]
    """
    asked = [s for s in signals if s.name in questions and s.group != "heating"]
    holds = cover(asked).holds
    return bool(asked) and all(s.level == "normal" or holds(s.start, s.stop) for s in signals)


def contrasted(text: str, said: list[Signal], signals: list[Signal]) -> bool:
    """Whether a word that opens a part of contrast (:func:`~mcu_nlp.lexicon_spans.contrasts`: "но", "а", "зато",
    "однако", "хотя") after a settling phrase (``said``) opens a clause (after a comma or dash, or first in
    its sentence: not the "А" of "лит. А") with a word outside every signal that reads that phrase ("отопление есть,
    но слабое": "слабое" is inside the weak-heating phrase).

    >>> said = find_signals("Воду дали, но ребенок ошпарился")
    >>> contrasted("Воду дали, но ребенок ошпарился", said, said), contrasted("Воду дали", said, said)
    (True, False)
    """
    holds_said = inner(said).within
    in_readings = cover(s for s in signals if holds_said(s.start, s.stop)).holds
    seq = words(text)
    after = min(p.stop for p in said)
    bounds = frozenset(contrasts(text))
    unread: list[int] = []  # the first word from each index on outside every reading, filled at the first contrast
    for i, w in enumerate(seq):
        if w.start in bounds and w.start >= after and opens_clause(text, seq, i):
            unread = unread or _next_unread(seq, in_readings)
            if unread[i + 1] < len(seq) and seq[unread[i + 1]].sentence == w.sentence:
                return True
    return False


def _next_unread(seq: list[Word], read: Callable[[int, int], bool]) -> list[int]:
    """For each index of ``seq`` and the one past its end, the first word from there on that ``read`` does not hold
    (``len(seq)`` if none)."""
    out = [len(seq)] * (len(seq) + 1)
    for j in range(len(seq) - 1, -1, -1):
        out[j] = out[j + 1] if read(seq[j].start, seq[j].stop) else j
    return out


def settling_signals(rules: Iterable[Rule]) -> frozenset[str]:
    """Names of the lexicon rules whose level (SETTLING) says a supply works or was repaired.

    >>> from mcu_nlp.lexicon import load_rules
    >>> sorted(settling_signals(load_rules()))  # doctest: +NORMALIZE_WHITESPACE
    ['fire out', 'gas checked', 'gas leak fixed', 'gas never laid', 'gas smell gone', 'gasification asked',
     'icicles removed', 'planned cut', 'repaired', 'supply present']
    """
    return frozenset(rule.name for rule in rules if rule.level in SETTLING)


def question_signals(rules: Iterable[Rule]) -> frozenset[str]:
    """Names of the lexicon rules of a question about a schedule (levels :data:`QUESTIONS`).

    >>> from mcu_nlp.lexicon import load_rules
    >>> sorted(question_signals(load_rules()))
    ['heating schedule question', 'planned outage question']
    """
    return frozenset(rule.name for rule in rules if rule.level in QUESTIONS)


def repair_signals(rules: Iterable[Rule]) -> frozenset[str]:
    """Names of the lexicon rules of a repair (levels :data:`~mcu_nlp.lexicon_repairs.REPAIRS`).

    >>> from mcu_nlp.lexicon import load_rules
    >>> sorted(repair_signals(load_rules()))  # doctest: +NORMALIZE_WHITESPACE
    ['fire out', 'gas checked', 'gas leak fixed', 'gas never laid', 'gas smell gone', 'gasification asked',
     'icicles removed', 'planned cut', 'repaired']
    """
    return frozenset(rule.name for rule in rules if rule.level in REPAIRS)


def fixed_problem(signals: list[Signal], repairs: Container[str]) -> bool:
    """Whether ``signals`` tell of a problem already fixed: a repair (a name in ``repairs``) and no signal but
    "normal" ones (urgency.md: "a past problem that is already fixed is normal"); a supply said to work is not enough
    ("свет горит не стабильно" is a fault).

    >>> repairs = frozenset({"repaired"})
    >>> texts = ("Вчера не было света, сейчас дали", "Свет горит", "Нет света, сейчас дали, но лифт не работает")
    >>> [fixed_problem(find_signals(t), repairs) for t in texts]
    [True, False, False]
    """
    return any(s.name in repairs for s in signals) and all(s.level == "normal" for s in signals)
