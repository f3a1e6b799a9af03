"""Session 21 speed: a chunk's repeated rows are analysed once, and the personal data of its texts found once for
the topic and the urgency model; each row answers as if analysed alone."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.redaction import _REMEMBERED, find_personal_data, remembered

HEATING = "Нет отопления третий день, звоните 8-912-345-67-89, Петрова Анна"
POTHOLE = "Яма на дороге у дома 5 по ул. Ленина"
# (text, region, date): a text again on another day of the month, in another month, another region, without a date;
# September in a Far North subject ("89") is its cold season, not Kursk's ("46")
ROWS = [
    (HEATING, "46", "2024-01-05"),
    (POTHOLE, "46", "2024-01-05"),
    (HEATING, "46", "2024-01-20"),
    (HEATING, "46", "2024-07-01"),
    (HEATING, "89", "2024-09-10"),
    (HEATING, "46", "2024-09-10"),
    (HEATING, "46", None),
    (POTHOLE, "89", "2024-01-05"),
    (HEATING, "89", "15.09.2024"),
]


def test_repeated_rows_answer_as_each_alone(models):
    texts, regions, dates = (list(column) for column in zip(*ROWS))
    together = mcu_nlp.analyze_batch(texts, regions=regions, dates=dates, models=models)
    alone = [mcu_nlp.analyze_batch([t], regions=[r], dates=[d], models=models)[0] for t, r, d in ROWS]
    assert together == alone
    assert len({a.urgency for a in together}) > 1  # the dates matter: the rows are no copies of one answer


DISTINCT = [  # (dates of HEATING, POTHOLE, POTHOLE, POTHOLE; each row's place among the distinct rows)
    (None, [0, 1, 1, 1]),
    (["2024-01-05", "2024-01-05", "2024-01-30", "2024-02-01"], [0, 1, 1, 2]),
    ([None, None, "2024-01-30", None], [0, 1, 2, 1]),
]


@pytest.mark.parametrize(("dates", "places"), DISTINCT)
def test_distinct_rows_are_text_region_and_month(dates, places):
    from mcu_nlp.analysis import _distinct

    rows, where = _distinct([HEATING, POTHOLE, POTHOLE, POTHOLE], dates, ["46"] * 4)
    assert where == places and rows == [where.index(place) for place in range(len(rows))]


def test_a_block_within_another_keeps_its_memory():
    with remembered():
        find_personal_data(HEATING)
        outer = _REMEMBERED.get()
        with remembered():  # as analyze_batch's chunk within an mcu-nlp analyze job's, which redacts after
            assert _REMEMBERED.get() is outer
        assert _REMEMBERED.get() is outer and HEATING in outer
    assert _REMEMBERED.get() is None
