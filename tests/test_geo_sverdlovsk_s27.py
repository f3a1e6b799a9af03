"""Session 27, the walkthrough of Свердловская область (66).

(a) A yard's or an entrance's word before a house word after a town's name and a comma ("Асбест, двор дома Уральская
    65 — ...", "подъезд 2 дома 5") is an address's next part, as "ул." or "д." is: the yard's word kept a word-like
    town ("асбест") from heading the address.
(b) A town's name closing a text after a comma, in the caller's region ("Дерево накренилось над дорогой, Березовский"
    with 66): a surname-like word closing a text read as a signature only; not after a courtesy ("С уважением,
    Березовский"), nor a name the dictionary reads as a person's only ("..., Кириллов"), nor without a region.
(c) "в Е-бурге" (colloquial_names.csv, as Ёбург); a two-part hyphenated town's initial with the hyphen ("К-Уральский",
    "в П-Камчатском", "Г-Хрустальный"; not "К Уральскому хребту", "К. Уральский"); a town's «-овцы» demonym
    ("асбестовцы"), not where another town makes the form by the other rules ("боровцы" stay Боровск's, not Бор's).
(d) "В Кольцово нет воды" with region 66 is Новосибирская's Кольцово at 0.57: Свердловская's Кольцово is a part of
    Екатеринбург the gazetteer does not hold (docs/geo.md: a place picked among namesakes of other regions scores
    below 0.6): by design, pinned here.
(e) The second review of 7924df8: a «-овцы» plural is made of no name in «-ов», «-ев», «-ин», «-ын» ("ростововцы") nor
    of a person's name ("салаватовцы": a hockey club's fans), and counts only in the caller's region ("восходовцы",
    "асбестовцы" without a region: no town); a hyphenated town's initial before a second part the dictionary reads as
    a surname, only in the caller's region ("у собора А-Невского" in Петербург); a non-breaking hyphen
    ("К\u2011Уральский"); no town closing a text after a courtesy's clause ("Всего доброго, ...", "Ответьте,
    пожалуйста, ...") or a first name or a patronymic ("Иван Петрович, Березовский").
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

ASBEST, BEREZOVSKY, KAMENSK, EKB = "65730000", "65731000", "65740000", "65701000"

# (text, region, the best municipality's ОКТМО): each found on this tree, none on the session's start
FOUND = [
    # (a) a yard's or an entrance's word, then a house word
    ("Асбест, двор дома Уральская 65 — открытый люк без крышки", "66", ASBEST),
    ("Асбест, двор дома Уральская 65 — открытый люк без крышки", None, ASBEST),
    ("Асбест, подъезд 2 дома 5 — не работает лифт", "66", ASBEST),
    ("Находка, двор дома 12 — яма у подъезда", "25", "05714000"),
    ("Мирный, двор дома 5 — яма", "14", "98631000"),  # an adjective-like town: in a known region only
    # (b) a town closing the text after a comma, in the caller's region
    ("Дерево накренилось над дорогой, Березовский", "66", BEREZOVSKY),
    ("Дерево накренилось над дорогой, Берёзовский.", "66", BEREZOVSKY),
    ("Яма на дороге, Березовский", "42", "32710000"),  # Кемеровская's namesake for its caller
    # (c) a colloquial name, a hyphenated town's initial, a demonym
    ("в Е-бурге нет воды", "66", EKB),
    ("в Е-бурге нет воды", None, EKB),
    ("Е-бург, ул. Ленина 5", None, EKB),
    ("К-Уральский", "66", KAMENSK),
    ("в К-Уральском нет воды", None, KAMENSK),
    ("К-Уральский, ул. Ленина 5 — яма", "66", KAMENSK),
    ("в К-Шахтинском нет воды", None, "60719000"),  # Каменск-Шахтинский (Ростовская)
    ("в П-Камчатском нет света", "41", "30701000"),  # Петропавловск-Камчатский
    ("Г-Хрустальный, ул. Ленина 5, яма", "33", "17720000"),  # Гусь-Хрустальный
    ("асбестовцы жалуются на дороги", "66", ASBEST),
    ("асбестовцам обещали ремонт", "66", ASBEST),
]

# The second review's fix rows (e): each fails on 7924df8's tree, passes here
REVIEW_FOUND = [
    ("К\u2011Уральский", "66", KAMENSK),  # a non-breaking hyphen, as "Е\u2011бург"'s
    ("К\u2011Уральский", None, KAMENSK),
]
REVIEW_NOT_FOUND = [
    # «-овцы» of a name in -ов, -ев, -ин, -ын or of a person's name: none made; the others: the caller's region only
    ("салаватовцы победили вчера", None),
    ("салаватовцы победили вчера", "02"),
    ("восходовцы выиграли", None),
    ("прогрессовцы выиграли", None),
    ("коммунаровцы выиграли", None),
    ("пересветовцы выиграли", None),
    ("гагариновцы выиграли", None),
    ("хоровцы выступили", None),
    ("сириусовцы выступили", None),
    ("ростововцы выиграли", None),
    ("асбестовцы жалуются на дороги", None),
    ("асбестовцам обещали ремонт", None),
    # a hyphenated town's second part the dictionary reads as a surname: the caller's region's only
    ("у собора А-Невского мусор", "78"),
    ("лавра А-Невского", "78"),
    ("у собора А-Невского мусор", None),
    # a signature after a courtesy's clause, or after a first name or a patronymic
    ("С уважением и надеждой, Березовский", "66"),
    ("Всего доброго, Березовский", "66"),
    ("С наилучшими пожеланиями, Березовский", "66"),
    ("Искренне ваш, Березовский", "66"),
    ("Заранее благодарен, Березовский", "66"),
    ("Спасибо за помощь, Березовский", "66"),
    ("Ответьте, пожалуйста, Березовский", "66"),
    ("Сломан лифт. Иван Петрович, Березовский", "66"),
]
# Guards (pass on both trees)
GUARDS = [
    ("Яма на дороге, Березовский", "66", BEREZOVSKY),
    ("Дерево накренилось над дорогой, Березовский", "66", BEREZOVSKY),
    ("Спасибо. Дерево накренилось над дорогой, Березовский", "66", BEREZOVSKY),
    ("Яма на дороге, Мирный", "14", "98631000"),
    ("в А-Невском нет воды", "62", "61620000"),
    ("К-Уральский", None, KAMENSK),
    ("в П-Камчатском нет света", None, "30701000"),
    ("в Е\u2011бурге нет воды", None, EKB),
]

NOT_FOUND = [
    ("асбест в крыше школы", "66"),  # the material
    ("асбест в крыше школы", None),
    ("Асбест, шифер крошится", None),  # a clause after a comma: the caller's region's only (as before)
    ("березовый сок продают у дороги", "66"),
    ("Березовский сказал, что воды нет", "66"),
    ("Нет воды. С уважением, Березовский", "66"),  # a signature after a courtesy
    ("Яма на дороге, Березовский С.А.", "66"),  # initials: a person
    ("Яма на дороге, Березовский", None),  # no region: a surname as likely
    ("Яма на дороге, Кириллов", "35"),  # the dictionary's surname only: a signature
    ("к уральскому хребту", "66"),
    ("К Уральскому хребту поедем", None),  # no hyphen: the preposition
    ("К. Уральский, депутат", None),  # a person's initial
    ("торговцы на рынке", None),
    ("Мирный, двор дома 5 — яма", None),  # an adjective-like town of several regions, no region
]


@pytest.mark.parametrize(("text", "region", "oktmo"), FOUND)
def test_found(text: str, region: str | None, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == oktmo, best


@pytest.mark.parametrize(("text", "region"), NOT_FOUND)
def test_not_found(text: str, region: str | None) -> None:
    assert GeoResolver(region=region).resolve(text) == []


def test_a_form_another_town_makes_by_the_stronger_rules_stays_its() -> None:
    """(c) "боровцы" is Боровск's (боров-цы), not Бор's «-овцы»: the weaker rule makes no namesake of it."""
    places = GeoResolver().resolve("боровцы жалуются на дороги")
    assert [(p.name, p.region_code) for p in places] == [("Боровск", "40")]


def test_a_place_of_another_region_only_scores_below_the_bar() -> None:
    """(d) by design: Новосибирская's Кольцово, unsettled (docs/geo.md, "The caller's region")."""
    places = GeoResolver(region="66").resolve("В Кольцово нет воды второй день")
    assert [(p.name, p.region_code) for p in places] == [("Кольцово", "54")]
    assert places[0].score < 0.6


@pytest.mark.parametrize(("text", "region", "oktmo"), REVIEW_FOUND + GUARDS)
def test_review_found(text: str, region: str | None, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert best is not None and best.oktmo == oktmo, best


@pytest.mark.parametrize(("text", "region"), REVIEW_NOT_FOUND)
def test_review_not_found(text: str, region: str | None) -> None:
    assert GeoResolver(region=region).resolve(text) == []
