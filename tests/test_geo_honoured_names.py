"""Session 14: a surname-like town's genitive or dative after what honours a person or is their work names the person.

"Памятник Лермонтову", "музыка Чайковского", "вечер по Лермонтову" were read as the towns Лермонтов (Ставропольский
край) and Чайковский (Пермский край): a capitalised form not at a sentence start counted, and Чайковский is a big town.
The name counts as a place again after «в», «из», an office or residents, or a preposition of a route.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

CHAIKOVSKY, LERMONTOV, CHEKHOV = "57735000", "07718000", "46784000"

PEOPLE = [
    (None, "Памятник Лермонтову у школы весь в граффити"),
    ("26", "Памятник Лермонтову у школы весь в граффити"),
    (None, "Музей Чайковского закрыт на ремонт уже год"),
    ("59", "Музей Чайковского закрыт на ремонт уже год"),
    (None, "Билеты на концерт музыки Чайковского не продают онлайн"),
    (None, "Вечер по Лермонтову в клубе перенесли без объявления"),
    (None, "Спектакль по Чехову отменили, деньги не вернули"),
    (None, "Библиотека Чайковского закрыта, читальный зал холодный"),
    (None, "Выставку к юбилею Чайковского убрали в подвал"),
    # session 16: initials between «им.», «имени», «ул.» and the surname («с.» no village type there)
    (None, "Около стадиона им. В. Жуковского грязь"),
    (None, "школа № 5 им. А. С. Пушкина без отопления"),
    ("78", "школа № 5 им. А.С. Пушкина без отопления"),
    (None, "Яма на ул. В. Жуковского у дома 5"),
]
PLACES = [
    (None, "В Чайковском нет воды с утра", CHAIKOVSKY),
    (None, "Жители Чайковского жалуются на воду", CHAIKOVSKY),
    (None, "Дорога из Чайковского в Пермь разбита", CHAIKOVSKY),
    (None, "Музей в Чайковском закрыт", CHAIKOVSKY),
    (None, "Автобус до Чайковского не ходит", CHAIKOVSKY),
    (None, "В Лермонтове отключили свет", LERMONTOV),
    (None, "В Чехове нет горячей воды", CHEKHOV),
]


@pytest.mark.parametrize(("region", "text"), PEOPLE)
def test_a_person_honoured_is_no_town(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []


@pytest.mark.parametrize(("region", "text", "oktmo"), PLACES)
def test_the_town_named_plainly_stays(region: str | None, text: str, oktmo: str) -> None:
    places = GeoResolver(region=region).resolve(text)
    assert oktmo in {p.municipality_oktmo for p in places}
    assert best_municipality(places) is not None
