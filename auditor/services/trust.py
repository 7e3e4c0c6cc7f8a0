"""Whose packages this database takes, and in which role: keys are enrolled, not assumed.

With no server between them, the office is the root of trust. Its manager enrols each
laptop's key after both sides have read the key's fingerprint aloud (`key trust CODE --person
NAME --role ROLE`), and her laptop signs a roster of the keys it enrolled and revoked that
travels in her packages: a laptop that trusts her key as a manager's takes the roster's keys
too. A key belongs to one person in one role; a package brings only what that role may do
(auditor.services.package_authority). On a team server the login is the authority instead.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, NotFound, Phrase
from auditor.exchange import keys
from auditor.names import checked_name, looks_like
from auditor.store.models import KnownKey, Person

ROLES = ("shopper", "reviewer", "manager")
ROSTER_KIND = "service-auditor/roster"


@dataclass(frozen=True)
class KeyRow:
    fingerprint: str
    person: str
    role: str
    state: str  # trusted, revoked, legacy
    source: str  # manual, roster, first use (legacy)
    enrolled_at: datetime | None
    revoked_at: datetime | None
    first_seen: datetime


@dataclass(frozen=True)
class Sender:
    """Who signed a package, as this database knows the key."""

    person: str
    public_key: str
    fingerprint: str
    state: str  # trusted, unknown, legacy, revoked
    role: str = ""

    @property
    def trusted(self) -> bool:
        return self.state == "trusted"


def _row(k: KnownKey) -> KeyRow:
    return KeyRow(keys.fingerprint(k.public_key), k.person, k.role, k.state, k.source or "",
                  k.enrolled_at, k.revoked_at, k.first_seen)  # fmt: skip


def list_keys(session: Session) -> list[KeyRow]:
    return [_row(k) for k in session.scalars(select(KnownKey).order_by(KnownKey.person))]


def _by_code(session: Session, code: str) -> KnownKey | None:
    for k in session.scalars(select(KnownKey)):
        if keys.same_fingerprint(code, k.public_key):
            return k
    return None


def key_from_file(path: Path) -> str:
    """The public key in a package (its manifest) or in a key file a laptop exported."""
    import zipfile

    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                manifest = json.loads(archive.read("manifest.json"))
            return str(manifest["public_key"])
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data["public_key"])
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
        raise AuditorError(
            "no public key can be read from it ({exc})", exc=exc, file=str(path)
        ) from exc


def export_public_key(key: keys.LaptopKey, out: Path, person: str) -> str:
    """The laptop's public key to hand to the office (its fingerprint is read aloud too)."""
    from auditor.files import atomic_path

    document = {
        "public_key": key.public_text,
        "laptop_id": key.laptop_id,
        "person": checked_name(person),
        "fingerprint": keys.fingerprint(key.public_text),
    }
    with atomic_path(out) as tmp:
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return document["fingerprint"]


def _check_look_alikes(session: Session, person: str) -> None:
    names = set(session.scalars(select(Person.name))) | set(
        session.scalars(select(KnownKey.person))
    )
    for other in names:
        if looks_like(person, other):
            raise AuditorError(
                "'{person}' looks exactly like '{other}' but is spelt with other characters: "
                "refused",
                person=person,
                other=other,
                field="--person",
            )


def trust_key(
    session: Session, public_text: str, person: str, role: str, source: str = "manual"
) -> KeyRow:
    """Enrol a key for one person in one role (the caller has compared its fingerprint)."""
    person = checked_name(person)
    if role not in ROLES:
        raise AuditorError("the role is one of {roles}", roles=", ".join(ROLES), field="--role")
    try:
        base64.b64decode(public_text, validate=True)
    except ValueError as exc:
        raise AuditorError("not a public key", field="key") from exc
    _check_look_alikes(session, person)
    now = datetime.now(UTC)
    row = session.scalar(select(KnownKey).where(KnownKey.public_key == public_text))
    if row is not None and row.person != person and row.state == "trusted":
        raise AuditorError(
            "this key is trusted for {person}: revoke it first to enrol it for another",
            person=row.person,
            field="FINGERPRINT",
        )
    theirs = session.scalar(select(KnownKey).where(KnownKey.person == person))
    if theirs is not None and theirs is not row:
        if theirs.state == "trusted" and source == "manual":
            raise AuditorError(
                "{person} has another trusted key ({fingerprint}): revoke it first",
                person=person,
                fingerprint=keys.fingerprint(theirs.public_key),
                field="FINGERPRINT",
            )
        session.delete(theirs)  # a roster's newer word, or a revoked or legacy key replaced
        session.flush()
    if row is None:
        row = KnownKey(person=person, public_key=public_text, first_seen=now)
        session.add(row)
    row.person, row.role, row.state, row.source = person, role, "trusted", source
    row.enrolled_at, row.revoked_at = now, None
    session.flush()
    return _row(row)


def trust_fingerprint(
    session: Session, code: str, person: str, role: str, source_file: Path | None = None
) -> KeyRow:
    """`key trust CODE`: the key a package or key file holds (or one listed already)."""
    if source_file is not None:
        public_text = key_from_file(source_file)
        if not keys.same_fingerprint(code, public_text):
            raise AuditorError(
                "the fingerprint does not match the key in the file "
                "({fingerprint}): nothing trusted",
                fingerprint=keys.fingerprint(public_text),
                field="FINGERPRINT",
            )
        return trust_key(session, public_text, person, role)
    row = _by_code(session, code)
    if row is None:
        raise NotFound(
            "no key with fingerprint {code} is known here: give the package or key file "
            "it came in (--from FILE)",
            code=code,
            field="FINGERPRINT",
        )
    return trust_key(session, row.public_key, person, role)


def revoke(session: Session, code: str) -> KeyRow:
    row = _by_code(session, code)
    if row is None:
        raise NotFound(
            "no key with fingerprint {code} is known here", code=code, field="FINGERPRINT"
        )
    row.state, row.revoked_at = "revoked", datetime.now(UTC)
    session.flush()
    return _row(row)


def sender_of(session: Session, manifest: dict[str, Any], where: str) -> Sender:
    """Who signed: a trusted key's person and role; otherwise unknown (or revoked, legacy).
    A package signed in the name of someone whose trusted key is another is refused."""
    public_text = str(manifest["public_key"])
    code = keys.fingerprint(public_text)
    claimed = str(manifest["created_by"])
    row = session.scalar(select(KnownKey).where(KnownKey.public_key == public_text))
    if row is not None:
        return Sender(row.person, public_text, code, row.state, row.role)
    known = session.scalar(select(KnownKey).where(KnownKey.person == claimed))
    if known is not None and known.state == "trusted":
        raise AuditorError(
            "signed in the name of {claimed} by another key than the one trusted for "
            "{claimed} (trusted: {fingerprint}; this package: "
            "{code}): refused",
            claimed=claimed,
            fingerprint=keys.fingerprint(known.public_key),
            code=code,
            file=where,
        )
    return Sender(claimed, public_text, code, "unknown")


def server_sender(manifest: dict[str, Any], role: str) -> Sender:
    """On a team server the login is the authority: the laptop's key is only recorded."""
    public_text = str(manifest["public_key"])
    return Sender(str(manifest["created_by"]), public_text, keys.fingerprint(public_text),
                  "trusted", role)  # fmt: skip


# -- the roster ---------------------------------------------------------------------------------


def _roster_bytes(doc: dict[str, Any]) -> bytes:
    body = {k: v for k, v in doc.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def roster_document(session: Session, key: keys.LaptopKey) -> dict[str, Any] | None:
    """The keys this database enrolled or revoked by hand, signed by this laptop's key (a
    receiver takes it only if it trusts that key as a manager's); None: nothing enrolled."""
    rows = session.scalars(
        select(KnownKey).where(KnownKey.source == "manual", KnownKey.state != "legacy")
    ).all()
    if not rows:
        return None
    doc: dict[str, Any] = {
        "kind": ROSTER_KIND,
        "signed_by": key.public_text,
        "serial": int(datetime.now(UTC).timestamp() * 1000),
        "entries": [
            {"public_key": r.public_key, "person": r.person, "role": r.role, "state": r.state}
            for r in sorted(rows, key=lambda r: r.person)
        ],
    }
    doc["signature"] = base64.b64encode(key.sign(_roster_bytes(doc))).decode("ascii")
    return doc


def checked_roster(doc: Any, where: str) -> dict[str, Any]:
    """A roster's shape and values, before anything reads them as numbers or keys."""

    def bad(why: str, /, **values: object) -> AuditorError:
        """`why` is a template of its own, translated with the message."""
        return AuditorError("roster.json: {why}: refused", why=Phrase(why, **values), file=where)

    if not isinstance(doc, dict) or doc.get("kind") != ROSTER_KIND:
        raise bad("not a roster")
    serial = doc.get("serial")
    if not isinstance(serial, int) or isinstance(serial, bool) or not 0 < serial < 2**63:
        raise bad("its serial is not a whole number in range")
    for name in ("signed_by", "signature"):
        if not isinstance(doc.get(name), str) or len(doc[name]) > 200:
            raise bad("{name} is not a key's text", name=name)
    entries = doc.get("entries")
    if not isinstance(entries, list) or len(entries) > 10_000:
        raise bad("its entries are not a list")
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) and len(entry[k]) <= 200
            for k in ("public_key", "person", "role", "state")
        ):
            raise bad("entries/{index} is not a key entry", index=index)
    return doc


def apply_roster(session: Session, doc: dict[str, Any], where: str) -> int:
    """Take a roster signed by a key trusted here as a manager's, if newer than the last one
    from that key; returns how many keys it changed (0: not for us, or not newer)."""
    try:
        signer = str(doc["signed_by"])
        signature = base64.b64decode(str(doc["signature"]), validate=True)
        serial = int(doc["serial"])
        entries = list(doc["entries"])
    except (KeyError, TypeError, ValueError) as exc:
        raise AuditorError("roster.json: not a roster ({exc})", exc=exc, file=where) from exc
    office = session.scalar(select(KnownKey).where(KnownKey.public_key == signer))
    # only a manager's key enrolled here by hand: no chain of rosters
    if (
        office is None
        or office.state != "trusted"
        or office.role != "manager"
        or (office.source != "manual")
    ):
        return 0
    if not keys.verify(signer, signature, _roster_bytes(doc)):
        raise AuditorError("roster.json: the signature does not match: refused", file=where)
    if serial <= office.roster_serial:
        return 0
    changed = 0
    for entry in entries:
        public_text, person = str(entry.get("public_key", "")), str(entry.get("person", ""))
        if public_text == signer or person == office.person:
            continue  # the office's own key and name are enrolled by hand only
        row = session.scalar(select(KnownKey).where(KnownKey.public_key == public_text))
        theirs = session.scalar(select(KnownKey).where(KnownKey.person == person))
        if entry.get("state") == "revoked":
            # taking trust away: any key but a manager's enrolled here by hand
            if (
                row is not None
                and row.state != "revoked"
                and not (row.source == "manual" and row.role == "manager")
            ):
                row.state, row.revoked_at = "revoked", datetime.now(UTC)
                changed += 1
        elif entry.get("state") == "trusted":
            # adding trust: never over what this database decided itself (its own
            # enrolments and revocations), never again for a revoked key
            if any(r is not None and (r.source == "manual" or r.state == "revoked")
                   for r in (row, theirs)):  # fmt: skip
                continue
            trust_key(session, public_text, person, str(entry.get("role", "")), source="roster")
            changed += 1
    office.roster_serial = serial
    session.flush()
    return changed
