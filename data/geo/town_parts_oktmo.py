"""Fill and check the ``oktmo`` column of town_parts.csv: the town's okrug in sberindex's municipal districts (a
городской округ whose centre is «г <town>», of the row's region, current), exactly one match or it fails.

Usage: python data/geo/town_parts_oktmo.py [SHARED_GEO_DIR]   (default: ../shared/geo beside the repository)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "geo"


FEDERAL_TERRITORY = "внутригородская территория города федерального значения "


def okrugs(path: Path) -> dict[tuple[str, str], list[str]]:
    """(town, region) -> codes: a городской округ by its centre «г <town>»; an internal territory of a federal city
    (a row's town may be one since session 31: «Хорошево-Мневники», «муниципальный округ Можайский») by its short
    name and by its official name without the kind of territory."""
    out: dict[tuple[str, str], list[str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["year_to"] != "9999":
                continue
            region, code = row["region_code"].zfill(2), row["oktmo"].replace("-", "")[:8]
            if row["municipal_district_type"].startswith("городской округ"):
                out.setdefault((row["municipal_district_center"].removeprefix("г "), region), []).append(code)
            elif row["municipal_district_name"].startswith(FEDERAL_TERRITORY):
                official = row["municipal_district_name"].removeprefix(FEDERAL_TERRITORY)
                for name in {row["municipal_district_name_short"], official}:
                    out.setdefault((name, region), []).append(code)
    return out


def main() -> None:
    table = okrugs(SHARED / "sberindex_t_dict_municipal_districts.csv")
    path = HERE / "town_parts.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        codes = table.get((row["town"], row["region_code"]), [])
        assert len(codes) == 1, (row["name"], row["town"], row["region_code"], codes)
        row["oktmo"] = codes[0]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows, {len({(r['town'], r['region_code']) for r in rows})} towns: oktmo filled and checked")


if __name__ == "__main__":
    main()
