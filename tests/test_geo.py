"""GeoResolver: tables of sentences per ЯНАО municipality and other regions, negatives, properties."""

from __future__ import annotations

import gzip
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcu_nlp import GeoResolver as LazyGeoResolver
from mcu_nlp.errors import InputError, ModelFileError, ResourceNotFoundError
from mcu_nlp.geo import GeoResolver, best_municipality
from mcu_nlp.geo.gazetteer import load_gazetteer

YNAO_MUNICIPALITIES = {
    "71933000": "Красноселькупский район",
    "71936000": "Надымский район",
    "71938000": "Приуральский район",
    "71940000": "Пуровский район",
    "71943000": "Тазовский район",
    "71946000": "Шурышкарский район",
    "71948000": "Ямальский район",
    "71951000": "Салехард",
    "71952000": "Губкинский",
    "71953000": "Лабытнанги",
    "71955000": "Муравленко",
    "71956000": "Новый Уренгой",
    "71958000": "Ноябрьск",
}

# (text, expected municipality ОКТМО, the mention that must be found)
YNAO_CASES = [
    ("В Салехарде третий день нет отопления", "71951000", "Салехарде"),
    ("салехардцы жалуются на дороги", "71951000", "салехардцы"),
    ("в Н.Уренгое снова нет воды", "71956000", "Н.Уренгое"),
    ("НУ, мкр. Дружба, не горят фонари", "71956000", "НУ"),
    ("Коротчаево: дорога к вокзалу в ямах", "71956000", "Коротчаево"),
    ("в Лимбяяхе нет света", "71956000", "Лимбяяхе"),
    ("ноябряне возмущены ценами на проезд", "71958000", "ноябряне"),
    ("г Ноябрьск ул Мира д 45 подвал затоплен", "71958000", "Ноябрьск"),
    ("В Муравленко отключили горячую воду", "71955000", "Муравленко"),
    ("В Губкинском сломан лифт", "71952000", "Губкинском"),
    ("п. Пурпе - дорога к школе не освещена", "71952000", "Пурпе"),
    ("629400, ЯНАО, г. Лабытнанги, ул. Клубная, д. 68", "71953000", "Лабытнанги"),
    ("на Харпе не чистят дороги", "71953000", "Харпе"),
    ("Приуральский р-н, г Лабытнанги, ул. Обская 3", "71953000", "Лабытнанги"),
    ("надымчане просят отремонтировать дорогу", "71936000", "надымчане"),
    ("пгт Пангоды - протекает кровля", "71936000", "Пангоды"),
    ("в Надымском районе перемело трассу", "71936000", "Надымском районе"),
    ("В Тарко-Сале нет горячей воды", "71940000", "Тарко-Сале"),
    ("в Пуровском районе замело дорогу", "71940000", "Пуровском районе"),
    ("пгт Уренгой - не вывозят мусор", "71940000", "Уренгой"),
    ("Пуровский район, с. Толька - школу не отремонтировали", "71940000", "Пуровский район"),
    ("пос.Тазовский - нет воды в домах", "71943000", "Тазовский"),
    ("с. Находка - не привезли продукты", "71943000", "Находка"),
    ("В Гыде закончилось топливо", "71943000", "Гыде"),
    ("В Красноселькупе нет горячей воды", "71933000", "Красноселькупе"),
    ("с. Толька Красноселькупского района - нет света", "71933000", "Красноселькупского района"),
    ("В Мужах затопило подвал", "71946000", "Мужах"),
    ("В Горках нет света второй день", "71946000", "Горках"),
    ("Овгорт: не работает котельная", "71946000", "Овгорт"),
    ("В Яр-Сале не чистят дороги", "71948000", "Яр-Сале"),
    ("в Новом Порту нет связи", "71948000", "Новом Порту"),
    ("п. Мыс Каменный - закрыта школа", "71948000", "Мыс Каменный"),
    ("В Аксарке нет горячей воды", "71938000", "Аксарке"),
    ("в Приуральском районе закрыли переправу", "71938000", "Приуральском районе"),
    ("В Салехрде опять отключили свет", "71951000", "Салехрде"),  # one-letter typo
    ("В Новом Уренгоее не чистят тротуары", "71956000", "Новом Уренгоее"),  # typo in a two-word name
    ("В НОЯБРЬСКЕ НЕТ СВЕТА", "71958000", "НОЯБРЬСКЕ"),
    ("в ноябрьске нет света", "71958000", "ноябрьске"),
    ("Таркосале дорога разбита", "71940000", "Таркосале"),
    ("Н/Уренгой, нет воды", "71956000", "Н/Уренгой"),
    ("в Аксаркe нет воды", "71938000", "Аксаркe"),  # a Latin "e" inside a Cyrillic word
    ("В Лабытнангах опять нет воды", "71953000", "Лабытнангах"),
    ("629830, Ямало-Ненецкий АО, г Губкинский, мкр 10-й, д 3", "71952000", "Губкинский"),
    ("Салехард-Лабытнанги: паром не ходит", "71951000", "Лабытнанги"),
    ("ЯНАО, Надымский р-он, п. Ягельный", "71936000", "Надымский р-он"),
    ("Новоуренгойская ЦГБ не принимает", "71956000", "Новоуренгойская"),  # adjective of a town
    ("в Надымской ЦРБ очередь", "71936000", "Надымской"),
]

OTHER_REGION_CASES = [
    ("в Курске нет воды", "38701000", "46"),
    ("Курская обл., Льговский р-н, д. Большие Угоны", "38622000", "46"),
    ("г. Тюмень, ул. Республики", "71701000", "72"),
    ("в Екатеринбурге пробки", "65701000", "66"),
    ("в Нижнем Новгороде", "22701000", "52"),
    ("Ростов-на-Дону, пр. Ленина", "60701000", "61"),
    ("Петропавловск-Камчатский", "30701000", "41"),
    ("в Сургуте сломан лифт", "71876000", "86"),
    ("Красноярский край, г. Норильск", "04729000", "24"),
    ("в Находке нет света", "05714000", "25"),
    ("из Орла", "54701000", "57"),
    ("г.Санкт-Петербург, Мебельная улица, дом 47", "40000000", "78"),
    ("в Москве", "45000000", "77"),
    ("обл Курская, р-н Льговский, д Большие Угоны", "38622000", "46"),  # FIAS order
    ("423800, РЕСПУБЛИКА ТАТАРСТАН, Г. НАБЕРЕЖНЫЕ ЧЕЛНЫ, УЛ. ЛЕНИНА 5", "92730000", "16"),
    ("Саратовская обл., г. Энгельс", "63650000", "64"),  # a town inside a district
    ("муниципальный округ Горелово, Школьная улица, дом 43", "40359000", "78"),
    ("муниципальный округ Рыбацкое, территория Усть-Славянка", "40381000", "78"),
    ("Тюменская обл., м.р-н Ишимский, с.п. Стрехнинское, с. Стрехнино", "71626000", "72"),  # FIAS 2022 style
    ("Одинцовский г.о., д. Жуковка", "46755000", "50"),  # the district, not the only Жуковка known
]

# Ordinary words that are also place names, and streets named after places: no place at all.
NO_PLACE = [
    "находка для шпиона",
    "толька бы не было хуже",
    "мирный атом",
    "горки во дворе залиты",
    "ул. Мира 5 течет крыша",
    "улица Ленина разбита",
    "пр. Ленинградский яма на дороге",
    "Ну и дела, опять нет воды",
    "УК не отвечает на звонки",
    "Новый год без света",
    "Мирный протест у администрации",
    "свет мигает третий день",
    "Ноябрьский снегопад парализовал город",
    "территория Усть-Славянка, Советский проспект",  # not Славянка (Приморский край)
    "",
]


@pytest.fixture(scope="session")
def ynao() -> GeoResolver:
    return GeoResolver(region="89")


@pytest.fixture(scope="session")
def anywhere() -> GeoResolver:
    return GeoResolver()


def test_lazy_top_level_export() -> None:
    assert LazyGeoResolver is GeoResolver


def test_gazetteer_has_the_13_current_ynao_municipalities() -> None:
    g = load_gazetteer()
    found = {
        g.oktmo[e]: g.name[e] for e in range(len(g.name)) if g.kind[e] == "municipality" and g.region_code[e] == "89"
    }
    assert found == YNAO_MUNICIPALITIES


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("71916000", "71936000"),  # Надымский district → okrug
        ("71928000", "71948000"),  # Ямальский
        ("71926000", "71946000"),  # Шурышкарский (2023)
        ("71918169", "71953000"),  # поселок Харп moved to Лабытнанги
        ("71920409", "71952000"),  # поселок Пурпе merged into Губкинский
        ("71913412", "71933000"),  # Толькинское поселение → Красноселькупский okrug
        ("71951000", "71951000"),  # unchanged
    ],
)
def test_old_ynao_codes_map_to_current(old: str, new: str) -> None:
    assert load_gazetteer().current_oktmo(old) == new


@pytest.mark.parametrize(
    ("name", "municipality_oktmo"),
    [("Харп", "71953000"), ("Пурпе", "71952000"), ("Коротчаево", "71956000"), ("Лимбяяха", "71956000")],
)
def test_reformed_settlements_belong_to_their_city(ynao: GeoResolver, name: str, municipality_oktmo: str) -> None:
    (place,) = ynao.resolve(f"пос. {name}")
    assert (place.name, place.kind, place.municipality_oktmo) == (name, "settlement", municipality_oktmo)


@pytest.mark.parametrize(("text", "oktmo", "mention"), YNAO_CASES)
def test_ynao_sentences(ynao: GeoResolver, text: str, oktmo: str, mention: str) -> None:
    places = ynao.resolve(text)
    assert mention in [text[p.start : p.stop] for p in places]
    best = best_municipality(places)
    assert best is not None and best.oktmo == oktmo and best.kind == "municipality"


def test_every_ynao_municipality_is_covered_by_the_table() -> None:
    assert {oktmo for _, oktmo, _ in YNAO_CASES} == set(YNAO_MUNICIPALITIES)


@pytest.mark.parametrize(("text", "oktmo", "region_code"), OTHER_REGION_CASES)
def test_other_regions(anywhere: GeoResolver, text: str, oktmo: str, region_code: str) -> None:
    best = best_municipality(anywhere.resolve(text))
    assert best is not None and (best.oktmo, best.region_code) == (oktmo, region_code)


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_false_places(ynao: GeoResolver, text: str) -> None:
    assert ynao.resolve(text) == []


# Combining marks inside a name: a stress mark, or "й"/"ё" typed as a letter plus a mark (NFD text from macOS/iOS).
MARKED = [
    ("в Сале\u0301харде нет света", "Сале\u0301харде", "Салехард"),
    ("в Новом Уренгои\u0306 нет света", "Новом Уренгои\u0306", "Новый Уренгой"),
    ("в Тазовском раи\u0306оне", "Тазовском раи\u0306оне", "Тазовский район"),
    ("И\u0306ошкар-Ола", "И\u0306ошкар-Ола", "Йошкар-Ола"),
    ("в Ме\u0308ртвом", "", ""),  # no place: a mark does not make a word a name
]


@pytest.mark.parametrize(("text", "mention", "name"), MARKED)
def test_combining_marks_stay_inside_a_name(anywhere: GeoResolver, text: str, mention: str, name: str) -> None:
    places = anywhere.resolve(text)
    assert [(text[p.start : p.stop], p.name) for p in places] == ([(mention, name)] if name else [])


# Word processors write the Unicode hyphen (U+2010) or the non-breaking one (U+2011) for "-".
UNICODE_HYPHENS = [
    ("в Тарко\u2011Сале нет света", "Тарко\u2011Сале", "Тарко-Сале"),
    ("г. Ростов\u2010на\u2010Дону", "Ростов\u2010на\u2010Дону", "Ростов-на-Дону"),
    ("территория Усть\u2011Славянка", "", ""),  # glued to "Усть": not Славянка (Приморский край)
]


@pytest.mark.parametrize(("text", "mention", "name"), UNICODE_HYPHENS)
def test_unicode_hyphens_join_a_name(anywhere: GeoResolver, text: str, mention: str, name: str) -> None:
    places = anywhere.resolve(text)
    assert [(text[p.start : p.stop], p.name) for p in places] == ([(mention, name)] if name else [])


@pytest.mark.parametrize(
    ("text", "region", "region_code"),
    [
        ("в Находке нет света", "25", "25"),
        ("в Находке нет света", "89", "89"),
        ("в Горках нет света", "89", "89"),
        ("в Горках нет света", "50", "50"),
    ],
)
def test_region_hint_breaks_ties(text: str, region: str, region_code: str) -> None:
    (place,) = GeoResolver(region=region).resolve(text)
    assert place.region_code == region_code


@pytest.mark.parametrize(
    ("region", "oktmo"),
    [(None, "40000000"), ("78", "40000000"), ("47", "41615000")],  # Петербург's district vs Ленобласть's
)
def test_petersburg_districts_are_parts_of_the_city(region: str | None, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve("Администрация Выборгского района"))
    assert best is not None and best.oktmo == oktmo


def test_place_record_fields(ynao: GeoResolver) -> None:
    (place,) = ynao.resolve("На Харпе нет воды")
    assert place.oktmo == "71953000052" and len(place.municipality_oktmo or "") == 8
    assert place.region == "Ямало-Ненецкий автономный округ" and place.region_code == "89"
    assert 0.0 < place.score <= 1.0


def test_batch_keeps_length_and_never_raises(ynao: GeoResolver) -> None:
    out = ynao.resolve_batch(["в Салехарде", None, 5, "", float("nan"), "в Надыме"])
    assert [bool(x) for x in out] == [True, False, False, False, False, True]


def test_resolve_rejects_non_text(ynao: GeoResolver) -> None:
    with pytest.raises(TypeError, match="expected a str"):
        ynao.resolve(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("region", "message"),
    [
        ("ЯНАО", "subject code such as '89'"),
        ("089", "subject code such as '89'"),
        ("99", "a known subject code, got '99'"),  # two digits, but no subject has them: was taken silently
        (0, "a known subject code, got '00'"),
    ],
)
def test_bad_region_hint_is_an_input_error(region: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        GeoResolver(region=region).resolve("в Салехарде")  # type: ignore[arg-type]


@pytest.mark.parametrize("region", ["89", " 89 ", 89, 89.0, None])
def test_region_hint_written_as_a_region_column_value(region: object) -> None:
    assert GeoResolver(region=region).resolve("в Салехарде")[0].oktmo == "71951000"  # type: ignore[arg-type]


def test_params_and_pickle_round_trip(ynao: GeoResolver) -> None:
    assert ynao.get_params() == {"region": "89", "gazetteer": None}
    copy = pickle.loads(pickle.dumps(ynao))
    assert copy.get_params() == ynao.get_params()
    assert copy.resolve("в Салехарде") == ynao.resolve("в Салехарде")
    assert GeoResolver().set_params(region="46").region == "46"


def test_best_municipality_prefers_the_town_over_the_district_around_it(anywhere: GeoResolver) -> None:
    best = best_municipality(anywhere.resolve("Приуральский р-н, г Лабытнанги"))
    assert best is not None and best.name == "Лабытнанги"


PLACE_WORDS = ["Салехард", "в Надыме", "г. Лабытнанги", "Тарко-Сале", "Н.Уренгой", "ЯНАО", "ул. Мира", "находка"]
FILLER = st.text(alphabet=st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁ .,-:;!?\n0123456789")))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(FILLER, st.sampled_from(PLACE_WORDS)), max_size=8))
def test_offsets_point_at_the_mention(parts: list[str]) -> None:
    text = " ".join(parts)
    places = GeoResolver(region="89").resolve(text)
    previous_stop = 0
    for p in places:
        mention = text[p.start : p.stop]
        assert mention and mention[0].isalnum() and mention[-1].isalnum()
        assert p.start >= previous_stop  # in text order, no overlaps
        previous_stop = p.stop


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    for p in GeoResolver().resolve(text):
        assert 0 <= p.start < p.stop <= len(text)


def test_gazetteer_file_must_hold_plain_data(tmp_path: Path) -> None:
    bad = tmp_path / "evil.pkl.gz"
    with gzip.open(bad, "wb") as handle:
        pickle.dump({"version": 2, "payload": InputError("not plain data")}, handle)
    with pytest.raises(ModelFileError, match="plain data"):
        load_gazetteer(str(bad))
    with pytest.raises(ResourceNotFoundError, match=r"python -m mcu_nlp\.geo\.build"):
        load_gazetteer(str(tmp_path / "missing.pkl.gz"))


# An abbreviation that is not a word is a place in any letter case; one that is a word needs its capitals.
ABBREVIATIONS = [
    ("629400, янао, г. лабытнанги", ["Ямало-Ненецкий автономный округ", "Лабытнанги"]),
    ("в центре спб опять пробки", ["Санкт-Петербург"]),
    ("ВЕСЬ ХМАО БЕЗ СВЕТА", ["Ханты-Мансийский автономный округ — Югра"]),
    ("НУ, Тундровый мкр", ["Новый Уренгой"]),
    ("ну и дела", []),
    ("чао, до встречи", []),
]


@pytest.mark.parametrize(("text", "names"), ABBREVIATIONS)
def test_abbreviations_that_are_no_words_ignore_letter_case(anywhere: GeoResolver, text: str, names: list) -> None:
    assert [p.name for p in anywhere.resolve(text)] == names


# A dictionary word one letter away from a place name is no typo of it.
NOT_TYPOS = [
    ("Домой тащим песок, как будто в Сахаре", None),  # not Самаре
    ("В Ноябре отключали свет", "89"),  # not "ноябрец" (a demonym of Ноябрьск)
    ("В Ноябре отключали свет", None),
    ("Мусор в Канаве", None),  # not Канаше
    ("В Салехрде нет света", "89"),  # a typo: not a word
]


@pytest.mark.parametrize(("text", "region"), NOT_TYPOS)
def test_a_dictionary_word_is_no_typo(text: str, region: str | None) -> None:
    names = [p.name for p in GeoResolver(region=region).resolve(text)]
    assert names == (["Салехард"] if "Салехрде" in text else [])


# Letter case says nothing in a text written all in lower case or in capitals: context decides.
CASELESS = [
    ("в н.уренгое снова перебои с водой", "89", "71956000"),  # not Уренгой (Пуровский)
    ("в новом уренгоее не чистят тротуары", "89", "71956000"),
    ("ангальский мыс - почему не вывозят мусор?", "89", "71951000"),
    ("в салехрде опять отключили свет", "89", "71951000"),
    ("в горках нет света второй день", "89", "71946000"),
    ("на горках катаются дети", "89", None),
    ("\N{POUTING FACE} ТОЛЬКА БЫ НЕ БЫЛО ХУЖЕ!!!", "89", None),
    ("\N{POUTING FACE} НАХОДКА ДЛЯ ШПИОНА!!!", "89", None),
    ("\N{POUTING FACE} ГОРКИ ВО ДВОРЕ ЗАЛИТЫ!!!", "89", None),
    ("\N{POUTING FACE} Горки во дворе залиты", "89", None),  # an emoji does not hide the sentence start
    ("\N{POUTING FACE} МУЖИ: НЕТ ОТОПЛЕНИЯ В ШКОЛЕ!!!", "89", "71946000"),
    ("С МИРНЫМ НАСЕЛЕНИЕМ", None, None),
    ("труба вся мокрая, с нее капает", None, None),  # "с" is a preposition here, not "село"
    ("провода из свободного доступа", None, None),  # no big-town guess (Свободный) for a lower-case word
    ("Не работают КЛЮЧИ от домофона", None, None),  # a word in capitals is no name (Ключи)
    ("НУ И ДЕЛА", None, None),
    ("629400, ЯНАО, Г ЛАБЫТНАНГИ, УЛ. КЛУБНАЯ", None, "71953000"),
    ("ОБЛ КУРСКАЯ, Р-Н ЛЬГОВСКИЙ, Д БОЛЬШИЕ УГОНЫ", None, "38622000"),
]


@pytest.mark.parametrize(("text", "region", "oktmo"), CASELESS)
def test_caseless_texts(text: str, region: str | None, oktmo: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert (best.oktmo if best else None) == oktmo


@pytest.mark.parametrize(("text", "oktmo", "mention"), [c for c in YNAO_CASES if not c[0].startswith("НУ")])
def test_ynao_sentences_in_lower_case_and_capitals(ynao: GeoResolver, text: str, oktmo: str, mention: str) -> None:
    for variant in (text.lower(), f"\N{POUTING FACE} {text.upper()}!!!"):
        best = best_municipality(ynao.resolve(variant))
        assert best is not None and best.oktmo == oktmo, variant


# A name as a heading: followed by a colon or a spaced dash, or the whole text.
HEADINGS = [
    ("Губкинский — спасибо", "71952000"),
    ("Губкинский - спасибо за дороги", "71952000"),
    ("Мужи", "71946000"),
    ("мужи!", "71946000"),
    ("Горки: нет света", "71946000"),
    ("Снег не убирали ни разу. Горки", None),  # a word at the end is no heading
    ("Горки, качели и песочница сломаны", None),
]


@pytest.mark.parametrize(("text", "oktmo"), HEADINGS)
def test_a_name_as_a_heading(ynao: GeoResolver, text: str, oktmo: str | None) -> None:
    best = best_municipality(ynao.resolve(text))
    assert (best.oktmo if best else None) == oktmo


# A one-letter typo (incl. a swap of two letters) in a first word that heads the text, as after "в" or "г.".
HEADING_TYPOS = [
    ("Салехрад", "71951000"),
    ("Ноябрськ", "71958000"),
    ("салехрад: нет света", "71951000"),
    ("Ноябрськ - нет света", "71958000"),
    ("Салехрад, ул. Мира, д. 5", "71951000"),
    ("Здравствуйте, нет света", None),
]


@pytest.mark.parametrize("region", ["89", None])
@pytest.mark.parametrize(("text", "oktmo"), HEADING_TYPOS)
def test_a_typo_in_a_heading(text: str, oktmo: str | None, region: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert (best.oktmo if best else None) == oktmo


# A name after "мкр" is a part of a town: ambiguous, it counts only in the caller's region or one named in the text.
TOWN_PARTS = [
    ("Новый Уренгой, мкр Советский, д. 5", "89", ["Новый Уренгой"]),  # not Советский (ХМАО)
    ("Новый Уренгой, мкр Советский, д. 5", None, ["Новый Уренгой"]),
    ("Салехард, мкр. Удачный, во дворе не убран снег", "89", ["Салехард"]),  # not Удачный (Якутия)
    ("Н. Уренгой мкр. Дружба д. 3", "89", ["Новый Уренгой"]),  # not Дружба (Подмосковье)
    ("ЯНАО, г. Новый Уренгой, мкр Мирный, д. 5", None, ["Ямало-Ненецкий автономный округ", "Новый Уренгой"]),
    ("Ноябрьск, мкр. Вынгапуровский", None, ["Ноябрьск", "Вынгапуровский"]),
    ("мкр. Вынгапуровский - не ходит автобус", "89", ["Вынгапуровский"]),
    ("мкр. Коротчаево", None, ["Коротчаево"]),  # a name that is no ordinary word
]


@pytest.mark.parametrize(("text", "region", "names"), TOWN_PARTS)
def test_names_after_microdistrict_need_a_known_region(text: str, region: str | None, names: list) -> None:
    assert [p.name for p in GeoResolver(region=region).resolve(text)] == names


# Славянка of Петербург (a part of посёлок Шушары, in no source) next to the town of Приморский край.
@pytest.mark.parametrize(
    ("text", "region", "oktmo"),
    [
        ("Оторвался знак остановки в Славянке", "78", "40901000"),  # Шушары
        ("Санкт-Петербург, в Славянке не убран снег", None, "40901000"),  # the text names its region
        ("в Славянке нет света", "25", "05548000"),  # Хасанский муниципальный округ
    ],
)
def test_slavyanka_of_petersburg(text: str, region: str | None, oktmo: str) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text))
    assert best is not None and best.oktmo == oktmo


def test_a_word_longer_than_any_place_name_is_no_typo_and_is_not_cached() -> None:
    # a 1 MB one-letter "word" heading a text made the typo search quadratic (CI hung in test_properties)
    from mcu_nlp.geo.typos import _one_typo_keys, one_typo_keys

    before = _one_typo_keys.cache_info().currsize
    assert one_typo_keys("а" * 100_000, load_gazetteer(), None) == frozenset()
    assert _one_typo_keys.cache_info().currsize == before
    assert one_typo_keys("салехрад", load_gazetteer(), None)  # a real typo still finds Салехард


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("в Надыме улица не чищена", ["Надым"]),  # a noun in the locative after "в" is the place: was []
        ("в Салехарде улицы в снегу", ["Салехард"]),
        ("в Новом Уренгое улица Мира", ["Новый Уренгой"]),  # "Уренгое" ends like an adjective, reads as a noun
        ("на Ленинском проспекте яма", []),  # an adjective before a street word still names the street
        ("на Смоленском мосту не горят фонари", []),  # an adjective among the readings: the bridge, not Смоленск
        ("Мебельная улица", []),
    ],
)
def test_a_street_word_after_a_place_in_the_locative(text: str, names: list[str]) -> None:
    assert [p.name for p in GeoResolver(region="89").resolve(text)] == names
