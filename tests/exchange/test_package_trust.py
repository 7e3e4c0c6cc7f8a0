"""Packages carry only what their sender may do (issue 29, items 1 and 2): keys are enrolled
by fingerprint or by a trusted manager's roster, never on first use; a package brings what its
signer's role may do by the team server's own workflow table. Real SQLite files, real signed
packages; every refusal leaves the receiving database as it was (compared as a dump)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from auditor import cli
from auditor.errors import AuditorError
from auditor.exchange import keys
from auditor.exchange.package_format import canonical
from auditor.services import packages, reviews, trust
from auditor.services.audits import AuditFilter
from auditor.services.package_authority import check_audit
from auditor.store.db import Database, open_database
from auditor.store.workflow import RULES, SHOPPER_FILLS, allowed
from tests.exchange.enrolment import enrol
from tests.exchange.test_packages import (
    _audit_member,
    _members,
    _rebuild,
    _shopper_audit,
    _valid_answers,
    dump,
    fresh,
)

ANNA, MIA = "Anna Kowalska", "Quality Manager"


def run_cli(*args: str) -> tuple[int, str, str]:
    """The command line as a user runs it, its output and errors as text."""
    import io
    import sys

    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = cli.main(list(args))
    finally:
        sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def anna_key(tmp_path: Path) -> keys.LaptopKey:
    return keys.load_or_create(tmp_path / "k" / "anna.json")


@pytest.fixture
def mia_key(tmp_path: Path) -> keys.LaptopKey:
    return keys.load_or_create(tmp_path / "k" / "mia.json")


def _submitted_package(tmp_path: Path, key: keys.LaptopKey, name: str = "visit.zip") -> Path:
    db = fresh(tmp_path / f"laptop-{name}.sqlite")
    _shopper_audit(db, _valid_answers(db), submit=True)
    out = tmp_path / name
    with db.session() as s:
        packages.export_package(s, out, AuditFilter(status="submitted"), key=key)
    db.close()
    return out


def _refused(db_path: Path, package: Path, says: str) -> str:
    before = dump(db_path)
    db = open_database(db_path, create=False)
    try:
        with pytest.raises(AuditorError) as caught, db.session() as s:
            packages.import_package(s, package)
    finally:
        db.close()
    assert says in str(caught.value), str(caught.value)
    assert dump(db_path) == before
    return str(caught.value)


def _resigned(package: Path, out: Path, key: keys.LaptopKey, change: Any = None,
              created_by: str | None = None) -> Path:  # fmt: skip
    members = _members(package)
    if change is not None:
        name = _audit_member(members)
        doc = json.loads(members[name])
        change(doc)
        doc["revision"] = packages.revision_of(doc)
        members[name] = canonical(doc)

    def manifest(m: dict[str, Any]) -> None:
        m["public_key"] = key.public_text
        if created_by is not None:
            m["created_by"] = created_by

    _rebuild(out, members, key, manifest)
    return out


# -- 1. keys are enrolled, not assumed ----------------------------------------------------------

def test_an_unknown_key_is_shown_and_nothing_is_written(
    tmp_path: Path, anna_key: keys.LaptopKey
) -> None:
    package = _submitted_package(tmp_path, anna_key)
    office = tmp_path / "office.sqlite"
    fresh(office).close()
    message = _refused(office, package, keys.fingerprint(anna_key.public_text))
    assert "nothing was imported" in message and "key trust" in message
    # the dry run says the same, from the same code path
    code, _out, err = run_cli("audit", "import", str(package), "--dry-run", "--db", str(office))
    assert code != 0 and keys.fingerprint(anna_key.public_text) in err
    # with the code she read aloud (any case, spaces), the import goes through
    spoken = keys.fingerprint(anna_key.public_text).lower().replace("-", " ")
    code, out, err = run_cli("audit", "import", str(package), "--trust", spoken, "--db",
                             str(office))  # fmt: skip
    assert code == 0, err
    assert "shopper" in out
    code, out, _err = run_cli("key", "list", "--json", "--db", str(office))
    [row] = json.loads(out)
    assert (row["person"], row["role"], row["state"]) == (ANNA, "shopper", "trusted")


def test_a_wrong_code_trusts_nothing(tmp_path: Path, anna_key: keys.LaptopKey) -> None:
    package = _submitted_package(tmp_path, anna_key)
    office = tmp_path / "office.sqlite"
    fresh(office).close()
    before = dump(office)
    code, _out, err = run_cli("audit", "import", str(package), "--trust", "AAAA-BBBB-CCCC-DDDD",
                              "--db", str(office))  # fmt: skip
    assert code != 0 and "nothing was imported" in err
    code, _out, err = run_cli("key", "trust", "AAAA-BBBB-CCCC-DDDD", "--person", ANNA, "--role",
                              "shopper", "--from", str(package), "--db", str(office))  # fmt: skip
    assert code != 0 and "does not match" in err
    assert dump(office) == before


def test_strangers_and_look_alike_names_are_refused(
    tmp_path: Path, anna_key: keys.LaptopKey
) -> None:
    package = _submitted_package(tmp_path, anna_key)
    office = tmp_path / "office.sqlite"
    db = fresh(office)
    enrol(db, anna_key, ANNA, "shopper")
    db.close()
    stranger = keys.load_or_create(tmp_path / "k" / "mallory.json")
    # a stranger's new key signing as Mallory, as Anna, as Anna with a zero-width space
    _refused(office, _resigned(package, tmp_path / "m.zip", stranger, created_by="Mallory"),
             "not enrolled here")  # fmt: skip
    _refused(office, _resigned(package, tmp_path / "a.zip", stranger, created_by=ANNA),
             f"by another key than the one trusted for {ANNA}")  # fmt: skip
    _refused(office, _resigned(package, tmp_path / "z.zip", stranger,
                               created_by="Anna\u200bKowalska"), "not enrolled here")  # fmt: skip
    # and nobody can enrol her under a name that only looks like one known here
    db = open_database(office, create=False)
    try:
        for name, says in (("Anna\u200bKowalska", "invisible character"),
                           ("\u0410nna Kowalska", "looks exactly like"),
                           ("Anna Kowalska\u202e", "invisible character")):  # fmt: skip
            with pytest.raises(AuditorError, match=says), db.session() as s:
                trust.trust_key(s, stranger.public_text, name, "shopper")
    finally:
        db.close()


def test_a_revoked_key_brings_nothing_more(tmp_path: Path, anna_key: keys.LaptopKey) -> None:
    package = _submitted_package(tmp_path, anna_key)
    office = tmp_path / "office.sqlite"
    fresh(office).close()
    code = keys.fingerprint(anna_key.public_text)
    assert run_cli("key", "trust", code, "--person", ANNA, "--role", "shopper", "--from",
                   str(package), "--db", str(office))[0] == 0  # fmt: skip
    assert run_cli("key", "revoke", code, "--db", str(office))[0] == 0
    _refused(office, package, "a revoked key")


def test_a_managers_roster_enrols_and_revokes_on_other_laptops(
    tmp_path: Path, anna_key: keys.LaptopKey, mia_key: keys.LaptopKey
) -> None:
    anna_pkg = _submitted_package(tmp_path, anna_key)
    office = fresh(tmp_path / "office.sqlite")  # Mia's: she enrols Anna by fingerprint
    enrol(office, anna_key, ANNA, "shopper")
    with office.session() as s:
        packages.import_package(s, anna_pkg)
    with office.session() as s:
        packages.export_package(s, tmp_path / "roster1.zip", AuditFilter(status="accepted"),
                                key=mia_key, created_by=MIA)  # fmt: skip
    trainer_path = tmp_path / "trainer.sqlite"
    trainer = fresh(trainer_path)  # a second laptop: set up once with Mia's key
    enrol(trainer, mia_key, MIA, "manager")
    trainer.close()
    _refused(trainer_path, anna_pkg, "not enrolled here")  # Anna is not known there yet
    trainer = open_database(trainer_path, create=False)
    with trainer.session() as s:
        packages.import_package(s, tmp_path / "roster1.zip")  # the roster travels along
        rows = {r.person: r for r in trust.list_keys(s)}
    assert rows[ANNA].state == "trusted" and rows[ANNA].source == "roster"
    with trainer.session() as s:
        assert packages.import_package(s, anna_pkg).summary()["add"] == 1
    # Mia revokes Anna's key: the next package from Mia takes it away on the trainer's laptop
    with office.session() as s:
        trust.revoke(s, keys.fingerprint(anna_key.public_text))
    with office.session() as s:
        packages.export_package(s, tmp_path / "roster2.zip", AuditFilter(status="accepted"),
                                key=mia_key, created_by=MIA)  # fmt: skip
    with trainer.session() as s:
        packages.import_package(s, tmp_path / "roster2.zip")
        rows = {r.person: r for r in trust.list_keys(s)}
    assert rows[ANNA].state == "revoked"
    trainer.close()
    office.close()
    _refused(trainer_path, anna_pkg, "a revoked key")
    # a roster from a key trusted only as a shopper's changes nothing
    shop = fresh(tmp_path / "shop.sqlite")
    enrol(shop, mia_key, MIA, "shopper")
    with shop.session() as s:
        assert trust.apply_roster(s, json.loads(_members(tmp_path / "roster1.zip")
                                                ["roster.json"]), "roster1.zip") == 0  # fmt: skip
    shop.close()


# -- 2. authority by role -----------------------------------------------------------------------

@pytest.fixture
def office_with_anna(tmp_path: Path, anna_key: keys.LaptopKey,
                     mia_key: keys.LaptopKey) -> tuple[Path, Path]:  # fmt: skip
    """The office holding Anna's submitted audit; Anna and Mia enrolled; Anna's package."""
    package = _submitted_package(tmp_path, anna_key)
    path = tmp_path / "office.sqlite"
    db = fresh(path)
    enrol(db, anna_key, ANNA, "shopper")
    enrol(db, mia_key, MIA, "manager")
    with db.session() as s:
        packages.import_package(s, package)
    db.close()
    return path, package


def test_a_shoppers_key_brings_only_her_own_audits_as_draft_or_submitted(
    tmp_path: Path, anna_key: keys.LaptopKey, office_with_anna: tuple[Path, Path]
) -> None:
    office, package = office_with_anna

    def accepted(doc: dict[str, Any]) -> None:
        doc["status"] = "accepted"

    def draft(doc: dict[str, Any]) -> None:
        doc["status"] = "draft"

    def bobs(doc: dict[str, Any]) -> None:
        doc["shopper"]["name"] = "Bob Nowak"

    def answered(doc: dict[str, Any]) -> None:
        doc["answers"][0]["comment"] = "changed after submitting"

    def reviewed(doc: dict[str, Any]) -> None:
        doc["reviews"].append({"id": str(uuid.uuid4()), "reviewer": ANNA, "decision": "accepted",
                               "notes": "", "question_notes": {},
                               "created_at": "2026-11-03T10:00:00+00:00"})  # fmt: skip
        doc["status"] = "accepted"

    for change, says in ((accepted, "a shopper may not move an audit from submitted to accepted"),
                         (draft, "a shopper may not move an audit from submitted to draft"),
                         (bobs, "brings only her own audits"),
                         (answered, "answers change only in a draft or a returned audit"),
                         (reviewed, "a shopper may not move an audit from submitted")):  # fmt: skip
        out = _resigned(package, tmp_path / f"{change.__name__}.zip", anna_key, change)
        message = _refused(office, out, says)
        assert "audits/" in message and "refused" in message  # the member and the rule
    # a new audit of someone else's, from Anna's key
    def someone_elses(doc: dict[str, Any]) -> None:
        doc["id"] = str(uuid.uuid4())
        doc["shopper"]["name"] = "Bob Nowak"
        for a in doc["answers"]:
            a["id"] = str(uuid.uuid4())

    members = _members(package)
    name = _audit_member(members)
    doc = json.loads(members.pop(name))
    someone_elses(doc)
    doc["revision"] = packages.revision_of(doc)
    members[f"audits/{doc['id']}.json"] = canonical(doc)
    _rebuild(tmp_path / "bob.zip", members, anna_key)
    _refused(office, tmp_path / "bob.zip", "brings only her own audits")


def test_decisions_come_from_a_managers_key_in_her_own_name(
    tmp_path: Path, anna_key: keys.LaptopKey, mia_key: keys.LaptopKey,
    office_with_anna: tuple[Path, Path],
) -> None:  # fmt: skip
    office, package = office_with_anna
    laptop = open_database(tmp_path / "laptop-visit.zip.sqlite", create=False)  # Anna's
    enrol(laptop, mia_key, MIA, "manager")
    db = open_database(office, create=False)
    with db.session() as s:
        audit = s.scalars(packages.select(packages.Audit)).one()
        reviews.accept(s, audit.id, MIA, "well done")
    with db.session() as s:
        packages.export_package(s, tmp_path / "decided.zip", AuditFilter(status="accepted"),
                                key=mia_key, created_by=MIA)  # fmt: skip
    db.close()
    with laptop.session() as s:  # Anna's laptop takes Mia's decision
        assert packages.import_package(s, tmp_path / "decided.zip").summary()["update"] == 1
    laptop.close()
    # the same decision signed by Anna's key, or in another reviewer's name: refused
    laptop_path = tmp_path / "laptop-visit.zip.sqlite"
    fresh_laptop = tmp_path / "laptop2.sqlite"
    db = fresh(fresh_laptop)
    enrol(db, anna_key, ANNA, "shopper")
    enrol(db, mia_key, MIA, "manager")
    with db.session() as s:
        packages.import_package(s, package)
    db.close()
    _refused(fresh_laptop, _resigned(tmp_path / "decided.zip", tmp_path / "by-anna.zip",
                                     anna_key, created_by=ANNA),
             "signed by Anna Kowalska's key")  # fmt: skip

    def someone_else(doc: dict[str, Any]) -> None:
        doc["reviews"][-1]["reviewer"] = "Rita Kralj"

    _refused(fresh_laptop, _resigned(tmp_path / "decided.zip", tmp_path / "rita.zip", mia_key,
                                     someone_else), "in Rita Kralj's name")  # fmt: skip
    assert laptop_path.exists()


def test_checklists_only_from_a_managers_key(
    tmp_path: Path, anna_key: keys.LaptopKey, mia_key: keys.LaptopKey
) -> None:
    source = fresh(tmp_path / "source.sqlite")
    _shopper_audit(source, _valid_answers(source), submit=True)
    with source.session() as s:
        packages.export_package(s, tmp_path / "with-checklist.zip", AuditFilter(), key=anna_key,
                                checklists=True)  # fmt: skip
    source.close()
    bare = tmp_path / "bare.sqlite"
    db = fresh(bare, builtins=False)  # holds no checklist
    enrol(db, anna_key, ANNA, "shopper")
    db.close()
    _refused(bare, tmp_path / "with-checklist.zip", "only a manager's key brings checklists")


def test_the_importer_and_the_servers_table_give_one_verdict() -> None:
    """The importer asks the same rules the server's triggers read (sa_workflow is made
    from RULES, tests/store/test_server_holds.py holds it equal): every (role, from, to,
    column) gets one verdict from both."""
    statuses = ("draft", "submitted", "returned", "accepted")
    columns = (*SHOPPER_FILLS, "submitted_at")
    field_of = {"visit_end": "visit_end", "observed_staff": "observed_staff",
                "narrative": "narrative", "resume_question": "resume_question",
                "submitted_at": "submitted_at"}  # fmt: skip
    checked = 0
    for role in ("shopper", "reviewer", "manager"):
        person = ANNA if role == "shopper" else MIA
        sender = trust.Sender(person, "k", "code", "trusted", role)
        for start in statuses:
            for end in statuses:
                for column in (None, *columns):
                    stored = {"status": start, "shopper": {"name": ANNA}, "answers": [],
                              "reviews": [], "location": {"name": "x"},
                              "organisation": {"name": "y"}, "template": {"hash": "h"}}  # fmt: skip
                    doc = {**stored, "status": end}
                    if column:
                        doc[field_of[column]] = "changed"
                    if end in ("accepted", "returned") and start != end and role != "shopper":
                        doc["reviews"] = [{"id": "r", "reviewer": person, "decision": end}]
                    changed = {column} if column else set()
                    server = (start == end and not changed) or allowed(role, start, end, changed)
                    try:
                        check_audit(sender, doc, stored, "p.zip", "audits/x.json")
                        importer = True
                    except AuditorError:
                        importer = False
                    assert importer == server, (role, start, end, column)
                    checked += 1
    assert checked == 3 * 16 * (len(columns) + 1) and RULES


def _snapshot(db: Database) -> list[tuple[Any, ...]]:
    from sqlalchemy import select

    from auditor.store.models import Answer, Audit, KnownKey, Review

    with db.read_session() as s:
        return [
            *s.execute(select(Audit.id, Audit.status, Audit.revision).order_by(Audit.id)),
            *s.execute(select(Answer.id, Answer.value, Answer.revision).order_by(Answer.id)),
            *s.execute(select(Review.id).order_by(Review.id)),
            *s.execute(select(KnownKey.person, KnownKey.state).order_by(KnownKey.person)),
        ]


def test_an_unknown_sender_and_a_shoppers_decision_on_both_databases(
    tmp_path: Path, anna_key: keys.LaptopKey, db_url: str
) -> None:
    """The same refusals on PostgreSQL (the owner imports there: the keys decide)."""
    from auditor.services.templates import install_builtins

    package = _submitted_package(tmp_path, anna_key)
    db = open_database(db_url)
    try:
        with db.session() as s:
            install_builtins(s)
        before = _snapshot(db)
        with pytest.raises(packages.UnknownSender), db.session() as s:
            packages.import_package(s, package)
        assert _snapshot(db) == before
        enrol(db, anna_key, ANNA, "shopper")
        with db.session() as s:
            assert packages.import_package(s, package).summary()["add"] == 1
        before = _snapshot(db)

        def accepted(doc: dict[str, Any]) -> None:
            doc["status"] = "accepted"

        crafted = _resigned(package, tmp_path / "accepted.zip", anna_key, accepted)
        with pytest.raises(AuditorError, match="a shopper may not move an audit from submitted "
                           "to accepted"), db.session() as s:  # fmt: skip
            packages.import_package(s, crafted)
        assert _snapshot(db) == before
    finally:
        db.close()


# -- what a hostile run found -------------------------------------------------------------------

def _with_members(package: Path, out: Path, key: keys.LaptopKey, change: Any) -> Path:
    members = _members(package)
    change(members)

    def manifest(m: dict[str, Any]) -> None:
        m["public_key"] = key.public_text

    _rebuild(out, members, key, manifest)
    return out


def test_a_shoppers_key_touches_nothing_of_anothers_audit_diary_or_history(
    tmp_path: Path, anna_key: keys.LaptopKey, mia_key: keys.LaptopKey,
    office_with_anna: tuple[Path, Path],
) -> None:  # fmt: skip
    office, package = office_with_anna
    bob = keys.load_or_create(tmp_path / "k" / "bob.json")
    db = open_database(office, create=False)
    enrol(db, bob, "Piotr Nowak", "shopper")
    with db.session() as s:
        audit = s.scalars(packages.select(packages.Audit)).one()
        reviews.accept(s, audit.id, MIA, "ok")
        audit_id = str(audit.id)
    with db.session() as s:
        packages.export_package(s, tmp_path / "accepted.zip", AuditFilter(status="accepted"),
                                key=mia_key, created_by=MIA)  # fmt: skip
    db.close()

    def more_history(doc: dict[str, Any]) -> None:  # Anna's accepted audit, by Bob's key
        doc["change_log"].append({"id": str(uuid.uuid4()), "at": "2026-11-04T10:00:00+00:00",
                                  "actor": MIA, "entity": "audit", "entity_id": doc["id"],
                                  "action": "returned", "details": {}})  # fmt: skip
        doc["known"] = [*doc["known"], doc["revision"]]  # a newer version of the office's
        doc["narrative"] = "added by Bob"

    _refused(office, _resigned(tmp_path / "accepted.zip", tmp_path / "b1.zip", bob,
                               more_history, created_by="Piotr Nowak"),
             "brings only her own audits")  # fmt: skip

    def their_entry(doc: dict[str, Any]) -> None:  # Anna's own audit, an entry about another
        doc["status"] = "accepted"

    # Anna's own new audit carrying an entry about the accepted one, in the manager's name
    fresh_laptop = fresh(tmp_path / "anna2.sqlite")
    _shopper_audit(fresh_laptop, _valid_answers(fresh_laptop), submit=True)
    with fresh_laptop.session() as s:
        packages.export_package(s, tmp_path / "new.zip", AuditFilter(status="submitted"),
                                key=anna_key)  # fmt: skip
    fresh_laptop.close()

    def entry_elsewhere(members: dict[str, bytes]) -> None:
        name = _audit_member(members)
        doc = json.loads(members[name])
        doc["change_log"].append({"id": str(uuid.uuid4()), "at": "2026-11-04T10:00:00+00:00",
                                  "actor": "Anna Kowalska", "entity": "audit",
                                  "entity_id": audit_id, "action": "returned",
                                  "details": {}})  # fmt: skip
        doc["revision"] = packages.revision_of(doc)
        members[name] = canonical(doc)

    elsewhere = _with_members(tmp_path / "new.zip", tmp_path / "b2.zip", anna_key,
                              entry_elsewhere)  # fmt: skip
    _refused(office, elsewhere, "a change-log entry about another audit")
    # re-sending what the office already has, after its decision: unchanged, not refused
    db = open_database(office, create=False)
    with db.session() as s:
        assert packages.import_package(s, package).summary()["unchanged"] == 1
    db.close()
    del their_entry


def test_diaries_stay_their_diarists_and_events_are_checked(
    tmp_path: Path, anna_key: keys.LaptopKey
) -> None:
    from auditor.services import diaries as diary_service

    laptop = fresh(tmp_path / "anna.sqlite")
    with laptop.session() as s:
        diary_id = diary_service.start_diary(s, ANNA, "Listopad", *_days())
        diary_service.add_event(s, diary_id, diary_service.EventInput(
            _when(), "branch_visit", "Baltic Savings Bank", "Szybko", "Sopot", 4, 5, 5))
    with laptop.session() as s:
        packages.export_package(s, tmp_path / "diary.zip", AuditFilter(), key=anna_key)
    laptop.close()
    office = tmp_path / "office.sqlite"
    db = fresh(office)
    enrol(db, anna_key, ANNA, "shopper")
    bob = keys.load_or_create(tmp_path / "k" / "bob.json")
    enrol(db, bob, "Piotr Nowak", "shopper")
    with db.session() as s:
        packages.import_package(s, tmp_path / "diary.zip")
    db.close()

    def take_over(members: dict[str, bytes]) -> None:
        name = next(n for n in members if n.startswith("diaries/"))
        doc = json.loads(members[name])
        doc["owner"]["name"] = "Piotr Nowak"
        doc["events"].append({**doc["events"][0], "id": str(uuid.uuid4()),
                              "description": "never go there", "satisfaction": 1})  # fmt: skip
        members[name] = canonical(doc)

    _refused(office, _with_members(tmp_path / "diary.zip", tmp_path / "d1.zip", bob, take_over),
             "a diary comes only from its own diarist's key")  # fmt: skip

    def out_of_range(members: dict[str, bytes]) -> None:
        name = next(n for n in members if n.startswith("diaries/"))
        doc = json.loads(members[name])
        doc["events"].append({**doc["events"][0], "id": str(uuid.uuid4()), "expectation": 99})
        members[name] = canonical(doc)

    _refused(office, _with_members(tmp_path / "diary.zip", tmp_path / "d2.zip", anna_key,
                                   out_of_range), "events/1: ")  # fmt: skip


def test_a_bad_roster_is_refused_alike_by_a_dry_run_and_the_import(
    tmp_path: Path, anna_key: keys.LaptopKey
) -> None:
    package = _submitted_package(tmp_path, anna_key)
    office = tmp_path / "office.sqlite"
    db = fresh(office)
    enrol(db, anna_key, ANNA, "shopper")
    db.close()
    for serial in ("1e999", "-1", "1.5", "\"7\""):
        def roster(members: dict[str, bytes], serial: str = serial) -> None:
            members["roster.json"] = (
                '{"kind": "service-auditor/roster", "serial": ' + serial + ', "signed_by": "x",'
                ' "signature": "eA==", "entries": []}'
            ).encode()

        bad = _with_members(package, tmp_path / "r.zip", anna_key, roster)
        message = _refused(office, bad, "roster.json")
        code, _out, err = run_cli("audit", "import", str(bad), "--dry-run", "--db", str(office))
        assert code != 0 and "roster.json" in err, err
        assert message.splitlines()[0].split("roster.json")[1] in err


def _days() -> tuple[Any, Any]:
    from datetime import date

    return date(2026, 11, 1), date(2026, 11, 30)


def _when() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 11, 3, 12, tzinfo=UTC)


def test_second_hostile_round_names_rosters_and_keys(
    tmp_path: Path, anna_key: keys.LaptopKey, mia_key: keys.LaptopKey
) -> None:
    """Look-alike names, rosters that would override the receiver, keys moved by hand."""
    office = fresh(tmp_path / "office.sqlite")
    enrol(office, anna_key, ANNA, "shopper")
    enrol(office, mia_key, MIA, "manager")
    eve, m2 = (keys.load_or_create(tmp_path / "k" / f"{n}.json") for n in ("eve", "m2"))
    with office.session() as s:
        for name in ("Anna KowaIska", "Anna Kowa1ska", "Anna Kowa|ska",
                     "\u0391nn\u0251 Kow\u0251lsk\u0251", "anna kowalska", "Anna  Kowalska",
                     "Anna\u034f Kowalska", "Anna\u3164Kowalska",
                     "Anna\u2800Kowalska"):  # fmt: skip
            with pytest.raises(AuditorError):
                trust.trust_key(s, eve.public_text, name, "shopper")
        with pytest.raises(AuditorError, match="revoke it first"):  # a key is one person's
            trust.trust_key(s, anna_key.public_text, "Bob Nowak", "manager")
        trust.revoke(s, keys.fingerprint(anna_key.public_text))

    def roster(signer: keys.LaptopKey, serial: int, entries: list[dict[str, str]]) -> Any:
        doc: dict[str, Any] = {"kind": trust.ROSTER_KIND, "signed_by": signer.public_text,
                               "serial": serial, "entries": entries}  # fmt: skip
        doc["signature"] = __import__("base64").b64encode(
            signer.sign(trust._roster_bytes(doc))).decode()
        return doc

    def entry(key: keys.LaptopKey, person: str, role: str, state: str = "trusted") -> Any:
        return {"public_key": key.public_text, "person": person, "role": role, "state": state}

    with office.session() as s:
        # Mia's roster would re-trust revoked Anna, re-role her, give Mia's own name another
        # key and enrol a second manager; only the new manager is taken
        trust.apply_roster(s, roster(mia_key, 10, [
            entry(anna_key, ANNA, "reviewer"), entry(eve, MIA, "shopper"),
            entry(m2, "Second Manager", "manager")]), "r.zip")  # fmt: skip
        rows = {r.person: r for r in trust.list_keys(s)}
        assert rows[ANNA].state == "revoked" and rows[ANNA].role == "shopper"
        assert rows[MIA].role == "manager" and rows[MIA].source == "manual"
        assert rows["Second Manager"].source == "roster"
        # the second manager's own roster is no root of trust: no chain
        assert trust.apply_roster(s, roster(m2, 20, [entry(eve, "Eve Malicka", "manager"),
                                                     entry(mia_key, MIA, "manager", "revoked")]),
                                  "r2.zip") == 0  # fmt: skip
        rows = {r.person: r for r in trust.list_keys(s)}
        assert "Eve Malicka" not in rows and rows[MIA].state == "trusted"
    office.close()


def test_a_managers_copy_names_only_reviewers_known_here(
    tmp_path: Path, anna_key: keys.LaptopKey, mia_key: keys.LaptopKey
) -> None:
    sender = trust.Sender(MIA, "k", "code", "trusted", "manager")
    base = {"id": "a", "status": "accepted", "shopper": {"name": ANNA}, "answers": [],
            "attachments": [], "change_log": []}  # fmt: skip
    for reviewer, says in (("Ghost Reviewer", "whom this database does not know"),
                           ("anna kowalska", "shopped herself"),
                           ("\u0410nna Kowalska", "shopped herself")):  # fmt: skip
        doc = {**base, "reviews": [{"id": "r", "reviewer": reviewer, "decision": "accepted"}]}
        with pytest.raises(AuditorError, match=says):
            check_audit(sender, doc, None, "p.zip", "audits/a.json", {ANNA, MIA})
    doc = {**base, "reviews": [{"id": "r", "reviewer": "Rita Kralj", "decision": "accepted"}]}
    check_audit(sender, doc, None, "p.zip", "audits/a.json", {ANNA, MIA, "Rita Kralj"})
