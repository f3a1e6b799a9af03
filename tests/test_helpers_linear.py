"""The linear-time helper the redaction and reading tests lean on (helpers.grows_linearly) tells a square's growth
from a line's, on a fast reader and on a slow one whose sizes it halves."""

from helpers import grows_linearly


def _linear(text: str) -> None:
    for _ in range(1_000):  # ~0.5-1 CPU s at 100,000 characters: slow enough that the helper halves the sizes
        text.encode("utf-16").decode("utf-16").upper()


def _square(text: str) -> None:
    for start in range(0, len(text), 3):  # a scan from every third character to the end
        text.count("ё", start)


def test_a_slow_reader_that_grows_as_the_text_passes() -> None:
    assert grows_linearly(_linear, "живу в Курске, нет воды. ")


def test_a_reader_that_grows_as_a_square_fails_even_after_halving() -> None:
    # a lower ``least`` stops the halving at a quarter of the sizes (25,000 characters, ~0.07 s): a failing square
    # reads its larger text twice, 16x as long
    assert not grows_linearly(_square, "живу в Курске, нет воды. ", sizes=(100_000, 400_000), least=0.05)
