"""Critical appeals of kinds the shipped model still answered normal on blind21 and blind22 (session 22, late, issue
#4), read by the lexicon: each kind said in words other than the dev sets' and its ordinary, negated or past
look-alikes. The shipped model reads the rows once refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names


# a transformer or a substation smoking or sparking, or its door left open
@pytest.mark.parametrize(
    "text",
    [
        "Трансформатор за школой искрит и трещит, рядом ходят дети",
        "У остановки трансформаторная будка дымится уже минут десять",
        "Дверь подстанции на Садовой снова открыта, ребята туда залезают",
    ],
)
def test_electrical_installation_danger(text):
    assert ("electrical installation danger", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Трансформатор гудит по ночам, спать невозможно",
        "Возле трансформаторной подстанции открыт люк колодца",
        "Трансформатор дымился на прошлой неделе, его уже заменили",
    ],
)
def test_electrical_installation_danger_not(text):
    assert ("electrical installation danger", "critical") not in names(text)


# gas heard escaping, said farther than the gas leak rows read
@pytest.mark.parametrize(
    "text",
    [
        "Газовый баллон в сарае у соседей, вентиль травит уже час",
        "Строители задели газовую трубу у забора детского сада, слышно, как она свистит",
    ],
)
def test_gas_heard_escaping(text):
    assert ("gas leak", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "На газовой плите чайник свистит, а огонь слабый",
        "Газовый баллон для дачи где заправить? Старый шипел в прошлом году",
    ],
)
def test_gas_heard_escaping_not(text):
    assert ("gas leak", "critical") not in names(text)


# an ambulance waited for hours, said farther; admissions refusing someone ill now
@pytest.mark.parametrize(
    "text",
    [
        "Вызвали скорую деду с болью в сердце, ждём уже второй час",
        "В приёмном покое отказали сыну с температурой 39 и рвотой, отправили домой",
    ],
)
def test_care_denied_or_ambulance_waited(text):
    found = names(text)
    assert ("ambulance waited for", "critical") in found or ("care denied", "critical") in found


@pytest.mark.parametrize(
    "text",
    [
        "Стационар отказал в плановой операции, велели ждать очереди, давление скачет",
        "Скорую ждали час в прошлом году, сейчас приезжают быстро",
    ],
)
def test_care_denied_or_ambulance_waited_not(text):
    found = names(text)
    assert ("ambulance waited for", "critical") not in found
    assert ("care denied", "critical") not in found


# someone who cannot look after themselves left alone when the guardian or the carer is gone
@pytest.mark.parametrize(
    "text",
    [
        "Опекунша умерла в субботу, её сын-инвалид остался совсем один, кормить некому",
        "Соцработница не ходит вторую неделю, дедушка с деменцией один, лекарства кончились",
    ],
)
def test_dependant_left_alone(text):
    assert ("person left alone", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ищем сиделку для отца, подскажите, куда обратиться",
        "Соцработник перестал приходить, потому что мама переехала к нам, вопрос о пенсии",
    ],
)
def test_dependant_left_alone_not(text):
    assert ("person left alone", "critical") not in names(text)


# an appointment, a scan or a referral months away for a suspected tumour or a diabetic's sugar
@pytest.mark.parametrize(
    "text",
    [
        "Подозрение на опухоль, а талон на КТ дают только через два месяца",
        "Сахар 17, к эндокринологу запись только в апреле",
    ],
)
def test_care_delayed_for_serious_illness(text):
    assert ("care delayed for a serious illness", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Спасибо онкологу, приняли по записи за неделю, всё хорошо",
        "Если опухоль подтвердится, запись к онкологу будет через месяц?",
    ],
)
def test_care_delayed_for_serious_illness_not(text):
    assert ("care delayed for a serious illness", "high") not in names(text)
