"""Role words: a person's role or rank before a surname names the person ("гражданин Кудряшов", "майор Петров",
"директору Иванову"), alone, before an organisation's abbreviation ("Начальник ЖЭКа Иванов", "инспектор ГИБДД
Петров") or before lower-case words completing it ("майор полиции Петров", "участковый уполномоченный Петров"); a
rank in the genitive names a street after its holder instead ("пр. Маршала Жукова"). A town in the genitive after a
place's role is that role's place ("мэр Кирова", "глава Курска"). A home's word in an oblique case completes a role
word or a resident's ("хозяйка квартиры Иванова", "арендатор квартиры Сидоров"; session 29); after a building's word a
name before a house number is a street's ("хозяйка квартиры Ленина 5", "дворник дома Ленина 5"), not before a
flat's, floor's or entrance's number, a date or a phone ("старшая подъезда Петрова, 45 кв", "Иванова 3 этаж",
"Петрова, 8-922-123-45-67"), nor a surname in the nominative ("дворник дома Иванов 5 числа").
:mod:`mcu_nlp.names`, :mod:`mcu_nlp.name_nouns` and :mod:`mcu_nlp.name_neighbours` ask these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.name_context import word_set
from mcu_nlp.street_words import street_words

#: Ranks: a role word before a surname ("майор Петров", "лейтенанту Смирнову") in any case but the genitive, in which
#: a street is named after the rank's holder ("пр. Маршала Жукова", "маршала Захарова 31", "ул. Капитана Воронина").
RANKS = word_set(
    "рядовой ефрейтор сержант старшина прапорщик мичман лейтенант капитан майор подполковник полковник генерал "
    "маршал адмирал"
)
#: A surname written alone is a person only after one of these, or a form of one ("гражданин Кудряшов", "врач
#: Демидова", "директору Иванову", "председателем Смирновой"; «управляющий», a participle, has the verb for lemma:
#: its forms are listed); alone, a surname-shaped word in an appeal is nearly always a street ("на Савушкина", "от
#: Оджоникидзе до Типанова").
PERSON_BEFORE = word_set(
    "гражданин гражданина гражданину гражданка гражданки гражданке гр заявитель заявителя собственник собственника "
    "собственница собственницы сосед соседа соседка соседки председатель председателя директор директора "
    "гендиректор гендиректора мастер мастера управляющий управляющего управляющему управляющим депутат депутата "
    "инспектор инспектора участковый участкового врач врача доктор доктора начальник начальника дворник дворника "
    "тов товарищ товарища товарищу г-н г-на г-ну господин господина господину г-жа г-жи госпожа госпожи ип "
    "главврач глава замглавы мэр губернатор префект прокурор заведующий заведующего заведующему заведующим "
    "заведующая заведующей заведующую "
    # staff an appeal names by their job ("диспетчер Сидоренко", "инженер ЖЭУ Кравец")
    "диспетчер инженер техник слесарь сантехник электрик бухгалтер юрист менеджер администратор секретарь кассир "
    "паспортистка следователь дознаватель специалист заместитель "
    # who answers for a house or an entrance ("старшая по подъезду Смирнова", "домоуправ Чернышова")
    "старший домоуправ управдом "
    # who comes to a home or answers the phone ("соцработница Смирнова", "фельдшер Петрова", "оператор Иванова")
    "соцработник соцработница фельдшер медсестра оператор "
    # who owns or drives what an appeal is about ("владелец Сергей из 5 подъезда", "водитель Петров хамил")
    "владелец владелица хозяин хозяйка водитель "
    # clergy, and the honorific of a pilgrim to Mecca («имам Магомед», «хаджи Омаров»: :mod:`mcu_nlp.name_honorifics`)
    "имам мулла муфтий батюшка хаджи"
) | RANKS


def role_word(word: str) -> bool:
    """Whether the lower-case ``word`` names a person's role, in any case: "директор", "директору", "врачом"; a rank
    in any case but the genitive ("майор", "лейтенанту"; not "маршала", "капитана": streets are named so); a job
    past the list too, as a rank (:func:`occupation`: "таксист", "охраннику"; not "ул. Профессора Качалова",
    "Архитектора Белова")."""
    if not _listed(word):
        return word.isalpha() and occupation(word) and not _genitive(word)
    return not (word in RANKS or lemma(word) in RANKS) or not _genitive(word)


#: Endings of a word for a job, a trade or a part someone plays («таксист», «охранник», «курьер», «продавщица»,
#: «официант», «лаборант», «уролог», «пекарь», «кондуктор», «строитель», «продавец», «кузнец», «повар», «санитар»,
#: «садовод»): a role word past the list (session 31: «Таксист Иван сказал», «Таксист Петров сказал» stayed in clear,
#: «Водитель Петров» was masked; its review: «Продавец Петров», «повар Ахмед» too)
OCCUPATION_ENDING = re.compile(r"(?:ист|истка|тель|тельница|щик|щица|чик|чица|ник|ница|ер|ёр|ор|ант|антка|ент|лог"
                               r"|арь|ар|ец|вод)\Z")
#: Beings of such a shape that name no one's job: a place's residents («жители села Сараевка»: the village), a pet
#: or an animal («кролик» is none: -ик), the dead; with «е» for «ё», as the lemma is compared
NOT_OCCUPATIONS = word_set(
    "житель жительница бобер терьер сеттер ретривер пойнтер боксер осетер покойник утопленник "
    "скворец песец жеребец самец птенец ленивец тунец червец агнец комар архар казуар кугуар ягуар кенар улар "
    "дромедар"
)
#: A woman's job the dictionary lacks, by its form in any case: the feminine of an -ист («таксистка», «таксистке»)
WOMANS_JOB = re.compile(r"[а-яё]{3,}истк(?:а|и|е|у|ой|ою)")


@lru_cache(maxsize=20_000)
def occupation(lower: str) -> bool:
    """Whether pymorphy3 knows the lower-case ``lower`` and reads it first as a common noun for a being in the singular
    whose lemma ends as a job's word does (OCCUPATION_ENDING): «таксист», «таксисту», «охранника», «курьер»,
    «продавщица», «продавец», «повар» («мельник» too: a miller first, a surname only by its neighbours); no name,
    surname, animal or thing («номер», «терьер», «скворец»), no plural («кинорежиссёрами Козинцевым, Панфиловым»,
    «сотрудники ОАО Коломяжское»: several people, or an organisation). A word the dictionary lacks is one by its form
    (WOMANS_JOB: «таксистка»).

    >>> words = ("таксист", "охраннику", "продавщица", "курьер", "номер", "терьер", "мельник", "продавцу", "повар",
    ...          "скворец", "огурец", "таксистка")
    >>> [occupation(w) for w in words]
    [True, True, True, True, False, False, True, True, True, False, False, True]
    """
    if not lower.isalpha():
        return False
    if not analyzer().word_is_known(lower):
        return WOMANS_JOB.fullmatch(lower) is not None
    first = analyzer().parse(lower)[0]
    tag = first.tag
    return tag.POS == "NOUN" and "anim" in tag and tag.number == "sing" \
        and not ({"Name", "Surn", "Patr"} & tag.grammemes) and OCCUPATION_ENDING.search(first.normal_form) is not None \
        and first.normal_form.replace("ё", "е") not in NOT_OCCUPATIONS


@lru_cache(maxsize=2_000)
def _role_form(lower: str) -> bool:
    """Whether a noun or adjective reading of a word is a role word's form, where the likeliest lemma is another
    word's: "слесаря" (the verb "слесарить" first), "мастеров"."""
    return any(p.tag.POS in ("NOUN", "ADJF") and p.normal_form.replace("ё", "е") in PERSON_BEFORE
               for p in analyzer().parse(lower))


@lru_cache(maxsize=2_000)
def _genitive(lower: str) -> bool:
    """Whether a word reads as a noun's genitive singular: "маршала", "капитана"."""
    return any({"gent", "sing"} <= p.tag.grammemes for p in analyzer().parse(lower))


def role_of_organisation(text: str, start: int) -> str:
    """The role word (lower case) before an organisation's abbreviation, and maybe its quoted name, right before
    ``start``: "директор УК Иванов", "Начальник ЖЭКа Иванов", "инспектор ГИБДД Петров" (an abbreviation listed in
    ORGANISATIONS, or one pymorphy3 tags so or lacks), or before words completing it: "майор полиции Иванов",
    "инспектор по делам несовершеннолетних Орлов", "МАЙОР ПОЛИЦИИ ИВАНОВ" (see _role_of_complement); "" if none.

    >>> [role_of_organisation(t, len(t)) for t in ("директор УК ", "Начальник ЖЭКа ", "инспектор ГИБДД ", "дом УК ")]
    ['директор', 'начальник', 'инспектор', '']
    >>> [role_of_organisation(t, len(t)) for t in ("майор полиции ", "участковый уполномоченный ", "сосед снизу ")]
    ['майор', 'участковый', '']
    >>> [role_of_organisation(t, len(t)) for t in ("инспектор по делам несовершеннолетних ", "МАЙОР ПОЛИЦИИ ")]
    ['инспектор', 'майор']
    >>> [role_of_organisation(t, len(t)) for t in ("хозяйка квартиры ", "арендатор квартиры ", "дворник улицы ")]
    ['хозяйка', 'арендатор', '']
    """
    completed = _role_of_complement(text, start) if LETTER_BEFORE.search(text, max(0, start - 4), start) else ""
    if completed:
        return completed
    if not ABBREVIATION_BEFORE.search(text, max(0, start - 8), start):
        return ""  # nearly every surname alone fails this short search: ROLE_OF reads 70 characters
    role = ROLE_OF.search(text, max(0, start - 70), start)
    if role is None or not role_word(role[1].lower()):
        return ""
    abbreviation = role[2].lower()
    return role[1].lower() if abbreviation in ORGANISATIONS or _abbreviation(abbreviation) else ""


def _role_of_complement(text: str, start: int) -> str:
    """The role word (lower case) before one to five words completing it, right before ``start``: a noun phrase in
    the genitive ("майор полиции", "начальник отдела полиции", "глава администрации"), an adjective or participle
    agreeing with it ("участковый уполномоченный", "участковому уполномоченному"), then maybe «по» and what the role
    deals with ("инспектор по делам несовершеннолетних", "заместитель директора по хозяйственной части", "старшая по
    подъезду"; no address: "дворника по адресу Савушкина"); a resident's word completed so too ("арендатор квартиры");
    "" if none, or if a building's word completes it and a house number follows the name ("хозяйка квартиры Ленина
    5", "дворник дома Ленина 5": a street's). The words are in lower case, or written as the
    role word is, in capitals or title case ("МАЙОР ПОЛИЦИИ", "Майор Полиции"). A street's name in capitals is no
    role's phrase: its rank is in the genitive ("ПР. МАРШАЛА ЖУКОВА")."""
    phrase = ROLE_PHRASE.search(text, max(0, start - 90), start)
    words = phrase[1].split() if phrase else []
    for size in range(1, min(5, len(words) - 1) + 1):
        role, complement = words[-size - 1], words[-size:]
        if not all(word.islower() or _written_as(word, role) for word in complement):
            continue
        role, lowered = role.lower(), [word.lower() for word in complement]
        if (role_word(role) or _resident(role)) and _completing(lowered, role):
            if any(map(_building_word, lowered)) and _house_after_name(text, start):
                return ""  # «хозяйка квартиры Ленина 5», «дворник дома Ленина 5»: a street and its house number
            return "" if _phrase_goes_on(text, start) else role
    return ""


def _house_after_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` and a house number after it (HOUSE_AFTER_NAME) are a street's: the word may name
    one, as a man's surname in the genitive does («Ленина 5», «Иванова 5»), not a surname in the nominative that
    reads as no genitive («дворник дома Иванов 5 числа», «старший по дому Петров 5»; session 29).

    >>> texts = ("Ленина 5", "Иванов 5", "Иванова, 45 кв", "Ленина 5 кв 3", "Петрова 8 922 123 45 67")
    >>> [_house_after_name(t, 0) for t in texts]
    [True, False, False, True, False]
    """
    house = HOUSE_AFTER_NAME.match(text, start)
    return house is not None and _may_name_street(house["name"].lower())


@lru_cache(maxsize=2_000)
def _may_name_street(lower: str) -> bool:
    """Whether ``lower`` may name a street with no street word: not a surname read in the nominative and never as a
    man's in the genitive («иванов», «петров», «шевчук»; «ленина», «иванова», «гагарина» may)."""
    surnames = [p.tag for p in analyzer().parse(lower) if "Surn" in p.tag]
    return not any(tag.case == "nomn" for tag in surnames) or any(
        tag.case == "gent" and tag.gender == "masc" and "Fixd" not in tag for tag in surnames)


def _resident(word: str) -> bool:
    """Whether the lower-case ``word`` names one resident (:func:`mcu_nlp.name_describers.resident_word`): completed
    as a role word is, it names a person too («арендатор квартиры Сидоров», «жилец комнаты Петров»; session 29)."""
    from mcu_nlp.name_describers import resident_word  # imported here: name_describers imports this module

    return resident_word(word)


def _written_as(word: str, role: str) -> bool:
    """Whether ``word`` is written as the ``role`` word is: both in capitals, or both in title case."""
    return (word.isupper() and role.isupper()) or (word.istitle() and role.istitle())


def _completing(words: list[str], role: str) -> bool:
    """Whether the lower-case ``words`` complete the ``role`` word (see _role_of_complement): each completes it
    (_completes), up to «по»; after «по» nouns, adjectives or participles naming what the role deals with
    ("по делам несовершеннолетних", "по охране труда"); no street or address word, nor a number ("дворник улицы
    Ленина", "по адресу Савушкина", "по ул. Мира", "по дому 5": the name after them is a street's)."""
    if any(word in ADDRESS_WORDS or (_address_word(word) and not _home_word(word)) for word in words):
        return False  # «дворник улицы Ленина», «по адресу»; not «хозяйка квартиры Иванова» (session 29)
    if "по" not in words:
        return len(words) <= 3 and all(_completes(word, role) for word in words)
    at = words.index("по")
    head, tail = words[:at], words[at + 1 :]
    return bool(tail) and all(_completes(word, role) for word in head) and all(map(_deals_with, tail))


@lru_cache(maxsize=2_000)
def _address_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a street or address word, or a form of one: "улицы", "адресу", "ул"."""
    return word in ADDRESS_WORDS or any(p.normal_form in ADDRESS_WORDS for p in analyzer().parse(word))


@lru_cache(maxsize=2_000)
def _home_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a form of a home's word (HOME_WORDS) other than its nominative: «квартиры»,
    «квартире», «комнаты»: a role over it names its owner or tenant («хозяйка квартиры Иванова»)."""
    return word not in HOME_WORDS and any(p.normal_form in HOME_WORDS and p.tag.POS == "NOUN"
                                          for p in analyzer().parse(word))


@lru_cache(maxsize=2_000)
def _building_word(word: str) -> bool:
    """Whether the lower-case ``word`` is a form of a building's or a home's word (BUILDING_WORDS): «дома»,
    «подъезда», «квартиры»: a name after it with a house number is a street's («дворник дома Ленина 5»)."""
    return any(p.normal_form in BUILDING_WORDS and p.tag.POS == "NOUN" for p in analyzer().parse(word))


@lru_cache(maxsize=2_000)
def _deals_with(word: str) -> bool:
    """Whether the lower-case ``word`` after «по» in a role's phrase names what the role deals with: a noun,
    adjective or participle ("делам", "охране", "хозяйственной", "подъезду")."""
    return word.isalpha() and analyzer().parse(word)[0].tag.POS in ("NOUN", "ADJF", "PRTF")


def _phrase_goes_on(text: str, start: int) -> bool:
    """Whether the word at ``start`` is an adjective in the genitive before a lower-case noun in the genitive, going
    on with the role's phrase: "Начальник отдела благоустройства Светлановского района" (a district's name)."""
    after = ADJECTIVE_THEN_WORD.match(text, start)
    if after is None or not (after[2].islower() or (after[2].isupper() and after[1].isupper())):
        return False
    adjective = any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in analyzer().parse(after[1].lower()))
    return adjective and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in analyzer().parse(after[2].lower()))


@lru_cache(maxsize=2_000)
def _completes(word: str, role: str) -> bool:
    """Whether the lower-case ``word`` after the ``role`` word completes it: a noun, adjective or participle in the
    genitive ("полиции", "участка", "несовершеннолетних"), or an adjective or participle in a case of the role word
    ("уполномоченный" after "участковый"); not a verb, an adverb or a preposition ("сказал", "снизу", "по")."""
    if not word.isalpha() or not word.islower():
        return False
    role_cases = {p.tag.case for p in analyzer().parse(role) if p.tag.case}
    for parse in analyzer().parse(word):
        tag = parse.tag
        if tag.POS in ("NOUN", "ADJF", "PRTF") and tag.case == "gent":
            return True
        if tag.POS in ("ADJF", "PRTF") and tag.case in role_cases:
            return True
    return False


@lru_cache(maxsize=2_000)
def _abbreviation(lower: str) -> bool:
    """Whether pymorphy3 reads a word in capitals first as an abbreviation, or lacks it: "ГИБДД", "МФЦ"; not "НЕ"."""
    return not analyzer().word_is_known(lower) or "Abbr" in analyzer().parse(lower)[0].tag

#: The organisation a role word may name between itself and the surname: "директор УК Иванов", "ДИРЕКТОР УК ИВАНОВ",
#: "председатель ТСЖ «Уют» Смирнова". Only abbreviations: "директор школы" may be followed by the school's name.
ORGANISATIONS = word_set("ук тсж тсн жск жэс жэк жэу дэз рэу снт ооо оао зао пао ао муп гуп мку мбу гбу гку")
#: A role word, an organisation's abbreviation in capitals, maybe declined with a lower-case ending ("ЖЭКа", "ДЭЗу",
#: "ЖЭКом"), and maybe its quoted name, right before a surname: "директор УК Иванов", "Начальник ЖЭКа Иванов",
#: "инспектор ГИБДД Петров", "председатель ТСЖ «Уют» Смирнова".
ROLE_OF = re.compile(
    r"(?<![\w-])([\w-]+)\s{1,2}([А-ЯЁ]{2,5})(?:а|у|е|ом)?(?:\s{1,2}[«\"„][^«»\"\n]{1,40}[»\"“])?[\s,]{0,2}\Z"
)
#: Up to six words one or two spaces apart right before a surname: a role word and the words completing it.
ROLE_PHRASE = re.compile(r"(?<![\w-])([\w-]+(?:\s{1,2}[\w-]+){1,5})[\s,]{0,2}\Z")
#: A word and the word after it: "Светлановского района", "КРАСНОСЕЛЬСКОГО РАЙОНА".
ADJECTIVE_THEN_WORD = re.compile(r"([\w-]+)\s{1,2}([А-ЯЁа-яё]+)")
#: The cheap check before ROLE_PHRASE: a word of two letters or more right before a word.
LETTER_BEFORE = re.compile(r"[А-ЯЁа-яё]{2}[\s,]{1,2}\Z")
#: Street and address words (lemmas and abbreviations): «по» before one names an address, not what a role deals with.
#: The street types' from :mod:`mcu_nlp.street_words`, less the abbreviations the first list lacked («просп», «ш» ...).
ADDRESS_WORDS = street_words(
    word_set("улица проспект переулок площадь шоссе бульвар набережная проезд аллея линия дорога микрорайон"),
    ("nom",),
    abbreviated=True,
) - word_set("просп пр-т пр-кт пркт б-р бул ш мкр") | word_set("адрес корпус квартира кв")
#: A home's words: a role word or a resident's completed by one in another case names its owner, tenant or resident
#: before a surname («хозяйка квартиры Иванова», «собственник квартиры Петров», «арендатор комнаты Сидоров»), unless
#: a house number follows the name (a street: «хозяйка квартиры Ленина 5», BUILDING_WORDS); «кв» and the nominative
#: stay address words
HOME_WORDS = word_set("квартира комната")
#: A building's words: after a role's phrase holding one a name and a house number are a street's («дворник дома
#: Ленина 5», «жилец дома Ленина 5», «хозяйка квартиры Ленина 5»)
BUILDING_WORDS = HOME_WORDS | word_set("дом подъезд общежитие корпус")
#: A house number right after the word at a surname's start: «Ленина 5», «Ленина, 5», «Гагарина 12-5», «Ленина 5 кв
#: 3»; no measure, count or date after it («Иванов 5 лет», «Иванов 5 числа», «Иванова 2024 г.»), no flat's, floor's
#: or entrance's number («Петрова, 45 кв», «Иванова 3 этаж», «Иванова 1 подъезд»: a word after the number with no
#: number of its own), nor a phone's first digits («Петрова, 8-922-123-45-67»; session 29)
HOUSE_AFTER_NAME = re.compile(
    r"(?P<name>[\w-]+)[ \t\xa0,]{0,3}\d{1,4}(?!\d)(?!(?:[ \t\xa0()-]{0,2}\d){5}|[ \t\xa0]{0,2}(?:"
    r"(?i:лет|год|г\.|г(?![\w-])|раз|дн|дня|час|мин|мес|нед|числ|чис\.)"
    r"|(?i:кв|квартир\w{0,3}|эт|этаж\w{0,2}|под[ъь]езд\w{0,2}|под|п)\.?(?![\w-])(?![ \t\xa0.,№]{0,3}\d)))"
)
#: The cheap check before ROLE_OF: an abbreviation in capitals, or a closing quote, right before a word.
ABBREVIATION_BEFORE = re.compile(r"[А-ЯЁ]{2}(?:а|у|е|ом)?[\s,]{1,3}\Z|[»\"“][\s,]{1,3}\Z")
#: Roles of a place: a town in the genitive after one is the role's place ("мэр Кирова", "губернатору Курска"), also
#: where it reads as a surname too, if pymorphy3 holds the town the likelier reading ("мэр Ростова"; "глава Белова": a
#: woman's surname); after other roles such a word is the surname ("директор Иванова": no director of a town).
PLACE_ROLES = word_set("мэр губернатор глава замглавы префект прокурор")


@lru_cache(maxsize=20_000)
def singular_cases(lower: str) -> frozenset[str]:
    """The cases of a word's singular readings: a first name's, a patronymic's, a role word's."""
    return frozenset(p.tag.case for p in analyzer().parse(lower) if p.tag.number == "sing" and p.tag.case)


def place_of_role(word: str, before: str) -> bool:
    """Whether ``word``, after the role word ``before``, names the role's place, not a surname: "мэр Кирова", "мэру
    Кирова", "прокурор Сочи"; not "мэр Киров", "мэру Кирову" (a surname agreeing with the role), "директор Иванова".
    After a job past the list (:func:`occupation`) too: "житель Пушкина", "представитель Кирова" (not "таксиста
    Кирова", in one case)."""
    if not before.isalpha():
        return False
    place_role = lemma(before) in PLACE_ROLES or job_only(before)
    return place_role and genitive_place(word.lower(), singular_cases(before))


def job_only(word: str) -> bool:
    """Whether the lower-case ``word`` is a role word only as a job past the list (:func:`occupation`: «таксист»; not
    «водитель», listed): a surname alone after it must follow it right, with no mark or house number
    (:mod:`mcu_nlp.names`: «Чита, Текстильщик, Кастринская 4» is a district and a street)."""
    return occupation(word) and not _listed(word)


def _listed(word: str) -> bool:
    """Whether the lower-case ``word`` is a role word of the list (PERSON_BEFORE), or a form of one."""
    return word in PERSON_BEFORE or (word.isalpha() and (lemma(word) in PERSON_BEFORE or _role_form(word)))


@lru_cache(maxsize=20_000)
def genitive_place(lower: str, cases: frozenset[str] = frozenset()) -> bool:
    """Whether a word reads as a place in the genitive ("сочи", or "колпино", a town in -о left undeclined) likelier
    to pymorphy3 than as a surname or first name in one of ``cases`` (a tie is the person's): after «мэр», "кирова"
    (the town's genitive 0.19, a woman's surname 0.06) is the town, "белова" (0.2 each), "орджоникидзе" the surname.

    >>> nominative = frozenset({"nomn"})
    >>> words = ("кирова", "сочи", "колпино", "белова", "орджоникидзе", "киров", "абаза")
    >>> [genitive_place(w, nominative) for w in words]
    [True, True, True, False, False, False, False]
    """
    place = person = 0.0
    for parse in analyzer().parse(lower):
        tag = parse.tag
        # a town in -о pymorphy3 reads only as nominative / accusative counts once, by its nominative
        if "Geox" in tag and (tag.case == "gent" or (tag.case == "nomn" and tag.gender == "neut" and lower[-1] == "о")):
            place += parse.score
        elif ("Surn" in tag or "Name" in tag) and tag.case in cases:
            person += parse.score
    return place > person
