"""What personal data looks like in an appeal: one rule per kind, in priority order (the first that claims a span
keeps it), each a bounded regex (linear time), a check of the match (a checksum, a keyword before it) and the cheap
hint a text must hold for the rule to be tried. :mod:`mcu_nlp.redaction` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from mcu_nlp.checksums import inn_valid
from mcu_nlp.cleaning import HAS_LATIN
from mcu_nlp.number_checks import bank_account, card_number, ogrnip_number, written_as_card
from mcu_nlp.phone_numbers import PHONE_PATTERNS
from mcu_nlp.spelt_contacts import AT_WORD_HINT, HANDLE_AFTER_NETWORK, SPELT_EMAIL, SPELT_EMAIL_RUSSIAN, hinted

#: a Roman numeral's letter as it is typed in a birth certificate's series: Latin, or a Cyrillic "Х" or "І"; after
#: the keyword a "1" too
ROMAN = "[IVXLCХІ]"
#: a date of birth as it is written: "04.07.2018", "15. 04.1952", "4/7/18", "4 июля 2018"; its first digit is
#: matched by the rule
DATE_TAIL = (r"\d?(?:[./-] ?\d{1,2}[./-] ?(?:\d{4}|\d{2})|\s{1,2}(?i:января|февраля|марта|апреля|мая|июня|июля"
             r"|августа|сентября|октября|ноября|декабря)\s{1,2}\d{4})(?!\d)")


#: "с" as (?i:с) matches it (with old Cyrillic variants): a keyword rule that starts with this class instead of
#: (?i:...) lets the regex engine skip to each place where its first letter stands
ES = "[Сс\u1c83]"
#: a driving licence's series and number («77 12 345678», «7712345678», «77 АВ № 345678»), after its word
LICENCE_NUMBER = r"(?P<m0>\d{2} ?(?:\d{2}|[А-ЯЁ]{2}) ?№? ?\d{6})(?!\d)"
PLATE_CAPITAL = "[АВЕКМНОРСТУХABEKMHOPCTYX]"
PLATE_LETTER = "[АВЕКМНОРСТУХавекмнорстухABEKMHOPCTYXabekmhopctyx]"


class Rule(NamedTuple):
    """A match of ``pattern`` that ``check`` accepts is masked as ``[kind]``: its named groups that matched, or else
    all of it; a group named ``lead...`` (in a lookbehind, before the match) is where one mask up to the end of the
    match starts. ``needs`` names what a text must hold for the rule to match at all ("@", "link", "digit",
    "birth": a digit and a birth word, "spelt": a Latin letter and a network's word or a spelt «@», "at_word":
    «собака», or "mention": «[id», a VK mention's): a text without it is not searched."""

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
    # an e-mail typed with a space beside its «@» («ivanov @ mail.ru», «ivanov @mail.ru»: not the handle «@mail.ru»):
    # Latin on both sides and a common top-level domain
    Rule("EMAIL", re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._+-]{0,63}(?:[ \t]@[ \t]?|@[ \t])[A-Za-z0-9]"
                             r"[A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,7}\.(?i:ru|com|net|org|su|info|biz|ua|by|kz"
                             r"|io|me)(?![\w-])"), bool, needs="@"),
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
    # max.ru/... (the MAX messenger),
    # with its scheme and the rest of the link up to a space, a bracket or a quote (not a final stop or comma)
    Rule(
        "HANDLE",
        re.compile(
            r"(?<![\w.@/-])(?i:(?:https?://)?(?:www\.|m\.)?(?:t\.me|telegram\.me|vk\.com|vk\.ru|ok\.ru|instagram\.com|max\.ru))"
            r"/[\w@+-][^\s<>\"'()\[\]{}]{0,200}(?<![.,;:!?])"
        ),
        bool,
        needs="link",
    ),
    # a VK mention of a user as VK writes a reply or a tag («[id123456|Алсу], согласна»): the user's id is a link to
    # the profile (vk.com/id123456), masked as a handle; the text after «|» is the name VK shows for that user (a
    # reply's is the first name alone), masked as a person's. A community's mention («[club123|...]», «[public123|
    # ...]») names no person and stays
    Rule("HANDLE", re.compile(r"\[(?P<m0>id\d{1,12})\|"), bool, needs="mention"),
    Rule("PERSON", re.compile(r"\[id\d{1,12}\|(?P<m0>[^\[\]|\n]{1,80})\]"), bool, needs="mention"),
    # an e-mail with no top-level domain («ivan.petrov85@mail», «ivanov@yandex»): an «@» after a Latin letter or digit
    # is no handle's
    Rule("EMAIL", re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z][A-Za-z0-9-]{1,62}(?![\w@-]|\.\w)"), bool, needs="@"),
    # a handle without «@» after its network's word, an e-mail with «@» spelt out (mcu_nlp.spelt_contacts)
    Rule("HANDLE", HANDLE_AFTER_NETWORK, bool, needs="spelt"),
    Rule("EMAIL", SPELT_EMAIL, bool, needs="spelt"),
    Rule("EMAIL", SPELT_EMAIL_RUSSIAN, bool, needs="at_word"),
    # an ОМС policy number (ЕНП): 16 digits, one run or in groups as on the card ("7751 2345 6789 0124"), after
    # "полис" (any case ending) or "ОМС", with at most 50 characters between that hold no digit or card keyword
    # ("полис ОСАГО оплатил картой 4111 ...": a card) or mask ("]": "полис [OMS] и 1234..." would mask on a second
    # pass what the first kept), a line break too ("Полис ОМС:\n7751..."). It has no checksum to go by, so it needs
    # its keyword; before CARD, so that a policy number that passes Luhn (one in ten) is a policy
    Rule(
        "OMS",
        re.compile(r"[ПпОо](?<![\w-][ПпОо])(?i:(?<=[Пп])олис\w{0,3}|(?<=[Оо])мс)\b(?:(?!(?i:карт|card))[^\d\]]){0,50}?"
                   r"(?P<m0>\d(?:[ -]?\d){15})(?!\d)"),
        lambda match: written_as_card(match.string, *match.span("m0")),
    ),
    # a utility account number after «лицевой счёт», «лиц. счёт», «л/с», «л.с.», «ЛС» and at most 20 characters with no
    # digit, mask or line break: 5 to 20 digits («л/с: 12-345-678»); before CARD and PHONE, which it may look like
    Rule("ACCOUNT",
         re.compile(r"[Лл](?<![\w-][Лл])(?:(?i:иц(?:ев\w{0,4}|\.)\s{0,3}сч[её]т\w{0,3}|[/.]\s?с(?:ч[её]т\w{0,3}|ч)?\.?)"
                    r"|(?<=Л)С)(?![\w-])[^\d\n\]]{0,20}?(?P<m0>\d(?:[ -]?\d){4,19})(?!\d)"), bool),
    # a bank account: 20 digits, in a row or grouped as printed (5-3-1-4-7), after «р/с», «счёт», «account» or opening
    # with 408 or 423, a person's current or deposit account («40817810099910004312»)
    Rule("ACCOUNT", re.compile(r"\d(?<![\w-]\d)\d{4} ?\d{3} ?\d ?\d{4} ?\d{7}(?![\w-])"), bank_account),
    Rule("CARD", re.compile(r"\d(?<![\d-]\d)(?:[ -]?\d){15,18}(?!\d)"), card_number),
    Rule("SNILS", re.compile(r"\d(?<![\w-]\d)\d{2}([- ])\d{3}\1\d{3}[- ]\d{2}(?![\w-])"), bool),
    Rule("SNILS", re.compile(ES + r"(?i:нилс)\w{0,3}[\s:№.-]{0,4}(?P<m0>\d(?:[ -]?\d){10})(?!\d)"), bool),
    Rule("PASSPORT", re.compile(r"\d(?<![\w-]\d)\d \d{2} \d{6}(?![\w-])"), bool),
    # ("]" ends the keyword's reach: «паспорт [PASSPORT] 1234 123456» holds no passport a first pass kept)
    Rule(
        "PASSPORT",
        re.compile(
            "[Пп" + ES[1:] + r"(?i:(?<=[Пп])аспорт(?:а|е|у|ом|ные|ных|ный)?|(?<![Пп])ери[яи])\b[^\d\n\]]{0,30}?"
            r"(?:(?P<m0>\d{2} ?\d{2}[ -]?\d{6})|(?P<m1>\d{2} ?\d{2})"
            r"[\s,.:№-]{0,3}(?i:номер|ном\.|н\.)?[\s:№]{0,3}(?P<m2>\d{6}))(?!\d)"
        ),
        bool,
    ),
    # a driving licence's number after its word («водительское удостоверение 4612 345678», «вод. удост.», «ВУ», «в/у»):
    # an identity document's series and number, masked as a passport's (the bare «46 12 345678» is one already)
    Rule(
        "PASSPORT",
        re.compile(r"[ВвB](?<![\w-][ВвB])(?:(?i:(?<=[Вв])одительск\w{0,4}\s{1,2}|(?<=[Вв])од(?:\.\s{0,2}|\s{1,2}))"
                   r"(?i:удостоверени\w{0,3}|удост\.?|права)|(?i:(?<=[Вв])/у)|(?<=[ВB])[УY](?![\w-]))[^\d\n\]]{0,30}?"
                   + LICENCE_NUMBER),
        bool,
    ),
    # the same after «удостоверение водителя» («вод.удостоверение» above: the dot and no space)
    Rule(
        "PASSPORT",
        re.compile(r"[Уу](?<![\w-][Уу])(?i:(?<=[Уу])достоверени\w{0,3}\s{1,2}водител\w{0,3})[^\d\n\]]{0,30}?"
                   + LICENCE_NUMBER),
        bool,
    ),
    # the same after «права» alone («права 7712 123456», «лишили прав 7712123456», «по правам ...»: most people say
    # «права», not «водительское удостоверение»); a series and six digits must follow within 20 characters
    # («права 12 человек» stays)
    Rule(
        "PASSPORT",
        re.compile(r"[Пп](?<![\w-][Пп])(?i:(?<=[Пп])рав(?:а|ам|ами|ах)?)(?![\w-])[^\d\n\]]{0,20}?"
                   + LICENCE_NUMBER),
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
        re.compile(r"[ДдРр](?<![\w-][ДдРр])(?i:(?<=[Дд])(?:ат[аыуе]|атой)\s{1,2}рожд(?:ения|\.)|(?<=[Дд])\.\s?р\.|(?<=[Дд])/р"
                   r"|(?<=[Рр])одил(?:ся|ась|ись))[\s:.,-]{0,4}(?:в\s{1,2})?"
                   r"(?P<m0>\d(?:" + DATE_TAIL + r"|\d{3}(?!\d)))"),
        bool,
        needs="birth",
    ),
    # 11 digits after "ИНН" are a mistyped ИНН, not a phone
    # (or 10 to 12 written in groups, as a СНИЛС is: «ИНН 7712 3456 7890», «ИНН 771-234-567-890»)
    Rule("INN", re.compile(r"[Ии](?i:нн)[\s:№.-]{0,4}(?P<m0>\d{10,12}(?!\d)|\d(?:[ -]?\d){9,11}(?!\d))"), bool),
    # an ОГРНИП in groups after its keyword («ОГРНИП 317 746 200 000 516»; not an organisation's 13-digit ОГРН and a
    # number after it); the search skips to each «г» (the lookbehinds after it)
    Rule("OGRNIP", re.compile(r"[Гг](?<=[Оо][Гг])(?<![\w-].[Гг])(?i:рн)(?:\s{0,2}(?i:ип))?[\s:№.-]{0,4}"
                              r"(?!\d{13}(?!\d))(?P<m0>\d(?:[ -]?\d){14})(?!\d)"), bool),
    # an individual entrepreneur's registration number: 15 digits after «ОГРНИП», «ОГРН ИП» or «ОГРН» (an
    # organisation's ОГРН has 13 digits, and stays), else opening with 3 after «ИП» or with its control digit
    # (mcu_nlp.number_checks.ogrnip_number)
    Rule("OGRNIP", re.compile(r"\d(?<![\w-]\d)\d{14}(?![\w-])"), ogrnip_number),
    # phones (mcu_nlp.phone_numbers)
    *(Rule("PHONE", pattern, check) for pattern, check in PHONE_PATTERNS),
    Rule("INN", re.compile(r"\d(?<![\w-]\d)(?:\d{11}|\d{9})(?![\w-])"), lambda m: inn_valid(m.group())),
    # a car's registration plate ("Н626ЕО46", "О 370 АА178"): letters that exist in both alphabets, glued
    # letter-digits-letters, or spaced in capitals (lower-case spaced forms read like "в 100 км 40", unless a region
    # and «rus» end them: "а 001 аа 82 rus"). The rule starts
    # with the first digit, its letter is in a lookbehind (a "lead" group, where the mask starts): the regex engine
    # skips to each digit instead of trying every position (half the letters of a text could start a plate)
    Rule(
        "PLATE",
        re.compile(rf"\d(?:(?<=(?<![\w-])(?P<lead0>{PLATE_LETTER})\d)\d\d{PLATE_LETTER}{{2}}"
                   rf"|(?<=(?<![\w-])(?P<lead1>{PLATE_CAPITAL}) \d)\d\d ?{PLATE_CAPITAL}{{2}}"
                   rf"|(?<=(?<![\w-])(?P<lead2>{PLATE_LETTER}) \d)\d\d ?{PLATE_LETTER}{{2}}"
                   r"(?= ?\d{2,3} ?(?i:rus|рус)))"
                   r"(?: ?\d{2,3})?(?: ?(?i:rus|рус))?(?![\w-])"),
        bool,
    ),
    # a plate after its keyword («гос номер», «госномер», «г/н», «гос. рег. знак»), spaced in lower case too («гос
    # номер н 123 ка 46»), which without the keyword reads like «в 100 км 40»
    Rule(
        "PLATE",
        re.compile(r"[Гг](?<![\w-][Гг])(?i:(?<=[Гг])ос\.?\s?(?:рег\.?\s?)?(?:номер\w{0,2}|знак\w{0,2})|(?<=[Гг])/н)"
                   rf"[\s:№.-]{{0,4}}(?P<m0>{PLATE_LETTER} ?\d{{3}} ?{PLATE_LETTER}{{2}}(?: ?\d{{2,3}})?"
                   r"(?: ?(?i:rus|рус))?)(?![\w-])"),
        bool,
    ),
]

HAS_DIGIT = re.compile(r"\d")
#: what every link of the link rule holds: its regex tries every position, this one skips to each "."
LINK_HINT = re.compile(r"\.(?i:me|com|ru)/")
#: what every match of the keyword birth rules holds («рожд», «родил», «г.р», «д.р», «д/р»): one in 500 texts with a
#: digit has it, and this search costs a third of those rules' own
BIRTH_HINT = re.compile(r"[РрГгДд](?:(?<=[Рр])(?:ожд|одил)|(?<=[ГгДд])\.?\s?[Рр](?![А-Яа-яЁё])|(?<=[Дд])/[Рр])")


def matches(
    text: str, taken: Callable[[re.Pattern[str], re.Match[str]], bool] | None = None, numbers_only: bool = False
) -> Iterator[tuple[str, re.Pattern[str], re.Match[str]]]:
    """``(kind, pattern, match)`` for each match a rule accepts in ``text``, rule by rule (names aside:
    :mod:`mcu_nlp.names`); a rule whose ``needs`` the text lacks is not searched (two texts in three have nothing
    any rule needs), nor one that needs no digit if ``numbers_only`` (but an «@» rule where a mask's «]» stands right
    before an «@»). ``taken(pattern, match)`` says that an earlier
    rule's match holds what this one would mask.

    A match that its rule's check rejects, or that is taken, holds nothing: the rule's search goes on from its next
    character, not from its end, and finds a match it overlapped on the first pass, as a second pass finds it behind
    a mask. In «свидетельство о рождении II-ЖТ 123456 123456 324-50-37 123456» the first 19 digits are no card (Luhn)
    and hid the last 19, which are one; in «ИНН 7707083893 8-912-345-67-89» a phone read from the ИНН's digits hid
    the phone after it. Linear: every match is bounded.

    >>> [(kind, m.group()) for kind, _, m in matches("89123456789, ivan@mail.ru")]
    [('EMAIL', 'ivan@mail.ru'), ('PHONE', '89123456789')]
    """
    present = {"@": "@" in text, "link": "/" in text and LINK_HINT.search(text) is not None,
               "digit": HAS_DIGIT.search(text) is not None,
               "spelt": HAS_LATIN.search(text) is not None and hinted(text),
               "at_word": AT_WORD_HINT.search(text) is not None, "mention": "[id" in text}
    present["birth"] = present["digit"] and BIRTH_HINT.search(text) is not None
    if numbers_only:  # and a handle glued to a mask («тел [PHONE]@vasya_p»: «9@» was an e-mail's, session 25)
        present = {needs: needs in ("digit", "birth") and found for needs, found in present.items()}
        present["@"] = "]@" in text
    if not any(present.values()):
        return
    for kind, pattern, check, needs in RULES:
        if present[needs]:
            yield from ((kind, pattern, match) for match in _kept(pattern, check, text, taken))


def _kept(
    pattern: re.Pattern[str],
    check: Callable[[re.Match[str]], bool],
    text: str,
    taken: Callable[[re.Pattern[str], re.Match[str]], bool] | None,
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that ``check`` accepts and that are not ``taken``: the search goes on
    after one, and from the next character after any other match."""
    found = pattern.finditer(text)
    while True:
        for match in found:
            if check(match) and (taken is None or not taken(pattern, match)):
                yield match
            else:
                found = pattern.finditer(text, match.start() + 1)
                break
        else:
            return
