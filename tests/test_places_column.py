"""The ``places`` column of analyze_frame and of the job's files: each place once (walkthrough geo7b, defect 5)."""

from __future__ import annotations

import pytest

from mcu_nlp.frames import analysis_row
from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.records import Analysis


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Махачкала без воды третий день!!! #махачкала #вода", "Махачкала:82701000"),
        ("из Уфы в Сочи, потом в Уфу", "Уфа:80701000; Сочи:03726000"),
    ],
)
def test_the_places_column_lists_each_place_once(text: str, places: str) -> None:
    found = tuple(GeoResolver().resolve(text))
    assert len(found) > len(places.split("; "))  # resolve keeps every mention with its offsets
    row = analysis_row(Analysis(text=text, topic="other", places=found, municipality=best_municipality(found)))
    assert row["places"] == places


def test_a_settlement_without_a_code_is_written_with_its_municipalitys() -> None:
    """A settlement whose ``oktmo`` is empty is written with its municipality's 8-digit code, not "Кудымкар:"
    (walkthrough s18 D32: no code left nothing to tell namesakes apart by); a place with a code of its own keeps it."""
    text = "В Кудымкаре и в Харпе нет воды"
    found = tuple(GeoResolver(region="59").resolve(text))
    kudymkar, harp = found
    assert kudymkar.oktmo == "" and len(kudymkar.municipality_oktmo) == 8 and len(harp.oktmo) == 11
    row = analysis_row(Analysis(text=text, topic="other", places=found, municipality=best_municipality(found)))
    assert row["places"] == f"Кудымкар:{kudymkar.municipality_oktmo}; Харп:{harp.oktmo}"
    assert all(code for code in (p.split(":")[1] for p in row["places"].split("; ")))
