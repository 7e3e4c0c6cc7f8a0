"""Benchmark: audit packages, 1,000 audits x 60 answers with 200 photos (JPEGs of about
200 kB each, made here with Pillow: an import checks that a photo is the image it claims).

- export (`export_package`: documents, photos stored once, checksums, signature, the zip)
  against a raw sqlite3 read of the same rows (audits, answers, photo bytes);
- import into an empty database (`import_package`: every check, then the rows, the scores)
  against a raw sqlite3 insert of the same rows into the same schema;
- memory: the peak Python allocation during each (tracemalloc) beside the package size:
  members are streamed, so the peak stays near one photo plus the documents in flight;
- the format's own cost: the exported documents and photos written again as a package
  (revision hash, canonical JSON, sha256, zip) with no database at all, against the same raw
  read: what an export costs before it reads a single row.

Every time is the fastest of three runs (`REPEAT`), ours and the raw baselines alike, each
run from the same start (a copy of the database made off the clock): on a shared machine one
run's noise is larger than the differences measured.

    .venv/bin/python -m bench.package [--audits 1000] [--photos 200] [--smoke]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import insert, select

from auditor.exchange import keys
from auditor.exchange.package_format import PackageWriter
from auditor.services.packages import export_package, import_package, revision_of
from auditor.services.templates import install_builtins
from auditor.services.trust import trust_key
from auditor.store.db import open_database
from auditor.store.models import Answer, Attachment, Audit
from bench.recompute_scores import build

TABLES = ("audits", "answers", "attachments")
REPEAT = 3  # each measurement taken three times, the fastest kept (on both sides alike)


def jpeg(rng: random.Random, size: int) -> bytes:
    """A real JPEG of about `size` bytes: noise, so it does not compress, as a photo does not
    (random bytes would be refused by the import: not an image)."""
    side = max(16, int((size / 0.8) ** 0.5))  # noise at quality 85: about 0.8 bytes a pixel
    image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def add_photos(path: Path, photos: int, size: int) -> None:
    rng = random.Random(3)
    db = open_database(path, create=False)
    with db.session() as s:
        answers = s.execute(select(Answer.id, Answer.audit_id).limit(photos * 7)).all()[::7]
        for index, (answer_id, audit_id) in enumerate(answers[:photos]):
            data = jpeg(rng, size)
            s.execute(
                insert(Attachment),
                [{"id": uuid.uuid4(), "audit_id": audit_id, "answer_id": answer_id,
                  "sha256": hashlib.sha256(data).hexdigest(),
                  "name": f"photo-{index}.jpg", "media_type": "image/jpeg", "size": len(data),
                  "data": data, "created_at": datetime.now(UTC)}],
            )  # fmt: skip
    db.close()


def raw_read(path: Path) -> tuple[float, dict[str, list[Any]]]:
    with sqlite3.connect(path) as con:
        started = time.perf_counter()
        rows = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
        return time.perf_counter() - started, rows


def raw_insert(schema_from: Path, target: Path, rows: dict[str, list[Any]]) -> float:
    shutil.copy(schema_from, target)
    with sqlite3.connect(target) as con:
        for table in reversed(TABLES):
            con.execute(f"DELETE FROM {table}")
        con.commit()
        started = time.perf_counter()
        for table in TABLES:
            if rows[table]:
                marks = ",".join("?" * len(rows[table][0]))
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        con.commit()
        return time.perf_counter() - started


def format_only(package: Path, target: Path) -> float:
    """Write the package's audit documents and photos again, as an export writes them."""
    with zipfile.ZipFile(package) as z:
        docs = [json.loads(z.read(n)) for n in z.namelist() if n.startswith("audits/")]
        photos = {n: z.read(n) for n in z.namelist() if n.startswith("attachments/")}
    started = time.perf_counter()
    with zipfile.ZipFile(target, "w") as out:
        writer = PackageWriter(out)
        for doc in docs:
            revision_of(doc)
            writer.add_json(f"audits/{doc['id']}.json", doc)
        for name, data in photos.items():
            writer.add_bytes(name, data)
    return time.perf_counter() - started


def _export(db: Any, out: Path, key: Any) -> Any:
    with db.session() as s:
        return export_package(s, out, key=key, created_by="Bench")


def timed(work: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def peak_mb(work: Any) -> float:
    """Peak Python allocation of a second run (tracing slows it, so it is not timed)."""
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--photo-kb", type=int, default=200)
    parser.add_argument("--smoke", action="store_true", help="a small run: does it still run")
    args = parser.parse_args()
    if args.smoke:
        args.audits, args.photos, args.photo_kb = 30, 6, 20
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "source.sqlite"
        build(source, args.audits)
        add_photos(source, args.photos, args.photo_kb * 1024)
        key = keys.load_or_create(folder / "key.json")
        repeat = 1 if args.smoke else REPEAT

        def export(name: str, copy: str) -> Any:
            shutil.copy(source, folder / copy)  # the same start each time, off the clock
            db = open_database(folder / copy, create=False)
            try:
                return timed(lambda: _export(db, folder / name, key))
            finally:
                db.close()

        runs = [export(f"out-{i}.zip", f"source-{i}.sqlite") for i in range(repeat)]
        export_s, result = min(r[0] for r in runs), runs[0][1]
        shutil.copy(source, folder / "again.sqlite")
        again = open_database(folder / "again.sqlite", create=False)
        export_mb = peak_mb(lambda: _export(again, folder / "again.zip", key))
        again.close()
        package = folder / "out-0.zip"
        read_s, rows = min((raw_read(source) for _ in range(repeat)), key=lambda r: r[0])

        empty = folder / "empty.sqlite"  # made before the clock starts, copied for each run
        made = open_database(empty, create=True)
        with made.session() as s:
            install_builtins(s)
            # the office that sends it is enrolled there as a manager's (issue 29)
            trust_key(s, key.public_text, "Bench", "manager")
        made.close()

        def receive(name: str) -> Any:
            fresh = open_database(folder / name, create=False)
            with fresh.session() as s:
                plan = import_package(s, package)
            with fresh.read_session() as s:
                landed = len(s.scalars(select(Audit.id)).all())
            fresh.close()
            return plan, landed

        imports = []
        for i in range(repeat):
            shutil.copy(empty, folder / f"target-{i}.sqlite")
            imports.append(timed(lambda i=i: receive(f"target-{i}.sqlite")))
        import_s, (plan, landed) = min(r[0] for r in imports), imports[0][1]
        shutil.copy(empty, folder / "second.sqlite")
        import_mb = peak_mb(lambda: receive("second.sqlite"))
        insert_s = min(raw_insert(source, folder / "raw.sqlite", rows) for _ in range(repeat))
        format_s = min(format_only(package, folder / "format.zip") for _ in range(repeat))
        assert landed == result.audits == args.audits, (landed, result.audits)
        size_mb = package.stat().st_size / 1e6
    report = {
        "audits": args.audits,
        "answers": args.audits * 60,
        "photos": args.photos,
        "package_mb": round(size_mb, 1),
        "export_s": round(export_s, 2),
        "raw_read_s": round(read_s, 3),
        "export_ratio": round(export_s / read_s, 1),
        "format_only_s": round(format_s, 2),
        "format_only_ratio": round(format_s / read_s, 1),
        "import_s": round(import_s, 2),
        "raw_insert_s": round(insert_s, 3),
        "import_ratio": round(import_s / insert_s, 1),
        "export_peak_mb": round(export_mb, 1),
        "import_peak_mb": round(import_mb, 1),
        "added": plan.summary()["add"],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
