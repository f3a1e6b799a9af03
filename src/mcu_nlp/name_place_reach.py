"""How far a place word's reading of the name after it reaches: not past a sentence's end, nor over a person's full
name.

A name right after a street or place word is read as the place's namesake (:mod:`mcu_nlp.name_places`: «ул. Софьи
Ковалевской»). That reading ends where a sentence does: «!» or «?» between the word and the name, or a full stop after
a place word spelt out («Вонь на всю улицу. Сидоренко Галина Петровна»; an abbreviation's dot, «ул. Ленина», ends
none). And a surname before two initials or a given name, or a given name and patronymic before a surname, is a
person's name after a place word too: the corpora's 61,000 texts write a street's namesake with the given name or
initial first («ул. К. Маркса», «улица Максима Горького», «пр. Ю. Гагарина»), never «ул. Маркса К.», «улица Горького
Максим», nor with a patronymic (session 71, a Краснодарский край walkthrough: «вонь на всю улицу Кравченко Николай»,
«... улицу Сидоренко Г.П.», «... у парка? Кравченко Николай» were left in clear). A surname the dictionary declines as
a man's, in the genitive, before a given name stays the street's («ул. Ленина Анна Петровна»: the street, and a woman),
and any such name before a house number is a street's («ул. Сидоренко 5»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import NUMBER_AFTER, word_set
from mcu_nlp.street_words import ABBREVIATIONS

#: Place words written shortened, a dot after them no sentence's end («ул. Ленина», «ст. Каневская», «пос. Мирный»,
#: «им. Пушкина», «м. Купчино»): the street types' (:data:`mcu_nlp.street_words.ABBREVIATIONS`) and those of a town, a
#: station, a dedication, a metro station, a saint
ABBREVIATED = frozenset(short for shorts in ABBREVIATIONS.values() for short in shorts) | word_set(
    "пр-та пр-кта б-ра г гор пос ст им м св"
)
#: A sentence's end right before a name: «!» or «?», or a full stop, after the word before it (a window of
#: :data:`REACH` characters: no search over the text)
SENTENCE_END = re.compile(r"(?P<word>[\w-]+)[ \t]*(?:[!?]+|(?P<dot>\.))[\s\"'»)]*\Z")
REACH = 40
#: A name word's capital: in a text in lower case a street's name after its type is as often written so, and the words
#: after it no proof of a person («на ул. шевченко анна»: session 43)
CAPITAL = re.compile("[А-ЯЁ]")
#: A capitalised word right after initials: the surname they belong to
SURNAME_AFTER = re.compile(r"[ \t]{0,2}[А-ЯЁ]")
#: The cases of a man's surname that names a street after its type word («ул. Ленина», «улица Гагарина»)
STREET_CASES = frozenset(("gent",))


def sentence_between(text: str, start: int) -> bool:
    """Whether a sentence ends between the place word before ``start`` and ``start``: «!», «?», or a full stop after a
    word that is no abbreviation (:data:`ABBREVIATED`).

    >>> [sentence_between(t, len(t)) for t in ("улицу. ", "парка? ", "ул. ", "ст. ", "проспект! ", "улицу ")]
    [True, True, False, False, True, False]
    """
    end = SENTENCE_END.search(text, max(0, start - REACH), start)
    return end is not None and (end["dot"] is None or end["word"].lower() not in ABBREVIATED)


def full_name(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether a ``run`` of name words (of ``kinds``: :func:`mcu_nlp.name_words.name_kinds`) after a place word is a
    person's full name, not a place named after someone: a surname before two initials («Сидоренко Г.П.»), before a
    given name and maybe a patronymic («Кравченко Николай», «Сидоренко Галина Петровна»; not a man's surname in the
    genitive, a street's: «Ленина Анна Петровна»), or a given name and patronymic before a surname («Галина Петровна
    Сидоренко»); no house number after it («ул. Сидоренко Г.П. 5» stays a street's).

    >>> import re
    >>> from mcu_nlp.name_words import name_kinds
    >>> def read(t):
    ...     run = list(re.finditer(r"[А-ЯЁ](?:[а-яё]+|\\.)", t))
    ...     return full_name(t, run, [name_kinds(m.group()) for m in run])
    >>> [read(t) for t in ("Сидоренко Г.П.", "Кравченко Николай", "Ленина Анна Петровна", "Карла Маркса", "К. Маркса")]
    [True, True, False, False, False]
    """
    words = [m.group() for m in run]
    if len(run) not in (2, 3) or NUMBER_AFTER.match(text, run[-1].end()) or not all(map(CAPITAL.match, words)):
        return False
    if _given(kinds[0]) and len(run) == 3:
        return "P" in kinds[1] and _surname(kinds[2]) and not words[2].endswith(".")
    if not _surname(kinds[0]) or _given(kinds[0]):
        return False
    if len(run) == 3 and all(w.endswith(".") and len(w) == 2 for w in words[1:]):
        # «Сидоренко Г.П.»: initials after a street's namesake are none of the corpora's; before a surname they are
        # its («ул. Ленина И.И. Петров», «в г. Кирове И.И. Петров»)
        return SURNAME_AFTER.match(text, run[-1].end()) is None
    given = _given(kinds[1]) and (len(run) == 2 or "P" in kinds[2])
    return given and not _street_form(words[0].lower())


def _given(kind: frozenset[str]) -> bool:
    """A given name's reading that is no plural's («Николай», «Богдана»; not «Петров», "of the Петры")."""
    return "n" in kind


def _surname(kind: frozenset[str]) -> bool:
    return "S" in kind or "s" in kind


@lru_cache(maxsize=2_000)
def _street_form(lower: str) -> bool:
    """Whether ``lower`` reads as a man's declined surname in the genitive, as a street named after him does
    («ленина», «иванова»; not «кравченко», «петров»)."""
    return any("Surn" in p.tag and p.tag.case in STREET_CASES and p.tag.gender == "masc" and "Fixd" not in p.tag
               for p in analyzer().parse(lower))


def surname_before(run: list[re.Match[str]], kinds: list[frozenset[str]], at: int) -> int:
    """Where a person starts in a ``run`` read as a place whose given name and patronymic start at ``at``: a word
    before them that is a surname and no street's namesake is the person's («ул. Ленина Сидоренко Галина Петровна»:
    «Сидоренко Галина Петровна»; «ул. Карла Маркса Анна Петровна»: «Анна Петровна»)."""
    if at >= 2 and _surname(kinds[at - 1]) and not _given(kinds[at - 1]) \
            and not _street_form(run[at - 1].group().lower()):
        return at - 1
    return at
