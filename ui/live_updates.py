"""Open lists follow other people's changes on a team server (LISTEN/NOTIFY, no polling)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from auditor.store.changes import ChangeListener
    from auditor.store.db import Database


class LiveUpdates(QObject):
    # table names joined by commas: only strings cross threads in signals
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener: ChangeListener | None = None

    def watch(self, db: Database) -> None:
        """Listen on this database's server (a SQLite file has no one else to hear from)."""
        self.stop()
        if db.url.get_backend_name() != "postgresql":
            return
        from auditor.store.changes import ChangeListener

        self.listener = ChangeListener(db.url, self._heard)
        self.listener.start(wait=0)

    @property
    def listening(self) -> bool:
        return self.listener is not None and not self.listener.error

    def _heard(self, tables: set[str]) -> None:  # the listener's thread
        self.changed.emit(",".join(sorted(tables)))

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
