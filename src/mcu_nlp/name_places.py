"""Whether a name-shaped run of words is a place named after a person.

A run right after a street or place word ("ул. Софьи Ковалевской", "пл. Александра Невского"; a long street word
with one typo too: "по удице Карла Маркса") is a place, not a person; so is one right before a place word or a house
number, as :mod:`mcu_nlp.name_streets` says ("Невский район", "Юрия Гагарина 37"), and a first name with a word the
dictionary lacks or reads first as another word after "на", "по", "в районе" ("на Жака Дюкло", "по Ивана Черных").
A place word's reading ends at a sentence's end and takes no person's full name (:mod:`mcu_nlp.name_place_reach`:
"Вонь на всю улицу. Сидоренко Галина Петровна", "улицу Кравченко Николай", "ул. Сидоренко Г.П.").
:mod:`mcu_nlp.names` finds the runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mcu_nlp.edits import one_edit
from mcu_nlp.morphology import analyzer
from mcu_nlp.name_context import WORD, on_behalf, word_after, word_before, word_set, words_before
from mcu_nlp.name_place_reach import full_name, sentence_between
from mcu_nlp.name_streets import STREET_AFTER, house_number, name_readings, place_after, street_before_number
from mcu_nlp.name_words import NOUN_SURNAME, SHAPES, TENTATIVE
from mcu_nlp.street_words import street_words

#: The words of a street or a square as the head of its name («улица Семьи Шамшиных»; :mod:`mcu_nlp.name_families`)
#: (:mod:`mcu_nlp.street_words`: nominative, genitive, «улице»; not «пркт», «бул», kept from the list's first form)
STREETS = street_words(
    ("улица", "проспект", "переулок", "площадь", "набережная", "бульвар", "аллея", "проезд", "сквер"), ("nom", "gen"),
    abbreviated=True,
) - {"пркт", "бул"} | {"улице"}
#: A house of worship, by lemma: it is named after the saint or the man it honours, in the genitive («у храма Иоанна
#: Кронштадтского», «Мечеть Хаджи Магомеда», «зиярат Шейха Абдуллы»: no one owns one); a name in another case after it
#: is a person's («Настоятель храма Иван Петров», «Имам мечети Магомед Алиев просит»; session 32)
WORSHIP = word_set("храм часовня церковь собор мечеть зиярат зиярата зиярате зиярату зияратом")
#: The words of a monument or a church as the head of its name («у храма Иоанна Кронштадтского», «памятник семье ...»)
MONUMENTS = word_set("памятник памятника храм храма часовня часовни церковь церкви собор собора мечеть мечети зиярат "
                     "зиярата")
#: A name right after one of these is a street, square, station, institution, housing estate (ЖК) or church named
#: after someone ("ЖК Георг Ландрин", "у храма Иоанна Кронштадтского").
#: (:mod:`mcu_nlp.street_words`: STREETS' types and «шоссе» in every case; not «пркт», «бул», «сквером», as first)
PLACE_BEFORE = (
    STREETS
    | MONUMENTS
    | street_words(
        ("улица", "проспект", "переулок", "площадь", "набережная", "бульвар", "аллея", "проезд", "сквер", "шоссе"),
        abbreviated=True,
    )
    - word_set("пркт бул сквером")
    | word_set(
        "им имени м метро ст станция станции мост моста мосту мостом мосте скверик парк парка сад сада пос поселок "
        "посёлок поселка посёлка поселке посёлке г город жк храме храму храмом часовне часовню часовней церковью "
        "соборе собору собором мечетью зиярате зиярату зияратом маршала генерала адмирала академика героя святого св"
    )
)
#: Words after which a place bears a person's whole name, patronymic too ("им. Павлова Ивана Петровича").
NAMED_AFTER = word_set("им имени памятник памятника героя маршала генерала адмирала академика святого св")
#: «им.» / «имени» (a dedication), followed by the name in the genitive: «школа им. Пушкина», «ул. им. Петрова
#: Ивана Сергеевича»; a name word in another case only after it names a person («спасибо им Петров Иван
#: Сергеевич», «спасибо им Смирнов П.А.», «спасибо им Смирнову Петру»: «им» = to them).
DEDICATED = word_set("им имени")
#: Words after which «им» is "to them", not «имени»: a name after them is a person's in any case («спасибо им
#: Иванова А.А.», «благодарны им Смирнова»; a verb does the same: «помогла им Иванова А.А.»)
THANKS = word_set("спасибо спасиба спс благодарность благодарю благодарим благодарны благодарна благодарен "
                  "признательны признательна признателен поклон")
#: The kinds of name word whose case tells a dedication from a person (not initials, nor unknown words), their
#: readings' grammemes, and the genitive's cases
NAME_KINDS = frozenset("SNP")
NAME_TAGS = frozenset(("Surn", "Name", "Patr"))
GENITIVE = frozenset(("gent", "gen1", "gen2"))
VERBS = frozenset(("VERB", "INFN"))
#: What a dedication names: an institution («школа», «МТО», «СОШ»)
NAMED_HEADS = frozenset(("NOUN", "UNKN"))
#: «им» with no full stop right before a word («им.» is «имени»)
IM_BEFORE = re.compile(r"(?<![\w.-])(?i:им)[ \t]{1,2}\Z")
#: A name anywhere in the capitalised or quoted name after one of these is the place's name: "ЖК Северная Долина
#: Иван", "у храма Святителя Николая Чудотворца", "ЖК «Новая Охта Анна»".
NAMED_PLACE = re.compile(
    r"(?<![\w-])(?P<head>(?i:жк|храм[а-я]{0,2}|часовн[а-я]{1,2}|церк[а-я]{2,4}|собор[а-я]{0,2}|мечет[а-я]{1,2}"
    r"|зиярат[а-я]{0,2}))\s{1,3}[«\"„“]?"
    r"(?:[А-ЯЁ][а-яёА-ЯЁ-]*[\s»\"“”]{1,3})+\Z"
)
#: Street words long enough to be recognised with one typo ("по удице Карла Маркса"); short ones ("ул", "пр")
#: are one letter away from too many words.
PLACE_BEFORE_TYPO = tuple(word for word in PLACE_BEFORE if len(word) >= 5 and "-" not in word)
#: A settlement's type, shortened to one capital, before its name: "Г. Курчатов, ул. Гайдара", "П. ПАРГОЛОВО, УЛ.
#: ЗАРЕЧНАЯ", "С. АЖОВО УЛ. СЕЛЕЦКАЯ" (город, посёлок, село, деревня), read as an initial and a surname.
SETTLEMENT_INITIALS = frozenset(("Г.", "П.", "С.", "Д."))
#: "г." after a number is a year, not a town: "в 2019 г. Р.Н. Иванову", "2019г. Иванов Иван"
YEAR_BEFORE = re.compile(r"\d\s{0,2}г\.?\s{0,2}\Z")
#: Two initials closing a name just before the run: its last letter is no town's or metro's type («Гончарова В.Г.,
#: Кутепова Т.В.»: «г» there is no «г. Кутепова»)
INITIALS_BEFORE = re.compile(r"[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.[ \t]{0,2}[,;]?\s{0,2}\Z")
#: Initials that are St Petersburg districts, not people: Петроградская сторона, Васильевский остров, when they
#: follow a street's adjective ("Зверинская П.С."), not a surname ("Сидоров П.С.", "П. С. Сидоров").
DISTRICT_INITIALS = frozenset(("П.С.", "В.О."))
STREET_ADJECTIVE = re.compile(r"(?:ая|яя|ий|ый|ой)$")
#: "Жалоба от Смирнова": "от" names a person only after one of these (else "от Луначарского до ...").
SENT_BY = word_set("жалоба жалобу заявление обращение письмо претензия")
#: A first name with an unknown surname after one of these is a street ("у дома на Жака Дюкло", "по Рихарда Зорге",
#: "в районе Ольги Форш"), unless a complaint word stands before "на" ("жалоба на Игоря Куцака").
STREET_CONTEXT = word_set("на по районе района")
#: "от Ивана Черных до Ленина": a route between streets, when a street or a capitalised word follows "до".
#: (session 24) A crossing's words: two streets' names follow in the genitive, the second after «и» («на пересечении
#: Покровской и Льва Яшина», «угол Ленина и Карла Маркса», «на перекрёстке улиц Мира и Юрия Гагарина»)
CROSSING = word_set(
    "пересечение пересечении пересечения пересечению перекресток перекрёсток перекрестке перекрёстке перекрестка "
    "перекрёстка перекрестку перекрёстку угол углу угла"
)
#: The words that may stand between a crossing's word and a street's name: «улиц», a street's word, «и»
CROSSING_GAP = word_set("и улиц ул пр пер проспектов")
#: The street words among them: after one, the run is a street whatever its place among the crossing's two
CROSSING_STREETS = CROSSING_GAP - word_set("и")
#: «и» and the second street's one capitalised word after the first street ("Льва Яшина и Покровской"), no second
#: capitalised word after it («и Петра Иванова» may be a person)
CROSSING_SECOND = re.compile(r"\s{1,2}и\s{1,2}[А-ЯЁ][а-яё-]+(?![\w-]|\s{1,2}[А-ЯЁ]|\.?\s{0,2}[А-ЯЁ]\.)")
#: A sentence's end before a run: «!», «?», a line break, or a dot and spaces before a capital (the run's own first)
CROSSING_SENTENCE = re.compile(r"[!?\n]|\.\s+(?=[А-ЯЁ])")
CROSSING_WINDOW = 60  # characters back from a run where its crossing's word is looked for, within the sentence
#: A street's word, one or two capitalised words (its name) and «и» right before a run: the run may be a second street
SECOND_STREET = re.compile(
    r"(?<![А-ЯЁа-яё-])(?P<word>[А-ЯЁа-яё-]+)\.?[ \t]{1,2}(?:[А-ЯЁ][а-яё-]+[ \t]{1,2}){1,2}и[ \t]{1,2}\Z"
)
ROUTE_FROM = word_set("от с со")
ROUTE_TO = re.compile(r"[\s,]{1,3}до\s{1,2}(?:[А-ЯЁ]|(?:ул|улицы|пр|проспекта|пер|площади|дома|перекр[её]стка)\b)")


def street_word(word: str) -> bool:
    """A street or place word, or a word the dictionary lacks one typo away from a long one ("удице", "пооспект");
    a real word stays itself ("в лице Иванова И.И." is a person).

    >>> street_word("ул"), street_word("удице"), street_word("улцие"), street_word("лице")
    (True, True, True, False)
    """
    if word in PLACE_BEFORE:
        return True
    if len(word) < 5 or not any(one_edit(word, street) for street in PLACE_BEFORE_TYPO):
        return False
    return not analyzer().word_is_known(word)


def is_place(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether the name-shaped ``run`` of capitalised words (of ``kinds``) is a place named after a person."""
    start, stop = run[0].start(), run[-1].end()
    before = word_before(text, start)
    if street_word(before) and not YEAR_BEFORE.search(text, max(0, start - 12), start) \
            and not INITIALS_BEFORE.search(text, max(0, start - 12), start) and not _beyond_reach(text, run, kinds):
        # «им.» takes the genitive («им. Петрова Ивана Сергеевича»): «им Петров Иван Сергеевич» is one, unless «им.»
        # follows a street or an institution («Улица им. Шота Руставели»: an indeclinable first name)
        if before in DEDICATED and (to_them(text, start) or (_not_genitive(run, kinds) and not _headed(text, start))):
            return False
        if _worship(before) and _not_genitive(run, kinds):
            return False  # «Настоятель храма Иван Петров»: a person's name is in the nominative
        return not on_behalf(text, start)  # "от имени Ивана Петрова" writes for him: no place named after him
    if "".join(m.group() for m in run if m.group().endswith(".")) in DISTRICT_INITIALS and _after_street(run):
        return True
    if any("P" in k for k in kinds):  # streets are not named with a patronymic; "..., проспект Дружбы" follows a person
        return False
    named = NAMED_PLACE.search(text, max(0, start - 60), start) if all("I" not in k for k in kinds) else None
    if named and not (_worship(named["head"].lower()) and _not_genitive(run, kinds)):
        return True  # «у храма Святителя Николая», not «В мечети Хаджи Магомед Омаров сказал»
    tentative = any(k & (TENTATIVE | NOUN_SURNAME) for k in kinds)
    if (tentative or _beside_first_name_only(kinds)) and _street_context(text, start, stop):
        return True
    if _street_of_two(text, run, kinds):  # «по Магомеда Гаджиева яма», «На Расула Гамзатова нет воды»
        return True
    if _crossing(text, start, stop) and not _not_genitive(run, kinds):  # «на пересечении Покровской и Льва Яшина»
        return True
    if _second_street(text, start) and not _not_genitive(run, kinds):  # «ул. Карла Маркса и Льва Яшина»
        return True
    if place_after(text, run, kinds) or (_settlement(run, kinds) and word_after(text, stop) in STREET_AFTER):
        return True
    if _town(run):
        return True
    return "I" not in kinds[-1] and house_number(text, stop) and street_before_number(text, run, kinds)


def _beyond_reach(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether the ``run`` after a place word is beyond its reach (:mod:`mcu_nlp.name_place_reach`): a sentence ends
    between them («Вонь на всю улицу. Сидоренко Галина Петровна»), or the run is a person's full name («улицу
    Кравченко Николай», «ул. Сидоренко Г.П.»; not after a word that names a place with a whole name: «им.»,
    «маршала»)."""
    start = run[0].start()
    return sentence_between(text, start) or (
        word_before(text, start) not in NAMED_AFTER and full_name(text, run, kinds))


@lru_cache(maxsize=2_000)
def _worship(word: str) -> bool:
    """Whether the lower-case ``word`` is a house of worship's word in any case (WORSHIP): «храма», «мечети»."""
    return word in WORSHIP or any(p.normal_form in WORSHIP for p in analyzer().parse(word))


def to_them(text: str, start: int) -> bool:
    """Whether «им» right before ``start`` is the pronoun "to them": after a thanks word or a verb («спасибо им»,
    «помогли им»; not «школа им.», «ул. им.»)."""
    words = words_before(text, start)
    return len(words) > 1 and words[-1] == "им" and (words[-2] in THANKS or _pos(words[-2]) in VERBS)


def person_after_im(text: str, match: re.Match[str], kind: frozenset[str]) -> bool:
    """Whether a surname alone (of ``kind``) after «им» is a person: «им» is "to them" (:func:`to_them`: «спасибо им
    Смирнова»), or written without a full stop after no noun, abbreviation or number, before a surname not in the
    genitive («им Смирнов сказал», «вчера им Смирнову»); «школа им. Смирнова», «академия МТО им. Хрулёва» and «МТО им
    Хрулёва» (a surname the dictionary reads as a nominative name) stay."""
    start = match.start()
    if house_number(text, match.end()):  # a street: «отдайте им Ленина 5»
        return False
    if to_them(text, start):
        return True
    if not IM_BEFORE.search(text, max(0, start - 6), start):
        return False
    return not _headed(text, start) and _not_genitive([match], [kind])


def _headed(text: str, start: int) -> bool:
    """Whether «им» before ``start`` follows a noun, an abbreviation or a number: what it is named after
    («Улица им.», «МТО им», «СОШ 5 им»)."""
    words = words_before(text, start)
    head = words[-2] if len(words) > 1 else ""
    return head[:1].isdigit() or _pos(head) in NAMED_HEADS


@lru_cache(maxsize=2_000)
def _pos(word: str) -> str:
    """The part of speech of pymorphy3's first reading of ``word`` ("UNKN" for a word it does not know, "" for none)."""
    if not word:
        return ""
    return analyzer().parse(word)[0].tag.POS or "UNKN"


def _not_genitive(run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether a surname, first name or patronymic of the ``run`` has no genitive reading as one: "Смирнов П.А.",
    "Смирнов Петр", "Смирнову Петру Алексеевичу", "Петров Иван Сергеевич" (not "Пушкина А.С.", "Петрова Ивана",
    "Рашитовны"). A first name's genitive plural is no reading here («Сидоров», «Петр»: "of the Сидоры, Петры")."""
    for match, kind in zip(run, kinds):
        if not kind & NAME_KINDS:
            continue
        readings = [p.tag for p in analyzer().parse(match.group().lower()) if NAME_TAGS & p.tag.grammemes]
        if readings and not any(tag.case in GENITIVE and not ("Name" in tag and tag.number == "plur")
                                for tag in readings):
            return True
    return False


def _settlement(run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether the ``run`` opens with a settlement's type shortened to one capital, its only initial: "Г. Курчатов"."""
    return run[0].group() in SETTLEMENT_INITIALS and sum("I" in k for k in kinds) == 1


def _town(run: list[re.Match[str]]) -> bool:
    """Whether the ``run`` is «Г.» (город) before a word the dictionary knows as a town: "Г. Курчатов, нет воды",
    "Г. ПУШКИН"; "Г. Иванов" stays a person."""
    if len(run) != 2 or run[0].group() != "Г.":
        return False
    return any("Geox" in parse.tag for parse in analyzer().parse(run[1].group().lower()))


def _after_street(run: list[re.Match[str]]) -> bool:
    """Whether district initials close the ``run`` after a street's adjective: "Зверинская П.С." is a place,
    "Сидоров П.С." and "П. С. Сидоров" are people."""
    words = [m.group() for m in run if not m.group().endswith(".")]
    return bool(words) and run[-1].group().endswith(".") and STREET_ADJECTIVE.search(words[-1].lower()) is not None


def _beside_first_name_only(kinds: list[frozenset[str]]) -> bool:
    """Whether the run is a name only as a word with a surname reading beside a sure first name ("Ивана Черных":
    «черных» is an adjective first), which a street named after a person also is."""
    return not any(shape(kinds) for shape in SHAPES[:-1])


def _crossing(text: str, start: int, stop: int) -> bool:
    """Whether the run at ``text[start:stop]`` is one of two streets a crossing's word (``CROSSING``) joins, in its
    sentence: the second after the first street's one capitalised word and «и» («на пересечении Покровской и Льва
    Яшина»), the first before «и» and the second's one capitalised word («угол Льва Яшина и Покровской»), or any after
    «улиц» or a street's word («на перекрёстке улиц Мира и Юрия Гагарина»). A name alone after the crossing's word is
    a person's («На перекрёстке Ивана Петрова сбила машина», «На углу Андрея Смирнова ждали двое»), as is one beside
    another two-word name («на углу Андрея Смирнова и Петра Иванова»). The run must be in the genitive (the caller
    checks), as a crossing's streets are.

    >>> _crossing("на пересечении Покровской и Льва Яшина", 28, 38), _crossing("угол Льва Яшина и Покровской", 5, 15)
    (True, True)
    >>> _crossing("на углу Льва Яшина", 8, 18), _crossing("на перекрёстке водитель Ивана Петрова", 24, 37)
    (False, False)
    >>> _crossing("угол дома. Льва Яшина", 11, 21), _crossing("Авария на перекрёстке. Ивана Петрова и Мира", 23, 36)
    (False, False)
    """
    # the run's own first letter closes the slice, so that «. » before a capital ends the sentence there
    before = CROSSING_SENTENCE.split(text[max(0, start - CROSSING_WINDOW) : start + 1])[-1][:-1]
    found = list(WORD.finditer(before))
    words = [w.group().lower() for w in found]
    for k in range(len(words) - 1, -1, -1):
        if words[k] not in CROSSING:
            continue
        gap = found[k + 1 :]
        names = [w for w in gap if w.group().lower() not in CROSSING_GAP]
        if any(w.group().lower() in CROSSING_STREETS for w in gap):  # «улиц Мира и», «улиц»
            return len(names) <= 1 and gap[-1].group().lower() in CROSSING_GAP
        if not gap:  # the first of two streets: «и» and the second's one capitalised word follow, or a hyphen
            return CROSSING_SECOND.match(text, stop) is not None or _hyphened_streets(text[start:stop])
        # the second: the first's one capitalised word, then «и»
        return len(gap) == 2 and len(names) == 1 and names[0].group()[:1].isupper() and gap[-1].group().lower() == "и"
    return False


def _second_street(text: str, start: int) -> bool:
    """Whether the run at ``start`` follows «и» after a street's word and one or two capitalised words, in its line:
    a second street named after a person («ул. Карла Маркса и Льва Яшина», «пр. Мира и Юрия Гагарина»; session 25).
    The caller checks the run is in the genitive, as such a street's name is: «ул. Мира и Анна Петрова» is a person.

    >>> _second_street("ул. Карла Маркса и Льва Яшина", 19), _second_street("Карла Маркса и Льва Яшина", 15)
    (True, False)
    """
    before = SECOND_STREET.search(text, max(0, start - CROSSING_WINDOW), start)
    return before is not None and street_word(before["word"].lower())


def _hyphened_streets(run: str) -> bool:
    """Whether the ``run``'s first word is two streets' names joined by a hyphen, the second opening with a first name:
    «Ломакина-Карла Маркса» (a crossing's); not a double surname («Петрова-Водкина»).

    >>> _hyphened_streets("Ломакина-Карла Маркса"), _hyphened_streets("Ивана Петрова-Водкина")
    (True, False)
    """
    first, _, second = run.split(" ")[0].partition("-")
    if not first or not second[:1].isupper():
        return False
    return any("Name" in p.tag for p in analyzer().parse(second.lower())) and not any(
        "Name" in p.tag for p in analyzer().parse(first.lower())
    )


#: «по» and «в районе» before a first name and a surname in the genitive: a street's («по Магомеда Гаджиева»; a
#: person after «по» is in the dative, «по Магомеду»)
STREET_OF_TWO = word_set("по районе района")
#: What one deals with something about, right before «по»: a first name and a surname in the genitive closing the
#: sentence after it are the person it is about, the dative misspelt («Прошу принять меры по Сергея Иванова»,
#: «разберитесь по Шамиля Алиева»; session 32: read as a street), not a street with its house or its problem after
#: it («меры по Магомеда Гаджиева 15», «меры по Магомеда Гаджиева, нет воды»)
DEALT_WITH = word_set("меры мер мерам вопрос вопросу вопросы проверка проверку проверки разбирательство информация "
                      "информацию решение ответ разобраться разберитесь")
#: The end of a sentence, or of the text, right after a run
SENTENCE_CLOSED = re.compile(r"[ \t]*(?:\Z|[.!?\n])")
#: «нет» after a street named by a first name and a surname after «на», before what a street lacks: a utility or its
#: surface («На Магомеда Гаджиева нет воды», «на Шамиля Алиева третий день нет света»); «нет управы», «нет сил», «нет
#: реакции» after «на» say what a person does or gets (session 31's review: those were left in clear)
LACKING = word_set("нет нету")
#: What a street lacks after «нет», in the genitive, maybe after an adjective («нет горячей воды», «нет уличного
#: освещения»)
UTILITIES = word_set(
    "воды света газа отопления тепла электричества электроэнергии освещения канализации водоснабжения водоотведения "
    "газоснабжения электроснабжения теплоснабжения асфальта связи интернета напора давления дороги тротуара"
)
#: Nouns right after such a run that go with a person after «на», not a street: what is filed against, owed by or
#: registered to someone («на Шамиля Алиева жалоба», «на Ивана Петрова долг», «на Ивана Петрова квартира»)
PERSONS_THINGS = word_set(
    "жалоба жалобы заявление заявления обращение донос доносы претензия претензии иск рапорт анонимка управа управы "
    "долг долги задолженность штраф штрафы пени кредит кредиты ипотека алименты дело протокол акт ордер справка "
    "доверенность документы договор счет счёт квартира дом машина автомобиль участок имущество наследство собственность"
)
#: The words read after such a run for «нет» or a problem's noun, within its clause: in lower case, or in capitals
#: («на МАГОМЕДА ГАДЖИЕВА НЕТ ВОДЫ», a text in capitals; session 32: it was masked as a name)
PROBLEM_WORDS = re.compile(r"[ \t]{1,2}([а-яё]+|[А-ЯЁ]+(?![а-яё]))")
PROBLEM_WINDOW = 4
#: Parts of speech that say what someone does: one before «на» in its clause («Я работаю на Ивана Петрова», «хочу
#: пожаловаться на ...») or after the run («На Шамиля Алиева напали», «... не вывозят мусор») makes the run a person
#: as likely, kept masked
PERSON_VERBS = frozenset(("VERB", "INFN", "PRTS", "GRND", "PRTF"))
#: The clause before «на»: the text after the last mark that ends one
CLAUSE_BEFORE = re.compile(r"[^.!?;:,()\n]{0,60}\Z")


def _street_of_two(text: str, run: list[re.Match[str]], kinds: list[frozenset[str]]) -> bool:
    """Whether a first name and a surname, both in the genitive singular of one gender, name a street with no street's
    word: after «по» or «в районе» («по Магомеда Гаджиева яма»; not after «меры по» closing the sentence, DEALT_WITH:
    «Прошу принять меры по Сергея Иванова»), or after «на» with no verb before it in its clause and
    a problem's phrase after it (:func:`_problem_after`: «На Магомеда Гаджиева нет воды», «на Расула Гамзатова яма»,
    «на Юсупа Акаева опять нет света»). In Махачкала most streets carry a person's first name and surname, and
    residents drop «ул.» (session 31: the street was masked as a name). A person after «на» is the object of a verb or
    a complaint («жалоба на Магомеда Гаджиева», «Я работаю на Ивана Петрова», «На Шамиля Алиева напали»), of what he
    lacks or is owed («на Ивана Петрова нет управы», «на Ивана Петрова долг»): kept masked, as is any such run before
    a verb («На Магомеда Гаджиева не вывозят мусор»), when in doubt.

    >>> text = "На Магомеда Гаджиева нет воды, жалоба на Магомеда Гаджиева, по Юсупа Акаева яма"
    >>> import re
    >>> from mcu_nlp.name_words import name_kinds
    >>> words = list(re.finditer("[А-ЯЁ][а-яё]+", text))[1:]
    >>> pairs = (words[0:2], words[2:4], words[4:6])
    >>> [_street_of_two(text, pair, [name_kinds(w.group()) for w in pair]) for pair in pairs]
    [True, False, True]
    """
    if len(run) != 2 or "N" not in kinds[0] or "S" not in kinds[1]:
        return False
    if run[0].group().isupper() != run[1].group().isupper():
        return False
    words = words_before(text, run[0].start())
    before = words[-1] if words else ""
    if before not in STREET_OF_TWO and before != "на":
        return False
    if len(words) > 1 and words[-2] in SENT_BY:  # «жалоба на», «жалоба по» someone's
        return False
    if not _genitive_pair(run[0].group().lower(), run[1].group().lower()):
        return False
    if before != "на":  # «по» or «в районе»
        closed = SENTENCE_CLOSED.match(text, run[-1].end()) is not None
        return not (before == "по" and len(words) > 1 and words[-2] in DEALT_WITH and closed)
    return not _verb_before(text, run[0].start()) and _problem_after(text, run[-1].end())


def _verb_before(text: str, start: int) -> bool:
    """Whether a verb's form stands in the clause before «на» and the name at ``start`` («Я работаю на», «хочу
    пожаловаться на»: someone does something to or for a person)."""
    clause = CLAUSE_BEFORE.search(text, max(0, start - 60), start)
    return clause is not None and any(_pos(word.lower()) in PERSON_VERBS for word in WORD.findall(clause.group()))


@lru_cache(maxsize=2_000)
def _genitive_pair(name: str, surname: str) -> bool:
    """Whether a first name and a surname both read in the genitive singular, of one gender: «магомеда гаджиева»,
    «анны ахматовой», «гаджи ахмедова» (a name that does not decline); not «анну петрову», nor «анне петровой» (the
    dative: a declining name's undeclined reading, «Анне», counts for none).

    >>> _genitive_pair("магомеда", "гаджиева"), _genitive_pair("гаджи", "ахмедова"), _genitive_pair("анне", "петровой")
    (True, True, False)
    """
    readings = [tag for tag in name_readings(name) if "Name" in tag]
    names = [tag for tag in readings if tag.case == "gent" and tag.number == "sing"]
    surnames = [p.tag for p in analyzer().parse(surname)
                if "Surn" in p.tag and p.tag.case == "gent" and p.tag.number == "sing"]
    return any(a.gender == b.gender or "ms-f" in a or "ms-f" in b for a in names for b in surnames)


def _problem_after(text: str, stop: int) -> bool:
    """Whether a street's problem follows ``stop`` in its clause, before any verb: «нет» among the next words and then
    a utility (UTILITIES, maybe after an adjective: «нет воды», «третий день нет горячей воды»), or a thing's noun in
    the nominative right after that goes with no person (not PERSONS_THINGS) and no verb after it («яма», «прорыв
    трубы»; not «жалоба», «долг», «лужа стоит»).

    >>> [_problem_after(t, 0) for t in (" нет воды", " опять нет горячей воды", " нет управы", " яма", " долг")]
    [True, True, False, True, False]
    """
    at, thing = stop, False
    for count in range(PROBLEM_WINDOW):
        word = PROBLEM_WORDS.match(text, at)
        if word is None:
            return thing
        lower = word[1].lower()
        if lower in LACKING and not thing:
            return _utility_after(text, word.end())
        tag = analyzer().parse(lower)[0].tag
        if tag.POS in PERSON_VERBS or lower == "не":
            return False
        if count == 0:
            thing = tag.POS == "NOUN" and "inan" in tag and tag.case == "nomn" and lower not in PERSONS_THINGS
        at = word.end()
    return thing


def _utility_after(text: str, stop: int) -> bool:
    """Whether a utility (UTILITIES) follows «нет» ending at ``stop``, maybe after an adjective: «воды», «горячей
    воды»."""
    for count in range(2):
        word = PROBLEM_WORDS.match(text, stop)
        if word is None:
            return False
        lower = word[1].lower()
        if lower in UTILITIES:
            return True
        if count or _pos(lower) != "ADJF":
            return False
        stop = word.end()
    return False


def _street_context(text: str, start: int, stop: int) -> bool:
    """Whether the words around ``text[start:stop]`` put a street there: "на", "по", "в районе" before it (not
    "жалоба на"), or "от" before and "до" a street after ("от Ивана Черных до Ленина")."""
    words = words_before(text, start)
    before = words[-1] if words else ""
    if before in ROUTE_FROM and ROUTE_TO.match(text, stop):
        return True
    return before in STREET_CONTEXT and not (len(words) > 1 and words[-2] in SENT_BY)
