"""Session 71: the general kinds of blind72's urgency misses, each in other words, and the texts each change must
leave alone."""

from __future__ import annotations

import pytest

from mcu_nlp import default_models
from mcu_nlp.lexicon import find_signals


def names(text: str) -> set[tuple[str, str]]:
    return {(s.name, s.level) for s in find_signals(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a numbered microdistrict's «мкр.» hid the stop before the next sentence, whose first word read as its name
        "Ангарск, 22 мкр. Батареи отключили из-за порыва, а на улице -31",
        "Живём в 7 мкр. Отопления нет третий день",
        "3 мкрн. Газом пахнет в подъезде",
    ],
)
def test_a_numbered_microdistrict_names_no_street_after_its_stop(text):
    assert any(level == "critical" for _, level in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Спасибо, что починили фонарь на ул. Взрывной",
        "Пожарный проезд, 5 мкр. Пожарная улица вся в ямах",
    ],
)
def test_a_street_named_after_its_type_stays_a_name(text):
    assert not any(level == "critical" for _, level in names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person the writer says will die or not live till morning
        ("Сегодня минус 20, он ночует в сарае, кашляет, так он до утра не доживёт", "life at risk now"),
        ("Мама лежит третий день с температурой 40, врач не идёт. Она же умрёт!", "life at risk now"),
        ("Бездомный замерзает у остановки, он же погибнет, мужчина еле говорит", "life at risk now"),
        # an ambulance or a hospital that says the patient is not its case
        ("Вызвали скорую, а скорая говорит: не наш случай, звоните участковому. У деда давление 220", "care denied"),
        ("В приёмном сказали не их профиль, везите сами, а у сына рвота кровью", "care denied"),
        # a small thing breathed in
        ("Дочка вдохнула бусинку, кашляет и хрипит. Что делать, скорая едет час?", "person in danger now"),
        ("Сын вдохнул деталь от конструктора, дышит со свистом", "person in danger now"),
    ],
)
def test_new_rows_read_their_kind(text, name):
    assert (name, "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Залили асфальтом клён у подъезда. Он так погибнет, уберите асфальт",
        "Снег свалили на газон с кустами, весной всё погибнет",
        "К людям относятся как к скоту, ждут пока они заболеют и умрут",
        "Котята в подвале умрут от голода, заберите их",
        "Бабушка умерла в прошлом году, а квитанции на неё приходят",
        "Если не вывезти его в больницу, он может умереть?",
        "Скорая приехала через 10 минут, спасибо, хотя сказали, что не их профиль",
        "Ребёнок вдохнул дым от костра соседей, окна не открыть",
        "Вдохнула запах краски в подъезде, голова болит",
    ],
)
def test_new_rows_leave_these(text):
    assert not any(name in ("life at risk now", "care denied") and level == "critical" for name, level in names(text))
    assert not any(s.text.lower().startswith(("вдохн", "вдохнул")) for s in find_signals(text))


@pytest.mark.parametrize(
    "text",
    [
        # walkthrough s71 (Краснодарский край) D4, and in other words
        "В станице Ленинградской у школы №2 бегает стая собак штук 8, кидаются на велосипедистов. Пока никого не "
        "покусали, но это вопрос времени",
        "Собаки у гаражей бросаются на прохожих. Никого пока не укусили, но дети боятся ходить",
        "Пока никого не тронули, но стая кидается на школьников с лаем",
    ],
)
def test_a_lunge_with_the_bite_denied_is_a_danger_that_grows(text):
    found = names(text)
    assert ("dogs lunging", "high") in found
    assert not any(level == "critical" for _, level in found)
    assert default_models().urgency.predict([text])[0] == "high"


@pytest.mark.parametrize(
    "text",
    [
        "Стая кидается на детей, вчера укусили мальчика. Пока больше никого не покусали",
        "Собаки окружили ребёнка у школы, пока не тронули, но он плачет и не может уйти",
        "Собаки кидаются на детей у школы",
    ],
)
def test_a_bite_said_or_no_denial_keeps_the_attack(text):
    assert any(level == "critical" for _, level in names(text))


@pytest.mark.parametrize(
    "text",
    [
        # walkthrough s71 (Краснодарский край) D3: the lone grandmother in one sentence, the days in the next
        "Соседка, бабушка 86 лет, живет одна на ул. Мира в Белореченске. Второй день не открывает дверь, свет в окне "
        "горит, телефон не отвечает. Что нам делать?",
        "Дедушка с пятого этажа живёт один. Третий день не открывает дверь, почтовый ящик забит",
        "Пенсионерка из 12 квартиры одна живёт. Уже сутки не берёт трубку",
    ],
)
def test_a_lone_old_person_out_of_touch_in_the_next_sentence(text):
    assert ("person not answering", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Бабушка живёт одна. Третий день течёт крыша над её комнатой",  # the roof is the subject
        "Бабушка звонила вчера. Второй день не открывают почту в посёлке",  # a plural verb: not her
    ],
)
def test_a_sentence_with_its_own_subject_is_not_the_person(text):
    assert ("person not answering", "critical") not in names(text)
