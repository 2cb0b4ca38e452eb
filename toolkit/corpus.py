"""The ``Corpus``: one pandas DataFrame per table, and how to find and load a build."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from toolkit import schema

#: Environment variable naming a build folder to load.
DATA_ENV = "TOOLKIT_DATA"


@dataclass
class Corpus:
    """The built tables of a corpus, one DataFrame per table of ``SCHEMA.md``.

    Notes
    -----
    List-valued columns (``authors``, ``aliases``, ``report_ids``) hold Python lists.
    ``path`` is the folder the tables were loaded from or written to, if any.
    """

    documents: pd.DataFrame
    reports: pd.DataFrame
    bodies: pd.DataFrame
    meetings: pd.DataFrame
    meeting_redirects: pd.DataFrame
    meeting_mentions: pd.DataFrame
    actors: pd.DataFrame
    roles: pd.DataFrame
    appearances: pd.DataFrame
    decisions: pd.DataFrame
    review: pd.DataFrame
    path: Path | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in the registry's order."""
        return {name: getattr(self, name) for name in schema.TABLE_NAMES}

    def one_row_per_meeting(self) -> Corpus:
        """This corpus with every month-only meeting that points to a day-dated one in
        ``same_as`` folded into it: its reports join that meeting's ``report_ids`` and
        ``n_sources``, and its mentions, appearances and decisions take that meeting's id.
        The analyses and the filter bar work on this view, so one real meeting is one
        node, one bar and one row; the tables on disk keep each report's own dating."""
        m = self.meetings
        if "same_as" not in m.columns or m.empty:
            return self
        ids = set(m["meeting_id"].astype(str))
        target = {a: b for a, b in zip(m["meeting_id"].astype(str), m["same_as"].fillna("").astype(str), strict=True)
                  if b and b in ids and b != a}
        if not target:
            return self
        meetings = m.loc[~m["meeting_id"].isin(list(target))].copy()
        extra: dict[str, list[str]] = {}
        statuses: dict[str, list[str]] = {}
        for row in m.loc[m["meeting_id"].isin(list(target))].itertuples():
            extra.setdefault(target[row.meeting_id], []).extend(list(row.report_ids))
            statuses.setdefault(target[row.meeting_id], []).append(row.status)
        rank = {"held": 0, "cancelled": 1, "scheduled": 2}
        for i in meetings.index[meetings["meeting_id"].isin(list(extra))]:
            mid = meetings.at[i, "meeting_id"]
            reps = sorted(set(meetings.at[i, "report_ids"]) | set(extra[mid]))
            meetings.at[i, "report_ids"] = reps
            meetings.at[i, "n_sources"] = len(reps)
            meetings.at[i, "status"] = min([meetings.at[i, "status"], *statuses[mid]], key=lambda s: rank.get(s, 3))

        def retarget(df: pd.DataFrame) -> pd.DataFrame:
            if df.empty or "meeting_id" not in df.columns:
                return df
            out = df.copy()
            out["meeting_id"] = out["meeting_id"].map(lambda x: target.get(x, x))
            return out

        return Corpus(self.documents, self.reports, self.bodies, meetings.reset_index(drop=True),
                      self.meeting_redirects, retarget(self.meeting_mentions), self.actors, self.roles,
                      retarget(self.appearances), retarget(self.decisions), self.review, path=self.path)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{n}={len(df)}" for n, df in self.tables().items())
        return f"Corpus({sizes})"


assert [f.name for f in fields(Corpus)][: len(schema.TABLE_NAMES)] == list(schema.TABLE_NAMES)


def find_project_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` (default: the working folder) that holds
    ``pyproject.toml`` and a ``toolkit`` package, or None."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "toolkit" / "__init__.py").exists() and (folder / "pyproject.toml").exists():
            return folder
    return None


def default_out_dir() -> Path:
    """``$TOOLKIT_DATA`` if set, else ``data/processed`` of the project found from the
    working folder upwards, else that of the installed package's checkout."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    root = find_project_root() or find_project_root(Path(__file__).parent)
    if root is None:
        raise FileNotFoundError(
            "cannot find the project's data/processed; set $TOOLKIT_DATA or pass out_dir"
        )
    return root / "data" / "processed"


def load(out_dir: str | Path | None = None) -> Corpus:
    """Load a built corpus from ``out_dir`` (Parquet files written by ``toolkit build``).

    Raises ``FileNotFoundError`` with the command to run when the tables are not built.
    """
    folder = Path(out_dir) if out_dir is not None else default_out_dir()
    missing = [n for n in schema.TABLE_NAMES if not (folder / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(
            f"no built tables in {folder} (missing {', '.join(missing)}); "
            "build them with: python -m toolkit build"
        )
    frames = {}
    for name in schema.TABLE_NAMES:
        df = pd.read_parquet(folder / f"{name}.parquet")
        for f in schema.TABLES[name].fields():
            if f.is_list:
                df[f.name] = df[f.name].map(lambda v: list(v) if v is not None else [])
        frames[name] = df
    return Corpus(**frames, path=folder)
