"""A first name or surname alone that its context ties to one person: the contact written beside a phone, the one
on whose behalf an appeal is written.

A first name alone is otherwise left in clear ("Иван шумит": who he is, not whom to reach; after a role word it is
that person's: :mod:`mcu_nlp.name_cued`, "Сосед Иван шумит"). Right after a phone, maybe in brackets or after a
comma or dash, it names whom to call ("8 912 345-67-89 (Маша)", "звоните 89123456789 Маша", "тел. 8-921-555-44-33,
Ольга"); so does one right before a phone ("Маша 89123456789", "Ольга, тел. 8-921-555-44-33"); in lower case too, a
first name that is no common noun (:func:`lowercase_contacts`: "тел 8-928-1234567 ольга", "шхаплоку зарема, т.
8988..."). After «спросить», «позовите», «звоните», «обращаться к», «связаться с», «контактное лицо» a first name or
surname alone is whom to ask for, wherever the phone is ("89123456789, спросить Машу", "позовите Петрову"; not a
town: "спросите Москву"). After «от имени», «от лица», «по просьбе», «по поручению», «в интересах» a first name or
surname alone names the person the writer speaks for ("пишу от имени Анны", "по просьбе Петровой"); «имени» there
names no place ("Обращаюсь от имени Ивана Петровича Сидорова", not "Сквер имени Анны Ахматовой"). A word in capitals
alone is none: in a text in capitals every word is ("ОТ ИМЕНИ ЖИЛЬЦОВ ДОМА": «Жильцов» is a surname too). A phone is
what :mod:`mcu_nlp.personal_data` masks as one, or one written in words (:mod:`mcu_nlp.phone_words`:
"... восемьдесят девять, Галина"). A word that is a first name and a place is the name beside a phone unless it
reads more likely as the place ("Лена", "Владимир" are names; "Алматы" a town) or a preposition of place or a river's
or bank's word stands before it ("живу на Лене, тел. ...", "река Лена, тел. ...", "на берегу Лены"); as likely a
place as a name ("Салават") is the name. After «по», «за», «через», «до», «у», «от», «с» it is the place only
beside a river's word ("сплав по Лене", "мост через Лену", "разлив у Лены"), a route's before «до», «от» ("билеты до
Владимира", "такси до Салавата", "автобус от Салавата"), or in a case only the place takes there ("через Владимир"):
"связь через Лену", "вопрос по Лене", "за Владимира", "до Лены", "подождите до Лены", "дозвониться до Лены", "ключи у
Лены", "от Владимира" are the person's.
:mod:`mcu_nlp.names` asks these of the words it found no name around, one :class:`PhoneWords` per text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.letters import VOWELS
from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import asked_for, called_to, on_behalf, word_before, word_set
from mcu_nlp.name_cued import common_noun, first_name
from mcu_nlp.name_places import street_word
from mcu_nlp.name_words import name_kinds
from mcu_nlp.personal_data import RULES
from mcu_nlp.phone_numbers import INLINE_SPACE
from mcu_nlp.phone_words import TOKEN as NUMBER_WORD
from mcu_nlp.phone_words import phone_word_spans

FIRST_OR_SURNAME = frozenset("NSs")
#: The horizontal spaces a phone's groups may be split by (phone_numbers.INLINE_SPACE: a no-break space, a thin one),
#: as between a phone and the name after it («тел 8-928-1234567\xa0Ольга»)
SPACE = f"[{INLINE_SPACE}]"
#: Between a phone and the name after it: spaces, a bracket, a comma or a dash ("89123456789 (Маша)", "..., Ольга").
AFTER_PHONE = re.compile(rf"(?<=\d){SPACE}{{0,2}}[,(:–—-]?{SPACE}{{0,2}}\(?\Z")
#: Between a name and the phone after it: a comma, colon or dash, maybe a phone word ("Ольга, тел. 8-921-...").
BEFORE_GAP = rf"\)?{SPACE}{{0,2}}[,:–—-]?{SPACE}{{0,2}}(?:(?i:тел|телефон|моб|т)\.?:?{SPACE}{{0,2}})?"
BEFORE_PHONE = re.compile(BEFORE_GAP + r"(?=[+\d(])")
#: The phone rules: the first digit of a phone opens one of their matches, its last digit ends one.
PHONE_RULES = tuple(rule for rule in RULES if rule.kind == "PHONE")
PHONE_START = frozenset("+(0123456789")
LONGEST_PHONE = 30  # characters: more than a phone the rules match takes ("+7 ( 912 ) 345 - 67 - 89": 24)
#: Between a phone written in words and the name after it («... восемьдесят девять, Галина»)
AFTER_PHONE_WORDS = re.compile(rf"(?<=\w){SPACE}{{0,2}}[,(:–—-]?{SPACE}{{0,2}}\(?\Z")
BEFORE_WORDS = re.compile(BEFORE_GAP)
#: A preposition of place or a river's or bank's word right before a word that may be a place or a first name: the
#: place («живу на Лене, тел. ...», «река Лена, тел. ...», «на берегу Лены»). Not «до», «у», «от», «с»
#: (:data:`PLACE_OR_PERSON`: «до Лены, тел. ...» is the place only with a route's or river's word near, «билеты до
#: Владимира», «такси до Салавата»; «подождите до Лены, тел. ...», «дозвониться до Лены» are the person's):
#: «ключи у Лены, тел. ...», «от Владимира, тел. ...» are the person's more often than the river's or town's; nor
#: «для», «к», «о»: a person's always.
PLACE_PREPOSITIONS = word_set(
    "в во на из под над около возле р река реки реке реку рекой "
    "берег берега берегу береге берегом берегов берегам берегами берегах"
)
#: Prepositions before a place as often as before a person («сплав по Лене», «связь через Лену»), and the cases they
#: take: a word there is the place only beside a river's word (:data:`RIVER_WORD`) or in a case the place takes and
#: the first name does not («через Владимир»; «через Владимира», «за Владимира» are the person's)
PLACE_OR_PERSON = {
    "по": frozenset({"datv", "loct", "accs"}),
    "за": frozenset({"accs", "ablt"}),
    "через": frozenset({"accs"}),
    "до": frozenset({"gent"}),
    "у": frozenset({"gent"}),
    "от": frozenset({"gent"}),
    "с": frozenset({"gent"}),  # «с Лены» from the river; «с Леной» with her
}
#: Those right before a word (and the spaces, maybe a comma, between)
PLACE_OR_PERSON_BEFORE = re.compile(r"(?<![\w-])(?i:по|за|через|до|у|от|с)[ \t,]{1,3}\Z")
#: A river's, bank's or crossing's word, lower case: «река», «берег», «сплав», «мост», «лёд», «переправа», «паром»
RIVER_WORD = re.compile(
    r"рек[аиеуо]|рекой|рек(?:ам|ами|ах)?|речк\w*|речн\w*|берег\w*|набережн\w*|побереж\w*|сплав\w*|мост\w*|л[её]д"
    r"|льд\w*|ледо\w+|ледян\w*|переправ\w*|паром\w*|лодк\w*|катер(?:а|у|ом|е|ы|ов|ами|ах)?|теплоход\w*"
    r"|(?:пере|при|до|по)?плы\w*|плава\w*|навигаци\w*|судоход\w*|паводк\w*|паводок|половод\w*|разлив\w*|пляж\w*"
    r"|рыбалк\w*|рыбач\w*|купа[лнт]\w*"
)
#: A route's word before «до», «от» («доехать до Салавата», «проезд до Салавата», «билеты до Владимира», «такси до
#: Салавата», «не ходит 112 до Салавата», «автобус от Лены»): the place, as a river's word is
ROUTE_WORD = re.compile(
    r"(?:до|при|по|от|у|вы|за|пере|про)?[её]х\w*|(?:до|при|вы|про|за|съ)?езж\w*|(?:до|при|вы|про|за|съ)?езд\w*"
    r"|добра\w*|добир\w*|дорог\w*|трасс\w*|автобус\w*|маршрут\w*|рейс\w*|электричк\w*|поезд\w*|км|километр\w*"
    r"|путь|пути|такси|билет\w*|(?:при|до|вы)?ход(?:ит|ят|ил[аи]?)|пешком|расстояни\w*"
)
#: The prepositions after which a route's word makes the word after the place
ROUTE_PREPOSITIONS = frozenset(("до", "от"))
#: The words before the preposition a river's word is looked for among: three, in the same sentence
NEAR_WORDS = re.compile(r"[А-Яа-яЁё]+")
SENTENCE_END = re.compile(r"[.!?;\n]")


class PhoneWords:
    """Where the phones written in words in one text start and where they stop, read at most once, when a first name
    beside a number word first asks: reading the whole text for each name was quadratic («Галина, восемь домов. »
    5,000 times: 158 s). One per text and call (:mod:`mcu_nlp.names` makes one in each call): no text outlives it.

    >>> PhoneWords("Галина, восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять").edges()
    (frozenset({8}), frozenset({88}))
    """

    __slots__ = ("_edges", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._edges: tuple[frozenset[int], frozenset[int]] | None = None

    def edges(self) -> tuple[frozenset[int], frozenset[int]]:
        if self._edges is None:
            spans = phone_word_spans(self.text)
            self._edges = frozenset(a for a, _ in spans), frozenset(b for _, b in spans)
        return self._edges


def contact(text: str, word: str, start: int, phones: PhoneWords | None = None) -> bool:
    """Whether ``word``, capitalised at ``start`` with no name around it, is a contact's or principal's name: a
    first name beside a phone, a first name or surname after «от имени» and the like. ``phones``: the text's
    :class:`PhoneWords`, shared by the words of one text (a new one if None).

    >>> [contact(t, "Лену", t.index("Лену")) for t in ("связь через Лену 89221234567", "мост через Лену 89221234567")]
    [True, False]
    """
    kinds = name_kinds(word)  # cached: the cheap checks first
    if not kinds & FIRST_OR_SURNAME or word.isupper():  # in capitals every word looks so: "ОТ ИМЕНИ ЖИЛЬЦОВ ДОМА"
        return False  # (Жильцов), "[PHONE] ИС 11-00"
    if on_behalf(text, start):
        return True
    if asked_for(text, start):  # "спросить Машу", "позовите Петрову": not a town ("спросите Москву")
        return called_to(text, start) or not _place(word)  # "звоните Иванову": a person, whom no town's name hides
    if "N" not in kinds:  # a surname alone beside a phone may be a street's: "Гагарина, 8 912 ..."
        return False
    before = word_before(text, start)
    if street_word(before) or _place(word) or (before in PLACE_PREPOSITIONS and _place(word, any_reading=True)):
        return False  # "ул. Мира, 8 912 ...", "сын в Алматы 8 (701) ...", "живу на Лене, тел. 8 912 ..."
    if before in PLACE_OR_PERSON and _place_after(text, word, start, before):
        return False  # "сплав по Лене, 8 912 ...", "через Владимир 8 912 ..."
    phones = phones if phones is not None else PhoneWords(text)
    return _after_phone(text, start, phones) or _before_phone(text, start + len(word), phones)


def _place_after(text: str, word: str, start: int, preposition: str) -> bool:
    """Whether ``word`` at ``start`` after «по», «за», «через», «до», «у», «от» or «с» (``preposition``) is the place:
    it reads as a place in a case the preposition takes and a river's word stands among the three words before the
    preposition in its sentence («сплав по Лене», «мост через Лену», «по льду через Лену», «разлив у Лены»), or a
    route's word before «до», «от» («доехать до Салавата»); or the word reads as a place in a case the preposition
    takes and as a first name in none («через Владимир»; not «через Лену», «за Владимира», «по Владимиру»,
    «дозвониться до Лены», «купались с Леной»: the person may be meant)."""
    if not _place(word, any_reading=True):
        return False
    lower, cases = word.lower(), PLACE_OR_PERSON[preposition]
    gap = PLACE_OR_PERSON_BEFORE.search(text, max(0, start - 10), start)
    if gap is not None and _case_of_place(lower, cases, any_name=True):
        words = _near_words(text, gap.start())
        if any(RIVER_WORD.fullmatch(near_word) for near_word in words):
            return True
        if preposition in ROUTE_PREPOSITIONS and any(ROUTE_WORD.fullmatch(near_word) for near_word in words):
            return True
    return _case_of_place(lower, cases)


def _near_words(text: str, stop: int) -> list[str]:
    """The three words before ``stop`` (where a preposition starts) in its sentence, lower case."""
    near = text[max(0, stop - 40) : stop]
    ends = list(SENTENCE_END.finditer(near))
    return [near_word.lower() for near_word in NEAR_WORDS.findall(near[ends[-1].end() :] if ends else near)][-3:]


@lru_cache(maxsize=2_000)
def _case_of_place(lower: str, cases: frozenset[str], any_name: bool = False) -> bool:
    """Whether pymorphy3 reads ``lower`` as a place in one of ``cases`` and as a first name in none of them
    (``any_name``: whatever its first-name readings).

    >>> [_case_of_place(w, frozenset({"accs"})) for w in ("владимир", "владимира", "лену")]
    [True, False, False]
    >>> [_case_of_place(w, frozenset({"gent"}), any_name=True) for w in ("лены", "леной")]
    [True, False]
    """
    parses = analyzer().parse(lower)
    place = any("Geox" in parse.tag and parse.tag.case in cases for parse in parses)
    return place and (any_name or not any("Name" in parse.tag and parse.tag.case in cases for parse in parses))


#: Where a number starts: a phone may
NUMBER_START = re.compile(r"(?<![\d+(])[+(]?\d")
#: A lower-case word right before a number (and what may stand between: :data:`BEFORE_GAP`): a name signed there
LOWER_BEFORE_NUMBER = re.compile(r"(?<![\w-])([а-яё]{3,}+)" + BEFORE_GAP + r"\Z")
#: A lower-case word and the spaces after it, right before a signed name
LOWER_WORD_BEFORE = re.compile(rf"(?<![\w-])([а-яё]{{3,}}){SPACE}{{1,2}}\Z")
#: A lower-case word right after a number (and what may stand between: :data:`AFTER_PHONE`): a contact's first name
#: signed after a phone (session 29: «тел 8-928-1234567 ольга»)
LOWER_AFTER_NUMBER = re.compile(rf"(?<=\d){SPACE}{{0,2}}[,(:–—-]?{SPACE}{{0,2}}\(?([а-яё]{{3,}})(?![\w-])")
#: Between a name and a phone that closes the text: spaces, maybe a comma, colon or dash and a phone's word
#: («... кв 15 Петренко тел 89281234567»), and after the phone what may close a text
CLOSING_PHONE_GAP = re.compile(rf"{SPACE}{{0,2}}[,:–—-]?{SPACE}{{0,2}}(?:(?i:тел|телефон|моб|т)\.?:?{SPACE}{{0,2}})?"
                               r"(?=[+\d(])")
PHONE_CLOSES = re.compile(rf"(?:{SPACE}|[.!\n]){{0,3}}\Z")


def lowercase_contacts(text: str) -> list[tuple[int, int]]:
    """(start, stop) of a first name in lower case signed right before a phone («..., зарема, т. 8988...»: pymorphy3
    knows it first as a first name, and no common noun: not «вода», «роза», «роман»), with a surname the dictionary
    lacks right before it («шхаплоку зарема, т. 8988...») or reads first as a surname («ковальчук сергей, 8918...»,
    session 43), or right after a phone («тел 8-928-1234567 ольга», «8 912 345-67-89 (зарема)»; session 29: as a
    capitalised one is, «тел ... Ольга», so also «тел. доверия 8-800-... ольга не брала»; not a common noun's, «вера»,
    «роман», «маша» (a «маша» after a phone stays: SECURITY.md), nor a word read more likely as a place, «алматы»).

    >>> text = "идите в суд. шхаплоку зарема, т. 89880001122; вода 89880001122"
    >>> [text[a:b] for a, b in lowercase_contacts(text)]
    ['шхаплоку зарема']
    >>> text = "тел 8-928-1234567 ольга; 89281234567 вера; 8 912 345-67-89 (маша); дом 5 ольга"
    >>> [text[a:b] for a, b in lowercase_contacts(text)]
    ['ольга']
    """
    found = _lowercase_after(text)
    for number in NUMBER_START.finditer(text):  # read back from each number: a regex over every word cost 5x more
        match = LOWER_BEFORE_NUMBER.search(text, max(0, number.start() - 30), number.start())
        if match is None:
            continue
        start, word = match.start(1), match[1]
        if not first_name(word) or common_noun(word):
            continue  # the cached word checks first: most words before a number are no first name («дом 5»)
        if not _phone_starts(text, match.end()):
            continue
        before = LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and (_surname_lacked(before[1]) or _surname_read_first(before[1])):
            start = before.start(1)
        found.append((start, match.end(1)))
    return found


def _lowercase_after(text: str) -> list[tuple[int, int]]:
    """(start, stop) of a first name in lower case right after a phone (:func:`lowercase_contacts`)."""
    found = []
    for match in LOWER_AFTER_NUMBER.finditer(text):
        word = match[1]
        if not first_name(word) or common_noun(word) or _place(word):
            continue  # the cached word checks first: most words after a number are no first name («5 этаж»)
        if _phone_ends(text, match.start()):
            found.append(match.span(1))
    return found


@lru_cache(maxsize=2_000)
def _surname_lacked(word: str) -> bool:
    """Whether a lower-case word before a signed first name is a surname the dictionary lacks: any word it lacks
    there (non-Russian surnames are the ones it lacks: «шхаплоку», «тлехасу»), with a vowel."""
    return not analyzer().word_is_known(word) and not VOWELS.isdisjoint(word)


@lru_cache(maxsize=2_000)
def _surname_read_first(word: str) -> bool:
    """Whether pymorphy3 reads a lower-case word before a signed first name first as a surname («ковальчук»,
    «кравченко», «петров»; not «бойко», «сосед», «мельник»): «ковальчук сергей, 8918...» left the surname in clear
    (session 43).

    >>> [_surname_read_first(w) for w in ("ковальчук", "кравченко", "бойко", "сосед", "мельник")]
    [True, True, False, False, False]
    """
    return "Surn" in analyzer().parse(word)[0].tag


def _after_phone(text: str, start: int, phones: PhoneWords) -> bool:
    gap = AFTER_PHONE.search(text, max(0, start - 8), start)
    if gap is not None and _phone_ends(text, gap.start()):
        return True
    gap = AFTER_PHONE_WORDS.search(text, max(0, start - 8), start)  # «... восемьдесят девять, Галина»
    if gap is None or not any(m.end() == gap.start() for m in NUMBER_WORD.finditer(text, max(0, gap.start() - 14),
                                                                                   gap.start())):
        return False  # the cheap check first: a number word ends there
    return gap.start() in phones.edges()[1]


def _before_phone(text: str, stop: int, phones: PhoneWords) -> bool:
    gap = BEFORE_PHONE.match(text, stop, stop + 16)
    if gap is not None and _phone_starts(text, gap.end()):
        return True
    gap = BEFORE_WORDS.match(text, stop, stop + 16)  # «Галина, восемь девятьсот ...»
    if gap is None or NUMBER_WORD.match(text, gap.end()) is None:
        return False  # the cheap check first: a number word starts there
    return gap.end() in phones.edges()[0]


def _phone_ends(text: str, stop: int) -> bool:
    """Whether a phone ends at ``stop``: one starts at a digit, "+" or "(" not right after a digit shortly before."""
    for start in range(max(0, stop - LONGEST_PHONE), stop):
        opens = text[start] in PHONE_START and (start == 0 or not text[start - 1].isdigit())
        if opens and _phone_at(text, start) == stop:
            return True
    return False


def _phone_starts(text: str, start: int) -> bool:
    return _phone_at(text, start) > 0


def closing_phone(text: str, stop: int) -> bool:
    """Whether a phone, maybe after a comma and a phone's word, follows ``stop`` and closes the text (a signature's
    surname before it, «... кв 15 Петренко тел 89281234567»: :mod:`mcu_nlp.names`).

    >>> [closing_phone(t, 8) for t in ("Петренко тел 89281234567", "Петренко 8-928-123-45-67.", "Петренко 5 раз")]
    [True, True, False]
    """
    gap = CLOSING_PHONE_GAP.match(text, stop)
    end = _phone_at(text, gap.end()) if gap is not None else -1
    return end > 0 and PHONE_CLOSES.match(text, end) is not None


def _phone_at(text: str, start: int) -> int:
    """Where the phone starting at ``start`` ends, or -1 if none starts there."""
    for rule in PHONE_RULES:
        match = rule.pattern.match(text, start)
        if match and rule.check(match):
            return match.end()
    return -1


@lru_cache(maxsize=2_000)
def _place(word: str, any_reading: bool = False) -> bool:
    """Whether pymorphy3 reads ``word`` more likely as a place than as a first name, by its readings' scores summed
    and by its best reading's both: "Алматы" (a first name and the town), "Ярославль", "Москву"; not "Лена", "Лену",
    "Владимир" (a river, a town: the first name weighs more), nor "Салават" (a town and a name, each reading a third:
    the sum counted the town's nominative and accusative, one form, twice). ``any_reading``: whether it reads so at
    all.

    >>> [_place(w) for w in ("Алматы", "Москву", "Лена", "Лену", "Владимир", "Салават")]
    [True, True, False, False, False, False]
    >>> _place("Лене", any_reading=True)
    True
    """
    parses = analyzer().parse(word.lower())
    place = [parse.score for parse in parses if "Geox" in parse.tag]
    if any_reading:
        return bool(place)
    name = [parse.score for parse in parses if "Name" in parse.tag] or [0.0]
    return bool(place) and sum(place) > sum(name) and max(place) > max(name)
