"""No input crashes an importer: real workbooks and templates, mutated at random (cells, sheet
and header names, deleted sheets, huge cells, random bytes inside the zip), import or are
refused with one AuditorError naming the file, and a refusal leaves the database as it was.
So do audit packages mutated at random: bytes, zip structure, JSON values and depth, member
names and photos, signatures and signers."""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import tempfile
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.exchange import keys
from auditor.exchange.package_format import canonical, sha256
from auditor.services import capture, packages
from auditor.services.template_files import import_files
from auditor.services.templates import builtin_dir, install_builtins
from auditor.store.db import Database, open_database
from auditor.store.models import ChecklistTemplate, TemplateVersion
from tests.exchange.package_tools import (
    ANNA,
    data_span,
    lying_png,
    members,
    patch_entry,
    png,
    rebuild,
    trust,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "xlsform"
WORKBOOKS = ["kobo_branch_visit.xlsx", "ratings_and_weights.xlsx", "old_syntax.xlsx",
             "functions_in_rules.xlsx", "restaurant_visit_export.xlsx"]  # fmt: skip
CELLS = st.one_of(
    st.none(),
    st.integers(-10, 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),  # what a cell holds
    st.sampled_from([
        "begin_group", "end_group", "begin repeat", "end repeat", "select_one nowhere",
        "select_multiple yes_no", "range", "calculate", "note", "integer", "${ghost} > 1",
        ". <= today()", "selected(${x}, 'a')", "yes", "no", "audit", "section", "=1/0",
        "label::Hebrew (he)", "list_name", "name", "type", "<=60..180 s", "start=5 end=1",
        "x" * 40_000,
    ]),
)  # fmt: skip
MUTATION = st.tuples(
    st.sampled_from(["cell", "cell", "cell", "header", "sheet_name", "delete_sheet", "delete_row"]),
    st.integers(0, 3),  # sheet
    st.integers(1, 40),  # row
    st.integers(1, 14),  # column
    CELLS,
)


def _templates(db: Database) -> list[tuple[str, int]]:
    with db.read_session() as s:
        return sorted(
            s.execute(
                select(ChecklistTemplate.name, TemplateVersion.version).join(
                    TemplateVersion, TemplateVersion.template_id == ChecklistTemplate.id
                )
            ).all()
        )  # type: ignore[arg-type]


def _import(db: Database, path: Path) -> None:
    """Imported, or refused with a message that names the file; nothing else."""
    before = _templates(db)
    try:
        with db.session() as s:
            import_files(s, [path])
    except AuditorError as exc:
        assert str(path) in exc.describe()
        assert _templates(db) == before


def _mutate_workbook(source: Path, target: Path, mutations: list[Any]) -> None:
    wb = load_workbook(source)
    for what, sheet_at, row, column, value in mutations:
        if not wb.worksheets:
            break
        ws = wb.worksheets[sheet_at % len(wb.worksheets)]
        if what == "cell":
            ws.cell(row, column, value)
        elif what == "header":
            ws.cell(1, column, value if isinstance(value, str) else str(value))
        elif what == "sheet_name":
            text = str(value).strip()[:31] if value is not None else ""
            name = "".join(ch for ch in text if ch not in "[]:*?/\\") or ws.title.upper()
            if name not in wb.sheetnames:
                ws.title = name
        elif what == "delete_sheet" and len(wb.worksheets) > 1:
            wb.remove(ws)
        elif what == "delete_row":
            ws.delete_rows(row)
    wb.save(target)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    source=st.sampled_from(WORKBOOKS),
    mutations=st.lists(MUTATION, min_size=1, max_size=6),
    suffix=st.sampled_from([".xlsx", ".xlsx", ".xls", ".csv", ".md"]),
)
def test_mutated_workbooks_import_or_are_refused_cleanly(
    source: str, mutations: list[Any], suffix: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "f.sqlite")
        with db.session() as s:
            install_builtins(s)
        path = Path(tmp) / f"mutated{'.xlsx'}"
        _mutate_workbook(CORPUS / source, path, mutations)
        if suffix != ".xlsx":  # a workbook under another name: read as what it claims to be
            path = path.rename(path.with_suffix(suffix))
        _import(db, path)
        db.close()


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    source=st.sampled_from(WORKBOOKS),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=20),
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_random_bytes_inside_the_zip_are_refused_cleanly(
    source: str, flips: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray((CORPUS / source).read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "f.sqlite")
        with db.session() as s:
            install_builtins(s)
        path = Path(tmp) / "damaged.xlsx"
        path.write_bytes(bytes(data))
        _import(db, path)
        db.close()


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)  # fmt: skip


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*here, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*here, index)))
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    name=st.sampled_from(["hotel_stay", "mystery_shopper_branch", "servqual"]),
    changes=st.lists(
        st.tuples(st.randoms(use_true_random=False), JSON_VALUES, st.booleans()),
        min_size=1,
        max_size=5,
    ),
)
def test_mutated_json_templates_import_or_are_refused_cleanly(
    name: str, changes: list[tuple[random.Random, Any, bool]]
) -> None:
    doc = json.loads((builtin_dir() / "checklists" / f"{name}.json").read_text("utf-8"))
    doc["name"] = f"{doc['name']}-fuzzed"
    for rng, value, delete in changes:
        paths = [p for p in _paths(doc) if p]
        path = rng.choice(paths)
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if delete and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "f.sqlite")
        with db.session() as s:
            install_builtins(s)
        path = Path(tmp) / "fuzzed.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        _import(db, path)
        db.close()


# -- audit packages (issue 29, item 7) -------------------------------------------------------------
# Each test below tries FUZZ_EXAMPLES packages (60 by default: 360 in all, about half a minute);
# SERVICE_AUDITOR_FUZZ_EXAMPLES=5000 runs thousands (docs/packages.md).
FUZZ_EXAMPLES = int(os.environ.get("SERVICE_AUDITOR_FUZZ_EXAMPLES", "60"))
_BASE: dict[str, Any] = {}


def _base() -> dict[str, Any]:
    """One good package (an audit with a photo, a diary, an action), its signing key and a
    database that trusts it, made once for all examples: each refusal must leave that
    database exactly as it was, and an import may change it."""
    if not _BASE:
        folder = Path(tempfile.mkdtemp(prefix="package-fuzz-"))
        key = keys.load_or_create(folder / "anna.json")
        shopper = open_database(folder / "anna.sqlite", create=True)
        with shopper.session() as s:
            install_builtins(s)
            loc = capture.add_location(s, "Baltic Savings Bank", "Oddział Sopot", "Sopot")
            when = datetime(2026, 11, 2, 10, tzinfo=UTC)
            audit_id = capture.start_audit(s, "mystery-shopper-branch", loc.id, ANNA, when)
            writer = capture.AnswerWriter(s, audit_id)
            writer.save(s, "greeted_30s", capture.AnswerState(value="yes"), ANNA)
            writer.save(s, "wait_seconds", capture.AnswerState(value=120), ANNA)
            photo = folder / "front.png"
            photo.write_bytes(png())
            writer.attach(s, "photo_premises", photo, ANNA)
        good = folder / "good.zip"
        with shopper.session() as s:
            packages.export_package(s, good, key=key)
        shopper.close()
        parts = members(good)
        diary = {
            "format": "service-auditor/diary", "id": str(uuid.uuid4()), "owner": {"name": ANNA},
            "title": "Visits", "period_start": "2026-11-01", "period_end": "2026-11-30",
            "events": [{"id": str(uuid.uuid4()), "occurred_at": "2026-11-02T10:00:00+00:00",
                        "channel": "branch", "expectation": 5}],
        }  # fmt: skip
        parts[f"diaries/{diary['id']}.json"] = canonical(diary)
        target = open_database(folder / "target.sqlite", create=True)
        with target.session() as s:
            install_builtins(s)
        trust(target, key)
        _BASE.update(folder=folder, key=key, parts=parts, target=target)
    return _BASE


def _rows(path: Path) -> list[Any]:
    """Every row of every table (a dump, in C: a few milliseconds)."""
    with sqlite3.connect(path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, sorted(map(repr, con.execute(f'SELECT * FROM "{t}"')))) for t in sorted(tables)]


def _verdict(package: Path) -> None:
    """Refused with one AuditorError naming the package, alike by the preview and the import,
    and no row changed; or imported. Never another exception."""
    base = _base()
    db: Database = base["target"]
    before = _rows(base["folder"] / "target.sqlite")
    said: list[str | None] = []
    for dry_run in (True, False):
        try:
            with db.session() as s:
                if dry_run:
                    opened, _plan, _docs = packages.plan_import(s, package)
                    opened.close()
                    s.rollback()
                else:
                    packages.import_package(s, package)
            said.append(None)
        except AuditorError as exc:
            message = exc.describe()
            assert str(package) in message and "\n" not in str(exc), message
            assert _rows(base["folder"] / "target.sqlite") == before, message
            said.append(str(exc))
    assert (said[0] is None) == (said[1] is None), said


def _signed(parts: dict[str, bytes], name: str = "fuzzed.zip", sign: bool = True) -> Path:
    base = _base()
    return rebuild(base["folder"] / name, parts, base["key"] if sign else None)


HOSTILE_TEXT = st.sampled_from([
    "9999-99-99", "9999-99-99T00:00:00+00:00", "2026-11-02T10:00:00+25:00", "2026-02-30",
    "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "not-a-uuid", "", "\u200b",
    "a" * 300, "../../etc/passwd", "\x00", "\ud800", "NaN", "1e400", "image/jpeg",
    "00000000-0000-0000-0000-00000000000g", "2026-11-02T10:00:00Z",
])  # fmt: skip
FUZZ_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-(10**40), 10**40),
              st.just(10**4000), st.floats(), st.text(max_size=12), HOSTILE_TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6,
)  # fmt: skip
JSON_MEMBERS = st.sampled_from(["audit", "diary", "template", "manifest"])


def _member(parts: dict[str, bytes], which: str) -> str:
    prefix = {"audit": "audits/", "diary": "diaries/", "template": "templates/"}.get(which)
    return "manifest.json" if prefix is None else next(n for n in parts if n.startswith(prefix))


def _dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


_FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None,
                 suppress_health_check=list(HealthCheck))  # fmt: skip


@_FUZZ
@given(
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
    extra=st.binary(max_size=40),
)
def test_packages_with_random_bytes_are_refused_cleanly(
    flips: list[tuple[int, int]], cut: int | None, extra: bytes
) -> None:
    base = _base()
    data = bytearray(_signed(base["parts"], "source.zip").read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    path = base["folder"] / "bytes.zip"
    path.write_bytes(bytes(data) + extra)
    _verdict(path)


@_FUZZ
@given(
    member=st.sampled_from(["audit", "diary", "template", "photo", "manifest.json"]),
    flags=st.one_of(st.none(), st.integers(0, 0xFFFF)),
    method=st.one_of(st.none(), st.sampled_from([0, 1, 6, 8, 9, 12, 14, 93, 99, 0xFFFF])),
    crc=st.one_of(st.none(), st.integers(0, 2**32 - 1)),
    smash=st.one_of(
        st.none(), st.tuples(st.integers(0, 10**5), st.binary(min_size=1, max_size=16))
    ),
)
def test_packages_with_damaged_zip_structure_are_refused_cleanly(
    member: str, flags: int | None, method: int | None, crc: int | None,
    smash: tuple[int, bytes] | None,
) -> None:  # fmt: skip
    base = _base()
    parts = base["parts"]
    name = (
        next(n for n in parts if n.startswith("attachments/")) if member == "photo"
        else member if member == "manifest.json" else _member(parts, member)
    )  # fmt: skip
    data = _signed(parts, "source.zip").read_bytes()
    data = patch_entry(data, name, flags=flags, method=method, crc=crc)
    if smash is not None:  # the member's packed bytes overwritten somewhere
        start, end = data_span(data, name)
        at = start + smash[0] % max(end - start, 1)
        data = data[:at] + smash[1] + data[at + len(smash[1]) :]
    path = base["folder"] / "structure.zip"
    path.write_bytes(data)
    _verdict(path)


@_FUZZ
@given(
    which=JSON_MEMBERS,
    changes=st.lists(
        st.tuples(st.randoms(use_true_random=False), FUZZ_VALUES, st.booleans()),
        min_size=1, max_size=4,
    ),
    revise=st.booleans(),
)  # fmt: skip
def test_packages_with_mutated_json_values_are_refused_or_imported(
    which: str, changes: list[tuple[random.Random, Any, bool]], revise: bool
) -> None:
    base = _base()
    parts = dict(base["parts"])
    name = _member(parts, which)
    doc = json.loads(parts[name])
    for rng, value, delete in changes:
        found = [p for p in _paths(doc) if p]
        if not found:
            break
        path = rng.choice(found)
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if delete and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    if which == "audit" and revise and isinstance(doc, dict):
        with contextlib.suppress(Exception):
            doc["revision"] = packages.revision_of(doc)
    if which == "manifest":  # signed as it is, so the checks after the signature are reached
        raw = _dumps(doc)
        path_ = base["folder"] / "manifest.zip"
        with zipfile.ZipFile(path_, "w") as z:
            for member, body in parts.items():
                if member not in ("manifest.json", "manifest.sig"):
                    z.writestr(member, body, zipfile.ZIP_DEFLATED)
            z.writestr("manifest.json", raw)
            z.writestr("manifest.sig", base["key"].sign(raw))
        _verdict(path_)
        return
    parts[name] = _dumps(doc)
    _verdict(_signed(parts))


@_FUZZ
@given(
    which=JSON_MEMBERS,
    depth=st.one_of(st.integers(1, 80), st.integers(80, 200_000)),
    closed=st.booleans(),
    kind=st.sampled_from([b"[", b'{"a":']),
)
def test_packages_with_json_nested_deep_are_refused_cleanly(
    which: str, depth: int, closed: bool, kind: bytes
) -> None:
    base = _base()
    parts = dict(base["parts"])
    name = _member(parts, which)
    end = b"]" if kind == b"[" else b"}"
    deep = kind * depth + b"1" + (end * depth if closed else b"")
    body = parts[name]
    parts[name] = body[:-1] + b',"deep":' + deep + b"}"
    if which == "manifest":
        raw = parts[name]
        path = base["folder"] / "deep-manifest.zip"
        with zipfile.ZipFile(path, "w") as z:
            for member, data in parts.items():
                if member not in ("manifest.json", "manifest.sig"):
                    z.writestr(member, data)
            z.writestr("manifest.json", raw)
            z.writestr("manifest.sig", base["key"].sign(raw))
        _verdict(path)
        return
    _verdict(_signed(parts))


NAMES = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "../evil.json", "/etc/passwd", "C:/x", "audits/", "attachments/" + "0" * 64,
        "attachments/" + "a" * 64, "audits/00000000-0000-0000-0000-000000000000.json",
        "templates/" + "f" * 64 + ".json", "roster.json", "diaries/x.json", "manifest.json",
        "audits/../../x.json", "attachments/" + "A" * 64,
    ]),
)  # fmt: skip


@_FUZZ
@given(
    renames=st.lists(st.tuples(st.integers(0, 100), NAMES), min_size=1, max_size=3),
    photo=st.sampled_from(["png", "lying", "html", "elf", "pdf", "random", "jpeg"]),
)
def test_packages_with_renamed_members_and_other_photos_are_refused_or_imported(
    renames: list[tuple[int, str]], photo: str
) -> None:
    base = _base()
    parts = dict(base["parts"])
    bodies = {
        "png": png(30, 20), "lying": lying_png(), "html": b"<html>hi</html>",
        "elf": b"\x7fELF" + bytes(64), "pdf": b"%PDF-1.4\n", "random": bytes(range(256)),
        "jpeg": b"\xff\xd8\xff\xe0" + bytes(30),
    }  # fmt: skip
    old = next(n for n in parts if n.startswith("attachments/"))
    parts[old] = bodies[photo]
    for at, new in renames:
        names = [n for n in parts if n not in ("manifest.json", "manifest.sig")]
        chosen = names[at % len(names)]
        try:
            new.encode("utf-8")
        except UnicodeEncodeError:
            continue
        if not new.strip("\x00") or "\x00" in new or new.endswith("/"):  # no zip name
            continue
        if new in ("manifest.json", "manifest.sig"):  # the package's own: rebuilt below
            continue
        parts = {(new if n == chosen else n): b for n, b in parts.items()}
    _verdict(_signed(parts))


@_FUZZ
@given(
    signature=st.one_of(st.none(), st.binary(max_size=80)),
    stranger=st.booleans(),
    created_by=st.one_of(
        st.none(),
        st.sampled_from([ANNA, "Anna\u200bKowalska", "\u0410nna Kowalska", "Mallory", ""]),
    ),
)
def test_packages_with_other_signatures_and_signers_are_refused_cleanly(
    signature: bytes | None, stranger: bool, created_by: str | None
) -> None:
    base = _base()
    parts = dict(base["parts"])
    manifest = json.loads(parts["manifest.json"])
    manifest["members"] = {
        n: sha256(d) for n, d in parts.items() if n not in ("manifest.json", "manifest.sig")
    }
    key = base["key"]
    if stranger:
        key = keys.load_or_create(base["folder"] / "stranger.json")
        manifest["public_key"] = key.public_text
    if created_by is not None:
        manifest["created_by"] = created_by
    raw = canonical(manifest)
    path = base["folder"] / "signed.zip"
    with zipfile.ZipFile(path, "w") as z:
        for member, body in parts.items():
            if member not in ("manifest.json", "manifest.sig"):
                z.writestr(member, body)
        z.writestr("manifest.json", raw)
        z.writestr("manifest.sig", key.sign(raw) if signature is None else signature)
    _verdict(path)
