"""The reviewer's side: the queue of submitted audits, an audit as a reviewer reads it, and
the decisions (accept, return with notes on questions, reopen with a reason).

Questionnaires (customer surveys, SERVQUAL, self-assessments, diaries: checklists whose kind
yields no verdict) are not audits: a response counts once it is submitted and waits for no
decision, so the queue holds only audits. A manager can still read a response and exclude
it (`exclude`): the workflow's one move from submitted that no count includes, returned,
with the reason; for a questionnaire a return means exactly that.

Every decision is one transaction that also writes the change log, so the history of an
audit (who submitted, returned, accepted or reopened it, when and why) is read back from the
same rows the decision wrote.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, NotFound, state_words
from auditor.labels import pick_label
from auditor.scoring.model import QUESTIONNAIRE_KINDS, AuditScore, yields_verdict
from auditor.services import capture, revisions
from auditor.services.audits import joined
from auditor.services.scoring import TemplateCache, compute_audit_score, rescore_audit
from auditor.store.models import (
    Answer,
    Attachment,
    Audit,
    AuditStatus,
    ChangeLogEntry,
    Location,
    Person,
    PersonRole,
    Question,
    Review,
    ReviewDecision,
    TemplateVersion,
)
from auditor.store.server_rules import log_change, server_scores, set_reason


@dataclass(frozen=True)
class QueueRow:
    id: uuid.UUID
    checklist: str
    location: str
    shopper: str
    visited_at: datetime
    submitted_at: datetime | None
    age_days: int
    score: float | None
    critical_failed: tuple[str, ...]
    questionnaire: bool = False  # a response to a survey-like checklist: no decision due


def review_queue(
    session: Session,
    language: str = "en",
    today: datetime | None = None,
    status: AuditStatus = AuditStatus.SUBMITTED,
    questionnaires: bool = False,
) -> list[QueueRow]:
    """Submitted audits waiting for a decision, the longest waiting first; questionnaire
    responses never wait there. With `questionnaires` the submitted responses instead (they
    count already; a manager may exclude one), the latest first. With `status=ACCEPTED` the
    accepted audits, the latest first, to reopen one."""
    now = today or datetime.now(UTC)
    query = joined(
        select(
            Audit.id,
            TemplateVersion.title,
            Location.name,
            Person.name,
            Audit.visit_start,
            Audit.submitted_at,
            Audit.score,
            Audit.critical_failed,
            TemplateVersion.kind,
        )
    ).where(Audit.status == status)
    if status == AuditStatus.SUBMITTED:
        survey = TemplateVersion.kind.in_(sorted(QUESTIONNAIRE_KINDS))
        query = query.where(survey if questionnaires else ~survey)
    rows = []
    for (audit_id, title, location, shopper, visited, submitted, score, critical,
         kind) in session.execute(query):  # fmt: skip
        since = submitted or visited  # UTCDateTime columns come back aware
        rows.append(
            QueueRow(
                audit_id, pick_label(title, language), location, shopper, visited, submitted,
                max(0, (now - since).days), score, tuple(critical or ()),
                not yields_verdict(kind),
            )
        )  # fmt: skip
    rows.sort(
        key=lambda r: (r.submitted_at or r.visited_at, str(r.id)),
        reverse=status != AuditStatus.SUBMITTED or questionnaires,
    )
    return rows


@dataclass(frozen=True)
class LogLine:
    at: datetime
    actor: str
    action: str  # start, save, attach, submit, accepted, returned, reopen, ...
    what: str  # the question, or the audit
    details: dict[str, Any]


@dataclass(frozen=True)
class ReviewView:
    """An audit as a reviewer reads it: the form (answers, comments, attachments), the
    score with its breakdown, the decisions so far and the whole change log."""

    form: capture.AuditForm
    score: AuditScore
    history: tuple[LogLine, ...]  # the audit's own status changes, oldest first
    log: tuple[LogLine, ...]  # every change to the audit and its answers, oldest first
    question_notes: dict[str, str]  # the latest return's notes per question
    questionnaire: bool = False  # a survey-like response: counted once submitted

    @property
    def status(self) -> str:
        return self.form.status


STATUS_ACTIONS = ("start", "submit", "accepted", "returned", "reopen")


def review_view(session: Session, audit_id: uuid.UUID, language: str = "en") -> ReviewView:
    form = capture.load_form(session, audit_id, language)
    score = compute_audit_score(session, audit_id, TemplateCache(session, language))
    answer_keys = {
        answer_id: key
        for answer_id, key in session.execute(
            select(Answer.id, Question.key)
            .join(Question, Question.id == Answer.question_id)
            .where(Answer.audit_id == audit_id)
        )
    }
    attachment_keys = {
        att_id: answer_keys.get(answer_id, "") if answer_id else ""
        for att_id, answer_id in session.execute(
            select(Attachment.id, Attachment.answer_id).where(Attachment.audit_id == audit_id)
        )
    }
    entries = session.scalars(
        select(ChangeLogEntry)
        .where(
            or_(
                ChangeLogEntry.entity_id == audit_id,
                ChangeLogEntry.entity_id.in_(list(answer_keys) or [uuid.uuid4()]),
                ChangeLogEntry.entity_id.in_(list(attachment_keys) or [uuid.uuid4()]),
            )
        )
        .order_by(ChangeLogEntry.at)
    ).all()
    log = []
    for e in entries:
        if e.entity_id == audit_id:
            what = ""
        else:
            what = str(e.details.get("question") or answer_keys.get(e.entity_id)
                       or attachment_keys.get(e.entity_id, ""))  # fmt: skip
        log.append(LogLine(e.at, e.actor, e.action, what, dict(e.details or {})))
    history = [x for x in log if not x.what and x.action in STATUS_ACTIONS]
    audit = session.get(Audit, audit_id)
    if (
        audit is not None and audit.submitted_at and not any(x.action == "submit" for x in history)
    ):  # audits that came without a change log (imported, demo): the row still knows
        history.append(LogLine(audit.submitted_at, form.shopper, "submit", "", {}))
        history.sort(key=lambda x: x.at)
    kind = audit.template_version.kind if audit is not None else ""
    return ReviewView(
        form,
        score,
        tuple(history),
        tuple(log),
        latest_question_notes(session, audit_id),
        not yields_verdict(kind),
    )


def latest_question_notes(session: Session, audit_id: uuid.UUID) -> dict[str, str]:
    review = session.scalars(
        select(Review)
        .where(Review.audit_id == audit_id, Review.decision == ReviewDecision.RETURNED)
        .order_by(Review.created_at.desc())
    ).first()
    return dict(review.question_notes or {}) if review else {}


def _audit_in(
    session: Session,
    audit_id: uuid.UUID,
    status: AuditStatus,
    doing: str,
    expected_revision: int | None = None,
) -> Audit:
    """The audit (its row locked), when it is in the status the decision needs and still the
    revision the reviewer read; else say what it is now."""
    audit = session.get(Audit, audit_id, with_for_update=True, populate_existing=True)
    if audit is None:
        raise NotFound("no audit with id {audit_id}", audit_id=audit_id, field="audit")
    revisions.check(session, "the audit", audit.id, audit.revision, expected_revision,
                    current=AuditStatus(audit.status).value, field="revision")  # fmt: skip
    if audit.status != status:
        now = state_words(AuditStatus(audit.status).value)
        if status == AuditStatus.ACCEPTED:
            raise AuditorError("only an accepted audit can be reopened; this one is {state}",
                               state=now, field="status")  # fmt: skip
        raise AuditorError("only a submitted audit can be reviewed; this one is {state}",
                           state=now, field="status")  # fmt: skip
    return audit


def _submitted(session: Session, audit_id: uuid.UUID, expected_revision: int | None) -> Audit:
    return _audit_in(session, audit_id, AuditStatus.SUBMITTED, "reviewed", expected_revision)


def accept(
    session: Session,
    audit_id: uuid.UUID,
    reviewer: str,
    note: str = "",
    expected_revision: int | None = None,
) -> None:
    """Accept a submitted audit: from now on it is locked (only Reopen changes it).
    `expected_revision`: the audit as the reviewer read it; a later change refuses."""
    audit = _submitted(session, audit_id, expected_revision)
    if server_scores(session):  # the team server counts it with the score it verified now
        rescore_audit(session, audit_id)
    _decide(session, audit, reviewer, ReviewDecision.ACCEPTED, note.strip(), {})


def return_to_shopper(
    session: Session,
    audit_id: uuid.UUID,
    reviewer: str,
    note: str = "",
    question_notes: dict[str, str] | None = None,
    expected_revision: int | None = None,
) -> None:
    """Return a submitted audit with a note, notes on questions, or both; the shopper sees
    each question's note on that question when the audit re-opens."""
    audit = _submitted(session, audit_id, expected_revision)
    notes = {k: v.strip() for k, v in (question_notes or {}).items() if v.strip()}
    keys = {q.key for s in audit.template_version.sections for q in s.questions}
    unknown = sorted(set(notes) - keys)
    if unknown:
        raise AuditorError(
            "the checklist has no question '{unknown}'", unknown=unknown[0], field="question"
        )
    if not note.strip() and not notes:
        raise AuditorError(
            "say what the shopper should change: a note, or a note on a question",
            field="notes",
        )
    _decide(session, audit, reviewer, ReviewDecision.RETURNED, note.strip(), notes)


def exclude(
    session: Session,
    audit_id: uuid.UUID,
    reviewer: str,
    reason: str,
    expected_revision: int | None = None,
) -> None:
    """Leave a submitted questionnaire response out of every count, with the reason: the
    workflow's return (no count includes a returned one), which for a questionnaire means
    excluded. An audit is accepted or returned instead."""
    audit = _submitted(session, audit_id, expected_revision)
    if yields_verdict(audit.template_version.kind):
        raise AuditorError("only a questionnaire response is excluded; an audit is accepted "
                           "or returned to its shopper", field="status")  # fmt: skip
    if not reason.strip():
        raise AuditorError("say why the response is excluded", field="reason")
    _decide(session, audit, reviewer, ReviewDecision.RETURNED, reason.strip(), {})


def _decide(
    session: Session,
    audit: Audit,
    reviewer: str,
    decision: ReviewDecision,
    note: str,
    question_notes: dict[str, str],
) -> None:
    if server_scores(session):  # the server signs a review with who is connected
        person_id = session.scalar(text("SELECT public.sa_person()"))
    else:
        person_id = capture.person_named(session, reviewer, PersonRole.MANAGER).id
    session.add(
        Review(audit_id=audit.id, reviewer_id=person_id, decision=decision, notes=note,
               question_notes=question_notes)
    )  # fmt: skip
    audit.status = (
        AuditStatus.RETURNED if decision == ReviewDecision.RETURNED else AuditStatus.ACCEPTED
    )
    log_change(session, reviewer, "audit", audit.id, decision.value,
               {"notes": note, "question_notes": question_notes})  # fmt: skip
    session.flush()


def reopen(
    session: Session,
    audit_id: uuid.UUID,
    reviewer: str,
    reason: str,
    expected_revision: int | None = None,
) -> None:
    """Unlock an accepted audit for another review; the reason goes to the change log."""
    audit = _audit_in(session, audit_id, AuditStatus.ACCEPTED, "reopened", expected_revision)
    if not reason.strip():
        raise AuditorError("say why the audit is reopened", field="reason")
    set_reason(session, reason.strip())
    audit.status = AuditStatus.SUBMITTED
    log_change(session, reviewer, "audit", audit.id, "reopen", {"reason": reason.strip()})
    session.flush()


def attachment_data(session: Session, attachment_id: uuid.UUID) -> bytes:
    data = session.scalar(select(Attachment.data).where(Attachment.id == attachment_id))
    if data is None:
        raise NotFound(
            "no attachment with id {attachment_id}", attachment_id=attachment_id, field="attachment"
        )
    return bytes(data)
