"""Session 50 (U52, U52c): critical dangers no lexicon row read in blind46 (an urgency dev set now) and the Башкортостан
walkthrough of session 49, written as their general classes: a child alone whose parent does not come back, a child
whose whereabouts the parents do not know or whom a kindergarten gave to a stranger, people lost in a forest, mountains
or on ice, a bridge whose support or deck gives way, someone shooting at people, a vital drug missing (antibiotics,
adrenaline), a person who may die without a thing that is missing, a roof sagging under snow, a road caving in where
water bursts from under it; then (s50b) the same classes as a helper's independent list wrote them, a gas appliance
throwing flame, and an armed man at a shop.

Each class with its near misses, everyday texts close to it that urgency.md does not read critical. Over the annotated
appeals and blind12-46 the rows add a critical signal to 10 texts that had none, all labelled critical but one
labelled high (a water heater «пламя выбивает»), and to none of the 43,649 SPb and Kursk training texts
(benchmarks/RESULTS.md, session 50).

The lexicon is checked over this checkout; the shipped model copies it at its fit (U52c).
"""

import pytest
from helpers import critical_names

CHILD_ALONE, MISSING, LOST, BRIDGE, SHOOTING, MEDICINE, WITHOUT_IT, ROOF, SINKHOLE = (
    "child alone with no adult", "missing person", "people lost outdoors", "bridge failing", "shooting at people",
    "medicine denied", "life at risk without it", "roof sagging under snow", "sinkhole on a road",
)
FLAME, ARMED, WASHED_OUT = "gas appliance throwing flame", "armed threat", "road washed out"


@pytest.mark.parametrize(("text", "signal"), [
    # a child alone whose parent does not come back
    ("Соседский мальчик лет шести второй день один дома, мать не появлялась", CHILD_ALONE),
    ("двое малышей одни в квартире, мама ушла вчера и не вернулась, плачут", CHILD_ALONE),
    ("ДЕВОЧКА 4 ЛЕТ ОДНА ДОМА С УТРА, РОДИТЕЛИ НЕ ПРИХОДЯТ", CHILD_ALONE),
    ("дети одни третий день отец пропал а мать в больнице", CHILD_ALONE),
    # a child's whereabouts unknown, a child given to a stranger
    ("Мы не знаем где ребёнок, в группе его нет, воспитатель молчит", MISSING),
    ("Воспитатель отдала моего сына незнакомому мужчине без доверенности!", MISSING),
    ("дочку увела из школы чужая женщина, учительница отпустила", MISSING),
    ("не знаем где сын, с вечера не отвечает на телефон, ему 12", MISSING),
    # people lost outdoors
    ("ГРУППА ДЕТЕЙ-ТУРИСТОВ ЗАБЛУДИЛАСЬ В ГОРАХ, ТЕЛЕФОН САДИТСЯ", LOST),
    ("Муж с сыном заблудились в тайге, связь пропадает, темнеет", LOST),
    ("рыбаки потерялись на льду в тумане, не могут найти берег", LOST),
    ("мы заблудились в лесу у Берёзовки, у ребёнка промокли ноги, помогите", LOST),
    # a bridge whose support or deck gives way
    ("ОПОРА МОСТА ЧЕРЕЗ РУЧЕЙ УШЛА В ВОДУ, НАСТИЛ НАКЛОНИЛСЯ", BRIDGE),
    ("у моста в деревню просела опора, по нему ездит школьный автобус", BRIDGE),
    ("на пешеходном мостике провалился настил, дети ходят по краю", BRIDGE),
    ("мост накренился, сваи подмыло паводком, машины всё равно едут", BRIDGE),
    # shooting at people
    ("Из окна кто-то стреляет из пневматики по людям! Попали в женщину", SHOOTING),
    ("подростки палят из травмата по прохожим во дворе", SHOOTING),
    ("сосед стрелял из ружья по детям на горке", SHOOTING),
    ("Нас обстреляли из пневматики у остановки, сыну попали в шею", SHOOTING),
    # a vital drug missing, a person who may die without it
    ("в ФАПе кончились антибиотики, у мамы воспаление лёгких, температура 39", MEDICINE),
    ("У сына аллергия, эпипен закончился, в аптеках нет", MEDICINE),
    ("у сына аллергия, а без адреналина он может умереть, в аптеках нет", WITHOUT_IT),
    ("без кислородного концентратора папа задохнётся, а его забрали", WITHOUT_IT),
    ("инсулин не выдают, а без него дочь погибнет", WITHOUT_IT),
    # a roof sagging under snow
    ("крыша спортзала прогнулась от снега, дети занимаются", ROOF),
    ("Потолок в магазине прогибается, на крыше гора снега, внутри покупатели", ROOF),
    ("в нашем бараке кровля провисла под снегом, трещит по ночам", ROOF),
    # a road caving in where water bursts from under it
    ("вода хлещет из-под асфальта, дорогу размыло, образовался провал", SINKHOLE),
    ("на улице Мира из асфальта бьёт фонтан, асфальт провалился у остановки", SINKHOLE),
    # session 50's second round (a helper's independent list, a dev list since): the same classes written otherwise
    ("сын 8 лет пошёл к другу и не дошёл, мы не знаем где он, телефон выключен", MISSING),
    ("малыш стоит на лестнице в колготках, говорит мама ушла, дверь закрыта, холодно", CHILD_ALONE),
    ("бабушка ушла в лес за грибами и не вышла, темнеет", LOST),
    ("на подвесном мосту лопнул трос, настил висит боком, люди ходят", BRIDGE),
    ("паводок унёс мост, деревня отрезана", WASHED_OUT),
    ("газовая плита выбрасывает огонь из-под конфорок", FLAME),
    ("из колонки при включении вырывается пламя, обгорела занавеска", FLAME),
    ("у магазина мужчина размахивает пистолетом, угрожает покупателям", ARMED),
    ("стреляют кто-то по окнам и по людям из воздушки, двое раненых", SHOOTING),
    ("пневмония у мамы, антибиотика в аптеках города нет, ей хуже", MEDICINE),
])
def test_a_critical_class_reads_its_signal(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", [
    # a child alone, briefly or asked about
    "Можно ли оставлять ребёнка 7 лет одного дома, пока я в магазине?",
    "дети одни играют во дворе, родители на работе, площадка без ограждения от дороги? нет, всё огорожено",
    "Не знаем, где ребёнку получить справку для секции",
    "не знаю где сын будет учиться после 9 класса, мест в колледже нет",
    "Ребёнка отдали в чужую семью, опека не даёт видеться",
    # lost: a pet, signposts, a past event that ended well
    "Потерялась собака в лесу за посёлком, откликается на Джек",
    "Туристы часто заблуждаются на тропе, поставьте указатели",
    "Дети заблудились в лесу, уже нашлись, спасибо волонтёрам",
    # a bridge: planned repair, a question
    "Мост закрыт на ремонт опор, объезд через Каменку, когда откроют?",
    "Когда отремонтируют настил на мосту? Доски старые",
    # shooting: birds, a range, snowballs
    "Дети стреляют из рогатки по голубям",
    "В тире на набережной стреляют до ночи, шумно",
    "мальчишки стреляют из водяных пистолетов по прохожим",
    # medicine and dying without it: no person in danger
    "В аптеке нет витаминов для детей",
    "Без полива цветы на клумбе погибнут, поливайте",
    "Без поддержки наш сельский клуб умрёт",
    # a roof: a shed, snow to clear
    "Крыша сарая прогнулась от снега, хозяин не чистит",
    "Крыша теплицы прогнулась под снегом, сломались дуги",
    # water on a road without a sinkhole
    "Из люка течёт вода на дорогу, лужа",
    "Вода бьёт из трубы на газон, лужа до дороги",
    # session 50's second round
    "Колонка хлопает при зажигании и пламя жёлтое, мастер не идёт",
    "Газовая колонка плохо греет воду, вызвали мастера",
    "У полыньи на пруду нет таблички, поставьте знак",
    "Охотники стреляют по уткам у деревни с утра, шумно",
    "Ножи точат на рынке прямо у входа, продают ножи без чеков",
    "Мост ремонтируют, трос меняют, объезд через Каменку",
])
def test_a_near_miss_reads_no_critical_signal(text):
    assert not critical_names(text)


@pytest.mark.parametrize("text", [
    "Соседский мальчик лет шести второй день один дома, мать не появлялась. Он плачет за дверью, хочет есть",
    "ПОМОГИТЕ!!! ГРУППА ДЕТЕЙ-ТУРИСТОВ ЗАБЛУДИЛАСЬ В ГОРАХ, ТЕЛЕФОН У РУКОВОДИТЕЛЯ САДИТСЯ, ТУМАН",
    "Воспитатель отдала моего сына незнакомому мужчине без доверенности! Мы не знаем где ребёнок, телефон мужа "
    "отключён. Полицию вызвали, помогите найти",
    "У сына аллергия, эпипен закончился, в аптеках Туймазов нет, а без него он может умереть",
    "кумертау школа 5 крыша спортзала прогнулась от снега, дети занимаются",
])
def test_the_shipped_model_reads_them_critical(text):
    from mcu_nlp import default_models

    assert default_models().urgency.predict([text])[0] == "critical"  # normal or high with U51
