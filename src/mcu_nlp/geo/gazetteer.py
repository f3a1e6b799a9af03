"""The shipped gazetteer: places with ОКТМО codes and an index of all their written forms.

The file is built by ``python -m mcu_nlp.geo.build`` and loaded once per process (cached).
Resolution order for the file: explicit path, then ``$MCU_NLP_GAZETTEER``, then the package data.
It is a gzipped pickle of plain built-in containers only (dict, tuple, str, int, float); the loader
refuses any other object, so a tampered file cannot run code.
"""

from __future__ import annotations

import gzip
import io
import math
import os
import pickle
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mcu_nlp.edits import deletions
from mcu_nlp.errors import McuNlpError, ModelFileError, ResourceNotFoundError, Shown, expected

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.pkl.gz"
ENV_VAR = "MCU_NLP_GAZETTEER"
FUZZY_MIN_LENGTH = 6
# A word read as a typo may be one letter shorter, missing one of a 6-letter name's letters ("Мценк" is Мценск)
TYPO_WORD_MIN_LENGTH = FUZZY_MIN_LENGTH - 1
# A form a typo is corrected to may be as short as a typed word (session 26: "в Твере" is Тверь's "твери", "в Перьми"
# Пермь's "перми"; the 5-letter forms were left out, and a 5-letter town's typos found nothing in any region)
TYPO_FORM_MIN_LENGTH = TYPO_WORD_MIN_LENGTH
# The last word of a two-word name after its exact first word may be shorter: "Старый Аскол" is Старый Оскол; so may
# the first word before its exact last one ("Хонты-Мансийске" is Ханты-Мансийск)
PAIR_FUZZY_MIN_LENGTH = 5
# A form that needs context (a works' name beside the town's: "электросталь") is a typo's target from this length on
LONG_TYPO_FORM_MIN_LENGTH = 8
# pymorphy3's locatives: a surname-like town's form after «в» (``_surname_town_locative``)
LOCATIVES = frozenset({"loct", "loc2"})
TYPO_MIN_WEIGHT = 4.6  # log10 of population: typos are corrected in towns of ≈ 40,000+ people
# ... and, for a caller of no region (no region's own forms to correct to), in towns of 10,000+ people ("Шимоновск")
NO_REGION_TYPO_MIN_WEIGHT = 4.0
# A town this big is meant by its name even where the name is also a word or a surname ("Уфа", "в Кирове"), and a weak
# mention of it counts without a region: one threshold, in people (the builder) and as a weight (the resolver).
BIG_TOWN = 50_000


def population_weight(people: int) -> float:
    """An entry's ``weight``: log10 of 1 + its population, rounded.

    >>> population_weight(BIG_TOWN)
    4.699
    """
    return round(math.log10(1 + people), 3)


BIG_TOWN_WEIGHT = population_weight(BIG_TOWN)
FORMAT_VERSION = 2


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Column-oriented place table plus the form index (key → ((entry id, ambiguity level), ...))."""

    name: tuple[str, ...]
    kind: tuple[str, ...]
    oktmo: tuple[str, ...]
    mun: tuple[int, ...]
    region: tuple[int, ...]
    region_code: tuple[str, ...]
    weight: tuple[float, ...]
    index: dict[str, tuple[tuple[int, int], ...]]
    old_to_new: dict[str, str]
    postal: dict[str, str]
    first_words: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # a town or an urban-type settlement (г., пгт, рп in the census, a town of hflabs); empty in a file built before it
    urban: tuple[bool, ...] = ()
    # a поселение's adjective stem → its поселения's municipalities (``poselenie``); empty in a file built before it
    village_stems: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def current_oktmo(self, code: str) -> str | None:
        """The current upper-level ОКТМО for a code that may predate a reform, or None.

        >>> load_gazetteer().current_oktmo("71916000")  # Надымский район (2019) → муниципальный округ
        '71936000'
        >>> load_gazetteer().current_oktmo("71918169")  # поселок Харп, now in Лабытнанги
        '71953000'

        """
        code = "".join(ch for ch in str(code) if ch.isdigit())
        for candidate in (code[:8], code[:5] + "000"):
            if candidate in self.old_to_new:
                return self.old_to_new[candidate]
        return None

    def fuzzy(self, region: str | None = None) -> tuple[dict[str, tuple[str, ...]], ...]:
        """Deletion neighbours of unambiguous forms for one-letter typos, built on first use: those of towns of
        10,000+ people (once per process, ~9 MB), and those of the places of ``region`` (once per region).

        A typo is corrected only where it is likely, and the index stays small (a few MB instead of ~100 MB for every
        form). A region's part is built from its own forms only: a few ms (it was a pass over every form, 0.4-0.6 s
        for the first text of each region, and again once 8 regions had evicted it).
        """
        with _FUZZY_LOCK:  # cold threads would each build the same index
            big = _neighbours(self, None)
            return (big,) if region is None else (big, _neighbours(self, region))


_FUZZY_LOCK = threading.Lock()
_LOAD_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _typo_candidates(gazetteer: Gazetteer) -> dict[str | None, tuple[str, ...]]:
    """Forms a typo may be corrected to: one- or two-word, unambiguous, a word of 5+ letters (``TYPO_FORM_MIN_LENGTH``;
    5+ for either word of two); under None those of a town of 10,000+ people, under a region code those of its
    places."""
    out: dict[str | None, list[str]] = {None: []}
    weight, codes = gazetteer.weight, gazetteer.region_code
    for key, postings in gazetteer.index.items():
        head, _, last = key.rpartition(" ")
        if " " in head or (
            max(len(head), len(last)) < PAIR_FUZZY_MIN_LENGTH if head else len(last) < TYPO_FORM_MIN_LENGTH
        ):
            continue
        if any(level for _, level in postings) and not (
            _long_town_form(gazetteer, key, postings) or _surname_town_locative(gazetteer, key, postings)
        ):
            continue
        if any(weight[e] >= NO_REGION_TYPO_MIN_WEIGHT for e, _ in postings):
            out[None].append(key)
        for code in {codes[e] for e, _ in postings}:
            out.setdefault(code, []).append(key)
    return {code: tuple(keys) for code, keys in out.items()}


def town_or_municipality(gazetteer: Gazetteer, e: int) -> bool:
    """Entry ``e`` is a town (``urban``) or a municipality; in a file built before the ``urban`` column, a
    municipality only (``qualified.town_before_number`` and the typo targets of :func:`_long_town_form` ask it)."""
    return bool(gazetteer.urban and gazetteer.urban[e]) or gazetteer.kind[e] == "municipality"


def _long_town_form(gazetteer: Gazetteer, key: str, postings: list) -> bool:
    """A one-word form of ``LONG_TYPO_FORM_MIN_LENGTH`` letters or more, of towns only, that needs context only for a
    works' name pymorphy3 reads beside the town's (session 61: "электростали", "лесозаводске" are Geox and Orgn,
    forms.COMMON_WORD): a typo may be corrected to it as to an unambiguous form ("В Элекростали яма", "Электростль ул.
    Победы 14" are Электросталь). A word's or a person's form stays out ("строителе", "одинцове")."""
    from mcu_nlp.geo.forms import COMMON_WORD  # here: forms imports the dictionary, which this module need not load
    from mcu_nlp.morphology import analyzer

    if " " in key or len(key) < LONG_TYPO_FORM_MIN_LENGTH or any(level != COMMON_WORD for _, level in postings):
        return False
    if not all(town_or_municipality(gazetteer, e) for e, _ in postings):
        return False
    readings = analyzer().parse(key)
    return any("Geox" in p.tag for p in readings) and all(
        p.is_known and ("Geox" in p.tag or "Orgn" in p.tag) for p in readings
    )


def _surname_town_locative(gazetteer: Gazetteer, key: str, postings: list) -> bool:
    """A one-word form of towns only that needs context for a surname's reading (``forms.PERSON_NAME``), where every
    reading the dictionary knows is a locative: the form «в» or «г.» gives the town ("кропоткине", "гусеве",
    "губкине"), as a person is rarely named so, so a typo may be corrected to it (session 71, blind72: "В Кропткине"
    was no Кропоткин of 75,000 people). Its other cases stay out ("кропоткина" is the person's genitive too)."""
    from mcu_nlp.geo.forms import PERSON_NAME  # here: forms imports the dictionary, which this module need not load
    from mcu_nlp.morphology import analyzer

    if " " in key or any(level != PERSON_NAME for _, level in postings):
        return False
    if not all(town_or_municipality(gazetteer, e) for e, _ in postings):
        return False
    readings = [p for p in analyzer().parse(key) if p.is_known]
    return bool(readings) and all(p.tag.case in LOCATIVES for p in readings)


@lru_cache(maxsize=4)
def surname_town_locatives(gazetteer: Gazetteer) -> frozenset[str]:
    """The forms ``_surname_town_locative`` lets a typo be corrected to: one whose last letter, the locative's ending,
    the typed word must share ("в Кропткине"; "с. Лермонтово" is no Лермонтов's «лермонтове»)."""
    index = gazetteer.index
    return frozenset(key for key, postings in index.items() if _surname_town_locative(gazetteer, key, postings))


@lru_cache(maxsize=128)  # the big towns' and every region's a process serves: a region's is a few hundred KB
def _neighbours(gazetteer: Gazetteer, region: str | None) -> dict[str, tuple[str, ...]]:
    neighbours: dict[str, set[str]] = {}
    for key in _typo_candidates(gazetteer).get(region, ()):
        head, _, last = key.rpartition(" ")
        prefix = f"{head} " if head else ""
        for short in deletions(last) if len(last) >= PAIR_FUZZY_MIN_LENGTH else ():  # a typo in the last word, or
            neighbours.setdefault(prefix + short, set()).add(key)  # in the first of two ("в Нижмем Новгороде")
        for short in deletions(head) if len(head) >= PAIR_FUZZY_MIN_LENGTH else ():
            neighbours.setdefault(f"{short} {last}", set()).add(key)
        neighbours.setdefault(key, set()).add(key)
    return {k: tuple(sorted(v)) for k, v in neighbours.items()}


@lru_cache(maxsize=128)
def head_typo_last_words(gazetteer: Gazetteer, region: str | None) -> frozenset[str]:
    """The last words of the two-word forms whose first word may carry a typo (``_neighbours``): a word after a
    possible typo that is none of these ends no such name, and the search is skipped (most words after "в", "на")."""
    keys = _typo_candidates(gazetteer).get(region, ())
    return frozenset(k.rpartition(" ")[2] for k in keys if len(k.partition(" ")[0]) >= PAIR_FUZZY_MIN_LENGTH)


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """Find the gazetteer file: the argument, then ``$MCU_NLP_GAZETTEER``, then the package data."""
    chosen = Path(path or os.environ.get(ENV_VAR) or GAZETTEER_PATH)
    if not chosen.is_file():
        raise ResourceNotFoundError(
            expected(
                "an existing gazetteer file", Shown(str(chosen)), "run `python -m mcu_nlp.geo.build` or set $" + ENV_VAR
            )
        )
    return chosen


def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load (once, thread-safe) and return the gazetteer.

    >>> g = load_gazetteer()
    >>> g.name[g.index["салехарде"][0][0]]
    'Салехард'
    """
    with _LOAD_LOCK:
        return _load_gazetteer(path)


def gazetteer_or_none() -> Gazetteer | None:
    """The default gazetteer (:func:`load_gazetteer`), or None when it cannot be loaded (missing or unreadable:
    ``MCU_NLP_GAZETTEER`` naming no file): for readers that only consult it, redaction's, which must never fail for
    it.

    >>> gazetteer_or_none() is load_gazetteer()
    True
    """
    try:
        return load_gazetteer()
    except (McuNlpError, OSError):  # ResourceNotFoundError, ModelFileError
        return None


@lru_cache(maxsize=4)
def _load_gazetteer(path: str | None) -> Gazetteer:
    where = resolve_path(path)
    try:
        with gzip.open(where, "rb") as handle:
            data = _PlainUnpickler(io.BytesIO(handle.read())).load()
    except McuNlpError:
        raise
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, IndexError, TypeError) as error:
        got = Shown(f"{where.name}, unreadable ({type(error).__name__})")
        raise ModelFileError(
            expected(
                "a gzip-pickled gazetteer", got, "reinstall mcu-nlp or rebuild it with `python -m mcu_nlp.geo.build`"
            )
        ) from None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ModelFileError(expected(f"a gazetteer of format {FORMAT_VERSION}", Shown(where.name), "rebuild it"))
    return Gazetteer(**{k: v for k, v in data.items() if k != "version"})


def pack(
    columns: dict[str, list],
    index: dict[str, list],
    old_to_new: dict,
    postal: dict,
    village_stems: dict[str, tuple[int, ...]] | None = None,
) -> dict:
    """The on-disk form of a gazetteer: plain containers that ``load_gazetteer`` turns into a Gazetteer."""
    frozen = {key: tuple((eid, level) for eid, level in postings) for key, postings in index.items()}
    return {
        "version": FORMAT_VERSION,
        **{name: tuple(columns[name]) for name in ("name", "kind", "oktmo", "mun", "region", "region_code", "weight")},
        "urban": tuple(bool(flag) for flag in columns["urban"]),
        "index": frozen,
        "old_to_new": dict(old_to_new),
        "postal": dict(postal),
        "first_words": _first_words(frozen),
        "village_stems": dict(village_stems or {}),
    }


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        raise ModelFileError(expected("plain data in the gazetteer file", Shown(f"code {module}.{name}"), "rebuild it"))


def _first_words(index: dict[str, tuple]) -> dict[str, tuple[int, ...]]:
    """First word of every key → the word counts of keys starting with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in index:
        lengths.setdefault(key.split(" ", 1)[0], set()).add(key.count(" ") + 1)
    return {word: tuple(sorted(n, reverse=True)) for word, n in lengths.items()}
