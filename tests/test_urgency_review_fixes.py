"""Session 14 review: a surname is no misspelt danger word, a sign-off inside a sentence blanks nothing after it,
and an unknown word near no slot lemma does not look up its known neighbours."""

import pytest

from mcu_nlp import lexicon_typos
from mcu_nlp.lexicon import find_signals, load_lexicon
from mcu_nlp.urgency.closings import closing_spans


@pytest.mark.parametrize("text", [
    "Искрина Анна просит убрать мусор во дворе",
    "Жалоба от Взрывова О.П. на соседей сверху",
    "Взрывин И.И. просит отремонтировать скамейку",
    "Обращается жительница дома Искрина, просит покрасить забор",
])
def test_a_capitalised_surname_is_no_misspelt_danger_word(text):
    assert [s.level for s in find_signals(text) if s.level == "critical"] == []


@pytest.mark.parametrize("text", [
    "Пахнит газам в подъезде",
    "ПАХНИТ ГАЗАМ В ПОДЪЕЗДЕ",
    "в падъезде васняет газом, дети дома",
])
def test_misspelt_gas_smells_are_still_read(text):
    assert "gas smell" in [s.name for s in find_signals(text)]


@pytest.mark.parametrize("text, kept", [
    ("Прошу отнестись с уважением, в доме пахнет газом", "в доме пахнет газом"),
    ("Просим относиться с уважением к жителям и починить лифт", "починить лифт"),
])
def test_a_sign_off_inside_a_sentence_blanks_nothing_after_it(text, kept):
    blanked = "".join(text[a:b] for a, b in closing_spans(text))
    assert kept not in blanked


@pytest.mark.parametrize("text, tail", [
    ("Нет света. С уважением, Кузнецова А.", "Кузнецова А."),
    ("нет воды\nс уважением Иванова", "Иванова"),
    ("нет воды, с уважением Иванова", "Иванова"),
])
def test_a_closing_sign_off_still_takes_its_signature(text, tail):
    assert any(text[a:b].endswith(tail) for a, b in closing_spans(text))


def test_an_unknown_word_near_no_slot_lemma_looks_up_no_neighbours(monkeypatch):
    typos = load_lexicon()._typos
    calls = []
    monkeypatch.setattr(lexicon_typos, "known_neighbours", lambda form: calls.append(form) or set())
    assert typos.lemmas("квакозябра") == ()
    assert calls == []


def test_a_huge_word_is_read_in_linear_time():
    import time

    typos = load_lexicon()._typos
    typos.lemmas("пахнит")  # the index is built once
    started = time.process_time()
    assert typos.lemmas("а" * 200_000) == ()
    assert time.process_time() - started < 1.0  # quadratic one-letter deletions took ~25 s here


def test_many_sign_offs_are_read_in_linear_time():
    import time

    text = "с уважением, " * 10_000
    started = time.process_time()
    closing_spans(text)
    assert time.process_time() - started < 2.0  # each sign-off counted the words to the end: ~16 s here


def test_a_long_run_of_names_is_split_in_linear_time():
    import time

    import mcu_nlp

    short, long = "Иванов Иван Петрова Мария " * 1000, "Иванов Иван Петрова Мария " * 8000
    mcu_nlp.redact("Иванов Иван Петрова Мария")
    started = time.process_time()
    mcu_nlp.redact(short)
    middle = time.process_time()
    masked = mcu_nlp.redact(long)
    assert masked.count("[PERSON]") == 16_000
    assert time.process_time() - middle < 16 * (middle - started) + 0.5  # 8x the text, not 64x the time
