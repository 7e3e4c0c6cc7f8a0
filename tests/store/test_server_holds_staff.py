"""The team server holds against its staff too: what a hostile run of reviewers, managers and
admins found, each tried again in plain SQL as that login, refused, nothing changed (a digest
of every table, the roles and their memberships, before and after)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import make_url, select, text

from auditor.store.models import Audit
from tests.store.test_server_holds import (
    Team,
    _all_refused,
    _answer_of,
    _cli,
    _digest,
    _question,
    team,
)

pytestmark = pytest.mark.postgres
__all__ = ["team"]  # the fixture, shared

CONFLICT = (
    "INSERT INTO audit_conflicts (id, audit_id, revision, document, source, received_at) "
    "VALUES (%(c)s, %(a)s, 'x', '{\"status\": \"draft\", \"answers\": [{\"question\": "
    "\"greeted_30s\", \"value\": false, \"na\": false, \"comment\": \"forged\"}]}', 'forged', "
    "now())"
)


def _owner_sql(team: Team, sql: str, params: dict[str, object] | None = None) -> list[tuple]:
    with psycopg.connect(make_url(team.url).set(drivername="postgresql")
                         .render_as_string(hide_password=False)) as conn:  # fmt: skip
        cur = conn.execute(sql, params or {})
        return cur.fetchall() if cur.description else []


def test_a_conflict_is_only_what_the_shopper_sent_and_settles_once(team: Team) -> None:
    conflict = uuid.uuid4()
    accepted, done = team.audits["ann_accepted"], team.audits["ann_done"]
    _all_refused(team, [
        # a reviewer plants a "laptop version" to settle in her favour
        ("rita", CONFLICT, {"c": conflict, "a": team.audits["bob_north"]}),
        ("mia", CONFLICT, {"c": conflict, "a": done}),
    ])
    # Ann's laptop sent one for her accepted audit: it waits, but never unfreezes the audit
    with team.connect("ann") as conn:
        conn.execute(CONFLICT, {"c": conflict, "a": accepted})
    _all_refused(team, [
        ("rita", "SELECT public.sa_resolve_conflict(%(c)s, ARRAY['greeted_30s'], true)",
         {"c": conflict}),
        ("ann", "SELECT public.sa_resolve_conflict(%(c)s, ARRAY['greeted_30s'], true)",
         {"c": conflict}),
        ("rita", "UPDATE audit_conflicts SET document = '{}' WHERE id = %(c)s", {"c": conflict}),
    ])
    # on her submitted audit: settled once, through the server's function only (kept ours,
    # in the change log), never by hand, never opened again
    other = uuid.uuid4()
    with team.connect("ann") as conn:
        conn.execute(CONFLICT, {"c": other, "a": done})
    _all_refused(team, [
        ("rita", "UPDATE audit_conflicts SET resolved_at = '1990-01-01' WHERE id = %(c)s",
         {"c": other}),
    ])
    with team.connect("rita") as conn:
        conn.execute("SELECT public.sa_resolve_conflict(%s, ARRAY[]::text[], false)", (other,))
    _all_refused(team, [
        ("rita", "UPDATE audit_conflicts SET resolved_at = NULL WHERE id = %(c)s", {"c": other}),
        ("rita", "SELECT public.sa_resolve_conflict(%(c)s, ARRAY[]::text[], false)",
         {"c": other}),
    ])
    merged = _owner_sql(team, "SELECT actor FROM change_log WHERE action = 'merge' "
                        "AND entity_id = %(a)s", {"a": done})  # fmt: skip
    assert merged == [("Rita",)]


def test_only_the_diarist_writes_her_diary(team: Team) -> None:
    diary = team.audits["ann_diary"]
    _all_refused(team, [
        (who, sql, {"d": diary})
        for who in ("rita", "mia", "adam", "zoe", "bob")
        for sql in (
            "UPDATE diary_events SET description = 'rewritten', satisfaction = 1",
            "DELETE FROM diary_events",
            "INSERT INTO diary_events (id, diary_id, occurred_at, place, organisation, channel, "
            "description, feeling, criteria, would_recommend, would_warn) VALUES "
            "(gen_random_uuid(), %(d)s, now(), '', '', 'phone', 'planted', '', '[]', false, "
            "false)",
            "UPDATE diaries SET title = 'mine'",
        )
    ])
    with team.connect("ann") as conn:  # hers to keep
        changed = conn.execute("UPDATE diary_events SET feeling = 'calm' WHERE diary_id = %s",
                               (diary,)).rowcount  # fmt: skip
    assert changed == 1


def test_no_audit_is_deleted_or_made_up_by_staff(team: Team) -> None:
    accepted = team.audits["ann_accepted"]
    _all_refused(team, [
        ("mia", "DELETE FROM audits WHERE id = %(a)s", {"a": accepted}),
        ("mia", "DELETE FROM audits WHERE id = %(a)s", {"a": team.audits["bob_north"]}),
        ("adam", "DELETE FROM audits WHERE id = %(a)s", {"a": accepted}),
    ] + [
        # an audit in Ann's name, made up by the manager (or the admin)
        (who, "INSERT INTO audits (id, template_version_id, location_id, shopper_id, "
              "visit_start, observed_staff, status, narrative, created_at, updated_at, grade, "
              "resume_question, revision) SELECT gen_random_uuid(), template_version_id, "
              "location_id, shopper_id, now(), '', 'submitted', 'made up', now(), now(), '', "
              "'', 1 FROM audits WHERE id = %(a)s", {"a": accepted})
        for who in ("mia", "adam")
    ])
    # a manager may remove a draft; its answers go with it, and nobody elsewhere reads them
    with team.connect("mia") as conn:
        assert conn.execute("DELETE FROM audits WHERE id = %s",
                            (team.audits["ann_draft"],)).rowcount == 1  # fmt: skip
    with team.connect("zoe") as conn:  # South Bank's reviewer
        leaked = conn.execute("SELECT actor, details FROM change_log WHERE entity IN "
                              "('answer', 'attachment', 'audit')").fetchall()  # fmt: skip
    assert leaked == []


def test_set_role_changes_no_identity_and_nobody_decides_her_own(team: Team) -> None:
    own = team.audits["adam_own"]
    for who in ("adam", "mia", "rita"):
        group = {"adam": "sa_admin", "mia": "sa_manager", "rita": "sa_reviewer"}[who]
        with team.connect(who) as conn:
            try:
                conn.execute(f"SET ROLE {group}")
                cur = conn.execute("UPDATE audits SET status = 'accepted' WHERE id = %s", (own,))
                assert cur.rowcount == 0 or who != "adam"
                conn.rollback()
            except psycopg.Error:
                conn.rollback()
    _all_refused(team, [("adam", "UPDATE audits SET status = 'accepted' WHERE id = %(a)s",
                         {"a": own})])
    with team.owner().read_session() as s:
        audit = s.get(Audit, own)
        assert audit is not None and audit.status == "submitted"


def test_a_disabled_user_loses_her_open_session_and_her_rights(team: Team) -> None:
    conn = team.connect("mia")
    assert conn.execute("SELECT count(*) FROM audits").fetchone() is not None
    conn.commit()
    admin = make_url(team.url).set(username=team.login("adam"), password="pw-adam-secret")
    code, _o, err = _cli("user", "disable", team.login("mia"), "--db",
                         admin.render_as_string(hide_password=False))  # fmt: skip
    assert code == 0, err
    before = _digest(team)
    with pytest.raises(psycopg.Error):
        conn.execute("UPDATE locations SET name = 'renamed by a disabled manager'")
        conn.commit()
    conn.close()
    with pytest.raises(psycopg.OperationalError):
        team.connect("mia").close()
    assert {k for k, v in _digest(team).items() if before.get(k) != v} == set()


def test_an_admin_cannot_make_a_second_login_for_someone(team: Team) -> None:
    verifier = "SCRAM-SHA-256$4096:AAAA$AAAA:AAAA"
    _all_refused(team, [
        ("adam", "SELECT public.sa_user_add('annx', 'shopper', %(v)s, %(p)s, NULL)",
         {"v": verifier, "p": team.people["ann"]}),
        ("adam", "UPDATE people SET name = 'Rita.' WHERE id = %(p)s", {"p": team.people["rita"]}),
        ("mia", "UPDATE people SET name = 'Someone' WHERE id = %(p)s", {"p": team.people["ann"]}),
    ])


def test_the_scorer_checks_the_numbers_staff_stored(team: Team) -> None:
    bob = team.audits["bob_north"]
    rev = _owner_sql(team, "SELECT revision FROM audits WHERE id = %(a)s", {"a": bob})[0][0]
    with team.connect("rita") as conn:  # stored by a reviewer's own hand, not by the app
        conn.execute("SELECT public.sa_record_score(%s, %s, 3, false, 'F', '[]', '{}')",
                     (bob, rev))  # fmt: skip
    sam = make_url(team.url).set(username=team.login("sam"), password="pw-sam-secret")
    code, _o, err = _cli("server", "score", "--db", sam.render_as_string(hide_password=False))
    assert code == 0, err
    with team.owner().read_session() as s:
        audit = s.get(Audit, bob)
        assert audit is not None and audit.verified_by == team.login("sam")
        assert audit.score is not None and audit.score > 3
        actors = s.execute(text("SELECT actor FROM change_log WHERE entity_id = :a AND "
                                "action = 'verified' ORDER BY at"), {"a": bob}).scalars().all()
    assert actors[-2:] == ["Rita", "Sam"]


def test_bookkeeping_checklists_and_the_revision_hold(team: Team) -> None:
    done = team.audits["ann_done"]
    version_q = _question(team, "greeted_30s")
    _all_refused(team, [
        ("ann", "UPDATE audit_revisions SET revision = 'x'", {}),
        ("ann", "DELETE FROM audit_revisions", {}),
        ("rita", "DELETE FROM audit_revisions", {}),
        # a version audits were made with never changes
        ("mia", "UPDATE questions SET weight = 1000, critical = true WHERE id = %(q)s",
         {"q": version_q}),
        ("mia", "DELETE FROM choices WHERE question_id IN (SELECT id FROM questions)", {}),
        ("mia", "DELETE FROM question_standards", {}),
        ("mia", "UPDATE sections SET weight = 0", {}),
        ("mia", "DELETE FROM template_versions", {}),
        ("mia", "INSERT INTO questions (id, section_id, key, position, kind, label, help, scale, "
                "target, weight, critical, critical_scope, na_allowed, na_policy, required, "
                "relevance, \"constraint\") SELECT gen_random_uuid(), section_id, 'planted', 99, "
                "kind, label, help, scale, target, 1000, true, 'audit', false, 'exclude', false, "
                "'', '' FROM questions WHERE id = %(q)s", {"q": version_q}),
        ("mia", "INSERT INTO question_standards (question_id, standard_id) SELECT %(q)s, id "
                "FROM standards WHERE id NOT IN (SELECT standard_id FROM question_standards "
                "WHERE question_id = %(q)s) LIMIT 1", {"q": version_q}),
        ("adam", "DELETE FROM people WHERE name = 'Zoe'", {}),
        ("ann", "INSERT INTO answers (id, audit_id, question_id, value, na, comment, "
                "answered_at, revision) VALUES (gen_random_uuid(), %(d)s, %(q)s, 'true', false, "
                "'', now(), 77)", {"d": team.audits["ann_draft"],
                                   "q": _question(team, "greeted_30s")}),
        ("sam", "SELECT notes FROM reviews", {}),
        ("sam", "SELECT data FROM attachments", {}),
        ("rita", "INSERT INTO known_keys (id, person, public_key, laptop_id, first_seen) VALUES "
                 "(gen_random_uuid(), 'Bob', 'AAAA', 'x', now())", {}),
        # a decision recorded on an audit that is not awaiting one
        ("rita", "INSERT INTO reviews (id, audit_id, reviewer_id, decision, notes, "
                 "question_notes, created_at) VALUES (gen_random_uuid(), %(a)s, "
                 "gen_random_uuid(), 'returned', 'bad', '{}', now())",
         {"a": team.audits["ann_accepted"]}),
        # a photo pointing at an answer of another audit
        ("ann", "INSERT INTO attachments (id, audit_id, answer_id, sha256, name, media_type, "
                "size, data, created_at) VALUES (gen_random_uuid(), %(d)s, %(x)s, 'a', 'a.jpg', "
                "'image/jpeg', 1, '\\x00', now())",
         {"d": team.audits["ann_draft"], "x": _answer_of(team, "ann_done")}),
    ])
    # where the shopper was is no change of content: the scorer's revision still holds
    rev = _owner_sql(team, "SELECT revision FROM audits WHERE id = %(a)s", {"a": done})[0][0]
    with team.connect("ann") as conn:
        conn.execute("UPDATE audits SET resume_question = 'remarks' WHERE id = %s", (done,))
    after = _owner_sql(team, "SELECT revision FROM audits WHERE id = %(a)s", {"a": done})[0][0]
    assert after == rev
    with team.owner().read_session() as s:
        assert s.scalar(select(Audit.resume_question).where(Audit.id == done)) == "remarks"
