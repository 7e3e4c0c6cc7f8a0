"""Laptop sync with the team server: SQLite -> PostgreSQL -> another SQLite, every record;
review results and actions come back; a connection killed mid-sync loses and doubles nothing.

Real SQLite files, the real throwaway PostgreSQL server, the users logged in with their own
passwords (so the server's row-level security applies to what they send and receive).
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import OperationalError

from auditor.errors import Cancelled
from auditor.exchange import keys
from auditor.services import actions, capture, reviews
from auditor.services.packages import VersionIndex, audit_document
from auditor.services.sync import sync
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, Attachment, Audit, CorrectiveAction, Diary
from tests.store.team import PLACE, Server, laptop_with, team_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def server(pg_url: str) -> Server:
    return team_server(pg_url)


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
    laptop, ids = laptop_with(tmp_path / "ann.sqlite", 4, photo)
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

    second, _ = laptop_with(tmp_path / "ann-new-laptop.sqlite", 0)  # a new laptop: all comes
    pulled = sync(second, ann, key=keys.load_or_create(tmp_path / "other-key.json"))
    assert pulled.pulled == 4
    assert _revisions(second) == _revisions(owner)

    office, _ = laptop_with(tmp_path / "mia.sqlite", 0)  # the manager's laptop: actions too
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
    laptop, ids = laptop_with(tmp_path / "ann.sqlite", 7)
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


def test_a_cancelled_sync_sends_nothing_more_and_says_how_far_it_got(
    server: Server, tmp_path: Path
) -> None:
    laptop, _ids = laptop_with(tmp_path / "ann.sqlite", 3)
    ann = server.as_user("ann")
    with pytest.raises(Cancelled, match="0 audits had been sent"):
        sync(laptop, ann, key=keys.load_or_create(tmp_path / "k.json"), cancelled=lambda: True)
    owner = open_database(server.url, create=False)
    assert _counts(owner)[0] == 0
    for db in (laptop, ann, owner):
        db.close()
