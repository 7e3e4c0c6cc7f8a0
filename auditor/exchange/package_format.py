"""The audit package file: a zip with a signed manifest naming the sha256 of every member.

Writing streams members into a temporary file that replaces the target only when complete
(a cancelled or failed export leaves nothing). Reading trusts nothing: member names, links,
duplicates, sizes and compression ratios are checked before anything is extracted, bytes are
counted while they are read (a lying header cannot inflate past the limits), the manifest's
signature and every member's checksum are verified, and every JSON document must match its
schema. Each refusal is one line naming the member.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import IO, Any

import jsonschema
import jsonschema_rs
import orjson

from auditor import __version__
from auditor.errors import AuditorError, Phrase
from auditor.exchange import attachments, keys
from auditor.exchange.schema_words import schema_phrase
from auditor.files import atomic_path

FORMAT = "service-auditor/package"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MEMBER = re.compile(
    r"^(audits/[0-9a-f-]{36}\.json|diaries/[0-9a-f-]{36}\.json|templates/[0-9a-f]{64}\.json"
    r"|actions/[0-9a-f-]{36}\.json|roster\.json"
    r"|attachments/[0-9a-f]{64})$"
)
MAX_MEMBER = 64 * 1024 * 1024  # one photo or document
MAX_TOTAL = 4 * 1024 * 1024 * 1024  # the whole package, unpacked
MAX_RATIO = 200  # unpacked size over packed size, per member
MAX_JSON = 16 * 1024 * 1024  # one audit document
MAX_DEPTH = 64  # JSON nesting: an audit document needs about eight
# what reading a damaged zip may raise: an encrypted member (RuntimeError), an unknown method
# (NotImplementedError), a corrupt deflate stream (zlib.error), a bad CRC (BadZipFile), a
# header that lies (struct.error, ValueError, EOFError), a name that is not UTF-8
ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError,
    NotImplementedError, zlib.error, struct.error, ValueError, IndexError, KeyError,
    OverflowError,
)  # fmt: skip
METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what the app writes; any other refused
SCHEMAS = Path(__file__).parent / "schemas"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_ORJSON = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def canonical(doc: Any, floats_in: Iterable[Any] | None = None) -> bytes:
    """The bytes hashed and stored: sorted keys, no spaces, UTF-8 (equal content, equal bytes).
    The revision hashes older packages and databases know are of these bytes, so they are
    exactly what `json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)` gives.
    orjson gives the same bytes seven times faster except for a float below 1e-4, NaN or an
    infinity (and what it refuses: integers past 64 bits, keys that are not text): a document
    holding one is written by json. `floats_in`: the only parts of the document that may hold
    a float, when its schema says so (looking through all of it costs more than writing it)."""
    if _awkward((doc,) if floats_in is None else floats_in):
        return _python_json(doc)
    try:
        return orjson.dumps(doc, option=_ORJSON)
    except TypeError:  # orjson.JSONEncodeError
        return _python_json(doc)


def _awkward(roots: Iterable[Any]) -> bool:
    """A float among these that orjson treats otherwise than json: it writes 1e-05 as 0.00001
    or 1e-5 and NaN or an infinity as null, and reads an integer past 64 bits as a float."""
    stack = list(roots)
    while stack:
        node = stack.pop()
        kind = node.__class__
        if kind in _PLAIN:
            continue
        if kind is dict:
            stack.extend(node.values())
        elif kind is list:
            stack.extend(node)
        elif isinstance(node, float):
            if node != 0.0 and not 1e-4 <= abs(node) < 2.0**63:
                return True
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
    return False


_PLAIN = frozenset({str, int, bool, type(None)})


def _python_json(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


Places = Callable[[Any], Iterable[Any]]
_KEEP = bytes(range(256)).translate(None, b'"\\[]{}')  # every byte but these six


def too_deep(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether JSON bytes nest more than `limit` arrays and objects deep, found without
    recursion (orjson and json both recurse: 100,000 levels are a RecursionError, not a
    refusal). Only quotes, backslashes and brackets are kept (in C); escapes are dropped,
    then what is inside strings; each pass then removes the innermost empty pairs. For the
    valid part of a document (all a parser reads before it refuses) this is its nesting."""
    marks = data.translate(None, _KEEP)
    if b"\\" in marks:
        marks = marks.replace(b"\\\\", b"").replace(b'\\"', b"").replace(b"\\", b"")
    if b'"' in marks:
        marks = b"".join(marks.split(b'"')[::2])
    for _level in range(limit):
        if not marks:
            return False
        shorter = marks.replace(b"[]", b"").replace(b"{}", b"")
        if len(shorter) == len(marks):  # unbalanced: what is left is "]]}[{[" at most
            return len(shorter) > limit - _level
        marks = shorter
    return bool(marks)


def parse(data: bytes, floats_in: Places | None = None) -> Any:
    """JSON bytes read by orjson (about twice as fast), giving what json.loads gives: what
    orjson refuses (NaN, a lone surrogate) or may read otherwise (a float that was an integer
    past 64 bits) is read, or refused with its message, by json. `floats_in`: where in the
    document a float may be, as for `canonical`."""
    return _parse(data, floats_in)[0]


def _parse(data: bytes, floats_in: Places | None) -> tuple[Any, bool]:
    """The document, and whether orjson's reading of it stood."""
    if too_deep(data):
        raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data.decode("utf-8")), False
    try:
        roots = (doc,) if floats_in is None else floats_in(doc)
    except (KeyError, TypeError, AttributeError):  # not the shape its schema says: all of it
        roots = (doc,)
    if _awkward(roots):
        return json.loads(data.decode("utf-8")), False
    return doc, True


@cache
def schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    return data


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with its local $refs replaced by what they name: the same rules, checked
    about four times faster (a $ref is looked up again for every answer of every audit)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    raw = schema(name)
    inlined = _inline(raw, raw.get("$defs", {}))
    if "$defs" in raw:  # a $ref beside other keywords stays a reference: it must resolve
        inlined["$defs"] = raw["$defs"]
    return jsonschema.Draft202012Validator(inlined)


@cache
def quick_check(name: str) -> jsonschema_rs.Validator:
    """The same schema checked by jsonschema-rs: ten times faster than fastjsonschema's
    compiled Python and a hundred times faster than walking it, so a package of thousands
    of audits is checked in a blink. It only says yes or no: a refusal is worded by
    jsonschema (the member, the path), whose verdict it must share (tests/exchange/
    test_schema_checks.py). Formats are not asserted (nor by jsonschema)."""
    return jsonschema_rs.Draft202012Validator(schema(name), validate_formats=False)


def check_schema(doc: Any, name: str, member: str, where: str) -> None:
    if quick_check(name).is_valid(doc):
        return
    error = next(iter(sorted(validator(name).iter_errors(doc), key=lambda e: list(e.path))), None)
    if error is not None:
        path = "/".join(str(p) for p in error.absolute_path)
        problem = schema_phrase(error, path, Phrase("the document"))
        raise AuditorError("{member}: {problem}", member=member, problem=problem, file=where,
                           details=error.message)  # fmt: skip


class PackageWriter:
    """Members first, then the manifest with their checksums, then its signature."""

    def __init__(self, archive: zipfile.ZipFile, compress: bool = True) -> None:
        self.archive = archive
        self.members: dict[str, str] = {}
        self.json_method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED

    def add_json(self, name: str, doc: Any, floats_in: Iterable[Any] | None = None) -> None:
        data = canonical(doc, floats_in)
        self.archive.writestr(
            zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, self.json_method
        )
        self.members[name] = sha256(data)

    def add_bytes(self, name: str, data: bytes) -> None:
        if name in self.members:
            return  # attachments are stored once, under their checksum
        self.archive.writestr(
            zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_STORED
        )
        self.members[name] = sha256(data)

    def finish(self, key: keys.LaptopKey, created_by: str, counts: dict[str, int]) -> None:
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "created_at": datetime.now(UTC).isoformat(),
            "created_by": created_by,
            "laptop_id": key.laptop_id,
            "public_key": key.public_text,
            "counts": counts,
            "members": dict(sorted(self.members.items())),
        }
        data = canonical(manifest)
        self.archive.writestr(MANIFEST, data, zipfile.ZIP_DEFLATED)
        self.archive.writestr(SIGNATURE, key.sign(data), zipfile.ZIP_STORED)


@contextmanager
def writing(target: Path, compress: bool = True) -> Iterator[PackageWriter]:
    """A package written to a temporary file beside the target, moved into place on success.
    `compress`: JSON members deflated (a package that travels); a sync's package, read back
    at once on the same laptop, is stored plain: deflating it cost a fifth of the sync."""
    with atomic_path(target) as tmp, zipfile.ZipFile(tmp, "w") as archive:
        yield PackageWriter(archive, compress)


@dataclass
class Package:
    """A verified package, open for reading its members."""

    path: Path
    archive: zipfile.ZipFile
    manifest: dict[str, Any]
    names: list[str] = field(default_factory=list)
    verified: set[str] = field(default_factory=set)  # members read whole, checksum matched
    plain: set[str] = field(default_factory=set)  # JSON members orjson reads as json does
    media: dict[str, tuple[str, str]] = field(default_factory=dict)  # photo: type, said where
    kinds: dict[str, attachments.Kind] = field(default_factory=dict)  # photos read and checked

    def expect(self, name: str, media_type: str, where: str) -> None:
        """An audit (`where`: its member and item) says attachment `name` is `media_type`:
        an image type must be an image, whether its bytes are read before or after."""
        kind = self.kinds.get(name)
        if kind is not None:
            if media_type.startswith("image/") and not kind.image:
                raise AuditorError(
                    "{where}: said to be {media_type} but {name} is a {kind} file",
                    where=where,
                    media_type=media_type,
                    name=name,
                    kind=kind.kind.upper(),
                    file=str(self.path),
                )
            return
        if name not in self.media or media_type.startswith("image/"):
            self.media[name] = (media_type, where)

    def _read(self, name: str, limit: int) -> bytes:
        info = self.archive.getinfo(name)
        chunks, total = [], 0
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(1024 * 1024):
                    total += len(chunk)
                    if total > limit or total > info.file_size:
                        raise AuditorError(
                            "{name}: unpacks to more than it says (a zip bomb?)",
                            name=name,
                            file=str(self.path),
                        )
                    chunks.append(chunk)
        except ZIP_ERRORS as exc:
            raise AuditorError(
                "{name}: damaged ({exc})", name=name, exc=_said(exc), file=str(self.path)
            ) from exc
        data = b"".join(chunks)
        digest = sha256(data)
        if digest != self.manifest["members"][name]:
            raise AuditorError(
                "{name}: checksum does not match the manifest", name=name, file=str(self.path)
            )
        if name.startswith("attachments/"):
            self._check_attachment(name, digest, data)
        self.verified.add(name)
        return data

    def _check_attachment(self, name: str, digest: str, data: bytes) -> None:
        """A photo is stored under the hash of its bytes (later imports reuse it by that
        hash), and only when it is a kind an attachment may be."""
        if name != f"attachments/{digest}":
            raise AuditorError(
                "{name}: its bytes hash to {digest}…, not to its name",
                name=name,
                digest=digest[:12],
                file=str(self.path),
            )
        if name in self.kinds:
            return
        media_type, where = self.media.get(name, ("", ""))
        try:
            self.kinds[name] = attachments.check(data, media_type)
        except attachments.NotAllowed as exc:
            said = f" (for {where})" if where else ""
            raise AuditorError(
                "{name}{said}: {exc}", name=name, said=said, exc=exc, file=str(self.path)
            ) from exc

    def read_bytes(self, name: str) -> bytes:
        return self._read(name, MAX_MEMBER)

    def read_json(self, name: str, schema_name: str = "", floats_in: Places | None = None) -> Any:
        """A JSON member, its checksum verified and, given a schema name, checked against it
        (a member read again after its check needs only the checksum: same bytes)."""
        data = self._read(name, MAX_JSON)
        try:
            if name in self.plain:  # read before (the same bytes: checksum), orjson stood
                return orjson.loads(data)
            doc, plain = _parse(data, floats_in)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise AuditorError(
                "{name}: not JSON ({exc})", name=name, exc=_said(exc), file=str(self.path)
            ) from exc
        if schema_name:
            check_schema(doc, schema_name, name, str(self.path))
            if plain:
                self.plain.add(name)
        return doc

    def members_under(self, folder: str) -> list[str]:
        return [n for n in self.names if n.startswith(folder + "/")]

    def verify_all(self) -> None:
        """Read every member not read yet: checksums and sizes, before anything is written
        (the documents a plan reads are verified as it reads them, not read twice)."""
        for name in self.names:
            if name not in self.verified:
                self._read(name, MAX_MEMBER)

    def close(self) -> None:
        self.archive.close()


def _check_entries(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    where = str(path)
    infos = archive.infolist()
    seen: set[str] = set()
    total = 0
    for info in infos:
        raw, name = info.filename, _shown(info.filename)  # name: as a one-line refusal says it
        if raw in seen:
            raise AuditorError("{name}: the name appears twice", name=name, file=where)
        seen.add(raw)
        parts = raw.replace("\\", "/").split("/")
        if raw.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", raw):
            raise AuditorError("{name}: a path outside the package", name=name, file=where)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise AuditorError("{name}: a link, not a file", name=name, file=where)
        if info.is_dir():
            raise AuditorError("{name}: a folder entry, not a member", name=name, file=where)
        if info.flag_bits & 0x1:
            raise AuditorError(
                "{name}: encrypted; a package's members never are", name=name, file=where
            )
        if info.compress_type not in METHODS:
            raise AuditorError(
                "{name}: compressed with method {compress_type}; a package uses only "
                "stored or deflated",
                name=name,
                compress_type=info.compress_type,
                file=where,
            )
        if raw not in (MANIFEST, SIGNATURE) and not MEMBER.match(raw):
            raise AuditorError("{name}: a file a package never holds", name=name, file=where)
        if info.file_size > MAX_MEMBER:
            raise AuditorError(
                "{name}: {file_size} bytes unpacked, more than {max_member}",
                name=name,
                file_size=info.file_size,
                max_member=MAX_MEMBER,
                file=where,
            )
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1024 * 1024:
            raise AuditorError(
                "{name}: compressed over {max_ratio} to 1 (a zip bomb?)",
                name=name,
                max_ratio=MAX_RATIO,
                file=where,
            )
        total += info.file_size
        if total > MAX_TOTAL:
            raise AuditorError(
                "{name}: the package unpacks to more than {max_total} bytes",
                name=name,
                max_total=MAX_TOTAL,
                file=where,
            )
    return infos


def open_package(path: Path) -> Package:
    """Open and verify a package's structure and signature; members are checked as read."""
    where = str(path)
    if not path.is_file():
        raise AuditorError("no such file", file=where)
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_ERRORS as exc:
        raise AuditorError(
            "not a package: damaged or truncated zip ({exc})", exc=_said(exc), file=where
        ) from exc
    try:
        infos = _check_entries(path, archive)
        names = {i.filename for i in infos}
        for needed in (MANIFEST, SIGNATURE):
            if needed not in names:
                raise AuditorError("{needed}: missing", needed=needed, file=where)
        package = Package(path, archive, {"members": {}})
        raw = _raw(archive, MANIFEST, where)
        try:
            if too_deep(raw):
                raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise AuditorError(
                "{manifest}: not JSON ({exc})", manifest=MANIFEST, exc=_said(exc), file=where
            ) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise AuditorError(
                "{manifest}: not a Service Auditor package", manifest=MANIFEST, file=where
            )
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
            raise AuditorError(
                "{manifest}: format version {version!r} is not one this app reads "
                "(it reads {format_version}; a newer app wrote it?)",
                manifest=MANIFEST,
                version=version,
                format_version=FORMAT_VERSION,
                file=where,
            )
        check_schema(manifest, "package-manifest", MANIFEST, where)
        signature = _raw(archive, SIGNATURE, where)
        if not keys.verify(manifest["public_key"], signature, raw):
            raise AuditorError(
                "{signature}: the signature does not match: the package was altered after "
                "it was signed",
                signature=SIGNATURE,
                file=where,
            )
        listed = set(manifest["members"])
        present = names - {MANIFEST, SIGNATURE}
        for name in sorted(listed - present):
            raise AuditorError("{name}: listed in the manifest but missing", name=name, file=where)
        for name in sorted(present - listed):
            raise AuditorError("{name}: not listed in the manifest", name=name, file=where)
        package.manifest = manifest
        package.names = sorted(present)
        return package
    except BaseException:
        archive.close()
        raise


def _raw(archive: zipfile.ZipFile, name: str, where: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_JSON:
        raise AuditorError("{name}: too large", name=name, file=where)
    try:
        with archive.open(info) as stream:
            data = _bounded(stream, MAX_JSON)
    except ZIP_ERRORS as exc:
        raise AuditorError(
            "{name}: damaged ({exc})", name=name, exc=_said(exc), file=where
        ) from exc
    if data is None:
        raise AuditorError(
            "{name}: unpacks to more than it says (a zip bomb?)", name=name, file=where
        )
    return data


def _shown(name: str) -> str:
    """A member's name as a refusal prints it: on one line, escaped when it is not plain."""
    return name if name.isprintable() and len(name) <= 200 else ascii(name)[:200]


def _said(exc: BaseException) -> str:
    """An error's message on one line, short (a refusal is one line)."""
    text = " ".join(str(exc).split()) or exc.__class__.__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _bounded(stream: IO[bytes], limit: int) -> bytes | None:
    data = stream.read(limit + 1)
    return None if len(data) > limit else data
