"""A user's lexicon file (``UrgencyClassifier(lexicon=path)``): a row the rules would misread or never match is refused
with an InputError that names the row and says what to fix, not a bare KeyError / ValueError, nor a silent rule."""

import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.lexicon import load_lexicon, parse_rules
from mcu_nlp.lexicon_rules import LEXICON_PATH

HEADER = "name,level,group,pattern,window,unless,past"

# (header, rows, words the error must have)
BAD = [
    (HEADER, ["no water,critical,water,нет вода,abc,,"], "window of a whole number >= 1, got 'abc' in 'no water'"),
    (HEADER, ["no water,critical,water,нет вода,0,,"], "window of a whole number >= 1, got '0'"),
    (HEADER, ["no water,critical,water,нет вода,-2,,"], "window of a whole number >= 1, got '-2'"),
    (HEADER, ["no water,critical,water,нет вода,2.5,,"], "window of a whole number >= 1, got '2.5'"),
    (HEADER, ["no water,critical,water,нет @water,3,,"], "macros defined by rows of level macro, got @water in"),
    (HEADER, ["no water,critical,water,нет вода,3,@hot,"], "got @hot in 'no water'"),
    (HEADER, ["@past,macro,,назад,,", "no water,critical,water,нет вода,3,,@pats"], "got @pats"),
    (HEADER, ["no water,critical"], "pattern of at least one slot, got none in 'no water'"),
    (HEADER, ["no water,critical,water,,3,,"], "pattern of at least one slot"),
    (HEADER, ["@none,macro,,,,"], "pattern of at least one slot, got none in '@none'"),
    (HEADER, ["no water,critical,water,нет вода,3,горячий,назад,вчера"], "at most 7 fields, got more"),
    ("name,level,group,window", ["no water,critical,water,3"], "without pattern, unless; fix the header"),
]


@pytest.mark.parametrize(("header", "rows", "words"), BAD)
def test_bad_rows_say_what_to_fix(header, rows, words):
    with pytest.raises(InputError, match=f"^expected .*{words}".replace("(", r"\(").replace(")", r"\)")):
        parse_rules([header, *rows])


def test_good_rows_read_and_a_macro_named_with_yo_found():
    # a short row (no past column), an empty window (1), a macro named with "ё" used in a pattern typed with "ё"
    rules = parse_rules([HEADER, "@всё,macro,,свет|вода,,", "no supply,critical,,нет @всё", "x,high,,пожар, 3 ,,"])
    assert [(r.name, r.window, sorted(r.slots[-1].lemmas)) for r in rules] == [
        ("no supply", 1, ["вода", "свет"]), ("x", 3, ["пожар"])]
    assert load_lexicon(LEXICON_PATH).find("Нет воды")[0].name == "no water"


@pytest.mark.parametrize("past", ["вчера", "=вчера", "вчер*"])
def test_a_past_given_as_forms_or_prefixes_dates_the_text_too(past):
    # a past word cancels the match however the row gives it; the text is then dated (a past flood, not one now),
    # which the urgency guideline reads to move P(critical) to high
    from mcu_nlp.lexicon import Lexicon

    lexicon = Lexicon(parse_rules([HEADER, f"flooding,critical,water,затопить,3,,{past}"]))
    assert lexicon.read("Вчера затопили квартиру") == ([], True)
    assert lexicon.read("Затопили квартиру")[1] is False
