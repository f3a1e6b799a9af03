"""Critical and high appeals of kinds that carried no lexicon signal (session 21, issue #4), read by the lexicon: each
kind said in words other than the dev sets' and its negations, hedges and past. The shipped model reads the rows once
refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names


# K1: wild animals where people live
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Возле школы бродит медведь, дети на перемене во дворе", ("wild animal", "critical")),
        ("Медведь у мусорных баков за гаражами, в двухстах метрах от детского сада", ("wild animal", "critical")),
        ("Ночью волки загрызли у соседей двух овец прямо у сарая", ("predator kill", "critical")),
        ("По нашей улице второй день ходит лось, заходит в огороды", ("wild animal near homes", "high")),
        ("Лиса забежала во двор, на людей не реагирует, похоже бешеная", ("rabid animal", "high")),
        ("На детской площадке за домом заметили гадюку", ("snakes seen", "high")),
    ],
)
def test_wild_animals(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "В зоопарк привезли нового медведя, приходите с детьми",
        "На обочине у посёлка лежит сбитая лиса",
        "Год назад медведь заходил в посёлок",
        "Памятка: что делать, если укусила гадюка",
    ],
)
def test_wild_animals_not(text):
    assert not {
        n
        for n, level in names(text)
        if n in {"wild animal", "predator kill", "wild animal near homes", "rabid animal", "snakes seen"}
    }


# K2: a threat of violence now
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Пьяный мужчина с топором ходит у подъезда и угрожает соседям", ("armed threat", "critical")),
        ("Парень размахивает ножом возле остановки", ("armed threat", "critical")),
        ("Во дворе по ночам кто-то стреляет из ружья", ("shooting", "high")),
        ("За стенкой женщина кричит о помощи", ("cry for help", "critical")),
        ("Нетрезвый водитель маршрутки гонит по встречке", ("drunk driver", "critical")),
        ("Сосед грозится зарезать жену", ("threat to kill", "critical")),
    ],
)
def test_violence(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "В магазине у рынка продают охотничьи ножи без лицензии",
        "Год назад сосед бегал с ножом по двору",
        "В тире на Ленина стреляют до полуночи",
        "Штрафы для пьяных водителей надо повысить",
    ],
)
def test_violence_not(text):
    assert not {n for n, _ in names(text)} & {
        "armed threat",
        "cry for help",
        "drunk driver",
        "threat to kill",
        "shooting",
    }


# K3: an old or disabled person alone without food or care
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Дедушка живёт один, третий день не встаёт с кровати", ("elderly alone without care", "critical")),
        (
            "Пенсионерка одна, продукты закончились, в магазин выйти не может",
            ("elderly alone without care", "critical"),
        ),
        ("Старушка из пятой квартиры одна, встать не может", ("elderly alone without care", "critical")),
        ("Маме-инвалиду перестали выделять сиделку, соцработник не приходит", ("elderly without a carer", "high")),
    ],
)
def test_elderly_alone(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Бабушка живёт одна, почти не встаёт",
        "В магазине у дома нет продуктов для одиноких пенсионеров",
    ],
)
def test_elderly_alone_not(text):
    assert ("elderly alone without care", "critical") not in names(text)


# K4: used syringes and medical waste where children walk or play
@pytest.mark.parametrize(
    "text, signal",
    [
        ("У песочницы валяются использованные шприцы, малыши там играют", ("medical waste near children", "critical")),
        (
            "Кто-то выкинул пакет медотходов за школой, школьники ходят мимо",
            ("medical waste near children", "critical"),
        ),
        ("На лестнице в подъезде разбросаны шприцы", ("medical waste", "high")),
    ],
)
def test_medical_waste(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "В аптеке нет шприцев для инсулина",
        "Ребёнку в поликлинике сделали укол, шприц одноразовый",
    ],
)
def test_medical_waste_not(text):
    assert not {n for n, _ in names(text)} & {"medical waste", "medical waste near children"}


# K5: wages or a benefit unpaid for months
@pytest.mark.parametrize(
    "text",
    [
        "На комбинате третий месяц не выплачивают зарплату, семьям жить не на что",
        "Детское пособие не поступает уже полгода",
        "Выплату по инвалидности задерживают два месяца, кормить семью нечем",
    ],
)
def test_wages_unpaid(text):
    assert ("wages unpaid", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подскажите порядок начисления пособия за месяц",
        "Пенсию задерживают второй раз",
        "Почему в этом месяце не пришла выплата?",
    ],
)
def test_wages_unpaid_not(text):
    assert ("wages unpaid", "high") not in names(text)


# K6: a child or a person left out in the cold
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Водитель высадил девочку из автобуса посреди трассы, мороз", ("child left out", "critical")),
        ("Первоклассника забыли в школьном автобусе", ("child left out", "critical")),
        ("У магазина лежит человек без движения", ("person in danger now", "critical")),
        ("На лавочке в парке спит бездомный, на улице минус 30", ("person in the frost", "critical")),
    ],
)
def test_left_in_the_cold(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мама забыла у школы рюкзак сына, автобус уже уехал",
        "Школьник забыл телефон в автобусе",
        "У школы негде высадить ребёнка из машины, парковка занята",
    ],
)
def test_left_in_the_cold_not(text):
    assert ("child left out", "critical") not in names(text)


# K8: gas equipment damaged or failing, no smell of gas
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Экскаватор задел газовую трубу у дома, запаха нет", ("gas pipe damaged", "high")),
        ("Газовый котёл постоянно тухнет, мастер не идёт", ("gas appliance fault", "high")),
        ("Напор газа слабый, плита еле горит", ("weak gas pressure", "high")),
        ("После проверки опломбировали газовую колонку, помыться негде", ("gas sealed off", "high")),
    ],
)
def test_gas_equipment(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Газовую трубу на фасаде пора покрасить, цвет не по эталону",
        "Опломбировали счётчик воды после поверки",
    ],
)
def test_gas_equipment_not(text):
    assert not {n for n, _ in names(text)} & {"gas pipe damaged", "gas sealed off"}


# K9: a stairwell open to the frost, pipes about to freeze, a road sign knocked down
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Дверь в подъезд не закрывается, на лестнице холод, трубы перемёрзнут", ("pipes may freeze", "high")),
        ("Разбиты стёкла на лестнице, минус на площадках", ("stairwell open to the frost", "high")),
        ("Знак «Пешеходный переход» сбили, он лежит на обочине", ("road sign down", "high")),
    ],
)
def test_frost_and_signs(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Прошу поставить знак «Дети» у школы",
        "Водосточная труба замёрзла",
        "Дверь на минус первый этаж не закрывается",
    ],
)
def test_frost_and_signs_not(text):
    assert not {n for n, _ in names(text)} & {"road sign down", "pipes may freeze", "stairwell open to the frost"}
