"""Benchmark: the team server under a team's load, and laptop sync against COPY and a raw INSERT.

- autosave: 20 client processes, each logged in as its own shopper (row-level security on),
  save answers to their own audit at once, the way the form's autosave does (one short
  transaction per answer, the audit's row locked, the score refreshed); per save the time to
  commit; then every process's last value per question is read back (none lost) and every
  save must be in the change log the server wrote (none dropped). Two floors in the same run:
  the same clients saving with one raw psycopg statement each as their own logins (row
  security and the server's triggers on), and as the owner with triggers off;
- sync: a laptop with 1,000 audits x 60 answers synced to an empty server database
  (`auditor.services.sync`: export, checks, merge, scores) against COPY of the same rows
  (audits, answers) into an empty database of the same schema, and against a raw INSERT of
  them (psycopg's executemany), in the same run, each the fastest of three rounds on fresh
  server databases; once as the
  database's owner (no policies) and once as the shopper's own login (the office's checklist
  and place there before, every row checked by row-level security, as in the field).

    .venv/bin/python -m bench.server [--clients 20] [--saves 100] [--audits 1000] [--smoke]

A server: SERVICE_AUDITOR_PG_URL (an owner's URL), else a throwaway cluster as the tests
start one.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, make_url, select, text

from tests.pg_server import fresh_pg_database

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ("wait_seconds", "remarks", "greeted_30s", "courtesy")


@contextlib.contextmanager
def server_url() -> Iterator[str]:
    given = os.environ.get("SERVICE_AUDITOR_PG_URL")
    if given:
        yield given
        return
    from tests.pg_server import running_cluster

    with running_cluster() as url:
        yield url


# -- autosave ---------------------------------------------------------------------------------
def client(url: str, audit: str, saves: int) -> None:
    """One client process: `saves` answers, one transaction each; prints its timings."""
    from auditor.services.capture import AnswerState, AnswerWriter
    from auditor.store.db import open_database

    db = open_database(url, create=False)
    audit_id = uuid.UUID(audit)
    with db.read_session() as s:
        writer = AnswerWriter(s, audit_id)
    times, failed, last = [], 0, {}
    for n in range(saves):
        key = QUESTIONS[n % len(QUESTIONS)]
        value: Any = {"wait_seconds": float(n), "remarks": f"note {n}",
                      "greeted_30s": n % 2 == 0, "courtesy": 1 + n % 5}[key]  # fmt: skip
        started = time.perf_counter()
        try:
            with db.session() as s:
                writer.save(s, key, AnswerState(value), f"client {audit}")
        except Exception as exc:  # counted, and said: a failed save is the thing measured
            failed += 1
            print(f"failed: {exc}", file=sys.stderr)
            continue
        times.append(time.perf_counter() - started)
        last[key] = value
    db.close()
    print("RESULT " + json.dumps({"times": times, "failed": failed, "last": last}))


RAW_SAVE = (
    "INSERT INTO answers (id, audit_id, question_id, value, na, comment, answered_at, revision) "
    "VALUES (gen_random_uuid(), %s, %s, %s, false, '', now(), 1) "
    "ON CONFLICT (audit_id, question_id) DO UPDATE SET value = EXCLUDED.value, "
    "answered_at = EXCLUDED.answered_at"
)


def raw_client(url: str, audit: str, saves: int, no_triggers: bool) -> None:
    """A floor: one raw psycopg statement per save (autocommit), as the shopper's own login
    (row security and the server's triggers on), or as the owner with triggers off."""
    import psycopg
    from psycopg.types.json import Json

    from auditor.store.transport import conninfo

    with psycopg.connect(conninfo(make_url(url)), autocommit=True) as conn:
        if no_triggers:
            conn.execute("SET session_replication_role = replica")
        questions = dict(conn.execute(
            "SELECT q.key, q.id FROM questions q JOIN sections s ON s.id = q.section_id "
            "JOIN audits a ON a.template_version_id = s.template_version_id WHERE a.id = %s",
            (audit,)).fetchall())  # fmt: skip
        times, failed, last = [], 0, {}
        for n in range(saves):
            key = QUESTIONS[n % len(QUESTIONS)]
            value: Any = {"wait_seconds": float(n), "remarks": f"note {n}",
                          "greeted_30s": n % 2 == 0, "courtesy": 1 + n % 5}[key]  # fmt: skip
            started = time.perf_counter()
            try:
                conn.execute(RAW_SAVE, (audit, questions[key], Json(value)))
            except psycopg.Error as exc:
                failed += 1
                print(f"failed: {exc}", file=sys.stderr)
                continue
            times.append(time.perf_counter() - started)
            last[key] = value
    print("RESULT " + json.dumps({"times": times, "failed": failed, "last": last}))


def autosave_load(server: str, clients: int, saves: int, mode: str = "app") -> dict[str, Any]:
    """20 clients at once: `app` the form's own save; `raw` one statement each as their own
    logins; `owner` one statement each as the owner with no triggers."""
    from auditor import cli
    from auditor.services import capture
    from auditor.services.users import add_user
    from auditor.store.db import open_database
    from auditor.store.models import Answer, ChangeLogEntry, Question

    with fresh_pg_database(server, "bench") as url:
        with contextlib.redirect_stdout(sys.stderr):
            assert cli.main(["server", "init", "--db", url]) == 0
        suffix = uuid.uuid4().hex[:6]
        owner = open_database(url, create=False)
        audits = []
        with owner.session() as s:
            loc = capture.add_location(s, "North Bank", "Main Street")
            for n in range(clients):
                login = f"shopper{n}_{suffix}"
                add_user(s, login, "shopper", "pw-long-enough", f"Shopper {n}")
                audit = capture.start_audit(s, "mystery-shopper-branch", loc.id, f"Shopper {n}",
                                            datetime.now(UTC))  # fmt: skip
                address = make_url(url).set(username=login, password="pw-long-enough")
                if mode == "owner":
                    address = make_url(url)
                audits.append((address.render_as_string(hide_password=False), audit))
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        started = time.perf_counter()
        procs = []
        for address, audit in audits:
            command = [sys.executable, "-m", "bench.server", "--client", address, str(audit)]
            procs.append(
                subprocess.Popen(
                    [*command, str(saves), mode], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                    text=True,
                )
            )
        results = []
        for proc in procs:
            out, _ = proc.communicate(timeout=1800)
            line = next(x for x in out.splitlines() if x.startswith("RESULT "))
            results.append(json.loads(line[7:]))
        wall = time.perf_counter() - started
        times = sorted(t for r in results for t in r["times"])
        lost = 0
        with owner.read_session() as s:
            for (_address, audit), result in zip(audits, results, strict=True):
                stored = {
                    k: v
                    for k, v in s.execute(
                        select(Question.key, Answer.value)
                        .join(Question, Question.id == Answer.question_id)
                        .where(Answer.audit_id == audit)
                    )
                }
                lost += sum(1 for k, v in result["last"].items() if stored.get(k) != v)
                if mode != "app":  # the floors write no change log of their own
                    continue
                logged = s.scalar(  # written by the server, in the shopper's name
                    select(func.count(ChangeLogEntry.id)).where(
                        ChangeLogEntry.entity == "answer", ChangeLogEntry.audit_id == audit
                    )
                )
                lost += len(result["times"]) - int(logged or 0)
        owner.close()
    return {
        "mode": mode,
        "clients": clients,
        "saves": len(times),
        "failed": sum(r["failed"] for r in results),
        "lost": lost,
        "p50_ms": round(1000 * statistics.median(times), 1),
        "p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 1),
        "max_ms": round(1000 * times[-1], 1),
        "saves_per_s": round(len(times) / wall, 1),
    }


# -- sync against COPY ------------------------------------------------------------------------
def sync_against_copy(server: str, audits: int, repeat: int = 1) -> dict[str, Any]:
    """The sync and its baselines, each the fastest of `repeat` rounds (every round on fresh
    server databases, the laptop's memory of earlier syncs forgotten)."""
    from auditor.exchange import keys
    from bench.recompute_scores import build

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        laptop_path = folder / "laptop.sqlite"
        build(laptop_path, audits)
        key = keys.load_or_create(folder / "key.json")
        rounds = [_sync_round(server, laptop_path, key, audits) for _ in range(repeat)]
    best = {k: min(r[k] for r in rounds) for k in ("owner", "shopper", "copy", "insert")}
    return {
        "audits": audits,
        "answers": rounds[0]["answers"],
        "pushed": rounds[0]["pushed"],
        "landed": rounds[0]["landed"],
        "rounds": repeat,
        "sync_s": round(best["owner"], 2),
        "sync_as_shopper_s": round(best["shopper"], 2),
        "copy_s": round(best["copy"], 3),
        "ratio": round(best["owner"] / best["copy"], 1),
        "ratio_as_shopper": round(best["shopper"] / best["copy"], 1),
        "raw_insert_s": round(best["insert"], 3),
        "ratio_to_insert": round(best["owner"] / best["insert"], 1),
        "ratio_to_insert_as_shopper": round(best["shopper"] / best["insert"], 1),
    }


def _sync_round(server: str, laptop_path: Path, key: Any, audits: int) -> dict[str, float]:
    from auditor import cli
    from auditor.services.sync import sync
    from auditor.store.db import open_database

    timings: dict[str, float] = {}
    with (
        fresh_pg_database(server, "bench") as url,
        fresh_pg_database(server, "bench") as shopper_db,
        fresh_pg_database(server, "bench") as raw_url,
        fresh_pg_database(server, "bench") as insert_url,
    ):
        for target in (url, shopper_db, raw_url, insert_url):
            with contextlib.redirect_stdout(sys.stderr):
                assert cli.main(["server", "init", "--db", target]) == 0
        # as the database's owner (no policies), then as the shopper's own login (every
        # row checked by row-level security, as a laptop syncs in the field)
        office_setup(laptop_path, shopper_db, key)
        for name, target in (("owner", url), ("shopper", shopper_login(shopper_db, "P"))):
            laptop = open_database(laptop_path, create=False)
            with laptop.session() as s:  # what the previous sync remembered, forgotten
                s.execute(text("DELETE FROM package_exports"))
                s.execute(text("DELETE FROM audit_revisions"))
            remote = open_database(target, create=False)
            started = time.perf_counter()
            result = sync(laptop, remote, key=key)
            timings[name] = time.perf_counter() - started
            with remote.read_session() as s:
                timings["landed"] = s.scalar(text("SELECT count(*) FROM audits")) or 0
                timings["answers"] = s.scalar(text("SELECT count(*) FROM answers")) or 0
            assert timings["landed"] == audits, (name, timings["landed"])
            timings["pushed"] = result.pushed
            remote.close()
            laptop.close()
        timings["copy"] = copy_rows(laptop_path, raw_url)
        timings["insert"] = insert_rows(laptop_path, insert_url)
    return timings


def office_setup(laptop_path: Path, url: str, key: Any) -> None:
    """What the office has before a shopper syncs: the checklist and the place (a shopper may
    not add either)."""
    from auditor.services.packages import export_package, import_package
    from auditor.store.db import open_database
    from auditor.store.models import Location, Organisation

    laptop, server = open_database(laptop_path, create=False), open_database(url, create=False)
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "checklists.zip"
        with laptop.session() as s:
            export_package(s, package, key=key, created_by="Office", ids=[], checklists=True,
                           diaries=False)  # fmt: skip
        with server.session() as s:
            from auditor.services.trust import trust_key

            trust_key(s, key.public_text, "Office", "manager")  # the owner enrols the office
            import_package(s, package)
            with laptop.read_session() as local:
                for place in local.scalars(select(Location)):
                    org = Organisation(name=place.organisation.name,
                                       sector=place.organisation.sector)  # fmt: skip
                    s.add(Location(organisation=org, name=place.name, code=place.code,
                                   city=place.city))  # fmt: skip
    laptop.close()
    server.close()


def shopper_login(url: str, person: str) -> str:
    """A shopper's login on this server (`user add`), as a URL with its password."""
    from auditor import cli

    login, password = f"bench_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    stdin, sys.stdin = sys.stdin, io.StringIO(password + "\n")
    try:
        with contextlib.redirect_stdout(sys.stderr):
            args = ["user", "add", login, "--role", "shopper", "--person", person]
            assert cli.main([*args, "--password-stdin", "--db", url]) == 0
    finally:
        sys.stdin = stdin
    return (
        make_url(url).set(username=login, password=password).render_as_string(hide_password=False)
    )


LAPTOP_TABLES = ("organisations", "locations", "people", "templates", "template_versions",
                 "sections", "questions", "choices", "audits", "answers")  # fmt: skip


@contextlib.contextmanager
def _laptop_rows_and_empty_server(
    laptop: Path, url: str
) -> Iterator[tuple[Any, dict[str, list[Any]], dict[str, list[str]]]]:
    """The laptop's rows of LAPTOP_TABLES and their columns, and a connection to a database
    of the same schema emptied of the built-in checklists (the rows bring their own)."""
    import sqlite3

    import psycopg

    with sqlite3.connect(laptop) as con:
        rows = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in LAPTOP_TABLES}
        columns = {t: [c[1] for c in con.execute(f"PRAGMA table_info({t})")] for t in LAPTOP_TABLES}
    from auditor.store.transport import conninfo

    # the app's own TLS and login, so the baselines pay for the same transport as the sync
    with psycopg.connect(conninfo(make_url(url))) as conn:
        conn.execute("DELETE FROM questions; DELETE FROM sections; DELETE FROM choices")
        conn.execute("DELETE FROM question_standards; DELETE FROM template_versions")
        conn.execute("DELETE FROM templates; DELETE FROM standards")
        conn.commit()
        yield conn, rows, columns


def copy_rows(laptop: Path, url: str) -> float:
    """COPY the laptop's template, place, person, audits and answers into an empty database
    of the same schema: the floor for moving these rows to a server."""
    with _laptop_rows_and_empty_server(laptop, url) as (conn, rows, columns):
        started = time.perf_counter()
        with conn.cursor() as cur:
            for table in LAPTOP_TABLES:
                names = ", ".join(f'"{c}"' for c in columns[table])
                with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows[table]:
                        copy.write_row([_pg(v) for v in row])
        conn.commit()
        return time.perf_counter() - started


def insert_rows(laptop: Path, url: str) -> float:
    """The same rows as `copy_rows`, by plain INSERT statements (psycopg's executemany, one
    statement per table, pipelined): the raw insert the issue names beside COPY. The values
    are made ready before the clock starts (COPY's conversion runs on its clock)."""
    with _laptop_rows_and_empty_server(laptop, url) as (conn, rows, columns):
        given = {t: [[_text(v) for v in row] for row in rows[t]] for t in LAPTOP_TABLES}
        started = time.perf_counter()
        with conn.cursor() as cur:
            for table in LAPTOP_TABLES:
                names = ", ".join(f'"{c}"' for c in columns[table])
                marks = ", ".join(["%s"] * len(columns[table]))
                cur.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", given[table])
        conn.commit()
        return time.perf_counter() - started


def _text(value: Any) -> Any:
    """A value as COPY's text format gives it, for a parameter the server reads as the
    column's type (booleans stored 0/1 included); bytes stay bytes."""
    if value is None or isinstance(value, bytes):
        return value
    return str(_pg(value))


def _pg(value: Any) -> Any:
    """SQLite's storage to what COPY reads: UUIDs as hex text, booleans from 0/1."""
    if isinstance(value, str) and len(value) == 32 and value.isalnum():
        with contextlib.suppress(ValueError):
            return str(uuid.UUID(value))
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--audits", type=int, default=1000)
    parser.add_argument("--smoke", action="store_true", help="a small run: does it still run")
    parser.add_argument("--client", nargs=4, metavar=("URL", "AUDIT", "SAVES", "MODE"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args()
    if args.client:
        url, audit, saves, mode = args.client
        if mode == "app":
            client(url, audit, int(saves))
        else:
            raw_client(url, audit, int(saves), no_triggers=mode == "owner")
        return
    if args.smoke:
        args.clients, args.saves, args.audits = 3, 8, 20
    with server_url() as server:
        app = autosave_load(server, args.clients, args.saves)
        floor = autosave_load(server, args.clients, args.saves, "raw")
        bare = autosave_load(server, args.clients, args.saves, "owner")
        report = {
            "autosave": app,
            "autosave_raw_as_logins": floor,
            "autosave_raw_as_owner_no_triggers": bare,
            "autosave_p95_vs_raw_logins": round(app["p95_ms"] / max(floor["p95_ms"], 0.001), 2),
            "sync": sync_against_copy(server, args.audits, 1 if args.smoke else 3),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
