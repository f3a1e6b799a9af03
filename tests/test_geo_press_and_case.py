"""A quoted name after a word for the press, and a sentence opening with a one-letter word in capitals (session 10,
blind10 kind 3): "Газета «Коммунар» писала" names a newspaper, "В сосновом бору свалка" a pine wood."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver

# (region, text, place names found): each row but the guards found a place on 55fe8a9
CASES = [
    ("47", "Газета «Коммунар» писала про нашу котельную", []),
    (None, "Об этом писал журнал «Коммунар»", []),
    ("47", "В газете «Сосновый Бор» опубликовали ответ", []),
    ("19", "в группе «Абаза» выложили видео", []),
    # a text whose only capital opens it with a one-letter word uses letter case: a lower-case phrase is no place
    ("47", "В сосновом бору за домами свалка, кто-нибудь уберёт?", []),
    ("47", "опять свалка. В сосновом бору за домами", []),
]
GUARDS = [
    ("47", "В Сосновом Бору свалка", ["Сосновый Бор"]),
    ("47", "в сосновом бору свалка", ["Сосновый Бор"]),  # no letter case at all: the caller's region decides
    ("47", "Коммунар, нет воды", ["Коммунар"]),
    (None, "Пишу в газету из Коммунара", ["Коммунар"]),
    ("47", "В Коммунаре нет воды", ["Коммунар"]),
    ("89", "В н.уренгое нет света", ["Новый Уренгой"]),
]


@pytest.mark.parametrize(("region", "text", "names"), CASES + GUARDS)
def test_the_press_and_letter_case(region: str | None, text: str, names: list[str]) -> None:
    assert [p.name for p in GeoResolver(region=region).resolve(text)] == names
