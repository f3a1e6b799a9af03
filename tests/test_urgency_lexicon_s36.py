"""Session 36's lexicon changes (urgency.md): a patient sent away from admission for want of beds is denied urgent care
(critical); a supply given back with «пустили» settles an outage of the day before («вчера не было воды, вечером
пустили»: normal, as «дали»); thanks for a roof or a road patched («залатали», «закатали», «заасфальтировали»). On the
61,889 SPb + Kursk texts and the 5,113 annotated appeals they change no signal; on the dev sets blind12..34, 3 texts
(two of blind34, one of blind15). Each case of the first two tests but the «стационаре коек нет» one (another care
denied row reads it) has no such signal on the parent (d5bfafa)."""

from __future__ import annotations

import pytest
from helpers import names


@pytest.mark.parametrize(
    "text",
    [
        "Маму с давлением привезла скорая, в приёмном сказали мест нет, езжайте в область",
        "В стационаре коек нет, отца с инсультом оставили в коридоре, потом отправили домой",
    ],
)
def test_a_patient_sent_away_for_want_of_beds_is_denied_care(text):
    assert ("care denied", "critical") in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера весь день не было воды на ул. Гагарина, вечером пустили", "repaired"),
        ("Спасибо, крышу над подъездом наконец залатали", "thanks for a repair"),
        ("Спасибо, яму у остановки закатали", "thanks for a repair"),
    ],
)
def test_a_supply_given_back_and_a_patch_thanked_for(text, name):
    assert any(n == name for n, _ in names(text))
    assert all(level != "critical" for _, level in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "У больницы нет мест на парковке, машины ставят на газон",
        "В поликлинике нет мест для записи к терапевту на месяц",
        "В детском саду мест нет, очередь с рождения",
        "Больница переполнена? Если мест не будет, куда везти?",
    ],
)
def test_no_beds_elsewhere_is_no_care_denied(text):
    assert ("care denied", "critical") not in names(text)
