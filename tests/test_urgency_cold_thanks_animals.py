"""Session 10 lexicon rows: thanks for a repair named by a noun, freezing at home (not waiting outdoors), no supply
in a garage, a tiger among the wild animals."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL

# (text, signal name, found): lexicon rows
SIGNALS = [
    ("Спасибо за ремонт дороги", "thanks for a repair", True),
    ("Благодарим за быструю уборку снега во дворе", "thanks for a repair", True),
    ("Автобус 12 не пришел, ждали час на морозе", "freezing at home", False),
    ("Люди мерзнут на остановке", "freezing at home", False),
    ("На улице мороз", "freezing at home", False),
    ("Якутск, третий год нет отопления в гараже", "no heating", False),
    ("Нет света в гараже", "no power", False),
    ("тигр ходит по селу ночью, собак утащил", "wild animal", True),
    # guards
    ("Заранее спасибо за ремонт дороги", "thanks for a repair", False),
    ("В квартире замерзаем, батареи ледяные", "freezing at home", True),
    ("Нет отопления, дети мерзнут", "freezing at home", True),
    ("Якутск, третий год нет отопления в доме", "no heating", True),
    ("Медведь вышел к домам", "wild animal", True),
    ("Тигр в зоопарке болеет", "wild animal", False),
    # review of 225f4dc: a request that ends with a thanks is no thanks for a done action (the noun needs «за», and a
    # request word nearby cancels it); a tiger is named as the other animals are (its nominative forms), a business
    # named after an animal is none
    ("Прошу уборку снега, спасибо", "thanks for a repair", False),
    ("Требуется вывоз мусора, спасибо", "thanks for a repair", False),
    ("Спасибо, ждем ремонт лифта, застреваем каждый день", "thanks for a repair", False),
    ("Спасибо, ремонт дороги", "thanks for a repair", False),
    ("Спасибо за ремонт, когда будет уборка?", "thanks for a repair", False),
    ("Нужен ремонт подъезда, спасибо за ответ", "thanks for a repair", False),
    ("Дети на площадке рисовали тигра", "wild animal", False),
    ("Кафе Леопард во дворе шумит", "wild animal", False),
    ("Спортклуб Тигр на улице Мира не убирает снег", "wild animal", False),
    ("Кафе Медведь во дворе шумит", "wild animal", False),
    ("Клуб Волк не убирает снег у дома", "wild animal", False),
    # guards
    ("Спасибо за замену труб в подвале", "thanks for a repair", True),
    ("Тигры вышли к селу", "wild animal", True),
    ("Леопард бродит у домов в поселке", "wild animal", True),
]


@pytest.mark.parametrize(("text", "name", "found"), SIGNALS)
def test_lexicon_rows(text, name, found):
    assert any(s.name == name and s.level != "high" for s in find_signals(text)) is found


# (text, level): the shipped model, which copies its lexicon (refitted after the review of 225f4dc): a request with a
# thanks keeps its level, a tiger drawn or a business named after an animal is no wild animal
SHIPPED = [
    ("Прошу уборку снега, спасибо", "high"),
    ("Дети на площадке рисовали тигра", "normal"),
    ("Кафе Леопард во дворе шумит", "normal"),
    ("Спортклуб Тигр на улице Мира не убирает снег", "high"),
    # guards
    ("Спасибо за ремонт дороги", "normal"),
    ("тигр ходит по селу ночью, собак утащил", "critical"),
]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize(("text", "level"), SHIPPED)
def test_shipped_levels(shipped, text, level):
    assert shipped.predict([text])[0] == level


@pytest.mark.parametrize("text", ["Прошу уборку снега, спасибо", "Требуется вывоз мусора, спасибо",
                                  "Спасибо, ждем ремонт лифта, застреваем каждый день"])
def test_a_request_with_thanks_is_no_done_action(shipped, text):
    assert shipped.predict_proba([text])[0, 2] < 1.0
