"""A question answered back or insisted on keeps its danger; a cold home says a dated outage goes on (review).

A "нет" after a question cancels the danger asked about only when it is an answer of its own («Автобус сломался в
мороз? Нет, все доехали»); «Нет?» asked back and «Нет, не показалось» insist on it, and missing a gas smell is the
worst error there is. An outage dated over («в январе не было отопления») still goes on when the text says the home is
cold now («холодно», «мёрзнем»).
"""
import pytest

from mcu_nlp.lexicon import find_signals

KEPT = [
    ("Пахнет газом в подъезде? Нет? А мы чувствуем!", "gas smell"),
    ("Пахнет газом в подъезде? Нет, не показалось, реально пахнет", "gas smell"),
    ("ЗАПАХ ГАЗА НА ЛЕСТНИЦЕ? НЕТ? ЗАЙДИТЕ И ПОНЮХАЙТЕ", "gas smell"),
    ("В январе не было отопления, холодно, дети болеют", "no heating"),
    ("В прошлом месяце не было отопления, мёрзнем до сих пор", "no heating"),
    ("Летом не было воды неделю, сейчас все нормально. Зимой не было отопления, замерзаем", "no heating"),
]

CANCELLED = [
    "Автобус сломался в мороз? Нет, все доехали",
    "Летом не было воды неделю, сейчас все нормально",
    "В прошлом месяце не было отопления 2 дня, прошу сделать перерасчет",
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_the_danger_is_kept(text, name):
    assert name in {s.name for s in find_signals(text) if s.level == "critical"}


@pytest.mark.parametrize("text", CANCELLED)
def test_an_answer_or_a_dated_outage_still_cancels(text):
    assert not [s for s in find_signals(text) if s.level == "critical"]


def test_a_no_of_another_absence_is_no_answer():
    assert {s.name for s in find_signals("Пахнет газом? Нет света тоже")} >= {"gas smell"}


def test_the_shipped_model_reads_the_current_lexicon():
    """The shipped model freezes the lexicon at fit: these are critical only once it was refitted with these rows."""
    import mcu_nlp

    texts = ["Пахнет газом в подъезде? Нет? А мы чувствуем!",
             "Автобус сломался на трассе в мороз, не можем добраться до города",
             "В январе не было отопления, холодно, дети болеют"]
    assert list(mcu_nlp.default_models().urgency.predict(texts)) == ["critical"] * 3
