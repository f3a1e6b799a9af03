"""A family named by its surname in the plural: «семья Петровых», «у Ивановых», «к Сидоровым», «Петровы из 5
квартиры». Such a word names the household as a person's name does, and :mod:`mcu_nlp.names` masks it.

A capitalised word is a family's surname when pymorphy3 reads it first as a surname, in the plural too, and it ends
as one (-овы, -евых, -иным, -ыными ...; «Красных», «Никольских» read first as adjectives: «у Красных ворот») and
either a family word («семья», «чета») stands right before it, or it is not in capitals, no plural noun of its case
follows it (then it is that noun's adjective: «Селиховы Дворы», «тепловыми счётчиками»; «и» is no noun) and either a
preposition («у», «к», «от», «с», «для», «про», «о», «при»; not «с.», a village's type) stands right before it in an
oblique case or it is in the nominative after no place's type («Петровы из 5 квартиры», «Ивановы опять шумят»; not «д.
Селиховы»). After a museum's or a namesake's word a family is an institution's name and stays («музей семьи
Ульяновых»), and so is a family word in the genitive or dative after a monument's or a church's word, or capitalised
after a street's, maybe with adjectives between («Памятник семье Романовых», «улица Семьи Шамшиных», «у памятника
царской семье Романовых»): what a place is named after or dedicated to; so is a family word after «в честь» or «в
память о» with such a place's word or a naming verb before («сквер назван в честь семьи Ивановых»). A resident's
family is the subject of its clause («у памятника семья Петровых распивает»: the nominative stays masked), the word
stands apart («Возле памятника, семье Петровых ...») or the street is where it is («на улице семьи Петровых жгут
мусор»). A surname after «и» or «или» is a family's when the one before it is («Петровы и Сидоровы»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import word_after, word_set, words_before
from mcu_nlp.name_places import MONUMENTS, PLACE_BEFORE, STREETS

#: The words of a family, in every case: a surname in the plural after one is the family's («семья Петровых»).
FAMILY_WORDS = word_set("семья семьи семье семью семьей семьёй семейство семейства семейству семейством чета четы "
                        "чете чету четой")
#: Prepositions after which a plural surname in an oblique case is a family («у Ивановых», «к Петровым»).
PREPOSITIONS = word_set("у к ко от с со для про о об при между")
#: A family word after these names an institution («музей семьи Ульяновых», «усадьба семьи Толстых»).
INSTITUTIONS = word_set("музей музея музее музеем дом-музей дом-музея усадьба усадьбы усадьбе имени им")
#: Words of a monument, a memorial or a church, and of a street or a square, as a name's head: a family word in the
#: genitive or dative after one, or after an institution's word, is what the place is named after or dedicated to
#: («памятник семье», «улица Семьи ...»: after a street's word capitalised, as a street's name is written; «на улице
#: семьи Петровых жгут» is where they are); no garden, house or thing a family owns («сад семьи Петровых»)
MEMORIALS = MONUMENTS | word_set("памятнику памятником памятнике монумент монумента мемориал мемориала стела стелы "
                                 "бюст бюста обелиск обелиска")
#: at most two adjectives between the place's word and the family word («памятник царской семье»); no possessive or
#: pronoun («у храма моей семье Петровых угрожают»: the writer's family, a resident's)
PRONOUNS = r"(?i:мо|тво|сво|наш|ваш|вс|эт|т|сам)(?:ей|ой|ого|его|им|ым)[ \t]"
ADJECTIVES = rf"\.?[ \t]{{1,2}}(?:(?!{PRONOUNS})[А-ЯЁа-яё]{{2,20}}(?:ой|ей|ого|его|ым|им)[ \t]{{1,2}}){{0,2}}"
#: A place's word or a naming verb, at most three words, and «в честь» or «в память о» (which govern the family word
#: as the dative after a memorial does: a dedication, no family's own thing): «сквер назван в честь семьи Ивановых»,
#: «Сквер в честь семьи ...», «улицу переименовали в честь семьи ...», «стела в память о семье ...»; no place's
#: word before it, the honour is a resident's («праздник в честь семьи Петровых устроили соседи»: stays masked)
IN_HONOUR = (r"(?i:" + "|".join(sorted(map(re.escape, MEMORIALS | STREETS | INSTITUTIONS), key=len, reverse=True))
             + r"|назван[аоы]?|назвали|назовут|назвать|переименова\w{0,4}|посвящ\w{0,4})(?![\w-])"
             r"(?:[ \t,]{1,2}[А-ЯЁа-яё-]{1,20}){0,3}[ \t]{1,2}(?i:в[ \t]{1,2}честь|в[ \t]{1,2}память[ \t]{1,2}о)"
             r"[ \t]{1,2}"
             r"(?i:семьи|семейства|четы|семье|семействе|чете)")
#: A memorial is dedicated to a family in the dative («памятник семье Романовых»); in the genitive it is the family's
#: own («памятник семьи Петровых повален»: a grave, a resident's), which only an institution's word names after them
NAMED_AFTER_FAMILY = re.compile(
    r"(?<![\w-])(?:(?i:" + "|".join(sorted(map(re.escape, INSTITUTIONS), key=len, reverse=True)) + ")"
    + ADJECTIVES + r"(?i:семьи|семье|семейства|семейству|четы|чете)"
    r"|(?i:" + "|".join(sorted(map(re.escape, MEMORIALS), key=len, reverse=True)) + ")"
    + ADJECTIVES + r"(?i:семье|семейству|чете)"
    r"|(?i:" + "|".join(sorted(map(re.escape, STREETS), key=len, reverse=True)) + ")"
    + ADJECTIVES + r"(?:С(?i:емьи|емье|емейства|емейству)|Ч(?i:еты|ете))|" + IN_HONOUR + r")[ \t]{1,2}\Z"
)
#: A village's type before its name («д. Селиховы Дворы»), besides a street's or town's (name_places.PLACE_BEFORE).
VILLAGES = word_set("д дер деревня деревни деревне деревню с село села селе селу х хут хутор хутора хуторе сл слобода "
                    "слободы слободе снт ст станица станицы")
#: A capitalised word, «и» or «или» before a word: the first of two families joined («Петровы и Сидоровы»)
JOINED_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+)[ \t]{1,2}(?:и|или)[ \t]{1,2}\Z")
SURNAME = re.compile(r"[А-ЯЁ][а-яё]+")
#: Words that are no noun after a surname though pymorphy3 reads them as one too («и»: a letter's name)
NO_NOUN = ("CONJ", "PREP", "PRCL", "INTJ")
#: The endings of a Russian surname in the plural.
PLURAL_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)(?:ы|ых|ым|ыми)$")


@lru_cache(maxsize=2_000)
def _family_case(lower: str) -> str:
    """The case of ``lower`` read as a surname in the plural if pymorphy3 reads it first as a surname («Петровым»:
    first a man's instrumental, then the family's dative), else ""."""
    if not PLURAL_SURNAME.search(lower):
        return ""
    parses = analyzer().parse(lower)
    if "Surn" not in parses[0].tag:
        return ""
    return next((str(p.tag.case) for p in parses if {"Surn", "plur"} <= p.tag.grammemes), "")


def family(text: str, match: re.Match[str], joined: bool = False) -> bool:
    """Whether the capitalised word ``match`` of ``text`` names a family by its surname in the plural; after «и» or
    «или», when the surname before it does (``joined``: that one is read so, with no look further back).

    >>> import re
    >>> text = "семья Петровых и у Ивановых; Петровы из 5 квартиры; музей семьи Ульяновых; у Красных ворот"
    >>> [m.group() for m in re.finditer(r"[А-ЯЁ][а-яё]+", text) if family(text, m)]
    ['Петровых', 'Ивановых', 'Петровы']
    >>> text = "Жильцы Петровы и Сидоровы"
    >>> [m.group() for m in re.finditer(r"[А-ЯЁ][а-яё]+", text) if family(text, m)]
    ['Петровы', 'Сидоровы']
    """
    case = _family_case(match.group().lower())
    if not case:
        return False
    words = words_before(text, match.start())
    before = words[-1] if words else ""
    if before in FAMILY_WORDS:
        named = NAMED_AFTER_FAMILY.search(text, max(0, match.start() - 90), match.start())
        return (len(words) < 2 or words[-2] not in INSTITUTIONS) and named is None
    if before in ("и", "или") and not joined:  # «Петровы и Сидоровы», «у Петровых и Сидоровых»: as the first is
        first = JOINED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if first and family(text, SURNAME.match(text, first.start(1)), joined=True):
            return True
    if match.group().isupper() or _adjective_of(word_after(text, match.end()), case):
        return False  # capitals tell no name; «С ТЕПЛОВЫМИ СЧЁТЧИКАМИ», «Петровы дворы»
    if case == "nomn":
        return before not in PLACE_BEFORE and before not in VILLAGES  # «д. Селиховы»
    # a preposition with a dot after it is a village's type: «с. Петровых»
    return before in PREPOSITIONS and not text[max(0, match.start() - 8) : match.start()].rstrip().endswith(".")


@lru_cache(maxsize=2_000)
def _adjective_of(word: str, case: str) -> bool:
    """Whether ``word`` is a noun in the plural of ``case``: the word before it is then its adjective («Селиховы
    дворы», «тепловыми счётчиками»), no family."""
    parses = analyzer().parse(word) if word else []
    return bool(parses) and parses[0].tag.POS not in NO_NOUN and any({"NOUN", "plur", case} <= p.tag.grammemes
                                                                      for p in parses)
