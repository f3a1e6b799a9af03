"""GeoResolver on phrases that name no place or the wrong one: a street's name heading an address, where someone
comes from, an adjective before its noun, a short name before a word it agrees with (walkthrough geo7c)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

# (region, text, the best municipality's name or None)
CASES = [
    # 1. a street's name in the genitive heading an address line is no town; a town's own name still heads one
    (None, "Кирова, д. 5, кв. 3 нет воды", None),
    (None, "Чехова, д. 5", None),
    (None, "Королева, д. 5", None),
    (None, "Пушкина, д. 5", None),
    (None, "Энгельса, д. 5", None),
    (None, "Жуковского, д. 5", None),
    (None, "Дзержинского, д. 5", None),
    (None, "Кропоткина, д. 5", None),
    ("64", "Энгельса, д. 5", None),
    ("64", "Пугачева, д. 5", None),
    ("50", "Чехова, д. 5", None),
    ("43", "Кирова, д. 12", None),
    ("67", "Гагарина, дом 3", None),
    (None, "Грозный, проспект Путина 5", "Грозный"),
    ("14", "Мирный, ул. Ленина 9", "Мирнинский район"),
    ("50", "Чехов, ул. Ленина 5", "Чехов"),
]

# Read with the text (best_municipality's ``text``, as analysis passes it); on the parent it takes no text.
ORIGINS = [
    # 2. where someone lives beats where they come from; a route "из X в Y" is about both: the earlier wins
    (None, "Я из Балтийска, живу в Калининграде, на ул. Мира яма", "Калининград"),
    (None, "Я из Соликамска, а живу в Березниках", "Березники"),
    (None, "Я из Балаково, сейчас в Саратове на ул. Ленина яма", "Саратов"),
    ("64", "Сам из Вольска, сейчас в Саратове, на ул. Чапаева нет воды", "Саратов"),
    (None, "из Балтийска в Калининград нет ночных маршруток", "Балтийский городской округ"),
    (None, "Из Вольска до Саратова не доехать", "Вольский район"),
    (None, "Я из Балтийска, нет воды", "Балтийский городской округ"),
    (None, "Я из Калининграда, живу в Балтийске, нет воды", "Балтийский городской округ"),
]

CASES += [
    # 3. an adjective name before a noun it agrees with, in a text without capitals, is an ordinary phrase
    ("46", "в белой пыли всё", None),
    ("46", "из белой трубы дым", None),
    ("89", "живу в губкинском уже 10 лет", "Губкинский"),  # «уже» reads first as an adverb, not уж (a snake)
    # 4. a short local name before a word it agrees with is no town of the region
    # (Ростов Великий is Ярославская's Ростов, found as without a region: a surname's locative after «в» is a place)
    ("61", "Живу в Ростове Великом", "Ростовский район"),
    ("52", "В Нижнем Подъезде Нет Света", None),
    ("52", "В Нижнем нет света", "Нижний Новгород"),
    ("61", "Живу в Ростове, яма", "Ростов-на-Дону"),
]


@pytest.mark.parametrize(("region", "text", "name"), CASES)
def test_best_municipality(region: str | None, text: str, name: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert (best.name if best else None) == name


@pytest.mark.parametrize(("region", "text", "name"), ORIGINS)
def test_where_someone_lives_beats_where_they_come_from(region: str | None, text: str, name: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.name if best else None) == name
