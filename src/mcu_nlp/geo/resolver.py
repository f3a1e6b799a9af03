"""Find places in Russian text and resolve them to regions, municipalities and ОКТМО codes.

One pass over word tokens with a dictionary index of every written form (built ahead of time),
a context check for forms that are also ordinary words, and a region-aware choice among
same-named places. No morphology runs here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mcu_nlp.errors import InputError, expected
from mcu_nlp.geo.gazetteer import FUZZY_MIN_LENGTH, Gazetteer, load_gazetteer
from mcu_nlp.geo.lexicon import (
    LOCATIVE_PREPOSITIONS,
    ONE_LETTER_TYPES,
    SETTLEMENT_TYPES,
    STREET_AFTER,
    STREET_BEFORE,
)
from mcu_nlp.geo.tokens import WORD
from mcu_nlp.records import Place

# Score of a mention by the ambiguity level of its form (see forms.py) and for a one-letter typo.
LEVEL_SCORE = {0: 0.95, 1: 0.85, 2: 0.8, 3: 0.75, 4: 0.9, 5: 0.9}
TYPO_SCORE = 0.7
SEPARATORS = " -.–\u00a0\t\n"
SENTENCE_END = ".!?…\n"
FEDERAL_CITIES = frozenset({"77", "78", "92"})
# Among same-named places: the caller's region, then a region or municipality named elsewhere in
# the text (or implied by a postal code), then population (log10).
REGION_HINT_BONUS, TEXT_REGION_BONUS, TEXT_MUNICIPALITY_BONUS = 100.0, 10.0, 20.0


class _Context:
    """Per-text view used by the context rules: lower-cased keys, offsets, postal-code region."""

    __slots__ = ("address", "keys", "spans", "text")

    def __init__(self, text: str, keys: list[str], spans: list[tuple[int, int]], postal: str | None) -> None:
        self.text, self.keys, self.spans = text, keys, spans
        self.address = postal is not None

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
        if i > 0 and self.keys[i - 1] in STREET_BEFORE and not self.type_before(i):
            return "," not in self.text[self.spans[i - 1][1] : self.spans[i][0]]
        if j < len(self.keys) and self.keys[j] in STREET_AFTER:
            return not self.text[self.spans[j - 1][1] : self.spans[j][0]].strip()
        return False

    def sentence_start(self, i: int) -> bool:
        before = self.text[: self.spans[i][0]].rstrip()
        return not before or before[-1] in SENTENCE_END

    def allows(self, level: int, i: int, j: int) -> bool:
        """Whether a form of this ambiguity level counts as a place at tokens ``i:j``."""
        if level == 0:
            return True
        start = self.spans[i][0]
        upper = self.text[start].isupper()
        typed = self.type_before(i)
        prep = i > 0 and self.keys[i - 1] in LOCATIVE_PREPOSITIONS
        if level == 1:
            return upper or typed or prep or self.address
        if level == 2:
            every_word_upper = j - i > 1 and all(self.text[a].isupper() for a, _ in self.spans[i:j])
            heading = upper and self.text[self.spans[j - 1][1] : self.spans[j - 1][1] + 1] == ":"
            return (
                typed or every_word_upper or heading or (upper and (prep or self.address or not self.sentence_start(i)))
            )
        if level == 3:
            return typed or (upper and (prep or self.address))
        surface = self.text[start : self.spans[j - 1][1]]
        if level == 4:
            return sum(ch.isupper() for ch in surface) >= 2
        return upper and self.text[self.spans[i][1] : self.spans[i][1] + 1] == "."


def _lower_keys(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased; keep offsets exact
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    low = low.replace("ё", "е")
    keys, spans = [], []
    for m in WORD.finditer(low):
        keys.append(m.group())
        spans.append(m.span())
    return keys, spans


def _contiguous(text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
    return all(
        spans[k + 1][0] - spans[k][1] <= 3 and not text[spans[k][1] : spans[k + 1][0]].strip(SEPARATORS)
        for k in range(i, j - 1)
    )


def _one_typo_keys(key: str, gazetteer: Gazetteer, prefix: str = "") -> set[str]:
    """Index keys one insertion, deletion, substitution or transposition away from ``key``.

    With ``prefix`` (the first word of a two-word name) only the last word may carry the typo.
    """
    fuzzy = gazetteer.fuzzy
    found = set(fuzzy.get(prefix + key, ()))
    for i in range(len(key)):
        found.update(fuzzy.get(prefix + key[:i] + key[i + 1 :], ()))
    found.discard(prefix + key)
    return {k for k in found if abs(len(k) - len(prefix + key)) <= 1}


def _rank(g: Gazetteer, e: int, hint: str | None, text_regions: set[str], text_muns: set[int]) -> float:
    code = g.region_code[e]
    return (
        REGION_HINT_BONUS * (code == hint)
        + TEXT_REGION_BONUS * (code in text_regions)
        + TEXT_MUNICIPALITY_BONUS * (g.mun[e] in text_muns)
        + g.weight[e]
    )


class GeoResolver:
    """Find mentions of Russian regions, municipalities and settlements, with ОКТМО codes.

    Parameters
    ----------
    region : str or None
        Subject code ("89" = ЯНАО) preferred among same-named places; it never filters.
    gazetteer : str or None
        Path to a gazetteer file; default: ``$MCU_NLP_GAZETTEER`` or the one shipped in the package.

    Examples
    --------
    >>> geo = GeoResolver(region="89")
    >>> [(p.name, p.oktmo) for p in geo.resolve("В Н.Уренгое и на Харпе нет света")]
    [('Новый Уренгой', '71956000'), ('Харп', '71953000052')]
    >>> best_municipality(geo.resolve("пос. Харп, ул. Мира")).name
    'Лабытнанги'
    """

    def __init__(self, region: str | None = None, gazetteer: str | None = None) -> None:
        self.region = region
        self.gazetteer = gazetteer

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters (scikit-learn convention)."""
        return {"region": self.region, "gazetteer": self.gazetteer}

    def set_params(self, **params: Any) -> GeoResolver:
        """Set constructor parameters and return self."""
        for name, value in params.items():
            if name not in self.get_params():
                raise InputError(expected("one of " + ", ".join(self.get_params()), name))
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        return f"GeoResolver(region={self.region!r})"

    def _region_hint(self) -> str | None:
        if self.region is None:
            return None
        code = str(self.region).strip().zfill(2)
        if not (code.isdigit() and len(code) == 2):
            raise InputError(expected('a 2-digit subject code such as "89"', self.region))
        return code

    def resolve(self, text: str) -> list[Place]:
        """Places mentioned in ``text``, in text order, with offsets into ``text``.

        >>> [p.name for p in GeoResolver().resolve("надымчане и ноябряне, 629400, ЯНАО")]
        ['Надым', 'Ноябрьск', 'Ямало-Ненецкий автономный округ']
        """
        if not isinstance(text, str):
            raise TypeError(expected("a str", text, "pass the text of one appeal"))
        gazetteer = load_gazetteer(self.gazetteer)
        keys, spans = _lower_keys(text)
        postal = next((gazetteer.postal.get(k[:3]) for k in keys if len(k) == 6 and k.isdigit()), None)
        context = _Context(text, keys, spans, postal)
        found = self._find(gazetteer, context)
        return self._choose(gazetteer, context, found, postal)

    def resolve_batch(self, texts: Iterable[Any]) -> list[list[Place]]:
        """``resolve`` over many texts; anything that is not a non-empty str gives ``[]``, never an error.

        >>> GeoResolver().resolve_batch(["в Салехарде", None, ""])[1:]
        [[], []]
        """
        return [self.resolve(t) if isinstance(t, str) and t else [] for t in texts]

    def _find(self, g: Gazetteer, ctx: _Context) -> list[tuple[int, int, list[int], float]]:
        """Matches as (first token, stop token, candidate entry ids, score), longest first, no overlaps."""
        keys, n, out, i = ctx.keys, len(ctx.keys), [], 0
        while i < n:
            step = 1
            if keys[i] in g.first_words:
                pair = self._pair_typo(g, ctx, i)
                if pair is not None:
                    out.append(pair)
                    i += 2
                    continue
                for length in range(min(g.longest, n - i), 0, -1):
                    postings = g.index.get(" ".join(keys[i : i + length]))
                    if postings and (length == 1 or _contiguous(ctx.text, ctx.spans, i, i + length)):
                        match = self._accept(ctx, postings, i, i + length)
                        if match is not None:
                            out.append(match)
                            step = length
                            break
            elif len(keys[i]) >= FUZZY_MIN_LENGTH and self._typo_context(ctx, i):
                match = self._typo(g, ctx, i)
                if match is not None:
                    out.append(match)
            i += step
        return out

    @staticmethod
    def _accept(ctx: _Context, postings: tuple, i: int, j: int) -> tuple | None:
        if ctx.street(i, j):
            return None
        allowed = [eid for eid, level in postings if ctx.allows(level, i, j)]
        if not allowed:
            return None
        level = min(level for eid, level in postings if eid in allowed)
        return (i, j, allowed, LEVEL_SCORE[level])

    @staticmethod
    def _typo_context(ctx: _Context, i: int) -> bool:
        """Typos are only looked for in a capitalised word after a preposition, or after a type word."""
        if i == 0 or ctx.keys[i] in SETTLEMENT_TYPES or ctx.keys[i] in STREET_BEFORE:
            return False
        upper = ctx.text[ctx.spans[i][0]].isupper()
        return (upper and ctx.keys[i - 1] in LOCATIVE_PREPOSITIONS) or ctx.type_before(i)

    @staticmethod
    def _pair_typo(g: Gazetteer, ctx: _Context, i: int) -> tuple | None:
        """A two-word name with a typo in its second word ("в Новом Уренгоее")."""
        if i + 1 >= len(ctx.keys) or len(ctx.keys[i + 1]) < FUZZY_MIN_LENGTH:
            return None
        pair = f"{ctx.keys[i]} {ctx.keys[i + 1]}"
        if pair in g.index or not _contiguous(ctx.text, ctx.spans, i, i + 2):
            return None
        near = _one_typo_keys(ctx.keys[i + 1], g, prefix=f"{ctx.keys[i]} ")
        if not near or ctx.street(i, i + 2):
            return None
        return (i, i + 2, sorted({eid for key in near for eid, _ in g.index[key]}), TYPO_SCORE)

    @staticmethod
    def _typo(g: Gazetteer, ctx: _Context, i: int) -> tuple | None:
        near = _one_typo_keys(ctx.keys[i], g)
        if not near or ctx.street(i, i + 1):
            return None
        allowed = sorted({eid for key in near for eid, _ in g.index[key]})
        return (i, i + 1, allowed, TYPO_SCORE)

    def _choose(self, g: Gazetteer, ctx: _Context, found: list, postal: str | None) -> list[Place]:
        hint = self._region_hint()
        text_regions = {postal} if postal else set()
        text_muns = set()
        for _, _, ids, _ in found:
            if len({g.region_code[e] for e in ids}) == 1:
                text_regions.add(g.region_code[ids[0]])
            if len(ids) == 1:
                text_muns.add(g.mun[ids[0]])
        places = []
        for i, j, ids, score in found:
            ranked = sorted(ids, key=lambda e: -_rank(g, e, hint, text_regions, text_muns))
            best = ranked[0]
            code = g.region_code[best]
            settled = len({g.region_code[e] for e in ids}) == 1 or code in text_regions or code == hint
            confidence = score if settled else round(score * 0.8, 3)
            places.append(self._place(g, best, ctx.spans[i][0], ctx.spans[j - 1][1], confidence))
        return places

    @staticmethod
    def _place(g: Gazetteer, e: int, start: int, stop: int, score: float) -> Place:
        mun = g.mun[e]
        region = g.region[e]
        return Place(
            name=g.name[e],
            kind=g.kind[e],
            oktmo=g.oktmo[e],
            municipality=g.name[mun] if mun >= 0 else None,
            municipality_oktmo=g.oktmo[mun] if mun >= 0 else None,
            region=g.name[region] if region >= 0 else "",
            region_code=g.region_code[e],
            start=start,
            stop=stop,
            score=score,
        )


def best_municipality(places: Iterable[Place]) -> Place | None:
    """The municipality a text is about: settlements count for their municipality; None if none.

    The municipality mentioned most often wins; on a tie a town beats a district
    ("Приуральский р-н, г Лабытнанги" → Лабытнанги), then the earlier mention wins.
    A federal city (Москва, Санкт-Петербург, Севастополь) mentioned alone is returned as its
    region-level place.

    >>> geo = GeoResolver()
    >>> best_municipality(geo.resolve("Пуровский р-н, п. Ханымей")).oktmo
    '71940000'
    >>> best_municipality([]) is None
    True
    """
    votes: dict[str, tuple[int, bool, float]] = {}
    first: dict[str, Place] = {}
    fallback = None
    for p in places:
        if p.kind == "region":
            fallback = fallback or (p if p.region_code in FEDERAL_CITIES else None)
            continue
        if p.municipality_oktmo is None:
            continue
        as_mun = (
            p
            if p.kind == "municipality"
            else Place(
                name=p.municipality or "",
                kind="municipality",
                oktmo=p.municipality_oktmo,
                municipality=p.municipality,
                municipality_oktmo=p.municipality_oktmo,
                region=p.region,
                region_code=p.region_code,
                start=p.start,
                stop=p.stop,
                score=p.score,
            )
        )
        town = not (p.kind == "municipality" and p.name.endswith(("район", "округ")))
        count, was_town, _ = votes.get(as_mun.oktmo, (0, False, 0.0))
        votes[as_mun.oktmo] = (count + 1, was_town or town, -as_mun.start if count == 0 else votes[as_mun.oktmo][2])
        first.setdefault(as_mun.oktmo, as_mun)
    if not votes:
        return fallback
    return first[max(votes, key=lambda code: votes[code])]
