"""The CSV formula guard's pattern reads a cell in linear time (review s19 #4: «-» + n digits + a letter cost
O(n²): 40,000 digits took 30 CPU s, so one garbage cell of a broken export hung a batch)."""

import time

import pytest

from mcu_nlp.partfiles import FORMULA


@pytest.mark.parametrize("cell", ["-" + "1" * 200_000 + "x", "+" + "1" * 100_000 + "," + "1" * 100_000 + " нет",
                                  "-1." + "1" * 100_000 + "e" + "1" * 100_000 + "x"])
def test_a_long_digit_run_is_read_in_linear_time(cell):
    start = time.process_time()
    assert FORMULA.match(cell)  # no plain number: a spreadsheet would read it as a formula
    assert time.process_time() - start < 0.5


@pytest.mark.parametrize("cell,formula", [("-5", False), ("-2.5E-3", False), ("+7,25", False), ("-.5", False),
                                          ("-5.", True), ("-1+1", True), ("=1", True), ("@a", True), ("-", True),
                                          ("\t-5", False), ("\t=1", True), ("5-", False)])
def test_plain_numbers_are_no_formula(cell, formula):
    assert bool(FORMULA.match(cell)) is formula
