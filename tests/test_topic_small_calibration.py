"""A TopicClassifier retrained on a small frame is not certain of everything (session 16's walkthrough: 72 rows,
«во дворе» answered yards with probability 1.000).

The softmax temperature is fitted on a held-out fold of the training texts: with 72 rows, 14 texts. When every one
of them is answered right, the log-loss falls as the softmax sharpens, so the search ended at its bound (a temperature
of 0.03) and every answer was certain. Such a fold now counts as Laplace's rule of succession reads it: n right
answers and no wrong one put the next answer's chance of a miss at 1 / (n + 2).
"""

from __future__ import annotations

import numpy as np
import pytest

from mcu_nlp.topic import TopicClassifier, fit_temperature, softmax

THINGS = ["скамейка", "качели", "газон", "дерево", "песочница", "клумба", "горка", "урна"]
STATES = ["сломана", "нужен ремонт", "в плохом состоянии", "просим заменить", "разрушена", "не убирают", "грязно",
          "опасно"]
ROAD = ["яма", "выбоина", "разбитый асфальт", "провал", "трещина", "лужа", "нет разметки", "сломан знак"]


def small_frame() -> tuple[list[str], list[str]]:
    """72 rows of three topics, each written with its own place words: every held-out text is answered right."""
    texts, topics = [], []
    for i in range(24):
        texts += [f"{THINGS[i % 8]} во дворе {STATES[i // 3 % 8]}",
                  f"{ROAD[i % 8]} на дороге {STATES[(i + 1) // 3 % 8]}",
                  f"мусор у дома {i} не вывозят {STATES[i % 8]}"]
        topics += ["yards", "roads", "waste"]
    return texts, topics


@pytest.fixture(scope="module")
def small_model() -> TopicClassifier:
    return TopicClassifier().fit(*small_frame())


def test_a_small_frame_gives_no_certain_answer(small_model: TopicClassifier) -> None:
    proba = small_model.predict_proba(["во дворе", "Во дворе грязно", "на дороге"])
    assert small_model.predict(["во дворе"]).tolist() == ["yards"]
    assert proba.max() < 0.999, proba.round(4).tolist()  # was 1.0000 for each (temperature 0.029)


def test_the_temperature_is_not_the_searchs_bound(small_model: TopicClassifier) -> None:
    assert small_model.temperature_ > 0.1


def test_an_all_right_fold_keeps_laplaces_share_for_a_miss() -> None:
    scores = np.array([[3.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 4.0], [1.0, 0.0, 0.0]] * 2)
    truth = np.array([0, 1, 2, 0] * 2)
    right = softmax(scores, fit_temperature(scores, truth))[np.arange(8), truth]
    # 8 right answers: targets of 0.9 on the truth; the fitted probabilities spread around it, none near 1
    assert 0.75 < right.mean() < 0.95 and right.max() < 0.99, right.round(3).tolist()


def test_a_fold_with_a_miss_is_fitted_as_before() -> None:
    scores = np.array([[3.0, 0.0], [0.0, 2.0], [1.0, 0.0], [0.5, 0.0]])
    truth = np.array([0, 1, 0, 1])
    t = fit_temperature(scores, truth)
    rows = np.arange(4)
    logloss = [-np.log(softmax(scores, x)[rows, truth]).mean() for x in (t * 0.9, t, t * 1.1)]
    assert logloss[1] <= min(logloss[0], logloss[2]) + 1e-9  # the plain log-loss minimum
