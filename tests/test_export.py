"""Export: the files exist and open, the CSV is exactly the data drawn (which is what is on
the axes), and the sidecar names the filters and the corpus's real reports."""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib.image as mpimg
import networkx as nx
import pandas as pd
import pytest
from fixtures.small_corpus import load_small_corpus

from toolkit import export, plots
from toolkit.analysis.filters import Filters, apply
from toolkit.corpus import Corpus, find_project_root

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return load_small_corpus(tmp_path_factory.mktemp("small"))


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def _as_written(data: pd.DataFrame) -> pd.DataFrame:
    """The frame with every cell as the text a CSV holds (NaN as empty)."""
    flat = export.flat_csv_frame(data)
    return flat.astype(object).where(flat.notna(), "").astype(str)


def test_export_writes_every_format(corpus, tmp_path):
    result = plots.documents_by_status(corpus)
    paths = export.export_result(result, out_dir=tmp_path)
    names = sorted(p.name for p in paths)
    assert names == sorted(f"documents-by-status.{e}" for e in
                           ("png", "svg", "pdf", "csv", "json"))
    assert all(p.exists() and p.stat().st_size > 0 for p in paths)
    image = mpimg.imread(tmp_path / "documents-by-status.png")
    assert image.ndim == 3
    assert image.shape[1] == round(result.fig.get_figwidth() * export.EXPORT_DPI)
    assert (tmp_path / "documents-by-status.pdf").read_bytes().startswith(b"%PDF")
    assert "<svg" in (tmp_path / "documents-by-status.svg").read_text()


def test_csv_is_exactly_the_data_on_the_axes(corpus, tmp_path):
    result = plots.deferral_rates(corpus, by="body_id")
    export.export_result(result, out_dir=tmp_path)
    written = _read_csv(tmp_path / "deferral-rate-by-body.csv")
    pd.testing.assert_frame_equal(written, _as_written(result.data))
    # ... and that data is what the bars show
    bars = [p.get_width() for p in result.fig.axes[0].containers[0]]
    assert [float(v) for v in written["rate_percent"]] == bars
    assert written["key"].tolist() == ["nec", "nec-equalities", "nec-org", "rec-london",
                                       "rec-scotland"]


@pytest.mark.parametrize("chart", [plots.timeline, plots.meetings_heatmap,
                                   plots.deferral_chains, plots.co_attendance])
def test_csv_round_trips_for_every_kind_of_chart(corpus, tmp_path, chart):
    result = chart(corpus)
    export.export_result(result, out_dir=tmp_path)
    written = _read_csv(tmp_path / f"{result.name}.csv")
    pd.testing.assert_frame_equal(written, _as_written(result.data))


def test_sidecar_names_filters_and_real_reports(corpus, tmp_path):
    london = apply(corpus, Filters(body_ids=("rec-london",)))
    result = plots.timeline(london)
    paths = export.export_result(result, out_dir=tmp_path)
    assert {p.name for p in paths} >= {"timeline--rec-london.png", "timeline--rec-london.json"}
    sidecar = json.loads((tmp_path / "timeline--rec-london.json").read_text())
    assert sidecar["title"] == result.title and "bodies: rec-london" in sidecar["title"]
    assert sidecar["alt_text"] == result.alt_text
    assert sidecar["filters"] == {"years": None, "body_ids": ["rec-london"], "person": "",
                                  "description": "all years · bodies: rec-london"}
    source = sidecar["source"]
    assert source["report_ids"] == ["ll-london-2019-r01", "ll-london-2021-r01"]
    assert set(source["report_ids"]) <= set(corpus.reports["report_id"])
    assert source["publishers"] == [{"publisher": "London Left", "n_reports": 2}]
    assert "ll-london-2019-r01" in source["note"] and "London Left" in source["note"]
    assert sidecar["data"]["rows"] == len(result.data) == 4
    assert sorted(sidecar["files"]) == sorted(p.name for p in paths)


def test_network_export_adds_graphml_and_gexf(corpus, tmp_path):
    result = plots.co_attendance(corpus, kind="person")
    paths = export.export_result(result, out_dir=tmp_path)
    assert {p.suffix for p in paths} == {".png", ".svg", ".pdf", ".csv", ".graphml", ".gexf",
                                         ".json"}
    for reader, suffix in ((nx.read_graphml, "graphml"), (nx.read_gexf, "gexf")):
        g = reader(tmp_path / f"co-attendance-person.{suffix}")
        assert set(g.nodes) == set(result.data["node"])
        assert int(g.edges["ben-carter", "dev-singh"]["weight"]) == 4


def test_svg_and_pdf_exports_are_reproducible(corpus, tmp_path):
    result = plots.deferral_targets(corpus)
    export.export_result(result, out_dir=tmp_path / "a")
    export.export_result(plots.deferral_targets(corpus), out_dir=tmp_path / "b")
    for ext in ("svg", "pdf", "csv", "json"):
        a = (tmp_path / "a" / f"deferral-targets.{ext}").read_bytes()
        b = (tmp_path / "b" / f"deferral-targets.{ext}").read_bytes()
        assert a == b, ext


def test_export_in_python_with_a_corpus_looks_up_publishers(corpus, tmp_path):
    result = plots.reports_by_year(corpus, by="publisher")
    paths = export.export(result.fig, "My chart: reports!", result.data, title="Reports",
                          corpus=corpus, report_ids=["gr-2018-nec-r01", "sl-2019-r01"],
                          out_dir=tmp_path)
    assert paths[0].name == "my-chart-reports.png"
    sidecar = json.loads((tmp_path / "my-chart-reports.json").read_text())
    assert [p["publisher"] for p in sidecar["source"]["publishers"]] == ["Grassroots",
                                                                        "Scottish Left"]
    assert sidecar["filters"]["description"] == "all years · all bodies"


def test_table_export(corpus, tmp_path):
    from toolkit.analysis import deferrals

    data = deferrals.deferred_items(corpus)
    paths = export.export_table(data, "deferred items", title="Deferred items",
                                out_dir=tmp_path)
    assert [p.name for p in paths] == ["deferred-items.csv", "deferred-items.json"]
    written = _read_csv(paths[0])
    assert written["item_id"].tolist() == data["item_id"].tolist()
    assert written.loc[written["item_id"] == "nec-2021-01-26-i01", "report_ids"].item() == (
        "gr-2021-nec-r01; ll-2021-nec-r01")


def test_figures_go_to_env_folder_whatever_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(export.FIGURES_ENV, str(tmp_path / "out" / "figs"))
    assert export.figures_dir() == tmp_path / "out" / "figs"
    assert (tmp_path / "out" / "figs").is_dir()


def test_figures_default_to_the_project_folder(monkeypatch):
    monkeypatch.delenv(export.FIGURES_ENV, raising=False)
    monkeypatch.chdir(ROOT / "notebooks")
    assert find_project_root() == ROOT
    assert export.figures_dir() == ROOT / "figures"


@pytest.mark.parametrize(
    ("name", "stem"),
    [("Timeline", "timeline"), ("a/b\\c d", "a-b-c-d"), ("..hidden", "hidden"), ("", "chart"),
     ("rate--rec-london_2019-2020", "rate--rec-london_2019-2020")],
)
def test_file_stems_are_safe(name, stem):
    assert export.file_stem(name) == stem
