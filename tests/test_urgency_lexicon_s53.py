"""Session 53 (U58): a person unwell now, whatever the cause. The critical texts of the dev sets blind27-46 that the
model answered normal or high were many kinds of one thing: children vomiting after a paint job, a canteen, a chemistry
class, a river; a father with vomiting and no ambulance; dizziness from solvent on a playground. The rows of gas, smoke,
water and emissions each wanted their cause named; these read the symptom in a person (vomiting, nausea, dizziness),
not vomit to clean up, a pet, a pregnancy, travel sickness, a disgust or a night that is past. And a patient no one
examines in pain or fever is urgent care denied, as a refusal is (and «отказались принять» is one).

Over the annotated appeals and blind12-51 the rows add a critical signal to 15 texts that had none, all labelled
critical, and take it from none (benchmarks/RESULTS.md, session 53).
"""

import pytest
from helpers import critical_names

DANGER, DENIED = "person in danger now", "care denied"


@pytest.mark.parametrize(("text", "signal"), [
    ("В детском саду у пятерых детей рвота после завтрака, воспитатели молчат", DANGER),
    ("Соседку тошнит и кружится голова, в квартире пахнет чем-то сладким", DANGER),
    ("После покраски подъезда у детей кружится голова, краской воняет до сих пор", DANGER),
    ("У мужа рвота и давление 200, скорую ждём второй час", DANGER),
    ("В приёмном покое сидим с дочкой, температура 39,8, третий час никто не осматривает", DENIED),
    ("Отцу с болью в груди отказались помочь в приёмном отделении, сказали ждать", DENIED),
    ("В больнице отказались принять бабушку, у неё кровь и давление 60 на 40", DENIED),
])
def test_an_s53_unwell_person_reads_its_signal(text, signal):
    assert signal in critical_names(text)


@pytest.mark.parametrize("text", [
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
])
def test_an_s53_near_miss_reads_no_critical_signal(text):
    assert not critical_names(text)
