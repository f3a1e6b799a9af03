"""A fit on a handful of texts per topic says so in Python too (walkthrough s39: only ``mcu-nlp train`` did)."""

from __future__ import annotations

import warnings

import pytest

import mcu_nlp
from mcu_nlp.errors import McuNlpWarning

FEW = [("Нет воды в доме третий день", "жкх"), ("Течет крыша в подъезде", "жкх"), ("Лифт не работает", "жкх"),
       ("Яма на дороге на ул. Ленина", "дороги"), ("Разметка стерлась на трассе", "дороги"),
       ("Дорогу не чистят от снега", "дороги")]


def test_few_texts_per_topic_warn_at_the_callers_line():
    texts, labels = zip(*FEW)
    with pytest.warns(McuNlpWarning, match=r"few texts per topic to learn from: 3 for the median topic, 3 for the "
                                           r"fewest \(2 topics, 6 texts\)") as caught:
        mcu_nlp.TopicClassifier().fit(list(texts), list(labels))
    assert {w.filename for w in caught if issubclass(w.category, McuNlpWarning)} == {__file__}


def test_off_topic_texts_are_not_a_topic_counted():
    texts = [f"Яма на дороге номер {i} у дома {i * 7}, глубокая" for i in range(12)]
    texts += [f"Нет воды в доме {i}, кран сухой с утра {i}" for i in range(12)]
    texts += ["Привет", "Спасибо"]
    labels = ["roads"] * 12 + ["water"] * 12 + ["other"] * 2
    with warnings.catch_warnings():
        warnings.simplefilter("error", McuNlpWarning)  # 12 per topic: no warning, the two "other" rows aside
        mcu_nlp.TopicClassifier().fit(texts, labels)
