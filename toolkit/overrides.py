"""Overrides: a person's corrections to extracted rows, applied after the build.

``data/reference/overrides.csv`` has one correction a row: ``table`` (meetings,
decisions, appearances, reports or documents), ``id`` (the row's stable id: meeting_id,
decision_id, appearance_id, ...), ``column``, ``value`` and a ``note`` saying why. The
build applies each one, re-deriving what depends on it (a meeting's ``date`` sets its
``date_precision`` and ``date_start``; an appearance's ``actor_id`` sets its ``name``,
``resolution`` and ``participant``), counts what it applied, and lists every override whose
id or column no longer exists, so a correction is never silently lost.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from toolkit import schema, vocab
from toolkit.dates import from_iso

EDITABLE = {"meetings": "meeting_id", "decisions": "decision_id", "appearances": "appearance_id",
            "reports": "report_id", "documents": "doc_id"}


@dataclass(frozen=True)
class Override:
    """One correction: set ``column`` of the row ``id`` of ``table`` to ``value``."""

    table: str
    id: str
    column: str
    value: str
    note: str = ""


@dataclass
class OverrideResult:
    """What applying the overrides did."""

    applied: list[Override] = field(default_factory=list)
    rejected: list[tuple[Override, str]] = field(default_factory=list)


def read_overrides(path: Path) -> list[Override]:
    """The overrides of a CSV file (none when the file is absent)."""
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return [Override(*(r.get(k, "").strip() for k in ("table", "id", "column", "value", "note")))
                for r in csv.DictReader(f) if any((v or "").strip() for v in r.values())]


def apply_overrides(tables: dict[str, pd.DataFrame], overrides: list[Override],
                    actor_names: dict[str, str]) -> OverrideResult:
    """Apply ``overrides`` to ``tables`` in place; say which applied and why others did not."""
    result = OverrideResult()
    for o in overrides:
        key = EDITABLE.get(o.table)
        if key is None:
            result.rejected.append((o, f"table '{o.table}' cannot be overridden ({', '.join(EDITABLE)})"))
            continue
        df = tables[o.table]
        if o.column not in df.columns or o.column == key:
            result.rejected.append((o, f"no column '{o.column}' to set in {o.table}"))
            continue
        rows = df.index[df[key] == o.id]
        if len(rows) == 0:
            result.rejected.append((o, f"no {o.table} row with {key} '{o.id}' (the id no longer exists)"))
            continue
        field_ = next(f for f in schema.TABLES[o.table].fields() if f.name == o.column)
        if field_.enum and o.value not in field_.enum:
            result.rejected.append((o, f"'{o.value}' is not one of {', '.join(field_.enum)}"))
            continue
        i = rows[0]
        if o.table == "meetings" and o.column == "date":
            d = from_iso(o.value)
            if d is None and o.value:
                result.rejected.append((o, f"'{o.value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
                continue
            df.at[i, "date_precision"] = d.precision if d else "unknown"
            df.at[i, "date_start"] = d.first_day() if d else None
        if o.table == "appearances" and o.column == "actor_id":
            df.at[i, "name"] = actor_names.get(o.value, df.at[i, "name"])
            df.at[i, "resolution"] = "override" if o.value else "unresolved"
            df.at[i, "resolution_note"] = f"set by hand: {o.note}".strip(": ")
        if o.table == "appearances" and o.column == "role":
            df.at[i, "participant"] = o.value in vocab.PARTICIPANT_ROLES
        if field_.type == "boolean":
            df.at[i, o.column] = o.value.lower() in ("true", "1", "yes")
        elif field_.type == "integer":
            df.at[i, o.column] = int(o.value)
        elif field_.type == "number":
            df.at[i, o.column] = float(o.value)
        else:
            df.at[i, o.column] = o.value
        result.applied.append(o)
    return result
