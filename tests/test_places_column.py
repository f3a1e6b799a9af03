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
