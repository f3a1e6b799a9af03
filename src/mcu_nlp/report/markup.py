"""The HTML pieces of the report: its style sheet, escaping, tables and cells, and Russian plurals.

Every value goes through :func:`escape`; :func:`table` takes cells that are already HTML.
"""

from __future__ import annotations

import html

from mcu_nlp.count_forms import count_form

# forms of a word for plural(): 1 / 2-4 / 5 and more
DAYS = ("день", "дня", "дней")  # after «на», «за»: «на 14 дней», «за последний 91 день»
DAYS_OF = ("дня", "дней", "дней")  # after «не меньше», «против»: «не меньше 21 дня»
LAST = ("последний", "последние", "последние")

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d2733;
 margin:0 auto;max-width:1180px;padding:16px 24px;background:#fff}
h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #d5dde6}
h3{font-size:15px;margin:18px 0 6px}.meta{color:#53606e;margin:0}nav a{margin-right:14px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}
th,td{border:1px solid #d5dde6;padding:3px 7px;text-align:right;vertical-align:top}
th{background:#f1f4f7;font-weight:600;text-align:left}td.l{text-align:left}
.wide td.l{white-space:nowrap}.wide{overflow-x:auto}small{color:#53606e;font-weight:400}
.lvl-critical{color:#b10026;font-weight:700}.lvl-high{color:#b35806;font-weight:600}
td.text{text-align:left;max-width:560px;white-space:pre-wrap;word-break:break-word}
.up{color:#b10026;font-weight:700}.note{color:#53606e;font-style:italic}
figure{margin:10px 0}figure img{max-width:100%;border:1px solid #e3e8ee}
"""


def escape(value: object) -> str:
    """Any value as text safe inside an element or a quoted attribute.

    >>> escape('<b class="x">')
    '&lt;b class=&quot;x&quot;&gt;'
    """
    return html.escape(str(value), quote=True)


def table(head: list[str], rows: list[list[str]]) -> str:
    """An HTML table from cells that are already escaped HTML."""
    header = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def td(value: object, css: str = "", style: str = "") -> str:
    """A table cell holding ``value`` escaped, with an optional class and inline style.

    >>> td("a&b", "l")
    '<td class="l">a&amp;b</td>'
    """
    attributes = (f' class="{css}"' if css else "") + (f' style="{style}"' if style else "")
    return f"<td{attributes}>{escape(value)}</td>"


def topic_label(topic: str, names: dict[str, str]) -> str:
    """The Russian name of a topic code with the code in brackets, or the code alone when unnamed."""
    return f"{names[topic]} ({topic})" if topic in names else topic


def plural(count: int, one: str, few: str, many: str) -> str:
    """The form of a word that agrees with ``count``: 1, 21 take ``one``; 2-4, 22 ``few``; 0, 5-20, 111 ``many``.

    >>> [f"{n} {plural(n, 'день', 'дня', 'дней')}" for n in (1, 2, 5, 11, 14, 21, 91, 112)]
    ['1 день', '2 дня', '5 дней', '11 дней', '14 дней', '21 день', '91 день', '112 дней']
    """
    return {"one": one, "few": few, "many": many}[count_form(count)]
