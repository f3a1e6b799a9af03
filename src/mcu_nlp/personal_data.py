"""What personal data looks like in an appeal: one rule per kind, in priority order (the first that claims a span
keeps it), each a bounded regex (linear time), a check of the match (a checksum, a keyword before it) and the cheap
hint a text must hold for the rule to be tried. :mod:`mcu_nlp.redaction` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from mcu_nlp.checksums import inn_valid, luhn_valid
from mcu_nlp.cleaning import HAS_LATIN
from mcu_nlp.spelt_contacts import HANDLE_AFTER_NETWORK, HINT, SPELT_EMAIL


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


#: the characters of \s that break no line (str.splitlines breaks at the others)
INLINE_SPACE = " \t\x1f\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: "+7" (a digit may come before it: "+79123456789+79876543210"), or 8 or 7 with no digit, "+" or digit and "-"
#: before them ("308-88-01\n308-88-02" holds no "8-01 308-88-02"). Each branch starts with its literal, the lookbehinds
#: after it, so that the regex engine skips to each "+", "7" and "8" instead of trying every position.
RU_PREFIX = r"(?:\+(?<!\+\+) ?7|8(?<![\d+]8)(?<!\d-8)|7(?<![\d+]7)(?<!\d-7))"
#: between two digits of a phone: up to two of space, bracket or dash, or a spaced dash; no line break, which
#: ends a phone in a list written one a line ("(900) 730-00-00\n8-900-..." holds no "730-00-00\n8-900")
SEPARATOR = rf"(?:[{INLINE_SPACE}()-]{{1,2}}|[{INLINE_SPACE}]-[{INLINE_SPACE}])?"


def _area_in_brackets(first: str, bracket: str = rf"[{INLINE_SPACE}]?\(") -> str:
    """An area code in brackets (``bracket`` opens them), its first digit one of ``first``, spaces inside the
    brackets too, and the rest of its 10 digits."""
    return "|".join(rf"{bracket}{space}{{0,2}}{first}\d{{{n - 1}}}{space}{{0,2}}\)(?:{SEPARATOR}\d){{{10 - n}}}"
                    for n in (3, 4, 5) for space in [f"[{INLINE_SPACE}]"])


#: an area code in brackets with spaces inside them ("8 ( 912 ) 345-67-89", "+7 (4712 ) 72-14-91") and the rest of
#: the 10 digits: the brackets come right after 7/8, so no number written before the phone can join it
SPACED_AREA = _area_in_brackets("[3-47-9]")
#: the bracket of an area code with no 7/8 before it: no digit, "_", "+" or "-" glued before it
CODE_BRACKET = r"[(](?<![\d_+-][(])"
#: a public code of a place or an organisation just before a number: that number is no phone
CODE_BEFORE = re.compile(r"(?i:октмо|окато|огрн|кпп)[\s:№.-]{0,4}\Z")
CARD_GROUP = re.compile(r"\d+")
#: a card keyword ("карта", "номер карты", "картой", "карточки", "card") and at most 30 characters that are no digit,
#: a line break too ("карты Сбербанка № ...", "Номер карты:\n..."), just before a number
CARD_BEFORE = re.compile(r"(?<!\w)(?i:карт(?:а|ы|у|е|ой|ою|ам|ами|ах|очк(?:а|и|у|е|ой))?|cards?)\b\D{0,30}\Z")


#: a reference number's sign right before a number ("обращение № 324-50-37", "N 324-50-37"): no phone, unless a
#: phone word stands shortly before it ("звоните на № 324-50-37"), after the last mask ("]") if there is one: a
#: mask is shorter than what it hides and must not bring a farther word into reach on a second pass
NUMBER_SIGN_BEFORE = re.compile(r"(?:№|(?<!\w)N[oо]?\.?)[\s:.]{0,3}\Z")
PHONE_WORD_BEFORE = re.compile(r"(?<!\w)(?i:тел\b|телеф|т\.|звон|позвон|перезвон|моб\b|моб\.|мобил|сот\.|сотов|whats"
                               r"|ватс|вотс|viber|вайбер)")
#: a Roman numeral's letter as it is typed in a birth certificate's series: Latin, or a Cyrillic "Х" or "І"; after
#: the keyword a "1" too
ROMAN = "[IVXLCХІ]"
#: a date of birth as it is written: "04.07.2018", "15. 04.1952", "4/7/18", "4 июля 2018"; its first digit is
#: matched by the rule
DATE_TAIL = (r"\d?(?:[./-] ?\d{1,2}[./-] ?(?:\d{4}|\d{2})|\s{1,2}(?i:января|февраля|марта|апреля|мая|июня|июля"
             r"|августа|сентября|октября|ноября|декабря)\s{1,2}\d{4})(?!\d)")


#: up to 8 digits and a space or "-" just before a city number: its head ("812 324-50-37", "дом 5 324-50-37" are kept
#: as before), unless another rule masks them (see number_tail); a longer run is a number of its own ("счёт
#: 40817810099910004312 324-50-37")
NUMBER_HEAD_BEFORE = re.compile(rf"(?<!\d)\d{{1,8}}[{INLINE_SPACE}-]\Z")
CITY_NUMBER = re.compile(r"\d{3}-\d\d-\d\d")


def number_tail(text: str, start: int, stop: int, masked_stops: set[int]) -> bool:
    """Whether the phone ``text[start:stop]`` is a city number read as the tail of a longer number: a short digit run
    and a space before it that no other rule masks (a mask ends at one of ``masked_stops``). A masked run is a number
    of its own, as is the mask that a second pass sees there ("ИНН 7707083893 324-50-37" is "ИНН [INN] [PHONE]" on
    every pass)."""
    if not CITY_NUMBER.fullmatch(text, start, stop):
        return False
    head = NUMBER_HEAD_BEFORE.search(text, max(0, start - 10), start)
    return head is not None and start - 1 not in masked_stops


def _not_a_reference(match: re.Match[str]) -> bool:
    start = match.start()
    if not NUMBER_SIGN_BEFORE.search(match.string, max(0, start - 6), start):
        return True
    return bool(PHONE_WORD_BEFORE.search(match.string, max(0, start - 40, match.string.rfind("]", 0, start)), start))


def _after_no_number(first: str) -> str:
    """The one-character pattern ``first`` with no digit, "_", "+" or "-" before it, nor a digit and a space or "-"
    on the same line ("дом 4 912 345-67-89" reads as one longer number; a line of its own is a phone of its own)."""
    return rf"{first}(?<![\d_+-]{first})(?<!\d[{INLINE_SPACE}-]{first})"


def _no_code_before(match: re.Match[str]) -> bool:
    start = match.start()
    return not CODE_BEFORE.search(match.string, max(0, start - 10), start)


def _written_as_card(text: str, start: int, stop: int) -> bool:
    """Digits ``text[start:stop]`` are one run or open with a group of 4 to 9 digits ("4111 1111 ...", "7751 2345
    ..."); phones in a row ("8 912 345 67 89 8 987 ...", "89123456789 89876543210") are not written so."""
    first = CARD_GROUP.match(text, start).group()
    return len(first) == stop - start or 4 <= len(first) <= 9


def _card(match: re.Match[str]) -> bool:
    """A number written as a card is one when it passes Luhn (phones in a row pass it one time in ten), or when a card
    keyword stands before it ("карта", "номер карты", "картой", "card"): a typo does not unmask it, as a СНИЛС after
    its keyword is masked without its checksum."""
    start, stop = match.span()
    if not _written_as_card(match.string, start, stop):
        return False
    return luhn_valid(_digits(match.group())) or bool(CARD_BEFORE.search(match.string, max(0, start - 45), start))


#: "с" and "т" as (?i:с) and (?i:т) match them (with old Cyrillic variants): a keyword rule that starts with such a
#: class instead of (?i:...) lets the regex engine skip to each place where its first letter stands
ES, TE = "[Сс\u1c83]", "[Тт\u1c84\u1c85]"
PLATE_CAPITAL = "[АВЕКМНОРСТУХABEKMHOPCTYX]"
PLATE_LETTER = "[АВЕКМНОРСТУХавекмнорстухABEKMHOPCTYXabekmhopctyx]"


class Rule(NamedTuple):
    """A match of ``pattern`` that ``check`` accepts is masked as ``[kind]``: its named groups that matched, or else
    all of it; a group named ``lead...`` (in a lookbehind, before the match) is where one mask up to the end of the
    match starts. ``needs`` names what a text must hold for the rule to match at all ("@", "link", "digit",
    "birth": a digit and a birth word, or "spelt": a Latin letter and a network's word or a spelt «@»): a text without
    it is not searched."""

    kind: str
    pattern: re.Pattern[str]
    check: Callable[[re.Match[str]], bool]
    needs: str = "digit"


#: Earlier rules win an overlap. Every quantifier is bounded and every rule is anchored on a boundary. A rule that
#: starts with a digit, a literal or a letter class has its lookbehinds after that character: the regex engine then
#: skips to each place where it stands instead of trying every position (digits are rare in appeals).
RULES: list[Rule] = [
    # the e-mail, handle and link rules are the only ones that may match a text without a digit: they are searched
    # only in texts with an "@" or with ".me/", ".com/" or ".ru/" (LINK_HINT)
    Rule("EMAIL", re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"), bool, needs="@"),
    # a social-network handle (Telegram, VK, Instagram): "@" and 5 to 32 Latin letters, digits or "_", no digit
    # first ("цена@10000"), single dots between them ("@rospotrebnadzor.official"); an "@" after a Latin letter, a
    # digit or ".+-_" is an e-mail's, and a longer run is no handle. A Cyrillic letter before or after is another
    # word ("тг@vasya_p", "@vasya_pили"). An official account's handle is masked too: nothing tells it from a
    # resident's.
    Rule(
        "HANDLE",
        re.compile(r"@(?<![A-Za-z0-9_.+-]@)[A-Za-z_](?:\.?[A-Za-z0-9_]){4,31}(?![A-Za-z0-9_@-]|\.[A-Za-z0-9_])"),
        bool,
        needs="@",
    ),
    # a link to a profile, a channel or a page: t.me/<handle>, vk.com/<id or handle>, ok.ru/..., instagram.com/...,
    # with its scheme and the rest of the link up to a space, a bracket or a quote (not a final stop or comma)
    Rule(
        "HANDLE",
        re.compile(
            r"(?<![\w.@/-])(?i:(?:https?://)?(?:www\.|m\.)?(?:t\.me|telegram\.me|vk\.com|vk\.ru|ok\.ru|instagram\.com))"
            r"/[\w@+-][^\s<>\"'()\[\]{}]{0,200}(?<![.,;:!?])"
        ),
        bool,
        needs="link",
    ),
    # a handle without «@» after its network's word, an e-mail with «@» spelt out (mcu_nlp.spelt_contacts)
    Rule("HANDLE", HANDLE_AFTER_NETWORK, bool, needs="spelt"),
    Rule("EMAIL", SPELT_EMAIL, bool, needs="spelt"),
    # an ОМС policy number (ЕНП): 16 digits, one run or in groups as on the card ("7751 2345 6789 0124"), after
    # "полис" (any case ending) or "ОМС", with at most 50 characters between that hold no digit or card keyword
    # ("полис ОСАГО оплатил картой 4111 ...": a card) or mask ("]": "полис [OMS] и 1234..." would mask on a second
    # pass what the first kept), a line break too ("Полис ОМС:\n7751..."). It has no checksum to go by, so it needs
    # its keyword; before CARD, so that a policy number that passes Luhn (one in ten) is a policy
    Rule(
        "OMS",
        re.compile(r"[ПпОо](?<![\w-][ПпОо])(?i:(?<=[Пп])олис\w{0,3}|(?<=[Оо])мс)\b(?:(?!(?i:карт|card))[^\d\]]){0,50}?"
                   r"(?P<m0>\d(?:[ -]?\d){15})(?!\d)"),
        lambda match: _written_as_card(match.string, *match.span("m0")),
    ),
    # a utility account number after «лицевой счёт», «лиц. счёт», «л/с», «л.с.», «ЛС» and at most 20 characters with no
    # digit, mask or line break: 5 to 20 digits («л/с: 12-345-678»); before CARD and PHONE, which it may look like
    Rule("ACCOUNT",
         re.compile(r"[Лл](?<![\w-][Лл])(?:(?i:иц(?:ев\w{0,4}|\.)\s{0,3}сч[её]т\w{0,3}|[/.]\s?с(?:ч[её]т\w{0,3}|ч)?\.?)"
                    r"|(?<=Л)С)(?![\w-])[^\d\n\]]{0,20}?(?P<m0>\d(?:[ -]?\d){4,19})(?!\d)"), bool),
    Rule("CARD", re.compile(r"\d(?<![\d-]\d)(?:[ -]?\d){15,18}(?!\d)"), _card),
    Rule("SNILS", re.compile(r"\d(?<![\w-]\d)\d{2}([- ])\d{3}\1\d{3}[- ]\d{2}(?![\w-])"), bool),
    Rule("SNILS", re.compile(ES + r"(?i:нилс)\w{0,3}[\s:№.-]{0,4}(?P<m0>\d(?:[ -]?\d){10})(?!\d)"), bool),
    Rule("PASSPORT", re.compile(r"\d(?<![\w-]\d)\d \d{2} \d{6}(?![\w-])"), bool),
    Rule(
        "PASSPORT",
        re.compile(
            "[Пп" + ES[1:] + r"(?i:(?<=[Пп])аспорт(?:а|е|у|ом|ные|ных|ный)?|(?<![Пп])ери[яи])\b[^\d\n]{0,30}?"
            r"(?:(?P<m0>\d{2} ?\d{2}[ -]?\d{6})|(?P<m1>\d{2} ?\d{2})"
            r"[\s,.:№-]{0,3}(?i:номер|ном\.|н\.)?[\s:№]{0,3}(?P<m2>\d{6}))(?!\d)"
        ),
        bool,
    ),
    # a birth certificate: a Roman numeral series, two Cyrillic capitals and 6 digits ("II-ЖТ 123456"), anywhere;
    # after «свидетельство о рождении» (or «свид-во», «св-во о рожд.») the series may be typed in any case or be
    # missing. "]" ends the keyword's reach, so a second pass finds no number behind a mask.
    Rule(
        "BIRTHCERT",
        re.compile(ES + r"(?<![\w-]" + ES + r")(?i:в(?:идетельств\w{0,3}|ид-в[оа]|-в[оа]|ид\.?)\s{0,3}о\s{1,3}рожд)"
                   r"[^\d\n\]]{0,40}?(?P<m0>(?:[IVXLCХІ1]{1,5}[- ]?[А-ЯЁа-яё]{2}[\s№:,.]{0,5}(?i:номер|ном\.)?"
                   r"[\s№:]{0,3})?\d{6})(?!\d)"),
        bool,
        needs="birth",
    ),
    Rule("BIRTHCERT", re.compile(rf"{ROMAN}(?<![\w-]{ROMAN}){ROMAN}{{0,4}}[- ]?[А-ЯЁ]{{2}} ?(?:№ ?)?\d{{6}}(?!\d)"),
         bool),
    # a date of birth: a date, or a year, before «г.р.», «г. р.», «года рождения» (not «г. р-н», «г. р.п.»), or a date
    # after «дата рождения», «д.р.», «д/р», «родился»; the date is masked, the words stay. A spaced «г. р.» or a
    # capital «Р» before a capitalised word or an initial is a year and a river or a person («в 2021 г. р. Сейм», «в
    # 2019 г. Р.Н. Иванову»), "[" too (a masked name: a second pass decides the same); «г.р.» unspaced is a birth even
    # before a new sentence («2018г.р. Стоим на очереди»). «рожд» is «рождения», «рожд.», «рождённый», not «рождаемость»
    Rule(
        "BIRTHDATE",
        re.compile(r"(?P<m0>\d(?<![\w.,/-]\d)(?:" + DATE_TAIL + r"|\d{3}(?!\d)))\s{0,2}"
                   r"(?:(?:г\.?р|(?i:г\.?\s?р)(?!\.?[ \u00a0]?[А-ЯЁ\[]))(?:\.(?!\s?(?i:п\.))|(?![\w.-]))"
                   r"|(?i:года?|г\.)\s{1,2}(?i:рожд(?:ени|[её]н|\.|(?![а-яё]))))"),
        bool,
        needs="birth",
    ),
    Rule(
        "BIRTHDATE",
        re.compile(r"[ДдРр](?<![\w-][ДдРр])(?i:(?<=[Дд])(?:ат[аыуе]|атой)\s{1,2}рождения|(?<=[Дд])\.\s?р\.|(?<=[Дд])/р"
                   r"|(?<=[Рр])одил(?:ся|ась|ись))[\s:.,-]{0,4}(?:в\s{1,2})?"
                   r"(?P<m0>\d(?:" + DATE_TAIL + r"|\d{3}(?!\d)))"),
        bool,
        needs="birth",
    ),
    # 11 digits after "ИНН" are a mistyped ИНН, not a phone
    Rule("INN", re.compile(r"[Ии](?i:нн)[\s:№.-]{0,4}(?P<m0>\d{10,12})(?!\d)"), bool),
    # A full 11-digit number may be glued to a word ("Звоните8-912...", "WhatsApp+7..."): only a number before stops
    # it (" - " between digit groups too: "+7 (912) 345 - 67 - 89"; three other separators would join a number before).
    # Its first digit after 7/8 opens a Russian code (3xx, 4xx, 8xx city, 9xx mobile) or a Kazakh one (7xx); 0, 1, 2,
    # 5 and 6 open none, and an ОКТМО such as 71956000001 is no phone. Spaces inside the brackets of the area code
    # are allowed only there (SPACED_AREA). A code glued to 7/8 has at least 3 digits ("8912 345-67-89"): "кв 87
    # 8-912-345-67-89" holds no "87 8-912-345-67". Two phones glued into one run of 22 digits
    # ("8912345678989876543210") are one mask.
    Rule(
        "PHONE",
        re.compile(
            rf"{RU_PREFIX}(?:(?!\d){SEPARATOR}[3-47-9](?:{SEPARATOR}\d){{9}}|[3-47-9]\d\d(?:{SEPARATOR}\d){{7}}|{SPACED_AREA}"
            rf"|[3-47-9]\d{{9}}[78][3-47-9]\d{{9}})(?!\d)"
        ),
        _no_code_before,
    ),
    # another country's code after "+" ("+375 29 123-45-67", "+998 90 123 45 67"): 10 to 15 digits in all; the "+"
    # comes first (its lookbehind after it) so that the regex engine can skip to each "+": 13x faster on appeals
    Rule("PHONE", re.compile(r"\+(?<![\d+]\+) ?[1-9]\d{0,2}(?:[\s()-]{0,2}\d){9,12}(?!\d)"), bool),
    # a mobile number without 7/8 may be glued to a word too ("9123456789или9876543210"), but not follow a number;
    # a space may stand inside its brackets ("( 912 ) 345-67-89")
    Rule(
        "PHONE",
        re.compile(rf"(?:{_after_no_number('[(]')}[{INLINE_SPACE}]?9\d\d[{INLINE_SPACE}]?\)|{_after_no_number('9')}\d\d)"
                   r"[\s-]{0,2}\d{3}[\s-]?\d{2}[\s-]?\d{2}(?![\d_-])"),
        _no_code_before,
    ),
    # an area code in brackets with no 7/8 before it ("(812) 123-45-67"), a phone written with dots ("8.912.345.67.89")
    Rule("PHONE", re.compile(f"(?:{_area_in_brackets('[3-48]', CODE_BRACKET)})" + r"(?![\d_-])"), _no_code_before),
    Rule("PHONE", re.compile(rf"(?:{RU_PREFIX}\.?(?:[3-47-9]\d\d|\([3-47-9]\d\d\))\.?|{_after_no_number('9')}\d\d\.)"
                             r"\d{3}\.\d\d\.?\d\d(?![\d_-]|\.\d)"), _no_code_before),
    # a city number ("308-88-01"), unless a short number before it is its head (number_tail, once all rules ran);
    # after "№" it is a reference number ("обращение № 324-50-37") unless a phone word stands shortly before
    Rule("PHONE", re.compile(r"\d(?<![\w+-]\d)\d\d-\d{2}-\d{2}(?![\w-])"), _not_a_reference),
    Rule(
        "PHONE",
        re.compile(TE + r"(?i:ел\.?|елефон\w{0,3}|\.)[\s:№]{0,3}(?P<m0>\+?\d(?:[\s()-]{0,2}\d){4,11})(?![\w-])"),
        bool,
    ),
    Rule("INN", re.compile(r"\d(?<![\w-]\d)(?:\d{11}|\d{9})(?![\w-])"), lambda m: inn_valid(m.group())),
    # a car's registration plate ("Н626ЕО46", "О 370 АА178"): letters that exist in both alphabets, glued
    # letter-digits-letters, or spaced in capitals (lower-case spaced forms read like "в 100 км 40"). The rule starts
    # with the first digit, its letter is in a lookbehind (a "lead" group, where the mask starts): the regex engine
    # skips to each digit instead of trying every position (half the letters of a text could start a plate)
    Rule(
        "PLATE",
        re.compile(rf"\d(?:(?<=(?<![\w-])(?P<lead0>{PLATE_LETTER})\d)\d\d{PLATE_LETTER}{{2}}"
                   rf"|(?<=(?<![\w-])(?P<lead1>{PLATE_CAPITAL}) \d)\d\d ?{PLATE_CAPITAL}{{2}})"
                   r"(?: ?\d{2,3})?(?: ?(?i:rus|рус))?(?![\w-])"),
        bool,
    ),
]

HAS_DIGIT = re.compile(r"\d")
#: what every link of the link rule holds: its regex tries every position, this one skips to each "."
LINK_HINT = re.compile(r"\.(?i:me|com|ru)/")
#: what every match of the keyword birth rules holds («рожд», «родил», «г.р», «д.р», «д/р»): one in 500 texts with a
#: digit has it, and this search costs a third of those rules' own
BIRTH_HINT = re.compile(r"[РрГгДд](?:(?<=[Рр])(?:ожд|одил)|(?<=[ГгДд])\.?\s?[Рр](?![А-Яа-яЁё])|(?<=[Дд])/[Рр])")


def matches(text: str) -> Iterator[tuple[str, re.Pattern[str], re.Match[str]]]:
    """``(kind, pattern, match)`` for each match a rule accepts in ``text``, rule by rule (names aside:
    :mod:`mcu_nlp.names`); a rule whose ``needs`` the text lacks is not searched (two texts in three have nothing
    any rule needs).

    >>> [(kind, m.group()) for kind, _, m in matches("89123456789, ivan@mail.ru")]
    [('EMAIL', 'ivan@mail.ru'), ('PHONE', '89123456789')]
    """
    present = {"@": "@" in text, "link": "/" in text and LINK_HINT.search(text) is not None,
               "digit": HAS_DIGIT.search(text) is not None,
               "spelt": HAS_LATIN.search(text) is not None and HINT.search(text) is not None}
    present["birth"] = present["digit"] and BIRTH_HINT.search(text) is not None
    if not any(present.values()):
        return
    for kind, pattern, check, needs in RULES:
        if present[needs]:
            yield from ((kind, pattern, match) for match in pattern.finditer(text) if check(match))
