"""Helpers for hostile-package tests: a good package to start from, members rewritten and
signed again, zip headers patched, a database's every row to compare before and after."""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select

from auditor.exchange import keys
from auditor.exchange.package_format import MANIFEST, SIGNATURE, canonical, sha256
from auditor.services import packages
from auditor.store.db import Database
from auditor.store.models import Base

ANNA = "Anna Kowalska"


def png(width: int = 48, height: int = 32) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "#2a7ab0").save(out, "PNG")
    return out.getvalue()


def lying_png(width: int = 40_000, height: int = 40_000) -> bytes:
    """A small PNG whose header claims `width` x `height` pixels."""
    data = bytearray(png(8, 8))
    data[16:24] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12:29]))
    data[29:33] = struct.pack(">I", crc)
    return bytes(data)


def trust(db: Database, key: keys.LaptopKey, person: str = ANNA, role: str = "shopper") -> None:
    """Enrol the key where this app enrols keys (before key enrolment: first use trusts)."""
    try:
        enrolment = importlib.import_module("auditor.services.trust")
    except ImportError:
        return
    with db.session() as s:
        enrolment.trust_key(s, key.public_text, person, role)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def rebuild(path: Path, parts: dict[str, bytes], key: keys.LaptopKey | None) -> Path:
    """A package from members: the manifest's checksums counted again and signed again with
    `key` (None: the old signature kept)."""
    manifest = json.loads(parts[MANIFEST])
    manifest["members"] = {n: sha256(d) for n, d in parts.items() if n not in (MANIFEST, SIGNATURE)}
    data = canonical(manifest)
    with zipfile.ZipFile(path, "w") as z:
        for name, body in parts.items():
            if name not in (MANIFEST, SIGNATURE):
                method = zipfile.ZIP_STORED if name.startswith("attachments/") else 8
                z.writestr(name, body, method)
        z.writestr(MANIFEST, data, zipfile.ZIP_DEFLATED)
        z.writestr(SIGNATURE, key.sign(data) if key else parts[SIGNATURE])
    return path


def audit_name(parts: dict[str, bytes]) -> str:
    return next(n for n in parts if n.startswith("audits/"))


def with_audit(parts: dict[str, bytes], change: Any, revise: bool = True) -> dict[str, bytes]:
    """The audit member changed by `change(doc)`, its revision made to match again."""
    name = audit_name(parts)
    doc = json.loads(parts[name])
    change(doc)
    if revise:
        with contextlib.suppress(Exception):  # a value the hash cannot take: refused anyway
            doc["revision"] = packages.revision_of(doc)
    return {**parts, name: canonical(doc)}


def patch_entry(data: bytes, name: str, *, flags: int | None = None, method: int | None = None,
                crc: int | None = None) -> bytes:  # fmt: skip
    """The zip's headers of member `name` (central and local) with other flags, method or
    CRC; its bytes are left as they are."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == name.encode():
            local = struct.unpack_from("<I", out, at + 42)[0]
            for head, flag_at, method_at, crc_at in ((at, 8, 10, 16), (local, 6, 8, 14)):
                if flags is not None:
                    struct.pack_into("<H", out, head + flag_at, flags)
                if method is not None:
                    struct.pack_into("<H", out, head + method_at, method)
                if crc is not None:
                    struct.pack_into("<I", out, head + crc_at, crc)
            return bytes(out)
        at = out.find(b"PK\x01\x02", at + 4)
    raise KeyError(name)


def data_span(data: bytes, name: str) -> tuple[int, int]:
    """Where member `name`'s packed bytes are in the zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(name)
    head = info.header_offset
    name_len, extra_len = struct.unpack_from("<HH", data, head + 26)
    start = head + 30 + name_len + extra_len
    return start, start + info.compress_size


def snapshot(db: Database) -> list[tuple[str, list[str]]]:
    """Every row of every table, in a stable order: a dump that works on SQLite and
    PostgreSQL alike."""
    with db.read_session() as s:
        return [
            (table.name, sorted(repr(tuple(row)) for row in s.execute(select(table))))
            for table in Base.metadata.sorted_tables
        ]
