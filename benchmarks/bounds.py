"""Resource bounds: huge single texts through the text functions, and a 1 M-row file through ``mcu-nlp analyze``.

Each text case runs in a fresh process: it loads what the function needs on a short text first, then
builds the huge text, then times one call and reads the process's peak RSS (``ru_maxrss``). "extra MiB"
is the peak above the warm process with the text already built: the memory the call itself took.
The 1 M-row case streams real SPb appeals (repeated) through the CLI in one process (``--jobs 1``) and
samples the RSS of the whole process tree. Every figure is checked against ``BOUNDS``; the script exits
with status 1 when one is exceeded.

Run: .venv/bin/python benchmarks/bounds.py [--chars 10000000] [--rows 1000000] [--skip-cli]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from batch import run_sampled

ROOT = Path(__file__).parents[1]
SPB = ROOT / "data" / "corpora" / "spb" / "spb_appeals.csv.gz"

#: case -> (seconds, peak MiB of the process) that a run must stay within, on a loaded 2-core machine.
BOUNDS = {
    "normalize": (120.0, 2048.0),
    "redact": (120.0, 2048.0),
    "resolve": (120.0, 2048.0),
    "analyze_batch": (5.0, 2048.0),  # over MAX_CHARS: must be refused at once, with its row kept
    "analyze": (120.0, 3072.0),      # the longest text analyze accepts (MAX_CHARS)
    "cli": (1800.0, 1536.0),         # 1 M rows, one process (measured: 306 s, 661 MiB)
}

#: How a huge text is made (see UNITS in the child): real appeals, one letter, phone-like digit runs, Unicode junk.
KINDS = {"real appeals": "real", "one letter": "letter", "phone-like digits": "digits",
         "emoji, RTL, combining, NUL": "junk"}

CHILD = r"""
import json, resource, sys, time
import pandas as pd
import mcu_nlp
from mcu_nlp.row_texts import MAX_CHARS

function, kind, chars, fixture = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
if function == "analyze":
    chars = MAX_CHARS
models = mcu_nlp.default_models() if function.startswith("analyze") else None
geo = mcu_nlp.GeoResolver() if function == "resolve" else None
calls = {
    "normalize": mcu_nlp.normalize,
    "redact": mcu_nlp.redact,
    "resolve": lambda t: geo.resolve(t),
    "analyze": lambda t: mcu_nlp.analyze(t, models=models),
    "analyze_batch": lambda t: mcu_nlp.analyze_batch(["Нет воды", t, None], models=models),
}
call = calls[function]
call("В Салехарде нет отопления, звоните 8-912-345-67-89, Иванова Анна")  # load what the call needs
UNITS = {"letter": "а", "digits": "8-912-345-67-8 ", "junk": "😡\u200dمرحبا а\u0301\x00 &amp; İ\ud800 "}
unit = "\n".join(pd.read_csv(fixture)["text"].astype(str)) if kind == "real" else UNITS[kind]
text = (unit * (chars // len(unit) + 1))[:chars]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.perf_counter()
out = call(text)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if function == "analyze_batch":
    assert len(out) == 3 and out[1].error.startswith("text too long") and out[0].error is None, out[1].error
    note = out[1].error.split(":")[0]
elif function == "analyze":
    note = out.error or f"{out.topic}, {len(out.places)} places"
else:
    note = f"{len(out)} {'chars' if isinstance(out, str) else 'places'} out"
print(json.dumps({"seconds": seconds, "peak": peak, "extra": peak - base, "chars": len(text), "note": note}))
"""


def run_text_case(function: str, kind: str, chars: int) -> dict[str, float | str]:
    fixture = ROOT / "data" / "fixtures" / "spb_sample.csv"
    command = [sys.executable, "-c", CHILD, function, KINDS[kind], str(chars), str(fixture)]
    timeout = BOUNDS[function][0] * 3 + 120
    try:
        child = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": float(timeout), "peak": float("nan"), "extra": float("nan"), "chars": chars,
                "note": f"KILLED after {timeout:.0f} s"}
    if child.returncode != 0:
        return {"seconds": float("nan"), "peak": float("nan"), "extra": float("nan"), "chars": chars,
                "note": "FAILED: " + child.stderr.strip().splitlines()[-1][:80]}
    return json.loads(child.stdout)


def run_cli_case(rows: int, folder: Path) -> dict[str, float | str]:
    texts = pd.read_csv(SPB, usecols=["text"], dtype=str)
    frame = pd.concat([texts] * (-(-rows // len(texts))), ignore_index=True).head(rows)
    frame.insert(0, "id", range(rows))
    source = folder / "appeals.csv"
    frame.to_csv(source, index=False)
    size = source.stat().st_size / 2**20
    del frame, texts
    output = folder / "appeals.analysed.csv"
    command = [sys.executable, "-m", "mcu_nlp.cli", "analyze", str(source), "-o", str(output), "--no-progress"]
    seconds, peak, code = run_sampled(command, every=0.2)
    if code != 0:
        return {"seconds": seconds, "peak": peak, "note": f"FAILED with exit code {code}"}
    written = sum(len(chunk) for chunk in pd.read_csv(output, usecols=["row"], chunksize=200_000))
    note = f"{rows:,} rows ({size:,.0f} MiB CSV) -> {written:,} rows, {rows / seconds:,.0f} rows/s"
    return {"seconds": seconds, "peak": peak, "note": note, "ok_rows": written == rows}


def _line(case: str, kind: str, result: dict[str, float | str], bound: tuple[float, float]) -> tuple[str, bool]:
    seconds, peak = float(result["seconds"]), float(result["peak"])
    ok = seconds <= bound[0] and peak <= bound[1] and result.get("ok_rows", True) is True
    extra = f"{float(result['extra']):8.0f}" if "extra" in result else "       -"
    text = (f"| {case:<13} | {kind:<27} | {seconds:8.1f} | {peak:8.0f} | {extra} | {bound[0]:>6.0f} s, "
            f"{bound[1]:>5.0f} MiB | {'ok' if ok else 'OVER'} | {result['note']} |")
    return text, ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=10_000_000, help="characters in the huge text")
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the CLI input")
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--skip-texts", action="store_true")
    args = parser.parse_args()
    print("| case          | text                        |  seconds | peak MiB | extra MiB | bound | ok | note |")
    print("|---|---|---:|---:|---:|---|---|---|")
    results = []
    for function in () if args.skip_texts else ("normalize", "redact", "resolve"):
        for kind in KINDS:
            results.append(_line(function, kind, run_text_case(function, kind, args.chars), BOUNDS[function]))
            print(results[-1][0], flush=True)
    for function, kind in [] if args.skip_texts else [("analyze_batch", "real appeals"), ("analyze", "real appeals")]:
        label = kind if function == "analyze_batch" else f"{kind} (MAX_CHARS)"
        results.append(_line(function, label, run_text_case(function, kind, args.chars), BOUNDS[function]))
        print(results[-1][0], flush=True)
    if not args.skip_cli:
        with tempfile.TemporaryDirectory() as folder:
            results.append(_line("mcu-nlp analyze", "CSV of real appeals", run_cli_case(args.rows, Path(folder)),
                                 BOUNDS["cli"]))
        print(results[-1][0], flush=True)
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
