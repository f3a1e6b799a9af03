"""Input of the wrong type: a TypeError (API.md) under the one exception root (STYLE rule 7), via every public entry
point; the message never holds the value."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.errors import McuNlpError
from mcu_nlp.season import cold_season

NUMBER = 89123456789  # shaped like a phone: never in a message


def _topic() -> object:
    return mcu_nlp.default_models().topic


def _urgency() -> object:
    return mcu_nlp.default_models().urgency


TEXTS = ["нет воды", "яма на дороге", "нет света"] * 10
LABELS = ["water", "roads", "power"] * 10

CASES = [
    ("analyze", lambda: mcu_nlp.analyze(NUMBER)),
    ("analyze_batch one text", lambda: mcu_nlp.analyze_batch("нет воды")),
    ("analyze_batch number", lambda: mcu_nlp.analyze_batch(NUMBER)),
    ("normalize", lambda: mcu_nlp.normalize(NUMBER)),
    ("lemmas", lambda: mcu_nlp.lemmas(None)),
    ("redact", lambda: mcu_nlp.redact(NUMBER)),
    ("find_personal_data", lambda: mcu_nlp.find_personal_data(NUMBER)),
    ("TextNormalizer one text", lambda: mcu_nlp.TextNormalizer().fit_transform("нет воды")),
    ("TopicClassifier.fit None", lambda: mcu_nlp.TopicClassifier().fit([*TEXTS[:-1], None], LABELS)),
    ("TopicClassifier.fit NaN", lambda: mcu_nlp.TopicClassifier().fit([*TEXTS[:-1], float("nan")], LABELS)),
    ("TopicClassifier.predict one text", lambda: _topic().predict("нет воды")),
    ("TopicClassifier.explain", lambda: _topic().explain(NUMBER)),
    ("UrgencyClassifier.predict None", lambda: _urgency().predict([None])),
    ("UrgencyClassifier.explain", lambda: _urgency().explain(NUMBER)),
    ("GeoResolver.resolve", lambda: mcu_nlp.GeoResolver().resolve(NUMBER)),
    ("save", lambda: mcu_nlp.save({"model": 1}, "never-written.joblib")),
    ("with_models", lambda: mcu_nlp.with_models(topic=NUMBER)),
    ("cold_season of an object", lambda: cold_season(object())),
]


@pytest.mark.parametrize(("name", "call"), CASES, ids=[name for name, _ in CASES])
def test_type_error_is_under_the_root(name: str, call) -> None:
    with pytest.raises(McuNlpError) as caught:
        call()
    assert isinstance(caught.value, TypeError)
    assert str(NUMBER) not in str(caught.value)


@pytest.mark.parametrize(("name", "call"), CASES[:3], ids=[name for name, _ in CASES[:3]])
def test_type_error_still_caught_as_type_error(name: str, call) -> None:
    with pytest.raises(TypeError, match="expected"):
        call()
