"""The street-type lists derived from mcu_nlp.street_words hold exactly the words of their first, literal forms
(session 23 moved them there without changing any output)."""

from mcu_nlp import flat_numbers, lexicon_places, name_places, name_streets
from mcu_nlp.geo import lexicon as geo_lexicon
from mcu_nlp.street_words import ABBREVIATIONS, CASES, FORMS, street_words


def words(line: str) -> set[str]:
    return set(line.split())


def test_forms_table_is_whole():
    assert all(len(forms) == len(CASES) for forms in FORMS.values())
    assert set(ABBREVIATIONS) <= set(FORMS)


def test_name_places_streets_unchanged():
    first = words(
        "ул улица улицы улице пр пр-т пр-кт просп проспект проспекта пер переулок переулка пл площадь "
        "площади наб набережная набережной б-р бульвар бульвара аллея аллеи проезд проезда сквер сквера"
    )
    assert first == name_places.STREETS


def test_lexicon_places_street_types_unchanged():
    first = {
        "улица", "ул", "проспект", "просп", "пр", "переулок", "пер", "шоссе", "бульвар", "бул", "набережная", "наб",
        "площадь", "пл", "проезд", "тупик", "аллея", "микрорайон", "мкр", "линия", "тракт", "улице", "улицы", "улицу",
    }  # fmt: skip
    assert first == lexicon_places.STREET_TYPES


def test_flat_numbers_street_types_unchanged():
    assert set(flat_numbers.STREET_TYPES) == {"ул", "пр", "пер", "наб", "пл", "просп", "ш", "б-р"}
    assert len(flat_numbers.STREET_TYPES) == 8


def test_geo_street_after_unchanged():
    first = words(
        "улица улицы улице улицу улицей проспект проспекта проспекте проспектом переулок переулка переулке "
        "бульвар бульвара бульваре бульваром шоссе площадь площади площадью набережная набережной набережную "
        "проезд проезда проезде тупик тупика тупике аллея аллеи аллее аллею линия линии "
        "рынок рынка рынке сельсовет сельсовета сельсовете сельсовету"
    )
    assert first == geo_lexicon.STREET_AFTER


def test_name_streets_lists_unchanged():
    first = words(
        "ул улица улицы улице пр проспект проспекта проспекте пер переулок площадь площади наб набережная набережной "
        "бульвар шоссе линия линии дорога дороги район р-н"
    )
    assert first == name_streets.STREET_AFTER
    first = words(
        "район района районе р-н р-на ул улица улицы улице пр проспект проспекта проспекте пер переулок "
        "площадь площади наб набережная набережной бульвар шоссе мост моста остров острова лавра лавры "
        "сад сада парк парка сквер линия линии дорога дороги канал канала"
    )
    assert first == name_streets.PLACE_AFTER


def test_street_words_selects_by_name():
    assert street_words(("площадь",), ("ins",)) == {"площадью"}
    assert street_words(("шоссе",), (), abbreviated=True) == {"ш"}
