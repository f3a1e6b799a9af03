"""Words around place names, as data: type words, street words, prepositions, aliases, demonyms.

Keys are normalised tokens: lower case, ё → е, hyphenated words split into parts
(``р-н`` → ``р``, ``н``). The resolver uses the sets; the builder uses the alias tables.
"""

from __future__ import annotations

from mcu_nlp.geo.tokens import name_key, phrase_key
from mcu_nlp.street_words import street_words


def words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list (keeps the tables below readable)."""
    return tuple(text.split())


# A settlement or town type written before its name: "г. Надым", "пос.Тазовский", "пгт Уренгой".
SETTLEMENT_TYPES = frozenset(
    words(
        "г гор город города городе городу городом пгт рп пос поселок поселка поселке поселку поселком п "
        "с село села селе селу селом д дер деревня деревни деревне деревню деревней ст станица станицы "
        "станице х хутор хутора хуторе аул аула ауле мкр мкрн микрорайон микрорайона микрорайоне сп кп дп нп "
        "снт сл слобода слободе ца цы це цу цей"  # tails of "ст-ца", "ст-це" (станица) after hyphen splitting
    )
)

# Types of a town or an urban-type settlement: after them a town is meant among namesakes ("пгт Сусанино" of
# Костромская область, not the village of Ленинградская).
TOWN_TYPES = frozenset(words("г гор город города городе городу городом пгт рп"))
# Types of a rural settlement: after them a village is meant among namesakes ("с. Оса" of Иркутская область, not the
# town Оса of Пермский край). «п», «пос», «поселок» are left out: an urban-type settlement is a посёлок too.
RURAL_TYPES = frozenset(
    words("с село села селе селу селом д дер деревня деревни деревне х хут хутор хутора аул ст-ца станица станицы "
          "станице сл слобода")
)

# A settlement's type written out as a noun, not abbreviated: in a text that uses letter case a name after it is
# capitalised, so an ordinary word in lower case there is no name ("В посёлке яма на дороге", "в деревне пески";
# session 59, walkthrough 58's D1); «город»'s forms also name no village ("в городе яма")
SPELLED_TOWN_TYPES = frozenset(words("город города городе городу городом"))
SPELLED_TYPES = SPELLED_TOWN_TYPES | frozenset(
    words(
        "поселок поселка поселке поселку поселком село села селе селу селом "
        "деревня деревни деревне деревню деревней станица станицы станице станицу станицей хутор хутора хуторе "
        "хутору хутором аул аула ауле микрорайон микрорайона микрорайоне слобода слободы слободе округ округа округе"
    )
)

# Parts of a town: "мкр Советский" in Новый Уренгой is no town Советский of ХМАО, so an ambiguous name after
# these counts only in a known region (the caller's, or one named in the text).
TOWN_PART_TYPES = frozenset(words("мкр мкрн микрорайон микрорайона микрорайоне"))
# A town's part named before the town in the genitive: "в Калининском районе уфы", "микрорайона Затон Уфы" (the town
# in lower case in a cased text counts after one, session 50)
PART_BEFORE_TOWN = (TOWN_PART_TYPES - {"микрорайон"}) | frozenset(words("района районе районом районы"))

# Types that are never a town: a typo after them is not corrected into a town ("д. Кашара" ≠ Кашира).
VILLAGE_TYPES = frozenset(
    words(
        "с село села селе д дер деревня деревни деревне п пос поселок поселка поселке х хутор хутора аул "
        "ст станица станицы станице снт кп дп нп сл слобода"
    )
)

# Single letters are type words only when they are followed by a dot or a capitalised name
# ("с мирным населением" is a preposition, "с. Мужи" is a village).
ONE_LETTER_TYPES = frozenset(words("г п с д х"))

# Nouns that turn a district adjective into a municipality mention: "Пуровский район", "Надымском р-не".
DISTRICT_NOUNS = {
    "район": ("район", "района", "району", "район", "районом", "районе"),
    "округ": ("округ", "округа", "округу", "округ", "округом", "округе"),
    "муниципальный район": (
        "муниципальный район",
        "муниципального района",
        "муниципальному району",
        "муниципальный район",
        "муниципальным районом",
        "муниципальном районе",
    ),
    "муниципальный округ": (
        "муниципальный округ",
        "муниципального округа",
        "муниципальному округу",
        "муниципальный округ",
        "муниципальным округом",
        "муниципальном округе",
    ),
    "городской округ": (
        "городской округ",
        "городского округа",
        "городскому округу",
        "городской округ",
        "городским округом",
        "городском округе",
    ),
}
# What a district is called where its official «муниципальный район» is not what people write: Якутия's «улусы»
# («Намский улус», «в Усть-Алданском улусе»), Тыва's «кожууны» («Тандинский кожуун»): those regions' districts only.
REGION_DISTRICT_NOUNS = {
    "14": ("улус", "улуса", "улусу", "улус", "улусом", "улусе"),
    "17": ("кожуун", "кожууна", "кожууну", "кожуун", "кожууном", "кожууне"),
}
# Abbreviations that do not inflect (tokens after normalisation: "р-н" → "р н").
DISTRICT_ABBREVIATIONS = (
    "р н",
    "р не",
    "р на",
    "р он",
    "р оне",
    "р она",
    "рн",
    "мр н",
    "мо",
    "го",
    "м о",
    "мр",
    "м р н",
    "м р",
    "г о",  # "Одинцовский г.о."
)

# Region nouns in case order, for "Курская область", "Алтайском крае", "Ямало-Ненецкого автономного округа".
REGION_NOUNS = {
    "область": ("область", "области", "области", "область", "областью", "области"),
    "край": ("край", "края", "краю", "край", "краем", "крае"),
    "республика": ("республика", "республики", "республике", "республику", "республикой", "республике"),
    "автономный округ": (
        "автономный округ",
        "автономного округа",
        "автономному округу",
        "автономный округ",
        "автономным округом",
        "автономном округе",
    ),
    "автономная область": (
        "автономная область",
        "автономной области",
        "автономной области",
        "автономную область",
        "автономной областью",
        "автономной области",
    ),
}
# Abbreviations that follow or precede the adjective: "Курская обл", "обл Курская", "Ямало-Ненецкий АО".
REGION_ABBREVIATIONS = {
    "область": ("обл",),
    "край": ("кр",),
    "республика": ("респ",),
    "автономный округ": ("ао", "авт окр", "автономный окр"),
    "автономная область": ("ао", "аобл", "авт обл"),
}

# The street types geo reads (mcu_nlp.street_words), in STREET_BEFORE, STREET_AFTER and adjectives.FAR_LEMMAS.
STREET_TYPES = words("улица проспект переулок бульвар шоссе площадь набережная проезд тупик аллея линия")
# A name right after these is a street, not a place: "ул. Мира", "пр. Ленинградский". Keys split at a hyphen: «т» is
# «пр-т»'s end; the forms and abbreviations the first list lacked («просп», «проспектом», «тупику» ...) are kept out.
STREET_BEFORE = frozenset(
    street_words(STREET_TYPES, abbreviated=True)
    - set(
        words(
            "просп пр-т пр-кт б-р бул проспектом переулку переулком бульвару бульваром площадью набережную проезду "
            "проездом тупика тупику тупиком тупике аллее аллею аллеей линию линией"
        )
    )
    | set(words("т им имени"))
)
# Session 67 (an Оренбург walkthrough's D3): a junction's words; the names after one are streets' («на перекрёстке
# Ленина и Орской», «на углу Кирова и Мира»), not the village Ленина's or the town Киров's
JUNCTION_WORDS = frozenset(
    words("перекресток перекрестка перекрестке перекрестком перекрестку перекрестки перекрестках угол угла углу углом")
    + words("пересечение пересечения пересечении пересечению пересечением")
)
# A junction's names that are a district's, no street's: «на перекрёстке Центрального района» (review of session 67)
DISTRICT_NOUN_FORMS = frozenset(form for forms in DISTRICT_NOUNS.values() for form in forms if " " not in form)
# STREET_BEFORE without the words that only follow a street's word («им», «имени», «пр-т»'s «т»): the street words that
# open an address's street part; geo.context's ADDRESS_PARTS and geo.letter_case's ADDRESS_WORDS_BEFORE add their own.
ADDRESS_STREET_WORDS = STREET_BEFORE - frozenset(words("т им имени"))
# A name right after these is a river's, not a place's of that name (session 20): "берег Баксана", "после разлива
# Терека", "на реке Уфа", "набережной реки волковки" (the towns Баксан, Терек, Уфа, the village Волковка)
WATER_BEFORE = frozenset(
    words(
        "река реки реке реку рекой речка речки речке берег берега берегу берегом береге разлив разлива разливом "
        "разливе русло русла руслу руслом русле пойма поймы пойме пойму устье устья устью паводок паводка"
    )
)
# «Уровень» before a name marks a river only with a river's verb or a water word right after the name ("уровень
# Сулака поднялся", session 31; ``WATER_AFTER``, ``WATER_WORDS``) and never after «на»: a town's "level" is no river
# ("на уровне Кизляра вопрос не решают", "уровень Каспийска по благоустройству низкий"; session 31 review).
LEVEL_WORDS = frozenset(words("уровень уровня уровню уровнем уровне"))
# Of those, the words of a bank or a flood, said of a sea town's shore or a town's flood as well as of a river's
# (session 21 review): "На берегу Анапы", "Берег Сочи", "После паводка Тулун опять без воды". A name after them is a
# river's only where the text names another place ("Жители Тырныауза просят укрепить берег Баксана"); alone it is
# the town (a river named as a town flows by it: Баксан, Терек). Not «река», «русло», «устье», «пойма».
BANK_WORDS = frozenset(words("берег берега берегу берегом береге разлив разлива разливом разливе паводок паводка"))
# A name right before these, as the subject (no preposition before it), is a river's too (session 21): "Сылва
# поднялась", "Тобол вышел из берегов": a village of the name goes (the village Сылва); a town keeps a weaker reading,
# as the river floods it ("Уфа разлилась", "Ишим разлился": resolver.RIVER_TOWN_SCORE); one of under 50,000 people
# not where the text names another place, as after a bank's word (session 31: "Сулак разлился, затопило дачи в
# Кизилюрте" is the river by Кизилюрт; "Уфа поднялась, топит Нижегородку" stays Уфа).
# «вышла», «вышел» only before «из берегов» (``RIVER_BANKS``).
WATER_AFTER = frozenset(
    words(
        "поднялась поднялся поднялось поднимается разлилась разлился разлилось разливается обмелела обмелел "
        "обмелело мелеет вскрылась вскрылся замерзла замерз прибывает затопила затопил подтопила подтопил"
    )
)
# Of those, the verbs said of a town's people or weather as well (session 22 review: "Москва замерзла, отопления
# нет", "Пенза поднялась против полигона"): a river's only with a water word among the next words (``WATER_WORDS``,
# ``WATER_NEAR`` words): "Сылва поднялась, затопило огороды", "Уфа поднялась, топит Нижегородку".
WATER_AFTER_IF_NEAR = frozenset(words("поднялась поднялся поднялось поднимается замерзла замерз"))
WATER_WORDS = frozenset(
    words(
        "вода воды воде воду водой уровень уровня лед лёд льдом льду половодье паводок паводка берег берега "
        "берегов топит топят затопило затопила затопил затопит затопляет подтопило подтопила подтопил подтопит "
        "подтапливает заливает залило размыло разлив разлива метр метра метров см сантиметров"
    )
)
WATER_NEAR = 6
RIVER_LEFT = frozenset(words("вышла вышел"))
RIVER_BANKS = ("из", "берегов")
# A house's word: after a place's adjective and before a number it makes the adjective a street's ("Новочеркасский дом
# 12": Петербург's Новочеркасский проспект, session 31); after a house's grounds, an address ("двор дома Уральская 65")
HOUSE_WORDS = frozenset(words("д дом дома"))
# An ordinal's ending written after its number: "2-я линия", "1-й пер.", "2-й день"
ORDINAL_ENDINGS = frozenset(words("я й ая ой ый ий"))
# A noun a number counts: after it the number is no house's (session 60, a Дагестан walkthrough): a time's
# ("Махачкала 2 дня нет света", "Кизляр 5 лет не ремонтируют", "3 мес", "сут"), people's or households' ("Хасавюрт
# 200 семей без газа"), or a numbered school's or a town's numbered посёлок ("Избербаш 1 школа", "Махачкала 5
# посёлок"). Dictionary forms (ё as е), and shortenings as written.
COUNTED_LEMMAS = frozenset(
    words(
        "минута мин час сутки сут день неделя нед месяц мес год раз семья человек житель "
        "школа садик детсад гимназия лицей поселок"
    )
)
# A name right before these full words is a street too: "Мебельная улица", "Ленинградский проспект".
# Abbreviations ("ул.", "пр.") are left out: in addresses they start the next part ("г. Надым ул. Мира").
# (mcu_nlp.street_words; the forms the first list lacked, «проспекту», «линию» and others, are kept out.)
STREET_AFTER = street_words(STREET_TYPES) - set(
    words("проспекту переулку переулком бульвару проезду проездом тупику тупиком аллеей линию линией")
) | set(words("рынок рынка рынке сельсовет сельсовета сельсовете сельсовету"))
# Other named objects that are no settlement: an adjective-form name right before them names the object
# ("остановка Кировский мост" in Курск, "к Троицкому ручью" in Петербург), not the village Кировский or Троицкое.
# Only after an adjective ending (ADJECTIVE_ENDINGS): "в Надыме парк закрыт" keeps Надым.
OBJECT_AFTER = frozenset(
    words(
        "мост моста мосту мостом мосте путепровод путепровода путепроводе ручей ручья ручью ручьем ручье "
        "река реки реке реку рекой канал канала каналу каналом канале пруд пруда пруду прудом пруде "
        "озеро озера озеру озером остров острова острову островом острове парк парка парку парком парке "
        "сквер сквера скверу сквером сквере сад сада саду садом саде остановка остановки остановке "
        "остановку остановкой вокзал вокзала вокзалу вокзалом вокзале тракт тракта тракту трактом тракте "
        "кладбище кладбища кладбищу кладбищем переулку переулком проезду проездом бульвару тупику тупиком"
    )
) | TOWN_PART_TYPES  # "в Заречном микрорайоне" is a microdistrict, not the town Заречный
# Endings of a Russian adjective in any case and number ("кировский", "троицкому", "кировском").
ADJECTIVE_ENDINGS = words("ый ий ой ая яя ое ее ого его ому ему ым им ом ем ую юю ые ие ых их ыми ими")

# Legal and trade forms before an organisation's name: ООО «Восход», ТК Порт Находка, ЖК Граф Орлов. A place name
# right after one names the organisation, not where the text is. "СНТ" stays a settlement type (SETTLEMENT_TYPES): no
# SPb or Kursk appeal names a place after it; after "ЖК" SPb appeals had 4 place names outside СПб/ЛО, none inside.
ORGANISATION_FORMS = frozenset(
    words(
        "ооо оао зао ао пао ип чп тк тц трц трк бц жк жск тсж тсн ук гбу гку гуп муп фгуп мку мбу мау гау "
        "мбоу гбоу мкоу мбдоу гбдоу ано нко чоп"
    )
)
# Words that carry a place preposition on to the next name of a list: "в Льгове и Курчатове".
LIST_CONJUNCTIONS = frozenset(words("и или либо"))

# Nouns of a problem report; one right after a text's first word makes that word a heading town ("Орел яма на дороге",
# "Находка дорога разбита"): not an eagle, not the surname Королёв. Counted for a big town or in a known region.
# Public transport, as often the subject of a report ("Находка, автобус 7 отменили", "Сокол, маршрутка не ходит"):
# nominative forms only, which open a clause as its subject ("Находка, автобусом ехать далеко" opens no report).
TRANSPORT_NOUNS = frozenset(
    words("автобус автобусы маршрут маршруты маршрутка маршрутки троллейбус троллейбусы трамвай трамваи электричка "
          "электрички транспорт")
)
# A transport noun opens a report only with its problem near (``report.transport_report``): a route number, «не»,
# «нет», a problem verb of the urgency lexicon or one of these ("электричка опять опоздала"); a praise or a plain
# mention is no report ("Прогресс, автобусы стали лучше": the noun, not the town Прогресс).
TRANSPORT_PROBLEM_VERBS = frozenset(words("опоздать опаздывать задерживаться задержаться задержать ломаться"))
# Session 57: ice on the ground as «лед» is ("Челны гололед на тротуаре", "Челны, Тукая: гололед" with 16)
PROBLEM_NOUNS = TRANSPORT_NOUNS | frozenset(
    words("яма ямы дорога дороги тротуар мусор снег лед гололед гололедица наледь грязь лужа лужи свет вода газ "
          "отопление люк люки")
)
# Session 63 (the Кузбасс walkthrough's D4): stray animals, a report's usual words with no problem noun or verb
# ("Мыски, бродячие собаки у школы" with 42, as "Мыски, яма у школы")
STRAY_WORDS = frozenset(words("бродячие бродячих бродячая бродячей бродячий бродячего бродячим бродячими"))
# They, or «нет» ("Находка нет воды", "Находка, нет света": the usual opening of a report of something missing).
REPORT_OPENERS = PROBLEM_NOUNS | STRAY_WORDS | frozenset(words("нет"))
# The nouns by which a writer names the appeal itself right after a place's name and a comma (session 62, the Югра
# walkthrough's D5: "Междуреченский, жалоба на управляющую компанию: ..."): the appeal's report follows, whatever its
# words (``report.report_within``); nominative only, as a clause's opening word is
APPEAL_NOUNS = frozenset(words("жалоба просьба вопрос обращение заявление претензия"))

# Prepositions that make a capitalised word a place: "в Горках", "из Находки", "под Курском".
LOCATIVE_PREPOSITIONS = frozenset(words("в во на из под около возле близ до по с у от за"))
# Prepositions that make a word that is also an ordinary word a place when letter case says nothing:
# "в горках", "из находки" (a place), but "на горках", "с горки", "по горкам" (the ordinary word).
PLACE_PREPOSITIONS = frozenset(words("в во из"))
# After these a name that counts only in the caller's region is a place ("в Перово", "из Ростова"); after «по» it is
# mostly a street's ("по Пискарёвке": Пискарёвский проспект, in муниципальный округ Полюстрово).
LOCAL_PREPOSITIONS = LOCATIVE_PREPOSITIONS - {"по"}
# Endings of names most writers leave undeclined: "в Перово", "в Южном Бутово", "из Строгино", "в Пушкино".
UNDECLINED_ENDINGS = ("ово", "ево", "ино", "ыно")

# Short regional names and abbreviations (subject code → aliases); EXACT_CASE ones are kept as written, and those
# that are also words ("НУ", "ЧАО") must match letter case (forms.abbreviation_level).
REGION_ALIASES = {
    "89": ("ЯНАО", "Ямал", "Ямало-Ненецкий округ"),
    "86": ("ХМАО", "Югра", "ХМАО-Югра", "Ханты-Мансийский округ"),
    "83": ("НАО",),
    "79": ("ЕАО",),
    "87": ("ЧАО", "Чукотка"),
    "07": ("КБР",),
    "09": ("КЧР",),
    "14": ("Якутия",),
    "02": ("Башкирия",),
    "20": ("Чечня",),
    "21": ("Чувашия",),
    "18": ("Удмуртия",),
    "42": ("Кузбасс",),
    "50": ("Подмосковье", "Моск. обл."),
    "47": ("Ленобласть", "ЛО", "Лен. обл.", "Ленобл"),
    "78": ("СПб", "СПБ", "Питер", "Петербург"),
    "91": ("Крым",),
    "15": ("Осетия",),  # session 49: "с. Октябрьское, Осетия" (Южная Осетия is no subject of the Federation)
}
# The regions' aliases as index keys ("питер", "спб", "лен обл"): a one-word one that pymorphy3 reads as a person's
# name («Питер») closes a report after a comma in the caller's region as it heads one (``letter_case.closing_alias``);
# with the big towns' aliases, the keys that may head an address (``big_towns.ALIAS_KEYS``)
REGION_ALIAS_KEYS = frozenset(name_key(alias) for aliases in REGION_ALIASES.values() for alias in aliases)
EXACT_CASE = frozenset(
    {"ЯНАО", "ХМАО", "НАО", "ЕАО", "ЧАО", "КБР", "КЧР", "СПб", "СПБ", "НУ", "ЛО", "Лен. обл.", "Ленобл", "Моск. обл."}
)

# Other names of ЯНАО towns and Великий Новгород: (alias, canonical name, subject code). Colloquial names of big towns
# ("Ёбург", "Екб", "в Питере" is a region alias above) are data: data/geo/colloquial_names.csv.
CITY_ALIASES = (
    ("НУ", "Новый Уренгой", "89"),
    ("Уренгой-Новый", "Новый Уренгой", "89"),
    ("Таркосале", "Тарко-Сале", "89"),
    ("Ярсале", "Яр-Сале", "89"),
    ("Новгород", "Великий Новгород", "53"),
    # session 29: Ярославская's Ростов by its traditional name (ru.wikipedia, «Ростов»: «традиционно — Ростов
    # Великий»; written so in blind14, blind16, blind20, blind28); its oblique forms are Ростов's ("в Ростове Великом")
    ("Ростов Великий", "Ростов", "76"),
)

# Short names a big town goes by in its own region, where the namesake elsewhere is rarely meant (a region's own
# press and its residents' appeals use them): (short name, canonical name, subject code, why). Counted in that region
# after "в", "из" ... with a capital (forms.LOCAL_NAME); where the caller's region has no namesake, one that
# outranks its namesakes by population counts as they do (session 12: "в Ростове" with no region is Ростов-на-Дону;
# with region 76 Ростов of Ярославская область; local.outranking_short_name). Челны: data/geo/colloquial_names.csv.
LOCAL_SHORT_NAMES = (
    ("Ростов", "Ростов-на-Дону", "61", "Ростов Великий is in Ярославская область"),
    ("Нижний", "Нижний Новгород", "52", "«в Нижнем»; an adjective, so only with a capital after a preposition"),
    ("Каменск", "Каменск-Шахтинский", "61", "two Каменски: -Шахтинский of Ростовская, -Уральский of Свердловская"),
    ("Каменск", "Каменск-Уральский", "66", "as above"),
    ("Петропавловск", "Петропавловск-Камчатский", "41", "the only Петропавловск of Камчатский край"),
    ("Комсомольск", "Комсомольск-на-Амуре", "27", "the only Комсомольск of Хабаровский край"),
    # session 36: Владикавказ's everyday name for its own region; elsewhere «Владик» is Владивосток's (colloquial_names)
    ("Владик", "Владикавказ", "15", "«во Владике», «Владик, ул. ...»; Владивосток's nickname for other callers"),
    # session 56 (a Приморский край walkthrough): Владивосток's everyday short name in its region; also a man's first
    # name, so only as a first name's place forms are (``local.local_verdict``): "во Владе", "Влад, яма на дороге",
    # "..., прорвало трубу, Влад"; not "Влад, позвони мне", nor for a caller of another region or none
    ("Влад", "Владивосток", "25", "«во Владе», «Влад, яма на дороге»; a man's first name elsewhere"),
    # session 20: a big town's district said by a name of its own (the gazetteer has no town's districts): "на
    # Заволжье" is Заволжский район of the caller's town, not the town Заволжье of Нижегородская область
    ("Заволжье", "Ульяновск", "73", "Заволжский район of Ульяновск"),
    ("Заволжье", "Тверь", "69", "Заволжский район of Тверь"),
    ("Заволжье", "Ярославль", "76", "Заволжский район of Ярославль"),
    ("Заволжье", "Кострома", "44", "Заволжский район of Кострома"),
    ("Бежица", "Брянск", "32", "Бежицкий район of Брянск, a town of its own until 1956"),
    # session 21: parts of Пермь said by their own names ("в Мотовилихе", "на Гайве"), for a caller of 59 only
    ("Мотовилиха", "Пермь", "59", "Мотовилихинский район of Пермь"),
    ("Закамск", "Пермь", "59", "a part of Пермь"),
    ("Гайва", "Пермь", "59", "a part of Пермь (also a river)"),
    ("Балатово", "Пермь", "59", "a part of Пермь"),
    ("Левшино", "Пермь", "59", "a part of Пермь"),
    ("Бахаревка", "Пермь", "59", "a part of Пермь"),
    # session 39: a big town's former name, still said by its residents (general knowledge: Самара was Куйбышев
    # 1935-1991): "в Куйбышеве" from a caller of 63 is Самара, from any other the town Куйбышев of Новосибирская
    # область; «ул. Куйбышева», «на Куйбышева» stay streets (``context.street``, ``typos.street_surname``)
    ("Куйбышев", "Самара", "63", "Самара's name 1935-1991; the town Куйбышев of Новосибирская for other callers"),
    # session 57 (a Республика Татарстан walkthrough): Казань's Tatar name, used in Russian posts; also a word (казан, a
    # cooking pot) and a restaurant's name («ресторан Казан мангал» in the SPb corpus), so for a caller of 16 only and
    # as a local name is: capitalised, heading a report or an address ("Казан, нет воды"); its nominative only
    # (``COMMON_NOUN_SHORT_NAMES``); Чаллы, Альмэт, Тубэн Кама, no words, are data/geo/colloquial_names.csv's
    ("Казан", "Казань", "16", "«Казан, нет воды»; a cooking pot elsewhere and in lower case"),
    # session 61 (a Республика Дагестан walkthrough's #6): Избербаш's everyday short name in its region (general
    # knowledge of Russian usage in Дагестан); also a word's form («изб», huts), so as «Казан»: capitalised, its
    # nominative only ("Изб, нет воды", "в Изб" with 05; "в избе", "из изб" are huts), for a caller of 05 only
    ("Изб", "Избербаш", "05", "«Изб, нет воды»; the genitive plural of «изба» elsewhere and in lower case"),
)
# Session 57: short names above that are a common noun («казан», a pot): in lower case the noun, so a place only
# capitalised (``local.lower_common_short_name``); their other case forms are left to the typo route, which reads them
# as the town's own name one letter off for any caller ("в Казане", "из Казана" are Казань with no region): a local
# name there would take them from callers of other regions; their nominative, a word the typo route skips, is the
# local name
COMMON_NOUN_SHORT_NAMES = frozenset({"Казан", "Изб"})

# Adjectives of ЯНАО towns and districts, as in "Салехардская окружная больница", "Новоуренгойской ЦГБ":
# (adjective, canonical name, subject code). Those that are also ordinary words are marked ambiguous.
TOWN_ADJECTIVES = (
    ("салехардский", "Салехард", "89"),
    ("новоуренгойский", "Новый Уренгой", "89"),
    ("ноябрьский", "Ноябрьск", "89"),
    ("муравленковский", "Муравленко", "89"),
    ("губкинский", "Губкинский", "89"),
    ("лабытнангский", "Лабытнанги", "89"),
    ("тарко-салинский", "Тарко-Сале", "89"),
    ("яр-салинский", "Яр-Сале", "89"),
    ("надымский", "Надымский район", "89"),
    ("пуровский", "Пуровский район", "89"),
    ("тазовский", "Тазовский район", "89"),
    ("ямальский", "Ямальский район", "89"),
    ("шурышкарский", "Шурышкарский район", "89"),
    ("приуральский", "Приуральский район", "89"),
    ("красноселькупский", "Красноселькупский район", "89"),
)
AMBIGUOUS_TOWN_ADJECTIVES = frozenset({"ноябрьский", "губкинский"})  # a month; the town Губкин (Белгород)
# Session 61 (a Московская область walkthrough's D6): adjectives no rule makes of their towns' names, a town named by
# an adjective or by two words, as the towns' own press and hospitals write them (general knowledge: «Раменская
# больница», «Видновская ЦРБ», «Долгопрудненская больница», the former «Серебряно-Прудский район»): (adjective, town,
# subject code), posted as a made town adjective is (``town_adjectives.add_irregular_town_adjectives``)
IRREGULAR_TOWN_ADJECTIVES = (
    ("раменский", "Раменское", "50"),
    ("видновский", "Видное", "50"),
    ("долгопрудненский", "Долгопрудный", "50"),
    ("серебряно-прудский", "Серебряные Пруды", "50"),
    # session 66 (a Воронежская область walkthrough's D3, then big towns whose adjective failed the same way)
    ("россошанский", "Россошь", "36"),
    ("тагильский", "Нижний Тагил", "66"),
    ("челнинский", "Набережные Челны", "16"),
    ("керченский", "Керчь", "91"),
    ("йошкар-олинский", "Йошкар-Ола", "12"),
    ("южно-сахалинский", "Южно-Сахалинск", "65"),
    ("златоустовский", "Златоуст", "74"),
    # session 66 (a Саратовская область walkthrough's D4): district centres named as a surname, whose district's
    # adjective is theirs («балашовские дороги», «пугачёвская больница»)
    ("балашовский", "Балашов", "64"),
    ("пугачевский", "Пугачев", "64"),
    ("марксовский", "Маркс", "64"),
    # session 67 (an Оренбургская область walkthrough's D4): a short stem the rule leaves out («орские перевозчики»)
    ("орский", "Орск", "56"),
    # session 68: big towns whose adjective the dictionary also reads as a far river's or a land's (Бия, Бердь,
    # Kazakhstan's Сарань, Алей: «бийские дороги», «в саранской больнице», «бердский пляж»)
    ("саранский", "Саранск", "13"),
    ("бийский", "Бийск", "22"),
    ("бердский", "Бердск", "54"),
    ("алейский", "Алейск", "22"),
)
# Endings of a "-ский" adjective in every gender, number and case.
SKIY_ENDINGS = words("ий ого ому им ом ая ой ую ое ие их ими")


def skiy_keys(stem: str) -> list[str]:
    """The keys of every form of a «-ский» adjective of ``stem`` (its «-ий» cut off), in ``SKIY_ENDINGS``' order.

    >>> skiy_keys("раменск")[:3], len(skiy_keys("сергиево-посадск"))
    (['раменский', 'раменского', 'раменскому'], 12)
    """
    return [phrase_key(stem + ending) for ending in SKIY_ENDINGS]

# Frequent short words; a place form one letter away from one of them ("толька" ~ "только")
# is treated as an ordinary word unless the context makes it a place.
FREQUENT_WORDS = words(
    "только тоже также когда потом опять чтобы вообще сейчас теперь ничего никто всегда снова очень "
    "можно нужно нельзя почему просто давно долго скоро вчера завтра сегодня здесь там тут куда уже еще "
    "даже если или либо тоже пока хотя будто около возле после перед между через среди кроме вместо "
    "больше меньше много мало лучше хуже выше ниже рядом далеко близко сразу зачем более менее свет "
    "вода газ дом двор окно лифт мусор снег лед грязь дорога яма труба крыша подъезд квартира"
)
