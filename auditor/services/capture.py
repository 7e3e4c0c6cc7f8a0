"""Filling an audit: start it, save each answer as it is given, attach files, submit, review.

Every save is one small transaction that also refreshes the cached score, so a killed
process loses nothing that was saved and lists never show a stale score. The form itself
reads a plain `AuditForm` (labels already in the user's language) and scores live with the
pure engine, so the window never needs the ORM.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, Joined, NotFound, Phrase, state_words
from auditor.expressions import ExpressionError, parse
from auditor.labels import pick_label
from auditor.scoring.audit import is_relevant, plain_values, score_audit
from auditor.scoring.model import AnswerValue, AuditScore, TemplateSpec
from auditor.services import revisions
from auditor.services.scoring import CompiledTemplate, cache_values, compile_version
from auditor.services.templates import latest_version, load_version
from auditor.store.models import (
    Answer,
    Attachment,
    Audit,
    AuditStatus,
    ChecklistTemplate,
    Location,
    Organisation,
    Person,
    PersonRole,
    QuestionKind,
    Review,
    ReviewDecision,
    TemplateVersion,
)
from auditor.store.server_rules import log_change, server_scores

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
EDITABLE = (AuditStatus.DRAFT, AuditStatus.RETURNED)
ATTACHMENT_KINDS = ("photo", "file")
NOT_AUDITS = ("diary",)  # template kinds captured elsewhere


@dataclass(frozen=True)
class ChoiceView:
    key: str
    label: str


@dataclass(frozen=True)
class QuestionView:
    key: str
    kind: str
    label: str
    help: str
    required: bool
    na_allowed: bool
    critical: bool
    relevance: str
    constraint: str
    choices: tuple[ChoiceView, ...] = ()
    scale_min: int = 1
    scale_max: int = 5
    anchors: dict[int, str] = field(default_factory=dict)
    target: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SectionView:
    key: str
    title: str
    relevance: str
    questions: tuple[QuestionView, ...]


@dataclass(frozen=True)
class AnswerState:
    value: Any = None
    na: bool = False
    comment: str = ""

    @property
    def answered(self) -> bool:
        return self.na or not (self.value is None or self.value == "" or self.value == [])


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    question: str
    name: str
    media_type: str
    size: int
    data: bytes = b""


@dataclass
class AuditForm:
    """Everything the form shows, read once when it opens."""

    audit_id: uuid.UUID
    status: str
    checklist: str
    version: int
    location: str
    shopper: str
    visit_start: datetime
    observed_staff: str
    language: str
    spec: TemplateSpec
    sections: tuple[SectionView, ...]
    answers: dict[str, AnswerState]
    attachments: dict[str, list[AttachmentInfo]]
    resume_question: str
    review_notes: list[str]
    question_notes: dict[str, str] = field(default_factory=dict)  # the last return's
    revision: int = 1  # the audit's, as read: a review decision is made against it

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    def question(self, key: str) -> QuestionView:
        for section in self.sections:
            for q in section.questions:
                if q.key == key:
                    return q
        raise KeyError(key)

    def score(self, answers: dict[str, AnswerState] | None = None) -> AuditScore:
        return score_audit(self.spec, engine_answers(answers or self.answers))


# the problems the app words itself, translated in an error (a checklist's own constraint
# message is shown as its author wrote it)
PROBLEM_WORDS = {
    "a required answer is missing": Phrase("a required answer is missing"),
    "N/A is not allowed for this question": Phrase("N/A is not allowed for this question"),
}


@dataclass(frozen=True)
class Problem:
    """Why an audit cannot be submitted yet, tied to one question."""

    question: str
    label: str
    message: str


def engine_answers(answers: dict[str, AnswerState]) -> dict[str, AnswerValue]:
    return {k: AnswerValue(a.value, a.na) for k, a in answers.items() if a.answered}


def question_views(version: TemplateVersion, language: str) -> tuple[SectionView, ...]:
    """The checklist's sections and questions as a reader sees them, in `language`."""
    sections = []
    for s in version.sections:
        questions = []
        for q in s.questions:
            anchors = {
                int(float(k)): pick_label(v, language)
                for k, v in q.scale.get("anchors", {}).items()
            }
            questions.append(
                QuestionView(
                    key=q.key,
                    kind=q.kind.value,
                    label=pick_label(q.label, language),
                    help=pick_label(q.help, language),
                    required=q.required and q.kind != QuestionKind.NOTE,
                    na_allowed=q.na_allowed and q.na_policy != "not_allowed",
                    critical=q.critical,
                    relevance=q.relevance,
                    constraint=q.constraint,
                    choices=tuple(
                        ChoiceView(c.key, pick_label(c.label, language)) for c in q.choices
                    ),
                    scale_min=int(q.scale.get("min", 1)),
                    scale_max=int(q.scale.get("max", 5)),
                    anchors=anchors,
                    target=dict(q.target),
                )
            )
        sections.append(
            SectionView(s.key, pick_label(s.title, language), s.relevance, tuple(questions))
        )
    return tuple(sections)


def _audit(session: Session, audit_id: uuid.UUID) -> Audit:
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFound("no audit with id {audit_id}", audit_id=audit_id, field="audit")
    return audit


def load_form(session: Session, audit_id: uuid.UUID, language: str = "en") -> AuditForm:
    audit = _audit(session, audit_id)
    version = load_version(session, audit.template_version_id)
    keys = {q.id: q.key for s in version.sections for q in s.questions}
    answers: dict[str, AnswerState] = {}
    answer_keys: dict[uuid.UUID, str] = {}
    for a in session.scalars(select(Answer).where(Answer.audit_id == audit_id)):
        key = keys.get(a.question_id)
        if key is not None:
            answers[key] = AnswerState(a.value, a.na, a.comment)
            answer_keys[a.id] = key
    attachments: dict[str, list[AttachmentInfo]] = {}
    for att in session.scalars(
        select(Attachment).where(Attachment.audit_id == audit_id).order_by(Attachment.created_at)
    ):
        key = answer_keys.get(att.answer_id) if att.answer_id else None
        if key is not None:
            attachments.setdefault(key, []).append(
                AttachmentInfo(att.id, key, att.name, att.media_type, att.size, att.data)
            )
    returns = [
        r
        for r in session.scalars(
            select(Review).where(Review.audit_id == audit_id).order_by(Review.created_at)
        )
        if r.decision == ReviewDecision.RETURNED
    ]
    notes = [r.notes for r in returns if r.notes]
    return AuditForm(
        audit_id=audit.id,
        status=AuditStatus(audit.status).value,
        checklist=pick_label(version.title, language),
        version=version.version,
        location=audit.location.name,
        shopper=audit.shopper.name,
        visit_start=audit.visit_start,
        observed_staff=audit.observed_staff,
        language=language,
        spec=compile_version(version, language).spec,
        sections=question_views(version, language),
        answers=answers,
        attachments=attachments,
        resume_question=audit.resume_question,
        review_notes=notes,
        question_notes=dict(returns[-1].question_notes or {}) if returns else {},
        revision=audit.revision,
    )


def _violates(question: QuestionView, state: AnswerState, values: dict[str, Any]) -> bool:
    if not question.constraint or not state.answered or state.na:
        return False
    try:
        return not parse(question.constraint, check_patterns=False).is_true(values, state.value)
    except ExpressionError:
        return False  # templates are validated on import; past a limit the rule is not kept


def constraint_message(question: QuestionView, state: AnswerState, values: dict[str, Any]) -> str:
    """Empty when the answer keeps the question's rule, else what the rule is."""
    if _violates(question, state, values):
        return f"the answer breaks the rule of this question: {question.constraint}"
    return ""


def problems(form: AuditForm, answers: dict[str, AnswerState] | None = None) -> list[Problem]:
    """Required answers missing and rules broken, in form order (only relevant questions)."""
    answers = answers if answers is not None else form.answers
    values = plain_values(engine_answers(answers))
    found = []
    for section in form.sections:
        section_relevant = is_relevant(section.relevance, values, section.key)
        for q in section.questions:
            if not (section_relevant and is_relevant(q.relevance, values, q.key)):
                continue
            state = answers.get(q.key, AnswerState())
            if q.required and not state.answered:
                found.append(Problem(q.key, q.label, "a required answer is missing"))
            elif state.na and not q.na_allowed:
                found.append(Problem(q.key, q.label, "N/A is not allowed for this question"))
            elif message := constraint_message(q, state, values):
                found.append(Problem(q.key, q.label, message))
    return found


def _check_editable(session: Session, audit_id: uuid.UUID) -> None:
    """The status alone (every save asks): refuse changes to a submitted or accepted audit.
    Takes the audit's row lock on a server, so saves and decisions on one audit queue up."""
    status = session.scalar(select(Audit.status).where(Audit.id == audit_id).with_for_update())
    if status is None:
        raise NotFound("no audit with id {audit_id}", audit_id=audit_id, field="audit")
    if status not in EDITABLE:
        raise AuditorError(
            "the audit is {status}; only a reviewer can re-open it",
            status=state_words(AuditStatus(status).value),
            field="status",
        )


def _editable_audit(session: Session, audit_id: uuid.UUID) -> Audit:
    _check_editable(session, audit_id)
    return _audit(session, audit_id)


class AnswerWriter:
    """Saves answers of one audit; keeps its template compiled so a save is a few statements."""

    def __init__(self, session: Session, audit_id: uuid.UUID) -> None:
        audit = _audit(session, audit_id)
        self.audit_id = audit_id
        version = load_version(session, audit.template_version_id)
        self.compiled: CompiledTemplate = compile_version(version)
        self.question_ids = {q.key: q.id for s in version.sections for q in s.questions}
        keys = {qid: key for key, qid in self.question_ids.items()}
        # each answer's revision as this writer last read or wrote it (0: no answer yet), and
        # its value (the live score on a team server, where a save reads nothing back)
        self.revisions: dict[str, int] = {}
        self.held: dict[str, AnswerValue] = {}
        for qid, rev, value, na in session.execute(
            select(Answer.question_id, Answer.revision, Answer.value, Answer.na).where(
                Answer.audit_id == audit_id
            )
        ):
            if qid in keys:
                self.revisions[keys[qid]] = rev
                self.held[keys[qid]] = AnswerValue(value, na)

    def _question_id(self, key: str) -> uuid.UUID:
        try:
            return self.question_ids[key]
        except KeyError:
            raise NotFound(
                "the checklist has no question '{key}'", key=key, field="question"
            ) from None

    def _locked_answer(self, session: Session, key: str) -> Answer:
        """`_check_editable` and `_answer_row` in one statement (every save asks both): the
        audit's status under its row lock, and the question's answer if there is one."""
        qid = self._question_id(key)
        row = session.execute(
            select(Audit.status, Answer)
            .outerjoin(Answer, (Answer.audit_id == Audit.id) & (Answer.question_id == qid))
            .where(Audit.id == self.audit_id)
            .with_for_update(of=Audit)
        ).first()
        if row is None:
            raise NotFound("no audit with id {audit_id}", audit_id=self.audit_id, field="audit")
        if row[0] not in EDITABLE:
            raise AuditorError(
                "the audit is {status}; only a reviewer can re-open it",
                status=state_words(AuditStatus(row[0]).value),
                field="status",
            )
        if row[1] is not None:
            return row[1]
        answer = Answer(id=uuid.uuid4(), audit_id=self.audit_id, question_id=qid)
        session.add(answer)
        return answer

    def _answer_row(self, session: Session, key: str) -> Answer:
        qid = self._question_id(key)
        answer = session.scalar(
            select(Answer).where(Answer.audit_id == self.audit_id, Answer.question_id == qid)
        )
        if answer is None:
            answer = Answer(id=uuid.uuid4(), audit_id=self.audit_id, question_id=qid)
            session.add(answer)
        return answer

    def save(
        self, session: Session, key: str, state: AnswerState, actor: str, *, checked: bool = True
    ) -> AuditScore:
        """Store one question's answer, N/A and comment, and the audit's new score. Refused
        with `StaleRevision` when someone else saved this answer since this writer read it
        (`checked=False`: replaying the user's own journal, which is newer by definition)."""
        if server_scores(session):  # a team server: one round trip, the server checks all
            return self._save_on_server(session, key, state, checked)
        answer = self._locked_answer(session, key)
        if checked and answer.revision is not None:
            revisions.check(
                session,
                "this answer",
                answer.id,
                answer.revision,
                self.revisions.get(key, 0),
                current=AnswerState(answer.value, answer.na, answer.comment),
                yours=state,
                field=key,
            )
        answer.value = state.value
        answer.na = state.na
        answer.comment = state.comment
        answer.answered_at = datetime.now(UTC)
        log_change(session, actor, "answer", answer.id, "save",
                   {"question": key, "value": state.value, "na": state.na})  # fmt: skip
        session.flush()
        self.revisions[key] = session.scalars(
            select(Answer.revision).where(Answer.id == answer.id)
        ).one()
        return self.rescore(session)

    def _save_on_server(
        self, session: Session, key: str, state: AnswerState, checked: bool
    ) -> AuditScore:
        """`sa_save_answer`: lock, revision check and write in one statement, as this login
        (the server's guards and history apply); the live score from the answers this writer
        holds (the server keeps no score a shopper's app computed)."""
        expected = self.revisions.get(key, 0) if checked else None
        try:
            stored = session.scalar(
                text("SELECT public.sa_save_answer(:a, :q, CAST(:v AS json), :na, :c, :rev)"),
                {"a": self.audit_id, "q": self._question_id(key), "na": state.na,
                 "v": json.dumps(state.value), "c": state.comment,
                 "rev": expected},
            )  # fmt: skip
        except DBAPIError as exc:
            code = getattr(exc.orig, "sqlstate", None)
            if code == "SA001":
                raise AuditorError(
                    "the audit is no longer open for answers; only a reviewer can re-open it",
                    field="status",
                    details=str(exc.orig).splitlines()[0],
                ) from None
            if code == "P0002":
                raise NotFound(
                    "no audit with id {audit_id}", audit_id=self.audit_id, field="audit"
                ) from None
            raise
        if stored is not None and stored < 0:  # someone else saved it first
            answer = self._answer_row(session, key)
            revisions.check(session, "this answer", answer.id, -stored, expected,
                            current=AnswerState(answer.value, answer.na, answer.comment),
                            yours=state, field=key)  # fmt: skip
        self.revisions[key] = int(stored or 0)
        self.held[key] = AnswerValue(state.value, state.na)
        return score_audit(self.compiled.spec, dict(self.held))

    def take_theirs(self, key: str, revision: int) -> None:
        """After a refused save: the user keeps what is stored now (or will save over it)."""
        self.revisions[key] = revision

    def rescore(self, session: Session) -> AuditScore:
        rows = session.execute(
            select(Answer.question_id, Answer.value, Answer.na).where(
                Answer.audit_id == self.audit_id
            )
        )
        keys = self.compiled.keys
        answers = {keys[q]: AnswerValue(v, na) for q, v, na in rows if q in keys}
        self.held = dict(answers)
        result = score_audit(self.compiled.spec, answers)
        if not server_scores(session):  # a team server scores with its own vetted function
            session.execute(
                update(Audit).where(Audit.id == self.audit_id).values(**cache_values(result))
            )
        return result

    def attach(self, session: Session, key: str, path: Path, actor: str) -> AttachmentInfo:
        """Store a file with the question; the answer's value lists its attachments' names."""
        _check_editable(session, self.audit_id)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise AuditorError(
                    "the file is {size} MB; attachments may be at most {limit} MB",
                    size=size // (1024 * 1024),
                    limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
                    file=str(path),
                )
            data = path.read_bytes()
        except OSError as exc:
            raise AuditorError(
                "cannot read the file: {strerror}", strerror=exc.strerror, file=str(path)
            ) from exc
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        answer = self._answer_row(session, key)
        session.flush()
        att = Attachment(
            audit_id=self.audit_id,
            answer_id=answer.id,
            sha256=hashlib.sha256(data).hexdigest(),
            name=path.name,
            media_type=media_type,
            size=len(data),
            data=data,
        )
        session.add(att)
        names = list(answer.value) if isinstance(answer.value, list) else []
        answer.value = [*names, path.name]
        answer.na = False
        log_change(session, actor, "attachment", att.id or uuid.uuid4(), "add",
                   {"question": key, "name": path.name, "size": len(data)})  # fmt: skip
        session.flush()
        self.rescore(session)
        return AttachmentInfo(att.id, key, att.name, media_type, len(data), data)

    def remove_attachment(self, session: Session, attachment_id: uuid.UUID) -> None:
        _check_editable(session, self.audit_id)
        att = session.get(Attachment, attachment_id)
        if att is None or att.audit_id != self.audit_id:
            raise NotFound("no such attachment on this audit", field="attachment")
        answer = session.get(Answer, att.answer_id) if att.answer_id else None
        session.delete(att)
        if answer is not None and isinstance(answer.value, list):
            names = list(answer.value)
            if att.name in names:
                names.remove(att.name)
            answer.value = names or None
        session.flush()
        self.rescore(session)


def set_resume_point(session: Session, audit_id: uuid.UUID, key: str) -> None:
    session.execute(update(Audit).where(Audit.id == audit_id).values(resume_question=key))


def submit_audit(session: Session, audit_id: uuid.UUID, language: str = "en") -> AuditScore:
    """Submit when nothing required is missing and no rule is broken; else say what is."""
    audit = _editable_audit(session, audit_id)
    form = load_form(session, audit_id, language)
    found = problems(form)
    if found:
        listed = Joined([
            Phrase("{question}: {problem}", question=p.label,
                   problem=PROBLEM_WORDS.get(p.message, p.message))
            for p in found
        ])  # fmt: skip
        raise AuditorError(
            "the audit cannot be submitted yet: {listed}", listed=listed, field="answers"
        )
    audit.status = AuditStatus.SUBMITTED
    audit.submitted_at = datetime.now(UTC)
    if audit.visit_end is None:
        audit.visit_end = audit.submitted_at
    log_change(session, audit.shopper.name, "audit", audit.id, "submit")
    session.flush()
    return form.score()


def review_audit(
    session: Session, audit_id: uuid.UUID, reviewer: str, decision: ReviewDecision, notes: str
) -> None:
    """Accept a submitted audit, or return it to the shopper with notes (which re-opens it)."""
    from auditor.services import reviews

    if decision == ReviewDecision.RETURNED:
        reviews.return_to_shopper(session, audit_id, reviewer, notes)
    else:
        reviews.accept(session, audit_id, reviewer, notes)


def person_named(session: Session, name: str, role: PersonRole) -> Person:
    name = name.strip()
    if not name:
        raise AuditorError("a name is needed", field="person")
    person = session.scalar(select(Person).where(Person.name == name))
    if person is None:
        person = Person(name=name, role=role)
        session.add(person)
        session.flush()
    return person


def add_location(session: Session, organisation: str, name: str, city: str = "") -> Location:
    """Find or create a location of an organisation (both named as the user typed them)."""
    organisation, name = organisation.strip(), name.strip()
    if not organisation:
        raise AuditorError("name the organisation the location belongs to", field="organisation")
    if not name:
        raise AuditorError("the location needs a name", field="location")
    org = session.scalar(select(Organisation).where(Organisation.name == organisation))
    if org is None:
        org = Organisation(name=organisation)
        session.add(org)
        session.flush()
    loc = session.scalar(
        select(Location).where(Location.organisation_id == org.id, Location.name == name)
    )
    if loc is None:
        loc = Location(organisation_id=org.id, name=name, city=city.strip())
        session.add(loc)
        session.flush()
    return loc


def start_audit(
    session: Session,
    checklist: str,
    location_id: uuid.UUID,
    shopper: str,
    visit_start: datetime,
    observed_staff: str = "",
) -> uuid.UUID:
    """A new draft on the newest version of a checklist; nothing answered yet."""
    template = session.scalar(select(ChecklistTemplate).where(ChecklistTemplate.name == checklist))
    if template is None:
        raise NotFound("no checklist named '{checklist}'", checklist=checklist, field="checklist")
    if session.get(Location, location_id) is None:
        raise NotFound("choose a location (or add one)", field="location")
    version = latest_version(session, checklist)
    person = person_named(session, shopper, PersonRole.SHOPPER)
    audit = Audit(
        template_version_id=version.id,
        location_id=location_id,
        shopper_id=person.id,
        visit_start=visit_start,
        observed_staff=observed_staff.strip(),
        status=AuditStatus.DRAFT,
    )
    session.add(audit)
    session.flush()
    log_change(session, person.name, "audit", audit.id, "start", {"checklist": checklist})
    return audit.id


def recent_checklists(session: Session, language: str = "en") -> list[tuple[str, str]]:
    """(name, title) of checklists one fills as audits, the most recently used first."""
    last_used = (
        select(TemplateVersion.template_id, func.max(Audit.created_at).label("used"))
        .join(Audit, Audit.template_version_id == TemplateVersion.id)
        .group_by(TemplateVersion.template_id)
        .subquery()
    )
    rows = session.execute(
        select(
            ChecklistTemplate.name,
            TemplateVersion.version,
            TemplateVersion.title,
            TemplateVersion.kind,
            last_used.c.used,
        )
        .join(TemplateVersion, TemplateVersion.template_id == ChecklistTemplate.id)
        .outerjoin(last_used, last_used.c.template_id == ChecklistTemplate.id)
        .order_by(last_used.c.used.desc().nulls_last(), ChecklistTemplate.name)
    )
    newest: dict[str, tuple[int, str, str]] = {}  # insertion order keeps the ranking
    for name, number, title, kind, _used in rows:
        if name not in newest or number > newest[name][0]:
            newest[name] = (number, pick_label(title, language), kind)
    return [(name, title) for name, (_n, title, kind) in newest.items() if kind not in NOT_AUDITS]


def recent_locations(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(id, "Organisation — Location, City"), the most recently audited first."""
    last = (
        select(Audit.location_id, func.max(Audit.created_at).label("used"))
        .group_by(Audit.location_id)
        .subquery()
    )
    rows = session.execute(
        select(Location.id, Organisation.name, Location.name, Location.city)
        .join(Organisation, Location.organisation_id == Organisation.id)
        .outerjoin(last, last.c.location_id == Location.id)
        .order_by(last.c.used.desc().nulls_last(), Organisation.name, Location.name)
    )
    return [
        (lid, f"{org} — {name}" + (f", {city}" if city else "")) for lid, org, name, city in rows
    ]


def people_names(session: Session, *roles: PersonRole) -> list[str]:
    query = select(Person.name).order_by(Person.name)
    if roles:
        query = query.where(Person.role.in_(roles))
    return list(session.scalars(query))
