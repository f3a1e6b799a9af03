"""Texts of 200,000 characters, as the library accepts them, are scored in seconds (walkthrough s58 D10).

Before session 58, ``default_models().urgency.predict_proba`` took 174 CPU-s on «ааааааа » x 25,000 and 29 on half
as much Latin gibberish (a clause with no «?» was searched for one from each of its characters:
:data:`~mcu_nlp.urgency.inquiry.ASKING_CLAUSE`); the lexicon read a text of quoted words in quadratic time (every match
searched the text before it for quotation marks and notice words: :func:`~mcu_nlp.lexicon_quotes.quoted_notice`), and
a text of many repairs compared every signal with every repair (:mod:`mcu_nlp.lexicon_reach`). Appeal words and a
repeated sentence were near-linear already; they stay here so that none becomes slow. The near-linear growth of the
lexicon's other readings is tested in ``test_urgency_long_texts.py``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp.lexicon import load_lexicon
from mcu_nlp.lexicon_quotes import quoted_notice
from mcu_nlp.lexicon_reach import span_reach
from mcu_nlp.urgency.inquiry import asks_to_open

SIZE = 200_000
#: CPU seconds for one text of SIZE characters: about ten times what it takes now (0.6 to 1.4 s in predict_proba,
#: under 1 s in the lexicon), and far below what the quadratic readings took (100 to 700 s).
BOUND = 10.0

#: Words of appeals, marks attached, drawn at random for the first kind
APPEAL = (
    "Третий день нет отопления в доме, дети мерзнут. Пахнет газом в подъезде! Когда починят? Балашиха, ул. Ленина "
    "д. 5 — открытый люк во дворе; свет дали, а воды нет. Просим помочь: Мытищи, яма на дороге, +14 в квартире."
)
LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def _fill(pick: Callable[[], str], size: int = SIZE) -> str:
    """Words from ``pick`` joined by spaces up to ``size`` characters."""
    out, length = [], 0
    while length < size:
        out.append(pick())
        length += len(out[-1]) + 1
    return " ".join(out)[:size]


def _gibberish(letters: str, seed: int = 58, kinds: int | None = None) -> str:
    """Random words of ``letters`` with no punctuation; of ``kinds`` distinct words at most (few forms to parse)."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(2, 11)))

    vocabulary = [word() for _ in range(kinds)] if kinds else None
    return _fill(lambda: rng.choice(vocabulary) if vocabulary else word())


def _pick(words: list[str]) -> Callable[[], str]:
    rng = random.Random(58)
    return lambda: rng.choice(words)


def _repeated(phrase: str, size: int = SIZE) -> str:
    return phrase * (size // len(phrase))


#: The walkthrough's kinds of long text: appeal words with punctuation, one repeated word, gibberish without
#: punctuation (of 300 words, so that parsing unknown forms, linear and slow, is not what is timed),
#: a repeated appeal sentence.
KINDS = {
    "appeal words": lambda: _fill(_pick(APPEAL.split())),
    "one word": lambda: _repeated("ааааааа "),
    "latin gibberish": lambda: _gibberish(LATIN, kinds=300),
    "cyrillic gibberish": lambda: _gibberish(CYRILLIC, kinds=300),
    "appeal sentence": lambda: _repeated("В Балашихе яма на дороге, Мытищи, нет света. "),
}
#: A text the lexicon read in quadratic time before session 58, repeated to SIZE characters: quoted words (every match
#: searched the text before it for quotation marks and notice words, 170 s on 100,000 characters), repairs that take
#: up a danger's noun or name it inside their phrase, supplies given by schedule (each signal against each of those).
QUOTES_AND_REPAIRS = ("«Пожар» \"пожар\" Открытый люк закрыли. У соседнего дома сбили сосульки, спасибо. "
                      "Сосульки висят. Воду дают на пару часов, вода есть. ")


def _cpu(run: Callable[[], Any]) -> tuple[float, Any]:
    started = time.process_time()
    result = run()
    return time.process_time() - started, result


@pytest.mark.parametrize("kind", KINDS)
def test_a_long_text_of_each_kind_is_scored_in_seconds(models, kind: str) -> None:
    text = KINDS[kind]()
    assert SIZE - 100 < len(text) <= SIZE
    seconds, proba = _cpu(lambda: models.urgency.predict_proba([text]))
    assert seconds < BOUND, f"{kind}: {seconds:.1f} CPU-s for {len(text):,} characters"
    assert proba.shape == (1, 3)


def test_the_lexicon_reads_a_long_text_of_quotes_and_repairs_in_seconds() -> None:
    lexicon = load_lexicon()
    seconds, (signals, _) = _cpu(lambda: lexicon.read(_repeated(QUOTES_AND_REPAIRS)))
    assert seconds < BOUND / 2, f"{seconds:.1f} CPU-s"
    assert {s.name for s in signals} >= {"fire", "open manhole"}


def test_a_clause_of_200000_characters_with_no_question_is_read_once() -> None:
    seconds, asks = _cpu(lambda: [asks_to_open(KINDS[kind]()) for kind in ("one word", "latin gibberish")])
    assert seconds < 1.0 and asks == [False, False]


# (text, the match, whether a notice's quote holds it): the quotation marks and notice words now found by bisection
QUOTED = [
    ("На подъездах объявления «СРОЧНО! Вскрытие замков, утечка газа, пожар — звоните»", "утечка", True),
    ("Объявление повесили, а в подвале «пахнет газом»", "пахнет", False),  # a clause mark between
    ("Объявление на двери «пожар» и «утечка газа»", "утечка", True),  # the last notice word within reach, no mark
    ("Реклама «двери» и ещё раз «утечка газа»", "утечка", True),  # a notice within reach, across another quote
    ('Листовка "пожар" и "газ"', "газ", True),
    ('Листовка "пожар", а "газ" везде', "газ", False),  # a comma between the notice and the opening mark
    ('Листовка "пожар" газ', "газ", False),  # after the closing '"'
    ("Надпись «газ", "газ", True),  # never closed
    ("«Газ» «газ» «газ", "газ", False),
    ("объявлениеобъявление «газ»", "газ", True),
]


@pytest.mark.parametrize(("text", "word", "quoted"), QUOTED)
def test_a_notice_quote_is_found_as_before(text: str, word: str, quoted: bool) -> None:
    start = text.rindex(word)
    assert quoted_notice(text, start, start + len(word)) == quoted == _scanned_notice(text, start, start + len(word))


def _scanned_notice(text: str, start: int, stop: int) -> bool:
    """quoted_notice as it was before session 58: the text searched from its start for each match."""
    from mcu_nlp.lexicon_quotes import CLAUSE_ENDS, NOTICE, NOTICE_REACH, QUOTES

    for opening, closing in QUOTES.items():
        begin = text.rfind(opening, 0, start)
        if begin < 0:
            continue
        if opening == closing and text.count(opening, 0, begin) % 2:
            continue
        if closing != opening and text.find(closing, begin + 1, start) >= 0:
            continue
        end = text.find(closing, begin + 1)
        if (end < 0 or end >= stop) and any(
                found.end() >= begin - NOTICE_REACH and not CLAUSE_ENDS.search(text, found.end(), begin)
                for found in NOTICE.finditer(text, 0, begin)):
            return True
    return False


#: Pieces of text that make quotes, notices, clause marks and long gaps, for the property below.
PIECES = ["«", "»", "„", "“", "”", '"', "объявление", "Реклама", "газ", ", ", " ", "а" * 45, "ё", "."]


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), data=st.data())
def test_notice_quotes_are_those_of_the_scan(pieces: list[str], data: Any) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    known: dict[Any, Any] = {}
    assert quoted_notice(text, start, stop, known) == _scanned_notice(text, start, stop)
    assert quoted_notice(text, start, stop, known) == _scanned_notice(text, start, stop)  # from what it keeps


@settings(max_examples=200, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=12),
       before=st.integers(-1, 40), to=st.integers(-1, 40))
def test_span_reach_is_the_scan_of_every_span(spans: list[tuple[int, int]], before: int, to: int) -> None:
    spans = [(first, first + length) for first, length in spans]
    assert span_reach(spans).reaches(before, to) == any(first <= before and to <= last for first, last in spans)
