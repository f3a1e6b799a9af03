"""Result records: small frozen dataclasses with character offsets into the original text."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

_NO_SCORE = object()  # what a NaN score is compared and hashed as


@dataclass(frozen=True)
class Place:
    """A place mentioned in a text, resolved to the gazetteer.

    ``start``/``stop`` are offsets into the original text: ``text[start:stop]`` is the mention. A settlement's
    ``oktmo`` is its 11-digit code only where the sources give one under its current municipality (first five digits
    the same), else empty (most villages; towns whose only code predates a reform); ``municipality_oktmo`` is set.

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


@dataclass(frozen=True, eq=False)  # __eq__ and __hash__ below: NaN scores compare equal
class Analysis:
    """Everything the default models say about one appeal.

    ``urgency_score`` is the calibrated probability of the level given, not a severity scale. ``critical`` is
    called as soon as P(critical) reaches a cut well below one half (a missed critical appeal is the worst error;
    ``default_models().urgency.critical_cuts_``, one per kind of lexicon reading, all equal in the shipped model),
    so a critical appeal can show a low ``urgency_score`` such as 0.2: by design. To rank appeals by P(critical),
    take the ``critical`` column of ``default_models().urgency.predict_proba(texts)``.

    ``error`` is a short reason when the input could not be analysed; then the other fields are empty: ``None``,
    no places, and scores of NaN (no model scored the row; still a float, so comparisons and ``round`` do not
    raise), as in :func:`~mcu_nlp.analyze_frame` (empty in the files of ``mcu-nlp analyze``): test them with
    ``math.isnan``. Two records whose scores are both NaN compare equal all the same (``==``, ``hash``, sets), so an
    error row equals its pickle or copy, though ``math.nan == math.nan`` is False. ``text`` is ``None`` when the
    input was no text or a text too long (over 1,000,000 characters), as :func:`mcu_nlp.row_texts.kept_text` says.

    ``places`` holds every mention with its offsets, so a place named twice is there twice; the ``places`` column
    of :func:`~mcu_nlp.analyze_frame` and of the job's files lists each place once.

    >>> import pickle
    >>> row = Analysis(text="", error="empty text")
    >>> pickle.loads(pickle.dumps(row)) == row, row == Analysis(text="", topic_score=0.0, error="empty text")
    (True, False)
    """

    text: str | None
    topic: str | None = None
    topic_score: float = math.nan
    urgency: str | None = None
    urgency_score: float = math.nan
    places: tuple[Place, ...] = field(default_factory=tuple)
    municipality: Place | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record in JSON's types, for a web service's response: ``places`` a list of dicts, ``municipality`` a
        dict or None, and an error row's NaN scores None (``dataclasses.asdict`` keeps the NaN, which ``json.dumps``
        writes as ``NaN``, no JSON a strict parser reads).

        >>> import json
        >>> json.dumps(Analysis(text="", error="empty text").to_dict(), ensure_ascii=False)
        '{"text": "", "topic": null, "topic_score": null, "urgency": null, "urgency_score": null, "places": [], \
"municipality": null, "error": "empty text"}'
        """
        row = asdict(self)
        row["places"] = list(row["places"])
        for key in ("topic_score", "urgency_score"):
            if math.isnan(row[key]):
                row[key] = None
        return row

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._compared())

    def _compared(self) -> tuple[Any, ...]:
        # the generated __eq__ compared NaN scores with ==: an error row was unequal to its own pickle (equal to
        # itself or a fresh one only because the math.nan default is one object)
        return tuple(_NO_SCORE if isinstance(value, float) and math.isnan(value) else value
                     for value in (getattr(self, f.name) for f in fields(self)))
