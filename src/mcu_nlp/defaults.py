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

from mcu_nlp.errors import McuNlpError

MODELS = Path(__file__).parent / "data" / "models"
TOPIC_MODEL = "topic.joblib"
URGENCY_MODEL = "urgency.joblib"
ENV_MODELS = "MCU_NLP_MODELS"

_LOCK = threading.Lock()


def models_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the default models: ``path``, else ``$MCU_NLP_MODELS``, else the package's own."""
    return Path(path or os.environ.get(ENV_MODELS) or MODELS)


def model_files(topic: str | os.PathLike[str] | None = None,
                urgency: str | os.PathLike[str] | None = None) -> list[Path]:
    """The files a job's topic and urgency models come from: ``topic`` and ``urgency`` where given (``--topic-model``,
    ``--urgency-model``), else the default ones of :func:`models_dir` (``$MCU_NLP_MODELS``, else the package's).

    >>> [file.name for file in model_files(urgency="mine.joblib")]
    ['topic.joblib', 'mine.joblib']
    """
    folder = models_dir()
    return [Path(topic) if topic else folder / TOPIC_MODEL, Path(urgency) if urgency else folder / URGENCY_MODEL]


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

    def warm(self, region: str | None = None) -> DefaultModels:
        """Build now what the first calls of :func:`mcu_nlp.analyze` build when they first need it (the gazetteer
        and the resolver of ``region``, the urgency lexicon's index of misspellings, the dictionaries' caches), and
        return these models: a web service's worker calls it before it takes requests, so that its first requests
        do not take a second or more each (a Югра walkthrough, session 62: 0.7, 0.9 and 1.0 CPU-s for the first
        three calls after the models were loaded, 0.01 after).

        >>> default_models().warm().geo() is default_models().geo()
        True
        """
        from mcu_nlp.analysis import analyze_batch

        analyze_batch(WARM_TEXTS, region=region, models=self)
        return self


#: Texts that take :meth:`DefaultModels.warm` through each part built when first needed: a place, a misspelt danger
#: word (the urgency lexicon's index of misspellings), a town's colloquial name and a town's name opening a report
#: (geo's report verbs, read from the lexicon's rules: «Камышин, пахнет газом» took 0.26-0.45 s after a warm without
#: it, a Волгоградская область walkthrough, session 64)
WARM_TEXTS = ("В Салехарде на ул. Ленина третий день нет отопления", "В подъезде васняет газом", "Вартовск мусор",
              "Надым, отключили свет")


#: What each default model is and must be able to do: a model saved in the other's file (topic.joblib and
#: urgency.joblib swapped) would give wrong columns.
ROLES = {
    "topic": ("a topic model", lambda m: hasattr(m, "predict_proba") and not hasattr(m, "predict_with_proba")),
    "urgency": ("an urgency model (UrgencyClassifier)", lambda m: hasattr(m, "predict_with_proba")),
}


def _unnamed_levels(role: str, model: Any) -> str:
    """Why ``model`` cannot fill ``role`` in ``analyze`` although it is of its kind ("" if it can): an urgency model
    fitted on the level codes 0, 1, 2 (which scikit-learn's own folds pass) answers codes, and ``analyze`` promises
    the level names (a gas smell came out as urgency '0', and a filter on "critical" found nothing; walkthrough s57).

    >>> from types import SimpleNamespace
    >>> _unnamed_levels("urgency", SimpleNamespace(classes_=[0, 1, 2]))
    "expected an urgency model whose classes_ are the level names ['critical', 'high', 'normal'], got [0, 1, 2]; \
fit it on the level names to use it in analyze (the codes 0, 1, 2 are for scikit-learn's own folds)"
    """
    from mcu_nlp.lexicon import LEVELS

    classes = list(getattr(model, "classes_", LEVELS))
    if role != "urgency" or (all(isinstance(c, str) for c in classes) and classes == list(LEVELS)):
        return ""
    shown = [c.item() if hasattr(c, "item") else c for c in classes]
    return (f"expected an urgency model whose classes_ are the level names {list(LEVELS)}, got {shown}; fit it on "
            "the level names to use it in analyze (the codes 0, 1, 2 are for scikit-learn's own folds)")


def _load_as(role: str, path: str | os.PathLike[str]) -> Any:
    """A model file (checked against its manifest) that must fill ``role``, else ``ModelFileError``."""
    from mcu_nlp.errors import ModelFileError
    from mcu_nlp.persistence import load

    model = load(path)
    what, fits = ROLES[role]
    if not fits(model):
        kind = f"{type(model).__module__}.{type(model).__qualname__}"
        raise ModelFileError(f"expected {what} in {Path(path).name}, got a {kind}; "
                             "save the right model under that name")
    unnamed = _unnamed_levels(role, model)
    if unnamed:
        raise ModelFileError(f"{unnamed}; in {Path(path).name}")
    return model


def _as(role: str, model: Any) -> Any:
    """``model`` to fill ``role``: a file saved with :func:`mcu_nlp.save` (see :func:`_load_as`), or a fitted
    estimator in memory, e.g. one retrained in a notebook; an object of another role is a ``TypeError``."""
    if isinstance(model, (str, os.PathLike)):
        return _load_as(role, model)
    from mcu_nlp.errors import InputError, InputTypeError, expected
    from mcu_nlp.persistence import check_fitted

    what, fits = ROLES[role]
    if not fits(model):
        raise InputTypeError(expected(f"{what}, or the path of one saved with mcu_nlp.save", model,
                                 f"pass a model of that kind as {role}="))
    check_fitted(model)
    unnamed = _unnamed_levels(role, model)
    if unnamed:
        raise InputError(unnamed)
    return model


@lru_cache(maxsize=4)
def _load(folder: str) -> DefaultModels:
    base = Path(folder)
    return DefaultModels(topic=_load_as("topic", base / TOPIC_MODEL), urgency=_load_as("urgency", base / URGENCY_MODEL))


def default_models(path: str | os.PathLike[str] | None = None) -> DefaultModels:
    """The shipped default models, loaded on first call and cached (thread-safe).

    >>> models = default_models()
    >>> "heating" in models.topic.classes_ and list(models.urgency.classes_)
    ['critical', 'high', 'normal']
    """
    folder = str(models_dir(path).resolve())
    with _LOCK:
        try:
            return _load(folder)
        except McuNlpError as error:
            if path or not os.environ.get(ENV_MODELS):
                raise
            # "expected a model file at .../urgency.joblib" did not say where that folder came from
            raise type(error)(f"{error}; that folder comes from the environment variable {ENV_MODELS}: put both "
                              f"{TOPIC_MODEL} and {URGENCY_MODEL} there, or unset it for the shipped ones") from error


def with_models(topic: Any = None, urgency: Any = None, path: str | os.PathLike[str] | None = None) -> DefaultModels:
    """The default models with the topic and/or urgency model replaced, e.g. by one retrained on your own labels.

    Each of ``topic`` and ``urgency`` is a fitted estimator (as it is in memory after ``fit``) or the path of a
    file saved with :func:`mcu_nlp.save` (checked against its manifest); either is checked for its role.

    >>> with_models().topic is default_models().topic
    True
    >>> mine = default_models().urgency  # stands for an UrgencyClassifier you fitted
    >>> with_models(urgency=mine).urgency is mine
    True
    >>> with_models(urgency=default_models().topic)
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputTypeError: expected an urgency model (UrgencyClassifier), or the path of one saved with \
mcu_nlp.save, got TopicClassifier; pass a model of that kind as urgency=
    """
    base = default_models(path)
    if topic is None and urgency is None:
        return base
    return DefaultModels(topic=base.topic if topic is None else _as("topic", topic),
                         urgency=base.urgency if urgency is None else _as("urgency", urgency))
