"""Session 40's walkthrough (a ЦУР of Ростовская область): urgency signals it found missing or misread."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals


def critical_p(models, text: str) -> float:
    return float(models.urgency.predict_proba([text])[0][list(models.urgency.classes_).index("critical")])


@pytest.mark.parametrize("text, signal", [
    # the floor stood between the window and the smoke: normal at 0.008
    ("из окна квартиры на 3 этаже идёт дым", "smoke"),
    ("Таганрог, из окна квартиры на 3 этаже идёт дым, никто не открывает", "smoke"),
    # a child alone on a balcony: normal at 0.03
    ("Ребенок один на балконе, плачет, родители не открывают", "person left alone"),
    ("маленький ребенок один на балконе 9 этажа, родителей нет", "person left alone"),
    # a slab that came down, more still hanging: high, the roof six words from the ice
    ("с крыши пятиэтажки в Таганроге сорвалась глыба льда, чуть не убила женщину, там еще висят",
     "ice fell from a roof"),
])
def test_smoke_a_child_alone_on_a_balcony_and_a_fallen_ice_slab_are_critical(models, text, signal):
    assert models.urgency.predict([text])[0] == "critical"
    assert signal in {s.name for s in models.urgency.explain(text)}


@pytest.mark.parametrize("text", [
    "Почему МФЦ в Ростовской области не работают по субботам? невозможно попасть работающему человеку",
    "в паспортный стол невозможно попасть, очередь с 6 утра",
    "в МФЦ Батайска невозможно попасть, талонов нет",
    "на приём к главе района невозможно попасть",
    "в бассейн невозможно попасть, все секции забиты",
    "В садик невозможно попасть, очередь на 3 года",
])
def test_an_office_a_pool_or_a_kindergarten_one_cannot_get_into_is_no_clinic(text):
    # each was high at 0.87-0.93 by the clinic row «невозможно попасть»
    assert "no appointment" not in {s.name for s in find_signals(text)}


@pytest.mark.parametrize("text", [
    "В поликлинике невозможно записаться к терапевту",
    "к педиатру невозможно попасть, талонов нет уже месяц",
    "В МФЦ был, а в поликлинику к хирургу невозможно записаться",  # the match's own sentence names the clinic
])
def test_a_clinic_one_cannot_get_into_stays_high(text):
    assert "no appointment" in {s.name for s in find_signals(text)}


@pytest.mark.parametrize("text", [
    "дети играют одни во дворе у балкона",  # outdoors, not left alone
    "снег с крыши упал на машину, помял капот",  # a car, not a person under it
    "с крыши сбросили снег и наледь прямо на тротуар, не убрали",  # cleaners
])
def test_no_critical_for_children_outdoors_snow_on_a_car_or_roof_cleaning(text):
    assert not {s.name for s in find_signals(text)} & {"person left alone", "ice fell from a roof"}
