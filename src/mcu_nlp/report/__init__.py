"""``mcu-nlp report``: one self-contained, offline HTML page about analysed appeals for a control centre.

The input is the output of ``mcu-nlp analyze`` (CSV, JSONL or Parquet), read in chunks so that the
report of millions of rows needs memory only for its tables. The page has a topic x municipality
table, urgency counts with the critical appeals listed (texts masked again by :func:`mcu_nlp.redact`),
and, when the table has dates, rising topics (last 7 days against the 28 before) and forecast charts
with anomalies drawn by :class:`~mcu_nlp.TrendForecaster`. Charts are PNGs inside ``data:`` URIs;
there is no script, no external style sheet, font or image. Every value is HTML-escaped. Rows with
an ``error`` are counted, never shown.
"""

from mcu_nlp.report.charts import MIN_SPIKE, SHOWN, chart_png
from mcu_nlp.report.daily import BASE, CHARTS, HISTORY, HORIZON, RECENT, TOTAL, daily_counts, forecast, rising_topics
from mcu_nlp.report.markup import CSS
from mcu_nlp.report.page import render, topic_names, write_report
from mcu_nlp.report.sections import MAX_TEXT, NO_DATES, TOP_MUNICIPALITIES, URGENCY
from mcu_nlp.report.summary import CHUNK, DATE_COLUMNS, MAX_CRITICAL, UNKNOWN, ReportData, summarize

__all__ = [
    "BASE", "CHARTS", "CHUNK", "CSS", "DATE_COLUMNS", "HISTORY", "HORIZON", "MAX_CRITICAL", "MAX_TEXT", "MIN_SPIKE",
    "NO_DATES", "RECENT", "SHOWN", "TOP_MUNICIPALITIES", "TOTAL", "UNKNOWN", "URGENCY", "ReportData", "chart_png",
    "daily_counts", "forecast", "render", "rising_topics", "summarize", "topic_names", "write_report",
]
