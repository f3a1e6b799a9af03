"""with_models: the shipped models with one replaced by a saved file or a fitted estimator in memory."""

import copy
from pathlib import Path

import pytest

import mcu_nlp
from mcu_nlp.defaults import with_models
from mcu_nlp.errors import InputError


@pytest.fixture(scope="module")
def retrained(models):
    """Stands for models fitted in a notebook: fitted estimators that are not the shipped objects."""
    return copy.deepcopy(models.topic), copy.deepcopy(models.urgency)


def test_a_fitted_estimator_in_memory_replaces_the_shipped_one(models, retrained) -> None:
    # with_models(urgency=<UrgencyClassifier>) was a raw "TypeError: expected str, bytes or os.PathLike object"
    topic, urgency = retrained
    chosen = with_models(topic=topic, urgency=urgency)
    assert chosen.topic is topic and chosen.urgency is urgency
    assert with_models(urgency=urgency).topic is models.topic
    a = mcu_nlp.analyze("В Салехарде третий день нет отопления", region="89", models=with_models(urgency=urgency))
    assert (a.topic, a.urgency) == ("heating", "critical")


def test_a_saved_file_still_replaces_the_shipped_one(tmp_path: Path, retrained) -> None:
    path = mcu_nlp.save(retrained[1], tmp_path / "urgency.joblib")
    assert type(with_models(urgency=path).urgency).__name__ == "UrgencyClassifier"
    assert type(with_models(urgency=str(path)).urgency).__name__ == "UrgencyClassifier"


@pytest.mark.parametrize(
    ("role", "given", "error", "message"),
    [
        ("urgency", "topic", TypeError, "expected an urgency model (UrgencyClassifier), or the path of one saved "
         "with mcu_nlp.save, got TopicClassifier; pass a model of that kind as urgency="),
        ("topic", "urgency", TypeError, "expected a topic model, or the path of one saved with mcu_nlp.save, "
         "got UrgencyClassifier; pass a model of that kind as topic="),
        ("urgency", "unfitted", InputError,
         "expected a fitted estimator, got an unfitted UrgencyClassifier; call fit(X, y) first"),
        ("topic", "dict", TypeError, "expected a topic model, or the path of one saved with mcu_nlp.save, "
         "got dict of 1 items; pass a model of that kind as topic="),
    ],
)
def test_an_object_that_cannot_fill_the_role_is_refused(retrained, role: str, given: str, error: type,
                                                        message: str) -> None:
    objects = {"topic": retrained[0], "urgency": retrained[1], "unfitted": mcu_nlp.UrgencyClassifier(),
               "dict": {"text": "Иванов Иван, +7 912 345-67-89"}}
    with pytest.raises(error) as refused:
        with_models(**{role: objects[given]})
    assert str(refused.value) == message
