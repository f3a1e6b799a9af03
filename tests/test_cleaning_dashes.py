"""Every dash a word processor or phone types reads as "-" (session 15: the figure dash U+2012 and the horizontal bar
U+2015 stayed, so a phone or date written with them normalised to other tokens than with "-")."""

import pytest

from mcu_nlp.cleaning import clean
from mcu_nlp.normalization import normalize
from mcu_nlp.redaction import redact


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63",
                                  "\uff0d"])
@pytest.mark.parametrize("text", ["тел 8{d}912{d}345{d}67{d}89", "с 01{d}12{d}2020 нет воды", "дом 5{d}двор",
                                  "{d}25° в квартире"])
def test_a_dash_reads_as_a_hyphen(dash, text):
    assert clean(text.format(d=dash)) == clean(text.format(d="-"))
    assert normalize(text.format(d=dash)) == normalize(text.format(d="-"))


@pytest.mark.parametrize("dash", ["\u2012", "\u2015"])
def test_a_phone_with_such_dashes_is_masked(dash):
    assert redact(f"тел 8{dash}912{dash}345{dash}67{dash}89") == "тел [PHONE]"
