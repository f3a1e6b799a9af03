"""Session 30: villages a 2019 ОКТМО поселение is named after by a bare noun ("47605405 Териберка", "Верхний Баксан",
"Ура-Губа"): the gazetteer took only «поселок X», «село X», ... (``sources.oktmo2019_settlements``), so such
centres were in no source it read. 469 are added as the builder adds a village of ОКТМО 2019 (its current
municipality, the levels ``Builder.post_forms`` gives), unless a form of the name is known already, it is an adjective
(«Салманское», «Береговой», Tyva's «Кызыл-Дагский»: a поселение's own name) or pymorphy3 reads it as an ordinary
word or a person's name («Караул», «Прибой», «Победа», «Эми», «Чим», «Руч»; ``settlements.bare_centre``)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.gazetteer import load_gazetteer
from mcu_nlp.geo.settlements import bare_adjective
from mcu_nlp.geo.sources import bare_name
from mcu_nlp.geo.tokens import normalize_word

# (caller's region, text, the village, the best municipality's ОКТМО): villages of 9 subjects, in several cases
FOUND = [
    (None, "В Териберке третий день нет света", "Териберка", "47605000"),  # Мурманская, Кольский район
    ("51", "Из Териберки не ходит автобус", "Териберка", "47605000"),
    ("51", "Териберка: размыло дорогу к причалу", "Териберка", "47605000"),
    (None, "Дорогу в Верхнем Баксане размыло", "Верхний Баксан", "83648000"),  # КБР, Эльбрусский: not Баксан
    (None, "Жители Нижнего Чегема просят починить мост", "Нижний Чегем", "83645000"),  # not the town Чегем
    (None, "В Хатанге не вывозят мусор", "Хатанга", "04653000"),  # Красноярский край, Таймырский район
    ("87", "Уэлен остался без связи", "Уэлен", "77633000"),  # Чукотка, Чукотский район
    (None, "В Саранпауле холодно в школе", "Саранпауль", "71812000"),  # ХМАО, Березовский район
    ("11", "Из Кельчиюра нет дороги", "Кельчиюр", "87604000"),  # Коми, Ижемский район
    (None, "В Амитхаше нет воды", "Амитхаша", "76602000"),  # Забайкальский край, Агинский район
    (None, "Нукуты: яма на дороге", "Нукуты", "25629000"),  # Иркутская, Нукутский район
    (None, "Нет газа в Аршты", "Аршты", "26610000"),  # Ингушетия, Сунженский район
    ("51", "В Ура-Губе не чистят снег", "Ура-Губа", "47605000"),  # a hyphenated name is never an ordinary phrase
]

# Ordinary sentences with the words that are also such villages' names (left out: ``bare_centre``)
NOT_FOUND = [
    (None, "Полная мусорка у дома"),
    (None, "Мусорка переполнена, не вывозят неделю"),
    ("78", "Прошу убрать мусор у мусорки во дворе"),
    (None, "Дети делают домашку без света"),
    (None, "Караул! У подъезда драка"),
    (None, "На проспекте Победы яма"),
    (None, "В Приморском парке Победы сломана скамейка"),
    (None, "У метро Черная речка грязно"),
    (None, "Банк Авангард закрыл отделение"),
    (None, "От остановки «Мосты» до вокзала нет тротуара"),
    (None, "Эми сказала, что лифт не работает"),
    (None, "Прибой смыл скамейки на набережной"),
    (None, "В Салманском поселении нет фельдшера"),
]


@pytest.mark.parametrize(("region", "text", "village", "oktmo"), FOUND)
def test_a_poselenie_s_bare_centre_is_found(region: str | None, text: str, village: str, oktmo: str) -> None:
    places = GeoResolver(region=region).resolve(text)
    best = best_municipality(places, text)
    assert [p.name for p in places] == [village]
    assert best is not None and best.municipality_oktmo == oktmo


@pytest.mark.parametrize(("region", "text"), NOT_FOUND)
def test_an_ordinary_word_stays_no_place(region: str | None, text: str) -> None:
    assert GeoResolver(region=region).resolve(text) == []


# (name, region): ОКТМО 2019 поселения with a bare name that stay out of the gazetteer
LEFT_OUT = [
    ("Салманское", "16"),  # a neuter adjective: the сельское поселение's own name
    ("Глушицкий", "63"),  # a masculine one
    ("Береговой", "63"),
    ("Пушной", "51"),
    ("Кызыл-Дагский", "17"),  # a сумон of Тыва («Кызыл» is a town: ``index.is_adjective`` reads it as a noun)
    ("Караул", "24"),  # ordinary words, a person's name
    ("Прибой", "63"),
    ("Мусорка", "63"),
    ("Победа", "69"),
    ("Эми", "17"),
    ("Чим", "11"),
    ("Руч", "11"),
    ("Калиновка", "63"),  # a name known elsewhere: no namesake added (``settlements.add_bare_centres``)
    ("Елшанка", "63"),  # a part of Саратов's name
    ("Аршан", "03"),
]


@pytest.mark.parametrize(("name", "region"), LEFT_OUT)
def test_adjective_and_word_names_stay_out(name: str, region: str) -> None:
    g = load_gazetteer()
    assert not [
        e
        for e in range(len(g.name))
        if normalize_word(g.name[e]) == normalize_word(name) and g.region_code[e] == region
    ]


def test_bare_names() -> None:
    names = ("Териберка", "Нижний Чегем", "Наслег Анамы", "Салманское", "Дальнее")
    assert [bare_name(n) for n in names] == [True, True, False, False, False]
    names = ("Береговой", "Кызыл-Дагский", "Прибой", "Инаркой", "Натальино")
    assert [bare_adjective(n) for n in names] == [True, True, False, False, False]


@pytest.mark.parametrize("text", ["Купила шапку бейни на рынке", "Дети съели все булочки, мужичи во дворе, Мы ждем"])
def test_a_village_word_in_lower_case_inside_a_sentence_is_no_place(text: str) -> None:
    # second review of session 30: «бейни», «мужичи» named Ингушетия's Бейни and Мужичи; these villages, of the
    # weakest source, need a capital, a preposition or a type word
    assert GeoResolver().resolve(text) == []
