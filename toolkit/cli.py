"""Command line: ``python -m toolkit build | evaluate | review | report``.

Exit codes: 0 when the command completed (a build with some failed documents still
completed: they are rows with a status); 2 when nothing could be done (RAW_DIR missing,
OUT_DIR not writable, bad arguments), with one clear line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from toolkit.corpus import default_out_dir, find_project_root


def _project_path(*parts: str) -> Path:
    root = find_project_root() or find_project_root(Path(__file__).parent) or Path.cwd()
    return root.joinpath(*parts)


def cmd_build(args: argparse.Namespace) -> int:
    from toolkit.pipeline import BuildError, build

    raw = Path(args.raw_dir) if args.raw_dir else _project_path("data", "raw")
    out = Path(args.out) if args.out else _project_path("data", "processed")
    ref = Path(args.reference) if args.reference else None
    if ref is not None and not ref.is_dir():
        print(f"error: reference folder not found: {ref}", file=sys.stderr)
        return 2
    try:
        corpus = build(raw, out, ref, progress=not args.quiet and sys.stderr.isatty(),
                       workers=args.workers, max_bytes=int(args.max_mb * 1024 * 1024))
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"built {out}")
        for line in corpus.summary.lines():  # type: ignore[attr-defined]
            print("  " + line)
        bad = corpus.documents[corpus.documents["status"] != "ok"]
        for _, d in bad.iterrows():
            print(f"  ! {d['path']}: {d['status']} ({d['message']})")
    return 0


#: What a person should look at first: disagreements between reports, then what the rules
#: could not settle, then what is merely incomplete.
REVIEW_PRIORITY = ("outcome-conflict", "date-conflict", "override", "unclassified", "low-confidence",
                   "unresolved", "undated-meeting", "document")


def cmd_review(args: argparse.Namespace) -> int:
    from toolkit.corpus import load

    out = Path(args.out) if args.out else default_out_dir()
    try:
        corpus = load(out)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    order = {k: i for i, k in enumerate(REVIEW_PRIORITY)}
    review = corpus.review.sort_values(
        by=["kind", "doc_id", "ref_id"], key=lambda s: s.map(order) if s.name == "kind" else s, kind="stable")
    path = out / "review.csv"
    review.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    print(f"{len(review)} rows to review in {path}")
    counts = review["kind"].value_counts()
    for kind in REVIEW_PRIORITY:
        if kind in counts:
            print(f"  {kind}: {counts[kind]}")
    for _, r in review.head(args.top).iterrows():
        print(f"  - [{r['kind']}] {r['ref_id']}: {r['reason']} | {str(r['quote'])[:100]}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from toolkit.report import NotebookExecutionError, execute_notebooks

    out = Path(args.out)
    try:
        done = execute_notebooks(_project_path("notebooks"), out, timeout=args.timeout)
    except NotebookExecutionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for p in done:
        print(f"executed {p}")
    figures = out / "figures"
    if figures.is_dir():
        print(f"figures exported to {figures} ({len(list(figures.glob('*.png')))} charts)")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from toolkit.evaluate import evaluate, format_report, gold_cases

    results = {}
    for folder in args.gold_dir:
        path = Path(folder)
        if not path.is_dir() or not gold_cases(path):
            print(f"error: no gold cases (NAME.txt + NAME.json) under {path}", file=sys.stderr)
            return 2
        parts = [path]
        if args.split:
            subs = sorted(p for p in path.iterdir() if p.is_dir() and gold_cases(p))
            parts = subs + [path] if subs else [path]
        for part in parts:
            ev = evaluate(part, build_dir=args.keep, reference_dir=args.reference)
            results[str(part)] = ev
    if args.json:
        print(json.dumps({k: v.as_dict() for k, v in results.items()}, indent=1, ensure_ascii=False))
    else:
        for k, ev in results.items():
            print(format_report(ev, title=f"{k}: {ev.cases} gold cases", show_errors=args.errors))
            print()
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m toolkit",
                                 description="Turn members' reports of party meetings into tables.")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the tables from a folder of reports",
                       description="Read every report under RAW_DIR and write the tables to OUT_DIR.")
    b.add_argument("raw_dir", nargs="?", help="folder of reports (default: data/raw of the project)")
    b.add_argument("--out", help="output folder (default: data/processed of the project)")
    b.add_argument("--reference", help="reference data folder (default: data/reference of the project)")
    b.add_argument("--workers", type=int, default=None, help="processes to use (default: up to 2)")
    b.add_argument("--max-mb", type=float, default=25.0, help="skip files larger than this (default 25)")
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    b.set_defaults(func=cmd_build)
    r = sub.add_parser("review", help="write review.csv: rows a person should check first")
    r.add_argument("--out", help="build folder (default: data/processed of the project)")
    r.add_argument("--top", type=int, default=10, help="rows to print (default 10)")
    r.set_defaults(func=cmd_review)
    e = sub.add_parser("evaluate", help="score extraction against gold cases (GOLD_FORMAT.md)",
                       description="Build the texts of the gold cases and print precision, recall and F1 "
                                   "per field and per outcome, with the misses and false hits.")
    e.add_argument("gold_dir", nargs="+", help="folders of NAME.txt + NAME.json gold cases (searched at any depth)")
    e.add_argument("--split", action="store_true", help="also score each sub-folder on its own")
    e.add_argument("--json", action="store_true", help="print JSON for machines")
    e.add_argument("--errors", type=int, default=20, help="misses and false hits to list (default 20)")
    e.add_argument("--keep", help="keep the build in this folder")
    e.add_argument("--reference", help="reference data folder (default: the project's)")
    e.set_defaults(func=cmd_evaluate)
    n = sub.add_parser("report", help="execute the notebooks headless into a folder and export figures")
    n.add_argument("--out", default="build", help="folder for executed notebooks (default: build)")
    n.add_argument("--timeout", type=int, default=600, help="seconds per cell (default 600)")
    n.set_defaults(func=cmd_report)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)
