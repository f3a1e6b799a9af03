"""Case forms the gazetteer lacked (session 15, benchmarks/geo_recall.py): names in -ово, -ино declined as the literary
norm has them beside the undeclined ones, and adjective names pymorphy3 does not know declined as adjectives."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.declension import case_forms

# (name, forms it must have): each row lacked a form on 4db4eaf
FOUND = [
    ("Завьялово", {"завьялова", "завьялове", "завьялову", "завьяловом", "завьялово"}),
    ("Яшкино", {"яшкина", "яшкине", "яшкино"}),
    ("Караваево", {"караваева", "караваеве"}),
    ("Новое Девяткино", {"нового девяткина", "новом девяткине", "новом девяткино"}),
    ("Заплавное", {"заплавного", "заплавном", "заплавному", "заплавное"}),
    ("Верхнесадовое", {"верхнесадового", "верхнесадовом"}),
]
# (name, forms it must not have): indeclinable names stay so, a word that declines keeps its own forms
GUARDS = [
    ("Лабытнанги", {"лабытнанга", "лабытнангов"}),
    ("Тарко-Сале", {"тарко сала", "тарко салом"}),
    ("Кино", {"кина", "кине"}),
]


@pytest.mark.parametrize(("name", "forms"), FOUND)
def test_literary_and_adjective_forms_are_indexed(name: str, forms: set[str]) -> None:
    assert forms <= case_forms(name)


@pytest.mark.parametrize(("name", "forms"), GUARDS)
def test_indeclinable_names_and_words_keep_their_forms(name: str, forms: set[str]) -> None:
    assert not forms & case_forms(name)


# (region, text, the best municipality's ОКТМО): found on the gazetteer rebuilt with these forms, nothing on 33b59f1's
RESOLVED = [
    ("18", "Сколько можно, в Завьялове опять отключили свет", "94516000"),  # Завьяловский район
    ("34", "из села Заплавного не ходит автобус", "18630000"),  # Ленинский район of Волгоградская
    (None, "из деревни Нового Девяткина не ходит автобус", "41612000"),  # Всеволожский район
]


@pytest.mark.parametrize(("region", "text", "oktmo"), RESOLVED)
def test_the_shipped_gazetteer_has_the_forms(region: str | None, text: str, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == oktmo
