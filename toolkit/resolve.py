"""Resolve: names and role phrases to actors, using the curated reference data.

A name resolves by its canonical form or an alias (``exact``/``alias``); a role phrase
("the General Secretary", "the Chair") by who held that role on the meeting's date
(``role``); a first name by the person of that first name named in full in the same
report, or holding an office then (``first-name``). Anything else stays as written with
``unresolved`` and the reason, never dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from toolkit.extract.people import NameMention
from toolkit.reference import PARTY_ROLES, Reference, office_holders


@dataclass(frozen=True)
class Resolution:
    """Who a mention is: actor id (empty when unresolved), display name, rule and note."""

    actor_id: str
    name: str
    resolution: str
    note: str


def resolve_name(nm: NameMention, ref: Reference, *, on: dt.date | None, body_id: str) -> Resolution:
    """Resolve one mention at a meeting of ``body_id`` on the date ``on`` (None if unknown)."""
    written = " ".join(nm.mention.split())  # (a name may run over a line break: "Marion\nTregarthen")
    if nm.resolution in ("exact", "alias") and nm.person_id:
        name = ref.person_name.get(nm.person_id) or ref.org_name.get(nm.person_id, written)
        return Resolution(nm.person_id, name, nm.resolution, "")
    if nm.resolution == "first-name":
        if nm.person_id in ref.person_name:
            return Resolution(nm.person_id, ref.person_name[nm.person_id], "first-name", "")
        return Resolution("", nm.person_id or written, "unresolved",
                          f"first name of {nm.person_id}, who is not in the reference data")
    if nm.resolution == "role":
        if on is None:
            return Resolution("", written, "unresolved", f"role '{nm.role_key}' at a meeting with no date")
        ids = office_holders(ref, nm.role_key, on, body_id)
        if len(ids) == 1:
            return Resolution(ids[0], ref.person_name.get(ids[0], ids[0]), "role", f"{nm.role_key} on {on.isoformat()}")
        why = "nobody" if not ids else f"{len(ids)} people"
        return Resolution("", written, "unresolved",
                          f"{why} held '{nm.role_key}'{' of ' + body_id if body_id and nm.role_key not in PARTY_ROLES else ''} on {on.isoformat()} in the reference data")
    return Resolution("", written, "unresolved", nm.note or "not in the reference data")
