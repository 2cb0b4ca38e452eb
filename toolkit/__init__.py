"""Governance-records toolkit: members' reports of party meetings in, evidence-backed tables out.

The data flows through one module per stage::

    ingest -> segment -> extract -> resolve -> merge -> tables

``build`` runs that flow over a folder of reports; ``load`` reads a finished build.
Analyses (``toolkit.analysis``), plots, widgets and export read only a ``Corpus``.
"""

from __future__ import annotations

from pathlib import Path

from toolkit.corpus import Corpus, load

__all__ = ["Corpus", "build", "load", "__version__"]
__version__ = "0.2.0"


def build(
    raw_dir: str | Path,
    out_dir: str | Path,
    reference_dir: str | Path | None = None,
    *,
    progress: bool = False,
) -> Corpus:
    """Build the tables of every report under ``raw_dir`` into ``out_dir`` and return them.

    See ``toolkit.pipeline.build`` for what is guaranteed.
    """
    from toolkit.pipeline import build as _build

    return _build(raw_dir, out_dir, reference_dir, progress=progress)
