"""Long texts that repeat a problem: the lexicon reads them in near-linear time, with the signals it gave when it
compared every match with every other (session 10: "нет воды " * 20,000 took 73 s in ``analyze``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.lexicon import Rule, Slot, load_lexicon, words
from mcu_nlp.lexicon_spans import match_spans
from mcu_nlp.urgency.guideline import nothing_but_calm, settled, settling_signals
from mcu_nlp.urgency.thanks import thanked

#: Phrases repeated to SHORT and 4 x SHORT characters: each was quadratic in one place of the lexicon's reading.
REPEATED = [
    "нет воды ",  # matching: every match of a slot against every word of the others (match_spans)
    "Длинное письмо. В Якутске нет воды. ",  # the same, the sentence checked inside that scan
    "Нет света, сейчас дали, а если пожар? ",  # every signal against every repair and hedge (_resolve)
    "Нет света, сейчас есть, ",  # every "back" match against every outage (answers_outage)
    "год назад соседи затопили квартиру ",  # every past match reading the whole text for a cue (still_goes_on)
    "Жгут мусор. Дышать нечем! ",  # short exclamations joined to the sentence before (sentence_groups)
    "Автобус сломался в мороз? Нет, все доехали. Лифт стоит неделю. ",  # each question answered no (answered_no)
]

#: Phrases the guideline's rules read in quadratic time: every word or signal against every calm phrase or reading,
#: every thanks phrase reading its whole clause word by word, every signal against every thanked clause.
CALM_OR_THANKED = [
    "Вода есть, ",  # nothing_but_calm
    "Воду дали, но ребенок ошпарился. ",  # settled, contrasted
    "Отопление есть, но слабое, ",  # settled: each reading against each supply phrase
    "спасибо что дали свет ",  # thanked: one clause as long as the text
    "Спасибо, что убрали снег во дворе. ",
]

# (text, its signals as (name, level, text), whether it is dated): windows, sentences, ties, repairs, hedges, cues
TRICKY = [
    ("нет, нет воды", [("no water", "critical", "нет, нет воды")], False),
    # a power cut is not read again as a stairwell lamp out over the same words (lexicon_places.one_reading)
    ("воды нет, а света нет", [("no water", "critical", "воды нет"), ("no power", "critical", "нет, а света")], False),
    ("вода. нет", [], False),
    ("нет у нас воды", [("no water", "critical", "нет у нас воды")], False),
    ("нет\nводы", [("no water", "critical", "нет\nводы")], False),
    ("Нет\nВоды", [], False),
    ("нет воды нет воды нет воды", [("no water", "critical", "нет воды"), ("no water", "critical", "воды нет")], False),
    ("Нет света. Сейчас есть.", [("no power", "normal", "Нет света"), ("repaired", "normal", "Сейчас есть")], False),
    ("Нет света. Да. Сейчас есть.", [("no power", "critical", "Нет света")], False),
    (
        "Нет света. Всё. Сейчас дали",
        [("no power", "critical", "Нет света"), ("repaired", "normal", "Сейчас дали")],
        False,
    ),
    (
        "а если пожар? Пожар в подъезде",
        [("fire", "high", "пожар"), ("fire", "critical", "Пожар"), ("open fire", "critical", "Пожар в подъезде")],
        False,
    ),
    ("Пожар! А если пожар?", [("fire", "critical", "Пожар"), ("fire", "high", "пожар")], False),
    ("Год назад затопили квартиру. Вода течёт", [("flooding", "critical", "затопили квартиру")], False),
    ("Год назад затопили квартиру. Потом. Вода течёт", [], True),
    ("Нет воды. Сейчас идёт из трубы", [("no water", "critical", "Нет воды")], False),
    (
        "пахнет газом, газом пахнет",
        [("gas smell", "critical", "пахнет газом"), ("gas smell", "critical", "газом пахнет")],
        False,
    ),
]


#: Characters of the shorter text of a pair; the longer has 4 times as many. A reading in linear time costs about
#: 4 times as much CPU on it, a quadratic one 16 times; GROWTH lies between them. An absolute bound alone failed CI on
#: a loaded runner (2.04 CPU-s against 2.0 on 200,000 characters, session 25): a slow machine slows both texts alike.
SHORT = 25_000
GROWTH = 8
#: CPU seconds a tiny reading may vary by (timer, a garbage collection), and a ceiling for the longer text far below
#: what the quadratic readings took (20-90 s on 200,000 characters in ``read``, over 40 s on 100,000 in the guideline).
SLACK = 0.01
CEILING = 10.0


def _cpu(run: Callable[[], Any]) -> tuple[float, Any]:
    started = time.process_time()
    result = run()
    return time.process_time() - started, result


def _linear(prepare: Callable[[str], Callable[[], Any]], phrase: str) -> Any:
    """What ``prepare(text)()`` gives on ``phrase`` repeated to 4 x SHORT characters, asserting that its CPU seconds
    grow by less than GROWTH times from SHORT characters: the best of two runs of the short text, and of the long one
    when its first run looks slow."""
    short, long = (prepare(phrase * (size // len(phrase))) for size in (SHORT, 4 * SHORT))
    fast = min(_cpu(short)[0], _cpu(short)[0])
    slow, result = _cpu(long)
    if slow >= GROWTH * fast + SLACK:
        slow = min(slow, _cpu(long)[0])
    assert slow < GROWTH * fast + SLACK, f"{fast:.3f} -> {slow:.3f} CPU-s on 4 times the text"
    assert slow < CEILING
    return result


@pytest.mark.parametrize("phrase", REPEATED)
def test_a_long_repeated_text_is_read_in_near_linear_time(phrase: str) -> None:
    lexicon = load_lexicon()
    signals, dated = _linear(lambda text: lambda: lexicon.read(text), phrase)
    assert signals or dated  # a flood a year ago, with no cue that it goes on, is dated


@pytest.mark.parametrize("phrase", CALM_OR_THANKED)
def test_the_guideline_reads_a_long_repeated_text_in_near_linear_time(phrase: str) -> None:
    lexicon = load_lexicon()
    supply = settling_signals(lexicon.rules)

    def prepare(text: str) -> Callable[[], Any]:
        signals = lexicon.find(text)  # not timed: the lexicon's own reading is the test above
        return lambda: (nothing_but_calm(text, signals), settled(text, signals, supply), thanked(text, signals))

    _linear(prepare, phrase)


@pytest.mark.parametrize(("text", "signals", "dated"), TRICKY)
def test_signals_on_tricky_windows(text: str, signals: list[tuple[str, str, str]], dated: bool) -> None:
    found, past = load_lexicon().read(text)
    assert [(s.name, s.level, s.text) for s in found] == signals
    assert past == dated


def _all_pairs_spans(rule: Rule, hits: list[list[int]], seq: list) -> list[tuple[int, int]]:
    """The matching as it was before bisection: each word of the first slot against every word of the others."""
    if any(not h for h in hits):
        return []
    spans: list[tuple[int, int]] = []
    for anchor in hits[0]:
        chosen = [anchor]
        for other in hits[1:]:
            near = [i for i in other if seq[i].sentence == seq[anchor].sentence and abs(i - anchor) < rule.window]
            if not near:
                break
            chosen.append(min(near, key=lambda i: abs(i - anchor)))
        else:
            first, last = min(chosen), max(chosen)
            if last - first < rule.window and not (spans and first <= spans[-1][1]):
                spans.append((first, last))
    return spans


@settings(max_examples=100, deadline=None)
@given(
    marks=st.lists(st.sampled_from(["a", "a", "a", "!"]), min_size=1, max_size=40),
    slots=st.lists(st.sets(st.integers(0, 39)), min_size=1, max_size=4),
    window=st.integers(1, 6),
)
def test_spans_are_those_of_all_pairs(marks: list[str], slots: list[set[int]], window: int) -> None:
    seq = words(" ".join("а!" if mark == "!" else "а" for mark in marks))  # "!" ends a sentence after its word
    hits = [sorted(i for i in slot if i < len(seq)) for slot in slots]
    empty = Slot(frozenset(), frozenset(), ())
    rule = Rule("r", "high", "", tuple(empty for _ in hits), window, frozenset(), False)
    assert match_spans(rule, hits, [w.sentence for w in seq]) == _all_pairs_spans(rule, hits, seq)
