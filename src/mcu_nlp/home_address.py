"""Where a person lives, as :mod:`mcu_nlp.redaction` masks it: a flat number, and an address said to be a home.

The rule: an address names a household, and so a person, in two cases; any other address is the place of a public
problem («яма у дома 5 по ул. Ленина», «в доме 12 нет воды»), which geo-resolution, the topic model and an operator
need, and it stays.

- A flat number («кв. 12», «квартира 40», «кв.7», «из 12 кв.») names one household of a building: the
  number is masked, ``кв. [FLAT]``, the word stays (it says the problem is inside a flat). A number after «квартира»
  that measures («в квартире 12 градусов», «в квартире 3 дня нет воды») or counts the noun after it in the form it
  takes («в квартире 3 двери», «2 ребенка», «5 человек прописано») is no flat number and stays. Before a floor's word
  and its number («кв. 42 этаж 5», «квартира 42, этажа 5») the number is the flat's: the floor's follows its word
  (:mod:`mcu_nlp.flat_numbers`).
- An address the text gives as where someone lives («живу по адресу ул. Ленина, д. 5», «проживаю на ул. Мира 3»,
  «прописан в доме 7 по ул. Садовой», «мой адрес: ...», «адрес регистрации ...», «адрес для ответа: ...»; an applicant's
  in a form's requisites, «Заявитель: Иванов И.И., адрес: ...», «адрес заявителя: ...») is masked from its street to its
  last number, ``[ADDRESS]``, also a street named with no street word after «по адресу», «мой адрес», «проживаю»,
  «проживаем» (the first person: «проживают жильцы 5 квартир» names who lives there) or a colon («мой адрес Ленина
  10-25», «проживаю Ленина 5», «проживаю: Курск, Мира 3-45»), whatever its case right after them («Мой адрес ленина 5»,
  «ПРОЖИВАЮ СОВЕТСКАЯ 5-12»), if its word reads as a street's name, a name in the genitive, an adjective or «мира», and
  its number counts no noun after it: «проживаю здесь 10 лет», «проживаю семьей 5 человек», «по адресу человек 5» stay.
  The case rule still applies elsewhere: a street with no street word after «на», «по», the floor, a flat's number or a
  town and a comma is one only capitalised (or in a text, from the home phrase on, all in lower case: «живу на лесной
  4», «живу в курске, ленина 5»); «Живу на лесной 4» stays. A town, a region or a postal code at either end stays («живу
  в Тюмени» is no household), and so do the prepositions before it and before a town after it («живу на [ADDRESS] в
  Лысьве»). A street's name the reader stops in, after a number that opens it («ул. 2-я Советская, д. 7», «ул. 8 Марта,
  12-34», «ул. 40 лет Победы»), or with a street type it lacks («пр-т Ленина 5», «на 3-й линии д. 5»), is read on to the
  house number, and a town's name it reads in the genitive right before a house number is a street's («по адресу
  Куйбышева 21»); so is a street named by adjectives before its type («мой адрес Тверь, Волоколамский пр-т 35», «живу на
  Волоколамском пр-те 35», «Тверская ул., д. 5»); the floor one lives on or the entrance may come first («живем на 8
  этаже Маршала Говорова 16», «живу в 4ой парадной по Пулковской улице д.2»), and stays. A flat's, an entrance's or a
  floor's word is no street's name, misspelt or capitalised too («подьезд», «1 Подьезд»): «Живу на 5 этаже Квартира 12»,
  «живу в квартире 12» hold a flat number, no address («Квартира [FLAT]»), and «живу в Курске, 1 подьезд», «..., 5
  улиц», «..., 3 улицы» a count; a street after such a word and its number is the home's («Живу на 5 этаже, Квартира
  [FLAT], [ADDRESS]»). A St Petersburg line, which the reader does not read, is read with its number to its house («живу
  в Курске, 4 линия, дом 5», «4-я линия В.О., д. 5», «живу на 9 линии ВО 12»), unless that number counts a noun («живу
  на 2 линии 4 подъезд»), and so is a street named by a date or an event's years with no street word («живу в Курске, 8
  Марта 5», «ЖИВУ ПО АДРЕСУ 8 МАРТА 5», «50 лет Октября 4», «26 Бакинских Комиссаров 7»; a date with a year or a time
  after it is none: «живу в Курске, 8 Марта 2024 г. прорвало», «8 Марта 24 г.», «8 Марта 12 ч», unless right after
  «по адресу», «мой адрес»; a dash is no time: «8 Марта 18-30» is a house and its flat; nor «лет» before a word that
  names no event: «проживаю 25 лет Москве 5»; «40 лет Великой Победы 3», «60 лет Образования СССР 3» are streets). A
  town of several words or hyphenated is a town there too
  («живу в Санкт-Петербурге, Ленина 5», «в Нижнем Новгороде, ...», «в Санкт Петербурге, ...», «в Красном Селе, ...»:
  the geo gazetteer's forms; in capitals, or in lower case in a text in lower case), and «по адресу» after a town
  names the address as right after the home phrase («живу в г. Курске по адресу Шевченко 21»), and so do a comma or
  «по адресу» after how long one has lived in the town (session 29: «живу в Курске 5 лет, Ленина 5», «уже 10 лет»,
  «лет 5», «пять лет», «1,5 года», «полгода», «всю жизнь», «давно», «с детства», «с 2010 года», «с 2010-го года», «с
  2015г.», «2010 года»; «г» after a year is «года», no town's type), and a street right after the duration with no
  comma («живу в Курске с 2010 г. Ленина 5 яма», «... 5 лет на ул. Ленина 5»); after a comma and a preposition it
  opens a new clause, the problem's place («Проживаю в Самаре 10 лет, на улице Куйбышева 12 яма»), and a semicolon
  or a full stop closes the clause: a street after it is a home only as the clause whole (session 30: «живу в Курске 5
  лет; Ленина 5.»; «...; Ленина 5 яма» stays). Right after the home phrase a duration is
  read past to a preposition, a street's or a house's word or «по адресу» («проживаю с 2010 г. на Ленина 5-12»,
  «живу 5 лет по адресу Ленина 5-12»; «проживаю 25 лет Москве 5» stays), and after a comma, a semicolon, a colon or a
  spaced dash an address that is its clause whole is the home («живу 5 лет, Ленина 5», «живу 5 лет: Ленина 5»,
  «живу 5 лет; Ленина 5,»; «живу 5 лет, Ленина 5 яма», «...; Ленина 5, яма» stay:
  :func:`_closing_home`). «— это» and a
  building's word that names no home after the house number, maybe after «наш», «моя», say what the building is, no
  home («живу в Курске, Ленина 5 — это поликлиника», «— это наша школа», NO_HOME_BUILDINGS); not with a flat's
  number («Ленина 5-12 — это поликлиника») nor before any other word («— это многоквартирный дом», «— это пятиэтажка»,
  «— это же мой дом», «— это ТСЖ», «— это адрес», «— это общежитие»); a name the dictionary
  reads only as a place in an oblique case before a house number is a street's («по адресу Неру 5»). People or
  animals before a number are no street («живу в кв. 12, Соседи 5 квартиры шумят», «Собаки 5 квартиры лают»: the
  neighbours' flat number is a flat's, «Соседи [FLAT] квартиры»). A list of flats that runs past a street's address
  is masked with it («живу по адресу [ADDRESS] течет» for «ул. Ленина 5, кв. 5, 7 и 12»). An address without a number
  stays: a street names no household («живу на ул. Ленина»; in «живу в Тюмени, ул. Ленина разбита» it is the
  problem's place). Nor is where an animal lives a home («Собака живет на ул. Ленина 5», «Крысы живут в подвале дома
  12»: strays, pests, a barking dog are the problem, and there is its place); its flat number is still masked.
  Whose home it is does not matter: a third person's is a household's too («Бабушка ... живет одна на Ленина
  150/24», session 29: up to two words of how one lives may stand before the street, HOW_ONE_LIVES). A person said
  to be from a street and a house, «с» after a neighbour's or resident's word in the singular, maybe with a name,
  or after «я», «мы», maybe past a word of where or who else («сосед сверху», «я тоже»), gives that person's home too
  («Сосед Кузьменко с Малиновского 60 держит собак», «я с Королева 10 кв 143»:
  :func:`mcu_nlp.home_phrases._from_homes`); not «автобус с Малиновского 60 не ходит», «соседи с Ленина 5», kin alone
  («мама с Мира 3»), a route's start («я с Ленина 5 до Мира 3 шла»); a noun after the house number counts it only in
  the form the number puts it in («у соседки с Ленина 5 собака лает»: the next clause's subject, session 30;
  :func:`mcu_nlp.address_words._counted`). Weaker phrases give a home with a flat's number only (OTHER_HOME, session
  30: «ее адрес Ленина 150 кв 24», «у нас на Комарова 28 кв 15»; «у нас на Комарова 28 яма», «магазин, его адрес
  Ленина 5» are an object's place, and after an organisation or a building, «Аптека, её адрес Ленина 150/2», an
  address is its: :func:`mcu_nlp.home_phrases._owner_organisation`), and «мой дом», «моя квартира» before a dash
  or a colon as «мой адрес» does («мой дом - Королева 10/2», «мой дом - это Королева 10/2»; not «наш дом»); the writer
  as a resident, «как житель», «я жительница», with a flat's number as «её адрес» (session 71: «Обращаюсь как житель:
  ст. Брюховецкая, ул. Ленина 22-4»). A building's part after a home's house number is the home's («Окружное шоссе
  27 к 3», «лит А», «корп. 3 кв. 5»: :func:`_with_building`, session 30), and so is a plot in a garden partnership
  after a home phrase or «дача» («Живу в СНТ Энергетик, участок 145»: GARDEN, session 30).

Both read the address as the urgency model does (:func:`mcu_nlp.urgency.address.address_spans`: street words, names
after them, numbers, towns, the measures that are no house numbers), one parser for the library. That reading
lemmatises the text, so it runs only on a text with a flat word before a number or a home phrase (one SPb appeal in
about 25).

This module reads the address and holds :func:`home_spans`, the entry point. The phrases that say an address is a
home, or is none (HOME, OTHER_HOME, GARDEN, a person «с» a street, how long one has lived there, an organisation that
owns the address), are in :mod:`mcu_nlp.home_phrases`; what single words of an address read as (a flat's, an
entrance's or a floor's word, a noun a number counts, a street's name, a date's) in :mod:`mcu_nlp.address_words`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from mcu_nlp.address_words import (
    DAY_PARTS,
    ENTRANCE_STEM,
    FLAT_STEM,
    FLOOR_STEM,
    MONTHS,
    NOUN_AFTER,
    STREET_NOUNS,
    _adjective,
    _counts_a_noun,
    _date_name,
    _flat_reads,
    _genitive_name,
    _nominative_noun,
    _oblique_only,
    _part_word,
    _people_named,
)
from mcu_nlp.flat_numbers import (
    FLAT,
    LATIN_FLAT_HINT,
    MEASURE,
    MEASURED,
    NUMBER_FIRST,
    RANGE_LIST,
    SHOP_VERBS,
    animate_word,
    before_floor,
    counts_a_noun,
    latin_flats,
    list_end,
    number_first_spans,
    quarter,
    range_list,
    year_number,
)
from mcu_nlp.home_phrases import (
    ADDRESS_AFTER_TOWN,
    BUILDING_NAMED,
    CLAUSE_CLOSE,
    CLAUSE_MARK,
    CLAUSE_PLACE,
    DURATION,
    DURATION_GAP,
    FLAT_IN,
    FLAT_WORD_IN,
    FROM_STREET,
    FULL_STOP,
    GARDEN,
    GARDEN_HINT,
    HOME,
    HOME_HINT,
    HOW_ONE_LIVES,
    LIVES_WORDS,
    LIVING_VERB,
    NAMES_AN_ADDRESS,
    NEAR,
    OTHER_HOME,
    TOWN_DURATION_GAP,
    _animal_home,
    _from_homes,
    _names_a_person,
    _owner_organisation,
)
from mcu_nlp.lexicon import Word, words
from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.street_words import CASES, TYPES, alternation, street_words

#: Street types the address reader does not know («пр-т», «пр-кт», «пр-д», «б-р», «ш.», «мкрн», «линия»), and an
#: ordinal in a street's name («2-я», «3-й», «1-ая»)
STREET_TYPE = r"(?i:пр-к?т[аеу]?|пр-д[аеу]?|б-р[аеу]?|ш|мкрн|лини[яиюей])\.?"
ORDINAL = r"\d{1,2}-?(?i:й|я|ая|ья|ий|ый|ой|ое|е)"
ENTRANCE_WORD = rf"(?:{ENTRANCE_STEM}|парадн)"
#: The floor one lives on, between a home phrase and its address (session 26: «Живем на 8 этаже Маршала Говорова 16»,
#: «живу на 5-м этаже по ул. Ленина 12», «на первом этаже, Кирова 7»), and the entrance («Я живу в 4ой парадной по
#: Пулковской улице д.2», «в 3-м подьезде, Кирова 7»), or both: they stay, the address after them is a home's
FLOOR = (r"(?:(?i:(?:на\s{1,3}(?:\d{1,2}(?:-?[а-яё]{1,2})?|[а-яё]{3,}(?:ом|ем))\s{1,3}"
         rf"(?:{FLOOR_STEM}е|эт\.?)"
         rf"|в\s{{1,3}}(?:\d{{1,2}}(?:-?[а-яё]{{1,2}})?|[а-яё]{{3,}}(?:ом|ем|ой|ей))\s{{1,3}}{ENTRANCE_WORD}(?:е|ой))"
         r"(?![\w-]))[\s,]{1,3}){1,2}")
#: What may stand between a home phrase and the address the reader finds: marks, up to two words of how one lives
#: («живет одна в доме 5», «живу сейчас на ...»), the floor (FLOOR), a preposition, and up to three words of a
#: street's name the reader left out (capitalised words, a street type it lacks, an ordinal: «по адресу Софийская,
#: д. 40», «мой адрес пр-т Ленина 5», «на 3-й линии д. 5»), which are the address's start
LEAD = re.compile(rf"[\s,:.-]*(?:(?i:{LIVES_WORDS})[\s,]+){{0,2}}(?:{FLOOR})?(?:(?i:на|по|в)\s{{1,3}})?"
                  rf"(?P<name>(?:(?:[А-ЯЁ][А-ЯЁа-яё-]*|{STREET_TYPE}|{ORDINAL})[\s,:.]+){{1,3}})?")
#: The street-type words before NAME_AFTER_NUMBER's number (:mod:`mcu_nlp.street_words`; not «пркт», «бул», as the
#: first pattern), longest first; «переул», «набережн» stay stems there, any ending (a plural's too)
NUMBER_STREET_WORDS = alternation(
    street_words(("улица", "проспект", "шоссе", "бульвар", "площадь"), ("nom", "gen", "dat", "acc", "loc"), True)
    - {"пркт", "бул"}
    | street_words(("переулок", "набережная"), (), abbreviated=True)
)
#: A number that opens a street's name right after its street type, where the reader stops («ул. 2-я», «ул. 8»,
#: «ул. 40»), and the rest of the name: capitalised words, «лет» («2-я Советская», «8 Марта», «40 лет Победы»)
NAME_AFTER_NUMBER = re.compile(
    rf"(?<![\w-])(?i:{NUMBER_STREET_WORDS}|переул[а-я]{{2,3}}|набережн[а-я]{{2}}|{STREET_TYPE})\.?[ \t]{{1,2}}"
    rf"(?P<number>\d{{1,3}}|{ORDINAL})[ \t]{{1,2}}"
    r"(?:(?i:лет)[ \t]{1,2})?[А-ЯЁ][А-ЯЁа-яё-]+(?:[ \t]{1,2}[А-ЯЁ][А-ЯЁа-яё-]+)?[ \t]*,?[ \t]*")
#: A house number after a street's name («..., 12-34», «..., д. 7»), no count
HOUSE_AFTER = re.compile(r"(?:(?i:д|дом)\.?[ \t\xa0]{0,2})?\d{1,4}(?:[а-яё](?![а-яё]))?(?:[ \t]?[-/][ \t]?\d{1,4})?"
                         rf"(?![\w.,-]\d|[\w-]|{MEASURED})")
#: A street named with no street word, or a street type the reader lacks, right after a home phrase (maybe past up to
#: two words of how one lives: «живет одна на Ленина 150/24», session 29) and «на», «по»
#: or the floor (FLOOR), and its house number, maybe a flat after a dash or slash («живу на Лесной 4-17», «прописан
#: по Садовой 5», «мой адрес: б-р Профсоюзов 14-2», «на пр-кте Просвещения 87», «живем на 8 этаже Маршала Говорова
#: 16»), the reader finds no address in; no measure after the number («живу на Урале 5 лет», «на Лесной 3 года»)
BARE_STREET = re.compile(
    rf"[\s,:-]*(?:(?i:{LIVES_WORDS})[\s,]+){{0,2}}(?P<floor>{FLOOR})?(?(floor)(?:(?i:на|по)\s{{1,3}})?|(?:(?i:на|по)\s{{1,3}}|(?={STREET_TYPE})))"
    rf"(?P<street>(?:{STREET_TYPE}\s{{0,2}})?[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё-]+)?)[\s,]{{1,3}}"
    r"\d{1,4}(?:[а-яё](?![а-яё]))?"
    rf"(?:\s?[-/]\s?\d{{1,4}})?(?![\w.,-]\d|[\w-]|{MEASURED})")
#: A street's type after its name, in any case form or abbreviated (:mod:`mcu_nlp.street_words`; STREET_TYPE's «пр-те»,
#: «пр-кта»), longest first, and the house number after it, maybe after «д.», no measure (HOUSE_AFTER)
TYPE_AFTER = alternation(street_words(abbreviated=True))
TYPE_THEN_HOUSE = re.compile(
    rf"\s{{1,2}}(?:(?i:{TYPE_AFTER})\.?|{STREET_TYPE})(?![\w-])[\s,]{{1,3}}{HOUSE_AFTER.pattern}")
#: A street named before its type (adjectives: :func:`_named_before_type`) and its house number, right after a home
#: phrase, «на», «по» or the floor (FLOOR), where the reader finds no address (session 26: it knows no «пр-т», and
#: reads no name before a street word): «мой адрес Волоколамский пр-т 35», «живу на Волоколамском пр-те 35», «мой
#: адрес: Тверь, Волоколамский пр-т, д. 35» (past the town)
NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
NAME_BEFORE_TYPE = re.compile(rf"[\s,:-]*(?:{FLOOR})?(?:(?i:на|по)\s{{1,3}})?"
                              rf"(?P<name>{NAME_WORD}(?:\s{NAME_WORD})?){TYPE_THEN_HOUSE.pattern}")
#: A street named with no street word and no preposition after a home phrase that names an address (NAMES_AN_ADDRESS),
#: capitalised or in capitals (in a text without capitals, lower case: UNMARKED_LOWER), and its house number, maybe a
#: flat after a dash, a slash or a space («Ленина 10-25», «Гагарина 12/3-45», «Ленина, 10, 25»), no measure after it
UNMARKED_TAIL = (r"[\s,]{1,3}\d{1,4}(?:[а-яё](?![а-яё]))?(?:\s?[-/]\s?\d{1,4}){0,2}"
                 rf"(?:,?\s\d{{1,4}}(?=\s*(?:[,.;!?)]|\Z)))?(?![\w.,-]\d|[\w-]|{MEASURED})")
UNMARKED_STREET = re.compile(rf"[\s,:-]*(?P<street>[А-ЯЁ][А-ЯЁа-яё-]+(?:\s[А-ЯЁ][А-ЯЁа-яё-]+)?){UNMARKED_TAIL}")
#: «на» or «по» before a street's name right after a home phrase, where the case of the words read (from the phrase
#: on) marks no name (all in lower case or in capitals: «живу на ленина 5», «ЖИВУ ПО ЛЕНИНА 5»)
ON_STREET = re.compile(r"[\s,:-]*(?i:на|по)\s{1,3}")
UNMARKED_LOWER = re.compile(rf"[\s,:-]*(?P<street>[а-яё][а-яё-]+(?:\s[а-яё][а-яё-]+)?){UNMARKED_TAIL}")
#: A village, stanitsa or town by its type word and name, and the comma after it, where the reader reads no town
#: («в ст. Каневской, », «в станице Каневской, », «в х. Лебеди, »): it stays, and the home address may follow it;
#: with no comma, a street's type word must follow (session 43: «живу ст. Каневская ул. Горького 15», «в ст.
#: Каневской на ул. Горького 15»)
SETTLEMENT_STREET = alternation(street_words(("улица", "проспект", "переулок", "бульвар", "шоссе", "площадь"),
                                            ("nom", "gen", "dat", "acc", "loc"), abbreviated=True) | {"мкр", "мкрн"})
SETTLEMENT_END = (rf"(?:\s{{0,2}},\s{{0,3}}"
                  rf"|\s{{1,2}}(?=(?:(?i:на|по)\s{{1,3}})?(?i:{SETTLEMENT_STREET})(?:\.|(?![\w-]))))")
#: A settlement's type by its abbreviation and by its word (a word in the one alternation is no prefix of another's
#: followed by a dot or a space, so their order decides no match)
SETTLEMENT_ABBREVIATIONS = r"ст|ст-ц[аеуы]|с|пос|п|пгт|д|дер|х|хут|г|гор"
SETTLEMENT_NOUNS = r"станиц[аеуы]|село|селе|деревн[еяиюй]|хутор[еау]?|аул[еау]?|город[еау]?"
SETTLEMENT = re.compile(
    rf"[\s,:.-]*(?:(?i:в|во)\s{{1,3}})?(?i:{SETTLEMENT_ABBREVIATIONS}|{SETTLEMENT_NOUNS})\.?\s{{1,3}}"
    r"[А-ЯЁ][а-яё-]+(?:\s[А-ЯЁ][а-яё-]+)?" + SETTLEMENT_END
)
#: The same in a text in lower case («живу ст. каневская ул. горького 15», «в ст. каневской, ул. ...»): an
#: abbreviated type only with its dot («живу с мужем, ...», «живу д 5» name no village)
SETTLEMENT_LOWER = re.compile(
    rf"[\s,:.-]*(?:в\s{{1,3}}|во\s{{1,3}})?(?:(?:{SETTLEMENT_ABBREVIATIONS})\.\s{{0,3}}"
    rf"|(?:{SETTLEMENT_NOUNS}|пос[её]л(?:ок|ке|ка))\s{{1,3}})"
    r"[а-яё][а-яё-]+(?:\s(?!(?:на|по|в|во|у|и|с|ул|пр|пер)[\s.])[а-яё][а-яё-]+)?" + SETTLEMENT_END
)
#: «в» before a town the reader reads, and the comma after it («проживаю в Курске, Ленина 5-12»)
IN_TOWN = re.compile(r"[\s:-]*(?i:в|во)\s{1,3}")
COMMA = re.compile(r"\s{0,2},\s{0,3}")
#: A town's name of capitalised words, a hyphenated one too, before a comma or «по адресу», that the reader reads in
#: part or not at all («Санкт-Петербурге», «Нижнем Новгороде», «Ростове-на-Дону», «Комсомольске-на-Амуре»), read as a
#: town in the locative by :func:`_town_in`; in capitals too («САНКТ-ПЕТЕРБУРГЕ»), with any hyphen or dash
#: («Санкт‑Петербурге», «Санкт–Петербурге»), spaced («Санкт Петербурге», «Ростове на Дону»); in lower case in a text
#: in lower case (TOWN_LOWER)
TOWN_HYPHEN = r"[-\u2010\u2011\u2013]"
TOWN_WORD = rf"(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]{{2,}})(?:{TOWN_HYPHEN}(?:[А-ЯЁа-яё][а-яё]*|[А-ЯЁ]+)){{0,3}}"
TOWN_JOIN = r"[ \t\xa0](?:(?i:на|над|под)[ \t\xa0])?"
TOWN_BEFORE = rf"(?=(?:{DURATION.pattern})?\s{{0,2}}(?:,|(?i:по\s{{1,3}}адресу)(?![\w-])))"
TOWN_WORDS = re.compile(rf"{TOWN_WORD}(?:{TOWN_JOIN}{TOWN_WORD}){{0,2}}{TOWN_BEFORE}")
TOWN_LOWER_WORD = rf"[а-яё]{{2,}}(?:{TOWN_HYPHEN}[а-яё]+){{0,3}}"
TOWN_LOWER = re.compile(rf"{TOWN_LOWER_WORD}(?:{TOWN_JOIN}{TOWN_LOWER_WORD}){{0,2}}{TOWN_BEFORE}")
#: The locative's cases (pymorphy3's «loc2»: «в Дону»)
LOCATIVE = frozenset(("loct", "loc2"))
#: The word right after a street's house number (past «не»), and the verbs there that make the street a shop's name,
#: not a home's («Пятерочка 1 закрыта», «Ленина 5 не работает»; «Садовая 5 течет крыша», «Ленина 5 не работает лифт»
#: with the verb's own subject after it are a home's, session 25)
NEXT_WORD = re.compile(r"[ \t]{1,2}(?:(?i:не)[ \t]{1,2})?([А-ЯЁа-яё]+)")
VERB_AFTER = frozenset(("VERB", "PRTS"))
#: A flat's number after the house's («Дружба 12-5», «Ленина 5/12»), not a shop's hours («Магнит 24/7»)
FLATS_NUMBER = re.compile(r"(?<!\d)(?!24\s?/\s?7(?!\d))\d+\s?[-/]\s?\d")
#: The words up to a clause's end, where a verb's own subject may stand
SUBJECT_WORD = re.compile(r"[А-ЯЁа-яё]+|[.,!?;:\n]")
#: A postal code among the towns before a street («305000, Курск, Мира 5-12»)
POSTCODE = re.compile(r"\d{6}")
PLACE_GAP = re.compile(r"[\s,:.-]*")
#: A number in a word that is no ordinal of a street's name («5», «5а», «44-615»; not «1-ый», «3-я», «2-ой»)
HOUSE_NUMBER = re.compile(r"(?<!\d)\d+(?!\d|-?(?i:ый|ий|ой|ая|яя|ое|ее|ья|й|я|е))")
#: Letters and numbers glued to a house number: «а» of «5а», «к.1» of «5к.1», «/2» of «5/2» (not a word after a
#: full stop: «5.В летнее время»)
GLUED = re.compile(r"\w{0,10}(?:[./-]\d{1,4}\w{0,3}){0,3}")
#: A St Petersburg line after its number, which the reader does not read («4 линия», «4-я линия В.О.», «9 линии ВО»,
#: «на 3-й линии П.С.»), up to where its house number may begin (HOUSE_AFTER)
LINE_WORD = (r"[ \t\xa0]{1,2}(?i:лини[яиюей])(?![\w-])(?:[ \t\xa0]{1,2}(?:В\.?[ \t]?О|П\.?[ \t]?С|(?i:во|пс))\.?"
             r"(?![\w-]))?[ \t\xa0]{0,2},?[ \t\xa0]{0,2}")
LINE_AFTER = re.compile(rf"(?:-?(?i:[а-яё]{{1,2}}))?{LINE_WORD}")
#: A street named by a date or by the years of an event after its number, with no street word, up to where its house
#: number may begin (HOUSE_AFTER): «8 Марта», «1 Мая», «9 Января», «50 лет Октября», «40 лет Победы», «26 Бакинских
#: Комиссаров», «28 Панфиловцев» (:func:`mcu_nlp.address_words._date_name` reads the words); no year after a month
#: («8 марта 2024 г.»)
DATE_AFTER = re.compile(r"[ \t\xa0]{1,2}(?P<name>(?i:лет[ \t\xa0]{1,2})?[А-ЯЁа-яё]+"
                        r"(?:[ \t\xa0]{1,2}[А-ЯЁ][А-ЯЁа-яё]+)?)"
                        r"(?![\w-])(?![ \t\xa0]{0,2},?[ \t\xa0]{0,2}(?:19|20)\d\d(?!\d))[ \t\xa0]{0,2},?[ \t\xa0]{0,2}")
#: A month's name after a number: a date, when no street's name (DATE_AFTER) is read there («8 Марта 2024 г.»)
MONTH_AFTER = re.compile(rf"[ \t\xa0]{{1,2}}(?i:{'|'.join(sorted(MONTHS))})(?![\w-])")
#: A number that may open a street's name with no street word (a line's: «живу на 9 линии ВО 12», «живу в СПб, 4
#: линия В.О., д. 5»; a date's: «ЖИВУ ПО АДРЕСУ 8 МАРТА 5»), right after a home phrase, «на», «по», the floor (FLOOR)
#: or a town and a comma, where the reader finds no address (:func:`_name_after_number` reads the name after it)
NUMBERED_STREET = re.compile(rf"[\s,:-]*(?:{FLOOR})?(?:(?i:на|по)\s{{1,3}})?(?P<street>\d{{1,2}})(?![\d.,:/])")
#: A house number's end that is a time («8 марта 12:00»)
CLOCK = re.compile(r"[ \t]?[:.]\d\d(?!\d)")
#: What after a number that follows a date («8 Марта 24 г.», «8 Марта 23г.», «8 Марта 24 года», «8 Марта 12 ч», «...
#: 12 час», «... 30 мин») makes it a short year or a time, no house number (read at the end of its digits), only where
#: no phrase names the address (:func:`_house_end`); «г» is a year's only before «.» or as «года» / «году» («8 Марта
#: 23г», «8 Марта 23 Г» are a house and its letter as likely, and masked; glued to one digit it is a house's letter,
#: «8 Марта 5г.»); a dash is no time («8 Марта 18-30», «18 - 30»: a house and its flat as likely, and masked)
DATE_TAIL = re.compile(r"(?<=\d)(?:(?:[ \t\xa0]{1,2}|(?<=\d\d))(?i:г\.|год[ау])"
                       r"|[ \t\xa0]{0,2}(?i:ч|час[а-яё]{0,3}|мин[а-яё]{0,4})(?![а-яё]))")
#: A month's name right before a house number (:func:`_house_end`), and the house number's digits, maybe after «д.»
MONTH_BEFORE = re.compile(rf"(?i:{'|'.join(sorted(MONTHS))})[ \t\xa0]{{0,2}},?[ \t\xa0]{{0,2}}\Z")
DIGITS = re.compile(r"(?:(?i:д|дом)\.?[ \t\xa0]{0,2})?\d{1,4}")
#: A flat's word right after a number, no number after it («Собаки 5 квартиры лают»: flat 5's; not «... 5 кв 12»)
FLAT_WORD_NEXT = re.compile(r"[ \t]{1,2}(?i:кв\.?|квартир[а-яё]{0,3})(?![\w-])(?![ \t.,№:]{0,4}\d)")
#: A house's word and number after a date: a street's name in lower case too («живу в Курске, 8 марта д. 5»)
HOUSE_WORD = re.compile(r"(?i:д|дом)(?:\.|(?=[ \t\xa0]))[ \t\xa0]{0,2}\d")
#: A flat's, an entrance's or a floor's word and its number before a street with no street word, after a home phrase
#: or the floor («Живу на 5 этаже, Квартира 12, Ленина 5», «живу в кв. 12, Кирова 7», «подъезд 2, кв. 5, Ленина 5»)
PART_NUMBER = (rf"(?:(?i:в|на)\s{{1,3}})?(?i:{FLAT_STEM}[а-яё]{{0,3}}|кв|{ENTRANCE_STEM}[а-яё]{{0,3}}"
               rf"|парадн[а-яё]{{2,3}}|{FLOOR_STEM}[а-яё]{{0,3}}|эт)\.?[ \t]{{0,2}}(?:№[ \t]?)?\d{{1,4}}"
               r"(?:[а-яё](?![а-яё]))?(?![\w.-])[ \t]{0,2},?[ \t]{0,2}(?=[А-ЯЁа-яё])")
PARTS_FIRST = re.compile(rf"[\s,:-]*(?:{FLOOR})?(?:{PART_NUMBER}){{1,3}}")
#: The parts of speech a street's name in lower case may not take («проживаю здесь 10 лет», «одна»: no street's)
NO_STREET_POS = frozenset(("ADVB", "PREP", "CONJ", "PRCL", "NPRO", "NUMR", "VERB", "INFN", "GRND", "PRTS", "ADJS",
                           "INTJ", "COMP", "PRED"))
#: The last number of a street's house number (:func:`_street_like`: the noun after it may be what it counts)
LAST_NUMBER = re.compile(r"\d{1,4}\Z")
#: A house number right after a word, maybe past a comma (:func:`_street_named`)
HOUSE_NEXT = re.compile(r"[ \t]{0,2},?[ \t]{1,2}\d")
#: A town's type right before a word: the word is the town's name, whatever its case («г. Кирова, 5»)
TOWN_TYPE_BEFORE = re.compile(r"(?<![\w-])(?i:г|гор|город[еау]?|пгт|пос)\.?\s{0,2}\Z")
#: Prepositions before a home address that stay («живу на [ADDRESS]», «прописан в [ADDRESS]»)
PREPOSITION = re.compile(r"(?i:на|в|во|по|у)\Z")
#: The end of a sentence between the words of a street's name: a line break, a mark, a full stop after a word of 5
#: letters or more (not «ул.», «пр.», «В.»): «ЖИВЕМ В ГРЯЗИ. КОРОЛЁВА ПРОСПЕКТ, Д 22» names no street «ГРЯЗИ». Read
#: from the lead's name words, or from the home phrase's end where it has none, never inside the phrase (session 25:
#: «Заявитель: Иванов И.И.\nАдрес: ул. ...», «прожив. ул. ...» are a home's; «Мой адрес: [PHONE]\nд. 5 по ул. Ленина
#: яма» is the problem's place, on a line of its own)
SENTENCE_END = re.compile(r"\n|[!?;]|[А-ЯЁа-яё]{5}\.")
#: A building's part after a home's house number (session 30, a Татарстан walkthrough: «Живу в Елабуге, Окружное шоссе
#: 27 к 3» left «к 3» outside the mask): «к», «к.», «корп», «корпус», «стр», «строение», «лит», «литера» and a number
#: or a letter, glued too («к3»), maybe twice («к 3 стр 2»), and a flat's word and number after it («корп. 3 кв. 5»);
#: the building's is the home's (:func:`_with_building`). After a bare «к» a number is no building's before a noun
#: it governs in the dative or a time's word («к 3 часам», «к 3 подъезду», «к 2025 году», «к 5 утра»), nor a year or
#: a time («к 10:00»)
BUILDING = re.compile(r"(?:[ \t\xa0]{0,2},?[ \t\xa0]{0,2}(?P<word>(?i:корпус|корп|к|строение|стр|литера|литер|лит))\.?"
                      r"[ \t\xa0]{0,2}(?:\d{1,3}(?:[а-яё](?![а-яё]))?(?![\d:.,/-]\d|[\w-])|[А-ЯЁA-Z](?![\w-])))")
FLAT_TAIL = re.compile(r"[ \t\xa0]{0,2},?[ \t\xa0]{0,2}(?i:кв|квартира)\.?[ \t\xa0]{0,2}№?[ \t\xa0]?\d{1,4}"
                       r"(?:[а-яё](?![а-яё]))?(?![\w-])")
#: Words of a time after «к» and a number: no building's part («к 5 утра»)
TIME_WORDS = frozenset((*DAY_PARTS, "ч", "час", "часа", "часов", "часам", "мин", "минутам"))
#: How far around a candidate the address is read: the words before a flat number that may make it a measure
#: («температура в квартире 14»), the unit after it, and a home address up to its end
FLAT_BEFORE, FLAT_AFTER, HOME_AFTER = 60, 30, 200


def home_spans(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, stop, kind) of the flat numbers (``FLAT``) and home addresses (``ADDRESS``) of ``text``, read as if
    the ``masked`` spans (start, stop) were spaces: a phone after a house number is no part of the address.

    >>> text = "живу по адресу г. Тюмень, ул. Ленина, д. 5, кв. 12; в квартире 12 градусов"
    >>> [(text[a:b], kind) for a, b, kind in home_spans(text)]
    [('ул. Ленина, д. 5, кв. 12', 'ADDRESS'), ('12', 'FLAT')]
    """
    from_street, garden_hint = FROM_STREET.search(text), GARDEN_HINT.search(text)
    if not FLAT.search(text) and not NUMBER_FIRST.search(text) and not (HOME_HINT.search(text) and HOME.search(text)) \
            and not RANGE_LIST.search(text) and from_street is None and not OTHER_HOME.search(text) \
            and not (garden_hint and GARDEN.search(text)) and not LATIN_FLAT_HINT.search(text):
        return []  # most texts: no lemmatising
    text = _blanked(text, masked)
    found = [(a, b, "ADDRESS") for a, b in _from_homes(text)] if from_street is not None else []
    # the hint found is in the blanked text too, unless a masked span overlaps it: only then is it sought again
    if garden_hint and (not any(a < garden_hint.end() and garden_hint.start() < b for a, b in masked)
                        or GARDEN_HINT.search(text)):
        # «живу в СНТ Энергетик, участок 145»: the plot is the household's
        found += [(*garden.span("plot"), "ADDRESS") for garden in GARDEN.finditer(text)]
    for home in HOME.finditer(text):
        if _animal_home(text, home) or FULL_STOP.match(text, home.end()):  # «Не указан адрес заявителя. Яма на ...»
            continue
        if home["applicant"] is not None and not _names_a_person(home["applicant"]):  # «Заявитель: Администрация»
            continue
        part, shift, seq, places, spans = _read(text, home.start(), home.end() + HOME_AFTER)
        unmarked = NAMES_AN_ADDRESS.search(home.group()) is not None
        any_case = unmarked or LIVING_VERB.search(home.group()) is not None
        found += [(a + shift, b + shift, "ADDRESS")
                  for a, b in _home(part, home.end() - shift, spans, seq, places, unmarked, any_case=any_case)]
    for home in OTHER_HOME.finditer(text):  # «ее адрес Ленина 150 кв 24», «мой дом - Королева 10/2»
        if FULL_STOP.match(text, home.end()) or (home["named"] is not None and _owner_organisation(text, home.start())):
            continue  # «Аптека, её адрес Ленина 150/2»: an organisation's
        # read from the phrase's end: «дом» would open the reader's address («мой дом: ул. Мира 3»)
        part, shift, seq, places, spans = _read(text, home.end(), home.end() + HOME_AFTER)
        flat = FLAT_IN if home["named"] or home["resident"] else FLAT_WORD_IN  # «Ленина 22-4» after «как житель:»
        unmarked = home["own"] is not None or home["named"] is not None \
            or NAMES_AN_ADDRESS.search(home.group()) is not None  # «как житель: Северная 5-14»
        found += [(a + shift, b + shift, "ADDRESS")
                  for a, b in _home(part, home.end() - shift, spans, seq, places, unmarked, any_case=unmarked)
                  if home["own"] is not None or flat.search(part, a, b)]
    homes = [(a, b) for a, b, _ in found]
    found += [(a, b, "FLAT") for a, b in number_first_spans(text)  # «из 12 кв.»: not in a home's
              if not any(start <= a < stop for start, stop in homes)]
    for flat in FLAT.finditer(text):
        if quarter(text, flat.start()) or year_number(flat):  # «во 2 кв. 2025 г.»: a quarter; «12 кв. 2024 г.»: a year
            continue
        if before_floor(flat):  # «кв. 42 этаж 5»: the floor's number follows its word
            found.append((*flat.span("number"), "FLAT"))
            continue
        _, shift, _, _, spans = _read(text, flat.start() - FLAT_BEFORE, flat.end() + FLAT_AFTER)
        number = flat.start("number") - shift
        if any(a <= number < b for a, b in spans) and not counts_a_noun(text, flat):
            found.append((flat.start("number"), list_end(text, flat.end("number")), "FLAT"))  # «кв. 5, 7 и 12 течет»
    found += [(a, b, "FLAT") for a, b in latin_flats(text)]  # «ul. Gamidova 15 kv 7»
    for flats in RANGE_LIST.finditer(text):  # «квартиры 5-7, 12»: single flats with a range, all households
        if (listed := range_list(flats)) and not quarter(text, flats.start()):
            start, stop = listed[0], list_end(text, listed[1])
            found = [f for f in found if not (f[2] == "FLAT" and start <= f[0] < stop)] + [(start, stop, "FLAT")]
    found = [(a, _with_building(text, b), kind) if kind == "ADDRESS" else (a, b, kind) for a, b, kind in found]
    return sorted(_merged(found))


def _with_building(text: str, stop: int) -> int:
    """Where a home address ending at ``stop`` ends with the building's part after its house number (BUILDING:
    «Окружное шоссе 27 к 3», «Ленина 5 лит А», «корп. 3 кв. 5»), or ``stop``; a bare «к» and a number before a noun
    the preposition governs, or a time's word, is none («Ленина 5 к 3 часам», «к 3 подъезду»).

    >>> text = "Окружное шоссе 27 к 3, лифт; Ленина 5 к 3 часам; Ленина 5 лит А; Мира 1 корп. 3 кв. 5 течет"
    >>> [text[a:_with_building(text, b)] for a, b in ((0, 17), (29, 37), (49, 57), (65, 71))]
    ['Окружное шоссе 27 к 3', 'Ленина 5', 'Ленина 5 лит А', 'Мира 1 корп. 3 кв. 5']
    """
    end = stop
    for _ in range(2):  # «к 3 стр 2»
        part = BUILDING.match(text, end)
        if part is None or (part["word"].lower() == "к" and _governed(text, part.end())):
            break
        end = part.end()
    if end > stop and (flat := FLAT_TAIL.match(text, end)):  # «корп. 3 кв. 5»: the flat's number is masked with it
        end = flat.end()
    return end


def _governed(text: str, stop: int) -> bool:
    """Whether the word after «к» and a number ending at ``stop`` is a noun the preposition governs, in the dative, a
    time's word or a month's: «к 3 часам», «к 3 подъезду», «к 2025 году», «к 5 утра», «к 1 сентября» (no building's
    part)."""
    if FLAT_TAIL.match(text, stop):  # «к 3 кв 7»: the flat's word (an abbreviation that reads in any case)
        return False
    after = NOUN_AFTER.match(text, stop)
    word = after[1].lower() if after is not None else ""
    return word in TIME_WORDS or word in MONTHS or (bool(word) and any(
        p.tag.POS == "NOUN" and p.tag.case == "datv" and "Fixd" not in p.tag for p in analyzer().parse(word)))


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` with each home address widened to the flats' numbers that overlap it, their union: a list of flats
    after a street's address runs past it («живу по адресу ул. Ленина 5, кв. 5, 7 и 12 течет»: «[ADDRESS] течет», not
    «[ADDRESS] и 12 течет»).

    >>> _merged([(0, 20, "ADDRESS"), (18, 28, "FLAT"), (40, 42, "FLAT")])
    [(0, 28, 'ADDRESS'), (18, 28, 'FLAT'), (40, 42, 'FLAT')]
    """
    flats = sorted((a, b) for a, b, kind in found if kind == "FLAT")  # one sweep, not each address against each flat
    starts = [c for c, _ in flats]
    reach = list(accumulate((d for _, d in flats), max))  # the furthest stop of the flats up to each one
    merged = []
    for a, b, kind in found:
        if kind == "ADDRESS":
            before = bisect_left(starts, b)  # the flats that start before the address stops
            first = bisect_right(reach, a, hi=before)  # the first of them to stop past its start
            if first < before:
                a, b = min(a, starts[first]), max(b, reach[before - 1])
        merged.append((a, b, kind))
    return merged


#: How far a reading is widened to a word's edge at most (:func:`_read`): no address word is longer
WORD_REACH = 40


def _word_start(text: str, start: int) -> int:
    """Where the word at ``start`` begins: after the nearest space of any kind before it (a no-break one, a tab), at
    most WORD_REACH characters back. Only « » and a line break were edges before (session 30's review): a text spaced
    with no-break spaces alone was read from its start for each phrase, in time growing as its square.

    >>> [_word_start(t, 7) for t in ("у нас на Мира 3", "у\xa0нас\xa0на\xa0Мира 3", "а" * 100)]
    [6, 6, 0]
    """
    for i in range(start - 1, max(0, start - WORD_REACH) - 1, -1):
        if text[i].isspace():
            return i + 1
    return max(0, start - WORD_REACH)


def _word_stop(text: str, stop: int) -> int:
    """Where the word at ``stop`` ends: at the nearest space of any kind from it, at most WORD_REACH characters on
    (:func:`_word_start`).

    >>> [_word_stop(t, 7) for t in ("у нас на Мира 3", "у\xa0нас\xa0на\xa0Мира 3", "а" * 100)]
    [8, 8, 47]
    """
    for i in range(stop, min(len(text), stop + WORD_REACH)):
        if text[i].isspace():
            return i
    return min(len(text), stop + WORD_REACH)


#: Street-type words, any case, abbreviated or not, after which the reader's address goes on through words in lower
#: case up to a house number (:func:`_read`: «живу на ул ломоносова 15»)
TYPE_WORDS = frozenset(street_words(TYPES, CASES, abbreviated=True, declined=True))
#: At most this many words of a street's name in lower case after its type word («ул маршала жукова 5»)
LOWER_NAME_WORDS = 2


def _read(text: str, start: int, stop: int) -> tuple[str, int, list[Word], list[bool], list[tuple[int, int]]]:
    """The address reading of ``text[start:stop]``, widened to whole words: that part of the text, its offset in
    ``text``, its words, whether each names a town or a region, and its address spans (offsets in the part). Only
    the words around a candidate are read: a long text's other words cost nothing."""
    # imported here: the urgency package's model text imports mcu_nlp.redaction, which imports this module
    from mcu_nlp.urgency.address import address_marks, address_spans

    start, stop = _word_start(text, start), _word_stop(text, stop)
    part = text[start:stop]
    seq = words(part)
    marks = address_marks(part, seq)
    for i in range(1, len(seq) - 1):  # «живу в Энгельсе на ул. Ломоносова 15»: a town the dictionary does not know
        if not marks[1][i] and _town_before_street(part, seq[i - 1], seq[i], seq[i + 1]):
            marks[0][i] = marks[1][i] = True
    for i in _lower_names(seq):  # «живу на ул ломоносова 15»: the reader marks a capitalised name only
        marks[0][i] = True
    return part, start, seq, marks[1], address_spans(part, seq, marks)


def _lower_names(seq: list[Word]) -> list[int]:
    """The indices of the words of a street's name after its type word (TYPE_WORDS), at most LOWER_NAME_WORDS of
    them, letters only, in the type word's sentence, when a number follows them: the name, which the reader leaves out
    in lower case or in capitals («на ул ломоносова 15», «НА УЛ ЛОМОНОСОВА 15»).

    >>> seq = words("живу на ул ломоносова 15; на ул маршала жукова 5; на ул ленина яма")
    >>> [seq[i].form for i in _lower_names(seq)]
    ['ломоносова', 'маршала', 'жукова']
    """
    found = []
    for i, word in enumerate(seq):
        if word.form not in TYPE_WORDS:
            continue
        j = i + 1
        while j < len(seq) and j - i <= LOWER_NAME_WORDS and seq[j].form.isalpha() and seq[j].sentence == word.sentence:
            j += 1
        if i + 1 < j < len(seq) and seq[j].form[:1].isdigit() and seq[j].sentence == word.sentence:
            found.extend(range(i + 1, j))
    return found


def _home(text: str, start: int, spans: list[tuple[int, int]], seq: list[Word], places: list[bool],
          unmarked: bool = False, after_town: bool = False, any_case: bool = False) -> list[tuple[int, int]]:
    """The home address that begins at ``start`` (after a home phrase), without the towns, regions and prepositions
    at its ends: one (start, stop), or none when no address begins there or it holds no number (a town or a street
    alone). Where the reader finds none, a street without a street word (BARE_STREET; after a phrase that names an
    address, ``unmarked``, with no preposition too, past the towns and postal code before it; in either case right
    after a phrase that names it, ``any_case``: «мой адрес ленина 5», «проживаю Ленина 5»). A line with its numbers
    (NUMBERED_STREET: a St Petersburg line's or a date's), and an address past a flat's, an entrance's or a floor's
    number (PARTS_FIRST) too."""
    if start and not unmarked and (duration := DURATION.match(text, start - 1)):
        # how long one has lived there right after the home phrase: the address is read on past it («проживаю с 2010
        # г. на Ленина 5-12», «живу 5 лет по адресу Ленина 5-12»; session 29); not right after «мой адрес», «по
        # адресу»: «мой адрес 40 лет Победы 12-5» is a street
        if named := ADDRESS_AFTER_TOWN.match(text, duration.end()):
            return _home_past(text, named.end(), True, any_case=True)
        gap = DURATION_GAP.match(text, duration.end())
        if gap is None:  # «живу 5 лет, Ленина 5», «живу 5 лет; Ленина 5.»: only an address that is its clause whole
            return _closing_home(text, duration.end(), after_town=True)
        return _home_past(text, gap.end(), unmarked, after_town, any_case)
    lead = next(((lead, b) for a, b in spans if a >= start and (lead := LEAD.fullmatch(text, start, a))
                 and not SENTENCE_END.search(text, max(lead.start("name"), start), lead.end())), None)
    named = unmarked and not after_town  # right after «по адресу», «мой адрес»: no date's year or time (_house_end)
    found = _read_home(text, start, lead, spans, seq, places, named) if lead is not None else []
    if found:
        return found
    # «Живу на 5 этаже, Квартира 12, Ленина 5»: the flat's number is the flat reading's, the street after it a home's
    parts = PARTS_FIRST.match(text, start)
    if parts and (found := _home(text, parts.end(), spans, seq, places, True, after_town=True)):
        return found
    # a town and a comma name an address next as a colon does: its street may follow with no street word («проживаю
    # в г. Курск, Ленина 5-12», «в станице Каневской, Горького 5», session 24)
    # «проживаю в ст. Каневской, ул. Горького 5», «живу ст. Каневская ул. Горького 15»: the village stays
    settlement = (SETTLEMENT_LOWER if text == text.lower() else SETTLEMENT).match(text, start)
    if settlement and (found := _home(text, settlement.end(), spans, seq, places, True, after_town=True)):
        return found
    after = _past_places(text, start, seq, places)
    if after == start and (town := IN_TOWN.match(text, start)):  # «проживаю в Курске, Ленина 5-12»
        past = _past_places(text, town.end(), seq, places)
        # «в Санкт-Петербурге, », «в Нижнем Новгороде, », «в Ростове на Дону, », which the reader reads in part
        if (name := (TOWN_LOWER if text == text.lower() else TOWN_WORDS).match(text, town.end())) \
                and name.end() > past and _town_in(name.group()):
            past = name.end()
        if past > town.end() and (duration := DURATION.match(text, past)):
            # «живу в Курске 5 лет, Ленина 5», «..., ул. Ленина 5», «... 5 лет по адресу ...»: as right after the town,
            # read anew past the duration (the reader's «г» after a year is a town's: «с 2010 г., Ленина 5»)
            if named := ADDRESS_AFTER_TOWN.match(text, duration.end()):
                return _home_past(text, named.end(), True, any_case=True)
            # a street after it with no preposition is in apposition to the town, the home's («..., Ленина 5»); after
            # a comma and a preposition it is a new clause's place, the problem's («Проживаю в Самаре 10 лет, на улице
            # Куйбышева 12 яма», session 26); with no comma the clause goes on («живу в Курске с 2010 г. на Ленина 5»)
            if (comma := COMMA.match(text, duration.end())) and not CLAUSE_PLACE.match(text, comma.end()) \
                    and (found := _home_past(text, comma.end(), True, after_town=True)):
                return found
            if comma is None and (found := _closing_home(text, duration.end(), after_town=True)):
                return found  # «живу в Курске 5 лет; Ленина 5»: a clause of its own, the address alone (session 30)
            if comma is None and (gap := TOWN_DURATION_GAP.match(text, duration.end())) \
                    and (found := _home_past(text, gap.end(), not CLAUSE_PLACE.match(text, gap.end()),
                                             after_town=True)):
                return found
        if past > town.end() and (named := ADDRESS_AFTER_TOWN.match(text, past)):
            # «живу в г. Курске по адресу ул. Ленина 5»: as right after «живу по адресу»
            return _home(text, named.end(), spans, seq, places, True, any_case=True)
        if past > town.end() and (comma := COMMA.match(text, past)):
            after, unmarked, after_town = comma.end(), True, True
    if found := _named_before_type(text, (start, after)):  # «Тверь, Волоколамский пр-т 35»
        return found
    # «живу на 9 линии ВО 12», «ЖИВУ ПО АДРЕСУ 8 МАРТА 5»; not «живу на 2 линии 4 подъезд» (a count)
    if (numbered := NUMBERED_STREET.match(text, after)) \
            and (name := _name_after_number(text, numbered.end(), any_case or text == text.lower())) \
            and (house := _house_end(text, name, named)):
        return [(numbered.start("street"), house)]
    bare = BARE_STREET.match(text, after)
    if bare and bare["floor"] and _shop_like(text, bare):  # «живу на 9 этаже, Подъезд 2 не убирают»: no street
        return []
    if bare is None and unmarked:
        lower = text == text.lower()
        bare = (UNMARKED_LOWER if lower else UNMARKED_STREET).match(text, after)
        if bare and after_town and _shop_like(text, bare):  # «Живу в Курске, Пятерочка 1 закрыта»
            return []
        if bare and lower and after == start and not _street_like(text, bare):  # «прописано по адресу человек 5»
            bare = None
    if bare is None and not after_town and after == start:
        if any_case:
            # right after «мой адрес», «по адресу», «проживаю»: the case says nothing («Мой адрес ленина 5», «ПРОЖИВАЮ
            # ЛЕНИНА 5»), the words do: a street's name, no other noun («проживаю здесь 10 лет», «проживаю семьей 5
            # человек», «по адресу человек 5»)
            bare = _street_in_any_case(text, after)
        if bare is None and (on := ON_STREET.match(text, after)) and text in (text.lower(), text.upper()):
            # «живу на ленина 5», «ЖИВУ НА ЛЕНИНА 5»: a name the reader does not mark, the text's case saying nothing
            # (session 35); with capitals a name after «на» is capitalised («Живу на лесной 4» stays, session 27's
            # rule); no ordinal («на втором, 3 подъезд»)
            bare = _street_in_any_case(text, on.end(), ordinal=False)
    if bare and any(_part_word(word) for word in bare["street"].split()):  # «мой адрес: Подьезд 2»: no street
        return []
    # «живу в кв. 12, Собаки 5 квартиры лают»: people or animals before a flat's number, no street; in the plural (not
    # «Королева 5 квартиры», a surname's street that reads first as «королева»)
    if bare and FLAT_WORD_NEXT.match(text, bare.end()) and animate_word(first := bare["street"].split()[0]) \
            and analyzer().parse(first.lower())[0].tag.number == "plur":
        return []
    town = bare and any(p for w, p in zip(seq, places) if w.start == bare.start("street"))
    return [(bare.start("street"), bare.end())] if bare and not town else []


def _closing_home(text: str, stop: int, after_town: bool = False) -> list[tuple[int, int]]:
    """The home after how long one has lived there, ending at ``stop``, and a comma or a semicolon (CLAUSE_MARK), when
    the address is the whole clause after them: nothing but marks, the end of the text or of its line after it
    (CLAUSE_CLOSE: «живу в Курске 5 лет; Ленина 5», «живу 5 лет, Ленина 5-12.», session 30); not a preposition's new
    clause (CLAUSE_PLACE: «..., на улице Куйбышева 12»), nor a street the clause goes on after («живу 5 лет; Ленина
    5 яма»: the problem's place).

    >>> [_closing_home(t, 10) for t in ("живу 5 лет; Ленина 5", "живу 5 лет, Ленина 5-12.", "живу 5 лет; Ленина 5 яма")]
    [[(12, 20)], [(12, 23)], []]
    """
    mark = CLAUSE_MARK.match(text, stop)
    if mark is None or CLAUSE_PLACE.match(text, mark.end()):
        return []
    found = _home_past(text, mark.end(), True, after_town=after_town)
    return found if found and CLAUSE_CLOSE.match(text, found[-1][1]) else []


def _home_past(text: str, start: int, unmarked: bool = False, after_town: bool = False,
               any_case: bool = False) -> list[tuple[int, int]]:
    """:func:`_home` from ``start``, past how long one has lived there (DURATION), on a reading of the text from
    ``start`` on: the reader's reading of the words before it («г» after a year read as a town's type, the street
    after it as a town: «с 2010 г., Ленина 5») is left behind."""
    ends = [i for i in (text.find(" ", start + HOME_AFTER), text.find("\n", start + HOME_AFTER)) if i >= 0]
    part = text[start:min(ends, default=len(text))]
    seq = words(part)
    # imported here: the urgency package's model text imports mcu_nlp.redaction, which imports this module
    from mcu_nlp.urgency.address import address_marks, address_spans

    marks = address_marks(part, seq)
    found = _home(part, 0, address_spans(part, seq, marks), seq, marks[1], unmarked, after_town, any_case)
    return [(a + start, b + start) for a, b in found]


def _street_like(text: str, bare: re.Match[str]) -> bool:
    """Whether the words of a street found in either case right after a home phrase (UNMARKED_STREET or
    UNMARKED_LOWER, ``bare``) name a street: its last word reads as one (:func:`_names_a_street`), the words before it
    may be a name's (no adverb, pronoun, preposition, verb or the like, no word of how one lives: «одна», «давно»), and
    the house number counts no noun after it (:func:`mcu_nlp.address_words._counts_a_noun`: «мой адрес ленина 5
    человек»; a flat's, an entrance's or a floor's word after it is the address's: «ленина 5 подъезд 2»).

    >>> texts = ("ленина 5", "ЛЕНИНА 5", "советская 5-12", "мира 3", "маршала говорова 16", "Лет 5", "семьей 5 человек")
    >>> [_street_like(t, UNMARKED_STREET.match(t) or UNMARKED_LOWER.match(t)) for t in texts]
    [True, True, True, True, True, False, False]
    >>> texts = ("мама 2", "человек 5", "года 3", "здесь 10", "одна 5", "ленина 5 человек", "ленина 5 подъезд 2")
    >>> [_street_like(t, UNMARKED_LOWER.match(t)) for t in texts]
    [False, False, False, False, False, False, True]
    """
    *before, last = bare["street"].lower().split()
    if not _names_a_street(last) or not all(_may_name_a_street(word) for word in before):
        return False
    number = LAST_NUMBER.search(bare.group())
    if number is None or not _counts_a_noun(text, number.group(), bare.end()):
        return True
    return _part_word(NOUN_AFTER.match(text, bare.end())[1])  # _counts_a_noun read a noun there


def _street_in_any_case(text: str, at: int, ordinal: bool = True) -> re.Match[str] | None:
    """The street's name with no street word and its house number at ``at``, capitalised, in capitals or in lower case
    (UNMARKED_STREET, UNMARKED_LOWER: the first letter tells which), if its words read as a street's
    (:func:`_street_like`) and, unless ``ordinal``, its first word is no ordinal (:func:`_ordinal`); else None."""
    bare = UNMARKED_STREET.match(text, at) or UNMARKED_LOWER.match(text, at)
    if bare is None or not _street_like(text, bare) or (not ordinal and _ordinal(bare["street"].split()[0])):
        return None
    return bare


def _ordinal(word: str) -> bool:
    """Whether ``word`` reads as an ordinal number («втором», «пятом»: a floor's, no street's name).

    >>> _ordinal("втором"), _ordinal("ленинском")
    (True, False)
    """
    return any("Anum" in parse.tag for parse in analyzer().parse(word.lower()))


def _names_a_street(word: str) -> bool:
    """Whether ``word`` (in lower case) reads as a street's name with no street word: a person's or a town's name in the
    genitive («ленина», «гагарина», «кирова»), an adjective («советская», «лесная») or a common noun streets are named
    after (STREET_NOUNS: «мира»); not another noun («семьей», «мама», «лет», «года», «человек», «граждан»), nor a word
    of how one lives («одна»).

    >>> [_names_a_street(w) for w in ("ленина", "советская", "мира", "семьей", "мама", "лет", "года", "одна")]
    [True, True, True, False, False, False, False, False]
    >>> [_names_a_street(w) for w in ("строителей", "ветеранов", "энтузиастов", "человек", "людей", "квартир")]
    [True, True, True, False, False, False]
    """
    return _may_name_a_street(word) and (word in STREET_NOUNS or _genitive_name(word) or _adjective(word)
                                         or _people_named(word))


def _may_name_a_street(word: str) -> bool:
    """Whether ``word``, right after a home phrase, may be a word of a street's name: no adverb, pronoun, preposition,
    verb or the like, nor a word of how one lives («одна», «давно»).

    >>> [_may_name_a_street(w) for w in ("ленина", "ЛЕНИНА", "советская", "здесь", "тут", "одна", "давно")]
    [True, True, True, False, False, False, False]
    """
    word = word.lower()
    return word not in HOW_ONE_LIVES and analyzer().parse(word)[0].tag.POS not in NO_STREET_POS


def _named_before_type(text: str, starts: tuple[int, ...]) -> list[tuple[int, int]]:
    """A street named before its type and its house number (NAME_BEFORE_TYPE) at the first of ``starts`` it begins at,
    as one (start, stop): at the home phrase's end («живу на Волоколамском пр-те 35»; «Тверская ул. 5», whose name the
    reader reads as a town), or past the towns after it («Тверь, Волоколамский пр-т 35»). Each word of the name can be
    an adjective, as a street's before its type is («Малый Сампсониевский пр.»); a town's is not («Курск ул 8 Марта»).

    >>> texts = ("Тверь, Волоколамский пр-т, д. 35", "на Советской ул. 5 лет", "Курск ул 8 Марта")
    >>> [[text[a:b] for a, b in _named_before_type(text, (0, 5))] for text in texts]
    [['Волоколамский пр-т, д. 35'], [], []]
    """
    for at in dict.fromkeys(starts):
        street = NAME_BEFORE_TYPE.match(text, at)
        if street and all(_adjective(word) for word in street["name"].split()):
            return [(street.start("name"), street.end())]
    return []


def _shop_like(text: str, bare: re.Match[str]) -> bool:
    """Whether a street with no street word after a town and a comma is rather a shop, a stop or a building by its
    name and number («Живу в Курске, Пятерочка 1 закрыта», «..., Магнит 3 не работает»): its name is a noun read in the
    nominative only (a street's is a genitive, «Ленина», or an adjective, «Лесная»), or a shop's verb follows it
    («закрыт», «не работает», «открылся»). A house number with a flat's («Дружба 12-5», «Звезда 3-5») is a home's
    (session 25), unless a verb that agrees with the noun follows it («Маршрут 5-2 не ходит»); «24/7» is no flat's.
    A verb with its own subject before the clause's end is no shop's («Ленина 5 не работает уже неделю лифт»)."""
    flat = FLATS_NUMBER.search(text, bare.end("street"), bare.end())  # «Ленина 5-12 затопило»: a flat's
    if not flat and BUILDING_NAMED.match(text, bare.end()):  # «живу в Курске, Ленина 5 — это поликлиника»
        return True  # what the house is: no home («Ленина 5-12 — это поликлиника»: a flat's number, a home)
    name = bare["street"].split()[-1].lower()
    if _nominative_noun(name):
        return not flat or _verb_of(text, bare.end(), analyzer().parse(name)[0].tag)
    if flat:
        return False
    after = NEXT_WORD.match(text, bare.end())
    return after is not None and lemma(after[1].lower()) in SHOP_VERBS and not _subject_after(text, after.end())


def _verb_of(text: str, stop: int, noun: object) -> bool:
    """Whether the word after ``stop`` (past «не») is a verb that agrees with ``noun``'s tag and has no subject of its
    own before the clause's end («Маршрут 5-2 не ходит», «Пятерочка 24/7 закрыта»; not «Звезда 3-5 затопило»)."""
    after = NEXT_WORD.match(text, stop)
    if after is None:
        return False
    agrees = any(p.tag.POS in VERB_AFTER and p.tag.number in (None, noun.number)
                 and p.tag.gender in (None, noun.gender) and p.tag.person in (None, "3per")
                 for p in analyzer().parse(after[1].lower()))
    return agrees and not _subject_after(text, after.end())


def _subject_after(text: str, stop: int) -> bool:
    """Whether a noun in the nominative, not right after a preposition, stands between ``stop`` and the clause's end
    («не работает уже неделю лифт», «закрыт на ключ подвал»; not «закрыт на ремонт»)."""
    previous = ""
    for word in SUBJECT_WORD.finditer(text, stop, min(len(text), stop + 120)):
        if not word[0].isalpha():
            return False
        parses = analyzer().parse(word[0].lower())
        if previous != "PREP" and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "nomn":
            return True
        previous = parses[0].tag.POS
    return False


def _past_places(text: str, start: int, seq: list[Word], places: list[bool]) -> int:
    """Where the words at ``start`` that name a town, a region or a postal code end («г. Курск, », «305000,
    Курск, »)."""
    for word, place in zip(seq, places):
        if word.stop <= start:
            continue
        if not PLACE_GAP.fullmatch(text, start, word.start) or not (place or POSTCODE.fullmatch(word.form)):
            break
        start = word.stop
    return start


def _read_home(text: str, start: int, lead: tuple[re.Match[str], int], spans: list[tuple[int, int]],
               seq: list[Word], places: list[bool], named: bool = False) -> list[tuple[int, int]]:
    """The home address the reader finds after ``start``, from the ``lead`` before its first span (its name words);
    ``named`` right after a phrase that names it («по адресу», «мой адрес»: :func:`_house_end`)."""
    begin = lead[0].start("name") if lead[0]["name"] else lead[0].end()
    end = _name_goes_on(text, lead[1], spans)
    inside = [(w, p) for w, p in zip(seq, places) if begin <= w.start and w.stop <= end]
    # «305000, Курск»: a town's; «Куйбышева 21»: a street's named after a town
    kept = [w for w, p in inside if (not p or _street_named(text, w)) and not POSTCODE.fullmatch(w.form)]
    if kept and NEAR.match(kept[0].form):
        return []
    while kept and PREPOSITION.match(kept[0].form):
        kept.pop(0)
    if kept and kept[0].start and DURATION.match(text, kept[0].start - 1):  # «живу в Курске с 2010 года, ...»
        return []  # how long one has lived there, no house number: _home reads on past it after the town
    while kept and PREPOSITION.match(kept[-1].form):  # before a town that stays: «5-12 в Лысьве»
        kept.pop()
    # «живу в кв. 12, Соседи 5 квартиры шумят»: people, no street's name (the neighbours' flat is the flat reading's)
    if kept and animate_word(text[kept[0].start:kept[0].stop]):
        return []
    # a line's or a date's number, which the reader leaves without its name («живу в Курске, 4 линия, дом 5», «4-я
    # линия В.О., д. 5», «живу в Курске, 8 Марта 5»): read on to the house number; a street so named without one names
    # no household («живу в Курске, 4 линия разбита»); not after a house's number («живу в доме 5 линии электропередач
    # гудят»)
    if kept and all(w.form[:1].isdigit() for w in kept) \
            and (name := _name_after_number(text, kept[-1].stop, text == text.lower())):
        house = _house_end(text, name, named)  # «4 линия, 3 подъезд»: a count, no house
        return [(kept[0].start, house)] if house else []
    if kept and all(w.form[:1].isdigit() for w in kept) and (MONTH_AFTER.match(text, kept[-1].stop)
                                                           or MEASURE.match(text, kept[-1].stop)):
        return []  # «живу в Курске, 8 Марта 2024 г. прорвало», «8 МАРТА 12:00»: a date; «50 лет Дома 5»: years
    if kept and _counts_a_noun(text, kept[0].form, kept[0].stop):  # «живу в Курске, 1 подъезд разбит»: no house number
        kept.pop(0)
    # a flat's, an entrance's or a floor's word first, then such words and numbers alone («Живу на 5 этаже Квартира
    # 12», «в квартире 12»): no street, the flat reading masks a flat's number (not «5 кв 12»: house 5; nor «Квартира
    # 12-5», which the flat reading leaves as a range; «в квартирах №№: 115, 215 и 715»: the flat reading's list)
    if kept and _part_word(kept[0].form) and all(_part_word(w.form) or w.form[:1].isdigit() for w in kept) \
            and _flat_reads(text, kept):
        return []
    # a street without a house number names no household («живу на ул. Ленина»; «живу в Тюмени, ул. Ленина
    # разбита»: the street is the problem's place, which geo and an operator need), nor does an ordinal in its name
    # («проживающих по адресам: 1-ый Кирпичный переулок», «на 3-й линии»)
    if not any(HOUSE_NUMBER.search(w.form) for w in kept):
        return []
    # to the end of what is glued to its last number: the reader's «5» of «5а», «5к.1», «5/2» would leave «[ADDRESS]а»
    glued = GLUED.match(text, kept[-1].stop)
    return [(kept[0].start, glued.end() if glued else kept[-1].stop)]


def _name_after_number(text: str, stop: int, any_case: bool = False) -> int | None:
    """Where the name of a street that a number ending at ``stop`` opens ends, up to where its house number may begin:
    a St Petersburg line («4 линия, », «-я линия В.О., », «9 линии ВО »), or a date or an event's years (DATE_AFTER,
    :func:`mcu_nlp.address_words._date_name`: «8 Марта », «1 Мая, », «50 лет Октября », «26 Бакинских Комиссаров »),
    capitalised unless ``any_case`` (right after «по адресу», «мой адрес», «проживаю», or in a text in lower case:
    «8 марта 5») or a house's word follows (HOUSE_WORD: «8 марта д. 5»); None if no such name follows.

    >>> text = "4 линия, д. 5; 8 Марта 5; 8 марта 5; 50 лет Октября 4; 26 Бакинских Комиссаров 7; 8 Марта 2024 г."
    >>> [text[m.start():_name_after_number(text, m.end())] for m in re.finditer(r"\\d+", text)
    ...  if _name_after_number(text, m.end())]
    ['4 линия, ', '8 Марта ', '50 лет Октября ', '26 Бакинских Комиссаров ']
    >>> text = "8 марта д. 5; 25 лет Москве 5; 50 лет Дома 5"
    >>> [text[m.start():_name_after_number(text, m.end())] for m in re.finditer(r"\\d+", text)
    ...  if _name_after_number(text, m.end())]
    ['8 марта ']
    >>> _name_after_number("8 Марта\\xa05", 1)  # a no-break space
    8
    """
    if line := LINE_AFTER.match(text, stop):
        return line.end()
    date = DATE_AFTER.match(text, stop)
    return date.end() if date and _date_name(date["name"], any_case or HOUSE_WORD.match(text, date.end()) is not None) \
        else None


def _house_end(text: str, at: int, named: bool = False) -> int | None:
    """Where the house number at ``at`` (HOUSE_AFTER: «д. 5», «12», «12/3»), after a street's name opened by a number
    (:func:`_name_after_number`), ends with what is glued to it (GLUED: «12/3а», «12/3к1»); None if no house number is
    there, or the number counts the noun after it («4 линия, 3 подъезд») or is a time («8 марта 12:00»), or after a
    month a short year or a time (DATE_TAIL: «8 Марта 24 г.», «8 Марта 23г.», «8 Марта 12 ч»), unless a phrase names
    the address (``named``: «по адресу», «мой адрес»), where a house is read whatever follows.

    >>> [_house_end(t, 0) for t in ("д. 5, течет", "12/3а", "3 подъезд", "12:00", "разбита")]
    [4, 5, None, None, None]
    >>> [_house_end(t, 8) for t in ("8 Марта 24 г.", "8 Марта 23г.", "8 Марта 12 ч", "8 Марта 23г", "8 Марта 18-30")]
    [None, None, None, 11, 13]
    >>> _house_end("8 Марта 24 г.", 8, named=True)
    10
    """
    house = HOUSE_AFTER.match(text, at)
    if house is None or _counts_a_noun(text, house.group(), house.end()) or CLOCK.match(text, house.end()):
        return None
    if not named and MONTH_BEFORE.search(text, max(0, at - 16), at) \
            and DATE_TAIL.match(text, at + DIGITS.match(house.group()).end()):  # «8 Марта 24 г.»: a date
        return None
    glued = GLUED.match(text, house.end())
    return glued.end() if glued else house.end()


def _town_in(name: str) -> bool:
    """Whether the words ``name`` after «в» (TOWN_WORDS, TOWN_LOWER) name a town in the locative: the last reads as a
    place there, whole or its first part before a hyphen («Санкт-Петербурге», «Новгороде», «Ростове-на-Дону»,
    «Каменске-Уральском»), and each word before it as an adjective there or a place («Нижнем», «Старом», «Набережных»),
    or the gazetteer holds them as a form of a place's name (:func:`_gazetteer_form`: «Красном Селе», «Минеральных
    Водах», «Санкт Петербурге», «Ростове на Дону»); not «Лесу», «Доме».

    >>> [_town_in(n) for n in ("Санкт-Петербурге", "Нижнем Новгороде", "Каменске-Уральском", "Старом Осколе")]
    [True, True, True, True]
    >>> [_town_in(n) for n in ("Санкт Петербурге", "Ростове на Дону", "Красном Селе", "САНКТ\u2011ПЕТЕРБУРГЕ")]
    [True, True, True, True]
    >>> [_town_in(n) for n in ("Лесу", "Доме", "Новом Доме", "Соседи", "доме напротив")]
    [False, False, False, False, False]
    """
    name = re.sub(TOWN_HYPHEN, "-", name)
    *before, last = name.lower().split()
    if (_in_place(last) or ("-" in last and _in_place(last.split("-")[0]))) and all(
            _in_place(word) or any(p.tag.POS == "ADJF" and p.tag.case in LOCATIVE for p in analyzer().parse(word))
            for word in before):
        return True
    return _gazetteer_form(name)  # the dictionary's test first: most towns pass it, no gazetteer loaded


#: Home verbs a town may follow with no «в» before a street's type word («живу энгельс ул. ломоносова 15»)
HOME_VERBS = frozenset({"живу", "живем", "живём", "проживаю", "проживаем", "прописан", "прописана", "прописаны"})


def _town_before_street(text: str, before: Word, word: Word, following: Word) -> bool:
    """Whether ``word`` is a town the dictionary does not know as a place («Энгельсе», a surname's form to pymorphy3)
    before the street of a home, held by the gazetteer as a place's written form (:func:`_gazetteer_form`),
    capitalised or in a text all in lower case (session 66): after «в» in the locative's ending, followed by «на»,
    «по» or a comma («живу в Энгельсе на ул. Ломоносова 15», «в Энгельсе, ул. ...»), or right after a home verb
    before a street's type word («живу энгельс ул. ломоносова д. 15»: a Саратов walkthrough's D2).

    >>> text = "живу в Энгельсе на ул. Ломоносова 15; живу в Доме на ул. Мира 5"
    >>> seq = words(text)
    >>> _town_before_street(text, *seq[1:4]), _town_before_street(text, *seq[9:12])
    (True, False)
    >>> text = "живу энгельс ул. ломоносова д. 15; живу дома ул. мира 5"
    >>> seq = words(text)
    >>> _town_before_street(text, *seq[0:3]), _town_before_street(text, *seq[8:11])
    (True, False)
    """
    if not (text[word.start].isupper() or text == text.lower()):
        return False
    if before.form in ("в", "во"):
        return word.form[-1:] in "еиу" and (following.form in ("на", "по") or "," in text[word.stop:following.start]) \
            and _gazetteer_form(word.form, least=1)
    return before.form in HOME_VERBS and following.form in TYPE_WORDS and _gazetteer_form(word.form, least=1)


def _gazetteer_form(name: str, least: int = 2) -> bool:
    """Whether the geo gazetteer (:func:`mcu_nlp.geo.gazetteer.load_gazetteer`, loaded once) holds ``name``, of
    ``least`` words or more, as a written form of a place's name («красном селе», «минеральных водах»); False if the
    gazetteer cannot be loaded (missing or unreadable: ``MCU_NLP_GAZETTEER`` naming no file), redaction never failing
    for it: such a town is then not read, and the street after it only as after any word («живу в Красном Селе,
    Ленина 5» keeps «Ленина 5» then).

    >>> _gazetteer_form("Красном Селе"), _gazetteer_form("Новом Доме"), _gazetteer_form("Селе")
    (True, False, False)
    """
    if len(re.split(r"[\s-]+", name.strip())) < least:  # one word: a common word's form too, unless the caller checks
        return False
    # imported here: a redaction that meets no such town never loads the gazetteer
    from mcu_nlp.geo.gazetteer import gazetteer_or_none
    from mcu_nlp.geo.tokens import phrase_key

    gazetteer = gazetteer_or_none()
    return gazetteer is not None and phrase_key(name) in gazetteer.index


def _in_place(word: str) -> bool:
    """Whether ``word`` (in lower case) reads as a place's name in the locative («петербурге», «новгороде»)."""
    return any("Geox" in p.tag and p.tag.case in LOCATIVE for p in analyzer().parse(word))


def _street_named(text: str, place: Word) -> bool:
    """Whether a word the reader reads as a town's name is a street's: a town's or a person's name in the genitive
    right before a house number, the street named after them («по адресу Куйбышева 21 кв 79», «Куйбышева, 21»:
    улица Куйбышева; session 26), or an adjective before a street's type and a house number («Тверская ул. 5»); not a
    town before its street or after its type («г. Курск, Ленина 5», «в Курске, 1 подъезд», «г. Кирова, 5», «Курск ул 8
    Марта»), nor a region's word («Курского района 5»), nor a town's abbreviation («в СПб, 4-я линия»).

    >>> text = "Куйбышева 21; Курск, 5; Куйбышева дом; г. Кирова, 5; Курского района 5; Тверская ул. 5; Курск ул 8"
    >>> text += "; СПб, 4"
    >>> [w.form for w in words(text) if _street_named(text, w)]
    ['куйбышева', 'тверская']
    """
    if TOWN_TYPE_BEFORE.search(text, max(0, place.start - 12), place.start):
        return False
    if TYPE_THEN_HOUSE.match(text, place.stop):
        return _adjective(place.form)
    if HOUSE_NEXT.match(text, place.stop) is None:
        return False
    # «СПб, 4-я линия»: an abbreviation, the town's; «по адресу Неру 5»: a name the dictionary reads only as a place
    # in a case no town takes before its house number (the river Нера's accusative), a street's named after a person
    return _genitive_name(place.form) or _oblique_only(place.form)


def _name_goes_on(text: str, stop: int, spans: list[tuple[int, int]]) -> int:
    """Where a home address read up to ``stop`` ends when the reader stopped at a number opening its street's name
    («ул. 2-я Советская, д. 7», «ул. 8 Марта, 12-34», «ул. 40 лет Победы, д. 7»): past that name, at the end of the
    address or house number right after it; before that number if none follows («живу на ул. 8 Марта, двор ...»:
    no house number, no household); ``stop`` if the reader did not stop so."""
    name = next((m for m in NAME_AFTER_NUMBER.finditer(text, max(0, stop - 20), stop + 60) if m.end("number") == stop),
                None)
    if name is None:
        return stop
    after = next((b for a, b in spans if a == name.end()), None)
    if after is not None:
        return after
    house = HOUSE_AFTER.match(text, name.end())
    return house.end() if house else name.start("number")


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (they may overlap) as spaces: the same offsets."""
    parts, last = [], 0
    for start, stop in sorted(spans):
        if stop > last:
            start = max(start, last)
            parts += [text[last:start], " " * (stop - start)]
            last = stop
    return "".join(parts) + text[last:] if parts else text
