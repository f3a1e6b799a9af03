"""Critical and high appeals of kinds that still carried no lexicon signal (session 21 part 2, issue #4), read by the
lexicon: each kind said in words other than the dev sets' and its ordinary, negated or past look-alikes. The shipped
model reads the rows once refitted (its lexicon is frozen in it at its fit).
"""

import pytest
from helpers import names


# no water said in plain words
@pytest.mark.parametrize(
    "text",
    [
        "Из крана ничего не течёт с самого утра, дети не мытые",
        "Краны сухие второй день, в доме трое малышей",
        "На кухне из смесителя ни капли, управляющая молчит",
    ],
)
def test_no_water_plain_words(text):
    assert ("no water", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Горячей воды из крана ни капли уже неделю",
        "Всё лето не было ни капли дождя, огороды сохнут",
        "Год назад из крана ничего не текло три дня",
    ],
)
def test_no_water_plain_words_not(text):
    assert ("no water", "critical") not in names(text)


# carbon monoxide said without the word gas
@pytest.mark.parametrize(
    "text",
    [
        "Кажется, угорели от печки, у всех болит голова и тошнит",
        "В доме угар от колонки, свекровь еле стоит",
    ],
)
def test_carbon_monoxide(text):
    assert ("gas poisoning", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "На вечеринке в клубе был полный угар до утра",
        "Год назад соседи угорели от печи, проведите беседу с жителями",
    ],
)
def test_carbon_monoxide_not(text):
    assert ("gas poisoning", "critical") not in names(text)


# a cut dated days ago that goes on
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Газовщики отрезали нашу улицу неделю назад, готовим на электроплитке", ("no gas", "critical")),
        ("Газ перекрыли четыре дня назад, котёл стоит", ("no gas", "critical")),
        ("Свет вырубили три дня назад, электрики до сих пор не приехали", ("no power", "critical")),
        ("Отопление вырубили неделю назад, ремонт до сих пор не закончен", ("no heating", "critical")),
    ],
)
def test_cut_still_on(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Газовики перекрыли дом год назад на сутки, потом всё включили",
        "Свет отключали неделю назад, до сих пор не сделали перерасчёт",
        "Газ отключали месяц назад на два дня, сейчас всё нормально",
    ],
)
def test_cut_still_on_not(text):
    assert not {level for name, level in names(text) if name in {"no gas", "no power"}} & {"critical", "high"}


# a road or a bridge washed out
@pytest.mark.parametrize(
    "text",
    [
        "Паводком снесло мост через речку, в село теперь никак",
        "Вчерашний ливень размыл насыпь, на хутор не проехать",
        "Подмыло дорогу к посёлку, посередине провал",
    ],
)
def test_road_washed_out(text):
    assert ("road washed out", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "После дождя размыло покрытие дороги во дворе",
        "Обочину трассы у посёлка размыло, просим подсыпать",
        "Тропинку к роднику размыло, не пройти",
        "Год назад мост в деревню размыло, спасибо, что построили новый",
    ],
)
def test_road_washed_out_not(text):
    assert ("road washed out", "critical") not in names(text)


# a shelter locked during an alarm
@pytest.mark.parametrize(
    "text",
    [
        "Объявили воздушную тревогу, а бомбоубежище во дворе заперто, ключ неизвестно у кого",
        "Дроны летят, в подвал-укрытие попасть не можем, замок висит",
    ],
)
def test_shelter_locked(text):
    assert ("shelter locked", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Во время учебной тревоги укрытие было закрыто, проверьте ключи",
        "Мусор у входа в бомбоубежище, уберите пожалуйста",
    ],
)
def test_shelter_locked_not(text):
    assert ("shelter locked", "critical") not in names(text)


# tyres, cable or rubbish burnt
@pytest.mark.parametrize(
    "text, signal",
    [
        (
            "Опять жгут шины за гаражами у школы, дым стелется по всем дворам, у сына кашель не проходит",
            ("smoke one cannot breathe", "critical"),
        ),
        ("Соседи жгли провода прямо во дворе, чёрный дым", ("toxic burning", "high")),
    ],
)
def test_burning_waste(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Провод на столбе держится на жгутах, закрепите",
        "Где принимают старые покрышки на утилизацию?",
    ],
)
def test_burning_waste_not(text):
    assert not {name for name, _ in names(text)} & {"toxic burning", "smoke one cannot breathe"}


# food poisoning and spoilt food still on sale
@pytest.mark.parametrize(
    "text, signal",
    [
        ("Купили пирожки в киоске у вокзала, у мужа отравление, киоск торгует", ("food poisoning", "high")),
        (
            "В супермаркете торгуют тухлой рыбой, после неё у дочки рвота и температура",
            ("expired food on sale", "high"),
        ),
    ],
)
def test_food(text, signal):
    assert signal in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подскажите, если отравился колбасой из магазина, куда писать?",
        "В магазине продали просроченный сыр, прошу вернуть деньги",
        "Соседи отравили кошку, в магазине купили яд",
    ],
)
def test_food_not(text):
    assert not {name for name, _ in names(text)} & {"food poisoning", "expired food on sale"}


# a forest felled now
@pytest.mark.parametrize(
    "text",
    [
        "Харвестеры валят сосновый бор за школой, кто разрешил?",
        "Уже третий день пилят берёзовую рощу у реки, документов не показывают",
    ],
)
def test_illegal_logging(text):
    assert ("illegal logging", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Вырубают лес у озера под коттеджи, законно ли это?",
        "Предлагаем высадить сосны на месте старой вырубки, нужна техника",
    ],
)
def test_illegal_logging_not(text):
    assert ("illegal logging", "high") not in names(text)


# a pension not brought
@pytest.mark.parametrize(
    "text",
    [
        "Отделение связи закрыто на ремонт, пенсию старикам не доставляют уже вторую неделю",
        "Третью неделю нам не привозят пенсию, почтальон уволилась",
    ],
)
def test_pension_undelivered(text):
    assert ("pension undelivered", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подскажите порядок перерасчёта пенсии, не получила ответ за месяц",
        "Почтовое отделение в селе закрыли, пенсию теперь получать за 20 км",
    ],
)
def test_pension_undelivered_not(text):
    assert ("pension undelivered", "high") not in names(text)


# a wheelchair or another aid not issued
@pytest.mark.parametrize(
    "text",
    [
        "Маме-колясочнице соцзащита не предоставляет новую кресло-коляску уже год, прежняя развалилась",
        "Протез отцу не выдают четвёртый месяц, он не может ходить",
    ],
)
def test_aid_not_issued(text):
    assert ("aid not issued", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подскажите, где получить инвалидную коляску по ИПРА?",
        "Охранник не даёт заехать с детской коляской в торговый центр уже месяц",
    ],
)
def test_aid_not_issued_not(text):
    assert ("aid not issued", "high") not in names(text)


# mass layoffs where no other work is to be had
@pytest.mark.parametrize(
    "text",
    [
        "Шахту закрывают, увольняют 500 работников, а больше работы в посёлке нет никакой",
        "На комбинате сокращение половины цеха, иной работы в районе не найти",
    ],
)
def test_mass_layoffs(text):
    assert ("mass layoffs", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Дорогу закрыли на ремонт, на работу больше добираться нет возможности",
        "Есть ли вакансии на заводе после сокращения? Другой работы нет",
    ],
)
def test_mass_layoffs_not(text):
    assert ("mass layoffs", "high") not in names(text)


# night works waking children
@pytest.mark.parametrize(
    "text",
    [
        "Экскаватор на соседнем участке гремит по ночам, младенец просыпается каждые полчаса",
        "Копер долбит ночью, малыш не может уснуть третьи сутки",
    ],
)
def test_night_works(text):
    assert ("night works waking children", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Стройка работает ночью, сваи бьют в 2 часа, прошу проверить разрешение",
        "В детском саду ночью дежурит сторож, а днём рядом стройка",
    ],
)
def test_night_works_not(text):
    assert ("night works waking children", "high") not in names(text)


# a road not cleared with vehicles stuck
@pytest.mark.parametrize(
    "text",
    [
        "Перевал замело, большегрузы встали в пробку, грейдера нет",
        "Шоссе до посёлка не расчищают, камазы буксуют на подъёме",
    ],
)
def test_roads_not_cleared(text):
    assert ("roads not cleared", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Во дворе машины стоят на газоне, снег убрать невозможно",
        "Спасибо, трассу расчистили быстро, фуры проехали",
    ],
)
def test_roads_not_cleared_not(text):
    assert ("roads not cleared", "high") not in names(text)


# a fire lane blocked
@pytest.mark.parametrize(
    "text",
    [
        "Сосед поставил забор поперёк пожарного проезда к нашей пятиэтажке",
        "Проезд для пожарной техники к школе перегорожен шлагбаумом, ключа ни у кого нет",
    ],
)
def test_fire_lane_blocked(text):
    assert ("fire lane blocked", "high") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Во дворе прошли пожарные учения, машины перекрыли проезд на час",
        "Просим нанести разметку пожарного проезда у дома 7",
    ],
)
def test_fire_lane_blocked_not(text):
    assert ("fire lane blocked", "high") not in names(text)
