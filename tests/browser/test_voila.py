"""The no-code dashboard in Voila, in Chromium: no code shown, the filter bar and the four
charts drawn, a filter redrawing them, and Export writing files to $TOOLKIT_FIGURES."""

from __future__ import annotations

import time

import pytest

from .conftest import CELL_RUN, full_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PANELS = ["timeline", "network", "deferral-rates", "deferral-targets"]


def chart_src(key: str) -> str:
    """JS returning the src of panel ``key``'s chart image ('' while there is none)."""
    return (f"() => document.querySelector('.toolkit-panel-{key} .widget-output img')"
            "?.getAttribute('src') || ''")


def test_dashboard_in_voila(page, voila, screenshots):
    page.goto(f"{voila.url}/voila/render/dashboard.ipynb?token={voila.token}",
              timeout=CELL_RUN * 1000)
    page.locator(".toolkit-dashboard").wait_for(timeout=CELL_RUN * 1000)
    for key in PANELS:
        page.wait_for_function(f"() => ({chart_src(key)})().startsWith('data:image/png')",
                               timeout=CELL_RUN * 1000)
    page.locator(".toolkit-panel-deferral-chains table").wait_for(timeout=CELL_RUN * 1000)

    # No code, no error; the page says what it is.
    code = (".jp-CodeCell .jp-InputArea, .jp-CodeCell .jp-InputPrompt, .cm-editor, "
            ".CodeMirror, .highlight")
    assert page.locator(code).count() == 0
    assert page.locator(".jp-MarkdownCell").count() == 1  # the title and what it shows
    text = page.locator("body").inner_text()
    assert "from toolkit" not in text and "dashboard(DATA" not in text
    assert "Governance toolkit · dashboard" in text
    assert "Meetings across time" in text and "Deferrals" in text
    assert page.locator("[data-mime-type*='error'], .jp-RenderedText[data-mime-type*='stderr']"
                        ).count() == 0
    assert "Could not draw" not in text and "Traceback" not in text
    full_screenshot(page, screenshots / "voila-dashboard.png")

    # A filter redraws every chart.
    before = {key: page.evaluate(chart_src(key)) for key in PANELS}
    bodies = page.locator(".toolkit-filter-bar .widget-select-multiple select")
    nec = next(label for label in bodies.locator("option").all_inner_texts()
               if label.strip().endswith("(nec)"))
    bodies.select_option(label=nec)
    for key in PANELS:
        page.wait_for_function(f"s => ({chart_src(key)})() !== s", arg=before[key],
                               timeout=CELL_RUN * 1000)
    assert "bodies: nec" in page.locator(".toolkit-filter-bar").inner_text()

    # Export of the timeline: PNG, SVG, PDF, CSV (and the JSON note) in $TOOLKIT_FIGURES.
    assert list(voila.figures.iterdir()) == []
    page.locator(".toolkit-panel-timeline .widget-button", has_text="Export").click()
    page.locator(".toolkit-panel-timeline", has_text="Wrote 5 files").wait_for(
        timeout=CELL_RUN * 1000)
    wanted = {f"timeline--nec.{ext}" for ext in ("png", "svg", "pdf", "csv", "json")}
    assert {p.name for p in voila.figures.iterdir()} == wanted
    assert (voila.figures / "timeline--nec.png").read_bytes()[:4] == b"\x89PNG"
    assert (voila.figures / "timeline--nec.pdf").read_bytes()[:4] == b"%PDF"
    assert b"<svg" in (voila.figures / "timeline--nec.svg").read_bytes()[:2000]
    assert (voila.figures / "timeline--nec.csv").read_text().startswith("meeting_id")

    # Export all: every panel, the network as GraphML and GEXF too.
    page.locator(".toolkit-export-all").click()
    page.locator(".toolkit-export-status", has_text="Wrote").wait_for(timeout=CELL_RUN * 1000)
    deadline = time.monotonic() + 10
    while not (voila.figures / "co-attendance-person--nec.graphml").exists():
        assert time.monotonic() < deadline, sorted(p.name for p in voila.figures.iterdir())
        time.sleep(0.2)
    names = {p.name for p in voila.figures.iterdir()}
    assert {"co-attendance-person--nec.gexf", "deferral-rate-by-body--nec.svg",
            "deferral-targets--nec.pdf", "deferral-chains--nec.csv"} <= names
    full_screenshot(page, screenshots / "voila-dashboard-nec-exported.png")
