"""Date labels of the trend plot and the report's charts never run into each other (session 29's walkthrough: on
a short history «2025-01-29» overlapped «2025-02-01», the default locator restarting each month on its 1st)."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("matplotlib")

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from mcu_nlp.report import charts
from mcu_nlp.trends import TrendForecaster

# windows whose dates cross a month's end a few days after a tick: each overlapped before the fix
SHORT = [("2025-03-16", 30, 7), ("2025-03-25", 21, 14), ("2025-04-03", 21, 14), ("2025-04-12", 30, 7)]


def _overlaps(figure: Figure) -> tuple[int, list[str]]:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    axis = figure.axes[-1]
    labels = [t for t in axis.get_xticklabels() if t.get_text() and t.get_visible()]
    boxes = [t.get_window_extent(canvas.get_renderer()) for t in labels]
    return sum(a.x1 + 2 > b.x0 for a, b in pairwise(boxes)), [t.get_text() for t in labels]


@pytest.mark.parametrize(("start", "days", "h"), SHORT)
def test_plot_date_labels_do_not_overlap(start: str, days: int, h: int) -> None:
    dates = pd.date_range(start, periods=days)
    counts = pd.DataFrame({"unique_id": "a", "ds": dates, "y": np.random.default_rng(0).poisson(3, days)})
    overlaps, labels = _overlaps(TrendForecaster().fit(counts).plot(h=h))
    assert overlaps == 0 and len(labels) >= 3, labels


@pytest.mark.parametrize(("start", "days", "h"), [("2025-03-28", 21, 14), ("2025-04-04", 21, 14), *SHORT])
def test_report_chart_date_labels_do_not_overlap(start: str, days: int, h: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[Figure] = []
    save = Figure.savefig
    monkeypatch.setattr(Figure, "savefig", lambda self, *a, **k: (drawn.append(self), save(self, *a, **k))[1])
    dates = pd.date_range(start, periods=days)
    future = pd.DataFrame({"ds": pd.date_range(dates[-1] + pd.Timedelta(days=1), periods=h), "mean": 3.0,
                           "lo_80": 1.0, "hi_80": 5.0, "lo_95": 0.0, "hi_95": 7.0})
    history = pd.DataFrame({"ds": dates, "y": np.random.default_rng(0).poisson(3, days)})
    png = charts.chart_png("Пермь", history, future, history.iloc[:0])
    overlaps, labels = _overlaps(drawn[0])
    assert png.startswith(b"\x89PNG") and overlaps == 0 and len(labels) >= 3, labels
