"""The team server knows who is who: roles enforced by PostgreSQL itself, and no lost writes.

Everything here runs on the real throwaway PostgreSQL server; the users log in with their own
passwords (the test cluster asks every login but the owner for one) and are checked with
plain SQL, as psql would, and through the app.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, select, text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from auditor import cli
from auditor.errors import AuditorError, DatabaseRefused
from auditor.services import capture, reviews
from auditor.services.audits import AuditFilter, list_audits
from auditor.services.capture import AnswerState
from auditor.services.revisions import StaleRevision
from auditor.services.templates import install_builtins
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, Audit, AuditStatus

ROOT = Path(__file__).resolve().parents[2]
CHECKLIST = "mystery-shopper-branch"
QUESTION = "wait_seconds"

pytestmark = pytest.mark.postgres
# how the server says no: row security, a grant, or a workflow guard (migration 0011)
REFUSED = (
    r"row-level security|permission denied|may not|only the audit's own shopper|"
    r"do not change|does not review|never change|nobody decides"
)


@dataclass
class Team:
    url: str
    suffix: str
    ann_audit: uuid.UUID  # Ann's, at North Bank
    bob_north: uuid.UUID  # Bob's, at North Bank
    bob_south: uuid.UUID  # Bob's, at South Bank

    def login(self, name: str) -> str:
        return f"{name}_{self.suffix}"

    def url_for(self, name: str, password: str | None = None) -> str:
        url = make_url(self.url).set(username=self.login(name), password=password or f"pw-{name}")
        return url.render_as_string(hide_password=False)

    def engine_for(self, name: str) -> Engine:
        return create_engine(self.url_for(name))


def _cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = cli.main(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def _add_user(team: Team, name: str, role: str, person: str, *orgs: str) -> None:
    extra = [x for org in orgs for x in ("--organisation", org)]
    code, _out, err = _cli(
        "user", "add", team.login(name), "--role", role, "--person", person, *extra,
        "--password-stdin", "--db", team.url, stdin=f"pw-{name}\n",
    )  # fmt: skip
    assert code == 0, err


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    code, out, err = _cli("server", "init", "--db", pg_url)
    assert code == 0, err
    assert "row-level security" in out
    db = open_database(pg_url)
    with db.session() as s:
        north = capture.add_location(s, "North Bank", "North Bank Main Street", "Ljubljana")
        south = capture.add_location(s, "South Bank", "South Bank Harbour", "Varna")
        now = datetime.now(UTC)
        ann = capture.start_audit(s, CHECKLIST, north.id, "Ann", now)
        bob_n = capture.start_audit(s, CHECKLIST, north.id, "Bob", now)
        bob_s = capture.start_audit(s, CHECKLIST, south.id, "Bob", now)
    db.close()
    made = Team(pg_url, uuid.uuid4().hex[:6], ann, bob_n, bob_s)
    _add_user(made, "ann", "shopper", "Ann")
    _add_user(made, "bob", "shopper", "Bob")
    _add_user(made, "rita", "reviewer", "Rita", "North Bank")
    _add_user(made, "mia", "manager", "Mia", "North Bank")
    yield made


def _owner(team: Team) -> Database:
    return open_database(team.url, create=False)


def _ids(engine: Engine, sql: str) -> set[uuid.UUID]:
    with engine.connect() as conn:
        return {row[0] for row in conn.execute(text(sql))}


def test_a_shopper_reads_and_changes_only_their_own_audits_even_in_plain_sql(team: Team) -> None:
    ann = team.engine_for("ann")
    try:
        assert _ids(ann, "SELECT id FROM audits") == {team.ann_audit}
        with ann.begin() as conn:  # another's audit is invisible: an UPDATE finds no row
            changed = conn.execute(
                text("UPDATE audits SET narrative = 'mine now' WHERE id = :id"),
                {"id": team.bob_north},
            )
            assert changed.rowcount == 0
        with ann.begin() as conn:
            assert conn.execute(
                text("SELECT count(*) FROM answers WHERE audit_id = :id"), {"id": team.bob_north}
            ).scalar() == 0  # fmt: skip
        with pytest.raises(ProgrammingError, match=REFUSED), ann.begin() as conn:
            conn.execute(  # their own audit, but accepting it is a reviewer's
                text("UPDATE audits SET status = 'accepted' WHERE id = :id"),
                {"id": team.ann_audit},
            )
        with pytest.raises(ProgrammingError, match="permission denied"), ann.begin() as conn:
            conn.execute(  # not whose it is, either (a column grant)
                text("UPDATE audits SET shopper_id = shopper_id WHERE id = :id"),
                {"id": team.ann_audit},
            )
        for sql in ("SELECT * FROM corrective_actions", "DELETE FROM reviews"):
            with pytest.raises(ProgrammingError, match="permission denied"), ann.begin() as conn:
                conn.execute(text(sql))
        with ann.begin() as conn:  # what she may do, she can
            conn.execute(
                text("UPDATE audits SET narrative = 'queue of six' WHERE id = :id"),
                {"id": team.ann_audit},
            )
    finally:
        ann.dispose()
    owner = _owner(team)
    with owner.read_session() as s:
        assert s.get(Audit, team.bob_north).narrative == ""  # type: ignore[union-attr]
        assert s.get(Audit, team.ann_audit).narrative == "queue of six"  # type: ignore[union-attr]
        assert s.get(Audit, team.ann_audit).status == AuditStatus.DRAFT  # type: ignore[union-attr]
    owner.close()


def _question(team: Team, index: int = 0) -> uuid.UUID:
    with _owner(team).read_session() as s:
        audit = s.get(Audit, team.ann_audit)
        assert audit is not None
        return audit.template_version.sections[0].questions[index].id


ADD_ANSWER = (
    "INSERT INTO answers (id, audit_id, question_id, value, na, comment, answered_at, revision)"
    " VALUES (:id, :audit, :q, '1', false, '', now(), 1)"
)


def test_rows_hanging_on_an_audit_follow_the_audit_in_plain_sql(team: Team) -> None:
    """Answers, photos, reviews and revision records: written only where the login may write
    the audit itself (each row's own audit looked up, not the whole table)."""
    question = _question(team)
    ann, rita = team.engine_for("ann"), team.engine_for("rita")
    try:
        for audit in (team.bob_north, team.bob_south):  # Bob's: not hers to add to
            with pytest.raises(ProgrammingError, match=REFUSED), ann.begin() as c:
                c.execute(text(ADD_ANSWER), {"id": uuid.uuid4(), "audit": audit, "q": question})
            with pytest.raises(ProgrammingError, match=REFUSED), ann.begin() as c:
                c.execute(
                    text("INSERT INTO audit_revisions (audit_id, revision, at) "
                         "VALUES (:a, 'x', now())"),
                    {"a": audit},
                )  # fmt: skip
        mine = uuid.uuid4()
        with ann.begin() as c:  # her own open audit: she may
            c.execute(text(ADD_ANSWER), {"id": mine, "audit": team.ann_audit, "q": question})
            changed = c.execute(text("UPDATE answers SET comment = 'ok' WHERE id = :id"),
                                {"id": mine})  # fmt: skip
            assert changed.rowcount == 1
        owner = _owner(team)
        with owner.session() as s:
            bob_answer = uuid.uuid4()
            s.execute(text(ADD_ANSWER), {"id": bob_answer, "audit": team.bob_north, "q": question})
            s.get(Audit, team.ann_audit).status = AuditStatus.ACCEPTED  # type: ignore[union-attr]
            s.get(Audit, team.bob_north).status = AuditStatus.SUBMITTED  # type: ignore[union-attr]
        owner.close()
        with ann.begin() as c:  # another's answer: not there for her
            changed = c.execute(text("UPDATE answers SET comment = 'x' WHERE id = :id"),
                                {"id": bob_answer})  # fmt: skip
            assert changed.rowcount == 0
        with pytest.raises(ProgrammingError, match=REFUSED), ann.begin() as c:
            c.execute(  # her own audit, accepted since: closed to her (another question)
                text(ADD_ANSWER), {"id": uuid.uuid4(), "audit": team.ann_audit,
                                   "q": _question(team, 1)}
            )  # fmt: skip
        with pytest.raises(ProgrammingError, match=REFUSED), ann.begin() as c:
            c.execute(text("UPDATE answers SET comment = 'late' WHERE id = :id"), {"id": mine})
        review = (
            "INSERT INTO reviews (id, audit_id, reviewer_id, decision, notes, question_notes, "
            "created_at) SELECT :id, :audit, person_id, 'accepted', '', '{}', now() "
            "FROM app_users WHERE login = current_user"
        )
        with pytest.raises(ProgrammingError, match=REFUSED), rita.begin() as c:
            c.execute(text(review), {"id": uuid.uuid4(), "audit": team.bob_south})  # South
        with rita.begin() as c:  # North Bank is hers: the decision, and its review
            c.execute(text("UPDATE audits SET status = 'accepted' WHERE id = :a"),
                      {"a": team.bob_north})  # fmt: skip
            c.execute(text(review), {"id": uuid.uuid4(), "audit": team.bob_north})
    finally:
        ann.dispose()
        rita.dispose()
    with _owner(team).read_session() as s:
        assert s.get(Answer, mine).comment == "ok"  # type: ignore[union-attr]
        assert s.get(Answer, bob_answer).comment == ""  # type: ignore[union-attr]


def test_a_reviewer_touches_only_the_organisations_assigned(team: Team) -> None:
    owner = _owner(team)
    with owner.session() as s:
        for audit_id in (team.bob_north, team.bob_south):
            s.get(Audit, audit_id).status = AuditStatus.SUBMITTED  # type: ignore[union-attr]
    owner.close()
    rita = team.engine_for("rita")
    try:
        assert _ids(rita, "SELECT id FROM audits") == {team.ann_audit, team.bob_north}
        with rita.begin() as conn:
            changed = conn.execute(
                text("UPDATE audits SET status = 'accepted' WHERE id = :id"),
                {"id": team.bob_south},
            )
            assert changed.rowcount == 0
    finally:
        rita.dispose()
    app = open_database(team.url_for("rita"), create=False)  # the app, connected as Rita
    try:
        with app.session() as s:
            reviews.accept(s, team.bob_north, "Rita", "fine")
        with pytest.raises(AuditorError, match="no audit"), app.session() as s:
            reviews.accept(s, team.bob_south, "Rita", "not hers")
    finally:
        app.close()
    owner = _owner(team)
    with owner.read_session() as s:
        assert s.get(Audit, team.bob_north).status == AuditStatus.ACCEPTED  # type: ignore[union-attr]
        assert s.get(Audit, team.bob_south).status == AuditStatus.SUBMITTED  # type: ignore[union-attr]
    owner.close()


def test_the_app_as_a_shopper_lists_fills_and_submits_only_their_own(team: Team) -> None:
    app = open_database(team.url_for("ann"), create=False)
    try:
        with app.read_session() as s:
            assert {r.id for r in list_audits(s, AuditFilter())} == {team.ann_audit}
            writer = capture.AnswerWriter(s, team.ann_audit)
        with app.session() as s:
            writer.save(s, QUESTION, AnswerState(95.0), "Ann")
        with app.read_session() as s:
            stored = s.scalars(select(Answer.value).where(Answer.audit_id == team.ann_audit))
            assert 95.0 in list(stored)
        with pytest.raises(AuditorError), app.session() as s:
            capture.AnswerWriter(s, team.bob_north)  # not hers: not even found
    finally:
        app.close()


def test_user_list_and_disable_and_init_twice(team: Team) -> None:
    code, out, err = _cli("user", "list", "--json", "--db", team.url)
    assert code == 0, err
    users = {u["login"]: u for u in json.loads(out)}
    assert users[team.login("rita")]["role"] == "reviewer"
    assert users[team.login("rita")]["organisations"] == ["North Bank"]
    assert users[team.login("ann")]["person"] == "Ann"
    code, _out, err = _cli("user", "disable", team.login("bob"), "--db", team.url)
    assert code == 0, err
    with pytest.raises(DatabaseRefused, match=r"does not let .* log in"):
        open_database(team.url_for("bob"), create=False)
    with pytest.raises(DatabaseRefused, match="refused the user name or password"):
        open_database(team.url_for("ann", password="wrong"), create=False)
    code, _out, err = _cli("server", "init", "--db", team.url)  # again: changes nothing
    assert code == 0, err
    code, _out, err = _cli(
        "user", "add", team.login("ann"), "--role", "shopper", "--password-stdin",
        "--db", team.url, stdin="x\n",
    )  # fmt: skip
    assert code == 1 and "exists already" in err
    code, _out, err = _cli(
        "user", "add", f"eve_{team.suffix}", "--role", "reviewer", "--password-stdin",
        "--db", team.url, stdin="x\n",
    )  # fmt: skip
    assert code == 1 and "--organisation" in err
    with pytest.raises((OperationalError, DBAPIError)):  # the refused user was not created
        create_engine(team.url_for("eve", password="x")).connect()


# -- no lost writes: two processes edit one audit -------------------------------------------


def _editor(target: str, audit_id: uuid.UUID, value: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.stale_proc", target, str(audit_id), QUESTION, value],
        cwd=ROOT, env=dict(os.environ), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    return proc


def _finish(proc: subprocess.Popen[str]) -> dict[str, object]:
    out, err = proc.communicate("go\n", timeout=120)
    assert proc.returncode == 0, err
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result: dict[str, object] = json.loads(line[7:])
    return result


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_two_processes_save_one_answer_one_wins_the_other_keeps_its_input(db_url: str) -> None:
    db = open_database(db_url)
    with db.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, "North Bank", "Main Street")
        audit_id = capture.start_audit(s, CHECKLIST, loc.id, "Ann", datetime.now(UTC))
        capture.AnswerWriter(s, audit_id).save(s, QUESTION, AnswerState(10.0), "Ann")
    db.close()
    first = _editor(db_url, audit_id, "30")
    second = _editor(db_url, audit_id, "45")  # both read the answer as 10
    assert _finish(first) == {"saved": True}
    late = _finish(second)
    assert late["saved"] is False
    assert late["current"] == 30.0 and late["kept"] == 45.0
    assert late["by"] == "editor 30"
    assert "changed since you opened it" in str(late["message"])
    db = open_database(db_url, create=False)
    with db.read_session() as s:
        values = list(s.scalars(select(Answer.value).where(Answer.audit_id == audit_id)))
    db.close()
    assert values == [30.0]


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_a_decision_on_an_audit_changed_since_it_was_read_is_refused(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.session() as s:
            install_builtins(s)
            loc = capture.add_location(s, "North Bank", "Main Street")
            audit_id = capture.start_audit(s, CHECKLIST, loc.id, "Ann", datetime.now(UTC))
            s.get(Audit, audit_id).status = AuditStatus.SUBMITTED  # type: ignore[union-attr]
        with db.read_session() as s:
            seen = capture.load_form(s, audit_id).revision
        with db.session() as s:  # the shopper's late change lands first
            s.get(Audit, audit_id).narrative = "one more thing"  # type: ignore[union-attr]
        with pytest.raises(StaleRevision, match="the audit was changed since"), db.session() as s:
            reviews.accept(s, audit_id, "Rita", "ok", expected_revision=seen)
        with db.read_session() as s:
            now = capture.load_form(s, audit_id)
        assert now.status == "submitted" and now.revision > seen
        with db.session() as s:  # read again, decided again: accepted
            reviews.accept(s, audit_id, "Rita", "ok", expected_revision=now.revision)
    finally:
        db.close()
