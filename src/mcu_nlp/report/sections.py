"""The table sections of the report: header, urgency, rising topics, topics by municipality, critical appeals."""

from __future__ import annotations

import math
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from mcu_nlp.errors import McuNlpError, blank
from mcu_nlp.report.daily import BASE, MIN_RATE, RECENT, rising_topics
from mcu_nlp.report.markup import DAYS, DAYS_OF, LAST, escape, plural, table, td, topic_label
from mcu_nlp.report.summary import UNKNOWN, ReportData

if TYPE_CHECKING:
    from mcu_nlp.geo.gazetteer import Gazetteer

URGENCY = {"critical": "критическая", "high": "высокая", "normal": "обычная"}
MAX_TEXT = 600
TOP_MUNICIPALITIES = 8
RISING_SHOWN = 15  # rows of the rising-topics table
NO_DATES = "В таблице нет столбца с датами (date или created_dt): тренды и прогноз не строятся."
NAVIGATION = [("urgency", "Срочность"), ("rising", "Растущие темы"), ("topics", "Темы и муниципалитеты"),
              ("forecast", "Прогноз и аномалии"), ("critical", "Критические обращения")]


def header(data: ReportData, daily: pd.DataFrame, generated: datetime) -> str:
    """The title, the facts about the file (rows, errors, period) and links to the sections."""
    period = f"{daily.index[0]:%d.%m.%Y} — {daily.index[-1]:%d.%m.%Y}" if len(daily) else "дат нет"
    facts = [f"файл {data.source}", f"строк {data.rows}", f"проанализировано {data.analysed}",
             f"с ошибкой {data.errors} (учтены, не показаны)", f"период {period}",
             f"сформирован {generated:%d.%m.%Y %H:%M}"]
    if data.date_column and data.undated:
        facts.insert(4, f"без даты {data.undated}")
    nav = "".join(f'<a href="#{k}">{v}</a>' for k, v in NAVIGATION)
    return f"<header><h1>Обращения граждан: сводка</h1><p class=meta>{escape(' · '.join(facts))}</p>" \
           f"<nav>{nav}</nav></header>"


def urgency_section(data: ReportData) -> str:
    """Appeals per urgency level, with their shares of the analysed rows."""
    total = max(data.analysed, 1)
    levels = [*URGENCY, *sorted(set(data.urgency) - set(URGENCY))]
    rows = [[f'<td class="l lvl-{escape(level)}">{escape(URGENCY.get(level, level))}</td>', td(data.urgency[level]),
             td(f"{100 * data.urgency[level] / total:.1f} %")] for level in levels]
    rows.append([td("с ошибкой (не показаны)", "l"), td(data.errors), td("")])
    link = '<p><a href="#critical">Список критических обращений</a> — в конце страницы.</p>'
    return f'<section id="urgency"><h2>Срочность</h2>{table(["срочность", "обращений", "доля"], rows)}{link}</section>'


def _critical_row(row: dict[str, Any], names: dict[str, str]) -> list[str]:
    from mcu_nlp.redaction import redact

    text = row.get("text")
    shown = redact(text) if isinstance(text, str) else ""
    shown = shown if len(shown) <= MAX_TEXT else shown[: MAX_TEXT - 1] + "…"
    day, score = row.get("day"), row.get("urgency_score")
    number = next((str(row[k]) for k in ("id", "row") if not blank(pd.Series([row.get(k)])).iloc[0]), "—")
    return [td(f"{day:%d.%m.%Y}" if isinstance(day, pd.Timestamp) else "—"), td(number),
            td(topic_label(str(row.get("topic")), names), "l"), td(row.get("municipality"), "l"),
            td(f"{score:.2f}" if score == score and score is not None else "—"), td(shown, "text")]


def critical_section(data: ReportData, names: dict[str, str]) -> str:
    """The newest critical appeals, their texts masked again by :func:`mcu_nlp.redact`."""
    listed = len(data.critical)
    caption = f"Критические обращения: {data.critical_total}" + (
        f", показаны {listed} самых новых" if listed < data.critical_total else "")
    critical = table(["дата", "№", "тема", "муниципалитет", "оценка модели", "текст (персональные данные скрыты)"],
                     [_critical_row(row, names) for row in data.critical]) if listed else \
        "<p class=note>Критических обращений нет.</p>"
    return f'<section id="critical"><h2>{escape(caption)}</h2>{critical}</section>'


def _shade(count: int, top: int) -> str:
    alpha = 0.08 + 0.72 * min(count / top, 1.0) if count else 0.0  # «не определён», «прочие» may pass the top
    return f"background:rgba(33,102,172,{alpha:.2f})" + (";color:#fff" if alpha > 0.5 else "")


def _crosstab_columns(counts: pd.DataFrame, municipalities: dict[str, str]) -> tuple[pd.DataFrame, list[str]]:
    """The busiest municipalities, the unknown one, the rest as «прочие» and «итого»; topics by total."""
    # by name first, as when the columns were names, so that ties keep the order they had
    by_name = sorted(counts.columns, key=lambda key: (municipalities.get(key, key), key))
    order = counts[by_name].sum().sort_values(ascending=False).index
    known = [m for m in order if m != UNKNOWN][:TOP_MUNICIPALITIES]
    shown = counts[known + ([UNKNOWN] if UNKNOWN in counts.columns else [])]
    if len(known) < (counts.columns != UNKNOWN).sum():
        shown = shown.assign(**{"прочие": counts.drop(columns=shown.columns).sum(axis=1)})
    return shown.assign(**{"итого": counts.sum(axis=1)}).sort_values("итого", ascending=False), known


def subject_name(oktmo: str) -> str:
    """The subject (region) of a municipality's ОКТМО code by the gazetteer, "" when unknown.

    >>> subject_name("38628000"), subject_name("71956000"), subject_name("")
    ('Курская область', 'Ямало-Ненецкий автономный округ', '')
    """
    from mcu_nlp.geo.gazetteer import load_gazetteer
    from mcu_nlp.geo.sources import region_of_oktmo

    try:
        g = load_gazetteer()
    except (McuNlpError, OSError):  # a report without region names is still right: the code is shown
        return ""
    return region_of_oktmo(oktmo, _subjects(g))  # the longest prefix: ЯНАО's 719 before Тюменская область's 71


@lru_cache(maxsize=4)  # per gazetteer, as load_gazetteer caches them: a scan of every place, once
def _subjects(g: Gazetteer) -> dict[str, str]:
    """Subject names by ОКТМО prefix: 2 digits, 3 for the okrugs inside a subject (Тюменская область 71, ЯНАО 719)."""
    return {code[:2] if code[2:] == "000000" else code[:3]: name
            for name, kind, code in zip(g.name, g.kind, g.oktmo) if kind == "region"}


def _column_heads(columns: list[str], municipalities: dict[str, str]) -> tuple[list[str], bool]:
    """A municipality's name with its ОКТМО code below, and its subject when another shown column has its name."""
    named = [municipalities.get(key, key) for key in columns]
    twins = {name for name in named if named.count(name) > 1}
    heads = []
    for key, name in zip(columns, named):
        code = key if key != name else ""
        under = ", ".join(filter(None, [subject_name(code), code])) if name in twins and code else code
        heads.append(f"{escape(name)}<br><small>{escape(under)}</small>")
    return heads, bool(twins)


def crosstab_section(data: ReportData, names: dict[str, str]) -> str:
    """Topics (rows) by municipality (columns), cells shaded by count, OKTMO codes under the names."""
    counts = pd.Series(data.crosstab, dtype=np.int64).unstack(fill_value=0) if data.crosstab else pd.DataFrame()
    if counts.empty:
        return '<section id="topics"><h2>Темы по муниципалитетам</h2><p class=note>Нет строк.</p></section>'
    shown, known = _crosstab_columns(counts, data.municipalities)
    # shaded against the busiest named municipality: a big «не определён» or «прочие» column made the rest pale
    top = int(shown[known].to_numpy().max()) if known else 0
    top = top or int(shown.drop(columns="итого").to_numpy().max()) or 1
    rows = [[td(names.get(topic, topic), "l"),
             *(td(n, style=_shade(n, top)) for n in values[:-1]), f"<th>{values[-1]}</th>"]
            for topic, values in zip(shown.index, shown.to_numpy().tolist())]
    rows.append(['<th>итого</th>', *(f"<th>{n}</th>" for n in shown.sum().tolist())])
    heads, twins = _column_heads(shown.columns.tolist(), data.municipalities)
    note = f"<p class=note>Столбцы: {len(known)} " \
           f"{plural(len(known), 'муниципалитет', 'муниципалитета', 'муниципалитетов')} с наибольшим числом " \
           f"обращений{', прочие' if 'прочие' in shown.columns else ''}; под названием — код ОКТМО" \
           f"{' (у одноимённых — и субъект)' if twins else ''}.</p>"
    head = ["тема", *heads]
    return f'<section id="topics"><h2>Темы по муниципалитетам</h2>{note}<div class=wide>{table(head, rows)}</div>' \
           "</section>"


def _rising_note(last_day: pd.Timestamp) -> str:
    """What the rising-topics table compares, and the floor under the expectation that its p values use."""
    week = f"{RECENT} {plural(RECENT, *DAYS)}"
    floor = MIN_RATE * RECENT / 7  # as rising_topics floors it; «ожидалось» shows the count unfloored
    floor_shown, p_one = (f"{x:.3g}".replace(".", ",") for x in (floor, 1 - math.exp(-floor)))
    return (f"{plural(RECENT, *LAST).capitalize()} {week} до {last_day:%d.%m.%Y} против {BASE} "
            f"{plural(BASE, *DAYS_OF)} перед ними (ожидание — их число, пересчитанное на {week}). "
            "▲ — рост, который вряд ли случаен: p < 0,05 по Пуассону и не меньше 3 обращений. "
            f"Для p ожидание меньше {floor_shown} считается равным {floor_shown}, поэтому одно обращение новой темы "
            f"даёт p {p_one}, а не 0.")


def rising_section(data: ReportData, daily: pd.DataFrame, names: dict[str, str]) -> str:
    """Topics growing in the last week beyond chance (:func:`~mcu_nlp.report.rising_topics`)."""
    title = '<section id="rising"><h2>Растущие темы</h2>'
    if data.date_column is None:
        return f"{title}<p class=note>{escape(NO_DATES)}</p></section>"
    rising = rising_topics(daily)
    if rising.empty:
        need = f"Нужно не меньше {RECENT + BASE} {plural(RECENT + BASE, *DAYS_OF)} с датами, в таблице {len(daily)}."
        return f"{title}<p class=note>{escape(need)}</p></section>"
    rising = rising[rising["recent"] > rising["expected"]].head(RISING_SHOWN)
    rows = [[td(("▲ " if r.rising else "") + topic_label(r.topic, names), "l up" if r.rising else "l"), td(r.recent),
             td(f"{r.expected:.1f}"), td("новая" if r.change != r.change else f"{100 * r.change:+.0f} %"),
             td(f"{r.p_value:.3g}")] for r in rising.itertuples()]
    week = f"{RECENT} {plural(RECENT, *DAYS)}"
    body = table(["тема", f"за {week}", "ожидалось", "изменение", "p"], rows) if rows else \
        "<p class=note>Ни одна тема не растёт.</p>"
    return f"{title}<p class=note>{escape(_rising_note(daily.index[-1]))}</p>{body}</section>"
