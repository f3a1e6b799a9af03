"""Demonyms of big towns and regional capitals that neither the curated list nor the made demonyms gave (the audit
of session 23, RESULTS "Session 23: geo"): each names its town, in the cases residents write."""

import pytest

import mcu_nlp


@pytest.mark.parametrize(("text", "oktmo"), [
    ("Грозненцы жалуются на отключения света", "96701000"),
    ("Челнинцы, у вас есть вода?", "92730000"),
    ("Челнинцев попросили экономить воду", "92730000"),
    ("петропавловцы, снег во дворах не чистят", "30701000"),
    ("Горноалтайцы остались без газа", "84701000"),
    ("Нарьянмарцам обещали новую школу", "11851000"),
    ("Анадырцы ждут рейс третий день", "77701000"),
])
def test_a_big_towns_demonym_names_the_town(text: str, oktmo: str) -> None:
    found = mcu_nlp.analyze(text).municipality
    assert found is not None and found.oktmo == oktmo
