"""Session 70: kinds blind71's first run missed, tested in other words than its texts: a wild animal's bite (rabies),
a boat or a landing stage heeling with people on it, a radiation reading above the background, a child fainting from
hunger, fingers or lips turning blue, a road accident whose people were taken away by ambulance, and a boy or a girl
knocked down or struck by a vehicle (the person slot had no «мальчик»). «Детям есть нечего» beside a benefit stopped
was tried and left out: the annotators put it at high, as wages unpaid.
"""

import pytest
from helpers import critical_names


@pytest.mark.parametrize(("text", "signal", "found"), [
    # a wild animal's bite
    ("Во дворе енот покусал мальчика, бегает между машинами", "wild animal bite", True),
    ("Хорёк укусил сына за палец в сарае, кровь не останавливается", "wild animal bite", True),
    ("Если енот укусит, куда обращаться?", "wild animal bite", False),
    ("В прошлом году белка укусила ребёнка в парке, теперь её кормят все", "wild animal bite", False),
    # a boat or a landing stage heeling with people on it
    ("Паром до острова перегружен, людей стоят у самого борта, его кренит на волне", "vessel heeling", True),
    ("Понтон у пляжа накренился, а на нём прыгают подростки", "vessel heeling", True),
    ("Лодка стоит на зимовке, накренилась на берегу", "vessel heeling", False),
    # a radiation reading above the background
    ("Дозиметр у детской площадки показывает в десять раз выше фона", "radiation reading", True),
    ("Где посмотреть радиационный фон в городе? Превышен ли он?", "radiation reading", False),
    ("Замеряли радиацию у школы, фон в норме", "radiation reading", False),
    # a child fainting from hunger
    ("Мальчик из соседней квартиры голодный, сегодня упал в обморок во дворе", "nothing to eat", True),
    ("Дети приходят из столовой голодные, в обмороке никто не был, но меню ужасное", "nothing to eat", False),
    # turning blue
    ("У ребёнка посинели губы, он тяжело дышит", "turning blue", True),
    ("Дверь подъезда посинела после покраски", "turning blue", False),
    # a road accident, people taken away
    ("На трассе столкнулись две машины, пассажира увезли в реанимацию", "injured in an accident", True),
    ("Авария на водопроводе, воду увезли цистерной", "injured in an accident", False),
    # a boy or a girl knocked down or struck
    ("На переходе у школы сбили девочку", "injured in an accident", True),
    ("Мотоцикл задел мальчика на тротуаре, нога в крови", "injured in an accident", True),
    ("Экскаватор задел трубу, водитель уехал", "injured in an accident", False),
])
def test_the_kinds_blind71_missed(text: str, signal: str, found: bool) -> None:
    assert (signal in critical_names(text)) is found
