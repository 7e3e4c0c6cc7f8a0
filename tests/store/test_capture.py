"""Filling audits and diaries through the services, on SQLite files and real PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from auditor.errors import AuditorError
from auditor.services import capture, diaries
from auditor.services.audits import AuditFilter
from auditor.services.measures import diary_measure
from auditor.services.scoring import compute_audit_score
from auditor.services.templates import install_builtins
from auditor.store.db import Database
from auditor.store.models import Answer, Attachment, Audit, ChangeLogEntry, ReviewDecision

CHECKLIST = "mystery-shopper-branch"


def _start(db: Database) -> uuid.UUID:
    with db.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        return capture.start_audit(
            s, CHECKLIST, loc.id, "Anna Kowalska", datetime(2026, 11, 2, 10, tzinfo=UTC), "Ewa"
        )


def _save(db: Database, audit_id: uuid.UUID, key: str, value: object, na: bool = False) -> None:
    with db.session() as s:
        capture.AnswerWriter(s, audit_id).save(s, key, capture.AnswerState(value, na), "test")


def test_answers_are_saved_scored_and_submission_lists_what_is_missing(database: Database) -> None:
    audit_id = _start(database)
    _save(database, audit_id, "entrance_clean", True)
    _save(database, audit_id, "waiting_area", 4)
    _save(database, audit_id, "wait_seconds", 420)
    with database.session() as s:
        stored = s.get(Audit, audit_id)
        assert stored is not None
        fresh = compute_audit_score(s, audit_id)
        assert stored.score == pytest.approx(fresh.score)
        form = capture.load_form(s, audit_id, "pl")
        assert form.answers["waiting_area"].value == 4
        assert form.sections[0].title == "Lokal"
        missing = {p.question for p in capture.problems(form)}
        assert "signage_clear" in missing and "greeted_30s" in missing
        # answered, optional (remarks) and shown-but-optional (wait_acknowledged) are not
        assert not {"entrance_clean", "remarks", "wait_acknowledged"} & missing
        with pytest.raises(AuditorError, match="cannot be submitted yet"):
            capture.submit_audit(s, audit_id)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) >= 4


def _fill_all(db: Database, audit_id: uuid.UUID) -> None:
    with db.session() as s:
        form = capture.load_form(s, audit_id)
        writer = capture.AnswerWriter(s, audit_id)
        for section in form.sections:
            for q in section.questions:
                value: object = {
                    "yes_no": True,
                    "rating": q.scale_max,
                    "number": 100,
                    "duration": 600,
                    "single_choice": q.choices[0].key if q.choices else None,
                    "multiple_choice": [q.choices[0].key] if q.choices else None,
                    "text": "Bardzo miło — שירות טוב",
                }.get(q.kind)
                if value is not None and q.required:
                    writer.save(s, q.key, capture.AnswerState(value), "test")


def test_submit_makes_read_only_and_a_return_reopens_with_notes(
    database: Database, tmp_path: Path
) -> None:
    audit_id = _start(database)
    _fill_all(database, audit_id)
    photo = tmp_path / "front.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    with database.session() as s:
        info = capture.AnswerWriter(s, audit_id).attach(s, "photo_premises", photo, "test")
        assert info.media_type == "image/png" and info.size == 108
    with database.session() as s:
        capture.submit_audit(s, audit_id)
    with database.session() as s, pytest.raises(AuditorError, match="only a reviewer"):
        capture.AnswerWriter(s, audit_id).save(s, "thanked", capture.AnswerState(False), "t")
    with database.session() as s, pytest.raises(AuditorError, match="should change"):
        capture.review_audit(s, audit_id, "Marta Nowak", ReviewDecision.RETURNED, "  ")
    with database.session() as s:
        capture.review_audit(
            s, audit_id, "Marta Nowak", ReviewDecision.RETURNED, "Add the waiting time."
        )
    with database.session() as s:
        form = capture.load_form(s, audit_id)
        assert form.editable and form.status == "returned"
        assert form.review_notes == ["Add the waiting time."]
        assert [a.name for a in form.attachments["photo_premises"]] == ["front.png"]
        assert form.answers["photo_premises"].value == ["front.png"]
        assert s.scalar(select(func.count()).select_from(Attachment)) == 1
    _save(database, audit_id, "thanked", False)
    with database.session() as s:
        thanked = s.scalar(select(Answer.value).join(Answer.question).where(
            Answer.audit_id == audit_id, Answer.question.has(key="thanked")))  # fmt: skip
        assert thanked is False


def test_attachment_errors_name_the_file_and_store_nothing(
    database: Database, tmp_path: Path
) -> None:
    audit_id = _start(database)
    missing = tmp_path / "nowhere.jpg"
    with database.session() as s, pytest.raises(AuditorError) as info:
        capture.AnswerWriter(s, audit_id).attach(s, "photo_premises", missing, "test")
    assert str(missing) in info.value.describe()
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_recent_locations_and_checklists_come_first(database: Database) -> None:
    audit_id = _start(database)
    with database.session() as s:
        capture.add_location(s, "Aardvark Ltd", "Alpha", "")
        checklists = capture.recent_checklists(s)
        locations = capture.recent_locations(s)
        audit = s.get(Audit, audit_id)
        assert audit is not None
    assert checklists[0][0] == CHECKLIST
    assert "service-event-diary" not in [name for name, _ in checklists]
    assert locations[0][0] == audit.location_id
    assert "Aardvark Ltd — Alpha" in [label for _, label in locations]


def test_diary_events_are_validated_and_summarised(database: Database) -> None:
    with database.session() as s:
        diary_id = diaries.start_diary(
            s, "Dana Levi", "שבועיים של שירות", date(2026, 11, 1), date(2026, 11, 14)
        )
        for i in range(6):
            diaries.add_event(
                s,
                diary_id,
                diaries.EventInput(
                    occurred_at=datetime(2026, 11, 2 + i, 9, tzinfo=UTC),
                    channel="phone" if i % 2 else "in_person",
                    organisation="Telco Plus",
                    expectation=5,
                    experience=3 + i % 3,
                    satisfaction=3,
                    criteria=("courtesy",) if i < 4 else ("speed", "courtesy"),
                    would_recommend=i == 5,
                    would_warn=i == 0,
                ),
            )
        with pytest.raises(AuditorError) as bad:
            diaries.add_event(
                s,
                diary_id,
                diaries.EventInput(
                    datetime.now(UTC), "phone", "Telco Plus", expectation=9, experience=3
                ),
            )
        assert bad.value.field == "expectation" and "1-7" in bad.value.message
        listed = diaries.list_diaries(s)
        assert [(d.title, d.events) for d in listed] == [("שבועיים של שירות", 6)]
        summary = diary_measure(s, AuditFilter(diary=str(diary_id)))
    assert summary["n"] == 6
    assert summary["events_per_channel"] == {"in_person": 3, "phone": 3}
    assert summary["overall"]["gap"] == pytest.approx((-2 - 1 + 0 - 2 - 1 + 0) / 6, abs=1e-4)
    assert summary["recommend_percent"] == pytest.approx(100 / 6, abs=0.01)
    assert summary["criteria_ranked"][0] == "courtesy"
