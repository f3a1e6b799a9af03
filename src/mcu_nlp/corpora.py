"""The real appeal corpora in ``data/`` mapped onto the project taxonomy (``data/taxonomy.csv``).

Two sources: St Petersburg's «Наш Санкт-Петербург» portal (60k short problem reports, labelled by the
portal's ``reason``) and the Kursk region feedback platform (2k longer appeals, labelled by ``Тематика``).
Source labels become taxonomy codes through the project's own mapping tables in ``data/topic/``
(reviewed copies of the shared ones; see ``data/README.md``). The data folder is found from an explicit
argument, then the ``MCU_NLP_DATA`` environment variable, then the source checkout.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from mcu_nlp.errors import ResourceNotFoundError

ENV_VAR = "MCU_NLP_DATA"
SOURCE_DATA = Path(__file__).resolve().parents[2] / "data"

SPB_FILE = Path("corpora/spb/spb_appeals.csv.gz")
KURSK_FILE = Path("corpora/kursk/kursk_train_clean.csv.gz")
SPB_MAPPING = Path("topic/reason_to_topic.csv")
KURSK_MAPPING = Path("topic/theme_to_topic.csv")
SEEDS_FILE = Path("topic/seeds.csv")
OFFTOPIC_FILE = Path("topic/offtopic.csv")
OFFTOPIC_HELDOUT_FILE = Path("topic/offtopic_heldout.csv")
TAXONOMY_FILE = Path("taxonomy.csv")
PACKAGE_TAXONOMY = Path(__file__).parent / "data" / "taxonomy.csv"  # a copy of data/taxonomy.csv (tested)

COLUMNS = ["source", "id", "text", "source_label", "topic"]
_NOT_WORD = re.compile(r"[^0-9a-zа-я]+")


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The project data folder: ``path``, else ``$MCU_NLP_DATA``, else ``data/`` of the source checkout."""
    where = Path(path or os.environ.get(ENV_VAR) or SOURCE_DATA)
    if not (where / TAXONOMY_FILE).is_file():
        raise ResourceNotFoundError(
            f"expected a data folder with {TAXONOMY_FILE} at {where}, found none; pass data_dir=... "
            f"or set {ENV_VAR} to the repository's data/ folder"
        )
    return where


def _read(where: Path, name: Path, **options: object) -> pd.DataFrame:
    path = where / name
    if not path.is_file():
        raise ResourceNotFoundError(f"expected {name} in {where}, found nothing; restore it from git")
    return pd.read_csv(path, **options)


def load_taxonomy(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The taxonomy: one row per topic code with ``code, name_ru, scope_ru``.

    >>> "heating" in load_taxonomy()["code"].tolist()
    True
    """
    if path is None and not os.environ.get(ENV_VAR):
        return pd.read_csv(PACKAGE_TAXONOMY)  # installed wheels have no data/ folder, but report needs the names
    return _read(data_dir(path), TAXONOMY_FILE)


def text_key(text: str) -> str:
    """A crude identity of a text for exact-duplicate grouping: lower case, ё→е, letters and digits only.

    >>> text_key("Мусор во дворе!!") == text_key("  мусор  во  дворе")
    True
    """
    return _NOT_WORD.sub(" ", str(text).lower().replace("ё", "е")).strip()


def _mapped(frame: pd.DataFrame, mapping: pd.DataFrame, source: str) -> pd.DataFrame:
    table = dict(zip(mapping["source_label"], mapping["topic"]))
    frame = frame.assign(source=source, topic=frame["source_label"].map(table))
    frame["text"] = frame["text"].fillna("").astype(str).str.strip()
    return frame.loc[frame["text"] != "", COLUMNS].reset_index(drop=True)


def load_spb(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """St Petersburg appeals with ``source, id, text, source_label, topic`` (every row, duplicates kept).

    >>> frame = load_spb()
    >>> len(frame) > 50_000 and bool(frame["topic"].notna().all())
    True
    """
    where = data_dir(path)
    frame = _read(where, SPB_FILE, dtype={"id": str}, usecols=["id", "reason", "text"])
    return _mapped(frame.rename(columns={"reason": "source_label"}), _read(where, SPB_MAPPING), "spb")


def load_kursk(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Kursk appeals (HTML-cleaned text) with ``source, id, text, source_label, topic``.

    >>> frame = load_kursk()
    >>> sorted(frame.columns) == sorted(COLUMNS)
    True
    """
    where = data_dir(path)
    frame = _read(where, KURSK_FILE, dtype={"id": str}, usecols=["id", "Тематика", "text_clean"])
    frame = frame.rename(columns={"Тематика": "source_label", "text_clean": "text"})
    return _mapped(frame, _read(where, KURSK_MAPPING), "kursk")


def load_seeds(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Hand-written seed phrases (``topic, text``) paraphrasing the taxonomy scope texts; NOT real appeals.

    >>> seeds = load_seeds()
    >>> set(seeds["topic"]) <= set(load_taxonomy()["code"])
    True
    """
    return _read(data_dir(path), SEEDS_FILE, comment="#")


def load_offtopic(path: str | os.PathLike[str] | None = None, heldout: bool = False) -> pd.DataFrame:
    """Hand-written chit-chat and other non-appeals (``topic`` "other", ``text``); NOT real texts.

    ``heldout=True`` gives the separately written phrases kept for evaluation only.

    >>> load_offtopic()["topic"].unique().tolist()
    ['other']
    """
    frame = _read(data_dir(path), OFFTOPIC_HELDOUT_FILE if heldout else OFFTOPIC_FILE, comment="#")
    return frame.assign(topic="other")[["topic", "text"]]


def load_hand_written(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The hand-written training rows of the shipped topic model (``topic, text``): seed phrases of thin topics
    and off-topic chit-chat labelled "other"; NOT real appeals."""
    return pd.concat([load_seeds(path), load_offtopic(path)], ignore_index=True)


def load_topic_data(path: str | os.PathLike[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The built training data ``(spb, kursk)`` from ``data/topic`` (see ``data/topic/build.py``).

    ``spb`` has a ``split`` column (``train`` / ``test``), ``kursk`` a ``fold`` column (0..4); both
    are deduplicated and grouped so that no normalised text sits on both sides of a split.

    >>> spb, kursk = load_topic_data()
    >>> sorted(spb["split"].unique()), sorted(kursk["fold"].unique().tolist())
    (['test', 'train'], [0, 1, 2, 3, 4])
    """
    where = data_dir(path)
    spb = _read(where, Path("topic/spb.csv.gz"), dtype={"id": str}, keep_default_na=False)
    kursk = _read(where, Path("topic/kursk.csv.gz"), dtype={"id": str}, keep_default_na=False)
    return spb, kursk
