"""Session 10: urgency does not move with personal data, contacts, addresses, the town named or tags."""

from __future__ import annotations

import pytest

from mcu_nlp.persistence import load
from mcu_nlp.urgency import DEFAULT_MODEL
from mcu_nlp.urgency.model_text import model_text

# (text, what the learned model reads of it: its words)
MODEL_TEXT = [
    ("В Казани шумят соседи по ночам. #ЖКХ #помогите 😡", "шумят соседи по ночам."),
    ("Яма. Звоните 8-914-555-12-34, Петров Иван Сергеевич", "Яма. ,"),
    ("Автобус №5 не ходит. ул. Ленина, д. 12, кв. 40", "Автобус №5 не ходит."),
    ("Якутск, третий год нет отопления", ", третий год нет отопления"),
    ("Пишите на почту ivan@mail.ru, нет воды", ", нет воды"),
    ("#ЖКХ\nНет воды", "Нет воды"),
    # guards: a number, a street word alone, a tag inside a sentence, a word that is no contact offer
    ("Ждали 3 часа, в квартире +14", "Ждали 3 часа, в квартире +14"),
    ("Дома 14°, в квартире -5 на кухне", "Дома 14°, в квартире -5 на кухне"),
    ("у нас #нет_воды третий день", "у нас нет воды третий день"),
    ("Нет света в доме", "Нет света в доме"),
    # review of 6d81dd4: a word that begins like a contact word is none ("почти", "пишу", "сотрудники"), and a word
    # of any other kind between a contact word and the contact keeps it
    ("Почти неделю холодно 89145551234", "Почти неделю холодно"),
    ("Пишите, очень холодно ivan@mail.ru", "Пишите, очень холодно"),
    ("Сотрудники УК хамят 89145551234", "Сотрудники УК хамят"),
    # a number that measures is no house number: degrees, days, a floor, a temperature
    ("В квартире 12 градусов", "В квартире 12 градусов"),
    ("Затопило квартиру на 5 этаже", "Затопило квартиру на 5 этаже"),
    ("В доме 3 дня нет воды", "В доме 3 дня нет воды"),
    ("Температура в квартире 14", "Температура в квартире 14"),
    # contact words with the words linking them to the contact (the old reading kept "Мой", "Звоните мне по"), a
    # house number beside a measure (it blanked "В квартире 12" too)
    ("Нет воды. Мой тел.: 8-914-555-12-34", "Нет воды."),
    ("Холодно. Звоните мне по номеру телефона 89145551234", "Холодно."),
    ("В квартире 12 градусов, ул. Ленина 5", "В квартире 12 градусов,"),
    ("Ответ прошу по адресу электронной почты ivan@mail.ru", "Ответ прошу"),
    # guards ("50 лет Октября" is a street's name, not years: read as before)
    ("Яма на ул. 50 лет Октября 12", "Яма лет Октября 12"),
    ("Холодно, пишите в вотсап 89145551234", "Холодно,"),
    ("Пишу вам третий раз, нет воды 89145551234", "Пишу вам третий раз, нет воды"),
]

TOWNS = ("Казани", "Якутске", "Сочи", "Краснодаре", "Москве")
ENDINGS = ("", " Звоните 8-914-555-12-34, Петров Иван Сергеевич", " ул. Ленина, д. 12, кв. 40", " #ЖКХ #помогите 😡")
# (complaint after "В <town> ", level): the shipped model's level whatever the town and ending (session 10 defects)
TEMPLATES = [
    ("шумят соседи по ночам.", "normal"),
    ("огромная яма на дороге, машины бьют колеса.", "high"),
    ("автобус №5 не ходит по расписанию.", "normal"),
    ("спасибо за ремонт дороги.", "normal"),
    ("нет воды третий день.", "critical"),
]


@pytest.fixture(scope="module")
def shipped():
    return load(DEFAULT_MODEL)


@pytest.mark.parametrize(("text", "seen"), MODEL_TEXT)
def test_model_text(text, seen):
    blanked = model_text(text)
    assert len(blanked) == len(text) and " ".join(blanked.split()) == seen


@pytest.mark.parametrize(("complaint", "level"), TEMPLATES)
def test_level_ignores_town_contacts_address_and_tags(shipped, complaint, level):
    texts = [f"В {town} {complaint}{ending}" for town in TOWNS for ending in ENDINGS]
    assert set(shipped.predict(texts, dates=["2024-11-20"] * len(texts))) == {level}


# (text, the same without what only says how to reach the writer): the shipped model gives both one level
CONTACT_ADDED = [
    ("Почти неделю холодно 89145551234", "Почти неделю холодно"),
    ("Пишите, очень холодно ivan@mail.ru", "Пишите, очень холодно"),
    ("Сотрудники УК хамят 8-914-555-12-34", "Сотрудники УК хамят"),
]


@pytest.mark.parametrize(("text", "bare"), CONTACT_ADDED)
def test_a_contact_leaves_the_complaint_read(shipped, text, bare):
    assert shipped.predict([text])[0] == shipped.predict([bare])[0]


def test_blanked_words_are_no_learned_reason(shipped):
    found = shipped.explain("В Казани шумят соседи по ночам. #ЖКХ #помогите 😡")
    assert not any(s.text in ("ЖКХ", "помогите", "Казани") for s in found)


def test_models_saved_before_read_everything(shipped):
    state = shipped.__getstate__()
    state.pop("blank_context", None)
    old = type(shipped).__new__(type(shipped))
    old.__setstate__(state)
    assert old.blank_context is False


# session 11: a text mcu_nlp.redact has masked already reads as the text did, the contact's mask as the contact
REDACTED = [
    "Нет воды третий день. Звоните 8-914-555-12-34",
    "Яма на дороге. Пишите на ivan@mail.ru",
    "Холодно. Мой тел.: +7 921 555 12 34, Петров Иван",
    "Шумят соседи. Звоните мне по номеру 89145551234",
]


@pytest.mark.parametrize("text", REDACTED)
def test_redacted_text_reads_as_the_text(shipped, text):
    from mcu_nlp.normalization import normalize
    from mcu_nlp.redaction import redact

    masked = redact(text)  # normalisation drops the masks: the model reads the rest
    assert "[" in masked and normalize(model_text(masked)) == normalize(model_text(text))
    assert shipped.predict_proba([masked]) == pytest.approx(shipped.predict_proba([text]))


def test_a_mask_of_no_contact_keeps_the_word_before():
    assert model_text("Звоните [PERSON] вечером").split() == ["Звоните", "[PERSON]", "вечером"]


def test_saving_leaves_the_model_as_it_was(shipped):
    before = set(vars(shipped))
    state = shipped.__getstate__()
    state.pop("blank_context", None)  # the caller's copy: test_models_saved_before_read_everything does this
    assert set(vars(shipped)) == before and "blank_context" in vars(shipped)
