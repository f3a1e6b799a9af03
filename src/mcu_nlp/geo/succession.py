"""Which current municipality an old ОКТМО code now belongs to, read from SberIndex's version history.

SberIndex keeps one row per (territory, version); ``territory_id`` survives a change of code or type and
changes when the boundary changes. Two rules, applied in order to every code no current row carries:

1. **Same territory**: the code's territory is still current under another code (Надымский район
   71916000 → Надымский муниципальный округ 71936000).
2. **Absorbed**: the territory ended in year Y and another municipality of the region got a new
   territory in Y — the one that took its land. Among those the successor is the one with the same
   administrative centre (Ржев 28745000 → Ржевский 28548000, both "г Ржев"), else the one whose
   centre is nearest (Ивантеевка 46732000 → Пушкинский 46758000), if it is near enough to border it.

A territory that ended with no new one in its region that year maps to nothing rather than a guess.
"""

from __future__ import annotations

import math
from collections import defaultdict

# Merged municipalities border their successor; the farthest centre among the real cases is ~36 km
# (пгт Краснобродский → г Прокопьевск). Beyond this the nearest new territory is no evidence.
MAX_CENTRE_KM = 60.0
CURRENT = "9999"


def code8(dashed: str) -> str:
    """SberIndex's ``NN-NNN-NNN-000`` as the 8-digit municipality code.

    >>> code8("28-745-000-000")
    '28745000'
    """
    return dashed.replace("-", "")[:8]


def centre_km(a: dict[str, str], b: dict[str, str]) -> float:
    """Distance between two rows' centre coordinates in km (equirectangular), or inf when one has none.

    >>> round(centre_km({"municipal_district_center_lat": "56.0", "municipal_district_center_lon": "38.0"},
    ...                 {"municipal_district_center_lat": "56.1", "municipal_district_center_lon": "38.0"}))
    11
    """
    try:
        lat1, lon1, lat2, lon2 = (float(r[f"municipal_district_center_{c}"]) for r in (a, b) for c in ("lat", "lon"))
    except ValueError:
        return math.inf
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(lat2 - lat1, dx)


def successors(rows: list[dict[str, str]]) -> dict[str, str]:
    """Old 8-digit code → current 8-digit code, for codes that no current row carries (rules above)."""
    current = [r for r in rows if r["year_to"] == CURRENT]
    carried = {code8(r["oktmo"]) for r in current}
    by_territory = {r["territory_id"]: code8(r["oktmo"]) for r in current}
    history: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        history[row["territory_id"]].append(row)
    mapping: dict[str, str] = {}
    for row in rows:  # rule 1, first row of a code wins (the file is in version order)
        old = code8(row["oktmo"])
        if old not in carried and old not in mapping and row["territory_id"] in by_territory:
            mapping[old] = by_territory[row["territory_id"]]
    for territory, versions in history.items():  # rule 2
        if territory in by_territory:
            continue
        last = max(versions, key=lambda r: int(r["year_to"]))
        heir = absorbing_municipality(last, current, history)
        for row in versions:
            old = code8(row["oktmo"])
            if heir and old not in carried:
                mapping.setdefault(old, heir)
    return mapping


def absorbing_municipality(last: dict[str, str], current: list[dict[str, str]], history: dict) -> str | None:
    """The current municipality that took over the territory whose final version is ``last``, or None."""
    ended = int(last["year_to"])
    new = [
        r
        for r in current
        if r["region_code"] == last["region_code"]
        and min(int(v["year_from"]) for v in history[r["territory_id"]]) == ended
    ]
    same_centre = [
        r
        for r in new
        if last["municipal_district_center"] and r["municipal_district_center"] == last["municipal_district_center"]
    ]
    if len(same_centre) == 1:
        return code8(same_centre[0]["oktmo"])
    near = sorted((centre_km(last, r), code8(r["oktmo"])) for r in new)
    return near[0][1] if near and near[0][0] <= MAX_CENTRE_KM else None
