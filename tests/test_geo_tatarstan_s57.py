"""Session 57, a Республика Татарстан (region 16) walkthrough: «Челны» heading a report (D4), the locative of a plural
name in -и on a soft stem («в Балтасях», D5), the Tatar names Чаллы, Казан, Альмэт, Тубэн Кама (A3) and «НЧ» heading a
report (A4). Each row: (caller's region, text, the best municipality's ОКТМО or None)."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.declension import case_forms

KAZAN = "92701000"
CHELNY = "92730000"
NIZHNEKAMSK = "92644000"
ALMETYEVSK = "92608000"
BALTASI = "92615000"
IBRESI = "97513000"  # Ибресинский муниципальный округ of Чувашия
ZALARI = "25608000"  # Заларинский район of Иркутская область

# D4: ice on the ground is a problem noun as «лед» is (``lexicon.PROBLEM_NOUNS``), and a colon after a street's name
# written with no street word heads the report as a comma does (``letter_case.named_part_heads``)
CHELNY_HEADING = [
    ("16", "Челны, Тукая: гололед", CHELNY),
    ("16", "Челны гололед на тротуаре", CHELNY),
    ("16", "ЧЕЛНЫ гололед", CHELNY),
    ("16", "Челны, гололед", CHELNY),
    ("16", "Челны 52 комплекс нет воды", CHELNY),
    # what worked already
    ("16", "Челны, ул. Тукая 5: гололед", CHELNY),
    ("16", "в Челнах яма", CHELNY),
    ("16", "Казань, Тукая: гололед", KAZAN),
    # without a region: a street's name before a colon, or a text of capitals, is no heading (as before)
    (None, "Челны, Тукая: гололед", None),
    (None, "ЧЕЛНЫ гололед", None),
    # ... but a problem noun right after the name heads a report as «яма» did ("Челны яма на дороге")
    (None, "Челны гололед на тротуаре", CHELNY),
    (None, "Челны яма на дороге", CHELNY),
    # the boats («челны», the plural of «челн»)
    (None, "Челны рыбаков стояли у берега", None),
    ("16", "Челны рыбаков стояли у берега", None),
    (None, "Лодки и челны стояли у берега, гололед на причале", None),
    ("16", "челны рыбаков стояли у берега", None),
    # «Тукая» before a colon and no report
    ("16", "Челны, Тукая: красиво", None),
]

# D5: a plural name in -и on a soft stem declines as a soft noun (``declension._plural_endings``): «в Балтасях»,
# «в Ибресях», «в Заларях», with no region too
PLURAL_LOCATIVES = [
    (None, "в Балтасях интернет плохой", BALTASI),
    ("16", "в Балтасях интернет плохой", BALTASI),
    (None, "Балтаси, интернет плохой", BALTASI),
    (None, "в Ибресях нет воды", IBRESI),
    (None, "в Заларях нет света", ZALARI),
]

# A3: the Tatar names. Чаллы, Яр Чаллы, Альмэт, Тубэн Кама are no words (data/geo/colloquial_names.csv, `other
# language`: any caller); Казан is also a cooking pot, so a local short name of 16, capitalised, its nominative only
# (``lexicon.COMMON_NOUN_SHORT_NAMES``); «в Казане» stays the typo's it was, for any caller
TATAR_NAMES = [
    ("16", "в Чаллы гололед", CHELNY),
    (None, "Чаллы, гололед на Мира", CHELNY),
    (None, "Яр Чаллы, нет воды", CHELNY),
    (None, "в Альмэте яма", ALMETYEVSK),
    ("16", "в Тубэн Каме нет воды", NIZHNEKAMSK),
    ("16", "Казан, нет воды", KAZAN),
    ("16", "Казан: гололед", KAZAN),
    ("16", "КАЗАН, НЕТ ВОДЫ", KAZAN),
    ("16", "Казан, ул. Баумана 5", KAZAN),
    (None, "в Казане нет воды", KAZAN),
    ("16", "в Казане нет воды", KAZAN),
    # Казан for a caller of 16 only
    (None, "Казан, нет воды", None),
    ("02", "Казан, нет воды", None),
    # the pot
    ("16", "казан, нет воды", None),
    ("16", "Купила казан для плова", None),
    ("16", "Казан чугунный продам", None),
    ("16", "плов в казане", None),
    (None, "плов в казане", None),
    ("16", "рядом с рестораном Казан мангал", None),
]

# A4: «НЧ» of two capitals heading a report or an address, for a caller of 16 only
# (``colloquial.short_abbreviation_heads``)
NCH = [
    ("16", "НЧ, гололед на Мира", CHELNY),
    ("16", "НЧ 52 комплекс нет воды", CHELNY),
    ("16", "НЧ: нет воды", CHELNY),
    ("16", "НЧ ГОЛОЛЕД", CHELNY),
    ("16", "в НЧ нет воды", CHELNY),
    (None, "в НЧ нет воды", CHELNY),
    (None, "НЧ, гололед на Мира", None),
    (None, "НЧ 52 комплекс нет воды", None),
    ("02", "НЧ, гололед на Мира", None),
    ("16", "НЧ фильтр не работает", None),  # low frequency
    ("16", "нч, гололед", None),
    ("16", "Усилитель, НЧ, нет звука", None),
]


@pytest.mark.parametrize(("region", "text", "want"), CHELNY_HEADING + PLURAL_LOCATIVES + TATAR_NAMES + NCH)
def test_tatarstan_walkthrough(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want


@pytest.mark.parametrize(
    ("name", "form", "kept"),
    [
        ("Балтаси", "балтасях", True),
        ("Балтаси", "балтасах", True),  # the hard form is written too (review s57)
        ("Ибреси", "ибресями", True),
        ("Лабытнанги", "лабытнангах", True),  # a hard stem keeps its -ах
        ("Мужи", "мужах", True),
    ],
)
def test_plural_name_locative(name: str, form: str, kept: bool) -> None:
    assert (form in case_forms(name)) is kept


def test_chelny_in_analyze_with_the_region() -> None:
    import mcu_nlp

    place = mcu_nlp.analyze("Челны, Тукая: гололед", region="16").municipality
    assert place is not None and place.oktmo == CHELNY
