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
