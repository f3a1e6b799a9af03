"""Defects a Татарстан ЦУР developer's walkthrough found (session 38): a notice's quoted alarm words, a region code that
is another subject's ОКТМО prefix, a date with an impossible time."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import mcu_nlp
from mcu_nlp.batchjob import run_analyze_job
from mcu_nlp.errors import InputError, McuNlpWarning
from mcu_nlp.lexicon import find_signals
from mcu_nlp.season import cold_season


@pytest.mark.parametrize("text", [
    "В Елабуге на всех подъездах расклеили объявления «СРОЧНО! Вскрытие замков, утечка газа, пожар — звоните 24/7»",
    'На столбах листовки "Утечка газа? Звоните!" с левым номером',
    "Опять реклама на двери: «Запах газа? Вызовите мастера!»",
])
def test_alarm_words_quoted_from_a_notice_are_no_signal(text: str) -> None:
    assert find_signals(text) == []
    assert mcu_nlp.analyze(text, region="16").urgency != "critical"


@pytest.mark.parametrize("text", [
    "Сосед кричит «Пожар!», дым в подъезде",
    "Пахнет газом в подъезде, на двери объявление висит, но это не важно",
    "Объявление повесили, а в подвале «пахнет газом» уже неделю",
])
def test_a_quote_that_is_no_notice_and_words_outside_one_still_signal(text: str) -> None:
    assert any(s.level == "critical" for s in find_signals(text))


def test_a_region_that_is_another_subjects_oktmo_prefix_warns_once_with_the_code_to_pass() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert mcu_nlp.analyze("В Казани нет света", region="92").municipality.name == "Казань"
        mcu_nlp.analyze("В Казани нет света", region="16")
        mcu_nlp.analyze("В Севастополе нет света", region="92")
    said = [str(w.message) for w in caught if issubclass(w.category, McuNlpWarning)]
    assert len(said) == 1 and "Республика Татарстан" in said[0] and "region='16'" in said[0]


def test_a_date_with_an_impossible_time_is_no_date_for_the_rule_nor_the_output(tmp_path: Path, models, caplog) -> None:
    with pytest.raises(InputError):  # one text's date: refused, as any date the rule cannot read
        cold_season("2025-07-10 25:61")
    source = tmp_path / "in.csv"
    text = "Третий день нет отопления в Казани"
    source.write_text(f"id,text,date\n1,{text},2025-07-10 25:61\n2,{text},2025-07-10\n3,{text},15.07.2025 г.\n"
                      f"4,{text},2025-01-10 12:30\n", encoding="utf-8")
    with caplog.at_level("WARNING"):
        run_analyze_job(source, tmp_path / "out.csv", date_column="date", region="16", models=models)
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    # the impossible time: no date written, the heating complaint not lowered, the row named in the warning;
    # a date the rule read after all («15.07.2025 г.») is written as the day it used
    assert out["date"].tolist() == ["", "2025-07-10", "2025-07-15", "2025-01-10 12:30:00"]
    assert out["urgency"].tolist() == ["critical", "high", "high", "critical"]
    assert "1 date in 'date' could not be read (rows [0])" in caplog.text
