"""Topic of an appeal: :class:`TopicClassifier`, its features, calibration, explanations and the shipped model."""

# Pickles name classes by module: the shipped topic.joblib, saved when this package was one module, reads
# mcu_nlp.topic.TopicClassifier and mcu_nlp.topic.CharGrams, and its manifest names mcu_nlp.topic.TopicClassifier;
# both must stay importable from here for that file to load.
from mcu_nlp.topic.calibration import (
    CALIBRATION_SHARE,
    abstained,
    calibration_groups,
    calibration_split,
    fit_temperature,
    softmax,
)
from mcu_nlp.topic.classifier import TopicClassifier
from mcu_nlp.topic.features import CYRILLIC, GRAM_CACHE_LIMIT, TOKEN, CharGrams
from mcu_nlp.topic.inputs import FALLBACK, resolve_fallback
from mcu_nlp.topic.training import DEFAULT_MODEL, load_default, train_default, training_data

__all__ = [
    "CALIBRATION_SHARE", "CYRILLIC", "DEFAULT_MODEL", "FALLBACK", "GRAM_CACHE_LIMIT", "TOKEN", "CharGrams",
    "TopicClassifier", "abstained", "calibration_groups", "calibration_split", "fit_temperature", "load_default",
    "resolve_fallback", "softmax", "train_default", "training_data",
]
