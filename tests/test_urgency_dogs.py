"""A dog named with no word of an attack and no critical signal is high at most (session 51,
:mod:`mcu_nlp.urgency.dogs`). Each text of the first test is critical on the parent (ade4772) with the shipped model
(U52d): the model read «собака» as the dogs of the attacks it learned from."""

from __future__ import annotations

import pytest

from mcu_nlp import UrgencyClassifier, default_models
from mcu_nlp.urgency.dogs import dogs_without_attack


@pytest.fixture(scope="module")
def urgency() -> UrgencyClassifier:
    return default_models().urgency


@pytest.mark.parametrize(
    "text",
    [
        # rows of the dev sets blind17..45, labelled normal or high
        "СОБАКИ ЛАЮТ ВСЮ НОЧЬ У СОСЕДЕЙ",
        "собаки бездомные",
        "Соседская собака без поводка и намордника гуляет по двору, на детей рычит",
        "во дворе третий день ходит хромая собака кто нибудь может забрать её к ветеринару",
        "Соседка держит в однушке 15 собак, вонь в подъезде, лают ночами. Куда обращаться?",
        "Сосед держит 20 собак в квартире, вонь на весь подъезд",
        "Собаки бегают стаей у садика, рычат на детей",
        "у гаражей стая бродячих сабак ощенилась, рычат на прохожих, дети баятся ходить в школу мимо",
    ],
)
def test_a_dog_without_an_attack_is_not_critical(urgency, text):
    assert urgency.predict([text])[0] != "critical"


@pytest.mark.parametrize(
    "text",
    [
        "Стая бродячих собак кидается на детей у школы, одного мальчика уже покусали",
        "Соседский питбуль сорвался с цепи и покусал девочку во дворе, собака бегает без хозяина",
        "Собаки напали на пенсионерку у остановки, она вся в крови",
        "Пахнет газом в подъезде, соседская собака воет у двери",
        # a review of session 51 (helper-563): critical with the first ATTACK, high or normal with the rule
        "Собака вцепилась в руку ребёнку, не отпускает, помогите",
        "Собаки тащат ребёнка за куртку у школы номер 3",
        "Большая собака сорвалась с цепи, мечется по детской площадке, там дети",
        "Стая собак не выпускает детей из подъезда, рычат, скалятся, дети плачут",
    ],
)
def test_an_attack_or_another_danger_stays_critical(urgency, text):
    assert urgency.predict([text])[0] == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("СОБАКИ ЛАЮТ ВСЮ НОЧЬ", True),
        ("сабаки бездомные у остановки", True),
        ("Щенки пищат в подвале третий день", True),
        ("Здоровый пёс без намордника гуляет у школы", True),
        ("Стая собак кидается на детей", False),
        ("Собака покусала ребёнка", False),
        ("псы окружили женщину у гаражей", False),
        ("Похоже на бешенство: собака с пеной изо рта", False),
        ("Медведь задрал собаку во дворе", False),
        ("Нет света третий день", False),
        ("Собчак выступила по телевизору", False),
    ],
)
def test_dogs_without_attack(text, expected):
    assert dogs_without_attack(text) is expected
