"""Whether a digit run a rule of :mod:`mcu_nlp.personal_data` matched is the number it looks like: a bank card's
(Luhn, or a card keyword before it), an individual entrepreneur's ОГРНИП (its keyword, «ИП», or its control digit
with no other number's word before it), a person's bank account (its opening digits or keyword).
"""

from __future__ import annotations

import re

from mcu_nlp.checksums import luhn_valid, ogrnip_valid


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


CARD_GROUP = re.compile(r"\d+")
#: a card keyword ("карта", "номер карты", "картой", "карточки", "card") and at most 30 characters that are no digit,
#: a line break too ("карты Сбербанка № ...", "Номер карты:\n..."), just before a number; no mask's "]" (a number
#: between them on a first pass: a second pass decides the same)
CARD_BEFORE = re.compile(r"(?<!\w)(?i:карт(?:а|ы|у|е|ой|ою|ам|ами|ах|очк(?:а|и|у|е|ой))?|cards?)\b[^\d\]]{0,30}\Z")


def written_as_card(text: str, start: int, stop: int) -> bool:
    """Digits ``text[start:stop]`` are one run or open with a group of 4 to 9 digits ("4111 1111 ...", "7751 2345
    ..."); phones in a row ("8 912 345 67 89 8 987 ...", "89123456789 89876543210") are not written so."""
    first = CARD_GROUP.match(text, start).group()
    return len(first) == stop - start or 4 <= len(first) <= 9


def card_number(match: re.Match[str]) -> bool:
    """A number written as a card is one when it passes Luhn (phones in a row pass it one time in ten), or when a card
    keyword stands before it ("карта", "номер карты", "картой", "card"): a typo does not unmask it, as a СНИЛС after
    its keyword is masked without its checksum."""
    start, stop = match.span()
    if not written_as_card(match.string, start, stop):
        return False
    return luhn_valid(_digits(match.group())) or bool(CARD_BEFORE.search(match.string, max(0, start - 45), start))


#: «ОГРНИП», «ОГРН ИП» or «ОГРН» just before a number
OGRN_BEFORE = re.compile(r"(?<![\w-])(?i:огрн)(?:\s{0,2}(?i:ип))?[\s:№.-]{0,4}\Z")
#: «ИП» (an individual entrepreneur) at most 60 characters before a number: «ИП Петров А.А., 3...»
IP_BEFORE = re.compile(r"(?<![\w-])(?i:ип)(?![\w-])")
#: The word of another number just before it: an order's, a meter's, a contract's, a parcel's, an appeal's
OTHER_NUMBER_BEFORE = re.compile(r"(?<![\w-])(?i:заказ|сч[её]тчик|договор|трек|отправлени|шпи|заявк|обращени|квитанци"
                                 r"|накладн|прибор|пломб)\w{0,6}[^\d\]]{0,20}\Z")


def ogrnip_number(match: re.Match[str]) -> bool:
    """15 digits are an ОГРНИП after its keyword (whatever they are: a typo does not unmask it); else they open with
    3 and follow «ИП» (:data:`IP_BEFORE`), or hold its control digit with no other number's word just before
    (:data:`OTHER_NUMBER_BEFORE`: «номер заказа 312345678901236» is an order's, one in ten of which pass)."""
    text, start = match.string, match.start()
    if OGRN_BEFORE.search(text, max(0, start - 14), start):
        return True
    if text[start] != "3":
        return False
    if IP_BEFORE.search(text, max(0, start - 60), start):
        return True
    return ogrnip_valid(match.group()) and not OTHER_NUMBER_BEFORE.search(text, max(0, start - 40), start)


#: a bank account's keyword just before its number: «р/с», «р.с.», «счёт» in any case form, «account», and at most 30
#: characters with no digit or mask's "]" («счет [ACCOUNT] [PHONE] код 1234...»: the code stays on every pass)
ACCOUNT_BEFORE = re.compile(r"(?<!\w)(?i:р/с|р\.\s?с\.|сч[её]т(?!чик)\w{0,3}|account)[^\d\]]{0,30}\Z")


def bank_account(match: re.Match[str]) -> bool:
    start = match.start()
    return match.group()[:3] in ("408", "423") or bool(ACCOUNT_BEFORE.search(match.string, max(0, start - 45), start))
