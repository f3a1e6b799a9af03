"""A Дагестан walkthrough's urgency misses (session 60, issue #4), kept as strict xfails: lexicon rows for them (U60)
were written and their refit failed its rule (benchmarks/RESULTS.md, session 60), so the shipped model still misses
them. A road closed by a landslide with people who cannot leave is a settlement cut off (D3, critical by urgency.md);
a road washed out «после дождя» is a real disruption, high (D6: «после» cancels the row as a what-if)."""

import pytest

import mcu_nlp


def test_a_hazard_that_shut_the_road_out_with_people_stuck_is_critical() -> None:
    """U60 failed its rule and this was a strict xfail; since session 68's refit (U68, the greetings and the border
    rows) the learned model calls it critical, with no row of the lexicon for a cut-off by a hazard."""
    text = "гуниб р-н, дорога на Гуниб после оползня закрыта, люди не могут выехать уже 2 дня"
    assert mcu_nlp.analyze(text, region="05").urgency == "critical"


@pytest.mark.xfail(strict=True, reason="U60 failed its rule: «после дождя» cancels the washed-out road's high")
def test_a_road_washed_out_after_rain_is_high() -> None:
    text = "Ленинкент дорогу размыло после дождя, грязь по колено, машины застревают"
    assert mcu_nlp.analyze(text, region="05").urgency == "high"


def test_the_hazard_and_the_closed_road_alone_stay_high() -> None:
    assert mcu_nlp.analyze("Сход оползня, дорога перекрыта").urgency == "high"
