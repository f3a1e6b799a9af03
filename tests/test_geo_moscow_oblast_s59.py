"""Session 59, walkthrough 58's defects of Московская область (region 50): an ordinary word in lower case after a
settlement's type written out (D1), a городской округ called by a former district's name or its town's adjective with a
district's noun (D2), former towns, now parts of a городской округ's town (D3). Each row: the caller's region, the
text, the best municipality's ОКТМО or None."""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

DOMODEDOVO = "46709000"  # the village Ям
KOLOMNA = "46738000"  # the village Пески
ISTRA = "46733000"  # the посёлок Снегири
PODOLSK = "46760000"
BALASHIKHA = "46704000"
KOROLYOV = "46734000"
KHIMKI = "46783000"
KRASNOGORSK = "46744000"
KASHIRA = "46735000"
SAYANOGORSK = "95708000"  # пгт Черёмушки of Хакасия
UST_ILIMSKY = "25642000"  # пгт Железнодорожный of Иркутская область
MALOYAROSLAVETSKY = "29623000"  # Юбилейный of Калужская область
MYTISHCHI = "46746000"
STUPINO = "46776000"
CHEKHOV = "46784000"
VOSKRESENSK = "46710000"
VOSKRESENSKY_64 = "63612000"  # Воскресенский район of Саратовская область
USOLSKY_38 = "25640000"  # Усольский район of Иркутская область
BEREZNIKI = "57708000"

# D1: in a text that uses letter case, a lower-case ordinary word after «в посёлке», «в деревне», «в городе» is no
# village; after «город» no village at all; where case says nothing, «в городе» + a small place of another region is
# none for a caller of a region
TYPE_WORD_NOUNS = [
    ("50", "В посёлке яма на дороге, машины бьют колёса", None),
    (None, "В посёлке яма на дороге, машины бьют колёса", None),
    ("50", "В деревне яма на дороге", None),
    ("50", "В селе яма", None),
    ("50", "В городе яма", None),
    ("50", "В микрорайоне яма", None),
    ("50", "В городском округе яма", None),
    ("50", "Жители деревни жалуются: в деревне яма у остановки", None),
    ("50", "На дороге в деревне пески и грязь", None),
    ("50", "В посёлке снегири прилетели", None),
    ("50", "В посёлке горки на детской площадке сломаны", None),
    ("50", "В деревне развилка без знака", None),
    ("50", "В посёлке лесной пожар рядом", None),
    ("50", "в городе черёмушки цветут", None),
    ("50", "в городе яма", None),
    # negative controls: no place before, none now
    ("50", "Во дворе яма", None),
    ("50", "В поселке огромная яма", None),
    ("50", "В посёлке ямы", None),
    # the names themselves: capitalised, after an abbreviated type, or in a text with no case evidence
    ("50", "В посёлке Пески нет света", KOLOMNA),
    ("50", "В деревне Пески яма", KOLOMNA),
    ("50", "д. пески, яма", KOLOMNA),
    ("50", "в деревне пески", KOLOMNA),
    ("50", "В посёлке Снегири нет света", ISTRA),
    ("50", "В посёлке Ям нет света", DOMODEDOVO),
    ("50", "в посёлке яма на дороге", DOMODEDOVO),
    ("19", "в городе черёмушки цветут", SAYANOGORSK),  # the caller's own пгт
    ("50", "в городе казань нет воды", "92701000"),  # a big town of another region stays
    ("50", "В городе Черёмушки нет воды", SAYANOGORSK),  # capitalised: the name
    # a surname's form in lower case is no ordinary word: a name written carelessly (SPb benchmark text)
    ("78", "По адресу город пушкин, кадетский бульвар 22А, мусор не вывезли", "40397000"),
    ("89", "По адресу город пушкин, кадетский бульвар 22А, мусор не вывезли", "40397000"),
]

# D2: «X городской округ» spelled out as «X г.о.» is; a district ОКТМО 2019 still lists under a stale code, named by
# its town's adjective (Ступинский, Чеховский); a former district's name another region's district holds, in the
# caller's region only (Воскресенский: Саратовская's with no region)
OKRUG_NAMES = [
    ("50", "Мытищинский городской округ, не вывозят мусор", MYTISHCHI),
    (None, "Мытищинский городской округ, не вывозят мусор", MYTISHCHI),
    ("50", "в Мытищинском городском округе нет воды", MYTISHCHI),
    ("50", "Балашихинский городской округ, не вывозят мусор", BALASHIKHA),
    ("50", "Мытищинский г.о., не вывозят мусор", MYTISHCHI),  # as before
    ("50", "Мытищинский городской парк закрыт", None),
    ("50", "Ступинский городской округ, яма на дороге", STUPINO),
    (None, "Ступинский район, не вывозят мусор", STUPINO),
    ("50", "в Чеховском районе нет воды", CHEKHOV),
    ("50", "Чеховские рассказы прочитал", None),
    ("50", "Воскресенский район, не вывозят мусор", VOSKRESENSK),
    ("50", "в Воскресенском р-не нет воды", VOSKRESENSK),
    (None, "Московская область, Воскресенский район, мусор", VOSKRESENSK),
    ("64", "Воскресенский район, не вывозят мусор", VOSKRESENSKY_64),
    ("59", "Усольский район, нет воды", BEREZNIKI),
    (None, "Усольский район, нет воды", USOLSKY_38),
    ("38", "Усольский район, нет воды", USOLSKY_38),
]

# D3: former towns, now parts of a городской округ's town (data/geo/town_parts.csv); an adjective's or a word's form
# counts for a caller of 50 only, capitalised
FORMER_TOWNS = [
    ("50", "В Железнодорожном не вывозят мусор", BALASHIKHA),
    ("50", "мкр. Железнодорожный, яма", BALASHIKHA),
    ("50", "г. Железнодорожный", BALASHIKHA),
    ("50", "В Климовске не горят фонари", PODOLSK),
    ("50", "г. Климовск", PODOLSK),
    (None, "В Климовске не горят фонари", PODOLSK),
    ("50", "Юбилейный: не вывозят мусор", KOROLYOV),
    ("50", "г. Юбилейный", KOROLYOV),
    ("50", "В Сходне яма на дороге", KHIMKI),
    ("50", "Опалиха: яма у станции", KRASNOGORSK),
    ("50", "В Ожерелье нет воды", KASHIRA),
    # another region's namesake stays for a caller of none or of its region
    (None, "г. Железнодорожный", UST_ILIMSKY),
    ("38", "г. Железнодорожный", UST_ILIMSKY),
    (None, "г. Юбилейный", MALOYAROSLAVETSKY),
    # the words
    ("50", "Железнодорожный транспорт работает плохо", None),
    ("50", "Купила ожерелье в магазине", None),
    ("50", "На сходне скользко, упал", None),
]


@pytest.fixture(scope="module")
def resolvers() -> dict:
    return {}


@pytest.mark.parametrize(("region", "text", "want"), TYPE_WORD_NOUNS + OKRUG_NAMES + FORMER_TOWNS)
def test_moscow_oblast_walkthrough(resolvers: dict, region: str | None, text: str, want: str | None) -> None:
    geo = resolvers.setdefault(region, GeoResolver(region=region))
    best = best_municipality(geo.resolve(text), text)
    assert (best.municipality_oktmo if best else None) == want, best
