"""Each notebook opened in JupyterLab in Chromium and run as a person would (Run → Run All
Cells): no error on the page, the filter bar and the charts drawn; and in the timeline
notebook, choosing one committee and moving the year slider redraws the chart."""

from __future__ import annotations

import re
import secrets
import shutil

import nbformat
import pytest

from .conftest import CELL_RUN, KERNEL_IDLE, NOTEBOOKS, full_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NAMES = sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
ERRORS = (".jp-OutputArea-output[data-mime-type*='error'], "
          ".jp-OutputArea-output[data-mime-type*='stderr']")
CHART = ".jp-OutputArea .widget-output img"
#: The first chart of the first notebook cell that draws one: an image in an Output widget.
FIRST_CHART_SRC = f"() => document.querySelector({CHART!r})?.getAttribute('src') || ''"
#: True when every code cell has run (its prompt shows a number, not * or nothing).
ALL_RUN = """() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def test_notebooks_are_all_there():
    assert NAMES == ["01-overview", "02-timeline", "03-co-attendance", "04-deferrals"]


def open_and_run_all(page, lab, name: str) -> None:
    """Open a fresh copy of notebook ``name`` in its own workspace, wait for the kernel,
    Run All Cells, and wait until every cell has run and the kernel is idle again."""
    copy = f"{name}-{secrets.token_hex(4)}.ipynb"
    shutil.copy(NOTEBOOKS / f"{name}.ipynb", lab.root / copy)
    workspace = secrets.token_hex(8)
    page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/{copy}?token={lab.token}",
              timeout=KERNEL_IDLE * 1000)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=KERNEL_IDLE * 1000)
    idle = page.locator("#jp-main-statusbar").get_by_text(re.compile(r"\|\s*Idle"))
    idle.wait_for(timeout=KERNEL_IDLE * 1000)
    page.locator("li.lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    page.locator("li.lm-Menu-item[data-command='runmenu:run-all']").click()
    page.wait_for_function(ALL_RUN, timeout=CELL_RUN * 1000, polling=250)
    idle.wait_for(timeout=CELL_RUN * 1000)


def assert_no_error_output(page) -> None:
    errors = page.locator(ERRORS)
    assert errors.count() == 0, errors.all_inner_texts()
    assert page.locator(".jp-OutputArea-output", has_text="Traceback").count() == 0


def chart_count(page) -> int:
    """Chart images that have loaded (decoded, with a width)."""
    return page.eval_on_selector_all(
        CHART, "imgs => imgs.filter(i => i.complete && i.naturalWidth > 0).length")


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_all_in_jupyterlab(page, lab, screenshots, name):
    open_and_run_all(page, lab, name)
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    charts = sum(c.source.count("bar.chart(") for c in nb.cells if c.cell_type == "code")
    assert charts > 0
    # The filter bar: a year range slider and a body list, rendered by ipywidgets.
    page.locator(".jp-OutputArea .widget-slider .noUi-handle-lower").first.wait_for(
        timeout=CELL_RUN * 1000)
    page.locator(".jp-OutputArea .widget-select-multiple select").first.wait_for(
        timeout=CELL_RUN * 1000)
    page.wait_for_function(
        f"n => [...document.querySelectorAll({CHART!r})]"
        ".filter(i => i.complete && i.naturalWidth > 0).length >= n",
        arg=charts, timeout=CELL_RUN * 1000)
    assert chart_count(page) == charts
    assert_no_error_output(page)
    full_screenshot(page, screenshots / f"lab-{name}.png")


def test_timeline_follows_committee_and_year_slider(page, lab, screenshots):
    open_and_run_all(page, lab, "02-timeline")
    page.wait_for_function(f"() => ({FIRST_CHART_SRC})().startsWith('data:image/png')",
                           timeout=CELL_RUN * 1000)
    assert_no_error_output(page)
    start = page.evaluate(FIRST_CHART_SRC)

    # One committee in the body list.
    bodies = page.locator(".jp-OutputArea .widget-select-multiple select").first
    labels = bodies.locator("option").all_inner_texts()
    org = next(lab_ for lab_ in labels if lab_.strip().endswith("(nec-org)"))
    bodies.select_option(label=org)
    page.wait_for_function(f"s => ({FIRST_CHART_SRC})() !== s", arg=start,
                           timeout=CELL_RUN * 1000)
    one_body = page.evaluate(FIRST_CHART_SRC)
    summary = page.locator(".jp-OutputArea .widget-html", has_text="bodies:").first
    assert "nec-org" in summary.inner_text()

    # The year slider: drag the lower handle a third of the way to the right.
    slider = page.locator(".jp-OutputArea .widget-slider").first
    readout = slider.locator(".widget-readout").inner_text()
    handle = slider.locator(".noUi-handle-lower")
    slider.scroll_into_view_if_needed()
    track = slider.locator(".noUi-target").bounding_box()
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + track["width"] / 3, y, steps=8)
    page.mouse.up()
    page.wait_for_function(f"s => ({FIRST_CHART_SRC})() !== s", arg=one_body,
                           timeout=CELL_RUN * 1000)
    assert slider.locator(".widget-readout").inner_text() != readout
    page.locator("#jp-main-statusbar").get_by_text(re.compile(r"\|\s*Idle")).wait_for(
        timeout=CELL_RUN * 1000)
    assert_no_error_output(page)
    full_screenshot(page, screenshots / "lab-02-timeline-filtered.png")
