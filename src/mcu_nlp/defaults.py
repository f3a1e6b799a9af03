"""The shipped default models, loaded lazily once per process and shared by ``analyze``.

Model paths are resolved like pymorphy3 resolves its dictionaries: an explicit argument first, then
the ``MCU_NLP_MODELS`` environment variable (a folder with ``topic.joblib`` and ``urgency.joblib``),
then the copies inside the installed package.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

MODELS = Path(__file__).parent / "data" / "models"
TOPIC_MODEL = "topic.joblib"
URGENCY_MODEL = "urgency.joblib"
ENV_MODELS = "MCU_NLP_MODELS"

_LOCK = threading.Lock()


def models_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the default models: ``path``, else ``$MCU_NLP_MODELS``, else the package's own."""
    return Path(path or os.environ.get(ENV_MODELS) or MODELS)


@dataclass(frozen=True)
class DefaultModels:
    """The models behind :func:`mcu_nlp.analyze`: a topic and an urgency classifier and a gazetteer.

    ``geo(region)`` gives a :class:`~mcu_nlp.GeoResolver` for a region hint (cached per hint).
    """

    topic: Any
    urgency: Any
    _resolvers: dict[str | None, Any] = field(default_factory=dict, repr=False, compare=False)

    def geo(self, region: str | None = None) -> Any:
        resolver = self._resolvers.get(region)
        if resolver is None:
            from mcu_nlp.geo import GeoResolver

            with _LOCK:
                resolver = self._resolvers.setdefault(region, GeoResolver(region=region))
        return resolver


@lru_cache(maxsize=4)
def _load(folder: str) -> DefaultModels:
    from mcu_nlp.persistence import load

    base = Path(folder)
    topic, urgency = load(base / TOPIC_MODEL), load(base / URGENCY_MODEL)
    _check_role(topic, hasattr(topic, "predict_proba") and not hasattr(topic, "predict_with_proba"),
                "a topic model", base / TOPIC_MODEL)
    _check_role(urgency, hasattr(urgency, "predict_with_proba"), "an urgency model (UrgencyClassifier)",
                base / URGENCY_MODEL)
    return DefaultModels(topic=topic, urgency=urgency)


def _check_role(model: Any, fits: bool, what: str, path: Path) -> None:
    """A model saved in the other's file (topic.joblib and urgency.joblib swapped) would give wrong columns."""
    from mcu_nlp.errors import ModelFileError

    if not fits:
        kind = f"{type(model).__module__}.{type(model).__qualname__}"
        raise ModelFileError(f"expected {what} in {path.name}, got a {kind}; save the right model under that name")


def default_models(path: str | os.PathLike[str] | None = None) -> DefaultModels:
    """The shipped default models, loaded on first call and cached (thread-safe).

    >>> models = default_models()
    >>> "heating" in models.topic.classes_ and list(models.urgency.classes_)
    ['critical', 'high', 'normal']
    """
    folder = str(models_dir(path).resolve())
    with _LOCK:
        return _load(folder)


def with_models(topic: str | os.PathLike[str] | None = None, urgency: str | os.PathLike[str] | None = None,
                path: str | os.PathLike[str] | None = None) -> DefaultModels:
    """The default models with the topic and/or urgency model replaced by files saved with :func:`mcu_nlp.save`
    (each checked against its manifest and for its role), e.g. a topic model retrained on your own labels.

    >>> with_models().topic is default_models().topic
    True
    """
    from mcu_nlp.persistence import load

    base = default_models(path)
    if topic is None and urgency is None:
        return base
    chosen = {"topic": base.topic, "urgency": base.urgency}
    if topic is not None:
        chosen["topic"] = load(topic)
        _check_role(chosen["topic"], not hasattr(chosen["topic"], "predict_with_proba")
                    and hasattr(chosen["topic"], "predict_proba"), "a topic model", Path(topic))
    if urgency is not None:
        chosen["urgency"] = load(urgency)
        _check_role(chosen["urgency"], hasattr(chosen["urgency"], "predict_with_proba"),
                    "an urgency model (UrgencyClassifier)", Path(urgency))
    return DefaultModels(**chosen)
