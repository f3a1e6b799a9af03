"""Lexicon kinds for urgency.md items a fresh-user walkthrough found read at the wrong level (session 15; these
sentences are in no evaluation set): people dressed for the cold indoors, emissions people cough from, an ambulance
that took hours (all high), a fire moving on homes (critical), and a monument crumbling (normal: its upkeep, not a
danger to people, as the annotated «Памятник ... Отваливается облицовочная плитка!» is labelled)."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency import lexicon_predict

# (text, the lexicon's level): each read at another level on 3154b07
FOUND = [
    ("В школе №5 в классах +15, дети сидят в куртках", "high"),  # was normal
    ("Дома холодно, спим в верхней одежде", "high"),
    ("опять выбросы, дети кашляют", "high"),  # was normal
    ("От завода запах химии, у детей аллергия и тошнота", "high"),
    ("Скорая ехала к бабушке 2 часа", "high"),  # was normal
    ("Скорая добиралась до деревни больше часа", "high"),
    ("Горит сухая трава, огонь подходит к домам", "critical"),  # was normal
    ("Горит поле, огонь идёт на деревню", "critical"),  # was high ("burning")
    ("Жгут траву на поле, пламя приближается к домам", "critical"),
    ("Памятник воинам ВОВ в парке разрушается, плитка отвалилась", "normal"),  # was critical
    ("Отбита плитка на постаменте памятника, надпись разрушается", "normal"),
]

# (text, a row's name): what the new rows must not read, and what a monument does not cancel
NOT_FOUND = [
    ("Скорая приехала через 5 минут, спасибо", "ambulance late"),
    ("Скорая приехала в 2 часа ночи", "ambulance late"),
    ("Ждём скорого ответа уже час", "ambulance late"),
    ("Если скорая будет ехать час, человек умрёт", "ambulance late"),
    ("Люди идут к вечному огню у домов", "fire spreading"),
    ("Если огонь перекинется на дома, будет беда", "fire spreading"),
    ("На остановке стоим в куртках по часу", "dressed for the cold indoors"),
    ("В гардеробе не принимают одежду, дети сидят в куртках", "dressed for the cold indoors"),
    ("Если завод будет выбрасывать, люди начнут кашлять", "emissions people breathe"),
]
STILL_FALLING = [  # a monument names no safe place for what falls on people, a lamp or a facade
    "Памятник у школы: плитка падает на тротуар, где ходят дети",
    "Падает уличный фонарь недалеко от места, где раньше был памятник",
    "Здание - памятник архитектуры, с фасада падают кирпичи",
]


@pytest.mark.parametrize(("text", "level"), FOUND)
def test_walkthrough_items_read_at_their_level(text, level):
    assert lexicon_predict([text]) == [level]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_the_new_rows_read_nothing_else(text, name):
    assert name not in [s.name for s in find_signals(text)]


@pytest.mark.parametrize("text", STILL_FALLING)
def test_debris_over_people_stays_critical_by_a_monument(text):
    assert "falling debris" in [s.name for s in find_signals(text) if s.level == "critical"]
