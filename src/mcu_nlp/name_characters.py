"""Characters of folklore and feasts whose names are shaped as a person's: no person. «Дед Мороз» (a kin word and
a surname's form: «Дед [PERSON]» was written), «Иван Купала» (a first name and a surname's form), «Илья Муромец»,
«Добрыня Никитич», «Алёша Попович», «Змей Горыныч», in any case («к Деду Морозу», «на Ивана Купалу»).
«Снегурочка», «Баба Яга», «Кощей Бессмертный» hold no name word: :mod:`mcu_nlp.names` leaves them as they are.
A historical person's name that is, in appeals, the name of a team or a thing (:data:`NAMESAKES`) is no resident's
either: «Хоккей Салават Юлаев проиграл», «матч Салавата Юлаева». Streets named after such a person are kept by
:mod:`mcu_nlp.name_places` already («проспект Салавата Юлаева»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer

#: The characters' two words by pymorphy3's lemmas (its own: «Никитич» and «Горыныч» read as «-ович»), «ё» as «е»;
#: «Папа Карло» is a kin word and a first name (:mod:`mcu_nlp.name_kin` leaves it too)
CHARACTERS = frozenset((
    ("дед", "мороз"), ("иван", "купала"), ("илья", "муромец"), ("добрыня", "никитович"), ("алеша", "попович"),
    ("змей", "горынович"), ("папа", "карло"),
))

#: Historical people whose name, first name and surname, names a team, a town or a thing written without quotes, by
#: pymorphy3's lemmas (a nominative in -ев it reads as a plural first name's genitive: «Юлаев», "of the Юлаи"), each
#: with why it is listed:
NAMESAKES = frozenset((
    # the KHL hockey club of Уфа (ХК «Салават Юлаев»), named after the Bashkir national hero of the 1773-1775 uprising,
    # as are the town Салават, Уфа's avenue and its monument: in an appeal, the team, the avenue or the monument
    ("салават", "юлаев"), ("салават", "юлай"),
))
NAMED = CHARACTERS | NAMESAKES
#: A namesake's first word, in any case form and letter case, and the word after it: :func:`namesake_spans`
NAMESAKE_PAIR = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted({first for first, _ in NAMESAKES})) + r")[а-яё]{0,3}[ \t]{1,2}[А-ЯЁа-яё]+"
)


def character(first: str, second: str) -> bool:
    """Whether two words, in any case and letter case, name a character of :data:`CHARACTERS` or a historical
    person of :data:`NAMESAKES`.

    >>> character("Деду", "Морозу"), character("ИВАНА", "КУПАЛУ"), character("Дед", "Петров")
    (True, True, False)
    >>> character("Салават", "Юлаев"), character("Салавата", "Юлаева"), character("Салават", "Хамитов")
    (True, True, False)
    """
    return _named(first, second, NAMED)


def namesake(first: str, second: str) -> bool:
    """Whether two words, in any case and letter case, name a historical person of :data:`NAMESAKES`: after a role
    word or a verb of writing, calling or coming such a name is a person's («Заявитель Салават Юлаев»), elsewhere the
    team's or the monument's («болели за Салават Юлаев»).

    >>> namesake("Салавата", "Юлаева"), namesake("Деду", "Морозу")
    (True, False)
    """
    return _named(first, second, NAMESAKES)


def namesake_spans(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each historical person's name of :data:`NAMESAKES` in ``text``: no resident's, so
    :func:`mcu_nlp.names.find_names` leaves it, but still a person's name to :mod:`mcu_nlp.geo.names`, which reads no
    town in one («болели за Салавата Юлаева»: not the town Салават).

    >>> text = "болели за Салавата Юлаева, Салават Хамитов тоже"
    >>> [text[a:b] for a, b in namesake_spans(text)]
    ['Салавата Юлаева']
    """
    found = []
    for match in NAMESAKE_PAIR.finditer(text):
        first, second = match.group().split()
        if _named(first, second, NAMESAKES):
            found.append(match.span())
    return found


def _named(first: str, second: str, names: frozenset[tuple[str, str]]) -> bool:
    """Whether two words, in any case and letter case, are a pair of ``names`` by their lemmas."""
    return any((a, b) in names for a in _lemmas(first.lower()) for b in _lemmas(second.lower()))


@lru_cache(maxsize=2_000)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(p.normal_form.replace("ё", "е") for p in analyzer().parse(word))
