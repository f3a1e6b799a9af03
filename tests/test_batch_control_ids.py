"""Control characters in the id column of ``mcu-nlp analyze``'s CSV and JSONL outputs: an id holding an ESC sequence
(«a\\x1b[31m»), a bell or a DEL was written as it came into the CSV output (and the DEL into JSONL), so a terminal
showing the file obeyed it, while the text column writes each such character as U+FFFD. Such an id, and one starting
``hex:``, is now written as ``hex:`` and the hex digits of its UTF-8, as a binary id is: distinct ids stay distinct
and the id can be read back."""

import csv
import re
from pathlib import Path

import pytest
from helpers import written_ids

from mcu_nlp.batchjob import run_analyze_job

IDS = ["a\x1b[31mb", "a\x1b[32mb", "звонок\x07", "c\x7fd", "e\x9b2Jf", "hex:41", "A", "№ 17", "tab\there"]
#: control characters but tab and line ends (C1 too: U+009B is an 8-bit CSI; NEL a line end): none may reach a CSV or
#: JSONL output
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


@pytest.mark.parametrize("out_name", ["out.csv", "out.jsonl"])
def test_no_control_character_reaches_the_output_and_ids_read_back(tmp_path: Path, models, out_name: str) -> None:
    source = tmp_path / "in.csv"
    with open(source, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "text"])
        writer.writerows([i, "Нет воды\x1b[2J в доме\x9b2J"] for i in IDS)
    run_analyze_job(source, tmp_path / out_name, models=models, keep_text=True)
    written = (tmp_path / out_name).read_text(encoding="utf-8")
    assert CONTROL.search(written) is None
    ids = written_ids(tmp_path / out_name)
    assert ids[:2] == ["hex:611b5b33316d62", "hex:611b5b33326d62"] and ids[-3:] == ["A", "№ 17", "tab\there"]
    back = [bytes.fromhex(i[4:]).decode() if i.startswith("hex:") else i for i in ids]
    assert back == IDS
