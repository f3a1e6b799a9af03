"""Session 21 review of session 20's geo rules and the Свердловская область walkthrough (G22, G23)."""

import pytest

from mcu_nlp import analyze


def _municipality(text: str, region: str | None) -> tuple[str, str] | None:
    found = analyze(text, region=region).municipality
    return (found.name, found.region_code) if found else None


# review #12: a bank's or a flood's word before a town's name alone in the text is the town's shore or flood
BANK_TOWNS = [
    ("После паводка Тулун опять без воды", "38", "38"),
    ("После паводка Тулун опять без воды", None, "38"),
    ("После паводка Бийск остался без питьевой воды", "22", "22"),
    ("На берегу Анапы нет спасателей", "23", "23"),
    ("Берег Сочи завален мусором", None, "23"),
]


@pytest.mark.parametrize(("text", "region", "want"), BANK_TOWNS)
def test_bank_word_before_a_lone_town(text, region, want):
    found = _municipality(text, region)
    assert found is not None and found[1] == want


# ... but beside another place it is the river's (session 20's cases), and «река» always is
RIVERS = [
    ("Жители Тырныауза просят укрепить берег Баксана", None, "Эльбрусский"),
    ("В Кизляре после разлива Терека подтопило улицы", None, "Кизляр"),
]


@pytest.mark.parametrize(("text", "region", "want"), RIVERS)
def test_bank_word_beside_another_place_is_a_river(text, region, want):
    found = _municipality(text, region)
    assert found is not None and want in found[0]


def test_river_noun_still_a_river():
    assert _municipality("На берегу реки Сылва мусор", "59") is None


# review #13: an adjective-like town before a comma and a report, as «Корсаков, ...»: not for another region's caller
@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Узловая, не вывозят мусор", "59"),
        ("Узловая, не вывозят мусор", "78"),
        ("Кировская, яма на дороге", "59"),
        ("Корсаков, нет горячей воды", "59"),
    ],
)
def test_adjective_title_not_for_another_region(text, region):
    assert _municipality(text, region) is None


@pytest.mark.parametrize(("text", "region"), [("Узловая, не вывозят мусор", "71"), ("Узловая, не вывозят мусор", None)])
def test_adjective_title_for_its_own_or_no_region(text, region):
    found = _municipality(text, region)
    assert found is not None and found[1] == "71"


# G22: an adverb between a clause's subject and verb («собаки опять напали») still makes the clause a report
@pytest.mark.parametrize(
    "text",
    [
        "Асбест, собаки опять напали на женщину у школы",
        "Асбест, собаки снова не дают пройти к остановке",
    ],
)
def test_adverb_inside_the_report_clause(text):
    found = _municipality(text, "66")
    assert found is not None and found[1] == "66" and "Асбест" in found[0]


def test_clause_about_a_material_without_region_unchanged():
    assert _municipality("Асбест, собаки опять напали на женщину у школы", None) is None


# G23: a town in -я after a consonant that the dictionary reads as a gerund declines as a feminine noun
@pytest.mark.parametrize("text", ["В Шале нет воды", "в Шале нет воды", "Из Шали не ходит автобус"])
def test_ya_town_oblique_forms(text):
    found = _municipality(text, "66")
    assert found is not None and found[0].startswith("Шалинский") and found[1] == "66"
