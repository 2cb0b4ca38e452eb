"""Co-attendance networks: who took part in the same meetings, people and organisations.

A **person network** has one node per person who took part in a meeting (appearances with
``participant`` true; the node is the ``actor_id``, or the name as written when the
person is unresolved) and an edge between two people weighted by the number of meetings
both took part in. An **organisation network** does the same for organisations, a
person standing for an organisation at a meeting when the ``roles`` table links them to
it on the meeting's date (or when an organisation is itself named as taking part).

What it is not: being named as taking part is not attendance (reports name the people
who spoke, chaired or wrote, not everyone present), and a report's author is a hub by
construction (named at every meeting they report).
"""

from __future__ import annotations

import datetime as dt
import math

import networkx as nx
import pandas as pd

from toolkit.analysis.filters import fold
from toolkit.analysis.periods import covers, meeting_dates, text_or_empty
from toolkit.corpus import Corpus

#: Kinds of network :func:`co_attendance_graph` builds.
NETWORK_KINDS = ("person", "organisation")

PARTICIPATION_COLUMNS = ["meeting_id", "node", "label", "report_id"]


def _actor_lookup(corpus: Corpus) -> pd.DataFrame:
    actors = corpus.actors[["actor_id", "name", "kind", "aliases"]].copy()
    for c in ("actor_id", "name", "kind"):
        actors[c] = text_or_empty(actors[c])
    return actors.loc[actors["actor_id"] != ""]


def person_participations(corpus: Corpus) -> pd.DataFrame:
    """One row per (meeting, person, report) where a person took part: ``meeting_id,
    node, label, report_id``.

    Only appearances with ``participant`` true; actors of kind ``organisation`` are left
    out; ``node`` is the ``actor_id``, or the ``name`` as written when there is none;
    ``label`` is the actor's name (else that name).
    """
    app = corpus.appearances
    part = app.loc[app["participant"].fillna(False).astype(bool).to_numpy()]
    actors = _actor_lookup(corpus)
    kind = dict(zip(actors["actor_id"], actors["kind"], strict=True))
    name = dict(zip(actors["actor_id"], actors["name"], strict=True))
    out = pd.DataFrame({
        "meeting_id": text_or_empty(part["meeting_id"]).to_numpy(),
        "actor_id": text_or_empty(part["actor_id"]).str.strip().to_numpy(),
        "name": text_or_empty(part["name"]).str.strip().to_numpy(),
        "report_id": text_or_empty(part["report_id"]).to_numpy(),
    })
    out = out.loc[out["actor_id"].map(lambda a: kind.get(a, "person")) != "organisation"]
    out["node"] = out["actor_id"].where(out["actor_id"] != "", out["name"])
    out["label"] = [name.get(a) or n or a for a, n in zip(out["actor_id"], out["name"],
                                                           strict=True)]
    out = out.loc[(out["node"] != "") & (out["meeting_id"] != "")]
    return out[PARTICIPATION_COLUMNS].drop_duplicates().reset_index(drop=True)


def organisation_participations(corpus: Corpus) -> pd.DataFrame:
    """One row per (meeting, organisation, report) where an organisation took part:
    ``meeting_id, node, label, report_id``.

    A person taking part stands for every organisation a ``roles`` row links them to
    (``organisation`` not blank) whose ``start_date``–``end_date`` covers the meeting's
    first day (an undated meeting: only roles with no dates). An organisation is named by
    its ``actor_id`` when ``organisation`` matches an organisation actor's id, name or
    alias, else by the name as written. An organisation actor itself taking part counts
    too.
    """
    actors = _actor_lookup(corpus)
    orgs = actors.loc[actors["kind"] == "organisation"]
    org_key: dict[str, tuple[str, str]] = {}
    for a, n, aliases in zip(orgs["actor_id"], orgs["name"], orgs["aliases"], strict=True):
        alias_list = [] if aliases is None or isinstance(aliases, float) else list(aliases)
        for x in [a, n, *alias_list]:
            if fold(x):
                org_key.setdefault(fold(x), (a, n or a))

    roles = corpus.roles
    links = pd.DataFrame({
        "actor_id": text_or_empty(roles["actor_id"]).to_numpy(),
        "organisation": text_or_empty(roles["organisation"]).str.strip().to_numpy(),
        "start_date": text_or_empty(roles["start_date"]).to_numpy(),
        "end_date": text_or_empty(roles["end_date"]).to_numpy(),
    })
    links = links.loc[(links["organisation"] != "") & (links["actor_id"] != "")]
    resolved = [org_key.get(fold(o), (o, o)) for o in links["organisation"]]
    links["node"] = [r[0] for r in resolved]
    links["label"] = [r[1] for r in resolved]

    people = person_participations(corpus)
    when = meeting_dates(corpus.meetings).set_index(
        text_or_empty(corpus.meetings["meeting_id"]).to_numpy()
    )["when"]
    joined = people.merge(links, left_on="node", right_on="actor_id", how="inner")
    keep = [
        _role_covers(s, e, when.get(m))
        for s, e, m in zip(joined["start_date"], joined["end_date"], joined["meeting_id"],
                           strict=True)
    ]
    via_roles = joined.loc[keep, ["meeting_id", "node_y", "label_y", "report_id"]]
    via_roles.columns = PARTICIPATION_COLUMNS

    app = corpus.appearances
    direct = app.loc[app["participant"].fillna(False).astype(bool).to_numpy()
                     & text_or_empty(app["actor_id"]).isin(set(orgs["actor_id"])).to_numpy()]
    org_name = dict(zip(orgs["actor_id"], orgs["name"], strict=True))
    direct = pd.DataFrame({
        "meeting_id": text_or_empty(direct["meeting_id"]).to_numpy(),
        "node": text_or_empty(direct["actor_id"]).to_numpy(),
        "label": [org_name.get(a) or a for a in text_or_empty(direct["actor_id"])],
        "report_id": text_or_empty(direct["report_id"]).to_numpy(),
    })
    out = pd.concat([via_roles, direct], ignore_index=True)
    return out.drop_duplicates().reset_index(drop=True)


def _role_covers(start: str, end: str, when: object) -> bool:
    if when is None or pd.isna(when):
        return not start and not end
    day = when.date() if isinstance(when, pd.Timestamp) else when
    return isinstance(day, dt.date) and covers(start, end, day)


def participations(corpus: Corpus, kind: str = "person") -> pd.DataFrame:
    """:func:`person_participations` or :func:`organisation_participations` by ``kind``."""
    if kind == "person":
        return person_participations(corpus)
    if kind == "organisation":
        return organisation_participations(corpus)
    raise ValueError(f"kind must be one of {NETWORK_KINDS}, not {kind!r}")


def co_attendance_graph(corpus: Corpus, kind: str = "person") -> nx.Graph:
    """The co-attendance network of ``kind`` (``person`` or ``organisation``).

    Guarantees: one node per participant (see :func:`participations`), with attributes
    ``label``, ``kind``, ``n_meetings`` (distinct meetings taken part in), ``n_reports``
    and ``report_ids`` (``;``-joined); an edge between two nodes exactly when they took
    part in a common meeting, with ``weight`` = the number of such meetings and
    ``meetings`` (``;``-joined ids). Nodes and edges are added in sorted order, so the same
    corpus gives the same graph (and, seeded, the same layout). Attribute values are str,
    int or float only, as GraphML and GEXF require.
    """
    part = participations(corpus, kind)
    g = nx.Graph(kind=kind)
    if part.empty:
        return g
    per_node = part.groupby("node")
    labels = per_node["label"].first()
    meetings_of = per_node["meeting_id"].agg(lambda s: sorted(set(s)))
    reports_of = per_node["report_id"].agg(lambda s: sorted({r for r in s if r}))
    for node in sorted(labels.index):
        g.add_node(
            node,
            label=str(labels[node]),
            kind=kind,
            n_meetings=len(meetings_of[node]),
            n_reports=len(reports_of[node]),
            report_ids=";".join(reports_of[node]),
        )
    shared: dict[tuple[str, str], list[str]] = {}
    for meeting_id, nodes in part.groupby("meeting_id")["node"]:
        present = sorted(set(nodes))
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                shared.setdefault((a, b), []).append(str(meeting_id))
    for (a, b) in sorted(shared):
        ms = sorted(shared[(a, b)])
        g.add_edge(a, b, weight=len(ms), meetings=";".join(ms))
    return g


def communities(g: nx.Graph) -> list[list[str]]:
    """Communities by networkx's ``greedy_modularity_communities`` (edge weights used),
    each a sorted list of nodes; largest first, ties by first node. A graph with no edge
    gives one community per node."""
    if g.number_of_nodes() == 0:
        return []
    if g.number_of_edges() == 0:
        groups = [{n} for n in g.nodes]
    else:
        groups = nx.community.greedy_modularity_communities(g, weight="weight")
    return sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c[0]))


def metrics(g: nx.Graph) -> pd.DataFrame:
    """One row per node: ``node, label, n_meetings, degree, weighted_degree,
    betweenness, community``, most central first (weighted degree, then betweenness).

    ``degree`` counts distinct co-participants; ``weighted_degree`` sums meetings shared
    with each; ``betweenness`` is networkx's normalised betweenness over hop counts
    (weights are not distances here); ``community`` numbers :func:`communities` from 1.
    """
    cols = ["node", "label", "n_meetings", "degree", "weighted_degree", "betweenness",
            "community"]
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=cols)
    between = nx.betweenness_centrality(g, normalized=True)
    community_of = {n: k + 1 for k, c in enumerate(communities(g)) for n in c}
    rows = [
        (
            n,
            g.nodes[n].get("label", n),
            int(g.nodes[n].get("n_meetings", 0)),
            int(g.degree(n)),
            int(g.degree(n, weight="weight")),
            float(between[n]),
            community_of[n],
        )
        for n in g.nodes
    ]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["weighted_degree", "betweenness", "node"],
                           ascending=[False, False, True], ignore_index=True)


def community_table(g: nx.Graph) -> pd.DataFrame:
    """One row per community: ``community, size, members`` (labels, most connected
    first, ``; ``-joined), numbered as in :func:`metrics`."""
    m = metrics(g)
    rows = []
    for k, members in enumerate(communities(g), start=1):
        sub = m.loc[m["node"].isin(members)]
        rows.append((k, len(members), "; ".join(sub["label"].astype(str))))
    return pd.DataFrame(rows, columns=["community", "size", "members"])


def person_metrics(corpus: Corpus) -> pd.DataFrame:
    """:func:`metrics` of the person network of ``corpus``."""
    return metrics(co_attendance_graph(corpus, "person"))


def organisation_metrics(corpus: Corpus) -> pd.DataFrame:
    """:func:`metrics` of the organisation network of ``corpus``."""
    return metrics(co_attendance_graph(corpus, "organisation"))


def person_communities(corpus: Corpus) -> pd.DataFrame:
    """:func:`community_table` of the person network of ``corpus``."""
    return community_table(co_attendance_graph(corpus, "person"))


def organisation_communities(corpus: Corpus) -> pd.DataFrame:
    """:func:`community_table` of the organisation network of ``corpus``."""
    return community_table(co_attendance_graph(corpus, "organisation"))


def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions: each connected component by a seeded spring layout (edge weight
    pulls nodes together), scaled to the square root of its size, and the components
    packed in rows, largest first. The same graph and seed always give the same
    positions; no component is flung to a corner of the picture."""
    if g.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    row_width = 2.2 * math.sqrt(g.number_of_nodes()) + 2.0
    pos: dict[str, tuple[float, float]] = {}
    x0 = y0 = 0.0
    row_height = 0.0
    for comp in comps:
        radius = math.sqrt(len(comp))
        if x0 > 0 and x0 + 2 * radius > row_width:
            x0, y0, row_height = 0.0, y0 - row_height - 0.8, 0.0
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        else:
            sub = g.subgraph(comp)
            spread = 1.6 / math.sqrt(len(comp))
            local = {n: (float(x), float(y)) for n, (x, y) in
                     nx.spring_layout(sub, seed=seed, weight="weight", k=spread,
                                      iterations=200).items()}
        for n, (x, y) in local.items():
            pos[n] = (x0 + radius + radius * x, y0 - radius + radius * y)
        x0 += 2 * radius + 0.8
        row_height = max(row_height, 2 * radius)
    return pos


def report_ids_of(g: nx.Graph) -> list[str]:
    """The reports the graph rests on (union of the nodes' ``report_ids``), sorted."""
    ids: set[str] = set()
    for _, data in g.nodes(data=True):
        ids.update(r for r in str(data.get("report_ids", "")).split(";") if r)
    return sorted(ids)
