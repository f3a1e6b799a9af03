"""What ``data/urgency.md`` says by rule, not by learning: the level of the lexicon alone, and the rules that act on
the urgency model's probabilities after the model.

- :func:`lexicon_predict`: the most severe danger signal of :mod:`mcu_nlp.lexicon` in a text (after the season
  rule), for comparison with the model.
- The season rule (:mod:`mcu_nlp.season`): a text whose only critical evidence is heating, dated in the warm
  season, is one level lower; its P(critical) moves to high.
- Trusted and agreed signals (:mod:`mcu_nlp.urgency.trust`): a critical lexicon signal the training data holds too
  rarely to learn (a gas smell: three of 5,113 annotated appeals) lifts P(critical) into [TRUSTED_FLOOR, 1]; one the
  training labels agree with at least half the time, however common, lifts it past every threshold, to at least
  AGREED_FLOOR (:func:`~mcu_nlp.urgency.lifts.lift_agreed`): the words around it must not talk the model out of it
  («Нет света»: the model learned «свет» from stairwell lighting). The lifts keep the model's order among lifted
  texts, and a gas smell ranks above a water cut-off for an operator sorting by P(critical). A high signal the
  training data holds as rarely ("маршрут 12 отменили": urgency.md's "a bus route suddenly cancelled", in none of
  them) makes the text at least high (:func:`~mcu_nlp.urgency.lifts.lift_high`), unless it is critical already.
- A weak supply (WEAK_SUPPLY: "отопление слабое", "слабый напор воды") with no critical signal is a supply that is
  there: urgency.md's "cold (but not unheated) flats", high, whatever the model reads into «отопление»; its
  P(critical) moves to high. So is hot water alone ("нет горячей воды"): the water and the heat urgency.md names
  are there (20 of the 27 annotated appeals with it and no critical signal are high, 4 critical), whatever the
  model reads into «нет» and «вода». A weak supply beside a critical signal ("батареи еле тёплые, дети мёрзнут",
  "нет горячей воды и отопления") is the model's.
- A settled text (:mod:`mcu_nlp.urgency.settled`: a supply said to work or repaired, and no other problem:
  "отопление есть, но слабое", "спасибо, что дали отопление") is not critical (urgency.md, "Negation and hedges"):
  P(critical) is ruled out and the other two levels keep their ratio (:func:`~mcu_nlp.urgency.lifts.rule_out_critical`);
  settled by a repair, with no signal but "normal" ones ("была авария, сейчас всё починили, вода есть"), it is normal:
  a past problem already fixed (:func:`fixed_problem`). A contrast after the settling phrase that says more than a
  reading of it ("воду дали, но ребенок ошпарился") is a second problem the lexicon may miss: the text stays the
  model's.
- A text that says nothing beyond its calm signals and an address ("вода есть", "свет дали", "когда включат
  отопление в доме 5?", even as one word too short for the model) is normal (:func:`nothing_but_calm`), except a
  heating-season question dated in the cold season, when the heating it asks for is due (:func:`unsettled_heating`):
  that is high whatever its verb ("будет", "включат"), since it names no cold and no fault at home (urgency.md takes
  the higher level only for a concrete danger). A heating-season question with more words but no signal above
  "normal", dated in the warm season ("когда включат отопление? в квартире пока нормально" on 10 September:
  :func:`asked_heating`), is read one level lower (:func:`~mcu_nlp.urgency.lifts.one_level_lower`), as the season
  rule reads heating: what the model read as critical in «отопление» and «квартира» is high, what it read as high is
  normal (urgency.md: "«когда включат отопление?» in September is normal"); a cold stated at home ("+15 в
  квартире", "мерзнем") is a signal, or makes the date count as unknown, and leaves the text to the model. A thanks
  for a done action with no complaint after it is normal too (:func:`mcu_nlp.urgency.thanks.thanked`: "спасибо, что
  убрали снег во дворе").
- A question about a planned outage or its schedule (:func:`asked_plan`: «Когда будет отключение горячей воды? хотим
  спланировать отпуск», «Будут ли отключать горячую воду летом?», «Опрессовка когда?») whose signals above "normal"
  all lie inside the question is normal: its «отключение горячей воды» is the plan asked about, not an outage now. An
  outage said outside it («...? Уже неделю нет горячей воды») leaves the text to the other rules and the model.
- A past event that does not go on ("год назад соседи затопили квартиру": a critical match cancelled only by a past
  word, :meth:`mcu_nlp.lexicon.Lexicon.dated`) is no threat now: with no critical signal, P(critical) moves to high.
- One word is read by the lexicon alone: the learned model would read it with the weight of a whole appeal (its
  TF-IDF rows are L2-normalised, so one word carries the full norm a long appeal spreads over many words), which
  made "Яма" critical and "Пожар" normal. urgency.md takes the higher level only when the text names a concrete
  danger: a short text (fewer than MIN_DANGER_WORDS words, or fewer words the model knows and a lexicon signal to
  read it by, an address not counted: "Яма в Казани", "Пожар на Ленина 5") with no critical lexicon signal has
  its P(critical) moved to high; one with a critical signal ("Пожар", "Пожар на Ленина 5") is lifted like a
  trusted signal. A repeated word counts once, a call for help (PLEAS) not at all ("Пожар! Пожар!", "ПОМОГИТЕ!!!
  ПОЖАР!!!" are "Пожар"). A text with no lexicon signal is as short when the model knows all its words and fewer than
  MIN_DANGER_WORDS of them ("Помогите пожалуйста" reads as "помочь", as "Помогите!" does); one with a word the model
  does not know stays the model's, whose character n-grams read a typo. A road surface urgency.md lists as high (a
  pothole, snow or ice: ROAD_SURFACE) said in fewer than ROAD_WORDS words and nothing else ("Яма большая", the model's
  «яма» of sinkholes read at a whole appeal's weight) is as short.
- A question about a plan or a procedure (:mod:`mcu_nlp.urgency.inquiry`: "Когда откроют каток?", "Можно ли открыть
  кружок?") with no lexicon signal is not critical: P(critical) is ruled out, as for a settled text. The model read
  «открыть» and «водопровод» of such questions as the open manholes and water cut-offs it learned them from. A
  question with a signal, even a calm one («Когда дадут отопление в доме 5? Дети болеют, холодно»), stays the model's.
  Critical is ruled out too, with no signal, for a question when a closed place opens again and for a request to open a
  service, wherever they stand («ФОК закрыт на ремонт уже год, когда откроют?», «прошу открыть хор»:
  :func:`~mcu_nlp.urgency.inquiry.asks_to_open`). So is a text that opens with thanks with no critical signal
  (:func:`~mcu_nlp.urgency.thanks.opens_with_thanks`: «Спасибо водоканалу, аварию устранили за ночь»), and a question
  about a bill for an outage gone by, whatever its signals (:func:`~mcu_nlp.urgency.billing.billed_outage`: «Почему
  начислили за май, если отопление отключили 5-го?»).
- A trouble that is no danger to people (HARMLESS: an animal stuck up a tree, which the model read as the tree of
  a falling tree) with no critical signal is high at most, as a weak supply is. So is a dog named with no word of an
  attack (:func:`~mcu_nlp.urgency.dogs.dogs_without_attack`: «СОБАКИ ЛАЮТ ВСЮ НОЧЬ», «хромая собака во дворе»),
  which the model read as the dogs of the attacks it learned.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence

import numpy as np

from mcu_nlp.lexicon import Signal, find_signals
from mcu_nlp.normalization import check_texts
from mcu_nlp.season import DateLike, dates_seasons, heating_only, seasonal, stated_seasons, warm_heating
from mcu_nlp.tokens import WORD
from mcu_nlp.urgency.address import address_terms
from mcu_nlp.urgency.billing import billed_outage
from mcu_nlp.urgency.dogs import dogs_without_attack
from mcu_nlp.urgency.inquiry import asks_to_open, inquiry
from mcu_nlp.urgency.lifts import (
    TRUSTED_FLOOR,
    lift_agreed,
    lift_critical,
    lift_high,
    one_level_lower,
    rule_out_critical,
)
from mcu_nlp.urgency.settled import (
    SETTLING,
    asked_heating,
    asked_plan,
    fixed_problem,
    nothing_but_calm,
    question_signals,
    repair_signals,
    settled,
    settling_signals,
    unsettled_heating,
)
from mcu_nlp.urgency.thanks import opens_with_thanks, thanked
from mcu_nlp.urgency.trust import GUIDELINE_PRIOR, RANK, THIN_EVIDENCE, TRUSTED_LEVELS, agreed_signals, trusted_signals

__all__ = [  # the trust of signals lives in mcu_nlp.urgency.trust, the settled texts in mcu_nlp.urgency.settled;
    # importable from here as before
    "GUIDELINE_PRIOR", "RANK", "SETTLING", "THIN_EVIDENCE", "TRUSTED_LEVELS", "agreed_signals", "apply_guideline",
    "asked_heating", "asked_plan", "fixed_problem", "lexicon_predict", "nothing_but_calm", "question_signals",
    "repair_signals", "settled", "settling_signals", "short_text", "short_texts", "signal_level", "trusted_signals",
    "unsettled_heating",
]

#: The probabilities of a text that is surely normal (:func:`nothing_but_calm`).
NORMAL = np.array([0.0, 0.0, 1.0])
#: The probabilities of a bare heating-season question dated in the cold season (:func:`unsettled_heating`).
HIGH = np.array([0.0, 1.0, 0.0])
#: Lexicon signals of a supply that is there but weak (urgency.md: "cold (but not unheated) flats" are high).
WEAK_SUPPLY = frozenset({"weak heating", "weak water pressure", "no hot water"})
#: Lexicon signals of a trouble that is no danger to people (an animal stuck up a tree: the learned model read the
#: tree of falling trees into it; school meals not served, which it read as hot water out): with no critical signal,
#: high at most, as a weak supply.
HARMLESS = frozenset({"animal stuck", "no school meals"})
#: A text of fewer words names no concrete danger by itself (only its lexicon signals can make it critical).
MIN_DANGER_WORDS = 2
#: Signals of a road surface that urgency.md lists as high by themselves ("deep potholes on a roadway", "snow or ice
#: not cleared"): a text that says nothing but one of them in fewer than ROAD_WORDS words («Яма большая», «Глубокие
#: ямы») names no danger to people (a sinkhole where people walk, someone fallen), so it is short (:func:`short_text`).
ROAD_SURFACE = frozenset({"pothole", "open pit", "snow and ice", "ice like a rink"})
ROAD_WORDS = 3
#: Calls for help or haste (lemmas) that name no danger: a short text's words the model knows leave them out, as they
#: leave out a repeat ("ПОМОГИТЕ!!! ПОЖАР!!!", "Пожар! Пожар!" say no more than "Пожар", :func:`short_text`).
PLEAS = frozenset({"помочь", "помощь", "спасти", "срочно", "срочный", "скорее", "быстрее", "караул", "sos"})


def signal_level(signals: Iterable[Signal]) -> str:
    """The most severe level among signals, "normal" when there are none.

    >>> signal_level(find_signals("Яма на дороге, рядом открытый люк"))
    'critical'
    """
    return min((s.level for s in signals), key=RANK.__getitem__, default="normal")


def lexicon_predict(texts: Iterable[str], dates: Sequence[DateLike] | None = None) -> list[str]:
    """The level of each text by the lexicon alone (most severe signal), for comparison with the model.

    >>> lexicon_predict(["Пахнет газом в подъезде", "Нет горячей воды", "Спасибо за лавочки"])
    ['critical', 'high', 'normal']
    """
    items = check_texts(texts)
    colds = stated_seasons(items, dates_seasons(dates, len(items)))
    return [signal_level(seasonal(find_signals(t), c)) for t, c in zip(items, colds)]


def weak(signals: list[Signal]) -> bool:
    """Whether a signal reads a supply that is there but weak, or hot water alone out (WEAK_SUPPLY), or a trouble that
    is no danger to people (HARMLESS): with no critical signal, such a text is high at most.

    >>> weak(find_signals("Отопление слабое")), weak(find_signals("Нет отопления")), weak(find_signals("Нет ГВС"))
    (True, False, True)
    """
    return any((s.name in WEAK_SUPPLY or s.name in HARMLESS) and s.level == "high" for s in signals)


def one_word(text: str) -> bool:
    """Fewer than MIN_DANGER_WORDS words: too little for the learned model to read.

    >>> one_word("Яма!"), one_word("Яма на дороге"), one_word("")
    (True, False, True)
    """
    return sum(1 for _ in zip(range(MIN_DANGER_WORDS), WORD.finditer(text))) < MIN_DANGER_WORDS


def short_texts(texts: Sequence[str], normalized: Sequence[str], signals: list[list[Signal]],
                vocabulary: Container[str] | None) -> list[bool]:
    """Whether each text is too short for the learned model: :func:`one_word`, or fewer than MIN_DANGER_WORDS of
    its lemmas in ``vocabulary`` (the model's words; None: not checked), an address not counted
    (:mod:`mcu_nlp.urgency.address`), with a lexicon signal to read it by ("Яма в Казани", "Пожар на ул. Ленина 5":
    the model knows only "яма", "пожар" besides the address; a typo such as "Аварийнре дерево" has no signal and
    stays the model's, whose character n-grams read it), or fewer than ROAD_WORDS with road-surface signals only
    (ROAD_SURFACE: "Яма большая"). A text with no signal is short when the model knows all its lemmas and fewer than
    MIN_DANGER_WORDS of them ("Помогите пожалуйста": "помочь"). A word counts once however often it is repeated, and
    a call for help or haste (PLEAS) not at all: "Пожар! Пожар!" and "ПОМОГИТЕ!!! ПОЖАР!!!" are as short as "Пожар".
    See :func:`short_text`.

    >>> texts = ["Яма в Казани", "Яма во дворе у подъезда", "Аварийнре дерево", "Помогите пожалуйста", "Яма большая"]
    >>> pit = find_signals("Яма")
    >>> docs = ["яма казань", "яма двор подъезд", "аварийнре дерево", "помочь", "яма больший"]
    >>> short_texts(texts, docs, [pit, pit, [], [], pit], {"яма", "двор", "подъезд", "дерево", "помочь", "больший"})
    [True, False, False, True, True]
    """
    return [short_text(t, doc, found, vocabulary) for t, doc, found in zip(texts, normalized, signals)]


def short_text(text: str, doc: str, found: list[Signal], vocabulary: Container[str] | None,
               where: frozenset[str] | None = None) -> bool:
    """Whether one text is too short for the learned model (:func:`short_texts`); ``doc`` is its normalised text,
    ``found`` its signals, ``where`` its :func:`~mcu_nlp.urgency.address.address_terms` if found already.

    >>> short_text("Яма в Казани", "яма казань", find_signals("Яма"), {"яма", "казань"})
    True
    >>> fire, known = find_signals("Пожар"), {"пожар", "помочь", "сарай"}
    >>> [short_text(t, doc, fire, known) for t, doc in [("Пожар! Пожар!", "пожар пожар"),
    ...  ("ПОМОГИТЕ!!! ПОЖАР!!!", "помочь пожар"), ("Пожар в сарае", "пожар сарай")]]
    [True, True, False]
    """
    if one_word(text):
        return True
    if vocabulary is None:
        return False
    if not found:  # nothing to read it by: short only if no word is a typo the character n-grams may read
        terms = set(doc.split())
        return len(terms) < MIN_DANGER_WORDS and all(term in vocabulary for term in terms)
    where = address_terms(text) if where is None else where
    known = len({term for term in doc.split() if term in vocabulary and term not in where} - PLEAS)
    return known < MIN_DANGER_WORDS or (known < ROAD_WORDS and all(s.name in ROAD_SURFACE for s in found))


def apply_guideline(proba: np.ndarray, texts: Sequence[str], raw: list[list[Signal]], signals: list[list[Signal]],
                    colds: list[bool | None], trusted: frozenset[str], short: Sequence[bool], *,
                    settling: frozenset[str], dated: Sequence[bool] | None = None,
                    agreed: frozenset[str] = frozenset(), repairs: frozenset[str] = frozenset(),
                    questions: frozenset[str] = frozenset()) -> np.ndarray:
    """``proba`` (changed in place and returned) after the season rule, the short-text rule, the weak-supply rule,
    the settled and the question rules and the lifts of trusted signals.

    ``texts`` are the appeals, ``raw`` their lexicon signals as found, ``signals`` the same after the season rule,
    ``colds`` whether each text is dated in the cold season (None: unknown), ``short`` whether it is too short for
    the learned model (:func:`one_word`), ``trusted`` the critical and high signal names the model cannot have
    learned (:func:`trusted_signals`), ``settling`` the names of the signals that say a supply works or was
    repaired (:func:`settling_signals`; required, since an empty set turns the settled rule off), ``dated`` whether
    a critical match of the text is dated in the past only (:meth:`mcu_nlp.lexicon.Lexicon.dated`: "год назад
    соседи затопили квартиру"; None: none is): with no critical signal, such a text is not critical now. ``agreed``
    names the critical signals the training labels agree with (:func:`agreed_signals`; empty: none is lifted so);
    ``repairs`` the names of the repair signals (:func:`repair_signals`; empty: a settled text keeps the ratio of its
    other two levels, :func:`fixed_problem`); ``questions`` the names of the schedule questions
    (:func:`~mcu_nlp.urgency.settled.question_signals`; empty: a warm-season heating question is the model's,
    :func:`~mcu_nlp.urgency.settled.asked_heating`).
    """
    dated = dated if dated is not None else [False] * len(texts)
    for i, (found, cold) in enumerate(zip(raw, colds)):
        critical = [s.name for s in signals[i] if s.level == "critical"]
        calm = nothing_but_calm(texts[i], signals[i])
        if calm and cold and unsettled_heating(signals[i], settling):
            proba[i] = HIGH.copy()  # heating due and asked for, but no cold or fault named: whatever the verb
        elif calm or thanked(texts[i], signals[i]) or asked_plan(signals[i], questions):
            proba[i] = NORMAL.copy()
            continue
        elif fixed_problem(signals[i], repairs) and settled(texts[i], signals[i], settling):
            proba[i] = NORMAL.copy()  # a past problem already fixed, however dated or short: before those rules
        elif cold is False and asked_heating(signals[i], questions):
            proba[i] = one_level_lower(proba[i])  # the heating season asked about before it is due
        elif (cold is False and heating_only(found)) or (
                not critical and (short[i] or dated[i] or weak(signals[i]) or dogs_without_attack(texts[i]))):
            proba[i] = warm_heating(proba[i])  # critical moved to high: one level lower
        elif (settled(texts[i], signals[i], settling) or (not found and (inquiry(texts[i]) or asks_to_open(texts[i])))
              or (not critical and opens_with_thanks(texts[i])) or billed_outage(texts[i], signals[i])):
            proba[i] = rule_out_critical(proba[i])
        elif critical and (short[i] or not trusted.isdisjoint(critical)):
            proba[i] = lift_critical(proba[i], TRUSTED_FLOOR)
        elif not agreed.isdisjoint(critical):
            proba[i] = lift_agreed(proba[i])
        if not critical and not trusted.isdisjoint(s.name for s in signals[i] if s.level == "high"):
            proba[i] = lift_high(proba[i])  # at least high; P(critical) is the model's, above the cut or not
    return proba
