"""Extraction quality on the gold corpus (tests/gold): per field, per outcome, per split.

Run: .venv/bin/python benchmarks/quality.py [--json]

Prints the toolkit's figures for the seeds, the training batches of composed cases, the
held-out batches (never used to tune the rules), the held-out batches in one build, and
all cases together, with a naive keyword baseline beside them, and the targets of the
extraction issue.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.evaluate import evaluate  # noqa: E402

TARGETS = {"meetings": 0.95, "decisions": 0.85, "participants": 0.90}
SPLITS = ("seeds", "train", "train2", "train3", "train4", "train5", "train6", "train7", "train8", "train9",
          "train10", "train11", "train12", "train13", "train14", "train15",
          "train16", "train17", "train18", "train19", "train20", "train21", "train22", "train23", "train24", "train25",
          "train26", "train27", "train28", "train29", "train30", "train31", "train32", "train33", "train34", "train35", "train36",
          "train37", "train38", "train39", "train40", "train41", "train42",
          "train43", "train44", "train45", "train46", "train47", "train48", "train49", "train50", "train51", "train52", "train53", "train54", "train55", "train56",
          "test", "test2", "test3",
          "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14",
          "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24", "test25",
          "test26", "test27", "test28", "test29", "test30", "test31", "test32", "test33", "test34", "test35", "test36")
HELD_OUT = ("test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11",
            "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22",
            "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31", "test32", "test33", "test34", "test35", "test36")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args()
    gold = ROOT / "tests" / "gold"
    results = {}
    held_out = Path(tempfile.mkdtemp(prefix="held-out-"))
    for split in HELD_OUT:  # the held-out batches side by side, scored as one
        shutil.copytree(gold / split, held_out / split)
    for split in (*SPLITS, "held-out", "all"):
        folder = gold if split == "all" else held_out if split == "held-out" else gold / split
        t0 = time.perf_counter()
        ev = evaluate(folder).as_dict()
        ev["seconds"] = round(time.perf_counter() - t0, 2)
        ev.pop("misses")
        ev.pop("false_hits")
        results[split] = ev
    shutil.rmtree(held_out, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    fields = ("meetings", "meetings_with_status", "decisions", "decisions_any_meeting", "deferrals", "participants")
    print(f"{'F1 (P/R)':28}" + "".join(f"{s:>22}" for s in results))
    for f in fields:
        row = "".join(f"{r[f]['f1']:>8.3f} ({r[f]['precision']:.2f}/{r[f]['recall']:.2f})" for r in results.values())
        print(f"{f:28}{row}")
    print(f"{'baseline decisions (any)':28}" + "".join(
        f"{r['baseline_decisions_any_meeting']['f1']:>22.3f}" for r in results.values()))
    print(f"{'baseline deferrals':28}" + "".join(f"{r['baseline_deferrals']['f1']:>22.3f}" for r in results.values()))
    print(f"{'provenance spans exact':28}" + "".join(f"{r['provenance_spans_exact']:>22}" for r in results.values()))
    print(f"{'deferral targets given':28}" + "".join(f"{r['deferral_targets_given']:>22}" for r in results.values()))
    print()
    print("per outcome, all cases (F1, tp/fp/fn):")
    for o, s in results["all"]["by_outcome"].items():
        print(f"  {o:10} {s['f1']:.3f}  {s['tp']}/{s['fp']}/{s['fn']}")
    d = results["all"]["deferrals"]
    print()
    print("targets (all cases):")
    for f, t in TARGETS.items():
        got = results["all"][f]["f1"]
        print(f"  {f:14} F1 {got:.3f}  target {t:.2f}  {'met' if got >= t else 'NOT met'}")
    ok = d["recall"] >= 0.95 and d["precision"] >= 0.90
    print(f"  deferrals      R {d['recall']:.3f} at P {d['precision']:.3f}  target R 0.95 at P 0.90  "
          f"{'met' if ok else 'NOT met'}")
    span = results["all"]["provenance_spans_exact"].split("/")
    print(f"  provenance     {results['all']['provenance_spans_exact']}  target 100%  "
          f"{'met' if span[0] == span[1] else 'NOT met'}")
    print("\nseconds: " + ", ".join(f"{k} {r['seconds']}" for k, r in results.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
