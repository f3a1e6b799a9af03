"""Session 48 (U48): critical dangers a walkthrough (Иркутская область) found no lexicon row read, written as their
general classes, not the walkthrough's wording: a crack in a wall as wide as a finger or a palm, a ceiling or a beam
sagging with a crack, a door or a frame skewed by the settling house with a crack (urgency.md: "a crack that threatens
collapse"); a vital drug missing at a pharmacy or a hospital said with a place between the drug and the lack («инсулин,
в аптеке при больнице в Железногорске-Илимском нет уже неделю»); rooms or a flat ankle- or knee-deep with the water
named far before («из подвала хлещет вода, у бабушки в комнатах уже по щиколотку»), or a flat flooded said by a
present verb before it («ТОПИТ КВАРТИРУ»); neither cold nor hot water («нет воды ни холодной ни горячей»).

Each class with its near misses, everyday texts close to it that urgency.md does not read critical (session 46's
lesson: new critical rows fired on everyday texts no benchmark held).

The lexicon is checked over this checkout; the model-level tests read the shipped model, whose lexicon was frozen at
its fit: the critical ones xfail until a refit with these rows passes the ship rule (session 48's U48 did not, by
small margins: benchmarks/RESULTS.md).
"""

import pytest
from helpers import names

CRACK, MEDICINE, WATER_IN_HOMES, FLOODING, NO_WATER = (
    "crack threatens collapse", "medicine denied", "water in homes", "flooding", "no water",
)


def critical(text: str) -> set[str]:
    return {name for name, level in names(text) if level == "critical"}


@pytest.mark.parametrize(("text", "signal"), [
    # a wall crack as wide as a finger, a palm or a fist
    ("по стене пошла трещина в палец, потолок проседает", CRACK),
    ("по торцу дома трещина шириной в палец от крыши до фундамента", CRACK),
    ("трещина в стене уже в два пальца, кирпичи выпадают", CRACK),
    ("стена дома пошла трещиной, в щель уже кулак пролезает", CRACK),
    ("трещена в стене в палец, дверь перекосило,помогите", CRACK),
    # a ceiling, a beam or a slab sagging with a crack, a crackle or plaster pouring
    ("ТРЕЩИНА В СТЕНЕ В ПАЛЕЦ, ПОТОЛОК ПРОВИС, БОИМСЯ СПАТЬ", CRACK),
    ("потолок в комнате просел и трещит, сверху сыпется, у нас дети", CRACK),
    ("у бабушки в избе потолок проседает, матица треснула", CRACK),
    ("в подъезде потолок прогнулся, по нему трещина, штукатурка сыпется кусками", CRACK),
    # a door or a frame skewed by the settling house, with a crack
    ("в бараке по стене пошла трещина в палец, дверь перекосило, потолок проседает, живем с детьми", CRACK),
    ("дверь в квартиру перекосило, по стене пошла трещина, не закрывается", CRACK),
    ("после стройки рядом рамы повело, стена треснула, окна не открыть", CRACK),
    # a vital drug missing, a place between it and the lack
    ("мужу нужен инсулин, в аптеке при больнице в железногорске илимском нет уже неделю, осталось на один день",
     MEDICINE),
    ("маме нужен инсулин, в аптеке на улице ленина и в больнице нет, осталось два шприца-ручки", MEDICINE),
    ("Инсулина в нашей аптеке при поликлинике нет уже десять дней, ребёнок диабетик", MEDICINE),
    ("лекарство от эпилепсии в аптеке при ЦРБ нет вторую неделю, у сына приступы", MEDICINE),
    ("препарат для химиотерапии в больнице закончился, курс прерван", MEDICINE),
    ("в фап не завезли инсулин, в деревне три диабетика, до города 80 км", MEDICINE),
    ("инсулин короткий в аптеке на советской нету уже неделю, что делать", MEDICINE),
    ("ИНСУЛИН В АПТЕКАХ ГОРОДА ОТСУТСТВУЕТ, МАМА ДИАБЕТИК", MEDICINE),
    # rooms or a flat ankle- or knee-deep, the water named far before or not at all
    ("из подвала хлещет вода, у бабушки на первом этаже в комнатах уже по щиколотку", WATER_IN_HOMES),
    ("прорвало трубу в подвале, вода поднимается, в квартирах на первом этаже уже по колено", WATER_IN_HOMES),
    ("сверху льётся кипяток, у нас в комнате уже по щиколотку", WATER_IN_HOMES),
    ("Талая вода идёт с огородов, в избе по колено, дети на печке", WATER_IN_HOMES),
    ("канализация пошла через ванну, в квартире по щиколотку, вонь", WATER_IN_HOMES),
    ("ВОДА ХЛЕЩЕТ С ПОТОЛКА, В КУХНЕ УЖЕ ПО ЩИКОЛОТКУ", WATER_IN_HOMES),
    ("у соседей прорвало стояк, нас заливает, в спальне по щиколотку", WATER_IN_HOMES),
    ("вода зашла в дома, в комнатах по колено, помогите", WATER_IN_HOMES),
    # a flat flooded said by a present verb before it
    ("ТОПИТ КВАРТИРУ сверху прорвало трубу холодной воды", FLOODING),
    ("у соседей прорвало стояк, заливает кухню", FLOODING),
    # neither cold nor hot water
    ("второй день нет воды ни холодной ни горячей", NO_WATER),
    ("нет ни холодной ни горячей воды", NO_WATER),
    ("воды нет ни горячей ни холодной", NO_WATER),
    ("ВТОРЫЕ СУТКИ НЕТ НИ ХОЛОДНОЙ НИ ГОРЯЧЕЙ ВОДЫ В ДОМЕ", NO_WATER),
    ("с утра отключили холодную и горячую воду, никто ничего не говорит", NO_WATER),
    ("в доме нет холодной и горячей воды третий день, дети маленькие", NO_WATER),
    ("нет воды, ни холодной, ни горячей, что происходит", NO_WATER),
    ("без холодной и горячей воды сидим с понедельника", NO_WATER),
    ("воды нет ни холодной ни горячей второй день, аварийка не отвечает", NO_WATER),
])
def test_the_danger_is_critical(text, signal):
    assert signal in critical(text)


@pytest.mark.parametrize(("text", "signal"), [
    # a crack: hairline, cosmetic, long not wide, or not in a house's wall
    ("в подъезде старая трещина на стене, тонкая как волос, заделайте", CRACK),
    ("трещина в штукатурке над дверью, нужен косметический ремонт", CRACK),
    ("трещина в асфальте в палец шириной у подъезда", CRACK),
    ("трещина в стекле двери подъезда", CRACK),
    ("на экране домофона трещина", CRACK),
    ("трещина в плитке на полу в подъезде, шириной в палец", CRACK),
    ("трещина длиной в палец на стене подъезда, заделайте", CRACK),
    ("после покраски на стене пошли мелкие трещины, переделайте", CRACK),
    ("трещина в палец между плитами тротуара", CRACK),
    ("в гараже трещина в стене в палец", CRACK),
    ("трещина в заборе в палец шириной, покрасьте", CRACK),
    ("на потолке трещина после протечки, пятно, прошу побелить", CRACK),
    ("трещина на стене в подъезде, зашпаклюйте пожалуйста", CRACK),
    ("лёд на реке трещит, трещины в палец, рыбаки всё равно выходят", CRACK),
    # a ceiling sagging with no crack, or a suspended ceiling; a door skewed with no crack
    ("потолок провис, подпираем брусом, когда расселят?", CRACK),
    ("гипсокартонный потолок провис и трещит, переделайте ремонт", CRACK),
    ("подвесной потолок в поликлинике провис, плитки трескаются", CRACK),
    ("дверь перекосило, не закрывается, холодно в подъезде", CRACK),
    ("межкомнатная дверь перекосилась, не закрывается", CRACK),
    ("дверь шкафа перекосило, трещина на дверце", CRACK),
    ("стекло в окне треснуло, раму перекосило от старости, замените окно", CRACK),
    # medicine: free or privileged drugs bought meanwhile, prices, syringes, vitamins, a vet's, a question
    ("льготные лекарства в аптеке при поликлинике не выдают второй месяц, покупаем сами", MEDICINE),
    ("бесплатные лекарства в аптеке при больнице не поступали в этом месяце, купили сами", MEDICINE),
    ("в аптеке на ленина нет витаминов для детей", MEDICINE),
    ("инсулин в аптеке есть, а шприцов нет", MEDICINE),
    ("когда в больнице откроют аптеку?", MEDICINE),
    ("в аптеке при больнице дорогие лекарства, цены выше, чем в городе", MEDICINE),
    ("лекарство для собаки в ветеринарной аптеке нет", MEDICINE),
    ("тест на ковид в аптеке закончился", MEDICINE),
    ("мазь в аптеке при поликлинике закончилась, когда завезут?", MEDICINE),
    ("Препарат для ребенка в аптеке закончился, купили в другой, просим завозить вовремя", MEDICINE),
    # water: a basement, a yard, a street, snow, grass or rubbish knee-deep, a damp flat
    ("в подвале вода по колено, в квартирах сыро, комары", WATER_IN_HOMES),
    ("снега во дворе по колено, к квартире не пройти", WATER_IN_HOMES),
    ("воды в подвале по щиколотку, откачайте", WATER_IN_HOMES),
    ("во дворе лужа по щиколотку после дождя, у подъезда не пройти", WATER_IN_HOMES),
    ("в квартире по колено мусора у соседа, вонь на весь подъезд", WATER_IN_HOMES),
    ("трава по колено во дворе у жилого дома, покосите", WATER_IN_HOMES),
    ("на улице по колено воды после ливня, в квартиры не заходит", WATER_IN_HOMES),
    ("в квартире сыро, плесень, подвал затоплен по щиколотку", WATER_IN_HOMES),
    ("Вода в подвале по щиколотку, откачайте, сырость", WATER_IN_HOMES),
    ("После дождя вода заходит в подъезд, у входа лужа по щиколотку", WATER_IN_HOMES),
    # heating said by «топить» is no flooding
    ("в квартире плохо топят, холодно", FLOODING),
    ("в квартире топят еле-еле, батареи чуть тёплые", FLOODING),
    # hot water out, the cold there, weak or running in its place; a schedule; a recurring cut; a towel rail
    ("нет горячей воды, холодная еле идёт", NO_WATER),
    ("горячей воды нет неделю, холодная есть", NO_WATER),
    ("из крана горячей воды течёт холодная", NO_WATER),
    ("отключение холодной и горячей воды по графику 15 июля", NO_WATER),
    ("нет горячей воды, моемся холодной, греем в чайнике", NO_WATER),
    ("холодной и горячей воды нет по ночам, каждый день с 0 до 6", NO_WATER),
    ("горячая вода не горячая, холодную разбавлять не нужно", NO_WATER),
    ("напор холодной и горячей воды слабый", NO_WATER),
    ("будут ли отключать холодную и горячую воду летом?", NO_WATER),
    ("нет горячей воды и холодный полотенцесушитель", NO_WATER),
    ("нет горячей воды, принимаем холодный душ", NO_WATER),
    ("горячей воды нет третий день, холодная идёт нормально", NO_WATER),
    ("холодное лето, а горячую воду отключили на месяц", NO_WATER),
])
def test_the_everyday_text_is_no_such_danger(text, signal):
    assert signal not in critical(text)


@pytest.mark.parametrize("text", [
    "по стене пошла трещина в палец, потолок проседает",
    "в бараке по стене пошла трещина в палец, дверь перекосило, потолок проседает, живем с детьми",
    "у бабушки в избе потолок проседает, матица треснула",
    "дверь в квартиру перекосило, по стене пошла трещина, не закрывается",
    "мужу нужен инсулин, в аптеке при больнице в железногорске илимском нет уже неделю, осталось на один день",
    "в фап не завезли инсулин, в деревне три диабетика, до города 80 км",
    "из подвала хлещет вода, у бабушки на первом этаже в комнатах уже по щиколотку",
    "сверху льётся кипяток, у нас в комнате уже по щиколотку",
    "нет ни холодной ни горячей воды",
    "с утра отключили холодную и горячую воду, никто ничего не говорит",
])
@pytest.mark.xfail(reason="until a refit with these rows passes the ship rule (U48 did not: blind41 macro-F1 0.751 -> "
                          "0.748, and «Большая яма на дороге у школы» read critical at a threshold of 0.1394)",
                   strict=True)
def test_the_refitted_model_reads_them_critical(models, text):
    assert str(models.urgency.predict([text])[0]) == "critical"


@pytest.mark.parametrize("text", [
    "в подъезде старая трещина на стене, тонкая как волос, заделайте",
    "трещина в асфальте в палец шириной у подъезда",
    "трещина длиной в палец на стене подъезда, заделайте",
    "потолок провис, подпираем брусом, когда расселят?",
    "дверь перекосило, не закрывается, холодно в подъезде",
    "инсулин в аптеке есть, а шприцов нет",
    "мазь в аптеке при поликлинике закончилась, когда завезут?",
    "Как получить льготные лекарства, если в аптеке их нет?",
    "в подвале вода по колено, в квартирах сыро, комары",
    "снега во дворе по колено, к квартире не пройти",
    "горячей воды нет неделю, холодная есть",
    "отключение холодной и горячей воды по графику 15 июля",
    "Плановое отключение холодной и горячей воды, почему не предупредили заранее?",
])
def test_the_model_reads_the_everyday_text_not_critical(models, text):
    assert str(models.urgency.predict([text])[0]) != "critical"
