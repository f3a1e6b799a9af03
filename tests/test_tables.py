"""tables.read_csv_frame: the one whole-table CSV reader of mcu-nlp train / evaluate and mcu-nlp forecast."""

from __future__ import annotations

import bz2
import gzip
import lzma
from pathlib import Path

import pandas as pd
import pytest

from mcu_nlp.errors import InputError
from mcu_nlp.tables import read_csv_frame
from mcu_nlp.training import read_table
from mcu_nlp.trends.command import _read

ROWS = [["Нет воды", "2024-01-05"], ["Яма на дороге", "05.01.2024"]]
BOM = b"\xef\xbb\xbf"
PACK = {"": bytes, ".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


def _csv(separator: str) -> bytes:
    lines = [separator.join(["text", "date"]), *(separator.join(row) for row in ROWS)]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("suffix", list(PACK))
@pytest.mark.parametrize("bom", [b"", BOM], ids=["plain", "bom"])
@pytest.mark.parametrize("separator", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_train_and_forecast_read_a_csv_alike(tmp_path: Path, suffix: str, bom: bytes, separator: str) -> None:
    path = tmp_path / f"in.csv{suffix}"
    path.write_bytes(PACK[suffix](bom + _csv(separator)))
    expected = pd.DataFrame(ROWS, columns=["text", "date"])
    pd.testing.assert_frame_equal(read_csv_frame(path, dtype=str), expected)
    pd.testing.assert_frame_equal(read_table(path), expected)  # train / evaluate
    pd.testing.assert_frame_equal(_read(path), expected)  # forecast


def test_training_keeps_empty_cells_as_text_and_forecast_as_missing(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("text;n\n;1\n", encoding="utf-8")
    assert read_table(path).values.tolist() == [["", "1"]]  # labels and texts stay strings
    assert _read(path)["text"].isna().all() and _read(path)["n"].tolist() == [1]  # counts are numbers


def test_a_zstd_csv_is_refused_with_how_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "in.csv.zst"
    path.write_bytes(b"(\xb5/\xfd")
    for read in (read_csv_frame, read_table, _read):
        with pytest.raises(InputError, match="decompress it first"):
            read(path)
