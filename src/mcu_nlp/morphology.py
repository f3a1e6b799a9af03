"""pymorphy3 behind a lazy, thread-safe singleton, its parses and the lemmas of word forms in bounded caches.

The analyzer is built on first use (import stays fast). Batch jobs see the same few
thousand word forms over and over, so a plain dict from form to lemma turns a
~40 µs ``parse`` into a dict lookup; the dict is bounded so that a stream of junk
tokens cannot grow it without limit.
"""

from __future__ import annotations

import re
import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from mcu_nlp.caches import CACHE_LIMIT, remember

_ANALYZER: Any = None
_LOCK = threading.Lock()
_LEMMAS: dict[str, str] = {}
LEMMA_FIXES_PATH = Path(__file__).parent / "data" / "lemma_fixes.tsv"
_UNREAD: Any = object()
_FIXES: Any = _UNREAD
#: A run of Cyrillic letters: the words :func:`has_verb` reads.
CYRILLIC_RUN = re.compile(r"[А-Яа-яЁё]+")


def analyzer() -> Any:
    """Return the shared ``pymorphy3.MorphAnalyzer``, building it on first call.

    >>> analyzer().parse("домов")[0].normal_form
    'дом'
    """
    global _ANALYZER
    if _ANALYZER is None:
        with _LOCK:
            if _ANALYZER is None:
                _ANALYZER = _analyzer_class()()
    return _ANALYZER


#: pymorphy3's parses of the forms parsed last (form -> its parses), read by :func:`analyzer`'s ``parse``: the
#: address, place, name and urgency readers each parse the words they test, many the same ones (on the topic model's
#: predict of 5,000 SPb texts never seen, 1,795 of its 5,712 parses were of a form parsed before, ~40 us each;
#: session 61). A parse is the same every time (the dictionaries do not change), so the cache changes no answer.
_PARSES: dict[str, tuple[Any, ...]] = {}
#: Forms whose parses :data:`_PARSES` keeps before it is emptied (~1 KB a form: ~10 MB when full)
PARSE_CACHE_LIMIT = 10_000


def _analyzer_class() -> type:
    """``pymorphy3.MorphAnalyzer`` whose ``parse`` is cached (:data:`_PARSES`) and reads a word holding a letter Unicode
    names not (6,145 Tangut ideographs and supplements, in Python 3.11) as if that letter were Latin: pymorphy3 asks
    ``unicodedata.name`` for each letter of an unknown word, and it raised ``ValueError: no such name`` out of
    ``redact("𗀀В Салехарде нет отопления")``.

    >>> analyzer().parse("\U00017000В")[0].tag.POS is None, analyzer().parse("домов")[0].normal_form
    (True, 'дом')
    """
    import unicodedata

    import pymorphy3

    class Analyzer(pymorphy3.MorphAnalyzer):
        def parse(self, word: str) -> Any:
            found = _PARSES.get(word)
            if found is None:
                found = remember(_PARSES, word, tuple(self._parse_named(word)), PARSE_CACHE_LIMIT)
            return list(found)  # a list of its own, as pymorphy3 gives one: a caller may change it

        def _parse_named(self, word: str) -> Any:
            try:
                return super().parse(word)
            except ValueError:
                return super().parse("".join(ch if unicodedata.name(ch, "") else "x" for ch in word))

    return Analyzer


def _first_parse(form: str) -> tuple[str, bool]:
    """Normal form of pymorphy3's first parse (ё folded) and whether it comes from the dictionary.

    Same answer as ``parse(form)[0]``, but the P(tag | word) ranking, a third of the cost, runs only
    when the parses disagree on the normal form (~12% of the forms of appeals).
    """
    morph = analyzer()
    units = getattr(morph, "_units", None)
    if units is None:  # a pymorphy3 without the private attribute: the plain, slower call
        return morph.parse(form)[0].normal_form.replace("ё", "е"), False
    parses: list[Any] = []
    seen: set[Any] = set()
    try:
        for unit, is_terminal in units:
            parses.extend(unit.parse(form, form, seen))
            if is_terminal and parses:
                break
    except ValueError:  # a letter Unicode names not (see _analyzer_class): a word of no language we read
        return form, False
    if not parses:
        return form, False
    best = parses[0]
    if morph.prob_estimator is not None and len({p[2] for p in parses}) > 1:
        best = _past_over_imperative(morph.prob_estimator.apply_to_parses(form, form, parses))
    methods = best[4]  # ((unit, ...), ...): a dictionary word has exactly one step, the dictionary itself
    return best[2].replace("ё", "е"), len(methods) == 1 and methods[0][0] is units[0][0]


def _past_over_imperative(ranked: list[Any]) -> Any:
    """The first of pymorphy3's ranked parses, or the past indicative tied with it when the first is an imperative.

    The estimator scores «нашли», «пришли», «пошли», «зашли» and «подмели» 0.5 / 0.5 as an imperative of «наслать»,
    «прислать», «послать», «заслать», «подмелить» and a past of «найти», «прийти», «пойти», «зайти», «подмести», and
    ranks the imperative first; appeals mean the past («утечки не нашли», «автобусы не пришли»): 10 forms, 78 words of
    the SPb, Kursk and annotated texts, all of them read better as the past (session 56).
    """
    best = ranked[0]
    if "impr" in best[1]:
        for other in ranked[1:]:
            if other[3] < best[3]:
                break
            if "past" in other[1] and "indc" in other[1]:
                return other
    return best


def normal_form(form: str) -> str:
    """Return pymorphy3's normal form of a lower-case word form (its first parse), ё folded to е.

    >>> normal_form("трубы"), normal_form("стали"), normal_form("лёд"), normal_form("нашли")
    ('труба', 'стать', 'лед', 'найти')
    """
    return _first_parse(form)[0]


def fixed_point(form: str, first: str | None = None) -> str:
    """Follow normal forms until a word is its own normal form; a cycle settles on its smallest member.

    pymorphy3's first parse of a lemma is sometimes another word, even in a cycle
    ("снимка" -> "снимок" -> "снимка"); the fixed point makes ``lemma(lemma(x)) == lemma(x)``. ``first`` is
    ``normal_form(form)`` when the caller has it already (:func:`lemma` parsed the form before): not parsed again.

    >>> fixed_point("трубы"), fixed_point("снимки"), fixed_point("снимки", normal_form("снимки"))
    ('труба', 'снимка', 'снимка')
    """
    seen = [form]
    while len(seen) < 8:
        step = first if first is not None and len(seen) == 1 else normal_form(seen[-1])
        if step == seen[-1]:
            return step
        known = _LEMMAS.get(step)
        if known is not None:
            return known
        if step in seen:
            return min(seen[seen.index(step) :])
        seen.append(step)
    return seen[-1]


def use_lemma_fixes(enabled: bool = True) -> None:
    """Switch the precomputed table of non-fixed dictionary lemmas on or off (off: parse to check).

    >>> use_lemma_fixes(True)
    """
    global _FIXES
    _FIXES = _read_fixes(LEMMA_FIXES_PATH) if enabled else None
    _LEMMAS.clear()


def _read_fixes(path: Path) -> dict[str, str] | None:
    """The table of data/build_lemma_fixes.py, or None if it was built for other dictionaries."""
    from importlib.metadata import version

    if not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[-1] != version("pymorphy3-dicts-ru"):
        return None
    return dict(line.split("\t") for line in lines[1:] if line)


def _fixes() -> dict[str, str] | None:
    global _FIXES
    if _FIXES is _UNREAD:
        with _LOCK:
            if _FIXES is _UNREAD:
                _FIXES = _read_fixes(LEMMA_FIXES_PATH)
    return _FIXES


def _parse_lemma(form: str) -> str:
    step, from_dictionary = _first_parse(form)
    if step == form:
        return step
    fixes = _fixes()
    if from_dictionary and fixes is not None:
        return fixes.get(step, step)  # every dictionary lemma that is not a fixed point is in the table
    return fixed_point(form, step)  # its first step is this parse: an unknown word's costs the most


def lemma(form: str) -> str:
    """Return the dictionary form of a lower-case word form, with ё folded to е.

    >>> lemma("трубы"), lemma("работает"), lemma("лёд")
    ('труба', 'работать', 'лед')
    """
    found = _LEMMAS.get(form)
    if found is None:
        found = remember(_LEMMAS, form, _parse_lemma(form))
        if found not in _LEMMAS:
            _LEMMAS[found] = found  # a lemma is its own lemma: spares the check for its other forms
    return found


@lru_cache(maxsize=CACHE_LIMIT)
def grammemes(form: str) -> frozenset[str]:
    """Return the grammemes of every parse of a lower-case form (for names and places).

    >>> sorted(grammemes("сергеевич") & {"Name", "Surn", "Patr"})
    ['Patr']
    """
    found: set[str] = set()
    for parse in analyzer().parse(form):
        found.update(parse.tag.grammemes)
    return frozenset(found)


def has_verb(text: str, tense: str) -> bool:
    """Whether a word of ``text`` (a run of Cyrillic letters) is a verb in ``tense`` ("past", "pres", "futr") in any of
    its parses (:func:`grammemes`).

    >>> has_verb("если батареи отключили", "past"), has_verb("если батареи холодные", "past")
    (True, False)
    """
    return any({"VERB", tense} <= grammemes(word.lower()) for word in CYRILLIC_RUN.findall(text))


def cache_info() -> dict[str, int]:
    """Return the size of the lemma cache: entries and an estimate of bytes held.

    >>> cache_info()["limit"] == CACHE_LIMIT
    True
    """
    size = sys.getsizeof(_LEMMAS)
    size += sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in list(_LEMMAS.items()))
    return {"entries": len(_LEMMAS), "bytes": size, "limit": CACHE_LIMIT}
