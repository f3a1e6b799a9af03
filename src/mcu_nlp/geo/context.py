"""Context rules for one text: which words around a form make it a place, typos, offsets.

The resolver asks ``TextContext.allows`` whether a form of some ambiguity level counts at a
position; the answer depends only on the words around it (type words, prepositions, capitals,
street words, a postal address), never on morphology.
"""

from __future__ import annotations

import re

from mcu_nlp.geo.forms import CAPITALISED, COMMON_WORD, EXACT, FREE, INITIAL, PERSON_NAME
from mcu_nlp.geo.gazetteer import Gazetteer
from mcu_nlp.geo.lexicon import (
    LOCATIVE_PREPOSITIONS,
    ONE_LETTER_TYPES,
    SETTLEMENT_TYPES,
    STREET_AFTER,
    STREET_BEFORE,
    VILLAGE_TYPES,
)
from mcu_nlp.geo.tokens import WORD
from mcu_nlp.morphology import analyzer

# The verdicts of the context rules on a form of some ambiguity level (levels: see forms.py).
REJECT, WEAK, STRONG = 0, 1, 2
HYPHENS = ("-", "\u2010", "\u2011")  # the plain one and the Unicode (non-breaking) hyphens word processors insert
SEPARATORS = " -.–/\u00a0\t\n\u2010\u2011"
LATIN = re.compile("[a-z]")
MIXED_WORD = re.compile("[a-zа-я]*(?:[a-z][а-я]|[а-я][a-z])[a-zа-я]*")
HOMOGLYPHS = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
# A typo is looked for only in a capitalised word after one of these ("в Салехрде", "г. Салехрд").
TYPO_AFTER = LOCATIVE_PREPOSITIONS | SETTLEMENT_TYPES
SENTENCE_END = ".!?…\n"


class TextContext:
    """Per-text view used by the context rules: lower-cased keys, offsets, postal-code region."""

    __slots__ = ("_spans", "address", "hint", "inner_upper", "keys", "low", "text")

    def __init__(self, text: str, low: str, keys: list[str], postal: str | None, hint: str | None) -> None:
        self.text, self.low, self.keys, self.hint = text, low, keys, hint
        self.address = postal is not None
        self.inner_upper = not text[1:].islower()  # no capital after the first letter: no typo search
        self._spans: list[tuple[int, int]] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Offsets of ``keys``, computed only for texts where some word may be a place."""
        if self._spans is None:
            self._spans = [m.span() for m in WORD.finditer(self.low)]
        return self._spans

    def type_before(self, i: int) -> bool:
        if i == 0 or self.keys[i - 1] not in SETTLEMENT_TYPES:
            return False
        if self.keys[i - 1] not in ONE_LETTER_TYPES:
            return True
        after = self.spans[i - 1][1]
        return self.text[after : after + 1] == "." or self.text[self.spans[i][0]].isupper()

    def street(self, i: int, j: int) -> bool:
        """A street named after a place: "ул. Мира", "Ленинградский проспект" (no comma in between)."""
        if self.type_before(i):
            return False
        if i > 0 and self.keys[i - 1] in STREET_BEFORE:
            return "," not in self.text[self.spans[i - 1][1] : self.spans[i][0]]
        if j < len(self.keys):
            following, after = self.keys[j], self.text[self.spans[j][1] : self.spans[j][1] + 2]
            # a house number after a one-word name; not a postal code or a coordinate ("51.79")
            house = j - i == 1 and following.isdigit() and len(following) < 6 and not after[1:].isdigit()
            # "в Надыме 3 дня": a place in the locative, then a count; streets take "на", not "в"
            house = house and not (i > 0 and self.keys[i - 1] in ("в", "во"))
            if following in STREET_AFTER or house:  # "Мебельная улица", "Куйбышева 12"
                return not self.text[self.spans[j - 1][1] : self.spans[j][0]].strip()
        return False

    def village_type_before(self, i: int) -> bool:
        return i > 0 and self.keys[i - 1] in VILLAGE_TYPES

    def glued(self, i: int, j: int, places: dict) -> bool:
        """The words are part of a longer hyphenated word ("Усть-Славянка", "Орлово-Денисовский").

        A hyphen between two place names is a route ("Салехард-Лабытнанги"), and a number is a
        part of a place ("Пурпе-1"): neither glues.
        """
        for k, (a, b) in ((i - 1, (i - 1, i)), (j, (j - 1, j))):
            if 0 <= k < len(self.keys) and self.keys[k].isalpha() and k not in range(i, j):
                hyphen = self.text[self.spans[a][1] : self.spans[b][0]] in HYPHENS
                if hyphen and not any(level == 0 for _, level in places.get(self.keys[k], ())):
                    return True
        return False

    def sentence_start(self, i: int) -> bool:
        before = self.text[: self.spans[i][0]].rstrip()
        return not before or before[-1] in SENTENCE_END

    def allows(self, level: int, i: int, j: int) -> int:
        """REJECT, WEAK (counts only with a region prior) or STRONG for a form of this level at ``i:j``."""
        if level == FREE:
            return STRONG
        start = self.spans[i][0]
        upper = self.text[start].isupper()
        surface = self.text[start : self.spans[j - 1][1]]
        typed = self.type_before(i)
        if upper and j - i == 1 and len(surface) <= 4 and surface.isupper() and level != EXACT:
            # "УК", "ЖКХ" are abbreviations, "г. УФА" is a place; "с УК" is a preposition
            dotted = self.text[self.spans[i - 1][1] : self.spans[i - 1][1] + 1] == "." if i else False
            return STRONG if typed and (dotted or self.keys[i - 1] not in LOCATIVE_PREPOSITIONS) else REJECT
        if typed:
            return STRONG
        prep = i > 0 and self.keys[i - 1] in LOCATIVE_PREPOSITIONS
        if level == CAPITALISED:
            ok = upper or prep or self.address
        elif level == COMMON_WORD:
            every_word_upper = j - i > 1 and all(self.text[a].isupper() for a, _ in self.spans[i:j])
            heading = upper and self.text[self.spans[j - 1][1] : self.spans[j - 1][1] + 1] == ":"
            ok = every_word_upper or heading or (upper and (prep or self.address or not self.sentence_start(i)))
        elif level == PERSON_NAME:
            ok = upper and (prep or self.address)
        elif level == EXACT:
            ok = sum(ch.isupper() for ch in surface) >= 2
        elif level == INITIAL:  # "Н.Уренгой", "Н-Уренгой", "Н/Уренгой", "Н Уренгой" (not "В Новгороде")
            after = self.text[self.spans[i][1] : self.spans[i][1] + 1]
            ok = upper and (after in ".-/" or self.keys[i] not in LOCATIVE_PREPOSITIONS)
        else:  # ADJECTIVE_NAME: at the start of a sentence only as a heading ("Губкинский: ...")
            heading = self.text[self.spans[j - 1][1] : self.spans[j - 1][1] + 1] == ":"
            return WEAK if prep or (upper and (heading or not self.sentence_start(i))) else REJECT
        return STRONG if ok else REJECT


def lower_text(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased; keep offsets exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    low = low.replace("ё", "е")
    if LATIN.search(low):  # "Аксаркe" typed with a Latin "e": same length, so offsets stay exact
        low = MIXED_WORD.sub(lambda m: m.group().translate(HOMOGLYPHS), low)
    return low


def contiguous(text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
    return all(
        spans[k + 1][0] - spans[k][1] <= 3 and not text[spans[k][1] : spans[k + 1][0]].strip(SEPARATORS)
        for k in range(i, j - 1)
    )


def one_typo_keys(key: str, gazetteer: Gazetteer, region: str | None, prefix: str = "") -> set[str]:
    """Index keys one insertion, deletion, substitution or transposition away from ``key``.

    With ``prefix`` (the first word of a two-word name) only the last word may carry the typo. A dictionary
    word is no typo: "в ноябре" is not "ноябрец" (Ноябрьск), "в канаве" not "Канаше", "за дверью" not "Тверью".
    """
    fuzzy = gazetteer.fuzzy(region)
    found = set(fuzzy.get(prefix + key, ()))
    for i in range(len(key)):
        found.update(fuzzy.get(prefix + key[:i] + key[i + 1 :], ()))
    found.discard(prefix + key)
    near = {k for k in found if one_edit(k, prefix + key)}
    return near if not near or not dictionary_word(key) else set()


def dictionary_word(key: str) -> bool:
    """Whether pymorphy3 knows ``key`` as something other than a place name ("ноябре" yes, "уренгой" no)."""
    return any(p.is_known and "Geox" not in p.tag for p in analyzer().parse(key))


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or adjacent swap."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]
