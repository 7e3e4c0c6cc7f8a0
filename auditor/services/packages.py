"""Audit packages: audits (with answers, photos, reviews and their change log), diaries and
the checklist versions they use, carried between databases with no server.

Merge rule, per audit. Every audit document carries its revision (a hash of its content)
and `known`, the revisions its database has sent or received before. On import:
- not here: added;
- same revision here: unchanged;
- our revision is in the incoming `known` (they started from ours): the incoming replaces
  it (answers, status, reviews, photos; nothing deleted);
- the incoming revision is one we know (we changed it since): unchanged;
- otherwise both sides changed it since the revision they share: a conflict. Ours stays,
  theirs is kept beside it (`audit_conflicts`) until a reviewer picks one or merges answer
  by answer. Importing a package twice, or overlapping packages, changes nothing more.
Every package is checked whole before anything is written; then one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Table, Uuid, bindparam, insert, select, text, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session, selectinload

from auditor.errors import AuditorError, Cancelled, Phrase
from auditor.exchange import keys, package_values
from auditor.exchange.package_format import (
    Package,
    canonical,
    check_schema,
    open_package,
    sha256,
    writing,
)
from auditor.labels import pick_label
from auditor.services import package_authority, trust
from auditor.services.audits import AuditFilter, apply_filter, joined
from auditor.services.capture import QuestionView, person_named, question_views
from auditor.services.scoring import (
    CACHE_COLUMNS,
    CacheWriter,
    HeldAnswers,
    TemplateCache,
    held_score_rows,
    rescore_audit,
)
from auditor.services.template_validation import check_rules, json_locator
from auditor.services.templates import (
    _build_version,
    canonical_document,
    load_version,
    target_labels,
    template_document,
)
from auditor.store.bulk import RowWriter
from auditor.store.models import (
    ActionStatus,
    Answer,
    Attachment,
    Audit,
    AuditConflict,
    AuditRevision,
    AuditStatus,
    ChangeLogEntry,
    ChecklistTemplate,
    CorrectiveAction,
    Diary,
    DiaryEvent,
    KnownKey,
    Location,
    Organisation,
    PackageExport,
    Person,
    PersonRole,
    ReportedHistory,
    Review,
    ReviewDecision,
    Standard,
    TemplateVersion,
    UTCDateTime,
)
from auditor.store.raw import (
    bind_of,
    iso_bound,
    iso_text,
    json_value,
    raw,
    uuid_bound,
    uuid_text,
)
from auditor.store.server_rules import app_role

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
CONTENT_EXCLUDED = ("revision", "known", "change_log")
PREFETCH = 200  # audits whose rows are read together


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def _when(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def revision_of(doc: dict[str, Any], floats_checked: bool = False) -> str:
    """The content hash of an audit document: what changes when an answer, the status or a
    review changes. Not its history, and nothing that is the database's rather than the
    audit's (version numbers, answer row ids, a person's e-mail, a location's address), so
    the same audit hashes the same in every database."""
    content = {k: v for k, v in doc.items() if k not in CONTENT_EXCLUDED}
    content["template"] = doc["template"]["hash"]
    for part in ("organisation", "location", "shopper"):
        content[part] = doc[part]["name"]
    content["answers"] = [_without_id(a) for a in doc["answers"]]
    # `floats_checked`: read by orjson, its floats looked through (Package.plain)
    return sha256(canonical(content, () if floats_checked else audit_floats(content)))


def audit_floats(doc: dict[str, Any]) -> list[Any]:
    """The only places an audit document may hold a float (its schema allows one nowhere
    else): answer values, the change log's details and review notes by question."""
    return [
        *(a.get("value") for a in doc["answers"]),
        *(r["question_notes"] for r in doc["reviews"]),
        *(e["details"] for e in doc.get("change_log", ())),
    ]


def _without_id(answer: dict[str, Any]) -> dict[str, Any]:
    copy = answer.copy()  # five times faster than a filtering comprehension
    copy.pop("id", None)
    return copy


def template_hash(doc: dict[str, Any]) -> str:
    """A checklist version's content hash, its version number left out (two databases may
    number the same content differently)."""
    content = {k: v for k, v in canonical_document(doc).items() if k != "version"}
    return sha256(canonical(content))


@dataclass
class ChecklistMemo:
    """Checklist versions' content hashes and package members, kept over the many packages of
    one sync (each of its batches is a package of its own: hashing every checklist again for
    each cost a tenth of the sync). Versions are frozen; within one sync their checklists are
    taken as they were when it started."""

    hashes: dict[uuid.UUID, str] = field(default_factory=dict)
    members: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)


class VersionIndex:
    """Template versions of this database by content hash, and the versions themselves,
    loaded once per export or import."""

    def __init__(self, session: Session, memo: ChecklistMemo | None = None) -> None:
        self.session = session
        self.memo = memo or ChecklistMemo()
        self._by_id: dict[uuid.UUID, str] = self.memo.hashes
        self._by_hash: dict[str, dict[str, uuid.UUID]] = {}  # by checklist name
        self._versions: dict[uuid.UUID, TemplateVersion] = {}
        self._keys: dict[uuid.UUID, dict[uuid.UUID, str]] = {}

    def version(self, version_id: uuid.UUID) -> TemplateVersion:
        if version_id not in self._versions:
            self._versions[version_id] = load_version(self.session, version_id)
        return self._versions[version_id]

    def question_keys(self, version_id: uuid.UUID) -> dict[uuid.UUID, str]:
        if version_id not in self._keys:
            version = self.version(version_id)
            self._keys[version_id] = {q.id: q.key for s in version.sections for q in s.questions}
        return self._keys[version_id]

    def hash_of(self, version_id: uuid.UUID) -> str:
        if version_id not in self._by_id:
            self._by_id[version_id] = template_hash(template_document(self.version(version_id)))
        return self._by_id[version_id]

    def find(self, digest: str, name: str) -> uuid.UUID | None:
        """The version with this content hash. The checklist's name is part of what is
        hashed, so only the versions of the checklist of that name need hashing (hashing
        every version of a database cost a fifth of a second per package)."""
        if name not in self._by_hash:
            ids = self.session.scalars(
                select(TemplateVersion.id)
                .join(ChecklistTemplate, TemplateVersion.template_id == ChecklistTemplate.id)
                .where(ChecklistTemplate.name == name)
            ).all()
            self._by_hash[name] = {self.hash_of(i): i for i in ids}
        return self._by_hash[name].get(digest)

    def add(self, digest: str, name: str, version_id: uuid.UUID) -> None:
        self._by_id[version_id] = digest
        if name in self._by_hash:
            self._by_hash[name][digest] = version_id


# -- documents ------------------------------------------------------------------------------
def _person(person: Person) -> dict[str, Any]:
    role = getattr(person.role, "value", person.role)
    return {"name": person.name, "email": _email(person), "language": person.language,
            "role": role}  # fmt: skip


def _email(person: Person) -> str:
    """A person's e-mail; on a team server a shopper's login reads only her own."""
    session = object_session(person)
    if session is None or app_role(session) not in ("shopper", "scorer"):
        return person.email
    found = session.scalar(text("SELECT public.sa_own_email(:p)"), {"p": person.id})
    return str(found or "")


@dataclass
class AuditParts:
    """The rows that make up a batch of audits' documents, read with one query per kind
    (an export of a thousand audits is a handful of queries, not thousands). Answers are
    already in their document form; the change log is keyed by the entity's id as text."""

    answers: dict[uuid.UUID, list[dict[str, Any]]] = field(default_factory=dict)
    attachments: dict[uuid.UUID, list[Any]] = field(default_factory=dict)
    reviews: dict[uuid.UUID, list[Any]] = field(default_factory=dict)
    log: dict[str, list[Any]] = field(default_factory=dict)
    known: dict[uuid.UUID, set[str]] = field(default_factory=dict)


class _AnswerReader:
    """Answers read raw and turned straight into their document form: sixty thousand of them
    through SQLAlchemy's types cost ten times SQLite's own fetch (auditor.store.raw)."""

    def __init__(self, session: Session, versions: VersionIndex) -> None:
        dialect = session.get_bind().dialect
        self.session = session
        self.versions = versions
        self.key_of = bind_of(dialect, Answer.audit_id)  # UUID -> the driver's form
        self.id_text = uuid_text(dialect, Answer.id)
        self.value = json_value(dialect, Answer.value)
        self.when = iso_text(dialect, Answer.answered_at)
        self.question_keys: dict[Any, str] = {}
        self.seen: set[uuid.UUID] = set()

    def _learn(self, version_ids: Iterable[uuid.UUID]) -> None:
        for version_id in set(version_ids) - self.seen:
            self.seen.add(version_id)
            for qid, key in self.versions.question_keys(version_id).items():
                self.question_keys[self.key_of(qid)] = key

    def read(self, audits: list[Audit]) -> dict[uuid.UUID, list[dict[str, Any]]]:
        self._learn(a.template_version_id for a in audits)
        by_key = {self.key_of(a.id): a.id for a in audits}
        result = self.session.connection().execute(
            select(raw(Answer.audit_id), raw(Answer.id), raw(Answer.question_id),
                   raw(Answer.value), raw(Answer.na), raw(Answer.comment),
                   raw(Answer.answered_at))
            .where(raw(Answer.audit_id).in_(list(by_key)))
            .order_by(Answer.answered_at, Answer.id)
        )  # fmt: skip
        rows = result.cursor.fetchall()  # every column raw: the driver's tuples are the rows
        result.close()
        grouped: dict[uuid.UUID, list[dict[str, Any]]] = {}
        keys, id_text, value, when = self.question_keys, self.id_text, self.value, self.when
        for audit_key, answer_id, qid, stored, na, comment, at in rows:
            grouped.setdefault(by_key[audit_key], []).append(
                {
                    "id": id_text(answer_id),
                    "question": keys[qid],
                    "value": value(stored),
                    "na": bool(na),
                    "comment": comment,
                    "answered_at": when(at),
                }
            )
        return grouped


def prefetch(
    session: Session, audits: list[Audit], reader: _AnswerReader | None = None
) -> AuditParts:
    audit_ids = [a.id for a in audits]
    parts = AuditParts()
    parts.answers = (reader or _AnswerReader(session, VersionIndex(session))).read(audits)
    for photo in session.execute(
        select(Attachment.audit_id, Attachment.id, Attachment.answer_id, Attachment.sha256,
               Attachment.name, Attachment.media_type, Attachment.size, Attachment.created_at)
        .where(Attachment.audit_id.in_(audit_ids))
        .order_by(Attachment.created_at, Attachment.id)
    ):  # fmt: skip
        parts.attachments.setdefault(photo[0], []).append(photo)
    for row in session.execute(
        select(Review.audit_id, Review.id, Person.name, Review.decision, Review.notes,
               Review.question_notes, Review.created_at)
        .join(Person, Review.reviewer_id == Person.id)
        .where(Review.audit_id.in_(audit_ids)).order_by(Review.created_at, Review.id)
    ):  # fmt: skip
        parts.reviews.setdefault(row[0], []).append(row)
    # the log of the audits and of their answers, photos and reviews: the database finds the
    # entities (thousands of answer ids would otherwise be sent back in hundreds of queries),
    # one join per kind (an OR of sub-selects made SQLite build every answer's id list for
    # every entry of the log)
    columns = (ChangeLogEntry.entity_id, ChangeLogEntry.id, ChangeLogEntry.at,
               ChangeLogEntry.actor, ChangeLogEntry.entity, ChangeLogEntry.action,
               ChangeLogEntry.details)  # fmt: skip
    logs = [select(*columns).where(ChangeLogEntry.entity_id.in_(audit_ids))] + [
        select(*columns)
        .join(model, ChangeLogEntry.entity_id == model.id)
        .where(model.audit_id.in_(audit_ids))
        for model in (Answer, Attachment, Review)
    ]
    for row in session.execute(union_all(*logs)):
        parts.log.setdefault(str(row[0]), []).append(row)
    for audit_id, revision in session.execute(
        select(AuditRevision.audit_id, AuditRevision.revision).where(
            AuditRevision.audit_id.in_(audit_ids)
        )
    ):
        parts.known.setdefault(audit_id, set()).add(revision)
    return parts


def audit_document(
    session: Session, audit: Audit, versions: VersionIndex, parts: AuditParts | None = None
) -> dict[str, Any]:
    parts = parts or prefetch(session, [audit], _AnswerReader(session, versions))
    version = versions.version(audit.template_version_id)
    answers = parts.answers.get(audit.id, [])
    answer_keys = {a["id"]: a["question"] for a in answers}
    attachments = parts.attachments.get(audit.id, [])
    reviews = parts.reviews.get(audit.id, [])
    entity_ids = [
        str(audit.id),
        *answer_keys,
        *(str(a[1]) for a in attachments),
        *(str(r[1]) for r in reviews),
    ]
    log = sorted(
        (e for entity in entity_ids for e in parts.log.get(entity, [])),
        key=lambda e: (e[2], str(e[1])),
    )
    org = audit.location.organisation
    doc: dict[str, Any] = {
        "format": "service-auditor/audit",
        "id": str(audit.id),
        "template": {
            "name": version.template.name,
            "version": version.version,
            "hash": versions.hash_of(version.id),
        },
        "organisation": {"name": org.name, "sector": org.sector},
        "location": {
            "name": audit.location.name,
            "code": audit.location.code,
            "city": audit.location.city,
            "address": audit.location.address,
            "department": audit.location.department,
        },
        "shopper": _person(audit.shopper),
        "visit_start": _iso(audit.visit_start),
        "visit_end": _iso(audit.visit_end),
        "observed_staff": audit.observed_staff,
        "narrative": audit.narrative,
        "status": AuditStatus(audit.status).value,
        "submitted_at": _iso(audit.submitted_at),
        "created_at": _iso(audit.created_at),
        "resume_question": audit.resume_question,
        "answers": answers,
        "attachments": [
            {
                "id": str(a[1]),
                "question": answer_keys.get(str(a[2])) if a[2] else None,
                "sha256": a[3],
                "name": a[4],
                "media_type": a[5],
                "size": a[6],
                "created_at": _iso(a[7]),
            }
            for a in attachments
        ],
        "reviews": [
            {
                "id": str(r[1]),
                "reviewer": r[2],
                "decision": ReviewDecision(r[3]).value,
                "notes": r[4],
                "question_notes": dict(r[5] or {}),
                "created_at": _iso(r[6]),
            }
            for r in reviews
        ],
    }
    doc["revision"] = revision_of(doc)
    doc["known"] = sorted(parts.known.get(audit.id, set()) - {doc["revision"]})
    doc["change_log"] = [
        {
            "id": str(e[1]),
            "at": _iso(e[2]),
            "actor": e[3],
            "entity": e[4],
            "entity_id": str(e[0]),
            "action": e[5],
            "details": e[6] or {},
        }
        for e in log
    ]
    return doc


def known_revisions(session: Session, audit_id: uuid.UUID) -> set[str]:
    return set(
        session.scalars(select(AuditRevision.revision).where(AuditRevision.audit_id == audit_id))
    )


def _remember(session: Session, audit_id: uuid.UUID, revisions: Iterable[str]) -> None:
    have = known_revisions(session, audit_id)
    for revision in sorted(set(revisions) - have):
        session.add(AuditRevision(audit_id=audit_id, revision=revision))


def diary_document(diary: Diary) -> dict[str, Any]:
    return {
        "format": "service-auditor/diary",
        "id": str(diary.id),
        "owner": _person(diary.owner),
        "title": diary.title,
        "purpose": diary.purpose,
        "period_start": diary.period_start.isoformat(),
        "period_end": diary.period_end.isoformat(),
        "created_at": _iso(diary.created_at),
        "events": [_event(e) for e in diary.events],
    }


def _event(e: DiaryEvent) -> dict[str, Any]:
    return {
        "id": str(e.id),
        "occurred_at": _iso(e.occurred_at),
        "place": e.place,
        "organisation": e.organisation,
        "channel": e.channel,
        "description": e.description,
        "expectation": e.expectation,
        "experience": e.experience,
        "satisfaction": e.satisfaction,
        "feeling": e.feeling,
        "criteria": list(e.criteria),
        "would_recommend": bool(e.would_recommend),
        "would_warn": bool(e.would_warn),
    }


def template_member(
    session: Session, version_id: uuid.UUID, memo: ChecklistMemo | None = None
) -> dict[str, Any]:
    if memo is not None:
        if version_id not in memo.members:
            memo.members[version_id] = template_member(session, version_id)
        return memo.members[version_id]
    doc = template_document(load_version(session, version_id))
    codes = sorted(
        {c for s in doc["sections"] for q in s["questions"] for c in q.get("standards", [])}
    )
    standards = [
        {
            "code": s.code,
            "title": s.title,
            "description": s.description,
            "triad": s.triad,
            "quality_kind": s.quality_kind,
            "servqual_dimension": s.servqual_dimension,
            "office": s.office,
            "target": s.target,
            "weight": s.weight,
        }
        for s in session.scalars(
            select(Standard).where(Standard.code.in_(codes)).order_by(Standard.code)
        )
    ]
    return {"format": "service-auditor/package-template", "template": doc, "standards": standards}


# -- export -----------------------------------------------------------------------------------
class NothingToSend(AuditorError):
    """Nothing the package was asked for is left to send: no package is written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    audits: int
    diaries: int
    attachments: int
    skipped: int  # unchanged since the last export to this file name (--since-last)


def export_package(
    session: Session,
    out: Path,
    flt: AuditFilter | None = None,
    *,
    key: keys.LaptopKey,
    created_by: str | None = None,
    since_last: bool = False,
    not_sent: bool = False,
    diaries: bool = True,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    ids: Collection[uuid.UUID] | None = None,
    target: str | None = None,
    checklists: bool = False,
    actions: bool = False,
    compress: bool = True,
    memo: ChecklistMemo | None = None,
    refuse_empty: bool = False,
) -> ExportResult:
    """Write the filtered audits (and the diaries of their shoppers, or all when no shopper
    is named) to `out`, signed with `key`; in the caller's transaction, remember what went out.
    `since_last`: only audits changed since the last export to this file name; `not_sent`:
    only audits never sent or received in any package. `ids`: only these audits; `target`:
    the name `since_last` remembers by (default: the file's); `checklists`: also every
    checklist's newest version; `actions`: every corrective action (the office's to laptops);
    `compress`: False for a package read back at once on this machine (a sync's); `memo`:
    the checklists' hashes and members kept from the sync's packages before;
    `refuse_empty`: when no audit, diary, checklist or action is to go, write nothing and
    raise NothingToSend (File > Send audits says so rather than write an empty package)."""
    flt = flt or AuditFilter()
    query = (
        apply_filter(joined(select(Audit)), flt)
        .order_by(Audit.visit_start, Audit.id)
        .options(
            selectinload(Audit.location).selectinload(Location.organisation),
            selectinload(Audit.shopper),
        )
    )
    if ids is not None:
        query = query.where(Audit.id.in_(list(ids)))
    audits = list(session.scalars(query))
    target = target or out.name
    last = {
        audit_id: revision
        for audit_id, revision in session.execute(
            select(PackageExport.audit_id, PackageExport.revision).where(
                PackageExport.target == target
            )
        )
    }
    versions = VersionIndex(session, memo)
    diary_rows = _diaries_for(session, flt, audits) if diaries else []
    shoppers = sorted({a.shopper.name for a in audits} | {d.owner.name for d in diary_rows})
    signer = (created_by or "").strip() or (shoppers[0] if len(shoppers) == 1 else "")
    if not signer:
        raise AuditorError(
            "say who sends the package (the audits are by several people)", field="--by"
        )
    written: list[tuple[Audit, str]] = []
    skipped = 0
    attachments = 0
    templates: set[uuid.UUID] = set()
    total = len(audits) + len(diary_rows)
    parts = AuditParts()
    reader = _AnswerReader(session, versions)
    with writing(out, compress) as package:
        for done, audit in enumerate(audits, start=1):
            if cancelled and cancelled():
                raise Cancelled("export cancelled; nothing was written", file=str(out))
            if (done - 1) % PREFETCH == 0:
                parts = prefetch(session, audits[done - 1 : done - 1 + PREFETCH], reader)
            doc = audit_document(session, audit, versions, parts)
            sent_before = parts.known.get(audit.id, set())
            if (since_last and last.get(audit.id) == doc["revision"]) or (
                not_sent and doc["revision"] in sent_before
            ):
                skipped += 1
                continue
            package.add_json(f"audits/{audit.id}.json", doc, audit_floats(doc))
            for row in parts.attachments.get(audit.id, []):
                name = f"attachments/{row[3]}"
                if name not in package.members:  # stored once; one photo in memory at a time
                    attachments += 1
                    package.add_bytes(name, _bytes_of(session, row[1]))
            if audit.template_version_id not in templates:
                templates.add(audit.template_version_id)
                digest = versions.hash_of(audit.template_version_id)
                package.add_json(
                    f"templates/{digest}.json",
                    template_member(session, audit.template_version_id, versions.memo),
                )
            written.append((audit, doc["revision"]))
            if progress:
                progress(done, total)
        for done, diary in enumerate(diary_rows, start=len(audits) + 1):
            if cancelled and cancelled():
                raise Cancelled("export cancelled; nothing was written", file=str(out))
            package.add_json(f"diaries/{diary.id}.json", diary_document(diary))
            if progress:
                progress(done, total)
        sent_actions = 0
        if checklists:
            for version_id in _newest_versions(session):
                if version_id not in templates:
                    templates.add(version_id)
                    digest = versions.hash_of(version_id)
                    package.add_json(
                        f"templates/{digest}.json",
                        template_member(session, version_id, versions.memo),
                    )
        if actions:
            for action in session.scalars(
                select(CorrectiveAction).options(
                    selectinload(CorrectiveAction.standard),
                    selectinload(CorrectiveAction.location).selectinload(Location.organisation),
                )
            ):
                package.add_json(f"actions/{action.id}.json", action_document(action))
                sent_actions += 1
        roster = trust.roster_document(session, key)
        if roster is not None:  # the keys this office enrolled, for laptops that trust it
            package.add_json("roster.json", roster)
        if refuse_empty and not (written or diary_rows or checklists or actions):
            raise NothingToSend(
                "nothing to send: every audit chosen was sent before; no package was written"
            )
        counts = {
            "audits": len(written),
            "diaries": len(diary_rows),
            "templates": len(templates),
            "attachments": attachments,
            "actions": sent_actions,
        }
        package.finish(key, signer, counts)
    now = datetime.now(UTC)
    have = _known_pairs(session, [a.id for a, _ in written])
    remembered = [
        {"audit_id": a.id, "revision": r, "at": now} for a, r in written if (a.id, r) not in have
    ]
    if remembered:
        session.execute(insert(AuditRevision), remembered)
    fresh_rows = [
        {"target": target, "audit_id": a.id, "revision": r, "at": now}
        for a, r in written
        if a.id not in last
    ]
    if fresh_rows:
        session.execute(insert(PackageExport), fresh_rows)
    sent_again = [
        {"b_target": target, "b_audit": a.id, "b_revision": r, "b_at": now}
        for a, r in written
        if a.id in last
    ]
    if sent_again:  # one executemany (an ORM update per audit took a millisecond each)
        table = PackageExport.__table__
        assert isinstance(table, Table)
        session.connection().execute(
            update(table)
            .where(
                table.c.target == bindparam("b_target"), table.c.audit_id == bindparam("b_audit")
            )
            .values(revision=bindparam("b_revision"), at=bindparam("b_at")),
            sent_again,
        )
    session.flush()
    return ExportResult(out, len(written), len(diary_rows), attachments, skipped)


def _newest_versions(session: Session) -> list[uuid.UUID]:
    newest: dict[uuid.UUID, tuple[int, uuid.UUID]] = {}
    for template_id, number, version_id in session.execute(
        select(TemplateVersion.template_id, TemplateVersion.version, TemplateVersion.id)
    ):
        if template_id not in newest or number > newest[template_id][0]:
            newest[template_id] = (number, version_id)
    return [version_id for _n, version_id in newest.values()]


def action_document(action: CorrectiveAction) -> dict[str, Any]:
    place = action.location
    return {
        "format": "service-auditor/action",
        "id": str(action.id),
        "standard": action.standard.code,
        "location": {"organisation": place.organisation.name, "name": place.name}
        if place is not None
        else None,
        "audit_id": str(action.audit_id) if action.audit_id else None,
        "title": action.title,
        "description": action.description,
        "owner": action.owner,
        "due_date": action.due_date.isoformat() if action.due_date else None,
        "status": ActionStatus(action.status).value,
        "created_at": _iso(action.created_at),
        "closed_at": _iso(action.closed_at),
        "verified_at": _iso(action.verified_at),
        "done_note": action.done_note,
        "question_key": action.question_key,
        "linked_audits": [str(a) for a in action.linked_audits or []],
    }


def _bytes_of(session: Session, attachment_id: uuid.UUID) -> bytes:
    data = session.scalar(select(Attachment.data).where(Attachment.id == attachment_id))
    assert data is not None
    return data


def _known_pairs(session: Session, audit_ids: list[uuid.UUID]) -> set[tuple[uuid.UUID, str]]:
    """(audit, revision) pairs already remembered, for these audits."""
    pairs: set[tuple[uuid.UUID, str]] = set()
    for start in range(0, len(audit_ids), 900):
        pairs.update(
            (a, r)
            for a, r in session.execute(
                select(AuditRevision.audit_id, AuditRevision.revision).where(
                    AuditRevision.audit_id.in_(audit_ids[start : start + 900])
                )
            )
        )
    return pairs


def _diaries_for(session: Session, flt: AuditFilter, audits: list[Audit]) -> list[Diary]:
    query = select(Diary).join(Person, Diary.owner_id == Person.id).order_by(Diary.created_at)
    if flt.shopper:
        query = query.where(Person.name == flt.shopper)
    elif flt.audit or flt.location or flt.organisation or flt.template or flt.status:
        names = {a.shopper.name for a in audits}
        query = query.where(Person.name.in_(names))
    return list(session.scalars(query))


# -- import -----------------------------------------------------------------------------------
@dataclass
class PlanItem:
    kind: str  # "audit", "diary" or "action"
    id: str
    action: str  # "add", "update", "unchanged", "conflict"
    title: str
    member: str
    detail: str = ""
    # an audit's parts, for a title in the reader's language: the checklist's title in each
    # language, the location's name and the visit's day (ISO)
    checklist_title: dict[str, str] = field(default_factory=dict)
    location: str = ""
    visit: str = ""


@dataclass
class ImportPlan:
    path: Path
    signer: str
    fingerprint: str
    key_known: bool  # False: a laptop's first sync to a team server: its key is recorded
    items: list[PlanItem] = field(default_factory=list)
    sender_role: str = ""  # the signer's enrolled role (a team server: the login's)
    new_templates: list[str] = field(default_factory=list)

    def count(self, action: str, kind: str = "audit") -> int:
        return sum(1 for i in self.items if i.action == action and i.kind == kind)

    def summary(self) -> dict[str, int]:
        return {a: self.count(a) for a in ("add", "update", "unchanged", "conflict")}


def _check_signer(session: Session, package: Package) -> bool:
    """True when the signer's key is the one known for them; False on first use; refuses a
    key other than the known one."""
    manifest = package.manifest
    person = manifest["created_by"]
    known = session.scalar(select(KnownKey).where(KnownKey.person == person))
    if known is None:
        return False
    if known.public_key != manifest["public_key"]:
        raise AuditorError(
            "signed by another key than the one known for {person} "
            "(known: {fingerprint}, since {first_seen:%Y-%m-%d}; "
            "this package: {theirs}): refused",
            person=person,
            fingerprint=keys.fingerprint(known.public_key),
            first_seen=known.first_seen,
            theirs=keys.fingerprint(manifest["public_key"]),
            file=str(package.path),
        )
    return True


def _template_docs(package: Package) -> dict[str, dict[str, Any]]:
    docs = {}
    for name in package.members_under("templates"):
        member = package.read_json(name, "package-template")
        package_values.check("template", member, name, str(package.path))
        check_schema(member["template"], "template", f"{name}: template", str(package.path))
        digest = name.removeprefix("templates/").removesuffix(".json")
        check_template = member["template"]
        try:
            actual = template_hash(check_template)
        except (KeyError, TypeError, ValueError) as exc:
            raise AuditorError(
                "{name}: not a checklist ({exc})", name=name, exc=exc, file=str(package.path)
            ) from exc
        if actual != digest:
            raise AuditorError(
                "{name}: the checklist's content does not match its hash",
                name=name,
                file=str(package.path),
            )
        check_rules(check_template, json_locator(f"{package.path}: {name}"))
        docs[digest] = member
    return docs


def _audit_title(doc: dict[str, Any]) -> str:
    return f"{doc['location']['name']} · {doc['template']['name']} · {doc['visit_start'][:10]}"


def plan_import(
    session: Session,
    path: Path,
    applier: Callable[..., _Applier] | None = None,
    memo: ChecklistMemo | None = None,
    authority: str | None = None,
) -> tuple[Package, ImportPlan, dict[str, Any]]:
    """Check the whole package and say what importing it would do; nothing is written.
    Returns the open package (close it), the plan, and the documents read.
    With `applier` (`import_package`) each document is also applied as soon as it is
    checked, so it is read once, not twice; a refusal further on is undone with the
    caller's transaction, as any failure is."""
    package = open_package(path)
    try:
        where = str(path)
        server_role = app_role(session)
        checked = authority != "server" and server_role is None
        if checked:  # offline: the keys this database enrolled decide
            sender = trust.sender_of(session, package.manifest, where)
            if not sender.trusted:
                raise UnknownSender(sender, where)
            key_known = True
        else:  # the team server's login (or, pulling, the server) is the authority
            sender = trust.server_sender(package.manifest, server_role or "manager")
            key_known = _check_signer(session, package)
        roster = None
        if checked and "roster.json" in package.names:  # read and checked in a dry run too
            roster = trust.checked_roster(package.read_json("roster.json"), where)
        if applier is not None and roster is not None:
            trust.apply_roster(session, roster, where)
        people = (
            set(session.scalars(select(Person.name)))
            | set(session.scalars(select(KnownKey.person)))
            if checked
            else set()
        )
        templates = _template_docs(package)
        versions = VersionIndex(session, memo)
        plan = ImportPlan(
            path,
            sender.person,
            sender.fingerprint,
            key_known,
        )
        plan.sender_role = sender.role
        documents: dict[str, Any] = {"templates": templates, "audits": [], "diaries": []}
        plan.new_templates = sorted(
            f"{t['template']['name']} v{t['template']['version']}"
            for digest, t in templates.items()
            if versions.find(digest, t["template"]["name"]) is None
        )
        present = _audits_present(session, package.members_under("audits"))
        apply = applier(package, plan, templates, versions) if applier else None
        questions_of: dict[str, set[str]] = {}
        for name in package.members_under("audits"):
            doc = package.read_json(name, "package-audit", audit_floats)
            if name != f"audits/{doc['id']}.json":
                raise AuditorError(
                    "{name}: holds audit {id}", name=name, id=doc["id"], file=str(path)
                )
            package_values.check("audit", doc, name, str(path))  # all it holds can be stored
            if revision_of(doc, name in package.plain) != doc["revision"]:
                raise AuditorError(
                    "{name}: the revision does not match the content", name=name, file=str(path)
                )
            digest = doc["template"]["hash"]
            member = templates.get(digest)
            if member is not None and member["template"]["name"] != doc["template"]["name"]:
                raise AuditorError(
                    "{name}: names checklist {checklist} but its hash is checklist {other}'s",
                    name=name,
                    checklist=doc["template"]["name"],
                    other=member["template"]["name"],
                    file=str(path),
                )
            known_version = versions.find(digest, doc["template"]["name"])
            if member is None and known_version is None:
                raise AuditorError(
                    "{name}: checklist {checklist} v{version} "
                    "is neither in the package nor in this database",
                    name=name,
                    checklist=doc["template"]["name"],
                    version=doc["template"]["version"],
                    file=str(path),
                )
            if (
                known_version is None
                and checked
                and not package_authority.may_bring_checklists(sender)
            ):
                raise AuditorError(
                    "{name}: checklist {checklist} v{version} "
                    "is not in this database, and only a manager's key brings checklists: "
                    "refused",
                    name=name,
                    checklist=doc["template"]["name"],
                    version=doc["template"]["version"],
                    file=str(path),
                )
            if digest not in questions_of:
                template = templates.get(digest, {}).get("template")
                questions_of[digest] = (
                    {q["key"] for s in template["sections"] for q in s["questions"]}
                    if template is not None
                    else _question_keys(session, versions.find(digest, doc["template"]["name"]))
                )
            questions = questions_of[digest]
            answered: set[str] = set()
            for index, answer in enumerate(doc["answers"]):
                if answer["question"] not in questions:
                    raise AuditorError(
                        "{name}: answers/{index}: the checklist has no question {question!r}",
                        name=name,
                        index=index,
                        question=answer["question"],
                        file=str(path),
                    )
                if answer["question"] in answered:
                    raise AuditorError(
                        "{name}: answers/{index}: question {question!r} is answered twice",
                        name=name,
                        index=index,
                        question=answer["question"],
                        file=str(path),
                    )
                answered.add(answer["question"])
            for index, att in enumerate(doc["attachments"]):
                photo = f"attachments/{att['sha256']}"
                if photo in package.names:  # its bytes are checked as they are read
                    package.expect(photo, att["media_type"], f"{name}: attachments/{index}")
                elif not _have_bytes(session, att["sha256"]):
                    raise AuditorError(
                        "{name}: attachments/{index}: photo {photo}… is neither in "
                        "the package nor in this database",
                        name=name,
                        index=index,
                        photo=att["sha256"][:12],
                        file=str(path),
                    )
            action, detail = (
                _audit_action(session, doc, versions) if doc["id"] in present else ("add", "")
            )
            if checked and action in ("add", "update", "conflict"):  # what would be written
                stored = _stored_document(session, doc["id"], versions, doc["id"] in present)
                package_authority.check_audit(sender, doc, stored, where, name, people)
            titles: dict[str, str] = (
                member["template"].get("title") or {} if member is not None
                else versions.version(known_version).title if known_version else {}
            )  # fmt: skip
            item = PlanItem(
                "audit", doc["id"], action, _audit_title(doc), name, detail,
                dict(titles), doc["location"]["name"], doc["visit_start"][:10],
            )  # fmt: skip
            plan.items.append(item)
            documents["audits"].append(name)  # read again when applied: memory stays flat
            if apply:
                apply.audit(doc, item)
        if apply:
            apply.audits_done()
        for name in package.members_under("diaries"):
            doc = package.read_json(name, "package-diary")
            if name != f"diaries/{doc['id']}.json":
                raise AuditorError(
                    "{name}: holds diary {id}", name=name, id=doc["id"], file=str(path)
                )
            package_values.check("diary", doc, name, str(path))
            if checked:
                held = session.get(Diary, uuid.UUID(doc["id"]))
                owner = held.owner.name if held is not None else None
                package_authority.check_diary(sender, doc, owner, where, name)
            action = _diary_action(session, doc)
            item = PlanItem("diary", doc["id"], action, doc["title"], name)
            plan.items.append(item)
            documents["diaries"].append(name)
            if apply:
                apply.diary(doc, item)
        if apply and (not checked or package_authority.may_bring_checklists(sender)):
            apply.templates()  # the office's checklists: only from a manager's key
        for name in package.members_under("actions"):
            doc = package.read_json(name, "package-action")
            if name != f"actions/{doc['id']}.json":
                raise AuditorError(
                    "{name}: holds action {id}", name=name, id=doc["id"], file=str(path)
                )
            package_values.check("action", doc, name, str(path))
            if checked:
                package_authority.check_action(sender, where, name)
            action = _action_action(session, doc)
            item = PlanItem("action", doc["id"], action, doc["title"], name)
            plan.items.append(item)
            documents.setdefault("actions", []).append(name)
            if apply:
                apply.action(doc, item)
        package.verify_all()  # the photos: every member is read before anything is written
        if apply:
            session.flush()
        return package, plan, documents
    except BaseException:
        package.close()
        raise


class UnknownSender(AuditorError):
    """A package signed by a key this database has not enrolled: nothing is written until
    someone who compared its fingerprint with the sender trusts it."""

    def __init__(self, sender: trust.Sender, where: str) -> None:
        self.sender = sender
        state = {"revoked": Phrase("a revoked key"),
                 "legacy": Phrase("a key remembered before keys were enrolled")}.get(
            sender.state, Phrase("a key not enrolled here"))  # fmt: skip
        super().__init__(
            "signed by {person} with {state} ({fingerprint}): nothing was imported. If "
            "{person} reads you this same code, trust the key: service-auditor key trust "
            "{fingerprint} --person NAME --role ROLE --from {package} (or audit import "
            "--trust {fingerprint})",
            person=sender.person,
            state=state,
            fingerprint=sender.fingerprint,
            package=Path(where).name,
            file=where,
        )


def _stored_document(
    session: Session, audit_id: str, versions: VersionIndex, present: bool
) -> dict[str, Any] | None:
    if not present:
        return None
    audit = session.get(Audit, uuid.UUID(audit_id))
    return None if audit is None else audit_document(session, audit, versions)


def _audits_present(session: Session, members: list[str]) -> set[str]:
    """Which of the package's audits this database has (by member name: one query per 900,
    not one per audit; a member holding another id than its name is refused later)."""
    ids = []
    for name in members:
        try:
            ids.append(uuid.UUID(name.removeprefix("audits/").removesuffix(".json")))
        except ValueError:
            continue
    present: set[str] = set()
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        present.update(str(i) for i in session.scalars(select(Audit.id).where(Audit.id.in_(chunk))))
    return present


def _question_keys(session: Session, version_id: uuid.UUID | None) -> set[str]:
    assert version_id is not None
    version = load_version(session, version_id)
    return {q.key for s in version.sections for q in s.questions}


def _have_bytes(session: Session, digest: str) -> bool:
    return _stored_bytes(session, digest) is not None


def _audit_action(session: Session, doc: dict[str, Any], versions: VersionIndex) -> tuple[str, str]:
    audit_id = uuid.UUID(doc["id"])
    audit = session.get(Audit, audit_id)
    if audit is None:
        return "add", ""
    local = audit_document(session, audit, versions)["revision"]
    incoming = doc["revision"]
    if local == incoming:
        return "unchanged", ""
    if local in doc["known"]:
        return "update", ""
    if incoming in known_revisions(session, audit_id):
        return "unchanged", "this database has a newer version"
    kept = session.scalar(
        select(AuditConflict.id).where(
            AuditConflict.audit_id == audit_id, AuditConflict.revision == incoming
        )
    )
    return "conflict", "already kept" if kept else "changed on both sides"


def _action_fields(session: Session, doc: dict[str, Any]) -> dict[str, Any]:
    standard = session.scalar(select(Standard.id).where(Standard.code == doc["standard"]))
    if standard is None:
        raise AuditorError(
            "actions/{id}.json: no standard {standard} here or in the package",
            id=doc["id"],
            standard=doc["standard"],
            field="standard",
        )
    place = doc.get("location")
    location = None
    if place:
        where = {"organisation": {"name": place["organisation"]}, "location": place}
        location = _place(session, where).id
    audit_id = uuid.UUID(doc["audit_id"]) if doc.get("audit_id") else None
    if audit_id is not None and session.get(Audit, audit_id) is None:
        audit_id = None  # an audit this database has not seen: the action stands alone
    due = doc.get("due_date")
    return {
        "standard_id": standard,
        "location_id": location,
        "audit_id": audit_id,
        "title": doc["title"],
        "description": doc.get("description", ""),
        "owner": doc.get("owner", ""),
        "due_date": date.fromisoformat(due) if due else None,
        "status": ActionStatus(doc["status"]),
        "closed_at": _when(doc.get("closed_at")),
        "verified_at": _when(doc.get("verified_at")),
        "done_note": doc.get("done_note", ""),
        "question_key": doc.get("question_key", ""),
        "linked_audits": list(doc.get("linked_audits", [])),
    }


def _action_action(session: Session, doc: dict[str, Any]) -> str:
    """Actions come from the office: added, or replacing a copy that differs."""
    action = session.get(CorrectiveAction, uuid.UUID(doc["id"]))
    if action is None:
        return "add"
    mine = action_document(action)
    theirs = {k: doc.get(k) for k in mine if k != "created_at"}
    return "unchanged" if {k: mine[k] for k in theirs} == theirs else "update"


def _write_action(session: Session, doc: dict[str, Any], action: str) -> None:
    fields = _action_fields(session, doc)
    if action == "add":
        session.add(
            CorrectiveAction(
                id=uuid.UUID(doc["id"]),
                created_at=_when(doc.get("created_at")) or datetime.now(UTC),
                **fields,
            )
        )
    else:
        session.execute(
            update(CorrectiveAction)
            .where(CorrectiveAction.id == uuid.UUID(doc["id"]))
            .values(**fields)
        )


def _diary_action(session: Session, doc: dict[str, Any]) -> str:
    diary = session.get(Diary, uuid.UUID(doc["id"]))
    if diary is None:
        return "add"
    have = {str(e.id): _event(e) for e in diary.events}
    incoming = {e["id"]: e for e in doc["events"]}
    if any(i in have and have[i] != e for i, e in incoming.items()):
        return "conflict"
    return "update" if set(incoming) - set(have) else "unchanged"


def import_package(
    session: Session,
    path: Path,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    memo: ChecklistMemo | None = None,
    authority: str | None = None,
) -> ImportPlan:
    """Check and apply, in the caller's transaction (the caller commits, or rolls back):
    each document is applied as soon as it is checked (read once); a refusal further on
    leaves nothing once the caller rolls back."""

    def applier(
        package: Package, plan: ImportPlan, templates: dict[str, Any], versions: VersionIndex
    ) -> _Applier:
        total = sum(len(package.members_under(f)) for f in ("audits", "diaries", "actions"))
        return _Applier(session, package, plan, templates, versions, total, progress, cancelled)

    package, plan, _documents = plan_import(session, path, applier, memo, authority)
    package.close()
    return plan


def apply_plan(
    session: Session,
    package: Package,
    plan: ImportPlan,
    documents: dict[str, Any],
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> None:
    """Apply a plan the user has seen (`plan_import`): its documents are read again."""
    if app_role(session) is None and "roster.json" in package.names:
        roster = trust.checked_roster(package.read_json("roster.json"), str(plan.path))
        trust.apply_roster(session, roster, str(plan.path))
    templates = documents["templates"]
    items = {(i.kind, i.id): i for i in plan.items}
    apply = _Applier(
        session, package, plan, templates, VersionIndex(session), len(items), progress, cancelled
    )
    for name in documents["audits"]:
        doc = package.read_json(name, floats_in=audit_floats)  # checked in the plan
        apply.audit(doc, items[("audit", doc["id"])])
    apply.audits_done()
    for name in documents["diaries"]:
        doc = package.read_json(name)
        apply.diary(doc, items[("diary", doc["id"])])
    if app_role(session) is not None or plan.sender_role in ("manager", "admin"):
        apply.templates()  # the office's checklists: only from a manager's key
    for name in documents.get("actions", []):
        doc = package.read_json(name)
        apply.action(doc, items[("action", doc["id"])])
    session.flush()


class _Applier:
    """What an import does with each checked document, in the package's order: audits
    (new ones through the bulk adder), diaries, the office's checklists, actions."""

    def __init__(
        self,
        session: Session,
        package: Package,
        plan: ImportPlan,
        templates: dict[str, Any],
        versions: VersionIndex,
        total: int,
        progress: Progress | None,
        cancelled: IsCancelled | None,
    ) -> None:
        self.session, self.package, self.plan = session, package, plan
        self.template_docs, self.versions = templates, versions
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled
        self.adder = _BulkAdder(session, package, versions)
        manifest = package.manifest
        if not plan.key_known and app_role(session) is not None:  # a laptop syncing
            session.add(
                KnownKey(
                    person=manifest["created_by"],
                    public_key=manifest["public_key"],
                    laptop_id=manifest["laptop_id"],
                )
            )

    def _step(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)

    def audit(self, doc: dict[str, Any], item: PlanItem) -> None:
        if self.cancelled and self.cancelled():
            raise Cancelled("import cancelled; nothing was changed", file=str(self.plan.path))
        session, versions = self.session, self.versions
        if item.action == "add":
            self.adder.add(doc, _version_for(session, versions, doc, self.template_docs))
        elif item.action == "update":
            version_id = _version_for(session, versions, doc, self.template_docs)
            _write_audit(session, self.package, doc, version_id, False, versions)
        elif item.action == "conflict" and item.detail != "already kept":
            session.add(
                AuditConflict(
                    audit_id=uuid.UUID(doc["id"]),
                    revision=doc["revision"],
                    document=doc,
                    source=f"{self.plan.path.name} ({self.plan.signer})",
                )
            )
        self._step()

    def audits_done(self) -> None:
        self.adder.finish()

    def diary(self, doc: dict[str, Any], item: PlanItem) -> None:
        if item.action in ("add", "update"):
            _write_diary(self.session, doc)
        self._step()

    def templates(self) -> None:
        """The office's checklists, used or not yet."""
        for digest, member in self.template_docs.items():
            checklist = {"hash": digest, "name": member["template"]["name"]}
            _version_for(self.session, self.versions, {"template": checklist}, self.template_docs)
        self.session.flush()

    def action(self, doc: dict[str, Any], item: PlanItem) -> None:
        if item.action in ("add", "update"):
            _write_action(self.session, doc, item.action)
        self._step()


class _BulkAdder:
    """New audits go in as plain rows in batches through the driver's executemany (a package
    may hold thousands: see `auditor.store.bulk`), then their scores are computed together;
    one photo's bytes in memory at a time."""

    BATCH = 10_000  # answers held before they are written

    COLUMNS: ClassVar[dict[type[Any], tuple[str, ...]]] = {
        Audit: (
            "id", "template_version_id", "location_id", "shopper_id", "visit_start",
            "visit_end", "observed_staff", "narrative", "status", "submitted_at",
            "resume_question", "created_at", "updated_at", "revision", *CACHE_COLUMNS,
        ),
        Answer: ("id", "audit_id", "question_id", "value", "na", "comment", "answered_at",
                 "revision"),
        Review: ("id", "audit_id", "reviewer_id", "decision", "notes", "question_notes",
                 "created_at"),
        ChangeLogEntry: ("id", "at", "actor", "entity", "entity_id", "action", "details"),
        ReportedHistory: ("id", "audit_id", "reported_by", "received_at", "entry"),
        AuditRevision: ("audit_id", "revision", "at"),
        Attachment: ("id", "audit_id", "answer_id", "sha256", "name", "media_type", "size",
                     "data", "created_at"),
    }  # fmt: skip

    def __init__(self, session: Session, package: Package, versions: VersionIndex) -> None:
        self.session = session
        self.package = package
        self.versions = versions
        self.places: dict[tuple[str, str], uuid.UUID] = {}
        self.people: dict[str, uuid.UUID] = {}
        self.rows: dict[type[Any], list[tuple[Any, ...]]] = {model: [] for model in self.COLUMNS}
        self.writers: dict[type[Any], RowWriter] = {}
        self.seen_log: set[Any] = set()
        self.renamed: dict[Any, Any] = {}  # answer (review) ids taken here
        self.templates = TemplateCache(session)
        self.now = datetime.now(UTC)
        # ids and times go in the driver's form, straight from the documents' text (no UUID
        # or datetime built for sixty thousand answers only to be turned back into text)
        dialect = session.get_bind().dialect
        self.key = bind_of(dialect, Answer.id)  # a UUID
        self.id_text = uuid_bound(dialect, Answer.id, checked=True)  # its schema's pattern
        self.moment = bind_of(dialect, Answer.answered_at)  # a datetime
        self.when = iso_bound(dialect, Answer.answered_at)  # a document's time
        self.question_ids: dict[uuid.UUID, dict[str, Any]] = {}  # version: key -> question id
        self.scores = CacheWriter(dialect)
        self.photos: list[tuple[Any, ...]] = []  # attachment rows, their bytes not read yet
        # on a team server a login's sync brings the laptop's history as what it reported
        self.reported = app_role(session) is not None

    def _writer(self, model: type[Any]) -> RowWriter:
        if model not in self.writers:
            table = model.metadata.tables[model.__tablename__]
            columns = self.COLUMNS[model]
            bound = [c for c in columns if isinstance(table.c[c].type, Uuid | UTCDateTime)]
            if model is Audit:
                bound += CACHE_COLUMNS  # the scores' row, converted by CacheWriter
            self.writers[model] = RowWriter(self.session.connection(), table, columns, bound)
        return self.writers[model]

    def _place(self, doc: dict[str, Any]) -> uuid.UUID:
        key = (doc["organisation"]["name"], doc["location"]["name"])
        if key not in self.places:
            self.places[key] = _place(self.session, doc).id
        return self.places[key]

    def _person(self, data: dict[str, Any], role: PersonRole) -> uuid.UUID:
        if data["name"] not in self.people:
            self.people[data["name"]] = _person_from(self.session, data, role).id
        return self.people[data["name"]]

    def add(self, doc: dict[str, Any], version_id: uuid.UUID) -> None:
        audit_id = uuid.UUID(doc["id"])
        key, when = self.key, self.when
        audit_key = key(audit_id)
        if version_id not in self.question_ids:
            self.question_ids[version_id] = {
                k: key(q) for q, k in self.versions.question_keys(version_id).items()
            }
        question_ids = self.question_ids[version_id]
        fields = _audit_fields(
            doc, version_id, self._place(doc), self._person(doc["shopper"], PersonRole.SHOPPER)
        )
        answer_ids: dict[str, Any] = {}
        moment_now = self.moment(self.now)
        answers = self.rows[Answer]
        held: HeldAnswers = {}
        id_text = self.id_text
        for item in doc["answers"]:
            # kept, as its change log names it (unless taken: see _flush_rows)
            answer_id = id_text(item["id"]) if "id" in item else key(uuid.uuid4())
            question = item["question"]
            answer_ids[question] = answer_id
            held[question] = (item.get("value"), item["na"])
            answers.append(
                (
                    answer_id, audit_key, question_ids[question], item.get("value"), item["na"],
                    item["comment"], when(item["answered_at"]), 1,
                )
            )  # fmt: skip
        for item in doc["reviews"]:
            self.rows[Review].append(
                (
                    id_text(item["id"]), audit_key,
                    key(self._person({"name": item["reviewer"]}, PersonRole.MANAGER)),
                    ReviewDecision(item["decision"]), item["notes"], item["question_notes"],
                    when(item["created_at"]),
                )
            )  # fmt: skip
        for item in doc["change_log"]:
            entry_id = id_text(item["id"])
            if self.reported:
                self.rows[ReportedHistory].append(
                    (key(uuid.uuid4()), audit_key, "", moment_now, item)
                )
            elif entry_id not in self.seen_log:
                self.seen_log.add(entry_id)
                self.rows[ChangeLogEntry].append(
                    (
                        entry_id, when(item["at"]), item["actor"], item["entity"],
                        id_text(item["entity_id"]), item["action"], item["details"],
                    )
                )  # fmt: skip
        # scored from the answers in hand, its scores in its row (no second write)
        score = held_score_rows(self.scores, [(audit_id, version_id, held)], self.templates)[0]
        moment = self.moment
        self.rows[Audit].append(
            (
                audit_key, key(version_id), key(fields["location_id"]), key(fields["shopper_id"]),
                moment(fields["visit_start"]), moment(fields["visit_end"]),
                fields["observed_staff"], fields["narrative"], fields["status"],
                moment(fields["submitted_at"]), fields["resume_question"],
                when(doc.get("created_at")) or moment(self.now), moment(self.now), 1,
                *(score[c] for c in CACHE_COLUMNS),
            )
        )  # fmt: skip
        for revision in sorted({doc["revision"], *doc["known"]}):
            self.rows[AuditRevision].append((audit_key, revision, moment(self.now)))
        for item in doc["attachments"]:  # written after the answers they belong to
            question = item.get("question")
            self.photos.append(
                (
                    id_text(item["id"]), audit_key,
                    answer_ids.get(question) if question else None, item["sha256"],
                    item["name"], item["media_type"], item["size"], None,
                    when(item["created_at"]),
                )
            )  # fmt: skip
        if len(answers) >= self.BATCH:
            self._flush_rows()

    def _write_photos(self) -> None:
        """The batch's photos, their answers in: one photo's bytes in memory at a time."""
        for row in self.photos:
            data = _photo_bytes(self.session, self.package, row[3])
            answer = self.renamed.get(row[2], row[2])  # given a fresh id here
            self._write_ids_kept(Attachment, [(*row[:2], answer, *row[3:7], data, row[8])])
        self.photos = []

    def _taken(self, model: type[Any], ids: list[Any]) -> set[Any]:
        """Which of these ids (each in the form given to the driver) this database has."""
        given = {uuid.UUID(i) if isinstance(i, str) else i: i for i in ids}
        have: set[Any] = set()
        asked = list(given)
        for start in range(0, len(asked), 900):
            have.update(
                given[found]
                for found in self.session.scalars(
                    select(model.id).where(model.id.in_(asked[start : start + 900]))
                )
            )
        return have

    def _write_ids_kept(
        self, model: type[Any], rows: list[tuple[Any, ...]], skip_taken: bool = False
    ) -> None:
        """Rows under the ids their documents give (the change log names them). An id this
        database already gives another row (an audit copied under a new id) is only found
        when the insert clashes: then the taken ids get fresh ones, or with `skip_taken`
        those rows are left out (the same log entry, brought before). Asking first cost a
        query per 900 rows, a fifth of a package's import."""
        if not rows:
            return
        try:
            with self.session.begin_nested():
                self._writer(model).write(rows)
            return
        except IntegrityError:
            pass
        taken = self._taken(model, [r[0] for r in rows])
        if skip_taken:
            rows = [r for r in rows if r[0] not in taken]
            taken = set()
        for index, row in enumerate(rows):
            if row[0] in taken:  # here, or earlier in this batch
                self.renamed[row[0]] = self.key(uuid.uuid4())
                rows[index] = (self.renamed[row[0]], *row[1:])
            taken.add(row[0])
        self._writer(model).write(rows)

    def _flush_rows(self) -> None:
        for model in (Audit, Answer, Review, ChangeLogEntry, ReportedHistory, AuditRevision):
            rows = self.rows[model]
            if model in (Answer, Review):
                self._write_ids_kept(model, rows)
            elif model is ChangeLogEntry:  # an entry another audit's import may have brought
                self._write_ids_kept(model, rows, skip_taken=True)
            else:
                self._writer(model).write(rows)
            self.rows[model] = []
        self._write_photos()

    def finish(self) -> None:
        self._flush_rows()


def _version_for(
    session: Session, versions: VersionIndex, doc: dict[str, Any], templates: dict[str, Any]
) -> uuid.UUID:
    digest = doc["template"]["hash"]
    found = versions.find(digest, doc["template"]["name"])
    if found is not None:
        return found
    member = templates[digest]
    have = {s for s in session.scalars(select(Standard.code))}
    for item in member["standards"]:
        if item["code"] not in have:
            session.add(
                Standard(
                    code=item["code"],
                    title=item["title"],
                    description=item.get("description", {}),
                    triad=item.get("triad", ""),
                    quality_kind=item.get("quality_kind", ""),
                    servqual_dimension=item.get("servqual_dimension", ""),
                    office=item.get("office", "front"),
                    target=target_labels(item.get("target")),
                    weight=float(item.get("weight", 1.0)),
                )
            )
    session.flush()
    template_doc = canonical_document(member["template"])
    template = session.scalar(
        select(ChecklistTemplate).where(ChecklistTemplate.name == template_doc["name"])
    )
    if template is None:
        template = ChecklistTemplate(name=template_doc["name"])
        session.add(template)
        number = template_doc["version"]
    else:
        numbers = set(
            session.scalars(
                select(TemplateVersion.version).where(TemplateVersion.template_id == template.id)
            )
        )
        number = (
            template_doc["version"] if template_doc["version"] not in numbers else max(numbers) + 1
        )
    version = _build_version(session, template_doc, template, number, "package")
    session.flush()
    versions.add(digest, template_doc["name"], version.id)
    return version.id


def _audit_fields(
    doc: dict[str, Any], version_id: uuid.UUID, location_id: uuid.UUID, shopper_id: uuid.UUID
) -> dict[str, Any]:
    """An audit row's columns from its document (added or brought up to date alike)."""
    return {
        "template_version_id": version_id,
        "location_id": location_id,
        "shopper_id": shopper_id,
        "visit_start": _when(doc["visit_start"]),
        "visit_end": _when(doc.get("visit_end")),
        "observed_staff": doc.get("observed_staff", ""),
        "narrative": doc.get("narrative", ""),
        "status": AuditStatus(doc["status"]),
        "submitted_at": _when(doc.get("submitted_at")),
        "resume_question": doc.get("resume_question", ""),
    }


def _place(session: Session, doc: dict[str, Any]) -> Location:
    org_name = doc["organisation"]["name"]
    org = session.scalar(select(Organisation).where(Organisation.name == org_name))
    if org is None:
        org = Organisation(name=org_name, sector=doc["organisation"].get("sector", ""))
        session.add(org)
        session.flush()
    loc_doc = doc["location"]
    loc = session.scalar(
        select(Location).where(Location.organisation_id == org.id, Location.name == loc_doc["name"])
    )
    if loc is None:
        loc = Location(
            organisation_id=org.id,
            name=loc_doc["name"],
            code=loc_doc.get("code", ""),
            city=loc_doc.get("city", ""),
            address=loc_doc.get("address", ""),
            department=loc_doc.get("department", ""),
        )
        session.add(loc)
        session.flush()
    return loc


def _person_from(session: Session, data: dict[str, Any], role: PersonRole) -> Person:
    person = person_named(session, data["name"], role)
    if data.get("email") and not _email(person) and app_role(session) != "shopper":
        person.email = data["email"]
    return person


def _write_audit(
    session: Session,
    package: Package,
    doc: dict[str, Any],
    version_id: uuid.UUID,
    new: bool,
    versions: VersionIndex,
) -> None:
    audit_id = uuid.UUID(doc["id"])
    question_ids = {key: qid for qid, key in versions.question_keys(version_id).items()}
    fields = _audit_fields(
        doc,
        version_id,
        _place(session, doc).id,
        _person_from(session, doc["shopper"], PersonRole.SHOPPER).id,
    )
    before: set[str] = set()
    status = fields.pop("status")
    if new:
        created = _when(doc.get("created_at")) or datetime.now(UTC)
        audit = Audit(id=audit_id, created_at=created, status=status, **fields)
        session.add(audit)
    else:
        found = session.get(Audit, audit_id)
        assert found is not None
        audit = found
        before = {audit_document(session, audit, versions)["revision"]}
        for name, value in fields.items():
            setattr(audit, name, value)
    # the status moves after the answers: a team server takes answers only while the audit
    # is its shopper's to change (a returned audit comes back submitted with new answers)
    session.flush()
    answers = {
        a.question_id: a for a in session.scalars(select(Answer).where(Answer.audit_id == audit_id))
    }
    answer_ids: dict[str, uuid.UUID] = {}
    for item in doc["answers"]:
        qid = question_ids[item["question"]]
        answer = answers.get(qid)
        if answer is None:
            wanted = uuid.UUID(item["id"]) if item.get("id") else uuid.uuid4()
            if session.get(Answer, wanted) is not None:
                wanted = uuid.uuid4()
            answer = Answer(id=wanted, audit_id=audit_id, question_id=qid)
            session.add(answer)
        answer.value, answer.na, answer.comment = item.get("value"), item["na"], item["comment"]
        answer.answered_at = _when(item["answered_at"])  # type: ignore[assignment]
        answer_ids[item["question"]] = answer.id
    session.flush()
    for item in doc["attachments"]:
        att_id = uuid.UUID(item["id"])
        if session.get(Attachment, att_id) is not None:
            continue
        data = _photo_bytes(session, package, item["sha256"])
        session.add(
            Attachment(
                id=att_id,
                audit_id=audit_id,
                answer_id=answer_ids.get(item["question"]) if item.get("question") else None,
                sha256=item["sha256"],
                name=item["name"],
                media_type=item["media_type"],
                size=item["size"],
                data=data,
                created_at=_when(item["created_at"]),
            )
        )
    for item in doc["reviews"]:
        review_id = uuid.UUID(item["id"])
        if session.get(Review, review_id) is None:
            reviewer = person_named(session, item["reviewer"], PersonRole.MANAGER)
            session.add(
                Review(
                    id=review_id,
                    audit_id=audit_id,
                    reviewer_id=reviewer.id,
                    decision=ReviewDecision(item["decision"]),
                    notes=item["notes"],
                    question_notes=item["question_notes"],
                    created_at=_when(item["created_at"]),
                )
            )
    reported = app_role(session) is not None
    for item in doc["change_log"]:
        entry_id = uuid.UUID(item["id"])
        if reported:
            session.add(ReportedHistory(audit_id=audit_id, reported_by="", entry=item))
        elif session.get(ChangeLogEntry, entry_id) is None:
            session.add(
                ChangeLogEntry(
                    id=entry_id,
                    at=_when(item["at"]),
                    actor=item["actor"],
                    entity=item["entity"],
                    entity_id=uuid.UUID(item["entity_id"]),
                    action=item["action"],
                    details=item["details"],
                )
            )
    session.flush()
    audit.status = status
    session.flush()
    rescore_audit(session, audit_id)
    session.flush()
    session.expire(audit)
    now = audit_document(session, audit, versions)["revision"]
    _remember(session, audit_id, {doc["revision"], now, *doc["known"], *before})
    # a conflict this version descends from is settled by it (on a team server by staff:
    # a shopper's sync leaves it for a reviewer)
    if app_role(session) is not None:  # a team server settles them through its function
        return
    for conflict in session.scalars(
        select(AuditConflict).where(
            AuditConflict.audit_id == audit_id, AuditConflict.resolved_at.is_(None)
        )
    ):
        if conflict.revision in doc["known"] or conflict.revision == doc["revision"]:
            conflict.resolved_at = datetime.now(UTC)


def _stored_bytes(session: Session, digest: str) -> bytes | None:
    """A photo this database holds whose bytes do hash to `digest` (one stored under a wrong
    hash before photos were checked is passed over: it is not the photo named)."""
    for attachment_id in session.scalars(
        select(Attachment.id).where(Attachment.sha256 == digest)
    ).all():
        data = session.scalar(select(Attachment.data).where(Attachment.id == attachment_id))
        if data is not None and sha256(data) == digest:
            return bytes(data)
    return None


def _photo_bytes(session: Session, package: Package, digest: str) -> bytes:
    name = f"attachments/{digest}"
    data = package.read_bytes(name) if name in package.names else _stored_bytes(session, digest)
    if data is None:  # checked by the plan: only a change since could get here
        raise AuditorError(
            "{name}: neither in the package nor here", name=name, file=str(package.path)
        )
    return data


def _write_diary(session: Session, doc: dict[str, Any]) -> None:
    diary_id = uuid.UUID(doc["id"])
    diary = session.get(Diary, diary_id)
    if diary is None:
        owner = _person_from(session, doc["owner"], PersonRole.DIARIST)
        diary = Diary(
            id=diary_id,
            owner_id=owner.id,
            title=doc["title"],
            purpose=doc.get("purpose", ""),
            period_start=date.fromisoformat(doc["period_start"]),
            period_end=date.fromisoformat(doc["period_end"]),
            created_at=_when(doc.get("created_at")) or datetime.now(UTC),
        )
        session.add(diary)
        session.flush()
    have = set(session.scalars(select(DiaryEvent.id).where(DiaryEvent.diary_id == diary_id)))
    for e in doc["events"]:
        event_id = uuid.UUID(e["id"])
        if event_id in have:
            continue
        session.add(
            DiaryEvent(
                id=event_id,
                diary_id=diary_id,
                occurred_at=_when(e["occurred_at"]),
                place=e.get("place", ""),
                organisation=e.get("organisation", ""),
                channel=e["channel"],
                description=e.get("description", ""),
                expectation=e.get("expectation"),
                experience=e.get("experience"),
                satisfaction=e.get("satisfaction"),
                feeling=e.get("feeling", ""),
                criteria=e.get("criteria", []),
                would_recommend=e.get("would_recommend", False),
                would_warn=e.get("would_warn", False),
            )
        )
    session.flush()


# -- conflicts ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictAnswer:
    question: str
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None
    label: str = ""  # the question as the checklist words it
    view: QuestionView | None = None  # its kind and choices, to say an answer in words


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    audit_id: uuid.UUID
    title: str
    source: str
    received_at: datetime
    local_status: str
    incoming_status: str
    answers: list[ConflictAnswer]  # only the questions whose answers differ
    location: str = ""
    checklist: str = ""  # the checklist's title in the reader's language
    visit_day: date | None = None


def open_conflicts(session: Session, language: str = "en") -> list[ConflictView]:
    out = []
    versions = VersionIndex(session)
    for conflict in session.scalars(
        select(AuditConflict)
        .where(AuditConflict.resolved_at.is_(None))
        .order_by(AuditConflict.received_at)
    ):
        audit = session.get(Audit, conflict.audit_id)
        assert audit is not None
        local = audit_document(session, audit, versions)
        incoming = conflict.document
        mine = {a["question"]: a for a in local["answers"]}
        theirs = {a["question"]: a for a in incoming["answers"]}
        version = versions.version(audit.template_version_id)
        views = {q.key: q for s in question_views(version, language) for q in s.questions}
        differing = []
        for key in [*mine, *[k for k in theirs if k not in mine]]:
            a, b = mine.get(key), theirs.get(key)
            if _answer_content(a) != _answer_content(b):
                view = views.get(key)
                label = view.label if view is not None else key
                differing.append(ConflictAnswer(key, a, b, label, view))
        out.append(
            ConflictView(
                conflict.id,
                conflict.audit_id,
                _audit_title(local),
                conflict.source,
                conflict.received_at,
                local["status"],
                incoming["status"],
                differing,
                local["location"]["name"],
                pick_label(version.title, language),
                _day(local["visit_start"]),
            )
        )
    return out


def _day(moment: str) -> date | None:
    try:
        return date.fromisoformat(moment[:10])
    except ValueError:
        return None


def _answer_content(a: dict[str, Any] | None) -> Any:
    return None if a is None else (a.get("value"), a["na"], a["comment"])


def resolve_conflict(
    session: Session, conflict_id: uuid.UUID, choice: str | dict[str, str], actor: str
) -> None:
    """Settle a conflict: "local" keeps ours, "incoming" takes theirs, or a question -> "local"
    / "incoming" map merges answer by answer. Either way both revisions become known, so the
    next exchange carries the result to the other side."""
    conflict = session.get(AuditConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise AuditorError("this conflict is already settled", field="conflict")
    audit = session.get(Audit, conflict.audit_id)
    assert audit is not None
    incoming = conflict.document
    before = audit_document(session, audit, VersionIndex(session))
    if choice == "incoming":
        picks = {a["question"]: "incoming" for a in incoming["answers"]}
    elif choice == "local":
        picks = {}
    elif isinstance(choice, dict):
        picks = {k: v for k, v in choice.items() if v == "incoming"}
    else:
        raise AuditorError("unknown choice '{choice}'", choice=choice, field="choice")
    if app_role(session) is not None:
        # on a team server the server applies the choice: from the two stored versions only
        session.execute(
            text("SELECT public.sa_resolve_conflict(:c, CAST(:take AS text[]), :status)"),
            {"c": conflict_id, "take": sorted(picks), "status": choice == "incoming"},
        )
        session.expire_all()
        rescore_audit(session, audit.id)
        _remember(session, audit.id, {before["revision"], conflict.revision, *incoming["known"]})
        return
    version = load_version(session, audit.template_version_id)
    question_ids = {q.key: q.id for s in version.sections for q in s.questions}
    theirs = {a["question"]: a for a in incoming["answers"]}
    for key in picks:
        item = theirs.get(key)
        if item is None or key not in question_ids:
            continue
        answer = session.scalar(
            select(Answer).where(
                Answer.audit_id == audit.id, Answer.question_id == question_ids[key]
            )
        )
        if answer is None:
            answer = Answer(audit_id=audit.id, question_id=question_ids[key])
            session.add(answer)
        answer.value, answer.na, answer.comment = item.get("value"), item["na"], item["comment"]
        answer.answered_at = datetime.now(UTC)
    if choice == "incoming":
        audit.status = AuditStatus(incoming["status"])
    conflict.resolved_at = datetime.now(UTC)
    session.add(
        ChangeLogEntry(
            actor=actor,
            entity="audit",
            entity_id=audit.id,
            action="merge",
            details={
                "conflict": str(conflict.id),
                "choice": choice if isinstance(choice, str) else "merge",
                "taken": sorted(picks),
            },
        )
    )
    session.flush()
    rescore_audit(session, audit.id)
    session.flush()
    _remember(session, audit.id, {before["revision"], conflict.revision, *incoming["known"]})
