"""The form index under construction: entries plus every written form of their names (build time).

``Builder`` collects places and posts their forms with an ambiguity level; the helpers here turn
one name into its forms ("Пуровский" → "Пуровском районе", "р-н Пуровский", ...).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from mcu_nlp.geo import declension, forms
from mcu_nlp.geo.gazetteer import BIG_TOWN
from mcu_nlp.geo.lexicon import (
    COMMON_NOUN_SHORT_NAMES,
    DISTRICT_ABBREVIATIONS,
    DISTRICT_NOUNS,
    LOCAL_SHORT_NAMES,
    REGION_ABBREVIATIONS,
    REGION_DISTRICT_NOUNS,
    REGION_NOUNS,
    words,
)
from mcu_nlp.geo.tokens import normalize_word, phrase_key
from mcu_nlp.letters import VOWELS

INITIAL_ADJECTIVES = frozenset(
    words("новый нижний верхний старый большой малый великий северный южный западный восточный набережные")
)
# A first word of any gender or number also cut short, by its stem, as dictionaries and addresses do: "Наб. Челны",
# "Ниж. Новгород", "Ст. Оскол", "Ст. Русса", "Верх. Пышма" (the initial, "Н. Челны", is the masculine list's only);
# the cut does not decline ("в Ниж. Новгороде")
CUT_FIRST_WORDS = {
    "набережн": ("наб",),
    "нижн": ("ниж", "нижн"),
    "верхн": ("верх", "верхн"),
    "стар": ("ст", "стар"),
    "нов": ("нов",),
    "велик": ("вел",),
    "больш": ("бол", "больш"),
    "мал": ("мал",),
    "северн": ("сев",),
    "южн": ("юж",),
    "западн": ("зап",),
    "восточн": ("вост",),
}
ADJECTIVE_ENDINGS = frozenset(words("ий ый ой ая яя ое ее ие ые"))
# The initial of a first word of another gender than the masculine list's ("В. Пышма", "М. Вишера", "В. Луки") or of
# a hyphenated name's first part ("Ю-Сахалинск", "Ю.Курильск"); not one that is also a settlement type's abbreviation
# ("с. Майна" is the village Майна, not Старая Майна; "п.", "д.", "г.", "х."; nor "С-Курильск")
TYPE_INITIALS = frozenset("сдпгх")
# Session 26: the initial of any adjective first word of a name of two or more words ("В. Волочёк" is Вышний
# Волочёк, "Б. Калитва" Белая Калитва, "М. Воды" Минеральные Воды), not only the listed ones' above; never a letter
# that is also a word of its own before a noun ("К Селу", "О Поле", "У Яра", "И ...", "А ...", "Я ...": «в» is the
# context's, which reads it as the preposition unless a dot, a hyphen or a slash follows)
WORD_INITIALS = frozenset("коуиая")
HYPHEN_INITIAL_PARTS = frozenset(words("южно северо западно восточно ново старо верхне нижне велико больше мало"))
REGION_CUT_NOUNS = ("область", "край")  # "Тамб. обл.", "Заб. край": the kinds written with a cut adjective
MIN_REGION_CUT = 3
GLUED_MIN_LENGTH = 5  # a glued initial and a second word of 4+ letters ("нтагил"; not "бон")

NEW_ADJECTIVES = frozenset(words("новый новая новое новые"))
# A town's hyphenated name whose second part only qualifies the first (an adjective, «на» and a river): writers drop
# it ("Переславль" for Переславль-Залесский, "в Славянске" for Славянск-на-Кубани); a first part in «о» joins an
# adjective ("Лосино-Петровский") and is no name of its own
QUALIFIED_NAME = re.compile(r"([а-яё]{4,}[^о\W])-(?:на-[а-яё-]+|[а-яё]+(?:ский|цкий|ская|ской|ское))", re.IGNORECASE)


class Builder:
    """Accumulates entries (regions, municipalities, settlements) and the form index."""

    def __init__(self) -> None:
        self.entries: list[dict] = []
        self.index: dict[str, dict[int, int]] = defaultdict(dict)
        self.by_oktmo: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.old_to_new: dict[str, str] = {}

    def add(self, **entry: object) -> int:
        self.entries.append(entry)
        eid = len(self.entries) - 1
        self.by_name[(normalize_word(str(entry["name"])), str(entry["region_code"]))].append(eid)
        if entry["kind"] != "settlement" and entry["oktmo"]:
            self.by_oktmo[str(entry["oktmo"])] = eid
        return eid

    def post(self, key: str, eid: int, level: int | None = None) -> None:
        if not key or eid < 0:
            return
        found = forms.ambiguity(key) if level is None else level
        self.index[key][eid] = min(found, self.index[key].get(eid, found))

    def post_forms(self, name: str, eid: int) -> None:
        # a hyphenated name ("Яр-Сале") is never an ordinary phrase, even if its parts are words
        hyphenated = forms.FREE if "-" in name else None
        for key in declension.case_forms(name):
            self.post(key, eid, hyphenated)
        for key in declension.title_phrase_forms(name):  # "в Большой Речке": with a capital on each word only
            self.post(key, eid, forms.TITLE_PHRASE)
        for key in declension.guessed_surname_forms(name):  # "смолячкова": a surname's level, as a known one's
            if key in self.index and self.index[key].get(eid) == forms.FREE:
                self.index[key][eid] = forms.PERSON_NAME
        words = name.split()
        first = normalize_word(words[0])
        cuts = (
            {
                c
                for stem, cut in CUT_FIRST_WORDS.items()
                if first[len(stem) :] in ADJECTIVE_ENDINGS and first.startswith(stem)
                for c in cut
            }
            if len(words) > 1
            else set()
        )
        if len(words) > 1 and (
            first in INITIAL_ADJECTIVES
            or (cuts and first[0] not in TYPE_INITIALS)
            or (words[1][:1].isupper() and adjective_initial(first))  # "В. Волочёк"; not "Звездный городок"
        ):
            cuts.add(first[0])
        head, _, rest = first.partition("-")
        if len(words) == 1 and rest and head in HYPHEN_INITIAL_PARTS and head[0] not in TYPE_INITIALS:
            for key in declension.case_forms(name.partition("-")[2]):
                self.post(f"{head[0]} {key}", eid, forms.INITIAL)
        if cuts:
            for key in declension.case_forms(" ".join(words[1:])):
                if declension.surname_like_genitive(" ".join(words[1:]), key):
                    continue  # "В. Татышлов" is a person's initial and surname (review of 4d0cf7f)
                for cut in cuts:
                    self.post(f"{cut} {key}", eid, forms.INITIAL)
                if first in INITIAL_ADJECTIVES and len(words) == 2 and glued_initial(first[0] + key):
                    # session 44: the initial glued to the second word, as in a hashtag or a hurried post
                    # ("ННовгород", "НТагил", "ВУстюг"; the context wants the capital)
                    self.post(first[0] + key, eid, forms.INITIAL)
        for variant in joined_spellings(name):
            for key in declension.case_forms(variant):
                self.post(key, eid)
        if len(words) > 1 and normalize_word(words[0]) in NEW_ADJECTIVES:  # "в Ново-Уренгое", "Ново-Девяткино"
            for key in declension.case_forms(" ".join(words[1:])):
                self.post(f"ново {key}", eid)


def joined_spellings(name: str) -> list[str]:
    """A hyphenated name as writers join it: with no hyphen ("Ярсале"), and in a word of three parts or more with one
    hyphen between capitalised parts dropped (session 31: "Султан-Янгиюрт", the usual spelling of the census's
    "Султан-Янги-Юрт"; "Султанянги-Юрт"), never next to a lower-case part ("Ростов-на-Дону" has no "Ростовна-Дону").

    >>> joined_spellings("Султан-Янги-Юрт"), joined_spellings("Ростов-на-Дону"), joined_spellings("Тула")
    (['СултанЯнгиЮрт', 'Султанянги-Юрт', 'Султан-Янгиюрт'], ['РостовнаДону'], [])
    """
    if "-" not in name:
        return []
    out = [name.replace("-", "")]
    for w, word in enumerate(words := name.split()):
        parts = word.split("-")
        for i in range(1, len(parts) if len(parts) > 2 else 0):
            if parts[i - 1][:1].isupper() and parts[i][:1].isupper():
                joined = "-".join([*parts[: i - 1], parts[i - 1] + parts[i].lower(), *parts[i + 1 :]])
                out.append(" ".join([*words[:w], joined, *words[w + 1 :]]))
    return out


def adjective_initial(first: str) -> bool:
    """Whether a name's first word ``first`` (a key) may be cut to its initial: an adjective ("вышний", "белая",
    "минеральные"; by its ending and pymorphy3's reading) whose initial is no settlement type's letter nor a word
    (``TYPE_INITIALS``, ``WORD_INITIALS``)."""
    if "-" in first or first[:1] in TYPE_INITIALS | WORD_INITIALS or first[-2:] not in ADJECTIVE_ENDINGS:
        return False
    return declension.best_parse(first).tag.POS in declension.ADJECTIVES


def adjective_phrase_forms(phrase: str, gender: str = "masc") -> list[str]:
    """Case forms of "Усть-Кутский" or "Ямало-Ненецкий": only the last part inflects."""
    head, _, last = phrase.rpartition("-") if "-" in phrase.split()[-1] else ("", "", phrase)
    prefix = f"{phrase_key(head)} " if head else ""
    return [prefix + form for form in declension.adjective_forms(last, gender)]


def spaced_adjective_forms(adjectives: list[str]) -> list[str]:
    """Case forms of a district's name of several adjectives, each declined (session 71: "Азовский немецкий" gave
    «азовский немецкого района», its first word left in the nominative).

    >>> spaced_adjective_forms(["Азовский", "немецкий"])[5]
    'азовском немецком'
    """
    return [" ".join(forms) for forms in zip(*(adjective_phrase_forms(word) for word in adjectives), strict=True)]


def is_adjective(name: str) -> bool:
    """ "Пуровский", "Усть-Кутский" are adjectives; "Петропавловск-Камчатский" is a town (its head is a noun)."""
    parts = normalize_word(name.split()[-1]).split("-")
    if len(parts) > 1 and "Geox" in declension.best_parse(parts[0]).tag:
        return False
    # pymorphy3 reads some district adjectives as surnames ("Хомутовский"); the suffix decides
    return (
        parts[-1].endswith(("ский", "цкий", "ской", "цкой"))
        or declension.best_parse(parts[-1]).tag.POS in declension.ADJECTIVES
    )


def add_region_forms(b: Builder, name: str, eid: int) -> None:
    """ "Курская область", "Курской обл.", "обл Курская", "Республике Татарстан", "Ямало-Ненецкого АО"."""
    words = name.split()
    low = [normalize_word(w) for w in words]
    tail = " ".join(low[1:])
    if low[0] == "республика":
        rest = phrase_key(" ".join(words[1:]))
        for key in declension.case_forms(" ".join(words[1:])):
            b.post(key, eid)
        for noun in (*REGION_NOUNS["республика"], "респ"):
            b.post(f"{noun} {rest}", eid, forms.FREE)
        b.post(f"{rest} респ", eid, forms.FREE)
    elif tail in REGION_NOUNS:
        gender = "masc" if tail in ("край", "автономный округ") else "femn"
        adjectives = adjective_phrase_forms(words[0], gender)
        for adj, noun in zip(adjectives, REGION_NOUNS[tail], strict=False):
            b.post(f"{adj} {noun}", eid, forms.FREE)
        for abbreviation in REGION_ABBREVIATIONS[tail]:
            b.post(f"{adjectives[0]} {abbreviation}", eid, forms.FREE)
            b.post(f"{abbreviation} {adjectives[0]}", eid, forms.FREE)
            for adj in adjectives:
                b.post(f"{adj} {abbreviation}", eid, forms.FREE)
        b.post(f"{REGION_NOUNS[tail][0]} {adjectives[0]}", eid, forms.FREE)
    else:
        for key in declension.case_forms(name):
            b.post(key, eid)


def add_region_cuts(b: Builder, region_ids: dict[str, int]) -> None:
    """An области's or a края's adjective cut short after a consonant, before its noun: "Тамб. обл.", "Заб. край",
    "Кург. области". A cut counts only when it starts no word of another region's name ("Кур." is Курская and
    Курганская; "Сев." Севастополь and Северная Осетия) and is no word but a place's name ("там обл.": "там").
    """
    names = {eid: normalize_word(b.entries[eid]["name"]).replace("-", " ").split() for eid in region_ids.values()}
    for eid, name in names.items():
        if len(name) != 2 or name[1] not in REGION_CUT_NOUNS:
            continue
        others = [w for other, ws in names.items() if other != eid for w in ws]
        adjective, noun = name
        for stop in range(MIN_REGION_CUT, len(adjective) - 1):
            cut = adjective[:stop]
            if cut[-1] not in declension.CONSONANTS or any(w.startswith(cut) for w in others):
                continue
            if declension.morph().word_is_known(cut) and not forms.place_only(cut):
                continue
            for written in (*REGION_NOUNS[noun], *REGION_ABBREVIATIONS[noun]):
                b.post(f"{cut} {written}", eid, forms.FREE)


def canonical_municipality(short: str, official: str, kind: str) -> tuple[str, bool]:
    """Canonical name of an upper-level municipality and whether it is written as an adjective: a муниципальный район
    or округ of a hyphenated "-ский" name is one though its first part is a place's name (session 31: «Сулейман»,
    «Зубово», «Мегино» are to pymorphy3; 29 such districts had no "район" forms, «в Сулейман-Стальском районе»)."""
    short = short.split(" и ")[0].strip()
    official = official.lower()
    hyphenated = "муниципальный" in official and normalize_word(short).endswith(("ский", "цкий")) and "-" in short
    if " город " in f" {official} " or not (is_adjective(short) or hyphenated):
        return short, False
    if "район" in official.lower():
        return f"{short} район", True
    return f"{short} {kind}", True


def add_district_forms(
    b: Builder, short: str, eid: int, taken: frozenset[str] = frozenset(), taken_level: int | None = None
) -> None:
    """A district's adjective ``short`` with its nouns ("Вельский район", "в Вельском р-не", "р-н Вельский"); a
    hyphenated one of two parts also with its first part cut to the initial before a district's noun (session 31:
    "в С.Стальском районе", "С-Стальский р-н" of Сулейман-Стальский; not bare: "С. Стальское" is a village).
    Keys in ``taken`` are left to the places that have them, or shared with them at ``taken_level`` if given."""

    def post(key: str) -> None:
        if key not in taken:
            b.post(key, eid, forms.FREE)
        elif taken_level is not None:
            b.post(key, eid, taken_level)

    adjectives = short.split()
    spaced = len(adjectives) > 1 and all(is_adjective(word) for word in adjectives)
    cases = spaced_adjective_forms(adjectives) if spaced else adjective_phrase_forms(short)
    local = REGION_DISTRICT_NOUNS.get(str(b.entries[eid]["region_code"]))  # «Намский улус», «в Тандинском кожууне»
    nouns_after = [*DISTRICT_NOUNS.values(), *([local] if local and b.entries[eid]["kind"] == "municipality" else [])]
    head = phrase_key(short).rpartition(" ")[0]
    initial = head[0] if head and " " not in head and not spaced else ""
    # session 71: a name of several adjectives is written by its first too ("Азовский район" of Азовский немецкий
    # национальный район), below a namesake of that full name (``namesake_rank.SHORTENED_PENALTY``)
    shortened = [adjective_phrase_forms(adjectives[0])] if spaced else []
    for i, adj in [*enumerate(cases), *(pair for phrase in shortened for pair in enumerate(phrase))]:
        for written in (adj, f"{initial} {adj.rpartition(' ')[2]}") if initial else (adj,):
            for nouns in nouns_after:
                post(f"{written} {nouns[i]}")
            for abbr in DISTRICT_ABBREVIATIONS:
                post(f"{written} {abbr}")
    for abbr in DISTRICT_ABBREVIATIONS:  # FIAS order: "р-н Льговский"
        post(f"{abbr} {cases[0]}")
    for nouns in DISTRICT_NOUNS.values():
        post(f"{nouns[0]} {cases[0]}")


RAYON_WORDS = frozenset((*DISTRICT_NOUNS["район"], "рн", "мр"))
OKRUG_WORDS = frozenset((*DISTRICT_NOUNS["округ"], "го", "мо"))


def split_district_nouns(b: Builder) -> None:
    """Where a region has a район and a городской or муниципальный округ of one adjective (Челябинская область's
    Троицкий район and Троицкий городской округ, the town Троицк's; Приморский край's Дальнереченский), a form that
    names a район is the район's and one that names an округ the округ's: both had every form ("Троицкого р-на"
    gave the town's округ; session 36). Session 63 (the Кузбасс walkthrough's D1): so where both are округа, a
    town's городской округ and the муниципальный округ of the district it left (Кемеровская's Беловский, Юргинский,
    Прокопьевский; Приморский край's Партизанский): a form with «район» or «муниципальный» names the муниципальный
    округ, one with «городской» («г.о.») the town's ("Беловский район" gave the town's округ at 0.95)."""
    for key, postings in b.index.items():
        words = key.split()
        pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
        rayon = bool(RAYON_WORDS.intersection(words)) or any(p.startswith("р ") or p == "м р" for p in pairs)
        okrug = bool(OKRUG_WORDS.intersection(words)) or bool(pairs & {"г о", "м о"})
        if rayon == okrug:
            continue
        regions: dict[str, list[int]] = defaultdict(list)
        for eid in postings:
            if b.entries[eid]["kind"] == "municipality":
                regions[str(b.entries[eid]["region_code"])].append(eid)
        choices = _district_noun_choices(words, pairs, rayon)
        for ids in regions.values():
            for named in choices:
                own = [e for e in ids if named(str(b.entries[e]["name"]))]
                if own and len(own) < len(ids):
                    for eid in set(ids) - set(own):
                        del postings[eid]
                    break


def _town_okrug(name: str) -> bool:
    return name.endswith("городской округ")


def _district_noun_choices(words: list[str], pairs: set[str], rayon: bool) -> tuple:
    """Which municipalities a district form's noun names, the likelier first (``split_district_nouns``)."""
    if rayon:  # a former district's муниципальный округ before the town's
        return (lambda name: name.endswith("район"), lambda name: not _town_okrug(name))
    if "городской" in words or "го" in words or "г о" in pairs:
        return (lambda name: name.endswith("округ"), _town_okrug)
    if "муниципальный" in words:
        return (lambda name: name.endswith("округ"), lambda name: not _town_okrug(name))
    return (lambda name: name.endswith("округ"),)


def relax_big_towns(b: Builder) -> None:
    """A one-word form of a town of 50,000+ people that pymorphy3 knows (almost) only as a place needs only a capital.

    Its length ("уфа", "уфе": three letters) or an ordinary word one letter away ("сочи" ~ "ночи") made it a person's
    name or a word, so "Уфа нет отопления", "жители Сочи" were missed and "в Сочи" lost to ``region=``.
    """
    for key, postings in b.index.items():
        big = [e for e, level in postings.items() if level in (forms.COMMON_WORD, forms.PERSON_NAME) and _big(b, e)]
        if big and " " not in key and forms.place_only(key):
            postings.update(dict.fromkeys(big, forms.CAPITALISED))


def _big(b: Builder, eid: int) -> bool:
    while "alias_of" in b.entries[eid]:
        eid = b.entries[eid]["alias_of"]
    return int(b.entries[eid]["population"] or 0) >= BIG_TOWN


def add_local_short_names(b: Builder, region_ids: dict[str, int]) -> None:
    """Case forms of ``LOCAL_SHORT_NAMES`` ("в Ростове", "в Нижнем"), counted in their region only.

    A form that already names another place of that region stays that place's ("Каменском" of Каменский район); a
    short name of ``COMMON_NOUN_SHORT_NAMES`` gives its nominative only ("казан"; "в Казане" stays a typo's).
    """
    for short, name, region, _why in LOCAL_SHORT_NAMES:
        ids = [e for e in b.by_name.get((normalize_word(name), region), []) if "alias_of" not in b.entries[e]]
        keys = {phrase_key(short)} if short in COMMON_NOUN_SHORT_NAMES else declension.case_forms(short)
        for key in keys:
            if all(str(b.entries[e]["region_code"]) != region for e in b.index.get(key, ())):
                b.post(key, ids[0] if ids else region_ids[region], forms.LOCAL_NAME)


def add_short_town_names(b: Builder) -> None:
    """Case forms of the first part of a town's hyphenated name whose second part only qualifies it
    (``QUALIFIED_NAME``), at the level pymorphy3 gives it, when no other place has that name and no other town that
    first part ("Каменск": Каменск-Шахтинский and Каменск-Уральский; Ростов of Ярославская is a town of its own); a
    form that names another place stays its ("славянском": Славянский район's adjective)."""
    towns = defaultdict(list)
    for eid, entry in enumerate(b.entries):
        match = QUALIFIED_NAME.fullmatch(str(entry["name"]))
        if match and entry.get("urban") and "alias_of" not in entry:
            towns[match.group(1)].append(eid)
    for short, ids in towns.items():
        if len(ids) == 1 and phrase_key(short) not in b.index:
            for key in declension.case_forms(short) - b.index.keys():
                b.post(key, ids[0])
        else:
            add_regional_short_names(b, short, ids)


MIN_FIRST_WORD_CUT = 3  # "Гор. Ключ"; not "Го. Ключ"


def add_cut_town_names(b: Builder) -> None:
    """A town of two words whose first is an adjective ``CUT_FIRST_WORDS`` lacks, that first word cut after a consonant
    ("Гор. Ключ", "Гор.Ключе": Горячий Ключ; "Мин. Воды"; walkthrough s71), at ``forms.INITIAL`` (a dot or a capital
    after the cut), where the cut and the rest name that town alone: no other town's cut gives the key and no place
    has it already."""
    found: dict[str, set[int]] = defaultdict(set)
    for eid, entry in enumerate(b.entries):
        words = str(entry["name"]).split()
        if entry["kind"] == "region" or not entry.get("urban") or len(words) != 2 or "alias_of" in entry:
            continue  # a town, or a городской округ named as its town ("Горячий Ключ")
        first = normalize_word(words[0])
        if any(first.startswith(stem) for stem in CUT_FIRST_WORDS) or not _cut_adjective(first):
            continue
        cuts = {first[:n] for n in range(MIN_FIRST_WORD_CUT, len(first) - 1) if first[n - 1] not in VOWELS | set("йьъ")}
        for key in declension.case_forms(words[1]):
            for cut in cuts:
                found[f"{cut} {key}"].add(eid)
    for key, ids in found.items():
        if len(ids) == 1 and key not in b.index:
            b.post(key, next(iter(ids)), forms.INITIAL)


def _cut_adjective(first: str) -> bool:
    """A first word that may be cut to 3+ letters: an adjective, as ``adjective_initial`` asks, of any initial."""
    adjective = declension.best_parse(first).tag.POS in declension.ADJECTIVES
    return "-" not in first and first[-2:] in ADJECTIVE_ENDINGS and adjective


def add_regional_short_names(b: Builder, short: str, ids: list[int]) -> None:
    """Case forms of the first part ``short`` of the hyphenated towns ``ids`` whose name a place of another region
    has too, at ``forms.LOCAL_NAME`` (counted in the town's region only), for a town that is its region's only one
    with that first part; a form that names another place of its region stays that place's, as for
    ``lexicon.LOCAL_SHORT_NAMES`` (session 48: "в Усолье" from a caller of 38 is Усолье-Сибирское, not Пермский
    край's town Усолье; "в Железногорске" Железногорск-Илимский, not Курская's or Красноярский край's). Not a form
    the dictionary reads as an adjective: "в Ленинском" is a district's or a village's (Ленинский, Ленинское), not
    Ленинск-Кузнецкий's instrumental; "в Красном" no Красное-на-Волге."""
    regions = Counter(str(b.entries[e]["region_code"]) for e in ids)
    for eid in ids:
        region = str(b.entries[eid]["region_code"])
        if regions[region] > 1:
            continue
        for key in declension.case_forms(short):
            if forms.ambiguity(key) != forms.ADJECTIVE_NAME and all(
                str(b.entries[e]["region_code"]) != region for e in b.index.get(key, ())
            ):
                b.post(key, eid, forms.LOCAL_NAME)


# A hyphenated town's second part of this many letters at least, for its initialled name (``add_hyphen_initials``)
MIN_HYPHEN_INITIAL_PART = 4


def add_hyphen_initials(b: Builder) -> None:
    """Case forms of a two-part hyphenated town's second part after its first part's initial, at ``HYPHEN_INITIAL``
    (counted only with the hyphen written): "К-Уральский", "в К-Уральском" (Каменск-Уральский), "П-Камчатский",
    "Г-Хрустальный" (session 27). Not a first part that ``HYPHEN_INITIAL_PARTS`` already cuts ("Ю-Сахалинск"), nor a
    second part of under ``MIN_HYPHEN_INITIAL_PART`` letters ("Улан-Удэ"), nor a name of three parts
    ("Ростов-на-Дону")."""
    for eid, entry in enumerate(b.entries):
        name = str(entry["name"])
        if not entry.get("urban") or "alias_of" in entry or " " in name or name.count("-") != 1:
            continue
        head, rest = name.split("-")
        if normalize_word(head) in HYPHEN_INITIAL_PARTS or len(rest) < MIN_HYPHEN_INITIAL_PART or len(head) < 3:
            continue
        initial = normalize_word(head)[0]
        for key in declension.case_forms(rest):
            b.post(f"{initial} {key}", eid, forms.HYPHEN_INITIAL)


# A town on a river, "X-на-Y": its «на-Y» written «н/Y» ("Ростов н/Д", "г. Калач н/Д", session 29)
ON_RIVER = re.compile(r"^([А-ЯЁ][а-яё]+)-на-([А-ЯЁ])[а-яё]+$")


def add_river_initials(b: Builder) -> None:
    """Case forms of a town "X-на-Y" with «н/Y» for «на-Y» ("ростове н д" of Ростов-на-Дону; its letter «н» and the
    river's initial are one-letter keys, which no other name ends with), at the level of the town's own forms."""
    for eid, entry in enumerate(b.entries):
        match = ON_RIVER.match(str(entry["name"]))
        if not match or not entry.get("urban") or "alias_of" in entry:
            continue
        tail = f" н {normalize_word(match.group(2))}"
        for key in declension.case_forms(match.group(1)):
            b.post(key + tail, eid, forms.FREE)


def glued_initial(key: str) -> bool:
    """``key``, a name's initial glued to its second word, is no word pymorphy3 knows and no short one: "нновгород",
    not "блог" (Большой Лог), "бон" (Большой Он).

    >>> glued_initial("нновгород"), glued_initial("блог"), glued_initial("бон")
    (True, False, False)
    """
    return " " not in key and len(key) > GLUED_MIN_LENGTH and not declension.morph().word_is_known(key)
