"""Place-like names that are something else: an organisation's name or a person's.

"ООО «Восход»", "ТК Порт Находка", "магазин «Находка»" name organisations (``organisations``); "Сергей Королев",
"Иван Орлов", "Иванова Мария" name people. The resolver asks ``not_a_place`` before it keeps a match; a type word
("п. «Восход»") always makes a place.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from mcu_nlp.geo.demonyms import person_shaped
from mcu_nlp.geo.forms import CAPITALISED, COMMON_WORD, FREE, PERSON_NAME, REJECT, STRONG, WEAK
from mcu_nlp.geo.gazetteer import BIG_TOWN_WEIGHT
from mcu_nlp.geo.lexicon import PLACE_PREPOSITIONS, words
from mcu_nlp.geo.organisations import clause_between, organisation_before, quoted
from mcu_nlp.geo.tokens import name_key
from mcu_nlp.morphology import analyzer, lemma
from mcu_nlp.name_words import name_kinds

# A town's bodies and residents (lemmas), whose genitive names the town: "Администрация Кирова", "жители Галича", "в
# МФЦ Глазова" (a public service centre is named after its town, never after a person)
OFFICES = frozenset(words("администрация мэрия горсовет гордума власть житель жительница мфц"))
# What honours a person or is their work (lemmas): a surname-like town's genitive or dative right after one, or after
# one and «по», «к», «о» names the person ("памятник Лермонтову", "музыка Чайковского", "вечер по Лермонтову", "к
# юбилею Пушкина"); "в Чайковском", "жители Чайковского" stay the town.
HONOURS = frozenset(
    words(
        "памятник бюст мемориал монумент статуя барельеф музей дом-музей концерт музыка вечер чтение стих "
        "стихотворение книга роман произведение спектакль пьеса постановка выставка юбилей творчество портрет опера "
        "балет сказка повесть рассказ поэма премия память сквер библиотека"
    )
)
# Verbs and nouns of dedication: the dative after them is whom a work honours ("посвящён Чайковскому", "посвящение
# Пушкину"), never where it is (a place takes «в», «на»)
DEDICATIONS = frozenset(words("посвятить посвящать посвящаться посвящение"))
HONOUR_LINKS = frozenset(words("по к о об"))
# Words that take a person after «в» (session 23): "Я уверена в Анне", "разочаровалась в Оле", "не сомневаюсь в Вере"
PERSON_IN_GOVERNORS = frozenset(
    words("уверить уверенный сомневаться усомниться разочароваться разочаровать разувериться ошибиться ошибаться")
    + words("нуждаться чаять")
)
# Roles that head a town or village: "Глава Забродов" is the village's head (``role_surname`` leaves it the place)
HEADS = frozenset(words("глава мэр градоначальник губернатор староста"))
FIRST_NAME_SCORE = 0.5  # pymorphy3's Name parses of the word before add up to this: "Сергей", "Марина"; not "Вера"
SURNAME_LIKE = frozenset({CAPITALISED, COMMON_WORD, PERSON_NAME})


def not_a_place(ctx, i: int, j: int, level: int, after: int) -> bool:
    """Whether the name at ``i:j`` of this ``TextContext`` is an organisation's or a person's.

    ``after``: where the previous place mention stopped; words before it belong to that place ("Ямало-Ненецкий АО").
    """
    if ctx.type_before(i):
        return False
    if level == FREE and demonym_surname(ctx, i, j):  # "Туляков И.И.", "Иван Туляков": a surname's context decides
        level = PERSON_NAME
        if _initials_after(ctx, j):
            return True
    person = first_name_before(ctx, i, level) or surname_beside_first_name(ctx, i, j, level)
    person = person or in_person_name(ctx, i, j, level) or before_name_pair(ctx, i, j) or after_role(ctx, i, j)
    person = person or trusted_person(ctx, i, j)
    person = person or (level != FREE and honoured(ctx, i, j))
    return quoted(ctx, i, j, level) or organisation_before(ctx, i, level, after) or person


def demonym_surname(ctx, i: int, j: int) -> bool:
    """A capitalised one-word demonym's form that a surname may share (``demonyms.person_shaped``: "Туляков",
    "ЛИПЧАНИН"): the person checks read it as a surname-like name; "Туляки жалуются" stays the town."""
    return j - i == 1 and ctx.text[ctx.spans[i][0]].isupper() and person_shaped(ctx.keys[i])


def _initials_after(ctx, j: int) -> bool:
    """One or two initials right after the name: "Туляков И.И.", "Самарцев П. П."."""
    from mcu_nlp.name_introductions import INITIALS_AFTER  # here: the names modules import mcu_nlp.geo

    return INITIALS_AFTER.match(ctx.text, ctx.spans[j - 1][1]) is not None


def first_name_before(ctx, i: int, level: int) -> bool:
    """A surname-like town right after a capitalised first name: "Сергей Королев", "Ивана Орлова"."""
    if level not in SURNAME_LIKE or i == 0 or not ctx.capital(i - 1):
        return False
    return not clause_between(ctx, i - 1, i) and first_name(ctx.keys[i - 1])


def surname_beside_first_name(ctx, i: int, j: int, level: int) -> bool:
    """A capitalised word with a surname reading before or after a capitalised first name: "Иванова Мария",
    "Мария Иванова", "к Королёву Ивану" (a person's name, as :mod:`mcu_nlp.name_words` reads it); not "Иваново"."""
    if level == FREE or j - i != 1 or not ctx.capital(i):
        return False
    start, stop = ctx.spans[i]
    if "S" not in name_kinds(ctx.text[start:stop]):
        return False
    before = i > 0 and ctx.capital(i - 1) and not clause_between(ctx, i - 1, i) and first_name(ctx.keys[i - 1])
    after = j < len(ctx.keys) and ctx.capital(j) and not clause_between(ctx, j - 1, j) and first_name(ctx.keys[j])
    # after "в", "из" a place is named, and a name may follow it: "в Королёве Иван Петрович ждёт"
    return bool(before or (after and ctx.preposition(i) not in PLACE_PREPOSITIONS))


def first_name_opening(g, ctx, i: int, j: int, eid: int, level: int, verdict: int) -> bool:
    """A first name heading the text before a problem noun or a mark (``TextContext.opens_report``: "Артём мусор не
    вывозят", "Тим мусор ..." with region 46) names the writer or whom they address, but the caller's region or a big
    town of it (``g``: the gazetteer; "Питер, лифт не работает" with region 78, "Артём мусор ..." with 25) or a town
    that is a municipality of its own there (session 41: "Агидель, нет воды" with 02, a городской округ)."""
    if verdict != WEAK or i or level not in (COMMON_WORD, PERSON_NAME) or ctx.heading(i, j):
        return False
    big = g.kind[eid] in ("region", "municipality") or g.weight[eid] >= BIG_TOWN_WEIGHT
    return first_name(ctx.keys[0], nominative=True) and not (g.region_code[eid] == ctx.hint and big)


def given_name_form(g, ctx, i: int, j: int, eid: int, verdict: int) -> int:
    """WEAK for a case form of a three-letter place in -а (``g``: the gazetteer) that pymorphy3 reads only as a
    declined first name's (``declined_first_name``): "Я уверена в Оле" is Оля's locative far more often than the
    village Ола's, which then counts only with the caller's region or its region named in the text ("Из Магадана пишу:
    у мамы в Оле ..."). "в Ашу" stays the town Аша, "в Осе" the town Оса."""
    if verdict != STRONG or j - i != 1:
        return verdict
    name = name_key(g.name[eid])
    if len(name) != 3 or not name.endswith("а") or ctx.keys[i] == name or not declined_first_name(ctx.keys[i]):
        return verdict
    return WEAK


@lru_cache(maxsize=1024)
def declined_first_name(key: str) -> bool:
    """Whether pymorphy3 reads a word only as a case form of a declined first name: "оле" (Оля's), not "ашу" (an
    indeclinable name's), "осе" (Ося's and a wasp's) or "уфе".

    >>> declined_first_name("оле"), declined_first_name("ашу"), declined_first_name("осе"), declined_first_name("уфе")
    (True, False, False, False)
    """
    parses = analyzer().parse(key)
    return bool(parses) and all("Name" in p.tag and "Fixd" not in p.tag for p in parses)


def in_person_name(ctx, i: int, j: int, level: int) -> bool:
    """The name lies inside a person's name as redaction finds it (:func:`mcu_nlp.names.find_names`): "Мария Ивановна
    Иванова", "Анна Сергеевна Королёва"; not after «в», «во», «из» ("в Королёве Иван Петрович ждёт")."""
    if level == FREE or ctx.preposition(i) in PLACE_PREPOSITIONS:
        return False
    starts, reach = _person_spans(ctx.text)
    k = bisect_right(starts, ctx.spans[i][0])  # the names that start at or before the match: does one reach its end?
    return k > 0 and reach[k - 1] >= ctx.spans[j - 1][1]


def before_name_pair(ctx, i: int, j: int) -> bool:
    """A capitalised one-word name right before a capitalised first name and patronymic, in the same case: the
    surname of "Прошу передать Галичу Сергею Петровичу" (find_names sees no surname in a word pymorphy3 reads only
    as a town); not after «в», «во», «из» ("в Галиче Сергей Петрович ждёт")."""
    if j - i != 1 or j + 1 >= len(ctx.keys) or ctx.preposition(i) in PLACE_PREPOSITIONS or not _title_word(ctx, i):
        return False
    if not (ctx.capital(j) and ctx.capital(j + 1)) or clause_between(ctx, i, j) or clause_between(ctx, j, j + 1):
        return False
    first, patronymic = (ctx.text[slice(*ctx.spans[k])] for k in (j, j + 1))
    pair = "n" in name_kinds(first) and "P" in name_kinds(patronymic)
    return pair and bool(_cases(ctx.keys[i]) & _cases(ctx.keys[j]))


def after_role(ctx, i: int, j: int) -> bool:
    """A capitalised one-word name right after a word for a person's role, or a role and an organisation, in the same
    case: "Главврач Абаза не отвечает", "депутату Галичу", "начальник ЖЭКа Галич"; not a genitive after it ("депутат
    Абазы", "глава Галича": of the town)."""
    if j - i != 1 or i == 0 or not _title_word(ctx, i) or clause_between(ctx, i - 1, i):
        return False
    from mcu_nlp.name_roles import ORGANISATIONS  # here: the names modules import mcu_nlp.geo

    organisation = i > 1 and lemma(ctx.keys[i - 1]) in ORGANISATIONS and not clause_between(ctx, i - 2, i - 1)
    k = i - 2 if organisation else i - 1
    return _role(ctx.keys[k]) and bool(_cases(ctx.keys[k]) & _cases(ctx.keys[i]) - {"gent", "accs"})


def trusted_person(ctx, i: int, j: int) -> bool:
    """A first name right after «в» that a word taking a person governs (``PERSON_IN_GOVERNORS``): "Я уверена в Анне,
    она не подведёт", "разочаровалась в Оле" name the woman, not the towns Анна, Ола; "в Анне нет воды" is the town."""
    if j - i != 1 or i < 2 or ctx.keys[i - 1] not in ("в", "во"):
        return False
    if clause_between(ctx, i - 2, i - 1) or clause_between(ctx, i - 1, i):
        return False
    return lemma(ctx.keys[i - 2]) in PERSON_IN_GOVERNORS and first_name(ctx.keys[i])


def role_surname(g, ctx, i: int, j: int, eid: int, verdict: int) -> int:
    """REJECT for a village's genitive that is shaped as a surname (``name_kinds`` S) right after a role in the
    nominative (``g``: the gazetteer): "Депутат Забродов сказал" is a person, not the village Заброды, whose
    genitive it is; pymorphy3 knows no such surname, so ``after_role`` sees only the place's genitive. A town's
    genitive is left to the other rules (``office_genitive``), and a village's after a role that heads a place stays
    the village ("Глава Забродов", ``HEADS``)."""
    town = g.urban[eid] if g.urban else True  # a file built before the column: as before, the place
    if verdict == REJECT or j - i != 1 or i == 0 or town or not _title_word(ctx, i):
        return verdict
    role = ctx.keys[i - 1]
    if not _role(role) or lemma(role) in HEADS or "nomn" not in _cases(role) or clause_between(ctx, i - 1, i):
        return verdict
    if _cases(ctx.keys[i]) != {"gent"} or "S" not in name_kinds(ctx.text[slice(*ctx.spans[i])]):
        return verdict
    return REJECT


def honoured(ctx, i: int, j: int) -> bool:
    """A one-word name with a surname's genitive or dative reading right after what honours a person or is their work
    (``HONOURS``), or after one and «по», «к», «о»: "памятник Лермонтову", "Концерт музыки Чайковского", "вечер по
    Лермонтову" name the person, not the towns Лермонтов, Чайковский; so does a dative right after a word of dedication
    (``DEDICATIONS``: "Концерт посвящён Чайковскому")."""
    if j - i != 1 or i == 0 or ctx.preposition(i) in PLACE_PREPOSITIONS or clause_between(ctx, i - 1, i):
        return False
    if lemma(ctx.keys[i - 1]) in DEDICATIONS:  # "Концерт посвящён Чайковскому"
        return surname_in(ctx.keys[i], ("datv",))
    k = i - 2 if ctx.keys[i - 1] in HONOUR_LINKS else i - 1
    if k < 0 or (k < i - 1 and clause_between(ctx, k, k + 1)) or lemma(ctx.keys[k]) not in HONOURS:
        return False
    return surname_in(ctx.keys[i], ("gent", "datv"))


@lru_cache(maxsize=4096)
def surname_in(key: str, cases: tuple[str, ...]) -> bool:
    """pymorphy3 reads the word as a surname in one of ``cases`` ("лермонтову", "чайковского": gent, datv)."""
    return any("Surn" in p.tag and p.tag.case in cases for p in analyzer().parse(key))


def office_genitive(ctx, i: int, j: int, level: int, verdict: int) -> int:
    """The verdict for a surname-like name (``PERSON_NAME``: Кирова, Галича) in the genitive right after a person's
    role or a town's body or residents: "Мэр Кирова", "Администрация Кирова", "жители Галича" name the town (STRONG
    with a capital, WEAK in a caseless text); a person's name there takes the role's case (``after_role``)."""
    if verdict != REJECT or level != PERSON_NAME or ctx.capital(i) is False or not after_office(ctx, i, j):
        return verdict
    return WEAK if ctx.capital(i) is None else STRONG


def after_office(ctx, i: int, j: int) -> bool:
    """A one-word name in the genitive right after a person's role or a town's body or residents ("Мэр Кирова")."""
    if j - i != 1 or i == 0 or clause_between(ctx, i - 1, i) or "gent" not in _cases(ctx.keys[i]):
        return False
    return _role(ctx.keys[i - 1]) or lemma(ctx.keys[i - 1]) in OFFICES


@lru_cache(maxsize=4096)
def _role(key: str) -> bool:
    """A word for a person's role (the names module's list: "Главврач Абаза", "мэр Галич")."""
    from mcu_nlp.name_roles import role_word  # here: the names modules import mcu_nlp.geo

    return role_word(key)


@lru_cache(maxsize=4096)
def _cases(key: str) -> frozenset[str]:
    """The cases of a word's place readings, or else of its noun readings ("галичу": datv; "абазы": gent, not the
    nominative plural of абаз)."""
    nouns = [p.tag for p in analyzer().parse(key) if p.tag.POS == "NOUN" and p.tag.case]
    return frozenset(tag.case for tag in ([t for t in nouns if "Geox" in t] or nouns))


def _title_word(ctx, i: int) -> bool:
    """Word ``i`` is written with a capital and then lower case: "Галичу", not "СПб" or "ГАЛИЧУ"."""
    a, b = ctx.spans[i]
    return ctx.text[a].isupper() and ctx.text[a + 1 : b].islower()


# A text asks once per surname-like match, and resolve_batch goes text by text: the last text is all worth keeping
# (more would keep whole texts, up to 1,000,000 characters each, in every worker).
@lru_cache(maxsize=1)
def _person_spans(text: str) -> tuple[list[int], list[int]]:
    """The starts of the person names in ``text``, in order, and the furthest end among each start's and earlier ones:
    a lookup in logarithmic time (a text of 7,000 surname-like names asked 7,000 times over its 7,000 names)."""
    from mcu_nlp.name_characters import namesake_spans
    from mcu_nlp.names import find_names  # here: mcu_nlp.names imports mcu_nlp.geo (name_places reads typos)

    spans = sorted(find_names(text) + namesake_spans(text))  # «за Салавата Юлаева» (a team) names no town either
    return [a for a, _ in spans], list(accumulate((b for _, b in spans), max))


@lru_cache(maxsize=4096)
def first_name(key: str, nominative: bool = False) -> bool:
    """Whether a word is mostly read as a first name (``nominative``: and may be a nominative, as one heading a text
    names its writer or whom it addresses; "касимов" is only the genitive plural of Касим, and the town Касимов).
    Not :func:`mcu_nlp.name_cued.first_name` (a known word read first as a name: "пол" yes, "коллонтай" no): the
    scores of all Name readings add up here, an unknown word's guesses too ("коллонтай" yes, "пол" no).

    >>> first_name("сергей"), first_name("ивана"), first_name("вера"), first_name("граф")
    (True, True, False, False)
    >>> first_name("артем", nominative=True), first_name("ивана", nominative=True), first_name("касимов", True)
    (True, False, False)
    """
    names = [p for p in analyzer().parse(key) if "Name" in p.tag]
    mostly = sum(p.score for p in names) >= FIRST_NAME_SCORE
    return mostly and (not nominative or any(p.tag.case == "nomn" for p in names))
