"""Session 32: two wrong readings of the lexicon, each a kind of text.

1. An outage told after its repair and dated before it («воду сегодня дали, спасибо, вчера сидели без воды») is a past
   problem already fixed (urgency.md, "Negation and hedges"): normal, as when the repair comes after it. Not when the
   outage is said to be now or to come back after the repair, nor when the repair is of another supply.
2. People trapped at a natural hazard (stranded, in their cars, cut off) anywhere in its sentence are a hazard upon
   people (critical), however many words a road's or a place's name puts between them.
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals


def level_of(text: str, name: str) -> str | None:
    """The most severe level of the signals named ``name`` in ``text``, None if there is none."""
    levels = [s.level for s in find_signals(text) if s.name == name]
    return min(levels, key=["critical", "high", "normal"].index) if levels else None


@pytest.mark.parametrize("text,name", [
    ("Воду сегодня дали, спасибо, вчера сидели без воды", "no water"),
    ("Воду наконец дали. Позавчера весь день без воды сидели", "no water"),
    ("Спасибо, свет дали! Ночью не было света", "no power"),
    ("Свет дали, спасибо. Неделю жили без света", "no power"),
    ("Газ подключили, в выходные без газа были", "no gas"),
    ("Свет дали только в пять утра, а до этого всю ночь не было света", "no power"),
    ("Воду и свет дали, благодарим. Накануне сидели без воды и без света", "no water"),
])
def test_outage_told_after_its_repair_and_dated_before_it_is_over(text: str, name: str) -> None:
    assert level_of(text, name) == "normal"


@pytest.mark.parametrize("text,name", [
    # the outage is now, after the repair
    ("Вчера дали воду, а сегодня опять нет", "no water"),
    ("Спасибо, что всё дали, но вчера без воды сидели и сейчас нет", "no water"),
    ("Воду дали, а потом вечером не было воды", "no water"),
    ("Свет дали, спасибо. К вечеру опять нет света", "no power"),
    # the repair is of another supply, or none is told before it
    ("Спасибо что дали свет, но вчера без воды сидели и сейчас нет", "no water"),
    ("Газ дали, вчера без света сидели", "no power"),
    ("Вчера сидели без воды, кто ответит?", "no water"),
    # dated before the repair, but said in the present
    ("Воду дали, спасибо. А света нет с позавчера", "no power"),
])
def test_outage_now_or_of_another_supply_stays(text: str, name: str) -> None:
    assert level_of(text, name) == "critical"


@pytest.mark.parametrize("text", [
    "Сель сошёл на трассу Махачкала — Хунзах в районе перевала, в машинах остались люди",
    "На трассе Махачкала — Хунзах сошёл селевой поток, перекрыл обе полосы, водители и пассажиры застряли",
    "Сошла лавина на дорогу к горнолыжной базе выше посёлка Терскол, туристы не могут выбраться",
    "Камнепад на серпантине за поворотом к селу Гуниб у моста через реку, рейсовый автобус с пассажирами заблокирован",
])
def test_people_trapped_at_a_hazard_in_its_sentence_are_critical(text: str) -> None:
    assert level_of(text, "natural hazard") == "critical"


@pytest.mark.parametrize("text", [
    # nobody trapped: drivers told of it, no people there, a past event, a what-if, a figure of speech
    "Сель сошёл на трассу Махачкала — Хунзах в районе перевала, водителям объезжать через Гуниб",
    "Сель сошёл на трассу Махачкала — Хунзах в районе перевала, людей в машинах не было",
    "В прошлом году сель сошёл на трассу Махачкала — Хунзах у перевала, люди застряли в машинах",
    "Лавина жалоб от водителей, которые застряли в пробке на трассе у моста",
])
def test_no_one_trapped_at_a_hazard_is_no_critical_hazard(text: str) -> None:
    assert level_of(text, "natural hazard") != "critical"


def test_a_what_if_of_people_trapped_is_high() -> None:
    text = "Угроза схода селя на трассу Махачкала — Хунзах в районе перевала, люди в машинах могут пострадать"
    assert level_of(text, "natural hazard") == "high"


@pytest.mark.parametrize("text", [
    "Школьный автобус не пришёл, дети стоят на остановке с семи утра, телефоны сели",
    "Мы сели в маршрутку, а она сломалась на полпути",
    "Батарейки в домофоне сели, дверь не открывается",
])
def test_seli_said_by_a_subject_is_the_verb_not_mudflows(text: str) -> None:
    assert not [s for s in find_signals(text) if s.group == "hazard"]


@pytest.mark.parametrize("text,level", [
    ("Сошли сели на трассу, люди в машинах", "critical"),
    ("Сели сошли на окраину села, дома засыпало", "critical"),
    ("Прогноз: в горах возможны сели", "high"),
    ("Ливни и сели отрезали посёлок, жители без связи", "critical"),
])
def test_mudflows_with_no_subject_before_them_stay(text: str, level: str) -> None:
    assert level_of(text, "natural hazard") == level or level_of(text, "natural hazard warning") == level


@pytest.mark.parametrize("text", [
    "Ветклиника на Ленина закрылась, где теперь прививать собаку от бешенства?",
    "Где вакцинировать кота от бешенства в нашем районе?",
    "Кошка привилась от бешенства, а справку не дают",
])
def test_rabies_shots_in_every_aspect_are_no_rabid_animal(text: str) -> None:
    assert level_of(text, "rabid animal") is None


def test_a_rabid_animal_stays() -> None:
    assert level_of("Бешеная лиса забежала во двор, кидается на собак", "rabid animal") == "high"
