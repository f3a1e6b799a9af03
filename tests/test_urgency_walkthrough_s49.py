"""Session 49, a walkthrough as ЦУР Республики Башкортостан (D3): a plant's emissions said to smell of rotten eggs
(hydrogen sulphide: «опять выбросы с нефтехима, воняет тухлыми яйцами, дети кашляют») were a gas smell, critical at
0.98, above real gas leaks in the queue; urgency.md puts emissions with children coughing at high. Rotten eggs said
with no plant stay a gas smell (mercaptan, the odorant gas is given).
"""

import pytest
from helpers import critical_names, names


@pytest.mark.parametrize("text", [
    "Салават, опять выбросы с нефтехима, воняет тухлыми яйцами, дети кашляют",
    "завод опять выбрасывает, пахнет тухлыми яйцами по всему району",
    "Стерлитамак, химзавод, ночью вонь тухлых яиц, окна не открыть",
    "с комбината выбросы, запах тухлых яиц, голова болит",
])
def test_a_plants_rotten_eggs_are_no_gas_smell(text: str) -> None:
    assert "gas smell" not in critical_names(text)


def test_the_emissions_stay_high() -> None:
    assert ("emissions people breathe", "high") in names(
        "Салават, опять выбросы с нефтехима, воняет тухлыми яйцами, дети кашляют")


@pytest.mark.parametrize("text", [
    "в подъезде воняет тухлыми яйцами",
    "на кухне пахнет тухлыми яйцами, голова болит",
    "в квартире запах тухлых яиц, у плиты сильнее",
    "с завода выбросы, а в квартире пахнет газом",
])
def test_rotten_eggs_at_home_are_a_gas_smell(text: str) -> None:
    assert "gas smell" in critical_names(text)
