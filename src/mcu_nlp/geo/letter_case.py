"""How letter case makes a form that is also an ordinary word or a person's name a place (``TextContext.allows``).

A capital letter is evidence only where the writer uses letter case: a text with no word written
with a capital and then lower case (all lower case, ALL CAPS, capitals only in abbreviations) and a
word in capitals say nothing about names. There a form that is also an ordinary word needs a type
word ("г.", "пос."), a place preposition ("в", "из"), a heading position or an address, and then
counts only in a known region.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.geo.declension import noun_reading_form
from mcu_nlp.geo.forms import (
    ADJECTIVE_NAME,
    CAPITALISED,
    COMMON_WORD,
    FREE,
    LOCAL_NAME,
    LOCAL_TOWN_ADJECTIVE,
    PERSON_NAME,
    PERSON_TAGS,
    REJECT,
    STRONG,
    WEAK,
    word_level,
)
from mcu_nlp.geo.gazetteer import FUZZY_MIN_LENGTH
from mcu_nlp.geo.grammar import adjective_form
from mcu_nlp.geo.lexicon import (
    ADDRESS_STREET_WORDS,
    HOUSE_WORDS,
    LOCATIVE_PREPOSITIONS,
    PART_BEFORE_TOWN,
    PLACE_PREPOSITIONS,
    REGION_ALIAS_KEYS,
    REPORT_OPENERS,
    SPELLED_TYPES,
    TRANSPORT_NOUNS,
    words,
)
from mcu_nlp.geo.qualified import comma_then_address, only_mark_before
from mcu_nlp.geo.report import (
    HEADING_MARKS,
    adjective_heads,
    appeal_named,
    clause,
    place_words_only,
    predicate_clause,
    report_after,
    report_within,
    reports_anywhere,
)
from mcu_nlp.geo.tokens import SENTENCE_MARKS, name_key
from mcu_nlp.geo.town_areas import area_before
from mcu_nlp.morphology import analyzer

# The levels of a town's name that titles a text (``titled_address``) and the words after its comma where a report is
# looked for ("Корсаков, третий день нет воды", "Киров, у нас во дворе яма"), within the sentence
TITLE_LEVELS = (COMMON_WORD, PERSON_NAME, ADJECTIVE_NAME)
# A street's or a microdistrict's word, nominative or abbreviated, that opens an address right after the name heading
# the text with no comma (``title_address``, session 45: "Аша ул. Ленина")
BARE_TITLE_ADDRESS = frozenset(
    words("ул улица пр проспект пер переулок бульвар шоссе пл площадь наб набережная мкр мкрн микрорайон")
)
REPORT_WINDOW = 5
# A river's or bathing's words in a title phrase's clause make the phrase a river's name («Большая Речка» is a river
# as often as a village: "По Большой Речке плавают бутылки", "Купались на Большой Речке"; review of session 47),
# matched by their dictionary forms; after «в», «из» (a village's prepositions) only what one does in a river ("Мы в
# Большой Речке, река рядом, а воды нет" is the village)
RIVER_DOINGS = frozenset(words("купаться искупаться плавать плыть проплыть поплыть рыбачить рыбалка"))
RIVER_LEMMAS = RIVER_DOINGS | frozenset(words("река речка речушка берег течение пляж"))
VILLAGE_PREPOSITIONS = frozenset(words("в во из"))
# What ends a title phrase's clause (``_river_clause``): a sentence's end, a comma, a colon, a dash, a bracket
RIVER_CLAUSE_MARKS = SENTENCE_MARKS | frozenset(",;:—–-()")
LIST_WORDS = frozenset({"и", "или", "да"})
# Words after a name and a comma that speak to a person (``spoken_to``): "Салават, вы молодец!", "Агидель, пожалуйста";
# not a greeting or thanks, which a town gets too ("Питер, привет! нет воды")
ADDRESS_WORDS = frozenset(words("вы ты вас вам вами тебя тебе тобой пожалуйста плиз"))
# Thanks after a town heading a text, to a service in the dative ("Электросталь спасибо коммунальщикам", session 24)
THANKS = frozenset(words("спасибо благодарим благодарю благодарность"))
# The words of an address a town may end, after its house's or flat's number ("ул лесная 8 кв 12, электросталь.")
ADDRESS_WORDS_BEFORE = ADDRESS_STREET_WORDS | frozenset(words("д дом кв квартира"))
ADDRESS_TAIL_WINDOW = 5  # words back from the number where an address word is looked for
TAIL_MARKS = frozenset(".,;!")  # what may follow a town closing an address (``address_tail``)
# Session 27: the words of a closing courtesy in the clause before a comma and a signature ("С уважением,
# Березовский", "Всего доброго, ...", "Ответьте, пожалуйста, ..."): no town closing the text there (``closing_town``)
COURTESY_BEFORE = frozenset(
    words(
        "уважением благодарностью признательностью приветом надеждой спасибо благодарю благодарим заранее пожалуйста"
        " доброго хорошего наилучшими пожеланиями ваш ваша ваши искренне благодарен благодарна благодарны признателен"
        " признательна"
    )
)
CLAUSE_STOPS = frozenset(".,;:!?\n")  # what ends the clause before a closing comma (``courtesy_clause``)
SIGNED_TAGS = frozenset({"Name", "Patr"})  # a first name or a patronymic before the comma signs ("Иван Петрович, ...")
TEXT_END = ' \t\n\u00a0.!?…)"»'  # what may follow the last word of a text ("Мужи!", "(в Мужах)"; context's too)
# A colon and a phone number: "Мама: 8 (928) 111-22-33", "Сын: +7 928 111 22 33", "папа: 89281112233"
PHONE_AFTER = re.compile(r"\s*:\s*(?:\+\s*)?\d(?:[\s()-]*\d){6,}")


def contact_label(ctx, i: int, j: int) -> bool:
    """The one-word name at ``i:j`` labels a contact: a colon and a phone number follow it, and its ordinary reading is
    an animate noun, someone's ("Мама: 8 (928) 111-22-33", "Мужи: +7 ..."; session 23). Such a heading counts in the
    caller's region only (a big town's counts anyway: "Орёл: 8 (4862) ...").

    >>> from mcu_nlp.geo.context import TextContext
    >>> ctx = TextContext.of
    >>> contact_label(ctx("Мама: 8 (928) 111-22-33"), 0, 1), contact_label(ctx("Мама: нет воды"), 0, 1)
    (True, False)
    >>> contact_label(ctx("Находка: 8 (423) 111-22-33"), 0, 1)
    False
    """
    if j - i != 1 or not PHONE_AFTER.match(ctx.text, ctx.spans[i][1]):
        return False
    parses = [p for p in analyzer().parse(ctx.keys[i]) if p.is_known and "Geox" not in p.tag]
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "anim"


# The levels of a form that is also an ordinary word or a person's name (``lower_word_after_type``); LOCAL_NAME's
# forms are words or other places' names too («Снегири», «Горки» of a big town)
WORD_LEVELS = frozenset((COMMON_WORD, PERSON_NAME, ADJECTIVE_NAME, LOCAL_NAME))


def lower_word_after_type(ctx, level: int, i: int, j: int) -> bool:
    """A word-like form all in lower case right after a type written out, in a text that uses letter case: an ordinary
    word, no name ("В посёлке яма на дороге", "На дороге в деревне пески и грязь"; session 59, walkthrough 58's D1). A
    capital or an abbreviated type makes a name ("В посёлке Пески", "В д. пески нет"), and so does a text with no case
    evidence, as before ("в поселке харп": ЯНАО's villages are written so); a form that is no ordinary word ("харп", a
    surname's "пушкин") is sloppy writing of a name, and counts.

    >>> from mcu_nlp.geo.context import TextContext
    >>> [lower_word_after_type(TextContext.of(t), COMMON_WORD, 2, 3) for t in ("В посёлке яма", "в посёлке яма")]
    [True, False]
    >>> [lower_word_after_type(TextContext.of(t), COMMON_WORD, 2, 3) for t in ("В посёлке Ям", "В д. пески нет")]
    [False, False]
    """
    if level not in WORD_LEVELS or i == 0 or ctx.keys[i - 1] not in SPELLED_TYPES:
        return False
    return all(ctx.capital(k) is False for k in range(i, j)) and any(map(_ordinary_word, ctx.keys[i:j]))


@lru_cache(maxsize=4096)
def _ordinary_word(key: str) -> bool:
    """pymorphy3 reads ``key`` as a word that is no name: "яма", "пески", "лесной"; not "пушкин" (a surname and a town:
    "По адресу город пушкин, кадетский бульвар" is Пушкин).

    >>> _ordinary_word("яма"), _ordinary_word("лесной"), _ordinary_word("пушкин")
    (True, True, False)
    """
    return any(p.is_known and "Geox" not in p.tag and not PERSON_TAGS & p.tag.grammemes for p in analyzer().parse(key))


def part_before_town(ctx, i: int) -> bool:
    """Word ``i`` follows a town's part, a space apart ("в Калининском районе уфы": the town Уфа, as "в уфе" is)."""
    return i > 0 and ctx.keys[i - 1] in PART_BEFORE_TOWN and not ctx.gap(i).strip()


def cased_verdict(ctx, level: int, i: int, j: int, upper: bool, own_name: bool) -> int:
    """REJECT, WEAK or STRONG for a form of a word-like level at ``i:j`` of the ``TextContext`` in a text that uses
    letter case; ``upper``: the form is capitalised."""
    prep = ctx.preposition(i) in LOCATIVE_PREPOSITIONS or (upper and near_town(ctx, i))
    if level == ADJECTIVE_NAME and upper and placed_geographic(ctx, i, j):  # "в Чусовом", "из Стрежевого"
        return STRONG
    if level == ADJECTIVE_NAME:  # at the start of a sentence only as a heading ("Губкинский: ...") or, in the
        # caller's region, before a comma and a report ("Отрадное, яма у дома" with 47; not "Новая яма у дома")
        ok = prep or ctx.heading(i, j, own_name) or not ctx.sentence_start(i)
        ok = ok or (ctx.hint is not None and only_mark_before(ctx, j, ",") and ctx.opens_report(i, j, ""))
        # "Чайковский. Врач": a full stop and a report after it, in the caller's region
        ok = ok or (ctx.hint is not None and only_mark_before(ctx, j, ".") and ctx.opens_report(i, j))
        # "Лазаревское, после шторма оборвало провод", "Каневская, я пенсионерка" (session 43)
        ok = ok or (ctx.hint is not None and i == 0 and adjective_heads(ctx, j, REPORT_WINDOW))
        return WEAK if (upper and ok) or (not upper and lower_first_heading(ctx, level, i, j)) else REJECT
    if not upper and (address_heading(ctx, i, j) or address_tail(ctx, i, j)):  # "шуя ул Свердлова прорвало трубу"
        return WEAK  # with region 37; "ул лесная 8 кв 12, электросталь. соседи ..." with 50
    if not upper and i == 0 and level == CAPITALISED and only_mark_before(ctx, j, ","):
        # a place-only name in lower case heading a text that capitalises a later word, before a comma, as in a
        # caseless text for any caller (session 41: "уфа, прошу установить лавочки во дворе ул. Менделеева 130")
        return STRONG
    if not upper and lower_first_heading(ctx, level, i, j):  # "салават, яма на дороге ул. Ленина 5" with 02
        return WEAK
    if level == CAPITALISED:
        ok = upper or prep or ctx.address or part_before_town(ctx, i)
        # a name in lower case heading a text that uses case elsewhere, in the caller's region ("уфа. в садик на
        # Комсомольской не берут" with 02; a phone's keyboard did not capitalise it): as in a caseless text
        if not ok and i == 0 and ctx.hint is not None and (ctx.heading(i, j, own_name) or ctx.opens_report(i, j, ".,")):
            return WEAK
    elif level == COMMON_WORD:
        if not upper and on_town_locative(ctx, i, j):  # "на бору яма на дороге" with 52 (session 44)
            return WEAK
        every_word_upper = j - i > 1 and all(ctx.capital(k) for k in range(i, j))
        heading = upper and ctx.heading(i, j, own_name)
        if heading and contact_label(ctx, i, j):  # "Мама: 8 (928) 111-22-33" is whose phone, not the town Мама
            return WEAK
        ok = every_word_upper or heading or (upper and (prep or ctx.address or not ctx.sentence_start(i)))
        # a full stop after a word heads a report only in the caller's region: "Асбест. валяется у дома" is asbestos;
        # there also after a plea that opens the text (session 66: "Помогите!!! Каменка, в доме нет отопления" with
        # 36), not after any sentence: "Опять нет воды. Короче, вода не идёт" (Короча), "Уже декабрь. Зима, в квартире
        # +12" (the town Зима) stay no place, and so does a person's name spoken to ("Помогите! Надежда, соседка
        # сверху, залила нас"; review of session 66)
        hint = ctx.hint is not None
        if upper and not ok and (
            ctx.opens_report(i, j, "." if hint else "", sentence=hint and after_opening_plea(ctx, i))
            or thanks_service(ctx, i, j)
        ):
            return WEAK
        # session 56, in the caller's region: the text's first word before a comma and a street's or a microdistrict's
        # name with no street word ("Находка, Ленинская 12, прорвало трубу", "Находка, Врангель, мусор"), or a later
        # sentence's first word before a street's word ("Засор в подвале. Находка ул. Пирогова")
        if (upper and not ok and ctx.hint is not None) and (
            (i == 0 and named_part_heads(ctx, j)) or sentence_address(ctx, i, j, own_name)
        ):
            return WEAK
        if not upper and lower_town_phrase(ctx, i, j):  # "Живу в великих луках": as in a text without case
            return WEAK
    else:  # PERSON_NAME; as a heading ("Курчатов", "Курчатов: ...") only in a known region or a big town
        ok = upper and (prep or ctx.address)
        marks = ",." if ctx.hint else "."  # a comma after a name: a known region's place ("Питер, лифт ...")
        # a sentence's first word too in the caller's region ("Пропал ребёнок!!! Салават, мальчик 9 лет" with 02)
        opens = ctx.opens_report(i, j, marks, sentence=ctx.hint is not None)
        # session 45: with no comma before a clause ("Аша сосульки висят" with 74); a region's alias closing a report
        # after a comma ("нет воды, Питер" with 78), as "Питер, нет воды" heads one
        opens = opens or (upper and (bare_clause_heading(ctx, i, j) or closing_alias(ctx, i, j)))
        # session 66, in the caller's region: a clause's first word before a street's word ("Прошу перерасчет,
        # Энгельс ул. Ленина д. 5" with 64), as a common word's name opening a sentence there
        opens = opens or (upper and ctx.hint is not None and sentence_address(ctx, i, j, own_name, clause=True))
        if upper and not ok and (ctx.heading(i, j, own_name) or opens or area_before(ctx, i)):
            return WEAK  # "Иркутская обл., Шелехов": in a region the text names (``town_areas.area_before``)
        # a name written in lower case after "в"/"из" ("в карасуке"): as in a caseless text
        if not upper and ctx.preposition(i) in PLACE_PREPOSITIONS:
            return WEAK
    return STRONG if ok else REJECT


# Session 66: a plea or an address to the readers that alone opens a text before its first sentence's end
# («Помогите!!!», «Срочно!», «Люди, помогите!»): the name that opens the next sentence heads the report
OPENING_PLEAS = frozenset(words("помогите помоги спасите срочно срочная sos караул люди добрые пожалуйста внимание"))


def after_opening_plea(ctx, i: int) -> bool:
    """The words before word ``i`` are a plea only (``OPENING_PLEAS``, at most three), ``i`` opens a sentence and is
    no person's name spoken to («Помогите! Надежда, соседка сверху, залила нас»).

    >>> from mcu_nlp.geo.context import TextContext
    >>> ctx = TextContext.of("Помогите!!! Каменка, в доме нет отопления. Короче, вода не идёт", "36")
    >>> after_opening_plea(ctx, 1), after_opening_plea(ctx, 8)
    (True, False)
    """
    return (0 < i <= 3 and all(key in OPENING_PLEAS for key in ctx.keys[:i]) and ctx.sentence_start(i)
            and not person_reading(ctx.keys[i]))


# Session 56: how many capitalised words a street's or a microdistrict's name written with no street word may have
# after a town heading the text and a comma (``named_part_heads``: "Находка, Ленинская 12", "Находка, Красного Знамени
# 5")
NAMED_PART_WORDS = 3


def named_part_heads(ctx, j: int) -> bool:
    """A comma before word ``j``, then a street's or a microdistrict's name with no street word: capitalised words (at
    most ``NAMED_PART_WORDS``, no first name or patronymic) before a house's number ("Находка, Ленинская 12, прорвало
    трубу") or before a comma or a colon and a report ("Находка, Ленинская, яма", "Находка, Врангель, мусор";
    session 56; "Челны, Тукая: гололед" with 16, session 57). Not a person spoken to or named ("Находка, Марина,
    смотри"), a report's words ("Находка, яма") nor a name alone.

    >>> from mcu_nlp.geo.context import TextContext
    >>> texts = ("Находка, Ленинская 12, прорвало трубу", "Находка, Врангель, мусор", "Находка, Марина, яма")
    >>> [named_part_heads(TextContext.of(t, "25"), 1) for t in texts]
    [True, True, False]
    >>> named_part_heads(TextContext.of("Находка, Ленинская", "25"), 1)
    False
    """
    keys = ctx.keys
    if not only_mark_before(ctx, j, ","):
        return False
    k = j
    while k < min(len(keys), j + NAMED_PART_WORDS) and keys[k].isalpha() and ctx.capital(k) is True:
        if k > j and ctx.gap(k).strip():
            break
        if signs(keys[k]):  # "Марина", "Петрович"
            return False
        k += 1
    if k == j or k >= len(keys):
        return False
    if keys[k].isdigit():  # a house's number: "Ленинская 12", "Садовая, 5"
        return ctx.gap(k).strip() in ("", ",")
    # session 57: a colon heads the report as a comma does ("Челны, Тукая: гололед" with 16)
    return ctx.gap(k).strip() in HEADING_MARKS and report_after(ctx, k, HEADING_MARKS)


def sentence_address(ctx, i: int, j: int, own_name: bool, clause: bool = False) -> bool:
    """The name at ``i:j``, its own (``own_name``), opens a sentence after the first (``clause``: or a clause after a
    comma) and heads an address with no comma, as the text's first name does (``TextContext.heading``): "Засор в
    подвале. Находка ул. Пирогова" (session 56); "Засор в подвале, Находка ул. Пирогова" is a place already (no
    sentence's first word), but a person's name is not (session 66: "Прошу перерасчет, Энгельс ул. Ленина д. 5").

    >>> from mcu_nlp.geo.context import TextContext
    >>> sentence_address(TextContext.of("Засор в подвале. Находка ул. Пирогова", "25"), 3, 4, True)
    True
    >>> sentence_address(TextContext.of("Засор в подвале. Находка для нас", "25"), 3, 4, True)
    False
    >>> ctx = TextContext.of("Прошу перерасчет, Энгельс ул. Ленина д. 5", "64")
    >>> sentence_address(ctx, 2, 3, True), sentence_address(ctx, 2, 3, True, clause=True)
    (False, True)
    """
    opens = ctx.sentence_start(i) or (clause and i > 0 and ctx.gap(i).strip() == ",")
    if i == 0 or not own_name or not opens or j >= len(ctx.keys) or ctx.gap(j).strip():
        return False
    return ctx.heads_address(j) and not adjective_form(ctx.keys[j - 1])


# Session 56: the levels of a town's own name that closes the text as a sentence of one word (``signed_town``); not a
# word's ("Снег не убирали ни разу. Горки": a word at the end is no heading)
SIGNED_LEVELS = (PERSON_NAME, ADJECTIVE_NAME)


def signed_town(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The (entry, level, verdict) ``verdicts`` of a town's own name that closes the text as a sentence of one word
    (``closes_as_sentence``): WEAK for the caller's region's place of a surname- or adjective-like name
    (``SIGNED_LEVELS``), as the name alone as the whole text is ("Арсеньев" with 25); a surname-like one only where the
    dictionary knows it as a place too (session 56: "Вопрос: как оплатить капремонт? Арсеньев" with 25, as «Решаем
    вместе» appeals end; not "Нет воды. Петров", a surname only to the dictionary), and no word's ("Снег не убирали ни
    разу. Горки" with 89 stays no Горки).

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> ids = [(e, level, REJECT) for e, level in g.index["арсеньев"]]
    >>> [v for _, _, v in signed_town(g, TextContext.of("Как оплатить капремонт? Арсеньев", "25"), 3, 4, ids)]
    [1]
    >>> [v for _, _, v in signed_town(g, TextContext.of("Как оплатить капремонт? Арсеньев", None), 3, 4, ids)]
    [0]
    """
    if not closes_as_sentence(ctx, i, j):
        return verdicts
    key = ctx.keys[i]
    if not any(level in SIGNED_LEVELS and g.region_code[e] == ctx.hint for e, level, _ in verdicts):
        return verdicts
    place = any("Geox" in p.tag for p in analyzer().parse(key))
    return [
        (e, level, WEAK)
        if v == REJECT
        and level in SIGNED_LEVELS
        and g.region_code[e] == ctx.hint
        and name_key(g.name[e]) == key
        and (level != PERSON_NAME or place)
        else (e, level, v)
        for e, level, v in verdicts
    ]


def closes_as_sentence(ctx, i: int, j: int) -> bool:
    """The one capitalised word at ``i:j`` is the text's last sentence, after a full stop, a question's or an
    exclamation's mark, in the caller's region, with no courtesy or signature before it (``courtesy_clause``,
    ``signed_before``: "Спасибо. Арсеньев", "Иван Петрович. Арсеньев" sign); session 56.

    >>> from mcu_nlp.geo.context import TextContext
    >>> closes_as_sentence(TextContext.of("Как оплатить капремонт? Арсеньев", "25"), 3, 4)
    True
    >>> closes_as_sentence(TextContext.of("Спасибо за помощь. Арсеньев", "25"), 3, 4)
    False
    """
    if ctx.hint is None or i == 0 or j - i != 1 or j != len(ctx.keys) or not ctx.capital(i):
        return False
    before = ctx.gap(i).strip()
    if not before or before[-1] not in ".?!…" or ctx.text[ctx.spans[i][1] :].strip(TEXT_END):
        return False
    return not courtesy_clause(ctx, i) and not signed_before(ctx, i)


def bare_clause_heading(ctx, i: int, j: int) -> bool:
    """The text's first word, in the caller's region, before a clause of its own with only spaces between ("Аша
    сосульки висят", "Аша магазин закрыт" with 74; session 45), as "Аша, сосульки висят" is: a person is addressed by
    a comma, and a first name heading so stays the writer's or whom they address (``names.first_name_opening``).

    >>> from mcu_nlp.geo.context import TextContext
    >>> bare_clause_heading(TextContext.of("Аша сосульки висят", "74"), 0, 1)
    True
    >>> bare_clause_heading(TextContext.of("Аша сосульки висят"), 0, 1), bare_clause_heading(TextContext.of(
    ... "Аша сосульки", "74"), 0, 1)
    (False, False)
    """
    if ctx.hint is None or i != 0 or j >= len(ctx.keys) or not only_mark_before(ctx, j, ""):
        return False
    return ctx.capital(j) is False and clause(ctx.keys, j)


def closing_alias(ctx, i: int, j: int) -> bool:
    """A region's one-word alias (``REGION_ALIAS_KEYS``: "Питер", also a first name) closes the text after a comma and
    a report, with no courtesy or signature before it, in the caller's region (session 45): "Нет воды третий день,
    Питер" with 78 is Санкт-Петербург as "Питер, нет воды" is; not "Спасибо за помощь, Питер", "Иван Петрович, Питер"
    nor a text that reports nothing ("Люблю тебя, Питер"). With no region it stays none, as "Питер, нет воды" does.

    >>> from mcu_nlp.geo.context import TextContext
    >>> closing_alias(TextContext.of("Нет воды третий день, Питер", "78"), 4, 5)
    True
    >>> closing_alias(TextContext.of("Нет воды третий день, Питер"), 4, 5)
    False
    >>> closing_alias(TextContext.of("Спасибо за помощь, Питер", "78"), 3, 4), closing_alias(TextContext.of(
    ... "Люблю тебя, Питер", "78"), 2, 3)
    (False, False)
    """
    return j - i == 1 and ctx.keys[i] in REGION_ALIAS_KEYS and closes_report(ctx, i, j)


def closes_report(ctx, i: int, j: int) -> bool:
    """The one word at ``i:j`` closes the text after a comma and a report, with no courtesy or signature before it, in
    the caller's region: a region's alias (``closing_alias``) or a town's short name that is a first name (session 56:
    "Прошу лавочки во дворе, Влад" with 25, ``local.local_verdict``; not "Спасибо за помощь, Влад").

    >>> from mcu_nlp.geo.context import TextContext
    >>> closes_report(TextContext.of("Прошу лавочки во дворе, Влад", "25"), 4, 5)
    True
    >>> closes_report(TextContext.of("Спасибо за помощь, Влад", "25"), 3, 4)
    False
    """
    if ctx.hint is None or j - i != 1 or i == 0:
        return False
    if not only_mark_before(ctx, i, ",") or ctx.text[ctx.spans[j - 1][1] :].strip(TEXT_END):
        return False
    if courtesy_clause(ctx, i) or signed_before(ctx, i):
        return False
    return reports_anywhere(ctx.keys, range(i, len(ctx.keys)))


def title_phrase_verdict(ctx, i: int, j: int) -> int:
    """A form of two dictionary words (``forms.TITLE_PHRASE``: "большой речке" of Большая Речка) counts after a type
    word, or in a cased text with every word capitalised and a word before it in its sentence ("в Большой Речке нет
    света"); "у большой речки мусор", a caseless text, "Большой речке" opening a sentence and a pair before a noun it
    agrees with ("в Большой Сосновой роще") are a phrase (session 47); so is one before a house's number, a street's
    name ("проживаю на Большой Сосновой, 5"), and one in a clause of a river's or bathing's words, a river's ("По
    Большой Речке плавают бутылки"; review of session 47).

    >>> from mcu_nlp.geo.context import TextContext
    >>> [title_phrase_verdict(TextContext.of(t), 1, 3) for t in ("в Большой Речке нет света", "у большой речки мусор")]
    [2, 0]
    >>> title_phrase_verdict(TextContext.of("в деревне большой речке"), 2, 4)
    2
    >>> texts = ("В БОЛЬШОЙ РЕЧКЕ ВОДЫ НЕТ", "Когда Большой Речке дадут воду")
    >>> [title_phrase_verdict(TextContext.of(t), 1, 3) for t in texts]
    [0, 2]
    >>> title_phrase_verdict(TextContext.of("Большой речке повезло. Воды нет"), 0, 2)
    0
    >>> title_phrase_verdict(TextContext.of("в Большой Сосновой роще мусор"), 1, 3)
    0
    >>> texts = ("живу на Большой Сосновой, 5", "По Большой Речке плавают бутылки", "в Большой Речке 3 дня нет воды")
    >>> [title_phrase_verdict(TextContext.of(t), k, k + 2) for t, k in zip(texts, (2, 1, 1))]
    [0, 0, 2]
    """
    if ctx.type_before(i):
        return WEAK if ctx.town_part_before(i) else STRONG
    titled = all(ctx.capital(k) for k in range(i, j)) and not ctx.sentence_start(i)
    # "в Большой Сосновой роще": the pair qualifies the noun after it, a grove's name, not Большая Соснова
    if not titled or ctx.agrees_next(j) or _house_number_after(ctx, i, j) or _river_clause(ctx, i, j):
        return REJECT
    return STRONG


def _house_number_after(ctx, i: int, j: int) -> bool:
    """A house's word or number follows the phrase at ``i:j``, after a comma or spaces, where no «в», «во», «из» is
    before it: a street's name ("проживаю на Большой Сосновой, 5", "на Большой Сосновой д. 5"); after those a
    village's house or a count ("Проживаю в Большой Речке, д. 5", "Живу в Большой Речке, 3 дня нет воды"; review of
    session 49)."""
    if not only_mark_before(ctx, j, "", ",") or (i > 0 and ctx.keys[i - 1] in VILLAGE_PREPOSITIONS):
        return False
    key = ctx.keys[j]
    return key in HOUSE_WORDS or (key.isdigit() and len(key) < 5)


def _river_clause(ctx, i: int, j: int) -> bool:
    """The clause of the phrase at ``i:j`` has a river's or bathing's word besides it (``RIVER_LEMMAS``; after «в»,
    «из» only bathing's, ``RIVER_DOINGS``): "По Большой Речке плавают бутылки", "Купались на Большой Речке, там
    свалка"; not "в Большой Речке нет света", "Мы в Большой Речке, река рядом, а воды нет", "Жители Большой Речки
    просят ремонт дороги, берег реки осыпается" (another clause's river; review of session 49)."""
    keys = ctx.keys
    start, stop = ctx.run(i, j, RIVER_CLAUSE_MARKS)
    lemmas = RIVER_DOINGS if i > 0 and keys[i - 1] in VILLAGE_PREPOSITIONS else RIVER_LEMMAS
    return ctx.lemma_among([k for k in range(start, stop) if not i <= k < j and keys[k].isalpha()], lemmas)


# Session 67: a landscape's or a water's nouns; a name of ordinary words ending in one is said of the landscape or the
# water in lower case ("экотропа в сосновом бору": a pine forest, not the town Сосновый Бор; "сколько лития в
# минеральных водах": the drink, not Минеральные Воды; review of session 67)
LANDSCAPE_NOUNS = frozenset(
    words("бор лес роща поляна луг поле ключ родник лог овраг яр камень гора горка холм пруд вода")
)


def lower_town_phrase(ctx, i: int, j: int) -> bool:
    """A name of two or more ordinary words (``forms.COMMON_WORD``) all in lower case right after «в», «во», «из»:
    "живу в великих луках", "в набережных челнах опять прорвало трубу", "из сергиева посада" (session 67: a phone
    capitalises a sentence's first word, the writer no town's). No phrase of those words is said there, so it counts
    in the caller's region as in a text without case, and for a big town in any (``big_towns``); not a landscape's or
    a water's ("в сосновом бору", "в минеральных водах": such a town needs its capitals, or a text all in lower case
    and the caller's region), nor before a noun it agrees with, nor in a river's or bathing's clause.

    >>> from mcu_nlp.geo.context import TextContext
    >>> [lower_town_phrase(TextContext.of(t), 2, 4) for t in ("Живу в великих луках", "Экотропа в сосновом бору")]
    [True, False]
    >>> lower_town_phrase(TextContext.of("Купались в минеральных водах источника"), 1, 3)
    False
    """
    if j - i < 2 or ctx.preposition(i) not in VILLAGE_PREPOSITIONS or any(ctx.capital(k) for k in range(i, j)):
        return False
    if (ctx.lemma_among([j - 1], LANDSCAPE_NOUNS) and not named_adjective(ctx.keys[i])) or ctx.agrees_next(j):
        return False
    return not _river_clause(ctx, i, j)


def named_adjective(key: str) -> bool:
    """``key`` is a relative adjective in «-ский», «-цкий», made of a name: before a landscape's noun it names the
    place, no landscape ("в вятских полянах", "в камских полянах", "в пушкинских горах"; blind71), as "в сосновом
    бору", "в минеральных водах" do not.

    >>> named_adjective("вятских"), named_adjective("сосновом"), named_adjective("минеральных")
    (True, False, False)
    """
    parse = analyzer().parse(key)[0]
    return parse.tag.POS == "ADJF" and parse.normal_form.endswith(("ский", "цкий"))


def caseless_verdict(ctx, level: int, i: int, j: int, own_name: bool) -> int:
    """Without case evidence an ordinary-word form counts only in a known region (WEAK).

    A common word needs "в"/"из" (not "на горках", "с горки"), a heading or an address; a town
    adjective ("новоуренгойская") is a place in any case.
    """
    if level == CAPITALISED:
        return STRONG
    after_place_preposition = ctx.preposition(i) in PLACE_PREPOSITIONS
    if level == ADJECTIVE_NAME:  # as in a cased text, but not before a noun it agrees with ("в белой пыли")
        if placed_geographic(ctx, i, j):  # "в чусовом": no other reading, as with a capital
            return STRONG
        ok = ctx.preposition(i) in LOCATIVE_PREPOSITIONS or ctx.heading(i, j, own_name)
        ok = ok and not ctx.agrees_next(j)
    elif level == COMMON_WORD:
        if on_town_locative(ctx, i, j):  # "НА БОРУ ЯМА" with 52 (session 44)
            return WEAK
        heading = ctx.sentence_start(i) and ctx.heading(i, j, own_name)
        ok = j - i > 1 or after_place_preposition or ctx.address or heading
        if j - i > 1 and any(noun_reading_form(key) for key in ctx.keys[i + 1 : j]):  # "на красном яру оврага" is
            # no Красный Яр: a short adjective's noun form counts as a one-word common word does, after "в", "из" (a
            # capital in a cased text: "в Красном Яру"; review of 4d0cf7f)
            ok = after_place_preposition or heading
    else:  # PERSON_NAME
        ok = after_place_preposition or ctx.address or area_before(ctx, i)
    if level in (COMMON_WORD, PERSON_NAME) and not ok and address_tail(ctx, i, j):  # "ул лесная 8 кв 12, электросталь."
        return WEAK
    ok = ok or lower_first_heading(ctx, level, i, j)
    return WEAK if ok else REJECT


def on_town_locative(ctx, i: int, j: int) -> bool:
    """A town named by a common noun in its second locative («бору» of Бор), right after «на» and before a report, in
    the caller's region (WEAK): "на бору яма на дороге", "на БОРУ яма" with 52 are the town Бор, as its people say
    «на Бору» (session 44); the forest is «в бору», «в сосновом бору», and "на бору" with another region stays none.

    >>> from mcu_nlp.geo.context import TextContext
    >>> on_town_locative(TextContext.of("на бору яма на дороге", "52"), 1, 2)
    True
    >>> ctx = TextContext.of
    >>> on_town_locative(ctx("в бору яма", "52"), 1, 2), on_town_locative(ctx("на бору яма"), 1, 2)
    (False, False)
    """
    if j - i != 1 or ctx.hint is None or ctx.preposition(i) != "на" or j >= len(ctx.keys):
        return False
    return any("loc2" in p.tag for p in analyzer().parse(ctx.keys[i])) and report_after(ctx, j)


def lower_first_heading(ctx, level: int, i: int, j: int) -> bool:
    """The text's first word, without a capital, heading the text in the caller's region (WEAK: only a place of that
    region counts), as in a cased text: "ШЕЛЕХОВ. ОТКРЫТЫЙ ЛЮК", "ЧАЙКОВСКИЙ. СКОРАЯ ...", "КИРОВ, НЕТ ВОДЫ",
    "королев ул космонавтов 5" (not any word after a comma: "находка, автобусом ехать далеко" is the word). An
    adjective-like name only before a comma and a report or a microdistrict's number (session 41: "октябрьский, яма
    на дороге", "октябрьский 35 мкр нет воды" with 02; "Садовая ул." stays a street). Asked of a caseless text and of
    a lower-case first word of a cased one (session 41: "салават, яма на дороге ул. Ленина 5" with 02)."""
    if ctx.hint is None or i != 0:
        return False
    if only_mark_before(ctx, j, ".") and ctx.opens_report(i, j):
        return True
    if level == ADJECTIVE_NAME:
        if ctx.agrees_next(j):  # "новая яма на дороге"
            return False
        # session 43: a report a few words on, the writer of themselves ("лазаревское, после шторма оборвало провод",
        # "каневская, я пенсионерка" with 23), «нет» with no comma ("лазаревское нет света")
        return (
            (only_mark_before(ctx, j, ",") and report_after(ctx, j))
            or (only_mark_before(ctx, j, "") and ctx.numbered_part(j))
            or adjective_heads(ctx, j, REPORT_WINDOW)
        )
    # a report a few words after the comma (session 42: "обь, открытый люк", "обь, геодезическая у остановки открытый
    # люк" with 54, as "обь, яма на дороге")
    heads = ctx.heading(i, j) or report_after(ctx, j) or address_heading(ctx, i, j)
    return heads or report_within(ctx, j, REPORT_WINDOW)


def near_town(ctx, i: int) -> bool:
    """«в районе» before word ``i``, a word that is no person's name: "в районе Осы" is near the town Оса, as "возле
    Осы" is; "в районе Гагарина", "в районе Щепкина" (a surname's genitive) is near a street named after a person."""
    if i < 2 or ctx.keys[i - 1] != "районе" or ctx.keys[i - 2] not in ("в", "во"):
        return False
    return not person_reading(ctx.keys[i])


@lru_cache(maxsize=4096)
def person_reading(key: str) -> bool:
    """pymorphy3 reads ``key`` as a first name, a surname or a patronymic, among other readings.

    >>> person_reading("гагарина"), person_reading("осы")
    (True, False)
    """
    return any(PERSON_TAGS & p.tag.grammemes for p in analyzer().parse(key))


def placed_geographic(ctx, i: int, j: int) -> bool:
    """A one-word adjective-like name right after "в", "во", "из" that the dictionary reads as a place's name only
    (``geographic_only``: "в Чусовом", "из Стрежевого", "в Динской"), not before a noun it agrees with: no ordinary
    adjective ("в Мирном", "в Заречном") nor a surname ("в Жуковском") is read there, so it counts for any caller as a
    name that is no word does. "на Чусовой" is the river Чусовая's form: "на" is not enough."""
    if j - i != 1 or ctx.preposition(i) not in PLACE_PREPOSITIONS or ctx.agrees_next(j):
        return False
    return geographic_only(ctx.keys[i])


def geographic_namesakes(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(place, level, verdict) of the form at ``i:j`` with a place-only adjective's (``placed_geographic``) namesakes of
    several regions back to WEAK, as any adjective-like name's: "в Саянском" is Саянский of 24 for its caller, but the
    form is also Саянск's instrumental (38), so it names no region by itself."""
    if len({g.region_code[e] for e, _, _ in verdicts}) < 2 or not placed_geographic(ctx, i, j):
        return verdicts
    return [(e, level, WEAK if level == ADJECTIVE_NAME and v == STRONG else v) for e, level, v in verdicts]


# The endings of an adjective-like place name (Шушенское, Вяземский, Орлиное) and the endings of its case forms read
# after «в», «во» (the locative) and «из» (the genitive) by ``sole_adjective_place``.
ADJECTIVE_NAME_ENDINGS = ("ое", "ее", "ий", "ый", "ой")
PLACED_ADJECTIVE_ENDINGS = {"в": ("ом", "ем"), "во": ("ом", "ем"), "из": ("ого", "его")}
# ... and of a feminine one in «-ская», «-цкая», a stanitsa's ("Вёшенская", "Кущёвская"): «в Вёшенской», «из
# Кущёвской» (session 28); not a quality's ("Старая", "Отрадная": "в Старой" is a school or a house as often)
PLACED_FEMININE_ENDINGS = {"в": ("ой",), "во": ("ой",), "из": ("ой",)}
FEMININE_NAME_ENDINGS = ("ская", "цкая")


def sole_adjective_place(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(place, level, verdict) of an adjective-like name in its own locative after «в», «во» or genitive after «из»,
    capitalised and before no noun it agrees with ("в Шушенском", "в Вяземском", "из Орлиного"; since session 28 a
    feminine one, a stanitsa's, too: "в Вёшенской", "в Кущёвской", "из Каневской"), lifted from WEAK to
    STRONG for a caller of no region when every place the form names is of one region: such a name counts in its
    region only (``cased_verdict``), so a caller of no region found nothing. With a caller's region it stays WEAK: a
    namesake the gazetteer lacks, or the caller's district of that adjective («в Вяземском» for a caller of
    Смоленская), is likelier. Not a town's instrumental that reads as an adjective ("в Калининском" of Калининск: in
    Петербург its district), nor a form of namesakes of several regions ("в Мирном", "в Советском"), nor a big town's
    district's adjective (``town_district_stems``: "в Железнодорожном" is as likely a district of a dozen towns as the
    village of one region)."""
    ends = PLACED_ADJECTIVE_ENDINGS.get(ctx.preposition(i) or "")
    if ctx.hint is not None or not ends or j - i != 1 or not verdicts or not ctx.capital(i) or ctx.agrees_next(j):
        return verdicts
    # another region's town adjective (session 60) that the text rejects is no namesake: "в Каширском" of 36, not Кашира
    rejected = [(e, level, v) for e, level, v in verdicts if level == LOCAL_TOWN_ADJECTIVE and v == REJECT]
    if rejected and len(rejected) < len(verdicts):
        kept = sole_adjective_place(g, ctx, i, j, [x for x in verdicts if x not in rejected])
        return kept + rejected
    if any(level != ADJECTIVE_NAME or v != WEAK for _, level, v in verdicts):
        return verdicts
    key = ctx.keys[i]
    stem = next((key[: -len(end)] for end in ends if key.endswith(end)), "")
    names = {name_key(g.name[e]) for e, _, _ in verdicts}
    own = all(name.endswith(ADJECTIVE_NAME_ENDINGS) and name[:-2] == stem for name in names)
    if not stem:  # a feminine name's locative or genitive: "в Вёшенской" of Вёшенская (not of a masculine «Лесной»),
        # but for a region's adjective: "в Курской" is Курская область as often, its noun left out
        feminine = PLACED_FEMININE_ENDINGS[ctx.preposition(i)]
        stem = next((key[: -len(end)] for end in feminine if key.endswith(end)), "")
        own = all(name.endswith(FEMININE_NAME_ENDINGS) and name[:-2] == stem for name in names)
        own = own and stem not in region_adjective_stems(g)
    if not stem or not own or len({g.region_code[e] for e, _, _ in verdicts}) != 1 or stem in town_district_stems(g):
        return verdicts
    return [(e, level, STRONG) for e, level, _ in verdicts]


@lru_cache(maxsize=4)
def region_adjective_stems(g) -> frozenset[str]:
    """The stems of the regions' adjectives: "курск" of Курская область, "краснодарск" of Краснодарский край.

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> stems = region_adjective_stems(load_gazetteer())
    >>> "курск" in stems, "вешенск" in stems
    (True, False)
    """
    firsts = (name_key(n).split()[0] for n, kind in zip(g.name, g.kind, strict=True) if kind == "region")
    return frozenset(first[:-2] for first in firsts if first.endswith(("ская", "цкая", "ский", "цкий")))


@lru_cache(maxsize=4)
def town_district_stems(g) -> frozenset[str]:
    """The stems of the adjectives that name a town's district in census table 5 (the gazetteer's districts of big towns
    and of the federal cities: settlements «... район» with no ОКТМО of their own, ``town_districts``), of 84 one-word
    adjectives such as Железнодорожный (12 towns), Индустриальный, Заводской, Промышленный, Свердловский and
    Орджоникидзевский: such a name's locative without a region names no one place ("В Железнодорожном прорвало
    трубу").

    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> stems = town_district_stems(load_gazetteer())
    >>> "железнодорожн" in stems, "шушенск" in stems, "вяземск" in stems
    (True, False, False)
    """
    names = (
        name_key(n) for n, kind, code in zip(g.name, g.kind, g.oktmo, strict=True) if kind == "settlement" and not code
    )
    return frozenset(n[: -len(" район")][:-2] for n in names if n.endswith(" район") and " " not in n[: -len(" район")])


@lru_cache(maxsize=4096)
def geographic_only(key: str) -> bool:
    """Every reading pymorphy3 knows of ``key`` is a place name's (Geox).

    >>> geographic_only("чусовом"), geographic_only("мирном"), geographic_only("жуковском"), geographic_only("xyz")
    (True, False, False, False)
    """
    parses = [p for p in analyzer().parse(key) if p.is_known]
    return bool(parses) and all("Geox" in p.tag for p in parses)


def address_heading(ctx, i: int, j: int) -> bool:
    """The text's first word, in the caller's region, right before a street's, a microdistrict's or a house's word with
    only spaces or a comma between, as an address's first part ("шуя ул Свердлова", "королев ул космонавтов 5"):
    a writer who leaves the town's name in lower case still heads the address with it (WEAK: only a place of the
    caller's region counts)."""
    return ctx.hint is not None and i == 0 and only_mark_before(ctx, j, "", ",") and ctx.heads_address(j)


def thanks_service(ctx, i: int, j: int) -> bool:
    """The text's first word, in the caller's region, before thanks (and only spaces, a comma or a dash between) to a
    service named by a noun in the dative: "Электросталь спасибо коммунальщикам за ремонт", "Электросталь, спасибо
    водоканалу" with region 50 (session 24); not thanks to a person spoken to ("..., спасибо вам", "тебе"). WEAK: only
    a place of the caller's region counts ("Асбест спасибо рабочим" with another region stays the material).

    >>> from mcu_nlp.geo.context import TextContext
    >>> def ctx(text, hint="50"):
    ...     return TextContext.of(text, hint)
    >>> thanks_service(ctx("Электросталь спасибо коммунальщикам"), 0, 1)
    True
    >>> thanks_service(ctx("Электросталь, спасибо вам"), 0, 1), thanks_service(ctx("Электросталь спасибо", None), 0, 1)
    (False, False)
    """
    keys = ctx.keys
    if ctx.hint is None or i != 0 or j + 1 >= len(keys) or keys[j] not in THANKS:
        return False
    if not only_mark_before(ctx, j, "", ",", "-", "—", "–"):
        return False
    return (
        any(p.tag.POS == "NOUN" and p.tag.case == "datv" and p.is_known for p in analyzer().parse(keys[j + 1]))
        and keys[j + 1] not in ADDRESS_WORDS
    )


def address_tail(ctx, i: int, j: int) -> bool:
    """The one-word name at ``i:j`` ends an address, in the caller's region: a comma after a house's or a flat's number
    before it, an address word («ул», «д», «кв») a few words before that, and a full stop, a comma, a run of «!» or
    the text's end after it ("лейла алиева, ул лесная 8 кв 12, электросталь. соседи сверху заливают" with region 50,
    session 24; a writer who leaves names in lower case still closes the address with the town). The address may end
    with its street after the house's number (``street_tail``: "ДОМ 12 ПО ПР. МИРА, ЧЕЛНЫ!!!" with 16, session 38).

    >>> from mcu_nlp.geo.context import TextContext
    >>> def ctx(text, hint="50"):
    ...     return TextContext.of(text, hint)
    >>> address_tail(ctx("ул лесная 8 кв 12, электросталь. соседи заливают"), 5, 6)
    True
    >>> address_tail(ctx("кв 12, электросталь плавят"), 2, 3), address_tail(ctx("ул лесная 8, асбест.", None), 3, 4)
    (False, False)
    >>> address_tail(ctx("дом 12 по ул лесной, электросталь!!! нет"), 5, 6), address_tail(ctx("ул мира 5, яма!"), 4, 5)
    (True, False)
    """
    keys = ctx.keys
    if ctx.hint is None or j - i != 1 or i < 2 or not only_mark_before(ctx, i, ",") or keys[i] in REPORT_OPENERS:
        return False  # "ул. Мира 5, яма!": the report after the address, not the village Яма (session 38)
    after = ctx.gap(j).strip() if j < len(keys) else "."
    if not after or set(after) - TAIL_MARKS:
        return False
    if not keys[i - 1][:1].isdigit():
        return street_tail(ctx, i)
    return not ADDRESS_WORDS_BEFORE.isdisjoint(keys[max(0, i - 1 - ADDRESS_TAIL_WINDOW) : i - 1])


def street_tail(ctx, i: int) -> bool:
    """The words before the comma before word ``i`` are a street's word («ул», «пр.») and a name of one or two words,
    after a house's number («дом 12 по пр. Мира, ...»): an address that ends with its street.

    >>> from mcu_nlp.geo.context import TextContext
    >>> street_tail(TextContext.of("дом 12 по пр. Мира, Челны"), 5), street_tail(TextContext.of("на ул. Мира, яма"), 4)
    (True, False)
    """
    keys = ctx.keys
    for street in (i - 2, i - 3):
        if street < 1 or keys[street] not in ADDRESS_STREET_WORDS:
            continue
        if any(not only_mark_before(ctx, k, "", ".") for k in range(street + 1, i)):
            return False  # "ул. Мира. Дом 5, ...": the street is no part of the address the comma closes
        return any(key[:1].isdigit() for key in keys[max(0, street - ADDRESS_TAIL_WINDOW) : street])
    return False


def lower_case_typo(ctx, i: int) -> bool:
    """Whether a lower-case word ``i`` of a cased text may still be a misspelt place: after "в", "во", "из" or a type
    word, in the caller's region (``caller_typo`` keeps that region's places only). A capital opening a sentence or
    naming a street ("В нефтекамке нет воды", "в стерлитомаке ... по ул. Ленина") shows no more than that the writer
    capitalises some words: a town spelt wrong is often spelt in lower case too."""
    if ctx.hint is None or not i or len(ctx.keys[i]) < FUZZY_MIN_LENGTH:  # a 5-letter typo only when capitalised
        return False
    return ctx.keys[i - 1] in PLACE_PREPOSITIONS or ctx.type_before(i)


def caller_typo(g, ctx, match: tuple | None) -> tuple | None:
    """A typo ``match`` (first token, stop, ids, ...) as kept: in a lower-case word of a cased text with the places of
    the caller's region only, none if it has none (the weaker evidence is not enough for a big town elsewhere). So is
    one after a microdistrict's word, which names a part of a town: "мкр Кузнецы" (Подольск's) is no Кузнецк of
    another region (session 24)."""
    if match is None or (ctx.capital(match[0]) is not False and not ctx.town_part_before(match[0])):
        return match
    ids = [e for e in match[2] if g.region_code[e] == ctx.hint]
    return (*match[:2], ids, *match[3:]) if ids else None


def titled_surname(g, ctx, i: int, j: int, eid: int, level: int, verdict: int) -> int:
    """The verdict for a surname-like town (``PERSON_NAME``: Кириллов, Пугачёв) that titles a text: its own name,
    capitalised, first, then a colon or a dash and more words ("Кириллов — на площади разбит тротуар", "Пугачёв:
    маршрутка не ходит") is a place for any caller (STRONG), as a big town heading a text is; a person heads a text
    so only to sign it, with nothing after ("Кириллов"), or by a comma ("Кириллов, откройте дверь")."""
    if verdict != WEAK or level != PERSON_NAME or i or not ctx.capital(i) or j >= len(ctx.keys):
        return verdict
    if name_key(g.name[eid]) != " ".join(ctx.keys[i:j]):  # "Кириллова — ..." is a woman, or of the town
        return verdict
    after = ctx.gap(j)
    mark = after.strip()
    return STRONG if mark in (":", "—", "–") or (mark == "-" and after[:1].isspace()) else verdict


def titled_address(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The (entry, level, verdict) ``verdicts`` of a name that titles the text: its own name (nominative), capitalised,
    first, then a comma and a street's, a microdistrict's or a house's word ("Данков, улица Мира: мусор ...", "Асино,
    ул. Ленина, не горят фонари") or a report (``titles_report``: "Корсаков, нет горячей воды", "Ягодное: угля нет").
    A word-, surname- or adjective-like town (``COMMON_WORD``, ``PERSON_NAME``, ``ADJECTIVE_NAME``: only in a known
    region, or none) there is a place for any caller (STRONG) when all its candidates are of one region; a person signs
    with initials ("Макаров И.И., ул. ...") or after the address. A name of several regions' places counts as a known
    region's (WEAK: the caller's, or a big town's, ``big_towns.big_town_written``: "Киров, третий день нет воды" is
    Киров of 43, not of 40, for a caller of no region); without one, the guess among small ones was wrong as often as
    right."""
    if i or not ctx.capital(i) or j >= len(ctx.keys) or contact_label(ctx, i, j):  # "Мама: 8 (928) ...": whose phone
        return verdicts
    mark = ctx.gap(j)
    address = title_address(ctx, j)
    report = not address and titles_report(ctx, j, mark)
    if not address and report is None:
        return verdicts
    key, levels = " ".join(ctx.keys[i:j]), TITLE_LEVELS[1:] if address else TITLE_LEVELS
    titled = [
        (v == WEAK or (report and v == REJECT)) and level in levels and name_key(g.name[e]) == key
        for e, level, v in verdicts
    ]
    kept = {g.region_code[e] for (e, _, v), t in zip(verdicts, titled) if v != REJECT or t}
    lifted = STRONG if len(kept) == 1 else WEAK  # of several regions: the caller's, or a big town ("Киров, ...")
    return [(e, level, lifted if t else v) for (e, level, v), t in zip(verdicts, titled)]


def title_address(ctx, j: int) -> bool:
    """What follows the name that opens the text, before word ``j``, is its address (``titled_address``): a comma and
    an address's part (``qualified.comma_then_address``: "Аша, ул. Ленина"), or (session 45) only spaces and a
    street's or a microdistrict's word in the nominative or abbreviated ("Аша ул. Ленина сосульки", "Елец ул. Мира";
    not "Аша д. 5", a village's type too, nor "Аша улице Ленина"), or one told where ("Аша на ул. Ленина"; session 62:
    ``TextContext.told_address``).

    >>> from mcu_nlp.geo.context import TextContext
    >>> title_address(TextContext.of("Аша ул. Ленина 5"), 1), title_address(TextContext.of("Аша, ул. Ленина 5"), 1)
    (True, True)
    >>> title_address(TextContext.of("Аша сосульки висят"), 1), title_address(TextContext.of("Аша. ул. Ленина"), 1)
    (False, False)
    """
    if comma_then_address(ctx, j):
        return True
    if only_mark_before(ctx, j, "") and ctx.told_address(j):  # "Благодарный на ул. Первомайской" (session 62)
        return True
    return only_mark_before(ctx, j, "") and j + 1 < len(ctx.keys) and ctx.keys[j] in BARE_TITLE_ADDRESS


def titled_verdicts(g, ctx, i: int, j: int, verdicts: list[tuple[int, int, int]]) -> tuple[list, frozenset]:
    """The ``verdicts`` of a name that opens the text as ``titled_surname`` and ``titled_address`` give them, and the
    candidates made STRONG, all of one region, by a colon or a dash after a surname-like town or by an address after
    it: such a title is a place for any caller, so no name that needs the caller's region ("Кириллов, ул. Ленина 5 —
    яма" with region 78 is Кириллов of 35, as with no region). A report after the comma is not: "Ессентуки, во дворе
    яма", "Асбест, собаки нападают" stay the caller's region's."""
    surnamed = [(e, level, titled_surname(g, ctx, i, j, e, level, v)) for e, level, v in verdicts]
    titled = titled_address(g, ctx, i, j, surnamed)
    lifts = titled if title_address(ctx, j) else surnamed
    lifted = frozenset(e for (e, _, v), (_, _, w) in zip(verdicts, lifts, strict=True) if w == STRONG != v)
    return titled, lifted if len({g.region_code[e] for e in lifted}) == 1 else frozenset()


def reported_title(ctx, j: int) -> bool:
    """The name that opens the text, at ``0:j``, is followed by a comma and a report, not an address
    (``titles_report``): "Узловая, не вывозят мусор". An adjective-like town there, as a word- or surname-like one
    ("Корсаков, нет горячей воды"), is found for a caller of no region or of its own, not of another region: "Узловая",
    "Кировская" are common streets' names too (the resolver's ``soft``; session 21 review)."""
    if j >= len(ctx.keys) or comma_then_address(ctx, j):
        return False
    return titles_report(ctx, j, ctx.gap(j)) is True


def titles_report(ctx, j: int, mark: str) -> bool | None:
    """After a name that opens the text, with ``mark`` between it and word ``j``: True for a comma and a report (a
    problem verb, a place "во дворе", or within ``REPORT_WINDOW`` words of its clause «нет» or a problem noun:
    "Узловая, не вывозят мусор", "Касимов, в садике холодно", "Корсаков, третий день нет воды"), False for a colon or a
    spaced dash ("Ягодное: угля нет", "Ванино — пыль": a heading, whose name-like words are no more than WEAK), None
    for anything else: a list or a person ("Корсаков, Иван"), a first name or an imperative addressed to one
    ("Надежда, нет воды", "Кириллов, откройте дверь"), a clause about its own subject ("Асбест, собаки нападают")."""
    if mark.strip() in (":", "—", "–") or (mark.strip() == "-" and mark[:1].isspace()):
        return False
    bare = not mark.strip() and ctx.capital(j) is False and place_words_only(ctx.keys[:j])
    if bare and predicate_clause(ctx.keys, j):  # session 56: "Лесозаводск течет крыша", as "Лесозаводск, течет
        return True  # крыша" (not "Аша нет воды": no predicate first)
    if mark.strip() != "," or ctx.capital(j) is not False or addressed(ctx.keys[0]):
        return None
    for k in range(j, min(j + REPORT_WINDOW, len(ctx.keys))):
        if k > j and (ctx.keys[k] in LIST_WORDS or not only_mark_before(ctx, k, "")):  # "Горки, качели и песочница
            return None  # сломаны": a list goes on with «и» or a comma (``report.clause``); a sentence ends
        if addressed(ctx.keys[k]):
            return None
        opener = ctx.keys[k] in REPORT_OPENERS and ctx.keys[k] not in TRANSPORT_NOUNS  # «нет», "яма"
        opener = opener or (k == j and appeal_named(ctx.keys[k]))  # "Киров, жалоба на ..." (session 62, Югра D5)
        if opener or (k == j and ctx.opens_report(0, j, "")):  # a verb or a place only first: "Асбест, собаки нападают"
            return True
    return None


@lru_cache(maxsize=4096)
def addressed(key: str) -> bool:
    """A word that speaks to a person: a first name that may be a nominative ("Надежда", "Вера") or an imperative
    ("откройте", "позвоните").

    >>> addressed("надежда"), addressed("откройте"), addressed("день"), addressed("корсаков")
    (True, True, False, False)
    """
    parses = analyzer().parse(key)  # the likeliest reading only for the mood: "день" is also an imperative (of деть)
    name = any("Name" in p.tag and p.tag.case == "nomn" for p in parses)
    return name or (bool(parses) and parses[0].tag.mood == "impr")


def spoken_to(key: str) -> bool:
    """Word ``key``, right after a name and a comma, speaks to the name's bearer (session 23): ``addressed``, a
    second-person pronoun or «пожалуйста» (``ADDRESS_WORDS``), or a verb whose likeliest reading is of the second
    person and that may be an imperative ("Салават, вы молодец!", "Агидель, пожалуйста, позвоните", "Агидель,
    подскажите ..."; not "Питер, представляете, нет воды", told to the readers).

    >>> spoken_to("вы"), spoken_to("пожалуйста"), spoken_to("подскажите"), spoken_to("представляете")
    (True, True, True, False)
    >>> spoken_to("мальчик"), spoken_to("отключили"), spoken_to("привет")
    (False, False, False)
    """
    if key in ADDRESS_WORDS or addressed(key):
        return True
    parses = analyzer().parse(key)
    return parses[0].tag.person == "2per" and any(p.tag.mood == "impr" for p in parses)


def spelt_level(ctx, i: int, j: int, level: int) -> int:
    """The level of a one-word form as written without a capital: with «ё» where the ordinary word has «е» it is no
    longer that word ("в королёве": королева, a queen, has no «ё»; Королёв the surname and the town stay,
    PERSON_NAME)."""
    if level != COMMON_WORD or j - i != 1 or ctx.capital(i):  # a capital is evidence enough ("в Королёве")
        return level
    a, b = ctx.spans[i]
    word = ctx.text[a:b].lower()
    return _yo_level(word, level) if "ё" in word else level


def spelt_postings(ctx, i: int, j: int, postings: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``postings`` (entry, level) of the form at ``i:j`` with each level as written (``spelt_level``), read once for
    the form: most forms are capitalised or have no «ё»."""
    if j - i != 1 or all(level != COMMON_WORD for _, level in postings) or ctx.capital(i):
        return postings
    return [(e, spelt_level(ctx, i, j, level)) for e, level in postings]


@lru_cache(maxsize=1024)
def _yo_level(word: str, level: int) -> int:
    spelt = word_level(word)
    return spelt if spelt in (FREE, CAPITALISED, PERSON_NAME) else level


def closing_town(g, ctx, i: int, j: int, allowed: list[tuple[int, int, int]], level: int) -> bool:
    """The name at ``i:j``, capitalised, closes the text after a comma, and the caller's region has a place of that name
    among the (entry, level, verdict) ``allowed``: "Дерево накренилось над дорогой, Березовский" with region 66 is the
    town, though a surname closing a text signs it (``names.in_person_name`` reads it so; session 27). Not a name that
    the dictionary reads as a person's only (``PERSON_NAME``: "..., Кириллов" signs), nor after a clause with a
    courtesy's word (``courtesy_clause``: "С уважением, Березовский", "Всего доброго, ...") or after a first name or a
    patronymic (``signed_before``: "Иван Петрович, Березовский").

    >>> from mcu_nlp.geo.context import TextContext
    >>> from mcu_nlp.geo.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> ids = [(e, ADJECTIVE_NAME, WEAK) for e, _ in g.index["березовский"]]
    >>> closing_town(g, TextContext.of("Яма на дороге, Березовский.", "66"), 3, 4, ids, ADJECTIVE_NAME)
    True
    >>> closing_town(g, TextContext.of("Яма на дороге, Березовский.", None), 3, 4, ids, ADJECTIVE_NAME)
    False
    >>> closing_town(g, TextContext.of("Нет воды. С уважением, Березовский", "66"), 4, 5, ids, ADJECTIVE_NAME)
    False
    """
    if ctx.hint is None or level == PERSON_NAME or not ctx.capital(i) or not only_mark_before(ctx, i, ","):
        return False
    if courtesy_clause(ctx, i) or signed_before(ctx, i) or ctx.text[ctx.spans[j - 1][1] :].strip(TEXT_END):
        return False
    return any(g.region_code[e] == ctx.hint for e, _, _ in allowed)


def courtesy_clause(ctx, i: int) -> bool:
    """A courtesy's word (``COURTESY_BEFORE``) in the clause that ends right before word ``i`` (back to the previous
    mark of ``CLAUSE_STOPS``): "С уважением и надеждой, ...", "Спасибо за помощь, ...", "Ответьте, пожалуйста, ..."
    (session 27 review).

    >>> from mcu_nlp.geo.context import TextContext
    >>> courtesy_clause(TextContext.of("Нет воды. С уважением и надеждой, Березовский"), 6)
    True
    >>> courtesy_clause(TextContext.of("Спасибо. Дерево накренилось над дорогой, Березовский"), 5)
    False
    """
    k = i - 1
    while k >= 0:
        if ctx.keys[k] in COURTESY_BEFORE:
            return True
        if k == 0 or CLAUSE_STOPS & set(ctx.gap(k)):
            return False
        k -= 1
    return False


def signed_before(ctx, i: int) -> bool:
    """A capitalised first name or patronymic right before word ``i`` (``SIGNED_TAGS``): "Сломан лифт. Иван Петрович,
    Березовский" signs (session 27 review); not "Яма на дороге, ...".

    >>> from mcu_nlp.geo.context import TextContext
    >>> signed_before(TextContext.of("Сломан лифт. Иван Петрович, Березовский"), 4)
    True
    >>> signed_before(TextContext.of("Яма на дороге, Березовский"), 3)
    False
    """
    if i == 0 or not ctx.text[ctx.spans[i - 1][0]].isupper():
        return False
    return signs(ctx.keys[i - 1])


def signs(key: str) -> bool:
    """The dictionary reads ``key`` as a first name or a patronymic (``SIGNED_TAGS``) in some parse.

    >>> signs("петрович"), signs("марина"), signs("ленинская")
    (True, True, False)
    """
    return any(SIGNED_TAGS & p.tag.grammemes for p in analyzer().parse(key))
