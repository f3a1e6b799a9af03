"""``mcu-nlp report``: one self-contained, offline HTML page about analysed appeals for a control centre.

The input is the output of ``mcu-nlp analyze`` (CSV, JSONL or Parquet), read in chunks so that the
report of millions of rows needs memory only for its tables. The page has a topic x municipality
table, urgency counts with the critical appeals listed (texts masked again by :func:`mcu_nlp.redact`),
and, when the table has dates, rising topics (last 7 days against the 28 before) and forecast charts
with anomalies drawn by :class:`~mcu_nlp.TrendForecaster`. Charts are PNGs inside ``data:`` URIs;
there is no script, no external style sheet, font or image. Every value is HTML-escaped. Rows with
an ``error`` are counted, never shown.
"""

from __future__ import annotations

import base64
import html
import io
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from mcu_nlp.atomic import write_atomically
from mcu_nlp.errors import McuNlpError
from mcu_nlp.report.daily import BASE, CHARTS, HISTORY, HORIZON, RECENT, TOTAL, daily_counts, forecast, rising_topics
from mcu_nlp.report.summary import (
    CHUNK,
    DATE_COLUMNS,
    MAX_CRITICAL,
    UNKNOWN,
    ReportData,
    blank,
    summarize,
)

URGENCY = {"critical": "критическая", "high": "высокая", "normal": "обычная"}
MAX_TEXT = 600
TOP_MUNICIPALITIES = 8
SHOWN = 91  # days of history drawn on a chart
MIN_SPIKE = 3  # appeals a day, at least, for a flagged day to be shown as an anomaly

log = logging.getLogger("mcu_nlp")

__all__ = [
    "BASE", "CHARTS", "CHUNK", "CSS", "DATE_COLUMNS", "HISTORY", "HORIZON", "MAX_CRITICAL", "MAX_TEXT", "MIN_SPIKE",
    "NO_DATES", "RECENT", "SHOWN", "TOP_MUNICIPALITIES", "TOTAL", "UNKNOWN", "URGENCY", "ReportData", "chart_png",
    "daily_counts", "forecast", "render", "rising_topics", "summarize", "topic_names", "write_report",
]


def topic_names() -> dict[str, str]:
    """Russian names of topic codes from the taxonomy when the data folder is at hand, else ``{}``."""
    try:
        from mcu_nlp.corpora import load_taxonomy

        table = load_taxonomy()
    except (ImportError, McuNlpError, OSError):
        return {}
    return dict(zip(table["code"].astype(str), table["name_ru"].astype(str)))


def chart_png(title: str, history: pd.DataFrame, future: pd.DataFrame, flagged: pd.DataFrame) -> bytes:
    """A PNG of one series: the last days of ``history`` (ds, y), the forecast band and anomalies."""
    from matplotlib.dates import DateFormatter
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 3.0), dpi=100, layout="constrained")
    ax = fig.subplots()
    ax.plot(history["ds"], history["y"], color="#2b3a4a", lw=1.2, label="обращений за день")
    ax.fill_between(future["ds"], future["lo_95"], future["hi_95"], color="#9ecae1", alpha=0.5, label="95 %")
    ax.fill_between(future["ds"], future["lo_80"], future["hi_80"], color="#4292c6", alpha=0.5, label="80 %")
    ax.plot(future["ds"], future["mean"], color="#08519c", ls="--", lw=1.4, label="прогноз")
    ax.scatter(flagged["ds"], flagged["y"], color="#cb181d", s=28, zorder=3, label="аномалия")
    ax.set_title(title, loc="left", fontsize=11, pad=8)
    ax.xaxis.set_major_formatter(DateFormatter("%d.%m.%y"))
    top = max(float(history["y"].max()), float(future["hi_95"].max()) if len(future) else 0.0, 1.0)
    ax.set_ylim(0, top * 1.12)  # room for a dot on the highest day
    ax.grid(alpha=0.3)
    fig.legend(loc="outside lower center", fontsize=8, ncols=5, frameon=False)  # long titles keep the top
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d2733;
 margin:0 auto;max-width:1180px;padding:16px 24px;background:#fff}
h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #d5dde6}
h3{font-size:15px;margin:18px 0 6px}.meta{color:#53606e;margin:0}nav a{margin-right:14px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}
th,td{border:1px solid #d5dde6;padding:3px 7px;text-align:right;vertical-align:top}
th{background:#f1f4f7;font-weight:600;text-align:left}td.l{text-align:left}
.wide td.l{white-space:nowrap}.wide{overflow-x:auto}small{color:#53606e;font-weight:400}
.crit{background:#fde0dd}.lvl-critical{color:#b10026;font-weight:700}.lvl-high{color:#b35806;font-weight:600}
td.text{text-align:left;max-width:560px;white-space:pre-wrap;word-break:break-word}
.up{color:#b10026;font-weight:700}.note{color:#53606e;font-style:italic}
figure{margin:10px 0}figure img{max-width:100%;border:1px solid #e3e8ee}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(head: list[str], rows: list[list[str]]) -> str:
    """An HTML table from cells that are already escaped HTML."""
    header = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def _td(value: object, css: str = "", style: str = "") -> str:
    attributes = (f' class="{css}"' if css else "") + (f' style="{style}"' if style else "")
    return f"<td{attributes}>{_e(value)}</td>"


def _label(topic: str, names: dict[str, str]) -> str:
    return f"{names[topic]} ({topic})" if topic in names else topic


def _header(data: ReportData, daily: pd.DataFrame, generated: datetime) -> str:
    period = f"{daily.index[0]:%d.%m.%Y} — {daily.index[-1]:%d.%m.%Y}" if len(daily) else "дат нет"
    facts = [f"файл {data.source}", f"строк {data.rows}", f"проанализировано {data.analysed}",
             f"с ошибкой {data.errors} (учтены, не показаны)", f"период {period}",
             f"сформирован {generated:%d.%m.%Y %H:%M}"]
    if data.date_column and data.undated:
        facts.insert(4, f"без даты {data.undated}")
    nav = "".join(f'<a href="#{k}">{v}</a>' for k, v in
                  [("urgency", "Срочность"), ("rising", "Растущие темы"), ("topics", "Темы и муниципалитеты"),
                   ("forecast", "Прогноз и аномалии"), ("critical", "Критические обращения")])
    return f"<header><h1>Обращения граждан: сводка</h1><p class=meta>{_e(' · '.join(facts))}</p>" \
           f"<nav>{nav}</nav></header>"


def _critical_row(row: dict[str, Any], names: dict[str, str]) -> list[str]:
    from mcu_nlp.redaction import redact

    text = row.get("text")
    shown = redact(text) if isinstance(text, str) else ""
    shown = shown if len(shown) <= MAX_TEXT else shown[: MAX_TEXT - 1] + "…"
    day, score = row.get("day"), row.get("urgency_score")
    number = next((str(row[k]) for k in ("id", "row") if not blank(pd.Series([row.get(k)])).iloc[0]), "—")
    return [_td(f"{day:%d.%m.%Y}" if isinstance(day, pd.Timestamp) else "—"), _td(number),
            _td(_label(str(row.get("topic")), names), "l"), _td(row.get("municipality"), "l"),
            _td(f"{score:.2f}" if score == score and score is not None else "—"), _td(shown, "text")]


def _urgency_section(data: ReportData) -> str:
    total = max(data.analysed, 1)
    levels = [*URGENCY, *sorted(set(data.urgency) - set(URGENCY))]
    rows = [[f'<td class="l lvl-{_e(level)}">{_e(URGENCY.get(level, level))}</td>', _td(data.urgency[level]),
             _td(f"{100 * data.urgency[level] / total:.1f} %")] for level in levels]
    rows.append([_td("с ошибкой (не показаны)", "l"), _td(data.errors), _td("")])
    link = '<p><a href="#critical">Список критических обращений</a> — в конце страницы.</p>'
    return f'<section id="urgency"><h2>Срочность</h2>{_table(["срочность", "обращений", "доля"], rows)}{link}</section>'


def _critical_section(data: ReportData, names: dict[str, str]) -> str:
    listed = len(data.critical)
    caption = f"Критические обращения: {data.critical_total}" + (
        f", показаны {listed} самых новых" if listed < data.critical_total else "")
    critical = _table(["дата", "№", "тема", "муниципалитет", "оценка модели", "текст (персональные данные скрыты)"],
                      [_critical_row(row, names) for row in data.critical]) if listed else \
        "<p class=note>Критических обращений нет.</p>"
    return f'<section id="critical"><h2>{_e(caption)}</h2>{critical}</section>'


def _shade(count: int, top: int) -> str:
    alpha = 0.08 + 0.72 * count / top if count else 0.0
    return f"background:rgba(33,102,172,{alpha:.2f})" + (";color:#fff" if alpha > 0.5 else "")


def _crosstab_section(data: ReportData, names: dict[str, str]) -> str:
    table = pd.Series(data.crosstab, dtype=np.int64).unstack(fill_value=0) if data.crosstab else pd.DataFrame()
    if table.empty:
        return '<section id="topics"><h2>Темы по муниципалитетам</h2><p class=note>Нет строк.</p></section>'
    order = table.sum().sort_values(ascending=False).index
    known = [m for m in order if m != UNKNOWN][:TOP_MUNICIPALITIES]
    shown = table[known + ([UNKNOWN] if UNKNOWN in table.columns else [])]
    if len(known) < (table.columns != UNKNOWN).sum():
        shown = shown.assign(**{"прочие": table.drop(columns=shown.columns).sum(axis=1)})
    shown = shown.assign(**{"итого": table.sum(axis=1)}).sort_values("итого", ascending=False)
    top = int(shown.drop(columns="итого").to_numpy().max()) or 1
    rows = [[_td(names.get(topic, topic), "l"),
             *(_td(n, style=_shade(n, top)) for n in values[:-1]), f"<th>{values[-1]}</th>"]
            for topic, values in zip(shown.index, shown.to_numpy().tolist())]
    rows.append(['<th>итого</th>', *(f"<th>{n}</th>" for n in shown.sum().tolist())])
    head = ["тема", *(f"{_e(m)}<br><small>{_e(data.oktmo.get(m, ''))}</small>" for m in shown.columns)]
    note = f"<p class=note>Столбцы: {len(known)} муниципалитетов с наибольшим числом обращений" \
           f"{', прочие' if 'прочие' in shown.columns else ''}; под названием — код ОКТМО.</p>"
    return f'<section id="topics"><h2>Темы по муниципалитетам</h2>{note}<div class=wide>{_table(head, rows)}</div>' \
           "</section>"


NO_DATES = "В таблице нет столбца с датами (date или created_dt): тренды и прогноз не строятся."


def _rising_section(data: ReportData, daily: pd.DataFrame, names: dict[str, str]) -> str:
    title = '<section id="rising"><h2>Растущие темы</h2>'
    if data.date_column is None:
        return f"{title}<p class=note>{_e(NO_DATES)}</p></section>"
    table = rising_topics(daily)
    if table.empty:
        need = f"Нужно не меньше {RECENT + BASE} дней с датами, в таблице {len(daily)}."
        return f"{title}<p class=note>{_e(need)}</p></section>"
    table = table[table["recent"] > table["expected"]].head(15)
    rows = [[_td(("▲ " if r.rising else "") + _label(r.topic, names), "l up" if r.rising else "l"), _td(r.recent),
             _td(f"{r.expected:.1f}"), _td("новая" if r.change != r.change else f"{100 * r.change:+.0f} %"),
             _td(f"{r.p_value:.3g}")] for r in table.itertuples()]
    explain = (f"Последние {RECENT} дней до {daily.index[-1]:%d.%m.%Y} против {BASE} дней перед ними "
               f"(ожидание — их число, пересчитанное на {RECENT} дней). ▲ — рост, который вряд ли случаен: "
               "p < 0,05 по Пуассону и не меньше 3 обращений.")
    body = _table(["тема", f"за {RECENT} дней", "ожидалось", "изменение", "p"], rows) if rows else \
        "<p class=note>Ни одна тема не растёт.</p>"
    return f"{title}<p class=note>{_e(explain)}</p>{body}</section>"


def _image(png: bytes, alt: str) -> str:
    encoded = base64.b64encode(png).decode("ascii")
    return f'<figure><img alt="{_e(alt)}" src="data:image/png;base64,{encoded}"></figure>'


def _spikes(scored: pd.DataFrame) -> pd.Series:
    """Flagged days worth a look: one or two appeals in a series that expects none are not a spike."""
    return scored["is_anomaly"].astype(bool) & (scored["y"] >= MIN_SPIKE)


def _charts(counts: pd.DataFrame, predicted: pd.DataFrame, scored: pd.DataFrame, names: dict[str, str]) -> str:
    figures = []
    for series in counts["unique_id"].unique():
        history = counts[counts["unique_id"] == series].tail(SHOWN)
        flagged = scored[(scored["unique_id"] == series) & _spikes(scored)
                         & (scored["ds"] >= history["ds"].min())]
        title = _label(series, names)
        png = chart_png(title, history, predicted[predicted["unique_id"] == series], flagged)
        figures.append(_image(png, f"{title}: обращения по дням, прогноз на {HORIZON} дней и аномалии"))
    return "".join(figures)


def _anomaly_table(scored: pd.DataFrame, names: dict[str, str]) -> str:
    recent = scored[_spikes(scored) & (scored["ds"] > scored["ds"].max() - pd.Timedelta(days=BASE))]
    if recent.empty:
        return f"<p class=note>За последние {BASE} дней аномалий нет.</p>"
    rows = [[_td(_label(r.unique_id, names), "l"), _td(f"{r.ds:%d.%m.%Y}"), _td(int(r.y)), _td(f"{r.expected:.1f}"),
             _td(f"{r.score:.1f}")] for r in recent.sort_values("ds", ascending=False).itertuples()]
    return f"<h3>Аномалии за последние {BASE} дней</h3>" + _table(["ряд", "день", "обращений", "ожидалось", "−log10 p"],
                                                                   rows)


def _forecast_section(data: ReportData, daily: pd.DataFrame, names: dict[str, str]) -> str:
    title = '<section id="forecast"><h2>Прогноз и аномалии</h2>'
    if data.date_column is None:
        return f"{title}<p class=note>{_e(NO_DATES)}</p></section>"
    if len(daily) < 2 * RECENT:
        return f"{title}<p class=note>{_e(f'Нужно не меньше {2 * RECENT} дней с датами, в таблице {len(daily)}.')}" \
               "</p></section>"
    try:
        counts, predicted, scored = forecast(daily)
        charts = _charts(counts, predicted, scored, names)
    except ImportError:
        return f"{title}<p class=note>Для графиков нужен matplotlib: pip install 'mcu-nlp[plot]'.</p></section>"
    except McuNlpError as error:  # our messages never quote appeal texts
        return f"{title}<p class=note>{_e(f'Прогноз не построен: {error}')}</p></section>"
    except Exception as error:  # the rest of the page is still worth having; the type only, never data
        log.warning("report: forecast failed with %s", type(error).__name__)
        return f"{title}<p class=note>{_e(f'Прогноз не построен: внутренняя ошибка {type(error).__name__}.')}" \
               "</p></section>"
    explain = (f"Обращения по дням за последние {SHOWN} дней, прогноз на {HORIZON} дней с интервалами 80 и 95 % "
               f"и аномальные дни: не меньше {MIN_SPIKE} обращений и больше верхней границы 95 %-го интервала "
               "прогноза на день вперёд.")
    return f"{title}<p class=note>{_e(explain)}</p>{charts}{_anomaly_table(scored, names)}</section>"


def render(data: ReportData, generated: datetime | None = None) -> str:
    """The whole HTML page for counted data (one string, no external resources)."""
    daily = daily_counts(data)
    names = topic_names()
    body = [_header(data, daily, generated or datetime.now()), _urgency_section(data),
            _rising_section(data, daily, names), _crosstab_section(data, names),
            _forecast_section(data, daily, names), _critical_section(data, names),
            "<footer><p class=note>Тексты обращений показаны с замаскированными персональными данными. "
            "Отчёт не загружает ничего из сети.</p></footer>"]
    return ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Обращения граждан: сводка — {_e(data.source)}</title><style>{CSS}</style></head>"
            f"<body>{''.join(body)}</body></html>\n")


def write_report(
    analysed_path: str | os.PathLike[str], out_path: str | os.PathLike[str], *, date_column: str | None = None
) -> Path:
    """Write the HTML report of an analysed table (output of ``mcu-nlp analyze``) to ``out_path``.

    The file is written to a temporary name and renamed, so a reader never sees half a page.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = pd.DataFrame({"text": ["Нет отопления, звоните +7 912 345-67-89"], "topic": ["heating"],
    ...                   "urgency": ["critical"], "urgency_score": [0.9], "municipality": ["Надым"],
    ...                   "error": [None]}).to_csv(folder / "analysed.csv", index=False)
    >>> page = write_report(folder / "analysed.csv", folder / "report.html").read_text(encoding="utf-8")
    >>> "[PHONE]" in page and "912" not in page
    True
    """
    out = Path(out_path)
    page = render(summarize(analysed_path, date_column=date_column))
    out.parent.mkdir(parents=True, exist_ok=True)  # as analyze and save do for their outputs
    return write_atomically(out, lambda tmp: tmp.write_text(page, encoding="utf-8"))
