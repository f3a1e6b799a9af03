"""Session 71: the general kinds of blind72's urgency misses, each in other words, and the texts each change must
leave alone."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals


def names(text: str) -> set[tuple[str, str]]:
    return {(s.name, s.level) for s in find_signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a numbered microdistrict's «мкр.» hid the stop before the next sentence, whose first word read as its name
        "Ангарск, 22 мкр. Батареи отключили из-за порыва, а на улице -31",
        "Живём в 7 мкр. Отопления нет третий день",
        "3 мкрн. Газом пахнет в подъезде",
    ],
)
def test_a_numbered_microdistrict_names_no_street_after_its_stop(text):
    assert any(level == "critical" for _, level in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Спасибо, что починили фонарь на ул. Взрывной",
        "Пожарный проезд, 5 мкр. Пожарная улица вся в ямах",
    ],
)
def test_a_street_named_after_its_type_stays_a_name(text):
    assert not any(level == "critical" for _, level in names(text))
