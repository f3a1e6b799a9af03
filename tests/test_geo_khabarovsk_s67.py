"""A Хабаровский край analyst's walkthrough (session 67), D1: a trailing hashtag of the region's capital
(«#хабаровск») decided the municipality over the place the text's words name («В Ванино оборвался провод ...
#хабаровск» was Хабаровск at 0.95; 56 % of the analyst's tagged appeals went there): a place named only in a hashtag
yields to one the words name (``municipality._untagged``); a tag alone stays the answer.
"""

from __future__ import annotations

import pytest
from helpers import best_place

CASES = [
    ("27", "В Ванино оборвался провод, висит до земли #хабаровск", "08612000"),
    ("27", "Бикин. Собаки покусали ребёнка #хабаровск", "08609000"),
    (None, "Чегдомын, с крыши свисают глыбы льда #хабаровск", "08614000"),
    ("27", "Яма на дороге #хабаровск", "08701000"),
    (None, "Яма на дороге в Хабаровске #хабаровск", "08701000"),
]


@pytest.mark.parametrize(("region", "text", "oktmo"), CASES)
def test_khabarovsk_walkthrough_places(region: str | None, text: str, oktmo: str | None) -> None:
    assert best_place(text, region) == oktmo
