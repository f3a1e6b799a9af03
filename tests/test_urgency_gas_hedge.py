"""A gas leak someone fears or prevents is not a smell of gas now; a past flood is not a flooded flat now
(urgency.md: critical is "a threat to life or health now"). Such texts were lifted to P(critical) >= 0.9."""

from __future__ import annotations

import pytest

from mcu_nlp.lexicon import find_signals
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL, lexicon_predict
from mcu_nlp.urgency.guideline import TRUSTED_FLOOR

# what-ifs and prevention (a gas hedge row), and a past flood (@not_now on the `flooding` row)
NOT_NOW = [
    "А если будет утечка газа?",
    "Профилактика утечки газа: проверьте плиты",
    "Угроза утечки газа из-за ржавой трубы",
    "В прошлом году паводок затопил дома, помогите с ремонтом",
]
# a smell now stays critical: a fear of what follows it, a hedge after it, a call-out, repair or danger before it;
# a suspected leak ("может быть", "возможно") too: the gas service checks it
GAS_NOW = [
    "Боимся, что может быть утечка газа",
    "Может быть утечка газа, пахнет в подъезде",
    "Возможно утечка газа в подвале",
    "Пахнет газом в подъезде",
    "Сильно пахнет газом, боимся взрыва",
    "Запах газа в подъезде, а если рванёт?",
    "Вызвали газовую службу, но пахнет газом в подъезде",
    "После ремонта плиты пахнет газом",
    "Опасность взрыва, пахнет газом",
    "Затопило квартиру, соседи сверху",
]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize("text", NOT_NOW)
def test_feared_or_past_threat_is_not_lifted(shipped, text):
    assert all(s.level != "critical" for s in find_signals(text))
    assert lexicon_predict([text]) != ["critical"]
    assert shipped.predict_proba([text])[0, 0] < TRUSTED_FLOOR


@pytest.mark.parametrize("text", GAS_NOW)
def test_threat_now_stays_critical(shipped, text):
    assert lexicon_predict([text]) == ["critical"]
    assert shipped.predict([text])[0] == "critical"
