"""Find places in Russian text and resolve them to regions, municipalities and ОКТМО codes.

One pass over word tokens with a dictionary index of every written form (built ahead of time),
a context check for forms that are also ordinary words, and a region-aware choice (``choice``) among
same-named places. No morphology runs here, but for a dictionary check of the rare word one letter
away from a place name (a typo is never a dictionary word; its matches: ``typo_matches``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from mcu_nlp.cleaning import fold_lookalikes
from mcu_nlp.errors import InputError, InputTypeError, expected
from mcu_nlp.geo.big_towns import own_name
from mcu_nlp.geo.bracketed import bracketed_region
from mcu_nlp.geo.choice import choose
from mcu_nlp.geo.closed_towns import closed_town_postings
from mcu_nlp.geo.context import REJECT, WEAK, TextContext
from mcu_nlp.geo.declension import PLURAL_GENITIVE_AFTER, surname_like_genitive
from mcu_nlp.geo.forms import (
    ADJECTIVE_NAME,
    COMMON_WORD,
    DISTRICT_ADJECTIVE,
    LEVEL_SCORE,
    LOCAL_TOWN_ADJECTIVE,
    NICKNAME,
    PERSON_NAME,
    PLACE_ADJECTIVE,
    TITLE_PHRASE,
    TOWN_ADJECTIVE,
)
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT, FUZZY_MIN_LENGTH, TYPO_WORD_MIN_LENGTH, Gazetteer, load_gazetteer
from mcu_nlp.geo.greeting import greeting_end, plea_end
from mcu_nlp.geo.letter_case import (
    caller_typo,
    closing_town,
    geographic_namesakes,
    reported_title,
    signed_town,
    sole_adjective_place,
    spelt_postings,
    titled_verdicts,
)
from mcu_nlp.geo.lexicon import LIST_CONJUNCTIONS, LOCATIVE_PREPOSITIONS
from mcu_nlp.geo.local import FEDERAL_CITIES, caller_postings, rank_weight, with_local_names
from mcu_nlp.geo.municipality import best_municipality
from mcu_nlp.geo.named_towns import named_town_verdict, town_streets
from mcu_nlp.geo.names import first_name_opening, given_name_form, not_a_place, office_genitive, role_surname
from mcu_nlp.geo.numbered_towns import numbered_after
from mcu_nlp.geo.poselenie import caller_village, poselenie_village
from mcu_nlp.geo.qualified import (
    conjunction_zato,
    heading_before_region,
    heading_before_street,
    longer_name_elsewhere,
    misplaced_alias,
)
from mcu_nlp.geo.rivers import river_after_on
from mcu_nlp.geo.routes import glued, route_partner, route_verdicts, town_and_part
from mcu_nlp.geo.tokens import WORD, contiguous, lower_text, word_keys
from mcu_nlp.geo.town_areas import another_towns_district, town_area
from mcu_nlp.geo.typo_matches import CLOSING_WORD, closing_typo, may_head, pair_typo, short_address_head, typo
from mcu_nlp.geo.typos import TYPO_AFTER, street_surname
from mcu_nlp.records import Place

__all__ = ["GeoResolver", "best_municipality"]  # best_municipality: also importable from here, as before

ADJECTIVE_LEVELS = frozenset({DISTRICT_ADJECTIVE, PLACE_ADJECTIVE, TOWN_ADJECTIVE, LOCAL_TOWN_ADJECTIVE})
RIVER_TOWN_SCORE = 0.75  # a town named as a river's subject ("Уфа разлилась"): the flood is in it, a weak sign
POSTAL_CODE = re.compile(r"(?<!\d)[1-6]\d{5}(?!\d)")
# «п.г.т.», «п. г. т.» (посёлок городского типа) split into three one-letter words; its last one reads as «пгт»
DOTTED_PGT = re.compile(r"(?<![а-яa-z])п\. ?г\. ?(т)(?![а-яa-z])")


def town_like(g: Gazetteer, e: int) -> bool:
    """A town's entry: urban (a city okrug, a town, an urban-type settlement), or a federal city named as its region
    (Москва: its entry is of kind region, not urban)."""
    return g.urban[e] or (g.kind[e] == "region" and g.region_code[e] in FEDERAL_CITIES)


def _small_river_town(g: Gazetteer, ctx: TextContext, match: tuple) -> bool:
    """The resolver's ``match`` is a town of under ``BIG_TOWN`` people as a river's subject ("Сулак разлился"), so the
    river's where the text names another place ("..., затопило дачи в Кизилюрте"; session 31); a big town is where
    its river floods ("Уфа поднялась, топит Нижегородку")."""
    i, j, ids = match[0], match[1], match[2]
    return ctx.river_subject_only(i, j) and all(rank_weight(g, e) < BIG_TOWN_WEIGHT for e in ids)


def _is_frame(value: object) -> bool:
    """A pandas DataFrame, without importing pandas (a DataFrame exists only if pandas was imported)."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.DataFrame)


def _dotted_types(low: str, keys: list[str]) -> list[str]:
    """``keys`` with the «т» of each «п.г.т.» read as «пгт» (one key for its word: offsets stay): a type word, not
    «пр-т», so "п.г.т. Безенчук" is a town, not a street."""
    if "г." not in low or DOTTED_PGT.search(low) is None:
        return keys
    index = {m.start(): k for k, m in enumerate(WORD.finditer(low))}
    keys = list(keys)
    for match in DOTTED_PGT.finditer(low):
        keys[index[match.start(1)]] = "пгт"
    return keys


def _colloquial_districts(index: dict, keys: list[str]) -> list[str]:
    """``keys`` with a district's adjective spelt «-ской» («-цкой») before «район» or «р-н» read as its «-ский» (one key
    for its word: offsets stay), where only that spelling names a district: "Серпуховской р-н" is Серпуховский район
    (session 24; said as its stress falls), "Донской район" stays Москва's. A feminine oblique form cannot agree with
    «район», so no other reading is lost.

    >>> _colloquial_districts({"серпуховский район": 1}, ["серпуховской", "район", "д"])
    ['серпуховский', 'район', 'д']
    >>> _colloquial_districts({"донской район": 1, "донский район": 2}, ["донской", "район"])
    ['донской', 'район']
    """
    if "район" not in keys and "р" not in keys:
        return keys
    out = keys
    for k in range(len(keys) - 1):
        key, noun = keys[k], keys[k + 1]
        if noun == "р" and k + 2 < len(keys) and keys[k + 2] == "н":
            noun = "р н"
        elif noun != "район":
            continue
        if not key.endswith(("ской", "цкой")) or f"{key} {noun}" in index:
            continue
        standard = f"{key[:-2]}ий"
        if f"{standard} {noun}" in index:
            out = list(keys) if out is keys else out
            out[k] = standard
    return out


def _carry_list(ctx: TextContext, i: int, j: int) -> None:
    """A place after a preposition or a type word lends it to the next name of a list: "в Льгове и Курчатове"."""
    keys = ctx.keys
    if j + 1 >= len(keys) or keys[j] not in LIST_CONJUNCTIONS or ctx.gap(j).strip():
        return
    cue = ctx.preposition(i) if i else None
    if cue in LOCATIVE_PREPOSITIONS or ctx.type_before(i):
        ctx.carried[j + 1] = cue if cue in LOCATIVE_PREPOSITIONS else "в"


def _check_region(region: object, gazetteer: str | None) -> str | None:
    """The subject code ``region`` is read as (as a region column's values are), or InputError: at construction, as
    ``analyze(region=...)`` refuses it, not at the first text. A region loads the gazetteer, which knows the codes."""
    from mcu_nlp.regions import known_code

    return known_code(region, gazetteer)


class GeoResolver:
    """Find mentions of Russian regions, municipalities and settlements, with ОКТМО codes.

    Parameters
    ----------
    region : str or None
        Subject code ("89" = ЯНАО) preferred among same-named places: it only breaks ties. A place named
        plainly counts for any region ("в Курске" is Курск; "в Железногорске" with region 78 is the best
        Железногорск at a lower score), and so does a village known only in another region, at a lower score
        too (the gazetteer lacks most villages: "в Семёновке" with region 46 or none); a name that needs a known region
        (an adjective such as "в Губкинском", a name after "мкр", a word or a person's name such as "в
        Славянке" but for a big town written plainly) counts only in it or in a region named in the text. A
        region named in the text leaves out namesakes elsewhere ("в Ивановке Курской области" is no Ивановка
        of another region). A code that is no known subject ("99",
        "Курская") is refused at once (InputError), as ``analyze(region=...)`` refuses it.
    gazetteer : str or None
        Path to a gazetteer file; default: ``$MCU_NLP_GAZETTEER`` or the one shipped in the package.

    The first text of a process (or a resolver given a region, to check its code) loads the gazetteer and the first
    word looked up as a typo builds the big towns' typo index (together about 1 s); each region's own typo forms then
    cost a few ms on its first text. A service pays it at start with ``GeoResolver().resolve("в Салехрде")``.

    Examples
    --------
    >>> geo = GeoResolver(region="89")
    >>> [(p.name, p.oktmo) for p in geo.resolve("В Н.Уренгое и на Харпе нет света")]
    [('Новый Уренгой', '71956000'), ('Харп', '71953000052')]
    >>> best_municipality(geo.resolve("пос. Харп, ул. Мира")).name
    'Лабытнанги'
    """

    def __init__(self, region: str | None = None, gazetteer: str | None = None) -> None:
        _check_region(region, gazetteer)
        self.region = region
        self.gazetteer = gazetteer

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """Constructor parameters (scikit-learn convention)."""
        return {"region": self.region, "gazetteer": self.gazetteer}

    def set_params(self, **params: Any) -> GeoResolver:
        """Set constructor parameters and return self."""
        for name in params:
            if name not in self.get_params():
                raise InputError(expected("one of " + ", ".join(self.get_params()), name))
        _check_region(params.get("region", self.region), params.get("gazetteer", self.gazetteer))
        for name, value in params.items():
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        return f"GeoResolver(region={self.region!r})"

    def _region_hint(self) -> str | None:
        return _check_region(self.region, self.gazetteer)

    def resolve(self, text: str) -> list[Place]:
        """Places mentioned in ``text``, in text order, with offsets into ``text``.

        >>> [p.name for p in GeoResolver().resolve("надымчане и ноябряне, 629400, ЯНАО")]
        ['Надым', 'Ноябрьск', 'Ямало-Ненецкий автономный округ']
        """
        if not isinstance(text, str):
            raise InputTypeError(expected("a str", text, "pass the text of one appeal"))
        return self._resolve(load_gazetteer(self.gazetteer), self._region_hint(), text)

    def resolve_batch(self, texts: Iterable[Any]) -> list[list[Place]]:
        """``resolve`` over many texts; anything that is not a non-empty str gives ``[]``, never an error. A str, a
        mapping or a DataFrame is refused (InputTypeError): iterating it gives no texts.

        >>> GeoResolver().resolve_batch(["в Салехарде", None, ""])[1:]
        [[], []]
        """
        if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):  # a str resolved each of its
            # characters as a text, silently; None or a number raised Python's own "not iterable" TypeError
            raise InputTypeError(
                expected("a list of texts", texts, "wrap a single text in a list: [text], or call resolve(text)")
            )
        if isinstance(texts, Mapping) or _is_frame(texts):  # iterating one gives its keys or column names
            raise InputTypeError(
                expected(
                    "a list of texts",
                    texts,
                    "pass the texts themselves: a column, "
                    "resolve_batch(df['text']), or a dict's values, resolve_batch(d.values())",
                )
            )
        texts = [t if isinstance(t, str) and t else None for t in texts]
        if not any(texts):
            return [[] for _ in texts]
        gazetteer, hint = load_gazetteer(self.gazetteer), self._region_hint()  # once: reading "89" cost 3 % per text
        return [self._resolve(gazetteer, hint, t) if t else [] for t in texts]

    def _resolve(self, gazetteer: Gazetteer, hint: str | None, text: str) -> list[Place]:
        found = self._resolve_opening(gazetteer, hint, text)
        opening = plea_end(text)
        # "СРОЧНО!!! Юкаменское. Стройка ...", "Уважаемый Глава! Глазов, ..." (session 69): the text after the plea is
        # read as the text, unless the plea names a place itself ("Уважаемая администрация Глазова!"); a greeting
        # alone is read past already (``_resolve_opening``)
        if opening and opening > greeting_end(text) and not any(p.start < opening for p in found):
            after = self._resolve_opening(gazetteer, hint, text[opening:])
            return [replace(p, start=p.start + opening, stop=p.stop + opening) for p in after]
        return found

    def _resolve_opening(self, gazetteer: Gazetteer, hint: str | None, text: str) -> list[Place]:
        opening = greeting_end(text)
        if opening:  # "Здравствуйте! Мыски, ...": the name after the greeting opens the text (session 63)
            found = self._resolve_opening(gazetteer, hint, text[opening:])
            return [replace(p, start=p.start + opening, stop=p.stop + opening) for p in found]
        text = fold_lookalikes(text)  # "в Мoскве", "Ивaнова" with Latin letters: same length, offsets hold for text
        low = lower_text(text)
        keys = _colloquial_districts(gazetteer.index, _dotted_types(low, word_keys(low)))  # "Серпуховской р-н"
        first_words = gazetteer.first_words
        if first_words.keys().isdisjoint(keys) and not TYPO_AFTER.intersection(keys) and not may_head(low, keys) and (
            hint is None or not CLOSING_WORD.search(text)
        ):
            return []  # the common case: no word can start a place name or hide a typo
        code = POSTAL_CODE.search(low)
        postal = gazetteer.postal.get(code.group()[:3]) if code else None
        context = TextContext(text, low, keys, postal, hint)
        found = self._find(gazetteer, context)
        return choose(gazetteer, context, found, postal, hint)

    def _find(self, g: Gazetteer, ctx: TextContext) -> list[tuple]:
        """Matches as (first token, stop token, candidate ids, score, weak ids, soft); longest first."""
        keys, n, out, i = ctx.keys, len(ctx.keys), [], 0
        first_words, typo_after, heads = g.first_words, TYPO_AFTER, ctx.first_word_heads
        typo_inside = ctx.capitals_after_start or ctx.hint is not None  # "В нефтекамке нет воды" with a region
        # a 5-letter typo ("Мценк") only where letter case shows a name: in a caseless text every such word after
        # "в", "на" would be looked up (10 % slower on lower-cased texts with a region)
        shortest = TYPO_WORD_MIN_LENGTH if ctx.cased else FUZZY_MIN_LENGTH
        while i < n:
            match = None
            # "..., зато Саров рядом": the conjunction, no closed town's status (session 32)
            lengths = None if conjunction_zato(ctx, i) else first_words.get(keys[i])
            if lengths:
                after = out[-1][1] if out else 0  # words before it belong to the previous place
                match = self._exact(g, ctx, i, [k for k in lengths if k > 1 and i + k <= n], after)
                one = [1] if 1 in lengths else []
                match = match or town_area(g, ctx, i) or pair_typo(g, ctx, i)  # "Вологда обл, г. Сокол"
                # "г. Озёрск (Калининградская)", "Белый Яр, Томская —": the region, not a stanitsa of its adjective
                match = match or bracketed_region(g, ctx, i, out[-1] if out else None)
                match = match or self._exact(g, ctx, i, one, after)
                if match is not None:  # "п. Первомайский" with 54: the caller's village, by its поселение
                    match = caller_village(g, ctx, match) or match
            elif (len(keys[i]) >= shortest or short_address_head(ctx, i)) and (
                ((typo_inside and keys[i - 1] in typo_after) or closing_typo(ctx, i)) if i else heads()
            ):
                match = caller_typo(g, ctx, typo(g, ctx, i))
            if match is None and lengths and short_address_head(ctx, i):  # "Твер, ул. ...": «твер» begins «Твер. обл.»
                match = caller_typo(g, ctx, typo(g, ctx, i))
            if match is None and not lengths:  # "с. Валдгейм": a village the gazetteer lacks, by its поселение
                match = poselenie_village(g, ctx, i, out[-1] if out else None)
            if match is not None:
                out.append(match)
                i = match[1]
                _carry_list(ctx, match[0], i)
            else:
                i += 1
        out = [m for m in out if not another_towns_district(g, ctx, m, town_like)]  # "в Пролетарском районе Ростова"
        # "берег Баксана", "Сулак разлился" (a small town as a river's subject): the river's beside another place
        banks = [ctx.after_bank(m[0]) or ctx.water_in(m[0], m[1]) or _small_river_town(g, ctx, m) for m in out]
        return [m for m, bank in zip(out, banks, strict=True) if not bank] if any(banks) and not all(banks) else out

    @staticmethod
    def _exact(g: Gazetteer, ctx: TextContext, i: int, lengths: list[int], after: int) -> tuple | None:
        for length in lengths:
            key = " ".join(ctx.keys[i : i + length])
            postings = caller_postings(g, g.index.get(key), ctx, i, i + length)  # local names: the caller's region
            if not postings or (length > 1 and not contiguous(ctx.text, ctx.spans, i, i + length)):
                continue
            if numbered_after(g.index, ctx, key, i + length):  # "Красноярск-26": a closed town's name, not Красноярск
                continue
            postings = spelt_postings(ctx, i, i + length, postings)  # "в королёве"
            postings = closed_town_postings(g, ctx, i, i + length, postings)  # "пгт Первомайский, ЗАТО"
            if length == 1:  # "в Верхней Ельцовке" with 54: a place the gazetteer lacks, no Ельцовка elsewhere
                postings = longer_name_elsewhere(g, ctx, i, postings)
                if not postings:
                    continue
            if length == 1 and ctx.preposition(i) not in PLURAL_GENITIVE_AFTER:  # "Сосед Шатков шумит": a surname
                postings = [(e, level) for e, level in postings if not surname_like_genitive(g.name[e], key)]
                if not postings:
                    continue
            glue = glued(ctx, i, i + length, g.index) and not town_and_part(g, ctx, i, i + length, postings)
            if glue or misplaced_alias(g, ctx, postings, i, after):
                continue  # "Запись в ЛО больницы": no Ленинградская область
            adjective = all(level in ADJECTIVE_LEVELS for _, level in postings)  # their own street rule
            street = ctx.street(i, i + length) or (length == 1 and street_surname(key, ctx.preposition(i)))
            street = street and not town_streets(g, ctx, i, i + length, postings)  # "улицы Химок": the town's
            river = street and ctx.river_subject_only(i, i + length)  # "Уфа разлилась": the flood is in the town
            if river:
                postings = [(eid, level) for eid, level in postings if town_like(g, eid)]  # a village's namesake goes
                street = not postings
            if street and not adjective and not heading_before_street(g, ctx, i, i + length, postings):
                return None  # "на Гагарина" is улица Гагарина, not Гагарин
            address = ctx.heads_address(i + length)  # only a place's own name heads one ("Кирова, д. 5": a street)
            own = [not address or own_name(g, eid, key) for eid, _ in postings]  # "Челны, ул. ..."
            verdicts = [(eid, level, ctx.allows(level, i, i + length, o)) for (eid, level), o in zip(postings, own)]
            verdicts = geographic_namesakes(g, ctx, i, i + length, verdicts)  # "в Саянском": 24 or 38
            verdicts = sole_adjective_place(g, ctx, i, i + length, verdicts)  # "в Шушенском", no region
            verdicts = [(eid, level, office_genitive(ctx, i, i + length, level, v)) for eid, level, v in verdicts]
            verdicts = [(e, level, role_surname(g, ctx, i, i + length, e, v)) for e, level, v in verdicts]  # a person
            verdicts = [(e, level, named_town_verdict(g, ctx, i, i + length, e, level, v)) for e, level, v in verdicts]
            verdicts = [(e, level, given_name_form(g, ctx, i, i + length, e, v)) for e, level, v in verdicts]  # «в Оле»
            verdicts = [(e, level, river_after_on(g, ctx, i, i + length, e, v)) for e, level, v in verdicts]  # «на Оби»
            verdicts = route_verdicts(g, ctx, i, i + length, verdicts)  # "Белебей-Уфа"
            titled: frozenset = frozenset()  # "Кириллов — на площади ...", "Данков, улица Мира: ..."
            if i == 0:
                verdicts, titled = titled_verdicts(g, ctx, i, i + length, verdicts)
            else:  # "Вопрос: как оплатить капремонт? Арсеньев" with 25: a town signed as the last sentence
                verdicts = signed_town(g, ctx, i, i + length, verdicts)
            verdicts = heading_before_region(g, ctx, i, i + length, with_local_names(g, ctx, i, i + length, verdicts))
            allowed = [(eid, level, v) for eid, level, v in verdicts if v != REJECT]
            allowed = [a for a in allowed if not first_name_opening(g, ctx, i, i + length, *a)]  # "Артём мусор ..."
            if allowed:
                level = min(level for _, level, _ in allowed)
                if not_a_place(ctx, i, i + length, level, after) and not closing_town(
                    g, ctx, i, i + length, allowed, level
                ):  # "ООО «Восход»", "Сергей Королев"; but "..., Березовский" closing a text with region 66
                    return None
                weak = frozenset(eid for eid, _, v in allowed if v == WEAK)
                soft = level in (COMMON_WORD, PERSON_NAME, NICKNAME, TITLE_PHRASE) or (
                    level == ADJECTIVE_NAME and i == 0 and reported_title(ctx, i + length)  # "Узловая, не вывозят"
                )
                soft = soft and not ctx.type_before(i)
                # a route's end ("Трасса Уфа — Киров") may lie in another region than its start: the start's region is
                # no evidence against it (session 29)
                soft = soft and not (level in (COMMON_WORD, PERSON_NAME) and route_partner(g, ctx, i, i + length))
                soft = soft and not (titled and all(eid in titled for eid, _, _ in allowed))  # for any caller
                score = min(LEVEL_SCORE[level], RIVER_TOWN_SCORE) if river else LEVEL_SCORE[level]
                return (i, i + length, [eid for eid, _, _ in allowed], score, weak, soft)
        return None
