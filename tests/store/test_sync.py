"""Laptop sync with the team server: SQLite -> PostgreSQL -> another SQLite, every record;
review results and actions come back; a connection killed mid-sync loses and doubles nothing.

Real SQLite files, the real throwaway PostgreSQL server, the users logged in with their own
passwords (so the server's row-level security applies to what they send and receive).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import create_engine, func, make_url, select, text
from sqlalchemy.exc import OperationalError

from auditor import cli
from auditor.exchange import keys
from auditor.services import actions, capture, diaries, reviews
from auditor.services.capture import AnswerState
from auditor.services.packages import VersionIndex, audit_document
from auditor.services.sync import sync
from auditor.services.templates import install_builtins
from auditor.services.users import add_user
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, Attachment, Audit, AuditStatus, CorrectiveAction, Diary

pytestmark = pytest.mark.postgres
CHECKLIST = "mystery-shopper-branch"
ORG, PLACE = "North Bank", "Main Street"


@dataclass
class Server:
    url: str
    suffix: str

    def as_user(self, name: str) -> Database:
        url = make_url(self.url).set(username=f"{name}_{self.suffix}", password=f"pw-{name}")
        return open_database(url.render_as_string(hide_password=False), create=False)


@pytest.fixture
def server(pg_url: str) -> Server:
    assert cli.main(["server", "init", "--db", pg_url]) == 0
    made = Server(pg_url, uuid.uuid4().hex[:6])
    owner = open_database(pg_url, create=False)
    with owner.session() as s:
        capture.add_location(s, ORG, PLACE, "Ljubljana")
        for name, role, person, orgs in (
            ("ann", "shopper", "Ann Novak", ()),
            ("rita", "reviewer", "Rita Kralj", (ORG,)),
            ("mia", "manager", "Mia Horvat", (ORG,)),
        ):
            add_user(s, f"{name}_{made.suffix}", role, f"pw-{name}", person, orgs)
    owner.close()
    return made


def _laptop(path: Path, audits: int, photo: Path | None = None) -> tuple[Database, list[uuid.UUID]]:
    """Ann's laptop: `audits` submitted audits with answers (one with a photo) and a diary."""
    db = open_database(path)
    ids = []
    with db.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, ORG, PLACE, "Ljubljana")
        start = datetime(2026, 11, 2, 9, tzinfo=UTC)
        for n in range(audits):
            audit_id = capture.start_audit(s, CHECKLIST, loc.id, "Ann Novak",
                                           start + timedelta(days=n))  # fmt: skip
            writer = capture.AnswerWriter(s, audit_id)
            writer.save(s, "greeted_30s", AnswerState(n % 2 == 0), "Ann Novak")
            writer.save(s, "wait_seconds", AnswerState(float(60 + n), comment="queue"), "Ann")
            writer.save(s, "remarks", AnswerState("Prijazna uslužbenka, čakalna vrsta"), "Ann")
            if photo is not None and n == 0:
                writer.attach(s, "photo_premises", photo, "Ann Novak")
            audit = s.get(Audit, audit_id)
            assert audit is not None
            audit.status = AuditStatus.SUBMITTED
            audit.submitted_at = start + timedelta(days=n, hours=1)
            ids.append(audit_id)
        diary = diaries.start_diary(s, "Ann Novak", "November", date(2026, 11, 1),
                                    date(2026, 11, 30))  # fmt: skip
        event = diaries.EventInput(datetime(2026, 11, 3, 12, tzinfo=UTC), "branch_visit", ORG,
                                   "Quick help", PLACE, 4, 5, 5)  # fmt: skip
        diaries.add_event(s, diary, event)
    return db, ids


def _revisions(db: Database) -> dict[uuid.UUID, str]:
    with db.read_session() as s:
        versions = VersionIndex(s)
        return {a.id: audit_document(s, a, versions)["revision"] for a in s.scalars(select(Audit))}


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.read_session() as s:
        return (
            s.scalar(select(func.count(Audit.id))) or 0,
            s.scalar(select(func.count(Answer.id))) or 0,
            s.scalar(select(func.count(Attachment.id))) or 0,
            s.scalar(select(func.count(Diary.id))) or 0,
        )


def test_sync_round_trips_every_record_and_brings_review_results_and_actions_back(
    server: Server, tmp_path: Path
) -> None:
    photo = tmp_path / "front.png"
    Image.new("RGB", (64, 48), "#2a7ab0").save(photo)
    laptop, ids = _laptop(tmp_path / "ann.sqlite", 4, photo)
    key = keys.load_or_create(tmp_path / "ann-key.json")
    ann = server.as_user("ann")
    first = sync(laptop, ann, key=key)
    assert (first.pushed, first.pushed_diaries) == (4, 1)
    owner = open_database(server.url, create=False)
    assert _revisions(owner) == _revisions(laptop)  # every audit, answer, photo, equal
    assert _counts(owner) == _counts(laptop)

    rita = server.as_user("rita")  # the office reviews and plans
    with rita.session() as s:
        reviews.return_to_shopper(s, ids[0], "Rita Kralj", "Photo of the queue, please")
        reviews.accept(s, ids[1], "Rita Kralj", "fine")
    rita.close()
    mia = server.as_user("mia")
    with mia.session() as s:
        actions.create_action(s, title="Shorten the queue", standard="WAIT-5", actor="Mia",
                              location=PLACE, owner="Branch lead")  # fmt: skip

    again = sync(laptop, ann, key=key)
    assert again.pushed == 0 and again.pulled == 2 and again.actions == 0  # no actions to shoppers
    with laptop.read_session() as s:
        form = capture.load_form(s, ids[0])
        assert form.status == "returned" and "Photo of the queue, please" in form.review_notes
        assert capture.load_form(s, ids[1]).status == "accepted"
    assert _revisions(laptop) == _revisions(owner)
    assert sync(laptop, ann, key=key).pulled == 0  # nothing new: nothing moves

    second, _ = _laptop(tmp_path / "ann-new-laptop.sqlite", 0)  # a new laptop: all comes
    pulled = sync(second, ann, key=keys.load_or_create(tmp_path / "other-key.json"))
    assert pulled.pulled == 4
    assert _revisions(second) == _revisions(owner)

    office, _ = _laptop(tmp_path / "mia.sqlite", 0)  # the manager's laptop: actions too
    got = sync(office, mia, key=keys.load_or_create(tmp_path / "mia-key.json"))
    assert got.actions == 1 and got.pulled == 4
    with office.read_session() as s:
        action = s.scalars(select(CorrectiveAction)).one()
        assert action.title == "Shorten the queue" and action.location is not None
    for db in (laptop, second, office, ann, mia, owner):
        db.close()


def test_a_connection_killed_mid_sync_then_sync_again_no_duplicates_nothing_missing(
    server: Server, tmp_path: Path
) -> None:
    laptop, ids = _laptop(tmp_path / "ann.sqlite", 7)
    key = keys.load_or_create(tmp_path / "key.json")
    ann = server.as_user("ann")
    killer = create_engine(server.url, isolation_level="AUTOCOMMIT")
    killed: list[int] = []

    def kill_in_second_batch(stage: str, done: int, _total: int) -> None:
        if stage == "push" and done == 3 and not killed:  # inside the second batch of two
            with killer.connect() as conn:
                killed.extend(conn.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = :u AND pid <> pg_backend_pid()"
                ), {"u": f"ann_{server.suffix}"}).scalars())  # fmt: skip

    with pytest.raises(OperationalError):
        sync(laptop, ann, key=key, batch=2, progress=kill_in_second_batch)
    assert killed
    owner = open_database(server.url, create=False)
    assert _counts(owner)[0] == 2  # the first batch only; the second rolled back whole

    result = sync(laptop, ann, key=key, batch=2)
    assert result.pushed == 5  # the rest, not the first batch again
    assert _counts(owner) == _counts(laptop)
    assert _revisions(owner) == _revisions(laptop)
    assert set(_revisions(owner)) == set(ids)
    killer.dispose()
    for db in (laptop, ann, owner):
        db.close()
