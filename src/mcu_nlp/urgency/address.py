"""Words that only say where: street words, house numbers, street names, the prepositions before them.

An address names no danger and no calm: "пожар на ул. Ленина 5" reports what "пожар" does, and "когда включат
отопление в доме 5 по улице Ленина?" asks what "когда включат отопление?" asks. The learned model reads "улица",
"ленин" and the number as words of an appeal, so the rules of :mod:`mcu_nlp.urgency.guideline` that judge a text too
short for it, or made only of calm phrases, leave an address out (:func:`address_terms`).
"""

from __future__ import annotations

from mcu_nlp.lexicon import Word, words
from mcu_nlp.normalization import normalize

#: Lemmas (and abbreviations as they come out of the lemmatiser) of street types and of parts of a house address.
ADDRESS_WORDS = frozenset({
    "улица", "ул", "проспект", "просп", "пр", "переулок", "пер", "шоссе", "бульвар", "набережная", "наб", "площадь",
    "микрорайон", "мкр", "проезд", "тупик", "аллея", "дом", "корпус", "корп", "кв", "квартира", "строение", "литера",
    "лит",
})
#: Surface forms of abbreviations the lemmatiser reads as other words ("д" is "далее").
ADDRESS_FORMS = frozenset({"д", "стр"})
#: Prepositions that belong to an address when an address word follows them ("в доме 5", "по улице Ленина").
PREPOSITIONS = frozenset({"на", "в", "во", "по", "у", "возле", "около", "напротив", "рядом", "с", "со", "от"})


def _core(text: str, seq: list[Word], i: int, marked: list[bool]) -> bool:
    """A street word, a number, or a capitalised word (a name) right after an address word or a preposition."""
    w = seq[i]
    if w.term in ADDRESS_WORDS or w.form in ADDRESS_FORMS or any(ch.isdigit() for ch in w.form):
        return True
    before = i > 0 and seq[i - 1].sentence == w.sentence
    return before and text[w.start].isupper() and (marked[i - 1] or seq[i - 1].term in PREPOSITIONS)


def address_words(text: str, seq: list[Word] | None = None) -> list[bool]:
    """For each word of ``text`` (:func:`mcu_nlp.lexicon.words`), whether it is part of an address.

    >>> text = "Пожар на ул. Ленина 5, дым"
    >>> [w.form for w, a in zip(words(text), address_words(text)) if a]
    ['на', 'ул', 'ленина', '5']
    >>> [w.form for w, a in zip(words("Горит сарай на Мира"), address_words("Горит сарай на Мира")) if a]
    ['на', 'мира']
    """
    seq = words(text) if seq is None else seq
    marked = [False] * len(seq)
    for i in range(len(seq)):
        marked[i] = _core(text, seq, i, marked)
    for i in range(len(seq) - 2, -1, -1):  # a preposition before an address ("в доме", "по улице")
        same = seq[i + 1].sentence == seq[i].sentence
        marked[i] = marked[i] or (seq[i].term in PREPOSITIONS and same and marked[i + 1])
    return marked


def address_terms(text: str) -> frozenset[str]:
    """The terms of the address words of ``text`` as a normalised text shows them ("ул" is "улица" there).

    >>> sorted(address_terms("пожар на ул. Ленина 5"))
    ['5', 'num', 'ленин', 'на', 'ул', 'улица']
    """
    seq = words(text)
    found = [w for w, a in zip(seq, address_words(text, seq)) if a]
    return frozenset({w.term for w in found} | {term for w in found for term in normalize(w.form).split()})
