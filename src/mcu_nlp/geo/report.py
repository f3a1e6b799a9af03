"""A problem verb opening a report right after a town's name and a comma: "Киров, отключили свет", "Киров, не
вывозят мусор", "Киров, прорвало трубу", "Киров, затопило подвал" (``context.opens_report``; nouns and «нет" are
``lexicon.REPORT_OPENERS``).

The verbs are the urgency lexicon's (``mcu_nlp/data/urgency_lexicon.csv``, the slots of its critical and high rules,
with their «не_» pairs), so one list says what a problem is. A report names no doer: only a plural ("отключили",
"не вывозят"), an impersonal neuter past ("прорвало") or a short participle ("отключено") counts, so a surname
heading a text about its bearer stays no town ("Королёв, не ответил", "Королёв, открыл дверь"); modal «мочь» is left
out ("Королёв, не могли бы вы ...": an address).
"""

from __future__ import annotations

from functools import lru_cache

from mcu_nlp.geo.lexicon import (
    APPEAL_NOUNS,
    PROBLEM_NOUNS,
    REPORT_OPENERS,
    TRANSPORT_NOUNS,
    TRANSPORT_PROBLEM_VERBS,
    WATER_BEFORE,
    words,
)
from mcu_nlp.geo.qualified import only_mark_before
from mcu_nlp.geo.tokens import SENTENCE_MARKS
from mcu_nlp.lexicon_rules import load_rules
from mcu_nlp.morphology import analyzer

LEXICON_LEVELS = ("critical", "high")
NOT_REPORTS = frozenset({"мочь", "смочь"})
# Verbs the lexicon's rows name for the words they go with, no problem by themselves (session 68's ordnance, siren and
# gas rows: «нашли мину», «дрон прилетел», «чувствуется газ»): not read as a report without «не» («снегири прилетели в
# кормушку» with 54 is birds, not Новосибирск's Снегири)
PLAIN_VERBS = frozenset(
    {"прилететь", "залететь", "увидеть", "заметить", "обнаружить", "вывезти", "вывозить", "молчать", "чувствоваться",
     "ощущаться", "учуять"}
)
TRANSPORT_WINDOW = 3  # words after a transport noun where its problem is looked for ("автобус опять не пришёл")
CLAUSE_ADJECTIVES = 2  # adjectives before a clause's subject ("уличное освещение не работает")
CLAUSE_ADVERBS = 2  # adverbs or particles between a clause's subject and its verb ("собаки опять не дают пройти")
NEGATIONS = frozenset({"не", "нет", "ни"})
REPORT_NOUNS = PROBLEM_NOUNS - TRANSPORT_NOUNS  # a problem noun heading a report in any number (``problem_noun``)
# After a town's name and a comma, where in it the problem is: "Ессентуки, во дворе яма", "Асбест, в магазине ..."
WHERE_PREPOSITIONS = frozenset(words("в во на у около возле"))
# The parts of speech of a problem verb anywhere in a text (``reports_anywhere``): "Пропал ребёнок", "не вывозят"
PROBLEM_POS = frozenset({"VERB", "PRTS", "INFN", "GRND"})


@lru_cache(maxsize=1)
def report_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's problem verbs (lemmas) and the verbs it names after «не» ("не_вывозить": "вывозить").

    >>> verbs, negated = report_verbs()
    >>> "отключить" in verbs, "прорвать" in verbs, "вывозить" in negated, "мочь" in negated
    (True, True, True, False)
    """
    lemmas = {
        lemma for rule in load_rules() if rule.level in LEXICON_LEVELS for slot in rule.slots for lemma in slot.lemmas
    }
    negated = frozenset(lemma[3:] for lemma in lemmas if lemma.startswith("не_")) - NOT_REPORTS
    return frozenset(lemma for lemma in lemmas if not lemma.startswith("не_")) - NOT_REPORTS - PLAIN_VERBS, negated


def reports_problem(keys: list[str], j: int) -> bool:
    """Word ``j`` of the word keys (or «не» and the next word) is a problem verb in a form that names no doer.

    >>> reports_problem(["киров", "отключили", "свет"], 1), reports_problem(["киров", "не", "вывозят", "мусор"], 1)
    (True, True)
    >>> reports_problem(["королев", "не", "ответил"], 1), reports_problem(["королев", "открыл", "дверь"], 1)
    (False, False)
    """
    verbs, negated = report_verbs()
    if keys[j] == "не":
        j, verbs = j + 1, negated
    if j >= len(keys):
        return False
    return any(p.normal_form.replace("ё", "е") in verbs and _no_doer(p.tag) for p in analyzer().parse(keys[j]))


def _no_doer(tag) -> bool:
    """A plural, a neuter past or a short participle: "отключили", "прорвало", "отключено"."""
    return tag.POS == "PRTS" or (tag.POS == "VERB" and ("plur" in tag or {"neut", "past"} in tag))


def transport_report(keys: list[str], j: int) -> bool:
    """The transport noun at word ``j`` is followed within ``TRANSPORT_WINDOW`` words by a route number, a negation or a
    problem verb in any form (the noun is its doer: "автобус 7 отменили", "маршрутка не ходит", "электричка опять
    опоздала"); a praise or a plain mention reports nothing ("автобусы стали лучше", "автобусы все в грязи").

    >>> transport_report(["находка", "автобус", "7", "отменили"], 1), transport_report(["прогресс", "автобусы",
    ... "стали", "лучше"], 1)
    (True, False)
    """
    verbs = report_verbs()[0] | TRANSPORT_PROBLEM_VERBS
    for key in keys[j + 1 : j + 1 + TRANSPORT_WINDOW]:
        if key.isdigit() or key in NEGATIONS:
            return True
        if any(
            p.normal_form.replace("ё", "е") in verbs and p.tag.POS in ("VERB", "PRTS", "INFN")
            for p in analyzer().parse(key)
        ):
            return True
    return False


def where(keys: list[str], j: int) -> bool:
    """Word ``j`` and the next one say where: a preposition of place and a word of 4+ letters, no pronoun ("во дворе",
    "в магазине", "у школы"; not "на них", "в которой").

    >>> where(["ессентуки", "во", "дворе", "яма"], 1), where(["находка", "в", "которой"], 1)
    (True, False)
    """
    if keys[j] not in WHERE_PREPOSITIONS or j + 1 >= len(keys):
        return False
    word = keys[j + 1]
    return len(word) > 3 and word.isalpha() and not word.startswith(("котор", "как", "чем"))


def clause(keys: list[str], j: int) -> bool:
    """Word ``j`` and the next one are a clause of its own: a noun (by its likeliest reading) in the nominative and a
    finite verb or a short participle agreeing with it in number (and gender in the singular past): "собаки
    нападают", "магазин закрыт", "свет пропал"; or (session 40) a clause headed by its predicate
    (``predicate_clause``: "горит дом", "не работает лифт", "пахнет газом"), an impersonal verb after its instrument
    ("газом воняет"), a thing's noun and a genitive ("запах газа"). A list goes on with «и» or a comma instead ("Горки,
    качели и песочница сломаны": the swings are Горки's neighbours in the list, not a report about a place).

    >>> clause(["асбест", "собаки", "нападают"], 1), clause(["тара", "магазин", "закрыт"], 1)
    (True, True)
    >>> clause(["горки", "качели", "и", "песочница"], 1), clause(["асбест", "собаки", "соседа"], 1)
    (False, False)
    >>> clause(["асбест", "собаки", "опять", "напали"], 1), clause(["тара", "магазин", "снова", "не", "работает"], 1)
    (True, True)
    >>> clause(["шахты", "горит", "дом"], 1), clause(["шахты", "газом", "воняет"], 1)
    (True, True)
    >>> clause(["азов", "запах", "газа"], 1), clause(["находка", "автобусом", "ехать", "далеко"], 1)
    (True, False)
    """
    if j + 1 >= len(keys) or not keys[j].isalpha():
        return False
    if predicate_clause(keys, j):  # session 40: "горит дом", "не работает лифт", "пахнет газом"
        return True
    readings = analyzer().parse(keys[j])
    if readings[0].tag.POS != "NOUN":  # "магазин": its accusative comes first, the nominative is as good
        return False
    nouns = [p.tag for p in readings if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    # an adverb or a particle may come between ("собаки опять напали", "магазин снова не работает")
    verbs = analyzer().parse(keys[_past_adverbs(keys, j + 1)])
    if any(_predicate(p.tag, noun) for p in verbs for noun in nouns):
        return True
    # session 40: an impersonal predicate after its instrument ("газом воняет"; not "автобусом ехать": no finite
    # verb), or a nominal clause, a thing's nominative and a genitive ("запах газа в подъезде"; not "собаки соседа",
    # someone's beings named)
    if readings[0].tag.case == "ablt":
        return _impersonal(verbs[0].tag)
    following = analyzer().parse(keys[j + 1])[0].tag
    things = [noun for noun in nouns if noun.animacy == "inan"]
    return bool(things) and following.POS == "NOUN" and following.case == "gent"


def indefinite_clause(keys: list[str], j: int) -> bool:
    """Words from ``j`` on are a clause with no subject, its verb a third person plural that names no doer, after at
    most one object (a noun or pronoun not in the nominative, or a word the dictionary does not know, as "зп") and
    «не» or adverbs (``CLAUSE_ADVERBS``, before the object too): "зарплату не платят", "зп не платят", "нам не
    платят", "опять не платят", "дорогу не ремонтируют" (session 69, an Алтайский край analyst's "Благовещенка, зп не
    платят"). Not a clause with its own subject ("дети не ходят": ``clause``), nor a singular verb ("Королёв, не
    ответил").

    >>> indefinite_clause(["благовещенка", "зп", "не", "платят"], 1), indefinite_clause(["а", "нам", "не", "платят"], 1)
    (True, True)
    >>> indefinite_clause(["а", "дорогу", "перекопали"], 1), indefinite_clause(["а", "дети", "не", "ходят"], 1)
    (True, False)
    >>> indefinite_clause(["а", "мне", "не", "ответил"], 1), indefinite_clause(["а", "зарплату"], 1)
    (False, False)
    >>> indefinite_clause(["а", "опять", "не", "платят"], 1), indefinite_clause(["а", "зп", "уже", "не", "платят"], 1)
    (True, True)
    """
    if j >= len(keys) or not keys[j].isalpha():
        return False
    k = _past_adverbs(keys, j)  # "опять не платят" (review of session 69)
    readings = analyzer().parse(keys[k])
    if readings[0].tag.POS != "VERB":
        if readings[0].tag.POS not in ("NOUN", "NPRO", None) and "UNKN" not in readings[0].tag:
            return False
        if any(p.tag.case == "nomn" for p in readings if p.tag.POS in ("NOUN", "NPRO")):
            return False
        k = _past_adverbs(keys, k + 1) if k + 1 < len(keys) else k + 1
    if k >= len(keys) or not keys[k].isalpha():
        return False
    verb = analyzer().parse(keys[k])[0].tag
    return (
        verb.POS == "VERB" and verb.mood == "indc" and verb.number == "plur" and verb.person in ("3per", None)
    )


def predicate_clause(keys: list[str], j: int) -> bool:
    """Words from ``j`` on are a clause headed by its predicate (session 40): after «не» or an adverb at most
    (``CLAUSE_ADVERBS``), a finite verb of the third person (its likeliest reading) followed by its own subject, a
    nominative noun agreeing with it ("горит дом", "течет крыша", "не работает лифт"), or an impersonal one followed by
    its instrument ("пахнет газом"). A predicate with no subject after it is about the word before ("Асбест, валяется у
    дома", "Шахты не работают": the mines).

    >>> predicate_clause(["шахты", "не", "работает", "лифт"], 1), predicate_clause(["шахты", "пахнет", "газом"], 1)
    (True, True)
    >>> predicate_clause(["асбест", "валяется", "у", "дома"], 1), predicate_clause(["шахты", "не", "работают"], 1)
    (False, False)
    """
    k = _past_adverbs(keys, j)
    if k + 1 >= len(keys) or not keys[k + 1].isalpha():
        return False
    verb = analyzer().parse(keys[k])[0].tag
    if verb.POS != "VERB" or verb.mood != "indc" or verb.person in ("1per", "2per"):
        return False
    after = analyzer().parse(keys[k + 1])
    if after[0].tag.POS != "NOUN":
        return False
    if after[0].tag.case == "ablt":  # "пахнет газом", "воняет канализацией"
        return _impersonal(verb)
    return any(_predicate(verb, p.tag) for p in after if p.tag.POS == "NOUN" and p.tag.case == "nomn")


def past_adjectives(keys: list[str], start: int) -> int:
    """The first word from ``start`` on past at most ``CLAUSE_ADJECTIVES`` adjectives (by their likeliest reading) in
    the nominative that agree with a nominative reading of the word after them, never the last word: the noun of
    "уличное освещение не работает".

    >>> past_adjectives(["уяр", "уличное", "освещение", "не", "работает"], 1), past_adjectives(["уяр", "собаки"], 1)
    (2, 1)
    >>> past_adjectives(["уяр", "уличное", "собаки", "лают"], 1)
    1
    """
    k = start
    while k + 1 < len(keys) and k < start + CLAUSE_ADJECTIVES and _agrees(keys[k], keys[k + 1]):
        k += 1
    return k


def _agrees(adjective: str, noun: str) -> bool:
    """``adjective``, by its likeliest reading an adjective, has a nominative reading agreeing with ``noun``."""
    readings = analyzer().parse(adjective)
    if readings[0].tag.POS != "ADJF":
        return False
    nouns = [p.tag for p in analyzer().parse(noun) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    return any(
        p.tag.POS == "ADJF"
        and p.tag.case == "nomn"
        and p.tag.number == tag.number
        and (tag.number == "plur" or p.tag.gender == tag.gender)
        for p in readings
        for tag in nouns
    )


def place_words_only(keys: list[str]) -> bool:
    """Every word of ``keys`` is known to the dictionary as a place's name only, no other word: "уяр", "надым", not
    "асбест" (a material), "шахты" (mines), "киров" (a surname), nor a word it does not know (maybe anything). An
    organisation's name beside the place's is no other word (session 56: pymorphy3 reads "лесозаводск", "электросталь"
    as Geox and as Orgn, a works named after the town, where "дальнегорск" is Geox only).

    >>> place_words_only(["уяр"]), place_words_only(["асбест"]), place_words_only(["киров"]), place_words_only(["ыыр"])
    (True, False, False, False)
    >>> place_words_only(["лесозаводск"])
    True
    """
    return bool(keys) and all(_place_word(key) for key in keys)


@lru_cache(maxsize=4096)
def _place_word(key: str) -> bool:
    """``place_words_only`` of one word: a place's reading and no reading but a place's or an organisation's."""
    readings = analyzer().parse(key)
    return any("Geox" in p.tag for p in readings) and all(
        p.is_known and ("Geox" in p.tag or "Orgn" in p.tag) for p in readings
    )


def _impersonal(tag) -> bool:
    """A finite verb that may have no subject: the third person singular or the neuter past ("пахнет", "воняло")."""
    if tag.POS != "VERB" or tag.mood != "indc" or tag.number != "sing":
        return False
    return tag.person == "3per" or (tag.tense == "past" and tag.gender == "neut")


def _past_adverbs(keys: list[str], start: int) -> int:
    """The first word from ``start`` on past at most ``CLAUSE_ADVERBS`` adverbs or particles, never the last word."""
    k = start
    while k + 1 < len(keys) and k < start + CLAUSE_ADVERBS and _adverb(keys[k]):
        k += 1
    return k


def _adverb(key: str) -> bool:
    """The likeliest reading of ``key`` is an adverb or a particle: "опять", "снова", "уже", "не"."""
    return analyzer().parse(key)[0].tag.POS in ("ADVB", "PRCL")


def _predicate(tag, noun) -> bool:
    """A finite verb or a short participle that agrees with the nominative noun's tag ``noun``."""
    if tag.POS not in ("VERB", "PRTS") or tag.number != noun.number or tag.mood == "impr":
        return False
    return tag.number == "plur" or tag.gender is None or tag.gender == noun.gender


#: What may stand between a name heading a text and the report or address after it, where a name that is also a word
#: needs a mark there ("Влад, яма на дороге", "Находка, Ленинская: яма", "Челны, Тукая: гололед"; sessions 56-57).
HEADING_MARKS = (",", ":")


def report_after(ctx, j: int, marks: tuple[str, ...] = ("", ",")) -> bool:
    """Word ``j`` of a ``TextContext``, after spaces or a comma (or another of ``marks``: a colloquial name's full stop,
    "ТЛТ. Нет отопления", ``colloquial``), opens a report whatever its letter case: a problem noun, «нет» or a problem
    verb ("ЕКБ, яма", "КИРОВ, НЕТ ВОДЫ", "ТАРА ОТКЛЮЧИЛИ СВЕТ"); not public transport, whose praise is no report either
    ("находка, автобус 7 отменили": ``TextContext.opens_report`` reads it where case shows the name)."""
    keys = ctx.keys
    if not only_mark_before(ctx, j, *marks):
        return False
    return (
        (keys[j] in REPORT_OPENERS and keys[j] not in TRANSPORT_NOUNS)
        or reports_problem(keys, j)
        or problem_noun(keys[j])
    )


def report_within(ctx, j: int, window: int) -> bool:
    """A comma before word ``j`` of a ``TextContext`` and, within ``window`` words of its sentence from ``j`` on, a
    problem noun in any case (no transport's), «нет» or a problem verb in any form; the word after the comma speaks to
    no one and the text's first word is no name a person is called by (session 42: "обь, открытый люк", "обь,
    геодезическая, открытый люк", "обь, геодезическая у остановки открытый люк" with 54; not "находка, автобусом ехать
    далеко", "надежда, дай воды", "мама, у нас во дворе яма": someone spoken to; nor where the sentence names a bank
    or a river's word, "обь, грязная, мусор по берегам": the river).

    >>> from mcu_nlp.geo.context import TextContext
    >>> report_within(TextContext.of("обь, геодезическая у остановки открытый люк", "54"), 1, 5)
    True
    >>> report_within(TextContext.of("находка, автобусом ехать далеко", "25"), 1, 5)
    False
    >>> report_within(TextContext.of("обь. открытый люк"), 1, 5), report_within(TextContext.of("обь, дом. люк"), 1, 5)
    (False, False)
    """
    from mcu_nlp.geo.letter_case import addressed, spoken_to  # here: letter_case imports this module

    keys = ctx.keys
    if not only_mark_before(ctx, j, ",") or spoken_to(keys[j]) or addressed(keys[0]) or _someone(keys[0]):
        return False
    stop = j + 1
    while stop < len(keys) and not set(ctx.gap(stop)) & SENTENCE_MARKS:
        stop += 1
    if any(key.startswith("берег") or key in WATER_BEFORE for key in keys[j:stop]):
        return False  # "обь, как всегда, грязная, мусор по берегам": the river's
    if appeal_named(keys[j]):  # session 62 (Югра, D5): its report may come later than ``window``
        return True
    verbs, negated = report_verbs()
    for k in range(j, min(j + window, stop)):
        key = keys[k]
        if not key.isalpha():
            continue
        if key in REPORT_OPENERS and key not in TRANSPORT_NOUNS:
            return True
        lemmas = negated if k > 0 and keys[k - 1] == "не" else verbs
        for p in analyzer().parse(key):
            lemma = p.normal_form.replace("ё", "е")
            if p.tag.POS == "NOUN" and lemma in TRANSPORT_NOUNS:
                return False  # "находка, автобус 7 отменили": transport's own rule (``transport_report``) reads it
            if (p.tag.POS in PROBLEM_POS and lemma in lemmas) or (p.tag.POS == "NOUN" and lemma in REPORT_NOUNS):
                return True
    return False


def appeal_named(key: str) -> bool:
    """``key`` is an appeal's noun in the nominative (``lexicon.APPEAL_NOUNS``): the writer names the appeal itself.

    >>> appeal_named("жалоба"), appeal_named("просьбы"), appeal_named("жалобой"), appeal_named("вопросом")
    (True, True, False, False)
    """
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.normal_form.replace("ё", "е") in APPEAL_NOUNS
        for p in analyzer().parse(key)
    )


# Words after a name that opens the text and a comma by which the writer speaks of themselves (session 43: "каневская, я
# пенсионерка", "Динская, мы третий день без воды", "пашковский, у нас ...")
WRITER_WORDS = frozenset(words("я мы"))
WRITER_PLACES = frozenset(words("нас меня"))  # after «у»: "..., у нас во дворе"
ROUTE_MARKS = frozenset(words("й я ый ой ий"))  # an ordinal's ending after a route's number: "155й автобус"


def adjective_heads(ctx, j: int, window: int) -> bool:
    """An adjective-like name, the text's first word (in its nominative, before word ``j``), heads the text as a
    place's name does (session 43: "лазаревское, после шторма оборвало провод", "каневская, я пенсионерка",
    "Лазаревское нет света"; asked in the caller's region only): after a comma, a report within ``window`` words
    (``report_within``), the writer speaking of themselves (``WRITER_WORDS``) or a route's transport with its
    problem ("лазаревское, 155й автобус ходит раз в час"); with no mark, «нет» or a problem verb ("Пашковский нет
    света"). Never before a word it agrees with ("новая яма у дома") nor before a number ("Садовая, 5": a street).

    >>> from mcu_nlp.geo.context import TextContext
    >>> adjective_heads(TextContext.of("каневская, я пенсионерка", "23"), 1, 5)
    True
    >>> adjective_heads(TextContext.of("новая яма у дома", "23"), 1, 5)
    False
    >>> adjective_heads(TextContext.of("Садовая, 5", "23"), 1, 5)
    False
    """
    keys = ctx.keys
    if j >= len(keys) or not any(p.tag.case == "nomn" for p in analyzer().parse(keys[j - 1])):
        return False
    if only_mark_before(ctx, j, ""):
        return not ctx.agrees_next(j) and (keys[j] == "нет" or reports_problem(keys, j))
    if not only_mark_before(ctx, j, ","):
        return False
    if not keys[j].isalpha():
        return _route_report(keys, j)  # "Садовая, 5" is a street's house
    if keys[j] in WRITER_WORDS or (keys[j] == "у" and j + 1 < len(keys) and keys[j + 1] in WRITER_PLACES):
        return True
    return report_within(ctx, j, window)


def _route_report(keys: list[str], j: int) -> bool:
    """Words from ``j`` on are a route's number, its ordinal's ending at most, and a transport noun with its problem
    (``transport_report``): "155й автобус ходит раз в час", "5 маршрутка не ходит"."""
    k = j
    while k < len(keys) and (keys[k].isdigit() or (k > j and keys[k] in ROUTE_MARKS)):
        k += 1
    return j < k < len(keys) and keys[k] in TRANSPORT_NOUNS and transport_report(keys, k)


def _someone(key: str) -> bool:
    """The likeliest reading of ``key`` other than a place's is an animate noun: someone spoken to before a comma
    ("мама, у нас во дворе яма"), not a town (the village Мама of Иркутская область)."""
    parses = [p for p in analyzer().parse(key) if p.is_known and "Geox" not in p.tag]
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "anim"


def supply_missing(keys: list[str], j: int) -> bool:
    """Word ``j`` of the word keys is «нет» and the next one a problem noun in any case: "нет газа", "нет света" (not
    "нет дома", "нет времени"; session 62).

    >>> supply_missing(["хасик", "нет", "газа"], 1), supply_missing(["хасик", "нет", "дома"], 1)
    (True, False)
    """
    if keys[j] != "нет" or j + 1 >= len(keys):
        return False
    return any(p.normal_form.replace("ё", "е") in REPORT_NOUNS for p in analyzer().parse(keys[j + 1]))


def problem_noun(key: str) -> bool:
    """A nominative form of a problem noun (``lexicon.PROBLEM_NOUNS`` but transport), any number: "тротуары", "ямы"
    (session 40: ``REPORT_OPENERS`` lists a few forms only, so "РНД тротуары во льду" headed no report).

    >>> problem_noun("тротуары"), problem_noun("тротуарами"), problem_noun("страховая")
    (True, False, False)
    """
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.normal_form.replace("ё", "е") in REPORT_NOUNS
        for p in analyzer().parse(key)
    )


def reports_anywhere(keys: list[str], skip: range) -> bool:
    """A word of the text outside ``skip`` (the name) reports a problem: a problem noun (``lexicon.PROBLEM_NOUNS``)
    in any case ("весь в мусоре", session 24) or «нет», or a verb of the urgency lexicon's problems in any form
    ("Пропал ребёнок").

    >>> reports_anywhere(["пропал", "ребенок", "салават", "мальчик"], range(2, 3))
    True
    >>> reports_anywhere(["салават", "двор", "весь", "в", "мусоре"], range(0, 1))
    True
    >>> reports_anywhere(["спасибо", "за", "помощь", "салават", "вы", "молодец"], range(3, 4))
    False
    """
    verbs, negated = report_verbs()
    for k, key in enumerate(keys):
        if k in skip or not key.isalpha():
            continue
        if key in REPORT_OPENERS:
            return True
        lemmas = negated if k > 0 and keys[k - 1] == "не" else verbs
        for p in analyzer().parse(key):
            lemma = p.normal_form.replace("ё", "е")
            if (p.tag.POS in PROBLEM_POS and lemma in lemmas) or (p.tag.POS == "NOUN" and lemma in PROBLEM_NOUNS):
                return True
    return False
