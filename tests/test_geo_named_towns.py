"""A big town named in its genitive plural or in several capitalised words counts for any caller's region (walkthrough
s18 D25): with the caller's region another one, «администрация Набережных Челнов», «жители Великих Лук», «в больнице
Минеральных Вод» gave no place, «улицы Химок» none for any region, «В поликлинике Березников» none, and «улицы
Каменска-Уральского» with region 66 gave Уральский городской округ (another municipality of the same region)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

CHELNY, LUKI, MINVODY = "92730000", "58710000", "07539000"
KHIMKI, KAMENSK, BEREZNIKI = "46783000", "65740000", "57708000"

# (caller's region, text, the best municipality's ОКТМО or None)
NAMED = [
    ("59", "администрация Набережных Челнов не отвечает", CHELNY),
    ("02", "администрация Набережных Челнов не отвечает", CHELNY),
    ("59", "жители Великих Лук жалуются", LUKI),
    ("59", "в больнице Минеральных Вод нет врача", MINVODY),
    ("50", "улицы Химок не чистят", KHIMKI),
    (None, "улицы Химок не чистят", KHIMKI),
    ("66", "улицы Каменска-Уральского не чистят", KAMENSK),
    (None, "улицы Каменска-Уральского не чистят", KAMENSK),
    ("59", "В поликлинике Березников нет педиатра", BEREZNIKI),
    (None, "В поликлинике Березников нет педиатра", BEREZNIKI),
    ("16", "В поликлинике Березников нет педиатра", BEREZNIKI),
    ("59", "жители Сергиева Посада жалуются на свалку", "46728000"),
]

GUARDS = [
    ("66", "на улице Каменска-Уральского яма", None),  # one street named so: not Уральский of the hyphenated pair
    ("63", "улицы Тольятти не чистят", None),  # a singular name's genitive: улица Тольятти
    ("59", "ремонт улицы Кирова", None),
    ("59", "Березников Иван Петрович жалуется на соседей", None),  # a person: a capitalised name follows
    ("59", "водитель Котельников нахамил пассажирам", None),  # a surname after a person's noun
    ("59", "минеральных вод нет в продаже", None),  # the common phrase, no capitals
    ("59", "Минеральных вод нет в продаже", None),  # a sentence's first word
    ("59", "Набережных Челнов. Нет воды", None),  # the text's first words
    ("59", "отдыхали в парке Сосновый Бор, грязно", None),  # the nominative names an object after the town
    ("59", "в Березниках нет воды", BEREZNIKI),  # as before
    ("66", "в Каменске-Уральском нет воды", KAMENSK),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), NAMED + GUARDS)
def test_a_big_town_named_plainly_counts_for_any_region(region: str | None, text: str, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.municipality_oktmo if best else None) == oktmo


def test_no_hyphenated_half_alone() -> None:
    """The second half of a hyphenated town name is no place of its own where the pair is a place's name."""
    names = [p.name for p in GeoResolver(region="66").resolve("на улице Каменска-Уральского яма")]
    assert "Уральский" not in names
