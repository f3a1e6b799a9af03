"""Latin look-alike letters inside Russian words ("гaзом" with a Latin "a", common in copy-pasted, spam and OCR'd
posts) are read as the Cyrillic ones by every reader of raw text, as normalize() reads them (session 11): the urgency
lexicon and the learned model's input, redaction (whole words masked), the geo resolver. Each pair below is a text
with Latin letters and the same text in Cyrillic only; they must give the same answers, at the same offsets."""

from __future__ import annotations

import pytest

import mcu_nlp
from mcu_nlp.cleaning import clean, fold_lookalikes
from mcu_nlp.geo import GeoResolver
from mcu_nlp.lexicon import find_signals, words
from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL
from mcu_nlp.urgency.model_text import model_text


def cyrillic(text: str) -> str:
    """The text a reader should see: the Latin letters of these tests' words that mix scripts, in Cyrillic."""
    return text.translate(str.maketrans("AaBCcEeHKkMmOoPpTXxYy", "АаВСсЕеНКкМмОоРрТХхУу"))


# texts with Latin letters ("a", "o", "e", "p", "c", "x", "y", capitals) in Russian words
URGENT = [
    "Пахнет гaзом в подъезде",
    "Пoжaр в доме",
    "Нет вoды в дoме",
    "В квартире хoлодно, дети мерзнут",
    "ЗАПАХ ГAЗA В ПOДЪЕЗДЕ",
    "Прорвало трубу, кипятoк заливает подвал",
]


@pytest.fixture(scope="module")
def urgency():
    return load(DEFAULT_MODEL)


def test_the_fold_is_one_character_for_one_and_only_inside_mixed_words() -> None:
    text = "Пахнет гaзом, Ивaн Пeтров, iPhone 15, Wi-Fi, mail@site.ru, https://vk.com/club1, HOBЫЙ УPEHГOЙ, нopmами"
    folded = fold_lookalikes(text)
    assert len(folded) == len(text)
    assert folded == ("Пахнет газом, Иван Петров, iPhone 15, Wi-Fi, mail@site.ru, https://vk.com/club1, НОВЫЙ УРЕНГОЙ, "
                      "нормами")
    assert fold_lookalikes(folded) == folded
    # Latin words beside Russian ones stay, a one-letter one too (a vitamin); a building's letter after its word is
    # Cyrillic in a Russian address, «корпус В» (session 15: tests/test_lookalike_building_letters.py)
    assert fold_lookalikes("Coca-Cola и Pepsi, корпус B, витамин C") == "Coca-Cola и Pepsi, корпус В, витамин C"
    # links, e-mails and handles stay as written, as clean() drops them whole (a handle runs into the next word)
    written = "пишите @vasya_pи, vk.com/pёtr, https://сайт.рф/нoвости, ivan@пoчта.рф"
    assert fold_lookalikes(written) == written


@pytest.mark.parametrize("text", URGENT)
def test_clean_folds_as_the_other_readers_do(text: str) -> None:
    assert clean(text) == clean(fold_lookalikes(text)) == clean(cyrillic(text))


@pytest.mark.parametrize("text", URGENT)
def test_lexicon_signals_are_found_at_the_same_offsets(text: str) -> None:
    found, expected = find_signals(text), find_signals(cyrillic(text))
    assert expected  # each text holds a danger signal
    assert [(s.name, s.level, s.start, s.stop) for s in found] == [(s.name, s.level, s.start, s.stop) for s in expected]
    assert all(s.text == text[s.start : s.stop] for s in found)  # the phrase as written, Latin letters and all


def test_word_forms_and_offsets_are_the_cyrillic_ones() -> None:
    text = "Пахнет гaзом"
    assert [(w.form, w.start, w.stop) for w in words(text)] == [("пахнет", 0, 6), ("газом", 7, 12)]


@pytest.mark.parametrize("text", URGENT)
def test_urgency_level_score_and_explanation_are_the_cyrillic_texts(urgency, text: str) -> None:
    plain = cyrillic(text)
    levels, proba = urgency.predict_with_proba([text, plain])
    assert levels[0] == levels[1]
    assert proba[0] == pytest.approx(proba[1], abs=1e-9)
    explained, plain_explained = urgency.explain(text), urgency.explain(plain)
    assert plain_explained
    assert [(s.name, s.level, s.start, s.stop) for s in explained] == [
        (s.name, s.level, s.start, s.stop) for s in plain_explained]


def test_analyze_reads_the_reported_texts_as_the_cyrillic_ones() -> None:
    for text in ("Пахнет гaзом в подъезде", "Пoжaр в доме", "Нет вoды в дoме"):
        got, plain = mcu_nlp.analyze(text), mcu_nlp.analyze(cyrillic(text))
        assert (got.urgency, got.topic) == (plain.urgency, plain.topic)
        assert got.urgency_score == pytest.approx(plain.urgency_score, abs=1e-9)


# (text, redacted): the whole name masked, as in the Cyrillic text
REDACTED = [
    ("Иванов Ивaн Ивaнович, нет воды", "[PERSON], нет воды"),
    ("Ивaнов Иван Иванович", "[PERSON]"),
    ("Пишет Пeтров Пётр", "Пишет [PERSON]"),
    ("Звонила Сидoрова Анна Сергеевна, тел. 8-912-345-67-89", "Звонила [PERSON], тел. [PHONE]"),
    ("меня зовут aнна сергеевна, живу на ул. ивана фомина", "меня зовут [PERSON], живу на ул. ивана фомина"),
]
# guards: Latin words, e-mails and street names stay as written
REDACTION_GUARDS = [
    ("Пишите на ivan.petrov@mail.ru, Wi-Fi не работает", "Пишите на [EMAIL], Wi-Fi не работает"),
    ("Ivanov Ivan Ivanovich, нет воды", "[PERSON], нет воды"),
    ("Купил iPhone в магазине на Пeтровке", "Купил iPhone в магазине на Пeтровке"),
]


@pytest.mark.parametrize(("text", "redacted"), REDACTED + REDACTION_GUARDS)
def test_redaction_masks_whole_words_with_latin_letters(text: str, redacted: str) -> None:
    assert mcu_nlp.redact(text) == redacted


@pytest.mark.parametrize(("text", "redacted"), REDACTED)
def test_personal_data_spans_are_the_cyrillic_texts(text: str, redacted: str) -> None:
    spans = mcu_nlp.find_personal_data(text)
    assert [(s.start, s.stop, s.kind) for s in spans] == [
        (s.start, s.stop, s.kind) for s in mcu_nlp.find_personal_data(cyrillic(text))]


@pytest.mark.parametrize("text", ["Яма на дороге. Ивaнов Ивaн Ивaнович", "Яма на дороге. Звoните 8-914-555-12-34",
                                  "Яма на дороге. Пишите на пoчту ivan@mail.ru"])
def test_the_urgency_model_blanks_a_name_or_a_contact_with_latin_letters(text: str) -> None:
    assert model_text(text).split() == model_text(cyrillic(text)).split() == ["Яма", "на", "дороге."]


# (region, text, place names found): person's names and places with Latin letters
PLACES = [
    (None, "Анна Сeргеевна Королёва", []),
    (None, "Жалоба от Ивaнова", []),
    ("44", "Прошу передать Галичу Сeргею Петровичу, что трубы текут", []),
    # guards: place names typed with Latin letters were found before too
    (None, "Нет воды в Мoскве", ["Москва"]),
    (None, "В Caлexapде нет света", ["Салехард"]),
    ("78", "Нет воды в Кирoвском районе", ["Кировский район"]),
    (None, "Я из Кaзани, еду в Уфу", ["Казань", "Уфа"]),
    (None, "Нет воды в Тоmске", ["Томск"]),  # a lower-case "m" for "м"
]


@pytest.mark.parametrize(("region", "text", "names"), PLACES)
def test_geo_reads_latin_letters_as_cyrillic(region: str | None, text: str, names: list[str]) -> None:
    resolver = GeoResolver(region=region)
    found = resolver.resolve(text)
    assert [p.name for p in found] == names
    assert found == resolver.resolve(cyrillic(text))  # same places, same offsets


def test_a_users_lexicon_row_with_latin_letters_matches_as_the_texts_are_read(tmp_path) -> None:
    # session 11: a pattern or unless word typed with a Latin "a"/"о" never matched the folded texts
    from mcu_nlp.lexicon import load_lexicon

    path = tmp_path / "my_lexicon.csv"
    path.write_text("name,level,group,pattern,window,unless,past\n"
                    "gas smell,critical,gas,пахнуть|запах гaз,4,плитa,\n", encoding="utf-8")  # Latin "a" twice
    lexicon = load_lexicon(path)
    assert [s.name for s in lexicon.find("Пахнет газом в подъезде")] == ["gas smell"]
    assert lexicon.find("Пахнет газом от плиты") == []
    assert lexicon.rules[0].name == "gas smell"  # a word in one script stays as written
