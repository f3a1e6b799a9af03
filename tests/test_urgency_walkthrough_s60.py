"""A Дагестан walkthrough's urgency misses (session 60, issue #4): a road closed by a landslide with people who cannot
leave is a settlement cut off (D3, critical by urgency.md); a road washed out «после дождя» is a real disruption, high
(D6: «после» had cancelled it as a what-if)."""

import pytest

from mcu_nlp.lexicon import find_signals, load_lexicon


def signals(text: str) -> set[tuple[str, str]]:
    return {(s.name, s.level) for s in find_signals(text, load_lexicon())}


@pytest.mark.parametrize("text", [
    "гуниб р-н, дорога на Гуниб после оползня закрыта, люди не могут выехать уже 2 дня",
    "После оползня дорогу закрыли, не можем выехать уже 2 дня",
    "Сошёл сель, трассу перекрыло, из села невозможно выехать",
])
def test_a_hazard_that_shut_the_road_out_is_a_settlement_cut_off(text: str) -> None:
    assert ("settlement cut off", "critical") in signals(text)


@pytest.mark.parametrize("text", [
    "Сход оползня, дорога перекрыта",  # the hazard and the closed road alone: high (session 20)
    "Год назад после оползня дорогу закрывали, не могли выехать",  # past
    "Не можем выехать из двора, машина перегородила дорогу",  # no hazard
    "Если сойдёт оползень, дорогу закроют и мы не сможем выехать",  # a what-if
])
def test_no_cut_off_without_a_hazard_now_and_people_stuck(text: str) -> None:
    assert ("settlement cut off", "critical") not in signals(text)


@pytest.mark.parametrize("text", [
    "Ленинкент дорогу размыло после дождя, грязь по колено, машины застревают",
    "После дождя размыло покрытие дороги во дворе",
])
def test_a_road_washed_out_after_rain_is_high(text: str) -> None:
    found = signals(text)
    assert ("road damaged by water", "high") in found and not any(level == "critical" for _, level in found)
