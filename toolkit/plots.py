"""Charts of a Corpus in one house style. Each returns the figure *and* the data it drew.

Every chart function takes a ``Corpus`` (filtered with ``toolkit.analysis.filters.apply``
or not) and returns a :class:`PlotResult`: the matplotlib ``Figure``, the tidy DataFrame
of exactly what is drawn (flat columns: str, int, float; ready for CSV and Datawrapper),
a title that names the active filters, alt text, and the reports the numbers rest on.

House rules: one style (``toolkit/style/house.mplstyle``); one colour per body family
(:data:`FAMILY_COLOURS`, Okabe–Ito, colour-blind safe) in every chart; outcomes in
:data:`OUTCOME_COLOURS` (Tol's muted palette); a footnote naming the reports' publishers
and the filters. Figures are made with ``matplotlib.figure.Figure`` (not pyplot), so
they never pile up in pyplot's registry or display twice in a notebook.
"""

from __future__ import annotations

import contextlib
import functools
import io
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec

import matplotlib.dates as mdates
import matplotlib.style as mstyle
import networkx as nx
import numpy as np
import pandas as pd
import PIL.Image
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, PercentFormatter

from toolkit import vocab
from toolkit.analysis import deferrals as _deferrals
from toolkit.analysis import network as _network
from toolkit.analysis import overview as _overview
from toolkit.analysis import timeline as _timeline
from toolkit.analysis.filters import Filters, body_names, filters_of
from toolkit.analysis.periods import text_or_empty
from toolkit.analysis.sources import (
    SourceNote,
    all_report_ids,
    meeting_report_ids,
    source_note,
)
from toolkit.corpus import Corpus

#: The house style sheet.
STYLE_PATH = Path(__file__).resolve().parent / "style" / "house.mplstyle"

#: One colour per body family (``vocab.body_family``), Okabe–Ito: the same in every chart.
FAMILY_COLOURS: dict[str, str] = {
    "nec": "#D55E00",  # vermillion
    "nec-": "#CC79A7",  # reddish purple
    "rec-": "#0072B2",  # blue
    "conference": "#009E73",  # bluish green
    "other": "#999999",  # grey
}
#: Short legend labels of the body families.
FAMILY_LABELS: dict[str, str] = {
    "nec": "NEC",
    "nec-": "NEC committees",
    "rec-": "RECs",
    "conference": "Conferences",
    "other": "Other bodies",
}
#: One colour per outcome (Paul Tol's muted scheme, colour-blind safe).
OUTCOME_COLOURS: dict[str, str] = {
    "agreed": "#117733",
    "rejected": "#CC6677",
    "deferred": "#DDAA33",
    "referred": "#88CCEE",
    "noted": "#BBBBBB",
    "withdrawn": "#AA4499",
    "elected": "#332288",
}
#: Categorical colours for authors, publishers and communities (Tol's bright scheme);
#: anything past the list, and "other" buckets, are drawn in :data:`REST_COLOUR`.
CATEGORY_COLOURS: tuple[str, ...] = (
    "#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#000000",
)
REST_COLOUR = "#D9D9D9"
#: Colour of text that must stay quiet (notes, annotations).
QUIET = "#555555"
#: Resolution of the PNG shown in notebooks (exports are 300 dpi).
DISPLAY_DPI = 100

_P = ParamSpec("_P")


def house_style() -> contextlib.AbstractContextManager:
    """A context in which matplotlib uses the house style (for drawing and saving)."""
    return mstyle.context(STYLE_PATH)


def family_colour(body_id: str | None) -> str:
    """The colour of a body's family (see :data:`FAMILY_COLOURS`)."""
    return FAMILY_COLOURS[vocab.body_family(body_id)]


@dataclass
class PlotResult:
    """A chart and what it rests on.

    ``data`` is exactly what the chart draws (one row per bar, cell, point or node);
    ``report_ids`` are the reports behind the numbers, and ``source`` their publishers;
    ``filters`` the filters of the corpus drawn; ``name`` a file stem for exports;
    ``graph`` the network drawn, when the chart is one.
    """

    fig: Figure
    data: pd.DataFrame
    title: str
    alt_text: str
    report_ids: tuple[str, ...]
    name: str
    filters: Filters = field(default_factory=Filters)
    source: SourceNote = field(default_factory=lambda: SourceNote((), ()))
    graph: nx.Graph | None = None
    _display_png: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def publishers(self) -> tuple[str, ...]:
        """The publishers of the reports behind the chart, most reports first."""
        return tuple(p for p, _ in self.source.publishers)

    def png(self, dpi: int = DISPLAY_DPI) -> bytes:
        """The chart as PNG bytes at ``dpi`` (for display; exports use 300 dpi)."""
        if dpi == DISPLAY_DPI and self._display_png is not None:
            return self._display_png
        buf = io.BytesIO()
        with house_style():
            self.fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
        return buf.getvalue()

    def _repr_png_(self) -> bytes:
        return self.png()


def _styled(func: Callable[_P, PlotResult]) -> Callable[_P, PlotResult]:
    """Run a chart function inside the house style and draw its figure there once (tick
    labels are made at first draw, so they must be drawn while the style is active); the
    display PNG of that draw is kept, so showing the chart costs no second draw."""

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> PlotResult:
        with house_style():
            result = func(*args, **kwargs)
            result._display_png = _draw_once(result.fig)
        return result

    return wrapper


def _draw_once(fig: Figure) -> bytes:
    """Draw ``fig`` once on an Agg canvas at its own dpi (layout runs inside the draw) and
    return the PNG of that drawing; ``savefig`` would draw twice (layout pass, then render)."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    buf = io.BytesIO()
    PIL.Image.fromarray(np.asarray(canvas.buffer_rgba())).save(buf, format="png")
    return buf.getvalue()


#: Longest axis label drawn in full; the chart's CSV keeps every name whole.
LABEL_MAX = 36


def short_label(text: str, limit: int = LABEL_MAX) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, so that a long body name
    ("rec-london-working-group-embedded-immigration-officers") cannot squeeze the plot."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _figure(width: float, height: float, ncols: int = 1, **kw: Any) -> tuple[Figure, Any]:
    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(1, ncols, **kw)
    return fig, axes


def _finish(
    fig: Figure,
    *,
    what: str,
    corpus: Corpus,
    data: pd.DataFrame,
    alt_text: str,
    report_ids: Iterable[str],
    name: str,
    caveat: str = "",
    graph: nx.Graph | None = None,
) -> PlotResult:
    """Title (with the filters), footnote (source, filters, caveat) and the result."""
    filters = filters_of(corpus)
    title = f"{what} — {filters.describe()}"
    ids = tuple(sorted({r for r in report_ids if isinstance(r, str) and r}))
    source = source_note(corpus, ids)
    note = f"{source.summary()} Filters: {filters.describe()}."
    if caveat:
        note += f" {caveat}"
    width_chars = int(fig.get_figwidth() * 16)
    fig.suptitle("\n".join(textwrap.wrap(title, int(fig.get_figwidth() * 9))), x=0.01,
                 ha="left")
    lines = textwrap.wrap(note, width_chars)
    fig.text(0.01, 0.01, "\n".join(lines), ha="left", va="bottom", fontsize=8, color=QUIET)
    reserved = (len(lines) * 8 * 1.3 + 8) / 72 / fig.get_figheight()
    fig.get_layout_engine().set(rect=(0, reserved, 1, 1 - reserved))
    return PlotResult(
        fig=fig, data=data.reset_index(drop=True), title=title, alt_text=alt_text,
        report_ids=ids, name=name, filters=filters, source=source, graph=graph,
    )


def _empty(ax: Axes, message: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", color=QUIET, transform=ax.transAxes)


def _category_colours(keys: list[str], rest: Iterable[str] = ()) -> dict[str, str]:
    rest = set(rest)
    colours: dict[str, str] = {}
    k = 0
    for key in keys:
        if key in rest or k >= len(CATEGORY_COLOURS):
            colours[key] = REST_COLOUR
        else:
            colours[key] = CATEGORY_COLOURS[k]
            k += 1
    return colours


def _counts(values: Iterable[tuple[str, int]]) -> str:
    return ", ".join(f"{k} {v}" for k, v in values)


# --------------------------------------------------------------------------- overview


@_styled
def documents_by_status(corpus: Corpus) -> PlotResult:
    """Documents per status (``documents.status``), one bar each.

    ``data``: ``status, n_documents`` in vocabulary order, one row per bar.
    """
    data = _overview.documents_by_status(corpus)[["status", "n_documents"]]
    fig, ax = _figure(8, 1.8 + 0.4 * max(len(data), 1))
    if data.empty:
        _empty(ax, "No document in this selection")
    else:
        y = np.arange(len(data))
        colours = [FAMILY_COLOURS["rec-"] if s == "ok" else REST_COLOUR for s in data["status"]]
        bars = ax.barh(y, data["n_documents"], color=colours, label="documents")
        ax.bar_label(bars, padding=3, color=QUIET, fontsize=9)
        ax.set_yticks(y, data["status"])
        ax.invert_yaxis()
        ax.set_xlabel("documents")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
    alt = (f"Bar chart of {int(data['n_documents'].sum())} documents by status: "
           f"{_counts(zip(data['status'], data['n_documents'], strict=True))}.")
    return _finish(fig, what="Documents by status", corpus=corpus, data=data, alt_text=alt,
                   report_ids=all_report_ids(corpus), name="documents-by-status",
                   caveat="Failed documents and why are listed in the table below the chart.")


@_styled
def reports_by_year(corpus: Corpus, by: str = "author", top: int = 7) -> PlotResult:
    """Reports per publication year, stacked by ``by`` (``author`` or ``publisher``).

    The ``top`` authors or publishers with most reports get their own colour, the rest
    are summed as "other". Every year of the corpus's span has a column, so a year with
    no report shows as an empty one. ``data``: ``year`` and one column per stacked series,
    in drawing order (bottom first), one row per bar.
    """
    long = _overview.reports_by_year(corpus, by=by)
    span = _overview.year_span(corpus)
    years = list(range(span[0], span[1] + 1)) if span else []
    totals = long.groupby(by)["n_reports"].sum().sort_values(ascending=False, kind="stable")
    ranked = sorted(totals.index, key=lambda k: (-totals[k], k))
    special = [k for k in ranked if k == _overview.NO_AUTHOR]
    keep = [k for k in ranked if k not in special][:top]
    other = f"other {by}s"
    wide = long.assign(key=long[by].where(long[by].isin(keep + special), other))
    wide = wide.pivot_table(index="year", columns="key", values="n_reports", aggfunc="sum")
    series = keep + ([other] if other in wide.columns else []) + special
    wide = wide.reindex(index=years, columns=series, fill_value=0).fillna(0).astype("int64")
    data = wide.rename_axis(index="year", columns=None).reset_index()

    fig, ax = _figure(9, 5)
    if data.empty or not series:
        _empty(ax, "No dated report in this selection")
    else:
        colours = _category_colours(series, rest=[other, *special])
        bottom = np.zeros(len(data))
        for key in series:
            ax.bar(data["year"], data[key], bottom=bottom, color=colours[key], label=key,
                   width=0.7)
            bottom += data[key].to_numpy()
        ax.set_xticks(data["year"], [str(y) for y in data["year"]])
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("reports" if by == "publisher" else "reports per author")
        ax.grid(axis="y")
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title=by.capitalize())
    n_reports = long["n_reports"].sum() if by == "publisher" else None
    empty_years = [str(y) for y in years if y not in set(long["year"])]
    alt = f"Stacked bar chart of reports per publication year by {by}"
    alt += f", {n_reports} reports in all" if n_reports is not None else ""
    alt += f"; years with no report: {', '.join(empty_years)}." if empty_years else "."
    caveat = ("A report with several authors counts once for each. " if by == "author" else "")
    caveat += "A year with few reports is not a quiet year: it is one little reported."
    src = _overview.report_sources(corpus)
    return _finish(fig, what=f"Reports by year and {by}", corpus=corpus, data=data,
                   alt_text=alt, report_ids=src.loc[src["year"].notna(), "report_id"],
                   name=f"reports-by-year-{by}", caveat=caveat)


@_styled
def meetings_heatmap(corpus: Corpus) -> PlotResult:
    """Meetings per body (rows, lane order) and year (columns), as a heat map with the
    counts written in.

    ``data``: ``body_id, body`` and one column per year (every year of the span), one
    row per heat-map row; the cell values are those of the image.
    """
    long = _overview.meetings_by_body_year(corpus)
    span = _overview.year_span(corpus)
    years = list(range(span[0], span[1] + 1)) if span else []
    order = _timeline.lanes(corpus)[["body_id", "lane"]]
    wide = long.pivot_table(index="body_id", columns="year", values="n_meetings", aggfunc="sum")
    wide = wide.reindex(index=order["body_id"], columns=years, fill_value=0).fillna(0)
    wide = wide.astype("int64")
    data = pd.DataFrame({"body_id": order["body_id"].to_numpy(), "body": order["lane"].to_numpy()})
    for y in years:
        data[str(y)] = wide[y].to_numpy() if len(wide) else []

    fig, ax = _figure(max(6.0, 2.8 + 0.7 * len(years)), 1.8 + 0.45 * max(len(data), 1))
    values = data[[str(y) for y in years]].to_numpy(dtype=float)
    if values.size == 0:
        _empty(ax, "No dated meeting in this selection")
    else:
        vmax = max(values.max(), 1)
        ax.imshow(values, aspect="auto", vmin=0, vmax=vmax, interpolation="nearest")
        for (i, j), v in np.ndenumerate(values):
            if v:
                ax.text(j, i, f"{int(v)}", ha="center", va="center", fontsize=9,
                        color="white" if v > 0.55 * vmax else "#222222")
        ax.set_xticks(range(len(years)), [str(y) for y in years])
        ax.set_yticks(range(len(data)), [short_label(b) for b in data["body"]])
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.xaxis.tick_top()
        for tick, body_id in zip(ax.get_yticklabels(), data["body_id"], strict=True):
            tick.set_color(family_colour(body_id))
    n = int(values.sum()) if values.size else 0
    alt = (f"Heat map of {n} dated meetings of {len(data)} bodies by year "
           f"({years[0]}–{years[-1]})." if years else "Heat map with no dated meeting.")
    empty_cells = int((values == 0).sum()) if values.size else 0
    alt += f" {empty_cells} body-years have no reported meeting." if empty_cells else ""
    return _finish(fig, what="Meetings by body and year", corpus=corpus, data=data,
                   alt_text=alt, report_ids=_meeting_reports(corpus), name="meetings-heatmap",
                   caveat="Body names are coloured by family. An empty cell means no "
                          "report describes a meeting, not that none took place.")


def _meeting_reports(corpus: Corpus) -> list[str]:
    return meeting_report_ids(corpus.meetings)


# --------------------------------------------------------------------------- timeline

_STATUS_MARKERS = {"held": "o", "scheduled": "o", "cancelled": "X"}


@_styled
def timeline(corpus: Corpus) -> PlotResult:
    """Meetings across time, one lane per body (NEC and each committee, each REC, …).

    Held meetings are filled circles, scheduled ones hollow circles, cancelled ones
    crosses, in the colour of the body's family; marker area grows with the number of
    reports describing the meeting. A meeting dated only to a month or year is drawn as a
    bar over that period with its marker in the middle. ``data``: one row per marker:
    ``meeting_id, body_id, lane, lane_no, family, date, date_precision, status,
    n_reports, n_items, x, x_start, x_end`` (``x*`` ISO dates; ``lane_no`` the row from
    the top).
    """
    tl = _timeline.meeting_timeline(corpus)
    lanes = _timeline.lanes(corpus)
    tl = tl.merge(lanes[["body_id", "lane_no"]], on="body_id", how="left")
    undated = int(tl["when"].isna().sum())
    tl = tl.loc[tl["when"].notna()].copy()
    end = tl["when_end"] + pd.Timedelta(days=1)
    mid = tl["when"] + (end - tl["when"]) / 2
    tl["x"] = np.where(tl["date_precision"] == "day", tl["when"], mid)
    tl["x"] = pd.to_datetime(tl["x"]).dt.normalize()
    data = pd.DataFrame({
        "meeting_id": tl["meeting_id"],
        "body_id": tl["body_id"],
        "lane": tl["lane"],
        "lane_no": tl["lane_no"].astype("int64"),
        "family": tl["family"],
        "date": tl["date"],
        "date_precision": tl["date_precision"],
        "status": tl["status"],
        "n_reports": tl["n_reports"],
        "n_items": tl["n_items"],
        "x": tl["x"].dt.strftime("%Y-%m-%d"),
        "x_start": tl["when"].dt.strftime("%Y-%m-%d"),
        "x_end": tl["when_end"].dt.strftime("%Y-%m-%d"),
    })

    fig, ax = _figure(10, 1.9 + 0.5 * max(len(lanes), 1))
    if data.empty:
        _empty(ax, "No dated meeting in this selection")
    else:
        x = mdates.date2num(pd.to_datetime(data["x"]))
        sizes = 30 + 30 * (data["n_reports"].clip(1, 6) - 1)
        colours = data["family"].map(FAMILY_COLOURS).fillna(FAMILY_COLOURS["other"])
        spans = data["date_precision"] != "day"
        if spans.any():
            ax.hlines(data.loc[spans, "lane_no"],
                      mdates.date2num(pd.to_datetime(data.loc[spans, "x_start"])),
                      mdates.date2num(pd.to_datetime(data.loc[spans, "x_end"])) + 1,
                      colors=colours[spans], linewidth=4, alpha=0.35)
        for status, marker in _STATUS_MARKERS.items():
            sel = (data["status"] == status).to_numpy()
            if not sel.any():
                continue
            face = colours[sel] if status != "scheduled" else "white"
            ax.scatter(x[sel], data.loc[sel, "lane_no"], s=sizes[sel], marker=marker,
                       facecolors=face, edgecolors=colours[sel], linewidths=1.4,
                       label=status, zorder=3)
        ax.set_yticks(lanes["lane_no"], [short_label(b) for b in lanes["lane"]])
        for tick, body_id in zip(ax.get_yticklabels(), lanes["body_id"], strict=True):
            tick.set_color(family_colour(body_id))
        ax.set_ylim(len(lanes) - 0.5, -0.5)
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x")
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        handles = [
            Line2D([], [], marker="o", linestyle="", color="#666666", label="held"),
            Line2D([], [], marker="o", linestyle="", markerfacecolor="white",
                   markeredgecolor="#666666", label="scheduled"),
            Line2D([], [], marker="X", linestyle="", color="#666666", label="cancelled"),
        ]
        families = [f for f in FAMILY_COLOURS if f in set(data["family"])]
        handles += [Patch(color=FAMILY_COLOURS[f], label=FAMILY_LABELS[f]) for f in families]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    counts = data["status"].value_counts()
    alt = (f"Timeline of {len(data)} dated meetings in {data['body_id'].nunique()} bodies"
           + (f", {data['x_start'].min()} to {data['x_end'].max()}" if len(data) else "")
           + ": " + _counts((s, int(counts.get(s, 0))) for s in vocab.MEETING_STATUSES) + ".")
    if undated:
        alt += f" {undated} undated meetings are not shown."
    return _finish(fig, what="Meetings by body over time", corpus=corpus, data=data,
                   alt_text=alt, report_ids=_meeting_reports(corpus), name="timeline",
                   caveat="Larger markers: more reports describe the meeting. A bar marks a "
                          "meeting dated only to the month.")


@_styled
def meeting_activity(corpus: Corpus, max_meetings: int = 40) -> PlotResult:
    """Items decided per meeting by outcome (left) and reports per meeting (right), for
    the ``max_meetings`` latest dated meetings, oldest at the top.

    Items count ``item_id`` (an item told by two reports once). ``data``: one row per
    meeting (bar): ``meeting_id, label, body_id, date, status, n_reports, n_items`` and one
    column per outcome.
    """
    tl = _timeline.meeting_timeline(corpus)
    tl = tl.loc[tl["when"].notna()].sort_values(["when", "meeting_id"], kind="stable")
    shown = tl.tail(max_meetings)
    data = pd.DataFrame({
        "meeting_id": shown["meeting_id"],
        "label": shown["date"] + " " + shown["body_id"],
        "body_id": shown["body_id"],
        "date": shown["date"],
        "status": shown["status"],
        "n_reports": shown["n_reports"],
        "n_items": shown["n_items"],
        **{o: shown[o] for o in vocab.OUTCOMES},
    })
    fig, (left, right) = _figure(10, 3.4 + 0.3 * max(len(data), 1), ncols=2, sharey=True,
                                 width_ratios=[3, 1])
    if data.empty:
        _empty(left, "No dated meeting in this selection")
        right.set_axis_off()
    else:
        y = np.arange(len(data))
        start = np.zeros(len(data))
        for outcome in vocab.OUTCOMES:
            left.barh(y, data[outcome], left=start, color=OUTCOME_COLOURS[outcome],
                      label=outcome, height=0.7)
            start += data[outcome].to_numpy()
        left.set_yticks(y, [short_label(b) for b in data["label"]])
        for tick, body_id in zip(left.get_yticklabels(), data["body_id"], strict=True):
            tick.set_color(family_colour(body_id))
        left.set_ylim(len(data) - 0.5, -0.5)
        left.set_xlabel("items decided")
        left.xaxis.set_major_locator(MaxNLocator(integer=True))
        left.grid(axis="x")
        left.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=len(vocab.OUTCOMES),
                    fontsize=9, handlelength=1.2, columnspacing=1.0, borderaxespad=0.3)
        bars = right.barh(y, data["n_reports"], color="#777777", height=0.7, label="reports")
        right.bar_label(bars, padding=2, fontsize=8, color=QUIET)
        right.set_xlabel("reports")
        right.xaxis.set_major_locator(MaxNLocator(integer=True))
        right.tick_params(axis="y", length=0)
    more = len(tl) - len(data)
    alt = (f"Bar charts of {len(data)} meetings: {int(data['n_items'].sum())} items decided "
           f"by outcome ("
           + _counts((o, int(data[o].sum())) for o in vocab.OUTCOMES if data[o].sum())
           + ") and the reports describing each meeting.")
    if more > 0:
        alt += f" {more} earlier meetings are not shown."
    reports = set(text_or_empty(corpus.decisions["report_id"])) | set(
        _meeting_reports(corpus)
    )
    return _finish(fig, what="Items decided and reports per meeting", corpus=corpus,
                   data=data, alt_text=alt, report_ids=reports, name="meeting-activity",
                   caveat="Items are counted once however many reports record them.")


# --------------------------------------------------------------------------- network


@_styled
def co_attendance(
    corpus: Corpus, kind: str = "person", seed: int = 7, max_labels: int = 15
) -> PlotResult:
    """The co-attendance network of ``kind`` (``person`` or ``organisation``).

    Node area grows with meetings taken part in, colour marks the community, edge width
    the meetings shared; the most central nodes (weighted degree, betweenness) are
    labelled (all of them up to ``max_labels`` nodes). The layout is seeded: the same
    corpus, filters and ``seed`` give the same picture. ``data``: one row per node drawn:
    ``node, label, x, y, n_meetings, degree, weighted_degree, betweenness, community,
    labelled``; the graph itself is ``result.graph`` (exported as GraphML and GEXF).
    """
    g = _network.co_attendance_graph(corpus, kind)
    metrics = _network.metrics(g)
    pos = _network.layout(g, seed=seed)
    metrics["x"] = metrics["node"].map(lambda n: pos[n][0])
    metrics["y"] = metrics["node"].map(lambda n: pos[n][1])
    labelled = _label_choice(metrics, max_labels)
    metrics["labelled"] = metrics["node"].isin(labelled)
    data = metrics[["node", "label", "x", "y", "n_meetings", "degree", "weighted_degree",
                    "betweenness", "community", "labelled"]].copy()

    fig, ax = _figure(9, 7)
    ax.set_axis_off()
    if data.empty:
        _empty(ax, f"No {kind} named as taking part in this selection")
    else:
        if g.number_of_edges():
            wmax = max(w for _, _, w in g.edges(data="weight"))
            segments = [(pos[a], pos[b]) for a, b in g.edges]
            widths = [0.6 + 3.0 * w / wmax for _, _, w in g.edges(data="weight")]
            ax.add_collection(LineCollection(segments, linewidths=widths, colors="#8c8c8c",
                                             alpha=0.55, zorder=1))
        n_comm = int(data["community"].max())
        palette = {k: (CATEGORY_COLOURS[k - 1] if k <= len(CATEGORY_COLOURS) else REST_COLOUR)
                   for k in range(1, n_comm + 1)}
        ax.scatter(data["x"], data["y"], s=60 + 40 * np.sqrt(data["n_meetings"]),
                   c=data["community"].map(palette), edgecolors="white", linewidths=1.0,
                   zorder=2)
        for row in data.loc[data["labelled"]].itertuples():
            ax.annotate(row.label, (row.x, row.y), xytext=(0, 7), textcoords="offset points",
                        ha="center", va="bottom", fontsize=9, color="#222222", zorder=3)
        ax.margins(0.12)
        ax.set_aspect("equal", adjustable="datalim")
        handles = [Line2D([], [], marker="o", linestyle="", color=palette[k],
                          label=f"community {k}") for k in sorted(palette)[:len(CATEGORY_COLOURS)]]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    top = ", ".join(data.head(3)["label"].astype(str))
    alt = (f"Network of {len(data)} {kind}s with {g.number_of_edges()} links; a link joins "
           f"two {kind}s who took part in the same meeting. Most connected: {top}."
           if len(data) else f"Empty {kind} network.")
    caveat = ("Named as taking part is not attendance; a report's author is a hub by "
              "construction. Link width: meetings shared.")
    what = "People who took part in the same meetings" if kind == "person" else (
        "Organisations whose members took part in the same meetings")
    return _finish(fig, what=what, corpus=corpus, data=data, alt_text=alt,
                   report_ids=_network.report_ids_of(g), name=f"co-attendance-{kind}",
                   caveat=caveat, graph=g)


def _label_choice(metrics: pd.DataFrame, max_labels: int) -> set[str]:
    """Nodes to label: most central first (weighted degree, then betweenness), at most
    ``max_labels``, skipping a node whose label would sit on one already placed (closer
    than a fraction of the drawing's extent in x and y)."""
    if metrics.empty:
        return set()
    span_x = float(metrics["x"].max() - metrics["x"].min()) or 1.0
    span_y = float(metrics["y"].max() - metrics["y"].min()) or 1.0
    order = metrics.sort_values(["weighted_degree", "betweenness", "node"],
                                ascending=[False, False, True])
    placed: list[tuple[float, float]] = []
    chosen: set[str] = set()
    for row in order.itertuples():
        if len(chosen) >= max_labels:
            break
        if any(abs(row.x - x) < 0.16 * span_x and abs(row.y - y) < 0.05 * span_y
               for x, y in placed):
            continue
        placed.append((row.x, row.y))
        chosen.add(row.node)
    return chosen


# --------------------------------------------------------------------------- deferrals


@_styled
def deferral_rates(corpus: Corpus, by: str = "body_id") -> PlotResult:
    """Deferral rate (deferred items ÷ all items) by ``by``: ``body_id``, ``year`` or
    ``publisher``, one bar each with "deferred of items" written beside it.

    ``data``: ``key, label, n_items, n_deferred, rate, rate_percent, n_reports,
    publishers``, one row per bar (``rate_percent`` is the bar length).
    """
    rates = _deferrals.deferral_rates(corpus, by)
    data = pd.DataFrame({
        "key": rates[by].astype("str"),
        "label": rates["label"].astype("str"),
        "n_items": rates["n_items"].astype("int64"),
        "n_deferred": rates["n_deferred"].astype("int64"),
        "rate": rates["rate"].astype(float),
        "rate_percent": (100 * rates["rate"].astype(float)).round(1),
        "n_reports": rates["n_reports"].astype("int64"),
        "publishers": rates["publishers"].astype("str"),
    })
    fig, ax = _figure(8.5, 1.9 + 0.45 * max(len(data), 1))
    if data.empty:
        _empty(ax, "No item decided in this selection")
    else:
        y = np.arange(len(data))
        if by == "body_id":
            colours = [family_colour(b) for b in data["key"]]
        else:
            colours = [OUTCOME_COLOURS["deferred"]] * len(data)
        bars = ax.barh(y, data["rate_percent"], color=colours, label="deferral rate")
        ax.bar_label(bars, labels=[f"{k} of {n}" for k, n in
                                   zip(data["n_deferred"], data["n_items"], strict=True)],
                     padding=3, fontsize=9, color=QUIET)
        ax.set_yticks(y, [short_label(b) for b in data["label"]])
        ax.set_ylim(len(data) - 0.5, -0.5)
        ax.set_xlim(0, max(100.0, float(data["rate_percent"].max()) * 1.15))
        ax.xaxis.set_major_formatter(PercentFormatter(100))
        ax.set_xlabel("deferred items as a share of all items")
        ax.grid(axis="x")
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
    label = {"body_id": "body", "year": "year", "publisher": "publisher"}[by]
    alt = (f"Bar chart of the deferral rate by {label}: "
           + "; ".join(f"{lab} {k} of {n} items" for lab, k, n in
                       zip(data["label"], data["n_deferred"], data["n_items"], strict=True))
           + ".")
    caveat = "Items are counted once however many reports record them."
    if by == "publisher":
        caveat += " An item told by two publishers counts under each."
    return _finish(fig, what=f"Deferral rate by {label}", corpus=corpus, data=data,
                   alt_text=alt, report_ids=text_or_empty(corpus.decisions["report_id"]),
                   name=f"deferral-rate-by-{label}", caveat=caveat)


@_styled
def deferral_targets(corpus: Corpus) -> PlotResult:
    """Where deferred items go: items per (deferring body → target body), one bar each,
    coloured by the target's family.

    ``data``: ``from_body_id, to_body_id, label, n_items, n_dated_to_day,
    median_days_until``, one row per bar.
    """
    t = _deferrals.deferral_targets(corpus)
    names = body_names(corpus)
    data = pd.DataFrame({
        "from_body_id": t["from_body_id"].astype("str"),
        "to_body_id": t["to_body_id"].astype("str"),
        "label": [f"{names.get(a, a)} → {names.get(b, b)}"
                  for a, b in zip(t["from_body_id"], t["to_body_id"], strict=True)],
        "n_items": t["n_items"].astype("int64"),
        "n_dated_to_day": t["n_dated_to_day"].astype("int64"),
        "median_days_until": t["median_days_until"].astype(float),
    })
    fig, ax = _figure(9, 1.9 + 0.45 * max(len(data), 1))
    if data.empty:
        _empty(ax, "No deferred item in this selection")
    else:
        y = np.arange(len(data))
        colours = [REST_COLOUR if b == _deferrals.NO_TARGET else family_colour(b)
                   for b in data["to_body_id"]]
        bars = ax.barh(y, data["n_items"], color=colours, label="deferred items")
        ax.bar_label(bars, padding=3, fontsize=9, color=QUIET)
        ax.set_yticks(y, [short_label(b) for b in data["label"]])
        ax.set_ylim(len(data) - 0.5, -0.5)
        ax.set_xlabel("deferred items")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
    alt = ("Bar chart of deferred items by where they were sent: "
           + "; ".join(f"{lab}: {n}" for lab, n in
                       zip(data["label"], data["n_items"], strict=True)) + ".")
    d = _deferrals.deferred_items(corpus)
    ids = [r for cell in d["report_ids"] for r in str(cell).split("; ") if r]
    return _finish(fig, what="Where deferred items go", corpus=corpus, data=data,
                   alt_text=alt, report_ids=ids, name="deferral-targets",
                   caveat=f"{_deferrals.NO_TARGET}: the report names no body; the item is "
                          "looked for at the deferring body.")


@_styled
def deferral_chains(corpus: Corpus, min_similarity: float = _deferrals.MIN_SIMILARITY
                    ) -> PlotResult:
    """Deferral chains over time: one row per chain, a marker per meeting the item came
    to (coloured by its outcome there), joined by a line; days and times deferred written
    at the end.

    ``data``: one row per marker: ``chain_id, row, step, item_id, meeting_id, body_id,
    date, x, outcome, subject`` (``x`` ISO date, ``row`` the chain's row from the top).
    """
    steps = _deferrals.chain_steps(corpus, min_similarity)
    chains = _deferrals.deferral_chains(corpus, min_similarity)
    row_of = {c: k for k, c in enumerate(chains["chain_id"])}
    data = pd.DataFrame({
        "chain_id": steps["chain_id"].astype("str"),
        "row": steps["chain_id"].map(row_of).astype("int64"),
        "step": steps["step"].astype("int64"),
        "item_id": steps["item_id"].astype("str"),
        "meeting_id": steps["meeting_id"].astype("str"),
        "body_id": steps["body_id"].astype("str"),
        "date": steps["date"].astype("str"),
        "x": pd.to_datetime(steps["when"]).dt.strftime("%Y-%m-%d"),
        "outcome": steps["outcome"].astype("str"),
        "subject": steps["subject"].astype("str"),
    })
    fig, ax = _figure(10, 1.9 + 0.55 * max(len(chains), 1))
    if data.empty:
        _empty(ax, "No deferral chain in this selection")
    else:
        x = mdates.date2num(pd.to_datetime(data["x"]))
        for chain_id in row_of:
            sel = (data["chain_id"] == chain_id).to_numpy()
            ax.plot(x[sel], data.loc[sel, "row"], color=family_colour(
                data.loc[sel, "body_id"].iloc[0]), linewidth=2, alpha=0.6, zorder=1)
        for outcome in vocab.OUTCOMES:
            sel = (data["outcome"] == outcome).to_numpy()
            if sel.any():
                ax.scatter(x[sel], data.loc[sel, "row"], s=60, color=OUTCOME_COLOURS[outcome],
                           edgecolors="#333333", linewidths=0.6, label=outcome, zorder=2)
        labels = [textwrap.shorten(s, 38, placeholder="…") for s in chains["subject"]]
        ax.set_yticks(range(len(chains)), labels)
        ax.set_ylim(len(chains) - 0.5, -0.5)
        last_x = {c: x[(data["chain_id"] == c).to_numpy()].max() for c in row_of}
        for c, times, days in zip(chains["chain_id"], chains["times_deferred"],
                                  chains["days_deferred"], strict=True):
            text = f"deferred {times}×" + (f", {int(days)} days" if pd.notna(days) else "")
            ax.annotate(text, (last_x[c], row_of[c]), xytext=(8, 0), textcoords="offset points",
                        va="center", fontsize=9, color=QUIET)
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x")
        ax.margins(x=0.15)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        ax.legend(title="outcome at the meeting", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    alt = (f"Chart of {len(chains)} deferral chains: "
           + "; ".join(f"{s}, deferred {t} times" for s, t in
                       zip(chains["subject"], chains["times_deferred"], strict=True)) + "."
           if len(chains) else "No deferral chain in this selection.")
    ids = [r for cell in chains["report_ids"] for r in cell]
    return _finish(fig, what="Deferral chains: items deferred and taken up later",
                   corpus=corpus, data=data, alt_text=alt, report_ids=ids,
                   name="deferral-chains",
                   caveat="An item is matched to a later one at the target body by a similar "
                          "subject; check the quotes before relying on a chain.")
