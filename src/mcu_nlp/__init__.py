"""mcu_nlp: Russian citizen appeals for municipal control centres.

Names are re-exported lazily (PEP 562) so that ``import mcu_nlp`` stays fast; heavy resources
(dictionaries, gazetteer, models) load on first use.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from mcu_nlp.errors import McuNlpError
from mcu_nlp.records import Analysis, Place

try:
    __version__ = version("mcu-nlp")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

_LAZY = {
    "normalize": "mcu_nlp.normalization",
    "lemmas": "mcu_nlp.normalization",
    "TextNormalizer": "mcu_nlp.normalization",
    "redact": "mcu_nlp.redaction",
    "find_personal_data": "mcu_nlp.redaction",
    "TopicClassifier": "mcu_nlp.topic",
    "UrgencyClassifier": "mcu_nlp.urgency",
    "GeoResolver": "mcu_nlp.geo",
    "save": "mcu_nlp.persistence",
    "load": "mcu_nlp.persistence",
    "default_models": "mcu_nlp.defaults",
    "with_models": "mcu_nlp.defaults",
    "analyze": "mcu_nlp.analysis",
    "analyze_batch": "mcu_nlp.analysis",
    "analyze_frame": "mcu_nlp.frames",
    "count_series": "mcu_nlp.trends",
    "TrendForecaster": "mcu_nlp.trends",
    "backtest": "mcu_nlp.trends",
}

__all__ = ["Analysis", "McuNlpError", "Place", "__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mcu_nlp' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from mcu_nlp.analysis import analyze, analyze_batch
    from mcu_nlp.defaults import default_models, with_models
    from mcu_nlp.frames import analyze_frame
    from mcu_nlp.geo import GeoResolver
    from mcu_nlp.normalization import TextNormalizer, lemmas, normalize
    from mcu_nlp.persistence import load, save
    from mcu_nlp.redaction import find_personal_data, redact
    from mcu_nlp.topic import TopicClassifier
    from mcu_nlp.trends import TrendForecaster, backtest, count_series
    from mcu_nlp.urgency import UrgencyClassifier
