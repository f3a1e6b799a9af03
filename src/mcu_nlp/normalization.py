"""Russian appeal text -> lower-case lemmas: ``normalize``, ``lemmas`` and the ``TextNormalizer`` transformer.

Steps: :func:`mcu_nlp.cleaning.clean` (HTML, URLs, hashtags, look-alikes, temperatures, ё),
word tokens (:mod:`mcu_nlp.tokens`), lemmas by pymorphy3 behind a cache (:mod:`mcu_nlp.morphology`),
stop-words dropped (:mod:`mcu_nlp.stopwords`: ``data/stopwords.txt``, or ``stop_words=``), every other number
(12, 345-67-89) -> ``num``, and "не" glued to the next word: "не работает" -> "не_работать". Tokens that are not
Cyrillic words (Latin words, codes, tokens already glued with "_") pass through lower-cased, so ``normalize`` is
idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sklearn.base import BaseEstimator, TransformerMixin

from mcu_nlp.caches import remember
from mcu_nlp.cleaning import clean
from mcu_nlp.errors import InputError, InputTypeError, Shown, expected, quoted
from mcu_nlp.morphology import lemma

# which words are stop-words lives in mcu_nlp.stopwords; imported here too, where callers and pickles found them
from mcu_nlp.stopwords import DEFAULT, STOPWORDS_PATH, load_stopwords, stop_word_set  # noqa: F401
from mcu_nlp.street_words import ABBREVIATIONS as STREET_ABBREVIATIONS
from mcu_nlp.tokens import WORD

NEGATION = "не"
NUMBER = "num"
CYRILLIC_WORD = re.compile(r"[а-я]+(?:-[а-я]+)*")
LETTER = re.compile(r"[^\W\d_]")

#: Address abbreviations that pymorphy reads as other words ("д" -> "далее", "кв" -> "кв"). The street types' come
#: from :mod:`mcu_nlp.street_words`, less those the shipped models were fit without («просп», «пл», «ш»: a refit).
ABBREVIATIONS = {
    "д": "дом",
    "кв": "квартира",
    "корп": "корпус",
    "эт": "этаж",
    "р-н": "район",
    "пос": "поселок",
    **{
        short: kind
        for kind, shorts in STREET_ABBREVIATIONS.items()
        for short in shorts
        if short not in {"просп", "пр-кт", "пркт", "пл", "б-р", "бул", "ш", "туп"}
    },
}

_TERMS: dict[str, str] = {}  # form -> term, "" for a default stop-word: the shipped models' path
_LEMMAS: dict[str, str] = {}  # form -> term, stop-words kept: the path of any other stop-word set


def _term(form: str) -> str:
    """Lemma of a lower-case token, ``num`` for numbers, or the token itself if it is not a Cyrillic word."""
    if form.isdecimal() or not LETTER.search(form):  # "12", "345-67-89", "2020_10"
        return NUMBER
    if CYRILLIC_WORD.fullmatch(form):
        found = ABBREVIATIONS.get(form) or lemma(form)
        # a lemma the tokeniser would cut differently ("моп-ов" -> "моп-") would break idempotence, and so would "не"
        # of another form ("неов", a guess): read again, it would be glued to the next word
        return found if WORD.fullmatch(found) and (found != NEGATION or form == NEGATION) else form
    return form


def _cached_term(form: str) -> str:
    """``_term`` plus the stop-word check, cached; "" marks a stop-word."""
    found = _TERMS.get(form)
    if found is None:
        found = _term(form)
        if found in load_stopwords() or form in load_stopwords():
            found = ""
        remember(_TERMS, form, found)
    return found


def text_rows(X: Any) -> list[Any]:
    """The rows of a 1-D list/array/Series of texts, or of a one-column table (its only column), as a list.

    A single str is refused: it would give one row per character. Iterating a DataFrame yields its column names,
    not its rows: a pipeline handing over ``df[["text"]]`` would otherwise get one answer per column.

    >>> import pandas as pd
    >>> text_rows(pd.DataFrame({"text": ["Яма", "Свет"]}))
    ['Яма', 'Свет']
    """
    if isinstance(X, str):
        raise InputTypeError(expected("a list, array or Series of texts", X, "wrap a single text in a list: [text]"))
    if getattr(X, "ndim", 1) != 2:
        return list(X)
    if X.shape[1] != 1:
        raise InputTypeError(expected("a 1-D list of texts or a one-column table", X, "select the text column"))
    return list(X.iloc[:, 0]) if hasattr(X, "iloc") else [row[0] for row in X]


def check_texts(X: Any) -> list[str]:
    """The rows of ``X`` (:func:`text_rows`), each a str; else ``TypeError`` naming the first other row by its
    position and kind, never its content (a stray value may be a phone or a name).

    >>> check_texts(["нет воды", None])
    Traceback (most recent call last):
    mcu_nlp.errors.InputTypeError: expected a str at position 1, got None; convert or drop non-text rows
    """
    rows = text_rows(X)
    for position, row in enumerate(rows):
        if not isinstance(row, str):
            raise InputTypeError(expected(f"a str at position {position}", row, "convert or drop non-text rows"))
    return rows


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        # the type only: the value may be personal data and must not reach a log through the message
        raise InputTypeError(f"expected a str, got {type(text).__name__}; convert the value to text or drop it first")
    return text


def lemmas(text: str, keep_stopwords: bool = False, stop_words: object = DEFAULT) -> list[str]:
    """Return the lemmas of ``text`` with "не" glued to the next word and stop-words dropped.

    Parameters
    ----------
    text : str
        A raw appeal or post.
    keep_stopwords : bool
        Keep function words (for models that read phrases, e.g. urgency cues); the same as ``stop_words=None``.
    stop_words : "default", None or a collection of str
        The words to drop (:func:`stop_word_set`); "не" is always glued to the next word, never dropped.

    >>> lemmas("Третий день НЕ РАБОТАЕТ лифт, в подъезде -40°!!!")
    ['третий', 'день', 'не_работать', 'лифт', 'подъезд', 'темп_минус_40']
    >>> lemmas("нет воды в доме", keep_stopwords=True)
    ['нет', 'вода', 'в', 'дом']
    >>> lemmas("Спасибо за уборку снега!", stop_words=load_stopwords() - {"спасибо"})
    ['спасибо', 'уборка', 'снег']
    """
    if keep_stopwords:
        if not (isinstance(stop_words, str) and stop_words == DEFAULT) and stop_words is not None:
            raise InputError(expected("keep_stopwords=True or a stop_words collection, not both",
                                      Shown("both"), "pass stop_words=None to keep every word"))
        stop_words = None
    return lemmas_cleaned(clean(_check_text(text)), stop_word_set(stop_words))


def lemmas_cleaned(cleaned: str, stop: frozenset[str] | None = None) -> list[str]:
    """:func:`lemmas` of a text already passed through :func:`mcu_nlp.cleaning.clean` (``stop``: a
    :func:`stop_word_set`, None the default list): each lemma a non-empty word token (:data:`mcu_nlp.tokens.WORD`,
    so no space in it), and :func:`normalize_cleaned` their string joined by spaces. The topic model reads the list
    itself: splitting the string again cost its three readers (word TF-IDF, word vectors, unknown share) a split each.

    >>> lemmas_cleaned("нет горячей воды, не работает лифт")
    ['нет', 'горячий', 'вода', 'не_работать', 'лифт']
    """
    forms = WORD.findall(cleaned)
    if stop is not None and stop is not load_stopwords():
        return _lemmas_without(forms, stop)
    # at C speed where possible: one dict lookup per token once the cache is warm
    terms = list(map(_TERMS.get, forms))
    if None in terms:
        terms = [_cached_term(f) if t is None else t for f, t in zip(forms, terms, strict=True)]
    if NEGATION in forms:
        _glue_negations(forms, terms)
    return [t for t in terms if t]


def _glue_negations(forms: list[str], terms: list[str]) -> None:
    """Rewrite ``terms`` in place: "не" + next word -> "не_<lemma>" (even a stop-word: "не было" -> "не_быть")."""
    start = 0
    while True:
        try:  # index() from a position: no slice copies, so many "не" stay linear
            i = forms.index(NEGATION, start)
        except ValueError:
            return
        if i + 1 < len(forms):
            terms[i], terms[i + 1] = f"{NEGATION}_{_term(forms[i + 1])}", ""
            start = i + 2
        else:
            terms[i] = NEGATION
            start = i + 1


def _lemma_kept(form: str) -> str:
    """``_term``, cached apart from the default stop-words' cache (which stores "" for them)."""
    found = _LEMMAS.get(form)
    if found is None:
        found = remember(_LEMMAS, form, _term(form))
    return found


def _lemmas_without(forms: list[str], stop: frozenset[str]) -> list[str]:
    """Lemmas of ``forms`` minus the words of ``stop`` (a word is dropped if its lemma or its form is there)."""
    terms = list(map(_LEMMAS.get, forms))  # as in the default path: a dict lookup per token once warm
    if None in terms:
        terms = [_lemma_kept(f) if t is None else t for f, t in zip(forms, terms, strict=True)]
    if stop:
        terms = ["" if t in stop or f in stop else t for f, t in zip(forms, terms, strict=True)]
    if NEGATION in forms:
        _glue_negations(forms, terms)
    return [t for t in terms if t]


def normalize(text: str, stop_words: object = DEFAULT) -> str:
    """Return lower-case lemmas of ``text`` joined by spaces (ё -> е, stop-words dropped, "не_" glued).

    ``stop_words`` is "default" (``data/stopwords.txt``), None (keep every word) or a collection of words to drop.

    >>> normalize("В Салехарде третий день нет отопления, батареи не греют")
    'салехард третий день нет отопление батарея не_греть'
    >>> normalize("")
    ''
    >>> normalize("СПАСИБО!!!"), normalize("СПАСИБО!!!", stop_words=None)
    ('', 'спасибо')
    """
    return " ".join(lemmas(text, stop_words=stop_words))


def normalize_cleaned(cleaned: str, stop: frozenset[str] | None = None) -> str:
    """:func:`normalize` of a text already passed through :func:`mcu_nlp.cleaning.clean`, for callers that also
    need the cleaned text itself (the topic model's character view) and should not clean it twice.

    >>> from mcu_nlp.cleaning import clean
    >>> text = "ХОЛОДНО!!! -40° в подъезде"
    >>> normalize_cleaned(clean(text)) == normalize(text)
    True
    """
    return " ".join(lemmas_cleaned(cleaned, stop))


class TextInputMixin:
    """scikit-learn tags of an estimator over raw texts: a 1-D sequence of str, not a 2-D numeric array."""

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()  # type: ignore[misc]
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


class TextNormalizer(TextInputMixin, TransformerMixin, BaseEstimator):
    """scikit-learn transformer: texts in, normalised strings out (stateless; ``fit`` learns nothing).

    Parameters
    ----------
    keep_stopwords : bool
        Keep function words in the output.
    errors : {"empty", "raise"}
        What a non-string item (None, NaN, a number) becomes: "" (the default, so that a batch keeps
        every row) or a ``TypeError``.

    >>> TextNormalizer().fit_transform(["Яма на дороге", None])
    ['яма дорога', '']
    """

    def __init__(self, keep_stopwords: bool = False, errors: str = "empty") -> None:
        self.keep_stopwords = keep_stopwords
        self.errors = errors

    def fit(self, X: Iterable[Any], y: Any = None) -> TextNormalizer:
        """Check the parameters and return ``self``; there is nothing to learn."""
        if self.errors not in ("empty", "raise"):
            raise InputError(expected('errors="empty" or "raise"', Shown(f"errors={quoted(self.errors)}"),
                                      'pass "empty" (a non-text gives "") or "raise"'))
        return self

    def transform(self, X: Iterable[Any]) -> list[str]:
        """Normalise every item of a list, array or Series of texts; returns a list of the same length."""
        self.fit(X)
        rows = check_texts(X) if self.errors == "raise" else text_rows(X)
        return [" ".join(lemmas(row, keep_stopwords=self.keep_stopwords)) if isinstance(row, str) else ""
                for row in rows]

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        return tags
