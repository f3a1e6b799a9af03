"""Session 66: kinds of critical appeals no lexicon row read, from blind66's misses (scored first with the session's
start): a hiss and a smell told together with no gas word (a pipe hooked by a plough or a drill), a person lying in
the snow itself, «из кранов ни капли» (pymorphy3 reads «кранов» first as the adjective «крановый»), and a person who
speaks of ending their life (urgency.md critical: "a
threat to life or health now"). Of the earlier blind sets, two hiss-and-smell rows (a gas pipe bent on its supports, a
tree fallen on a gas pipe) were critical texts answered lower; no text of the SPb / Kursk corpora or of the annotated
appeals changes its answer (benchmarks/RESULTS.md, session 66).
"""

import pytest
from helpers import critical_names

SIGNALS = [
    ("Тракторист зацепил трубу у дома. Теперь в огороде шипит, пахнет на весь двор", "gas leak"),
    ("В луже на том месте пузыри и свист, пахнет тухлым", "gas leak"),
    ("В Облучье у магазина на снегу лежит мужчина, не встаёт, −27", "person in the frost"),
    ("в сугробе у остановки лежит женщина, не шевелится", "person in the frost"),
    ("Третьи сутки из кранов ни капли, даже ночью", "no water"),
    ("Брат не спит, говорит, что всем будет лучше без него, раздал свои вещи", "suicide risk"),
    ("Сосед грозится покончить с собой, сидит на балконе", "suicide risk"),
    ("Сын-подросток пишет в чате про суицид, помогите", "suicide risk"),
]

NEAR_MISSES = [
    "чайник свистит, пахнет гарью на кухне",  # a kettle (a smoke signal, no gas leak)
    "Сковородка шипит, пахнет маслом на весь подъезд",  # frying
    "снег лежит, мороз -20, человек не может пройти",  # snow lying on the ground
    "собака лежит на снегу, мужчина её кормит",  # a dog
    "в школе провели лекцию по профилактике суицида",  # prevention
    "нам лучше без него, уберите этого начальника",  # no one says it of themselves
    "Пробегающий ребёнок может не увидеть трос и повесится на нем",  # a what-if of another kind
    "покончить с ямами на дорогах",
    "Год назад сосед покончил с собой, квартира пустует, долги за коммуналку",  # the past
]


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_an_s66_danger_reads_its_signal(text: str, signal: str) -> None:
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_s66_near_miss_reads_no_new_critical_signal(text: str) -> None:
    assert not critical_names(text) & {"gas leak", "person in the frost", "suicide risk"}
