"""The command line: the same use cases as the window, for scripts and batch work.

Exit codes: 0 ok, 1 failure (one line on stderr naming what is wrong), 2 bad usage.
Without a subcommand the window opens (Qt is imported only then).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from auditor import APP_NAME, __version__
from auditor.cli_text import _, error_text, n_, phrase_text, seconds
from auditor.errors import AuditorError, UsageError
from auditor.exchange import keys
from auditor.services.audits import AuditFilter, list_audits
from auditor.services.templates import install_builtins, list_templates
from auditor.store.db import Database, open_database

Handler = Callable[[argparse.Namespace], int]


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from exc


def _add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Sub-commands accept --db too; SUPPRESS keeps them from overwriting a top-level --db.
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None if top else argparse.SUPPRESS,
        help="SQLite file or postgresql+psycopg://user@host/db (default: the user data folder)",
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--audit", metavar="ID", help="one audit by its id")
    group.add_argument("--location", metavar="NAME")
    group.add_argument("--organisation", metavar="NAME")
    group.add_argument("--template", metavar="NAME")
    group.add_argument("--shopper", metavar="NAME")
    group.add_argument("--status", choices=["draft", "submitted", "returned", "accepted"])
    group.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE")
    group.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE")
    group.add_argument(
        "--count",
        choices=["finished", "accepted"],
        help="which audits scores and reports count: finished (submitted and accepted, the "
        "default) or accepted only; drafts and returned audits never count",
    )


def _filters(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(
        audit=args.audit,
        location=args.location,
        organisation=args.organisation,
        template=args.template,
        shopper=args.shopper,
        status=args.status,
        date_from=args.date_from,
        date_to=args.date_to,
        count=args.count,
    )


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_init(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    db = open_database(args.db)
    try:
        if db.backup_path:
            print(
                _("Upgraded; the previous file was copied to {path}", path=db.backup_path),
                file=sys.stderr,
            )
        with db.session() as session:
            install_builtins(session)
        if args.demo:
            from auditor.builtin.demo import generate_demo

            with db.session() as session:
                counts = generate_demo(session)
            summary = ", ".join(_demo_count(k, v) for k, v in counts.items())
            print(_("Demo data added: {summary}.", summary=summary))
        elapsed = seconds(time.perf_counter() - started)
        print(_("Database ready: {label} ({seconds} s)", label=db.label, seconds=elapsed))
    finally:
        db.close()
    return 0


def _demo_count(what: str, count: int) -> str:
    if what == "audits":
        return n_("{count} audit", "{count} audits", count)
    if what == "answers":
        return n_("{count} answer", "{count} answers", count)
    if what == "reviews":
        return n_("{count} review", "{count} reviews", count)
    if what == "survey_responses":
        return n_("{count} survey response", "{count} survey responses", count)
    return f"{count} {what.replace('_', ' ')}"


def status_text(status: str) -> str:
    """An audit's status in the user's language."""
    names = {
        "draft": _("draft"),
        "submitted": _("submitted"),
        "returned": _("returned"),
        "accepted": _("accepted"),
    }
    return names.get(status, status)


def _with_db(args: argparse.Namespace) -> Database:
    """Open an existing database: only `init` creates one (a mistyped --db must not)."""
    return open_database(args.db, create=False)


def cmd_audit_list(args: argparse.Namespace) -> int:
    db = _with_db(args)
    try:
        with db.read_session() as session:
            rows = list_audits(session, _filters(args))
    finally:
        db.close()
    if args.json:
        _print_json([row.to_json() for row in rows])
        return 0
    from auditor.locale_formats import datetime_text, percent_text, user_language

    lang = user_language()  # dates and numbers as the user's locale writes them (--json: ISO)
    for row in rows:
        score = "-" if row.score is None else percent_text(row.score, lang)
        print(
            f"{datetime_text(row.visited_at, lang)}  {status_text(row.status):<10}  {score:>7}  "
            f"{row.location}  ({row.template} v{row.template_version}, {row.shopper})  {row.id}"
        )
    return 0


def _progress_line(what: str) -> Callable[[int, int], None]:
    """Progress on stderr, one line rewritten in place (only on a terminal)."""
    shown = sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        if shown and total:
            sys.stderr.write(
                "\r" + _("{what}: {done} of {total}", what=what, done=done, total=total)
            )
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return report


def cmd_audit_export(args: argparse.Namespace) -> int:
    from auditor.services.packages import export_package

    started = time.perf_counter()
    db = _with_db(args)
    try:
        with db.session() as session:
            result = export_package(
                session, Path(args.out), _filters(args), key=keys.load_or_create(),
                created_by=args.by, since_last=args.since_last, not_sent=args.not_sent,
                diaries=not args.no_diaries, progress=_progress_line(_("exporting")),
            )  # fmt: skip
    finally:
        db.close()
    skipped = (
        _(", {count} unchanged since the last export", count=result.skipped)
        if result.skipped
        else ""
    )
    print(
        _(
            "Package written: {path} ({audits}, {diaries}, {photos}{skipped}; {seconds} s)",
            path=result.path,
            audits=n_("{count} audit", "{count} audits", result.audits),
            diaries=n_("{count} diary", "{count} diaries", result.diaries),
            photos=n_("{count} photo", "{count} photos", result.attachments),
            skipped=skipped,
            seconds=seconds(time.perf_counter() - started),
        )
    )
    return 0


def cmd_audit_import(args: argparse.Namespace) -> int:
    from auditor.services import trust
    from auditor.services.packages import apply_plan, plan_import

    started = time.perf_counter()
    db = _with_db(args)
    try:
        with db.session() as session:  # every package or none
            if args.trust:
                for name in args.packages:
                    public_text = trust.key_from_file(Path(name))
                    if keys.same_fingerprint(args.trust, public_text):
                        signer = str(_manifest_of(Path(name))["created_by"])
                        trust.trust_key(session, public_text, signer, args.role)
            for name in args.packages:
                package, plan, documents = plan_import(session, Path(name))
                try:
                    counts = plan.summary()
                    key = plan.sender_role or _("known key")
                    print(
                        _(
                            "{name}: from {signer} ({key}: {fingerprint}): {add} to add, "
                            "{update} to update, {unchanged} unchanged, {conflict} in conflict",
                            name=name, signer=plan.signer, key=key,
                            fingerprint=plan.fingerprint, add=counts["add"],
                            update=counts["update"], unchanged=counts["unchanged"],
                            conflict=counts["conflict"],
                        )
                    )  # fmt: skip
                    for item in plan.items:
                        if item.action == "conflict":
                            print(
                                "  "
                                + _("conflict kept for review: {title} ({id})",
                                    title=item.title, id=item.id)
                            )  # fmt: skip
                    if not args.dry_run:
                        progress = _progress_line(_("importing"))
                        apply_plan(session, package, plan, documents, progress)
                finally:
                    package.close()
            if args.dry_run:
                session.rollback()
    finally:
        db.close()
    took, count = seconds(time.perf_counter() - started), len(args.packages)
    if args.dry_run:
        print(n_("Checked {count} package ({seconds} s)",
                 "Checked {count} packages ({seconds} s)", count, seconds=took))  # fmt: skip
    else:
        print(n_("Imported {count} package ({seconds} s)",
                 "Imported {count} packages ({seconds} s)", count, seconds=took))  # fmt: skip
    return 0


def _manifest_of(path: Path) -> dict[str, Any]:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return dict(json.loads(archive.read("manifest.json")))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise AuditorError("not a package ({exc})", exc=exc, file=str(path)) from exc


def cmd_key_list(args: argparse.Namespace) -> int:
    from auditor.services.trust import list_keys

    db = _with_db(args)
    try:
        with db.read_session() as session:
            rows = list_keys(session)
    finally:
        db.close()
    if args.json:
        _print_json([{**r.__dict__, "enrolled_at": _iso(r.enrolled_at),
                      "revoked_at": _iso(r.revoked_at), "first_seen": _iso(r.first_seen)}
                     for r in rows])  # fmt: skip
        return 0
    for r in rows:
        print(f"{r.fingerprint}  {r.state:<8} {r.role or '-':<9} {r.person}")
    return 0


def _iso(moment: Any) -> str | None:
    return moment.isoformat() if moment is not None else None


def cmd_key_trust(args: argparse.Namespace) -> int:
    from auditor.services.trust import trust_fingerprint

    db = _with_db(args)
    try:
        with db.session() as session:
            row = trust_fingerprint(session, args.fingerprint, args.person, args.role,
                                    Path(args.source) if args.source else None)  # fmt: skip
    finally:
        db.close()
    print(_("Key {fingerprint} trusted: {person}, {role}", fingerprint=row.fingerprint,
            person=row.person, role=row.role))  # fmt: skip
    return 0


def cmd_key_revoke(args: argparse.Namespace) -> int:
    from auditor.services.trust import revoke

    db = _with_db(args)
    try:
        with db.session() as session:
            row = revoke(session, args.fingerprint)
    finally:
        db.close()
    print(_("Key {fingerprint} revoked: {person}", fingerprint=row.fingerprint,
            person=row.person))  # fmt: skip
    return 0


def cmd_key_show(args: argparse.Namespace) -> int:
    from auditor.services.trust import export_public_key

    key = keys.load_or_create()
    if args.export:
        if not args.person:
            raise UsageError("say whose key it is: --person NAME")
        export_public_key(key, Path(args.export), args.person)
    print(keys.fingerprint(key.public_text))
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from auditor.services import measures
    from auditor.services.scoring import audit_score_json

    modes = [bool(args.audit and not (args.by or args.measure)), bool(args.by), bool(args.measure)]
    if sum(modes) != 1:
        raise UsageError("score: give one of --audit ID, --by GROUPING or --measure NAME")
    db = _with_db(args)
    try:
        with db.read_session() as session:
            if args.by:
                data: Any = measures.group_scores(
                    session, _filters(args), args.by, composite=args.composite
                )
            elif args.measure:
                data = measures.measure(
                    session, _filters(args), args.measure, source=args.source, period=args.period
                )
            else:
                data = audit_score_json(session, args.audit)
    finally:
        db.close()
    if args.json:
        _print_json(data)
    else:
        _print_score_text(data)
    return 0


def _interval(g: dict[str, Any], lang: str) -> str:
    from auditor.locale_formats import number_text

    if g.get("ci_low") is None:
        return ""
    return f"[{number_text(g['ci_low'], lang)}–{number_text(g['ci_high'], lang)}]"


def _print_score_text(data: Any) -> None:
    from auditor.locale_formats import number_text, percent_text, user_language

    lang = user_language()

    def num(value: float | None) -> str:
        return "-" if value is None else number_text(value, lang)

    if "groups" in data:
        statuses = ", ".join(status_text(s) for s in data["counted_statuses"])
        level = percent_text(95, lang, 0)
        print(_("counted: {statuses} audits; {level} intervals", statuses=statuses, level=level))
        template = None
        for g in data["groups"]:
            if g["template"] != template:
                template = g["template"]
                print(f"{template}:")
            score = num(g["score"])
            rank = f"{g['rank']:>3}. " if "rank" in g else "  "
            flag = "  n < 5" if g["small_sample"] else ""
            print(f"  {rank}{g['key']:<40} n={g['n']:<6} {score:>6} {_interval(g, lang):<16}{flag}")
    elif "audit" in data:
        score = num(data["score"])
        verdict = {True: _("passed"), False: _("failed"), None: ""}[data["passed"]]
        if data["score"] is None:
            verdict = (
                _("not scorable ({why})", why=data["not_scorable"])
                if data["not_scorable"]
                else _("not scorable")
            )
        line = _("Audit {audit}: {score}% {verdict} {grade}", audit=data["audit"], score=score,
                 verdict=verdict, grade=data["grade"] or "")  # fmt: skip
        print(line.rstrip())
        for s in data["sections"]:
            sec = num(s["score"])
            points = _("({earned} of {possible})", earned=f"{s['earned']:g}",
                       possible=f"{s['possible']:g}")  # fmt: skip
            print(f"  {s['name']:<32} {sec:>6}  {points}")
        if data["critical_failed"]:
            names = ", ".join(data["critical_failed"])
            print("  " + _("critical failures: {names}", names=names))
    else:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")


def cmd_rescore(args: argparse.Namespace) -> int:
    from auditor.services.scoring import recompute_scores

    started = time.perf_counter()
    db = _with_db(args)
    try:
        with db.session() as session:
            count = recompute_scores(session, _filters(args))
    finally:
        db.close()
    took = seconds(time.perf_counter() - started)
    print(n_("Rescored {count} audit ({seconds} s)", "Rescored {count} audits ({seconds} s)",
             count, seconds=took))  # fmt: skip
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from auditor.reports.pdf_base import ReportOptions
    from auditor.reports.pdf_reports import write_pdf
    from auditor.reports.tables import write_csv, write_xlsx

    started = time.perf_counter()
    options = ReportOptions(
        lang=args.lang,
        organisation=args.org_name or "",
        logo=Path(args.logo) if args.logo else None,
        page_size=args.page_size,
    )
    flt = _filters(args)
    if args.batch and (args.format != "pdf" or args.kind != "audit"):
        raise UsageError("report: --batch DIR writes one audit PDF per audit: use `report audit`")
    if not args.batch and not args.out:
        raise UsageError("report: give --out FILE (or --batch DIR for one PDF per audit)")
    db = _with_db(args)
    written: list[Path] = []
    try:
        with db.read_session() as session:
            if args.batch:
                from auditor.reports.batch import write_audit_pdfs

                written = write_audit_pdfs(session, flt, Path(args.batch), options)
            elif args.format == "pdf":
                written = [write_pdf(session, args.kind, Path(args.out), flt, options)]
            elif args.format == "xlsx":
                written = [write_xlsx(session, Path(args.out), flt, args.lang, kind=args.kind)]
            else:
                written = [write_csv(session, Path(args.out), flt, args.lang, kind=args.kind)]
    finally:
        db.close()
    elapsed = seconds(time.perf_counter() - started)
    target = (
        str(written[0])
        if len(written) == 1
        else n_("{count} file in {folder}", "{count} files in {folder}", len(written),
                folder=args.batch)
    )  # fmt: skip
    print(_("Report written: {target} ({seconds} s)", target=target, seconds=elapsed))
    return 0


def cmd_template_list(args: argparse.Namespace) -> int:
    db = _with_db(args)
    try:
        with db.read_session() as session:
            rows = list_templates(session, language=args.lang)
    finally:
        db.close()
    if args.json:
        _print_json([row.__dict__ for row in rows])
        return 0
    for t in rows:
        questions = n_("{count} question", "{count} questions", t.questions)
        print(f"{t.name:<28} v{t.version:<3} {questions:>14}  {t.title}")
    return 0


def cmd_template_import(args: argparse.Namespace) -> int:
    from auditor.services.template_files import import_files

    db = _with_db(args)
    try:
        with db.session() as session:
            results = import_files(session, [Path(p) for p in args.files])
    finally:
        db.close()
    for result in results:
        for warning in result.warnings:
            print(_("warning: {warning}", warning=phrase_text(warning)), file=sys.stderr)
        if result.version is None:
            print(_("{path}: standards imported", path=result.path))
        else:
            print(_("{path}: template {name} version {version}", path=result.path,
                    name=result.name, version=result.version))  # fmt: skip
    return 0


def cmd_template_export(args: argparse.Namespace) -> int:
    from auditor.services.template_files import export_file

    db = _with_db(args)
    try:
        with db.read_session() as session:
            out = export_file(session, args.name, Path(args.out), args.version)
    finally:
        db.close()
    print(_("{name} written to {path}", name=args.name, path=out))
    return 0


def cmd_server_init(args: argparse.Namespace) -> int:
    """Create or upgrade the team server's schema, group roles and policies (Alembic)."""
    db = open_database(args.db)
    try:
        if db.url.get_backend_name() != "postgresql":
            raise AuditorError(
                "a team server is a PostgreSQL database: --db postgresql+psycopg://...",
                field="--db",
            )
        with db.session() as session:
            install_builtins(session)
        print(_("Team server ready: {label} (roles sa_shopper, sa_reviewer, sa_manager, "
                "sa_admin; row-level security on)", label=db.label))  # fmt: skip
    finally:
        db.close()
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from auditor.services.users import add_user

    if not args.password_stdin:
        raise UsageError("the password is read from standard input: add --password-stdin")
    password = sys.stdin.readline().rstrip("\r\n")
    db = _with_db(args)
    try:
        with db.session() as session:
            row = add_user(session, args.login, args.role, password, args.person,
                           tuple(args.organisation or ()))  # fmt: skip
    finally:
        db.close()
    orgs = _(" for {names}", names=", ".join(row.organisations)) if row.organisations else ""
    print(_("User {login} added: {role} ({person}){organisations}", login=row.login,
            role=row.role, person=row.person, organisations=orgs))  # fmt: skip
    return 0


def cmd_user_password(args: argparse.Namespace) -> int:
    from auditor.services.users import change_password

    if not args.password_stdin:
        raise UsageError("the password is read from standard input: add --password-stdin")
    password = sys.stdin.readline().rstrip("\r\n")
    db = _with_db(args)
    try:
        with db.session() as session:
            change_password(session, password)
    finally:
        db.close()
    print(_("Your password is changed; the server keeps only its SCRAM verifier"))
    return 0


def cmd_server_score(args: argparse.Namespace) -> int:
    """Score what the team server has not verified yet, once or whenever audits change."""
    from auditor.services.server_scoring import score_once, watch

    db = _with_db(args)
    try:
        if args.watch:
            watch(db, stop_after=args.stop_after)
            return 0
        done = score_once(db)
    finally:
        db.close()
    print(_("{count} audits scored and verified", count=done))
    return 0


def cmd_user_set_role(args: argparse.Namespace) -> int:
    from auditor.services.users import set_role

    db = _with_db(args)
    try:
        with db.session() as session:
            set_role(session, args.login, args.role, tuple(args.organisation or ()))
    finally:
        db.close()
    print(_("User {login} is now: {role}", login=args.login, role=args.role))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from auditor.services.users import list_users

    db = _with_db(args)
    try:
        with db.read_session() as session:
            rows = list_users(session)
    finally:
        db.close()
    if args.json:
        _print_json([row.__dict__ | {"organisations": list(row.organisations)} for row in rows])
        return 0
    for row in rows:
        state = _("disabled") if row.disabled or not row.can_log_in else _("active")
        orgs = ", ".join(row.organisations) or "-"
        print(f"{row.login:<20} {row.role:<9} {state:<8} {row.person}  [{orgs}]")
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    from auditor.services.users import disable_user

    db = _with_db(args)
    try:
        with db.session() as session:
            disable_user(session, args.login)
    finally:
        db.close()
    print(_("User {login} disabled: it can no longer connect; its audits stay", login=args.login))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from auditor.services.sync import sync

    started = time.perf_counter()
    local = open_database(args.source, create=False)
    try:
        server = open_database(args.to, create=False)
        try:
            line = _progress_line(_("sync"))
            result = sync(local, server, key=keys.load_or_create(), batch=args.batch,
                          progress=lambda _stage, done, total: line(done, total))  # fmt: skip
        finally:
            server.close()
    finally:
        local.close()
    print(
        _(
            "Synced with {server}: {pushed} audits and {diaries} diaries sent; {pulled} audits, "
            "{checklists} checklist versions and {actions} actions received; {conflicts} "
            "changed on both sides, kept for review ({seconds} s)",
            server=server.label, pushed=result.pushed, diaries=result.pushed_diaries,
            pulled=result.pulled, checklists=result.checklists, actions=result.actions,
            conflicts=result.conflicts, seconds=seconds(time.perf_counter() - started),
        )
    )  # fmt: skip
    return 0


def cmd_selfcheck(args: argparse.Namespace) -> int:
    from ui.selfcheck import check_window

    if not args.db:
        raise UsageError("selfcheck: give --db (a database with audits, e.g. from init --demo)")
    print(check_window(args.db, args.lang, Path(args.out)))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run

    return run(args.db)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Service-quality audits, mystery shopping and service-event diaries.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_db(parser, top=True)
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p_init = sub.add_parser("init", help="create or upgrade a database")
    _add_db(p_init)
    p_init.add_argument("--demo", action="store_true", help="fill it with a year of demo data")
    p_init.set_defaults(handler=cmd_init)

    p_check = sub.add_parser(
        "selfcheck", help="start the window offscreen in a language, write a PDF, quit"
    )
    _add_db(p_check)
    p_check.add_argument("--lang", default="he", choices=["en", "pl", "sl", "bg", "he"])
    p_check.add_argument("--out", required=True, metavar="FILE.pdf")
    p_check.set_defaults(handler=cmd_selfcheck)

    p_audit = sub.add_parser("audit", help="list, export and import audits")
    audit_sub = p_audit.add_subparsers(title="audit commands", metavar="ACTION", required=True)
    p_list = audit_sub.add_parser("list", help="list audits, newest first")
    _add_db(p_list)
    _add_filters(p_list)
    p_list.add_argument("--json", action="store_true", help="print a JSON array")
    p_list.set_defaults(handler=cmd_audit_list)
    p_export = audit_sub.add_parser(
        "export", help="write audits to a signed package (.zip) for another database"
    )
    _add_db(p_export)
    _add_filters(p_export)
    p_export.add_argument("--out", required=True, metavar="FILE.zip")
    p_export.add_argument(
        "--since-last", action="store_true",
        help="only audits changed since the last export to this file name",
    )  # fmt: skip
    p_export.add_argument(
        "--not-sent", action="store_true", help="only audits never sent or received before"
    )
    p_export.add_argument("--by", metavar="NAME", help="who sends it (default: the shopper)")
    p_export.add_argument("--no-diaries", action="store_true", help="leave diaries out")
    p_export.set_defaults(handler=cmd_audit_export)
    p_import = audit_sub.add_parser(
        "import", help="check, then merge audit packages (all or none; nothing deleted)"
    )
    _add_db(p_import)
    p_import.add_argument("packages", nargs="+", metavar="FILE.zip")
    p_import.add_argument(
        "--dry-run", action="store_true", help="say what would change; change nothing"
    )
    p_import.add_argument(
        "--trust", metavar="FINGERPRINT",
        help="enrol the packages' signer first: the code she read you for her key",
    )  # fmt: skip
    p_import.add_argument("--role", choices=["shopper", "reviewer", "manager"],
                          default="shopper", help="the signer's role with --trust")  # fmt: skip
    p_import.set_defaults(handler=cmd_audit_import)

    p_key = sub.add_parser("key", help="the signing keys this database takes packages from")
    key_sub = p_key.add_subparsers(title="key commands", metavar="ACTION", required=True)
    p_klist = key_sub.add_parser("list", help="the keys, whose, in which role, trusted or not")
    _add_db(p_klist)
    p_klist.add_argument("--json", action="store_true", help="print a JSON array")
    p_klist.set_defaults(handler=cmd_key_list)
    p_ktrust = key_sub.add_parser("trust", help="enrol a key after comparing its fingerprint")
    _add_db(p_ktrust)
    p_ktrust.add_argument("fingerprint", metavar="FINGERPRINT")
    p_ktrust.add_argument("--person", required=True, metavar="NAME")
    p_ktrust.add_argument("--role", required=True, choices=["shopper", "reviewer", "manager"])
    p_ktrust.add_argument("--from", dest="source", metavar="FILE",
                          help="the package or key file the key came in")  # fmt: skip
    p_ktrust.set_defaults(handler=cmd_key_trust)
    p_krev = key_sub.add_parser("revoke", help="take no more packages signed with a key")
    _add_db(p_krev)
    p_krev.add_argument("fingerprint", metavar="FINGERPRINT")
    p_krev.set_defaults(handler=cmd_key_revoke)
    p_kshow = key_sub.add_parser("show", help="this laptop's own key: its fingerprint")
    p_kshow.add_argument("--export", metavar="FILE", help="write the public key to hand over")
    p_kshow.add_argument("--person", metavar="NAME", help="whose key it is (with --export)")
    p_kshow.set_defaults(handler=cmd_key_show)

    from auditor.services.measures import GROUPINGS, MEASURES

    p_score = sub.add_parser("score", help="audit scores, groupings and customer measures")
    _add_db(p_score)
    _add_filters(p_score)
    mode = p_score.add_argument_group("what to compute (one of --audit, --by, --measure)")
    mode.add_argument("--by", choices=GROUPINGS, help="scores grouped (and ranked)")
    mode.add_argument("--measure", choices=MEASURES, help="a measure over the filtered data")
    p_score.add_argument(
        "--composite",
        metavar="CHECKLIST=W,...",
        help="with --by: also an explicitly weighted index over several checklists",
    )
    p_score.add_argument(
        "--source", choices=["diaries", "audits"], help="criteria for --measure ipa"
    )
    p_score.add_argument(
        "--period", choices=["week", "month", "quarter"], help="for --measure trend/agreement"
    )
    p_score.add_argument("--json", action="store_true", help="print JSON")
    p_score.set_defaults(handler=cmd_score)

    p_rescore = sub.add_parser("rescore", help="recompute and store the scores of audits")
    _add_db(p_rescore)
    _add_filters(p_rescore)
    p_rescore.set_defaults(handler=cmd_rescore)

    from auditor.reports.labels import LANGS

    p_report = sub.add_parser("report", help="PDF, Excel or CSV reports")
    _add_db(p_report)
    p_report.add_argument(
        "kind", choices=["audit", "location", "summary", "standards", "diary", "shopper"]
    )
    p_report.add_argument("--format", choices=["pdf", "xlsx", "csv"], default="pdf")
    p_report.add_argument("--out", metavar="FILE")
    p_report.add_argument("--batch", metavar="DIR", help="one audit PDF per filtered audit")
    p_report.add_argument("--lang", choices=LANGS, default="en", help="language of the labels")
    p_report.add_argument("--org-name", metavar="NAME", help="organisation name in the header")
    p_report.add_argument("--logo", metavar="IMAGE", help="logo in the header (PNG or JPEG)")
    p_report.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    _add_filters(p_report)
    p_report.set_defaults(handler=cmd_report)

    p_server = sub.add_parser("server", help="the team server (PostgreSQL)")
    server_sub = p_server.add_subparsers(title="server commands", metavar="ACTION", required=True)
    p_sinit = server_sub.add_parser(
        "init", help="create or upgrade the schema, roles and row-level security policies"
    )
    _add_db(p_sinit)
    p_sinit.set_defaults(handler=cmd_server_init)

    p_sscore = server_sub.add_parser(
        "score", help="score and verify submitted audits with the app's own scoring engine"
    )
    _add_db(p_sscore)
    p_sscore.add_argument(
        "--watch",
        action="store_true",
        help="keep running: score again whenever audits are submitted",
    )
    p_sscore.add_argument("--stop-after", type=float, default=None, metavar="SECONDS",
                          help=argparse.SUPPRESS)  # fmt: skip
    p_sscore.set_defaults(handler=cmd_server_score)

    p_user = sub.add_parser("user", help="users of the team server")
    user_sub = p_user.add_subparsers(title="user commands", metavar="ACTION", required=True)
    p_uadd = user_sub.add_parser("add", help="add a login with a role")
    _add_db(p_uadd)
    p_uadd.add_argument("login", metavar="LOGIN")
    p_uadd.add_argument("--role", required=True, choices=["shopper", "reviewer", "manager",
                        "admin", "scorer"])  # fmt: skip
    p_uadd.add_argument("--person", metavar="NAME", help="who it is (default: the login)")
    p_uadd.add_argument(
        "--organisation", metavar="NAME", action="append",
        help="an organisation a reviewer or manager works for (repeat for several)",
    )  # fmt: skip
    p_uadd.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p_uadd.set_defaults(handler=cmd_user_add)
    p_ulist = user_sub.add_parser("list", help="list the users")
    _add_db(p_ulist)
    p_ulist.add_argument("--json", action="store_true", help="print a JSON array")
    p_ulist.set_defaults(handler=cmd_user_list)
    p_upw = user_sub.add_parser("password", help="change your own password")
    _add_db(p_upw)
    p_upw.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input"
    )
    p_upw.set_defaults(handler=cmd_user_password)
    p_urole = user_sub.add_parser("set-role", help="move a login to another role")
    _add_db(p_urole)
    p_urole.add_argument("login", metavar="LOGIN")
    p_urole.add_argument("--role", required=True, choices=["shopper", "reviewer", "manager",
                         "admin", "scorer"])  # fmt: skip
    p_urole.add_argument(
        "--organisation", metavar="NAME", action="append",
        help="an organisation a reviewer or manager works for (repeat for several)",
    )  # fmt: skip
    p_urole.set_defaults(handler=cmd_user_set_role)
    p_udis = user_sub.add_parser("disable", help="stop a login from connecting")
    _add_db(p_udis)
    p_udis.add_argument("login", metavar="LOGIN")
    p_udis.set_defaults(handler=cmd_user_disable)

    p_sync = sub.add_parser(
        "sync", help="send finished audits to a team server and bring back what it has"
    )
    p_sync.add_argument("--from", dest="source", required=True, metavar="LOCAL.sqlite")
    p_sync.add_argument(
        "--to", required=True, metavar="URL",
        help="postgresql+psycopg://LOGIN@HOST/DB (the password: from the keyring)",
    )  # fmt: skip
    p_sync.add_argument("--batch", type=int, default=200, help="audits per transaction")
    p_sync.set_defaults(handler=cmd_sync)

    p_tpl = sub.add_parser("template", help="checklist templates")
    tpl_sub = p_tpl.add_subparsers(title="template commands", metavar="ACTION", required=True)
    p_tlist = tpl_sub.add_parser("list", help="list checklist templates")
    _add_db(p_tlist)
    p_tlist.add_argument("--json", action="store_true", help="print a JSON array")
    p_tlist.add_argument("--lang", default="en", help="language of titles (en, pl, sl, bg, he)")
    p_tlist.set_defaults(handler=cmd_template_list)
    p_timport = tpl_sub.add_parser(
        "import", help="import templates or standards from .json or XLSForm-style .xlsx files"
    )
    _add_db(p_timport)
    p_timport.add_argument("files", nargs="+", metavar="FILE")
    p_timport.set_defaults(handler=cmd_template_import)
    p_texport = tpl_sub.add_parser("export", help="export a template to .json or .xlsx")
    _add_db(p_texport)
    p_texport.add_argument("name", metavar="NAME")
    p_texport.add_argument("--out", required=True, metavar="FILE")
    p_texport.add_argument("--version", type=int, help="a given version (default: the latest)")
    p_texport.set_defaults(handler=cmd_template_export)
    return parser


def _warn_about_transport(*targets: str | None) -> None:
    """A server URL that gives up TLS checks, SCRAM or channel binding says what it risks."""
    from auditor.store.transport import transport_warnings

    for target in targets:
        for warning in transport_warnings(target):
            print(_("warning: {warning}", warning=warning.text), file=sys.stderr)


def _server_refusal(exc: SQLAlchemyError, args: argparse.Namespace) -> AuditorError | None:
    """A connection to a team server that failed on the way (not at opening, which
    open_database words already), as the same plain message naming the server."""
    from sqlalchemy.exc import OperationalError

    from auditor.store.db import connection_refused, resolve_url

    said = str(getattr(exc, "orig", None) or exc).lower()
    if not isinstance(exc, OperationalError) or not (
        exc.connection_invalidated or "connect" in said or "server closed" in said
    ):
        return None  # a lock, a conflict: the statement failed, not the connection
    for target in (getattr(args, "to", None), getattr(args, "db", None)):
        if isinstance(target, str) and "://" in target:
            url = resolve_url(target)
            if url.get_backend_name() == "postgresql":
                return connection_refused(exc, url)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    _warn_about_transport(getattr(args, "db", None), getattr(args, "to", None))
    try:
        return handler(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(_("{app}: error: {message}", app=APP_NAME, message=error_text(exc)), file=sys.stderr)
        return 2
    except AuditorError as exc:
        print(_("{app}: error: {message}", app=APP_NAME, message=error_text(exc)), file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        refused = _server_refusal(exc, args)
        if refused is not None:  # a team server lost or refusing: plain words, its host named
            print(_("{app}: error: {message}", app=APP_NAME, message=error_text(refused)),
                  file=sys.stderr)  # fmt: skip
            return 1
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        message = _("database: {reason}", reason=reason)
        print(_("{app}: error: {message}", app=APP_NAME, message=message), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head`: not an error worth a message
        return 0
    except OSError as exc:
        print(f"{APP_NAME}: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
