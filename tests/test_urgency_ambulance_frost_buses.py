"""Session 18 walkthrough (D2, D3, D8): an ambulance that does not come after a stroke («после инсульта» is a cause,
not a what-if) or has no crews («скорая сказала что нет машин») is "a patient denied urgent care" (critical);
children kept standing in the frost for long are "a child left in danger ... without heat" (critical); a bus taken
off its line («сняли с линии») or a run that did not come is "a bus route suddenly cancelled" (high). Not an
ambulance that came, a frost alone or a request for a shelter, a bus that came late. Written for the test; they test
the lexicon, which needs no refit."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.level) for s in find_signals(text)]


@pytest.mark.parametrize(("text", "signal"), [
    ("Маме 82 года, после инсульта, скорая не едет уже 3 часа", ("ambulance not coming", "critical")),
    ("Отцу плохо с сердцем, скорая сказала что нет машин", ("ambulance waited for", "critical")),
    ("Скорой нет уже два часа, у мужа инфаркт", ("ambulance waited for", "critical")),
    ("Школьный автобус не пришёл, дети стоят на морозе -25 уже час", ("children in the frost", "critical")),
    ("Рейсовый автобус Белебей - Уфа опять сняли с линии, никто не предупредил", ("route cancelled", "high")),
    ("Автобус №7 опять не пришёл, ждали 50 минут на остановке", ("bus not running", "high")),
    ("Автобус не пришел", ("bus not running", "high")),
])
def test_the_kind_is_read(text: str, signal: tuple[str, str]) -> None:
    assert signal in _found(text)


@pytest.mark.parametrize("text", [
    "Скорая приехала быстро, спасибо врачам",
    "Если скорая не едет, куда жаловаться?",
    "Дети ждут автобус на морозе, поставьте остановку с павильоном",
    "Почему электричка не пришла вовремя?",
    "Снег с остановки сняли, спасибо",
])
def test_no_alarm_where_none_is(text: str) -> None:
    found = _found(text)
    assert not any(level == "critical" for _, level in found)
    assert not any(name in ("route cancelled", "bus not running") for name, _ in found)
