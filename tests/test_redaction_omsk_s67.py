"""An Омская область analyst's walkthrough (session 67, D5): a lower-case name with a short «-ич» patronymic
(«петров иван ильич», «кузнецов олег никитич») was masked without it («[PERSON] ильич»: 603 rows of a 30,000-row
masked output kept the patronymic); ``names.LOWER_PATRONYMIC`` guarded the lower-case pass by «-вич», «-вна», «-ична»
only.
"""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("петров иван ильич", "[PERSON]"),
    ("кузнецов олег никитич", "[PERSON]"),
    ("звоните петров иван ильич 89001234567", "звоните [PERSON] [PHONE]"),
    ("иванов петр кузьмич, кв 5", "[PERSON], кв [FLAT]"),
])
def test_a_short_patronymic_is_masked_with_its_name(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", ["пришёл мастер с ильичом", "лукич"])
def test_a_patronymic_alone_is_no_name(text: str) -> None:
    assert redact(text) == text
