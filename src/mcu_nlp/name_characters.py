"""Characters of folklore and feasts whose names are shaped as a person's: no person. «Дед Мороз» (a kin word and
a surname's form: «Дед [PERSON]» was written), «Иван Купала» (a first name and a surname's form), «Илья Муромец»,
«Добрыня Никитич», «Алёша Попович», «Змей Горыныч», in any case («к Деду Морозу», «на Ивана Купалу»).
«Снегурочка», «Баба Яга», «Кощей Бессмертный» hold no name word: :mod:`mcu_nlp.names` leaves them as they are.
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.morphology import analyzer

#: The characters' two words by pymorphy3's lemmas (its own: «Никитич» and «Горыныч» read as «-ович»), «ё» as «е»
CHARACTERS = frozenset((
    ("дед", "мороз"), ("иван", "купала"), ("илья", "муромец"), ("добрыня", "никитович"), ("алеша", "попович"),
    ("змей", "горынович"),
))


def character(first: str, second: str) -> bool:
    """Whether two words, in any case and letter case, name a character of :data:`CHARACTERS`.

    >>> character("Деду", "Морозу"), character("ИВАНА", "КУПАЛУ"), character("Дед", "Петров")
    (True, True, False)
    """
    return any((a, b) in CHARACTERS for a in _lemmas(first.lower()) for b in _lemmas(second.lower()))


@lru_cache(maxsize=2_000)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(p.normal_form.replace("ё", "е") for p in analyzer().parse(word))
