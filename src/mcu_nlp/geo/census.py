"""Which municipality a heading of census table 5 names (build time only).

Census 2021 (ВПН-2020) lists settlements under headings written in a dozen ways for the same kind of
municipality: ``Муниципальный район "Бабынинский район"``, ``Усть-Лабинский муниципальный район``,
``Городской округ г. Клинцы``, ``Городской округ - город Воронеж``, ``Городской округ город-курорт Сочи``,
``Зиминское районное муниципальное образование``. SberIndex writes the same municipalities its own way,
and some of them were merged or renamed after October 2021. So both sides are reduced to the same
keys by one rule (:func:`name_keys`: drop type words and quotes, hyphen as a space, ё as е), a heading
is looked up among *every* SberIndex version of its region, the version of the heading's kind wins
(the town Гусь-Хрустальный over the district of that name), and the code found is followed to the
municipality that holds it now (Арзамасский район 22603000 → Арзамас 22703000). A heading that
matches nothing, or several current municipalities, gives none rather than a guess.

Rows that total a unit's population (``Сельское поселение поселок Юбилейный - сельское население``)
are no places: :func:`is_aggregate`.
"""

from __future__ import annotations

import re
from collections import defaultdict

# The kind a heading names, first match wins: Иркутская область writes "…ское районное муниципальное
# образование" for a district and "…ское (городское) муниципальное образование - городское население - г. X"
# for a town; other regions name the kind itself.
KINDS = (
    (
        "городской округ",
        re.compile(
            r"городской округ|городское муниципальное образование|"
            r"муниципальное образование\s+-\s+городское население - г\."
        ),
    ),
    ("муниципальный район", re.compile(r"муниципальный район|районное муниципальное образование")),
    ("муниципальный округ", re.compile(r"муниципальный округ")),
)
HEADING = re.compile(r"городской округ|муниципальный (?:район|округ)|муниципальное образование|^город ", re.IGNORECASE)
AGGREGATE = re.compile(r"(?:^|\s-\s*)(?:городское|сельское) население$", re.IGNORECASE)
POPULATION_TAIL = re.compile(r"\s+-\s+(?:городское|сельское) население\b.*$", re.IGNORECASE)
TYPE_WORDS = re.compile(
    r"\b(?:городской округ|муниципальн(?:ый|ое|ые) (?:район|округ|образование)|районное|городское|"
    r"город курорт|город герой|города?|района|г\.|рабочий поселок|поселок городского типа|поселок|пгт|рп|"
    r"зато|район|национальный|имени|им\.|с подведомственной территорией|\w+ (?:области|края))(?=\s|$)"
)
# Adjectives agree with the type noun (Ангарское образование, Ангарский округ); Шелковской is Шелковский
ADJECTIVE_ENDING = re.compile(r"(?:ское|ская|ской|ского)\b")
MIN_TOWN_STEM = 4
TAIL_TOWN = re.compile(r"городское население - (?:г\.|пгт|поселок)\s+([^-]+?)(?:\s+рп)?$")


def is_aggregate(name: str) -> bool:
    """Whether a census row is a population total (of a поселение, a district), not a place.

    >>> is_aggregate("Сельское поселение поселок Бабынино - сельское население")
    True
    >>> is_aggregate("Городское население - пгт Воротынск"), is_aggregate("поселок Бабынино")
    (False, False)
    """
    return bool(AGGREGATE.search(name.strip()))


def is_heading(name: str) -> bool:
    """Whether a census row heads an upper-level municipality (not a поселение inside one).

    >>> is_heading("Усольское районное муниципальное образование")
    True
    >>> is_heading("Городское поселение Михайловское муниципальное образование")
    False
    """
    return bool(HEADING.search(name)) and "поселени" not in name.lower()


def heading_kind(heading: str) -> str:
    """The municipality kind a heading or SberIndex type names, or "" when it names none.

    >>> heading_kind('Муниципальный район "Бабынинский район" - сельское население')
    'муниципальный район'
    >>> heading_kind("Свирское муниципальное образование - городское население - г. Свирск")
    'городской округ'
    """
    low = heading.lower()
    return next((kind for kind, pattern in KINDS if pattern.search(low)), "")


def name_keys(name: str) -> set[str]:
    """The names a municipality heading (or a SberIndex name) carries, as comparable keys.

    >>> sorted(name_keys('Муниципальный район "Город Киров и Кировский район"'))
    ['киров', 'кировский']
    >>> sorted(name_keys("Городской округ - город Воронеж - городское население - г. Воронеж"))
    ['воронеж']
    >>> sorted(name_keys("Ангарское городское муниципальное образование"))
    ['ангарский']
    """
    low = POPULATION_TAIL.sub("", name.lower().replace("ё", "е"))
    low = " ".join(re.sub(r"[\"«»()]|-", " ", low).split())
    low = ADJECTIVE_ENDING.sub("ский", TYPE_WORDS.sub(" ", low))
    return {" ".join(part.split()) for part in low.split(" и ")} - {""}


def town_variants(heading: str, known: set[str]) -> set[str]:
    """Other ways to write a городской округ, among the ``known`` keys of its region: the town its
    heading ends with, and the names that share the stem of a heading name (town ↔ adjective).

    >>> sorted(town_variants("Псковский городской округ - городское население - г. Псков", set()))
    ['псков']
    >>> sorted(town_variants('Городской округ "Город Губаха"', {"губахинский", "гусь хрустальный"}))
    ['губахинский']
    >>> sorted(town_variants("Чебоксарский городской округ", {"чебоксары", "новочебоксарск"}))
    ['чебоксары']
    """
    keys = name_keys(heading)
    tail = TAIL_TOWN.search(heading)
    stems = {key[:-4] if key.endswith("ский") else key[:-1] for key in keys}
    shared = {k for k in known for stem in stems if len(stem) >= MIN_TOWN_STEM and k.startswith(stem)}
    return shared | (name_keys(tail.group(1)) if tail else set())


class HeadingIndex:
    """Census headings → current municipality codes, from every SberIndex version of each region.

    ``current`` maps any 8-digit code SberIndex ever used to the municipality holding it now
    (``Builder.old_to_new``); a code missing there (a territory that ended with no known heir) gives None.
    """

    def __init__(self, rows: list[dict[str, str]], current: dict[str, str]):
        self.current = current
        self.by_key: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        self.keys: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            region, code = row["region_code"].zfill(2), row["oktmo"].replace("-", "")[:8]
            # a federal city's territory is a муниципальный округ in the census (Балаклавский)
            kind = heading_kind(row["municipal_district_type"]) or heading_kind(row["municipal_district_name"])
            for name in (row["municipal_district_name_short"], row["municipal_district_name"]):
                for key in name_keys(name):
                    self.by_key[(region, key)].add((kind, code))
                    self.keys[region].add(key)

    def municipality(self, region: str, heading: str) -> str | None:
        """Current 8-digit code of the municipality a heading names, or None.

        A heading that names its kind matches only municipalities of that kind (SberIndex keeps the
        2021 versions, so a district that is an okrug now still matches as a district).

        >>> rows = [{"region_code": "40", "oktmo": "29-602-000-000", "municipal_district_type": "муниципальный район",
        ...          "municipal_district_name_short": "Бабынинский",
        ...          "municipal_district_name": "Бабынинский муниципальный район"}]
        >>> HeadingIndex(rows, {"29602000": "29602000"}).municipality("40", 'Муниципальный район "Бабынинский район"')
        '29602000'
        """
        kind, keys = heading_kind(heading), name_keys(heading)
        for candidates in (keys, town_variants(heading, self.keys[region])):  # as written first
            hits = {hit for key in candidates for hit in self.by_key.get((region, key), ())}
            codes = {self.current.get(code) for hit_kind, code in hits if hit_kind == kind or not kind}
            if codes:
                return codes.pop() if len(codes) == 1 else None
        return None
