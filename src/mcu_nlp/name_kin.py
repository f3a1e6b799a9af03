"""A first name alone that a kin word or «зовут» makes a person's, in any case: «тётя Валя», «у бабы Нины», «дядей
Колей», «дед Петя», «соседа зовут олег», «её звали Нина», and a word the dictionary lacks there, in lower case too
(«тетя гульсара», «его зовут айдар»: no dictionary holds every name).

A first name alone is otherwise left in clear (:mod:`mcu_nlp.name_contacts`: "Иван шумит"); but a kin word
written before a first name is how one calls a neighbour («тётя Валя из 5 квартиры»), and «зовут» says a name
follows. The name must agree in case with the kin word (one of its first-name readings): «у бабушки любовь к
кошкам», «тётя вера в бога...» in lower case are a common noun («любовь» is in the nominative, «бабушки» is not;
«вера» agrees, and is masked: a name is the likelier reading there). In lower case a name is singular, and in the
genitive it is no name where the dictionary finds the common noun likelier: «у мамы надежды нет», «у деда веры
нет» (the genitive is the one case where a noun follows a kin word in its own case in plain syntax: what someone
has or lacks; «тётя вера», «с мужем славой», «у тёти нади» stay masked). After «зовут» a name is in the nominative
or the instrumental («зовут Олегом»). A word the dictionary knows with no first-name reading is none (a surname alone,
«дед Мороз», «баба Яга», «тётя пришла»): a surname after a resident's word is :mod:`mcu_nlp.names`' rule.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_characters import CHARACTERS
from mcu_nlp.name_context import word_set
from mcu_nlp.name_words import name_kinds

#: Kin words one calls a neighbour by, and family words one names a relative by («брат Виктор», «внучка Маша»,
#: «мама Лена», «с мужем Колей»), by their readings' lemma («баба» a grandmother, «тётка»). Not «мать», «отец»: «Мать
#: Тереза» (and «Сын Божий», «брат сказал», «мама пришла» hold no first name)
KIN = word_set("тётя тетя тётка тетка тётушка тетушка дядя дядька дядюшка баба бабка бабушка бабуля дед дедушка дедуля "
               "брат братишка сестра сестрёнка сестренка сын сынок сыночек дочь дочка доченька внук внучок внучка "
               "мама мамочка папа муж жена")
#: Quotes opening a name (a shop's, a brand's) right before a kin word: «кафе «Бабушка Нина»»
OPENING_QUOTES = frozenset("«\"„“")
#: A shop's, a café's or a chain's word in any case form right before a capitalised kin word: the two words after it
#: are its name («в пиццерии Папа Джонс», «Магазин Мама Мия»; not «в магазине мама Лена», «у магазина, дядя Коля»)
VENUE = re.compile(r"(?<![\w-])(?i:бар(?:а|е|у|ом|ы)?|(?:магазин|кафе|пиццери|ресторан|салон|сет[ьи]|тц|трц|бренд"
                   r"|столов|пекарн|кофейн|закусочн|бургерн|булочн|кулинари|супермаркет|гипермаркет|минимаркет|маркет"
                   r"|киоск|павильон|аптек|фирм|компани)\w{0,4})[ \t]{1,2}\Z")
#: «зовут» and its forms: a name follows
CALLED = word_set("зовут звали звать зовёт зовет")
#: The cue and the word after it: a pronoun may stand between «зовут» and the name («зовут её Нина»). The cue's
#: stems («тет», «тёт», «дяд», «баб», «дед», «зов», «зв»; «бра», «сес», «сын», «доч», «вну», «мам», «муж», «пап»,
#: «жен») in any case, written so that the search skips to their first letters (a pattern opening with a lookbehind
#: or in (?i:) tried every position: 3 µs a text, 3 % of redact)
CUE = re.compile(
    r"([ТтДдБбЗзСсВвМмПпЖж](?<![\w-].)(?:(?<=[Тт])[ЕеЁё][Тт]|(?<=[Дд])[Яя][Дд]|(?<=[Бб])[Аа][Бб]|(?<=[Дд])[Ее][Дд]"
    r"|(?<=[Зз])[Оо][Вв]|(?<=[Зз])[Вв]|(?<=[Бб])[Рр][Аа]|(?<=[Сс])[Ее][Сс]|(?<=[Сс])[Ыы][Нн]|(?<=[Дд])[Оо][Чч]"
    r"|(?<=[Вв])[Нн][Уу]|(?<=[Мм])[Аа][Мм]|(?<=[Мм])[Уу][Жж]|(?<=[Пп])[Аа][Пп]|(?<=[Жж])[Ее][Нн])[А-ЯЁа-яё]{0,6})"
    r"[ \t]{1,2}"
    r"(?:((?i:меня|его|е[её]|их|тебя|вас|нас))[ \t]{1,2})?([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?)"
)
#: Words of lacking or quantity that make a genitive after a kin word a common noun («у мамы надежды нет»)
LACKING = word_set("нет нету не ни никакой никакого никакая никакие мало много немного полно хватает хватило осталось "
                   "достаточно")
#: The two words after a name (its line only)
NEXT_WORDS = re.compile(r"(?:[ \t,]{1,3}[А-ЯЁа-яё]+){0,2}")
#: The case and number a name is in after «зовут»
CALLED_CASES = frozenset((("nomn", "sing"), ("ablt", "sing")))
#: pymorphy3's second forms of a case, as their case
CASE_OF = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "gen1": "gent", "loc1": "loct"}


def kin_names(text: str) -> list[tuple[int, int]]:
    """The first names (or words the dictionary lacks) after a kin word or «зовут», as (start, stop).

    >>> text = "тётя Валя из 5 кв., у бабы Нины, дед Мороз, соседа зовут олег, тетя гульсара, у бабушки любовь"
    >>> [text[a:b] for a, b in kin_names(text)]
    ['Валя', 'Нины', 'олег', 'гульсара']
    """
    found = []
    for cue in CUE.finditer(text):
        word, between, name = cue[1].lower(), cue[2], cue[3]
        if text[cue.start() - 1:cue.start()] in OPENING_QUOTES or _venue(text, cue.start()):
            continue  # a shop's or a brand's name («мама Анна», «Бабушка Нина», пиццерия «Папа Джонс» unquoted)
        if word in CALLED:
            cases = CALLED_CASES
        elif between is None and (cases := _kin_cases(word)) and not _character(word, name):
            pass
        else:
            continue
        title = name.capitalize() if name.isupper() or name.islower() else name
        if _named(title, cases, name.islower()) or (name.islower() and _owner(text, cue.end(3), title, cases)):
            found.append(cue.span(3))
    return found


def _venue(text: str, start: int) -> bool:
    """Whether the capitalised kin word at ``start`` opens a shop's name after its word (:data:`VENUE`)."""
    return text[start].isupper() and VENUE.search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=500)
def _kin_cases(word: str) -> frozenset[tuple[str, str]]:
    """The cases and numbers of a lower-case kin word's readings (none if it is no kin word: «бабочка»,
    «дедлайн»)."""
    return frozenset(_case(p.tag) for p in analyzer().parse(word) if p.normal_form in KIN and "NOUN" in p.tag)


def _character(word: str, name: str) -> bool:
    """Whether a lower-case kin ``word`` and the ``name`` after it name a character («Папа Карло»)."""
    return any((p.normal_form, name.lower()) in CHARACTERS for p in analyzer().parse(word))


def _case(tag: Any) -> tuple[str, str]:
    return CASE_OF.get(tag.case, tag.case), tag.number


@lru_cache(maxsize=2_000)
def _named(word: str, cases: frozenset[tuple[str, str]], lower: bool = False) -> bool:
    """Whether a title-case ``word`` after a cue is a name: a first name in one of ``cases`` (and numbers), or a
    word the dictionary lacks that may be a noun in one of them; written in lower case (``lower``), a first name
    reading counts in the singular only, and in the genitive only where no common noun's reading of that case is
    likelier («надежды», «веры»: the noun; «нади»: the name)."""
    kinds = name_kinds(word)
    unknown = kinds == frozenset("U")  # read by its guessed readings: a noun's («гульсара»), not an adjective's
    # («дедушка приклонного возраста»: a typo of «преклонного»)
    if not ("N" in kinds or (unknown and len(word) > 2)):
        return False
    readings = analyzer().parse(word.lower())
    return any(_case(p.tag) in cases and not (lower and "Name" in p.tag and _noun_likelier(p, readings))
               for p in readings if "Name" in p.tag or (unknown and "NOUN" in p.tag))


def _owner(text: str, stop: int, word: str, cases: frozenset[tuple[str, str]]) -> bool:
    """Whether a lower-case first name in the genitive that the dictionary reads likelier as a common noun («у дяди
    славы», «у тёти розы») is whose something is: no word of lacking or quantity follows within two words («у мамы
    надежды нет», «любви не хватает»: :data:`LACKING`), nor a plural verb or adjective after a word that is a plural
    noun too («у бабушки розы цветут»)."""
    if ("gent", "sing") not in cases or not _genitive_name(word):
        return False
    after = [w.lower() for w in NEXT_WORDS.match(text, stop)[0].split()]
    if LACKING.intersection(after):
        return False
    return not (after and _plural_noun(word.lower()) and _plural_head(after[0]))


@lru_cache(maxsize=2_000)
def _genitive_name(word: str) -> bool:
    return any({"Name", "sing", "gent"} <= p.tag.grammemes for p in analyzer().parse(word.lower()))


@lru_cache(maxsize=2_000)
def _plural_noun(lower: str) -> bool:
    return any({"NOUN", "plur", "nomn"} <= p.tag.grammemes and "Name" not in p.tag for p in analyzer().parse(lower))


@lru_cache(maxsize=2_000)
def _plural_head(lower: str) -> bool:
    """Whether a word reads first as a plural verb, adjective or participle: what a plural subject takes."""
    tag = analyzer().parse(lower)[0].tag
    return "plur" in tag and tag.POS in ("VERB", "ADJF", "ADJS", "PRTF", "PRTS")


def _noun_likelier(name: Any, readings: list[Any]) -> bool:
    """Whether a first name's reading of a lower-case word is plural, or genitive with a common noun's reading of
    the same case and number likelier (pymorphy3's scores)."""
    if name.tag.number != "sing":
        return True
    case = _case(name.tag)
    return case[0] == "gent" and any(p.score > name.score and "Name" not in p.tag and "NOUN" in p.tag
                                     and _case(p.tag) == case for p in readings)
