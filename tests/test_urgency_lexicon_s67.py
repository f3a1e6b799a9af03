"""Session 67, the Оренбург analyst's walkthrough: D2, the missing-person rows read a late bus or minibus as children
not come home («Маршрутка не пришла, дети из школы ждут на остановке» was critical at 0.93); D1, «в кранах сухо» read
no outage (the dry-tap row had «сухой», «пустой» only) and hot water running along a floor or a staircase read
nothing («вода горячая по полу течёт»). The near misses: a person late with no vehicle beside is still missing; a leak
that leaves a puddle, a tap, a warm floor, warm water in the risers are no flood of hot water; «сухо» after a
repair is no outage. The review of the session found the vehicle words cancelling real missing people with a bus or a
taxi named beside them: they now count only in the clause of «не пришёл» (``^`` words).
"""

import pytest
from helpers import critical_names, names

SIGNALS = [
    ("У нас в доме с утра в кранах сухо, старики и дети", "no water"),
    ("на первом этаже пар из пола и вода горячая по полу течёт", "hot water indoors"),
    ("Прорвало трубу отопления, кипяток хлещет по лестнице в подвал", "hot water indoors"),
    ("Сын не пришёл из школы, телефон не отвечает, уже ночь", "missing person"),
    ("Дочь 12 лет не пришла домой со школы, уже ночь", "missing person"),
    # a vehicle said beside a person who did not come is no bus late (review of session 67)
    ("Сын 10 лет не пришёл из школы, на автобус не сел, телефон не отвечает, уже ночь", "missing person"),
    ("Дочь не пришла домой из школы, водитель школьного автобуса говорит, что её не было, телефон выключен",
     "missing person"),
    ("Сын уехал на такси к другу и не пришёл домой, телефон не отвечает, уже ночь", "missing person"),
    ("Отец работает водителем, не пришёл домой, телефон не отвечает, уже ночь", "missing person"),
    ("Сын не пришёл домой из школы на автобусе, телефон не отвечает", "missing person"),
    ("Пенсионер не пришёл домой, уехал на электричке в сад, телефон не отвечает, уже ночь", "missing person"),
]

NEAR_MISSES = [
    ("Маршрутка не пришла, дети из школы ждут на остановке", "missing person"),
    ("Школьный автобус не пришёл, дети из Нежинки стоят", "missing person"),
    ("Автобус опять не пришёл, дети из деревни ждут час", "missing person"),
    ("стояк отопления в подъезде течёт, на полу лужа горячей воды", "hot water indoors"),
    ("горячая вода течёт из крана еле-еле, в подвале сыро", "hot water indoors"),
    ("Горячий пол в ванной не греет", "hot water indoors"),
    ("В кранах есть вода, но в бачке сухо", "no water"),
    ("Сантехник поменял кран, всё сухо", "no water"),
    ("В подвале сухо, кран перекрыт", "no water"),
    ("Горячая вода течёт по этажам еле тёплая", "hot water indoors"),
]


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_an_s67_danger_reads_its_signal(text: str, signal: str) -> None:
    assert signal in critical_names(text)


@pytest.mark.parametrize(("text", "signal"), NEAR_MISSES)
def test_an_s67_near_miss_reads_no_such_signal(text: str, signal: str) -> None:
    assert signal not in critical_names(text)


@pytest.mark.parametrize(("text", "found"), [
    ("Крутинка, ул. Горького — грейдер не проходил после метели, школьный автобус не смог проехать", True),
    ("грейдер не приезжал уже неделю, не выехать", True),
    ("если грейдер не пройдёт, автобус не поедет", False),
    ("грейдер приезжал вчера, спасибо", False),
])
def test_the_grader_that_did_not_come_is_roads_not_cleared(text: str, found: bool) -> None:
    """The Омск walkthrough's D4 (session 67): urgency.md high, snow (or a gravel road) not cleared."""
    assert (("roads not cleared", "high") in names(text)) is found
