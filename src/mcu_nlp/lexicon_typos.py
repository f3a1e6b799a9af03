"""Misspelt words of the lexicon's critical signals: "пахнит газам", "в падъезде васняет газом" are a gas smell.

Appeals are typed fast, on phones: an unstressed vowel written as another ("васняет", "пахнит"), a letter doubled,
dropped, added or mistyped ("утечька"). A word form pymorphy3 does not know (a real word is never read as another),
of at least :data:`MIN_LETTERS` letters, is read as a form of a lemma of a critical rule's slots when, with the
vowels that sound alike unstressed written as one (а/о, е/и/я: :data:`VOWELS`), one letter added, dropped or changed,
or two neighbours swapped, makes it a form of that lemma, and of no other word the lexicon reads otherwise (an
ambiguous typo reads as nothing; "бросаеться" may be "бросается" or "бросится", read alike: no ambiguity). A form
that only sound-alike vowels make another ("пахнит", "сыпится") is read so at once; one a letter more makes it only
when no known word other than a form of it is one edit from it (:func:`known_neighbours`): "обрашения" is
"обращения" mistyped as much as "обрушения", "пожоже" "похоже", not a fire. Only the slots of critical rules are
read so: missing a critical appeal is the worst error.

:class:`Typos` is built on the first unknown word (the lemmas' forms from pymorphy3, a few seconds' work once) and
used by :meth:`mcu_nlp.lexicon.Lexicon._slots_of` for a form that fills no slot as written.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from mcu_nlp.caches import remember
from mcu_nlp.edits import deletions, one_edit
from mcu_nlp.lexicon_words import Word
from mcu_nlp.morphology import analyzer

#: The shortest unknown form read as a typo: in shorter words one letter changes too much ("газ" and "гас").
MIN_LETTERS = 5
#: Vowels that sound alike unstressed, written as one letter before forms are compared.
VOWELS = str.maketrans("оияё", "аеее")
LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


def known_neighbours(form: str) -> set[str]:
    """The dictionary forms of the known words one letter added, dropped, changed or two neighbours swapped away.

    >>> sorted(known_neighbours("обрашения")), sorted(known_neighbours("отсутсвует"))
    (['обращение', 'обрушение'], ['отсутствовать'])
    """
    morph = analyzer()
    cuts = [(form[:i], form[i:]) for i in range(len(form) + 1)]
    edits = {a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in cuts if b for c in LETTERS} | {a + c + b for a, b in cuts for c in LETTERS}
    return {p.normal_form.replace("ё", "е") for e in edits - {form} if morph.word_is_known(e) for p in morph.parse(e)}


class Typos:
    """Unknown word forms read as forms of ``lemmas`` (see the module's docstring).

    >>> typos = Typos({"вонять": 1, "пахнуть": 2, "пахнет": 2, "утечка": 3, "обрушение": 4})
    >>> [typos.lemmas(f) for f in ("васняет", "пахнит", "утечьки", "обрашения", "воняет", "вон")]
    [('вонять',), ('пахнет', 'пахнуть'), ('утечка',), (), (), ()]
    """

    def __init__(self, readings: Mapping[str, Hashable]) -> None:
        """``readings``: each slot lemma and what the lexicon reads it as (lemmas read alike are not told apart)."""
        self.readings = {t: r for t, r in readings.items() if t.isalpha() and len(t) >= MIN_LETTERS - 1}
        self.slot_lemmas = tuple(sorted(self.readings))
        self._index: dict[str, set[tuple[str, str, str]]] | None = None
        self._read: dict[str, tuple[str, ...]] = {}  # form -> lemmas(form)
        self._longest = 0  # letters of the longest form in the index

    def _build(self) -> dict[str, set[tuple[str, str, str]]]:
        """Each form of each lemma, vowels folded, under itself and each of its one-letter deletions, as (folded
        form, slot lemma, the word's dictionary form)."""
        morph = analyzer()
        index: dict[str, set[tuple[str, str, str]]] = {}
        for lemma in self.slot_lemmas:
            parse = morph.parse(lemma)[0]
            for form in {lemma} | {f.word.replace("ё", "е") for f in parse.lexeme}:
                key = form.translate(VOWELS)
                for part in deletions(key) | {key}:
                    index.setdefault(part, set()).add((key, lemma, parse.normal_form))
                self._longest = max(self._longest, len(key))
        return index

    def lemmas(self, form: str) -> tuple[str, ...]:
        """The slot lemmas of the one word ``form`` misspells; none for a known word, a short one, or a form within
        one edit of no such word or of several."""
        read = self._read.get(form)
        return remember(self._read, form, self._lemmas(form)) if read is None else read

    def _lemmas(self, form: str) -> tuple[str, ...]:
        if len(form) < MIN_LETTERS or not form.isalpha() or analyzer().word_is_known(form):
            return ()
        if self._index is None:
            self._index = self._build()
        key = form.translate(VOWELS)
        if len(key) > self._longest + 1:  # one edit from no form; a megabyte of one letter: no quadratic deletions
            return ()
        found = {(lemma, word, key == known) for part in deletions(key) | {key}
                 for known, lemma, word in self._index.get(part, ()) if one_edit(key, known)}
        if not found:  # near no slot lemma: the known words near it need not be looked up
            return ()
        words = {word for _, word, _ in found}
        if len(words) > 1 and len({self.readings[lemma] for lemma, *_ in found}) > 1:
            return ()
        words |= {lemma for lemma, *_ in found}
        if not (any(same for *_, same in found) or known_neighbours(form) <= words):
            return ()
        return tuple(sorted({lemma for lemma, *_ in found}))


def written_as_name(seq: Sequence[Word], i: int, text: str) -> bool:
    """Whether word ``i`` of ``seq`` (the words of ``text``) is written as a name: capitalised, not in capitals, and
    inside its sentence or beside another capitalised word or an initial ("Искрина Анна", "Взрывова О.П."). Such a
    word is a surname, not a misspelt danger word; "Пахнит газам" and "ПАХНИТ ГАЗАМ" are read as typos.

    >>> from mcu_nlp.lexicon_words import words
    >>> [written_as_name(words(t), 0, t) for t in ("Искрина Анна просит", "Пахнит газам", "ПАХНИТ ГАЗАМ")]
    [True, False, False]
    """
    word = text[seq[i].start:seq[i].stop]
    if not word[:1].isupper() or word.isupper():
        return False
    inside = i > 0 and seq[i - 1].sentence == seq[i].sentence
    return inside or any(text[w.start:w.start + 1].isupper() for w in seq[i + 1:i + 2] if w.sentence == seq[i].sentence)
