"""The filter bar every notebook shares, and the chart and table panels it redraws.

In a notebook::

    bar = FilterBar(corpus)                        # year range, bodies, person search
    bar                                            # shows the bar
    bar.chart(plots.timeline)                      # a chart that follows the bar
    bar.table(overview.coverage_gaps)              # a table that follows the bar
    bar.export_all()                               # every panel's current view to figures/

Changing any filter applies it once (``bar.filtered``) and redraws every panel in place:
each panel's ``Output`` widget gets the new PNG or HTML table (the figure is then closed,
so figures never pile up). The widget objects are attributes, so tests and scripts can
set ``bar.year.value``, ``bar.body.value`` or ``bar.person.value`` and then read
``panel.result`` (the :class:`toolkit.plots.PlotResult` or :class:`TableResult` drawn).
All options come from the corpus's own tables (``filter_options``).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ipywidgets as W
import matplotlib.pyplot as plt
import pandas as pd

from toolkit import export as _export
from toolkit.analysis.filters import (
    BODY_GROUPS,
    FilterOptions,
    Filters,
    apply,
    filter_options,
)
from toolkit.analysis.sources import SourceNote, all_report_ids, source_note
from toolkit.corpus import Corpus
from toolkit.plots import PlotResult

#: Prefix of the body-list entries that stand for a whole group.
GROUP_PREFIX = "group:"
#: Rows of a table shown in a panel (the export has all of them).
TABLE_ROWS = 60


@dataclass
class TableResult:
    """A table as a panel shows it: the ``data``, its ``title``, the ``filters`` used and
    the ``source`` (reports and publishers) it rests on."""

    data: pd.DataFrame
    title: str
    name: str
    filters: Filters = field(default_factory=Filters)
    source: SourceNote = field(default_factory=lambda: SourceNote((), ()))


def body_choices(options: FilterOptions) -> list[tuple[str, str]]:
    """The body list of the filter bar as ``(label, value)`` pairs: for each group (NEC
    and committees, RECs, other bodies) a header entry ``group:KEY`` that selects the whole
    group, then its bodies (value: ``body_id``)."""
    choices: list[tuple[str, str]] = []
    for key, bodies in options.groups().items():
        choices.append((f"▸ {BODY_GROUPS[key]} (all)", GROUP_PREFIX + key))
        choices += [(f"\u2003{b.name} ({b.body_id})", b.body_id) for b in bodies]
    return choices


def selected_bodies(values: Sequence[str], options: FilterOptions) -> tuple[str, ...]:
    """Body ids meant by the selected body-list ``values``: group headers expand to their
    bodies; the result is sorted and unique (empty: no body filter)."""
    groups = options.groups()
    ids: set[str] = set()
    for v in values:
        if v.startswith(GROUP_PREFIX):
            ids.update(b.body_id for b in groups.get(v[len(GROUP_PREFIX):], []))
        else:
            ids.add(v)
    return tuple(sorted(ids))


class FilterBar(W.VBox):
    """Year range slider, grouped body list and (optionally) person search over one
    corpus, with the panels that follow them.

    Attributes: ``corpus`` (unfiltered), ``options`` (:class:`FilterOptions`), ``year``
    (IntRangeSlider), ``body`` (SelectMultiple), ``person`` (Combobox, or None),
    ``reset`` (Button), ``summary`` (HTML line of what the selection holds), ``panels``.
    ``filters`` is the current :class:`Filters`; ``filtered`` the corpus they keep.
    """

    def __init__(
        self,
        corpus: Corpus,
        *,
        years: tuple[int, int] | None = None,
        bodies: Sequence[str] = (),
        person: str = "",
        person_search: bool = True,
    ) -> None:
        corpus = corpus.one_row_per_meeting()  # one real meeting, one row (Corpus doc)
        self.corpus = corpus
        self.options = filter_options(corpus)
        self.panels: list[ChartPanel | TablePanel] = []
        lo, hi = self.options.years or (0, 0)
        start = years if years is not None else (lo, hi)
        self.year = W.IntRangeSlider(
            value=(max(lo, min(start)), min(hi, max(start))), min=lo, max=hi, step=1,
            description="Years", continuous_update=False, disabled=self.options.years is None,
            layout=W.Layout(width="420px"),
        )
        choices = body_choices(self.options)
        valid = {v for _, v in choices}
        self.body = W.SelectMultiple(
            options=choices, value=tuple(b for b in bodies if b in valid),
            rows=min(max(len(choices), 3), 10), description="Bodies",
            layout=W.Layout(width="420px"),
        )
        self.person: W.Combobox | None = None
        if person_search:
            self.person = W.Combobox(
                value=person, options=list(self.options.people), ensure_option=False,
                placeholder="name or part of one", description="Person",
                continuous_update=False, layout=W.Layout(width="420px"),
            )
        self.reset = W.Button(description="All", tooltip="Clear every filter", icon="undo")
        self.summary = W.HTML()
        controls = [self.year, self.body] + ([self.person] if self.person else [])
        super().__init__(children=[W.HBox([W.VBox(controls), self.reset]), self.summary])
        self._last: Filters | None = None
        self._filtered = apply(corpus, self.filters)
        for w in controls:
            w.observe(self._changed, names="value")
        self.reset.on_click(self._reset)
        self._update_summary()

    @property
    def filters(self) -> Filters:
        """The filters the widgets show now (a full year range means no year filter)."""
        years: tuple[int, int] | None = tuple(self.year.value)  # type: ignore[assignment]
        if self.options.years is None or years == self.options.years:
            years = None
        person = self.person.value if self.person is not None else ""
        return Filters(years=years, body_ids=selected_bodies(self.body.value, self.options),
                       person=person)

    @property
    def filtered(self) -> Corpus:
        """The corpus cut down by the current filters (computed once per change)."""
        current = self.filters
        if self._filtered.filters != current:  # type: ignore[attr-defined]
            self._filtered = apply(self.corpus, current)
        return self._filtered

    def chart(self, plot: Callable[..., PlotResult], *, name: str | None = None,
              **kwargs: Any) -> ChartPanel:
        """A :class:`ChartPanel` drawing ``plot(bar.filtered, **kwargs)`` now and after
        every filter change; shown when it is a cell's value."""
        panel = ChartPanel(plot, kwargs, name=name)
        self.panels.append(panel)
        panel.refresh(self.filtered)
        return panel

    def table(self, table: Callable[..., pd.DataFrame], *, title: str | None = None,
              name: str | None = None, **kwargs: Any) -> TablePanel:
        """A :class:`TablePanel` showing ``table(bar.filtered, **kwargs)`` now and after
        every filter change."""
        panel = TablePanel(table, kwargs, title=title, name=name)
        self.panels.append(panel)
        panel.refresh(self.filtered)
        return panel

    def redraw(self) -> None:
        """Redraw every panel for the current filters."""
        corpus = self.filtered
        self._update_summary()
        for panel in self.panels:
            panel.refresh(corpus)

    def export_all(self, out_dir: str | Path | None = None) -> list[Path]:
        """Export every panel's current chart or table (see ``toolkit.export``); returns
        the paths written."""
        paths: list[Path] = []
        for panel in self.panels:
            paths += panel.export(out_dir)
        return paths

    def _changed(self, _change: dict) -> None:
        current = self.filters
        if current == self._last:
            return
        self._last = current
        self.redraw()

    def _reset(self, _button: W.Button | None = None) -> None:
        with self.hold_trait_notifications():
            if self.options.years is not None:
                self.year.value = self.options.years
            self.body.value = ()
            if self.person is not None:
                self.person.value = ""
        self._changed({})

    def _update_summary(self) -> None:
        c = self.filtered
        note = source_note(c, all_report_ids(c))
        self.summary.value = (
            f"<small><b>{html.escape(self.filters.describe())}</b>: "
            f"{c.meetings['meeting_id'].nunique()} meetings, "
            f"{c.decisions['item_id'].nunique()} items decided; "
            f"{html.escape(note.summary())}</small>"
        )


class _Panel(W.VBox):
    """What a chart panel and a table panel share: an ``output``, an ``export_button``
    whose tooltip says what it writes, and a ``status`` line saying what Export did.
    Subclasses give ``export()`` and the words for a successful export."""

    def __init__(self, tooltip: str) -> None:
        self.error: str = ""
        self.output = W.Output()
        self.export_button = W.Button(description="Export", icon="download", tooltip=tooltip)
        self.status = W.HTML()
        self.export_button.on_click(lambda _b: self._export_clicked())
        super().__init__(children=[self.output, W.HBox([self.export_button, self.status])])

    def export(self, out_dir: str | Path | None = None) -> list[Path]:
        raise NotImplementedError

    def _written(self, paths: list[Path]) -> str:
        raise NotImplementedError

    def _export_clicked(self) -> None:
        try:
            paths = self.export()
        except OSError as exc:
            self.status.value = f"<small>Export failed: {html.escape(str(exc))}</small>"
            return
        self.status.value = self._written(paths)


class ChartPanel(_Panel):
    """A chart that follows a :class:`FilterBar`: an ``output`` (Output widget holding
    the PNG), an ``export_button`` and a ``status`` line. ``result`` is the last
    :class:`toolkit.plots.PlotResult` drawn."""

    def __init__(self, plot: Callable[..., PlotResult], kwargs: dict[str, Any],
                 name: str | None = None) -> None:
        self.plot = plot
        self.kwargs = kwargs
        self.name = name
        self.result: PlotResult | None = None
        super().__init__("PNG, SVG, PDF, CSV and JSON to figures/")

    def refresh(self, corpus: Corpus) -> None:
        """Draw the chart for ``corpus`` into the output (replacing what was there) and
        close the figure; an error is shown in place of the chart, not raised."""
        try:
            result = self.plot(corpus, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - shown to the user in the panel
            self.error = f"{type(exc).__name__}: {exc}"
            self.output.outputs = (_text_output(f"Could not draw this chart: {self.error}"),)
            return
        self.error = ""
        self.result = result
        png = base64.b64encode(result.png()).decode("ascii")
        self.output.outputs = ({
            "output_type": "display_data",
            "data": {"image/png": png, "text/plain": f"<{result.title}>\n{result.alt_text}"},
            "metadata": {"image/png": {"alt": result.alt_text}},
        },)
        plt.close(result.fig)
        self.status.value = ""

    def export(self, out_dir: str | Path | None = None) -> list[Path]:
        """Export the current chart (nothing when none was drawn)."""
        if self.result is None:
            return []
        name = None if self.name is None else _export._default_stem(self.name,
                                                                    self.result.filters)
        return _export.export_result(self.result, name=name, out_dir=out_dir)

    def _written(self, paths: list[Path]) -> str:
        where = paths[0].parent if paths else "nowhere"
        return (f"<small>Wrote {len(paths)} files to {html.escape(str(where))}: "
                f"{html.escape(', '.join(p.name for p in paths))}</small>")


class TablePanel(_Panel):
    """A table that follows a :class:`FilterBar`: an ``output`` (HTML of the first
    ``TABLE_ROWS`` rows, with title, filters and source note), an ``export_button`` and a
    ``status`` line. ``result`` is the last :class:`TableResult` shown."""

    def __init__(self, table: Callable[..., pd.DataFrame], kwargs: dict[str, Any],
                 title: str | None = None, name: str | None = None) -> None:
        self.table = table
        self.kwargs = kwargs
        self.title = title or table.__name__.replace("_", " ").capitalize()
        self.name = name or table.__name__.replace("_", "-")
        self.result: TableResult | None = None
        super().__init__("CSV and JSON to figures/")

    def refresh(self, corpus: Corpus) -> None:
        """Show the table for ``corpus`` in the output (replacing what was there); an
        error is shown in place of the table, not raised."""
        try:
            data = self.table(corpus, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - shown to the user in the panel
            self.error = f"{type(exc).__name__}: {exc}"
            self.output.outputs = (_text_output(f"Could not make this table: {self.error}"),)
            return
        self.error = ""
        filters = getattr(corpus, "filters", Filters())
        ids = _table_report_ids(data) or all_report_ids(corpus)
        source = source_note(corpus, ids)
        self.result = TableResult(data=data, title=f"{self.title} — {filters.describe()}",
                                  name=self.name, filters=filters, source=source)
        shown = _export.flat_csv_frame(data.head(TABLE_ROWS))
        more = len(data) - len(shown)
        caption = (f"<b>{html.escape(self.result.title)}</b> · {len(data)} rows"
                   + (f" (first {len(shown)} shown; export for all)" if more > 0 else "")
                   + f"<br><small>{html.escape(source.summary())}</small>")
        body = shown.to_html(index=False, na_rep="", escape=True, border=0)
        self.output.outputs = ({
            "output_type": "display_data",
            "data": {"text/html": f"<div>{caption}{body}</div>",
                     "text/plain": f"{self.result.title}\n{shown.to_string(index=False)}"},
            "metadata": {},
        },)
        self.status.value = ""

    def export(self, out_dir: str | Path | None = None) -> list[Path]:
        """Export the current table as CSV and JSON (nothing when none was shown)."""
        if self.result is None:
            return []
        r = self.result
        return _export.export_table(r.data, _export._default_stem(r.name, r.filters),
                                    title=r.title, filters=r.filters, source=r.source,
                                    out_dir=out_dir)

    def _written(self, paths: list[Path]) -> str:
        return f"<small>Wrote {html.escape(', '.join(str(p) for p in paths))}</small>"


def _table_report_ids(data: pd.DataFrame) -> list[str]:
    """Report ids named in a table's ``report_id`` or ``report_ids`` column, if any."""
    ids: list[str] = []
    if "report_id" in data.columns:
        ids += [r for r in data["report_id"].tolist() if isinstance(r, str) and r]
    if "report_ids" in data.columns:
        for cell in data["report_ids"].tolist():
            if isinstance(cell, str):
                ids += [r.strip() for r in cell.split(";") if r.strip()]
            elif isinstance(cell, list | tuple):
                ids += [str(r) for r in cell if r]
    return ids


def _text_output(text: str) -> dict[str, Any]:
    return {"output_type": "stream", "name": "stderr", "text": text + "\n"}
