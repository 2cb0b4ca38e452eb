"""Build speed and memory at scale, on synthetic corpora made from the seeds' sentences.

Run: .venv/bin/python benchmarks/build_scale.py [--sizes 100 1000 10000] [--workers 1 2]

Each synthetic report is recombined from sentences of the five seed reports in
data/raw, with its body names and dates varied (a different body and year per report), so
the extractors see realistic text at realistic lengths. For each size and worker count the
script builds the corpus into a temporary folder in a fresh process and prints reports per
second and the peak resident memory of the build (parent and workers).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"

BODIES = ["NEC", "NEC Organisation Committee", "NEC Equalities Committee", "London REC",
          "Scottish Executive Committee", "Welsh Executive Committee", "Yorkshire Regional Board",
          "North West Regional Executive Committee", "Disputes Panel", "National Policy Forum"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]


def seed_sentences() -> list[str]:
    out = []
    for p in sorted(RAW.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text)
                if 40 <= len(s.strip()) <= 600 and "continue reading" not in s.lower()]
    return out


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    sentences = seed_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as mf:
        w = csv.writer(mf, lineterminator="\n")
        w.writerow(["file", "published", "source_url"])
        for i in range(n):
            body = rng.choice(BODIES)
            year = rng.randint(2010, 2025)
            month = rng.randrange(len(MONTHS))
            day = rng.randint(1, 28)
            title = f"{body} report – {day} {MONTHS[month]} {year}"
            lines = [title, "", f"The {body} met on {day} {MONTHS[month]}."]
            for _ in range(rng.randint(15, 45)):
                s = rng.choice(sentences)
                s = re.sub(r"\b(NEC|REC|Regional Board|Organisation Committee)\b", body, s)
                s = re.sub(r"\b(20[12]\d)\b", str(year), s)
                lines.append(s)
            lines.append(f"The next meeting of the {body} is on {day} {MONTHS[(month + 2) % len(MONTHS)]}.")
            name = f"sub{i // 1000:02d}/report_{i:05d}.txt"
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
            w.writerow([name, f"{year}-{MONTHS.index(MONTHS[month]) + 1:02d}", ""])


CHILD = """
import resource, sys, time
from pathlib import Path
from toolkit.pipeline import build
t0 = time.perf_counter()
c = build(Path(sys.argv[1]), Path(sys.argv[2]), workers=int(sys.argv[3]))
dt = time.perf_counter() - t0
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(len(c.reports), len(c.meetings), len(c.decisions), round(dt, 2), me, kids)
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="scale-"))
    try:
        print(f"{'reports':>8} {'workers':>7} {'seconds':>8} {'reports/s':>10} {'peak MB':>8} "
              f"{'meetings':>9} {'decisions':>9}")
        for n in args.sizes:
            raw = work / f"raw{n}"
            make_corpus(raw, n)
            for wk in args.workers:
                out = work / f"out{n}-{wk}"
                r = subprocess.run([sys.executable, "-c", CHILD, str(raw), str(out), str(wk)],
                                   capture_output=True, text=True, cwd=ROOT)
                if r.returncode != 0:
                    print(r.stderr[-2000:])
                    return 1
                reports, meetings, decisions, secs, me, kids = r.stdout.split()
                peak = max(int(me), int(kids)) / 1024
                print(f"{reports:>8} {wk:>7} {float(secs):>8.1f} {int(reports) / float(secs):>10.0f} "
                      f"{peak:>8.0f} {meetings:>9} {decisions:>9}")
                shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
