"""The phrases that give an address as someone's home, or say it is none, as :mod:`mcu_nlp.home_address` reads them.

A home phrase (HOME: «живу», «проживаю по адресу», «мой адрес», «адрес регистрации», an applicant's «Заявитель: ...,
адрес:»; HOME_HINT finds the texts that may hold one, fast), a weaker one that gives a home only with a flat's number
(OTHER_HOME: «её адрес», «у нас на»; and «мой дом -»), how long one has lived there between the phrase and the address
(DURATION: «живу в Курске 5 лет, Ленина 5»), a person said to be from a street (:func:`_from_homes`: «Сосед Кузьменко
с Малиновского 60»), a plot in a garden partnership (GARDEN: «живу в СНТ Энергетик, участок 145»); and what makes such
a phrase name no household: an animal for its subject (:func:`_animal_home`), an organisation for applicant or owner
(:func:`_names_a_person`, :func:`_owner_organisation`), a building that names no home after the house number
(BUILDING_NAMED: «— это поликлиника»), a home near the address, not at it (NEAR). Reading the address after a phrase
(its street, house and flat numbers, towns) is :mod:`mcu_nlp.home_address`'s; what its words read as,
:mod:`mcu_nlp.address_words`'.

>>> [bool(HOME.search(t)) for t in ("живу по адресу ул. Ленина, д. 5", "яма у дома 5 по ул. Ленина")]
[True, False]
"""

from __future__ import annotations

import re

from mcu_nlp.address_words import (
    DAY_PARTS,
    STREET_NOUNS,
    _adjective,
    _counted,
    _genitive_name,
    _people_named,
    _town_likelier,
)
from mcu_nlp.flat_numbers import MEASURED
from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.name_context import word_set
from mcu_nlp.name_describers import ANIMALS, RESIDENTS
from mcu_nlp.name_places import NAME_TAGS
from mcu_nlp.name_roles import ORGANISATIONS
from mcu_nlp.phone_numbers import INLINE_SPACE
from mcu_nlp.street_words import alternation, street_words

#: What may stand between «Заявитель:» (or «Заявитель -») and its «адрес» (session 24): a person's name and initials
#: («Сидоров А.П.», «Иванова Анна», «ИВАНОВ ИВАН», or masked: «[XXXX]»), a town with its type («г. Коломна»), a phone
#: («тел. 8 912 345-67-89», or blanked), commas; no other word: in «Заявитель: Сидоров А.П., прошу проверить, адрес:
#: ...» the address is the problem's. Its capitalised words must read as a name too (:func:`_names_a_person`, session
#: 25): in «Заявитель: УК Ромашка, адрес: ...», «Заявитель: Администрация, адрес: ...» it is an organisation's. Each
#: part is whole (a word, a run of digits), so the parts of a text are read one way only: no backtracking over «1 1 1»
#: The words of a phone and the settlement types a town follows there (also :func:`_names_a_person`'s words that are
#: no name)
PHONE_WORDS = ("тел", "телефон", "т")
SETTLEMENT_TYPES = ("г", "гор", "город", "пос", "п", "пгт", "с", "село", "д", "дер", "ст", "х")
APPLICANT = (r"(?:[\s,;]{0,24}(?:[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?(?![\w-])|[А-ЯЁ]\.|\[X*\]|\]"
             r"|(?i:" + "|".join(PHONE_WORDS) + r")(?![\w-])\.?:?"
             r"|(?i:" + "|".join(SETTLEMENT_TYPES) + r")(?![\w-])\.?(?=\s{0,2}[А-ЯЁ])"
             r"|\+?[\d()-]+(?![\w()-]))){1,10}?[\s,;]{0,24}(?<![\w-])")
#: Words that give an address as someone's home, whole words («живут», «проживают»: not «живу», «проживаю» and a
#: letter; «прож.», «прожив.» abbreviate them), and at most «по адресу» and marks after them; an applicant's address
#: in a form's requisites too (session 24): «адрес заявителя: ...», «Заявитель: [PERSON], адрес: ...» (with only
#: APPLICANT's name, initials, town or phone between)
HOME = re.compile(
    r"(?<![\w-])(?i:прожива(?:ю|ем|ет|ют|ешь|ла|л|ли|ние|ния|ющ\w{1,3})|прож(?:ив)?\.|жив(?:у|ем|ём|ет|ёт|ут|ешь|ёшь)"
    r"|прописан[аыо]?|прописк[аи](?=\s{0,2}:)|зарегистрирован[аыо]?|(?:(?:мой|моя|наш|наша)\s{1,3}(?:(?:почтов|домашн|фактическ)\w{2,3}\s{1,3})?"
    r"|домашн\w{2,3}\s{1,3})адрес|адрес\w{0,2}\s{1,3}(?:(?:фактического\s{1,3})?проживания|регистрации|прописки"
    r"|места\s{1,3}жительства|для\s{1,3}(?:ответа|связи|переписки)|заявител(?:я|ей))"
    rf"|заявител(?:ь|и|ем|ями)\s{{0,3}}[:—–-](?-i:(?P<applicant>{APPLICANT}))адрес)(?![\w-])(?:\s{{1,3}}(?i:(?:в\s{{1,3}}доме\s{{1,3}})?по\s{{1,3}}адресу))?"
    r"[\s:,-]{0,4}")
#: Words that give an address as a home less surely than HOME's (session 30): «его адрес», «её адрес», «их адрес» (an
#: organisation's as likely: «магазин, его адрес Ленина 5»), «у нас», «у меня» before «на» or «по» (the problem's
#: place as likely: «у нас на Комарова 28 яма»), read as a home only with a flat's number (FLAT_IN: «ее адрес Ленина
#: 150 кв 24», «у нас на Комарова 28 кв 15»); and «мой дом», «моя квартира» before a colon or a dash («мой дом -
#: Королева 10/2», «мой дом - это Королева 10/2»), the writer's home as «мой адрес» gives it («наш дом» stays: a
#: building of many households); and the writer as a resident, «как житель», «я жительница» (session 71, a Краснодарский
#: край walkthrough: «Обращаюсь как житель: ст. Брюховецкая, ул. Ленина 22-4» kept the home in clear), with a flat's
#: number as after «её адрес» («я житель улицы Попова», «я жительница дома ул Ленина 48к2» name a street, a building;
#: «жители», «жильцы дома 97/2», «житель дома 5-7 жалуется» a building's or another's)
OTHER_HOME = re.compile(
    r"(?<![\w-])(?i:(?P<own>(?:мой|моя)[ \t\xa0]{1,3}(?:дом|квартира)[ \t\xa0]{0,2}[:—–-]"
    r"(?:[ \t\xa0]{0,2}это(?![\w-]))?)"
    r"|(?P<named>(?:его|её|ее|их)[ \t\xa0]{1,3}адрес)(?![\w-])"
    r"|(?P<resident>(?:я|как)[ \t\xa0,]{1,3}(?:(?:местн|постоянн|коренн)[а-яё]{2,3}[ \t\xa0]{1,3})?"
    r"жител(?:ь|ьница))(?![\w-])"
    r"|у[ \t\xa0]{1,3}(?:нас|меня)[ \t\xa0,]{1,3}(?=(?:на|по)[ \t\xa0]))[ \t\xa0:,—–-]{0,4}")
#: A flat's number in an address: after a flat's word (FLAT_WORD_IN), or, after «его адрес», «её адрес», «их адрес»
#: (an address: one household's), after the house's and a dash or a slash, or a dash with a space each side («Мира
#: 3-45», «Ленина 5/12», «Мира 3 - 45»; after «у нас на» a range of houses as likely: «на Ленинском пр 84 - 86
#: тротуар», «84-86»)
FLAT_WORD_IN = re.compile(r"(?<![\w-])(?i:кв|квартира)\.?[ \t\xa0]{0,2}№?[ \t\xa0]?\d")
FLAT_IN = re.compile(rf"{FLAT_WORD_IN.pattern}|(?<![\d/-])(?!24/7(?!\d))\d{{1,4}}[а-яё]?"
                     r"(?:[-/]|[ \t\xa0]{1,2}[-–—][ \t\xa0]{1,2})\d{1,4}(?![\d/-])")
#: A full stop right after a home phrase: the address after it is another sentence's («Не указан адрес заявителя. Яма
#: на ул. Садовая, 17», «Адрес регистрации. Яма ...»), the problem's place (HOME's marks after it hold no «.»)
FULL_STOP = re.compile(r"[\s,:-]{0,3}\.(?![\w.])")
#: A home phrase that ends with «адрес», «по адресу» or a colon: the street's name may follow it with no preposition
#: or street word («мой адрес Ленина 10-25», «проживаю по адресу Советская 5-12», «проживаю: Курск, Мира 3-45»)
NAMES_AN_ADDRESS = re.compile(r"(?:(?i:адрес\w{0,2})[\s,.-]*|:[\s,.-]*)\Z")
#: What every match of HOME holds, found 3x faster than HOME (each alternative here starts with a letter class that
#: the regex engine skips to)
HOME_HINT = re.compile(r"[ЖжПпЗзАа](?i:(?<=[Жж])ив|(?<=[Пп])ро[жп]|(?<=[Зз])арегистр|(?<=[Аа])дрес)")
#: A home phrase by the verb alone in the first person, after which a street with no street word and its house number
#: are a home's, in either case («проживаю Ленина 5», «ПРОЖИВАЮ СОВЕТСКАЯ 5-12», «проживаю ленина 5 кв 3»); not the
#: third person, whose subject is often who lives there and how many («проживают жильцы 5 квартир», «проживает
#: мужчина 45»)
LIVING_VERB = re.compile(r"(?i:прожива(?:ю|ем))[\s:,-]*\Z")
#: Words of how one lives that may stand between a home phrase and its address («живет одна в доме 5», «живу сейчас
#: на ...»; :data:`mcu_nlp.home_address.LEAD`), and no word of a street's name right after it («одна 5»)
HOW_ONE_LIVES = ("один", "одна", "одни", "сам", "сама", "сами", "вдвоем", "вдвоём", "втроем", "втроём", "давно",
                 "сейчас", "теперь", "постоянно", "временно", "тоже", "также")
LIVES_WORDS = "|".join(HOW_ONE_LIVES)
#: How long one has lived in the town or at the home, between it and the comma or «по адресу», or right after the
#: home phrase (session 29: «живу в Курске 5 лет, Ленина 5», «уже 10 лет», «лет 5», «пять лет», «1,5 года»,
#: «полгода», «всю жизнь», «давно», «с детства», «с 2010 года», «с 2010-го года», «с 2015г.», «2010 года»): it
#: stays, and the address is read on past it; «г» or «г.» after a year is «года», no town's «город» (the reader's
#: town would take the street after it: «с 2010 г., Ленина 5»)
DURATION_COUNT = (r"(?i:\d{1,3}(?:,\d)?|одн[оу]|два|две|тр[ие]|четыре|пять|шесть|семь|восемь|девять|десять"
                  r"|одиннадцать|двенадцать|пятнадцать|двадцать|тридцать|сорок|пятьдесят|полтора|пару)")
DURATION = re.compile(
    r"[ \t\xa0]{1,2}(?:(?i:уже|более|больше|около|почти|свыше|целых)[ \t\xa0]{1,2})?"
    rf"(?:{DURATION_COUNT}[ \t\xa0]{{1,2}}(?i:лет|год[а]?|месяц(?:а|ев)?)|(?i:много|несколько)[ \t\xa0]{{1,2}}(?i:лет)"
    r"|(?i:лет)[ \t\xa0]{1,2}\d{1,2}|(?i:давно|полгода|всю[ \t\xa0]{1,2}жизнь|с[ \t\xa0]{1,2}(?:детства|рождения))"
    r"|(?:(?i:с)[ \t\xa0]{1,2})?\d{4}(?:-?(?i:го))?[ \t\xa0]{0,2}(?i:года?|г\.|г(?![\w-])))"
    r"(?![\w-])"
)
#: What follows a duration right after the home phrase (no town) that the address is read on after: spaces, no
#: comma, then a preposition or a street's or house's word («проживаю с 2010 г. на Ленина 5-12», «живу с 2015 г ул.
#: Ленина 5»; «проживаю 25 лет Москве 5» stays; after a comma or a semicolon,
#: :func:`mcu_nlp.home_address._closing_home`)
DURATION_GAP = re.compile(r"[ \t\xa0]{1,3}(?=(?i:на|по|в|во|ул|улиц[аеу]|пр|просп|пр-к?т|пер|мкрн?|микрорайоне|д"
                          r"|дом[еу]?)[ \t\xa0.])")
#: After a town and a duration with no comma, spaces and a word: the clause goes on, and its street is the home's,
#: with no preposition too («живу в Курске с 2010 г. Ленина 5», as on session 28; «..., на улице ...» is a new clause)
TOWN_DURATION_GAP = re.compile(r"[ \t\xa0]{1,3}(?=\w)")
#: A comma, a semicolon, a colon or a spaced dash after how long one has lived there («живу 5 лет: Ленина 5», «живу 5
#: лет - Ленина 5»), and what may close the clause of the address after it
#: (:func:`mcu_nlp.home_address._closing_home`): marks, a line's or the text's end, a comma before them («живу 5 лет;
#: Ленина 5,»; «...; Ленина 5, яма» stays: the clause goes on)
CLAUSE_MARK = re.compile(r"[ \t\xa0]{0,2}(?:[,;:]|(?<=[ \t\xa0])[-–—](?=[ \t\xa0]))[ \t\xa0]{0,3}")
CLAUSE_CLOSE = re.compile(r"[ \t\xa0]{0,3}(?:,[ \t\xa0]{0,3})?(?:[.!?;)\n]|\Z)")
#: A preposition opening what follows the duration's comma: a new clause's place («..., на улице Куйбышева 12 яма»)
CLAUSE_PLACE = re.compile(r"(?i:на|по|в|во|у|около|возле|напротив)[ \t\xa0]")
#: «по адресу» after such a town («живу в г. Курске по адресу ул. Ленина 5»): the address after it is a home's
ADDRESS_AFTER_TOWN = re.compile(r"\s{0,2},?\s{0,3}(?i:по\s{1,3}адресу)(?![\w-])[\s:,-]{0,4}")
#: Words that put a home near an address, not at it («живу рядом с домом 5», «напротив дома 5»): that address is the
#: neighbourhood's, a public place (the problem's, often: «живу возле ул. Мира 3, там яма»), and names no household
NEAR = re.compile(r"(?i:рядом|напротив|около|возле|вблизи|близ|недалеко|неподалеку)\Z")
#: A dash and «это» right after a house number, then a building's word that names no home, maybe after «наш», «моя»
#: («живу в Курске, Ленина 5 — это поликлиника», «... — это наша школа»): the building is that, no household's home
#: (session 29); any other word after «это» («многоквартирный дом», «пятиэтажка», «же мой дом», «ТСЖ», «адрес»)
#: leaves it a home, as does a flat's number («Ленина 5-12 — это поликлиника»: :func:`mcu_nlp.home_address._shop_like`)
NO_HOME_BUILDINGS = (
    "поликлиника|больница|госпиталь|роддом|травмпункт|амбулатория|фап|школа|гимназия|лицей|колледж|техникум"
    "|университет|институт|детский[ \t\xa0]сад|детсад|садик|магазин|супермаркет|гипермаркет|аптека|рынок"
    "|торговый[ \t\xa0]центр|тц|трц|администрация|управа|мфц|почта|отделение[ \t\xa0]почты|банк|сбербанк|офис"
    "|бизнес-центр|библиотека|музей|театр|кинотеатр|дом[ \t\xa0]культуры|дк|клуб|стадион|спорткомплекс|бассейн"
    "|церковь|храм|мечеть|кафе|ресторан|столовая|баня|прачечная|суд|прокуратура|полиция|отдел[ \t\xa0]полиции"
    "|военкомат|налоговая|пенсионный[ \t\xa0]фонд|соцзащита|вокзал|автовокзал|завод|фабрика|склад|гараж|котельная"
    "|подстанция|заправка|азс|автомойка|автосервис|парковка|стоянка")
BUILDING_NAMED = re.compile(r"[ \t\xa0]{0,2}[-–—][ \t\xa0]{0,2}(?i:это)[ \t\xa0]{1,2}"
                            r"(?:(?i:наш[аеи]?|мо[йяеё]|ближайш(?:ая|ий|ее)|районн(?:ая|ый|ое)|городск(?:ая|ой|ое))"
                            rf"[ \t\xa0]{{1,2}})?(?i:{NO_HOME_BUILDINGS})(?![\w-])")
#: An organisation or a building in the nominative in the clause before «его адрес», «её адрес», «их адрес»: the address
#: is its, no household's («Аптека, её адрес Ленина 150/2», «ООО Ромашка, его адрес Ленина 150-24», «УК Жилсервис, их
#: адрес ...»; «Соседка Петрова, её адрес Ленина 150 кв 24» is a home). NO_HOME_BUILDINGS' nouns, an organisation's
#: abbreviation (name_roles.ORGANISATIONS, «ИП», «ТЦ» ...) and a few nouns of firms
OWNER_ORGANISATION = re.compile(
    rf"(?<![\w-])(?i:{NO_HOME_BUILDINGS}|{'|'.join(sorted(ORGANISATIONS))}|ип|нко|фгуп|гбуз|мбоу|мбдоу|гбоу"
    r"|компания|управляющая[ \t\xa0]компания|организация|фирма|предприятие|учреждение|контора|салон|ателье|киоск"
    r"|ларек|ларёк|павильон|шиномонтаж|мастерская|бар|хостел|гостиница|отель|ломбард|пекарня|фитнес-клуб|автошкола"
    r"|поликлиника|школа|садик|жэк|тсж)(?![\w-])")
#: How far back, and up to which mark, the clause before «его адрес» is read for its owner
OWNER_REACH = 60
OWNER_CLAUSE_END = re.compile(r"[.!?\n;,]")
#: The words of an applicant's part (:data:`APPLICANT`): initials, words, the words that are no name («тел», a
#: settlement's type) and the types the town after them follows («г. Коломна»)
APPLICANT_INITIAL = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]\.")
APPLICANT_WORD = re.compile(r"[А-ЯЁа-яё]{2,}|(?<![А-ЯЁа-яё])[а-яё](?![А-ЯЁа-яё])")
APPLICANT_FUNCTION_WORDS = frozenset(SETTLEMENT_TYPES + PHONE_WORDS)


#: A home phrase in the third person: its subject may be an animal («собака живет», «крысы живут»)
THIRD_PERSON = re.compile(r"(?i:жив[её]т|живут|прожива(?:ет|ют|л|ла|ли)\b)")
#: Animals a home phrase may speak of, by lemma: pets and farm animals, pests, birds, a pack
CREATURES = ANIMALS | word_set("крыса мышь таракан клоп голубь птица животное чайка ворона белка енот лиса стая")
CLAUSE_WORD = re.compile(r"[А-ЯЁа-яё]+|[.!?;:\n]")


#: The horizontal spaces between the words of a person's «с» and the street (phone_numbers.INLINE_SPACE: a no-break
#: space, a thin one: «Сосед Кузьменко с Малиновского\xa060», review of session 29)
FROM_SPACE = f"[{INLINE_SPACE}]"
#: «с» or «со», a street (maybe after its word) and its house number, maybe a flat's after a dash or slash or a flat's
#: word, no measure after it: where a person named right before it is from («Сосед Кузьменко с Малиновского 60 держит
#: собак», «я с Королева 10 кв 143», session 29; :func:`_from_homes`)
#: (:mod:`mcu_nlp.street_words`: the genitives of these types with their abbreviations, declined ones too, «пр-та»,
#: «пр-кта», «б-ра»; session 30, from a hand-written list that lacked «пр-т», «пр-кт», «пркт», «б-р», «бул»), longest
#: first
FROM_TYPES = ("улица", "проспект", "переулок", "бульвар", "шоссе", "площадь", "набережная")
FROM_STREET_WORD = (f"(?i:{alternation(street_words(FROM_TYPES, ('gen',), abbreviated=True, declined=True))})"
                    rf"\.?{FROM_SPACE}{{1,2}}")
FROM_STREET = re.compile(
    rf"(?<![\w-])(?i:с|со){FROM_SPACE}{{1,2}}(?P<street>(?:{FROM_STREET_WORD})?(?P<name>[А-ЯЁ][а-яё]+"
    rf"(?:-[А-ЯЁ][а-яё]+)?(?:{FROM_SPACE}[А-ЯЁ][а-яё]+)?)){FROM_SPACE}{{0,2}},?{FROM_SPACE}{{0,2}}"
    rf"(?:(?i:д|дом)\.?{FROM_SPACE}{{0,2}})?(?P<house>\d{{1,4}})(?:[а-яё](?![а-яё]))?"
    rf"(?:{FROM_SPACE}?[-/]{FROM_SPACE}?\d{{1,4}}){{0,2}}"
    rf"(?:{FROM_SPACE}{{0,2}},?{FROM_SPACE}{{0,2}}(?i:кв|квартира)\.?{FROM_SPACE}{{0,2}}\d{{1,4}}(?![\w-]))?"
    rf"(?![\w.,/-]\d|[\w-]|{MEASURED})")
#: «до» after the house number: a route's or a time's start, «с Ленина 5 до Мира 3 шла пешком», «с Ленина 5 до 7
#: жду», no home
FROM_ROUTE = re.compile(rf"{FROM_SPACE}{{1,3}}(?i:до)(?![\w-])")
#: Who may be from a house so named, by lemma, one person: a neighbour, a resident («сосед», «соседка», «житель»,
#: «жилец», «пенсионерка», «бабушка»: RESIDENTS), no kin alone («мама с Мира 3», «муж с Ленина 5 ушел»: where they
#: come from, as likely as where they live), or the writer, «я», «мы»; and the words between it and «с»: a name's
#: capitalised words and initials («Сосед Кузьменко», «Соседка Анна Петровна», «сосед И.И. Петров»), then a word of
#: where or who else («сосед сверху», «я сама», «я тоже»: FROM_ASIDE)
KIN = word_set("мать отец сын дочь дочка муж жена брат сестра внук внучка тетя дядя мама папа свекровь теща супруг "
               "супруга родственник родственница")
FROM_PEOPLE = (RESIDENTS - KIN) | word_set("сосед соседка соседушка житель жительница жилец жиличка")
FROM_WRITER = frozenset(("я", "мы"))
FROM_ASIDE = r"(?i:сам|сама|сами|тоже|также|сверху|снизу|напротив|слева|справа)"
FROM_WHO = re.compile(rf"(?<![\w-])([А-ЯЁа-яё]+)((?:{FROM_SPACE}{{1,2}}(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.))"
                      rf"{{0,3}})(?:{FROM_SPACE}{{1,2}}{FROM_ASIDE}){{0,2}}{FROM_SPACE}{{1,2}}\Z")
#: A time of day after a number (DAY_PARTS): an hour
TIME_OF_DAY = re.compile(rf"[ \t\xa0]{{1,2}}(?i:{'|'.join(DAY_PARTS)})(?![\w-])")


#: A garden partnership's home (session 30, a Татарстан walkthrough: «Живу в СНТ Энергетик, участок 145, Высокогорский
#: район»): a home phrase («живу», «проживаю», «прописан», «мой адрес», maybe past «по адресу», how one lives, a town
#: or a district), or a dacha («дача в СНТ Берёзка участок 7», «у меня дача в ...»), then the partnership (СНТ, ДНТ,
#: СНТСН, ДНП, «садовое товарищество», «садоводство», «дачный кооператив») and its name (quoted, or up to three
#: words), then a plot's or a house's word and number, maybe after a street or a line inside it («ул. Садовая, уч. 5»):
#: the plot is the household's, as a flat is, and is masked from the street or plot word to its last number; the
#: partnership stays, as a village does. A plot with no home word («участок 145 не чищен», «в СНТ Энергетик,
#: участок 145 не чищен») or a partnership with no plot («живу в СНТ Энергетик, нет света») is a problem's place
GARDEN_CUE = (r"(?<![\w-])(?i:жив(?:у|ем|ём|ет|ёт|ут|ешь|ёшь)|прожива(?:ю|ем|ет|ют|ла|л|ли)|прописан[аыо]?"
              r"|зарегистрирован[аыо]?|(?:мой|моя|наш|наша)[ \t\xa0]{1,3}(?:адрес|дача)"
              r"|адрес[ \t\xa0]{1,3}(?:проживания|регистрации|прописки)|дач[аеиу]|дачей)(?![\w-])")
GARDEN_GAP = (r"(?:[\s,:]{1,3}(?:(?i:в|во|на|по[ \t\xa0]{1,3}адресу|постоянно|круглогодично|круглый[ \t\xa0]{1,3}год"
              r"|сейчас|давно|тоже|также|одна|один|одни|летом|р-н[еау]?|район[еау]?|обл|области|г|д|с|п|пос)\.?"
              r"|[А-ЯЁ][а-яё-]{1,30}\.?)(?![\w-])){0,6}")
GARDEN_WORD = (r"(?:СНТ(?:[ \t\xa0]?СН)?|ДНТ|ДНП|СОТ|СДТ|НСТ|(?i:снт|днт|днп)"
               r"|(?i:(?:садов|садоводческ|дачн)[а-яё]{1,3}(?:[ \t\xa0]{1,2}некоммерческ[а-яё]{1,3})?[ \t\xa0]{1,2}"
               r"(?:товариществ|кооператив|партн[её]рств)[а-яё]{0,2}|садоводств[оеау]))(?![\w-])")
GARDEN_NAME = (r"(?:[ \t\xa0]{1,2}(?:[«\"“„'][^«»\"“”„'\n]{1,40}[»\"”“']|(?:№[ \t\xa0]?\d{1,4}|[\w-]{1,30})"
               r"(?:[ \t\xa0]{1,2}(?:№[ \t\xa0]?\d{1,4}|[\w-]{1,30})){0,2}))?")
GARDEN_STREET = (r"(?:(?i:ул|улица|линия|аллея|проезд|пр-д|квартал)\.?[ \t\xa0]{1,2}[\w-]{1,30}"
                 r"|\d{1,2}(?:-?(?i:я|й|ая|ий|ый))?[ \t\xa0]{1,2}(?i:линия|аллея|улица|проезд))"
                 r"[ \t\xa0]{0,2},?[ \t\xa0]{0,2}")
GARDEN_PLOT = (r"(?i:участ(?:ок|ке|ка)|уч-?к[еа]?|уч|дом|д)\.?[ \t\xa0]{0,2}(?:№[ \t\xa0]{0,2})?\d{1,4}"
               rf"(?:[а-яё](?![а-яё])|/\d{{1,4}})?(?![\w.,/-]\d|[\w-]|{MEASURED})")
GARDEN = re.compile(rf"{GARDEN_CUE}{GARDEN_GAP}[\s,:]{{1,3}}(?:(?i:в|во|на)[ \t\xa0]{{1,3}})?{GARDEN_WORD}{GARDEN_NAME}"
                    rf"[ \t\xa0]{{0,2}},?[ \t\xa0]{{0,2}}(?P<plot>(?:{GARDEN_STREET})?{GARDEN_PLOT})")
#: What every match of GARDEN holds, as literals (a cheap check before it: 6x faster than GARDEN_WORD's cases)
GARDEN_HINT = re.compile("СНТ|ДНТ|ДНП|СОТ|СДТ|НСТ|снт|Снт|днт|Днт|днп|Днп|товарищест|Товарищест|ТОВАРИЩЕСТ|садоводст"
                         "|Садоводст|САДОВОДСТ|кооператив|Кооператив|КООПЕРАТИВ|партн[её]рст|Партн[её]рст|ПАРТН[ЕЁ]РСТ")


def _names_a_person(applicant: str) -> bool:
    """Whether what stands between «Заявитель:» and «адрес» (:data:`APPLICANT`) names a person: initials, a masked
    name or a word the dictionary reads as a first name, surname or patronymic (or lacks: a rare surname), when it
    has capitalised words other than a town's; not an organisation («Администрация», «Прокуратура», «Газпром», «Школа
    5», «УК Ромашка», session 25). A person named by a common noun is a person («Пенсионерка», «Жительница», «Соседи»:
    a noun the dictionary reads first as animate), and a phone or a town alone is no organisation («Москва»).

    >>> [_names_a_person(part) for part in (" Сидоров А.П., г. Коломна, ", " Администрация, ", " Школа 5, ")]
    [True, False, False]
    >>> [_names_a_person(part) for part in (" Пенсионерка, ", " Соседи, ", " Москва, ", " Администрация Москвы, ")]
    [True, True, True, False]
    """
    if APPLICANT_INITIAL.search(applicant) or "[" in applicant:
        return True
    words = APPLICANT_WORD.findall(applicant)
    others = [w for i, w in enumerate(words) if w.lower() not in APPLICANT_FUNCTION_WORDS
              and (i == 0 or words[i - 1].lower() not in SETTLEMENT_TYPES)]
    if not others or any(_reads_as_name(w.lower()) or _names_people(w.lower()) for w in others):
        return True
    return all(any("Geox" in p.tag for p in analyzer().parse(w.lower())) for w in others)  # a town alone


def _names_people(word: str) -> bool:
    """Whether ``word`` is a noun the dictionary reads first as animate: people named by what they are («пенсионерка»,
    «жительница», «аноним», «соседи», «волонтёры», «мать»)."""
    first = analyzer().parse(word)[0].tag
    return first.POS == "NOUN" and first.animacy == "anim"


def _reads_as_name(word: str) -> bool:
    """Whether ``word`` reads as a first name, surname or patronymic, or the dictionary lacks it (a rare surname:
    «Куцак»); a short word in capitals that reads as none is an abbreviation («УК», «ТСЖ»)."""
    parses = analyzer().parse(word)
    if any(NAME_TAGS & p.tag.grammemes for p in parses):
        return True
    return len(word) > 4 and not any(p.is_known for p in parses)


def _animal_home(text: str, home: re.Match[str]) -> bool:
    """Whether a home phrase in the third person has an animal for subject: the nearest noun before it in its clause
    that reads as a nominative, or the noun before «который» («Собака живет на ...», «Собака соседа живет», «собак,
    которые живут у дома 5»). Where an animal lives is the problem's place (strays, rats), no household's; a flat
    number there is still masked. «Сосед с собакой живет» and «я живу» are a person's home."""
    if not THIRD_PERSON.match(text, home.start()):
        return False
    relative = False
    for word in reversed(CLAUSE_WORD.findall(text, max(0, home.start() - 60), home.start())[-6:]):
        if not word.isalpha():
            return False
        lower = word.lower()
        if lemma(lower) == "который":
            relative = True
            continue
        nouns = [p.tag for p in analyzer().parse(lower) if p.tag.POS == "NOUN"]
        if not nouns:
            continue
        if lemma(lower) in CREATURES and (relative or any(tag.case == "nomn" for tag in nouns)):
            return True
        if relative or any(tag.case == "nomn" for tag in nouns):
            return False
    return False


def _owner_organisation(text: str, start: int) -> bool:
    """Whether an organisation or a building (OWNER_ORGANISATION) stands in the clause before «его адрес», «её адрес»,
    «их адрес» at ``start``, or in the sentence before when the phrase opens its own: the address is its («Аптека, её
    адрес Ленина 150/2», «Аптека закрыта. Её адрес ...»), no household's.

    >>> texts = ("Аптека, её адрес", "ООО Ромашка, его адрес", "Соседка Петрова, её адрес", "Аптека закрыта. Её адрес",
    ...          "Аптека закрыта, соседка жалуется. Её адрес")
    >>> [_owner_organisation(t, t.index("адрес") - 4) for t in texts]
    [True, True, False, True, False]
    """
    begin = max(0, start - OWNER_REACH)
    marks = [mark.end() for mark in OWNER_CLAUSE_END.finditer(text, begin, start)]
    if marks and not text[marks[-1] : start].strip():  # the phrase opens its sentence: the one before names the owner
        marks.pop()
    clause = marks[-1] if marks else begin
    return OWNER_ORGANISATION.search(text, clause, start) is not None


def _from_homes(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the addresses a person is said to be from (FROM_STREET after FROM_WHO: «Сосед Кузьменко с
    Малиновского 60 держит собак», «у соседки с ул. Ленина 5», «я с Королева 10 кв 143»): that person's home, a
    household's, as after «живет на» (session 29), maybe past a word of where or who else («сосед сверху», «я тоже с
    Ленина 5»). Not after any other word, «автобус с Малиновского 60 не ходит», «ремонт с Ленина 5 начали», nor kin
    alone, «мама с Мира 3», nor a plural's, «соседи с Ленина 5» (a house's residents: the problem's place), nor before
    «до», a route's or a time's start («я с Ленина 5 до Мира 3 шла пешком», «с Ленина 5 до 7 жду»); the street's last
    word reads as a street's name in the genitive (a person's, an adjective, «мира»; not a town's, «бабушка с
    Таганрога 3 сумки везла», nor a count's noun after the number).

    >>> text = "Сосед Кузьменко с Малиновского 60 держит собак; автобус с Малиновского 60 не ходит; я с ул. Мира 3"
    >>> text += "; я тоже с Мира 5 до Ленина 7 шла; мама с Мира 9"
    >>> [text[a:b] for a, b in _from_homes(text)]
    ['Малиновского 60', 'ул. Мира 3']
    """
    found = []
    for street in FROM_STREET.finditer(text):
        who = FROM_WHO.search(text, max(0, street.start() - 60), street.start())
        if who is None or not _from_person(who[1]) or (who[2] and who[1].lower() in FROM_WRITER):
            continue
        if FROM_ROUTE.match(text, street.end()):  # «я с Ленина 5 до Мира 3 шла»: a route's start, no home
            continue
        name = street["name"].split()[-1].lower()
        if not (name in STREET_NOUNS or _genitive_name(name) or _adjective(name) or _people_named(name)) \
                or _town_likelier(name) or _counted(text, street["house"], street.end("house")) \
                or (who[1].lower() in FROM_WRITER and _an_hour(text, street["house"], street.end("house"))):
            continue
        found.append((street.start("street"), street.end()))
    return found


def _from_person(word: str) -> bool:
    """Whether ``word`` before a name and «с» a street is one person who may live there (FROM_PEOPLE, singular, any
    case: «Сосед», «соседки», «бабушка») or the writer («я», «мы»)."""
    lower = word.lower()
    if lower in FROM_WRITER:
        return True
    return any(p.tag.number != "plur" and p.normal_form.replace("ё", "е") in FROM_PEOPLE
               for p in analyzer().parse(lower))


def _an_hour(text: str, number: str, stop: int) -> bool:
    """Whether ``number`` (a house's after «я с» a street, :func:`_from_homes`) is an hour: 1-12 before a time of day
    («я с Ленина 5 вечера ждала»: where the writer waited from, no home; review of ad8acaf). Only the writer's: «сосед
    с Ленина 5 ночи напролет сверлит» is a neighbour's home whatever follows (review of 23be2d0).

    >>> [_an_hour(t, n, 1 + len(n)) for t, n in ((" 5 вечера", "5"), (" 45 вечера", "45"), (" 5 домов", "5"))]
    [True, False, False]
    """
    return number.isdigit() and 1 <= int(number) <= 12 and TIME_OF_DAY.match(text, stop) is not None
