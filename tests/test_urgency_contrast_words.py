"""One list of the words that open a part of contrast (lexicon_spans.CONTRAST: «но», «а», «однако», «зато», «хотя»;
not «а также», «а именно», «хотя бы», nor a house letter «5 а»). The clause of a repair (lexicon_repairs) had its own
list, without «хотя» and with «а также», and the contrast after a settling phrase (urgency.settled) another, without
«зато» and «хотя» and with «а также»: a text read one way by the cancels was read another by the repairs."""

import pytest
from helpers import names

from mcu_nlp import lexicon_repairs
from mcu_nlp.lexicon import find_signals, load_rules
from mcu_nlp.urgency import lexicon_predict, settled
from mcu_nlp.urgency.settled import contrasted, settling_signals

SETTLING = settling_signals(load_rules())


def test_a_repair_listing_its_supplies_with_a_takzhe_repairs_them_all():
    # «а также» goes on the list of what was given: the water is back too
    text = "Нет воды и света. Дали свет а также воду"
    assert ("no water", "critical") not in names(text)
    assert lexicon_predict([text]) == ["normal"]


def test_an_outage_after_khotya_is_not_repaired_by_the_clause_before_it():
    # «хотя газа нет» is a part of its own: the gas named there is not what «свет дали» gave
    assert names("Нет газа и света. Свет дали хотя газа нет") >= {("no gas", "critical")}
    assert ("no gas", "normal") not in names("Нет газа и света. Свет дали хотя газа нет")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Воду дали, хотя ребенок ошпарился", True),  # «хотя» opens a second problem
        ("Воду дали, зато соседей затопило", True),  # «зато» too
        ("Воду дали, но ребенок ошпарился", True),
        ("Воду дали, а также починили кран", False),  # «а также» adds to the settling phrase
        ("Свет дали, а также интернет", False),
    ],
)
def test_a_contrast_after_a_settling_phrase_is_read_by_the_one_list(text, expected):
    signals = find_signals(text)
    said = [s for s in signals if s.name in SETTLING]
    assert said and contrasted(text, said, signals) is expected


def test_no_module_keeps_a_list_of_its_own():
    assert not hasattr(lexicon_repairs, "OPENS_PART") and not hasattr(settled, "CONTRAST")
