"""Corrective actions through the services: the workflow, overdue, verification evidence."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from auditor.errors import AuditorError
from auditor.services import actions
from auditor.store.db import Database, open_database
from auditor.store.models import ActionStatus, Audit, AuditStatus, ChangeLogEntry, Location

PLACE = "Oddział Kraków Rynek"


@pytest.fixture
def db(demo_db_file: Path, tmp_path: Path) -> Database:
    path = tmp_path / "actions.sqlite"
    shutil.copy(demo_db_file, path)
    return open_database(path)


def test_workflow_overdue_and_verification_by_a_later_passing_audit(db: Database) -> None:
    today = date.today()
    with db.session() as s:
        late = actions.create_action(s, title="Greet within 30 s", standard="GREET-30",
                                     location=PLACE, owner="Jan", actor="Ewa",
                                     due_date=today - timedelta(days=2))  # fmt: skip
        with pytest.raises(AuditorError, match="cannot become verified"):
            actions.advance(s, late, ActionStatus.VERIFIED, "Ewa")
        actions.advance(s, late, ActionStatus.IN_PROGRESS, "Jan")
        with pytest.raises(AuditorError, match="say what was done"):
            actions.advance(s, late, ActionStatus.DONE, "Jan")
    with db.read_session() as s:
        rows = actions.list_actions(s, actions.ActionFilter("overdue", location=PLACE))
    assert [(r.title, r.overdue, r.status) for r in rows] == [
        ("Greet within 30 s", True, "in_progress")
    ]
    with db.session() as s:
        actions.advance(s, late, ActionStatus.DONE, "Jan", "Greeting drill every morning")
    with db.read_session() as s:
        row = next(r for r in actions.list_actions(s, actions.ActionFilter("done")) if r.id == late)
    assert row.done_note == "Greeting drill every morning" and not row.overdue
    assert row.proposed_by is None  # no audit since it was done
    # a later accepted visit that met the standard is the evidence
    with db.session() as s:
        loc = s.scalars(select(Location).where(Location.name == PLACE)).one()
        audits = s.scalars(
            select(Audit).where(Audit.location_id == loc.id, Audit.status == AuditStatus.ACCEPTED)
        ).all()
        passing = next(a for a in audits if actions._met(a, "GREET-30"))
        failing = next(a for a in audits if actions._met(a, "GREET-30") is False)
        later = datetime.now(UTC) + timedelta(hours=1)
        s.execute(update(Audit).where(Audit.id == failing.id).values(visit_start=later))
    with db.read_session() as s:
        row = next(r for r in actions.list_actions(s, actions.ActionFilter("done")) if r.id == late)
    assert row.proposed_by is None  # a later visit that failed it again proves nothing
    with db.session() as s:
        s.execute(update(Audit).where(Audit.id == passing.id)
                  .values(visit_start=later + timedelta(hours=1)))  # fmt: skip
    with db.read_session() as s:
        row = next(r for r in actions.list_actions(s, actions.ActionFilter("done")) if r.id == late)
    assert row.proposed_by == str(passing.id)
    with db.session() as s:
        actions.advance(s, late, ActionStatus.VERIFIED, "Ewa")
        entries = s.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity_id == late)
            .order_by(ChangeLogEntry.at)
        )  # fmt: skip
        logged = [e.action for e in entries]
    assert logged == ["create", "in_progress", "done", "verified"]
    db.close()


def test_bad_input_is_named(db: Database) -> None:
    with db.session() as s:
        with pytest.raises(AuditorError, match="no standard with code 'NOPE'"):
            actions.create_action(s, title="x", standard="NOPE", actor="Ewa")
        with pytest.raises(AuditorError, match="no location named 'Atlantis'"):
            actions.create_action(s, title="x", standard="GREET-30", location="Atlantis",
                                  actor="Ewa")  # fmt: skip
        with pytest.raises(AuditorError, match="say what is to be done"):
            actions.create_action(s, title=" ", standard="GREET-30", actor="Ewa")
    db.close()


def test_an_action_in_full_edited_and_closed(db: Database) -> None:
    with db.session() as s:
        audit = s.scalars(select(Audit).where(Audit.status == AuditStatus.ACCEPTED)).first()
        assert audit is not None
        made = actions.create_action(s, title="Badges", standard="APPEAR", location=PLACE,
                                     owner="Quality Manager", actor="Ewa",
                                     audits=[audit.id])  # fmt: skip
    with db.read_session() as s:
        detail = actions.action_detail(s, made, "pl")
        assert detail.editable  # a laptop's own file: anyone
        assert [a.id for a in detail.audits] == [audit.id]
        assert detail.audits[0].checklist and detail.audits[0].checklist != "mystery-shopper-branch"
        assert [h.what for h in detail.history] == ["create"]
        revision = detail.row.revision
        people = actions.owner_choices(s)
        assert people[0] == "Quality Manager"  # staff first
        titles = actions.standard_choices(s, "pl")
        assert all(c.title != c.code for c in titles)
    with db.session() as s:
        assert actions.update_action(s, made, "Ewa", revision, owner="Quality Manager") == ()
        changed = actions.update_action(s, made, "Ewa", revision, description="From the usual shop",
                                        due_date=date.today())  # fmt: skip
        assert changed == ("description", "due_date")
    with db.session() as s, pytest.raises(AuditorError, match="was changed since you opened"):
        actions.update_action(s, made, "Jan", revision, title="Other")  # read before the edit
    with db.session() as s:
        actions.advance(s, made, ActionStatus.CANCELLED, "Ewa")
    with db.session() as s, pytest.raises(AuditorError, match="cancelled cannot be changed"):
        actions.update_action(s, made, "Ewa", owner="Jan")
    with db.read_session() as s:
        history = actions.action_detail(s, made).history
    assert [(h.what, h.changed) for h in history] == [
        ("create", ()),
        ("edit", ("description", "due_date")),
        ("cancelled", ()),
    ]
    db.close()


@pytest.mark.postgres
def test_on_a_team_server_only_a_manager_may_change_an_action(pg_url: str) -> None:
    from tests.store.team import PLACE as TEAM_PLACE
    from tests.store.team import team_server

    server = team_server(pg_url)
    mia, rita = server.as_user("mia"), server.as_user("rita")
    try:
        with mia.session() as s:
            made = actions.create_action(s, title="Shorten the queue", standard="WAIT-5",
                                         actor="Mia", location=TEAM_PLACE)  # fmt: skip
        with mia.read_session() as s:
            assert actions.action_detail(s, made).editable
        with rita.read_session() as s:
            seen = actions.action_detail(s, made)
            assert not seen.editable  # a reviewer reads it, with its history
            assert [h.what for h in seen.history][:1] and seen.row.title == "Shorten the queue"
    finally:
        mia.close()
        rita.close()
