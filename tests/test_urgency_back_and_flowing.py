"""A supply "back" only when the supply is what is back, ongoing cues about the water itself, "идёт" from a source,
"назад" within the hour, one level for the cold-season heating question (session 8, review; urgency.md)."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals, load_lexicon

# (text, a signal the lexicon must give as (name, level), or None: no signal of that name)
SIGNALS = [
    # "уже есть"/"сейчас идёт" followed by another subject is no repair: the outage stays critical
    ("Третий день нет света, уже есть проблемы с продуктами", ("no power", "critical")),
    ("Нет света. Уже есть пострадавшие", ("no power", "critical")),
    ("Нет газа. Сейчас есть только электроплита, дети голодные", ("no gas", "critical")),
    ("Нет отопления, сейчас идет отопительный сезон", ("no heating", "critical")),
    ("Нет воды, сейчас идёт ремонт", ("repaired", None)),
    # the supply itself back, or the verb ending its clause: a repair
    ("вчера не было воды, сейчас идёт", ("no water", "normal")),
    ("Вчера не было воды, сейчас есть.", ("no water", "normal")),
    ("Воды не было, воду дали, сейчас идёт", ("no water", "normal")),
    ("Вчера не было света, сейчас есть свет", ("no power", "normal")),
    # an ongoing cue counts near the match or with water as its subject, not about a roof, a tap or a company
    ("Два года назад затопило квартиру, ущерб до сих пор не возмещён, управляющая компания продолжает игнорировать",
     ("flooding", None)),
    ("В прошлом году паводок подтопил дома. Сейчас течёт крыша в подъезде", ("flood", None)),
    ("Год назад соседи затопили квартиру. Кран на кухне капает, прошу заменить", ("flooding", None)),
    ("Соседи затопили квартиру два дня назад, вода течёт", ("flooding", "critical")),
    ("Соседи затопили квартиру два дня назад. Вода до сих пор течёт.", ("flooding", "critical")),
    # "идёт" from a source is a leak, not a supply that works; with a schedule or a temperature it still works
    ("Газ идёт из трубы в подъезде", ("gas leak", "critical")),
    ("Газ идёт из трубы в подъезде", ("supply present", None)),
    ("Вода идёт с потолка", ("flooding", "critical")),
    ("Вода идёт с потолка", ("supply present", None)),
    ("Вода идёт по графику", ("supply present", "normal")),
    ("Горячая вода идёт с температурой 28 градусов", ("supply present", "normal")),
    ("Газ слабо идёт из конфорки", ("gas leak", None)),
    # "назад" after minutes or hours is now
    ("Полчаса назад затопило квартиру кипятком из стояка", ("flooding", "critical")),
    ("Два часа назад затопило квартиру", ("flooding", "critical")),
    ("Два года назад затопило квартиру", ("flooding", None)),
]

# (text, date, level of the shipped model)
SHIPPED = [
    ("Третий день нет света, уже есть проблемы с продуктами", None, "critical"),
    ("Нет света. Уже есть пострадавшие", None, "critical"),
    ("Нет газа. Сейчас есть только электроплита, дети голодные", None, "critical"),
    ("Нет отопления, сейчас идет отопительный сезон", "2026-11-10", "critical"),
    ("вчера не было воды, сейчас идёт", None, "normal"),  # urgency.md: a past problem already fixed
    ("Соседи затопили квартиру два дня назад, вода течёт", None, "critical"),
    ("Полчаса назад затопило квартиру кипятком из стояка", None, "critical"),
    ("Когда будет отопление?", "2026-12-20", "high"),
    ("Когда включат отопление?", "2026-12-20", "high"),
]

# past floods with nothing flowing now: not critical (P(critical) below the tuned threshold)
PAST_FLOODS = [
    "Два года назад затопило квартиру, ущерб до сих пор не возмещён, управляющая компания продолжает игнорировать",
    "В прошлом году паводок подтопил дома. Сейчас течёт крыша в подъезде",
    "Год назад соседи затопили квартиру. Кран на кухне капает, прошу заменить",
]


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_signals(text, signal):
    name, level = signal
    levels = [s.level for s in find_signals(text) if s.name == name]
    assert (level in levels) if level else not levels, find_signals(text)


@pytest.mark.parametrize(("text", "date", "level"), SHIPPED)
def test_shipped_levels(models, text, date, level):
    assert models.urgency.predict([text], dates=[date])[0] == level


@pytest.mark.parametrize("text", PAST_FLOODS)
def test_past_floods_are_not_critical(models, text):
    assert models.urgency.predict_proba([text])[0, 0] < models.urgency.critical_threshold_
    assert load_lexicon().dated(text)
