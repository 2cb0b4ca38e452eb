"""Evaluate: score a build against hand-made gold cases (the rules of GOLD_FORMAT.md).

A gold case is ``NAME.txt`` (a report's text) and ``NAME.json`` (what a careful reader
finds in it). :func:`evaluate` copies the texts into a fresh raw folder with a manifest
giving only ``file`` and ``source_url`` (so titles and dates must come from the text and
the URL), builds once, and scores meetings, decisions, deferrals, participants and
provenance, with a naive keyword baseline beside them. Matching is greedy per case, gold
meetings with the most precise dates first; precision, recall and F1 are over all cases.

The rules mirror the project's shared scorer so that both give the same figures on the
same cases; this module needs nothing outside the toolkit.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from toolkit import vocab

MAX_DECISION_CHARS = 800
LISTED_BODIES = frozenset({
    "nec", "nec-org", "nec-equalities", "nec-disputes", "nec-women", "nec-business-board",
    "nec-home-policy", "nec-international", "nec-officers", "jpc", "npf", "cac", "conference",
    "conference-women", "lga-labour", "plp", "shadow-cabinet",
    *(f"rec-{r}" for r in ("eastern", "east-midlands", "london", "north-west", "northern", "south-east",
                           "south-west", "west-midlands", "yorkshire", "scotland", "wales")),
})
BODY_FAMILIES = ("nec-", "npf-", "conference-", "clp-", "rec-", "cac-")
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


# --- comparisons ------------------------------------------------------------------------------

def normalise(s: str | None) -> str:
    """Lower case, curly quotes and dashes made plain, whitespace collapsed."""
    s = (s or "").lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return " ".join(s.split())


def person_key(s: str) -> list[str]:
    """A name's words with honorifics and punctuation removed."""
    s = re.sub(r"\b(mp|mep|ms|cllr|councillor|lord|baroness|dame|sir|dr)\b", " ", normalise(s))
    return re.sub(r"[^a-z' -]", " ", s).split()


def same_person(gold: str, pred: str) -> bool:
    """'Jeremy' ~ 'Jeremy Corbyn'; 'Pete Willsman' ~ 'Peter Willsman'."""
    g, p = person_key(gold), person_key(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    if len(g) == 1 or len(p) == 1:
        single, other = (g, p) if len(g) == 1 else (p, g)
        return single[0] in (other[0], other[-1])
    return g[-1] == p[-1] and (g[0].startswith(p[0]) or p[0].startswith(g[0]))


def body_matches(gold: str | None, pred: str | None) -> bool:
    """A listed gold id wants the same id; a family id (nec-…, rec-…) wants an unlisted id
    of that family; any other gold id wants some unlisted, non-empty id; null matches all."""
    pred = (pred or "").strip()
    if gold is None:
        return True
    if gold in LISTED_BODIES:
        return pred == gold
    if not pred or pred in LISTED_BODIES:
        return False
    family = next((f for f in BODY_FAMILIES if gold.startswith(f)), None)
    return pred.startswith(family) if family else True


def date_matches(pred: str | None, gold: str | None, precision: str | None) -> bool:
    """Exactly the gold precision and the same date to it; no gold date matches all."""
    if not gold:
        return True
    n = _PRECISION_LEN.get(precision or "day", len(gold))
    pred = (pred or "").strip()
    return len(pred) == n and pred[:n] == gold[:n]


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def greedy(golds: list, preds: list, ok: Callable[[object, object], bool]):
    """Match each gold, in order, to the first unused prediction it accepts.

    Returns (matched pairs, unmatched golds, unmatched predictions)."""
    used: set[int] = set()
    pairs, missed = [], []
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and ok(g, p):
                used.add(i)
                pairs.append((g, p))
                break
        else:
            missed.append(g)
    extra = [p for i, p in enumerate(preds) if i not in used]
    return pairs, missed, extra


def baseline_decisions(text: str) -> list[dict]:
    """A naive peer: any sentence with an outcome verb is a decision of that outcome."""
    verbs = [("deferred", r"\b(defer|deferred|postpone|postponed)\b"),
             ("referred", r"\b(referred|remitted)\b"),
             ("rejected", r"\b(defeated|rejected|voted down)\b"),
             ("withdrawn", r"\bwithdrawn\b"),
             ("elected", r"\b(elected|appointed)\b"),
             ("noted", r"\bnoted\b"),
             ("agreed", r"\b(agreed|approved|adopted|endorsed|passed)\b")]
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        for outcome, rx in verbs:
            if re.search(rx, sentence, re.I):
                out.append({"outcome": outcome, "text": sentence})
                break
    return out


# --- one evaluation -------------------------------------------------------------------------

@dataclass
class Evaluation:
    """Scores of a build against gold cases, and the errors behind them."""

    cases: int
    tallies: dict[str, Tally] = field(default_factory=dict)
    by_outcome: dict[str, Tally] = field(default_factory=dict)
    spans_exact: int = 0
    spans_all: int = 0
    rows_not_from_text: int = 0
    targets_given: int = 0
    targets_all: int = 0
    misses: list[dict] = field(default_factory=list)
    false_hits: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        out = {"cases": self.cases}
        out.update({k: t.scores() for k, t in self.tallies.items()})
        out["by_outcome"] = {o: t.scores() for o, t in self.by_outcome.items()}
        out["provenance_spans_exact"] = f"{self.spans_exact}/{self.spans_all}"
        out["rows_not_from_text"] = self.rows_not_from_text
        out["deferral_targets_given"] = f"{self.targets_given}/{self.targets_all}"
        out["misses"] = self.misses
        out["false_hits"] = self.false_hits
        return out


MEASURES = ("meetings", "meetings_with_status", "decisions", "decisions_any_meeting", "deferrals",
            "participants", "baseline_decisions_any_meeting", "baseline_deferrals")


def gold_cases(folder: Path) -> list[Path]:
    """The ``.json`` files of gold cases under ``folder`` (any depth) that have a ``.txt``."""
    return sorted(p for p in folder.rglob("*.json") if p.with_suffix(".txt").exists())


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def score_build(cases: Iterable[Path], out: Path, raw: Path) -> Evaluation:
    """Score the CSV tables in ``out`` (built from ``raw``) against the gold ``cases``."""
    cases = list(cases)
    golds = {c.with_suffix(".txt").name: json.loads(c.read_text(encoding="utf-8")) for c in cases}
    docs = _read(out / "documents.csv")
    reports = _read(out / "reports.csv")
    meetings = _read(out / "meetings.csv")
    decisions = _read(out / "decisions.csv")
    apps = _read(out / "appearances.csv")
    doc_of = {Path(d["path"]).name: d["doc_id"] for d in docs}
    reports_of: dict[str, set[str]] = {}
    for r in reports:
        reports_of.setdefault(r["doc_id"], set()).add(r["report_id"])
    ev = Evaluation(len(cases), {k: Tally() for k in MEASURES}, {o: Tally() for o in vocab.OUTCOMES})
    for fname, g in golds.items():
        doc_id = doc_of.get(fname)
        tpath = out / "text" / f"{doc_id}.txt"
        text = tpath.open(encoding="utf-8", newline="").read() if doc_id and tpath.exists() else ""
        rids = reports_of.get(doc_id, set())
        pm = [m for m in meetings if set(filter(None, re.split(r"[;|,\s]+", m.get("report_ids", "")))) & rids]
        gm = sorted(g.get("meetings", []),
                    key=lambda m: _PRECISION_RANK.get(m.get("precision") or "", 3) if m.get("date") else 4)

        def meet_ok(gmeet, pmeet):
            return body_matches(gmeet.get("body"), pmeet.get("body_id")) and date_matches(
                pmeet.get("date"), gmeet.get("date"), gmeet.get("precision"))

        pairs, missed, extra = greedy(gm, pm, meet_ok)
        ev.tallies["meetings"].add(len(pairs), len(extra), len(missed))
        for m in missed:
            ev.misses.append({"case": fname, "kind": "meeting", "gold": m})
        for m in extra:
            ev.false_hits.append({"case": fname, "kind": "meeting",
                                  "predicted": {k: m[k] for k in ("meeting_id", "status")}})
        p2, m2, e2 = greedy(gm, pm, lambda a, b: meet_ok(a, b) and b.get("status") == a.get("status"))
        ev.tallies["meetings_with_status"].add(len(p2), len(e2), len(m2))
        gid2pid = {gmeet["id"]: pmeet["meeting_id"] for gmeet, pmeet in pairs}

        pd_ = [d for d in decisions if d["doc_id"] == doc_id]
        gd = g.get("decisions", [])

        def dec_ok(strict):
            def ok(gdec, pdec):
                if pdec["outcome"] != gdec["outcome"] or len(pdec["text"]) > MAX_DECISION_CHARS:
                    return False
                t = normalise(pdec["text"])
                if not all(normalise(k) in t for k in gdec["keywords"]):
                    return False
                # used within this loop iteration only: gid2pid is this case's mapping
                return (not strict) or gid2pid.get(gdec["meeting"]) == pdec["meeting_id"]  # noqa: B023
            return ok

        pairs_d, missed_d, extra_d = greedy(gd, pd_, dec_ok(True))
        ev.tallies["decisions"].add(len(pairs_d), len(extra_d), len(missed_d))
        pa, ma, ea = greedy(gd, pd_, dec_ok(False))
        ev.tallies["decisions_any_meeting"].add(len(pa), len(ea), len(ma))
        for d in ma:
            ev.misses.append({"case": fname, "kind": "decision", "gold": d})
        for d in ea:
            ev.false_hits.append({"case": fname, "kind": "decision", "outcome": d["outcome"], "quote": d["text"]})
        for o in vocab.OUTCOMES:
            po, mo, eo = greedy([x for x in gd if x["outcome"] == o], [x for x in pd_ if x["outcome"] == o],
                                dec_ok(False))
            ev.by_outcome[o].add(len(po), len(eo), len(mo))
        pdf, mdf, edf = greedy([x for x in gd if x["outcome"] == "deferred"],
                               [x for x in pd_ if x["outcome"] == "deferred"], dec_ok(False))
        ev.tallies["deferrals"].add(len(pdf), len(edf), len(mdf))
        for gold_d, pred_d in pdf:
            if gold_d.get("deferred_to"):
                ev.targets_all += 1
                ev.targets_given += any((pred_d.get(k) or "").strip()
                                        for k in ("deferred_to", "deferred_to_body_id", "deferred_to_date"))
        raw_text = (raw / fname).read_text(encoding="utf-8")
        bd = baseline_decisions(raw_text)
        pb, mb, eb = greedy(gd, bd, dec_ok(False))
        ev.tallies["baseline_decisions_any_meeting"].add(len(pb), len(eb), len(mb))
        pbd, mbd, ebd = greedy([x for x in gd if x["outcome"] == "deferred"],
                               [x for x in bd if x["outcome"] == "deferred"], dec_ok(False))
        ev.tallies["baseline_deferrals"].add(len(pbd), len(ebd), len(mbd))

        gp = [(gid2pid.get(p["meeting"]), p["name"]) for p in g.get("participants", [])]
        pp = sorted({(a["meeting_id"], a["name"]) for a in apps
                     if a["doc_id"] == doc_id and str(a.get("participant", "")).lower() in ("true", "1")})
        pairs_p, missed_p, extra_p = greedy(gp, pp, lambda a, b: a[0] == b[0] and same_person(a[1], b[1]))
        ev.tallies["participants"].add(len(pairs_p), len(extra_p), len(missed_p))
        for a, b in ((x, "participant") for x in missed_p):
            ev.misses.append({"case": fname, "kind": b, "gold": {"meeting": a[0], "name": a[1]}})
        for a in extra_p:
            ev.false_hits.append({"case": fname, "kind": "participant", "predicted": {"meeting": a[0], "name": a[1]}})

        rows = [(d, "text") for d in pd_] + [(x, "quote") for x in apps if x["doc_id"] == doc_id]
        for row, col in rows:
            if (row.get("evidence") or "text") != "text":
                ev.rows_not_from_text += 1
                continue
            ev.spans_all += 1
            try:
                s, e = int(float(row["char_start"])), int(float(row["char_end"]))
            except (KeyError, ValueError, TypeError):
                continue
            ev.spans_exact += s < e and text[s:e] == row.get(col, "")
    return ev


def evaluate(gold_dir: str | Path, *, build_dir: str | Path | None = None,
             reference_dir: str | Path | None = None) -> Evaluation:
    """Build the texts of the gold cases under ``gold_dir`` and score the build.

    ``build_dir`` keeps the build (default: a temporary folder, removed afterwards).
    """
    from toolkit.pipeline import build

    cases = gold_cases(Path(gold_dir))
    if not cases:
        raise FileNotFoundError(f"no gold cases (NAME.txt + NAME.json) under {gold_dir}")
    names = [c.with_suffix(".txt").name for c in cases]
    if len(set(names)) != len(names):
        raise ValueError("two gold cases share a file name; names must be unique across folders")
    work = Path(tempfile.mkdtemp(prefix="evaluate-"))
    try:
        raw = work / "raw"
        raw.mkdir()
        out = Path(build_dir) if build_dir else work / "out"
        with open(raw / "manifest.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["file", "source_url"])
            for c in cases:
                g = json.loads(c.read_text(encoding="utf-8"))
                shutil.copy(c.with_suffix(".txt"), raw / c.with_suffix(".txt").name)
                w.writerow([c.with_suffix(".txt").name, g.get("source_url", "")])
        build(raw, out, reference_dir)
        return score_build(cases, out, raw)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def format_report(ev: Evaluation, *, title: str = "", show_errors: int = 20) -> str:
    """A plain-text report: per-field and per-outcome figures, then errors with quotes."""
    d = ev.as_dict()
    lines = [title or f"{ev.cases} gold cases", ""]
    lines.append(f"{'measure':32} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for k in MEASURES:
        s = d[k]
        lines.append(f"{k:32} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['tp']:4d}{s['fp']:4d}{s['fn']:4d}")
    lines.append("")
    for o, s in d["by_outcome"].items():
        lines.append(f"  outcome {o:23} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['tp']:4d}{s['fp']:4d}{s['fn']:4d}")
    lines.append("")
    lines.append(f"provenance spans exact: {d['provenance_spans_exact']}  "
                 f"(rows not from text: {d['rows_not_from_text']})")
    lines.append(f"deferral targets given: {d['deferral_targets_given']}")
    if show_errors:
        lines.append("")
        lines.append(f"misses (first {show_errors} of {len(ev.misses)}):")
        for m in ev.misses[:show_errors]:
            lines.append(f"  - {m['case']}: {m['kind']} {json.dumps(m['gold'], ensure_ascii=False)[:160]}")
        lines.append(f"false hits (first {show_errors} of {len(ev.false_hits)}):")
        for m in ev.false_hits[:show_errors]:
            detail = m.get("quote") or json.dumps(m.get("predicted"), ensure_ascii=False)
            lines.append(f"  + {m['case']}: {m['kind']} {m.get('outcome', '')} {detail[:160]}")
    return "\n".join(lines)
