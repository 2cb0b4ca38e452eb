"""Analyses of a built corpus: they read only the tables of a ``Corpus`` (SCHEMA.md), so
a user's own tables in the same schema work with all of them.

Modules, one question each:

- ``filters``: year range, bodies and person search over a corpus (``Filters``, ``apply``),
  with the options read from the tables (``filter_options``);
- ``overview``: documents by status, reports by year, meetings by body and year,
  coverage gaps, the review list;
- ``timeline``: meetings across time, one lane per body, with their items and reports;
- ``network``: co-attendance networks of people and organisations, metrics, communities;
- ``deferrals``: deferral rates, targets and chains;
- ``sources``: counting items (``item_id``) rather than report rows, and naming the
  reports and publishers a number rests on; ``periods``: ISO dates at their precision.
"""

from __future__ import annotations

from toolkit.analysis.filters import FilteredCorpus, FilterOptions, Filters, apply, filter_options
from toolkit.analysis.sources import SourceNote, decision_items, source_note

__all__ = [
    "FilterOptions",
    "FilteredCorpus",
    "Filters",
    "SourceNote",
    "apply",
    "decision_items",
    "filter_options",
    "source_note",
]
