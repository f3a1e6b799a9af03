"""Session 52 (U54): critical dangers of a fresh independent list (rev4, scored before it was read: 41 of 60 critical)
that no lexicon row read, written as their classes: smoke from a socket, a switch or an appliance at home, a fire at
an industrial or storage site, frostbite, bleeding that does not stop, a person buried or pinned, mercury spilt where
people are, a child stuck where it cannot get down and a parent locked out in the frost, roofing flying where people
walk, a train stopped in the frost, a boat with people carried off by the current. False alarm: a torn internet,
phone or TV line is no live wire (4 of 4 annotated and blind texts with one are labelled high). Then, from the critical
texts of the dev sets blind27-46 that the model answered normal: an air ambulance that does not fly or cannot be
called for a patient, ammonia, chlorine or a cloud in the air that stings the eyes or stops breath, and an attack on a
woman, a man, a girl or a boy named (not only «ребёнок», «человек»); an ambulance that sends a feverish old person to
the district doctor, a gas pipe on fire (also «после грозы»: «после» hedges a fire as a what-if only when no weather
follows it, as for floods), the steppe on fire. A review (helper-567, 302 texts of its own) then found the rows too
loose: the new person words of «attack on people» read «Сын бросился в драку» (now only with an animal named), «застрял»
and «запер» read a business trip and a garage (now a height or a hole, and the cold), a coal train in the frost had no
people, bleach for cleaning stung eyes, «горит» read a gas meter's lamp. Last, «после» a meal or a call hedges no fire,
«прошлым летом» dates a danger past, a dog bite dated past is no attack now, and a gas smell in the past is the one a
repair settles. The review's near misses with a critical signal went 84 -> 40 of 210, its critical texts with none
12 -> 2 of 92.

Over the annotated appeals and blind12-46 the rows add a critical signal to 26 texts that had none, all labelled
critical, and take it from 5, all labelled high (the data lines, a dog bite a week ago) (benchmarks/RESULTS.md,
session 52).
"""

import pytest
from helpers import critical_names

SMOKE, FIRE, DANGER, MERCURY, TRAPPED = "smoke", "open fire", "person in danger now", "mercury spilt", "person trapped"
ROOFING, STRANDED, ADRIFT, LIVE = "flying roofing", "stranded in the cold", "people adrift", "live wires"
AIR, TOXIC, ATTACK = "air ambulance not coming", "toxic air making people ill", "attack on people"
AMBULANCE = "ambulance not coming"


@pytest.mark.parametrize(("text", "signal"), [
    ("Удлинитель под столом дымится и воняет палёным, выдернуть боимся", SMOKE),
    ("в щитке на площадке что-то плавится, дым идёт по этажу", SMOKE),
    ("Горит склад стройматериалов у гаражей, огонь уже у забора жилого дома", FIRE),
    ("на окраине полыхает коровник, ветер несёт дым на улицу Садовую", FIRE),
    ("Мужик два часа пролежал на остановке, у него обморожение пальцев, скорая не едет", DANGER),
    ("сосед порезал руку стеклом, кровь не останавливается, скорая занята", DANGER),
    ("На стройке рабочего придавило плитой, достать не можем, скорая едет час", DANGER),
    ("в садике воспитательница разбила градусник, ртуть раскатилась под шкаф, дети в группе", MERCURY),
    ("Сын застрял на заборе стройки, не может слезть, висит на куртке", TRAPPED),
    ("Отец запер маму на лоджии, она раздета, на улице минус", TRAPPED),
    ("После урагана профлист с крыши гаража летает по двору, дети с площадки не ушли", ROOFING),
    ("поезд стоит в тайге пятый час, в вагоне холодно, минус 30 за окном, едем с детьми", STRANDED),
    ("Катер с рыбаками сносит течением к плотине, мотор не заводится", ADRIFT),
    ("у деда инсульт, санавиация не вылетает, туман, фельдшер не справляется", AIR),
    ("Санавиацию не дают уже сутки, у сына перелом бедра", AIR),
    ("У соседки кровотечение после родов, вертолёт не летит из-за пурги", AIR),
    ("Пахнет хлором на всю улицу, у людей режет глаза, что случилось?", TOXIC),
    ("над станцией висит облако, дышать тяжело, дети в школе", TOXIC),
    ("Собака соседей бросилась на женщину с коляской и укусила за руку", ATTACK),
    ("Вчера стая собак покусала ребёнка у школы, собаки там же бегают", "attack by dogs"),
    ("Утечку устранили, но всё равно пахнет газом", "gas smell"),
    ("маме 88, температура 39 и еле встаёт, скорая говорит вызывайте участкового", AMBULANCE),
    ("Скорая сказала вызвать участкового, а у отца давление 200 и одышка", AMBULANCE),
    ("Мальчик залез на крышу гаража и не может слезть, плачет, крыша скользкая", TRAPPED),
    ("У дома лежит на земле провод под напряжением возле антенны соседа", LIVE),
    ("Горит газовая труба на фасаде у второго подъезда, пламя до окон", FIRE),
    ("После грозы на вводе в дом полыхает газовый стояк", FIRE),
    ("Степь горит за посёлком, огонь идёт к домам", FIRE),
    # «после» a time or a call is no what-if either (review s52): «после обеда», «час после вызова»
    ("После обеда загорелся сарай у соседей, горит прямо сейчас, огонь идёт к дому!", FIRE),
    ("Уже час после вызова никто не едет, горит дом по улице Ленина 5!", FIRE),
])
def test_an_s52_class_reads_its_signal(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", [
    "Вчера из розетки шёл дым, электрик её заменил, всё работает",
    "Куда сдать сломанный ртутный градусник? В аптеке не берут",
    "Светофор у рынка горит зелёный только 10 секунд, не успеваем перейти",
    "На складе у дороги горит вывеска всю ночь, светит в окна",
    "Как защитить руки от обморожения на рыбалке? Подскажите мазь",
    "Пункт сдачи крови не работает по субботам, доноры не могут сдать кровь",
    "Снегом засыпало выход из подъезда, дворник не чистит",
    "Листья летают по двору, дворник не убирает",
    "Электричка стоит на станции 20 минут, расписание не соблюдают, на перроне холодно",
    "Лодки на пирсе уносит ветром, когда отвязаны, владельцам бы следить",
    "Оборван интернет кабель после урагана, провайдер не чинит",
    "Кабель провайдера висит над дорогой низко, грузовики цепляют",
    "После обрыва кабеля неделю нет ни телефона, ни интернета",
    "Вертолёт в наш посёлок отменяют третью неделю, не можем улететь в город",
    "Когда построят вертолётную площадку для санавиации? Сейчас садится в поле",
    "Вода из крана пахнет хлоркой так, что глаза режет",
    "В бассейне столько хлорки, что у детей слезятся глаза",
    "Облако тополиного пуха, дышать тяжело аллергикам",
    "Газовая плита горит неровно, пламя жёлтое",
    "Скорая посоветовала вызвать участкового, температура спала, спасибо",
    "Лифты как после взрыва, кнопки оплавлены, замените",
    "Сын бросился в драку в школе, прошу разобраться с учителем",
    "Папа застрял в командировке, кто откроет квартиру сантехнику?",
    "Отец запер гараж и уехал, ключ у соседа",
    "На девятом этаже живёт бабушка на коляске, она не может выйти на улицу",
    "Состав с углём стоит у переезда второй день, мороз",
    "Мыли пол хлоркой, глаза немного щиплет, чем лучше мыть?",
    "Газовый счетчик горит красным индикатором, это неисправность?",
    "Рабочих завалило заказами, не успевают чинить трубы",
    "Лодку унесло ветром от причала, людей в ней не было",
    "Прошлым летом горела трава за посёлком, до сих пор всё чёрное",  # «прошлым» is «прошлое» to pymorphy3
    "После пожара в соседнем доме просим проверить нашу проводку",
    "В прошлом году меня покусала собака, лечение оплачивал сам. Можно ли получить компенсацию?",
    "Собака соседа покусала сына неделю назад, хозяин не показывает справку о прививке",
    "Вчера пахло газом, приезжала служба, утечку устранили, сегодня всё в порядке",  # a smell in the past, repaired
])
def test_an_s52_near_miss_reads_no_critical_signal(text):
    assert not critical_names(text)


def test_a_live_wire_is_still_one_beside_an_internet_word():
    """The data-line words cancel only near the wire: a live wire with the internet named in another sentence stays."""
    assert LIVE in critical_names("Оборван провод, лежит на тротуаре и искрит. Интернета тоже нет")
