"""A big town named in a form no other reading takes, so the caller's region only breaks ties (walkthrough s18 D25).

A town of 50,000+ people whose name is a plural noun, in its genitive plural ("Березников", "Химок", "Набережных
Челнов"), or whose name has several words, each capitalised ("Минеральных Вод", "Сергиева Посада"), right after another
word of the same clause ("в поликлинике Березников", "администрация Набережных Челнов", "улицы Химок"): a surname's
form there would be its nominative ("Березников"), the common phrase would be in lower case ("минеральных вод"), and a
street is named after a town by an adjective ("Химкинская улица"), never by the town's genitive plural.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.forms import PERSON_NAME, REJECT, STRONG, surname
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT
from mcu_nlp.geo.organisations import clause_between
from mcu_nlp.geo.tokens import name_key
from mcu_nlp.morphology import analyzer

# Street words that are also a plural ("улицы Химок не чистят": the streets of Химки); "ул.", "улица" name one street
PLURAL_STREET_WORDS = frozenset({"улицы", "площади", "аллеи", "линии"})
# A person's home or family (lemmas): a surname follows it as an animate noun's does ("в квартире Котельников",
# "семья Березников": the family's name, not the town's)
HOME_LEMMAS = frozenset({"квартира", "семья", "дом", "участок", "дача", "гараж", "комната", "хозяйство"})
# ... but homes in the plural are a town's ("Все дома Березников", "в квартирах Березников"): a family has one; so
# is a home noun that may be plural after these ("все дома": «дома» is likelier a singular genitive alone)
PLURAL_DETERMINERS = frozenset({"все", "всех", "всем", "многие", "многих", "эти", "этих", "наши", "наших"})
# A person's things (lemmas), whose owner's first name follows ("машина Салавата сломалась": the man's, not the town's)
POSSESSION_LEMMAS = frozenset({"машина", "автомобиль", "телефон", "сумка", "кошелёк", "вещь", "велосипед", "номер"})


@lru_cache(maxsize=4096)
def _genitive_plural(word: str) -> bool:
    """pymorphy3 reads ``word`` as a genitive plural ("березников", "лук", "челнов"; not "кирова", "тольятти")."""
    return any({"plur", "gent"} <= set(p.tag.grammemes) for p in analyzer().parse(word))


@lru_cache(maxsize=4096)
def _person_noun(word: str) -> bool:
    """pymorphy3's likeliest reading of ``word`` is an animate noun ("водитель", "сосед") or a home's or a family's
    (``HOME_LEMMAS``): a surname may follow."""
    parses = analyzer().parse(word)
    if parses and parses[0].normal_form in HOME_LEMMAS:  # "квартире", "семья": whose, a person's
        return True
    return bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag


def _homes(keys: list[str], k: int) -> bool:
    """Word ``k`` of ``keys`` is a home noun in the plural: by its likeliest reading ("домов", "в квартирах") or by any
    reading after a plural determiner ("все дома"; "в доме", "дома" alone: one home).

    >>> _homes(["все", "дома"], 1), _homes(["в", "квартирах"], 1), _homes(["возле", "дома"], 1)
    (True, True, False)
    """
    parses = analyzer().parse(keys[k])
    if not parses or parses[0].normal_form not in HOME_LEMMAS:
        return False
    plural = any(p.tag.number == "plur" and p.normal_form in HOME_LEMMAS for p in parses)
    return parses[0].tag.number == "plur" or (plural and k > 0 and keys[k - 1] in PLURAL_DETERMINERS)


def _plural_name_genitive(name: str, key: str) -> bool:
    """``key`` is another form of the place name ``name`` whose last word looks plural ("Березники", "Великие Луки"),
    and that form's last word is a genitive plural."""
    last, own = key.split()[-1], name_key(name).split()[-1]
    return own.endswith(("ы", "и")) and last != own and _genitive_plural(last)


def named_town(g, ctx, i: int, j: int, ids: list[int]) -> bool:
    """Words ``i:j`` of the ``TextContext`` name a big town among ``ids`` as no other reading would (module doc):
    capitalised in a text that uses letter case, after a word of the same clause, not before a capitalised word (a
    person's first name: "Березников Иван"), in the genitive plural of a plural name or in several capitalised words
    not in the nominative (that names an object after the town: "в парке Сосновый Бор", "санаторий Минеральные
    Воды")."""
    if i == 0 or clause_between(ctx, i - 1, i) or ctx.sentence_start(i):
        return False
    if not all(ctx.capital(k) is True for k in range(i, j)) or (j < len(ctx.keys) and ctx.capital(j) is True):
        return False
    key = " ".join(ctx.keys[i:j])
    if j - i == 1 and surname(key) and _person_noun(ctx.keys[i - 1]) and not _homes(ctx.keys, i - 1):
        return False  # "водитель Котельников нахамил", "семья Березников": a surname (an office: ``after_office``)
    big = [e for e in ids if g.weight[e] >= BIG_TOWN_WEIGHT and g.kind[e] != "region"]
    return any(_plural_name_genitive(g.name[e], key) or (j - i > 1 and key != name_key(g.name[e])) for e in big)


@lru_cache(maxsize=4096)
def _first_name_genitive(word: str) -> bool:
    """pymorphy3 reads ``word`` as a first name's genitive ("салавата", "артема")."""
    return any({"Name", "gent"} <= set(p.tag.grammemes) for p in analyzer().parse(word))


@lru_cache(maxsize=4096)
def _thing_noun(word: str) -> bool:
    """pymorphy3's likeliest reading of ``word`` is an inanimate noun that no home or family is: a town's object
    ("поликлинике", "дороги"), not a person's ("квартира", ``HOME_LEMMAS``; "машина", ``POSSESSION_LEMMAS``)."""
    parses = analyzer().parse(word)
    if not parses or parses[0].tag.POS != "NOUN" or "inan" not in parses[0].tag:
        return False
    return parses[0].normal_form not in POSSESSION_LEMMAS and not _person_noun(word)


def caller_first_name_town(g, ctx, i: int, j: int, eid: int) -> bool:
    """A big town of the caller's region whose name is a man's first name, in its genitive, capitalised, right after
    an inanimate noun of the same clause (a number with «№» between may stand there) and before no capitalised word:
    "в поликлинике №2 Салавата", "дороги Салавата ужасные" with region 02 are Салават's (session 41); not "ул. Салавата
    Юлаева" (a street: the resolver's), "друг Салавата", "в квартире Салавата" (a person's), "позвали Салавата" (a
    verb's object), nor for a caller of another region or none, where the man is likelier."""
    if j - i != 1 or i == 0 or g.region_code[eid] != ctx.hint or g.weight[eid] < BIG_TOWN_WEIGHT:
        return False
    key = ctx.keys[i]
    if key == name_key(g.name[eid]) or not _first_name_genitive(key) or ctx.capital(i) is not True:
        return False
    if (j < len(ctx.keys) and ctx.capital(j) is not False) or ctx.sentence_start(i):
        return False
    if clause_between(ctx, i - 1, i):
        return False
    k = i - 1
    if ctx.keys[k].isdigit() and k > 0 and ctx.gap(k).strip() in ("№", "N"):  # "в поликлинике №2 Салавата"
        k -= 1
    return _thing_noun(ctx.keys[k])


def named_town_verdict(g, ctx, i: int, j: int, eid: int, level: int, verdict: int) -> int:
    """STRONG for a surname-like form (``PERSON_NAME``: "Березников") that ``named_town`` reads as the big town, else
    ``verdict``: "В поликлинике Березников нет педиатра"; so is a first name's genitive that
    ``caller_first_name_town`` reads as the caller's town ("дороги Салавата" with 02)."""
    if verdict != REJECT or level != PERSON_NAME:
        return verdict
    if named_town(g, ctx, i, j, [eid]) or caller_first_name_town(g, ctx, i, j, eid):
        return STRONG
    return verdict


def town_streets(g, ctx, i: int, j: int, postings: list[tuple[int, int]]) -> bool:
    """A plural street word before a big town's name (``named_town``): "улицы Химок", "улицы Каменска-Уральского" are
    that town's streets, not a street named after it."""
    return i > 0 and ctx.keys[i - 1] in PLURAL_STREET_WORDS and named_town(g, ctx, i, j, [e for e, _ in postings])
