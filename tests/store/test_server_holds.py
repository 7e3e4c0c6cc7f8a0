"""The team server holds against its own users (issue 28): each role, logged in with its own
password, tries in plain SQL (psycopg, no app code) what its role may not do; the server
refuses, and a digest of every table taken as the owner before and after shows nothing moved.

Classes tried: shadowing the tables the policy functions read (with TEMPORARY revoked, and
granted back so the fixed search_path itself is proven), the audit workflow, scores, history,
tables without row security, an admin beyond the app, and the same through a crafted sync.
"""

from __future__ import annotations

import io
import json
import re
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import make_url, select, text

from auditor import cli
from auditor.reports.pdf_base import ReportOptions
from auditor.reports.pdf_reports import summary_story
from auditor.services import capture, diaries
from auditor.services.audits import AuditFilter, awaiting_verification
from auditor.services.capture import AnswerState
from auditor.services.dashboard import load_source
from auditor.services.measures import group_scores
from auditor.store.db import Database, open_database
from auditor.store.models import Audit, AuditStatus, ChangeLogEntry, Review
from auditor.store.workflow import RULES

pytestmark = pytest.mark.postgres

CHECKLIST = "mystery-shopper-branch"
NORTH, SOUTH = "North Bank", "South Bank"


@dataclass
class Team:
    url: str
    suffix: str
    people: dict[str, uuid.UUID] = field(default_factory=dict)
    audits: dict[str, uuid.UUID] = field(default_factory=dict)
    locations: dict[str, uuid.UUID] = field(default_factory=dict)

    def login(self, name: str) -> str:
        return f"{name}_{self.suffix}"

    def conninfo(self, name: str) -> str:
        url = make_url(self.url).set(
            drivername="postgresql", username=self.login(name), password=f"pw-{name}-secret"
        )
        return url.render_as_string(hide_password=False)

    def connect(self, name: str) -> psycopg.Connection[Any]:
        return psycopg.connect(self.conninfo(name))

    def app(self, name: str) -> Database:
        url = make_url(self.url).set(username=self.login(name), password=f"pw-{name}-secret")
        return open_database(url.render_as_string(hide_password=False), create=False)

    def owner(self) -> Database:
        return open_database(self.url, create=False)


def _cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = cli.main(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def _submit(db: Database, audit_id: uuid.UUID) -> None:
    with db.session() as s:
        writer = capture.AnswerWriter(s, audit_id)
        writer.save(s, "greeted_30s", AnswerState(True), "x")
        writer.save(s, "wait_seconds", AnswerState(95.0), "x")
        audit = s.get(Audit, audit_id)
        assert audit is not None
        audit.status = AuditStatus.SUBMITTED
        audit.submitted_at = datetime.now(UTC)


@pytest.fixture
def team(pg_url: str) -> Iterator[Team]:
    code, _out, err = _cli("server", "init", "--db", pg_url)
    assert code == 0, err
    made = Team(pg_url, uuid.uuid4().hex[:6])
    db = made.owner()
    with db.session() as s:
        for org, place in ((NORTH, "Main Street"), (SOUTH, "Harbour")):
            made.locations[org] = capture.add_location(s, org, place, "Ljubljana").id
    db.close()
    for name, role, orgs in (("ann", "shopper", ()), ("bob", "shopper", ()),
                             ("rita", "reviewer", (NORTH,)), ("mia", "manager", (NORTH,)),
                             ("zoe", "reviewer", (SOUTH,)),
                             ("adam", "admin", ()), ("sam", "scorer", ())):  # fmt: skip
        extra = [x for org in orgs for x in ("--organisation", org)]
        code, _out, err = _cli("user", "add", made.login(name), "--role", role, "--person",
                               name.title(), *extra, "--password-stdin", "--db", pg_url,
                               stdin=f"pw-{name}-secret\n")  # fmt: skip
        assert code == 0, err
    db = made.owner()
    with db.session() as s:
        from auditor.store.models import Person

        for p in s.scalars(select(Person)):
            made.people[p.name.lower()] = p.id
        now = datetime.now(UTC)
        for key, shopper, org in (("ann_draft", "Ann", NORTH), ("ann_done", "Ann", NORTH),
                                  ("bob_north", "Bob", NORTH), ("bob_south", "Bob", SOUTH),
                                  ("rita_own", "Rita", NORTH), ("adam_own", "Adam", NORTH),
                                  ("ann_accepted", "Ann", NORTH)):  # fmt: skip
            made.audits[key] = capture.start_audit(s, CHECKLIST, made.locations[org], shopper, now)
        diary = diaries.start_diary(s, "Ann", "December", date(2026, 12, 1), date(2026, 12, 31))
        made.audits["ann_diary"] = diary
        diaries.add_event(s, diary, diaries.EventInput(
            datetime(2026, 12, 2, 10, tzinfo=UTC), "branch_visit", NORTH, "Quick", "Main Street",
            4, 5, 5))  # fmt: skip
    for key in ("ann_done", "bob_north", "bob_south", "rita_own", "adam_own", "ann_accepted"):
        _submit(db, made.audits[key])
    with db.session() as s:
        accepted = s.get(Audit, made.audits["ann_accepted"])
        assert accepted is not None
        accepted.status = AuditStatus.ACCEPTED
    db.close()
    yield made


def _digest(team: Team) -> dict[str, str]:
    """Every table's content as the owner sees it, one digest per table."""
    with psycopg.connect(make_url(team.url).set(drivername="postgresql")
                         .render_as_string(hide_password=False)) as conn:  # fmt: skip
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        out = {}
        for table in tables:
            row = conn.execute(
                f'SELECT md5(coalesce(string_agg(t::text, \'|\' ORDER BY t::text), \'\')) '
                f'FROM public."{table}" t').fetchone()  # fmt: skip
            out[table] = row[0] if row else ""
        out["roles"] = str(conn.execute(
            "SELECT string_agg(rolname || rolsuper || rolcreaterole || rolbypassrls || "
            "rolcanlogin, ',' ORDER BY rolname) FROM pg_roles").fetchone())
        out["members"] = str(conn.execute(
            "SELECT string_agg(roleid::regrole || '>' || member::regrole, ',' ORDER BY 1) "
            "FROM pg_auth_members").fetchone())
        return out


def _refused(team: Team, who: str, sql: str, params: dict[str, Any] | None = None,
             setup: str | None = None) -> str:  # fmt: skip
    """Run `sql` as `who` in one transaction: refused means an error, or no row touched."""
    with team.connect(who) as conn:
        try:
            if setup:
                conn.execute(setup)
            cur = conn.execute(sql, params or {})
            touched = cur.rowcount
            rows = cur.fetchall() if cur.description else []
            conn.commit()
        except psycopg.Error as exc:
            conn.rollback()
            return str(exc).splitlines()[0]
    assert touched == 0 and not rows, f"{who} was allowed: {sql} ({touched} rows, {rows})"
    return "no row"


def _all_refused(team: Team, attempts: list[tuple[str, str, dict[str, Any]]]) -> None:
    before = _digest(team)
    for who, sql, params in attempts:
        _refused(team, who, sql, params)
    after = _digest(team)
    assert {k: v for k, v in after.items() if before.get(k) != v} == {}


def _question(team: Team, key: str = "wait_seconds") -> uuid.UUID:
    with team.owner().read_session() as s:
        audit = s.get(Audit, team.audits["ann_draft"])
        assert audit is not None
        return next(q.id for sec in audit.template_version.sections for q in sec.questions
                    if q.key == key)  # fmt: skip


def _answer_of(team: Team, audit: str) -> uuid.UUID:
    with psycopg.connect(make_url(team.url).set(drivername="postgresql")
                         .render_as_string(hide_password=False)) as conn:  # fmt: skip
        row = conn.execute("SELECT id FROM answers WHERE audit_id = %s LIMIT 1",
                           (team.audits[audit],)).fetchone()  # fmt: skip
        assert row is not None
        return uuid.UUID(str(row[0]))


# -- 1. shadowing -----------------------------------------------------------------------------

SHADOWS = (
    "CREATE TEMP TABLE app_users AS SELECT current_user::text AS login, "
    "'{victim}'::uuid AS person_id, 'shopper'::text AS role, false AS disabled",
    "CREATE TEMP TABLE user_organisations AS SELECT current_user::text AS login, "
    "organisation_id FROM public.locations",
    "CREATE TEMP TABLE locations AS SELECT * FROM public.locations",
    "CREATE TEMP TABLE people AS SELECT id, name, role, language FROM public.people",
    "CREATE TEMP TABLE audits AS SELECT * FROM public.audits",
    "CREATE TEMP TABLE sa_workflow AS SELECT 'shopper'::text AS role, "
    "'submitted'::text AS from_status, 'accepted'::text AS to_status, "
    "ARRAY['score']::text[] AS columns",
    "CREATE TEMP TABLE sa_fresh_audits AS SELECT id AS audit_id, pg_current_xact_id() AS xid "
    "FROM public.audits",
    "CREATE TEMP TABLE answers AS SELECT * FROM public.answers",
    "CREATE TEMP TABLE questions AS SELECT * FROM public.questions",
    "CREATE TEMP TABLE sections AS SELECT * FROM public.sections",
    "CREATE TEMP TABLE reviews AS SELECT * FROM public.reviews",
    "CREATE TEMP TABLE diaries AS SELECT * FROM public.diaries",
    "CREATE TEMP TABLE organisations AS SELECT * FROM public.organisations",
    "CREATE FUNCTION pg_temp.pg_has_role(name, text, text) RETURNS boolean "
    "LANGUAGE sql AS 'SELECT true'",
    "CREATE FUNCTION pg_temp.sa_person() RETURNS uuid LANGUAGE sql "
    "AS 'SELECT ''{victim}''::uuid'",
)


@pytest.mark.parametrize("temporary", [False, True], ids=["revoked", "granted-back"])
def test_no_role_becomes_someone_else_by_shadowing(team: Team, temporary: bool) -> None:
    if temporary:  # prove the fixed search_path itself, not only the revoked privilege
        with team.owner().session() as s:
            s.execute(text("GRANT TEMPORARY ON DATABASE "
                           f'"{make_url(team.url).database}" TO PUBLIC'))  # fmt: skip
    ann_audits = {team.audits[k] for k in ("ann_draft", "ann_done", "ann_accepted")}
    victim = team.people["bob"]
    bob_answer = _answer_of(team, "bob_north")
    before = _digest(team)
    for who in ("ann", "rita", "mia", "adam"):
        with team.connect(who) as conn:
            made = 0
            for sql in SHADOWS:
                try:
                    with conn.transaction():
                        conn.execute(sql.format(victim=victim))
                    made += 1
                except psycopg.Error as exc:
                    assert not temporary, exc
            assert made == (len(SHADOWS) if temporary else 0)
            seen = {r[0] for r in conn.execute("SELECT id FROM public.audits")}
            if who == "ann":
                assert seen == ann_audits
            if who in ("rita", "mia"):  # North Bank's only
                assert team.audits["bob_south"] not in seen
            if who == "adam":  # an admin may delete audits; the rest is tried on the others
                continue
            for sql in ("UPDATE public.answers SET comment = 'forged' WHERE id = %(a)s",
                        "DELETE FROM public.audits WHERE id = %(s)s",
                        "UPDATE public.audits SET status = 'accepted' WHERE id = %(s)s"):
                try:
                    with conn.transaction():
                        cur = conn.execute(sql, {"a": bob_answer, "s": team.audits["bob_south"]})
                        assert cur.rowcount == 0, (who, sql)
                except psycopg.Error:
                    pass
    assert {k for k, v in _digest(team).items() if before.get(k) != v} == set()


def test_every_function_the_rules_call_has_a_fixed_search_path(team: Team) -> None:
    with team.owner().read_session() as s:
        loose = s.execute(text(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.proname LIKE 'sa\\_%' AND NOT EXISTS ("
            "  SELECT 1 FROM unnest(coalesce(p.proconfig, '{}')) c "
            "  WHERE c = 'search_path=pg_catalog, public, pg_temp')")).scalars().all()
        definers = s.execute(text(
            "SELECT p.proname, r.rolname, r.rolsuper FROM pg_proc p "
            "JOIN pg_roles r ON r.oid = p.proowner JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prosecdef")).all()
        temp = s.execute(text(
            "SELECT has_database_privilege(:who, current_database(), 'TEMPORARY')"),
            {"who": team.login("ann")}).scalar()  # fmt: skip
    assert loose == []
    assert definers and all(owner == "sa_owner" and not sup for _n, owner, sup in definers)
    assert temp is False


# -- 2. the workflow --------------------------------------------------------------------------

def test_the_workflow_table_is_the_servers(team: Team) -> None:
    with team.owner().read_session() as s:
        stored = {(r[0], r[1], r[2], tuple(r[3])) for r in s.execute(text(
            "SELECT role, from_status, to_status, columns FROM sa_workflow"))}  # fmt: skip
    assert stored == {(r.role, r.from_status, r.to_status, r.columns) for r in RULES}


def test_a_shopper_cannot_change_what_she_submitted_nor_type_her_score(team: Team) -> None:
    done, draft = team.audits["ann_done"], team.audits["ann_draft"]
    answer = _answer_of(team, "ann_done")
    q = _question(team)
    _all_refused(team, [
        ("ann", "UPDATE answers SET value = '1' WHERE id = %(a)s", {"a": answer}),
        ("ann", "DELETE FROM answers WHERE id = %(a)s", {"a": answer}),
        ("ann", "INSERT INTO answers (id, audit_id, question_id, value, na, comment, "
                "answered_at, revision) VALUES (gen_random_uuid(), %(d)s, %(q)s, '3', false, "
                "'', now(), 1)", {"d": done, "q": _question(team, "greeted_30s")}),
        ("ann", "UPDATE audits SET status = 'draft' WHERE id = %(d)s", {"d": done}),
        ("ann", "UPDATE audits SET status = 'accepted' WHERE id = %(d)s", {"d": done}),
        ("ann", "UPDATE audits SET narrative = 'changed' WHERE id = %(d)s", {"d": done}),
        ("ann", "UPDATE audits SET score = 100, passed = true WHERE id = %(d)s", {"d": done}),
        ("ann", "UPDATE audits SET revision = 1 WHERE id = %(d)s", {"d": done}),
        ("ann", "UPDATE audits SET scored_at = now(), verified_at = now() WHERE id = %(d)s",
         {"d": done}),
        # submitting with a score in the same statement
        ("ann", "UPDATE audits SET status = 'submitted', score = 100 WHERE id = %(d)s",
         {"d": draft}),
        ("ann", "UPDATE audits SET location_id = %(l)s WHERE id = %(d)s",
         {"d": draft, "l": team.locations[SOUTH]}),
        # an answer on a question of another checklist
        ("ann", "INSERT INTO answers (id, audit_id, question_id, value, na, comment, "
                "answered_at, revision) SELECT gen_random_uuid(), %(d)s, q.id, '1', false, '', "
                "now(), 1 FROM questions q WHERE q.id <> ALL(ARRAY(SELECT q2.id FROM questions "
                "q2 JOIN sections s ON s.id = q2.section_id JOIN audits a ON "
                "a.template_version_id = s.template_version_id WHERE a.id = %(d)s)) LIMIT 1",
         {"d": draft}),
        ("ann", "UPDATE answers SET audit_id = %(d)s WHERE id = %(a)s", {"a": answer, "d": draft}),
        ("ann", "INSERT INTO audits (id, template_version_id, location_id, shopper_id, "
                "visit_start, observed_staff, status, narrative, created_at, updated_at, grade, "
                "resume_question, revision) SELECT gen_random_uuid(), template_version_id, "
                "location_id, shopper_id, now(), '', 'accepted', '', now(), now(), '', '', 1 "
                "FROM audits WHERE id = %(d)s", {"d": draft}),
    ])
    # her own draft stays hers to fill, and the revision is the server's
    with team.connect("ann") as conn:
        conn.execute("UPDATE answers SET comment = 'fine' WHERE audit_id = %(d)s "
                     "AND question_id = %(q)s", {"d": draft, "q": q})  # fmt: skip
        rev = conn.execute("SELECT revision FROM audits WHERE id = %s", (draft,)).fetchone()
        conn.execute("UPDATE audits SET narrative = 'on my way' WHERE id = %s", (draft,))
        after = conn.execute("SELECT revision FROM audits WHERE id = %s", (draft,)).fetchone()
    assert rev and after and after[0] == rev[0] + 1


def test_a_reviewer_decides_only_what_is_hers_to_decide(team: Team) -> None:
    bob_n, rita_own = team.audits["bob_north"], team.audits["rita_own"]
    answer = _answer_of(team, "bob_north")
    _all_refused(team, [
        ("rita", "UPDATE answers SET value = 'false' WHERE id = %(a)s", {"a": answer}),
        ("rita", "DELETE FROM answers WHERE id = %(a)s", {"a": answer}),
        ("rita", "UPDATE audits SET status = 'accepted' WHERE id = %(a)s", {"a": rita_own}),
        ("rita", "INSERT INTO reviews (id, audit_id, reviewer_id, decision, notes, "
                 "question_notes, created_at) VALUES (gen_random_uuid(), %(a)s, %(me)s, "
                 "'accepted', '', '{}', now())", {"a": rita_own, "me": team.people["rita"]}),
        ("rita", "UPDATE audits SET status = 'draft' WHERE id = %(a)s", {"a": bob_n}),
        ("rita", "UPDATE audits SET narrative = 'better' WHERE id = %(a)s", {"a": bob_n}),
        ("rita", "UPDATE audits SET status = 'accepted' WHERE id = %(a)s",
         {"a": team.audits["bob_south"]}),
        ("mia", "UPDATE audits SET status = 'accepted' WHERE id = %(a)s",
         {"a": team.audits["ann_draft"]}),
    ])
    # a review in another person's name is hers, signed by the server; then it never changes
    with team.connect("rita") as conn:
        conn.execute("UPDATE audits SET status = 'accepted' WHERE id = %s", (bob_n,))
        conn.execute("INSERT INTO reviews (id, audit_id, reviewer_id, decision, notes, "
                     "question_notes, created_at) VALUES (gen_random_uuid(), %s, %s, "
                     "'accepted', 'ok', '{}', '2020-01-01')", (bob_n, team.people["mia"]))
    with team.owner().read_session() as s:
        review = s.scalars(select(Review).where(Review.audit_id == bob_n)).one()
        assert review.reviewer_id == team.people["rita"]
        assert review.created_at.year == datetime.now(UTC).year
    _all_refused(team, [
        ("rita", "UPDATE reviews SET notes = 'rewritten' WHERE audit_id = %(a)s", {"a": bob_n}),
        ("rita", "DELETE FROM reviews WHERE audit_id = %(a)s", {"a": bob_n}),
        ("mia", "UPDATE reviews SET decision = 'returned' WHERE audit_id = %(a)s", {"a": bob_n}),
        ("rita", "UPDATE audits SET status = 'submitted' WHERE id = %(a)s", {"a": bob_n}),
        ("mia", "UPDATE audits SET status = 'submitted' WHERE id = %(a)s", {"a": bob_n}),
        ("ann", "UPDATE answers SET comment = 'x' WHERE audit_id = %(a)s", {"a": bob_n}),
    ])
    # accepted is frozen until a manager reopens it with a reason, which the log keeps
    with team.connect("mia") as conn:
        conn.execute("SELECT set_config('sa.reason', 'wrong branch on the receipt', true)")
        conn.execute("UPDATE audits SET status = 'submitted' WHERE id = %s", (bob_n,))
    with team.owner().read_session() as s:
        entry = s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.entity_id == bob_n, ChangeLogEntry.action == "reopen")).one()
        assert entry.actor == "Mia" and entry.details["reason"] == "wrong branch on the receipt"


# -- 3. scores --------------------------------------------------------------------------------

def test_a_forged_score_is_never_counted_and_the_scorer_verifies(team: Team) -> None:
    # Ann submits her draft in the same statement that claims a perfect score: refused;
    # she inserts a new audit already submitted, score and all: the server drops the numbers
    forged = uuid.uuid4()
    with team.connect("ann") as conn:
        conn.execute(
            "INSERT INTO audits (id, template_version_id, location_id, shopper_id, visit_start,"
            " observed_staff, status, narrative, created_at, updated_at, score, passed, grade, "
            "critical_failed, score_detail, scored_at, resume_question, revision) SELECT %s, "
            "template_version_id, location_id, shopper_id, now(), '', 'submitted', '', now(), "
            "now(), 100, true, 'A', '[]', '{}', now(), '', 7 FROM audits WHERE id = %s",
            (forged, team.audits["ann_draft"]))  # fmt: skip
        # with its answers in the same transaction, as a sync sends them
        conn.execute(
            "INSERT INTO answers (id, audit_id, question_id, value, na, comment, answered_at, "
            "revision) VALUES (gen_random_uuid(), %s, %s, 'false', false, '', now(), 1)",
            (forged, _question(team, "greeted_30s")))  # fmt: skip
    owner = team.owner()
    with owner.read_session() as s:
        row = s.get(Audit, forged)
        assert row is not None and row.score is None and row.scored_at is None
        assert row.revision == 1
    mia = team.app("mia")
    try:
        with mia.read_session() as s:
            waiting = awaiting_verification(s)
            ranked = group_scores(s, AuditFilter(), "location")
            source = load_source(s)
            summary = " ".join(
                getattr(f, "text", "") for f in summary_story(s, AuditFilter(), ReportOptions())
            )
        # the owner scored the fixture's audits; Ann's forged one waits, its 100 unseen
        assert waiting == 1 and ranked["awaiting_verification"] == 1
        assert source.awaiting == 1 and str(forged) not in {r.id for r in source.records}
        assert "Not yet counted: 1 finished audits" in summary
        assert sum(g["n"] for g in ranked["groups"]) == 5
        assert all((g.get("mean") or 0) < 100 for g in ranked["groups"])
        # the scorer login scores every waiting audit with the app's own engine
        code, _out, err = _cli("server", "score", "--db", make_url(team.url).set(
            username=team.login("sam"), password="pw-sam-secret").render_as_string(
            hide_password=False))  # fmt: skip
        assert code == 0, err
        with mia.read_session() as s:
            assert awaiting_verification(s) == 0
            assert sum(g["n"] for g in group_scores(s, AuditFilter(), "location")["groups"]) == 6
            audit = s.get(Audit, forged)
            assert audit is not None and audit.verified_by == team.login("sam")
            assert audit.score is not None and audit.score < 100
        # a shopper cannot call the scoring function, a reviewer not on her own audit
        _all_refused(team, [
            ("ann", "SELECT public.sa_record_score(%(a)s, 2, 100, true, 'A', '[]', '{}')",
             {"a": forged}),
            ("rita", "SELECT public.sa_record_score(%(a)s, 2, 100, true, 'A', '[]', '{}')",
             {"a": team.audits["rita_own"]}),
            ("rita", "SELECT public.sa_record_score(%(a)s, 2, 100, true, 'A', '[]', '{}')",
             {"a": team.audits["bob_south"]}),
        ])
    finally:
        mia.close()
        owner.close()


# -- 4. history -------------------------------------------------------------------------------

def test_history_is_written_by_the_server_in_the_connected_persons_name(team: Team) -> None:
    entry = ("INSERT INTO change_log (id, at, actor, entity, entity_id, action, details) "
             "VALUES (gen_random_uuid(), now(), 'Rita', 'audit', %(a)s, 'accepted', '{}')")
    attempts = [(who, entry, {"a": team.audits["ann_done"]}) for who in ("ann", "rita", "mia",
                                                                          "adam", "sam")]
    attempts += [(who, "UPDATE change_log SET actor = 'Nobody'", {}) for who in ("ann", "mia")]
    attempts += [(who, "DELETE FROM change_log", {}) for who in ("rita", "adam")]
    _all_refused(team, attempts)
    db = team.app("ann")
    try:
        with db.session() as s:  # the app as Ann: she saves an answer, typing another name
            writer = capture.AnswerWriter(s, team.audits["ann_draft"])
            writer.save(s, "wait_seconds", AnswerState(42.0), "Rita Kralj")
    finally:
        db.close()
    with team.owner().read_session() as s:
        saved = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "save",
                          ChangeLogEntry.audit_id == team.audits["ann_draft"])).all()
    assert saved and {e.actor for e in saved} == {"Ann"}


# -- 5. tables everyone reaches ---------------------------------------------------------------

def test_tables_a_role_reaches_hold_their_rows(team: Team) -> None:
    south_org = "(SELECT id FROM organisations WHERE name = 'South Bank')"
    with team.owner().session() as s:
        s.execute(text("INSERT INTO package_exports (target, audit_id, revision, at) "
                       "VALUES ('bob.zip', :a, 'r1', now())"), {"a": team.audits["bob_north"]})
    _all_refused(team, [
        ("mia", f"UPDATE locations SET organisation_id = (SELECT id FROM organisations WHERE "
                f"name = 'North Bank') WHERE organisation_id = {south_org}", {}),
        ("mia", f"UPDATE organisations SET name = 'Mine' WHERE id = {south_org}", {}),
        ("mia", f"DELETE FROM locations WHERE organisation_id = {south_org}", {}),
        ("ann", "SELECT * FROM package_exports", {}),
        ("ann", "UPDATE package_exports SET revision = 'x'", {}),
        ("ann", "SELECT email FROM people", {}),
        ("ann", "INSERT INTO locations (id, organisation_id, name, code, department, city, "
                f"address) VALUES (gen_random_uuid(), {south_org}, 'Fake', '', '', '', '')", {}),
        ("ann", "INSERT INTO known_keys (id, person, public_key, laptop_id, first_seen) VALUES "
                "(gen_random_uuid(), 'Rita', 'AAAA', 'x', now())", {}),
        ("rita", "SELECT * FROM change_log WHERE organisation_id = "
                 f"{south_org}", {}),
        ("rita", "SELECT * FROM audits WHERE id = %(a)s", {"a": team.audits["bob_south"]}),
        ("ann", "SELECT * FROM app_users WHERE login <> current_user", {}),
        ("ann", "UPDATE audit_conflicts SET resolved_at = now()", {}),
        ("sam", "SELECT email FROM people", {}),
        ("rita", "UPDATE audit_conflicts SET document = '{}'", {}),
        ("rita", "DELETE FROM audit_conflicts", {}),
        ("ann", "UPDATE templates SET name = name || 'x'", {}),
        ("ann", "INSERT INTO corrective_actions (id, standard_id, title, description, owner, "
                "status, created_at, done_note, question_key, linked_audits, revision) SELECT "
                "gen_random_uuid(), id, 't', '', '', 'open', now(), '', '', '[]', 1 "
                "FROM standards LIMIT 1", {}),
        ("rita", "SELECT * FROM corrective_actions WHERE location_id = "
                 f"(SELECT id FROM locations WHERE organisation_id = {south_org})", {}),
    ])
    with team.connect("rita") as conn:  # staff read contact fields; their own orgs' history
        conn.execute("SELECT email FROM people").fetchall()


# -- 6. an admin beyond the app, 8. passwords -------------------------------------------------

def test_an_admin_manages_users_only_through_the_servers_function(team: Team) -> None:
    me = team.login("adam")
    _all_refused(team, [
        ("adam", "CREATE ROLE intruder LOGIN PASSWORD 'x'", {}),
        ("adam", f'GRANT pg_execute_server_program TO "{me}"', {}),
        ("adam", f'GRANT pg_read_server_files TO "{me}"', {}),
        ("adam", f'ALTER ROLE "{me}" CREATEROLE', {}),
        ("adam", "SET ROLE sa_owner", {}),
        ("adam", "SELECT public.sa_user_add('eve', 'admin', 'plain text', NULL, NULL)", {}),
        ("adam", "SELECT public.sa_user_add('pg_monitor2', 'shopper', "
                 "'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA', NULL, NULL)", {}),
        ("adam", "SELECT public.sa_user_add('eve', 'superuser', "
                 "'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA', NULL, NULL)", {}),
        ("adam", "SELECT public.sa_user_disable('auditor')", {}),
        ("adam", "SELECT public.sa_user_set_role('postgres', 'admin', NULL)", {}),
        ("ann", "SELECT public.sa_user_add('eve', 'admin', "
                "'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA', NULL, NULL)", {}),
        ("ann", f"SELECT public.sa_user_disable('{team.login('rita')}')", {}),
        ("mia", "COPY (SELECT 1) TO PROGRAM 'id'", {}),
        ("adam", "SELECT pg_read_file('/etc/passwd')", {}),
        ("adam", "ALTER TABLE audits DISABLE TRIGGER audits_guard", {}),
        ("adam", "ALTER TABLE audits DISABLE ROW LEVEL SECURITY", {}),
        ("adam", "CREATE TABLE public.mine (x int)", {}),
    ])
    with team.owner().read_session() as s:
        flags = s.execute(text(
            "SELECT bool_or(rolsuper OR rolcreaterole OR rolbypassrls OR rolreplication) "
            "FROM pg_roles r JOIN app_users u ON u.login = r.rolname")).scalar()
        predefined = s.execute(text(
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN app_users u ON u.login = m.member::regrole::text "
            "WHERE g.rolname NOT LIKE 'sa\\_%'")).scalar()
    assert flags is False and predefined == 0
    # the admin, through the app, adds a user, moves her to another role, disables her
    url0 = make_url(team.url).set(username=me, password="pw-adam-secret")
    url = make_url(team.url).set(username=me, password="pw-adam-secret")
    code, _o, err = _cli("user", "add", "eve_" + team.suffix, "--role", "shopper", "--person",
                         "Eve", "--password-stdin", "--db", url.render_as_string(
                             hide_password=False), stdin="pw-eve-long-enough\n")  # fmt: skip
    assert code == 0, err
    code, _o, err = _cli("user", "set-role", "eve_" + team.suffix, "--role", "reviewer",
                         "--organisation", NORTH, "--db",
                         url0.render_as_string(hide_password=False))  # fmt: skip
    assert code == 0, err
    with team.owner().read_session() as s:
        groups = s.execute(text(
            "SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g "
            "ON g.oid = m.roleid WHERE m.member::regrole::text = :l"),
            {"l": "eve_" + team.suffix}).scalar()  # fmt: skip
    assert groups == "sa_reviewer"
    code, _o, err = _cli("user", "disable", "eve_" + team.suffix, "--db",
                         url.render_as_string(hide_password=False))  # fmt: skip
    assert code == 0, err
    eve = make_url(team.url).set(drivername="postgresql", username="eve_" + team.suffix,
                                 password="pw-eve-long-enough")  # fmt: skip
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(eve.render_as_string(hide_password=False)).close()


def test_passwords_travel_as_scram_verifiers_never_as_text(team: Team) -> None:
    with team.owner().session() as s:
        s.execute(text(f'ALTER DATABASE "{make_url(team.url).database}" '
                       "SET log_statement = 'all'"))  # fmt: skip
    ca = make_url(team.url).query.get("sslrootcert")
    assert isinstance(ca, str)
    log = Path(ca).parent.parent / "server.log"
    url = make_url(team.url).set(username=team.login("ann"), password="pw-ann-secret")
    code, _o, err = _cli("user", "password", "--password-stdin", "--db",
                         url.render_as_string(hide_password=False),
                         stdin="a-new-Secret-of-Ann\n")  # fmt: skip
    assert code == 0, err
    code, _o, err = _cli("user", "add", "zed_" + team.suffix, "--role", "shopper",
                         "--password-stdin", "--db", team.url,
                         stdin="Zeds-Clear-Password\n")  # fmt: skip
    assert code == 0, err
    logged = log.read_text(errors="replace") if log.exists() else ""
    assert "SCRAM-SHA-256$" in logged  # the statements were logged, with verifiers only
    assert "a-new-Secret-of-Ann" not in logged and "Zeds-Clear-Password" not in logged
    new = make_url(team.url).set(drivername="postgresql", username=team.login("ann"),
                                 password="a-new-Secret-of-Ann")  # fmt: skip
    psycopg.connect(new.render_as_string(hide_password=False)).close()


# -- the same through the app's sync ----------------------------------------------------------

def test_a_crafted_laptop_file_does_through_sync_only_what_its_sender_may(
    team: Team, tmp_path: Path
) -> None:
    from auditor.exchange import keys
    from auditor.services.packages import export_package, import_package
    from auditor.services.sync import sync
    from auditor.services.templates import install_builtins

    laptop = open_database(tmp_path / "ann.sqlite")
    with laptop.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, NORTH, "Main Street", "Ljubljana")
        good = capture.start_audit(s, CHECKLIST, loc.id, "Ann", datetime(2026, 11, 3, tzinfo=UTC))
        writer = capture.AnswerWriter(s, good)
        writer.save(s, "greeted_30s", AnswerState(False), "Ann")
        audit = s.get(Audit, good)
        assert audit is not None
        audit.status, audit.submitted_at = AuditStatus.SUBMITTED, datetime.now(UTC)
        # forged on the laptop: a perfect score and history in Rita's name
        audit.score, audit.passed, audit.scored_at = 100.0, True, datetime.now(UTC)
        s.add(ChangeLogEntry(actor="Rita", entity="audit", entity_id=good, action="accepted",
                             details={}))  # fmt: skip
    server = team.app("ann")
    try:
        result = sync(laptop, server, key=keys.load_or_create(tmp_path / "k.json"))
        assert result.pushed == 1
    finally:
        server.close()
    with team.owner().read_session() as s:
        stored = s.get(Audit, good)
        assert stored is not None and stored.status == AuditStatus.SUBMITTED
        assert stored.score is None  # waits for the server's scorer
        actors = set(s.scalars(select(ChangeLogEntry.actor).where(
            ChangeLogEntry.entity_id == good)))  # fmt: skip
        assert "Rita" not in actors and actors <= {"Ann"}
        reported = s.execute(text("SELECT reported_by, entry FROM reported_history "
                                  "WHERE audit_id = :a"), {"a": good}).all()  # fmt: skip
    assert reported and {r[0] for r in reported} == {"Ann"}
    assert any((r[1] if isinstance(r[1], dict) else json.loads(r[1]))["actor"] == "Rita"
               for r in reported)  # fmt: skip
    # a package from the same laptop now claims the audit accepted, or comes back as a
    # draft with other answers: refused, and nothing on the server changes
    for status in (AuditStatus.ACCEPTED, AuditStatus.DRAFT):
        with laptop.session() as s:
            audit = s.get(Audit, good)
            assert audit is not None
            audit.status = AuditStatus.DRAFT
            capture.AnswerWriter(s, good).save(s, "greeted_30s", AnswerState(True), "Ann")
            audit.status = status
        package = tmp_path / f"crafted-{status.value}.zip"
        with laptop.session() as s:
            export_package(s, package, AuditFilter(status=status.value),
                           key=keys.load_or_create(tmp_path / "k.json"))  # fmt: skip
        before = _digest(team)
        server = team.app("ann")
        try:
            refused = re.compile("may not|do not change", re.I)
            with pytest.raises(Exception, match=refused), server.session() as theirs:
                import_package(theirs, package)
        finally:
            server.close()
        assert {k for k, v in _digest(team).items() if before.get(k) != v} == set()


# -- one rule table: the server's triggers and the package importer agree ---------------------

def test_the_servers_triggers_and_the_importer_give_one_verdict(team: Team) -> None:
    """Every (role, from status, to status, column): the server's guard, tried as that login
    in plain SQL and rolled back, against the importer's check (auditor.services.
    package_authority, which reads the same rules)."""
    from auditor.errors import AuditorError
    from auditor.services.package_authority import check_audit
    from auditor.services.trust import Sender
    from auditor.store.workflow import SHOPPER_FILLS

    statuses = ("draft", "submitted", "returned", "accepted")
    columns = (None, *SHOPPER_FILLS, "submitted_at")
    value = {"visit_end": "now()", "observed_staff": "'someone'", "narrative": "'changed'",
             "resume_question": "'remarks'", "submitted_at": "now()"}  # fmt: skip
    owner = team.owner()
    with owner.session() as s:  # one of Ann's audits in each status
        start = {}
        for status in statuses:
            audit_id = capture.start_audit(s, CHECKLIST, team.locations[NORTH], "Ann",
                                           datetime.now(UTC))  # fmt: skip
            s.get(Audit, audit_id).status = AuditStatus(status)  # type: ignore[union-attr]
            start[status] = audit_id
    owner.close()
    checked = 0
    for role, login, person in (("shopper", "ann", "Ann"), ("reviewer", "rita", "Rita"),
                                ("manager", "mia", "Mia")):  # fmt: skip
        sender = Sender(person, "k", "code", "trusted", role)
        with team.connect(login) as conn:
            for before in statuses:
                for after in statuses:
                    for column in columns:
                        if column is None and before == after:
                            continue  # no change at all: nothing to decide
                        sets = [f"status = '{after}'"] + (
                            [f"{column} = {value[column]}"] if column else [])
                        try:
                            with conn.transaction(force_rollback=True):
                                conn.execute("SELECT set_config('sa.reason', 'checking', true)")
                                cur = conn.execute(
                                    f"UPDATE audits SET {', '.join(sets)} WHERE id = %s",
                                    (start[before],))  # fmt: skip
                                server = cur.rowcount == 1
                        except psycopg.Error:
                            server = False
                        stored = {"status": before, "shopper": {"name": "Ann"}, "answers": [],
                                  "reviews": [], "location": {"name": "x"},
                                  "organisation": {"name": "y"}, "template": {"hash": "h"}}
                        doc = {**stored, "status": after}
                        if column:
                            doc[column] = "changed"
                        if after in ("accepted", "returned") and after != before:
                            doc["reviews"] = [{"id": "r", "reviewer": person, "decision": after}]
                        try:
                            check_audit(sender, doc, stored, "p.zip", "audits/x.json")
                            importer = True
                        except AuditorError:
                            importer = False
                        assert server == importer, (role, before, after, column, server)
                        checked += 1
    assert checked == 3 * (16 * len(columns) - 4)
