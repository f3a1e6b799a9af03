"""A driving licence's number was kept in clear after «по правам» (the dative), «вод.удостоверение» (no space after the
dot) and «удостоверение водителя» (the words the other way round) (review s18 #7). Sentences written for the test."""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("по правам 7712 123456", "по правам [PASSPORT]"),
    ("вод.удостоверение 7712123456", "вод.удостоверение [PASSPORT]"),
    ("ВОД.УДОСТОВЕРЕНИЕ 7712 123456", "ВОД.УДОСТОВЕРЕНИЕ [PASSPORT]"),
    ("вод удостоверение 7712 123456", "вод удостоверение [PASSPORT]"),
    ("удостоверение водителя 7712 123456", "удостоверение водителя [PASSPORT]"),
    ("Удостоверения водителя № 77 АВ 123456 нет", "Удостоверения водителя № [PASSPORT] нет"),
])
def test_licence_number_masked(text: str, masked: str) -> None:
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize("text", [
    "по правам 3 собственников квартир",
    "удостоверение водителя выдано в 2019 году",
    "удостоверение водителя 12 штук",
    "по правам человека 2024 года",
    "водоснабжение 7712 123 нет",
])
def test_other_numbers_kept(text: str) -> None:
    assert redact(text) == text
