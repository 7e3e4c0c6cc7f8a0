"""A team server with three users, and Ann's laptop, for the sync tests (store and window)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import make_url

from auditor import cli
from auditor.services import capture, diaries
from auditor.services.capture import AnswerState
from auditor.services.templates import install_builtins
from auditor.services.users import add_user
from auditor.store.db import Database, open_database
from auditor.store.models import Audit, AuditStatus

CHECKLIST = "mystery-shopper-branch"
ORG, PLACE = "North Bank", "Main Street"


@dataclass
class Server:
    url: str
    suffix: str

    def as_user(self, name: str) -> Database:
        url = make_url(self.url).set(username=f"{name}_{self.suffix}", password=f"pw-{name}")
        return open_database(url.render_as_string(hide_password=False), create=False)


def team_server(pg_url: str) -> Server:
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


def laptop_with(
    path: Path, audits: int, photo: Path | None = None
) -> tuple[Database, list[uuid.UUID]]:
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
