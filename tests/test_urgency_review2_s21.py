"""Session 21 review, part 2: this session's new urgency lexicon rows and its decision change (issue #4), by kind.

Lexicon rows: a hazard that passed by or left things intact cancels only in its own clause; a planned cut is a
warning done, not one promised; a slot machine, a fuel nozzle, a call for help said for years, a board to nail, medical
masks, people sitting still in a gym, a cold school, a river that floods gardens every spring and a drunk driver asked
about are no critical danger now; a carer's job search, a water pump, a boiler's normal beep, a small pension,
cigarettes «стреляют», a dark road with a school bus and a pool's chemicals are no high one; a wild animal's word
that names a shop or a person is none. Decision: a model file keeps the cuts pickled with the decision it was fitted
with (a session 20 file of ``"other_regions"`` predicts as it did then); ``set_params`` to another decision derives
them.
"""

import copy

import numpy as np
import pytest
from helpers import names

import mcu_nlp
from mcu_nlp.lexicon import find_signals
from mcu_nlp.urgency import UrgencyClassifier
from mcu_nlp.urgency.decision import SIGNAL_CUTS, SIGNAL_HIGH_WEIGHTS, decision_cuts


def _worst(text):
    levels = {s.level for s in find_signals(text)}
    return "critical" if "critical" in levels else "high" if "high" in levels else "none"


@pytest.mark.parametrize(("text", "signal"), [
    # 1: the hazard's own clause names no «мимо», «цело»
    ("Смерч снёс крыши домов в деревне, машины МЧС проезжают мимо", ("natural hazard", "critical")),
    # 3/5: the dangers themselves stay
    ("Сосед пьяный бегает с ружьём по улице, кричит", ("armed threat", "critical")),
    ("В подъезде кричат о помощи, вызовите полицию", ("cry for help", "critical")),
    ("Сосед угрожает убить, бегает с ножом", ("threat to kill", "critical")),
    ("Во дворе валяются шприцы у детской площадки", ("medical waste near children", "critical")),
    ("Пьяный водитель гоняет по деревне, дети на дороге", ("drunk driver", "critical")),
    ("Медведь у мусорки на Октябрьской, в 30 метрах от садика, дети на прогулке", ("wild animal", "critical")),
    ("Волки ходят по деревне, дети боятся", ("wild animal", "critical")),
])
def test_a_danger_keeps_its_signal(text, signal):
    assert signal in names(text)


def test_a_cut_warned_beforehand_is_planned():
    text = "Отрубили воду на 2 часа для замены счётчика, предупредили заранее"
    assert "planned cut" in {s.name for s in find_signals(text)}


def test_a_cut_promised_to_be_warned_is_no_planned_cut():
    assert "planned cut" not in {s.name for s in find_signals("Отключили воду, хотя обещали предупредить заранее")}


@pytest.mark.parametrize("text", [
    "В квартире постоянно выбивает автомат, приходится ходить в щиток каждый день, электрик не приходит",
    "Игровые автоматы в подвале дома, туда ходят подростки",
    "Пистолет на заправке не работает, приходится ходить к другой колонке",
    "Сколько можно кричать о помощи, дорогу не ремонтируют пять лет!",
    "Сосед обещал прибить доску на лавочке",
    "Медицинские маски в школе детям не выдают",
    "Шприц для заправки картриджей нужен школе",
    "Люди сидят без движения весь день, откройте спортзал для пенсионеров",
    "Дома +25, а в школе у детей +12, прошу разобраться",
    "Каждую весну речка выходит из берегов и топит огороды, прошу укрепить берег",
    "Водитель автобуса пьяный? Просим проверить, вчера вилял",
    "Водителей пьяных много на трассе, просим пост ДПС",
    "Магазин «Тигр» продаёт пиво детям, находится рядом со школой на нашей улице",
    "Охранное агентство «Волк» не пускает жителей во двор нашего дома",
    "Житель улицы Ленина Волк Иван Петрович просит отремонтировать дом",
    "Фигура «Медведь» на детской площадке сломана, торчит арматура",
    "Во дворе стоит деревянный медведь, развалился, торчат гвозди, дети лазят",
])
def test_an_ordinary_text_is_not_critical(text):
    assert _worst(text) != "critical", find_signals(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Ищу работу сиделкой, вакансий нет", "elderly without a carer"),
    ("Водоразборная колонка на улице хлопает и пищит, воду набирать неудобно", "gas appliance fault"),
    ("Пенсия маленькая, купить нечего в нашем магазине", "wages unpaid"),
    ("Подростки во дворе стреляют сигареты у прохожих", "shooting"),
    ("На трассе нет освещения, темно, детей в школу возят на автобусе", "children on a road in the dark"),
    ("В бассейне очень много химии, дышать тяжело", "emissions people breathe"),
])
def test_an_ordinary_text_has_no_high_signal(text, name):
    assert name not in {s.name for s in find_signals(text)}


def test_a_drunk_driver_said_of_many_is_high():
    assert names("Водителей пьяных много на трассе, просим пост ДПС") == {("drunk driver often", "high")}


def _session20_file(threshold):
    """The shipped model as a session 20 file of decision "other_regions" fitted elsewhere (its own out-of-fold cut
    ``threshold``): its pickled cuts were SIGNAL_CUTS then, and it had no ``fit_decision_``."""
    state = copy.copy(mcu_nlp.default_models().urgency).__getstate__()
    state.pop("fit_decision_", None)
    state.update(decision="other_regions", critical_threshold_=threshold, critical_cuts_=SIGNAL_CUTS,
                 high_weights_=SIGNAL_HIGH_WEIGHTS)
    model = UrgencyClassifier.__new__(UrgencyClassifier)
    model.__setstate__(state)
    return model


def test_a_session20_file_predicts_with_its_pickled_cuts():
    model = _session20_file(0.3)
    signals = [find_signals("Пахнет газом в подъезде")]  # a critical signal: the cut is critical_cuts_[0]
    assert SIGNAL_CUTS[0] < 0.2 < 0.3
    proba = np.array([[0.2, 0.3, 0.5]])
    assert model.fit_decision_ == "other_regions"
    assert model._levels(proba, signals).tolist() == ["critical"]  # 0.2 >= 0.1384, as in session 20
    model.set_params(decision="out_of_fold")  # another decision: its cuts from the model's own threshold
    assert model._levels(proba, signals).tolist() != ["critical"]
    assert decision_cuts("out_of_fold", 0.3, model.high_weight_)[0][0] == 0.3
    model.set_params(decision="other_regions")  # back to the file's decision: its pickled cuts again
    assert model._levels(proba, signals).tolist() == ["critical"]
