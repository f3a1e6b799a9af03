"""Every settlement of the shipped gazetteer belongs to a municipality (walkthrough s19 D29: Провидения, the centre
of Провиденский городской округ, had none: «В Провидения нет света» gave no municipality and the places column wrote
«Провидения:None»; the census files it under a heading no ОКТМО row names so; tests/test_geo_census.py checks
that no settlement is left without one)."""

import pandas as pd

from mcu_nlp import analyze, analyze_frame


def test_a_district_centre_filed_under_an_unmatched_heading_is_its_districts():
    assert analyze("В Провидения нет света", region="87").municipality.oktmo == "77710000"
    out = analyze_frame(pd.DataFrame({"text": ["В Провидения нет света"]}), text_column="text", region="87")
    assert out.loc[0, "places"] == "Провидения:77710000"
