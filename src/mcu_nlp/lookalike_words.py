"""Russian words typed whole in Latin look-alike capitals among Russian capitals: «HET CBETA B ДEPEBHE».

:func:`mcu_nlp.cleaning.fold_lookalikes` folds the Latin letters of a word that mixes both scripts («ДEPEBHE»); a word
all in Latin capitals that look Cyrillic (A B C E H K M O P T X Y) may be a Latin word (OK, TOP, HOT, «Wi-Fi B»), so
:func:`fold_capital_words` folds one only where all of these hold:

- it stands in a run of words in capitals (no word with a lower-case letter between) beside a Russian word of two
  letters or more, or beside such words folded, with no other Latin word between (a Latin word not folded, «WIFI»,
  «TOP», splits the run);
- pymorphy3 knows its Cyrillic reading as a word, and it is no common Latin word (:data:`LATIN_WORDS`: Latin words
  whose reading pymorphy3 knows too, «TOP» «тор», «HOME» «номе», «MAX» «мах»);
- one letter (the prepositions B, C, K, O, Y, A) only before a capital word of the run with nothing but spaces
  between, and after one, or first in its sentence.

A look-alike capital alone after a building part's word («корпус», «корп.», «к.», «секция», «литер(а)», «лит.»,
«строение», «стр.», «блок») is that part's letter, which Russian addresses write in Cyrillic («корп. А», «литера Б»):
it is folded in any case («в секции B, НЕ работает», «литер A», «СЕКЦИЯ A НЕ РАБОТАЕТ»: :data:`BUILDING_LETTER`), so
that an address reads the same whichever keyboard typed its letter.

One capital for one, so offsets hold; a folded word is Cyrillic and a second pass changes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.caches import CACHE_LIMIT

CAPITALS = "ABCEHKMOPTXY"
TO_CYRILLIC = str.maketrans(CAPITALS, "АВСЕНКМОРТХУ")
WORD = re.compile(r"[^\W\d_]+")
#: a word in look-alike capitals only: texts without one (nearly all) are left at this one scan
CANDIDATE = re.compile(rf"(?<![^\W\d_])[{CAPITALS}]+(?![^\W\d_])")
ONLY_CAPITALS = re.compile(f"[{CAPITALS}]+")
HAS_CYRILLIC = re.compile("[А-Яа-яЁё]")
SENTENCE_END = re.compile(r"[.!?\n]")
#: A building part's word and its letter in look-alike capitals (the letter's group): «корп. B», «литер A»
BUILDING_LETTER = re.compile(
    r"(?<![^\W\d_])(?i:корп(?:ус[а-я]{0,2})?\.?|к\.|секци[яиюей]|литер[аыуе]?|лит\.?|строени[еяю]|стр\.?"
    rf"|блок[а-я]{{0,2}})[ \xa0]{{0,2}}([{CAPITALS}])(?!\w)"
)
#: the one-letter words folded: в, с, к, о, у, а
PREPOSITIONS = frozenset("BCKOYA")
#: Latin words and names whose Cyrillic reading pymorphy3 knows (or near it): never folded
LATIN_WORDS = frozenset({
    "OK", "TOP", "HOT", "COM", "CAT", "MAX", "HOME", "TEAM", "MET", "BET", "BAT", "COT", "COME", "COMA", "BYTE", "TYPE",
    "TAPE", "CAPE", "PACE", "ACE", "AMO", "KATE", "MAKE", "BAKE", "CAKE", "POKE", "HYPE", "MATE", "HOP", "AM", "PM",
    "BBC", "CEO", "EXPO", "HBO",
})


@lru_cache(maxsize=CACHE_LIMIT)
def _known(word: str) -> bool:
    from mcu_nlp.morphology import analyzer

    return word not in LATIN_WORDS and analyzer().word_is_known(word.translate(TO_CYRILLIC).lower())


def _kind(words: list[re.Match[str]], i: int, run_start: int, text: str) -> str:
    """"r" a Russian word of 2+ letters, "f" a word to fold if the run holds an "r", "x" a Latin word that splits the
    run, "" a one-letter Russian word (neither)."""
    word = words[i].group()
    if HAS_CYRILLIC.search(word):
        return "r" if len(word) > 1 else ""
    if not ONLY_CAPITALS.fullmatch(word) or not _known(word):
        return "x"
    if len(word) > 1:
        return "f"
    if word not in PREPOSITIONS:  # a T of temperature, an E of a longitude
        return "x"
    after = words[i + 1] if i + 1 < len(words) else None
    before_ok = i > run_start or i == 0 or SENTENCE_END.search(text[words[i - 1].end() : words[i].start()])
    after_ok = (after is not None and after.group().isupper() and len(after.group()) > 1
                and not text[words[i].end() : after.start()].strip())
    return "f" if before_ok and after_ok else "x"


def _building_letter(found: re.Match[str]) -> str:
    start = found.start(1) - found.start()
    return f"{found.group()[:start]}{found.group(1).translate(TO_CYRILLIC)}"


def fold_capital_words(text: str) -> str:
    """``text`` with the words of look-alike capitals that read as Russian words among Russian capitals in Cyrillic.

    ``text`` is read after the mixed words are folded (as :func:`mcu_nlp.cleaning.fold_lookalikes` does first).

    >>> fold_capital_words("НЕТ CBETA B ДЕРЕВНЕ уже 2 дня; HET ВОДЫ; ОПЯТЬ TOP; секции B, НЕ работает; Wi-Fi B")
    'НЕТ СВЕТА В ДЕРЕВНЕ уже 2 дня; НЕТ ВОДЫ; ОПЯТЬ TOP; секции В, НЕ работает; Wi-Fi B'
    """
    if not CANDIDATE.search(text):
        return text
    text = BUILDING_LETTER.sub(_building_letter, text)
    words = list(WORD.finditer(text))
    out, i = text, 0
    while i < len(words):
        if not words[i].group().isupper():
            i += 1
            continue
        end = i
        while end < len(words) and words[end].group().isupper():
            end += 1
        kinds = [_kind(words, k, i, text) for k in range(i, end)]
        part: list[int] = []
        for k, kind in enumerate([*kinds, "x"]):  # parts of the run between the Latin words that split it
            if kind != "x":
                part.append(k)
                continue
            if any(kinds[p] == "r" for p in part):
                for p in (p for p in part if kinds[p] == "f"):
                    found = words[i + p]
                    out = f"{out[: found.start()]}{found.group().translate(TO_CYRILLIC)}{out[found.end() :]}"
            part = []
        i = end
    return out
