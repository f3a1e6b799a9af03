"""After a verb of calling, an organisation's abbreviation or a place's adjective beside an unknown word is no
lower-case name pair (review s21 #9: «звонила тсж калинина» and «звонила уралмашевская управляйка» were masked)."""

import pytest

from mcu_nlp import redact


@pytest.mark.parametrize("text", [
    "звонила тсж калинина, сказали ждать",
    "звонила уралмашевская управляйка, обещали прийти",
    "звонил мкд совет вчера",
])
def test_no_person_is_masked(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(("text", "kept"), [
    ("звонила кужелева вилена, сказала ждать", ", сказала ждать"),
    ("звонил нурлан ержанов вчера", " вчера"),
])
def test_an_unknown_pair_after_the_verb_is_still_masked(text: str, kept: str) -> None:
    assert redact(text).endswith("[PERSON]" + kept)
