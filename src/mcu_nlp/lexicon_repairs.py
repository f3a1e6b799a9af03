"""Repairs in the lexicon's reading: which outages a repair cancels, and when "сейчас есть"/"идёт" says a supply is
there again ("не было воды, сейчас идёт") rather than something else ("уже есть пострадавшие", "газ идёт из трубы");
where a repair or a hedge stands in reach of a signal, found by bisection so a long text is read in near-linear time.
Used by :func:`mcu_nlp.lexicon.find_signals`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from mcu_nlp.lexicon_rules import Rule
from mcu_nlp.lexicon_spans import contrasts, crosses, same_part
from mcu_nlp.lexicon_words import CLAUSE_ENDS, opens_clause
from mcu_nlp.morphology import grammemes

if TYPE_CHECKING:
    from mcu_nlp.lexicon_words import Word

__all__ = [
    "CUT_TOLD", "LINE_REQUESTS", "OUTAGES", "REPAIRED_SUPPLY", "REPAIRS", "SUPPLY", "SUPPLY_NOUNS", "answers_outage",
    "asked_before", "firsts_by_group",
    "from_where", "hedged", "over_before", "relapsed_outages", "relapses", "repair_cancels", "repaired",
    "repairs_by_supply", "spans_by_group", "threatened",
]

#: Outages a later repair can cancel.
SUPPLY = frozenset({"heating", "water", "power", "gas"})
#: Repairs that ask for a supply line or say it was never laid («Просим газифицировать деревню, газа нет», «газа нет
#: и не было никогда»): the place has no line, so they settle an outage of their group told after them or inside them
#: too (:func:`asked_before`), in their sentence or the next, as a repair settles one told before it (:func:`repaired`;
#: walkthrough s57 D2: the same two statements were critical in one order, normal in the other).
LINE_REQUESTS = frozenset({"gasification asked", "gas never laid"})
#: Words (lemmas) that date an outage or give its cause in its own sentence, so it is a cut, whatever line was asked
#: for before it («Просим газифицировать соседнюю улицу. У нас газа нет третий день после аварии»; review s57).
CUT_TOLD = frozenset({"авария", "аварийный", "отключить", "отключение", "отключать", "отключиться", "прорыв",
                      "порыв", "утечка", "день", "сутки", "час", "утро", "вчера", "сегодня", "опять", "снова"})
#: Levels of the outages a repair or a "back" match answers.
OUTAGES = ("critical", "high")
#: Levels of repairs: "fixed" says what was repaired or that it was repaired ("свет дали", "сейчас дали"); "back"
#: only says a supply is there again ("сейчас есть"), so it is a repair only after an outage (:func:`answers_outage`).
REPAIRS = ("fixed", "back")
#: What a "back" verb may have as its subject for it to say a supply is there again ("сейчас есть свет"); any other
#: word after it is its subject instead ("уже есть пострадавшие", "сейчас идёт отопительный сезон").
SUPPLY_NOUNS = frozenset({"вода", "свет", "отопление", "газ", "электричество", "электроэнергия", "тепло", "батарея",
                          "горячий", "холодный", "напряжение", "водоснабжение", "теплоснабжение", "электроснабжение"})
#: After "идёт", a source or a path: "газ идёт из трубы", "вода идёт с потолка" is a leak, not a supply that works;
#: not "с" with an instrumental ("идёт с температурой 28 градусов") or "по" with a schedule ("идёт по графику").
FROM_WHERE = frozenset({"из", "с", "по"})
INSTRUMENTAL = re.compile(r".+(?:ой|ей|ом|ем|ами|ями|ью)")
#: "Again" words and the outage words after them that say a supply repaired is cut again (:func:`relapses`).
AGAIN = frozenset({"опять", "снова", "вновь"})
CUT_AGAIN = frozenset({"нет", "нету", "не_быть", "отключить", "отключиться", "выключить", "вырубить", "пропасть",
                       "погаснуть", "не_работать", "не_греть", "не_идти", "отрубить"})
#: Words of absence that say a supply is cut again only when their clause ends with them or a supply noun or one of
#: AFTER_ABSENT follows ("опять нет", "снова нет света", "опять нет уже час"), not "опять нет интернета", "снова нет
#: смысла писать": another thing missing, which a signal of its own reads if it matters.
ABSENT = frozenset({"нет", "нету", "не_быть"})
AFTER_ABSENT = frozenset({"уже", "вообще", "совсем", "больше", "с", "до", "и", "опять", "снова"})
#: The outage a relapse reports after a repair that names its supply ("Свет дали, но опять отключили"): signal name and
#: group by the supply noun of the repair.
REPAIRED_SUPPLY = {
    **dict.fromkeys(("свет", "электричество", "электроэнергия", "напряжение", "электроснабжение"),
                    ("no power", "power")),
    **dict.fromkeys(("вода", "водоснабжение"), ("no water", "water")),
    **dict.fromkeys(("отопление", "тепло", "батарея", "теплоснабжение"), ("no heating", "heating")),
    "газ": ("no gas", "gas"),
}
#: The group of the supply a word names in the clause of a repair ("свет дали", "дали горячую воду", "связь
#: восстановили"): such a repair settles the outages of that group only (:func:`repairs_by_supply`).
NAMED_SUPPLY = {**{term: group for term, (_, group) in REPAIRED_SUPPLY.items()},
                **dict.fromkeys(("горячий", "холодный", "гвс"), "water"),
                **dict.fromkeys(("связь", "интернет"), "communication")}
#: Marks that end the clause of a repair; so does a word that opens a part of contrast
#: (:func:`~mcu_nlp.lexicon_spans.contrasts`: "Нет света но газ дали", "газ дали, хотя света нет").
REPAIR_MARKS = CLAUSE_ENDS
#: How many words on each side of a repair's last word its clause is read for a supply (:func:`repairs_by_supply`).
NAMED_REACH = 6
#: What a relapse may name after its verb that is a weak supply, not none: "снова пропал только напор".
WEAK_SUPPLY = frozenset({"напор", "давление"})
#: How many repair matches before a relapse are read for the supply it names (:func:`relapsed_outages`): a few, so a
#: long sentence of repairs is read in linear time.
REPAIR_REACH = 3
#: Words that date an outage told after its repair to a day gone by (:func:`over_before`: "воду сегодня дали,
#: спасибо, вчера сидели без воды"); "ночью" is a form, not a lemma.
BEFORE_TODAY = frozenset({"вчера", "позавчера", "ночью", "выходной", "накануне"})
#: Verbs whose past forms tell a spell without a supply that is over ("неделю сидели без воды", "жили без света",
#: "не было газа"): an outage told after its repair in one of them is dated before it too.
SPELL_VERBS = frozenset({"сидеть", "просидеть", "жить", "прожить", "мучиться", "промучиться", "остаться",
                         "оставаться", "быть", "не_быть", "находиться"})
#: Words that say an outage told after a repair is now or came after it ("вчера дали воду, а сегодня опять нет", "и
#: сейчас нет", "потом снова"), or is still to come ("завтра", "будет"): lemmas, and forms of "быть" to come.
NOT_BEFORE = frozenset({"сейчас", "сегодня", "теперь", "опять", "снова", "вновь", "потом", "затем", "после", "сей",
                        "еще", "по-прежнему", "пока", "нет", "нету", "завтра", "будет", "будут"})
WHEN = frozenset({"график", "расписание", "час", "утро", "вечер", "ночь", "день", "обед", "сегодня", "вчера", "норма",
                  "понедельник", "число", "перебой"})


def from_where(item: tuple[int, int, Rule], seq: Sequence[Word]) -> bool:
    """Whether a supply-present or "back" match ends in "идёт" followed by a source ("газ идёт из трубы")."""
    _, last, rule = item
    after = seq[last + 1:last + 3]
    return (rule.level in ("present", "back") and seq[last].term == "идти" and len(after) == 2
            and after[1].sentence == seq[last].sentence and after[0].term in FROM_WHERE
            and not INSTRUMENTAL.fullmatch(after[1].form) and after[1].term not in WHEN)


def answers_outage(item: tuple[int, int, Rule], outages: list[int], seq: Sequence[Word], text: str) -> bool:
    """Whether a "back" match says a supply is there again: a supply outage (``outages``: the last word indices of the
    critical and high matches of SUPPLY groups, ascending) ends before it in its sentence or the previous one, and the
    match ends its clause or a supply noun follows ("не было воды, сейчас идёт", "сейчас есть свет"), so the supply
    is what is back; not "сейчас идёт дистанционное обучение" or "нет света. Уже есть пострадавшие"."""
    first, last, _ = item
    before = bisect_left(outages, first)  # if the last outage before the match is out of reach, so are all
    outage = before > 0 and seq[outages[before - 1]].sentence >= seq[first].sentence - 1
    nxt = last + 1
    ends_clause = (nxt >= len(seq) or seq[nxt].sentence != seq[last].sentence
                   or any(c in ",:-—–()" for c in text[seq[last].stop:seq[nxt].start]))
    return outage and (ends_clause or seq[nxt].term in SUPPLY_NOUNS)


def repair_cancels(repair_group: str, group: str) -> bool:
    """Whether a repair of ``repair_group`` cancels a signal of ``group``: its own group ("потушили" a fire), or any
    supply outage for a repair without a group ("дали")."""
    return repair_group == group or (not repair_group and group in SUPPLY)


def repairs_by_supply(found: list[tuple[int, int, Rule]], seq: Sequence[Word], text: str) -> dict[str, list[int]]:
    """Group -> first word indices (ascending) of the repairs (REPAIRS) of ``found``, as :func:`firsts_by_group`; a
    repair of no group is read in the clause of its last word: it starts there at the latest ("Света не было, всё
    дали": a match from «Света» repairs from «всё»), and if that clause names supplies (NAMED_SUPPLY) it goes to their
    groups only, so "Нет света третий день, а газ дали" keeps its power cut and "Нет воды и света, свет дали" its
    water outage; one naming none ("сейчас дали", "всё починили") stays without a group and settles any outage.

    >>> from mcu_nlp.lexicon import load_lexicon
    >>> from mcu_nlp.lexicon_words import words
    >>> t = "Не было воды и света, свет дали утром"  # «свет дали» and «свет дали утром»
    >>> repairs_by_supply(sorted(load_lexicon()._matches(words(t), t), key=lambda m: m[:2]), words(t), t)
    {'power': [4, 5]}
    """
    out: dict[str, list[int]] = {}
    bounds: frozenset[int] | None = None
    for first, last, rule in found:
        if rule.level not in REPAIRS:
            continue
        groups: Sequence[str] = (rule.group,)
        if not rule.group:
            bounds = frozenset(contrasts(text)) if bounds is None else bounds
            start, stop = _clause_of(seq, last, text, bounds)
            first = max(first, start)
            groups = sorted({NAMED_SUPPLY[w.term] for w in seq[start:stop] if w.term in NAMED_SUPPLY}) or ("",)
        for group in groups:
            out.setdefault(group, []).append(first)
    for firsts in out.values():
        firsts.sort()
    return out


def _clause_of(seq: Sequence[Word], i: int, text: str, bounds: frozenset[int]) -> tuple[int, int]:
    """The word range (start, stop) of the clause of word ``i``, NAMED_REACH words at most on each side: a clause opens
    a sentence, follows one of REPAIR_MARKS (:func:`~mcu_nlp.lexicon_words.opens_clause`) or a word that opens a part
    of contrast (``bounds``: the offsets of :func:`~mcu_nlp.lexicon_spans.contrasts` of ``text``)."""
    start = i
    while (start > max(0, i - NAMED_REACH) and seq[start - 1].start not in bounds
           and not opens_clause(text, seq, start, REPAIR_MARKS)):  # type: ignore[arg-type]
        start -= 1
    stop = i + 1
    while (stop < min(len(seq), i + NAMED_REACH + 1) and seq[stop].start not in bounds
           and not opens_clause(text, seq, stop, REPAIR_MARKS)):  # type: ignore[arg-type]
        stop += 1
    return start, stop


def over_before(repairs: dict[str, list[int]], group: str, first: int, last: int, seq: Sequence[Word],
                text: str, known: dict[str, Any] | None = None) -> bool:
    """Whether an outage of ``group`` (a supply) over words ``first``..``last`` is told after a repair that settles it
    (``repairs``: :func:`repairs_by_supply`) in its sentence or the one before, and dated before that repair: its
    clause names a day gone by (BEFORE_TODAY) or tells the spell in the past (SPELL_VERBS), the repair stands in a
    clause before it (not "Газ дали, вчера без света сидели": «дали, вчера» is no repair of the power), and nothing
    from that clause to the end of its sentence says it is now, came later or is to come (NOT_BEFORE). "Воду сегодня
    дали, спасибо, вчера сидели без воды" is a past outage already fixed; "вчера дали воду, а сегодня опять нет" and
    "дали свет, но вчера без воды сидели и сейчас нет" are not (the second's repair is of another supply). ``known``
    keeps what is read of the whole text (its parts of contrast, its NOT_BEFORE words) across the outages of one text,
    so a long text is read once.

    >>> from mcu_nlp.lexicon import find_signals
    >>> [(s.name, s.level) for s in find_signals("Воду сегодня дали, спасибо, вчера сидели без воды")][-1]
    ('no water', 'normal')
    >>> [(s.name, s.level) for s in find_signals("Воду сегодня дали, вчера без воды, и сейчас опять нет")][-1]
    ('no water', 'critical')
    """
    known = {} if known is None else known
    if "bounds" not in known:
        known["bounds"] = frozenset(contrasts(text))
        known["later"] = [i for i, w in enumerate(seq)
                          if w.term in NOT_BEFORE or w.form.removeprefix("не_") in NOT_BEFORE]
    bounds, later = known["bounds"], known["later"]
    start, stop = _clause_of(seq, first, text, bounds)[0], _clause_of(seq, last, text, bounds)[1]
    before = [firsts[at - 1] for g, firsts in repairs.items() if repair_cancels(g, group)  # in a clause before it
              for at in (bisect_left(firsts, start),) if at]
    if not before or seq[max(before)].sentence < seq[first].sentence - 1:
        return False
    if not any(w.term in BEFORE_TODAY or w.form in BEFORE_TODAY or (w.term in SPELL_VERBS and _past(w.form))
               for w in seq[start:stop]):
        return False
    at = bisect_left(later, start)  # the first word from the clause on that says now, later or to come
    return not (at < len(later) and seq[later[at]].sentence == seq[first].sentence)


def _past(form: str) -> bool:
    """Whether a verb form (maybe "не_"-glued) is in the past tense: "сидели", "не_было"."""
    return "past" in grammemes(form.removeprefix("не_"))


def firsts_by_group(found: list[tuple[int, int, Rule]], levels: tuple[str, ...]) -> dict[str, list[int]]:
    """Group -> first word indices (ascending, as ``found`` is sorted) of the matches of rules of ``levels``."""
    out: dict[str, list[int]] = {}
    for first, _, rule in found:
        if rule.level in levels:
            out.setdefault(rule.group, []).append(first)
    return out


def spans_by_group(found: list[tuple[int, int, Rule]],
                   wanted: Callable[[Rule], bool]) -> dict[str, list[tuple[int, int]]]:
    """Group -> (first, last) word indices (ascending, as ``found`` is sorted) of the matches of the rules ``wanted``
    picks: threats by level, line requests by name."""
    out: dict[str, list[tuple[int, int]]] = {}
    for first, last, rule in found:
        if wanted(rule):
            out.setdefault(rule.group, []).append((first, last))
    return out


def asked_before(requests: Sequence[tuple[int, int]], first: int, last: int, seq: Sequence[Word],
                 bounds: list[int]) -> bool:
    """Whether a request for a line or a line never laid (``requests``: first and last word indices of LINE_REQUESTS
    matches) starts before the outage over words ``first``..``last`` or holds it («газа нет и не было никогда»), in
    its sentence or the one before, with no part of contrast opening between them (``bounds``:
    :func:`~mcu_nlp.lexicon_spans.contrasts`; «Просим газифицировать соседнюю улицу. А у нас газа нет третий день» is
    a cut). One told after the outage is a repair's (:func:`repaired`): «Нет газа, проложить обходную трубу не могут»
    has the outage's noun first, and no line asked for. Not an outage its sentence dates or gives a cause of (CUT_TOLD:
    «... У нас газа нет третий день после аварии»). The requests before it are walked back from the last, so a long
    text of many requests and cuts is read in near-linear time."""
    sentence = seq[first].sentence
    for k in range(bisect_right(requests, (first, len(seq))) - 1, -1, -1):
        start, end = requests[k]
        if sentence - seq[start].sentence > 1:
            return False  # sorted by start: every earlier request is further still
        if (start < first or last <= end) and not crosses(bounds, seq, start, first):  # type: ignore[arg-type]
            return not _cut_told(seq, first)
    return False


def _cut_told(seq: Sequence[Word], i: int) -> bool:
    """Whether the sentence of word ``i`` holds a word of CUT_TOLD."""
    sentence, j = seq[i].sentence, i
    while j > 0 and seq[j - 1].sentence == sentence:
        j -= 1
    while j < len(seq) and seq[j].sentence == sentence:
        if seq[j].term in CUT_TOLD:
            return True
        j += 1
    return False


def hedged(hedges: Sequence[int], first: int, seq: Sequence[Word], bounds: list[int] | None = None) -> bool:
    """Whether a hedge (``hedges``: first word indices, ascending) starts at or before word ``first`` in its
    sentence and part of contrast (``bounds``: :func:`~mcu_nlp.lexicon_spans.contrasts` of the text, if given): the
    last one up to it does, if any does; "если честно, сил нет, а в подъезде пожар" is a fire. At it: a cut said to
    come whose word is the outage's own («Завтра не будет света»: «не_будет»; «в понедельник вырубят свет», s54)."""
    at = bisect_right(hedges, first)
    return at > 0 and same_part(bounds or [], seq, hedges[at - 1], first)  # type: ignore[arg-type]



def threatened(threats: Sequence[tuple[int, int]], first: int, last: int, clause: Sequence[int]) -> bool:
    """Whether a threat (``threats``: first and last word indices, ascending) starts at word ``first`` or before it
    and holds the signal over words ``first``..``last`` in its clause or in its own words (``clause``: each word's
    clause number): "еще дождь и затопит дома", "может затопить дома", "у дома, весной нас снова зальёт" speak of a
    flood to come; "весь дом затопит, если не перекрыть стояк, вода хлещет с потолка" of one now in its last clause,
    and "нас затопит, вода уже в квартире" of water in the flat now (walkthrough s43 D6). Unlike a hedge, a threat
    reaches no farther.

    >>> threatened([(3, 3)], 3, 4, [0, 0, 0, 0, 0]), threatened([(0, 0)], 3, 3, [0, 0, 1, 1])
    (True, False)
    >>> threatened([(2, 2)], 3, 4, [0, 0, 0, 0, 1]), threatened([(2, 4)], 2, 4, [0, 0, 0, 0, 1])
    (False, True)
    """
    at = bisect_right(threats, (first, len(clause)))
    if at == 0:
        return False
    start, stop = threats[at - 1]
    return clause[start] == clause[first] == clause[last] or stop >= last

def relapses(seq: Sequence[Word], text: str = "") -> list[int]:
    """Word indices (ascending) of a supply said to be cut again: "опять", "снова" or "вновь" with an outage word
    right after it ("потом дали, а теперь опять нет", "но через час снова отключили"); not "снова всё работает", nor
    a "нет" of something else ("опять нет интернета", "снова нет смысла": :data:`ABSENT`; its clause is read in
    ``text``, when given). One a signal of its own reads ("опять нет горячей воды", "снова не работает лифт") is that
    signal's, not a relapse: :func:`mcu_nlp.lexicon.find_signals` leaves those out.

    >>> from mcu_nlp.lexicon_words import words
    >>> relapses(words("Свет дали, но снова отключили")), relapses(words("Свет дали, снова всё работает"))
    ([3], [])
    >>> t = "Свет дали, а теперь опять нет интернета"
    >>> relapses(words(t), t), relapses(words("Свет дали, а теперь опять нет"))
    ([], [4])
    """
    return [i for i, w in enumerate(seq) if w.term in AGAIN and _cut_after(seq, i, text) is not None]


def _cut_after(seq: Sequence[Word], i: int, text: str) -> int | None:
    """The index of the outage word of a relapse at word ``i`` (:func:`relapses`), if it has one."""
    for j in range(i + 1, min(i + 3, len(seq))):
        if seq[j].term in CUT_AGAIN and seq[j].sentence == seq[i].sentence and not (
                seq[j].term in ABSENT and j + 1 < len(seq) and seq[j + 1].sentence == seq[j].sentence
                and seq[j + 1].term not in SUPPLY_NOUNS | AFTER_ABSENT
                and not (text and opens_clause(text, seq, j + 1, ",;:-—–()"))):  # type: ignore[arg-type]
            return j
    return None


def relapsed_outages(found: list[tuple[int, int, Rule]], seq: Sequence[Word], again: Sequence[int],
                     text: str = "") -> list[tuple[int, int, str, str]]:
    """Outages said only by a relapse (``again``: :func:`relapses` no match reads) after a repair that names its supply
    in the relapse's sentence or the one before ("Свет дали, но опять отключили", "Вода появилась, но через час опять
    пропала", "Воду дали утром, а вечером опять отключили": :func:`_repaired_supply`): (first, last word index, signal
    name, group) by REPAIRED_SUPPLY; none when an outage of that group ends before the relapse (the repair already
    cancels nothing: :func:`repaired`). ``found`` is sorted as in :func:`mcu_nlp.lexicon.find_signals`.
    """
    repairs = [(first, last) for first, last, rule in found if rule.level in REPAIRS]
    ends = [last for _, last in repairs]  # ascending with the firsts: repairs do not overlap one another here
    ended: dict[str, int] = {}  # group -> the last word of its first outage
    for _, last, rule in found:
        if rule.level in OUTAGES:
            ended[rule.group] = min(last, ended.get(rule.group, last))
    out: list[tuple[int, int, str, str]] = []
    for i in again:
        at = bisect_left(ends, i)
        if not at or seq[repairs[at - 1][0]].sentence < seq[i].sentence - 1:
            continue
        supply = _repaired_supply(seq, repairs, at)
        cut = _cut_after(seq, i, text)
        if supply and cut is not None and ended.get(supply[1], i) >= i and not any(  # "снова пропал напор": weak
                w.term in WEAK_SUPPLY for w in seq[cut + 1:cut + 3]):
            out.append((i, cut, *supply))
    return out


def _repaired_supply(seq: Sequence[Word], repairs: Sequence[tuple[int, int]], at: int) -> tuple[str, str] | None:
    """The (signal name, group) of the supply named by the repair ``repairs[at - 1]`` or by the repairs it overlaps,
    back to REPAIR_REACH of them: «Воду дали утром» matches a repair at «Воду дали» and a bare one at «дали утром»,
    which alone names no supply; a separate repair before it («Свет дали. Интернет дали, потом опять отключили») is
    another one's."""
    start = seq[repairs[at - 1][0]].start
    for first, last in reversed(repairs[max(0, at - REPAIR_REACH):at]):
        if seq[last].stop < start:
            break
        start = seq[first].start
        for w in seq[first:last + 1]:
            if w.term in REPAIRED_SUPPLY:
                return REPAIRED_SUPPLY[w.term]
    return None


def repaired(repairs: list[int], last: int, seq: Sequence[Word], again: Sequence[int] = ()) -> bool:
    """Whether a repair (``repairs``: first word indices, ascending) starts after word ``last``, in its sentence or
    the next: the first one after it does, if any does, and no relapse (``again``: :func:`relapses`) follows that
    repair in its sentence or the next ("Не было света, потом дали, а теперь опять нет" is an outage now)."""
    at = bisect_right(repairs, last)
    if not (at < len(repairs) and seq[repairs[at]].sentence <= seq[last].sentence + 1):
        return False
    after = bisect_right(again, repairs[at])
    return not (after < len(again) and seq[again[after]].sentence <= seq[repairs[at]].sentence + 1)
