"""Words made from a town's name by rule (build time): its adjective's stem ("Лысьва" → "лысьвенск", "Кунгур" →
"кунгурск", "Усть-Кут" → "усть кутск") and its residents' plural ("Мензелинск" → "мензелинцы", "Белорецк" →
"белоречане"). Session 17: a district's adjective counts before any noun it agrees with ("лысьвенские дороги", "в
кунгурской больнице") only where it is the adjective of one of its own settlements (``adjectives``), and small towns'
demonyms are indexed beside the curated ones (``demonyms.DEMONYMS``).

A rule gives several candidates and Russian picks one of them; a candidate nobody writes costs only an index key, so
every candidate is kept unless it is a dictionary word ("борцы" of Бор) or the form of another place. A demonym two
towns make is a reading of each (session 22: «междуреченцы» is Междуреченск of 11 for a caller of 11, of 42 for 42),
as their shared name is.
"""

from __future__ import annotations

from collections import defaultdict

from mcu_nlp.geo.declension import CONSONANTS, morph
from mcu_nlp.geo.demonyms import DEMONYMS
from mcu_nlp.geo.forms import OV_DEMONYM, PERSON_TAGS
from mcu_nlp.geo.tokens import phrase_key
from mcu_nlp.letters import VOWELS

# A name that is an adjective itself ("Сибирский", "Заводской", "Каневская") makes no adjective of its own: the
# adjective's other uses are the word's
ADJECTIVE_NAME_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")
# Linking suffixes between a vowel-final name's stem and -ск- ("Лысьва" → лысьв-ен-ский, "Морки" → морк-ин-ский,
# "Муравленко" → муравленк-ов-ский, "Тула" → туль-ский, "Кстово" → кстов-ский)
VOWEL_LINKS = ("", "ь", "ин", "ен", "ов", "ев")
# Plural demonym endings by the name's last sound: "Мензелинск" → мензелин-цы, "Белорецк" → белоре-чане, "Надым" →
# надым-чане, "Ялта" → ялт-инцы, "Кстово" → кстов-чане
DEMONYM_AFTER_SK = ("цы", "чане")
DEMONYM_AFTER_CONSONANT = ("цы", "чане", "ане")
DEMONYM_AFTER_VOWEL = ("цы", "инцы", "енцы", "чане", "ане")
# Session 26: «-яне» after a consonant that may be soft, the name's last ("Сургут" → сургут-яне) or before its «-ы»,
# «-и», or after a vowel before «-я» ("Кимры" → кимр-яне, "Шуя" → шу-яне); «-итяне» after a last consonant ("Ржев" →
# ржев-итяне). Not after «к», «г», «х» (they turn to «ч», «ж»: "-чане", "-жане") nor a hissing one or «ц»
NO_SOFT_BEFORE = frozenset("кгхжшщчц")
# The plural case forms indexed (the genitive "мензелинцев" is also a surname's nominative: left out, as are the
# singular forms "мензелинец", "мензелинца", a surname's too)
DEMONYM_CASE_ENDINGS = {
    "цы": ("цы", "цам", "цами", "цах"),
    "ане": ("ане", "анам", "анами", "анах"),
    "яне": ("яне", "янам", "янами", "янах"),  # "кимряне", "ржевитяне" (session 26)
    "ичи": ("ичи", "ичам", "ичами", "ичах"),  # "тотьмичи" (session 25)
}
MIN_NAME = 3  # no rule for "Ей", "Бор": too short to say what was made of them
# A dictionary word may be a town's demonym only as a resident of a town of this many people ("ковровчане", "клинчане"
# are pymorphy3's words for Ковров's, Клин's people; a village's made form is more often a word of another place)
DICTIONARY_DEMONYM_POPULATION = 10_000
# A dictionary «-цы» plural ("биробиджанцы", "камышинцы") is a town's demonym only for a town of this many people
# (session 16's curated list took towns of 50,000+, and every regional capital with no curated demonym is bigger but
# Горно-Алтайск, Нарьян-Мар, Анадырь, Магас, whose made plurals pymorphy3 does not know); most «-ец» nouns of a
# smaller place's stem are words of their own ("немцы" of Нема, "косцы" of Коса, "кубинцы" of Куба)
DICTIONARY_RESIDENT_POPULATION = 50_000
# Readings that leave a stem a name all the same ("биробиджан", "арзамас": a town; "одинцов": a surname)
NAME_TAGS = frozenset({"Geox", "Surn", "Name"})


def adjective_stems(name: str) -> frozenset[str]:
    """The stems "-ский", "-цкий", "-ской" may follow in an adjective of the place ``name``, as index keys.

    >>> sorted(adjective_stems("Кунгур")), "лысьвенск" in adjective_stems("Лысьва"), sorted(adjective_stems("Ейск"))
    (['кунгурск'], True, ['ейск'])
    >>> sorted(adjective_stems("Усть-Кут")), "кстовск" in adjective_stems("Кстово"), sorted(adjective_stems("Пермь"))
    (['усть кутск'], True, ['пермск'])
    >>> sorted(adjective_stems("Заволжье")), adjective_stems("Сибирский")
    (['заволжск'], frozenset())
    """
    key = phrase_key(name)
    if len(key) < MIN_NAME or key.endswith(ADJECTIVE_NAME_ENDINGS):  # "Сибирский": "сибирские морозы" are the word's
        return frozenset()
    if key.endswith(("ск", "цк")):
        return frozenset((key,))
    if key.endswith(("ье", "ья")):  # "Заволжье" → заволжский, "Подпорожье" → подпорожский
        return frozenset((key[:-2] + "ск",))
    last, stem = key[-1], key[:-1]
    if last == "ь":  # "Пермь" → пермский; after «л» the sign may stay: "Электросталь" → электростальский
        return frozenset((stem + "ск", key + "ск")) if stem.endswith("л") else frozenset((stem + "ск",))
    if last == "л":  # session 68: "Барнаул" → барнаульский, "Сарапул" → сарапульский; "Кизел" → кизелский stays
        return frozenset((key + "ск", key + "ьск"))
    if last in CONSONANTS or last == "й":
        return frozenset((key + "ск",))
    if last in VOWELS:
        return frozenset(stem + link + "ск" for link in VOWEL_LINKS) | _fleeting_stems(stem) | _vka_stem(key)
    return frozenset()


def _vka_stem(key: str) -> frozenset[str]:
    """A name in «-овка», «-евка» drops its «к» before «-ский» (session 68: "Рузаевка" → рузаевский, "Бутурлиновка"
    → бутурлиновский, "Алексеевка" → алексеевский).

    >>> sorted(_vka_stem("рузаевка")), sorted(_vka_stem("михайловка")), sorted(_vka_stem("вичуга"))
    (['рузаевск'], ['михайловск'], [])
    """
    return frozenset((key[:-2] + "ск",)) if key.endswith(("овка", "евка", "ёвка")) and len(key) > 6 else frozenset()


def _fleeting_stems(stem: str) -> frozenset[str]:
    """Stems with the fleeting «е» a final cluster takes before «-ский» (session 60): "Коломна" → коломенский,
    "Вязьма" → вяземский, "Люберцы" → люберецкий; a plural in «-цы» after a vowel keeps it «-цкий» ("Луховицы").

    >>> sorted(_fleeting_stems("коломн")), sorted(_fleeting_stems("люберц")), sorted(_fleeting_stems("луховиц"))
    (['коломенск'], ['люберецк'], ['луховицк'])
    """
    if len(stem) < MIN_NAME or stem[-2] not in CONSONANTS + "ь":
        return frozenset((stem + "к",)) if stem.endswith("ц") else frozenset()
    if stem[-1] in "нм":  # "коломн", "вязьм"
        return frozenset((stem[:-2] + ("е" if stem[-2] == "ь" else stem[-2] + "е") + stem[-1] + "ск",))
    return frozenset((stem[:-1] + "ецк",)) if stem[-1] == "ц" else frozenset()


def demonym_plurals(name: str) -> frozenset[str]:
    """Plural nominatives a resident of the place ``name`` may be called by (one word names only).

    >>> "мензелинцы" in demonym_plurals("Мензелинск"), "белоречане" in demonym_plurals("Белорецк")
    (True, True)
    >>> "лискинцы" in demonym_plurals("Лиски"), "надымчане" in demonym_plurals("Надым"), demonym_plurals("Новый Урал")
    (True, True, frozenset())
    >>> "улан удэнцы" in demonym_plurals("Улан-Удэ"), "сарапульцы" in demonym_plurals("Сарапул")
    (True, True)
    >>> "комсомольчане" in demonym_plurals("Комсомольск-на-Амуре")
    True
    >>> "новосильцы" in demonym_plurals("Новосиль"), "кувандычане" in demonym_plurals("Кувандык")
    (True, True)
    >>> "клинчане" in demonym_plurals("Клинцы")
    True
    >>> "ельчане" in demonym_plurals("Елец"), "грязовчане" in demonym_plurals("Грязовец")
    (True, True)
    >>> "сокольчане" in demonym_plurals("Сокол"), "устюжане" in demonym_plurals("Устюг")
    (True, True)
    >>> "тотьмичи" in demonym_plurals("Тотьма"), "выборжане" in demonym_plurals("Выборг")
    (True, True)
    >>> "кимряне" in demonym_plurals("Кимры"), "ржевитяне" in demonym_plurals("Ржев")
    (True, True)
    >>> sorted(demonym_plurals("Аксай")), demonym_plurals("Заречный")
    (['аксайцы', 'аксайчане'], frozenset())
    """
    key = phrase_key(name)
    words = key.split()
    if len(words) == 3 and words[1] == "на":  # "Комсомольск-на-Амуре" → комсомоль-чане: its first word's
        return demonym_plurals(words[0])
    if len(words) == 2 and "-" in name and len(words[0]) >= MIN_NAME and not key.endswith(ADJECTIVE_NAME_ENDINGS):
        # "Улан-Удэ" → улан-удэнцы (not "Аксёново-Зиловское": an adjective's)
        return frozenset(f"{words[0]} {plural}" for plural in demonym_plurals(words[1]))
    if len(key) < MIN_NAME or " " in key:
        return frozenset()
    if key.endswith(("ск", "цк")):
        stem = key[:-2]
        return frozenset(stem + ending for ending in DEMONYM_AFTER_SK)
    if key[-1] == "ь":  # "Новосиль" → новосиль-цы, "Невель" → невель-чане
        return frozenset(key + ending for ending in DEMONYM_AFTER_SK)
    if key.endswith("цы"):  # "Клинцы" → клин-чане, as Клин's: the form two towns make is neither's
        return frozenset(key[:-1] + ending for ending in DEMONYM_AFTER_VOWEL) | {key[:-2] + "чане"}
    if key.endswith("ец") and len(key) > MIN_NAME and key[-3] in CONSONANTS:
        # "Елец" → ель-чане, "Грязовец" → грязов-чане: a fleeting «-е-» drops before «-чане» and an «л» left before it
        # stays soft (not "Путеец": no consonant before «-ец»)
        fleeting = key[:-2] + ("ь" if key[-3] == "л" else "") + "чане"
        return frozenset(key + ending for ending in DEMONYM_AFTER_CONSONANT) | {fleeting}
    if key[-1] == "к":  # "Кувандык" → кувандыч-ане: к softens to ч before -ане
        return frozenset(key + ending for ending in DEMONYM_AFTER_CONSONANT) | {key[:-1] + "чане"}
    if key[-1] == "л":  # "Сарапул" → сарапуль-цы: л softens before -цы, and before -чане ("Сокол" → сокольчане)
        return frozenset(key + ending for ending in DEMONYM_AFTER_CONSONANT) | {key + "ьцы", key + "ьчане"}
    if key[-1] == "г":  # "Выборг" → выбор-жане, "Таганрог" → таганрож-цы: г turns to ж before -ане, -цы (session 25)
        return frozenset(key + ending for ending in DEMONYM_AFTER_CONSONANT) | {key[:-1] + "жане", key[:-1] + "жцы"}
    if key[-1] in CONSONANTS:
        return frozenset(key + ending for ending in DEMONYM_AFTER_CONSONANT) | soft_plurals(key)
    if key[-1] == "й" and not key.endswith(ADJECTIVE_NAME_ENDINGS):  # "Аксай" → аксай-чане, "Ишимбай" → ишимбай-цы
        return frozenset(key + ending for ending in DEMONYM_AFTER_SK)  # (session 29)
    if key[-1] == "э":  # "Улан-Удэ" → улан-удэ-нцы
        return frozenset(key[:-1] + ending for ending in DEMONYM_AFTER_VOWEL) | {key + "нцы"}
    if key.endswith("ьма"):  # "Тотьма" → тотьм-ичи, "Вязьма" → вязьм-ичи, "Елатьма" → елатьм-ичи (session 25)
        return frozenset(key[:-1] + ending for ending in (*DEMONYM_AFTER_VOWEL, "ичи"))
    if key[-1] in VOWELS:
        return frozenset(key[:-1] + ending for ending in DEMONYM_AFTER_VOWEL) | soft_plurals(key)
    return frozenset()


# The endings of a name that makes no «-овцы» plural (``ov_plurals``): "ростововцы", "арсеньевовцы", "гагариновцы"
OV_SKIPPED_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")


def ov_plurals(name: str) -> frozenset[str]:
    """The «-овцы» plural of a one-word name in a consonant but «к», «г», «л», «ц» (which ``demonym_plurals`` changes):
    "Асбест" → асбест-овцы (session 27; made of towns and urban settlements only). A weaker rule than
    ``demonym_plurals``'s: a form another town makes by those ("боровцы" of Боровск) is not made of Бор
    (``add_derived_demonyms``), and its forms count only in the caller's region (``forms.OV_DEMONYM``: "восходовцы"
    are a club's fans, "асбестовцы" without a region are no more the town's). Not of a name in «-ов», «-ев», «-ин»,
    «-ын» ("Ростов": "ростововцы" is no word), nor of one pymorphy3 reads as a first name, a surname or a patronymic
    ("Салават", "Пересвет": "салаватовцы" are a hockey club's fans).

    >>> sorted(ov_plurals("Асбест")), ov_plurals("Кувандык"), ov_plurals("Надым-Пур"), ov_plurals("Лиски")
    (['асбестовцы'], frozenset(), frozenset(), frozenset())
    >>> ov_plurals("Ростов"), ov_plurals("Салават"), ov_plurals("Пересвет"), ov_plurals("Гагарин")
    (frozenset(), frozenset(), frozenset(), frozenset())
    """
    key = phrase_key(name)
    if len(key) < MIN_NAME or " " in key or key[-1] not in CONSONANTS or key[-1] in "кглц":
        return frozenset()
    if key.endswith(OV_SKIPPED_ENDINGS) or any(PERSON_TAGS & p.tag.grammemes for p in morph().parse(key)):
        return frozenset()
    return frozenset((key + "овцы",))


def soft_plurals(key: str) -> frozenset[str]:
    """The «-яне», «-итяне» plurals of a one-word name's key (``NO_SOFT_BEFORE``; session 26).

    >>> sorted(soft_plurals("ржев")), sorted(soft_plurals("кимры")), sorted(soft_plurals("шуя"))
    (['ржевитяне', 'ржевяне'], ['кимряне'], ['шуяне'])
    >>> soft_plurals("лиски"), soft_plurals("ялта"), soft_plurals("абатское")
    (frozenset(), frozenset(), frozenset())
    """
    if key[-1] in CONSONANTS:
        return frozenset() if key[-1] in NO_SOFT_BEFORE else frozenset((key + "яне", key + "итяне"))
    if key[-1] in "ыи" and key[-2] in CONSONANTS and key[-2] not in NO_SOFT_BEFORE:
        return frozenset((key[:-1] + "яне",))
    if key[-1] == "я" and key[-2] in VOWELS:
        return frozenset((key[:-1] + "яне",))
    return frozenset()


def demonym_forms(plural: str) -> tuple[str, ...]:
    """The plural case forms indexed for a demonym (none a surname's: ``DEMONYM_CASE_ENDINGS``).

    >>> demonym_forms("мензелинцы"), demonym_forms("белоречане")
    (('мензелинцы', 'мензелинцам', 'мензелинцами', 'мензелинцах'), ('белоречане', 'белоречанам', 'белоречанами', \
'белоречанах'))
    """
    for ending, endings in DEMONYM_CASE_ENDINGS.items():
        if plural.endswith(ending):
            return tuple(plural[: -len(ending)] + e for e in endings)
    return ()


def add_derived_demonyms(b, level: int) -> None:
    """Post the demonyms (``demonym_plurals``) of towns, urban settlements, municipal centres and towns that are
    municipalities of their own (Нефтекамск) of ``Builder`` ``b`` at ``level``, each to every town that makes it
    (the caller's region picks among them, as among namesakes); a dictionary word's form ("борцы", "ялтинцы": the
    dictionary's own are curated in ``demonyms``; but a town's resident's «-чане», ``resident_word``) or a form
    already indexed is left out."""
    curated = {(name, region) for _, name, region in DEMONYMS}  # a town the curated list names keeps its word only
    made: dict[str, set[int]] = defaultdict(set)
    weaker: dict[str, set[int]] = defaultdict(set)  # the «-овцы» plurals (``ov_plurals``)
    for eid, entry in enumerate(b.entries):
        town = entry.get("urban") or entry.get("centre") if entry["kind"] == "settlement" else not entry.get("internal")
        if entry["kind"] == "region" or "alias_of" in entry or not town:
            continue
        for name in (str(entry["name"]), *entry.get("short_names", ())):  # "Устюг" of Великий Устюг → устюжане
            for plural in demonym_plurals(name):
                made[plural].add(eid)
            for plural in ov_plurals(name) if entry.get("urban") else ():  # a town's only
                weaker[plural].add(eid)
    levels = dict.fromkeys(made, level)
    for plural, ids in weaker.items():  # "асбестовцы"; not "боровцы" of Бор: Боровск's by the rules above
        if plural not in made:
            made[plural] = ids
            levels[plural] = OV_DEMONYM  # the caller's region's only
    known = morph().word_is_known
    region_words = {w for e in b.entries if e["kind"] == "region" for w in phrase_key(str(e["name"])).split()}
    for plural, ids in sorted(made.items()):
        forms = demonym_forms(plural)
        if any(f in b.index for f in forms):
            continue
        if any(known(f) for f in forms):
            ids = {
                eid
                for eid in ids
                if resident_word(plural, b.entries[eid], region_words)
                or (
                    resident_noun(plural, b.entries[eid])
                    and (b.entries[eid]["name"], b.entries[eid]["region_code"]) not in curated
                )
            }
        for eid in sorted(ids):  # every town that makes it: the caller's region picks among them, as for a name
            for form in forms:
                b.post(form, eid, levels[plural])


def resident_word(plural: str, entry: dict, region_words: set[str]) -> bool:
    """A dictionary word ``plural`` that is the demonym of the town ``entry`` all the same: a «-чане» plural
    pymorphy3 reads as the plural of a «-чанин» noun (a resident: "ковровчане", "клинчане"; not "колчане" of колчан),
    made of a town of ``DICTIONARY_DEMONYM_POPULATION`` people or more whose stem begins no word of a region's name
    (``region_words``: "крымчане" are Крым's people before Крымск's, "орловчане" Орёл's and Орловская область's,
    not Орлов's).

    >>> resident_word("ковровчане", {"population": 130000}, {"владимирская", "область"})
    True
    >>> resident_word("крымчане", {"population": 57000}, {"республика", "крым"})
    False
    >>> resident_word("устюжане", {"population": 26000}, {"вологодская", "область"})  # «-жане» too (session 25)
    True
    >>> resident_word("ржевитяне", {"population": 55000}, {"тверская", "область"})  # «-итяне» (session 26)
    True
    """
    if not plural.endswith(("чане", "жане", "яне")):
        return False
    if int(entry.get("population") or 0) < DICTIONARY_DEMONYM_POPULATION:
        return False
    parses = [p for p in morph().parse(plural) if p.is_known]
    if not parses or not all(p.normal_form.endswith(plural[-4:-1] + "ин") for p in parses):  # «-жане»: session 25
        return False
    if plural.endswith("яне"):  # «-яне», «-итяне»: session 26 ("кимряне" of Кимры, "ржевитяне" of Ржев)
        stem = plural.removesuffix("итяне") if plural.endswith("итяне") else plural[: -len("яне")]
    else:
        stem = plural[: -len("чане")].rstrip("ь")
    return not any(word.startswith(stem) for word in region_words)


def resident_noun(plural: str, entry: dict) -> bool:
    """A dictionary word ``plural`` in «-цы» that is the demonym of the town ``entry`` all the same (session 23): a
    town of ``DICTIONARY_RESIDENT_POPULATION`` people or more; pymorphy3 reads the word only as the plural of an
    animate «-ец» noun made of the same stem ("биробиджанцы": биробиджан-ец; not "комсомольцы" of Комсомольск, whose
    stem «комсомол» is a word, "братцы" of Братск: «брат», "кузнецы" of Кузнецк: кузнец is no «кузне-ец»); the stem is
    no word but a place's or a person's name, and no land in «-ия» is named by it ("черногорцы": Черногория's people,
    not Черногорск's; "каспийцы": the Caspian's).

    >>> resident_noun("биробиджанцы", {"population": 75000}), resident_noun("камышинцы", {"population": 110000})
    (True, True)
    >>> resident_noun("братцы", {"population": 225000}), resident_noun("комсомольцы", {"population": 240000})
    (False, False)
    >>> resident_noun("черногорцы", {"population": 70000}), resident_noun("ессентукцы", {"population": 30000})
    (False, False)
    """
    if not plural.endswith("цы") or int(entry.get("population") or 0) < DICTIONARY_RESIDENT_POPULATION:
        return False
    stem = plural[: -len("цы")].removesuffix("ь")
    parses = [p for p in morph().parse(plural) if p.is_known]
    resident = {"NOUN", "anim", "plur", "nomn"}
    if not parses or not all(p.normal_form == stem + "ец" and resident <= set(p.tag.grammemes) for p in parses):
        return False
    if any(p.is_known and not NAME_TAGS & set(p.tag.grammemes) for p in morph().parse(stem)):
        return False
    return not morph().word_is_known(stem + "ия")


def stem_roots(stem: str) -> frozenset[str]:
    """Names an adjective stem may be made of, as ``adjective_stems`` makes them backwards ("ангарск": ангара,
    "сибирск": сибирь, "заволжск": заволжье, "лысьвенск": лысьва).

    >>> "ангара" in stem_roots("ангарск"), "заволжье" in stem_roots("заволжск"), "лысьва" in stem_roots("лысьвенск")
    (True, True, True)
    """
    base = stem[:-2] if stem.endswith("ск") else stem
    bases = {base} | {base[: -len(link)] for link in VOWEL_LINKS if link and base.endswith(link)}
    roots = {b + end for b in bases for end in ("", "а", "я", "ь", "о", "и", "ы", "е", "ье")}
    if base.endswith("й"):  # "балтийск": балтия
        roots.add(base[:-1] + "я")
    return frozenset(r for r in roots if len(r) >= MIN_NAME)
