"""Personal data from the input never reaches logs, error messages, CLI stderr or CLI output (unless --keep-text).

Inputs carry realistic Russian names (full name, initials, inflected), phones (mobile, city, bare
digits) and e-mails. Each check also runs the other way where it can (``--keep-text`` keeps them), so
a check cannot pass because the data never went in.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mcu_nlp
from mcu_nlp.batchjob import run_analyze_job

PERSONAL = [
    "Кузнецова", "Ольга Викторовна", "Смирнов", "Андрей Сергеевич", "Морозова", "Кузнецовой",
    "+7 (912) 345-67-89", "9123456789", "8 (34922) 4-15-26", "89194567812", "8-919-555-12-34",
    "olga.kuznetsova@yandex.ru", "a.smirnov@mail.ru",
]
APPEALS = [
    "Кузнецова Ольга Викторовна, тел. +7 (912) 345-67-89, olga.kuznetsova@yandex.ru: в Салехарде нет отопления",
    "Прошу связаться со мной, Смирнов Андрей Сергеевич, 8 (34922) 4-15-26. Яма на дороге в Надыме",
    "Звонила Морозова Т.А. по номеру 89194567812, ответа нет, мусор не вывозят третью неделю",
    "прошу перезвонить Кузнецовой Ольге Викторовне 8-919-555-12-34, прорвало трубу в подъезде",
    "Пишет Андрей Сергеевич Смирнов, a.smirnov@mail.ru, в Новом Уренгое не работает лифт",
    "Нет воды с утра, Кузнецова О.В., +7 912 345 67 89",
]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def leaks(text: str) -> list[str]:
    """The personal data of ``PERSONAL`` found in ``text`` (phones also as bare digit runs)."""
    found = [item for item in PERSONAL if item in text]
    digits = _digits(text)
    found += [p for p in PERSONAL if "@" not in p and not any(c.isalpha() for c in p) and _digits(p)[-10:] in digits]
    return found


def test_leaks_detects_what_it_should() -> None:
    # the detector itself must be able to fail
    assert leaks(APPEALS[0]) and leaks("позвоните 8912 345 67 89") and not leaks("[PERSON], тел. [PHONE]")


def _every_public_call(models: Any) -> None:
    for text in APPEALS:
        mcu_nlp.normalize(text)
        mcu_nlp.lemmas(text)
        mcu_nlp.redact(text)
        mcu_nlp.analyze(text, region="89", models=models)
    mcu_nlp.GeoResolver(region="89").resolve_batch(APPEALS)
    mcu_nlp.analyze_batch([*APPEALS, None, 5, b"+7 (912) 345-67-89", "", "\x00\x01\x02"], models=models)
    mcu_nlp.analyze_frame(pd.DataFrame({"text": APPEALS}), models=models)
    mcu_nlp.TextNormalizer().fit_transform(APPEALS)


def test_logs_and_warnings_carry_no_personal_data(models: Any, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="mcu_nlp")
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(APPEALS))
                      + "\n{broken " + APPEALS[0] + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _every_public_call(models)
        run_analyze_job(source, tmp_path / "out.csv", models=models)
    logged = "\n".join([caplog.text, *(r.getMessage() for r in caplog.records), *(str(w.message) for w in caught)])
    assert caplog.records, "nothing was logged at DEBUG: the capture is not working"
    assert leaks(logged) == []


def _call(function: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    return lambda: function(*args)


PHONE_BYTES = "8-919-555-12-34, Кузнецова: нет воды".encode()
BAD_INPUTS = [
    pytest.param(lambda: mcu_nlp.analyze(PHONE_BYTES), id="analyze(bytes)"),
    pytest.param(lambda: mcu_nlp.analyze([APPEALS[0]]), id="analyze(list)"),
    pytest.param(lambda: mcu_nlp.normalize(PHONE_BYTES), id="normalize(bytes)"),
    pytest.param(lambda: mcu_nlp.lemmas([APPEALS[1]]), id="lemmas(list)"),
    pytest.param(lambda: mcu_nlp.redact(PHONE_BYTES), id="redact(bytes)"),
    pytest.param(lambda: mcu_nlp.TextNormalizer().transform(APPEALS[0]), id="TextNormalizer.transform(str)"),
    pytest.param(lambda: mcu_nlp.TextNormalizer(errors="raise").transform([PHONE_BYTES]), id="TextNormalizer(raise)"),
    pytest.param(lambda: mcu_nlp.GeoResolver().resolve(PHONE_BYTES), id="GeoResolver.resolve(bytes)"),
    pytest.param(lambda: mcu_nlp.analyze_batch(APPEALS, dates=APPEALS[:2]), id="analyze_batch(wrong dates)"),
    pytest.param(lambda: mcu_nlp.analyze_frame(pd.DataFrame({"body": APPEALS})), id="analyze_frame(no text column)"),
    pytest.param(lambda: mcu_nlp.analyze(89194567812), id="analyze(phone read as int)"),
    # the text column passed as labels (e.g. `train ... --label-column text`) printed the texts as "labels"
    pytest.param(lambda: mcu_nlp.UrgencyClassifier().fit(APPEALS, APPEALS),
                 id="UrgencyClassifier.fit(texts as labels)"),
    pytest.param(lambda: mcu_nlp.TopicClassifier(labels=["roads"]).fit(APPEALS, APPEALS),
                 id="TopicClassifier.fit(texts as labels)"),
]


@pytest.mark.parametrize("call", BAD_INPUTS)
def test_error_messages_carry_no_personal_data(call: Callable[[], Any]) -> None:
    with pytest.raises(Exception) as caught:  # any exception: its message is checked
        call()
    assert isinstance(caught.value, (TypeError, ValueError))
    assert leaks(str(caught.value)) == [] and leaks(repr(caught.value)) == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mcu_nlp.cli", "-v", "analyze", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def _cells(path: Path) -> str:
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    elif path.suffix == ".csv":
        frame = pd.read_csv(path, dtype=str)
    else:
        frame = pd.read_json(path, lines=True, dtype=False)
    raw = "" if path.suffix == ".parquet" else path.read_text(encoding="utf-8")  # parquet pages are compressed
    return raw + "\n" + frame.astype(str).to_csv()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("privacy_cli") / "appeals.csv"
    pd.DataFrame({"id": [f"a{i}" for i in range(len(APPEALS))], "text": APPEALS}).to_csv(path, index=False)
    return path


def test_cli_output_and_stderr_carry_no_personal_data(source: Path) -> None:
    output = source.with_name("out.jsonl")
    run = _cli(str(source), "-o", str(output))
    assert run.returncode == 0, run.stderr[-500:]
    assert "rows" in run.stderr and "INFO" in run.stderr, "stderr or the -v log was not captured"
    assert leaks(run.stderr) == [] and leaks(run.stdout) == []
    cells = _cells(output)
    assert "[PHONE]" in cells and "[PERSON]" in cells and "[EMAIL]" in cells
    assert leaks(cells) == []


@pytest.mark.parametrize("name", [
    "out.csv",
    "out.parquet",
])
def test_job_output_in_every_format_carries_no_personal_data(source: Path, models: Any, name: str) -> None:
    output = source.with_name(name)
    run_analyze_job(source, output, models=models)
    cells = _cells(output)
    assert "[PHONE]" in cells and "[PERSON]" in cells and "[EMAIL]" in cells
    assert leaks(cells) == []


def test_keep_text_keeps_the_text(source: Path, models: Any) -> None:
    output = source.with_name("kept.csv")
    run_analyze_job(source, output, keep_text=True, models=models)
    assert pd.read_csv(output, dtype=str)["text"].tolist() == APPEALS


@pytest.mark.parametrize("text", ["Нет воды с утра, Кузнецова", "Жалоба от Смирнова: яма у дома",
                                  "Ответственный гражданин Кузнецов мер не принимает"])
def test_a_surname_alone_is_masked_where_the_context_names_a_person(text: str) -> None:
    assert leaks(mcu_nlp.redact(text)) == []


@pytest.mark.parametrize("text", ["Листья от Луначарского до Просвещения", "Парадная на Савушкина 74",
                                  "Председатель ЖСК №1370 не отвечает", "Вас беспокоит житель Кукуевки"])
def test_a_surname_shaped_street_alone_is_kept(text: str) -> None:
    assert mcu_nlp.redact(text) == text


def test_cli_error_for_a_bad_input_file_carries_no_personal_data(tmp_path: Path) -> None:
    source = tmp_path / "appeals.csv"
    pd.DataFrame({"id": [1], "body": [APPEALS[0]]}).to_csv(source, index=False)
    run = _cli(str(source), "-o", str(tmp_path / "out.csv"), "--no-progress")
    assert run.returncode == 2 and "text column" in run.stderr
    assert leaks(run.stderr) == [] and leaks(run.stdout) == []


SECRETS = ["+7 (912) 345-67-89", "8-912-345-67-89", "89123456789", "+79123456789", "8 (34922) 4-15-26",
           "912 345-67-89", "8 912 345 67 89", "olga.kuznetsova@yandex.ru", "ivanov_1980@gmail.com", "@olga_kuznetsova",
           "t.me/olga_kuznetsova", "https://vk.com/id123456"]


#: a digit right before (" 4 912 345-67-89") is read as part of a longer number, on purpose
BEFORE = st.text(max_size=40).filter(lambda text: not text[-1:].isdigit())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BEFORE, st.sampled_from(SECRETS), st.text(max_size=40))
def test_a_phone_email_or_handle_between_spaces_is_masked_anywhere(before: str, secret: str, after: str) -> None:
    out = mcu_nlp.redact(f"{before} {secret} {after}")
    assert secret not in out or secret in before or secret in after


@pytest.mark.parametrize("text", ["Звоните8-912-345-67-89", "номер89123456789 звоните", "WhatsApp+79123456789"])
def test_a_phone_glued_to_the_word_before_is_masked(text: str) -> None:
    assert leaks(mcu_nlp.redact(text)) == []
