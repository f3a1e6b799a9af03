"""Session 66: kinds of critical appeals no lexicon row read, from blind66's misses (scored first with the session's
start): a hiss and a smell told together beside a pipe, the ground or a puddle with no gas word (a pipe hooked by a
plough or a drill), a person lying in the snow itself in the frost, «из кранов ни капли» (pymorphy3 reads «кранов»
first as the adjective «крановый»), and a person who speaks of ending their life (urgency.md critical: "a threat to
life or health now"). The review of the session found the first rows firing on ordinary texts (cats hissing, a radiator
with air, «переходить здесь дорогу — самоубийство», children playing in a drift): those are the near misses below.
"""

import pytest
from helpers import critical_names

SIGNALS = [
    ("Тракторист зацепил трубу у дома, в огороде шипит, пахнет на весь двор", "gas leak"),
    ("Задели трубу. В луже на том месте пузыри и свист, пахнет тухлым", "gas leak"),
    ("В Облучье у магазина на снегу лежит мужчина, не встаёт, −27", "person in the frost"),
    ("в сугробе у остановки лежит женщина, не шевелится, мороз", "person in the frost"),
    ("Третьи сутки из кранов ни капли, даже ночью", "no water"),
    ("Брат не спит, говорит, что всем будет лучше без него, раздал свои вещи", "suicide risk"),
    ("Сосед грозится покончить с собой, сидит на балконе", "suicide risk"),
]

NEW_ROWS = {"gas leak", "person in the frost", "suicide risk"}

NEAR_MISSES = [
    "Соседские кошки шипят, в подъезде пахнет мочой",
    "Батареи шипят, воздух, пахнет сыростью в квартире",
    "Кондиционер соседа свистит, пахнет плесенью",
    "Из крана шипит воздух, запах хлорки",
    "Подростки свистят, курят, пахнет табаком",
    "Из люка свист и запах канализации",
    "Задели трубу. Шипения не слышно, пахнет немного сыростью",
    "чайник свистит, пахнет гарью на кухне",
    "Переходить здесь дорогу с детьми — самоубийство. Просим установить светофор.",
    "Зимой выезжать на эту трассу — чистое самоубийство",
    "Соседи сказали, что двору лучше без него, снесите старый гараж",
    "Мне сказали, что лучше без меня справятся",
    "Год назад сосед покончил с собой, квартира пустует, долги за коммуналку",
    "Пенсионеры ходят по снегу, он лежит с декабря, мороз",
    "Дети лежат в сугробе, играют, весело, мороз -10",
    "Машины соседа в сугробах, дети спят в машине, мороз",
]


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_an_s66_danger_reads_its_signal(text: str, signal: str) -> None:
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_s66_near_miss_reads_no_new_critical_signal(text: str) -> None:
    assert not critical_names(text) & NEW_ROWS
