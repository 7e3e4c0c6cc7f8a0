"""Start-up after the window painted: the database opens and the audit list's first rows are
read off the UI thread (SQLAlchemy is imported there too); then the file's health check,
built-in checklists, journalled answers and today's backup run, also off the UI thread, with
the list already on screen.

A file that an opening would upgrade is checked before, on the old path that asks about a
damaged file; so is one whose check fails (the question needs the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

if TYPE_CHECKING:
    from auditor.listing import AuditListing, AuditRow
    from auditor.store.db import Database
    from ui import workers
    from ui.main_window import MainWindow
    from ui.pages.audits import FirstRows


def tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def _open_and_list(
    target: str | None, listing: AuditListing, rows: bool = True
) -> tuple[Database, FirstRows | None] | None:
    """Off the UI thread (with `rows`, the list's first rows too). None: the file must be
    opened on the UI thread (see the module's docstring)."""
    from auditor.store.db import open_database, resolve_url, sqlite_path
    from ui.database_open import needs_check_first
    from ui.pages.audits import read_first_rows

    on_file = sqlite_path(resolve_url(target)) is not None
    try:
        if needs_check_first(target):
            return None
        db = open_database(target, create=True)
    except Exception:
        if on_file:  # a damaged or foreign file: the UI thread's path says what it is
            return None
        raise
    try:
        return db, read_first_rows(db, listing) if rows else None
    except Exception:
        db.close()
        if on_file:
            return None
        raise


def _check_and_look_after(db: Database) -> tuple[str | None, list[str]]:
    """Off the UI thread: (what the health check found, or None; the status bar's notes)."""
    from auditor.store import backups
    from ui.database_open import look_after

    if db.path is not None:
        problem = backups.quick_check(db.path)
        if problem is not None:
            return problem, []
    return None, look_after(db)


class Startup(QObject):
    """Opens `target` for a window that is already on screen; `done` when it may be used."""

    done = Signal()
    failed = Signal(str)

    def __init__(self, window: MainWindow, target: str | None, demo: bool = False) -> None:
        super().__init__(window)
        self.window, self.target, self.demo = window, target, demo
        self.job: workers.Job | None = None
        self.preview: workers.Job | None = None

    def start(self) -> None:
        """Once the window has painted: the rest of it, then the database in the background."""
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._begin)
        return False

    def _begin(self) -> None:
        from auditor.paths import default_db_path
        from auditor.store import quick_list
        from ui import workers
        from ui.app import app_icon
        from ui.models.audit_table import BLOCK

        if self.window.windowIcon().isNull():
            self.window.setWindowIcon(app_icon())
        self.window.build()
        page = self.window.audits_page
        target, listing = self.target, page.model.listing
        path = quick_list.sqlite_file(target, default_db_path())

        def open_job() -> None:  # its own first rows unless the file's are on screen
            rows = not page.previewing
            self._run(lambda: _open_and_list(target, listing, rows), self._opened)

        if path is None:
            open_job()
            return
        file = path  # the list straight from the file first, then SQLAlchemy loads

        def read(listing: AuditListing, offset: int, limit: int) -> list[AuditRow]:
            return quick_list.quick_block(file, listing.language, offset, limit)

        def shown(first: FirstRows | None) -> None:
            if first is not None:  # None: an older schema or not ours, the opening decides
                page.preview(first, read)

        self.preview = workers.Job(
            lambda _p, _c: quick_list.quick_first_rows(file, listing.language, BLOCK)
        )
        self.preview.signals.succeeded.connect(shown)  # a failure is the opening's to report
        self.preview.signals.finished.connect(open_job)
        workers.start(self.preview)

    def _run(self, body: Any, then: Any) -> None:
        from ui import workers

        self.job = workers.Job(lambda _progress, _cancelled: body())
        self.job.signals.succeeded.connect(then)
        self.job.signals.failed.connect(self._failed)
        workers.start(self.job)

    def _opened(self, result: tuple[Database, FirstRows | None] | None) -> None:
        if result is None:
            self._open_on_ui_thread()
            return
        db, first = result
        if not self.window.isVisible():  # closed while the database opened
            db.close()
            return
        self.window.attach(db, "", first)
        self._run(lambda: _check_and_look_after(db), self._looked_after)

    def _open_on_ui_thread(self) -> None:
        from auditor.errors import AuditorError
        from ui.database_open import open_for_window
        from ui.errors import error_text

        try:
            db, note = open_for_window(self.window, self.target)
        except AuditorError as exc:
            self._failed(error_text(exc))
            return
        self.window.attach(db, note)
        self._finish()

    def _looked_after(self, result: tuple[str | None, list[str]]) -> None:
        problem, notes = result
        if problem is not None:  # ask on the old path: restore the newest good backup?
            path = self.window.db.path
            assert path is not None
            self.window.audits_page.model.show(self.window.audits_page.model.listing, None, 0)
            self.window.db.close()
            self.target = str(path)
            self._open_on_ui_thread()
            return
        if notes:  # answers replayed from journals show in the list with their scores
            self.window.show_message(" ".join(notes))
            self.window.audits_page.reload()
        self._finish()

    def _finish(self) -> None:
        self.job = None
        if self.demo:
            self.window.audits_page.load_demo()  # with its progress bar, in the window
        self.done.emit()

    def _failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.job = None
        QMessageBox.critical(self.window, tr("Cannot open database"), message)
        self.failed.emit(message)
