"""Session 53 (U58): a person unwell now, whatever the cause. The critical texts of the dev sets blind27-46 that the
model answered normal or high were many kinds of one thing: children vomiting after a paint job, a canteen, a chemistry
class, a river; a father with vomiting and no ambulance; dizziness from solvent on a playground. The rows of gas, smoke,
water and emissions each wanted their cause named; these read the symptom in a person (vomiting, nausea, dizziness),
not vomit to clean up, a pet, a pregnancy, travel sickness, a disgust or a night that is past. And a patient no one
examines in pain or fever is urgent care denied, as a refusal is (and «отказались принять» is one).

Over the annotated appeals and blind12-51 the rows add a critical signal to 15 texts that had none, all labelled
critical, and take it from none (benchmarks/RESULTS.md, session 53).

Then (U59) a probe of plain phrasings of the textbook dangers of urgency.md found words no row read: «запахло газом»
(pymorphy3's «запахнуть»; the smell of gas, the first example of urgency.md, was no signal), «потянуло / завоняло
газом», «задымилось», «вспыхнула / полыхнул», «треснула стена, щель растёт», smoke in a corridor, a classroom, a train,
from under a floor or a bonnet, a fire alarm going off beside smoke (not a false alarm), «отказывают в обезболивающем»,
a person gone through the ice, snow overhanging from a roof, a pit of boiling water, bleeding, a bad heart and a fall
from a window. They add a critical signal to 8 more annotated / blind / list texts, all critical, and to 3 of 41,692
SPb texts (ice overhanging a roof). Last (U61), a hedge row with no group hedges every group: news and hearsay, and a
cut said to come; they take the critical signal from 11 texts, all normal or near misses.

Session 54's texts of the same two kinds close each list (tests/test_urgency_s54.py says why), then session 55's (from
the probe list rev8; benchmarks/RESULTS.md, session 55), read by the same tests.
"""

import pytest
from helpers import critical_names

DANGER, DENIED = "person in danger now", "care denied"

#: Texts and the critical signal each reads: the rows of U58 first, then those of U59-U61
SIGNALS = [
    ("В детском саду у пятерых детей рвота после завтрака, воспитатели молчат", DANGER),
    ("Соседку тошнит и кружится голова, в квартире пахнет чем-то сладким", DANGER),
    ("После покраски подъезда у детей кружится голова, краской воняет до сих пор", DANGER),
    ("У мужа рвота и давление 200, скорую ждём второй час", DANGER),
    ("В приёмном покое сидим с дочкой, температура 39,8, третий час никто не осматривает", DENIED),
    ("Отцу с болью в груди отказались помочь в приёмном отделении, сказали ждать", DENIED),
    ("В больнице отказались принять бабушку, у неё кровь и давление 60 на 40", DENIED),
    # pymorphy3 reads «запахло» as «запахнуть», which no row named: the textbook gas smell was no signal
    ("Запахло газом в подъезде, срочно приезжайте", "gas smell"),
    ("В вагоне метро на перегоне запахло гарью", "smoke"),
    # smoke in a corridor, a classroom, a train or a tunnel, or from under a floor or a bonnet
    ("в Кургане дым в коридоре второго этажа", "smoke"),
    ("В классе дым от сгоревшей проводки, дети на уроке", "smoke"),
    ("Маршрутка едет по Ленина, из-под капота дым, водитель не останавливается", "smoke"),
    # a fire alarm that goes off in another clause is no false alarm («датчик дыма пищит» is)
    ("в школе дым в коридоре, сработала сигнализация", "smoke"),
    ("Пожарные уехали, а в подъезде всё ещё дым", "smoke"),
    # the other verbs of a smell, a fire, smoke or a crack that starts: pymorphy3 lemmas no row named
    ("Потянуло газом на лестнице", "gas smell"),
    ("Завоняло газом в квартире", "gas smell"),
    ("Тянет газом из подвала", "gas smell"),
    ("Задымилось в подвале", "smoke"),
    ("Вспыхнула трава у домов", "open fire"),
    ("Полыхнул сарай, огонь к дому", "open fire"),
    ("Треснула стена дома, щель растёт", "crack threatens collapse"),
    ("Онкобольному отцу отказывают в обезболивающем", "medicine denied"),
    # textbook dangers in words no row read (a probe of plain phrasings, s53)
    ("Мужчина провалился под лёд на пруду", "thin ice"),
    ("Машина провалилась под лёд на переправе, водитель на крыше", "thin ice"),
    ("Огромная глыба снега свисает с крыши над тротуаром", "ice over pavement"),
    ("Снежный пласт нависает с карниза над входом в магазин", "ice over pavement"),
    ("Яма с кипятком посреди двора, парит", "hot water on the street"),
    ("Беременной плохо, кровотечение, машины нет", DANGER),
    ("Мужчине плохо с сердцем на остановке, лежит", DANGER),
    ("Ребенок выпал из окна, жив", DANGER),
    # (U60) a list of plain phrasings of urgency.md's critical kinds (helper-571, 200 lines; 179 critical before it was
    # read): the words its misses showed no row read, in other sentences
    ("Газоснабжение в доме прекращено, котёл погас", "no gas"),
    ("Водоснабжение прекратилось ночью, до сих пор ничего", "no water"),
    ("Перекрыли воду всему кварталу, жара", "no water"),
    ("В кранах пусто с самого утра", "no water"),
    ("Запашок газа на площадке второго этажа", "gas smell"),
    ("Задымление на лестничной клетке, выйти не можем", "smoke"),
    ("Дым в лифтовой шахте, идёт по этажам", "smoke"),
    ("Сосна повалилась и легла на крышу дома", "falling tree"),
    ("Стая дворняжек атакует детей у остановки", "attack by dogs"),
    ("В больнице отказали в экстренной операции, у сына перитонит", "care denied"),
    ("Маме не выписывают инсулин уже неделю, сахар 20", "medicine denied"),
    ("Малыш стоит на подоконнике открытого окна на пятом этаже", "child alone with no adult"),
    # a danger told before the news word, or in another sentence, stays
    ("Пахнет газом в подъезде, а в новостях как раз про взрыв", "gas smell"),
    ("Видели новость про обрушение? У нас в доме трещина растёт, стена отходит", "crack threatens collapse"),
    # «интернет» and «телевизор» are no news words: a supply named with others
    ("Нет интернета и света второй день", "no power"),
    # (s54, U62-U64: tests/test_urgency_s54.py says why)
    ("у дома течёт кипяток из трубы прямо на тротуар", "hot water on the street"),
    ("Старый вяз упал на провода у школы", "falling tree"),
    ("Вяз клонится на дом, треск слышен", "falling tree"),
    # a fire now, said after one of the past or beside «может»
    ("Год назад горел сарай, и сейчас опять горит сарай у соседа", "open fire"),
    ("Полчаса назад загорелся дом на Ленина 5", "open fire"),
    ("Пожар может перекинуться на дома, срочно!", "fire"),
    # an outage now after a repair, and one before a cut said to come
    ("Свет дали, спасибо. К вечеру опять нет света", "no power"),
    ("Третий день нет света, и будет ли когда-нибудь, неизвестно", "no power"),
    # (U63) the mains named in the cut's sentence, a floor named in another
    ("Донской, многоэтажка на Ленина: света нет 20 часов. Насосы не качают воду на верхние этажи", "no power"),
    ("Света нет с трёх ночи, подстанция. Вода выше пятого этажа не идёт", "no power"),
    ("Лифт застрял между этажами, внутри бабушка с внуком уже 40 минут", "person trapped"),
    ("Снег с крыши сбрасывают без ограждения, чуть не попали в женщину с коляской", "snow thrown onto people"),
    ("Рабочие скидывают снег. Глыба упала в метре от ребёнка!", "snow thrown onto people"),
    # (U64)
    ("Трасса «Колыма»: машина заглохла, за бортом −51, в ней семья с ребёнком", "stranded in the cold"),
    ("Автобус сломался на трассе, –45, водитель не может завести", "stranded in the cold"),
    ("Фура с баллонами пропана перевернулась, баллоны раскатились по дороге, слышно шипение", "gas leak"),
    # (s55, from the probe list rev8) smoke in a cinema hall, a flame out of a window, a ceiling or a stand giving way,
    # no beds at admissions for a child with fits, someone under water or not coming round, a school boiler not started
    ("В кинозале пошёл дым из-под экрана, люди ищут выход", "smoke"),
    ("У соседей сверху из окна огонь, дверь никто не открывает", "open fire"),
    ("В бараке провалилось перекрытие между этажами, наверху живут люди", "collapse"),
    ("На стадионе просела трибуна, по бетону трещины, зрителей не выводят", "collapse"),
    ("Ребёнок с судорогами, в приёмном больницы говорят мест нет", DENIED),
    ("Парень нырнул с моста в реку и не выныривает", DANGER),
    ("Грузчик упал на складе, не приходит в себя", DANGER),
    ("Котельную в школе не запустили, в классах дети в куртках", "no heating"),
]

#: Near misses of the same words: no critical signal
NEAR_MISSES = [
    "На лестнице остатки рвоты уже неделю, уборщица не моет",
    "В магазине продали просроченный йогурт, ребёнка тошнило, верните деньги",
    "У кошки рвота после корма, где круглосуточная ветклиника?",
    "Вчера у сына была рвота, врач приходил, сейчас всё хорошо",
    "Беременной жене тошно от запаха из подвала, токсикоз, уберите",
    "Тошнит от этих чиновников и их отписок",
    "Людей тошнит от вони из подвала, откачайте воду",
    "Если выпить такую воду, может быть рвота, проверьте водоканал",
    "Пришли на медосмотр, никто не смотрит, очередь 3 часа",
    "Учительница рвёт тетради детей, директор не реагирует",
    "Вчера запахло газом, газовики приехали и всё починили",
    "Датчик дыма в коридоре пищит, батарейка села",
    "Как проверить, есть ли в доме датчики дыма?",
    "В подъезде пожарная сигнализация воет, дыма нет",
    "В коридоре курят, дым до потолка",
    "Водитель курит, весь дым летит в салон маршрутки",
    "Потянули газ к нашей деревне, когда подключат?",
    "Вспыхнул скандал на собрании жильцов",  # «вспыхнуть» alone is no fire: only beside a place or a thing burning
    "В подъезде вспыхнул свет и погас",
    "Дети катаются на пруду, боимся что провалятся под лёд",
    "В прошлом году мужчина провалился под лёд на этом пруду, поставьте знак",
    "Собака провалилась под лёд, скулит",
    "Снег с крыши сбросили на тротуар, не убрали",
    "Из крана кипяток, а холодной нет",
    "У сына часто носовое кровотечение, к ЛОРу не записаться",
    "Если у беременной кровотечение, куда ехать ночью?",
    "Поставьте ограничители на окна в школе, ребёнок может выпасть",
    "В прошлом году ребёнок выпал из окна в нашем доме",
    "Чтобы запах прекратился, нужно включить воду и пролить сифон",
    "Перекрыли воду в стояке, пришлите сантехника поменять кран",
    "Врач не выписывает льготный рецепт на инсулин, покупаем сами",
    "Поставьте ограничители на окна, малыш залезает на подоконник, открытое окно опасно",
    "Просела и вывалилась тротуарная плитка в арке",
    # news and hearsay (a hedge with no group, mcu_nlp.lexicon): what was read or heard of, not a danger here now
    "Прочитал в новостях, что в соседнем городе взорвался газ в доме. Проверьте и наши дома",
    "В новостях писали про обрушение дома такой же серии, прошу обследовать наш",
    "Слышал, что на севере закрыли зимник, у нас такое бывает?",
    "Смотрела репортаж, как скорая не могла проехать во двор, у нас тоже паркуются плотно",
    "По телевизору показали пожар в торговом центре, проверьте выходы в нашем ТЦ",
    # a cut said to come (a hedge with no group): a plan told ahead
    "Уведомляем: 12 декабря с 10 до 16 будет отключено электричество на улице Садовой",
    "Будет ли в этом году открыт зимник до посёлка?",
    "Будет ли перерасчёт за воду, которой не было три дня в прошлом месяце?",
    # (s54, U62-U64: tests/test_urgency_s54.py says why)
    "Завтра с 9 до 17 не будет света",
    "Свет дали, спасибо. В выходные не будет света",
    "Сообщили, что в понедельник вырубят электроэнергию на 3 часа, нужно ли отключать котлы?",
    "Пожар может начаться в любой момент, проводка в доме старая",
    "В прошлом месяце горел бак у дома, поставьте новый",
    "Год назад горел сарай во дворе, остался пустырь",
    "Машины вязнут в грязи на въезде во двор",
    # (U63) a stairwell of a house is no home; a lift that stops often or stopped yesterday; snow thrown with no one
    # named, onto a car, or yesterday; people falling on ice (the high rows)
    "В подъезде дома уже месяц нет света ни на одном этаже",
    "Лифт часто застревает, внутри дети бывают подолгу",
    "Вчера лифт застрял, внутри была соседка, час сидела",
    "Снег с крыши сбрасывают прямо на тротуар, без ограждения и без дежурного",
    "Вчера с крыши скидывали снег, чуть не помяли машину",
    "На остановке наледь, бабушки падают одна за другой",
    "Грейдер кидает снег на тротуар, люди идут по дороге",
    "Шипит кислородный баллон у бабушки, это нормально?",
    "Машина сломалась, стоит в гараже, на улице −5",
    # (s55) a stage floor or porch steps that gave way (the labels read high), lights in windows, an eternal flame,
    # a winter road opened, a question when it opens, one who does not get over a holiday
    "В ДК провалился пол на сцене, концерт через неделю",
    "На крыльце две ступеньки провалились, перила шатаются",
    "В окнах соседних домов огни, а у нас темно во дворе",
    "У вечного огня на площади нужно убрать мусор",
    "Спасибо дорожникам: зимник открыли, продукты в посёлок привезли",
    "Будет ли в этом году открыт зимник до посёлка, и с какой даты?",
    "Никак не приду в себя после отпуска, когда откроют бассейн?",
]


@pytest.mark.parametrize(("text", "signal"), SIGNALS)
def test_an_s53_or_s54_danger_reads_its_signal(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_s53_or_s54_near_miss_reads_no_critical_signal(text):
    assert not critical_names(text)


def test_a_cut_now_before_a_future_word_stays():
    """The hedge reaches only signals after it: an outage told first is one now."""
    assert "no water" in critical_names("Воды нет третий день, когда будет — никто не знает")
