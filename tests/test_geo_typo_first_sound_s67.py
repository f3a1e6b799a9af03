"""Session 67 (the Саратов walkthrough's D8): with no region, a one-letter typo was read into any town of 10,000+
people, even across the word's first letter: "в Расково нет газа" (a Саратов village the gazetteer lacks) went to
Красково of Люберцы at 0.7, "Жилком сервис" to Хилок. Now the typo keeps the first letter as written, or as sounded
in an unstressed first syllable ("в акуловке": Окуловка; ``choice.same_first_sound``).
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    (None, "в Расково нет газа", None),
    (None, "Обращения в Жилком сервис № 3 без ответа", None),
    (None, "в акуловке нет света с утра", "49628000"),
    (None, "в Шимоновске нет света", "10740000"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_typo_keeps_first_sound(region: str | None, text: str, oktmo: str | None) -> None:
    assert best_place(text, region) == oktmo
