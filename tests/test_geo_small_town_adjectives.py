"""Session 18: a small town that is a municipality of its own under its noun name has its adjective too ("буйские
пенсионеры", "канашские автобусы", "тейковские родители"; session 17 made them for districts and «... городской
округ» names only), where it is no region's, no other place's and no dictionary river's or land's; a big town's (50,000+
people) names too much far away ("Казанский собор", "якутский язык"). Demonyms of names in «ь» and «к» by rule:
"новосильцы" (Новосиль), "кувандычане" (Кувандык). A road's turn named after the town it leads to is no place
("Льговский поворот" in Курск), nor a church named after a town's icon ("Тихвинская церковь")."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality


def _best(text: str, region: str | None = None) -> str | None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    return best.name if best else None


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("буйские пенсионеры без автобуса", "Буй"),
        ("канашские автобусы старые", "Канаш"),
        ("тейковские родители просят садик", "Тейково"),  # beside Тейковский район's capital-only adjective
        ("щигровские дороги разбиты", "Щигры"),
        ("В касимовской больнице нет врача", "Касимов"),
        ("новосильцы ждут ремонт моста", "Новосильский район"),
        ("кувандычане, кто знает, когда дадут газ?", "Кувандыкский городской округ"),
    ],
)
def test_a_small_towns_adjective_or_demonym(text: str, municipality: str) -> None:
    assert _best(text) == municipality


@pytest.mark.parametrize(
    "text",
    [
        "Рядом остановка Льговский поворот, мусор",
        "в сторону льговского поворота не горят фонари",
        "Тихвинская церковь закрыта на ремонт",
        "якутские морозы",
        "ул. Буйская, 5 — яма",
        "Буйский Иван Петрович",
    ],
)
def test_no_town(text: str) -> None:
    assert _best(text) is None
