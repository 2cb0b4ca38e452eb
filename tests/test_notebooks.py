"""The notebooks: thin, commit-ready, and running top to bottom headless against a built
corpus (the small composed one, as Parquet tables named by $TOOLKIT_DATA)."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import nbformat
import pytest
from fixtures.small_corpus import write_small_corpus

from toolkit.report import execute_notebooks

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01-overview", "02-timeline", "03-co-attendance", "04-deferrals"]

#: What each notebook must say its figures do not mean.
CAVEATS = {
    "01-overview": ["not a quiet year", "counts once"],
    "02-timeline": ["not every meeting held", "never as an invented day"],
    "03-co-attendance": ["is not attendance", "hub by construction"],
    "04-deferrals": ["count items (`item_id`), not report rows", "check the quotes"],
}
#: Files each notebook's export must write (besides the others).
EXPORTS = {
    "01-overview": ["documents-by-status.png", "meetings-heatmap.csv", "coverage-gaps.csv",
                    "review-list.json", "reports-by-year-author.svg"],
    "02-timeline": ["timeline.png", "timeline.json", "meeting-activity.pdf"],
    "03-co-attendance": ["co-attendance-person.graphml", "co-attendance-person.gexf",
                         "co-attendance-organisation.graphml", "person-metrics.csv"],
    "04-deferrals": ["deferral-rate-by-body.png", "deferral-rate-by-publisher.csv",
                     "deferral-chains.png", "deferred-items.csv"],
}


def _nb(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)


def test_the_notebooks_are_these():
    found = sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    assert found == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_opens_with_the_question_then_parameters(name):
    nb = _nb(name)
    first, second = nb.cells[0], nb.cells[1]
    assert first.cell_type == "markdown"
    assert first.source.startswith(f"# {name[:2]} ·")
    assert "**Question:**" in first.source
    assert "mean, and what they do not" in first.source
    prose = " ".join(first.source.split())
    for phrase in CAVEATS[name]:
        assert phrase in prose, phrase
    assert second.cell_type == "code" and "parameters" in second.metadata.get("tags", [])
    assert "DATA = None" in second.source and "YEARS = None" in second.source


@pytest.mark.parametrize("name", NAMES)
def test_is_thin_no_def_or_class(name):
    for cell in _nb(name).cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            assert not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
                                  | ast.Lambda), f"{name}: {cell.source!r}"
            if isinstance(node, ast.ImportFrom):
                assert node.module.startswith("toolkit"), node.module
            if isinstance(node, ast.Import):
                assert all(a.name.startswith("toolkit") for a in node.names)


@pytest.mark.parametrize("name", NAMES)
def test_is_commit_ready_without_outputs(name):
    nb = _nb(name)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("name", NAMES)
def test_has_the_shared_filter_bar_and_exports(name):
    code = "\n".join(c.source for c in _nb(name).cells if c.cell_type == "code")
    assert "widgets.FilterBar(corpus, years=YEARS, bodies=BODIES" in code
    assert ("person=PERSON" in code) == (name != "01-overview")
    assert "bar.export_all()" in code
    assert "bar.chart(" in code and "bar.table(" in code


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Every notebook executed once, headless, into a temporary folder."""
    tmp = tmp_path_factory.mktemp("notebooks")
    data = write_small_corpus(tmp / "data")
    sources = {p.name: p.read_bytes() for p in NOTEBOOKS.glob("*.ipynb")}
    old = os.environ.get("TOOLKIT_DATA")
    os.environ["TOOLKIT_DATA"] = str(data)
    try:
        paths = execute_notebooks(NOTEBOOKS, tmp / "out", timeout=300)
    finally:
        if old is None:
            os.environ.pop("TOOLKIT_DATA", None)
        else:
            os.environ["TOOLKIT_DATA"] = old
    return tmp / "out", paths, sources


@pytest.mark.slow
def test_notebooks_run_and_are_never_changed_in_place(executed):
    out, paths, sources = executed
    assert [p.name for p in paths] == [f"{n}.ipynb" for n in NAMES]
    assert {p.name: p.read_bytes() for p in NOTEBOOKS.glob("*.ipynb")} == sources
    runs = json.loads((out / "execution.json").read_text())
    assert [r["error"] for r in runs] == [""] * 4


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_each_notebook_runs_top_to_bottom(executed, name):
    out, _, _ = executed
    nb = nbformat.read(out / f"{name}.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    outputs = [o for c in code for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    views = [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert len(views) == sum("bar.chart(" in c.source or "bar.table(" in c.source
                             for c in code) + 1  # the bar itself
    assert "application/vnd.jupyter.widget-state+json" in nb.metadata.get("widgets", {})
    figures = out / "figures"
    for filename in EXPORTS[name]:
        assert (figures / filename).exists(), filename
