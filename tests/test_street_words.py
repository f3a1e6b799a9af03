"""The street-type lists derived from mcu_nlp.street_words hold exactly the words of their first, literal forms
(session 23 moved them there without changing any output)."""

from mcu_nlp import flat_numbers, home_address, lexicon_places, name_places, name_roles, name_streets, normalization
from mcu_nlp.geo import adjectives
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


def test_geo_street_before_unchanged():
    first = words(
        "ул улица улицы улице улицу улицей пр т пркт проспект проспекта проспекте проспекту пер переулок "
        "переулка переулке бульвар бульвара бульваре ш шоссе пл площадь площади наб набережная "
        "набережной проезд проезда проезде туп тупик аллея аллеи линия линии им имени"
    )
    assert first == geo_lexicon.STREET_BEFORE


def test_geo_far_lemmas_unchanged():
    first = words(
        "ул улица пр пркт проспект пер переулок бульвар б-р ш шоссе пл площадь наб набережная проезд туп тупик "
        "аллея линия трасса тракт дорога магистраль коридор поворот развилка съезд переезд море флот залив побережье "
        "берег направление полк полка дивизия собор храм церковь монастырь часовня икона"
    )
    assert first == adjectives.FAR_LEMMAS


def test_name_roles_address_words_unchanged():
    first = words(
        "адрес улица ул проспект пр переулок пер площадь пл шоссе бульвар набережная наб проезд аллея линия дорога "
        "корпус квартира кв микрорайон"
    )
    assert first == name_roles.ADDRESS_WORDS


def test_name_places_place_before_unchanged():
    first = (
        name_places.STREETS
        | name_places.MONUMENTS
        | words(
            "улицу улицей проспекту проспектом проспекте переулку переулком переулке площадью бульвару бульваром бульваре "
            "набережную ш шоссе аллее аллею аллеей проезду проездом проезде им имени м метро ст станция станции мост моста "
            "мосту мостом мосте скверу сквере скверик парк парка сад сада пос поселок посёлок поселка посёлка поселке "
            "посёлке г город жк храме храму храмом часовне часовню часовней церковью соборе собору собором "
            "маршала генерала адмирала академика героя святого св"
        )
    )
    assert first == name_places.PLACE_BEFORE


def test_normalization_abbreviations_unchanged():
    assert normalization.ABBREVIATIONS == {
        "д": "дом", "кв": "квартира", "ул": "улица", "пр": "проспект", "пр-т": "проспект", "корп": "корпус",
        "эт": "этаж", "пер": "переулок", "наб": "набережная", "р-н": "район", "мкр": "микрорайон", "пос": "поселок",
    }  # fmt: skip


def test_home_address_number_street_words_unchanged():
    # the first pattern's «ул|улиц[аеуы]|пр|просп|проспект[аеу]?|пер|ш|шоссе|б-р|бульвар[аеу]?|наб|пл|площад[иья]»
    # (less «площадя», no word), and «пр-т», «пр-кт», which its STREET_TYPE matched there too
    first = words(
        "ул улица улице улицу улицы пр просп проспект проспекта проспекте проспекту пер ш шоссе б-р бульвар бульвара "
        "бульваре бульвару наб пл площади площадь пр-т пр-кт"
    )
    assert set(home_address.NUMBER_STREET_WORDS.split("|")) == first
    assert home_address.NAME_AFTER_NUMBER.match("ул. 8 Марта, 12")
    assert home_address.NAME_AFTER_NUMBER.match("переулке 2-я Советская")
