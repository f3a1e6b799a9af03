"""Urgency: the Татарстан walkthrough's false alarms (session 57, /tmp/wt57work/REPORT.md D1-D3), read by urgency.md.

D1 «взрыв мозга» is a figure of speech, not a blast (critical only "if the text names a concrete danger"); D2 a
village that never had gas asks for it (normal: requests), in either order, or says it never had it; D3 «топим
дровами» says the fuel is there. The guards keep the real dangers next to them critical.
"""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency.model_text import model_text

# (text, date, level of the shipped model)
LEVELS = [
    ("Это просто взрыв мозга, а не сайт госуслуг, третий раз не могу записаться в МФЦ", "2026-01-15", "normal"),
    ("взрыв мозга", "2026-01-15", "normal"),
    ("у меня мозг взрывается от этих квитанций", "2026-01-15", "normal"),
    ("Когда проведут газ в нашу деревню? газа нет и не было никогда", "2026-01-15", "normal"),
    ("газа нет и не было никогда, когда проведут газ?", "2026-01-15", "normal"),
    ("Просим газифицировать деревню, газа нет, топим дровами", "2026-01-15", "normal"),
    # guards: a blast, a cut with «никогда» in another clause, no firewood in the cold
    ("Взрыв газа в доме на Ленина, есть пострадавшие", "2026-01-15", "critical"),
    ("взрыв в подъезде, дым", "2026-01-15", "critical"),
    ("Газа нет третий день, никогда такого не было!", "2026-01-15", "critical"),
    ("Газа нет третий день никогда такого не было", "2026-01-15", "critical"),  # U67's «^никогда» lost it
    ("у нас никогда не было газа, когда проведут?", "2026-01-15", "normal"),
    ("нет дров, топить нечем, бабушка одна", "2026-01-15", "critical"),
    ("дрова закончились, дома холодно", "2026-01-15", "critical"),
]
# (text, the critical signals the lexicon reads)
SIGNALS = [
    ("взрыв мозга", []),
    ("Взрыв эмоций на концерте", []),
    ("Взрыв в подъезде", ["explosion", "fire"]),
    ("газа нет и не было никогда", []),
    ("Газа нет третий день, никогда такого не было!", ["no gas"]),
    ("Газа нет третий день никогда такого не было", ["no gas"]),
    ("никогда не было таких перебоев, газа нет второй день", ["no gas"]),
    ("Квартиры №11 никогда не было", []),
    # U67b's row settled these real cuts (review s57): the cut's own «нет», a cut's words beside «никогда»
    ("Газа нет, никогда не предупреждают", ["no gas"]),
    ("Газа нет второй день, никогда раньше не отключали", ["no gas"]),
    ("Газа нет с утра. У нас никогда не было отключений газа", ["no gas"]),
    ("Газа нет, у нас никогда не было долгов за газ", ["no gas"]),
    ("Газа нет, никогда не было раньше", ["no gas"]),
    # a request before a cut its own sentence dates or gives a cause of
    ("Просим газифицировать соседнюю улицу. У нас газа нет третий день после аварии", ["no gas"]),
    ("Когда газифицируют нашу улицу? Ещё у мамы в доме газа нет с утра, авария", ["no gas"]),
    ("газа нет, топим дровами", ["no gas"]),
    ("газа нет, топим углём", ["no gas"]),
    ("нет угля, дома холодно", ["no fuel for heating"]),
    ("бабушка одна, без дров", ["no fuel for heating"]),
]


@pytest.mark.parametrize(("text", "date", "level"), LEVELS)
def test_the_shipped_model_reads_the_level(models, text, date, level):  # conftest's shipped models
    assert models.urgency.predict([text], dates=[date])[0] == level


@pytest.mark.parametrize(("text", "names"), SIGNALS)
def test_critical_signals(text, names):
    assert sorted({s.name for s in find_signals(text) if s.level == "critical"}) == names


def test_the_model_does_not_read_a_figure_of_speech():
    assert model_text("Это взрыв мозга, а не сайт").split() == ["Это", ",", "а", "не", "сайт"]
    assert model_text("Мозги взорвались от квитанций").split() == ["от", "квитанций"]
    assert model_text("Взрыв котла в котельной").split() == ["Взрыв", "котла", "в", "котельной"]


def test_requests_before_cuts_are_read_in_linear_time():
    # asked_before read every request for every cut (review s57): 20,000 of each were 4e8 steps, some 40 s
    import time
    from types import SimpleNamespace

    from mcu_nlp.lexicon_repairs import asked_before

    seq = [SimpleNamespace(sentence=i, term="газ", start=i, stop=i + 1) for i in range(40_000)]
    requests = [(i, i) for i in range(20_000)]
    start = time.process_time()
    settled = [first for first in range(20_000, 40_000) if asked_before(requests, first, first, seq, [])]
    assert time.process_time() - start < 2.0  # ~0.05 s walked back from the last request
    assert settled == [20_000]  # the one cut in the sentence right after a request
