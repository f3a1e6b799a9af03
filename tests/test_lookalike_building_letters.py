"""A building part's letter typed as a Latin look-alike capital (session 15): «корп. B», «литер A», «СЕКЦИЯ A» read as
the Cyrillic letter Russian addresses write («корп. В», «литер А»), in any case; only the letter changes, offsets hold.
Before, only a capitals run folded it («СЕКЦИЯ A НЕ РАБОТАЕТ»), a mixed-case text kept it Latin."""

import pytest

from mcu_nlp.cleaning import fold_lookalikes


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("По указанному адресу, в секции B, НЕ работает лифт", "По указанному адресу, в секции В, НЕ работает лифт"),
        ("единственная парадная в доме 8 Литер B)", "единственная парадная в доме 8 Литер В)"),
        ("вдоль дома №195 литер A", "вдоль дома №195 литер А"),
        ("дом 5 корп. B, кв. 3", "дом 5 корп. В, кв. 3"),
        ("д. 12 к.A", "д. 12 к.А"),
        ("КОРПУС B ПОДЪЕЗД 2", "КОРПУС В ПОДЪЕЗД 2"),
        ("СЕКЦИЯ A НЕ РАБОТАЕТ ЛИФТ", "СЕКЦИЯ А НЕ РАБОТАЕТ ЛИФТ"),
        ("строение C", "строение С"),
    ],
)
def test_a_building_letter_is_read_as_cyrillic(typed, meant):
    folded = fold_lookalikes(typed)
    assert folded == meant and len(folded) == len(typed)
    assert fold_lookalikes(folded) == folded


@pytest.mark.parametrize("text", ["корпус A1", "блок BMW", "Wi-Fi B", "Нет света в доме B", "строение BC"])
def test_other_latin_letters_stay(text):
    assert fold_lookalikes(text) == text
