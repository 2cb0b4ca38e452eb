"""The shared filter bar: options from the tables, and every change redrawing the charts
and tables in place. Callbacks are tested in this process and, once, inside a kernel."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import pytest
from fixtures.small_corpus import load_small_corpus, write_small_corpus
from nbclient import NotebookClient

from toolkit import plots, widgets
from toolkit.analysis import overview, timeline
from toolkit.analysis.filters import Filters, filter_options
from toolkit.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return load_small_corpus(tmp_path_factory.mktemp("small"))


@pytest.fixture
def bar(corpus) -> widgets.FilterBar:
    return widgets.FilterBar(corpus)


def _png(panel: widgets.ChartPanel) -> bytes:
    return base64.b64decode(panel.output.outputs[0]["data"]["image/png"])


def test_bar_offers_what_the_tables_hold(bar, corpus):
    options = filter_options(corpus)
    assert (bar.year.min, bar.year.max) == (2018, 2021) == options.years
    assert bar.year.value == (2018, 2021)
    values = [v for _, v in bar.body.options]
    assert values == ["group:nec-and-committees", "nec", "nec-equalities", "nec-org",
                      "group:recs", "rec-london", "rec-scotland"]
    assert list(bar.person.options) == list(options.people)
    assert bar.filters == Filters()


def test_bar_starts_from_the_notebook_parameters(corpus):
    bar = widgets.FilterBar(corpus, years=(2019, 2020), bodies=["nec", "not-a-body"],
                            person="asha")
    assert bar.filters == Filters(years=(2019, 2020), body_ids=("nec",), person="asha")
    panel = bar.chart(plots.timeline)
    assert panel.result.data["meeting_id"].tolist() == ["nec-2019-01-22"]
    assert widgets.FilterBar(corpus, person_search=False).person is None


def test_choosing_one_body_leaves_only_its_lanes_and_rows(bar):
    chart = bar.chart(plots.timeline)
    table = bar.table(timeline.meeting_timeline, title="Meetings")
    before = _png(chart)
    assert len(chart.result.data["body_id"].unique()) == 5
    bar.body.value = ("rec-london",)
    assert set(chart.result.data["body_id"]) == {"rec-london"}
    lanes = [t.get_text() for t in chart.result.fig.axes[0].get_yticklabels()]
    assert lanes == ["London Regional Executive Committee"]
    assert "bodies: rec-london" in chart.result.title
    assert _png(chart) != before and _png(chart)[:4] == b"\x89PNG"
    assert set(table.result.data["body_id"]) == {"rec-london"}
    assert "rec-london" in table.output.outputs[0]["data"]["text/html"]
    assert "bodies: rec-london" in bar.summary.value and "4 meetings" in bar.summary.value


def test_group_header_selects_the_whole_group(bar):
    chart = bar.chart(plots.deferral_rates, by="body_id")
    bar.body.value = ("group:recs",)
    assert bar.filters.body_ids == ("rec-london", "rec-scotland")
    assert chart.result.data["key"].tolist() == ["rec-london", "rec-scotland"]


def test_year_slider_and_person_search_redraw(bar):
    chart = bar.chart(plots.timeline)
    bar.year.value = (2019, 2019)
    assert bar.filters.years == (2019, 2019)
    assert set(chart.result.data["x_start"].str[:4]) == {"2019"}
    bar.person.value = "finn"
    assert chart.result.data["meeting_id"].tolist() == ["rec-london-2019-03-30",
                                                       "rec-london-2019-05-18"]
    bar.year.value = (2018, 2021)  # the full range is no year filter
    assert bar.filters == Filters(person="finn")
    bar._reset()
    assert bar.filters == Filters() and len(chart.result.data) == 17


def test_redraws_do_not_pile_up_figures(bar):
    bar.chart(plots.timeline)
    bar.chart(plots.co_attendance)
    before = plt.get_fignums()
    for body in ["nec", "rec-london", "nec-org", "rec-scotland", "nec"] * 2:
        bar.body.value = (body,)
    assert plt.get_fignums() == before


def test_same_filters_do_not_redraw(bar):
    chart = bar.chart(plots.timeline)
    bar.body.value = ("nec",)
    first = chart.result
    bar.body.value = ("group:nec-and-committees",)
    bar.body.value = ("nec",)
    assert chart.result is not first
    drawn = chart.result
    bar.person.value = ""  # unchanged: no redraw
    assert chart.result is drawn


def test_export_button_writes_the_current_view(bar, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_FIGURES", str(tmp_path))
    chart = bar.chart(plots.timeline)
    table = bar.table(overview.coverage_gaps)
    bar.body.value = ("rec-london",)
    chart.export_button.click()
    assert (tmp_path / "timeline--rec-london.png").exists()
    assert "Wrote 5 files" in chart.status.value
    table.export_button.click()
    sidecar = json.loads((tmp_path / "coverage-gaps--rec-london.json").read_text())
    assert sidecar["filters"]["body_ids"] == ["rec-london"]
    assert sidecar["source"]["report_ids"] == ["ll-london-2019-r01", "ll-london-2021-r01"]
    names = {p.name for p in bar.export_all()}
    assert {"timeline--rec-london.svg", "coverage-gaps--rec-london.csv"} <= names


def test_a_failing_panel_shows_its_error_and_the_others_redraw(bar):
    def broken(corpus):
        if corpus.filters.body_ids:
            raise RuntimeError("no lanes today")
        return plots.timeline(corpus)

    bad = bar.chart(broken)
    good = bar.chart(plots.timeline)
    bar.body.value = ("nec",)
    assert bad.error == "RuntimeError: no lanes today"
    assert "no lanes today" in bad.output.outputs[0]["text"]
    assert set(good.result.data["body_id"]) == {"nec"}


@pytest.mark.parametrize(
    ("values", "expected"),
    [((), ()), (("group:recs", "nec"), ("nec", "rec-london", "rec-scotland")),
     (("group:nec-and-committees",), ("nec", "nec-equalities", "nec-org"))],
)
def test_selected_bodies_expand_groups(corpus, values, expected):
    assert widgets.selected_bodies(values, filter_options(corpus)) == expected


@pytest.mark.slow
def test_callbacks_in_a_kernel(tmp_path):
    """Run the timeline notebook's own cells in a kernel, then move the filters from
    inside it and check the chart and the table that the callbacks redrew."""
    data = write_small_corpus(tmp_path / "data")
    nb = nbformat.read(ROOT / "notebooks" / "02-timeline.ipynb", as_version=4)
    checks = [
        "chart, activity, table = bar.panels\n"
        "before = chart.output.outputs[0]['data']['image/png']\n"
        "assert chart.result.data['body_id'].nunique() == 5",
        "bar.body.value = ('rec-london',)\n"
        "assert set(chart.result.data['body_id']) == {'rec-london'}\n"
        "assert [t.get_text() for t in chart.result.fig.axes[0].get_yticklabels()] == "
        "['London Regional Executive Committee']\n"
        "assert chart.output.outputs[0]['data']['image/png'] != before\n"
        "assert set(table.result.data['body_id']) == {'rec-london'}\n"
        "assert set(activity.result.data['body_id']) == {'rec-london'}",
        "bar.year.value = (2021, 2021)\n"
        "assert table.result.data['meeting_id'].tolist() == ['rec-london-2021-03-20']\n"
        "import matplotlib.pyplot as plt\n"
        "assert plt.get_fignums() == []",
    ]
    nb.cells += [nbformat.v4.new_code_cell(src) for src in checks]
    env = dict(os.environ, TOOLKIT_DATA=str(data), TOOLKIT_FIGURES=str(tmp_path / "figures"),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    client = NotebookClient(nb, timeout=120, kernel_name="python3", startup_timeout=60,
                            resources={"metadata": {"path": str(ROOT / "notebooks")}})
    client.execute(env=env)  # a failing assertion raises CellExecutionError
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
