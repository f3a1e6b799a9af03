"""Session 40's walkthrough with region 61 (Ростовская область), the geo side: a word-like town's name opening the
text before a clause whose head is its predicate («Шахты, горит дом», «Шахты, не работает лифт», «Шахты, пахнет
газом», «Шахты, газом воняет», «Азов, запах газа»; with no comma too, a predicate and its own subject: «Шахты не
работает лифт»; ``report.clause``, ``report.predicate_clause``), a «!» after it as a full stop in the caller's region
(«Ростов! не работает лифт», ``context.TextContext.opens_report``), and a problem noun in any of its nominative forms
after a shorthand in capitals («РНД тротуары во льду», ``report.report_after``)."""

from __future__ import annotations

import pytest
from helpers import best_place

SHAKHTY, AZOV, ROSTOV = "60740000", "60704000", "60701000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шахты, пахнет газом в подъезде", SHAKHTY),
        ("Шахты, газом воняет на всю лестничную клетку!!! 5 подъезд", SHAKHTY),
        ("Азов, запах газа в подъезде", AZOV),
        ("Шахты, горит дом", SHAKHTY),
        ("Шахты, течет крыша", SHAKHTY),
        ("Шахты, не работает светофор", SHAKHTY),
        ("Шахты, не работает лифт", SHAKHTY),
        ("Азов, не работает лифт", AZOV),
        ("Ростов не работает лифт", ROSTOV),
        ("Шахты не работает лифт", SHAKHTY),
        ("Азов не работает лифт", AZOV),
        ("Ростов! не работает лифт", ROSTOV),
        # as before
        ("Шахты, нет отопления", SHAKHTY),
        ("Шахты, затопило подвал", SHAKHTY),
        ("Шахты, в подъезде пахнет газом", SHAKHTY),
        ("Шахты мусор не вывозят", SHAKHTY),
        ("Ростов. не работает лифт", ROSTOV),
    ],
)
def test_word_like_town_heading_a_clause_in_the_callers_region(text, expected):
    assert best_place(text, "61") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Шахты, течет крыша",  # a word-like name before a clause: the caller's region's only (docs/geo_rules.md)
        "Шахты, горит дом",
        "Шахты, пахнет газом в подъезде",
        "Азов, запах газа в подъезде",
        "Шахты не работает лифт",
        "Ростов не работает лифт",  # Ростов-на-Дону's local name, Ярославская's word-like Ростов
        "Ростов! не работает лифт",
        "в шахты спускаться страшно",
        "Асбест, валяется у дома",  # as before
        "Асбест, шифер крошится",
    ],
)
def test_no_region_keeps_word_like_names_words(text):
    assert best_place(text, None) is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Шахты не работают", "61"),  # the mines: the predicate agrees with the name itself, no subject of its own
        ("Шахты, горит дом", "66"),  # a caller of another region
        ("Асбест, валяется у дома", "66"),  # a predicate with no subject after it, as before
        ("Находка, автобусом ехать далеко", "25"),  # as before
        ("Находка, которую я сделал вчера, оказалась чужой", "25"),  # as before
        ("Мирный, тихий вечер в парке", "14"),  # as before
        ("Салават! вы молодец", "02"),  # spoken to
    ],
)
def test_guards(text, region):
    assert best_place(text, region) is None


@pytest.mark.parametrize("region", ["61", None])
@pytest.mark.parametrize(
    "text",
    [
        "РНД тротуары во льду",
        "РнД тротуары во льду",
        "рнд тротуары во льду",
        "Рнд тротуары во льду",
        "РНД, тротуары во льду",
        "РНД ямы во дворе",
    ],
)
def test_rnd_in_every_letter_case(text, region):
    assert best_place(text, region) == ROSTOV


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Результат РНД пришёл", None),  # an abbreviation, as before
        ("НСК страховая не платит", None),
        ("НСК страховая не платит", "54"),
        ("Сдал анализ КДР", "23"),
    ],
)
def test_shorthand_abbreviations_stay_abbreviations(text, region):
    assert best_place(text, region) is None


def test_predicate_clause_shapes():
    from mcu_nlp.geo.report import clause, predicate_clause

    assert predicate_clause(["шахты", "не", "работает", "лифт"], 1)
    assert predicate_clause(["шахты", "горит", "дом"], 1)
    assert predicate_clause(["шахты", "пахнет", "газом"], 1)
    assert not predicate_clause(["асбест", "валяется", "у", "дома"], 1)
    assert not predicate_clause(["шахты", "не", "работают"], 1)
    assert clause(["шахты", "газом", "воняет"], 1) and clause(["азов", "запах", "газа"], 1)
    assert not clause(["находка", "автобусом", "ехать", "далеко"], 1)
