"""A driving licence's number after «права» alone was kept in clear, while «водительские права», «ВУ» and «в/у» masked
it (1ceae31's message and SECURITY.md say «права»; session 17 review). Sentences written for the test."""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize(("text", "masked"), [
    ("права 7712 123456", "права [PASSPORT]"),
    ("мои права 7712 123456 изъяли", "мои права [PASSPORT] изъяли"),
    ("номер прав 7712123456", "номер прав [PASSPORT]"),
    ("Права: 77 АВ 123456", "Права: [PASSPORT]"),
    ("лишили прав, номер 9912 345678", "лишили прав, номер [PASSPORT]"),
])
def test_licence_after_rights_masked(text: str, masked: str) -> None:
    assert redact(text) == masked
    assert redact(redact(text)) == masked


@pytest.mark.parametrize("text", [
    "права 12 человек нарушены",
    "Сын лишен права на 2 года",
    "защита прав потребителей, договор 2024 года",
    "правами 3 собственников квартир",
    "справа 1234 567890",
])
def test_other_rights_kept(text: str) -> None:
    assert redact(text) == text
