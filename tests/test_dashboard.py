"""The no-code dashboard: toolkit.dashboard and the thin notebook Voila serves.
(The browser half is tests/browser/test_voila.py.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest
from fixtures.small_corpus import load_small_corpus

from toolkit import dashboard as dash
from toolkit import widgets

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "dashboard.ipynb"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return load_small_corpus(tmp_path_factory.mktemp("small"))


def test_dashboard_holds_bar_timeline_network_and_deferrals(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_FIGURES", str(tmp_path))
    d = dash.Dashboard(corpus)
    assert isinstance(d.bar, widgets.FilterBar) and d.bar in d.children
    assert [p.result.name for p in (d.timeline, d.network, d.deferral_rates,
                                    d.deferral_targets)] == [
        "timeline", "co-attendance-person", "deferral-rate-by-body", "deferral-targets"]
    assert d.deferral_chains.result is not None
    assert d.panels == [d.timeline, d.network, d.deferral_rates, d.deferral_targets,
                        d.deferral_chains]
    assert all(p.error == "" for p in d.panels)
    assert str(tmp_path) in d.children[0].value  # says where exports go


def test_a_filter_redraws_every_panel(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_FIGURES", str(tmp_path))
    d = dash.Dashboard(corpus)
    before = [p.result for p in d.panels]
    d.bar.body.value = ("rec-london",)
    assert all(p.result is not b for p, b in zip(d.panels, before, strict=True))
    assert set(d.timeline.result.data["body_id"]) == {"rec-london"}


def test_export_buttons_write_to_toolkit_figures(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_FIGURES", str(tmp_path))
    d = dash.Dashboard(corpus, bodies=["nec"])
    d.timeline.export_button.click()
    assert {p.name for p in tmp_path.iterdir()} == {
        f"timeline--nec.{ext}" for ext in ("png", "svg", "pdf", "csv", "json")}
    d.export_all_button.click()
    assert (tmp_path / "co-attendance-person--nec.graphml").exists()
    assert (tmp_path / "deferral-chains--nec.csv").exists()
    assert re.search(r"Wrote \d+ files to ", d.status.value)


def test_unbuilt_tables_give_a_message_with_the_build_command(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_DATA", str(tmp_path / "nothing-here"))
    shown = dash.dashboard()
    assert not isinstance(shown, dash.Dashboard)
    assert "toolkit-not-built" in shown._dom_classes
    assert "have not been built" in shown.value
    assert "make build" in shown.value and "python -m toolkit build" in shown.value


def test_dashboard_loads_toolkit_data(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_DATA", str(corpus.path))
    monkeypatch.setenv("TOOLKIT_FIGURES", str(tmp_path))
    shown = dash.dashboard(years=(2019, 2020))
    assert isinstance(shown, dash.Dashboard)
    assert shown.bar.filters.years == (2019, 2020)


def test_notebook_is_thin_and_calls_the_toolkit():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
                                  | ast.Lambda)
            if isinstance(node, ast.ImportFrom):
                assert node.module.startswith("toolkit")
            assert not isinstance(node, ast.Import)
    assert "dashboard(DATA" in code[-1].source
