"""Session 31: the geo misses noted at the end of session 30.

- A plural-only village name that pymorphy3 reads only as a singular's oblique case («Олонки»: the genitive of a
  guessed «Олонка») declined as that singular: «через Олонку» named the village, «в Олонках» nothing
  (``declension._oblique_plural_forms``).
- Parts of big towns read as villages of other regions («Фонд Сколково», «Живу в Хорошево», «В Садгороде»,
  «Трусово»): rows of ``data/geo/town_parts.csv`` with the ``shared`` scope, a federal city's internal territory as
  a row's town, the villages of those names still added (``settlements.add_bare_centres``' ``shared_parts``), and a
  town's part counts where the text names its town or region (``local.names_own_town``).
- The builder read ОКТМО 2019 twice (``settlements.add_settlements`` returns the bare names it skipped).
"""

from __future__ import annotations

import gzip
import pickle

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality, sources
from mcu_nlp.geo.declension import case_forms
from mcu_nlp.geo.gazetteer import GAZETTEER_PATH


def _found(text: str, region: str | None) -> list[tuple[str, str | None]]:
    return [(p.name, p.municipality_oktmo) for p in GeoResolver(region=region).resolve(text)]


def _best(text: str, region: str | None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.municipality_oktmo if best else None


# --- plural-only names -----------------------------------------------------------------------------------------------

OLONKI = "25609000"  # Боханский район, Иркутская область


def test_a_plural_only_name_read_as_a_singular_s_case_declines_as_a_plural() -> None:
    forms = case_forms("Олонки")
    assert {"олонки", "олонках", "олонкам", "олонками", "олонок"} <= forms
    assert not forms & {"олонка", "олонку", "олонке", "олонкой", "олонков"}
    assert {"бежаницах", "бежаниц"} <= case_forms("Бежаницы") and "бежаницу" not in case_forms("Бежаницы")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("В Олонках третий день нет воды", "38"),
        ("В Олонках третий день нет воды", None),
        ("Из Олонок не ходит автобус", "38"),
        ("Дорогу к Олонкам размыло", "38"),
    ],
)
def test_olonki_in_its_plural_cases(text: str, region: str | None) -> None:
    assert _best(text, region) == OLONKI


@pytest.mark.parametrize(
    ("text", "region"),
    [("Через Олонку не проехать, мост смыло", None), ("В Олонке нет воды", None), ("через Олонку не проехать", "38")],
)
def test_a_singular_form_is_no_plural_only_village(text: str, region: str | None) -> None:
    assert ("Олонки", OLONKI) not in _found(text, region)


def test_bezhanitsy_now_declines_and_khimki_keeps_its_forms() -> None:
    assert _best("В Бежаницах нет света", None) == "58604000"  # Псковская, Бежаницкий район
    assert _best("В Химках нет воды", None) == "46783000"
    assert "химок" in case_forms("Химки") and "горок" in case_forms("Горки")


# --- parts of big towns ----------------------------------------------------------------------------------------------

MOZHAYSKY, KHOROSHEVO_MNEVNIKI, ODINTSOVO = "45321000", "45371000", "46755000"
VLADIVOSTOK, ASTRAKHAN = "05701000", "12701000"


@pytest.mark.parametrize(
    ("text", "region", "oktmo"),
    [
        ("В Сколково прорвало трубу", "77", MOZHAYSKY),  # the innovation centre, Можайский район of Москва
        ("Фонд Сколково обещал отремонтировать дорогу", None, MOZHAYSKY),  # beside a village only: the city's
        ("В Сколково прорвало трубу", "50", ODINTSOVO),  # the village of Одинцовский городской округ
        ("Живу в Хорошево, третий день нет горячей воды", "77", KHOROSHEVO_MNEVNIKI),
        ("Живу в Хорошево, третий день нет горячей воды", None, KHOROSHEVO_MNEVNIKI),
        ("Москва, Хорошево: яма во дворе", "46", KHOROSHEVO_MNEVNIKI),  # the text names the city
        ("В Садгороде нет воды", "25", VLADIVOSTOK),
        ("Владивосток, в Садгороде нет воды", None, VLADIVOSTOK),
        ("Приморский край, в Садгороде нет воды", None, VLADIVOSTOK),
        ("Трусово затопило после дождя", "30", ASTRAKHAN),
        ("Астраханская область, Трусово затопило", None, ASTRAKHAN),
    ],
)
def test_a_town_s_part_is_the_town_s(text: str, region: str | None, oktmo: str) -> None:
    assert _best(text, region) == oktmo


@pytest.mark.parametrize(
    ("text", "region", "oktmo"),
    [
        ("В Сколково прорвало трубу", "63", "36618000"),  # Самарская, Кинельский район: its village stays
        ("Живу в Хорошево, нет воды", "69", "28548000"),  # Тверская, Ржевский
        ("В Садгороде нет воды", "63", "36620000"),  # Самарская, Кинель-Черкасский
        ("Трусово затопило после дождя", "11", "87652000"),  # Коми, Усть-Цилемский
        ("Самарская область, в Садгороде нет воды", None, "36620000"),
    ],
)
def test_the_villages_of_those_names_stay_in_their_regions(text: str, region: str | None, oktmo: str) -> None:
    assert _best(text, region) == oktmo


def test_a_town_s_part_is_no_place_for_a_caller_of_a_third_region() -> None:
    # as a federal city's territory («в Черёмушках» from 89): a district of the caller's own town, most likely
    assert _found("Живу в Хорошево, нет воды", "46") == []
    # a non-federal town's part beside a village, no region, no town named: still the village, unsettled (left)
    assert _best("В Садгороде нет воды", None) == "36620000"


# --- the builder -----------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_build_reads_oktmo_2019_once_and_gives_the_shipped_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    from mcu_nlp.geo import build

    reads: list[str] = []
    read_csv = sources.read_csv

    def counting(path):  # type: ignore[no-untyped-def]
        reads.append(path.name)
        return read_csv(path)

    monkeypatch.setattr(sources, "read_csv", counting)
    data = build.build()
    assert reads.count("oktmo2019_koo2018_mreg.csv.gz") == 1
    with gzip.open(GAZETTEER_PATH, "rb") as handle:
        assert pickle.dumps(data, protocol=5) == handle.read()
