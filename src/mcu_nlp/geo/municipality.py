"""The municipality a text is about, chosen among the places found in it (see ``best_municipality``)."""

from __future__ import annotations

from collections.abc import Iterable

from mcu_nlp.records import Place

# Below this score a place was picked among same-named ones in other regions without region evidence.
CONFIDENT = 0.6
FEDERAL_CITIES = frozenset({"77", "78", "92"})
# The lowest score of a form that is no ordinary word, person's name or adjective (forms.LEVEL_SCORE: CAPITALISED).
UNAMBIGUOUS = 0.85
CENTRE_STEM = 4  # letters of a settlement's name its district's name must start with (Орёл → Орловский: too short)


def best_municipality(places: Iterable[Place]) -> Place | None:
    """The municipality a text is about: settlements count for their municipality; None if none.

    The municipality with most confident mentions wins (a place picked among same-named ones in
    other regions without region evidence is not confident), then with most mentions; on a tie a
    town that is its own municipality beats a district
    ("Приуральский р-н, г Лабытнанги" → Лабытнанги), then the earlier mention wins. With no district
    named, a settlement of a городской округ named otherwise or of the district named after it, whose name is
    no ordinary word or person's name, ranks with such a town ("из Балтийска в Калининград" → Балтийский
    городской округ; "Из Вольска до Саратова" → Вольский район, in one region only; not "В парке
    Дзержинского ... города Курска", nor "СПб, Пушкин", where Санкт-Петербург is no городской округ).
    A federal city (Москва, Санкт-Петербург, Севастополь) mentioned alone is returned as its
    region-level place.

    >>> from mcu_nlp.geo import GeoResolver
    >>> best_municipality(GeoResolver().resolve("Пуровский р-н, п. Ханымей")).oktmo
    '71940000'
    >>> best_municipality([]) is None
    True
    """
    votes: dict[str, list] = {}  # ОКТМО → [confident mentions, mentions, a town among them, -first offset, a
    # town of a городской округ named otherwise among them, named unambiguously, a town its district is named after]
    first: dict[str, Place] = {}
    fallback, district_named = None, False
    for p in places:
        if p.kind == "region":
            fallback = fallback or (p if p.region_code in FEDERAL_CITIES else None)
            continue
        if p.municipality_oktmo is None:
            continue
        as_mun = p if p.kind == "municipality" else _as_municipality(p)
        vote = votes.setdefault(as_mun.oktmo, [0, 0, False, -as_mun.start, False, False])
        vote[0] += p.score >= CONFIDENT
        vote[1] += 1
        # a town that is its own municipality ("г Лабытнанги") beats the district named around it
        district = p.kind == "municipality" and p.name.endswith(("район", "округ"))
        district_named = district_named or district
        vote[2] = vote[2] or (p.kind == "municipality" and not district)
        town = p.kind == "settlement" and (p.municipality or "").endswith("городской округ")
        vote[4] = vote[4] or (town and p.score >= UNAMBIGUOUS)
        vote[5] = vote[5] or (p.kind == "settlement" and p.score >= UNAMBIGUOUS and _centre(p))
        first.setdefault(as_mun.oktmo, as_mun)
    if not votes:
        return fallback
    # with no district named, such a town (Балтийск) ranks with a town that is its own municipality; so does a
    # district's town (Вольск) among places of one region ("в город Трубчевск ... наш Курск": a comparison)
    one_region = len({m.region_code for m in first.values()}) == 1
    return first[max(votes, key=lambda code: _rank(votes[code], district_named, one_region))]


def _centre(p: Place) -> bool:
    """A settlement its district is named after, as a district's town mostly is: Вольск of Вольский район.

    >>> _centre(Place("Вольск", "settlement", "", "Вольский район", "63611000", "", "64", 0, 6, 0.95))
    True
    """
    stem = p.name.lower().replace("ё", "е")[:-1]
    return len(stem) >= CENTRE_STEM and (p.municipality or "").lower().replace("ё", "е").startswith(stem)


def _rank(vote: list, district_named: bool, one_region: bool) -> tuple:
    return (vote[0], vote[1], vote[2] or ((vote[4] or (vote[5] and one_region)) and not district_named), vote[3])


def _as_municipality(p: Place) -> Place:
    return Place(
        name=p.municipality or "",
        kind="municipality",
        oktmo=p.municipality_oktmo or "",
        municipality=p.municipality,
        municipality_oktmo=p.municipality_oktmo,
        region=p.region,
        region_code=p.region_code,
        start=p.start,
        stop=p.stop,
        score=p.score,
    )
