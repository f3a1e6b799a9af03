"""Result records: small frozen dataclasses with character offsets into the original text."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """A place mentioned in a text, resolved to the gazetteer.

    ``start``/``stop`` are offsets into the original text: ``text[start:stop]`` is the mention.

    >>> p = Place(name="Салехард", kind="municipality", oktmo="71951000", municipality="Салехард",
    ...           municipality_oktmo="71951000", region="Ямало-Ненецкий автономный округ",
    ...           region_code="89", start=2, stop=11, score=0.98)
    >>> p.oktmo
    '71951000'
    """

    name: str
    kind: str  # "region" | "municipality" | "settlement"
    oktmo: str
    municipality: str | None
    municipality_oktmo: str | None
    region: str
    region_code: str
    start: int
    stop: int
    score: float


@dataclass(frozen=True)
class Analysis:
    """Everything the default models say about one appeal.

    ``urgency_score`` is the calibrated probability of the level given, not a severity scale. ``critical`` is
    called as soon as P(critical) reaches a threshold tuned for recall (a missed critical appeal is the worst error;
    ``critical_threshold_`` of the urgency model, 0.125 in the shipped one), so a critical appeal can show a low
    ``urgency_score`` such as 0.2: by design. To rank appeals by P(critical), take the ``critical`` column of
    ``default_models().urgency.predict_proba(texts)``.

    ``error`` is a short reason when the input could not be analysed; then the other fields are empty: ``None``,
    no places, and scores of NaN (no model scored the row; still a float, so comparisons and ``round`` do not
    raise), as in :func:`~mcu_nlp.analyze_frame` (empty in the files of ``mcu-nlp analyze``): test them with
    ``math.isnan``. ``text`` is ``None`` when the input was no text or a text too long (over 1,000,000 characters),
    as :func:`mcu_nlp.analysis.kept_text` says.

    ``places`` holds every mention with its offsets, so a place named twice is there twice; the ``places`` column
    of :func:`~mcu_nlp.analyze_frame` and of the job's files lists each place once.
    """

    text: str | None
    topic: str | None = None
    topic_score: float = math.nan
    urgency: str | None = None
    urgency_score: float = math.nan
    places: tuple[Place, ...] = field(default_factory=tuple)
    municipality: Place | None = None
    error: str | None = None
