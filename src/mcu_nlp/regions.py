"""A region per row: subject codes read from a column, and places found by each row's own region.

A row's region value is read as :func:`subject_code` reads it: empty means no region for that row; a value that is
no known subject code is no region for that row either, with one warning saying which rows and why (a mistyped region
cell cost its row's topic and urgency when it was an error row: walkthrough s41).
Rows are grouped by region inside a chunk, so each region's resolver runs once, on its whole group.
"""

from __future__ import annotations

import csv
import numbers
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from mcu_nlp.errors import InputError, Shown, check_named_column, expected, is_missing

CODE = re.compile(r"(\d{1,2})(?:\.00?)?")  # "78.0": a whole float as a CSV written by pandas holds it
EXAMPLE = "a subject code such as '89' (ЯНАО) or '78'"
OKTMO_CODE = re.compile(r"\d{8}")  # a municipality's ОКТМО code, given where its subject's is read
ISO_CODE = re.compile(r"RU-[A-Z]{2,3}")  # a subject's ISO 3166-2 code, «RU-TA», as many other datasets write it
REGIONS_FILE = Path(__file__).parent / "data" / "regions.csv"  # a copy of data/geo/regions.csv (tested)


def subject_code(value: object) -> str | None:
    """The 2-digit subject code a region value is written as, ``None`` for an empty one; else ``InputError``.

    As ``region=`` reads it: "89", " 89 " and 89 are "89", "7" is "07"; "089" and "89a" are refused. A whole float
    counts too, as a number or as text (89.0 and "89.0": pandas stores an integer column with empty cells as floats,
    and writes them so to CSV); "78.5" and "1e1" are refused.

    >>> [subject_code(v) for v in ("89", 89, " 7 ", 78.0, "78.0", "", None, float("nan"))]
    ['89', '89', '07', '78', '78', None, None, None]
    >>> subject_code("089")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a subject code such as '89' (ЯНАО) or '78', got '089'
    """
    if value is None or is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    whole = isinstance(value, numbers.Integral) and not isinstance(value, bool)
    if whole or (isinstance(value, float) and value.is_integer()):
        written = str(int(value))
    else:
        written = value.strip() if isinstance(value, str) else ""
    code = CODE.fullmatch(written)
    if code is None:
        hint = code_hint(written) if isinstance(value, str) else ""
        if not hint and OKTMO_CODE.fullmatch(written):  # «82701000»: a municipality's code, not its subject's
            raise InputError(expected(EXAMPLE, _shown(value), oktmo_hint(written)))
        if hint:  # a subject's name is no personal data: shown, with the code to write
            raise InputError(expected(EXAMPLE, Shown(repr(written)), hint))
        raise InputError(expected(EXAMPLE, _shown(value)))
    return code[1].zfill(2)


@lru_cache(maxsize=256)
def subject_named(text: str) -> tuple[str, str] | None:
    """(name, code) of the subject ``text`` names as the gazetteer knows it («Татарстан», «Курская область», «СПб»,
    «Кузбасс»), or None (also when the gazetteer cannot be loaded): a hint for a name given where a code is read.

    >>> subject_named("Татарстан"), subject_named(" курская обл "), subject_named("Курская"), subject_named("")
    (('Республика Татарстан', '16'), ('Курская область', '46'), None, None)
    """
    from mcu_nlp.geo.gazetteer import gazetteer_or_none
    from mcu_nlp.geo.tokens import phrase_key

    g = gazetteer_or_none() if 0 < len(text) <= 60 else None
    postings = g.index.get(phrase_key(text), ()) if g is not None else ()
    subjects = {(g.name[e], g.region_code[e]) for e, _ in postings if g.kind[e] == "region"}
    return subjects.pop() if len(subjects) == 1 else None


def code_hint(text: str) -> str:
    """What to write instead of a subject's name or ISO 3166-2 code ``text`` (:func:`subject_named`,
    :func:`subjects_by_iso`), or "" for any other text.

    >>> code_hint("Татарстан"), code_hint("Иванов")
    ("the code of Республика Татарстан is '16'", '')
    >>> code_hint("RU-TA")
    "RU-TA is the ISO 3166-2 code of Республика Татарстан; its subject code is '16'"
    """
    iso = text.strip().upper()
    if ISO_CODE.fullmatch(iso) and iso in subjects_by_iso():
        name, code = subjects_by_iso()[iso]
        return f"{iso} is the ISO 3166-2 code of {name}; its subject code is '{code}'"
    named = subject_named(text)
    return f"the code of {named[0]} is '{named[1]}'" if named else ""


@lru_cache(maxsize=1)
def subjects_by_iso() -> dict[str, tuple[str, str]]:
    """(name, subject code) of each of the 85 subjects by its ISO 3166-2 code.

    >>> subjects_by_iso()["RU-MOW"], len(subjects_by_iso())
    (('Москва', '77'), 85)
    """
    with REGIONS_FILE.open(encoding="utf-8") as rows:
        return {row["iso_3166_2"]: (row["region_name"], row["region_code"]) for row in csv.DictReader(rows)}


def oktmo_hint(written: str) -> str:
    """What to write instead of a municipality's 8-digit ОКТМО code ``written`` (the subject's code of its first two
    digits, :func:`prefix_hint`), or "" when no subject's codes start so. The code itself is not repeated: a number
    of 8 digits might be something else.

    >>> oktmo_hint("82701000")
    "an 8-digit ОКТМО code of Республика Дагестан? its subject code is '05'"
    """
    named = subjects_by_prefix().get(written[:2])
    return f"an 8-digit ОКТМО code of {named[0]}? its subject code is '{named[1]}'" if named else ""


def _shown(value: object) -> object:
    """A short string as it is (a code cannot hide personal data in 4 characters); anything longer described."""
    return Shown(repr(value)) if isinstance(value, str) and len(value) <= 4 else value


@lru_cache(maxsize=4)  # keyed by path as load_gazetteer is, so both see the same file
def known_subjects(gazetteer: str | None = None) -> frozenset[str]:
    """The subject codes of a gazetteer file (default: ``$MCU_NLP_GAZETTEER`` or the shipped one).

    >>> {"89", "78", "46"} <= known_subjects(), "99" in known_subjects()
    (True, False)
    """
    from mcu_nlp.geo.gazetteer import load_gazetteer

    g = load_gazetteer(gazetteer)
    return frozenset(code for code, kind in zip(g.region_code, g.kind) if kind == "region")


@lru_cache(maxsize=4)
def subjects_by_prefix(gazetteer: str | None = None) -> dict[str, tuple[str, str]]:
    """(name, subject code) of each subject of a gazetteer file by the first two digits of its ОКТМО codes, which
    are also those of its ОКАТО codes: Дагестан's codes start with 82, its subject code is 05. An autonomous okrug
    within a krai or an oblast (ЯНАО, 71900000) shares its first two digits with that subject and is not listed.

    >>> subjects_by_prefix()["82"], subjects_by_prefix()["71"]
    (('Республика Дагестан', '05'), ('Тюменская область', '72'))
    """
    from mcu_nlp.geo.gazetteer import load_gazetteer

    g = load_gazetteer(gazetteer)
    return {oktmo[:2]: (name, code) for oktmo, name, code, kind in zip(g.oktmo, g.name, g.region_code, g.kind)
            if kind == "region" and oktmo[2:] == "000000"}


def prefix_hint(code: str, gazetteer: str | None = None) -> str:
    """What to write instead of a subject's ОКТМО prefix ``code`` (:func:`subjects_by_prefix`), or "" for any other:
    a developer sees the prefix in every code of the output (82701000...) and may take it for the subject code.

    >>> prefix_hint("82"), prefix_hint("00")
    ("82 is the ОКТМО/ОКАТО prefix of Республика Дагестан; its subject code is '05'", '')
    """
    named = subjects_by_prefix(gazetteer).get(code)
    return f"{code} is the ОКТМО/ОКАТО prefix of {named[0]}; its subject code is '{named[1]}'" if named else ""


def warn_prefix_region(places: Sequence[Any], regions: Sequence[str | None]) -> None:
    """Warn (``McuNlpWarning``, once per code and process) when a caller's ``region`` is a subject code that is also the
    ОКТМО prefix of another subject and a text's municipality (``places``: one per text, or None) is in that other
    subject: Татарстан's codes start with 92, Севастополь's subject code, so ``region="92"`` is Севастополь, and a
    Tatarstan centre that passes it loses its districts' names silently (walkthrough s38).

    >>> import warnings
    >>> from mcu_nlp.geo import GeoResolver, best_municipality
    >>> kazan = best_municipality(GeoResolver().resolve("в Казани нет света"), "в Казани нет света")
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_prefix_region([kazan, None], ["92", "92"])
    ...     warn_prefix_region([kazan], ["16"])
    >>> [str(w.message) for w in caught]  # doctest: +NORMALIZE_WHITESPACE
    ["region '92' is Севастополь's subject code, and a text names a place of Республика Татарстан, whose ОКТМО codes
    start with 92: if the texts come from Республика Татарстан, pass its subject code, region='16'"]
    """
    import warnings

    from mcu_nlp.errors import McuNlpWarning

    by_prefix = subjects_by_prefix()
    for place, code in zip(places, regions):
        if place is None or code is None or code not in by_prefix:
            continue
        name, other = by_prefix[code]
        if other != code and place.region_code == other:
            own = next((n for n, c in by_prefix.values() if c == code), f"subject {code}")
            warnings.warn(f"region {code!r} is {own}'s subject code, and a text names a place of {name}, whose ОКТМО "
                          f"codes start with {code}: if the texts come from {name}, pass its subject code, "
                          f"region={other!r}", McuNlpWarning, stacklevel=2)
            return


def known_code(value: object, gazetteer: str | None = None) -> str | None:
    """:func:`subject_code` of ``value``, also refused (``InputError``) when no subject of the gazetteer has it; the
    message names the subject whose ОКТМО prefix it is, if any (:func:`prefix_hint`). A value that is a subject code
    is read as one, whatever other subject's prefix it also is ("40": Калужская область, not Санкт-Петербург's 40).

    >>> known_code(" 89"), known_code(None), known_code("40")
    ('89', None, '40')
    >>> known_code("00")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a known subject code, got '00'
    >>> known_code("82")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a known subject code, got '82'; 82 is the ОКТМО/ОКАТО prefix of Республика \
Дагестан; its subject code is '05'
    """
    code = subject_code(value)
    if code is not None and code not in known_subjects(gazetteer):
        raise InputError(expected("a known subject code", Shown(repr(code)), prefix_hint(code, gazetteer)))
    return code


def row_regions(values: Sequence[object]) -> tuple[list[str | None], list[str | None]]:
    """Each row's subject code (``None``: no region) and, for a row whose value is none, why (else ``None``).

    >>> row_regions(["78", "", 46, "00", "Курская"])
    (['78', None, '46', None, None], [None, None, None, "bad region: expected a known subject code, got '00'", \
"bad region: expected a subject code such as '89' (ЯНАО) or '78', got str of 7 characters"])
    """
    codes: list[str | None] = []
    problems: list[str | None] = []
    for value in values:
        code, problem = None, None
        try:
            code = known_code(value)  # read as region= is: one reader, one wording
        except InputError as error:
            problem = f"bad region: {error}"
        codes.append(code)
        problems.append(problem)
    return codes, problems


def batch_regions(count: int, region: object, regions: Sequence[object] | None
                  ) -> tuple[list[Any], list[str | None]]:
    """The region of each of ``count`` rows (``region`` for all, or each its own of ``regions``) and each row's
    region problem, as :func:`row_regions`; ``InputError`` if both are given or ``regions`` has another length."""
    if regions is None:
        known_code(region)  # a bad region for all rows is the caller's mistake: refused before any work
        return [region] * count, [None] * count
    one_region_source(region, regions, ("region=", "regions="))
    if len(regions) != count:
        raise InputError(expected(f"{count} regions, one per text", Shown(f"{len(regions)} regions")))
    return row_regions(regions)


def one_region_source(region: object, per_row: object, names: tuple[str, str] = ("region=", "region_column=")) -> None:
    """``InputError`` when both a region for all rows and a region per row are given; ``names`` spell the two.

    >>> one_region_source("78", "region", ("--region", "--region-column"))
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected --region (one for all rows) or --region-column (one per row), got both; \
drop --region to use each row's own region, or --region-column to use one for all
    """
    if region is not None and per_row is not None:
        one, each = names
        raise InputError(expected(f"{one} (one for all rows) or {each} (one per row)", Shown("both"),
                                  f"drop {one} to use each row's own region, or {each} to use one for all"))


def check_region_column(columns: Any, region_column: str | None, text_column: str,
                        option: str = "region_column=") -> None:
    """``InputError`` unless ``region_column`` (if given) is among ``columns`` and is not the text column.

    >>> check_region_column(["id", "text"], "region", "text", option="--region-column")
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a region column 'region', got columns ['id', 'text']; check --region-column
    """
    check_named_column(columns, region_column, "region", text_column, option)


def frame_regions(frame: Any, region: object, region_column: str | None, text_column: str) -> list[Any] | None:
    """The values of ``frame``'s region column (``None`` without one), after the checks of :func:`one_region_source`
    and :func:`check_region_column`."""
    one_region_source(region, region_column)
    check_region_column(frame.columns, region_column, text_column)
    return None if region_column is None else frame[region_column].tolist()


def places_by_region(geo: Callable[[str | None], Any], texts: Sequence[str],
                     regions: Sequence[str | None]) -> list[list[Any]]:
    """The places in each text, found by the resolver of its own region: one ``resolve_batch`` per region, the
    results back in input order. ``geo`` gives the resolver of a region (``DefaultModels.geo``).

    >>> from mcu_nlp.geo import GeoResolver
    >>> found = places_by_region(lambda code: GeoResolver(region=code), ["в Славянке"] * 3, ["78", "25", "78"])
    >>> [places[0].municipality for places in found]
    ['Шушары', 'Хасанский муниципальный округ', 'Шушары']
    """
    groups: dict[str | None, list[int]] = {}
    for i, code in enumerate(regions):
        groups.setdefault(code, []).append(i)
    out: list[list[Any]] = [[] for _ in texts]
    for code, rows in groups.items():
        for i, places in zip(rows, geo(code).resolve_batch([texts[i] for i in rows])):
            out[i] = places
    return out
