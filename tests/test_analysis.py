"""The analysis layer on the small composed corpus: filters, overview, timeline, networks
and deferrals, with hand-derived expected values (tests/fixtures/small_corpus.py)."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fixtures.small_corpus import (
    EXPECTED_CHAINS,
    EXPECTED_DAYS_UNTIL_TARGET,
    EXPECTED_GAPS,
    EXPECTED_ITEMS_BY_BODY,
    EXPECTED_ITEMS_BY_YEAR,
    EXPECTED_N_DECISION_ROWS,
    EXPECTED_N_ITEMS,
    EXPECTED_OPEN_DEFERRALS,
    EXPECTED_ORGANISATION_EDGES,
    EXPECTED_ORGANISATION_MEETINGS,
    EXPECTED_PERSON_EDGES,
    EXPECTED_PERSON_MEETINGS,
    EXPECTED_PERSON_METRICS,
    build_small_corpus,
    load_small_corpus,
    write_small_corpus,
)

from toolkit import schema
from toolkit.analysis import deferrals, network, overview, periods, sources, timeline
from toolkit.analysis.filters import (
    Filters,
    apply,
    body_group,
    filter_options,
    filters_of,
    fold,
    person_meetings,
)
from toolkit.corpus import Corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    """The fixture as notebooks see it: written as Parquet and loaded with toolkit.load."""
    return load_small_corpus(tmp_path_factory.mktemp("small"))


# --------------------------------------------------------------------------- fixture


def test_fixture_writes_exactly_the_registry_columns(tmp_path):
    folder = write_small_corpus(tmp_path)
    for name in schema.TABLE_NAMES:
        table = pq.read_table(folder / f"{name}.parquet")
        assert tuple(table.column_names) == schema.columns(name)
        for f in schema.TABLES[name].fields():
            if f.is_list:
                typ = table.schema.field(f.name).type
                assert pa.types.is_list(typ) and pa.types.is_string(typ.value_type)


def test_fixture_in_memory_equals_loaded(corpus):
    built = build_small_corpus()
    for name in schema.TABLE_NAMES:
        pd.testing.assert_frame_equal(getattr(built, name), getattr(corpus, name))


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("value", "precision", "first", "last"),
    [
        ("2020-09-29", "day", dt.date(2020, 9, 29), dt.date(2020, 9, 29)),
        ("2020-02", "month", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("2019-02", "month", dt.date(2019, 2, 1), dt.date(2019, 2, 28)),
        ("2021", "year", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
        ("2020-13", "year", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        ("", "unknown", None, None),
        (None, "unknown", None, None),
        (float("nan"), "unknown", None, None),
    ],
)
def test_period_keeps_the_precision_of_the_source(value, precision, first, last):
    assert periods.precision(value) == precision
    assert periods.period(value) == ((first, last) if first else None)


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [("2018-09-25", "2018-10-16", 21), ("2018-09-25", "2018-10", None),
     ("2019", "2019-05-18", None), ("", "2019-05-18", None)],
)
def test_days_are_counted_only_between_days(a, b, days):
    assert periods.days_between(a, b) == days


@pytest.mark.parametrize(
    ("start", "end", "on", "covered"),
    [
        ("2018", "", dt.date(2018, 1, 1), True),
        ("2018", "", dt.date(2017, 12, 31), False),
        ("2018", "2019-02", dt.date(2019, 2, 28), True),
        ("2018", "2019-02", dt.date(2019, 3, 1), False),
        ("", "", dt.date(1990, 1, 1), True),
        ("2019-03", "", dt.date(2019, 3, 30), True),
    ],
)
def test_role_span_covers_whole_months_and_years(start, end, on, covered):
    assert periods.covers(start, end, on) is covered


# --------------------------------------------------------------------------- filters


@pytest.mark.parametrize(
    ("body_id", "group"),
    [("nec", "nec-and-committees"), ("nec-org", "nec-and-committees"),
     ("nec-equalities", "nec-and-committees"), ("rec-london", "recs"), ("rec-wales", "recs"),
     ("conference", "other"), ("cac-women", "other"), ("clp-hackney-north", "other"),
     ("", "other"), (None, "other")],
)
def test_body_groups_follow_vocab_families(body_id, group):
    assert body_group(body_id) == group


def test_options_are_read_from_the_tables(corpus):
    options = filter_options(corpus)
    assert options.years == (2018, 2021)
    # bodies with meetings only (nec-disputes and conference have none), in lane order
    assert [b.body_id for b in options.bodies] == [
        "nec", "nec-equalities", "nec-org", "rec-london", "rec-scotland"]
    assert list(options.groups()) == ["nec-and-committees", "recs"]
    assert options.bodies[0].name == "National Executive Committee"
    assert "Cllr Jones" in options.people and "Asha Patel" in options.people
    assert len(options.people) == 9


def test_inactive_filters_keep_the_very_same_tables(corpus):
    kept = apply(corpus, Filters())
    for name in schema.TABLE_NAMES:
        assert getattr(kept, name) is getattr(corpus, name)
    assert filters_of(kept) == Filters() and filters_of(corpus) == Filters()


def test_body_filter_keeps_only_that_body_and_its_sources(corpus):
    kept = apply(corpus, Filters(body_ids=("rec-london",)))
    assert set(kept.meetings["body_id"]) == {"rec-london"}
    assert set(kept.decisions["meeting_id"]) <= set(kept.meetings["meeting_id"])
    assert set(kept.appearances["meeting_id"]) <= set(kept.meetings["meeting_id"])
    assert set(kept.reports["report_id"]) == {"ll-london-2019-r01", "ll-london-2021-r01"}
    assert set(kept.documents["doc_id"]) == {"ll-london-2019", "ll-london-2021"}
    assert list(kept.bodies["body_id"]) == ["rec-london"]
    assert list(kept.review["kind"]) == ["unresolved"]
    assert len(kept.actors) == len(corpus.actors)  # lookups stay whole


def test_year_filter_keeps_failed_documents_of_those_years(corpus):
    kept = apply(corpus, Filters(years=(2020, 2020)))
    assert list(kept.meetings["meeting_id"]) == ["nec-2020-03-17"]
    assert set(kept.documents["doc_id"]) == {"gr-2021-nec", "scan-2020", "missing-2020"}
    assert set(kept.review["ref_id"]) == {"scan-2020", "missing-2020"}


def test_year_range_drops_meetings_outside_it(corpus):
    kept = apply(corpus, Filters(years=(2021, 2019)))  # reversed bounds are sorted
    assert kept.filters.years == (2019, 2021)
    years = pd.to_datetime(kept.meetings["date_start"]).dt.year
    assert years.between(2019, 2021).all() and len(kept.meetings) == 14  # 17 less 3 of 2018


@pytest.mark.parametrize(
    ("query", "meetings"),
    [
        ("asha", {"nec-2018-09-25", "nec-2018-10-16", "nec-2019-01-22", "nec-2021-01-26"}),
        ("FINN O’NEILL", {"rec-london-2019-03-30", "rec-london-2019-05-18",
                          "rec-london-2021-03-20"}),
        ("Benjamin", {"nec-2018-09-25", "nec-2018-10-16", "nec-2021-01-26",
                      "nec-org-2019-02-12", "nec-org-2019-03-12", "nec-org-2021-02-09"}),
        ("jones", {"rec-london-2019-03-30", "rec-london-2019-05-18"}),
        ("nobody at all", set()),
    ],
)
def test_person_search_matches_names_spellings_and_aliases(corpus, query, meetings):
    assert person_meetings(corpus, query) == meetings
    assert set(apply(corpus, Filters(person=query)).meetings["meeting_id"]) == meetings


def test_filters_replace_each_other_rather_than_stack(corpus):
    london = apply(corpus, Filters(body_ids=("rec-london",)))
    scotland = apply(london, Filters(body_ids=("rec-scotland",)))
    assert set(scotland.meetings["body_id"]) == {"rec-scotland"}
    assert scotland.base is corpus


def test_filters_describe_themselves():
    assert Filters().describe() == "all years · all bodies"
    f = Filters(years=(2019, 2020), body_ids=("rec-london", "nec"), person=" Asha ")
    assert f.describe() == '2019–2020 · bodies: nec, rec-london · person: "Asha"'
    assert f.slug() == "2019-2020_nec-rec-london_person-asha"
    assert Filters().slug() == "all"
    assert Filters(years=(2020, 2020)).describe().startswith("2020 ·")


def test_fold_ignores_case_accents_and_curly_apostrophes():
    assert fold("  Finn  O’Néill ") == "finn o'neill"
    assert fold(None) == ""


# --------------------------------------------------------------------------- sources


def test_decisions_collapse_to_items(corpus):
    items = sources.decision_items(corpus)
    assert len(corpus.decisions) == EXPECTED_N_DECISION_ROWS
    assert len(items) == EXPECTED_N_ITEMS
    assert items["item_id"].is_unique
    shared = items.set_index("item_id").loc["nec-2021-01-26-i01"]
    assert shared["n_reports"] == 2
    assert shared["report_ids"] == ["gr-2021-nec-r01", "ll-2021-nec-r01"]
    assert shared["publishers"] == ["Grassroots", "LabourList"]
    assert shared["outcome"] == "deferred" and not shared["outcome_conflict"]
    assert shared["body_id"] == "nec" and shared["year"] == 2021


def test_conflicting_outcomes_take_the_majority_then_confidence():
    base = build_small_corpus()
    dec = base.decisions.copy()
    # A third report on the shared item says "agreed": two rows deferred, one agreed.
    extra = dec.loc[dec["item_id"] == "nec-2021-01-26-i01"].iloc[[0]].copy()
    extra["decision_id"] = "d900"
    extra["report_id"] = "ll-2021-nec-r01"
    extra["outcome"] = "agreed"
    majority = Corpus(**{**base.tables(), "decisions": pd.concat([dec, extra])})
    item = sources.decision_items(majority).set_index("item_id").loc["nec-2021-01-26-i01"]
    assert item["outcome"] == "deferred" and item["outcome_conflict"]
    # One row each way: the more confident row wins.
    tie = dec.copy()
    rows = tie.index[tie["item_id"] == "nec-2021-01-26-i02"]
    tie.loc[rows[1], "outcome"] = "rejected"
    tie.loc[rows[1], "confidence"] = 0.95
    tied = Corpus(**{**base.tables(), "decisions": tie})
    item = sources.decision_items(tied).set_index("item_id").loc["nec-2021-01-26-i02"]
    assert item["outcome"] == "rejected" and item["outcome_conflict"]


def test_source_note_names_reports_and_publishers(corpus):
    note = sources.source_note(corpus, ["ll-london-2019-r01", "gr-2018-nec-r01",
                                        "gr-2018-nec-r02", "", "ll-london-2019-r01"])
    assert note.report_ids == ("gr-2018-nec-r01", "gr-2018-nec-r02", "ll-london-2019-r01")
    assert note.publishers == (("Grassroots", 2), ("London Left", 1))
    assert note.summary() == ("Source: 3 reports from 2 publishers: Grassroots (2); "
                              "London Left (1).")
    assert "gr-2018-nec-r02" in note.text() and "and 1 more" in note.text(max_ids=2)
    assert sources.source_note(corpus, []).summary() == "Source: no report in this selection."


def test_items_by_publisher_keep_each_publishers_own_reports(corpus):
    per = sources.items_by_publisher(corpus)
    rows = per.loc[per["item_id"] == "nec-2021-01-26-i01"].set_index("publisher")
    assert rows.loc["Grassroots", "report_ids"] == ["gr-2021-nec-r01"]
    assert rows.loc["LabourList", "report_ids"] == ["ll-2021-nec-r01"]


# --------------------------------------------------------------------------- overview


def test_documents_by_status_and_why_they_failed(corpus):
    status = overview.documents_by_status(corpus).set_index("status")["n_documents"]
    assert status.to_dict() == {"ok": 9, "empty": 1, "unsupported": 1, "duplicate": 1,
                                "missing": 1}
    failed = overview.failed_documents(corpus)
    assert list(failed["status"]) == ["empty", "unsupported", "duplicate", "missing"]
    assert failed.set_index("doc_id").loc["gr-2018-nec-copy", "duplicate_of"] == "gr-2018-nec"
    assert (failed["message"] != "").all()


def test_reports_by_year_count_reports_once_per_publisher(corpus):
    by_pub = overview.reports_by_year(corpus, by="publisher")
    assert by_pub["n_reports"].sum() == 10
    assert by_pub.groupby("year")["n_reports"].sum().to_dict() == {2018: 3, 2019: 4, 2021: 3}
    by_author = overview.reports_by_year(corpus, by="author")
    asha = by_author.loc[by_author["author"] == "Asha Patel"].set_index("year")["n_reports"]
    assert asha.to_dict() == {2018: 2, 2019: 1, 2021: 1}
    assert overview.NO_AUTHOR in set(by_author["author"])
    with pytest.raises(ValueError):
        overview.reports_by_year(corpus, by="body")


def test_meetings_by_body_and_year(corpus):
    table = overview.meetings_by_body_year(corpus).set_index(["body_id", "year"])
    assert table.loc[("nec", 2018), "n_meetings"] == 2
    assert table.loc[("nec", 2020), "n_cancelled"] == 1
    assert table.loc[("rec-london", 2019)][["n_held", "n_scheduled"]].tolist() == [2, 1]
    assert table["n_meetings"].sum() == 17


def test_coverage_gaps(corpus):
    gaps = overview.coverage_gaps(corpus)
    assert set(zip(gaps["kind"], gaps["what"], strict=True)) == EXPECTED_GAPS
    year = gaps.loc[gaps["kind"] == "year", "detail"].iloc[0]
    assert "scan-2020 (empty)" in year and "missing-2020 (missing)" in year


def test_review_list_puts_failed_documents_first(corpus):
    review = overview.review_list(corpus)
    assert list(review["kind"]) == ["document"] * 3 + ["unclassified", "low-confidence",
                                                       "unresolved"]
    assert (review["kind_meaning"] != "").all()


def test_summary_counts_items_not_rows(corpus):
    summary = overview.summary(corpus).set_index("what")["n"]
    assert summary["items decided (item_id)"] == 28
    assert summary["decision rows (one per report and item)"] == 30
    assert summary["meetings cancelled"] == 1 and summary["publishers"] == 4


def test_items_by_outcome_cover_every_outcome(corpus):
    table = overview.items_by_outcome(corpus).set_index("outcome")
    assert (table["n_items"] > 0).all()
    assert table.loc["deferred"].tolist() == [7, 8]


# --------------------------------------------------------------------------- timeline


def test_lanes_put_the_nec_first_then_committees_then_recs(corpus):
    assert list(timeline.lanes(corpus)["body_id"]) == [
        "nec", "nec-equalities", "nec-org", "rec-london", "rec-scotland"]


def test_meeting_timeline_counts_items_and_reports(corpus):
    tl = timeline.meeting_timeline(corpus).set_index("meeting_id")
    assert len(tl) == 17
    m = tl.loc["nec-2021-01-26"]
    assert (m["n_items"], m["n_reports"], m["deferred"], m["agreed"]) == (3, 2, 1, 1)
    month = tl.loc["rec-london-2019-07"]
    assert (month["when"], month["when_end"]) == (pd.Timestamp("2019-07-01"),
                                                   pd.Timestamp("2019-07-31"))
    assert tl.loc["nec-2020-03-17", "status"] == "cancelled"


# --------------------------------------------------------------------------- network


def test_person_network_weights_are_meetings_shared(corpus):
    g = network.co_attendance_graph(corpus, "person")
    assert dict(g.nodes(data="n_meetings")) == EXPECTED_PERSON_MEETINGS
    edges = {tuple(sorted((a, b))): w for a, b, w in g.edges(data="weight")}
    assert edges == {tuple(sorted(k)): v for k, v in EXPECTED_PERSON_EDGES.items()}
    # Mentioned only (participant false): Hugh is named at NEC and London meetings
    # but linked to no one there.
    assert set(g.neighbors("hugh-campbell")) == {"eve-murray"}
    assert g.nodes["Cllr Jones"]["label"] == "Cllr Jones"


def test_person_metrics_exact(corpus):
    m = network.person_metrics(corpus).set_index("node")
    for node, (degree, weighted, between) in EXPECTED_PERSON_METRICS.items():
        assert m.loc[node, "degree"] == degree
        assert m.loc[node, "weighted_degree"] == weighted
        assert m.loc[node, "betweenness"] == pytest.approx(between)
    assert m.index[0] == "ben-carter"  # most meetings shared


def test_person_communities(corpus):
    g = network.co_attendance_graph(corpus, "person")
    assert network.communities(g) == [
        ["asha-patel", "ben-carter", "chloe-davies", "dev-singh"],
        ["Cllr Jones", "finn-oneill", "grace-okafor"],
        ["eve-murray", "hugh-campbell"],
    ]
    table = network.community_table(g)
    assert table["size"].tolist() == [4, 3, 2]
    assert table["members"].iloc[0].startswith("Ben Carter")


def test_organisation_network_follows_dated_roles(corpus):
    g = network.co_attendance_graph(corpus, "organisation")
    assert dict(g.nodes(data="n_meetings")) == EXPECTED_ORGANISATION_MEETINGS
    edges = {tuple(sorted((a, b))): w for a, b, w in g.edges(data="weight")}
    # momentum-unison would be 5 if Chloe's Momentum role (ended 2019) counted in 2021;
    # clpd-unison would be 2 if Dev's role "to 2019-02" ended on 1 February.
    assert edges == {tuple(sorted(k)): v for k, v in EXPECTED_ORGANISATION_EDGES.items()}
    assert g.nodes["clpd"]["label"] == "CLPD"  # matched through an alias
    m = network.organisation_metrics(corpus).set_index("node")
    assert m.loc["momentum", "betweenness"] == pytest.approx(2 / 3)


def test_layout_is_seeded(corpus):
    g = network.co_attendance_graph(corpus, "person")
    assert network.layout(g, seed=3) == network.layout(g, seed=3)
    assert network.layout(g, seed=3) != network.layout(g, seed=4)
    assert set(network.layout(g)) == set(g.nodes)


def test_graph_attributes_survive_graphml(corpus, tmp_path):
    g = network.co_attendance_graph(corpus, "person")
    nx.write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.edges["ben-carter", "dev-singh"]["weight"] == 4
    assert back.nodes["asha-patel"]["report_ids"].split(";")[0] == "gr-2018-nec-r01"


def test_network_of_an_empty_selection(corpus):
    empty = apply(corpus, Filters(person="nobody at all"))
    g = network.co_attendance_graph(empty)
    assert g.number_of_nodes() == 0
    assert network.metrics(g).empty and network.communities(g) == []


# --------------------------------------------------------------------------- deferrals


@pytest.mark.parametrize(
    ("a", "b", "similarity"),
    [
        ("Review of the disciplinary process", "Disciplinary process review", 1.0),
        ("Selection timetable", "Selections timetable", 1.0),
        ("Scottish conference motions", "Conference motions", 2 / 3),
        ("London mayoral manifesto process", "Mayoral manifesto process", 0.75),
        ("Party finances", "Code of conduct", 0.0),
        ("", "Budget", 0.0),
    ],
)
def test_subject_similarity(a, b, similarity):
    assert deferrals.subject_similarity(a, b) == pytest.approx(similarity)


def test_deferral_rates_count_items_by_body(corpus):
    rates = deferrals.deferral_rates(corpus, "body_id").set_index("body_id")
    got = {b: (r.n_items, r.n_deferred) for b, r in rates.iterrows()}
    assert got == EXPECTED_ITEMS_BY_BODY
    assert rates.loc["nec", "rate"] == pytest.approx(0.25)
    assert rates.loc["nec", "publishers"] == "Grassroots; LabourList"
    assert rates["n_deferred"].sum() == 7 and rates["n_items"].sum() == 28  # not 8 of 30


def test_deferral_rates_by_year_and_publisher(corpus):
    by_year = deferrals.deferral_rates(corpus, "year").set_index("year")
    assert {y: (r.n_items, r.n_deferred) for y, r in by_year.iterrows()} == EXPECTED_ITEMS_BY_YEAR
    by_pub = deferrals.deferral_rates(corpus, "publisher").set_index("publisher")
    # The shared items count under both their publishers.
    assert by_pub.loc["Grassroots", ["n_items", "n_deferred", "n_reports"]].tolist() == [11, 4, 4]
    assert by_pub.loc["LabourList", ["n_items", "n_deferred", "n_reports"]].tolist() == [9, 2, 3]
    with pytest.raises(ValueError):
        deferrals.deferral_rates(corpus, "month")


def test_deferral_chains_exact(corpus):
    chains = deferrals.deferral_chains(corpus)
    got = [(tuple(c.item_ids), c.times_deferred, c.days_deferred) for c in chains.itertuples()]
    assert got == EXPECTED_CHAINS
    assert set(chains["status"]) == {"taken up"}
    first = chains.iloc[0]
    assert first["chain_id"] == "nec-2018-09-25-i02" and first["final_outcome"] == "agreed"
    moved = chains.set_index("chain_id").loc["nec-2021-01-26-i01"]
    assert moved["body_ids"] == ["nec", "nec-org"] and moved["n_reports"] == 2


def test_chains_ignore_referrals_and_other_bodies(corpus):
    links = deferrals.chain_links(corpus)
    assert "nec-2019-01-22-i03" not in set(links["from_item"])  # a referral
    # "Selection timetable for London" (rec-london) is similar but at another body.
    assert "rec-london-2019-05-18-i03" not in set(links["to_item"])
    assert links["to_item"].is_unique


def test_stricter_similarity_breaks_the_loose_chains(corpus):
    strict = deferrals.deferral_chains(corpus, min_similarity=0.8)
    assert set(strict["chain_id"]) == {"nec-2018-09-25-i02", "nec-org-2019-02-12-i02",
                                       "nec-2021-01-26-i01"}


def test_deferred_items_with_quotes_targets_and_chains(corpus):
    items = deferrals.deferred_items(corpus).set_index("item_id")
    assert len(items) == 7
    days = items["days_until_target"].dropna().astype(int).to_dict()
    assert days == EXPECTED_DAYS_UNTIL_TARGET
    open_items = items.index[items["taken_up_at"] == ""].tolist()
    assert open_items == EXPECTED_OPEN_DEFERRALS
    shared = items.loc["nec-2021-01-26-i01"]
    assert shared["report_ids"] == "gr-2021-nec-r01; ll-2021-nec-r01"
    assert shared["text"].startswith("The disciplinary process review was deferred")
    assert items.loc["nec-2018-10-16-i01", "chain_id"] == "nec-2018-09-25-i02"


def test_deferral_targets(corpus):
    t = deferrals.deferral_targets(corpus)
    got = {(r.from_body_id, r.to_body_id): r.n_items for r in t.itertuples()}
    assert got == {("nec", "nec"): 2, ("nec", "nec-org"): 1,
                   ("nec-equalities", "nec-equalities"): 1,
                   ("nec-org", deferrals.NO_TARGET): 1, ("rec-london", "rec-london"): 1,
                   ("rec-scotland", "rec-scotland"): 1}
    assert t.iloc[0]["median_days_until"] == 21


def test_chains_within_a_filtered_corpus(corpus):
    nec_only = apply(corpus, Filters(body_ids=("nec",)))
    chains = deferrals.deferral_chains(nec_only)
    assert list(chains["chain_id"]) == ["nec-2018-09-25-i02"]
    assert deferrals.deferral_chains(apply(corpus, Filters(person="nobody"))).empty
