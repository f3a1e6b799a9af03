"""Context rules for one text: which words around a form make it a place, typos, offsets.

The resolver asks ``TextContext.allows`` whether a form of some ambiguity level counts at a
position; the answer depends only on the words around it (type words, prepositions, capitals,
street words, a postal address), never on morphology; how letter case counts is in ``letter_case``.
"""

from __future__ import annotations

import re

from mcu_nlp.geo.adjectives import adjective_verdict, names_object, names_product, place_adjective_verdict
from mcu_nlp.geo.colloquial import colloquial_verdict
from mcu_nlp.geo.declension import ADJECTIVE_GENDER_ENDINGS
from mcu_nlp.geo.forms import (
    ADJECTIVE_NAME,
    CAPITALISED,
    COMMON_WORD,
    DERIVED_DEMONYM,
    DISTRICT_ADJECTIVE,
    EXACT,
    FORMER_DISTRICT,
    FREE,
    HYPHEN_INITIAL,
    INITIAL,
    LOCAL_NAME,
    LOCAL_TOWN_ADJECTIVE,
    OTHER_URBAN_TYPE,
    OV_DEMONYM,
    PERSON_NAME,
    PERSON_TAGS,
    PLACE_ADJECTIVE,
    REJECT,
    SHORTHAND,
    STRONG,
    TITLE_PHRASE,
    TOWN_ADJECTIVE,
    WEAK,
)
from mcu_nlp.geo.grammar import adjective_form, agree, number_counts
from mcu_nlp.geo.letter_case import (
    TEXT_END,
    cased_verdict,
    caseless_verdict,
    lower_word_after_type,
    spoken_to,
    title_phrase_verdict,
)
from mcu_nlp.geo.lexicon import (
    ADDRESS_STREET_WORDS,
    BANK_WORDS,
    DISTRICT_NOUN_FORMS,
    HOUSE_WORDS,
    JUNCTION_WORDS,
    LEVEL_WORDS,
    LOCATIVE_PREPOSITIONS,
    OBJECT_AFTER,
    ONE_LETTER_TYPES,
    ORDINAL_ENDINGS,
    REPORT_OPENERS,
    RIVER_BANKS,
    RIVER_LEFT,
    SETTLEMENT_TYPES,
    STREET_AFTER,
    STREET_BEFORE,
    TOWN_ADJECTIVES,
    TOWN_PART_TYPES,
    TRANSPORT_NOUNS,
    VILLAGE_TYPES,
    WATER_AFTER,
    WATER_AFTER_IF_NEAR,
    WATER_BEFORE,
    WATER_NEAR,
    WATER_WORDS,
    skiy_keys,
    words,
)
from mcu_nlp.geo.local import ABBREVIATED, JOINING_WORDS, MAX_JOINING, local_first_name, local_verdict
from mcu_nlp.geo.numbered_towns import temperature
from mcu_nlp.geo.qualified import district_follows, district_noun_after
from mcu_nlp.geo.report import (
    clause,
    indefinite_clause,
    past_adjectives,
    place_words_only,
    predicate_clause,
    reports_anywhere,
    reports_problem,
    transport_report,
    where,
)
from mcu_nlp.geo.tokens import HYPHENS, NUMBER_HYPHENS, SENTENCE_MARKS, WORD, lower_text, word_keys
from mcu_nlp.morphology import analyzer

# The adjectives made from a place's own name ("салехардском"): an object they name is in that place.
TOWN_ADJECTIVE_KEYS = frozenset(key for a, _, _ in TOWN_ADJECTIVES for key in skiy_keys(a[:-2]))
MAX_PART_WORDS = 3  # words of a place's part after its name and a comma ("Дубки, Сулакский каньон — ...")
HEADING_DASH = re.compile(r"\s*[—–]|\s+-\s")  # "Губкинский — спасибо", "Ратта - нет связи"
# The first word, then only spaces and a word that opens a report: "буденовск мусор не вывозят", "Салехрад нет света"
PLAIN_OPENING = re.compile(r"\W*[а-яa-z]+ +([а-я]+)")
# Characters that end the search back for what precedes a word (others, such as emoji, quotes, are skipped).
CLAUSE_MARKS = SENTENCE_MARKS | frozenset(",;:—–-")
# What a one-letter type word with no full stop may follow in a text with no letter case (``TextContext.type_before``):
# a comma opening an address's part, or a sentence's end
TYPE_OPENING = SENTENCE_MARKS | {","}
# Words that start the next part of an address after "Town, ": a street, a microdistrict, a house.
ADDRESS_PARTS = ADDRESS_STREET_WORDS | TOWN_PART_TYPES | {"д", "дом"}
# The preposition that tells where, before the street's or the microdistrict's word of an address's next part after
# "Town, ": "Благодарный, на ул. Первомайской", "Изобильный, по улице Ленина", "Мирный, в мкр. Заречном" (session 62;
# ``TextContext.told_address``)
TOLD_ADDRESS = {
    "на": ADDRESS_STREET_WORDS | TOWN_PART_TYPES,
    "по": ADDRESS_STREET_WORDS,
    "в": TOWN_PART_TYPES,
}
# Water's words before «в» and a river's name: "вода в Сылве поднимается" (``TextContext.water_in``, session 62)
WATER_IN = frozenset(words("вода воды"))
# A part of a house's grounds before its house word, which the address's house then follows: "Асбест, двор дома
# Уральская 65", "Заречный, подъезд 2 дома 5" (session 27: the yard's word kept "двор дома" from heading an address)
HOUSE_GROUNDS = frozenset(words("двор подъезд"))
# A numbered quarter of a town, an address's part as a numbered microdistrict is: "Тольятти, 7 квартал" (Тольятти's
# Автозаводский район, Ангарск, Братск number theirs so; session 39), only after its number ("квартал" alone is a word);
# session 57: a «комплекс», as Набережные Челны numbers its microdistricts ("НЧ 52 комплекс", "Челны, 45 комплекс")
NUMBERED_PART_TYPES = TOWN_PART_TYPES | frozenset(words("квартал комплекс"))
# «городской округ» before a town's name is its type, as «г.» is ("городской округ Агидель", "городского округа
# Агидель"; session 41)
OKRUG_WORDS = frozenset(words("округ округа округе"))
CITY_OKRUG_ADJECTIVES = frozenset(words("городской городского городском"))
# Session 63 (the Кузбасс walkthrough's D3): the levels of a settlement's name that is also a word's, an adjective's or
# a person's; before a district's noun it agrees with it is no settlement ("Рудничный район": a town's district, not
# Анжеро-Судженский's посёлок; ``qualified.district_noun_after``), while a municipality's own adjective, of another
# level, stays ("в Орехово-Зуевском округе": the key has no noun, the okrug's SberIndex name being «Орехово-Зуевский»)
NAMED_LIKE_WORDS = frozenset((CAPITALISED, COMMON_WORD, PERSON_NAME, ADJECTIVE_NAME))
# Session 64: the levels of a form that is a town's adjective or reads as one (a town's instrumental, «Рыбинском»),
# which names an object before its noun (``adjectives.names_object``: "Волжская ГЭС"); not a place whose own name is
# an adjective, written plainly (FREE: "Среднеахтубинский")
OBJECT_NAMING_LEVELS = frozenset(
    (ADJECTIVE_NAME, DISTRICT_ADJECTIVE, PLACE_ADJECTIVE, TOWN_ADJECTIVE, LOCAL_TOWN_ADJECTIVE)
)
# A посёлок's word after a town's name and a comma: the town's part, so the name heads an address ("Шахты, пос. Артём",
# "Шахты, п. ХБК", session 29); not in ADDRESS_PARTS, as a name's oblique form before it is no street's
TOWN_SETTLEMENT_PARTS = frozenset(words("п пос поселок"))
# A capital followed by a lower-case letter, or a one-letter word opening a sentence in capitals before one in lower
# case ("В сосновом бору свалка"): the writer capitalises (a text in one case, or with capitals only in
# abbreviations, "в салехарде УК не чистит", shows nothing about names).
TITLE_CASE = re.compile(r"[А-ЯЁA-Z][а-яёa-z]|(?:^|[.!?…]\s)\s*[А-ЯЁ] [а-яё]")


def heads_street_plainly(low: str, keys: list[str]) -> bool:
    """The text's first word is followed by a space and a street's word (``ADDRESS_STREET_WORDS``), heading an
    address with no comma, as "Елец ул. Мира" does: a misspelt town's name may head one too (session 29: "салехрд ул
    республики яма"; ``low``: the lower-cased text; ``keys``: its word keys)."""
    if len(keys) < 2 or keys[1] not in ADDRESS_STREET_WORDS:
        return False
    first = WORD.search(low)
    if first is None:
        return False
    return low[first.end() : first.end() + 1] == " " and low[first.end() + 1 :].startswith(keys[1])


def opens_plainly(low: str, keys: list[str]) -> bool:
    """The text's first word is followed by a space and a problem noun or «нет» (``lexicon.REPORT_OPENERS``) heading a
    report: "буденовск мусор не вывозят" (``low``: the lower-cased text; ``keys``: its word keys)."""
    if len(keys) < 2 or keys[1] not in REPORT_OPENERS:
        return False
    match = PLAIN_OPENING.match(low)
    return match is not None and match.group(1) == keys[1]


# A side of a town's river, before «берег»: a part of the town in an address ("Тутаев левый берег", session 29)
BANK_SIDES = frozenset(words("левый правый"))
# The grammatical gender of a street's, a square's or a microdistrict's word (and its abbreviation), which an adjective
# naming the street agrees with ("Садовая ул.", "Советский пр-т", "Полевой пер."; session 29)
STREET_WORD_GENDERS = {
    **dict.fromkeys(words("ул улица пл площадь наб набережная аллея линия"), "femn"),
    **dict.fromkeys(words("пер переулок пр проспект просп бульвар б р проезд тупик туп мкр микрорайон тракт"), "masc"),
    **dict.fromkeys(words("ш шоссе"), "neut"),
}


def street_gender_agrees(adjective: str, keys: list[str], j: int) -> bool:
    """A nominative adjective ``adjective`` of the gender of the street's word at ``keys[j]``, so it names the street:
    "суздальский пр", "наугорское шоссе"; not "заречный ул", "садовая" before no street's word.

    >>> street_gender_agrees("наугорское", ["наугорское", "шоссе"], 1), street_gender_agrees("заречный", ["ул"], 0)
    (True, False)
    """
    street = STREET_WORD_GENDERS.get(keys[j]) if j < len(keys) else None
    gender = ADJECTIVE_GENDER_ENDINGS.get(adjective[-2:])
    return street is not None and gender == street


def street_gender_differs(adjective: str, keys: list[str], j: int) -> bool:
    """A nominative adjective ``adjective`` of another gender than the street's word at ``keys[j]``, so it names no
    street there: "заречный ул" (a town before its street), not "садовая ул", "советский пр".

    >>> street_gender_differs("заречный", ["заречный", "ул"], 1), street_gender_differs("садовая", ["садовая", "ул"], 1)
    (True, False)
    """
    street = STREET_WORD_GENDERS.get(keys[j]) if j < len(keys) else None
    gender = ADJECTIVE_GENDER_ENDINGS.get(adjective[-2:])
    return street is not None and gender is not None and gender != street


class TextContext:
    """Per-text view used by the context rules: lower-cased keys, offsets, postal-code region."""

    __slots__ = ("_cased", "_spans", "address", "carried", "hint", "keys", "low", "named", "text")

    def __init__(self, text: str, low: str, keys: list[str], postal: str | None, hint: str | None) -> None:
        self.text, self.low, self.keys, self.hint = text, low, keys, hint
        self.address = postal is not None
        self._spans: list[tuple[int, int]] | None = None
        self._cased: bool | None = None
        # word → the preposition a list carries on to it: "в Льгове и Курчатове" (set by the resolver)
        self.carried: dict[int, str] = {}
        # the places and region codes the text's phrases name (set by local.names_own_town when first needed)
        self.named: tuple[frozenset[int], frozenset[str]] | None = None

    @classmethod
    def of(cls, text: str, hint: str | None = None) -> TextContext:
        """The context of ``text`` as the resolver builds it, with no postal code: the doctests' way to one."""
        low = lower_text(text)
        return cls(text, low, word_keys(low), None, hint)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Offsets of ``keys``, computed only for texts where some word may be a place."""
        if self._spans is None:
            self._spans = [m.span() for m in WORD.finditer(self.low)]
        return self._spans

    @property
    def cased(self) -> bool:
        """Whether letter case carries evidence: some word is written with a capital and then lower case (or a sentence
        opens with a one-letter word in capitals: "В сосновом бору")."""
        if self._cased is None:
            self._cased = TITLE_CASE.search(self.text) is not None
        return self._cased

    @property
    def capitals_after_start(self) -> bool:
        """False for a cased text with no capital after its first letter ("Мусор в канаве"): no word to correct."""
        return not self.cased or not self.text[1:].islower()

    def capital(self, i: int) -> bool | None:
        """Whether word ``i`` is capitalised; None if case says nothing (a caseless text, a word in capitals)."""
        if not self.cased:  # first: it needs no offsets
            return None
        a, b = self.spans[i]
        return None if b - a > 1 and self.text[a:b].isupper() else self.text[a].isupper()

    def type_before(self, i: int) -> bool:
        if i > 1 and self.keys[i - 1] in OKRUG_WORDS and self.keys[i - 2] in CITY_OKRUG_ADJECTIVES:
            return True  # "городской округ Агидель", "городского округа Салават" (session 41)
        if i > 1 and self.keys[i - 1] == "о" and self.keys[i - 2] == "г" and self.gap(i - 1).strip() == ".":
            return True  # "г.о. Бор", "г. о. Бор": a городской округ's abbreviation (session 44)
        if i == 0 or self.keys[i - 1] not in SETTLEMENT_TYPES:
            return False
        if not self.bare_letter_type(i):
            return True
        capital = self.capital(i)
        if capital is not None:  # "с Мирным" is a type, "с мирным населением" a preposition
            return capital
        # without case: a type that is no preposition, starting an address part ("..., д Угоны"; not ", с нее"), or
        # the text or a sentence (session 42: "г обь яма" with 54, as "г. обь яма"; not "2020 г", a year)
        mark = self._mark_before(self.spans[i - 1][0])
        return self.keys[i - 1] not in LOCATIVE_PREPOSITIONS and (mark < 0 or self.text[mark] in TYPE_OPENING)

    def bare_letter_type(self, i: int) -> bool:
        """The word before word ``i`` is a one-letter type word with no full stop ("с Курска", "с Владиком"; not
        "с. Шуя", "село"): a preposition as often as a type."""
        after = self.spans[i - 1][1]
        return self.keys[i - 1] in ONE_LETTER_TYPES and self.text[after : after + 1] != "."

    def street(self, i: int, j: int) -> bool:
        """A street or other object named after a place: "ул. Мира", "Ленинградский проспект", "Кировский мост".

        No comma in between. A type word makes a place, but an undotted "с" before an adjective may be the
        preposition ("с Троицкому ручью", "с Суворовского проспекта"; not "г Курск улица Серёгина", "с Мужи улица").
        """
        if self._initials_after_street_word(i):  # "им. А. С. Пушкина", "ул. В. Жуковского": a person, no "с."
            return True
        if self._given_name_after_street_word(i):  # "ул. Розы Люксембург", "пр. Карла Маркса": a person's name
            return True
        typed = self.type_before(i)
        if typed and (self.keys[i - 1] not in LOCATIVE_PREPOSITIONS or self.text[self.spans[i - 1][1]] == "."):
            return False
        water = i > 0 and self.keys[i - 1] in WATER_BEFORE and self.keys[i - 1] not in BANK_WORDS
        water = water or self.river_level(i, j)
        if not typed and i > 0 and (self.keys[i - 1] in STREET_BEFORE or water):
            return "," not in self.gap(i)
        if not typed and self._at_junction(i):  # "на перекрёстке Ленина и Орской", "Советской и Ленина"
            # but "на перекрёстке Центрального района", "Сеймского округа": a district's (review of session 67)
            return not (self.keys[j - 1] in DISTRICT_NOUN_FORMS or district_noun_after(self, j))
        if j < len(self.keys) and not typed and self.river_subject(i, j):
            return True
        return j < len(self.keys) and self._object_after(i, j, typed)

    def _at_junction(self, i: int) -> bool:
        """Word ``i`` names a street of a junction: right after a junction's word (``lexicon.JUNCTION_WORDS``), or after
        «и» and the first street's one or two words ("на перекрёстке Советской и Ленина", "на углу Карла Маркса и
        Ленина"), no mark between (session 67)."""
        keys = self.keys
        if i > 0 and keys[i - 1] in JUNCTION_WORDS:
            return "," not in self.gap(i)
        if i < 3 or keys[i - 1] != "и":
            return False
        for start in (i - 2, i - 3):
            if start >= 1 and keys[start - 1] in JUNCTION_WORDS:
                return not any(self.gap(k).strip() for k in range(start, i + 1))
        return False

    def after_bank(self, i: int) -> bool:
        """Word ``i`` follows a bank's or a flood's word with no comma and no type word between ("берег Баксана",
        "после паводка Тулун"; ``lexicon.BANK_WORDS``): a river's name if the text names another place, else the town's
        (``GeoResolver._find``)."""
        if i == 0 or self.keys[i - 1] not in BANK_WORDS or self.type_before(i):
            return False
        return "," not in self.gap(i)

    def water_in(self, i: int, j: int) -> bool:
        """The name at ``i:j`` follows «вода в» or «воды в» and a river's verb (``lexicon.WATER_AFTER``) follows it:
        "вода в Сылве поднимается", "уровень воды в Оке поднялся" name the river, as "берег Баксана" does
        (``after_bank``; session 62); not "воды в Кунгуре нет".

        >>> ctx = TextContext.of("Кунгур: вода в Сылве поднимается. Воды в Кунгуре нет")
        >>> ctx.water_in(3, 4), ctx.water_in(8, 9)
        (True, False)
        """
        keys = self.keys
        if i < 2 or keys[i - 1] not in ("в", "во") or keys[i - 2] not in WATER_IN or j >= len(keys):
            return False
        return keys[j] in WATER_AFTER and not self.gap(j).strip()

    def river_level(self, i: int, j: int) -> bool:
        """The name at ``i:j`` follows a level's word (``lexicon.LEVEL_WORDS``) not after «на», and a river's verb or a
        water word follows it: "уровень Сулака поднялся" is the river's; "на уровне Кизляра вопрос не решают",
        "уровень Каспийска по благоустройству низкий" are the towns'.

        >>> ctx = TextContext.of("Уровень Сулака поднялся. На уровне Кизляра уровень воды. Уровень Каспийска низкий")
        >>> ctx.river_level(1, 2), ctx.river_level(6, 7), ctx.river_level(11, 12)
        (True, False, False)
        """
        if i == 0 or self.keys[i - 1] not in LEVEL_WORDS or j >= len(self.keys) or self.type_before(i):
            return False
        if i > 1 and self.keys[i - 2] == "на":
            return False
        return self.keys[j] in WATER_AFTER or self.keys[j] in WATER_WORDS

    def river_subject(self, i: int, j: int) -> bool:
        """The name at ``i:j``, after no preposition, is the subject of a river's verb right after it: "Сылва
        поднялась, затопило огороды", "Тобол вышел из берегов" (``lexicon.WATER_AFTER``; «поднялась», «замерзла» only
        with a water word after them); "в Сылве поднялась вода" stays the village."""
        following = self.keys[j]
        left = following in RIVER_LEFT and tuple(self.keys[j + 1 : j + 3]) == RIVER_BANKS
        if following not in WATER_AFTER and not left:
            return False
        if following in WATER_AFTER_IF_NEAR and WATER_WORDS.isdisjoint(self.keys[j + 1 : j + 1 + WATER_NEAR]):
            return False  # "Москва замерзла, отопления нет", "Пенза поднялась против полигона": the town's people
        if i > 0 and self.keys[i - 1] in LOCATIVE_PREPOSITIONS:
            return False
        return not self.gap(j).strip()

    def river_subject_only(self, i: int, j: int) -> bool:
        """``street(i, j)`` holds only as the subject of a river's verb ("Уфа разлилась"; not "река Уфа разлилась",
        "ул. Ишим"): the resolver keeps a town's reading of the name then, a village's not."""
        if j >= len(self.keys) or self.type_before(i) or (i > 0 and self.keys[i - 1] in STREET_BEFORE | WATER_BEFORE):
            return False
        if self.river_level(i, j):
            return False
        return self.river_subject(i, j) and not self._initials_after_street_word(i)

    def _initials_after_street_word(self, i: int) -> bool:
        """One or two initials (a capital and a dot) between a street word («им.», «имени», «ул.») and word ``i``; not
        where letter case shows none: "ул г.пушкин", "пр. г. Санкт-Петербург" name the town after its type word."""
        k = i
        while k > 0 and i - k < 2 and len(self.keys[k - 1]) == 1 and self.gap(k) in (".", ". "):
            if self.capital(k - 1) is not True:
                return False
            k -= 1
        return 0 < k < i and self.keys[k - 1] in STREET_BEFORE and "," not in self.gap(k)

    def _given_name_after_street_word(self, i: int) -> bool:
        """A given name in the genitive, only spaces around it, between a street word («ул.», «улица», «пр.», «им.»)
        and word ``i``: the street is named after a person, whose surname ``i`` is, whatever place has that name
        (session 48: "ул. розы люксембург яма" was Дагестан's village Люксембург); "ул. Мира Иркутск" is no given
        name's."""
        k = i - 1
        if k < 1 or self.gap(i).strip() or not _given_name_genitive(self.keys[k]):
            return False
        return self.keys[k - 1] in STREET_BEFORE and self.gap(k).strip() in ("", ".")

    def run(self, i: int, j: int, marks: frozenset[str]) -> tuple[int, int]:
        """The first word and the end of the run around words ``i:j`` that no mark of ``marks`` between two words
        divides (its clause or sentence, as ``marks`` say)."""
        start, stop = i, j
        while start > 0 and not set(self.gap(start)) & marks:
            start -= 1
        while stop < len(self.keys) and not set(self.gap(stop)) & marks:
            stop += 1
        return start, stop

    def lemma_among(self, ks, lemmas: frozenset[str]) -> bool:
        """A reading of one of the words ``ks`` has its dictionary form (ё as е) in ``lemmas``."""
        morph = analyzer()
        return any(p.normal_form.replace("ё", "е") in lemmas for k in ks for p in morph.parse(self.keys[k]))

    def gap(self, k: int) -> str:
        """The characters between words ``k - 1`` and ``k``, as written (spaces, marks: ", " in "Челны, ул.")."""
        return self.text[self.spans[k - 1][1] : self.spans[k][0]]

    def _object_after(self, i: int, j: int, typed: bool) -> bool:
        """The name at ``i:j`` is followed by a street or object word or by a house number (``j`` is a word)."""
        following, after = self.keys[j], self.text[self.spans[j][1] : self.spans[j][1] + 2]
        # a house number after a one-word name; not a postal code or a coordinate ("51.79")
        house = j - i == 1 and following.isdigit() and len(following) < 6 and not after[1:].isdigit()
        # "в Надыме 3 дня": a place in the locative, then a count; streets take "на", not "в"
        house = house and not typed and not (i > 0 and self.keys[i - 1] in ("в", "во"))
        house = house and not number_counts(self.keys, j)  # "Махачкала 2 дня нет света": a count (session 60)
        # an object word other than a street's names the object only after an adjective: not "в Надыме парк";
        # not after a town's own adjective either: "Салехардский парк" is in Салехард
        adjective = adjective_form(self.keys[j - 1])
        named = following in OBJECT_AFTER and adjective and " ".join(self.keys[i:j]) not in TOWN_ADJECTIVE_KEYS
        # a noun in the locative after "в" is the place, whatever follows: "в Надыме улица не чищена"; so is a
        # noun after an undotted "с": "с Яр-Сале улица Мира" (but "с Суворовского проспекта" is the street)
        noun_place = typed or (i > 0 and self.keys[i - 1] in ("в", "во"))
        street = following in STREET_AFTER and (adjective or not noun_place)
        if street or house or named:  # "Мебельная улица", "Куйбышева 12", "Кировский мост"
            return not self.gap(j).strip()
        return False

    def preposition(self, i: int) -> str | None:
        """The word before ``i``, or the preposition of the list ``i`` continues ("в Льгове и Курчатове")."""
        return self.carried.get(i) or (self.keys[i - 1] if i else None)

    def town_part_before(self, i: int) -> bool:
        return i > 0 and self.keys[i - 1] in TOWN_PART_TYPES

    def village_type_before(self, i: int) -> bool:
        return i > 0 and self.keys[i - 1] in VILLAGE_TYPES

    def sentence_start(self, i: int) -> bool:
        return self._starts_sentence(self.spans[i][0])

    def _starts_sentence(self, start: int) -> bool:
        """Only spaces and symbols (emoji, quotes, bullets) since the text start or a sentence end."""
        k = self._mark_before(start)
        return k < 0 or self.text[k] in SENTENCE_MARKS

    def _mark_before(self, start: int) -> int:
        """Offset of the nearest letter, digit or mark before ``start``, skipping spaces and symbols; -1 if none."""
        for k in range(start - 1, -1, -1):
            ch = self.text[k]
            if ch.isalnum() or ch in CLAUSE_MARKS:
                return k
        return -1

    def heading(self, i: int, j: int, own_name: bool = True) -> bool:
        """The name at ``i:j`` is followed by a colon or a spaced dash, is the whole text, or heads an address.

        "Мужи: нет света", "Губкинский — спасибо", "Мужи", "Грозный, проспект Путина 5"; not "Мужи-1",
        "Мужи, ..." or "... ни разу. Целина". An address is headed by a place's own name only (``own_name``): an
        oblique form there is a street's ("Кирова, д. 5" is улица Кирова, not Киров). The text's first name heads one
        with no comma too, but for an adjective (session 28: "Елец ул. Мира ямы", "иваново мкр московский"; "Садовая
        ул. 5", "Советская ул." are streets).
        """
        stop = self.spans[j - 1][1]
        mark = self.text[stop : self.spans[j][0]] if j < len(self.keys) else ""
        # "Елец ул. Мира"; an adjective only of another gender than the street's word (session 29: "Заречный ул.
        # Ленина" is the town, "Садовая ул. 5", "Советский пр-т" are streets)
        adjective = adjective_form(self.keys[j - 1]) and not street_gender_differs(self.keys[j - 1], self.keys, j)
        bare = i == 0 and not mark.strip() and not adjective
        address = own_name and self.heads_address(j) and (mark[:1] == "," or bare)
        # session 62: an adjective too before «на ул.» with no comma, which names no street of it ("Благодарный на ул.
        # Первомайской яма", as "Заречный ул. Ленина")
        address = address or (own_name and i == 0 and not mark.strip() and self.told_address(j))
        address = address or (own_name and mark.strip() == "," and self.settlement_part(j))
        # "Тутаев (правый берег) — нет рентгена" (session 32); "Калуга, Правобережье, ул. Пролетарская" (session 32)
        address = address or (own_name and mark.strip() == "(" and self.town_bank(j))
        address = address or (own_name and i == 0 and mark.strip() == "," and self.part_before_address(j))
        return address or self._heading_at(stop, i == 0 and j == len(self.keys))

    def settlement_part(self, j: int) -> bool:
        """A посёлок's type word at word ``j`` before a name ("пос. Артём", "п. ХБК", "поселок Машиностроителей")."""
        return j + 1 < len(self.keys) and self.keys[j] in TOWN_SETTLEMENT_PARTS and self.type_before(j + 1)

    def heads_address(self, j: int) -> bool:
        """A street, microdistrict, house word or a town's district ("Орёл, Советский район") follows the name that
        stops before word ``j``; a microdistrict's word after its number too ("Якутск 202 мкр", session 28)."""
        keys = self.keys
        return j < len(keys) and (
            keys[j] in ADDRESS_PARTS
            or self.numbered_part(j)
            or district_follows(self, j)
            or self._house_grounds(j)
            or self.town_bank(j)
            or self.named_street(j)
            or self.told_address(j)
        )

    def told_address(self, j: int) -> bool:
        """A comma before word ``j`` (or only spaces after the text's first word), then a preposition and a street's or
        a microdistrict's word (``TOLD_ADDRESS``): the address's next part told where, as "Город, на ул. X ..." opens
        an appeal ("Благодарный, на ул. Первомайской яма", "Кириллов, по улице Ленина", "Благодарный на ул.
        Первомайской"; session 62: «на» before «ул.» is no report's "where", whose word has 4+ letters, nor an
        address's word, so an adjective-, word- or surname-like town there was none).

        >>> ctx = TextContext.of("Благодарный, на ул. Первомайской яма. Дом на ул. Мира, на них")
        >>> ctx.told_address(1), ctx.told_address(6), ctx.told_address(10)
        (True, False, False)
        >>> TextContext.of("Благодарный на ул. Первомайской").told_address(1)
        True
        """
        keys, mark = self.keys, self.gap(j).strip() if 0 < j < len(self.keys) else "-"
        if j + 1 >= len(keys) or not (mark == "," or (j == 1 and not mark)) or self.gap(j + 1).strip():
            return False
        return keys[j + 1] in TOLD_ADDRESS.get(keys[j], ())

    def named_street(self, j: int) -> bool:
        """Word ``j`` is an adjective and the next, with only a space between, a street's word of its gender: a street
        named after a place, the address's next part ("Владимир, Суздальский проспект", "Орёл, Наугорское шоссе";
        session 32); not "Заречный ул." (of another gender) nor "Садовая, 5".

        >>> ctx = TextContext.of("Орёл, Наугорское шоссе. Орёл, Садовая, 5")
        >>> ctx.named_street(1), ctx.named_street(5)
        (True, False)
        """
        keys = self.keys
        if j + 1 >= len(keys) or self.text[self.spans[j][1] : self.spans[j + 1][0]].strip():
            return False
        return adjective_form(keys[j]) and street_gender_agrees(keys[j], keys, j + 1)

    def part_before_address(self, j: int) -> bool:
        """Word ``j`` is a capitalised noun in the nominative, no person's name, then a comma and an address's street,
        microdistrict or house: a part of the town named before it, in an address ("Калуга, Правобережье, ул.
        Пролетарская, 166", "Казань, Азино, ул. Минская"; session 32); not "Калуга, Правобережье" alone, nor a comma and
        a report, nor a person ("Кириллов, Иван, ул. Ленина").

        >>> ctx = TextContext.of("Калуга, Правобережье, ул. Пролетарская. Калуга, Правобережье, нет воды")
        >>> ctx.part_before_address(1), ctx.part_before_address(7)
        (True, False)
        """
        keys = self.keys
        if j + 1 >= len(keys) or not keys[j].isalpha() or not self.capital(j):
            return False
        if self.text[self.spans[j][1] : self.spans[j + 1][0]].strip() != ",":
            return False
        parses = analyzer().parse(keys[j])
        if parses[0].tag.POS != "NOUN" or parses[0].tag.case != "nomn":
            return False
        return not any(PERSON_TAGS & p.tag.grammemes for p in parses) and (
            keys[j + 1] in ADDRESS_PARTS or self.named_street(j + 1) or self.numbered_part(j + 1)
        )

    def town_bank(self, j: int) -> bool:
        """Words ``j``, ``j + 1`` name a town's bank of its river, a part of the town: "левый берег", "правый берег"
        (session 29: "Тутаев левый берег паром не работает", "Шелехов правый берег нет воды")."""
        return j + 1 < len(self.keys) and self.keys[j] in BANK_SIDES and self.keys[j + 1] == "берег"

    def numbered_part(self, j: int) -> bool:
        """Word ``j`` is a number and the next a microdistrict's (a town part's) or a quarter's word: "202 мкр", "7
        квартал" (session 39); or an ordinal before a street's, a microdistrict's or a quarter's word: "2-я линия", "1-й
        переулок" (session 29: "Нахичевань, 2-я линия"), "2-й мкр" (session 35: "Энгельс, 2-й мкр", a town that is a
        surname too, was found by no other reading).

        >>> ctx = TextContext.of("Энгельс, 2-й мкр. Энгельс, 2 мкр. Энгельс, 2-й этаж. Тольятти, 7 квартал")
        >>> ctx.numbered_part(1), ctx.numbered_part(5), ctx.numbered_part(8), ctx.numbered_part(12)
        (True, True, False, True)
        """
        keys = self.keys
        if not (j + 1 < len(keys) and keys[j].isdigit()):
            return False
        if self._number_letter(j + 1):  # "7а мкр", "12-а мкр" (session 48: Ангарск's and Братск's lettered ones)
            j += 1
        if j + 1 < len(keys) and keys[j + 1] in NUMBERED_PART_TYPES:
            return True
        return j + 2 < len(keys) and keys[j + 1] in ORDINAL_ENDINGS and (
            keys[j + 2] in ADDRESS_STREET_WORDS or keys[j + 2] in NUMBERED_PART_TYPES)

    def _number_letter(self, k: int) -> bool:
        """Word ``k`` is one letter glued to the number before it, or after a hyphen: a lettered number ("7а", "12-А"),
        not a word of its own ("7 а мкр" is no such number, "2-я" an ordinal: ``ORDINAL_ENDINGS``)."""
        key = self.keys[k]
        return len(key) == 1 and key.isalpha() and key not in ORDINAL_ENDINGS and self.gap(k) in ("", "-")

    def _house_grounds(self, j: int) -> bool:
        """Word ``j`` is a part of a house's grounds (``HOUSE_GROUNDS``) and a house word follows it, after a number at
        most: "двор дома Уральская 65", "подъезд 2 дома 5"; not "двор весь в мусоре".

        >>> ctx = TextContext.of("Асбест, двор дома Уральская 65. Асбест, подъезд 2 д. 5. Асбест, двор в мусоре")
        >>> ctx._house_grounds(1), ctx._house_grounds(6), ctx._house_grounds(11)
        (True, True, False)
        """
        keys = self.keys
        if keys[j] not in HOUSE_GROUNDS:
            return False
        k = j + 2 if j + 2 < len(keys) and keys[j + 1].isdigit() else j + 1
        return k < len(keys) and keys[k] in HOUSE_WORDS

    def _hyphen_initial(self, i: int) -> int:
        """The verdict on an initial and a hyphen (a plain, a breaking or a non-breaking one: "К\u2011Уральский"; before
        a closed town's number an en dash too: "Красноярск–26", but no temperature: "Красноярск-26 градусов"), then a
        hyphenated town's second part at word ``i`` (``HYPHEN_INITIAL``): WEAK (the caller's region's only) where the
        dictionary reads the second part as a surname ("у собора А-Невского" is Alexander Nevsky's, not
        Александро-Невский's; session 27 review), STRONG else; no hyphen, REJECT ("К Уральскому хребту").

        >>> ctx = TextContext.of("К-Уральский. К\u2011Уральский. К Уральскому. лавра А-Невского")
        >>> ctx._hyphen_initial(0), ctx._hyphen_initial(2), ctx._hyphen_initial(4), ctx._hyphen_initial(7)
        (2, 2, 0, 1)
        """
        stop = self.spans[i][1]
        hyphens = NUMBER_HYPHENS if self.keys[i + 1].isdigit() else HYPHENS  # "Красноярск–26" (numbered_towns)
        if self.text[stop : stop + 1] not in hyphens or self.spans[i + 1][0] != stop + 1:
            return REJECT
        if self.keys[i + 1].isdigit() and temperature(self, i + 1):  # "Красноярск-26 градусов": a minus
            return REJECT
        return WEAK if any("Surn" in p.tag for p in analyzer().parse(self.keys[i + 1])) else STRONG

    def agrees_next(self, j: int) -> bool:
        """The name's last word and the next one read as an adjective and its noun: "белой пыли", "Ростове Великом"."""
        if j >= len(self.keys) or self.gap(j).strip():
            return False
        return agree(self.keys[j - 1], self.keys[j])

    def opens_report(self, i: int, j: int, marks: str = ".", sentence: bool = False) -> bool:
        """First word, a lower-case problem noun, «нет» or after a comma a problem verb or a clause ("Киров яма",
        "Киров, яма", "Находка нет воды", "Киров, отключили свет", "Асбест, собаки нападают": ``report``) or a mark and
        a word ("Асбест. люк"; not "Кирова, 5", nor "Асбест, валяется у дома" unless "," is among the ``marks``).
        ``sentence``: a sentence's first word as well as the text's, where the text must report a problem somewhere
        ("Пропал ребёнок!!! Салават, мальчик 9 лет"; not "Спасибо за помощь. Салават, ..."). Never a person spoken to
        ("Салават, вы молодец!", "Агидель, пожалуйста, позвоните": ``letter_case.spoken_to``) but for the text's first
        word, in the caller's region, in a text that reports a problem ("Орёл, помогите! Нет воды" with 57)."""
        first = i == 0 or (sentence and self.sentence_start(i))
        gap = self.gap(j).strip() if first and i < j < len(self.keys) else "-"
        if self.hint is not None and gap and set(gap) == {"!"}:  # "Ростов! не работает лифт" with 61 (session 40):
            if spoken_to(self.keys[j]):  # a full stop's, in the caller's region; not "Салават! вы молодец"
                return False
            gap = "."
        if gap == "," and spoken_to(self.keys[j]):  # "Салават, вы молодец!"; but a plea heading a report, in the
            # caller's region, is the writer's town's ("Орёл, помогите! Нет воды" with 57, session 24)
            return i == 0 and self.hint is not None and reports_anywhere(self.keys, range(i, j))
        if len(gap) == 1 and gap in marks:
            if not self.keys[j].isalpha() or self.heads_address(j):
                return False
            return i == 0 or reports_anywhere(self.keys, range(i, j))
        if gap == "," and i == 0 and self.hint is not None and self.part_heading(j):
            return True  # "Дубки, Сулакский каньон — нет ограждения" with 05 (session 31)
        if gap not in ("", ",") or self.capital(j) is not False:
            return False
        if self.keys[j] in TRANSPORT_NOUNS:  # "Находка, автобус 7 отменили"; not "Прогресс, автобусы стали лучше"
            return transport_report(self.keys, j)
        if self.keys[j] in REPORT_OPENERS:
            return True
        # after a comma: "Киров, отключили свет", "Ессентуки, во дворе яма", "Асбест, собаки нападают" (a clause only
        # in the caller's region: "Асбест, шифер крошится" without one is the material; session 40: one headed by its
        # predicate, "Шахты, горит дом", "Шахты, пахнет газом", and with no comma when that predicate has its own
        # subject after it: "Шахты не работает лифт", not "Шахты не работают", the mines)
        # session 46: with no region too after a name that is no word at all ("Уяр, фонарь не горит": «уяр» is only a
        # place to the dictionary), and past the noun's adjectives ("Уяр, уличное освещение не работает"); session 56:
        # such a name heads a predicate's clause with no comma too ("Лесозаводск течет крыша")
        known = self.hint is not None or place_words_only(self.keys[i:j])
        if gap == "" and known:
            return predicate_clause(self.keys, j)
        # session 69: or a clause with no subject ("Благовещенка, зп не платят", "..., дорогу не ремонтируют")
        clause_opens = known and (
            clause(self.keys, j) or clause(self.keys, past_adjectives(self.keys, j)) or indefinite_clause(self.keys, j)
        )
        return gap == "," and (reports_problem(self.keys, j) or where(self.keys, j) or clause_opens)

    def part_heading(self, j: int) -> bool:
        """Words from ``j`` on, a noun phrase of at most ``MAX_PART_WORDS`` (adjectives and a noun, no pronoun) with
        only spaces between them, end in a spaced dash or a colon and a report follows: a part of the place named
        before them and a comma, as an address's next part ("Дубки, Сулакский каньон — на смотровой площадке нет
        ограждения", "Дубки, смотровая площадка: нет ограждения"; not "Дубки, смотровая площадка", "Дубки, такая
        беда — нет воды").

        >>> ctx = TextContext.of("Дубки, Сулакский каньон — нет ограждения. Дубки, такая беда — нет воды")
        >>> ctx.part_heading(1), ctx.part_heading(6)
        (True, False)
        """
        keys = self.keys
        for k in range(j, min(j + MAX_PART_WORDS, len(keys))):
            tag = analyzer().parse(keys[k])[0].tag if keys[k].isalpha() else None
            if tag is None or tag.POS not in ("NOUN", "ADJF") or "Apro" in tag:
                return False
            stop = self.spans[k][1]
            if k + 1 < len(keys) and not self.text[stop : self.spans[k + 1][0]].strip() and tag.POS == "ADJF":
                continue
            return tag.POS == "NOUN" and self._heading_at(stop, False, ":") and reports_anywhere(keys, range(k + 1))
        return False

    def first_word_heads(self) -> bool:
        """The first word is a heading, the first part of an address ("Салехрад, ул. Мира") or opens a report
        ("буденовск мусор не вывозят": ``opens_plainly``).

        Asked of most texts (for a typo there), so it needs no offsets of every word.
        """
        first = WORD.search(self.low)
        if first is None:
            return False
        return (
            self._heading_at(first.end(), len(self.keys) == 1, ":,")
            or opens_plainly(self.low, self.keys)
            or heads_street_plainly(self.low, self.keys)  # "салехрд ул республики" (session 29)
        )

    def _heading_at(self, stop: int, whole_text: bool, marks: str = ":") -> bool:
        after = self.text[stop : stop + 3]
        if (after and after[0] in marks) or HEADING_DASH.match(after):
            return True
        return whole_text and not self.text[stop:].strip(TEXT_END)  # "Мужи!", "(в Мужах)"

    def joined(self, stop: int, start: int) -> bool:
        """Words ``stop:start`` join two names as parts of one address: at most ``MAX_JOINING`` type words
        (``JOINING_WORDS``) and nothing else but spaces, commas, brackets and an abbreviation's full stop between them
        ("Пензенской обл., г. Никольск", "Соколе (Москва", "Москва, район Сокол"; not "Москвы приехал в Сокол", nor
        "Сокол. Москва", "Пензенской области. Никольск").

        >>> ctx = TextContext.of("Пишу из Пензенской обл., г. Никольск. Сын в Москве, а у нас в Соколе")
        >>> ctx.joined(3, 5), ctx.joined(8, 13)
        (True, False)
        """
        if stop < 1 or start >= len(self.keys) or start - stop > MAX_JOINING or start < stop:
            return False
        if any(self.keys[t] not in JOINING_WORDS for t in range(stop, start)):
            return False
        spans = self.spans
        for t in range(stop - 1, start):
            gap = "".join(self.text[spans[t][1] : spans[t + 1][0]].split())
            if gap.startswith(".") and self.keys[t] in ABBREVIATED:
                gap = gap[1:]  # "обл.", "г.": an abbreviation's full stop
            elif gap == "-" and self.keys[t] == "р":
                gap = ""  # "р-н"
            if set(gap) - set(",()"):
                return False
        return True

    def allows(self, level: int, i: int, j: int, own_name: bool = True) -> int:
        """REJECT, WEAK (counts only with a region prior) or STRONG for a form of this level at ``i:j``.

        ``own_name``: the form is the place's own (nominative) name, which may head an address (see ``heading``).
        """
        if names_product(self, j):  # "павловопосадский платок", "ямальская оленина" (session 29)
            return REJECT
        if level in OBJECT_NAMING_LEVELS and names_object(self, i, j):  # "Волжская ГЭС", "на Рыбинском водохранилище"
            return REJECT
        if level in NAMED_LIKE_WORDS and district_noun_after(self, j):  # "Рудничный район": a town's district
            return REJECT
        if level == FREE:
            return STRONG
        if level == EXACT:  # "НУ", an abbreviation that is also a word: its letter case is the whole evidence
            surface = self.text[self.spans[i][0] : self.spans[j - 1][1]]
            return STRONG if self.cased and sum(ch.isupper() for ch in surface) >= 2 else REJECT
        if level == INITIAL:  # "Н.Уренгой", "н-уренгой", "Н/Уренгой", "Н Уренгой" (not "В Новгороде")
            if self.text[self.spans[i][1] : self.spans[i][1] + 1] in ".-/":
                return STRONG
            return STRONG if self.capital(i) and self.keys[i] not in LOCATIVE_PREPOSITIONS else REJECT
        if level == DISTRICT_ADJECTIVE:  # "Коношский вокзал", "на Вельской трассе"
            return adjective_verdict(self, i, j)
        if level in (PLACE_ADJECTIVE, TOWN_ADJECTIVE):  # "лысьвенские дороги", "в кунгурской больнице"
            return place_adjective_verdict(self, level, i, j)
        if level == LOCAL_TOWN_ADJECTIVE:  # "красногорские дороги": the caller's region's only (session 60)
            return min(place_adjective_verdict(self, TOWN_ADJECTIVE, i, j), WEAK)
        if level == DERIVED_DEMONYM:  # "мензелинцы": only plural forms, no surname's (``town_words``)
            return STRONG
        if level in (OV_DEMONYM, FORMER_DISTRICT, OTHER_URBAN_TYPE):  # "асбестовцы", "Воскресенский район", "рп Майна"
            return WEAK
        if level == HYPHEN_INITIAL:  # "К-Уральский", "в П-Камчатском": a hyphen right after the initial
            return self._hyphen_initial(i)
        if level == TITLE_PHRASE:  # "в Большой Речке" (not "у большой речки"), "в деревне Большой Речке"
            return title_phrase_verdict(self, i, j)
        if level >= SHORTHAND:  # "Екб", "во Владике", "на Кубани"; "с Владиком" is no village («с.»)
            return colloquial_verdict(self, level, i)
        if self.type_before(i) and lower_word_after_type(self, level, i, j):  # "В посёлке яма на дороге"
            return REJECT
        if self.type_before(i) and not (level == LOCAL_NAME and local_first_name(self, i, j)):
            return WEAK if self.town_part_before(i) else STRONG
        capital = self.capital(i)
        if level == LOCAL_NAME:  # "в Нижнем", "Купчино, яма у дома" (the resolver checks the region)
            return local_verdict(self, i, j, capital)
        if capital is None:
            return caseless_verdict(self, level, i, j, own_name)
        return cased_verdict(self, level, i, j, capital, own_name)


def _given_name_genitive(key: str) -> bool:
    """pymorphy3 reads ``key`` as a given name in the genitive singular ("розы", "карла", "льва"; not "мира").

    >>> _given_name_genitive("розы"), _given_name_genitive("карла"), _given_name_genitive("мира")
    (True, True, False)
    """
    return any({"Name", "gent", "sing"} in p.tag for p in analyzer().parse(key))
