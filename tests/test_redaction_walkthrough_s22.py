"""Session 22 walkthrough (Башкортостан), redaction kinds; invented names and texts.

- A name right after a role word («мастеру», «соцработница», «медсестра», «фельдшер», «оператор») or a verb of
  reporting or calling («пишет», «звонила», «приходила»), typed in lower case, or a capitalised first name alone
  there (:mod:`mcu_nlp.name_cued`). Common nouns there stay.
- A VK mention of a user «[id123|Имя]»: the id is a link to the profile (masked as a handle) and the text after
  «|» that user's name; a community's mention stays.
- A historical person's name used for a team («Салават Юлаев», the Уфа hockey club) is no resident's
  (:data:`mcu_nlp.name_characters.NAMESAKES`).
"""

from __future__ import annotations

import pytest

from mcu_nlp import redact

CASES = [
    # a lower-case name after a role word, in its case
    ("позвонила мастеру гайнуллину тимуру, никто не пришёл", "позвонила мастеру [PERSON], никто не пришёл"),
    ("Приходила соцработница зульфия, ничего не сделала", "Приходила соцработница [PERSON], ничего не сделала"),
    ("вчера приходила медсестра марина, укол не сделала", "вчера приходила медсестра [PERSON], укол не сделала"),
    ("фельдшер сабитова сказала ждать до утра", "фельдшер [PERSON] сказала ждать до утра"),
    ("оператор кудрявцева бросила трубку", "оператор [PERSON] бросила трубку"),
    # a lower-case name after a verb of reporting or calling
    ("Пишет гузель из Белорецка, у нас нет воды", "Пишет [PERSON] из Белорецка, у нас нет воды"),
    ("звонила кудрявцева, сказала что света нет", "звонила [PERSON], сказала что света нет"),
    ("приходил ильдар из соседнего подъезда", "приходил [PERSON] из соседнего подъезда"),
    # a capitalised first name alone after a role word or such a verb
    ("Соцработница Эльвира не пришла", "Соцработница [PERSON] не пришла"),
    ("Пишет Гузель из Белорецка", "Пишет [PERSON] из Белорецка"),
    # kept: a common noun, a verb, a town after a place's role, a clinic's name in quotes, a street
    ("звонила мастеру сантехнику, не дозвонилась", "звонила мастеру сантехнику, не дозвонилась"),
    ("соцработница пришла только к обеду", "соцработница пришла только к обеду"),
    ("пишет жалобу в прокуратуру", "пишет жалобу в прокуратуру"),
    ("приходила вера в людей, а ушла", "приходила вера в людей, а ушла"),
    ("яма у клиники «доктор смирнов»", "яма у клиники «доктор смирнов»"),
    ("мэр кирова ничего не делает", "мэр кирова ничего не делает"),
    ("управляющий виктория плюс не отвечает", "управляющий виктория плюс не отвечает"),  # a company: no agreement
    ("Управляющий Виктория не отвечает", "Управляющий Виктория не отвечает"),
    # a VK mention of a user: the id and the name; a community's stays
    ("[id987654|Зарина], спасибо за ответ", "[[HANDLE]|[PERSON]], спасибо за ответ"),
    ("[id55501|Игорь Смирнов] прав, двор не чистят", "[[HANDLE]|[PERSON]] прав, двор не чистят"),
    ("[club112233|Новости Стерлитамака] пишут про аварию", "[club112233|Новости Стерлитамака] пишут про аварию"),
    ("[public4455|Наш Белорецк] молчат", "[public4455|Наш Белорецк] молчат"),
    # a team named after a historical person; a resident of the same first name is still masked
    ("Хоккей Салават Юлаев проиграл, фанаты шумят до ночи", "Хоккей Салават Юлаев проиграл, фанаты шумят до ночи"),
    ("болели за Салавата Юлаева всем двором", "болели за Салавата Юлаева всем двором"),
    ("пишет Салават Гарипов, нет воды", "пишет [PERSON], нет воды"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_walkthrough_s22(text: str, want: str) -> None:
    assert redact(text) == want


def test_masks_stay_masked() -> None:
    once = redact("[id987654|Зарина], звонила мастеру гайнуллину тимуру")
    assert redact(once) == once


def test_a_namesake_kept_in_clear_is_still_no_town() -> None:
    # geo reads no town inside a person's name; the team's name, kept in clear now, names no town Салават either
    from mcu_nlp import analyze

    assert analyze("болели за Салавата Юлаева всем двором, шумно", region="02").municipality is None
