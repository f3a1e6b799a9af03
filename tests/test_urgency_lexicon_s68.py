"""Session 68, the Алтайский край and Тюменская область analysts' walkthroughs: a gas smell said by its noun or its
sense read nothing («вонь газа в подъезде», «Вонища газа», «чувствуется газ»: normal at 0.86) while a car's exhaust
read a gas smell («пахнет выхлопными газами во дворе», critical); «водопровод не работает, воду возим бочками» read
no outage; a wire lying on a path by a school read nothing; a bridge said to sink read nothing («мост проседает, по
нему ездят машины», normal); no mobile signal that leaves no way to call an ambulance was no disruption.
"""

import pytest
from helpers import critical_names, names

SIGNALS = [
    # the review of the session: the new words' exceptions must not cancel a plain smell
    ("В подъезде сильно пахнет газом, давление в трубе упало", "gas smell"),
    ("Пахнет газом, напор воды слабый", "gas smell"),
    ("бийск зареченский опять вонь газа в подъезде", "gas smell"),
    ("Вонища газа на весь подъезд", "gas smell"),
    ("чувствуется газ в подъезде", "gas smell"),
    ("сильная вонь газом в квартире", "gas smell"),
    ("Казанский район, с. Ильинка — водопровод не работает, воду возим бочками третью неделю", "no water"),
    ("водокачка не работает третий день, воды нет ни у кого", "no water"),
    ("Подскажите, кто отвечает за провод, который лежит на дорожке возле школы? Уже неделю лежит",
     "wires low over people"),
    ("мост проседает, по нему ездят машины", "bridge failing"),
]

NEAR_MISSES = [
    ("вонь от выхлопных газов у дороги", "gas smell"),
    ("чувствуется слабый напор газа в плите", "gas smell"),
    ("горячий водопровод не работает, холодная есть", "no water"),
    ("летний водопровод не работает, полив из бочки", "no water"),
    ("асфальт на мосту просел, яма", "bridge failing"),
    ("если мост просядет, деревня останется отрезанной", "bridge failing"),
    # the review of the session
    ("Счетчик водопровода не работает, поменяйте", "no water"),
    ("Диспетчерская водоснабжения не работает", "no water"),
    ("Дорога у моста просела, образовалась колея", "bridge failing"),
]


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_an_s68_danger_reads_its_signal(text: str, signal: str) -> None:
    assert signal in critical_names(text)


@pytest.mark.parametrize(("text", "signal"), NEAR_MISSES)
def test_an_s68_near_miss_reads_no_such_signal(text: str, signal: str) -> None:
    assert signal not in critical_names(text)


@pytest.mark.parametrize(("text", "found"), [
    ("нет мобильной связи, скорую не вызвать", True),
    ("Горняк, связь пропадает, до скорой не дозвониться", True),
    ("нет связи, скорая приехала, всё хорошо", False),
    ("связь плохая, интернет медленный", False),
    ("По телефону поликлиники не дозвониться, нужна помощь с записью к врачу", False),
])
def test_no_signal_to_call_an_ambulance_is_high(text: str, found: bool) -> None:
    """The Алтайский край walkthrough's D6 (session 68): urgency.md high, a real disruption."""
    assert (("no way to call for help", "high") in names(text)) is found


WAR_SIGNALS = [
    ("у остановки лежит мина-лепесток, дети ходят рядом", "unexploded ordnance"),
    ("нашли мину на огороде", "unexploded ordnance"),
    ("в поле нашли кассетный боеприпас", "unexploded ordnance"),
    ("на дороге обломки дрона, возможно со взрывчаткой", "unexploded ordnance"),
    ("на огороде лежит неразорвавшийся снаряд", "unexploded ordnance"),
    ("возле школы лежит неразорвавшаяся ракета", "unexploded ordnance"),
    ("в дом попал дрон", "drone or shell hit"),
    ("помогите эвакуировать бабушку из села, постоянно обстреливают", "evacuation under fire"),
    ("с. Козинка: обстрелы каждый день, остались пожилые люди без связи и продуктов, вывезите их",
     "evacuation under fire"),
]

WAR_NEAR_MISSES = [
    ("в спортзале сломан гимнастический снаряд", "unexploded ordnance"),
    ("это мина замедленного действия для бюджета", "unexploded ordnance"),
    ("обломки дрона убрали, спасибо", "unexploded ordnance"),
    ("квадрокоптер упал на крышу сарая, достаньте", "drone or shell hit"),
    ("Нас эвакуировали еще в 2022 после обстрелов, когда выплатят компенсацию за дом?", "evacuation under fire"),
    ("после обстрела вывезите мусор и стекло со двора", "evacuation under fire"),
    # the review of the session
    ("Нашли в пятерочке гранаты с плесенью", "unexploded ordnance"),
    ("Рекламная растяжка упала и лежит на дороге", "unexploded ordnance"),
    ("Скорчил кислую мину, когда увидел счет за свет", "unexploded ordnance"),
    ("На площадке лежит сломанный снаряд", "unexploded ordnance"),
    ("У мамы паническая атака, помогите вывезти её в больницу", "evacuation under fire"),
    ("Просим вывезти сломанные спортивные снаряды с площадки", "evacuation under fire"),
    ("Праздничная ракета упала на крышу сарая", "drone or shell hit"),
    ("Горка-ракета во дворе упала, дети играли рядом", "drone or shell hit"),
]


@pytest.mark.parametrize(("text", "signal"), WAR_SIGNALS)
def test_an_s68_border_danger_reads_its_signal(text: str, signal: str) -> None:
    """The Белгородская область walkthrough's D1-D3 (session 68): ordnance, a hit, evacuation under fire."""
    assert signal in critical_names(text)


@pytest.mark.parametrize(("text", "signal"), WAR_NEAR_MISSES)
def test_an_s68_border_near_miss_reads_no_such_signal(text: str, signal: str) -> None:
    assert signal not in critical_names(text)


@pytest.mark.parametrize(("text", "signal", "found"), [
    ("после атаки БПЛА выбило окна в квартире", "blast damage", True),
    ("после прилета дрона выбиты окна во всем подъезде", "blast damage", True),
    ("окна после обстрела в 2023 уже заменили", "blast damage", False),
    ("сирену не слышно, узнаем о ракетной опасности из телеграма", "siren not heard", True),
    ("не слышно сирен во время ракетной опасности", "siren not heard", True),
    ("сирена скорой не слышна в пробке", "siren not heard", False),
    ("проверка сирен, одна не работает", "siren not heard", False),
    ("СМС-оповещение не работает", "siren not heard", False),
    ("Дети запускали ракету и разбили окно", "blast damage", False),
])
def test_blast_damage_and_a_silent_siren_are_high(text: str, signal: str, found: bool) -> None:
    """The Белгородская область walkthrough's D3 and D5 (session 68): urgency.md high."""
    assert ((signal, "high") in names(text)) is found


def test_broken_glass_alone_is_no_blast() -> None:
    """The session's lexicon gate: «осколки» of a smashed bus-stop pane read blast damage until the row lost them."""
    assert ("blast damage", "high") not in names("На остановке выбиты стёкла, осколки на лавке")
