"""Write charts, their data and their networks to the project's ``figures/`` folder.

One chart exports as five files sharing a stem: ``NAME.png`` (300 dpi), ``NAME.svg``,
``NAME.pdf``, ``NAME.csv`` (exactly the data plotted: UTF-8, no index, lists ``; ``-joined,
ready for Datawrapper) and ``NAME.json``, a sidecar with the title, alt text, the filters
used and a source note naming the reports behind the numbers and their publishers. A
network adds ``NAME.graphml`` and ``NAME.gexf`` for Gephi.

Where: ``$TOOLKIT_FIGURES`` when set (a relative path is taken from the working folder),
else ``figures/`` of the project found from the working folder upwards, else that of the
checkout this package belongs to; so a notebook exports to the same place whatever
folder it runs in. This is the only module of the analysis layer that writes files.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import networkx as nx
import pandas as pd
from matplotlib.figure import Figure

import toolkit
from toolkit.analysis.filters import Filters
from toolkit.analysis.sources import SourceNote, source_note
from toolkit.corpus import Corpus, find_project_root
from toolkit.plots import PlotResult, house_style

#: Environment variable naming the folder exports go to.
FIGURES_ENV = "TOOLKIT_FIGURES"
#: Resolution of exported PNGs.
EXPORT_DPI = 300

_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def figures_dir(out_dir: str | Path | None = None) -> Path:
    """The folder exports go to (created if needed): ``out_dir`` if given, else
    ``$TOOLKIT_FIGURES``, else the project's ``figures/`` (see the module notes)."""
    if out_dir is not None:
        folder = Path(out_dir)
    elif os.environ.get(FIGURES_ENV):
        folder = Path(os.environ[FIGURES_ENV]).expanduser()
    else:
        root = find_project_root() or find_project_root(Path(__file__).resolve().parent)
        if root is None:
            raise FileNotFoundError(
                f"cannot find the project's figures/ folder; set ${FIGURES_ENV} or pass out_dir"
            )
        folder = root / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def file_stem(name: str) -> str:
    """``name`` made safe for a file name: lower case, ``[a-z0-9._-]`` only, no leading
    dot; ``chart`` when nothing is left."""
    stem = _UNSAFE.sub("-", name.strip().lower()).strip("-.")
    return stem or "chart"


def flat_csv_frame(data: pd.DataFrame) -> pd.DataFrame:
    """``data`` as it is written to CSV: list and tuple cells ``; ``-joined, timestamps as
    ISO dates; other cells unchanged."""
    out = data.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_datetime64_any_dtype(series):
            out[col] = series.dt.strftime("%Y-%m-%d")
        elif series.dtype == object and series.map(lambda v: isinstance(v, list | tuple)).any():
            out[col] = series.map(
                lambda v: "; ".join(map(str, v)) if isinstance(v, list | tuple) else v
            )
    return out


def write_csv(data: pd.DataFrame, path: Path) -> Path:
    """Write ``data`` (see :func:`flat_csv_frame`) to ``path`` as UTF-8 CSV without index."""
    flat_csv_frame(data).to_csv(path, index=False, encoding="utf-8")
    return path


def export(
    fig: Figure,
    name: str,
    data: pd.DataFrame,
    *,
    title: str = "",
    alt_text: str = "",
    filters: Filters | None = None,
    source: SourceNote | None = None,
    corpus: Corpus | None = None,
    report_ids: tuple[str, ...] | list[str] = (),
    graph: nx.Graph | None = None,
    out_dir: str | Path | None = None,
) -> list[Path]:
    """Export a chart: PNG (300 dpi), SVG, PDF, the CSV of ``data`` and a JSON sidecar
    (and GraphML and GEXF when ``graph`` is given) into :func:`figures_dir`.

    The source note is ``source`` if given, else that of ``report_ids`` in ``corpus``
    (publishers looked up there), else of ``report_ids`` alone. Returns the paths written;
    files of the same stem are replaced. SVG and PDF carry no creation date, so the same
    chart exports to the same bytes.
    """
    folder = figures_dir(out_dir)
    stem = file_stem(name)
    if source is None:
        if corpus is not None:
            source = source_note(corpus, report_ids)
        else:
            source = SourceNote(tuple(sorted(set(report_ids))), ())
    filters = filters or Filters()
    paths = [folder / f"{stem}.{ext}" for ext in ("png", "svg", "pdf")]
    with house_style():
        fig.savefig(paths[0], dpi=EXPORT_DPI, facecolor="white")
        fig.savefig(paths[1], facecolor="white", metadata={"Date": None})
        fig.savefig(paths[2], facecolor="white", metadata={"CreationDate": None})
    paths.append(write_csv(data, folder / f"{stem}.csv"))
    if graph is not None:
        paths += export_graph(graph, stem, out_dir=folder)
    sidecar = folder / f"{stem}.json"
    record = {
        "name": stem,
        "title": title,
        "alt_text": alt_text,
        "filters": filters.as_dict(),
        "source": source.as_dict(),
        "data": {"file": f"{stem}.csv", "columns": [str(c) for c in data.columns],
                 "rows": len(data)},
        "files": [p.name for p in paths] + [sidecar.name],
        "toolkit_version": toolkit.__version__,
    }
    sidecar.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths.append(sidecar)
    return paths


def export_result(
    result: PlotResult, name: str | None = None, out_dir: str | Path | None = None
) -> list[Path]:
    """:func:`export` a :class:`toolkit.plots.PlotResult`, under ``name`` or, by default,
    its own name followed by the filters' slug (``timeline--rec-london``)."""
    stem = name or _default_stem(result.name, result.filters)
    return export(
        result.fig, stem, result.data, title=result.title, alt_text=result.alt_text,
        filters=result.filters, source=result.source, graph=result.graph, out_dir=out_dir,
    )


def export_table(
    data: pd.DataFrame,
    name: str,
    *,
    title: str = "",
    filters: Filters | None = None,
    source: SourceNote | None = None,
    out_dir: str | Path | None = None,
) -> list[Path]:
    """Export a table as ``NAME.csv`` and a ``NAME.json`` sidecar (title, filters, source
    note); returns the paths written."""
    folder = figures_dir(out_dir)
    stem = file_stem(name)
    csv_path = write_csv(data, folder / f"{stem}.csv")
    sidecar = folder / f"{stem}.json"
    record = {
        "name": stem,
        "title": title,
        "filters": (filters or Filters()).as_dict(),
        "source": (source or SourceNote((), ())).as_dict(),
        "data": {"file": csv_path.name, "columns": [str(c) for c in data.columns],
                 "rows": len(data)},
        "files": [csv_path.name, sidecar.name],
        "toolkit_version": toolkit.__version__,
    }
    sidecar.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return [csv_path, sidecar]


def export_graph(g: nx.Graph, name: str, out_dir: str | Path | None = None) -> list[Path]:
    """Write ``g`` as ``NAME.graphml`` and ``NAME.gexf`` (for Gephi); returns both paths.
    Attribute values must be str, int, float or bool (as the graphs of
    ``toolkit.analysis.network`` are)."""
    folder = figures_dir(out_dir)
    stem = file_stem(name)
    graphml = folder / f"{stem}.graphml"
    gexf = folder / f"{stem}.gexf"
    nx.write_graphml(g, graphml)
    nx.write_gexf(g, gexf)
    return [graphml, gexf]


def _default_stem(name: str, filters: Filters) -> str:
    slug = filters.slug()
    return name if slug == "all" else f"{name}--{slug}"
