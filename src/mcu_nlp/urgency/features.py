"""What the urgency model reads: a TF-IDF of lemmas, the lexicon's danger signals, character n-grams of lemmas.

The feature matrix of :class:`mcu_nlp.urgency.UrgencyClassifier` has three blocks, in this order:

1. words: a TF-IDF of lemma unigrams and bigrams of the normalised text (:func:`word_vectorizer`);
2. the lexicon: three level columns (critical, high, normal), then one column per ``signal name/level``
   (:func:`signal_columns`, :func:`lexicon_matrix`), scaled by ``lexicon_weight``;
3. characters: a TF-IDF of the 3-5 character n-grams of each lemma (:func:`char_vectorizer`), which keeps typos and
   rare word forms close to the known ones, scaled by ``char_weight``.

The words come first, so the first ``len(vocabulary_)`` weights of the linear model are the words' own
(:func:`learned_terms`). Fitted models pickle the two analyzers by name: see :mod:`mcu_nlp.urgency`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

import numpy as np

from mcu_nlp.chargrams import cached_tfidf, word_grams
from mcu_nlp.lexicon import LEVELS, Lexicon, Signal, words
from mcu_nlp.morphology import grammemes

#: Lengths of the character n-grams taken from each lemma (padded with spaces).
CHAR_NGRAMS = (3, 5)
#: The character vocabulary: n-grams in at least this many training texts, at most this many of them.
CHAR_MIN_DF, CHAR_MAX_FEATURES = 3, 30_000
#: Words that say when, or how politely, not what is wrong: a weight the model learned for them is no reason an
#: operator can act on («благодарить», «год», «день»), so :func:`learned_terms` never shows them.
NEUTRAL_TERMS = frozenset({
    "год", "день", "неделя", "месяц", "час", "минута", "сутки", "время", "раз", "число", "утро", "вечер", "ночь",
    "сегодня", "вчера", "завтра", "опять", "снова", "вновь", "благодарить", "благодарность", "спасибо", "просить",
    "просьба", "пожалуйста", "здравствовать", "здравствуйте", "уважаемый", "уважение", "добрый",
})
#: pymorphy3 tags of function words (any parse of the form): pronouns («никто»), numerals and ordinals («третий»),
#: prepositions, conjunctions, particles («уже»), interjections, predicatives («нет»): no reason by themselves.
FUNCTION_TAGS = frozenset({"NPRO", "NUMR", "NUMB", "Anum", "PREP", "CONJ", "PRCL", "INTJ", "PRED"})
#: A learned word is a reason only when its weight toward the level is at least this quantile of that level's
#: positive word weights (among the strongest twentieth of the words that push the level up).
LEARNED_QUANTILE = 0.95
#: Or when its push in the text (:func:`lemma_pushes`) is at least this share of the positive push of all its words:
#: a word that did much of the raising, whatever its weight alone.
PUSH_SHARE = 0.25


def unigrams_and_bigrams(doc: str) -> list[str]:
    """The lemmas of a normalised text and the pairs of neighbours (the analyzer of the word TF-IDF).

    >>> unigrams_and_bigrams("нет вода дом")
    ['нет', 'вода', 'дом', 'нет вода', 'вода дом']
    """
    terms = doc.split()
    return terms + [f"{a} {b}" for a, b in pairwise(terms)]


def _lemma_grams(term: str) -> tuple[str, ...]:
    return word_grams(term, *CHAR_NGRAMS)


def lemma_char_grams(doc: str) -> list[str]:
    """Character n-grams of each lemma of a normalised text, padded with spaces (the analyzer of ``chars_``).

    >>> lemma_char_grams("яма")
    [' ям', 'яма', 'ма ', ' яма', 'яма ', ' яма ']
    """
    return [gram for term in doc.split() for gram in _lemma_grams(term)]


def char_matrix(vectorizer: Any, docs: list[str], columns: dict[str, array]) -> Any:
    """``vectorizer.transform(docs)`` for :func:`lemma_char_grams`, counted from ``columns``, a cache of each
    lemma's known vocabulary columns: a lemma is split into n-grams and looked up once, not in every text."""
    return cached_tfidf(vectorizer, docs, _lemma_grams, columns)


def word_vectorizer(min_df: int, max_features: int) -> Any:
    """An unfitted TF-IDF of lemma unigrams and bigrams (:func:`unigrams_and_bigrams`)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=unigrams_and_bigrams, min_df=min_df, max_features=max_features,
                           sublinear_tf=True, dtype=np.float32)


def char_vectorizer() -> Any:
    """An unfitted TF-IDF of the character n-grams of lemmas (:func:`lemma_char_grams`)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=lemma_char_grams, min_df=CHAR_MIN_DF, max_features=CHAR_MAX_FEATURES,
                           sublinear_tf=True, dtype=np.float32)


def signal_columns(lexicon: Lexicon) -> dict[str, int]:
    """The column of each ``name/level`` a rule of ``lexicon`` can give, after the three level columns.

    A rule's signal may come out at any level (a repair or a warm-season demotion lowers it), so each rule has
    a column per level.

    >>> from mcu_nlp.lexicon import load_lexicon
    >>> columns = signal_columns(load_lexicon())
    >>> min(columns.values()), len(columns) % 3
    (3, 0)
    """
    names = sorted({f"{r.name}/{level}" for r in lexicon.rules for level in LEVELS})
    return {name: i + len(LEVELS) for i, name in enumerate(names)}


def _signal_cells(found: Iterable[Signal], columns: dict[str, int]) -> list[int]:
    """The columns one text's signals set, each once, in the order first seen."""
    cells: dict[int, None] = {}
    for s in found:
        cells[LEVELS.index(s.level)] = None  # 0 critical, 1 high, 2 normal (a repair or a demoted signal)
        col = columns.get(f"{s.name}/{s.level}")
        if col is not None:
            cells[col] = None
    return list(cells)


def lexicon_matrix(signals: list[list[Signal]], columns: dict[str, int], weight: float) -> Any:
    """One row per text: ``weight`` in the column of each level and each ``name/level`` its signals show.

    >>> from mcu_nlp.lexicon import find_signals
    >>> lexicon_matrix([find_signals("Пахнет газом"), []], {"gas smell/critical": 3}, 0.5).toarray()
    array([[0.5, 0. , 0. , 0.5],
           [0. , 0. , 0. , 0. ]])
    """
    from scipy.sparse import csr_matrix

    rows: list[int] = []
    cols: list[int] = []
    for r, found in enumerate(signals):
        cells = _signal_cells(found, columns)
        rows.extend([r] * len(cells))
        cols.extend(cells)
    shape = (len(signals), len(columns) + len(LEVELS))
    return csr_matrix((np.ones(len(cols)) * weight, (rows, cols)), shape=shape)


def content_word(term: str, form: str) -> bool:
    """Whether a lemma (``term``, read from ``form``) can be a reason shown to an operator: two letters or more (not
    the "г", "д" of an abbreviation), not one of NEUTRAL_TERMS, and no parse of it a function word (FUNCTION_TAGS).

    >>> [content_word(t, f) for t, f in [("дерево", "дереве"), ("никто", "никто"), ("год", "года"), ("уже", "уже"),
    ...                                  ("не_гореть", "не_горит"), ("г", "г")]]
    [True, False, False, False, True, False]
    """
    return len(term) > 1 and term not in NEUTRAL_TERMS and not grammemes(form.removeprefix("не_")) & FUNCTION_TAGS


def learned_floor(weights: np.ndarray) -> float:
    """The least weight of a word shown as a reason: the LEARNED_QUANTILE of the positive ``weights`` (inf if none)."""
    positive = weights[weights > 0]
    return float(np.quantile(positive, LEARNED_QUANTILE)) if positive.size else float("inf")


def learned_terms(linear: Any, vocabulary: dict[str, int], text: str, level: str, top: int = 3,
                  pushes: dict[str, float] | None = None) -> list[Signal]:
    """The words of ``text`` whose word column pushes ``level`` up most in ``linear`` (fitted on these features),
    strongest first, as signals with ``group="model"``: only content words (:func:`content_word`) whose weight toward
    ``level`` reaches :func:`learned_floor`, so a word the model leans on only weakly, or a word that says nothing of
    the matter («благодарить», «год», «никто»), is not shown as the reason.

    When no word passes and ``pushes`` are given (:func:`lemma_pushes`: this text's push of each lemma toward
    ``level`` against the level below, its character n-grams counted), the content words whose push is at least
    PUSH_SHARE of the text's positive push are shown, strongest first: the model may raise a level through a word's
    character n-grams, or by pushing the level below down («когда включат отопление? просто интересно сроки» in
    October, high by «отопление» against normal, showed no word: the Нижегородская область walkthrough, s44)."""
    weights = linear.coef_[LEVELS.index(level)][: len(vocabulary)]
    floor = learned_floor(weights)
    strong = {w.term: float(weights[vocabulary[w.term]]) for w in words(text) if w.term in vocabulary}
    found = _shown(text, level, top, {term: weight for term, weight in strong.items() if weight >= floor})
    if found or not pushes:
        return found
    share = PUSH_SHARE * sum(push for push in pushes.values() if push > 0)
    return _shown(text, level, top, {term: push for term, push in pushes.items() if push > 0 and push >= share})


def _shown(text: str, level: str, top: int, keys: dict[str, float]) -> list[Signal]:
    """The content words of ``text`` whose lemma is in ``keys``, as model signals of ``level``, by ``keys``
    descending (a lemma once, at its first word), ``top`` at most."""
    out: dict[str, tuple[float, Signal]] = {}
    for w in words(text):
        if w.term in keys and w.term not in out and content_word(w.term, w.form):
            out[w.term] = (keys[w.term], Signal(f"learned: {w.term}", level, "model", w.start, w.stop,
                                                text[w.start:w.stop]))
    return [s for _, s in sorted(out.values(), key=lambda item: -item[0])[:top]]


def lemma_pushes(linear: Any, row: Any, doc: str, vocabulary: dict[str, int], char_columns: dict[str, Any],
                 char_start: int, level: str) -> dict[str, float]:
    """How much each lemma of the normalised text ``doc`` pushed ``level`` up against the level below it in
    ``linear``, given the text's feature ``row`` (1 x features, :meth:`UrgencyClassifier._features`): its word column,
    half of each word pair it is in, and its share of the character n-grams (columns ``char_start`` + the lemma's
    columns in ``char_columns``, split by how often each lemma of the text holds the n-gram).

    >>> import numpy as np
    >>> from scipy.sparse import csr_matrix
    >>> class Linear:
    ...     coef_ = np.array([[0.0, 0.0, 0.0], [1.0, 0.5, 0.0], [-1.0, 0.0, 0.0]])
    >>> pushes = lemma_pushes(Linear(), csr_matrix([[0.6, 0.8, 0.0]]), "отопление срок",
    ...                       {"отопление": 0, "срок": 1}, {}, 3, "high")
    >>> {k: round(v, 2) for k, v in pushes.items()}
    {'отопление': 1.2, 'срок': 0.4}
    """
    i = LEVELS.index(level)  # critical or high: a level the model raised, so one with a level below it
    delta = linear.coef_[i] - linear.coef_[i + 1]
    row = row.tocsr()
    value = dict(zip(row.indices.tolist(), (row.data * delta[row.indices]).tolist()))
    terms = doc.split()
    pushes = dict.fromkeys(terms, 0.0)
    for term in dict.fromkeys(terms):
        pushes[term] += value.get(vocabulary.get(term, -1), 0.0)
    for a, b in pairwise(terms):
        half = value.get(vocabulary.get(f"{a} {b}", -1), 0.0) / 2
        pushes[a] += half
        pushes[b] += half
    holders: dict[int, list[str]] = {}
    for term in terms:
        for col in char_columns.get(term, ()):
            holders.setdefault(col, []).append(term)
    for col, held in holders.items():
        for term in held:
            pushes[term] += value.get(char_start + col, 0.0) / len(held)
    return pushes
