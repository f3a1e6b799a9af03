"""count_series counts analysed appeals, not the error rows of an analysed frame (walkthrough s19 D15: empty,
missing and unreadable texts were counted into a series "unknown/unknown" and the total, which `mcu-nlp forecast`
plotted as a panel and a blank export's day made a spike of, while `report` left them out)."""

import pandas as pd
import pytest

from mcu_nlp import analyze_frame, count_series
from mcu_nlp.errors import InputError, McuNlpWarning


def test_error_rows_of_an_analysed_frame_are_not_counted():
    frame = pd.DataFrame({"text": ["Нет газа в Дербенте", "", "   ", None, 5], "date": ["2026-11-01"] * 5})
    analysed = analyze_frame(frame, text_column="text", date_column="date")
    with pytest.warns(McuNlpWarning, match="4 of 5 rows are not counted: analyze gave them an error"):
        counts = count_series(analysed, by=("topic", "municipality"))
    assert counts[counts.level == "total"].y.sum() == 1
    assert not counts.unique_id.str.contains("unknown").any()


def test_a_frame_of_only_error_rows_says_so_and_other_frames_count_every_row():
    analysed = pd.DataFrame({"topic": [None], "municipality": [None], "error": ["empty text"],
                             "date": ["2026-11-01"]})
    with pytest.warns(McuNlpWarning), pytest.raises(InputError, match="none analysed"):
        count_series(analysed)
    own = pd.DataFrame({"topic": ["gas", "gas"], "municipality": ["Дербент"] * 2, "error": ["", "timeout"],
                        "date": ["2026-11-01"] * 2}).drop(columns="topic").assign(kind="gas")
    assert count_series(own, by=("kind", "municipality")).query("level == 'total'").y.sum() == 2
