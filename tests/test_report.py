"""The HTML report: counts that add up, self-contained and escaped, redacted, charts that decode."""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib.image
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcu_nlp.cli import main as cli
from mcu_nlp.errors import InputError
from mcu_nlp.report import NO_DATES, render, rising_topics, summarize, write_report

ROOT = Path(__file__).parents[1]
IMAGES = re.compile(r'<img alt="[^"]*" src="data:image/png;base64,([A-Za-z0-9+/=]+)">')
TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "a", "section",
        "table", "thead", "tbody", "tr", "th", "td", "br", "small", "div", "figure", "img", "footer", "!DOCTYPE"}


def _table(**columns: list[object]) -> pd.DataFrame:
    base = {"topic": "roads", "topic_score": 0.8, "urgency": "normal", "urgency_score": 0.7,
            "municipality": "Надым", "municipality_oktmo": "71916000", "places": "", "error": None}
    n = len(next(iter(columns.values())))
    frame = pd.DataFrame({name: [value] * n for name, value in base.items()})
    for name, values in columns.items():
        frame[name] = values
    return frame.assign(row=range(n))


def _page(frame: pd.DataFrame, folder: Path, name: str = "analysed.csv") -> str:
    frame.to_csv(folder / name, index=False)
    return write_report(folder / name, folder / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def analysed_spb(tmp_path_factory: pytest.TempPathFactory, spb_sample: pd.DataFrame, models: object) -> Path:
    """The real SPb fixture analysed by the shipped models, with its dates, as `mcu-nlp analyze` writes it."""
    from mcu_nlp import analyze_frame, redact

    frame = spb_sample[["id", "created_dt", "text"]].copy()
    frame.loc[frame.index[:3], "text"] = ["", None, "   "]  # rows the analysis refuses
    out = analyze_frame(frame, text_column="text", date_column="created_dt")
    out["text"] = [redact(t) if isinstance(t, str) else t for t in out["text"]]
    path = tmp_path_factory.mktemp("report") / "analysed.csv"
    out.to_csv(path, index=False)
    return path


@pytest.fixture(scope="session")
def spb_page(analysed_spb: Path) -> str:
    return write_report(analysed_spb, analysed_spb.with_name("report.html")).read_text(encoding="utf-8")


def test_counts_add_up(analysed_spb: Path) -> None:
    frame = pd.read_csv(analysed_spb, dtype={"id": str})
    good = frame[frame["error"].isna()]
    data = summarize(analysed_spb)
    assert (data.rows, data.errors, data.date_column) == (len(frame), 3, "created_dt")
    assert dict(data.urgency) == good["urgency"].value_counts().to_dict()
    assert sum(data.crosstab.values()) == len(good) == sum(data.daily.values())
    assert data.critical_total == int((good["urgency"] == "critical").sum())
    by_topic = good["topic"].value_counts().to_dict()
    assert {t: sum(n for (topic, _), n in data.crosstab.items() if topic == t) for t in by_topic} == by_topic


def test_real_page_is_self_contained_and_has_charts(spb_page: str) -> None:
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//|file:)|<script|<link|@import|url\(", spb_page)
    images = IMAGES.findall(spb_page)
    assert len(images) >= 3 and "Прогноз не построен" not in spb_page
    for encoded in images:
        pixels = matplotlib.image.imread(io.BytesIO(base64.b64decode(encoded)), format="png")
        assert pixels.shape[0] > 100 and pixels.shape[1] > 300
        assert (pixels[..., :3].min(axis=-1) < 0.9).mean() > 0.02  # something is drawn
    for section in ("urgency", "rising", "topics", "forecast", "critical"):
        assert f'<section id="{section}">' in spb_page


def test_real_page_lists_the_newest_critical_appeals(analysed_spb: Path, spb_page: str) -> None:
    frame = pd.read_csv(analysed_spb, dtype={"id": str})
    critical = frame[(frame["urgency"] == "critical") & frame["error"].isna()]
    newest = critical.sort_values("created_dt").iloc[-1]
    assert f"<td>{newest['id']}</td>" in spb_page
    assert f"Критические обращения: {len(critical)}" in spb_page


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_formats_give_the_same_counts(tmp_path: Path, fmt: str) -> None:
    frame = _table(text=["яма", "нет света", "", "мусор"], topic=["roads", "power", None, "waste"],
                   urgency=["normal", "critical", None, "high"], error=[None, None, "empty text", None],
                   date=["2024-03-01", "2024-03-02", None, "2024-03-02"])
    path = tmp_path / f"analysed.{fmt}"
    {"csv": lambda: frame.to_csv(path, index=False), "jsonl": lambda: frame.to_json(path, orient="records",
     lines=True, force_ascii=False), "parquet": lambda: frame.to_parquet(path)}[fmt]()
    data = summarize(path)
    assert (data.rows, data.errors, data.critical_total) == (4, 1, 1)
    assert dict(data.crosstab) == {("roads", "71916000"): 1, ("power", "71916000"): 1, ("waste", "71916000"): 1}
    assert data.municipalities == {"71916000": "Надым"}
    assert dict(data.urgency) == {"normal": 1, "critical": 1, "high": 1}
    assert sorted(d.strftime("%F") for d, _ in data.daily) == ["2024-03-01", "2024-03-02", "2024-03-02"]


@pytest.mark.parametrize(("value", "day"), [
    ("2024-03-01", "2024-03-01"),
    ("01.03.2024", "2024-03-01"),                 # Russian order: day first
    ("2024-03-01T01:00:00+03:00", "2024-03-01"),  # the writer's calendar day, not UTC's
    ("2024-03-01 23:10:00Z", "2024-03-01"),
    ("2020-10-19T13:39:51.701410", "2020-10-19"),
    ("вчера", None),
    ("", None),
])
def test_dates_are_the_writers_calendar_days(tmp_path: Path, value: str, day: str | None) -> None:
    _table(text=["яма"], date=[value]).to_csv(tmp_path / "a.csv", index=False)
    data = summarize(tmp_path / "a.csv")
    assert [d.strftime("%F") for d, _ in data.daily] == ([day] if day else [])
    assert data.undated == (0 if day else 1)


HOSTILE = [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('"><img src=x onerror=alert(1)>', "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
    ("Звоните +7 912 345-67-89, нет отопления", "Звоните [PHONE], нет отопления"),
    ("пишите на ivanov@mail.ru срочно", "пишите на [EMAIL] срочно"),
]


@pytest.mark.parametrize(("text", "shown"), HOSTILE)
def test_critical_texts_are_redacted_again_and_escaped(tmp_path: Path, text: str, shown: str) -> None:
    page = _page(_table(text=[text], urgency=["critical"], municipality=["<b>Надым</b>"]), tmp_path)
    assert shown in page and "&lt;b&gt;Надым&lt;/b&gt;" in page
    assert "<script" not in page and "onerror=alert(1)>" not in page
    assert "912" not in page and "ivanov" not in page


def test_rows_with_errors_are_counted_not_shown(tmp_path: Path) -> None:
    frame = _table(text=["УТЕЧКА-ПДН прорвало трубу", "нет света"], urgency=["critical", "critical"],
                   error=["text too long", None])
    frame.to_csv(tmp_path / "analysed.csv", index=False)
    with open(tmp_path / "analysed.csv", "a", encoding="utf-8") as file:
        file.write('"broken, row"\n')  # a malformed CSV line: counted as an error by the reader
    page = write_report(tmp_path / "analysed.csv", tmp_path / "r.html").read_text(encoding="utf-8")
    assert "УТЕЧКА-ПДН" not in page
    assert "строк 3 · проанализировано 1 · с ошибкой 2" in page
    assert "Критические обращения: 1" in page


def test_without_dates_there_are_no_trends(tmp_path: Path) -> None:
    page = _page(_table(text=["яма", "мусор"]), tmp_path)
    assert page.count(NO_DATES) == 2 and "<img" not in page


def test_short_history_is_said_not_forecast(tmp_path: Path) -> None:
    page = _page(_table(text=["яма", "мусор"], created_dt=["2024-03-01T10:00", "2024-03-05T11:00"]), tmp_path)
    assert "Нужно не меньше 35 дней с датами, в таблице 5." in page and "<img" not in page


def test_a_failing_forecast_leaves_the_rest_of_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(daily: pd.DataFrame) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("mcu_nlp.report.charts.forecast", broken)
    days = pd.date_range("2024-01-01", periods=40).strftime("%F").tolist()
    page = _page(_table(text=["яма"] * 40, date=days), tmp_path)
    assert "Прогноз не построен: внутренняя ошибка ValueError." in page and "boom" not in page
    assert '<section id="rising">' in page and "<img" not in page


def test_anomalies_listed_are_recent_spikes_of_at_least_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    days = pd.date_range("2024-01-01", periods=40)
    counts = pd.DataFrame({"unique_id": "roads", "ds": days, "y": 0})
    future = pd.DataFrame({"unique_id": "roads", "ds": pd.date_range("2024-02-10", periods=14), "mean": 1.0,
                           "lo_80": 0.0, "hi_80": 2.0, "lo_95": 0.0, "hi_95": 3.0})
    scored = counts.assign(expected=0.2, score=5.0, is_anomaly=False)
    scored.loc[[5, 30, 35, 39], ["y", "is_anomaly"]] = [[9, True], [1, True], [4, True], [2, False]]
    monkeypatch.setattr("mcu_nlp.report.charts.forecast", lambda daily: (counts, future, scored))
    page = _page(_table(text=["яма"] * 40, date=days.strftime("%F").tolist()), tmp_path)
    table = page[page.index("Аномалии за последние"):]
    assert "05.02.2024" in table  # row 35: 4 appeals, recent
    assert "31.01.2024" not in table and "06.01.2024" not in table  # 1 appeal; 9 but older than 28 days
    assert page.count("<img") == 1


@pytest.mark.parametrize(("frame", "options", "message"), [
    (pd.DataFrame({"text": ["яма"], "label": ["roads"]}), {}, "run `mcu-nlp analyze`"),
    (_table(text=["яма"]).iloc[:0], {}, "at least one row"),
    (_table(text=["яма"]), {"date_column": "when"}, "a date column 'when'"),
])
def test_tables_that_cannot_make_a_report(tmp_path: Path, frame: pd.DataFrame, options: dict, message: str) -> None:
    frame.to_csv(tmp_path / "in.csv", index=False)
    with pytest.raises(InputError, match=re.escape(message)):
        summarize(tmp_path / "in.csv", **options)


def test_cli_writes_the_report_and_exits_2_on_a_wrong_table(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    _table(text=["яма"]).to_csv(tmp_path / "a.csv", index=False)
    assert cli(["report", str(tmp_path / "a.csv"), "-o", str(tmp_path / "r.html")]) == 0
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"-> {tmp_path / 'r.html'}" in capsys.readouterr().err  # says what it wrote, as the other commands do
    pd.DataFrame({"text": ["яма"]}).to_csv(tmp_path / "b.csv", index=False)
    assert cli(["report", str(tmp_path / "b.csv"), "-o", str(tmp_path / "r2.html")]) == 2
    assert "expected an analysed table" in capsys.readouterr().err and not (tmp_path / "r2.html").exists()


def test_the_report_goes_into_a_folder_that_does_not_exist_yet(tmp_path: Path) -> None:
    # was exit 2 with "No such file or directory: '.../r.html.<hex>.tmp'"
    _table(text=["яма"]).to_csv(tmp_path / "a.csv", index=False)
    assert cli(["report", str(tmp_path / "a.csv"), "-o", str(tmp_path / "new" / "r.html")]) == 0
    assert (tmp_path / "new" / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_analyze_then_report_keeps_the_trends(tmp_path: Path, spb_sample: pd.DataFrame) -> None:
    spb_sample[["id", "created_dt", "text"]].head(60).rename(columns={"created_dt": "date"}).to_csv(
        tmp_path / "in.csv", index=False)
    assert cli(["analyze", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"), "--date-column", "date",
                "--no-progress"]) == 0
    assert summarize(tmp_path / "out.csv").date_column == "date"
    page = write_report(tmp_path / "out.csv", tmp_path / "report.html").read_text(encoding="utf-8")
    assert NO_DATES not in page and "<img" in page


DAYS = pd.date_range("2024-01-01", periods=35)


@pytest.mark.parametrize(("before", "last", "rising"), [
    ([1] * 28, [4] * 7, True),       # 28 against 7 expected
    ([1] * 28, [1] * 7, False),      # flat
    ([0] * 28, [1, 1, 1, 0, 0, 0, 0], True),   # a new topic with 3 appeals
    ([0] * 28, [1, 1, 0, 0, 0, 0, 0], False),  # too few to say
    ([3] * 28, [4] * 7, False),      # 28 against 21: within chance
    ([5] * 28, [0] * 7, False),      # falling
])
def test_rising_topics(before: list[int], last: list[int], rising: bool) -> None:
    table = rising_topics(pd.DataFrame({"t": before + last}, index=DAYS))
    assert table.loc[0, "recent"] == sum(last) and table.loc[0, "expected"] == pytest.approx(sum(before) / 4)
    assert bool(table.loc[0, "rising"]) is rising


def test_rising_topics_needs_35_days() -> None:
    assert rising_topics(pd.DataFrame({"t": [1] * 34}, index=DAYS[:34])).empty


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=80), min_size=1, max_size=4), topic=st.text(max_size=12),
       municipality=st.text(max_size=12))
def test_any_values_render_only_our_own_tags(tmp_path: Path, texts: list[str], topic: str,
                                            municipality: str) -> None:
    frame = _table(text=texts, urgency=["critical"] * len(texts), topic=[topic or "x"] * len(texts),
                   municipality=[municipality] * len(texts))
    frame.to_parquet(tmp_path / "a.parquet")  # parquet keeps any str exactly, CSV quoting is not tested here
    page = render(summarize(tmp_path / "a.parquet"))
    assert {tag for _, tag in re.findall(r"<(/?)([A-Za-z!][A-Za-z0-9]*)", page)} <= TAGS


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium: apt-get install -y chromium")
def test_chromium_shows_the_charts(tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / "report_browser.py"
    result = subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"images decoded by Chromium \(naturalWidth > 0\)\s+(\d+)\s+yes", result.stdout)
    assert np.asarray(matplotlib.image.imread(tmp_path / "screenshot.png")).size > 0


def test_named_municipalities_are_shaded_against_the_busiest_named_one(tmp_path: Path) -> None:
    # 40 appeals with no municipality and 4 in Надым: Надым's cell was shaded at 4/40 of the scale, nearly blank
    frame = _table(text=["яма"] * 44, municipality=[None] * 40 + ["Надым"] * 4,
                   municipality_oktmo=[None] * 40 + ["71916000"] * 4)
    page = _page(frame, tmp_path)
    cells = re.findall(r'<td style="background:rgba\(33,102,172,([0-9.]+)\)[^"]*">(\d+)</td>', page)
    assert ("0.80", "4") in cells and ("0.80", "40") in cells  # the busiest named one, and the unknown capped


HEADS = re.compile(r"<th>([^<]*)<br><small>([^<]*)</small></th>")
OKTYABRSKY = "Октябрьский район"


@pytest.mark.parametrize(("places", "heads"), [
    # one name, two municipalities: were one column «Октябрьский район 38628000» holding all 6 appeals
    ([(OKTYABRSKY, "38628000")] * 3 + [(OKTYABRSKY, "60641000")] * 3,
     [(OKTYABRSKY, "Курская область, 38628000", 3), (OKTYABRSKY, "Ростовская область, 60641000", 3)]),
    ([(OKTYABRSKY, "38628000")] * 4 + [(OKTYABRSKY, None)] * 2,
     [(OKTYABRSKY, "Курская область, 38628000", 4), (OKTYABRSKY, "", 2)]),
    ([(OKTYABRSKY, "38628000")] * 2 + [("Надым", "71916000")] * 3 + [("Салехард", None)],
     [("Надым", "71916000", 3), (OKTYABRSKY, "38628000", 2), ("Салехард", "", 1)]),
    ([("Надым", "71916000")] * 2 + [(None, None)] * 5,
     [("Надым", "71916000", 2), ("не определён", "", 5)]),
])
def test_municipalities_are_told_apart_by_oktmo(tmp_path: Path, places: list[tuple], heads: list[tuple]) -> None:
    names, codes = zip(*places)
    page = _page(_table(text=["яма"] * len(places), municipality=list(names), municipality_oktmo=list(codes)),
                 tmp_path)
    topics = page[page.index('<section id="topics">'):page.index('<section id="forecast">')]
    totals = re.findall(r"<th>(\d+)</th>", topics.split("<th>итого</th>")[-1])
    assert HEADS.findall(topics)[:-1] == [(name, under) for name, under, _ in heads]
    assert totals[:-1] == [str(n) for *_, n in heads]
    whole, chunked = summarize(tmp_path / "analysed.csv"), summarize(tmp_path / "analysed.csv", chunk_size=2)
    assert (chunked.crosstab, chunked.municipalities) == (whole.crosstab, whole.municipalities)


def test_the_subject_table_is_built_once_per_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    from mcu_nlp.report import sections

    sections.subject_name("38628000")
    monkeypatch.setattr(sections, "zip", lambda *_: pytest.fail("the gazetteer was scanned again"), raising=False)
    assert [sections.subject_name(code) for code in ("71956000", "71916000", "60641000", "")] == [
        "Ямало-Ненецкий автономный округ", "Ямало-Ненецкий автономный округ", "Ростовская область", ""]


@pytest.mark.parametrize(("count", "word"), [
    (0, "дней"), (1, "день"), (2, "дня"), (4, "дня"), (5, "дней"), (11, "дней"), (12, "дней"), (14, "дней"),
    (21, "день"), (22, "дня"), (91, "день"), (101, "день"), (111, "дней"), (114, "дней"), (122, "дня"),
])
def test_plural(count: int, word: str) -> None:
    from mcu_nlp.report.markup import plural

    assert plural(count, "день", "дня", "дней") == word


@pytest.mark.parametrize(("municipalities", "note"), [
    (1, "Столбцы: 1 муниципалитет с наибольшим"),  # was «1 муниципалитетов»
    (3, "Столбцы: 3 муниципалитета с наибольшим"),
    (5, "Столбцы: 5 муниципалитетов с наибольшим"),
])
def test_the_crosstab_note_counts_municipalities_in_russian(tmp_path: Path, municipalities: int, note: str) -> None:
    names = [f"Город {n}" for n in range(municipalities)]
    page = _page(_table(text=["яма"] * municipalities, municipality=names, municipality_oktmo=[None] * len(names)),
                 tmp_path)
    assert note in page


def test_rising_topics_say_the_floor_their_p_values_use(tmp_path: Path) -> None:
    # a new topic with 1 appeal showed «ожидалось 0.0» next to «p 0.393» with no word on where 0.393 came from
    days = pd.date_range("2024-01-01", periods=35).strftime("%F").tolist()
    page = _page(_table(text=["яма"] * 36, topic=["roads"] * 35 + ["trade"], date=days + days[-1:]), tmp_path)
    rising = page[page.index('<section id="rising">'):page.index('<section id="topics">')]
    assert "<td>0.0</td><td>новая</td><td>0.393</td>" in rising
    assert "ожидание меньше 0,5 считается равным 0,5, поэтому одно обращение новой темы даёт p 0,393" in rising
    forecast = page[page.index('<section id="forecast">'):]
    assert "за последний 91 день" in forecast  # was «за последние 91 дней»
