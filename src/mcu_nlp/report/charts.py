"""The forecast section of the report: charts of the total and the busiest topics, and the recent anomalies.

Charts are PNGs drawn by matplotlib (extra ``[plot]``) inside ``data:`` URIs, so the page loads nothing.
"""

from __future__ import annotations

import base64
import io
import logging

import pandas as pd

from mcu_nlp.errors import McuNlpError, install_extra
from mcu_nlp.report.daily import BASE, HORIZON, RECENT, forecast
from mcu_nlp.report.markup import DAYS, DAYS_OF, LAST, escape, plural, table, td, topic_label
from mcu_nlp.report.sections import NO_DATES
from mcu_nlp.report.summary import ReportData

SHOWN = 91  # days of history drawn on a chart
MIN_SPIKE = 3  # appeals a day, at least, for a flagged day to be shown as an anomaly

log = logging.getLogger("mcu_nlp")


def chart_png(title: str, history: pd.DataFrame, future: pd.DataFrame, flagged: pd.DataFrame) -> bytes:
    """A PNG of one series: the last days of ``history`` (ds, y), the forecast band and anomalies."""
    from matplotlib.dates import AutoDateLocator, DateFormatter
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 3.0), dpi=100, layout="constrained")
    ax = fig.subplots()
    ax.plot(history["ds"], history["y"], color="#2b3a4a", lw=1.2, label="обращений за день")
    ax.fill_between(future["ds"], future["lo_95"], future["hi_95"], color="#9ecae1", alpha=0.5, label="95 %")
    ax.fill_between(future["ds"], future["lo_80"], future["hi_80"], color="#4292c6", alpha=0.5, label="80 %")
    ax.plot(future["ds"], future["mean"], color="#08519c", ls="--", lw=1.4, label="прогноз")
    ax.scatter(flagged["ds"], flagged["y"], color="#cb181d", s=28, zorder=3, label="аномалия")
    ax.set_title(title, loc="left", fontsize=11, pad=8)
    # ticks at an even step from the first day: the default restarts each month on its 1st, and «29.04.25» ran into
    # «01.05.25» on 3 of 75 short charts (session 30)
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=9, interval_multiples=False))
    ax.xaxis.set_major_formatter(DateFormatter("%d.%m.%y"))
    top = max(float(history["y"].max()), float(future["hi_95"].max()) if len(future) else 0.0, 1.0)
    ax.set_ylim(0, top * 1.12)  # room for a dot on the highest day
    ax.grid(alpha=0.3)
    fig.legend(loc="outside lower center", fontsize=8, ncols=5, frameon=False)  # long titles keep the top
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _image(png: bytes, alt: str) -> str:
    encoded = base64.b64encode(png).decode("ascii")
    return f'<figure><img alt="{escape(alt)}" src="data:image/png;base64,{encoded}"></figure>'


def _spikes(scored: pd.DataFrame) -> pd.Series:
    """Flagged days worth a look: one or two appeals in a series that expects none are not a spike."""
    return scored["is_anomaly"].astype(bool) & (scored["y"] >= MIN_SPIKE)


def _charts(counts: pd.DataFrame, predicted: pd.DataFrame, scored: pd.DataFrame, names: dict[str, str]) -> str:
    figures = []
    for series in counts["unique_id"].unique():
        history = counts[counts["unique_id"] == series].tail(SHOWN)
        flagged = scored[(scored["unique_id"] == series) & _spikes(scored)
                         & (scored["ds"] >= history["ds"].min())]
        title = topic_label(series, names)
        png = chart_png(title, history, predicted[predicted["unique_id"] == series], flagged)
        alt = f"{title}: обращения по дням, прогноз на {HORIZON} {plural(HORIZON, *DAYS)} и аномалии"
        figures.append(_image(png, alt))
    return "".join(figures)


def _anomaly_table(scored: pd.DataFrame, names: dict[str, str]) -> str:
    recent = scored[_spikes(scored) & (scored["ds"] > scored["ds"].max() - pd.Timedelta(days=BASE))]
    if recent.empty:
        return f"<p class=note>За {plural(BASE, *LAST)} {BASE} {plural(BASE, *DAYS)} аномалий нет.</p>"
    rows = [[td(topic_label(r.unique_id, names), "l"), td(f"{r.ds:%d.%m.%Y}"), td(int(r.y)), td(f"{r.expected:.1f}"),
             td(f"{r.score:.1f}")] for r in recent.sort_values("ds", ascending=False).itertuples()]
    head = ["ряд", "день", "обращений", "ожидалось", "−log10 p"]
    return f"<h3>Аномалии за {plural(BASE, *LAST)} {BASE} {plural(BASE, *DAYS)}</h3>" + table(head, rows)


#: The note where the charts would be, without matplotlib: how to install the ``plot`` extra, as README says
NO_MATPLOTLIB = f"Для графиков нужен matplotlib (extra plot): {install_extra('plot')}."


def _forecast_body(daily: pd.DataFrame, names: dict[str, str]) -> str:
    """Charts and anomalies, or a note saying why there are none; never raises."""
    try:
        counts, predicted, scored = forecast(daily)
        try:
            charts = _charts(counts, predicted, scored, names)
        except ImportError:  # the anomalies need no matplotlib: a report without it listed none (walkthrough s39)
            charts = f"<p class=note>{escape(NO_MATPLOTLIB)}</p>"
    except ImportError:
        return f"<p class=note>{escape(NO_MATPLOTLIB)}</p>"
    except McuNlpError as error:  # our messages never quote appeal texts
        return f"<p class=note>{escape(f'Прогноз не построен: {error}')}</p>"
    except Exception as error:  # the rest of the page is still worth having; the type only, never data
        log.warning("report: forecast failed with %s", type(error).__name__)
        return f"<p class=note>{escape(f'Прогноз не построен: внутренняя ошибка {type(error).__name__}.')}</p>"
    spikes = plural(MIN_SPIKE, "обращения", "обращений", "обращений")
    explain = (f"Обращения по дням за {plural(SHOWN, *LAST)} {SHOWN} {plural(SHOWN, *DAYS)}, "
               f"прогноз на {HORIZON} {plural(HORIZON, *DAYS)} с интервалами 80 и 95 % "
               f"и аномальные дни: не меньше {MIN_SPIKE} {spikes} и больше верхней границы 95 %-го интервала "
               "прогноза на день вперёд.")
    return f"<p class=note>{escape(explain)}</p>{charts}{_anomaly_table(scored, names)}"


def forecast_section(data: ReportData, daily: pd.DataFrame, names: dict[str, str]) -> str:
    """The forecast section, or a note when the table has no dates or too few days."""
    title = '<section id="forecast"><h2>Прогноз и аномалии</h2>'
    if data.date_column is None:
        return f"{title}<p class=note>{escape(NO_DATES)}</p></section>"
    if len(daily) < 2 * RECENT:
        need = f"Нужно не меньше {2 * RECENT} {plural(2 * RECENT, *DAYS_OF)} с датами, в таблице {len(daily)}."
        return f"{title}<p class=note>{escape(need)}</p></section>"
    return f"{title}{_forecast_body(daily, names)}</section>"
