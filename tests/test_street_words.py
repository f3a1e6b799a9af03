"""The street-type lists derived from mcu_nlp.street_words hold exactly the words of their first, literal forms
(sessions 23 and 24 moved them there without changing any output)."""

import pytest

from mcu_nlp import flat_numbers, home_address, lexicon_places, name_places, name_roles, name_streets, normalization
from mcu_nlp.geo import adjectives
from mcu_nlp.geo import lexicon as geo_lexicon
from mcu_nlp.street_words import ABBREVIATIONS, CASES, FORMS, street_words

#: Each derived list and its first, literal form's words.
FIRST_FORMS = {
    "name_places.STREETS": (
        name_places.STREETS,
        "ул улица улицы улице пр пр-т пр-кт просп проспект проспекта пер переулок переулка пл площадь "
        "площади наб набережная набережной б-р бульвар бульвара аллея аллеи проезд проезда сквер сквера",
    ),
    "lexicon_places.STREET_TYPES": (
        lexicon_places.STREET_TYPES,
        "улица ул проспект просп пр переулок пер шоссе бульвар бул набережная наб площадь пл проезд тупик аллея "
        "микрорайон мкр линия тракт улице улицы улицу",
    ),
    "flat_numbers.STREET_TYPES": (flat_numbers.STREET_TYPES, "ул пр пер наб пл просп ш б-р"),
    "geo.lexicon.STREET_AFTER": (
        geo_lexicon.STREET_AFTER,
        "улица улицы улице улицу улицей проспект проспекта проспекте проспектом переулок переулка переулке "
        "бульвар бульвара бульваре бульваром шоссе площадь площади площадью набережная набережной набережную "
        "проезд проезда проезде тупик тупика тупике аллея аллеи аллее аллею линия линии "
        "рынок рынка рынке сельсовет сельсовета сельсовете сельсовету",
    ),
    "name_streets.STREET_AFTER": (
        name_streets.STREET_AFTER,
        "ул улица улицы улице пр проспект проспекта проспекте пер переулок площадь площади наб набережная набережной "
        "бульвар шоссе линия линии дорога дороги район р-н",
    ),
    "name_streets.PLACE_AFTER": (
        name_streets.PLACE_AFTER,
        "район района районе р-н р-на ул улица улицы улице пр проспект проспекта проспекте пер переулок "
        "площадь площади наб набережная набережной бульвар шоссе мост моста остров острова лавра лавры "
        "сад сада парк парка сквер линия линии дорога дороги канал канала",
    ),
    "geo.lexicon.STREET_BEFORE": (
        geo_lexicon.STREET_BEFORE,
        "ул улица улицы улице улицу улицей пр т пркт проспект проспекта проспекте проспекту пер переулок "
        "переулка переулке бульвар бульвара бульваре ш шоссе пл площадь площади наб набережная "
        "набережной проезд проезда проезде туп тупик аллея аллеи линия линии им имени",
    ),
    "geo.adjectives.FAR_LEMMAS": (
        adjectives.FAR_LEMMAS,
        "ул улица пр пркт проспект пер переулок бульвар б-р ш шоссе пл площадь наб набережная проезд туп тупик "
        "аллея линия трасса тракт дорога магистраль коридор поворот развилка съезд переезд море флот залив побережье "
        "берег направление полк полка дивизия собор храм церковь монастырь часовня икона "
        "водохранилище лес станция автовокзал поезд рейс самолет "  # session 31: a big town's adjective before them
        "поле",  # session 68: a battlefield («Прохоровское поле»)
    ),
    "name_roles.ADDRESS_WORDS": (
        name_roles.ADDRESS_WORDS,
        "адрес улица ул проспект пр переулок пер площадь пл шоссе бульвар набережная наб проезд аллея линия дорога "
        "корпус квартира кв микрорайон",
    ),
    "name_places.PLACE_BEFORE": (
        name_places.PLACE_BEFORE - name_places.STREETS - name_places.MONUMENTS,
        "улицу улицей проспекту проспектом проспекте переулку переулком переулке площадью бульвару бульваром "
        "бульваре набережную ш шоссе аллее аллею аллеей проезду проездом проезде им имени м метро ст станция станции "
        "мост моста мосту мостом мосте скверу сквере скверик парк парка сад сада пос поселок посёлок поселка посёлка "
        "поселке посёлке г город жк храме храму храмом часовне часовню часовней церковью соборе собору собором "
        "маршала генерала адмирала академика героя святого св "
        "мечетью зиярате зиярату зияратом",  # session 33: a mosque or a зиярат is named after someone as a church is
    ),
    # the first pattern's «ул|улиц[аеуы]|пр|просп|проспект[аеу]?|пер|ш|шоссе|б-р|бульвар[аеу]?|наб|пл|площад[иья]»
    # (less «площадя», no word), and «пр-т», «пр-кт», which its STREET_TYPE matched there too
    "home_address.NUMBER_STREET_WORDS": (
        home_address.NUMBER_STREET_WORDS.split("|"),
        "ул улица улице улицу улицы пр просп проспект проспекта проспекте проспекту пер ш шоссе б-р бульвар бульвара "
        "бульваре бульвару наб пл площади площадь пр-т пр-кт",
    ),
}


@pytest.mark.parametrize("name", FIRST_FORMS)
def test_derived_list_unchanged(name):
    derived, first = FIRST_FORMS[name]
    assert set(derived) == set(first.split())
    assert len(derived) == len(first.split())  # no word twice in a tuple or a pattern


def test_place_before_holds_streets_and_monuments():
    assert name_places.STREETS | name_places.MONUMENTS <= name_places.PLACE_BEFORE


def test_normalization_abbreviations_unchanged():
    assert normalization.ABBREVIATIONS == {
        "д": "дом", "кв": "квартира", "ул": "улица", "пр": "проспект", "пр-т": "проспект", "корп": "корпус",
        "эт": "этаж", "пер": "переулок", "наб": "набережная", "р-н": "район", "мкр": "микрорайон", "пос": "поселок",
    }  # fmt: skip


def test_home_address_number_after_street_word():
    assert home_address.NAME_AFTER_NUMBER.match("ул. 8 Марта, 12")
    assert home_address.NAME_AFTER_NUMBER.match("переулке 2-я Советская")


def test_forms_table_is_whole():
    assert all(len(forms) == len(CASES) for forms in FORMS.values())
    assert set(ABBREVIATIONS) <= set(FORMS)


def test_street_words_selects_by_name():
    assert street_words(("площадь",), ("ins",)) == {"площадью"}
    assert street_words(("шоссе",), (), abbreviated=True) == {"ш"}
