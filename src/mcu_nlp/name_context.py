"""The words around a name-shaped run in its text, lower-cased: the word before it, the words before it, the word
after it; and word lists written one string. :mod:`mcu_nlp.name_places`, :mod:`mcu_nlp.name_streets` and
:mod:`mcu_nlp.name_nouns` read a run's context with these.
"""

from __future__ import annotations

import re

from mcu_nlp.personal_data import RULES


def word_set(line: str) -> frozenset[str]:
    return frozenset(line.split())


#: The phrases after which a name is the person an appeal speaks for (:mod:`mcu_nlp.name_contacts`).
ON_BEHALF = re.compile(
    r"(?<![\w-])(?i:от\s{1,2}(?:имени|лица)|по\s{1,2}(?:просьбе|поручению)|в\s{1,2}интересах)\s{1,3}\Z"
)
#: Of ASK_FOR's words, those only a person follows, not a town (:func:`called_to`; session 49, a walkthrough: «звоните
#: Иванову» was left in clear as Иваново's dative)
REACH_WORDS = (
    r"(?:по|пере)?звон(?:ить|ите)|(?:обращаться|обращайтесь|обратиться|обратитесь)\s{1,2}к"
    r"|(?:связаться|свяжитесь)\s{1,2}с|контактное\s{1,2}лицо"
)
#: The words after which a name is whom to ask for, call or reach: the contact (:mod:`mcu_nlp.name_contacts`):
#: "спросить Машу", "позовите Петрову", "звоните Ольге", "обращаться к Ивану", "Контактное лицо: Светлана".
ASK_FOR = re.compile(
    rf"(?<![\w-])(?i:спр(?:осить|осите|ашивать|ашивайте)|позвать|позовите|{REACH_WORDS}|контакт)[\s:-]{{1,3}}\Z"
)
CALL_TO = re.compile(rf"(?<![\w-])(?i:{REACH_WORDS})[\s:-]{{1,3}}\Z")
#: Verbs of one person calling or coming (session 21): a name right after one is that person's («звонила Мальцева»,
#: «приходил петров иван»)
CALLED_BY = word_set(
    "звонил звонила звонит позвонил позвонила позвонит перезвонил перезвонила приходил приходила приходит "
    "заходил заходила обращалась обращался"
)
#: Verbs that report what a person writes or asks, and CALLED_BY: a surname alone right after one is that person's
#: («обращается Мальцева, дом 5», «пишет Иванова»), as after a role word
REPORTED_BY = (
    word_set(
        "пишет написал написала обращается обратился обратилась обращаюсь жалуется пожаловался пожаловалась "
        "сообщает сообщил сообщила просит попросил попросила"
    )
    | CALLED_BY
)
#: A number right after a word: a street's house number («пишет Ленина 5» names no one)
NUMBER_AFTER = re.compile(r"[ \t,]{0,3}\d")
#: The phone rules of :mod:`mcu_nlp.personal_data`: a number after a name that one of them takes is a contact's
PHONE_RULES = tuple(rule for rule in RULES if rule.kind == "PHONE")
WORD = re.compile(r"(?<![&\w-])[\w-]+")  # "(?<!&)": skip HTML entities such as &nbsp;
WORD_AFTER = re.compile(r"[\s.,]*([\w-]+)")


def house_number_after(text: str, stop: int) -> bool:
    """Whether a number right after ``stop`` (NUMBER_AFTER) may be a house's: not a phone, which a signature puts
    after a name («пишет Ленина 5» names no one; «звонила мальцева, 89181234567», «пишет кравченко сергей, 8918...»
    do: session 43).

    >>> [house_number_after(t, 5) for t in ("Ленин 5", "Ленин, 89181234567", "Ленин 8 (918) 123-45-67", "Ленин лиф")]
    [True, False, False, False]
    """
    number = NUMBER_AFTER.match(text, stop)
    if number is None:
        return False
    start = number.end() - 1
    return not any((phone := rule.pattern.match(text, start)) and rule.check(phone) for rule in PHONE_RULES)


def words_before(text: str, start: int) -> list[str]:
    """The lower-cased words of the 30 characters before ``start`` (the last word cut off if longer)."""
    return [word.lower() for word in WORD.findall(text[max(0, start - 30) : start].rstrip(" .,"))]


def word_before(text: str, start: int) -> str:
    words = words_before(text, start)
    return words[-1] if words else ""


def word_after(text: str, stop: int) -> str:
    tail = WORD_AFTER.match(text, stop, stop + 30)
    return tail[1].lower() if tail else ""


def asked_for(text: str, start: int) -> bool:
    """Whether «спросить», «позовите», «звоните», «обращаться к», «связаться с», «контактное лицо» stands right before
    ``start``."""
    return ASK_FOR.search(text, max(0, start - 30), start) is not None


def called_to(text: str, start: int) -> bool:
    """Whether one of ASK_FOR's words that only a person follows stands right before ``start``: «звоните»,
    «обратитесь к», «свяжитесь с», «контактное лицо» («звоните Иванову», «обратитесь к Королёву»: no one calls a town
    so; «спросите Москву» may ask a town).

    >>> [called_to(t, len(t)) for t in ("звоните ", "обратитесь к ", "спросите ")]
    [True, True, False]
    """
    return CALL_TO.search(text, max(0, start - 30), start) is not None


def on_behalf(text: str, start: int) -> bool:
    """Whether «от имени», «от лица», «по просьбе», «по поручению» or «в интересах» stands right before ``start``."""
    return ON_BEHALF.search(text, max(0, start - 30), start) is not None
