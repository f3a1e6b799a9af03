"""Rows/s, rows per CPU-second and peak memory of ``analyze_batch`` in one process, of ``mcu-nlp analyze`` end to
end, and of the Dask path on a local cluster.

Builds inputs of real SPb appeal texts (repeated to the wanted size), runs each path in a subprocess
(topic + urgency + geo, and redaction of every text in the CLI, written to Parquet) and reads the peak RSS of the
child's process tree and the CPU seconds of the tree (on a shared machine, the figure to compare). Memory must not
grow with the input: 50k and 200k rows are run side by side. Each line gives the 1-minute load average at its start
and checks one output row per input row (the CLI's ``row`` column is 0..n-1, in order). ``analyze_batch``: the first
``--single`` rows, after a warm-up call that loads the models (its seconds and CPU exclude the loading; its RSS
does not). Dask: seconds of the compute and write (as before), CPU of the whole tree (cluster start and each
worker's model loading included).

Run: .venv/bin/python benchmarks/batch.py [--rows 200000] [--jobs 2] [--single 5000] [--skip-dask]
     .venv/bin/python benchmarks/batch.py --per-call 300   (CPU ms a text: analyze() one at a time vs analyze_batch)
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).parents[1]
SPB = ROOT / "data" / "corpora" / "spb" / "spb_appeals.csv.gz"  # the same file as /work/shared/corpora/spb's


def make_input(rows: int, folder: Path) -> Path:
    texts = pd.read_csv(SPB, usecols=["id", "created_dt", "text"], dtype=str)
    repeats = -(-rows // len(texts))
    frame = pd.concat([texts] * repeats, ignore_index=True).head(rows)
    frame["id"] = range(rows)
    path = folder / f"appeals_{rows}.csv"
    frame.rename(columns={"created_dt": "date"}).to_csv(path, index=False)
    return path


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants (joblib workers included), from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total / 1024


def run_sampled(command: list[str], every: float = 0.1) -> tuple[float, float, int, float]:
    """Run a command; return its wall seconds, the peak RSS (MiB) of its process tree, its exit code and the CPU
    seconds (user + system) of it and of the workers it waited for: on a loaded machine, the figure to compare."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    job = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while job.poll() is None:
        peak = max(peak, tree_rss_mib(job.pid))
        time.sleep(every)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - started, peak, job.returncode, cpu


def run_cli(source: Path, jobs: int) -> tuple[float, float, float, int]:
    """Seconds, peak RSS (MiB, the whole process tree, sampled every 0.1 s), CPU seconds and output rows of one
    ``mcu-nlp analyze``; stops unless the output has one row per input row, in order."""
    out = source.with_suffix(".analysed.parquet")
    command = [sys.executable, "-m", "mcu_nlp.cli", "analyze", str(source), "-o", str(out), "--jobs", str(jobs),
               "--date-column", "date", "--no-progress"]
    seconds, peak, code, cpu = run_sampled(command)
    if code != 0:
        raise SystemExit(f"mcu-nlp analyze failed with exit code {code}")
    rows = pd.read_parquet(out, columns=["row"])["row"].tolist()
    if rows != list(range(int(source.stem.split("_")[1]))):
        raise SystemExit(f"mcu-nlp analyze wrote {len(rows)} rows, not one per input row in order")
    return seconds, peak, cpu, len(rows)


#: ``analyze_batch`` over the first N rows of a CSV in this process, after a warm-up call that loads the models
SINGLE = """
import resource, sys, time
import pandas as pd
from mcu_nlp import analyze, analyze_batch
frame = pd.read_csv(sys.argv[1], dtype=str, nrows=int(sys.argv[2]), keep_default_na=False)
analyze("В Колпино нет воды, в Салехарде нет света")
wall, cpu = time.perf_counter(), time.process_time()
out = analyze_batch(frame["text"].tolist(), dates=frame["date"].tolist())
print(time.perf_counter() - wall, time.process_time() - cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
      len(out))
"""


def run_single(source: Path, count: int) -> tuple[float, float, float, int]:
    """Seconds, peak RSS (MiB), CPU seconds and results of ``analyze_batch`` over the first ``count`` rows."""
    out = subprocess.run([sys.executable, "-c", SINGLE, str(source), str(count)], check=True, capture_output=True,
                         text=True).stdout.split()
    return float(out[0]), float(out[2]), float(out[1]), int(out[3])


#: one process per mode (cold caches in both): a warm-up call loads the models, then the distinct fixture texts
PER_CALL = """
import csv, sys, time
from mcu_nlp import analyze, analyze_batch
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"))
texts = list(dict.fromkeys(row["text"] for row in rows))[:int(sys.argv[3])]
analyze("В Колпино нет воды, в Салехарде нет света")
started = time.process_time()
if sys.argv[2] == "one":
    [analyze(text) for text in texts]
else:
    analyze_batch(texts)
print(1000 * (time.process_time() - started) / len(texts), len(texts))
"""


def per_call(count: int) -> str:
    """CPU ms a text of ``analyze`` called once per text and of ``analyze_batch`` over the same distinct SPb fixture
    texts, each mode in a fresh process after a warm-up call (model loading excluded)."""
    fixture = ROOT / "data" / "fixtures" / "spb_sample.csv"
    figures = {}
    for mode in ("one", "batch"):
        out = subprocess.run([sys.executable, "-c", PER_CALL, str(fixture), mode, str(count)], check=True,
                             capture_output=True, text=True).stdout.split()
        figures[mode], texts = float(out[0]), int(out[1])
    return (f"analyze() one text a call: {figures['one']:.2f} CPU ms/text; analyze_batch: {figures['batch']:.2f} "
            f"CPU ms/text ({texts} distinct SPb fixture texts; ratio {figures['one'] / figures['batch']:.1f})")


def dask_child(source: Path, workers: int) -> None:
    """Analyse ``source`` on a local cluster of ``workers`` processes into ``SOURCE.dask``; write the seconds of the
    compute and write to ``SOURCE.dask-seconds`` (``--dask-child``: run in its own process, so that its tree's CPU and
    memory are measured)."""
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    import mcu_nlp.dask

    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        ddf = dd.read_csv(source, dtype=str, blocksize="8MB")
        started = time.perf_counter()
        out = mcu_nlp.dask.analyze_dask(ddf, text_column="text", date_column="date")
        out.to_parquet(source.with_suffix(".dask"), write_index=False)
        source.with_suffix(".dask-seconds").write_text(str(time.perf_counter() - started))


def run_dask(source: Path, workers: int) -> tuple[float, float, float, int]:
    """Seconds of the compute, peak RSS of the tree (MiB), CPU seconds of the tree and output rows of the Dask
    path."""
    command = [sys.executable, __file__, "--dask-child", str(source), "--jobs", str(workers)]
    _, peak, code, cpu = run_sampled(command)
    if code != 0:
        raise SystemExit(f"the Dask run failed with exit code {code}")
    seconds = float(source.with_suffix(".dask-seconds").read_text())
    return seconds, peak, cpu, len(pd.read_parquet(source.with_suffix(".dask"), columns=["id"]))


def line(path: str, rows: int, jobs: int, load: float, figures: tuple[float, float, float, int]) -> str:
    """A table row: ``figures`` are the seconds, peak RSS MiB, CPU seconds and output rows of one run."""
    seconds, peak, cpu, out = figures
    return (f"| {path} | {rows} | {jobs} | {load:.1f} | {seconds:.1f} | {rows / seconds:,.0f} | {cpu:.1f} | "
            f"{rows / cpu:,.0f} | {peak:,.0f} | {out} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--single", type=int, default=5_000, metavar="TEXTS",
                        help="analyze_batch over this many rows in one process (0: skip)")
    parser.add_argument("--dask-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--per-call", type=int, metavar="TEXTS",
                        help="only measure analyze() one text a call against analyze_batch on this many texts")
    args = parser.parse_args()
    if args.per_call:
        print(per_call(args.per_call))
        return
    if args.dask_child:
        dask_child(args.dask_child, args.jobs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines = ["| path | rows | jobs | load | seconds | rows/s | CPU s | rows/CPU-s | peak RSS MiB | rows out |",
                 "|---|---|---|---|---|---|---|---|---|---|"]
        sources = {rows: make_input(rows, folder) for rows in sorted({50_000, args.rows})}
        if args.single:
            lines.append(line("analyze_batch, one process", args.single, 1, os.getloadavg()[0],
                              run_single(sources[args.rows], args.single)))
            print(lines[-1], flush=True)
        for rows, source in sources.items():
            lines.append(line("mcu-nlp analyze (CSV -> Parquet)", rows, args.jobs, os.getloadavg()[0],
                              run_cli(source, args.jobs)))
            print(lines[-1], flush=True)
        if not args.skip_dask:
            lines.append(line(f"dask LocalCluster ({args.jobs} workers)", args.rows, args.jobs, os.getloadavg()[0],
                              run_dask(sources[args.rows], args.jobs)))
        print("\n".join(lines))


if __name__ == "__main__":
    main()
