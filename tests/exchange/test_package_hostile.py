"""Issue 29, items 3 to 5: values no database can store, damaged zips and photos that are not
what they claim are each one refusal naming the member, given alike by the preview
(`--dry-run`) and the import, on SQLite and PostgreSQL, with every row as it was before; and a
report draws an attachment it cannot read as a marked placeholder."""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from auditor.errors import AuditorError
from auditor.exchange import keys
from auditor.exchange.package_format import canonical, sha256
from auditor.reports.pdf_base import ReportOptions
from auditor.reports.pdf_reports import audit_pdf
from auditor.services import capture, packages
from auditor.services.templates import install_builtins
from auditor.store.db import Database, open_database
from auditor.store.models import Attachment
from tests.exchange.package_tools import (
    ANNA,
    audit_name,
    data_span,
    lying_png,
    members,
    patch_entry,
    png,
    rebuild,
    snapshot,
    trust,
    with_audit,
)

PHOTO = png()
BRANCH = "mystery-shopper-branch"


def _shopper_db(path: Path) -> tuple[Database, uuid.UUID]:
    db = open_database(path, create=True)
    with db.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, "Baltic Savings Bank", "Oddział Sopot", "Sopot")
        when = datetime(2026, 11, 2, 10, tzinfo=UTC)
        audit_id = capture.start_audit(s, BRANCH, loc.id, ANNA, when)
        writer = capture.AnswerWriter(s, audit_id)
        writer.save(s, "greeted_30s", capture.AnswerState(value="yes"), ANNA)
        writer.save(s, "wait_seconds", capture.AnswerState(value=120), ANNA)
    return db, audit_id


@pytest.fixture
def laptop(tmp_path: Path) -> keys.LaptopKey:
    return keys.load_or_create(tmp_path / "keys" / "anna.json")


@pytest.fixture
def good(tmp_path: Path, laptop: keys.LaptopKey) -> Path:
    """Anna's audit with a photo, a diary and an action member beside it."""
    db, audit_id = _shopper_db(tmp_path / "anna.sqlite")
    photo = tmp_path / "front.png"
    photo.write_bytes(PHOTO)
    with db.session() as s:
        capture.AnswerWriter(s, audit_id).attach(s, "photo_premises", photo, ANNA)
    out = tmp_path / "good.zip"
    with db.session() as s:
        packages.export_package(s, out, key=laptop)
    db.close()
    return out


@pytest.fixture
def target(db_url: str, laptop: keys.LaptopKey) -> Database:
    db = open_database(db_url, create=True)
    with db.session() as s:
        install_builtins(s)
    trust(db, laptop)
    return db


def refused(db: Database, package: Path, says: str) -> str:
    """Refused alike by the preview and the import: one line naming `says`; no row changed."""
    before = snapshot(db)
    verdicts = []
    for dry_run in (True, False):
        with pytest.raises(AuditorError) as caught, db.session() as s:
            if dry_run:
                opened, _plan, _docs = packages.plan_import(s, package)
                opened.close()
            else:
                packages.import_package(s, package)
        message = str(caught.value)
        assert says in message, message
        assert "\n" not in message and str(package) in caught.value.describe()
        verdicts.append(message)
    assert verdicts[0] == verdicts[1]
    assert snapshot(db) == before
    return verdicts[1]


def imported(db: Database, package: Path) -> None:
    with db.session() as s:
        opened, _plan, _docs = packages.plan_import(s, package)
        opened.close()
    with db.session() as s:
        packages.import_package(s, package)


def _diary(**change: Any) -> dict[str, Any]:
    doc = {
        "format": "service-auditor/diary", "id": str(uuid.uuid4()),
        "owner": {"name": ANNA}, "title": "Bank visits", "purpose": "",
        "period_start": "2026-11-01", "period_end": "2026-11-30",
        "created_at": "2026-11-01T08:00:00+00:00",
        "events": [{"id": str(uuid.uuid4()), "occurred_at": "2026-11-02T10:00:00+00:00",
                    "channel": "branch", "expectation": 5, "experience": 4, "satisfaction": 4}],
    }  # fmt: skip
    doc.update(change)
    return doc


def _action(**change: Any) -> dict[str, Any]:
    doc = {
        "format": "service-auditor/action", "id": str(uuid.uuid4()), "standard": "STD-01",
        "title": "Fix the queue", "status": "open", "due_date": "2026-12-01",
        "created_at": "2026-11-01T08:00:00+00:00",
    }  # fmt: skip
    doc.update(change)
    return doc


# -- item 3: values -------------------------------------------------------------------------------
def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node = doc
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return change


AUDIT_VALUES = [
    (("visit_start",), "9999-99-99T00:00:00+00:00", "visit_start: '9999-99-99"),
    (("visit_start",), "2026-11-02T10:00:00+25:00", "visit_start: '2026-11-02T10:00:00+25:00'"),
    (("visit_end",), "0001-01-01T00:00:00+01:00", "visit_end:"),
    (("submitted_at",), "2026-02-30T10:00:00+00:00", "submitted_at:"),
    (("answers", 0, "answered_at"), "2026-11-02T24:61:00Z", "answers/0/answered_at:"),
    (("answers", 0, "value"), 10**4000, "answers/0/value: a number past 64 bits"),
    (("answers", 0, "value"), [[1, 10**30]], "answers/0/value: a number past 64 bits"),
    (("template", "version"), 10**4000, "template/version:"),
    (("attachments", 0, "size"), 2**40, "attachments/0/size:"),
    (("attachments", 0, "created_at"), "tomorrow", "attachments/0/created_at:"),
    (("answers", 0, "id"), "not-a-uuid", "answers/0/id:"),
    (("shopper", "name"), "A" * 201, "shopper/name is longer than 200 characters"),
]


@pytest.mark.parametrize(("path", "value", "says"), AUDIT_VALUES)
def test_audit_values_no_database_can_store_are_refused(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database,
    path: tuple[Any, ...], value: Any, says: str,
) -> None:  # fmt: skip
    parts = with_audit(members(good), _set(path, value))
    bad = rebuild(tmp_path / "bad.zip", parts, laptop)
    message = refused(target, bad, says)
    assert audit_name(parts) in message


def test_json_nested_past_the_limit_is_refused_before_it_is_parsed(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database
) -> None:
    parts = members(good)
    name = audit_name(parts)
    deep = b"[" * 100_000 + b"]" * 100_000
    parts[name] = parts[name].replace(b'"comment":"', b'"deep":' + deep + b',"comment":"', 1)
    refused(target, rebuild(tmp_path / "deep.zip", parts, laptop), f"{name}: not JSON (nested")
    parts = members(good)
    open_only = b'{"a":' + b"[" * 100_000
    parts[name] = open_only
    refused(target, rebuild(tmp_path / "open.zip", parts, laptop), f"{name}: not JSON")
    parts = members(good)  # in the manifest, before the signature is looked at
    manifest = parts["manifest.json"]
    parts["manifest.json"] = manifest[:-1] + b',"x":' + deep + b"}"
    refused(target, _raw_manifest(tmp_path, parts, laptop), "manifest.json: not JSON (nested")


def _raw_manifest(tmp_path: Path, parts: dict[str, bytes], key: keys.LaptopKey) -> Path:
    """Members as they are, the manifest's own bytes signed (not written canonically)."""
    out = tmp_path / "raw-manifest.zip"
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            if name != "manifest.sig":
                z.writestr(name, body, zipfile.ZIP_DEFLATED)
        z.writestr("manifest.sig", key.sign(parts["manifest.json"]))
    return out


DIARY_VALUES = [
    ({"id": "not-a-uuid"}, "id:"),
    ({"period_start": "9999-99-99"}, "period_start: '9999-99-99' is not a date"),
    ({"period_end": "2026-02-30"}, "period_end: '2026-02-30' is not a date"),
    ({"created_at": "2026-11-01T08:00:00-25:00"}, "created_at:"),
]


@pytest.mark.parametrize(("change", "says"), DIARY_VALUES)
def test_diary_values_no_database_can_store_are_refused(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database,
    change: dict[str, Any], says: str,
) -> None:  # fmt: skip
    doc = _diary(**change)
    name = f"diaries/{uuid.uuid4() if change.get('id') else doc['id']}.json"
    parts = {**members(good), name: canonical(doc)}
    message = refused(target, rebuild(tmp_path / "diary.zip", parts, laptop), says)
    assert name in message


def test_diary_event_values_are_refused(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database
) -> None:
    for event_change, says in (
        ({"id": "x"}, "events/0/id:"),
        ({"occurred_at": "2026-13-01T00:00:00Z"}, "events/0/occurred_at:"),
        ({"expectation": 10**4000}, "events/0/expectation:"),
    ):
        doc = _diary()
        doc["events"][0].update(event_change)
        parts = {**members(good), f"diaries/{doc['id']}.json": canonical(doc)}
        refused(target, rebuild(tmp_path / "event.zip", parts, laptop), says)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"due_date": "2026-13-01"}, "due_date: '2026-13-01' is not a date"),
        ({"due_date": "9999-99-99"}, "due_date:"),
        ({"audit_id": "nope"}, "audit_id:"),
        ({"closed_at": "2026-11-01T08:00:00+24:00"}, "closed_at:"),
    ],
)
def test_action_values_no_database_can_store_are_refused(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database,
    change: dict[str, Any], says: str,
) -> None:  # fmt: skip
    doc = _action(**change)
    name = f"actions/{doc['id']}.json"
    parts = {**members(good), name: canonical(doc)}
    message = refused(target, rebuild(tmp_path / "action.zip", parts, laptop), says)
    assert name in message


def test_a_good_package_still_imports_and_previews(good: Path, target: Database) -> None:
    imported(target, good)


# -- item 4: zip and zlib errors ------------------------------------------------------------------
def test_every_zip_and_zlib_error_is_a_refusal_naming_the_member(
    tmp_path: Path, good: Path, target: Database
) -> None:
    data = good.read_bytes()
    name = audit_name(members(good))
    photo = next(n for n in members(good) if n.startswith("attachments/"))
    cases = [
        (patch_entry(data, name, flags=0x1), f"{name}: encrypted"),
        (patch_entry(data, name, method=99), f"{name}: compressed with method 99"),
        (patch_entry(data, photo, method=14), f"{photo}: compressed with method 14"),
        (patch_entry(data, photo, crc=0), f"{photo}: damaged (Bad CRC-32"),
        (data[: len(data) - 30], "damaged or truncated zip"),
    ]
    start, _end = data_span(data, name)
    corrupt = bytearray(data)
    corrupt[start : start + 8] = b"\xff" * 8  # a deflate block type that does not exist
    cases.append((bytes(corrupt), f"{name}: damaged"))
    for index, (body, says) in enumerate(cases):
        bad = tmp_path / f"zip-{index}.zip"
        bad.write_bytes(body)
        refused(target, bad, says)


# -- item 5: photos -------------------------------------------------------------------------------
def _photo_swapped(parts: dict[str, bytes], body: bytes, media_type: str = "image/jpeg",
                   rename: bool = True) -> dict[str, bytes]:  # fmt: skip
    """The audit's photo member replaced by `body` (under its own hash when `rename`)."""
    old = next(n for n in parts if n.startswith("attachments/"))
    digest = sha256(body) if rename else old.removeprefix("attachments/")
    parts = {n: b for n, b in parts.items() if n != old}
    parts[f"attachments/{digest}"] = body

    def change(doc: dict[str, Any]) -> None:
        doc["attachments"][0].update(sha256=digest, media_type=media_type, size=len(body))

    return with_audit(parts, change)


@pytest.mark.parametrize(
    ("body", "media_type", "says"),
    [
        (b"<html><script>alert(1)</script></html>", "image/jpeg", "not an image"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "image/jpeg", "not an image"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "application/octet-stream", "not a kind"),
        (b"%PDF-1.4\n%%EOF\n", "image/png", "said to be image/png but its bytes are a PDF"),
        (lying_png(), "image/png", "PNG image too large"),
        (lying_png(12_000, 6_000), "image/png", "12000 x 6000 pixels, more than"),
        (PHOTO[:40], "image/png", "a damaged PNG image"),
    ],
)
def test_a_photo_that_is_not_what_it_claims_is_refused(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database,
    body: bytes, media_type: str, says: str,
) -> None:  # fmt: skip
    parts = _photo_swapped(members(good), body, media_type)
    message = refused(target, rebuild(tmp_path / "photo.zip", parts, laptop), says)
    assert "attachments/" in message


def test_a_photo_whose_name_is_not_its_hash_is_refused(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database
) -> None:
    parts = _photo_swapped(members(good), png(60, 40), "image/png", rename=False)
    refused(target, rebuild(tmp_path / "swap.zip", parts, laptop), "not to its name")


def test_a_pdf_on_a_file_question_and_a_real_photo_are_taken(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database
) -> None:
    parts = _photo_swapped(members(good), b"%PDF-1.4\n%%EOF\n", "application/pdf")
    imported(target, rebuild(tmp_path / "pdf.zip", parts, laptop))


def test_stored_bytes_under_a_wrong_hash_are_never_reused(
    tmp_path: Path, good: Path, laptop: keys.LaptopKey, target: Database
) -> None:
    """A row stored under a hash its bytes do not have (before photos were checked) does not
    stand in for the photo of that hash."""
    parts = members(good)
    photo = next(n for n in parts if n.startswith("attachments/"))
    digest = photo.removeprefix("attachments/")
    with target.session() as s:  # a poisoned row: another picture under Anna's photo's hash
        loc = capture.add_location(s, "Elsewhere", "Somewhere", "Gdynia")
        when = datetime(2026, 1, 1, tzinfo=UTC)
        poisoned = capture.start_audit(s, BRANCH, loc.id, "Mallory", when)
        s.add(Attachment(audit_id=poisoned, sha256=digest, name="x.png", media_type="image/png",
                         size=3, data=png(9, 9)))  # fmt: skip
    del parts[photo]
    refused(target, rebuild(tmp_path / "nophoto.zip", parts, laptop), "neither in")


# -- reports ---------------------------------------------------------------------------------------
def test_a_report_draws_an_unreadable_attachment_as_a_placeholder(tmp_path: Path) -> None:
    db, audit_id = _shopper_db(tmp_path / "report.sqlite")
    with db.session() as s:
        for name, body in (("bomb.png", lying_png()), ("page.jpg", b"<html></html>"),
                           ("cut.png", PHOTO[:60]), ("fine.png", PHOTO)):  # fmt: skip
            s.add(Attachment(audit_id=audit_id, sha256="0" * 64, name=name,
                             media_type="image/png", size=len(body), data=body))  # fmt: skip
    out = tmp_path / "audit.pdf"
    with db.read_session() as s:
        audit_pdf(s, str(audit_id), out, ReportOptions(lang="en"))
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    text = " ".join(text.split())
    for name in ("bomb.png", "page.jpg", "cut.png"):
        assert f"[Photo cannot be shown: {name}]" in text
    assert "fine.png" not in text
    db.close()
