"""The whole report page, and writing it to a file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from mcu_nlp.atomic import write_atomically
from mcu_nlp.errors import McuNlpError
from mcu_nlp.report.charts import forecast_section
from mcu_nlp.report.daily import daily_counts
from mcu_nlp.report.markup import CSS, escape
from mcu_nlp.report.sections import critical_section, crosstab_section, header, rising_section, urgency_section
from mcu_nlp.report.summary import ReportData, summarize

FOOTER = ("<footer><p class=note>Тексты обращений показаны с замаскированными персональными данными. "
          "Отчёт не загружает ничего из сети.</p></footer>")


def topic_names() -> dict[str, str]:
    """Russian names of topic codes from the taxonomy when the data folder is at hand, else ``{}``."""
    try:
        from mcu_nlp.corpora import load_taxonomy

        table = load_taxonomy()
    except (ImportError, McuNlpError, OSError):
        return {}
    return dict(zip(table["code"].astype(str), table["name_ru"].astype(str)))


def render(data: ReportData, generated: datetime | None = None) -> str:
    """The whole HTML page for counted data (one string, no external resources)."""
    daily = daily_counts(data)
    names = topic_names()
    body = [header(data, daily, generated or datetime.now()), urgency_section(data),
            rising_section(data, daily, names), crosstab_section(data, names),
            forecast_section(data, daily, names), critical_section(data, names), FOOTER]
    return ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Обращения граждан: сводка — {escape(data.source)}</title><style>{CSS}</style></head>"
            f"<body>{''.join(body)}</body></html>\n")


def write_report(
    analysed_path: str | os.PathLike[str], out_path: str | os.PathLike[str], *, date_column: str | None = None
) -> Path:
    """Write the HTML report of an analysed table (output of ``mcu-nlp analyze``) to ``out_path``.

    The file is written to a temporary name and renamed, so a reader never sees half a page.

    >>> import tempfile
    >>> import pandas as pd
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
    out.parent.mkdir(parents=True, exist_ok=True)  # as analyze, forecast and train do for their outputs
    return write_atomically(out, lambda tmp: tmp.write_text(page, encoding="utf-8"))
