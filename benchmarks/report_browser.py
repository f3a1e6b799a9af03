"""Render the ``mcu-nlp report`` page in headless Chromium and check that a reader sees the charts.

The analysed table is real: the St Petersburg fixture (554 portal appeals with their dates) run
through ``analyze_frame`` with the shipped models, texts masked as ``mcu-nlp analyze`` masks them.
Checks, each printed as a row of the table:

* the page references nothing outside itself (no ``http(s)://``, ``//host`` or ``file:`` URLs);
* in Chromium, every ``<img>`` decoded (``naturalWidth > 0``), read back through a copy of the page
  with a tiny inline script that writes the sizes into the DOM (``--dump-dom``);
* a screenshot of the top of the page is not blank, and neither is the region of the first chart.

Debian: ``apt-get install -y chromium``. Run::

    .venv/bin/python benchmarks/report_browser.py [--out DIR] [--chromium /usr/bin/chromium] [--scale 500]

``--scale N`` also times the report of the analysed table repeated N times (in a child process that
prints its own peak memory, VmHWM from /proc: Linux only): the report reads its input in chunks,
so memory should stay flat.

Exit status 0 when every check passes, 1 otherwise, 2 when no Chromium is found.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "fixtures" / "spb_sample.csv"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         "--disable-extensions", "--mute-audio"]
PROBE = ('<script>window.addEventListener("load",function(){var r=[];for(const i of document.images)'
         '{r.push([i.naturalWidth,i.naturalHeight])}var p=document.createElement("pre");p.id="image-check";'
         'p.textContent=JSON.stringify(r);document.body.appendChild(p)});</script>')
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//|file:)|url\(\s*["']?(?:https?:|//)""", re.I)


def analysed_sample(path: Path) -> Path:
    """The fixture analysed with the shipped models, written like ``mcu-nlp analyze`` writes it."""
    from mcu_nlp import analyze_frame, redact

    frame = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)[["id", "created_dt", "text"]]
    out = analyze_frame(frame, text_column="text", date_column="created_dt")
    out["text"] = [redact(t) for t in out["text"]]
    out.insert(1, "row", range(len(out)))
    out.to_csv(path, index=False)
    return path


def chromium(binary: str, user_dir: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [binary, *FLAGS, f"--user-data-dir={user_dir}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def decoded_images(binary: str, page: Path, work: Path) -> list[list[int]]:
    """``[naturalWidth, naturalHeight]`` of every image as Chromium decoded it."""
    probe = work / "probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = chromium(binary, str(work / "profile-dom"), "--virtual-time-budget=10000", "--dump-dom", probe.as_uri())
    found = re.search(r'<pre id="image-check">([^<]*)</pre>', result.stdout)
    return json.loads(found.group(1)) if found else []


def ink(image: np.ndarray) -> float:
    """Share of pixels that are not (almost) white."""
    rgb = image[..., :3].astype(float)
    rgb = rgb / 255.0 if rgb.max() > 1.0 else rgb
    return float((rgb.min(axis=-1) < 0.9).mean())


def screenshot(binary: str, page: Path, work: Path, height: int) -> np.ndarray:
    import matplotlib.image

    shot = work / "screenshot.png"
    chromium(binary, str(work / "profile-shot"), f"--window-size=1280,{height}", f"--screenshot={shot}",
             page.as_uri())
    return matplotlib.image.imread(shot) if shot.is_file() else np.zeros((0, 0, 3))


def chart_top(binary: str, page: Path, work: Path) -> int:
    """The y offset (CSS pixels) of the first chart, measured by Chromium."""
    script = ('<script>window.addEventListener("load",function(){var i=document.images[0];var p=document.'
              'createElement("pre");p.id="chart-top";p.textContent=i?Math.round(i.getBoundingClientRect().top+'
              'window.scrollY):-1;document.body.appendChild(p)});</script>')
    probe = work / "probe-top.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8")
    result = chromium(binary, str(work / "profile-top"), "--window-size=1280,1000", "--virtual-time-budget=10000",
                      "--dump-dom", probe.as_uri())
    found = re.search(r'<pre id="chart-top">(-?\d+)</pre>', result.stdout)
    return int(found.group(1)) if found else -1


def scaled_report(analysed: Path, times: int, work: Path) -> tuple[int, float, float]:
    """Rows, seconds and peak MiB of ``write_report`` over the analysed table repeated ``times`` times."""
    big = work / "analysed_scaled.csv"
    table = pd.read_csv(analysed, dtype=str, keep_default_na=False)
    pd.concat([table] * times, ignore_index=True).assign(row=lambda f: range(len(f))).to_csv(big, index=False)
    # VmHWM, not getrusage: ru_maxrss survives exec, so a child would report this (bigger) process's peak
    code = (f"import re; from mcu_nlp.report import write_report; "
            f"write_report({str(big)!r}, {str(work / 'scaled.html')!r}); "
            "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    return len(table) * times, seconds, int(done.stdout.split()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the report and the screenshot here")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    parser.add_argument("--scale", type=int, default=0, help="also time the report of the table repeated N times")
    args = parser.parse_args(argv)
    if not args.chromium:
        print("no chromium found; on Debian: apt-get install -y chromium", file=sys.stderr)
        return 2
    from mcu_nlp.report import write_report

    work = Path(args.out or tempfile.mkdtemp(prefix="report-browser-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    analysed = analysed_sample(work / "analysed.csv")
    analysed_s = time.perf_counter() - started
    started = time.perf_counter()
    page = write_report(analysed, work / "report.html")
    report_s = time.perf_counter() - started
    html = page.read_text(encoding="utf-8")
    expected_images = html.count('src="data:image/png;base64,')

    started = time.perf_counter()
    images = decoded_images(args.chromium, page, work)
    top = chart_top(args.chromium, page, work)
    shot = screenshot(args.chromium, page, work, height=max(top, 0) + 400)
    browser_s = time.perf_counter() - started
    chart = shot[max(top, 0):max(top, 0) + 280, :950] if top >= 0 and shot.size else np.zeros((0, 0, 3))

    checks = [
        ("rows in the analysed table", len(pd.read_csv(analysed)), True),
        ("page size, KiB", round(len(html.encode()) / 1024), True),
        ("external references", len(EXTERNAL.findall(html)), not EXTERNAL.search(html)),
        ("<img> with a data:image/png URI", expected_images, expected_images >= 2),
        ("images decoded by Chromium (naturalWidth > 0)", sum(w > 0 and h > 0 for w, h in images),
         len(images) == expected_images and all(w > 0 and h > 0 for w, h in images)),
        ("first chart at y (CSS px)", top, top > 0),
        ("screenshot non-white share", round(ink(shot), 3) if shot.size else 0, shot.size > 0 and ink(shot) > 0.02),
        ("first chart region non-white share", round(ink(chart), 3) if chart.size else 0,
         chart.size > 0 and ink(chart) > 0.02),
        ("seconds: analyse / report / browser", f"{analysed_s:.1f} / {report_s:.1f} / {browser_s:.1f}", True),
    ]
    if args.scale:
        rows, seconds, peak = scaled_report(analysed, args.scale, work)
        checks.append((f"report of {rows:,} rows: seconds / peak MiB", f"{seconds:.1f} / {peak:.0f}", True))
    width = max(len(name) for name, _, _ in checks)
    print(f"{'check':<{width}}  {'value':>18}  ok")
    for name, value, ok in checks:
        print(f"{name:<{width}}  {value!s:>18}  {'yes' if ok else 'NO'}")
    print(f"files in {work}: report.html, screenshot.png")
    return 0 if all(ok for _, _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
