"""The session 37 walkthrough (Пермский край, Ставропольский край): a child locked in a car is critical (urgency.md's
"a child ... left in danger (locked ...)"; the row of people trapped leaves cars out, for a car stuck in snow), eyes
stinging from an emission or a chemical smell is the high "emissions people breathe", and ``analyze_frame`` /
``analyze_dask`` refuse a date column the frame lacks with a clear error (a bare pandas ``KeyError`` before).
Invented texts; the shipped model reads the lexicon rows once refitted (its lexicon is frozen in it at its fit).
"""

import pandas as pd
import pytest
from helpers import names

import mcu_nlp
from mcu_nlp.errors import InputError


@pytest.mark.parametrize(
    "text",
    [
        "Ребенок заперт в машине на жаре у ТЦ в Перми!",
        "Ребенок закрыт в машине, задыхается",
        "Оставили малыша в закрытой машине у магазина",
        "ребёнка забыли в машине на парковке",
        "Дедушка заперт в автомобиле, ему плохо",
    ],
)
def test_a_person_locked_in_a_car_is_critical(text):
    assert ("person locked in a car", "critical") in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Машину закрыли, ребенок дома",  # a car locked with no one in it
        "Бабушка оставила машину во дворе, закрыт проезд",  # a car left, the person is who left it
        "Если оставить ребенка в машине, он может перегреться",  # a what-if
        "Застряли в снегу на машине с ребенком",
    ],
)
def test_no_one_locked_in_the_car(text):
    assert ("person locked in a car", "critical") not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Невинномысск. Опять выброс с завода, воняет аммиаком по всему городу, глаза режет",
        "Вонь от завода, режут глаза",
        "Запах хлора на всю улицу, у детей щиплет глаза",
    ],
)
def test_eyes_stinging_from_an_emission_is_high(text):
    assert ("emissions people breathe", "high") in names(text)


@pytest.mark.parametrize("text", ["Запах краски, режут деревья во дворе", "Завод режет металл по ночам, шумно"])
def test_cutting_is_no_symptom(text):
    assert ("emissions people breathe", "high") not in names(text)


def test_analyze_frame_refuses_a_missing_date_column():
    frame = pd.DataFrame({"text": ["В Перми нет воды"], "created": ["2024-01-01"]})
    with pytest.raises(InputError, match=r"expected a date column 'date', got columns \['text', 'created'\]; "
                                         r"check date_column="):
        mcu_nlp.analyze_frame(frame, date_column="date")
    with pytest.raises(InputError, match="a date column other than the text column"):
        mcu_nlp.analyze_frame(frame, date_column="text")


def test_analyze_dask_refuses_a_missing_date_column_before_computing():
    dd = pytest.importorskip("dask.dataframe")
    from mcu_nlp.dask import analyze_dask

    ddf = dd.from_pandas(pd.DataFrame({"text": ["В Перми нет воды"], "created": ["2024-01-01"]}), npartitions=1)
    with pytest.raises(InputError, match="expected a date column 'date'"):
        analyze_dask(ddf, date_column="date")


def test_a_date_column_that_is_there_still_reads_the_dates():
    frame = pd.DataFrame({"text": ["Нет отопления, дома холодно"], "date": ["2024-01-15"]})
    assert mcu_nlp.analyze_frame(frame, date_column="date")["urgency"].tolist() == ["critical"]
