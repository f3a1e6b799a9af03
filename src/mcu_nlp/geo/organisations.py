"""Place-like names inside an organisation's name: "ООО «Восход»", "ТК Порт Находка", "магазин «Находка»".

``names.not_a_place`` asks ``quoted`` and ``organisation_before``; a type word ("п. «Восход»") always makes a place.
Quotes alone make no organisation: a form field ("Населенный пункт: «Надым»") quotes a place as well.
"""

from __future__ import annotations

import re

from mcu_nlp.geo.forms import FREE
from mcu_nlp.geo.lexicon import LIST_CONJUNCTIONS, ORGANISATION_FORMS, words

OPEN_QUOTES = "«\"„“'"
# The rest of a quoted name and its closing quote, within one clause: «Восход», "Порт Находка", «Граф Орлов»
QUOTE_CLOSES = re.compile(r"[^\n.,;:!?«»\"„“”]{0,40}[»\"”“']")
NAME_RUN = 3  # words of an organisation's own name between its form and a place name ("ТК Порт Находка")
SPACES = " \u00a0"
# Kinds of organisation, team and of the press (all case forms) that a quoted name right after them belongs to: магазин
# «Находка», у метро «Обухово», станция метро «Купчино», товарищество собственников жилья «Смоленка», газета
# «Коммунар»; a quoted name after any other word may be a place.
ORGANISATION_KINDS = ORGANISATION_FORMS | frozenset(
    words(
        "магазин магазина магазину магазином магазине магазины магазинов супермаркет супермаркета супермаркете "
        "гипермаркет гипермаркета гипермаркете ресторан ресторана ресторане ресторанов кафе бар бара баре "
        "салон салона салоне клуб клуба клубе кинотеатр кинотеатра кинотеатре гостиница гостиницы гостинице "
        "отель отеля отеле аптека аптеки аптеке аптеку банк банка банке компания компании компанию компанией "
        "фирма фирмы фирме фирму фирмой организация организации организацию организацией предприятие "
        "предприятия предприятии завод завода заводе фабрика фабрики фабрике рынок рынка рынке "
        "метро станция станции станцию станцией дк общепит гупрэп рэп жилья "
        # a team or a contractor: бригада «Урал», подрядчик «Сибирь», команда «Енисей», ансамбль «Берёзка»
        "бригада бригады бригаде бригаду бригадой команда команды команде команду командой подрядчик подрядчика "
        "подрядчику подрядчиком подрядчике ансамбль ансамбля ансамбле коллектив коллектива коллективе "
        # the press and the web: газета «Коммунар», телеканал «Губерния», в группе «Подслушано Абаза»
        "газета газеты газете газету газетой журнал журнала журналу журнале журналом телеканал телеканала "
        "телеканале радио радиостанция радиостанции издание издания издании портал портала портале сайт сайта "
        "сайте паблик паблика паблике группа группы группе группу "
        # eateries and services (session 22): шашлычная «Баксан», столовая «Уфа», автосервис «Енисей»
        "шашлычная шашлычной шашлычную столовая столовой столовую закусочная закусочной закусочную кафешка "
        "кафешки кафешке кофейня кофейни кофейне пиццерия пиццерии пекарня пекарни пекарне пекарню бистро "
        "чебуречная чебуречной пельменная пельменной бургерная бургерной пивная пивной рюмочная рюмочной "
        "кулинария кулинарии универсам универсама универсаме минимаркет минимаркета минимаркете тц трц "
        "автосервис автосервиса автосервисе автомойка автомойки автомойке шиномонтаж шиномонтажа шиномонтаже "
        "хостел хостела хостеле "
        # goods sold under a brand: колбаса «Омский бекон», чай «Кяхта», вода «Ессентуки»
        "колбаса колбасы колбасу колбасой сыр сыра сыру сыром чай чая чаю пиво пива пиву вода воды воду "
        "минералка минералки минералку конфеты конфет торт торта пряники пряников"
    )
)


def quoted(ctx, i: int, j: int, level: int) -> bool:
    """The name is quoted after a kind of organisation: ООО «Восход», магазин «Находка», ЖК «Юбилейный» и «Каменка».

    A short run of the quotation's capitalised words may precede a name that is also a word: магазин «Продукты
    Находка»; a district or a city does not count there ("ООО «ЖЭК 2 Кировского района»" names the district).
    """
    opened = _quote_opened(ctx, i, 0 if level == FREE else NAME_RUN)
    if opened is None or QUOTE_CLOSES.match(ctx.text, ctx.spans[j - 1][1]) is None:
        return False
    return _organisation_quote(ctx, opened)


def _quote_opened(ctx, i: int, run: int) -> int | None:
    """The first word of the quotation that word ``i`` is in, if it opened at most ``run`` capitalised words before."""
    for k in range(i, max(0, i - run) - 1, -1):
        gap = _gap(ctx, k)
        if gap[-1:] in tuple(OPEN_QUOTES):
            return k
        if gap or k == 0 or not ctx.keys[k - 1].isalpha() or ctx.capital(k - 1) is False:
            return None
    return None


def _organisation_quote(ctx, k: int) -> bool:
    """The quotation opening at word ``k`` follows a kind of organisation or continues a list of its quotations."""
    if k == 0 or len(_gap(ctx, k)) != 1:  # only spaces between the kind and its quote: not "пункт: «Надым»"
        return False
    if ctx.keys[k - 1] in ORGANISATION_KINDS:
        return True
    if ctx.keys[k - 1] not in LIST_CONJUNCTIONS or k < 2 or _gap(ctx, k - 1)[:1] not in tuple('»"”'):
        return False
    previous = _quote_opened(ctx, k - 2, NAME_RUN)  # 'ЖК "Юбилейный" и "Каменка"': the list's first quotation decides
    return previous is not None and _organisation_quote(ctx, previous)


def _gap(ctx, k: int) -> str:
    """What stands between word ``k - 1`` (or the text start) and word ``k``, spaces left out."""
    return ctx.text[ctx.spans[k - 1][1] if k else 0 : ctx.spans[k][0]].strip(SPACES)


def organisation_before(ctx, i: int, level: int, after: int) -> bool:
    """A legal or trade form right before the name, or before a short run of its capitalised words.

    A name that is never an ordinary word ("Невского р-на" in "ЖК НЕВСКИЕ ПАРУСА Невского р-на") counts only right
    after the form: an organisation named after a district is usually in it.
    """
    run = 0 if level == FREE else NAME_RUN
    for k in range(i - 1, max(after, i - 1 - run) - 1, -1):
        if clause_between(ctx, k, k + 1):
            return False
        if ctx.keys[k] in ORGANISATION_FORMS:
            return True
        if not ctx.keys[k].isalpha() or ctx.capital(k) is False:
            return False
    return False


def clause_between(ctx, k: int, i: int) -> bool:
    """Punctuation other than quotes and spaces between word ``k`` and the next word ``i`` (the person checks of
    ``names`` ask it too)."""
    gap = ctx.text[ctx.spans[k][1] : ctx.spans[i][0]]
    return bool(gap.strip(SPACES + OPEN_QUOTES + "»”"))
