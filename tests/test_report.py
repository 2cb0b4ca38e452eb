"""``execute_notebooks``: every NN-*.ipynb run into another folder, never in place, with
figures under OUT/figures and the checkout's toolkit importable; failures reported after
all have run. Uses tiny notebooks (the real ones are run by test_notebooks.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from toolkit import report

ROOT = Path(__file__).resolve().parent.parent


def _write(folder: Path, name: str, *sources: str) -> Path:
    nb = new_notebook(cells=[new_markdown_cell(f"# {name}")] + [new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture
def notebook_dir(tmp_path) -> Path:
    folder = tmp_path / "project" / "notebooks"
    folder.mkdir(parents=True)
    _write(folder, "02-second", "import toolkit, os\n"
           "print(toolkit.__file__)\nprint(os.getcwd())")
    _write(folder, "01-first",
           "from toolkit.export import figures_dir\n"
           "(figures_dir() / 'made-by-01.txt').write_text('hello')\n"
           "print(figures_dir())")
    _write(folder, "scratch", "raise SystemExit('not an NN- notebook: must not run')")
    return folder


def _stdout(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                   for o in c.outputs if o.output_type == "stream")


@pytest.mark.slow
def test_executes_every_numbered_notebook_into_out_dir(notebook_dir, tmp_path):
    before = {p.name: p.read_bytes() for p in notebook_dir.iterdir()}
    out = tmp_path / "out"
    paths = report.execute_notebooks(notebook_dir, out, timeout=120)
    assert paths == [out / "01-first.ipynb", out / "02-second.ipynb"]
    assert {p.name: p.read_bytes() for p in notebook_dir.iterdir()} == before
    assert not (out / "scratch.ipynb").exists()
    # exports land in OUT/figures, whatever the project
    assert (out / "figures" / "made-by-01.txt").read_text() == "hello"
    assert _stdout(paths[0]).strip() == str((out / "figures").resolve())
    # the kernel imports this checkout's toolkit and works in the notebooks' folder
    toolkit_file, cwd = _stdout(paths[1]).split()
    assert Path(toolkit_file).resolve() == ROOT / "toolkit" / "__init__.py"
    assert Path(cwd).resolve() == notebook_dir.resolve()
    runs = json.loads((out / "execution.json").read_text())
    assert [Path(r["source"]).name for r in runs] == ["01-first.ipynb", "02-second.ipynb"]
    assert all(r["seconds"] > 0 and r["error"] == "" for r in runs)


@pytest.mark.slow
def test_a_failing_notebook_is_reported_after_all_have_run(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    _write(folder, "01-broken", "x = 1", "1 / 0", "y = 2")
    _write(folder, "02-fine", "print('still run')")
    out = tmp_path / "out"
    with pytest.raises(report.NotebookExecutionError, match="01-broken.ipynb: .*ZeroDivision"):
        report.execute_notebooks(folder, out, timeout=60)
    broken = nbformat.read(out / "01-broken.ipynb", as_version=4)
    errors = [o for c in broken.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert [e.ename for e in errors] == ["ZeroDivisionError"]
    assert _stdout(out / "02-fine.ipynb").strip() == "still run"


def test_never_in_place_and_never_empty(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    with pytest.raises(FileNotFoundError):
        report.execute_notebooks(folder, tmp_path / "out")
    _write(folder, "01-a", "pass")
    with pytest.raises(ValueError, match="in place"):
        report.execute_notebooks(folder, folder)


@pytest.mark.parametrize(
    ("name", "runs"),
    [("01-overview.ipynb", True), ("12-x.y.ipynb", True), ("1-short.ipynb", False),
     ("scratch.ipynb", False), ("01-overview.ipynb.bak", False), ("ab-x.ipynb", False)],
)
def test_which_notebooks_run(tmp_path, name, runs):
    (tmp_path / name).write_text("{}")
    assert bool(report.notebook_paths(tmp_path)) is runs


def test_kernel_env_sets_figures_and_puts_the_checkout_first(monkeypatch, tmp_path):
    monkeypatch.setenv("PYTHONPATH", "/somewhere/else")
    env = report.kernel_env(ROOT / "notebooks", tmp_path / "figs")
    assert env["TOOLKIT_FIGURES"] == str(tmp_path / "figs")
    assert env["PYTHONPATH"].split(os.pathsep) == [str(ROOT), "/somewhere/else"]
