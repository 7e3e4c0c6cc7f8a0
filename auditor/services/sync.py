"""A laptop meets the team server: push what the shopper finished, pull what the office has.

Sync is audit packages with the file kept in a temporary folder: the same export, the same
checks and the same merge (`auditor.services.packages`), so a sync and a package carried on
a USB stick can never disagree. Push: submitted audits and the diaries, in batches, each
batch one transaction on the server, remembered on the laptop only once the server has
committed it, so a dropped connection loses nothing and the next sync goes on from there.
Pull: every audit the login may see that is past draft (review results among them), the
newest version of every checklist with its standards, and the corrective actions, in one
transaction on the laptop, remembered on the server only once the laptop has it.
The login's rights are the server's: a shopper pushes only their own audits.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, Cancelled
from auditor.exchange.keys import LaptopKey
from auditor.services.audits import AuditFilter
from auditor.services.packages import (
    ChecklistMemo,
    ImportPlan,
    export_package,
    import_package,
)
from auditor.store.db import Database
from auditor.store.models import Audit, AuditStatus, PackageExport

BATCH = 200  # audits per pushed transaction
Progress = Callable[[str, int, int], None]  # stage ("push" or "pull"), done, total
IsCancelled = Callable[[], bool]


@dataclass
class SyncResult:
    pushed: int = 0  # audits sent (new or changed since the last sync)
    batches: int = 0
    pushed_diaries: int = 0
    pulled: int = 0  # audits added or brought up to date on the laptop
    checklists: int = 0  # checklist versions new to the laptop
    actions: int = 0  # corrective actions added or updated on the laptop
    conflicts: int = 0  # audits changed on both sides, kept for a reviewer


def _where(db: Database) -> str:
    return db.label[:200]


def sync(
    local: Database,
    server: Database,
    *,
    key: LaptopKey,
    batch: int = BATCH,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> SyncResult:
    if server.url.get_backend_name() != "postgresql":
        raise AuditorError("sync goes to a team server (PostgreSQL)", field="--to")
    result = SyncResult()
    memos = (ChecklistMemo(), ChecklistMemo())  # the laptop's checklists, the server's
    with tempfile.TemporaryDirectory(prefix="auditor-sync-") as folder:
        _push(local, server, key, Path(folder), batch, result, progress, cancelled, memos)
        _pull(local, server, key, Path(folder), result, progress, cancelled, memos)
    return result


def _push(
    local: Database,
    server: Database,
    key: LaptopKey,
    folder: Path,
    batch: int,
    result: SyncResult,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    memos: tuple[ChecklistMemo, ChecklistMemo],
) -> None:
    mine_memo, theirs_memo = memos
    with local.read_session() as s:
        ids = list(
            s.scalars(
                select(Audit.id)
                .where(Audit.status == AuditStatus.SUBMITTED)
                .order_by(Audit.visit_start, Audit.id)
            )
        )
    target = f"sync:{_where(server)}"
    chunks = [ids[i : i + batch] for i in range(0, len(ids), batch)] or [[]]
    for number, chunk in enumerate(chunks):
        if cancelled and cancelled():
            raise Cancelled(
                "sync cancelled; {pushed} audits had been sent (they stay); sync again to go on",
                pushed=result.pushed,
            )
        path = folder / f"push-{number}.zip"
        with local.session() as mine:  # remembers what went: committed after the server's
            sent = export_package(
                mine, path, AuditFilter(status="submitted"), key=key,
                created_by=f"laptop {key.laptop_id}", since_last=True, ids=chunk,
                target=target, diaries=number == 0, compress=False, memo=mine_memo,
            )  # fmt: skip
            if sent.audits or sent.diaries:

                def step(
                    done: int, _total: int, before: int = result.pushed, audits: int = sent.audits
                ) -> None:
                    if progress:  # audits come first, then this batch's diaries
                        progress("push", before + min(done, audits), len(ids))

                with server.session() as theirs:
                    # the server login is the authority: its rules decide, the key is recorded
                    plan = import_package(theirs, path, step, cancelled, theirs_memo,
                                          authority="server")  # fmt: skip
                    held = _server_revisions(theirs, _landed(plan))
                _remember(mine, server, held)  # the laptop holds these as the server does
                result.conflicts += plan.count("conflict")
                result.batches += 1
        result.pushed += sent.audits
        result.pushed_diaries += sent.diaries
        path.unlink(missing_ok=True)


def _mark(server: Database) -> str:
    return f"held:{_where(server)}"


def _landed(plan: ImportPlan) -> list[uuid.UUID]:
    """Audits both sides now hold alike (not a conflict, not one the receiver had newer)."""
    alike = [i for i in plan.items if i.kind == "audit"]
    return [
        uuid.UUID(i.id)
        for i in alike
        if i.action in ("add", "update") or (i.action == "unchanged" and not i.detail)
    ]


def _server_revisions(theirs: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    return {
        audit_id: revision
        for audit_id, revision in theirs.execute(
            select(Audit.id, Audit.revision).where(Audit.id.in_(ids))
        )
    }


def _held(mine: Session, server: Database) -> dict[uuid.UUID, str]:
    """Per audit, the server's row revision the laptop last held it at (sent or received)."""
    return {
        audit_id: revision
        for audit_id, revision in mine.execute(
            select(PackageExport.audit_id, PackageExport.revision).where(
                PackageExport.target == _mark(server)
            )
        )
    }


def _remember(mine: Session, server: Database, revisions: dict[uuid.UUID, int]) -> None:
    if not revisions:
        return
    mark, now = _mark(server), datetime.now(UTC)
    mine.execute(
        delete(PackageExport).where(
            PackageExport.target == mark, PackageExport.audit_id.in_(list(revisions))
        )
    )
    mine.execute(
        insert(PackageExport),
        [{"target": mark, "audit_id": a, "revision": str(r), "at": now}
         for a, r in revisions.items()],
    )  # fmt: skip


def _pull(
    local: Database,
    server: Database,
    key: LaptopKey,
    folder: Path,
    result: SyncResult,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    memos: tuple[ChecklistMemo, ChecklistMemo],
) -> None:
    mine_memo, theirs_memo = memos
    path = folder / "pull.zip"
    with local.read_session() as mine:
        held = _held(mine, server)
    with server.session() as theirs:  # remembers what went: committed after the laptop's
        current = {
            audit_id: revision
            for audit_id, revision in theirs.execute(
                select(Audit.id, Audit.revision).where(Audit.status != AuditStatus.DRAFT)
            )
        }
        # what the laptop already holds as the server has it now does not travel again
        ids = [a for a, revision in current.items() if held.get(a) != str(revision)]
        may_see_actions = theirs.scalar(
            text("SELECT has_table_privilege('corrective_actions', 'SELECT')")
        )
        export_package(
            theirs, path, AuditFilter(), key=key, created_by=f"team server {_where(server)}",
            since_last=True, ids=ids, target=f"pull:{key.laptop_id}", checklists=True,
            actions=bool(may_see_actions), compress=False, memo=theirs_memo,
        )  # fmt: skip

        def step(done: int, total: int) -> None:
            if progress:
                progress("pull", done, total)

        with local.session() as mine:
            # what the server holds: the server's rules made it, the login reads it
            plan = import_package(mine, path, step, cancelled, mine_memo, authority="server")
            _remember(mine, server, {a: current[a] for a in _landed(plan) if a in current})
            result.pulled = plan.count("add") + plan.count("update")
            result.checklists = len(plan.new_templates)
            result.actions = plan.count("add", "action") + plan.count("update", "action")
            result.conflicts += plan.count("conflict")
