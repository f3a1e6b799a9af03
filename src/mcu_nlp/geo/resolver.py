"""Find places in Russian text and resolve them to regions, municipalities and ОКТМО codes.

One pass over word tokens with a dictionary index of every written form (built ahead of time),
a context check for forms that are also ordinary words, and a region-aware choice among
same-named places. No morphology runs here, but for a dictionary check of the rare word one letter
away from a place name (a typo is never a dictionary word).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from mcu_nlp.errors import InputError, InputTypeError, expected
from mcu_nlp.geo.context import REJECT, WEAK, TextContext
from mcu_nlp.geo.forms import COMMON_WORD, LEVEL_SCORE, NICKNAME, PERSON_NAME
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT, FUZZY_MIN_LENGTH, TYPO_MIN_WEIGHT, Gazetteer, load_gazetteer
from mcu_nlp.geo.lexicon import LIST_CONJUNCTIONS, LOCATIVE_PREPOSITIONS, PLACE_PREPOSITIONS, STREET_BEFORE
from mcu_nlp.geo.local import FEDERAL_CITIES, caller_postings, rank_weight, with_local_names
from mcu_nlp.geo.municipality import best_municipality
from mcu_nlp.geo.names import first_name_opening, not_a_place
from mcu_nlp.geo.qualified import heading_before_region, qualified
from mcu_nlp.geo.tokens import WORD, contiguous, lower_text, name_key, word_keys
from mcu_nlp.geo.typos import TYPO_AFTER, one_typo_keys
from mcu_nlp.records import Place

__all__ = ["GeoResolver", "best_municipality"]  # best_municipality: also importable from here, as before

TYPO = frozenset({-1})  # marks a typo match: its candidates count only in a known region or a big town
# A place chosen among same-named ones in other regions without any region evidence scores below
# municipality.CONFIDENT, so best_municipality prefers any settled mention over it.
UNSETTLED_FACTOR = 0.6
TYPO_SCORE = 0.7  # score of a one-letter typo (by level: forms.LEVEL_SCORE)
POSTAL_CODE = re.compile(r"(?<!\d)[1-6]\d{5}(?!\d)")
# Among same-named places: the caller's region, then a region or municipality named elsewhere in
# the text (or implied by a postal code), then population (log10).
REGION_HINT_BONUS, TEXT_REGION_BONUS, TEXT_MUNICIPALITY_BONUS = 100.0, 10.0, 20.0


def _evidence(g: Gazetteer, ids: list[int], weak: frozenset, soft: bool) -> str | None:
    """The region a mention vouches for: a region or a municipality in one region, named plainly.

    Settlements are no evidence: the gazetteer lacks most villages, so "д. Жуковка" may well be
    a village of the district named next to it rather than the only Жуковка it knows.
    """
    regions = {g.region_code[e] for e in ids}
    if weak or soft or len(regions) != 1 or any(g.kind[e] == "settlement" for e in ids):
        return None
    return regions.pop()


def _may_head(low: str, keys: list[str]) -> bool:
    """The first word may be a misspelt name heading the text ("Салехрад", "Салехрад: ...", "Салехрад, ...")."""
    if not keys or len(keys[0]) < FUZZY_MIN_LENGTH:
        return False
    first = WORD.search(low)
    return len(keys) == 1 or (first is not None and low[first.end() : first.end() + 3].lstrip()[:1] in ":,—–-")


def _carry_list(ctx: TextContext, i: int, j: int) -> None:
    """A place after a preposition or a type word lends it to the next name of a list: "в Льгове и Курчатове"."""
    keys, spans = ctx.keys, ctx.spans
    if j + 1 >= len(keys) or keys[j] not in LIST_CONJUNCTIONS or ctx.text[spans[j - 1][1] : spans[j][0]].strip():
        return
    cue = ctx.preposition(i) if i else None
    if cue in LOCATIVE_PREPOSITIONS or ctx.type_before(i):
        ctx.carried[j + 1] = cue if cue in LOCATIVE_PREPOSITIONS else "в"


def _is_district(g: Gazetteer, ids: list[int]) -> bool:
    return all(g.kind[e] != "region" and g.name[e].endswith(("район", "округ")) for e in ids)


def _plain_big_town(g: Gazetteer, ctx: TextContext, i: int, ids: list[int]) -> bool:
    """A town of 50,000+ people written with a capital after "в", "во", "из" in a text that uses letter case, and
    the only big one of that name ("в Кирове"; not "в Пушкине": Пушкин of Петербург or Пушкино of Подмосковье). A
    municipality of unknown population (weight 0: Пушкин, a municipality of Петербург) may be big as well."""
    if not ctx.capital(i) or ctx.preposition(i) not in PLACE_PREPOSITIONS:
        return False
    unknown = {g.region_code[e] for e in ids if g.weight[e] == 0 and g.kind[e] != "settlement"}
    big = {g.region_code[e] for e in ids if g.weight[e] >= BIG_TOWN_WEIGHT}
    return len(big) == 1 and unknown <= big


def _rank(g: Gazetteer, e: int, hint: str | None, text_regions: set[str], text_muns: set[int]) -> float:
    code, weight = g.region_code[e], rank_weight(g, e)
    bonus = REGION_HINT_BONUS * (code == hint) + TEXT_REGION_BONUS * (code in text_regions)
    return bonus + TEXT_MUNICIPALITY_BONUS * (g.mun[e] in text_muns) + weight


class GeoResolver:
    """Find mentions of Russian regions, municipalities and settlements, with ОКТМО codes.

    Parameters
    ----------
    region : str or None
        Subject code ("89" = ЯНАО) preferred among same-named places: it only breaks ties. A place named
        plainly counts for any region ("в Курске" is Курск; "в Железногорске" with region 78 is the best
        Железногорск at a lower score); a name that needs a known region (an adjective such as
        "в Губкинском", a name after "мкр") counts only in it or in a region named in the text. A region
        named in the text leaves out namesakes elsewhere ("в Ивановке Курской области" is no Ивановка
        of another region: the gazetteer lacks most villages).
    gazetteer : str or None
        Path to a gazetteer file; default: ``$MCU_NLP_GAZETTEER`` or the one shipped in the package.

    The first text of a process loads the gazetteer and the first word looked up as a typo builds the big towns'
    typo index (together about 1 s); each region's own typo forms then cost a few ms on its first text. A service
    pays it at start with ``GeoResolver().resolve("в Салехрде")``.

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
        from mcu_nlp.regions import known_code

        return known_code(self.region, self.gazetteer)  # read as a region column's values are

    def resolve(self, text: str) -> list[Place]:
        """Places mentioned in ``text``, in text order, with offsets into ``text``.

        >>> [p.name for p in GeoResolver().resolve("надымчане и ноябряне, 629400, ЯНАО")]
        ['Надым', 'Ноябрьск', 'Ямало-Ненецкий автономный округ']
        """
        if not isinstance(text, str):
            raise InputTypeError(expected("a str", text, "pass the text of one appeal"))
        return self._resolve(load_gazetteer(self.gazetteer), self._region_hint(), text)

    def resolve_batch(self, texts: Iterable[Any]) -> list[list[Place]]:
        """``resolve`` over many texts; anything that is not a non-empty str gives ``[]``, never an error.

        >>> GeoResolver().resolve_batch(["в Салехарде", None, ""])[1:]
        [[], []]
        """
        if isinstance(texts, (str, bytes)):  # a str resolved each of its characters as a text, silently
            raise InputTypeError(expected("a list of texts", texts, "wrap a single text in a list: [text], or call "
                                          "resolve(text)"))
        texts = [t if isinstance(t, str) and t else None for t in texts]
        if not any(texts):
            return [[] for _ in texts]
        gazetteer, hint = load_gazetteer(self.gazetteer), self._region_hint()  # once: reading "89" cost 3 % per text
        return [self._resolve(gazetteer, hint, t) if t else [] for t in texts]

    def _resolve(self, gazetteer: Gazetteer, hint: str | None, text: str) -> list[Place]:
        low = lower_text(text)
        keys = word_keys(low)
        first_words = gazetteer.first_words
        if first_words.keys().isdisjoint(keys) and not TYPO_AFTER.intersection(keys) and not _may_head(low, keys):
            return []  # the common case: no word can start a place name or hide a typo
        code = POSTAL_CODE.search(low)
        postal = gazetteer.postal.get(code.group()[:3]) if code else None
        context = TextContext(text, low, keys, postal, hint)
        found = self._find(gazetteer, context)
        return self._choose(gazetteer, context, found, postal, hint)

    def _find(self, g: Gazetteer, ctx: TextContext) -> list[tuple]:
        """Matches as (first token, stop token, candidate ids, score, weak ids, soft); longest first."""
        keys, n, out, i = ctx.keys, len(ctx.keys), [], 0
        first_words, typo_after, heads = g.first_words, TYPO_AFTER, ctx.first_word_heads
        typo_inside = ctx.capitals_after_start
        while i < n:
            match = None
            lengths = first_words.get(keys[i])
            if lengths:
                after = out[-1][1] if out else 0  # words before it belong to the previous place
                match = self._exact(g, ctx, i, [k for k in lengths if k > 1 and i + k <= n], after)
                one = [1] if 1 in lengths else []
                match = match or self._pair_typo(g, ctx, i) or self._exact(g, ctx, i, one, after)
            elif len(keys[i]) >= FUZZY_MIN_LENGTH and (typo_inside and keys[i - 1] in typo_after if i else heads()):
                match = self._typo(g, ctx, i)
            if match is not None:
                out.append(match)
                i = match[1]
                _carry_list(ctx, match[0], i)
            else:
                i += 1
        return out

    @staticmethod
    def _exact(g: Gazetteer, ctx: TextContext, i: int, lengths: list[int], after: int) -> tuple | None:
        for length in lengths:
            key = " ".join(ctx.keys[i : i + length])
            postings = caller_postings(g, g.index.get(key), ctx, i)  # local names only in the caller's region
            if not postings or (length > 1 and not contiguous(ctx.text, ctx.spans, i, i + length)):
                continue
            if ctx.glued(i, i + length, g.index):
                continue
            if ctx.street(i, i + length):
                return None
            address = ctx.heads_address(i + length)  # only a place's own name heads one ("Кирова, д. 5": a street)
            own = [not address or name_key(g.name[eid]) == key for eid, _ in postings]
            verdicts = [(eid, level, ctx.allows(level, i, i + length, o)) for (eid, level), o in zip(postings, own)]
            verdicts = heading_before_region(g, ctx, i, i + length, with_local_names(g, ctx, i, i + length, verdicts))
            allowed = [(eid, level, v) for eid, level, v in verdicts if v != REJECT]
            allowed = [a for a in allowed if not first_name_opening(g, ctx, i, i + length, *a)]  # "Артём мусор ..."
            if allowed:
                level = min(level for _, level, _ in allowed)
                if not_a_place(ctx, i, i + length, level, after):  # "ООО «Восход»", "Сергей Королев"
                    return None
                weak = frozenset(eid for eid, _, v in allowed if v == WEAK)
                soft = level in (COMMON_WORD, PERSON_NAME, NICKNAME) and not ctx.type_before(i)
                return (i, i + length, [eid for eid, _, _ in allowed], LEVEL_SCORE[level], weak, soft)
        return None

    @staticmethod
    def _pair_typo(g: Gazetteer, ctx: TextContext, i: int) -> tuple | None:
        """A two-word name with a typo in its capitalised second word ("в Новом Уренгоее")."""
        if i + 1 >= len(ctx.keys) or len(ctx.keys[i + 1]) < FUZZY_MIN_LENGTH:
            return None
        if ctx.capital(i + 1) is False:
            return None
        near = one_typo_keys(ctx.keys[i + 1], g, ctx.hint, f"{ctx.keys[i]} ")
        if not near or not contiguous(ctx.text, ctx.spans, i, i + 2) or ctx.street(i, i + 2):
            return None
        ids = sorted({eid for key in near for eid, _ in g.index[key]})
        return (i, i + 2, ids, TYPO_SCORE, TYPO, False)

    @staticmethod
    def _typo(g: Gazetteer, ctx: TextContext, i: int) -> tuple | None:
        """A typo after a preposition or a type word, or in a first word heading the text ("Салехрад: ...",
        "Ноябрськ", "Салехрад, ул. Мира": the caller checked that); not in a lower-case word of a cased text."""
        if ctx.keys[i] in STREET_BEFORE or ctx.capital(i) is False:
            return None
        if i and ctx.keys[i - 1] not in LOCATIVE_PREPOSITIONS and not ctx.type_before(i):
            return None
        near = one_typo_keys(ctx.keys[i], g, ctx.hint)
        if not near or ctx.street(i, i + 1):
            return None
        return (i, i + 1, sorted({eid for key in near for eid, _ in g.index[key]}), TYPO_SCORE, TYPO, False)

    def _choose(self, g: Gazetteer, ctx: TextContext, found: list, postal: str | None, hint: str | None) -> list[Place]:
        evidence = [_evidence(g, ids, weak, soft) for _, _, ids, _, weak, soft in found]
        votes = Counter(region for region in evidence if region)
        text_muns = {
            g.mun[ids[0]] for (_, _, ids, _, weak, soft), region in zip(found, evidence) if region and len(ids) == 1
        }
        places = []
        for k, ((i, j, ids, score, weak, soft), own) in enumerate(zip(found, evidence)):
            ids = qualified(g, ctx, found, k, ids)  # "с. Яр Тюменской области": only a Яр of 72
            # the regions named elsewhere in the text: a mention is no evidence for itself
            text_regions = {region for region, n in votes.items() if n > (region == own)} | (
                {postal} if postal else set()
            )
            supported = [e for e in ids if g.region_code[e] == hint or g.region_code[e] in text_regions]
            if weak is TYPO:  # a typo counts where the region is known, or for a big town after "в", "г."
                big = [e for e in ids if g.weight[e] >= TYPO_MIN_WEIGHT and not ctx.village_type_before(i)]
                ids = supported or (big if len({g.region_code[e] for e in big}) == 1 else [])
            else:  # without a region prior, a capitalised adjective name still counts for a big town
                big_town = hint is None and bool(ctx.capital(i)) and not ctx.town_part_before(i)
                ids = [
                    e for e in ids if e not in weak or e in supported or (big_town and g.weight[e] >= BIG_TOWN_WEIGHT)
                ]
            # the caller's region makes a word or a person's name count only there, but for a big town written
            # plainly ("в Кирове", "из Находки" with region 02): the region only breaks ties
            known_region = bool(text_regions) or (soft and hint is not None and not _plain_big_town(g, ctx, i, ids))
            if not ids or ((soft or _is_district(g, ids)) and known_region and not supported):
                # "Центрального округа города Курска" is a district of that city; "Александровской Фермы"
                # in a Петербург address is a street: an ambiguous name must fit the known region
                continue
            settled = len({g.region_code[e] for e in ids}) == 1 or bool(supported)
            if not settled and text_regions:  # "в Ивановке Курской области": the gazetteer lacks that one
                continue  # the text's own evidence; the hint only breaks ties ("в Железногорске" for 78)
            best = max(ids, key=lambda e, regions=text_regions: _rank(g, e, hint, regions, text_muns))
            confidence = score if settled else round(score * UNSETTLED_FACTOR, 3)
            places.append(self._place(g, best, ctx.spans[i][0], ctx.spans[j - 1][1], confidence))
        return places

    @staticmethod
    def _place(g: Gazetteer, e: int, start: int, stop: int, score: float) -> Place:
        # a federal city is a region and its own municipality: "Москва" has municipality_oktmo 45000000 (API.md)
        mun, region = e if g.region_code[e] in FEDERAL_CITIES and g.kind[e] == "region" else g.mun[e], g.region[e]
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
