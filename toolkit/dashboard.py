"""The no-code dashboard: the shared filter bar over the timeline, the co-attendance
network and the deferral statistics, each with its Export button.

``notebooks/dashboard.ipynb`` only calls :func:`dashboard`; ``make dashboard`` serves that
notebook with Voilà (no code shown). In a notebook::

    from toolkit.dashboard import dashboard
    dashboard()                 # the tables of $TOOLKIT_DATA, else data/processed

When the tables have not been built, :func:`dashboard` returns a message saying so, with
the command that builds them, instead of raising. Exports go where
:func:`toolkit.export.figures_dir` says: ``$TOOLKIT_FIGURES`` when set, else the
project's ``figures/``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

import ipywidgets as W

from toolkit import plots
from toolkit.analysis import deferrals
from toolkit.corpus import Corpus, load
from toolkit.export import FIGURES_ENV, figures_dir
from toolkit.widgets import ChartPanel, FilterBar, TablePanel

#: The commands that build the tables, as the message of an unbuilt project shows them.
BUILD_COMMANDS = ("make build", "python -m toolkit build")
#: Layout seed of the co-attendance network (the notebooks' default).
NETWORK_SEED = 7

_INTRO = (
    "Everything below follows the filters. The figures describe the <i>reports</i> members "
    "published, not every meeting held: a gap is a silence of the reports, and being named in "
    "a report is not proof of attendance. Each chart ends with a note of the reports it rests "
    "on. <b>Export</b> writes the chart as PNG, SVG and PDF, the CSV of exactly what is drawn "
    "and a JSON note of its sources"
)


class Dashboard(W.VBox):
    """The dashboard over one corpus.

    Attributes: ``bar`` (the :class:`toolkit.widgets.FilterBar`), the panels ``timeline``,
    ``network``, ``deferral_rates``, ``deferral_targets`` (:class:`ChartPanel`) and
    ``deferral_chains`` (:class:`TablePanel`), ``export_all_button`` and ``status``
    (HTML line saying what the last export wrote). Every part carries a CSS class
    ``toolkit-…`` so that a browser test can find it.
    """

    def __init__(self, corpus: Corpus, *, years: tuple[int, int] | None = None,
                 bodies: Sequence[str] = (), person: str = "") -> None:
        self.bar = FilterBar(corpus, years=years, bodies=bodies, person=person)
        self.bar.add_class("toolkit-filter-bar")
        self.timeline = self._chart("timeline", plots.timeline)
        self.network = self._chart("network", plots.co_attendance, kind="person",
                                   seed=NETWORK_SEED)
        self.deferral_rates = self._chart("deferral-rates", plots.deferral_rates, by="body_id")
        self.deferral_targets = self._chart("deferral-targets", plots.deferral_targets)
        self.deferral_chains = self.bar.table(deferrals.deferral_chains,
                                              title="Deferral chains")
        self.deferral_chains.add_class("toolkit-panel-deferral-chains")
        self.export_all_button = W.Button(
            description="Export all", icon="download",
            tooltip="Every chart and table below, as now filtered, to the figures folder",
        )
        self.export_all_button.add_class("toolkit-export-all")
        self.status = W.HTML()
        self.status.add_class("toolkit-export-status")
        self.export_all_button.on_click(lambda _b: self._export_all_clicked())
        super().__init__(children=[
            W.HTML(f"<p>{_INTRO} to <code>{html.escape(_figures_label())}</code>.</p>"),
            self.bar,
            W.HBox([self.export_all_button, self.status]),
            _heading("Meetings across time",
                     "One lane per body: filled circles held, hollow scheduled, crosses "
                     "cancelled; larger markers are described by more reports."),
            self.timeline,
            _heading("Who took part together",
                     "People named as taking part in the same meetings. Node size: meetings "
                     "taken part in; colour: community; link width: meetings shared. A "
                     "report's author is a hub by construction. Export also writes GraphML "
                     "and GEXF for Gephi."),
            self.network,
            _heading("Deferrals",
                     "How often items are deferred (deferred items ÷ items decided, counted "
                     "by item), where they are sent, and which were taken up later."),
            self.deferral_rates,
            self.deferral_targets,
            self.deferral_chains,
        ])
        self.add_class("toolkit-dashboard")

    @property
    def panels(self) -> list[ChartPanel | TablePanel]:
        """The panels the filter bar redraws, in page order."""
        return list(self.bar.panels)

    def _chart(self, key: str, plot, **kwargs) -> ChartPanel:
        panel = self.bar.chart(plot, **kwargs)
        panel.add_class(f"toolkit-panel-{key}")
        return panel

    def _export_all_clicked(self) -> None:
        try:
            paths = self.bar.export_all()
        except OSError as exc:
            self.status.value = f"<small>Export failed: {html.escape(str(exc))}</small>"
            return
        where = paths[0].parent if paths else "nowhere"
        self.status.value = (f"<small>Wrote {len(paths)} files to "
                             f"{html.escape(str(where))}</small>")


def dashboard(data: str | Path | None = None, *, years: tuple[int, int] | None = None,
              bodies: Sequence[str] = (), person: str = "") -> W.Widget:
    """The dashboard over the tables in ``data`` (default: ``$TOOLKIT_DATA``, else the
    project's ``data/processed``), starting from the given filters; or, when the tables
    have not been built, a message widget (CSS class ``toolkit-not-built``) naming the
    commands that build them."""
    try:
        corpus = load(data)
    except FileNotFoundError as exc:
        return not_built(exc)
    return Dashboard(corpus, years=years, bodies=bodies, person=person)


def not_built(error: BaseException | str = "") -> W.HTML:
    """The message shown instead of the dashboard when the tables are not built."""
    make, python = BUILD_COMMANDS
    detail = f"<p><small>{html.escape(str(error))}</small></p>" if str(error) else ""
    message = W.HTML(
        "<div style='border-left:4px solid #c0392b;padding:0.5em 1em;background:#fdf2f1'>"
        "<p><b>The tables have not been built yet.</b></p>"
        "<p>In the project folder, build them from <code>data/raw/</code> with</p>"
        f"<pre>{html.escape(make)}</pre>"
        f"<p>(or <code>.venv/bin/{html.escape(python)}</code>), then reload this page.</p>"
        f"{detail}</div>"
    )
    message.add_class("toolkit-not-built")
    return message


def _heading(title: str, note: str) -> W.HTML:
    return W.HTML(f"<h2 style='margin-bottom:0.2em'>{html.escape(title)}</h2>"
                  f"<p style='margin-top:0'>{html.escape(note)}</p>")


def _figures_label() -> str:
    try:
        return str(figures_dir())
    except FileNotFoundError:
        return f"${FIGURES_ENV}"
