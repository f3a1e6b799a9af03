"""One-letter typos of place names: the typo index per region is built from that region's forms only."""

from __future__ import annotations

import dataclasses

import pytest

from mcu_nlp.geo import GeoResolver
from mcu_nlp.geo.gazetteer import load_gazetteer
from mcu_nlp.geo.typos import one_typo_keys


class _CountingIndex(dict):
    """The gazetteer's form index, counting the passes over all of it."""

    passes = 0

    def items(self):  # type: ignore[override]
        type(self).passes += 1
        return super().items()


def test_a_region_typo_index_needs_no_pass_over_every_form() -> None:
    # the first text of each region cost a pass over all 243,000 forms (0.4-0.6 s), and again for a region that 8
    # others had evicted from the cache: all 85 regions took 40 s
    g = load_gazetteer()
    counted = dataclasses.replace(g, index=_CountingIndex(g.index))
    _CountingIndex.passes = 0
    for region in [None, "02", "16", "45", "89", "77", "78", "46", "33", "25", "72", "50", "02"]:
        counted.fuzzy(region)
    assert _CountingIndex.passes <= 1


# (word, region, the forms one letter away): a big town's anywhere, a small place's in its region only
TYPOS = [
    ("салехрде", None, {"салехарде"}),
    ("ханымеу", "89", {"ханымее", "ханымей", "ханымею", "ханымея"}),
    ("ханымеу", "46", set()),
    ("ханымеу", None, set()),
    ("ноябре", None, set()),  # a dictionary word is no typo
]


@pytest.mark.parametrize(("word", "region", "forms"), TYPOS)
def test_typo_forms_by_region(word: str, region: str | None, forms: set) -> None:
    assert one_typo_keys(word, load_gazetteer(), region) == forms


def test_a_typo_of_a_region_place_is_found() -> None:
    assert [p.name for p in GeoResolver(region="89").resolve("в Ханымеу нет света")] == ["Ханымей"]
