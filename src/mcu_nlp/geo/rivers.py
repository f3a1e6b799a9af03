"""A settlement's name after «на» in the locative: the river's, lake's, mountain's or island's of that name.

Russian says «в Печоре», «в Миассе», «в Зее» of a town or a village and «на Печоре», «на Миассе», «на Зее» of the
river (a lake, a mountain, an island) it is named after or that is named after it: a settlement takes «в». The
settlements that take «на» are few and known: a resort or an island named as the mountain or the island it is on
(«на Домбае», «на Шерегеше», «на Валааме»), a town its people name with «на» («на Ухте», «на Воркуте»): ``ON_PLACES``.
A town's part or a station with «на» («на Уралмаше», «на Эльмаше») is its town's entry under another name, a federal
city's part its own municipality («на Соколе», «на Таганке»: Москва's), a land («на Кубани», «на Урале») a region's or
no place's: none is a settlement's own name read here. Nor is «на» and the accusative, where someone goes («автобус на
Самару», «на Воронеж»), nor a name after its type word («на ст. Шексна»). A text that names the town otherwise keeps
it: "в Миассе на Миассе у моста мусор" is Миасс (session 63).
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.context import REJECT
from mcu_nlp.geo.declension import case_forms
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT
from mcu_nlp.geo.lexicon import words
from mcu_nlp.geo.local import FEDERAL_CITIES
from mcu_nlp.geo.tokens import name_key, phrase_key

# Settlements said with «на» (session 63): resorts and islands named as the mountain or the island they are on, and
# the Russian North's towns and stations their people name with «на» (session 25's review: "родители на Ухте, у них
# нет воды"; ЯНАО's "на Харпе не чистят дороги", data/geo/ynao_sentences.csv, found by this session's gate over real
# texts; review s63: Усинск, Уренгой, Ямбург, Диксон, the islands' Новая Земля); «на Валдае» is the town's land,
# as session 25's review kept it ("дача на Валдае" is Валдайский район); a
# village of a town's okrug that data/geo/town_parts.csv lists as the town's part, as a part takes «на» (Власиха:
# Барнаул's; the only such row but Красная Поляна, Сочи's).
ON_PLACES = frozenset(
    phrase_key(name)
    for name in (
        "Домбай",
        "Архыз",
        "Шерегеш",
        "Красная Поляна",
        "Манжерок",
        "Абзаково",
        "Валаам",
        "Ольхон",
        "Ухта",
        "Воркута",
        "Инта",
        "Усинск",
        "Харп",
        "Уренгой",
        "Ямбург",
        "Диксон",
        "Новая Земля",
        "Власиха",
        "Валдай",
    )
)
# A bank's noun before a name in the genitive: the river's bank («на берегу Исети самострой», «мусор на берегу Туры»:
# a Тюменская область analyst's walkthrough, session 68, D6, where villages Исеть and Тура of other regions were read)
SHORE_WORDS = frozenset(words("берег берега берегу берегом береге берегах берегам бережок бережку"))
LOCATIVE_ENDINGS = ("е", "и")  # a noun's locative singular: «на Печоре», «на Оби», «на Воронеже»


def river_after_on(g, ctx, i: int, j: int, eid: int, verdict: int) -> int:
    """REJECT for a settlement ``eid`` named at ``i:j`` by its own name (or its own name's last word: "на Тагиле") in
    the locative right after «на» (``river_form``), unless its settlement takes «на» (``ON_PLACES``): "на Печоре
    ледоход", "на Миассе у плотины", "на Самаре у моста" name the rivers; "на Домбае канатка не работает" stays the
    village, "автобус на Самару" the town (the accusative), "на Эльмаше" Екатеринбург (its part's name), "на Соколе"
    with 77 Москва's Сокол (a federal city's part); also a small settlement's name in an oblique case right after a
    bank's noun (``SHORE_WORDS``: "на берегу Исети", "берег Туры"; not "На берегу Анапы", a town's own).

    >>> from mcu_nlp.geo.context import STRONG, TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> ctx = TextContext.of("на Печоре ледоход, в Печоре нет воды")
    >>> e = g.index["печоре"][0][0]
    >>> river_after_on(g, ctx, 1, 2, e, STRONG), river_after_on(g, ctx, 5, 6, e, STRONG)
    (0, 2)
    """
    if verdict == REJECT or ctx.type_before(i) or g.kind[eid] == "region" or g.region_code[eid] in FEDERAL_CITIES:
        return verdict
    key = " ".join(ctx.keys[i:j])
    if i and ctx.keys[i - 1] in SHORE_WORDS and _small_settlement(g, eid) and key != name_key(g.name[eid]) and (
            key in _forms(g.name[eid])):
        return REJECT  # "на берегу Исети", "берег Туры": a river's bank (session 68); not "на берегу Анапы"
    if ctx.preposition(i) != "на" or name_key(g.name[eid]) in ON_PLACES:
        return verdict
    return REJECT if river_form(key, g.name[eid]) else verdict


def _small_settlement(g, eid: int) -> bool:
    """A settlement of fewer people than a big town: a town that is a municipality of its own or a big one is meant
    on its own bank or shore ("На берегу Анапы нет спасателей"; session 21's review)."""
    return g.kind[eid] == "settlement" and g.weight[eid] < BIG_TOWN_WEIGHT


def river_form(key: str, name: str) -> bool:
    """``key`` is a declined form of ``name`` (or of its last word, alone: "тагиле" of Нижний Тагил) ending as a
    noun's locative singular does: after «на», no accusative ("самару", "воронеж") and no plural ("соловках").

    >>> river_form("печоре", "Печора"), river_form("оби", "Обь"), river_form("тагиле", "Нижний Тагил")
    (True, True, True)
    >>> river_form("самару", "Самара"), river_form("воронеж", "Воронеж"), river_form("эльмаше", "Екатеринбург")
    (False, False, False)
    """
    if not key.endswith(LOCATIVE_ENDINGS) or key == name_key(name):
        return False
    last = name.split()[-1]
    return key in _forms(name) or (" " not in key and key != name_key(last) and key in _forms(last))


@lru_cache(maxsize=4096)
def _forms(name: str) -> frozenset[str]:
    return frozenset(case_forms(name))
