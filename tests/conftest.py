"""Shared fixtures: the seed build, made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The tables built from data/raw (the five seeds) with the project's reference data."""
    from toolkit.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    corpus = build(RAW, out)
    return corpus, out
