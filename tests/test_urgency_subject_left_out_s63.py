"""Session 63 (U63): a danger told across a full stop. «Трактор зацепил плугом подземную газовую трубу. Шипит из
земли, запах на всю улицу» (a blind set's critical appeal) was normal: the gas leak row's window stopped at the full
stop, while «…газовую трубу, шипит» was critical. A sentence that opens with a verb in the 3rd person singular (or the
neuter past) and names no subject in the nominative in its first clause goes on the sentence before it, for the
danger rows (as a short exclamation does: «Жгут мусор. Дышать нечем!»); rows of absence, repairs and supplies said to
work still read each sentence alone.

Over the SPb, Kursk and annotated texts (43,718) the critical signals of 5 texts changed, 4 of them a danger that
goes on (benchmarks/RESULTS.md, session 63: U63's gates). A review then found sentences that name their subject joined
all the same («Заменили газовую плиту, спасибо. Шипит кран в ванной» a gas leak): pymorphy3's likeliest parse of
«кран», «ручей», «радио» is the accusative; every parse is read now, a duration («шипит уже час») aside.
"""

import pytest
from helpers import critical_names, names

from mcu_nlp.lexicon_words import sentence_groups, words

#: A danger whose subject is in the sentence before and its verb after a full stop, and the critical signal each reads
GOES_ON = [
    # (s66: a hiss and a smell in one sentence are a gas leak of their own, so the second sentence says no smell)
    ("Копали траншею и зацепили газовую трубу. Шипит из земли на всю улицу", "gas leak"),
    ("В подъезде на втором этаже газовый стояк. Свистит возле крана", "gas leak"),
    ("У соседки в квартире газовая плита. Шипит уже час, она не открывает", "gas leak"),
]

#: A verb-first sentence after a harmless one: the level of each, as read sentence by sentence
CONTROLS = [
    ("Во дворе новый фонарь. Горит всю ночь, спасибо", {("burning", "high")}),
    ("Крыша над подъездом старая. Течёт крыша во время дождя", {("leak", "high")}),
    ("Газовую плиту поменяли в прошлом году. Работает нормально", set()),
    ("Провели газ в дом. Шипит только чайник на плите", set()),
    ("Заменили газовую плиту, спасибо. Шипит кран в ванной", {("thanks for a repair", "normal")}),  # review s63
    ("Во дворе стоит газовая труба. Течёт ручей весной", set()),
    ("Рядом газопровод. Шипит радио у соседей", set()),
]


@pytest.mark.parametrize(("text", "name"), GOES_ON)
def test_a_danger_goes_on_after_a_full_stop(text, name):
    assert name in critical_names(text)
    assert not critical_names(text.replace(". ", ". Всё хорошо. ", 1))  # another sentence between: no longer one


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_a_verb_first_sentence_with_its_own_subject_or_no_danger_is_read_as_before(text, expected):
    assert names(text) == expected


def test_only_a_sentence_with_its_subject_left_out_goes_on():
    text = "Зацепили газовую трубу. Шипит из земли. Горит фонарь. Засыпали. Воняет"
    # «Горит фонарь» names its subject; «Засыпали» is plural: each its own sentence; «Воняет» goes on «Засыпали»
    assert sentence_groups(text, words(text)) == [0, 0, 2, 3, 3]


def test_absence_rows_still_read_each_sentence_alone():
    assert not critical_names("Газовую трубу починили. Нет утечки, всё проверили")
    assert names("Света нет. Газом пахнет!") == names("Газом пахнет!") | names("Света нет.")
