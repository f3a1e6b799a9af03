"""Session 69, the Республика Крым walkthrough: a drowning where people bathe and no one guards them read nothing
(«На пляже в Евпатории утонул человек, спасателей нет»: normal at 0.86; now high, the level the annotators gave such a
text); a question about a passport on the portal read «no appointment» (high). Kinds blind70's first run missed,
tested in other words than its texts: heating not started again after repairs, bleeding of a sister or after
childbirth, smoke into a room at night and waking with a headache (carbon monoxide). A storm drain's missing grate
was tried and left out: the annotators put «отсутствует решётка дождеприёмника» at high. The review of the session:
a drowning's row read mud and puddles («двор утонул в грязи»), the bleeding row a general statement («при родах
бывает кровотечение»), the smoke row a barbecue's and a bath-house's smoke through a window.
"""

import pytest
from helpers import critical_names, names


@pytest.mark.parametrize(("text", "found"), [
    ("На пляже в Евпатории утонул человек, спасателей нет", True),
    ("На озере утонул ребёнок, там нет ограждения и спасателей", True),
    ("В прошлом году утонул рыбак, спасателей тут нет никогда", False),
    ("Если кто-то утонет, спасателей нет", False),
    ("Весь двор утонул в грязи, ограждения нет", False),
    ("Утонуть можно в этой луже, нет ограждения у котлована", False),
    ("Пляж отличный, спасатели дежурят", False),
])
def test_a_drowning_where_no_one_guards_is_high(text: str, found: bool) -> None:
    assert (("drowning where no one guards", "high") in names(text)) is found


@pytest.mark.parametrize(("text", "found"), [
    ("Подскажите, где в Ялте получить загранпаспорт, на госуслугах нет записи", False),
    ("В поликлинике нет записи к терапевту на месяц вперёд", True),
    ("На госуслугах невозможно записаться на вакцинацию", True),
])
def test_no_appointment_is_a_doctor_not_a_passport(text: str, found: bool) -> None:
    assert (("no appointment", "high") in names(text)) is found


@pytest.mark.parametrize(("text", "signal", "found"), [
    ("нам так и не запустили отопление после замены труб", "no heating", True),
    ("у сестры сильное кровотечение, врачи не приходят", "person in danger now", True),
    ("кровотечение из носа у ребенка часто, запишите к лору", "person in danger now", False),
    ("При родах бывает кровотечение, а в роддоме нет крови для переливания", "person in danger now", False),
    ("ночью комнату заволокло дымом, утром у всех болит голова", "gas poisoning", True),
    ("сосед курит, ночью дым в комнату, голова болит", "gas poisoning", False),
    ("ночью дым со свалки, голова болит", "gas poisoning", False),
    ("спать не дают соседи, дым от шашлыков, голова болит", "gas poisoning", False),
    ("Соседи топят баню, ночью дым идёт в окна, болит голова", "gas poisoning", False),
])
def test_blind70_kinds(text: str, signal: str, found: bool) -> None:
    assert (signal in critical_names(text)) is found


@pytest.mark.parametrize(("text", "signal", "found"), [
    ("Здравствуйте, уважаемая администрация! Прошу при возможности рассмотреть следующее: провод от столба лежит на "
     "детской площадке.", "wires low over people", True),
    ("бабушка живёт одна, не выходит на связь третий день, дверь закрыта изнутри", "person not answering", True),
    ("соседка не выходит на связь третий день", "person not answering", True),
    ("провайдер не выходит на связь третий день", "person not answering", False),
    ("управляющая компания не выходит на связь третий день", "person not answering", False),
])
def test_the_ulyanovsk_walkthrough(text: str, signal: str, found: bool) -> None:
    """Session 69, an Ульяновская область walkthrough's D1 and D4."""
    assert (signal in critical_names(text)) is found
