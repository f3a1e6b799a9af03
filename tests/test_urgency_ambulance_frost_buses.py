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
    ("Автобус не пришел", ("bus not running", "high")),
])
def test_the_kind_is_read(text: str, signal: tuple[str, str]) -> None:
    assert signal in _found(text)


@pytest.mark.parametrize("text", [
    "Скорая приехала быстро, спасибо врачам",
    "Если скорая не едет, куда жаловаться?",
    "Дети ждут автобус на морозе, поставьте остановку с павильоном",
    "Почему электричка не пришла вовремя?",
    # one late bus waited for minutes (walkthrough s46 D7: the labels read such waits normal; high before s46)
    "Автобус №7 опять не пришёл, ждали 50 минут на остановке",
    "Снег с остановки сняли, спасибо",
])
def test_no_alarm_where_none_is(text: str) -> None:
    found = _found(text)
    assert not any(level == "critical" for _, level in found)
    assert not any(name in ("route cancelled", "bus not running") for name, _ in found)


# Session 18 review #2 (items 6, 7): children in the frost asked about, as a habit, yesterday or used to it, and the
# ambulance service's means as a proposal, are no danger now; the same waits now stay critical.
@pytest.mark.parametrize(("text", "name"), [
    ("Могут ли дети ждать автобус на морозе час? Кто отвечает", "children in the frost"),
    ("Каждый день дети ждут автобус на морозе полчаса, сделайте расписание", "children in the frost"),
    ("Дети ждали автобус на морозе час вчера, сегодня пришел вовремя", "children in the frost"),
    ("Ребенок уже привык ждать на морозе, спасибо за новый павильон", "children in the frost"),
    ("На подстанции скорой нет машин на ремонте, поэтому закупите новые, прошу рассмотреть", "ambulance waited for"),
    ("Скорой нет минуты свободной, врачи перегружены, повысьте зарплаты", "ambulance waited for"),
])
def test_a_question_a_habit_a_past_wait_or_a_proposal_is_no_danger(text: str, name: str) -> None:
    assert name not in [n for n, _ in _found(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Дети ждут автобус на морозе уже час, автобуса нет", "children in the frost"),
    ("Скорой нет 40 минут, ребенок задыхается", "ambulance waited for"),
    ("Звоню в скорую, говорят нет машин, мужчине плохо", "ambulance waited for"),
])
def test_a_wait_now_stays_critical(text: str, name: str) -> None:
    assert (name, "critical") in _found(text)
