"""The thin adapter between stored answers and the pure scoring engine, and the score cache.

Scores are computed when answers change (`rescore_audit`) and kept on the audit row, so lists
and dashboards read them instead of recomputing; `recompute_scores` redoes them all when rules
change.
"""

from __future__ import annotations

import gc
import json
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    bindparam,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import UserDefinedType

from auditor.errors import Cancelled, NotFound
from auditor.labels import pick_label
from auditor.scoring.aggregates import AuditRecord
from auditor.scoring.audit import ScoreMemo, score_audit
from auditor.scoring.model import (
    AnswerValue,
    AuditScore,
    GradeBand,
    QuestionSpec,
    SectionSpec,
    TemplateSpec,
    yields_verdict,
)
from auditor.scoring.shared import AnswerPool, SharedAnswer
from auditor.services.audits import AuditFilter, apply_filter, counting, joined, parse_audit_id
from auditor.services.templates import load_version
from auditor.store.models import (
    Answer,
    Audit,
    AuditStatus,
    ChecklistTemplate,
    Location,
    Organisation,
    Person,
    TemplateVersion,
)
from auditor.store.raw import RAW, bind_of
from auditor.store.server_rules import app_role, server_scores

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CompiledTemplate:
    spec: TemplateSpec
    keys: dict[uuid.UUID, str]  # question id -> key
    kinds: dict[str, str]  # question key -> kind
    memo: ScoreMemo = field(default_factory=ScoreMemo, compare=False, repr=False)


def compile_version(version: TemplateVersion, language: str = "en") -> CompiledTemplate:
    keys: dict[uuid.UUID, str] = {}
    kinds: dict[str, str] = {}
    sections = []
    for section in version.sections:
        questions = []
        for q in section.questions:
            keys[q.id] = q.key
            kinds[q.key] = q.kind.value
            questions.append(
                QuestionSpec(
                    key=q.key,
                    kind=q.kind.value,
                    weight=q.weight,
                    critical=q.critical,
                    critical_scope=q.critical_scope.value,
                    na_allowed=q.na_allowed,
                    na_policy=q.na_policy,
                    required=q.required,
                    relevance=q.relevance,
                    choice_points={c.key: c.points for c in q.choices},
                    scale_min=q.scale.get("min"),
                    scale_max=q.scale.get("max"),
                    target=dict(q.target),
                    standards=tuple(sorted(s.code for s in q.standards)),
                )
            )
        sections.append(
            SectionSpec(section.key, tuple(questions), section.weight, section.relevance)
        )
    bands = tuple(
        GradeBand(float(b["min"]), pick_label(b.get("label", {}), language))
        for b in version.grade_bands
    )
    return CompiledTemplate(
        TemplateSpec(
            tuple(sections),
            version.pass_threshold,
            bands,
            yields_verdict(version.kind),
            version.max_na_percent,
        ),
        keys,
        kinds,
    )


class TemplateCache:
    """Compiled templates by version id, loaded once per session of work."""

    def __init__(self, session: Session, language: str = "en") -> None:
        self.session = session
        self.language = language
        self._compiled: dict[uuid.UUID, CompiledTemplate] = {}

    def get(self, version_id: uuid.UUID) -> CompiledTemplate:
        if version_id not in self._compiled:
            self.prime(load_version(self.session, version_id))
        return self._compiled[version_id]

    def prime(self, version: TemplateVersion) -> CompiledTemplate:
        """Compile a version the caller has already loaded (with its tree)."""
        if version.id not in self._compiled:
            self._compiled[version.id] = compile_version(version, self.language)
        return self._compiled[version.id]

    def compiled(self) -> list[CompiledTemplate]:
        return list(self._compiled.values())


CACHE_COLUMNS = ("score", "passed", "grade", "critical_failed", "score_detail", "scored_at")


def score_detail(result: AuditScore) -> dict[str, Any]:
    """What the cache keeps beside the score: sections and per-standard points, no questions
    (those are recomputed when one audit is shown)."""
    detail = result.to_json(questions=False)
    detail["standards"] = {
        c: [round(e, 6), round(p, 6), f]
        for c, (e, p, f) in sorted(result.standard_points().items())
    }
    return detail


def cache_values(result: AuditScore) -> dict[str, Any]:
    return {
        "score": result.score,
        "passed": result.passed,
        "grade": result.grade,
        "critical_failed": list(result.critical_failed),
        "score_detail": score_detail(result),
        "scored_at": datetime.now(UTC),
    }


def score_answers(
    compiled: CompiledTemplate, rows: list[tuple[uuid.UUID, Any, bool]], memo: bool = False
) -> AuditScore:
    """Score stored answers; `memo` reuses scores across the many audits of a batch (its
    answers come from the memo's pool, so whole sections can be remembered)."""
    make: Callable[[Any, bool], AnswerValue] = compiled.memo.answers.get if memo else AnswerValue
    keys = compiled.keys
    answers = {keys[qid]: make(value, na) for qid, value, na in rows if qid in keys}
    return score_audit(compiled.spec, answers, compiled.memo if memo else None)


def compute_audit_score(
    session: Session,
    audit_id: uuid.UUID,
    cache: TemplateCache | None = None,
    answers: dict[uuid.UUID, Answer] | None = None,
) -> AuditScore:
    """Score one audit from its stored answers (or from answers the caller already loaded)."""
    audit = session.get(Audit, audit_id)
    if audit is None:
        raise NotFound("no audit with id {audit_id}", audit_id=audit_id, field="--audit")
    compiled = (cache or TemplateCache(session)).get(audit.template_version_id)
    if answers is not None:
        rows = [(a.question_id, a.value, a.na) for a in answers.values()]
    else:
        rows = [
            (r[0], r[1], r[2])
            for r in session.execute(
                select(Answer.question_id, Answer.value, Answer.na).where(
                    Answer.audit_id == audit_id
                )
            )
        ]
    return score_answers(compiled, rows)


def rescore_audit(session: Session, audit_id: uuid.UUID) -> AuditScore:
    """Recompute one audit's score and store it with the audit (in the caller's transaction)."""
    result = compute_audit_score(session, audit_id)
    if server_scores(session):
        record_score(session, audit_id, result)
    else:
        session.execute(update(Audit).where(Audit.id == audit_id).values(**cache_values(result)))
    return result


def record_score(session: Session, audit_id: uuid.UUID, result: AuditScore) -> bool:
    """Store a score on a team server through its vetted function, for the audits this login
    may verify (staff of the audit's organisation who did not shop it, or the scorer); True
    when stored. A shopper's own login never stores one: the server scores it later."""
    row = session.execute(select(Audit.status, Audit.revision).where(Audit.id == audit_id)).first()
    if row is None or row[0] not in (AuditStatus.SUBMITTED, AuditStatus.ACCEPTED):
        return False
    if not session.scalar(text("SELECT public.sa_may_decide(:a)"), {"a": audit_id}):
        return False
    values = cache_values(result)
    session.execute(
        text("SELECT public.sa_record_score(:a, :rev, :score, :passed, :grade, "
             "CAST(:critical AS json), CAST(:detail AS json))"),
        {"a": audit_id, "rev": row[1], "score": values["score"], "passed": values["passed"],
         "grade": values["grade"], "critical": json.dumps(values["critical_failed"]),
         "detail": json.dumps(values["score_detail"])},
    )  # fmt: skip
    return True


def _question_keys(cache: TemplateCache, dialect: str) -> dict[Any, str]:
    """Raw question id -> key, so the hot loop of a recompute never builds or hashes a UUID."""
    return {
        (qid.hex if dialect == "sqlite" else qid): key
        for c in cache.compiled()
        for qid, key in c.keys.items()
    }


class _AnswerValues:
    """Answers as the engine reads them, shared through one pool: made once per distinct stored
    text where the driver hands JSON over as text (SQLite), else by the pool, which keys on the
    value's type (psycopg parses JSON, and True == 1 would share a dict key)."""

    def __init__(self, parse_text: bool) -> None:
        self.parse_text = parse_text
        self.pool = AnswerPool()
        # stored JSON text -> answer, by N/A (indexed by 0/1 or False/True)
        self.known: list[dict[str, AnswerValue]] = [{}, {}]

    def get(self, raw: Any, na: Any) -> AnswerValue:
        if not (self.parse_text and isinstance(raw, str)):
            return self.pool.get(raw, bool(na))
        answer = self.pool.get(json.loads(raw), bool(na))
        if answer.__class__ is SharedAnswer:  # a list or object is parsed afresh every time
            self.known[bool(na)][raw] = answer
        return answer


def _answer_batches(
    session: Session, audit_ids: list[Any], size: int, question_keys: dict[Any, str]
) -> Iterator[tuple[list[Any], dict[Any, dict[str, AnswerValue]]]]:
    """Answers of each audit (by raw id), a batch of audits at a time."""
    values = _AnswerValues(parse_text=session.get_bind().dialect.name == "sqlite")
    known = values.known
    for start in range(0, len(audit_ids), size):
        chunk = audit_ids[start : start + size]
        grouped: dict[Any, dict[str, AnswerValue]] = {a: {} for a in chunk}
        result = session.connection().execute(
            select(
                type_coerce(Answer.audit_id, RAW),
                type_coerce(Answer.question_id, RAW),
                type_coerce(Answer.value, RAW),
                type_coerce(Answer.na, RAW),
            ).where(type_coerce(Answer.audit_id, RAW).in_(chunk))
        )
        # every column is read raw, so the driver's tuples are the rows; wrapping each of
        # them in a Row object cost as much as SQLite's own fetch
        rows = result.cursor.fetchall()
        result.close()
        current: Any = None
        answers: dict[str, AnswerValue] = {}
        for audit_id, qid, value, na in rows:
            key = question_keys.get(qid)
            if key is None:
                continue
            if audit_id != current:  # rows come grouped by audit, though nothing relies on it
                current, answers = audit_id, grouped[audit_id]
            try:
                answers[key] = known[na][value]
            except (KeyError, TypeError):  # first sight, or a value that cannot be a key
                answers[key] = values.get(value, na)
        yield chunk, grouped


class _AsProcessed(UserDefinedType[Any]):
    """A value already in the driver's form (a bind parameter without a type of its own would
    take its column's type, and be converted a second time)."""

    cache_ok = True


class CacheWriter:
    """Stores the score caches of a batch with one UPDATE.

    Values go through their columns' own bind processors here, and the batch's one timestamp
    once, instead of SQLAlchemy building and processing every row's parameters again (a fifth
    of a full recompute's writing)."""

    def __init__(self, dialect: Dialect) -> None:
        table = Audit.__table__
        assert isinstance(table, Table)
        self.statement = (
            update(table)
            .where(type_coerce(table.c.id, RAW) == bindparam("audit_id", type_=RAW))
            .values({c: bindparam(c, type_=_AsProcessed()) for c in CACHE_COLUMNS})
        )
        # each column's conversion to the driver's form (none needed: passed through)
        self.convert: dict[str, Callable[[Any], Any]] = {
            c: bind_of(dialect, table.c[c]) for c in CACHE_COLUMNS
        }
        self.convert_id = bind_of(dialect, table.c.id)

    def rows(self, results: list[tuple[Any, AuditScore]]) -> list[dict[str, Any]]:
        """The statement's parameters for these results, in the driver's form."""
        convert = self.convert
        score, passed, grade = convert["score"], convert["passed"], convert["grade"]
        failed, detail = convert["critical_failed"], convert["score_detail"]
        scored_at = convert["scored_at"](datetime.now(UTC))  # one instant for the batch
        return [
            {
                "audit_id": audit_id,
                "score": score(r.score),
                "passed": passed(r.passed),
                "grade": grade(r.grade),
                "critical_failed": failed(list(r.critical_failed)),
                "score_detail": detail(score_detail(r)),
                "scored_at": scored_at,
            }
            for audit_id, r in results
        ]

    def write(self, session: Session, results: list[tuple[Any, AuditScore]]) -> None:
        if results:
            session.connection().execute(self.statement, self.rows(results))


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """A recompute makes millions of short-lived objects and no reference cycles; letting the
    cycle collector walk them all cost a sixth of the run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def recompute_scores(
    session: Session,
    flt: AuditFilter | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = 1000,
    audit_ids: Collection[uuid.UUID] | None = None,
) -> int:
    """Recompute and store the scores of every (filtered) audit, or of the audits named;
    returns how many."""
    # ids as the driver hands them over: they go straight back into the queries
    query: Select[Any] = joined(
        select(type_coerce(Audit.id, RAW), Audit.template_version_id)  # type: ignore[arg-type]
    )
    # oldest first: a recompute runs in the same order every time
    query = apply_filter(query, flt or AuditFilter()).order_by(Audit.visit_start, Audit.id)
    if audit_ids is not None:
        query = query.where(Audit.id.in_(list(audit_ids)))
    version_of = {row[0]: row[1] for row in session.execute(query)}
    if server_scores(session):
        return _record_scores(session, list(version_of), progress, cancelled)
    cache = TemplateCache(session)
    for version_id in set(version_of.values()):
        cache.get(version_id)
    question_keys = _question_keys(cache, session.get_bind().dialect.name)
    ids = list(version_of)
    writer = CacheWriter(session.get_bind().dialect)
    done = 0
    with _without_cycle_collection():
        for chunk, grouped in _answer_batches(session, ids, batch, question_keys):
            if cancelled and cancelled():
                raise Cancelled("recomputing scores was cancelled; no score was changed")
            results = []
            for audit_id in chunk:
                compiled = cache.get(version_of[audit_id])
                results.append(
                    (audit_id, score_audit(compiled.spec, grouped[audit_id], compiled.memo))
                )
            writer.write(session, results)
            done += len(chunk)
            if progress:
                progress(done, len(ids))
    return done


def _record_scores(
    session: Session,
    raw_ids: list[Any],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    """A team server's logins store scores one by one through the server's vetted function,
    and only those they may verify; returns how many were stored."""
    stored = 0
    for n, raw in enumerate(raw_ids, 1):
        if cancelled and cancelled():
            raise Cancelled("recomputing scores was cancelled; the scores stored so far stay")
        audit_id = raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))
        stored += record_score(session, audit_id, compute_audit_score(session, audit_id))
        if progress:
            progress(n, len(raw_ids))
    return stored


def score_pending(session: Session, limit: int = 500) -> int:
    """Score the submitted and accepted audits a team server has not scored yet (the scorer
    login sees every one; staff those of their organisations): returns how many were stored."""
    waiting: ColumnElement[bool] = Audit.scored_at.is_(None)
    if app_role(session) == "scorer":
        # staff's apps verify too; the scorer checks their numbers again with the engine
        login = str(session.scalar(text("SELECT session_user")))
        waiting = waiting | (Audit.verified_by != login)
    pending = session.scalars(
        select(Audit.id)
        .where(Audit.status.in_([AuditStatus.SUBMITTED, AuditStatus.ACCEPTED]), waiting)
        .order_by(Audit.submitted_at)
        .limit(limit)
    ).all()
    return sum(
        record_score(session, audit_id, compute_audit_score(session, audit_id))
        for audit_id in pending
    )


HeldAnswers = dict[str, tuple[Any, bool]]  # question key -> (value, N/A)


def held_score_rows(
    writer: CacheWriter,
    audits: Sequence[tuple[uuid.UUID, uuid.UUID, HeldAnswers]],
    cache: TemplateCache,
) -> list[dict[str, Any]]:
    """Score audits from answers the caller still holds (a package's new audits: reading
    them back after writing cost a second on a server): the score caches' rows, as
    `recompute_scores` stores them (a new audit's row carries them). Each item: audit id, its
    checklist version, its answers. Reads no database when the cache holds every version."""
    raw_id = writer.convert_id
    results = []
    with _without_cycle_collection():
        for audit_id, version_id, held in audits:
            compiled = cache.get(version_id)
            make = compiled.memo.answers.get
            kinds = compiled.kinds
            answers = {key: make(value, na) for key, (value, na) in held.items() if key in kinds}
            results.append((raw_id(audit_id), score_audit(compiled.spec, answers, compiled.memo)))
    return writer.rows(results)


def audit_records(session: Session, flt: AuditFilter | None = None) -> list[AuditRecord]:
    """Cached scores of the audits analytics count (submitted and accepted unless the filter
    says accepted only), as plain records for the aggregate functions."""
    query = joined(
        select(
            Audit.id,
            Location.name,
            Organisation.name,
            Person.name,
            ChecklistTemplate.name,
            Audit.visit_start,
            Audit.score,
            Audit.passed,
            Audit.critical_failed,
            Audit.score_detail,
        )
    )
    query = apply_filter(query, counting(flt))
    records = []
    for row in session.execute(query):
        detail = row[9] or {}
        sections = {
            s["name"]: (s["earned"] or 0.0, s["possible"] or 0.0)
            for s in detail.get("sections", [])
        }
        standards = {
            c: (float(v[0]), float(v[1]), int(v[2])) for c, v in detail.get("standards", {}).items()
        }
        records.append(
            AuditRecord(
                id=str(row[0]),
                location=row[1],
                organisation=row[2],
                shopper=row[3],
                template=row[4],
                visited_at=row[5],
                score=row[6],
                earned=float(detail.get("earned") or 0.0),
                possible=float(detail.get("possible") or 0.0),
                passed=row[7],
                critical_failed=tuple(row[8] or ()),
                sections=sections,
                standards=standards,
            )
        )
    return records


def audit_score_json(session: Session, audit_text: str) -> dict[str, Any]:
    """The `score --audit ID` document: fresh, exact, with the full breakdown."""
    audit_id = parse_audit_id(audit_text)
    result = compute_audit_score(session, audit_id)
    data = result.to_json()
    return {"audit": str(audit_id), **data}
