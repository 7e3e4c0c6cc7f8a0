"""Audit packages between real SQLite files: a round trip keeps everything, importing twice
equals once, review results travel back, a conflicting edit is kept on both sides and
resolved, and every hostile or damaged package is refused with the database unchanged
(compared as a dump)."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import stat
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from auditor.errors import AuditorError, Cancelled
from auditor.exchange import keys
from auditor.exchange.package_format import MANIFEST, SIGNATURE, canonical, sha256
from auditor.services import capture, packages, reviews
from auditor.services.audits import AuditFilter
from auditor.services.checklist_library import preview_sections, version_document
from auditor.services.scoring import recompute_scores
from auditor.services.templates import install_builtins
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, Attachment, Audit, AuditConflict, ChangeLogEntry, Review
from tests.exchange.enrolment import enrol, enrol_test_keys

BRANCH = "mystery-shopper-branch"


def dump(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return "\n".join(con.iterdump())


def fresh(path: Path, builtins: bool = True) -> Database:
    """A new database as `init` makes it (or bare: no checklists, no standards)."""
    db = open_database(path, create=True)
    if builtins:
        with db.session() as s:
            install_builtins(s)
    enrol_test_keys(db, path.parent)  # the shopper's laptop and the office, if made
    return db


@pytest.fixture
def laptop(tmp_path: Path) -> keys.LaptopKey:
    return keys.load_or_create(tmp_path / "keys" / "shopper.json")


@pytest.fixture
def office(tmp_path: Path) -> keys.LaptopKey:
    return keys.load_or_create(tmp_path / "keys" / "office.json")


def _audit_state(db: Database) -> dict[str, Any]:
    """Everything an audit is, keyed by id: answers, photos' bytes, reviews, log, scores."""
    state: dict[str, Any] = {}
    with db.read_session() as s:
        for audit in s.scalars(select(Audit)):
            version = audit.template_version
            keys_ = {q.id: q.key for sec in version.sections for q in sec.questions}
            answers = {
                keys_[a.question_id]: (a.value, a.na, a.comment, a.answered_at)
                for a in s.scalars(select(Answer).where(Answer.audit_id == audit.id))
            }
            photos = sorted(
                (a.sha256, a.name, bytes(a.data))
                for a in s.scalars(select(Attachment).where(Attachment.audit_id == audit.id))
            )
            decisions = sorted(
                (str(r.id), r.decision.value, r.notes, json.dumps(r.question_notes))
                for r in s.scalars(select(Review).where(Review.audit_id == audit.id))
            )
            state[str(audit.id)] = {
                "checklist": (version.template.name, version.title),
                "where": (audit.location.organisation.name, audit.location.name),
                "shopper": audit.shopper.name,
                "status": audit.status.value,
                "visit": audit.visit_start,
                "answers": answers,
                "photos": photos,
                "reviews": decisions,
                "score": (audit.score, audit.passed, audit.grade, audit.critical_failed),
            }
    return state


def _log_ids(db: Database) -> set[uuid.UUID]:
    with db.read_session() as s:
        return set(s.scalars(select(ChangeLogEntry.id)))


def test_round_trip_keeps_everything_and_twice_equals_once(
    demo_db_file: Path, tmp_path: Path, office: keys.LaptopKey
) -> None:
    source_path = tmp_path / "office.sqlite"
    shutil.copy(demo_db_file, source_path)
    source = open_database(source_path, create=False)
    flt = AuditFilter(organisation="Baltic Savings Bank")
    with source.session() as s:  # a decision with its change log entry, to travel along
        audit_id = s.scalars(
            select(Audit.id).join(Audit.location).where(Audit.status == "submitted")
        ).first()
        assert audit_id is not None
        reviews.return_to_shopper(s, audit_id, "Quality Manager", "", {"wait_seconds": "sure?"})
    out = tmp_path / "out" / "bank.zip"
    with source.session() as s:
        result = packages.export_package(s, out, flt, key=office, created_by="Quality Manager")
    assert result.audits > 100 and out.exists()
    target = fresh(tmp_path / "manager.sqlite", builtins=False)  # checklists come along
    with target.session() as s:
        plan = packages.import_package(s, out)
    assert plan.summary()["add"] == result.audits and plan.sender_role == "manager"

    want = _audit_state(source)
    got = _audit_state(target)
    sent = {k: v for k, v in want.items() if v["where"][0] == "Baltic Savings Bank"}
    assert set(got) == set(sent)
    assert got == sent
    # the change log of those audits came along, entry for entry
    with source.read_session() as s:
        ids = [uuid.UUID(a) for a in sent]
        source_log = set(
            s.scalars(select(ChangeLogEntry.id).where(ChangeLogEntry.entity_id.in_(ids)))
        )
    assert source_log and source_log <= _log_ids(target)
    assert got[str(audit_id)]["status"] == "returned"

    # the scores stored on import (from the answers in hand) are what a recompute stores
    def caches() -> dict[uuid.UUID, tuple[Any, ...]]:
        with target.read_session() as s:
            return {
                a.id: (a.score, a.passed, a.grade, a.critical_failed, a.score_detail)
                for a in s.scalars(select(Audit))
            }

    imported = caches()
    with target.session() as s:
        recompute_scores(s)
    assert caches() == imported
    assert all(c[4] for c in imported.values())
    # answers keep their ids, so the change log entries naming them still find them
    with source.read_session() as s:
        sent_answers = set(s.scalars(select(Answer.id).where(Answer.audit_id.in_(ids))))
    with target.read_session() as s:
        assert set(s.scalars(select(Answer.id))) == sent_answers

    before = dump(tmp_path / "manager.sqlite")
    with target.session() as s:
        again = packages.import_package(s, out)
    assert again.summary() == {"add": 0, "update": 0, "unchanged": result.audits, "conflict": 0}
    assert again.key_known
    assert dump(tmp_path / "manager.sqlite") == before

    # an overlapping package (one location's audits again) changes nothing more either;
    # this one stored plain, as a sync writes its packages
    part = tmp_path / "out" / "one.zip"
    with source.session() as s:
        packages.export_package(s, part, AuditFilter(location="Oddział Gdańsk Długa"), key=office,
                                created_by="Quality Manager", compress=False)  # fmt: skip
    with zipfile.ZipFile(part) as z:
        kinds = {i.compress_type for i in z.infolist() if i.filename.startswith("audits/")}
        assert kinds == {zipfile.ZIP_STORED}
    with target.session() as s:
        packages.import_package(s, part)
    assert dump(tmp_path / "manager.sqlite") == before
    source.close()
    target.close()


def _shopper_audit(db: Database, answers: dict[str, Any], submit: bool) -> uuid.UUID:
    with db.session() as s:
        loc = capture.add_location(s, "Baltic Savings Bank", "Oddział Sopot", "Sopot")
        audit_id = capture.start_audit(
            s, BRANCH, loc.id, "Anna Kowalska", datetime(2026, 11, 2, 10, tzinfo=UTC)
        )
        writer = capture.AnswerWriter(s, audit_id)
        for key, value in answers.items():
            writer.save(s, key, capture.AnswerState(value=value), "Anna Kowalska")
    if submit:
        with db.session() as s:
            capture.submit_audit(s, audit_id)
    return audit_id


FULL = {
    "entrance_clean": "yes", "signage_visible": "yes", "waiting_area": 4, "greeted_30s": "yes",
    "wait_seconds": 120, "asked_needs": "yes", "listened": 4, "info_correct": "yes",
    "offer_fit": "right", "professional": 4, "courtesy": 4, "empathy": 4, "name_used": "no",
    "checked_understanding": "yes", "thanked": "yes", "contact_options": ["card"],
    "recommend": 4, "visit_length": 900,
}  # fmt: skip


def _answers(db: Database, audit_id: uuid.UUID) -> dict[str, Any]:
    with db.read_session() as s:
        form = capture.load_form(s, audit_id)
    return {k: a.value for k, a in form.answers.items()}


def test_review_results_travel_back_and_reopen_the_audit_with_the_notes(
    tmp_path: Path, laptop: keys.LaptopKey, office: keys.LaptopKey
) -> None:
    shopper, manager = fresh(tmp_path / "shopper.sqlite"), fresh(tmp_path / "manager.sqlite")
    audit_id = _shopper_audit(shopper, _valid_answers(shopper), submit=True)
    with shopper.session() as s:
        packages.export_package(
            s, tmp_path / "visit.zip", AuditFilter(status="submitted"), key=laptop
        )
    with manager.session() as s:
        assert packages.import_package(s, tmp_path / "visit.zip").summary()["add"] == 1
    with manager.session() as s:
        reviews.return_to_shopper(s, audit_id, "Quality Manager", "Please check the wait",
                                  {"wait_seconds": "Was it really two minutes?"})  # fmt: skip
    with manager.session() as s:
        result = packages.export_package(
            s, tmp_path / "review.zip", AuditFilter(status="returned"), key=office,
            created_by="Quality Manager",
        )  # fmt: skip
    assert result.audits == 1
    with shopper.session() as s:
        plan = packages.import_package(s, tmp_path / "review.zip")
    assert plan.summary()["update"] == 1
    with shopper.read_session() as s:
        form = capture.load_form(s, audit_id)
    assert form.status == "returned" and form.editable
    assert form.question_notes == {"wait_seconds": "Was it really two minutes?"}
    assert "Please check the wait" in form.review_notes
    shopper.close()
    manager.close()


def _valid_answers(db: Database) -> dict[str, Any]:
    """Answers the branch checklist accepts on submit, from its own choices."""
    with db.read_session() as s:
        sections = preview_sections(version_document(s, BRANCH), "en")
    values: dict[str, Any] = {}
    for section in sections:
        for q in section.questions:
            if q.kind == "yes_no":
                values[q.key] = "yes"
            elif q.kind == "rating":
                values[q.key] = q.scale_max - 1
            elif q.kind == "single_choice":
                values[q.key] = q.choices[0].key
            elif q.kind == "multiple_choice":
                values[q.key] = [q.choices[0].key]
            elif q.kind in ("number", "duration"):
                values[q.key] = 60
            elif q.kind == "text":
                values[q.key] = "fine"
    return values


def test_a_conflicting_edit_is_kept_on_both_sides_and_resolved_answer_by_answer(
    tmp_path: Path, laptop: keys.LaptopKey, office: keys.LaptopKey
) -> None:
    shopper, manager = fresh(tmp_path / "shopper.sqlite"), fresh(tmp_path / "manager.sqlite")
    answers = _valid_answers(shopper)
    audit_id = _shopper_audit(shopper, answers, submit=False)  # a draft, editable on both
    with shopper.session() as s:
        packages.export_package(s, tmp_path / "1.zip", key=laptop)
    with manager.session() as s:
        packages.import_package(s, tmp_path / "1.zip")
    yes_no = [k for k, v in answers.items() if v == "yes"]
    ours, theirs = yes_no[0], yes_no[1]
    with shopper.session() as s:  # the shopper changes one answer …
        capture.AnswerWriter(s, audit_id).save(
            s, ours, capture.AnswerState("no", comment="on reflection"), "Anna Kowalska"
        )
    with manager.session() as s:  # … the office another, on its copy
        capture.AnswerWriter(s, audit_id).save(
            s, theirs, capture.AnswerState("no"), "Quality Manager"
        )
    with shopper.session() as s:
        packages.export_package(s, tmp_path / "2.zip", key=laptop)
    before = _answers(manager, audit_id)
    with manager.session() as s:
        plan = packages.import_package(s, tmp_path / "2.zip")
    assert plan.summary()["conflict"] == 1
    assert _answers(manager, audit_id) == before  # never silently overwritten
    with manager.session() as s:
        again = packages.import_package(s, tmp_path / "2.zip")  # kept once
        assert again.items[0].detail == "already kept"
        assert len(s.scalars(select(AuditConflict)).all()) == 1
    # the office's own edit of her answers never reaches the shopper's laptop: answers are
    # the shopper's to change (issue 29: a package brings only what its signer may do)
    with manager.session() as s:
        packages.export_package(s, tmp_path / "3.zip", key=office, created_by="Quality Manager")
    shopper_before = dump(tmp_path / "shopper.sqlite")
    with pytest.raises(AuditorError, match=r"answers change only .* by its own shopper"), \
            shopper.session() as s:  # fmt: skip
        packages.import_package(s, tmp_path / "3.zip")
    assert dump(tmp_path / "shopper.sqlite") == shopper_before

    with manager.read_session() as s:
        [conflict] = packages.open_conflicts(s)
    assert {a.question for a in conflict.answers} == {ours, theirs}
    with manager.session() as s:  # take the shopper's answer to their question, keep ours
        packages.resolve_conflict(
            s, conflict.id, {ours: "incoming", theirs: "local"}, "Quality Manager"
        )
    merged = _answers(manager, audit_id)
    assert merged[ours] == "no" and merged[theirs] == "no"
    with manager.read_session() as s:
        assert packages.open_conflicts(s) == []
        log = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "merge")).all()
        assert log and log[0].details["taken"] == [ours]

    shopper.close()
    manager.close()


# -- refusals ------------------------------------------------------------------------------------
def _png(width: int = 48, height: int = 32) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "#2a7ab0").save(out, "PNG")
    return out.getvalue()


PHOTO = _png()  # a real PNG: a package's photo is checked to be the image it claims


@pytest.fixture
def good_package(tmp_path: Path, laptop: keys.LaptopKey) -> Path:
    """A submitted audit with a photo, from Anna's laptop."""
    db = fresh(tmp_path / "shopper.sqlite")
    audit_id = _shopper_audit(db, _valid_answers(db), submit=False)
    photo = tmp_path / "photo.png"
    photo.write_bytes(PHOTO)
    with db.session() as s:
        capture.AnswerWriter(s, audit_id).attach(s, "photo_premises", photo, "Anna Kowalska")
    with db.session() as s:
        capture.submit_audit(s, audit_id)
    out = tmp_path / "good.zip"
    with db.session() as s:
        packages.export_package(s, out, key=laptop)
    db.close()
    return out


def test_a_copied_audit_whose_row_ids_are_taken_here_lands_with_fresh_ones(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey, db_url: str
) -> None:
    target = open_database(db_url)  # the clash is found under a savepoint: on both backends
    with target.session() as s:
        install_builtins(s)
    enrol(target, laptop, "Anna Kowalska", "shopper")
    with target.session() as s:
        packages.import_package(s, good_package)
    members = _members(good_package)
    name = _audit_member(members)
    doc = json.loads(members[name])
    old_id, doc["id"] = doc["id"], str(uuid.uuid4())  # the same answers, photo and ids
    for entry in doc["change_log"]:  # under another audit (its history about itself)
        if entry["entity_id"] == old_id:
            entry["entity_id"] = doc["id"]
    doc["revision"] = packages.revision_of(doc)
    del members[name]
    members[f"audits/{doc['id']}.json"] = canonical(doc)
    copy = tmp_path / "copy.zip"
    _rebuild(copy, members, laptop)
    with target.session() as s:
        plan = packages.import_package(s, copy)
    assert plan.summary()["add"] == 1
    with target.read_session() as s:
        first, second = (
            s.scalars(select(Answer).where(Answer.audit_id == uuid.UUID(a))).all()
            for a in (json.loads(members_of(good_package, name))["id"], doc["id"])
        )
        assert len(first) == len(second) == len(doc["answers"])
        assert not {a.id for a in first} & {a.id for a in second}
        assert {a.question_id: a.value for a in first} == {a.question_id: a.value for a in second}
        photos = s.scalars(select(Attachment)).all()
        assert len(photos) == 2 and photos[0].id != photos[1].id
        [copied] = [p for p in photos if p.audit_id == uuid.UUID(doc["id"])]
        assert copied.answer_id in {a.id for a in second}
    target.close()


def members_of(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def test_a_photo_travels_as_its_bytes(tmp_path: Path, good_package: Path) -> None:
    target = fresh(tmp_path / "office.sqlite")
    with target.session() as s:
        packages.import_package(s, good_package)
    with target.read_session() as s:
        [photo] = s.scalars(select(Attachment)).all()
        assert bytes(photo.data) == PHOTO
        assert photo.answer_id is not None
    target.close()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _rebuild(
    path: Path,
    members: dict[str, bytes],
    key: keys.LaptopKey | None,
    manifest_change: Callable[[dict[str, Any]], None] | None = None,
    recount: bool = True,
) -> None:
    """Write a package from members; re-hash and re-sign the manifest unless told not to."""
    manifest = json.loads(members[MANIFEST])
    if recount:
        manifest["members"] = {
            n: sha256(d) for n, d in members.items() if n not in (MANIFEST, SIGNATURE)
        }
    if manifest_change:
        manifest_change(manifest)
    data = canonical(manifest)
    with zipfile.ZipFile(path, "w") as z:
        for name, body in members.items():
            if name not in (MANIFEST, SIGNATURE):
                z.writestr(name, body, zipfile.ZIP_DEFLATED)
        z.writestr(MANIFEST, data)
        z.writestr(SIGNATURE, key.sign(data) if key else members[SIGNATURE])


def _refused(tmp_path: Path, package: Path, says: str) -> None:
    target = tmp_path / "target.sqlite"
    if not target.exists():
        fresh(target).close()
    before = dump(target)
    db = open_database(target, create=False)
    try:
        with pytest.raises(AuditorError) as caught, db.session() as s:
            packages.import_package(s, package)
    finally:
        db.close()
    assert says in str(caught.value), str(caught.value)
    assert str(package) in str(caught.value)
    assert dump(target) == before


def _audit_member(members: dict[str, bytes]) -> str:
    return next(n for n in members if n.startswith("audits/"))


def test_damaged_and_truncated_zips_are_refused(tmp_path: Path, good_package: Path) -> None:
    data = good_package.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    _refused(tmp_path, cut, "damaged or truncated zip")
    noise = tmp_path / "noise.zip"
    noise.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    _refused(tmp_path, noise, "damaged or truncated zip")


def test_a_member_changed_after_packing_is_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    members = _members(good_package)
    name = _audit_member(members)
    doc = json.loads(members[name])
    doc["answers"][0]["comment"] = "slipped in later"
    members[name] = canonical(doc)
    bad = tmp_path / "checksum.zip"
    _rebuild(bad, members, laptop, recount=False)  # signed manifest, old checksums
    _refused(tmp_path, bad, f"{name}: checksum does not match the manifest")
    altered = tmp_path / "altered.zip"
    _rebuild(altered, members, None)  # new checksums, old signature
    _refused(tmp_path, altered, "altered after it was signed")


def test_format_versions_this_app_does_not_read_are_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    members = _members(good_package)
    newer = tmp_path / "newer.zip"
    _rebuild(newer, members, laptop, lambda m: m.update(format_version=2))
    _refused(tmp_path, newer, "format version 2 is not one this app reads")
    other = tmp_path / "other.zip"
    _rebuild(other, members, laptop, lambda m: m.update(format="somebody/else"))
    _refused(tmp_path, other, "not a Service Auditor package")


def _raw_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for info, body in entries:
            z.writestr(info, body)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("../evil.json", "a path outside the package"),
        ("/etc/passwd", "a path outside the package"),
        ("audits/../../x.json", "a path outside the package"),
        ("notes.txt", "a file a package never holds"),
    ],
)
def test_member_names_outside_the_package_are_refused(
    tmp_path: Path, good_package: Path, name: str, says: str
) -> None:
    members = _members(good_package)
    bad = tmp_path / "names.zip"
    _raw_zip(bad, [*members.items(), (name, b"{}")])
    _refused(tmp_path, bad, f"{name}: {says}")


def test_links_duplicates_and_zip_bombs_are_refused(tmp_path: Path, good_package: Path) -> None:
    members = _members(good_package)
    link = zipfile.ZipInfo(f"attachments/{'a' * 64}")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    linked = tmp_path / "link.zip"
    _raw_zip(linked, [*members.items(), (link, b"/etc/passwd")])
    _refused(tmp_path, linked, "a link, not a file")

    name = _audit_member(members)
    twice = tmp_path / "twice.zip"
    with pytest.warns(UserWarning):
        _raw_zip(twice, [*members.items(), (name, members[name])])
    _refused(tmp_path, twice, f"{name}: the name appears twice")

    bomb = tmp_path / "bomb.zip"
    info = zipfile.ZipInfo(f"attachments/{'b' * 64}")
    info.compress_type = zipfile.ZIP_DEFLATED
    _raw_zip(bomb, [*members.items(), (info, b"\0" * (48 * 1024 * 1024))])
    _refused(tmp_path, bomb, "(a zip bomb?)")


def test_documents_that_do_not_match_their_schema_are_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    members = _members(good_package)
    name = _audit_member(members)
    doc = json.loads(members[name])
    doc["status"] = "lost"
    members[name] = canonical(doc)
    bad = tmp_path / "schema.zip"
    _rebuild(bad, members, laptop)
    _refused(tmp_path, bad, f"{name}: status: 'lost' is not one of")


def test_a_refusal_in_the_last_member_undoes_the_audits_already_written(
    demo_db_file: Path, tmp_path: Path, office: keys.LaptopKey
) -> None:
    """An import writes each audit as soon as it is checked; one bad audit at the end of a
    package of many leaves the database as it was, all the same."""
    source_path = tmp_path / "office.sqlite"
    shutil.copy(demo_db_file, source_path)
    source = open_database(source_path, create=False)
    package = tmp_path / "bank.zip"
    with source.session() as s:
        packages.export_package(s, package, AuditFilter(organisation="Baltic Savings Bank"),
                                key=office, created_by="Quality Manager")  # fmt: skip
    source.close()
    members = _members(package)
    audits = sorted(n for n in members if n.startswith("audits/"))
    doc = json.loads(members[audits[-1]])
    doc["status"] = "lost"
    members[audits[-1]] = canonical(doc)
    bad = tmp_path / "last-bad.zip"
    _rebuild(bad, members, office)
    target_path = tmp_path / "target.sqlite"
    fresh(target_path, builtins=False).close()
    before = dump(target_path)
    target = open_database(target_path, create=False)
    told: list[int] = []
    with pytest.raises(AuditorError) as caught, target.session() as s:
        packages.import_package(s, bad, lambda done, _total: told.append(done))
    target.close()
    assert f"{audits[-1]}: status: 'lost' is not one of" in str(caught.value)
    assert len(told) == len(audits) - 1 > 50  # the others were written, then undone
    assert dump(target_path) == before


def test_a_checklist_that_does_not_match_its_hash_is_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    members = _members(good_package)
    name = next(n for n in members if n.startswith("templates/"))
    doc = json.loads(members[name])
    doc["template"]["sections"][0]["questions"][0]["weight"] = 99
    members[name] = canonical(doc)
    bad = tmp_path / "template.zip"
    _rebuild(bad, members, laptop)
    _refused(tmp_path, bad, f"{name}: the checklist's content does not match its hash")


def test_an_audit_whose_checklist_neither_side_has_is_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    members = _members(good_package)
    name = _audit_member(members)
    doc = json.loads(members[name])
    for template in [n for n in members if n.startswith("templates/")]:
        del members[template]
    doc["template"]["hash"] = "c" * 64
    from auditor.services.packages import revision_of

    doc["revision"] = revision_of(doc)
    members[name] = canonical(doc)
    bad = tmp_path / "orphan.zip"
    _rebuild(bad, members, laptop)
    _refused(tmp_path, bad, "is neither in the package nor in this database")


def _changed_audit(
    tmp_path: Path, package: Path, laptop: keys.LaptopKey, change: Callable[[dict[str, Any]], None]
) -> tuple[str, dict[str, Any], Path]:
    """The package with its audit changed (its revision made to match) and signed again."""
    members = _members(package)
    name = _audit_member(members)
    doc = json.loads(members[name])
    change(doc)
    doc["revision"] = packages.revision_of(doc)
    members[name] = canonical(doc)
    out = tmp_path / "changed.zip"
    _rebuild(out, members, laptop)
    return name, doc, out


def test_an_audit_answering_one_question_twice_is_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    def answer_twice(doc: dict[str, Any]) -> None:
        doc["answers"].append(dict(doc["answers"][0], id=str(uuid.uuid4())))

    name, doc, bad = _changed_audit(tmp_path, good_package, laptop, answer_twice)
    index, question = len(doc["answers"]) - 1, doc["answers"][0]["question"]
    _refused(tmp_path, bad, f"{name}: answers/{index}: question '{question}' is answered twice")


def test_an_audit_naming_another_checklist_than_its_hash_is_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    real = json.loads(members_of(good_package, _audit_member(_members(good_package))))

    def rename(doc: dict[str, Any]) -> None:
        doc["template"]["name"] = "Zadowolenie klienta – Ђ"

    name, _doc, bad = _changed_audit(tmp_path, good_package, laptop, rename)
    said = f"{name}: names checklist Zadowolenie klienta – Ђ but its hash is checklist "
    _refused(tmp_path, bad, said + f"{real['template']['name']}'s")


def test_a_package_signed_by_another_key_than_the_known_one_is_refused(
    tmp_path: Path, good_package: Path, laptop: keys.LaptopKey
) -> None:
    target = tmp_path / "target.sqlite"
    db = fresh(target)
    with db.session() as s:  # Anna's enrolled key
        plan = packages.import_package(s, good_package)
    assert plan.key_known and plan.signer == "Anna Kowalska" and plan.sender_role == "shopper"
    db.close()
    impostor = keys.load_or_create(tmp_path / "keys" / "impostor.json")
    members = _members(good_package)
    forged = tmp_path / "forged.zip"
    _rebuild(forged, members, impostor, lambda m: m.update(public_key=impostor.public_text))
    _refused(tmp_path, forged, "by another key than the one trusted for Anna Kowalska")


def test_cancel_leaves_nothing_behind(
    demo_db_file: Path, tmp_path: Path, office: keys.LaptopKey
) -> None:
    source_path = tmp_path / "office.sqlite"
    shutil.copy(demo_db_file, source_path)
    before = dump(source_path)
    source = open_database(source_path, create=False)
    calls = {"n": 0}

    def cancel_after_ten() -> bool:
        calls["n"] += 1
        return calls["n"] > 10

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled), source.session() as s:
        packages.export_package(s, folder / "big.zip", key=office, created_by="Quality Manager",
                                cancelled=cancel_after_ten)  # fmt: skip
    assert list(folder.iterdir()) == []  # no package, no temporary file
    assert dump(source_path) == before  # nothing marked as sent

    with source.session() as s:
        packages.export_package(s, folder / "big.zip", AuditFilter(location="Oddział Gdańsk Długa"),
                                key=office, created_by="Quality Manager")  # fmt: skip
    source.close()
    target_path = tmp_path / "target.sqlite"
    fresh(target_path).close()
    empty = dump(target_path)
    target = open_database(target_path, create=False)
    calls["n"] = 0
    with pytest.raises(Cancelled), target.session() as s:
        packages.import_package(s, folder / "big.zip", cancelled=cancel_after_ten)
    target.close()
    assert dump(target_path) == empty
