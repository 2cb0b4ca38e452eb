"""Time filter application and a notebook's full redraw; print the figures (no assertions).

Targets: applying filters < 100 ms; redrawing every chart and table of a notebook after one
filter change < 1 s. Measured on the small composed test corpus and, when built, on the
project's ``data/processed`` (or on folders of built tables given as arguments)::

    .venv/bin/python benchmarks/filters.py [TABLES_DIR ...]

A redraw is timed the way a user triggers it: the notebook's own cells build its filter
bar and panels, then one widget value is set and every panel redraws.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fixtures.small_corpus import write_small_corpus  # noqa: E402

from toolkit.analysis.filters import Filters, apply, filter_options  # noqa: E402
from toolkit.corpus import Corpus, load  # noqa: E402
from toolkit.widgets import FilterBar  # noqa: E402

REPEATS = 5


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median wall time of ``action`` in milliseconds over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def filter_cases(corpus: Corpus) -> dict[str, Filters]:
    """Filters to time, chosen from the corpus's own options."""
    options = filter_options(corpus)
    bodies = [b.body_id for b in options.bodies]
    years = options.years or (2000, 2000)
    people = options.people
    return {
        "none": Filters(),
        "one body": Filters(body_ids=tuple(bodies[:1])),
        "year range": Filters(years=(years[1] - 1, years[1])),
        "person": Filters(person=people[0][:4] if people else "x"),
        "all three": Filters(years=years, body_ids=tuple(bodies[:3]),
                             person=people[0][:4] if people else "x"),
    }


def notebook_bar(notebook: Path, tables: Path) -> FilterBar:
    """Run a notebook's cells (not its export) in this process with ``DATA = tables``
    and return its filter bar, with every panel drawn once."""
    nb = nbformat.read(notebook, as_version=4)
    namespace: dict[str, object] = {}
    for cell in nb.cells:
        if cell.cell_type != "code" or "export_all" in cell.source:
            continue
        exec(cell.source, namespace)  # noqa: S102 - our own notebooks
        if "parameters" in cell.metadata.get("tags", []):
            namespace["DATA"] = str(tables)
    bar = namespace["bar"]
    assert isinstance(bar, FilterBar)
    return bar


def redraw_ms(bar: FilterBar) -> float:
    """Median time to redraw every panel after a body choice, alternating two choices so
    each change is a real one."""
    choices = [v for _, v in bar.body.options if not v.startswith("group:")][:2]
    if len(choices) < 2:
        choices = [(), ()]
    values = [(choices[0],), (choices[1],)]
    k = [0]

    def change() -> None:
        k[0] += 1
        bar.body.value = values[k[0] % 2]

    return median_ms(change, repeats=4)


def bench(label: str, tables: Path) -> None:
    corpus = load(tables)
    print(f"\n== {label}: {corpus}")
    for name, filters in filter_cases(corpus).items():
        print(f"  apply filters, {name:<10} {median_ms(lambda f=filters: apply(corpus, f)):8.1f} ms"
              "   (target < 100 ms)")
    for notebook in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        start = time.perf_counter()
        bar = notebook_bar(notebook, tables)
        first = (time.perf_counter() - start) * 1000
        print(f"  {notebook.stem:<18} {len(bar.panels):2d} panels: first draw {first:7.0f} ms, "
              f"redraw after a filter change {redraw_ms(bar):7.0f} ms   (target < 1000 ms)")


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        bench("small composed corpus (tests/fixtures)", write_small_corpus(Path(tmp)))
    targets = [Path(a) for a in argv] or [ROOT / "data" / "processed"]
    for folder in targets:
        if (folder / "meetings.parquet").exists():
            bench(str(folder), folder)
        else:
            print(f"\n(no built tables in {folder}: skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
