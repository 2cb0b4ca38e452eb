"""Run every notebook headless: the twin of opening them in JupyterLab and running all.

``execute_notebooks(notebooks/, OUT)`` executes each ``notebooks/NN-*.ipynb`` in order
with nbclient (kernel ``python3``, working folder ``notebooks/``), writes the executed
copy to ``OUT/NN-*.ipynb`` (never in place) and a summary ``OUT/execution.json`` (seconds
and outcome per notebook).

Environment of the kernel: ``TOOLKIT_FIGURES`` is set to ``OUT/figures``, so the
notebooks' export calls write their figures next to the executed notebooks and never
into the project's ``figures/``; ``TOOLKIT_DATA`` is passed on when set (else the
notebooks load the project's ``data/processed``); the checkout that holds the notebooks
is put first on ``PYTHONPATH``, so they import the ``toolkit`` they were written for.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from toolkit.corpus import find_project_root
from toolkit.export import FIGURES_ENV

#: Notebooks that are executed: ``NN-topic.ipynb``.
NOTEBOOK_NAME = re.compile(r"^\d{2}-[^/\\]+\.ipynb$")
KERNEL_NAME = "python3"


class NotebookExecutionError(RuntimeError):
    """One or more notebooks failed; the executed copies (with the error) are written."""


@dataclass(frozen=True)
class ExecutedNotebook:
    """What happened to one notebook: its ``source``, the executed copy ``output``,
    wall-clock ``seconds`` and ``error`` (empty when every cell ran)."""

    source: Path
    output: Path
    seconds: float
    error: str = ""


def notebook_paths(notebook_dir: Path) -> list[Path]:
    """The ``NN-*.ipynb`` files directly in ``notebook_dir``, sorted by name."""
    return sorted(p for p in Path(notebook_dir).iterdir()
                  if p.is_file() and NOTEBOOK_NAME.match(p.name))


def kernel_env(notebook_dir: Path, figures: Path) -> dict[str, str]:
    """The kernel's environment: this process's, with ``TOOLKIT_FIGURES`` = ``figures``
    and the notebooks' checkout first on ``PYTHONPATH`` (when one is found)."""
    env = dict(os.environ)
    env[FIGURES_ENV] = str(figures)
    root = find_project_root(Path(notebook_dir).resolve())
    if root is not None:
        parts = [str(root)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
        env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(parts))
    return env


def execute_notebook(
    path: Path, out_dir: Path, timeout: int = 600, env: dict[str, str] | None = None
) -> ExecutedNotebook:
    """Execute one notebook (working folder: its own) into ``out_dir/<name>``.

    ``timeout`` bounds each cell in seconds. A failing cell stops the notebook; the copy
    is written with the cells run so far and the error, which is returned (not raised).
    """
    path = Path(path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name=KERNEL_NAME, startup_timeout=min(timeout, 120),
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    error = ""
    start = time.perf_counter()
    try:
        client.execute(env=env if env is not None else dict(os.environ))
    except (CellExecutionError, CellTimeoutError, DeadKernelError, TimeoutError) as exc:
        error = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    output = out_dir / path.name
    nbformat.write(nb, output)
    return ExecutedNotebook(path, output, round(seconds, 2), error)


def execute_notebooks(notebook_dir: Path, out_dir: Path, timeout: int = 600) -> list[Path]:
    """Execute every ``notebook_dir/NN-*.ipynb`` into ``out_dir`` and return the executed
    copies' paths, in name order.

    Guarantees: the notebooks in ``notebook_dir`` are never modified (``out_dir`` must be
    another folder); every notebook is run, even after one fails; exported figures go to
    ``out_dir/figures`` (see the module notes); ``out_dir/execution.json`` records the
    seconds and error of each. Raises :class:`NotebookExecutionError` naming the failed
    notebooks after all have run, and ``FileNotFoundError`` when there is no notebook.
    """
    notebook_dir, out_dir = Path(notebook_dir), Path(out_dir)
    if out_dir.resolve() == notebook_dir.resolve():
        raise ValueError("out_dir must not be the notebooks' own folder: notebooks are never "
                         "executed in place")
    paths = notebook_paths(notebook_dir)
    if not paths:
        raise FileNotFoundError(f"no NN-*.ipynb notebook in {notebook_dir}")
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = (out_dir / "figures").resolve()
    figures.mkdir(exist_ok=True)
    env = kernel_env(notebook_dir, figures)
    runs = [execute_notebook(p, out_dir, timeout, env) for p in paths]
    summary = [
        {**asdict(r), "source": str(r.source), "output": str(r.output)} for r in runs
    ]
    (out_dir / "execution.json").write_text(json.dumps(summary, indent=2) + "\n",
                                            encoding="utf-8")
    failed = [r for r in runs if r.error]
    if failed:
        lines = [f"{r.source.name}: {r.error.strip().splitlines()[-1][:300]}" for r in failed]
        raise NotebookExecutionError(
            f"{len(failed)} of {len(runs)} notebooks failed (executed copies in {out_dir}):\n"
            + "\n".join(lines)
        )
    return [r.output for r in runs]
