"""Session 19's lexicon rows read too wide (code review s20 #3-#5, #7, #13): lateness or a habit read as a missing
person, a utility's crew read as an ambulance not coming, a supply back somewhere else read as back here, a request
for a bus shelter read as children freezing now, a bird on a pole read as an animal stuck."""

import pytest

from mcu_nlp.lexicon import find_signals

CASES = [  # (text, signal name, whether it is found)
    # a person late, or a habit, is not missing; one not come home with no such word is
    ("Из-за отмены автобуса муж не пришёл с работы вовремя, добирался пешком", "missing person", False),
    ("Автобус 12 опять не пришёл, жена не пришла с работы к восьми, опоздала на два часа", "missing person", False),
    ("Сын не пришёл из школы на обед, потому что продлёнку перенесли", "missing person", False),
    ("Мама не приходит домой с работы раньше девяти из-за пробок на мосту", "missing person", False),
    ("Сын не пришёл из школы, телефон не отвечает", "missing person", True),
    ("Дочь не пришла домой, раньше всегда приходила вовремя", "missing person", True),
    ("Муж не пришёл с работы, телефон выключен, уже ночь", "missing person", True),
    # no free crews of a utility is no ambulance; a dispatcher's with someone ill is
    ("Мусоровоз не приехал, говорят нет свободных машин, температура +30, всё воняет", "ambulance waited for", False),
    ("Водоканал говорит нет свободной бригады, температура горячей воды 40 градусов", "ambulance waited for", False),
    ("Ремонтной бригады нет свободной, боль в спине уже от этих ям", "ambulance waited for", False),
    ("Нет свободных бригад, у ребенка температура 40", "ambulance waited for", True),
    # a supply back at the neighbours' or in other houses is not back here
    ("Газа нет неделю, в соседнем подъезде сейчас всё работает", "repaired", False),
    ("Воды нет третий день, у соседей уже всё работает, а у нас нет", "repaired", False),
    ("Отопления нет, в других домах уже всё нормально, а у нас батареи ледяные", "repaired", False),
    ("Воды нет с утра. Уже всё работает у всех кроме нашего дома", "repaired", False),
    ("Газа нет неделю, сейчас всё работает", "repaired", True),
    ("У соседей воды нет, а у нас сейчас всё работает", "repaired", True),
    # children in the frost: a request, a habit of winter or the future is no child freezing now (review #7)
    ("Зимой дети мёрзнут на остановке в -30, поставьте остановочный павильон", "children in the frost", False),
    ("Прошу установить павильон: школьники ждут автобус в -25 без укрытия", "children in the frost", False),
    ("Летом поставили новую остановку, а зимой в -20 дети будут мёрзнуть, там нет крыши", "children in the frost",
     False),
    ("Дети стоят на остановке в -30 уже час, автобуса нет", "children in the frost", True),
    # a bird sitting on a pole is where birds sit (review #13); a cat up a tree for days is stuck
    ("Птица сидит на столбе", "animal stuck", False),
    ("Кошка сидит на дереве третий день", "animal stuck", True),
]


@pytest.mark.parametrize(("text", "name", "found"), CASES)
def test_rows_read_only_their_kind(text: str, name: str, found: bool) -> None:
    assert any(s.name == name for s in find_signals(text)) is found


@pytest.mark.parametrize("text", [t for t, name, found in CASES if name == "repaired" and not found])
def test_an_outage_with_the_supply_back_elsewhere_stays_critical(text: str) -> None:
    assert any(s.level == "critical" for s in find_signals(text))
