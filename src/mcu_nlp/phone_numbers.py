"""How a phone number is written in an appeal, as :mod:`mcu_nlp.personal_data` masks it: a Russian number with
+7 or 8 (or 7) before it, another country's after "+", a mobile one without its prefix, an area code in brackets, a
city number ("308-88-01", "812 324-50-37"), a number after «тел.»; and what makes a match no phone: a public code
(ОКТМО, ОГРН) before it, a reference number's «№», a short number it is the tail of (:func:`number_tail`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mcu_nlp.cleaning import DASH_CHARACTERS

#: the characters of \s that break no line (str.splitlines breaks at the others)
INLINE_SPACE = " \t\x1f\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: "+7" (a digit may come before it: "+79123456789+79876543210"), or 8 or 7 with no digit, "+" or digit and "-"
#: before them ("308-88-01\n308-88-02" holds no "8-01 308-88-02"). Each branch starts with its literal, the lookbehinds
#: after it, so that the regex engine skips to each "+", "7" and "8" instead of trying every position.
RU_PREFIX = r"(?:\+(?<!\+\+) ?7|8(?<![\d+]8)(?<!\d-8)|7(?<![\d+]7)(?<!\d-7))"
#: between two digits of a phone: up to two of space, bracket, dash or a bullet («8910•765•43•21»), or a spaced
#: dash; no line break, which
#: ends a phone in a list written one a line ("(900) 730-00-00\n8-900-..." holds no "730-00-00\n8-900")
SEPARATOR = rf"(?:[{INLINE_SPACE}()•·-]{{1,2}}|[{INLINE_SPACE}]-[{INLINE_SPACE}])?"


def area_in_brackets(first: str, bracket: str = rf"[{INLINE_SPACE}]?\(") -> str:
    """An area code in brackets (``bracket`` opens them), its first digit one of ``first``, spaces inside the
    brackets too, and the rest of its 10 digits."""
    return "|".join(rf"{bracket}{space}{{0,2}}{first}\d{{{n - 1}}}{space}{{0,2}}\)(?:{SEPARATOR}\d){{{10 - n}}}"
                    for n in (3, 4, 5) for space in [f"[{INLINE_SPACE}]"])


#: an area code in brackets with spaces inside them ("8 ( 912 ) 345-67-89", "+7 (4712 ) 72-14-91") and the rest of
#: the 10 digits: the brackets come right after 7/8, so no number written before the phone can join it
SPACED_AREA = area_in_brackets("[3-47-9]")
#: the bracket of an area code with no 7/8 before it: no digit, "_", "+" or "-" glued before it
CODE_BRACKET = r"[(](?<![\d_+-][(])"
#: a public code of a place or an organisation just before a number: that number is no phone
CODE_BEFORE = re.compile(r"(?i:октмо|окато|огрн|кпп)[\s:№.-]{0,4}\Z")


#: a letter O (Latin or Cyrillic) typed for a zero between two digits («8-9О3-111-22-33», «89O31112233»), a Latin l
#: or I for a one («89l23456789», «8-9I2-345-67-89»)
ZERO_LETTER = re.compile(r"\d[OoОоlI](?=\d)")
DIGIT_OF_LETTER = {"O": "0", "o": "0", "О": "0", "о": "0", "l": "1", "I": "1"}


def zeros_folded(text: str) -> str:
    """``text`` with a letter O between two digits written as the zero it stands for, and a Latin l or I as a one, a
    character for a character (the same offsets): a phone typed so is a phone.

    >>> zeros_folded("звоните 89О31112233, кв. 5О, 89l2345678I")
    'звоните 89031112233, кв. 5О, 8912345678I'
    """
    if not ZERO_LETTER.search(text):
        return text
    return ZERO_LETTER.sub(lambda m: m.group()[0] + DIGIT_OF_LETTER[m.group()[1]], text)


#: a dash other than "-" between two digits, a space on either side allowed: a hyphen or non-breaking hyphen, a figure,
#: en or em dash, a horizontal bar, a minus, their small and full-width forms, as word processors and phones type them
#: between the groups of a number («8–912–000–11–22», «+7‑912‑000‑1122», «112—233—445 95»)
DASH_BETWEEN_DIGITS = re.compile(
    rf"(?:(?<=\d)|(?<=\d[{INLINE_SPACE}]))[{DASH_CHARACTERS}](?=[{INLINE_SPACE}]?\d)")
#: a space other than " " between two digits: a non-breaking or thin one, a tab («СНИЛС 112-233-445\xa095»)
SPACE_BETWEEN_DIGITS = re.compile(rf"(?<=\d)[{INLINE_SPACE.replace(' ', '')}](?=\d)")
ODD_SEPARATOR = re.compile(f"[{DASH_CHARACTERS}{INLINE_SPACE.replace(' ', '')}]")


def separators_folded(text: str) -> str:
    """``text`` with a dash between two digits (:data:`DASH_BETWEEN_DIGITS`) written as "-" and another space between
    them as " ", a character for a character (the same offsets): the rules for phones and identity numbers read the
    groups of a number so.

    >>> separators_folded("тел: 8–912–000–11–22, СНИЛС 112-233-445\xa095, дом 5 — двор")
    'тел: 8-912-000-11-22, СНИЛС 112-233-445 95, дом 5 — двор'
    """
    if not ODD_SEPARATOR.search(text):
        return text
    return SPACE_BETWEEN_DIGITS.sub(" ", DASH_BETWEEN_DIGITS.sub("-", text))


#: a reference number's sign right before a number ("обращение № 324-50-37", "N 324-50-37"): no phone, unless a
#: phone word stands shortly before it ("звоните на № 324-50-37"), after the last mask ("]") if there is one: a
#: mask is shorter than what it hides and must not bring a farther word into reach on a second pass
NUMBER_SIGN_BEFORE = re.compile(r"(?:№|(?<!\w)N[oо]?\.?)[\s:.]{0,3}\Z")
PHONE_WORD_BEFORE = re.compile(r"(?<!\w)(?i:тел\b|телеф|т\.|звон|позвон|перезвон|моб\b|моб\.|мобил|сот\.|сотов|whats"
                               r"|ватс|вотс|viber|вайбер)")


#: up to 8 digits and a space or "-" just before a city number: its head ("дом 5 324-50-37" is kept as before),
#: unless another rule masks them (see number_tail: "812 324-50-37" is a phone with its area code); a longer run is a
#: number of its own ("счёт 40817810099910004312 324-50-37")
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


#: what says that a short number is a phone: a phone word, or the kind of line
SHORT_NUMBER_WORD = re.compile(PHONE_WORD_BEFORE.pattern + r"|(?<!\w)(?i:городск|домашн)")


def _after_phone_word(match: re.Match[str], words: re.Pattern[str] = PHONE_WORD_BEFORE) -> bool:
    """Whether one of ``words`` stands up to 40 characters before the match, after the last mask ("]") if any."""
    start = match.start()
    return bool(words.search(match.string, max(0, start - 40, match.string.rfind("]", 0, start)), start))


#: the last number before a town's short number, a short one or a whole phone, at most 20 characters before it with
#: no digit and no word of a house between: a list of numbers after one phone word («телефоны: 51-59-32,
#: 8-910-765-43-21 и 52-34-12», «Петровой 39-96-90, Сидоровой 39-96-98»; not «8-910-..., а в доме 12-14-16»)
LISTED_BEFORE = re.compile(r"(?<![\d-])(?:\d{1,3}(?:-\d\d){2}|\+?\d[\d() -]{9,16}\d)"
                           r"(?:(?!(?i:дом|д\.|кв|корп|подъезд))\D){1,20}\Z")
#: how many numbers of a list the phone word may stand before
LISTED = 4
#: a house's or a flat's word right before a number: it is their number («в доме 12-14-16»), no phone
HOUSE_WORD_BEFORE = re.compile(r"(?<!\w)(?i:дом\w{0,2}|д\.|кв\.?|квартир\w{0,2}|корп\.?|корпус\w{0,2})\s{0,2}\Z")


def _short_city_number(match: re.Match[str]) -> bool:
    """A town's short number: not a date nor a house's number, and after a phone word (SHORT_NUMBER_WORD) up to 40
    characters before it, or before the numbers listed before it («дали телефоны Петровой 39-96-90, Сидоровой
    39-96-98»)."""
    day, month, _ = (int(part) for part in match.group().split("-"))
    text, start = match.string, match.start()
    if (1 <= day <= 31 and 1 <= month <= 12) or HOUSE_WORD_BEFORE.search(text, max(0, start - 12), start):
        return False
    for _ in range(LISTED):
        since = max(0, start - 40, text.rfind("]", 0, start))  # no farther back than a mask already made
        if SHORT_NUMBER_WORD.search(text, since, start):
            return True
        listed = LISTED_BEFORE.search(text, since, start)
        if listed is None:
            return False
        start = listed.start()
    return False


def _not_a_reference(match: re.Match[str]) -> bool:
    start = match.start()
    return not NUMBER_SIGN_BEFORE.search(match.string, max(0, start - 6), start) or _after_phone_word(match)


def _after_no_number(first: str) -> str:
    """The one-character pattern ``first`` with no digit, "_", "+" or "-" before it, nor a digit and a space or "-"
    on the same line ("дом 4 912 345-67-89" reads as one longer number; a line of its own is a phone of its own)."""
    return rf"{first}(?<![\d_+-]{first})(?<!\d[{INLINE_SPACE}-]{first})"


def _no_code_before(match: re.Match[str]) -> bool:
    start = match.start()
    return not CODE_BEFORE.search(match.string, max(0, start - 10), start)


def _area_code_number(match: re.Match[str]) -> bool:
    """A city's phone after its area code, not a public code's, a reference's or a house's number."""
    start = match.start()
    return (_no_code_before(match) and _not_a_reference(match)
            and not HOUSE_WORD_BEFORE.search(match.string, max(0, start - 12), start))


#: "т" as (?i:т) matches it (with old Cyrillic variants): a keyword rule that starts with this class instead of
#: (?i:...) lets the regex engine skip to each place where its first letter stands
TE = "[Тт\u1c84\u1c85]"

#: The phone rules in priority order, as (pattern, check): :data:`mcu_nlp.personal_data.RULES` masks what they find.
PHONE_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], bool]]] = [
    # A full 11-digit number may be glued to a word ("Звоните8-912...", "WhatsApp+7..."): only a number before stops
    # it (" - " between digit groups too: "+7 (912) 345 - 67 - 89"; three other separators would join a number before).
    # Its first digit after 7/8 opens a Russian code (3xx, 4xx, 8xx city, 9xx mobile) or a Kazakh one (7xx); 0, 1, 2,
    # 5 and 6 open none, and an ОКТМО such as 71956000001 is no phone. Spaces inside the brackets of the area code
    # are allowed only there (SPACED_AREA). A code glued to 7/8 has at least 3 digits ("8912 345-67-89"): "кв 87
    # 8-912-345-67-89" holds no "87 8-912-345-67". Two phones glued into one run of 22 digits
    # ("8912345678989876543210") are one mask.
    (
        re.compile(
            rf"{RU_PREFIX}(?:(?!\d){SEPARATOR}[3-47-9](?:{SEPARATOR}\d){{9}}|[3-47-9]\d\d(?:{SEPARATOR}\d){{7}}|{SPACED_AREA}"
            rf"|[3-47-9]\d{{9}}[78][3-47-9]\d{{9}})(?!\d)"
        ),
        _no_code_before,
    ),
    # another country's code after "+" ("+375 29 123-45-67", "+998 90 123 45 67"): 10 to 15 digits in all; the "+"
    # comes first (its lookbehind after it) so that the regex engine can skip to each "+": 13x faster on appeals
    (re.compile(r"\+(?<![\d+]\+) ?[1-9]\d{0,2}(?:[\s()-]{0,2}\d){9,12}(?!\d)"), bool),
    # a mobile number without 7/8 may be glued to a word too ("9123456789или9876543210"), but not follow a number;
    # a space may stand inside its brackets ("( 912 ) 345-67-89")
    (
        re.compile(rf"(?:{_after_no_number('[(]')}[{INLINE_SPACE}]?9\d\d[{INLINE_SPACE}]?\)|{_after_no_number('9')}\d\d)"
                   r"[\s-]{0,2}\d{3}[\s-]?\d{2}[\s-]?\d{2}(?![\d_-])"),
        _no_code_before,
    ),
    # an area code in brackets with no 7/8 before it ("(812) 123-45-67"), a phone written with dots ("8.912.345.67.89")
    (re.compile(f"(?:{area_in_brackets('[3-48]', CODE_BRACKET)})" + r"(?![\d_-])"), _no_code_before),
    # a city's area code without brackets nor 7/8 before the rest of its 10 digits ("звоните 812 324-50-37",
    # "495-123-45-67", "843 123 45 67", "4712 72-14-91"), not after a number (as the mobile rule above), a code of a
    # place, «№» or a house's word
    (re.compile(rf"{_after_no_number('[3-48]')}(?:\d\d[{INLINE_SPACE}-]\d{{3}}([{INLINE_SPACE}-]?)\d\d\1\d\d"
                rf"|\d{{3}}[{INLINE_SPACE}-]\d\d-\d\d-\d\d)(?![\d_-])"),
     _area_code_number),
    (re.compile(rf"(?:{RU_PREFIX}\.?(?:[3-47-9]\d\d|\([3-47-9]\d\d\))\.?|{_after_no_number('9')}\d\d\.)"
                r"\d{3}\.\d\d\.?\d\d(?![\d_-]|\.\d)"), _no_code_before),
    # a city number of 5 or 6 digits ("52-34-12", "2-34-56", the towns' numbers) after a phone word or «городской»,
    # «домашний» up to 40 characters before it, unless it reads as a date ("звонили 12-05-24")
    (re.compile(r"\d(?<![\w+-]\d)\d?-\d{2}-\d{2}(?![\w-])"), _short_city_number),
    # a city number ("308-88-01"), unless a short number before it is its head (number_tail, once all rules ran);
    # after "№" it is a reference number ("обращение № 324-50-37") unless a phone word stands shortly before
    (re.compile(r"\d(?<![\w+-]\d)\d\d-\d{2}-\d{2}(?![\w-])"), _not_a_reference),
    (
        re.compile(TE + r"(?i:ел\.?|елефон\w{0,3}|\.)[\s:№]{0,3}(?P<m0>\+?\d(?:[\s()-]{0,2}\d){4,11})(?![\w-])"),
        bool,
    ),
]
