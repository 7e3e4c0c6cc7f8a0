"""Main window: navigation on the side, one page per area, File (databases) and Tools menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QSize
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.services.scoring import recompute_scores
from auditor.store import backups
from auditor.store.db import Database
from ui import workers
from ui.backup_dialog import RestoreDialog
from ui.database_open import open_for_window
from ui.direction import isolate
from ui.live_updates import LiveUpdates
from ui.packages_ui import PackageActions
from ui.pages.actions import ActionsPage
from ui.pages.audits import AuditsPage
from ui.pages.checklists_page import ChecklistsPage
from ui.pages.dashboard import DashboardPage
from ui.pages.diaries import DiariesPage
from ui.pages.reports import ReportsPage
from ui.pages.review import ReviewPage
from ui.pages.settings_page import SettingsPage
from ui.pages.standards_page import StandardsPage
from ui.settings import Settings
from ui.widgets.job_progress import JobProgress

DB_FILTER = "Service Auditor databases (*.sqlite *.db);;All files (*)"


def _packages_in(mime: QMimeData) -> list[Path]:
    """The .zip files among what is dragged onto the window."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == ".zip"]


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: Settings | None = None, note: str = "") -> None:
        super().__init__()
        self.db = db
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Service Auditor"))
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()
        self.audits_page = AuditsPage()
        self.audits_page.message.connect(self.show_message)
        self._add_page(self.tr("Audits"), self.audits_page)
        self.review_page = ReviewPage()
        self.review_page.message.connect(self.show_message)
        self.review_page.decided.connect(lambda _id: self.audits_page.reload())
        self._add_page(self.tr("Review"), self.review_page)
        self.reports_page = ReportsPage(self.settings)
        self.reports_page.message.connect(self.show_message)
        self._add_page(self.tr("Reports"), self.reports_page)
        self.diaries_page = DiariesPage()
        self.diaries_page.message.connect(self.show_message)
        self._add_page(self.tr("Diaries"), self.diaries_page)
        self.actions_page = ActionsPage()
        self.actions_page.message.connect(self.show_message)
        self._add_page(self.tr("Actions"), self.actions_page)
        self.review_page.action_requested.connect(
            lambda prefill: self.actions_page.new_action(**prefill)
        )
        self.dashboard_page = DashboardPage()
        self.dashboard_page.message.connect(self.show_message)
        self.dashboard_page.show_audits.connect(self.show_audits)
        self.dashboard_page.action_requested.connect(
            lambda prefill: self.actions_page.new_action(**prefill)
        )
        self._add_page(self.tr("Dashboard"), self.dashboard_page)
        self.checklists_page = ChecklistsPage()
        self.checklists_page.message.connect(self.show_message)
        self._add_page(self.tr("Checklists"), self.checklists_page)
        self.standards_page = StandardsPage()
        self._add_page(self.tr("Standards"), self.standards_page)
        self.settings_page = SettingsPage(self.settings)
        self.settings_page.message.connect(self.show_message)
        self._add_page(self.tr("Settings"), self.settings_page)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.rescore_job: workers.Job | None = None
        self.job_progress = JobProgress("job")
        self.job_progress.setMaximumWidth(300)
        self.statusBar().addPermanentWidget(self.job_progress)
        self.packages = PackageActions()
        self.packages.setMaximumWidth(300)
        self.packages.message.connect(self.show_message)
        self.packages.received.connect(self._packages_received)
        self.statusBar().addPermanentWidget(self.packages)
        self.setAcceptDrops(True)
        self.live = LiveUpdates(self)
        self.live.changed.connect(self._others_changed)
        self._build_menus()
        self._database_changed(note)

    def _page_chosen(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if self.pages.currentWidget() is self.standards_page and not self.standards_page.rows:
            self.standards_page.reload()
        if self.pages.currentWidget() is self.dashboard_page and self.dashboard_page.source is None:
            self.dashboard_page.reload()
        if self.pages.currentWidget() is self.checklists_page and not self.checklists_page.rows:
            self.checklists_page.reload()
        if self.pages.currentWidget() is self.actions_page:
            self.actions_page.reload()  # verification proposals follow new reviews
        if self.pages.currentWidget() is self.review_page:
            current = self.review_page.current_id()
            self.review_page.reload(str(current) if current else None)  # new submissions

    def _packages_received(self) -> None:
        self.audits_page.reload()
        self.review_page.refresh_conflicts()
        self.dashboard_page.source = None  # read again when next shown

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _packages_in(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _packages_in(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.packages.receive(paths)

    def show_audits(self, ids: list[str], what: str) -> None:
        """The audits behind a dashboard bar or point, on the Audits page."""
        self.audits_page.show_only(ids, what)
        self.nav.setCurrentRow(self.pages.indexOf(self.audits_page))

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.nav)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_action = QAction(self.tr("&New database…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_database_dialog)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = QAction(self.tr("Fill with &demo data"), self)
        self.demo_action.triggered.connect(self.audits_page.load_demo)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.connect_action = QAction(self.tr("Connect to &team server…"), self)
        self.connect_action.triggered.connect(self.connect_dialog)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        self.send_action = QAction(self.tr("&Send audits…"), self)
        self.send_action.setStatusTip(
            self.tr("Write the submitted audits not sent yet to a signed package (.zip)")
        )
        self.send_action.triggered.connect(self.packages.send_dialog)
        self.receive_action = QAction(self.tr("Re&ceive audits…"), self)
        self.receive_action.setStatusTip(
            self.tr("Merge audit packages from shoppers or the office (or drop them here)")
        )
        self.receive_action.triggered.connect(self.packages.receive_dialog)
        self.sync_action = QAction(self.tr("S&ync with team server…"), self)
        self.sync_action.setStatusTip(
            self.tr("Send the submitted audits to the team server; bring back reviews, "
                    "checklists and actions")
        )  # fmt: skip
        self.sync_action.triggered.connect(self.sync_dialog)
        file_menu.addAction(self.send_action)
        file_menu.addAction(self.receive_action)
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("Res&tore from backup…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.rescore_action = QAction(self.tr("&Recompute all scores"), self)
        self.rescore_action.setStatusTip(
            self.tr("Score every audit again from its answers, after scoring rules changed")
        )
        self.rescore_action.triggered.connect(self.recompute_scores)
        tools_menu.addAction(self.rescore_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Service Auditor"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_databases
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        for label in recent:
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, target=label: self.switch_to(target))

    def _database_changed(self, note: str = "") -> None:
        self.settings.remember_database(self.db.label)
        label = isolate(self.db.label)
        self.setWindowTitle(self.tr("Service Auditor — %1").replace("%1", label))
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", label))
        if note:
            self.show_message(note)
        on_file = self.db.path is not None
        self.sync_action.setEnabled(on_file)  # a laptop's file meets the server
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(on_file)
            action.setStatusTip(
                "" if on_file else self.tr("A server database is backed up on the server")
            )
        if self.db.backup_path:
            self.show_message(
                self.tr("The database was upgraded; a backup was written to %1").replace(
                    "%1", isolate(str(self.db.backup_path))
                )
            )
        self.audits_page.set_database(self.db)
        self.review_page.set_database(self.db)
        self.actions_page.set_database(self.db)
        self.standards_page.set_database(self.db)
        self.dashboard_page.set_database(self.db)
        self.checklists_page.set_database(self.db)
        self.packages.db = self.db
        self.reports_page.set_database(self.db)
        self.diaries_page.set_database(self.db)
        self.live.watch(self.db)

    def _others_changed(self, names: str) -> None:
        """Someone on the team server changed data: the lists on show read it again."""
        tables = set(names.split(","))
        current = self.pages.currentWidget()
        if tables & {"audits", "answers", "reviews"}:
            self.audits_page.reload()
            if current is self.review_page:
                chosen = self.review_page.current_id()
                self.review_page.reload(str(chosen) if chosen else None)
        if "corrective_actions" in tables and current is self.actions_page:
            self.actions_page.reload()
        if tables & {"templates", "template_versions"} and self.checklists_page.rows:
            self.checklists_page.reload()
        if tables & {"diaries", "diary_events"} and current is self.diaries_page:
            self.diaries_page.reload()

    def switch_to(self, target: str | Path, create: bool = False) -> bool:
        """Open another database (a new one only from New database); on failure keep the
        current one and say why."""
        if self.rescore_job is not None:
            self.show_message(self.tr("Scores are being recomputed; wait or cancel first."))
            return False
        try:
            new_db, note = open_for_window(self, target, create=create)
        except AuditorError as exc:
            QMessageBox.critical(self, self.tr("Cannot open database"), exc.describe())
            return False
        old, self.db = self.db, new_db
        old.close()
        self._database_changed(note)
        return True

    def back_up_now(self) -> None:
        path = self.db.path
        if path is None:
            return
        try:
            target = backups.backup_now(path, root=self.settings.backup_folder)
        except (AuditorError, OSError) as exc:
            message = exc.describe() if isinstance(exc, AuditorError) else str(exc)
            QMessageBox.warning(self, self.tr("Back up now"), message)
            return
        self.show_message(self.tr("Backup written: %1").replace("%1", isolate(str(target))))

    def restore_from_backup(self) -> None:
        """Pick a backup; the database's current state is kept as a backup of its own."""
        path = self.db.path
        if path is None or self.rescore_job is not None:
            return
        root = self.settings.backup_folder
        dialog = RestoreDialog(
            backups.list_backups(path, root), backups.backup_folder(path, root), self
        )
        self.restore_dialog = dialog
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        self.audits_page.close_forms()
        self.diaries_page.close_writer()
        self.db.close()
        try:
            backups.restore(path, dialog.chosen, root)
        except AuditorError as exc:
            QMessageBox.critical(self, self.tr("Restore from backup"), exc.describe())
        try:
            self.db, note = open_for_window(self, path)
        except AuditorError as exc:
            QMessageBox.critical(self, self.tr("Cannot open database"), exc.describe())
            return
        self._database_changed(note)
        self.show_message(self.tr("Restored from %1").replace("%1", isolate(dialog.chosen.name)))

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "audits.sqlite"), DB_FILTER
        )
        if not path:
            return
        if Path(path).exists() and Path(path).stat().st_size > 0:
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr("%1 already exists; use Open database to open it.").replace("%1", path),
            )
            return
        self.switch_to(path, create=True)

    def connect_dialog(self) -> None:
        from ui.connect_dialog import ConnectDialog

        self.connect_window = ConnectDialog(self)
        self.connect_window.open()

    def sync_dialog(self) -> None:
        from ui.connect_dialog import ConnectDialog

        self.connect_window = ConnectDialog(self, for_sync=True)
        self.connect_window.open()

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()), DB_FILTER
        )
        if path:
            self.switch_to(path)

    def recompute_scores(self) -> None:
        """Score every audit of this database again, off the UI thread, in one transaction."""
        if self.rescore_job is not None:
            return
        db = self.db

        def body(progress: workers.Progress, cancelled: Callable[[], bool]) -> int:
            with db.session() as session:
                return recompute_scores(session, progress=progress, cancelled=cancelled, batch=250)

        self.rescore_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Recomputing scores…"))
        job = workers.Job(body)
        job.signals.succeeded.connect(self._recompute_done)
        job.signals.failed.connect(self.show_message)
        job.signals.finished.connect(self._recompute_finished)
        self.job_progress.follow(job)
        self.rescore_job = workers.start(job)

    def _recompute_done(self, count: int) -> None:
        self.show_message(self.tr("Scores recomputed for %1 audits.").replace("%1", str(count)))

    def _recompute_finished(self) -> None:
        self.rescore_job = None
        self.rescore_action.setEnabled(True)
        self.audits_page.reload()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _about(self) -> None:
        from ui.about import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        self.audits_page.close_forms()
        self.diaries_page.close_writer()
        running = [j for j in (self.audits_page.job, self.rescore_job) if j is not None]
        for job in running:
            job.cancel()
        if running:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10_000)
        self.db.close()
        event.accept()
