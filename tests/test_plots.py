"""Charts: each returns the figure and exactly the data it drew, in the house style, with
titles and notes naming the filters and the reports behind the numbers."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from fixtures.small_corpus import load_small_corpus
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from toolkit import plots
from toolkit.analysis.filters import Filters, apply
from toolkit.corpus import Corpus

CHARTS = [
    (plots.documents_by_status, {}),
    (plots.reports_by_year, {"by": "author"}),
    (plots.reports_by_year, {"by": "publisher"}),
    (plots.meetings_heatmap, {}),
    (plots.timeline, {}),
    (plots.meeting_activity, {}),
    (plots.co_attendance, {"kind": "person"}),
    (plots.co_attendance, {"kind": "organisation"}),
    (plots.deferral_rates, {"by": "body_id"}),
    (plots.deferral_rates, {"by": "year"}),
    (plots.deferral_rates, {"by": "publisher"}),
    (plots.deferral_targets, {}),
    (plots.deferral_chains, {}),
]
IDS = [f"{f.__name__}-{'-'.join(map(str, kw.values())) or 'default'}" for f, kw in CHARTS]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return load_small_corpus(tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def london(corpus) -> Corpus:
    return apply(corpus, Filters(body_ids=("rec-london",)))



@pytest.mark.parametrize(("chart", "kwargs"), CHARTS, ids=IDS)
def test_every_chart_returns_its_figure_data_and_sources(corpus, chart, kwargs):
    result = chart(corpus, **kwargs)
    assert isinstance(result.fig, Figure)
    assert not result.data.empty
    assert result.title.endswith("— all years · all bodies")
    assert result.alt_text and result.name
    assert result.report_ids and set(result.report_ids) <= set(corpus.reports["report_id"])
    assert result.source.report_ids == result.report_ids
    assert set(result.publishers) <= {"Grassroots", "LabourList", "London Left", "Scottish Left"}
    notes = [" ".join(t.get_text().split()) for t in result.fig.texts]
    assert any("Source:" in t and "Filters: all years · all bodies" in t for t in notes)
    # flat data: no list cells, so the CSV is exactly the frame
    for col in result.data.columns:
        assert not result.data[col].map(lambda v: isinstance(v, list | tuple)).any(), col


@pytest.mark.parametrize(("chart", "kwargs"), CHARTS, ids=IDS)
def test_every_chart_says_which_filters_are_active(london, chart, kwargs):
    result = chart(london, **kwargs)
    assert "bodies: rec-london" in result.title
    assert any("Filters: all years · bodies: rec-london" in " ".join(t.get_text().split())
               for t in result.fig.texts)
    assert result.filters == Filters(body_ids=("rec-london",))


@pytest.mark.parametrize(("chart", "kwargs"), CHARTS, ids=IDS)
def test_every_chart_draws_an_empty_selection(corpus, chart, kwargs):
    empty = apply(corpus, Filters(person="nobody at all"))
    result = chart(empty, **kwargs)
    assert result.data.empty or chart is plots.documents_by_status
    assert result.png()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_pyplot_figures_pile_up(corpus):
    before = plt.get_fignums()
    for chart, kwargs in CHARTS:
        chart(corpus, **kwargs)
    assert plt.get_fignums() == before


def test_documents_by_status_bars_are_the_data(corpus):
    r = plots.documents_by_status(corpus)
    ax = r.fig.axes[0]
    assert [p.get_width() for p in ax.containers[0]] == r.data["n_documents"].tolist()
    assert [t.get_text() for t in ax.get_yticklabels()] == r.data["status"].tolist()
    assert r.data.set_index("status")["n_documents"].to_dict()["ok"] == 9


def test_reports_by_year_stacks_are_the_data_and_empty_years_show(corpus):
    r = plots.reports_by_year(corpus, by="publisher")
    ax = r.fig.axes[0]
    assert r.data["year"].tolist() == [2018, 2019, 2020, 2021]
    series = [c.get_label() for c in ax.containers]
    assert series == [c for c in r.data.columns if c != "year"]
    for container in ax.containers:
        assert [p.get_height() for p in container] == r.data[container.get_label()].tolist()
    assert r.data.drop(columns="year").sum(axis=1).tolist() == [3, 4, 0, 3]


def test_heatmap_cells_are_the_data(corpus):
    r = plots.meetings_heatmap(corpus)
    image = r.fig.axes[0].images[0].get_array()
    years = [c for c in r.data.columns if c not in ("body_id", "body")]
    assert years == ["2018", "2019", "2020", "2021"]
    np.testing.assert_array_equal(np.asarray(image), r.data[years].to_numpy())
    assert r.data.set_index("body_id").loc["rec-london", "2019"] == 3


def test_timeline_markers_are_the_data(corpus):
    r = plots.timeline(corpus)
    ax = r.fig.axes[0]
    drawn = sorted(
        (round(float(x), 3), int(round(y)))
        for coll in ax.collections if coll.get_label() in ("held", "scheduled", "cancelled")
        for x, y in coll.get_offsets()
    )
    expected = sorted(zip(np.round(mdates.date2num(pd.to_datetime(r.data["x"])), 3),
                          r.data["lane_no"], strict=True))
    assert drawn == expected
    labels = {coll.get_label(): len(coll.get_offsets()) for coll in ax.collections
              if coll.get_label() in ("held", "scheduled", "cancelled")}
    assert labels == r.data["status"].value_counts().to_dict() == {
        "held": 13, "scheduled": 3, "cancelled": 1}
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "National Executive Committee", "NEC Equalities Committee",
        "NEC Organisation Committee", "London Regional Executive Committee",
        "Scottish Executive Committee"]
    month = r.data.set_index("meeting_id").loc["rec-london-2019-07"]
    assert (month["x_start"], month["x_end"], month["x"]) == ("2019-07-01", "2019-07-31",
                                                               "2019-07-16")


def test_timeline_of_one_body_has_one_lane(london):
    r = plots.timeline(london)
    assert set(r.data["body_id"]) == {"rec-london"}
    assert [t.get_text() for t in r.fig.axes[0].get_yticklabels()] == [
        "London Regional Executive Committee"]
    assert set(r.report_ids) == {"ll-london-2019-r01", "ll-london-2021-r01"}


def test_meeting_activity_bars_are_items_not_rows(corpus):
    r = plots.meeting_activity(corpus)
    left, right = r.fig.axes[:2]
    for container in left.containers:
        assert [p.get_width() for p in container] == r.data[container.get_label()].tolist()
    assert [p.get_width() for p in right.containers[0]] == r.data["n_reports"].tolist()
    row = r.data.set_index("meeting_id").loc["nec-2021-01-26"]
    assert (row["n_items"], row["deferred"], row["n_reports"]) == (3, 1, 2)
    assert plots.meeting_activity(corpus, max_meetings=5).data.shape[0] == 5


def test_network_nodes_are_the_data_and_the_layout_is_seeded(corpus):
    r = plots.co_attendance(corpus, kind="person", seed=11)
    ax = r.fig.axes[0]
    nodes = ax.collections[-1].get_offsets()
    np.testing.assert_allclose(np.asarray(nodes), r.data[["x", "y"]].to_numpy())
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == sorted(r.data.loc[r.data["labelled"], "label"])
    again = plots.co_attendance(corpus, kind="person", seed=11)
    pd.testing.assert_frame_equal(r.data, again.data)
    assert r.png() == again.png()  # same filters, same picture
    other = plots.co_attendance(corpus, kind="person", seed=12)
    assert not np.allclose(other.data[["x", "y"]].to_numpy(), r.data[["x", "y"]].to_numpy())
    assert r.graph is not None and r.graph.number_of_edges() == 11


def test_deferral_rate_bars_are_the_data_in_family_colours(corpus):
    r = plots.deferral_rates(corpus, by="body_id")
    bars = r.fig.axes[0].containers[0]
    assert [p.get_width() for p in bars] == r.data["rate_percent"].tolist()
    assert r.data.set_index("key").loc["nec", ["n_items", "n_deferred"]].tolist() == [12, 3]
    colours = [to_hex(p.get_facecolor()) for p in bars]
    assert colours == [plots.family_colour(b).lower() for b in r.data["key"]]


def test_family_colours_are_the_same_in_every_chart(corpus):
    london = plots.FAMILY_COLOURS["rec-"].lower()
    tl = plots.timeline(corpus)
    held = next(c for c in tl.fig.axes[0].collections if c.get_label() == "held")
    lanes = tl.data.loc[tl.data["status"] == "held", "family"].tolist()
    for colour, family in zip(held.get_edgecolors(), lanes, strict=True):
        assert to_hex(colour) == plots.FAMILY_COLOURS[family].lower()
    heat = plots.meetings_heatmap(corpus)
    ticks = {t.get_text(): to_hex(t.get_color()) for t in heat.fig.axes[0].get_yticklabels()}
    assert ticks["London Regional Executive Committee"] == london
    targets = plots.deferral_targets(corpus)
    rows = targets.data.reset_index(drop=True)
    i = rows.index[rows["to_body_id"] == "rec-london"][0]
    assert to_hex(targets.fig.axes[0].containers[0][i].get_facecolor()) == london


def test_deferral_chain_markers_are_the_data(corpus):
    r = plots.deferral_chains(corpus)
    ax = r.fig.axes[0]
    drawn = sorted((round(float(x), 3), int(round(y))) for c in ax.collections
                   for x, y in c.get_offsets())
    expected = sorted(zip(np.round(mdates.date2num(pd.to_datetime(r.data["x"])), 3),
                          r.data["row"], strict=True))
    assert drawn == expected
    assert r.data["chain_id"].nunique() == 5 and len(r.data) == 11
    notes = sorted(t.get_text() for t in ax.texts)
    assert "deferred 2×, 119 days" in notes


def test_deferral_targets_bars_are_the_data(corpus):
    r = plots.deferral_targets(corpus)
    assert [p.get_width() for p in r.fig.axes[0].containers[0]] == r.data["n_items"].tolist()
    assert r.data["n_items"].sum() == 7


def test_house_style_is_applied(corpus):
    r = plots.documents_by_status(corpus)
    ax = r.fig.axes[0]
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    assert to_hex(ax.get_yticklabels()[0].get_color()) == "#333333"
    assert r.fig.get_facecolor()[:3] == (1.0, 1.0, 1.0)


def test_plot_result_displays_as_png(corpus):
    r = plots.timeline(corpus)
    assert r._repr_png_() == r.png()
    assert r.png(dpi=50) != r.png()


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize(("chart", "kwargs"), CHARTS, ids=IDS)
def test_every_chart_lays_out_for_a_single_meeting(corpus, chart, kwargs):
    one = apply(corpus, Filters(body_ids=("nec-equalities",)))
    assert len(one.meetings) == 1
    chart(one, **kwargs)  # a collapsed layout warns, and the warning fails the test


def test_long_body_names_cannot_squeeze_a_chart(seed_build, tmp_path):
    """The seeds name working groups with long ids: every chart that labels bodies or
    meetings still lays out (a layout warning is an error here) and its CSV keeps the names."""
    import warnings

    from toolkit.export import export_result

    assert plots.short_label("x" * 50).endswith("…") and len(plots.short_label("x" * 50)) == plots.LABEL_MAX
    assert plots.short_label("nec-org") == "nec-org"
    corpus = seed_build[0] if isinstance(seed_build, tuple) else seed_build
    assert corpus.meetings["body_id"].str.len().max() > plots.LABEL_MAX
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        for chart in (plots.timeline, plots.meeting_activity, plots.meetings_heatmap):
            result = chart(corpus)
            export_result(result, out_dir=tmp_path)
    assert (tmp_path / "timeline.csv").read_text(encoding="utf-8").count("working-group") > 0
