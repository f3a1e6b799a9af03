"""benchmarks/reproduce.py's verdict: a refit equal to the bit, one within another machine's floating-point
tolerance (1 answer in 10,000 at most, no probability moved by more than 0.01), and a stale file (session 57's
urgency file: 17 of 18,545 answers) told apart."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def bench(script):
    return script("benchmarks/reproduce.py")


def test_a_refit_equal_to_the_bit_is_equal(bench) -> None:
    assert bench.verdict(19121, 0, 0.0) == "equal"


def test_another_kernels_refit_is_within_tolerance(bench) -> None:
    # one machine's Haswell kernels against its Sandybridge's, same code and data; the shipped file against this
    # machine's refit (RESULTS.md, session 61)
    assert bench.verdict(24289, 1, 2.24e-3) == "within tolerance"
    assert bench.verdict(24289, 1, 3.03e-3) == "within tolerance"
    assert bench.verdict(24289, 2, 3.03e-3) == "within tolerance"


@pytest.mark.parametrize("texts, differ, gap", [(18545, 17, 0.2), (24289, 3, 1e-3), (24289, 0, 0.011)])
def test_a_stale_file_or_a_large_move_is_different(bench, texts, differ, gap) -> None:
    assert bench.verdict(texts, differ, gap) == "DIFFERENT"
