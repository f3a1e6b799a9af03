"""Session 23's geo fixes (the session's review, item 14, and the Краснодарский край walkthrough, G1-G3); invented
sentences.

- V: a person-like town's name opening a later sentence before a comma counts (in the caller's region) only where the
  text reports a problem somewhere («Пропал ребёнок!!! Салават, мальчик 9 лет»), and never before words that speak to
  a person: a second-person pronoun, «пожалуйста», an imperative or a second-person verb («Спасибо за помощь.
  Салават, вы молодец!», «Мастер пришёл. Агидель, пожалуйста, позвоните» gave Салават, Агидель with 02).
- K: a name whose ordinary reading is someone (an animate noun: «Мама», «Мужи») heading a colon and a phone number
  labels a contact: it counts in the caller's region only («Мама: 8 (928) 111-22-33» gave the village Мама of 38 with
  no region).
- D: big towns' districts census 2021 table 5 lists under «внутригородские округа» (Краснодар's Карасунский, Курск's
  Сеймский, Иркутск's «административные округа» ...) are parts of their towns, as those under «... районы» are.
"""

from __future__ import annotations

import pytest

from mcu_nlp.geo import GeoResolver, best_municipality

SALAVAT, AGIDEL, MAMA_DISTRICT, OREL = "80739000", "80703000", "25624000", "54701000"
KRASNODAR, KURSK, IRKUTSK, OMSK, ARKHANGELSK = "03701000", "38701000", "25701000", "52701000", "11701000"
TYUMEN, NAZRAN, KALININSKY_23 = "71701000", "26706000", "03619000"

CASES = [
    # V: a person spoken to, or no problem anywhere in the text
    ("02", "Спасибо за помощь. Салават, вы молодец!", None),
    ("02", "Мастер пришёл. Агидель, пожалуйста, позвоните", None),
    ("02", "Хорошего дня. Агидель, подскажите номер", None),
    ("02", "Спасибо соседям. Салават, мальчик 9 лет, уже дома", None),
    ("02", "Салават, вы молодец!", None),
    ("02", "Пропал ребёнок!!! Салават, мальчик 9 лет", SALAVAT),  # guard: a problem in the first sentence
    ("02", "Третий день нет воды. Агидель, весь район сидит без воды", AGIDEL),  # guard
    ("02", "Салават, нет воды третий день", SALAVAT),  # guard: the text's first word
    # K: a contact's label
    (None, "Мама: 8 (928) 111-22-33", None),
    (None, "Мама: +7 928 111 22 33, звонить вечером", None),
    (None, "Мужи: 8 (912) 111-22-33", None),
    ("38", "Мама: 8 (39569) 2-11-11", MAMA_DISTRICT),  # guard: the caller's region
    (None, "Орёл: 8 (4862) 11-22-33", OREL),  # guard: a big town
    (None, "Мама: нет воды третий день", MAMA_DISTRICT),  # guard: no phone (a heading, as before)
    # D: «внутригородские округа»
    ("23", "В Карасунском округе нет воды", KRASNODAR),
    ("23", "Прикубанский округ, улица Российская, яма", KRASNODAR),
    ("46", "В Сеймском округе третий день нет воды", KURSK),
    ("38", "В Свердловском административном округе не вывозят мусор", IRKUTSK),
    ("38", "В Свердловском округе не вывозят мусор", IRKUTSK),
    ("55", "В Советском округе нет отопления", OMSK),
    ("29", "В Соломбальском округе нет света", ARKHANGELSK),  # listed after «округ Варавино - Фактория»
    ("72", "В Калининском административном округе яма", TYUMEN),
    ("06", "В Гамурзиевском округе нет газа", NAZRAN),
    ("78", "В Карасунском округе нет воды", None),  # guard: another region's caller
    ("23", "В Калининском районе нет воды", KALININSKY_23),  # guard: the region's municipal district
]


@pytest.mark.parametrize(("region", "text", "want"), CASES)
def test_geo_fix_s23(region: str | None, text: str, want: str | None) -> None:
    best = best_municipality(GeoResolver(region=region).resolve(text), text)
    assert (best.oktmo if best else None) == want
