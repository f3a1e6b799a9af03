"""«Нас топит сверху»: a flat flooded from the one above, said without naming a room, is critical (urgency.md,
"flooding of flats"; the Московская область walkthrough of session 58, D8); a radiator warm only at the top and a
roof leaking in the rain are not."""

import pytest

from mcu_nlp.lexicon import find_signals


@pytest.mark.parametrize("text", [
    "Из Люберец пишу: нас топит сверху уже час, вода по стенам, в управляющей никто не берёт трубку",
    "Нас топят соседи сверху",
    "Топит сверху, вода по стенам",
    "СВЕРХУ ЗАЛИВАЕТ! Соседей нет дома",
])
def test_flooding_from_above_is_critical(models, text: str) -> None:
    assert [s.name for s in find_signals(text) if s.level == "critical"] == ["flooding"]
    assert models.urgency.predict([text])[0] == "critical"


@pytest.mark.parametrize("text", [
    "Батарея топит только сверху, внизу холодная",
    "В дождь заливает сверху, крыша течёт",
    "Неделю назад топили соседи сверху, ремонт за чей счёт?",
])
def test_not_flooding_now(models, text: str) -> None:
    assert not [s for s in find_signals(text) if s.level == "critical"]
    assert models.urgency.predict([text])[0] != "critical"
