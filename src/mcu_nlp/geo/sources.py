"""Readers for the raw reference files in ``data/geo`` (build time only).

Each reader returns plain dicts with cleaned codes; the quirks listed in ``data/geo/SOURCES.md``
(dashed or zero-stripped ОКТМО, thousands separators, stray suffixes) are fixed here, once.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Iterator
from pathlib import Path

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.geo import census
from mcu_nlp.geo.tokens import normalize_word

SETTLEMENT_ROW = re.compile(
    r"(?:^|- |поселение )(г\.|пгт\.?|рп|кп|дп|село|с\.|дачный поселок|поселок|посёлок|п\.?|деревня|д\.|станица|аул|"
    r"хутор|слобода|улус|населенный пункт|населённый пункт|железнодорожная станция|станция)"
    r"\s+([А-ЯЁ](?:(?! - )[^,()])*?)(?:\s+(рп|кп|дп|гп))?$"
)
# The census writes a few types two ways: "пгт. Шахтерск" is "пгт Шахтерск" (an urban-type settlement)
SAME_TYPE = {"пгт.": "пгт"}
MUNICIPALITY_ROW = re.compile(r"городской округ|муниципальный район|муниципальный округ", re.IGNORECASE)
CITY_DISTRICT_ROW = re.compile(r"^([А-ЯЁ][а-яё]+) район$")
INCLUDES = re.compile(r"включающая (.+)$")
INCLUDED_PLACE = re.compile(r"\b(?:п|д|с|пгт)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s[А-ЯЁ][а-яё]+)?)")
# SberIndex's centre column: "с Баган", "рп (пгт) Магдагачи", "п ж/д ст Высокая Гора", "c Яр-Сале" (a Latin "c"),
# "ж/д ст Шентала", "г. Суоярви", "с им Бабушкина" (session 25: a name «имени» someone, ``IMENI``, begins in lower case)
CENTRE = re.compile(
    r"^(?:(?:г\.?|пгт|рп|кп|дп|п|с|c|д|ст|ст-ца|аул|х|сл|нп|у|п ж/д ст|ж/д ст|\(пгт\))\s+)*"
    r"((?:(?:им\.?|имени)\s+)?[А-ЯЁ].*)$"
)
IMENI = re.compile(r"^(?:им\.?|имени)\s+")
OKTMO_SETTLEMENT_NAME = re.compile(r"^(город|поселок|село|деревня|станица|аул|хутор|рабочий поселок) (.+)$")
# Session 30: a поселение named by its centre alone, a bare noun ("47605405 Териберка", "Верхний Баксан", "Ура-Губа"):
# every word capitalised, letters and hyphens only; not one with a word of a поселение's kind ("Наслег Анамы",
# "Ленинский сельсовет" is in lower case anyway) nor a neuter adjective ("Салманское", "Дальнее": the поселение's own
# name, «сельское поселение»); the other adjectives are left to the builder (``settlements.add_settlements``)
OKTMO_BARE_NAME = re.compile(r"^[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*(?: [А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*)*$")
POSELENIE_WORDS = frozenset({"наслег", "сельсовет", "поссовет", "волость", "сомон", "сумон", "кожуун", "поселение"})
NEUTER_ENDINGS = ("ое", "ее")
BARE = "поселение"  # the kind ``oktmo2019_settlements`` gives a bare name: its поселение's centre, not a typed place


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read a UTF-8 CSV (optionally gzipped) into a list of dicts."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def digits(value: str, width: int) -> str:
    """Zero-pad a fixed-width code that lost its leading zeros (or was written as a float).

    Not for ОКТМО codes, whose width tells their level: see ``oktmo``.

    >>> digits("1703000001", 11), digits("79-701-000-000", 8), digits("", 8)
    ('01703000001', '79701000', '')
    """
    clean = re.sub(r"\D", "", value.split(".")[0])
    if not clean:
        return ""
    if "-" in value:
        return clean[:width]
    return clean.zfill(width) if len(clean) < width else clean


def oktmo(value: str) -> str:
    """An ОКТМО code as the source writes it, or "" when it has no ОКТМО shape (8 or 11 digits).

    Never padded: an 8-digit code is a municipality (Палласовка's поселение ``18645101``), not a
    settlement code that lost three leading zeros (``00018645101`` is no ОКТМО at all).

    >>> oktmo("18645101"), oktmo("04630102001"), oktmo("4630102"), oktmo("")
    ('18645101', '04630102001', '', '')
    """
    clean = re.sub(r"\D", "", value)
    return clean if len(clean) in (8, 11) else ""


def hflabs_town(row: dict[str, str]) -> str:
    """The town a hflabs (DaData) row describes: its most specific level, whichever column holds it.

    DaData files a town that centres a Московская область округ as the ``area`` itself (Сергиев Посад),
    and a town inside a city's округ as a ``settlement`` of that city (Алупка of Ялта).

    >>> hflabs_town({"area_type": "г", "area": "Сергиев Посад", "city": "", "settlement": ""})
    'Сергиев Посад'
    >>> hflabs_town({"area_type": "", "area": "", "city": "Ялта", "settlement": "Алупка"})
    'Алупка'
    >>> hflabs_town({"area_type": "р-н", "area": "Урус-Мартановский", "city": "", "settlement": ""})
    ''
    """
    return row["settlement"] or row["city"] or (row["area"] if row["area_type"] == "г" else "")


def region_of_oktmo(code: str, prefixes: dict[str, str]) -> str:
    """The subject code whose ОКТМО prefix (``regions.csv``) is the longest one ``code`` starts with, or "".

    >>> region_of_oktmo("71956000001", {"71": "72", "718": "86", "719": "89"})
    '89'
    """
    matches = [prefix for prefix in prefixes if code.startswith(prefix)]
    return prefixes[max(matches, key=len)] if matches else ""


def population(value: str) -> int:
    """Parse a census number with comma thousands separators (``"47,983"`` → 47983)."""
    clean = value.replace(",", "").replace(" ", "").split(".")[0]
    return int(clean) if clean.isdigit() else 0


def census_rows(path: Path, region_names: dict[str, str]) -> Iterator[dict[str, object]]:
    """Walk census table 5 and yield settlements with population, region and parent heading.

    ``region_names`` maps a lower-case region heading prefix to its subject code.
    """
    region, parent = "", ""
    for row in read_csv(path):
        name = row["Объект"].strip()
        low = name.lower().replace("ё", "е")
        code = next((c for prefix, c in region_names.items() if low.startswith(prefix)), None)
        if code is not None and not MUNICIPALITY_ROW.search(name):
            region, parent = code, ""
            continue
        if census.is_heading(name):
            parent = name
        elif region in {"77", "78"} and CITY_DISTRICT_ROW.match(name.split(" - ")[0]):
            parent = ""  # Петербург lists its settlements by district, after the territories' totals
        match = SETTLEMENT_ROW.search(name)
        if match and region and not census.is_aggregate(name):
            yield {
                "name": match.group(2).strip(),
                "type": SAME_TYPE.get(match.group(1), match.group(1)),
                "region_code": region,
                "parent": parent,
                "population": population(row["Мужчины и женщины"]),
                "status": match.group(3) or "",  # "пгт Знаменка рп": a рабочий посёлок (session 71)
            }


def city_districts(path: Path, region_names: dict[str, str]) -> Iterator[tuple[str, str, int]]:
    """Administrative districts of federal cities in census table 5: ("Выборгский", "78", 533808)."""
    region = ""
    for row in read_csv(path):
        name = row["Объект"].strip()
        low = name.lower().replace("ё", "е")
        code = next((c for prefix, c in region_names.items() if low.startswith(prefix)), None)
        if code is not None and not MUNICIPALITY_ROW.search(name):
            region = code
        match = CITY_DISTRICT_ROW.match(name)
        if match and region in {"77", "78", "92"}:
            yield match.group(1), region, population(row["Мужчины и женщины"])


def oktmo2019_settlements(rows: list[dict[str, str]]) -> Iterator[tuple[str, str, str]]:
    """Settlement names hidden in 2019 ОКТМО поселения (``rows`` of its file): ("Харп", "поселок", "71918169"); a
    поселение named by a bare noun is its centre's name, of kind ``BARE`` ("Териберка", "поселение", "47605405";
    ``bare_name``)."""
    for row in rows:
        name = row["name"].strip().rstrip("/").strip()
        code = row["oktmo8"]
        match = OKTMO_SETTLEMENT_NAME.match(name)
        if match and code[5:] != "000":
            yield match.group(2).strip(), match.group(1), code
        elif code[5:] != "000" and bare_name(name):
            yield name, BARE, code
        included = INCLUDES.search(name)
        if included:
            for place in INCLUDED_PLACE.findall(included.group(1)):
                yield place.strip(), "", code


def bare_name(name: str) -> bool:
    """An ОКТМО 2019 поселение's name that is a place's name alone, with no kind nor a neuter adjective («сельское
    поселение»'s own name): its centre's (session 30).

    >>> [bare_name(n) for n in ("Териберка", "Верхний Баксан", "Ура-Губа", "Салманское", "Дальнее")]
    [True, True, True, False, False]
    >>> [bare_name(n) for n in ("Наслег Анамы", "Ленинский сельсовет", "Манадышское-2", "Сельские поселения Х")]
    [False, False, False, False]
    """
    words = normalize_word(name).split()
    return (
        bool(OKTMO_BARE_NAME.match(name))
        and not POSELENIE_WORDS & set(words)
        and not words[-1].split("-")[-1].endswith(NEUTER_ENDINGS)
    )


def municipality_centres(rows: list[dict[str, str]]) -> Iterator[tuple[str, str]]:
    """The centre of each current municipality, without its type word: ("Баган", "50603000").

    >>> list(municipality_centres([{"year_to": "9999", "municipal_district_center": "рп (пгт) Магдагачи",
    ...                             "oktmo": "10-633-000-000"}]))
    [('Магдагачи', '10633000')]

    A name «им» someone is written out, as the place is called ("село имени Бабушкина"):

    >>> list(municipality_centres([{"year_to": "9999", "municipal_district_center": "с им Бабушкина",
    ...                             "oktmo": "19-508-000-000"}]))
    [('имени Бабушкина', '19508000')]
    """
    for row in rows:
        match = CENTRE.match(row["municipal_district_center"].strip())
        if row["year_to"] == "9999" and match:
            yield IMENI.sub("имени ", match.group(1).strip()), digits(row["oktmo"], 8)


def check_codes(table: dict[str, list]) -> None:
    """Refuse to ship a code of the wrong shape for its kind or outside its region's ОКТМО prefix."""
    widths = {"region": 8, "municipality": 8, "settlement": 11}
    for name, kind, code, region in zip(table["name"], table["kind"], table["oktmo"], table["region"]):
        prefix = table["oktmo"][region][:2] if region >= 0 else ""
        if code and not (code.isdigit() and len(code) == widths[kind] and code[:2] == prefix):
            raise InputError(
                expected(
                    f"an {widths[kind]}-digit ОКТМО starting with {prefix!r} for {kind} {name}",
                    Shown(repr(code)),
                    "fix its source row or leave the code empty",
                )
            )
