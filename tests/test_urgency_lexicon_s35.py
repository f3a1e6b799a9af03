"""Session 35's lexicon rows (urgency.md critical): water going into homes («вода заходит в дома», «вода уже идёт в
квартиры») and people stranded on a snowed-up road for hours or short of fuel. On the dev sets blind12..32 they fire on
9 texts, all labelled critical; on the 61,889 SPb + Kursk texts and the 5,113 annotated appeals on none. Each case of
the first test finds no critical signal on the parent (973b9a9)."""

from __future__ import annotations

import pytest
from helpers import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ливнёвки забиты, вода заходит в дома на Луговой, люди выносят вещи", "flood"),
        ("Река поднялась, вода уже идёт в квартиры первого этажа", "flood"),
        ("после ливня вода зашла в квартиры нижних этажей", "flood"),
        ("ВОДА ХЛЫНУЛА В КОМНАТЫ, ПОМОГИТЕ", "flood"),
        ("Буран, трассу замело, машины стоят четвёртый час, бензин на исходе", "stranded in the snow"),
        ("метель третьи сутки, на перевале встали фуры, водители без топлива", "stranded in the snow"),
        ("После пурги дорогу занесло, автобус с людьми стоит с ночи", "stranded in the snow"),
    ],
)
def test_the_new_kinds_are_critical(text, name):
    assert (name, "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "вода идёт в квартиры ржавая, напор слабый",  # a supply
        "вода идёт в подвал дома",  # no home: «дома» is the house's
        "с крыши вода идёт в квартиры верхних этажей",  # a roof's leak: the leak rows' (high)
        "машины стоят во дворе, метель, чистят только ночью",  # parked
        "если будет метель, машины будут стоять часами",  # a what-if
        "вчера метель была, машины стояли три часа, сейчас всё расчистили",  # past and cleared
    ],
)
def test_their_near_misses_are_not_critical(text):
    assert not any(level == "critical" for _, level in names(text))
