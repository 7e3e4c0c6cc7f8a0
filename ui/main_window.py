"""Main window: navigation on the side, one page per area, File (databases) and Tools menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.errors import error_text, show_error
from ui.settings import Settings

if TYPE_CHECKING:  # built after the window painted (pages: when first shown)
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from auditor.store.db import Database
    from ui import workers
    from ui.live_updates import LiveUpdates
    from ui.packages_ui import PackageActions
    from ui.pages.actions import ActionsPage
    from ui.pages.audits import AuditsPage, FirstRows
    from ui.pages.checklists_page import ChecklistsPage
    from ui.pages.dashboard import DashboardPage
    from ui.pages.diaries import DiariesPage
    from ui.pages.reports import ReportsPage
    from ui.pages.review import ReviewPage
    from ui.pages.settings_page import SettingsPage
    from ui.pages.standards_page import StandardsPage
    from ui.startup import Startup
    from ui.widgets.job_progress import JobProgress

PageT = TypeVar("PageT", bound=QWidget)
PAGES = (
    "audits",
    "review",
    "reports",
    "diaries",
    "actions",
    "dashboard",
    "checklists",
    "standards",
    "settings",
)

DB_FILTER = "Service Auditor databases (*.sqlite *.db);;All files (*)"


def _packages_in(mime: QMimeData) -> list[Path]:
    """The .zip files among what is dragged onto the window."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == ".zip"]


class MainWindow(QMainWindow):
    """The window is built without touching the database: with `db` None it paints at once
    and `attach` gives it one later (the start-up path); pages other than Audits are built
    the first time they are shown or asked for."""

    def __init__(
        self, db: Database | None = None, settings: Settings | None = None, note: str = ""
    ) -> None:
        super().__init__()
        self._db = db
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Service Auditor"))
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        titles = {
            "audits": self.tr("Audits"),
            "review": self.tr("Review"),
            "reports": self.tr("Reports"),
            "diaries": self.tr("Diaries"),
            "actions": self.tr("Actions"),
            "dashboard": self.tr("Dashboard"),
            "checklists": self.tr("Checklists"),
            "standards": self.tr("Standards"),
            "settings": self.tr("Settings"),
        }
        for name in PAGES:
            QListWidgetItem(titles[name], self.nav)
            self.pages.addWidget(QLabel())  # stands in until the page is first shown
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        # the menus' titles now, their actions after the paint: the content does not move
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.startup: Startup | None = None  # the opening after the first paint, if any
        self.complete = False
        if db is None:
            self.statusBar().showMessage(self.tr("Opening the database…"))
            self.nav.setEnabled(False)
            self.menuBar().setEnabled(False)
        else:
            self.build()
            self._database_changed(note)

    def build(self) -> None:
        """Everything but the frame: the Audits page, status bar, menus (after the first
        paint when the window starts without a database)."""
        if self.complete:
            return
        from ui.live_updates import LiveUpdates
        from ui.packages_ui import PackageActions
        from ui.pages.audits import AuditsPage
        from ui.widgets.job_progress import JobProgress

        self.audits_page: AuditsPage = AuditsPage()
        self.audits_page.message.connect(self.show_message)
        self._place("audits", self.audits_page)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setCurrentRow(0)
        self.rescore_job: workers.Job | None = None
        self.job_progress: JobProgress = JobProgress("job")
        self.job_progress.setMaximumWidth(300)
        self.statusBar().addPermanentWidget(self.job_progress)
        self.packages: PackageActions = PackageActions()
        self.packages.setMaximumWidth(300)
        self.packages.message.connect(self.show_message)
        self.packages.received.connect(self._packages_received)
        self.statusBar().addPermanentWidget(self.packages)
        self.setAcceptDrops(True)
        self.live: LiveUpdates = LiveUpdates(self)
        self.live.changed.connect(self._others_changed)
        self._build_menus()
        self.apply_role()
        self.complete = True
        if self._db is None:
            self.menuBar().setEnabled(False)

    @property
    def db(self) -> Database:
        assert self._db is not None, "the window has no database yet"
        return self._db

    @db.setter
    def db(self, db: Database) -> None:
        self._db = db

    def attach(self, db: Database, note: str = "", first: FirstRows | None = None) -> None:
        """The database the start-up opened after the window painted (`first`: the audit
        list's first rows, read with it)."""
        self._db = db
        self.build()
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._database_changed(note, first)

    # Pages built when first needed (imports included): the window paints before any of them.

    def _place(self, name: str, page: QWidget) -> None:
        index = PAGES.index(name)
        stand_in = self.pages.widget(index)
        assert stand_in is not None
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self.pages.setCurrentIndex(current)
        self._built[name] = page

    def _page(self, name: str, build: Callable[[], PageT]) -> PageT:
        page = self._built.get(name)
        if page is None:
            page = build()
            if hasattr(page, "message"):
                page.message.connect(self.show_message)
            self._place(name, page)
            if self._db is not None and hasattr(page, "set_database"):
                page.set_database(self._db)
        return page  # type: ignore[return-value]

    def built(self, name: str) -> QWidget | None:
        """A page if it was built already (lists are read again only where they are shown)."""
        return self._built.get(name)

    @property
    def review_page(self) -> ReviewPage:
        def build() -> ReviewPage:
            from ui.pages.review import ReviewPage

            page = ReviewPage()
            page.decided.connect(lambda _id: self.audits_page.reload())
            page.action_requested.connect(lambda prefill: self.actions_page.new_action(**prefill))
            return page

        return self._page("review", build)

    @property
    def reports_page(self) -> ReportsPage:
        def build() -> ReportsPage:
            from ui.pages.reports import ReportsPage

            return ReportsPage(self.settings)

        return self._page("reports", build)

    @property
    def diaries_page(self) -> DiariesPage:
        def build() -> DiariesPage:
            from ui.pages.diaries import DiariesPage

            return DiariesPage()

        return self._page("diaries", build)

    @property
    def actions_page(self) -> ActionsPage:
        def build() -> ActionsPage:
            from ui.pages.actions import ActionsPage

            return ActionsPage()

        return self._page("actions", build)

    @property
    def dashboard_page(self) -> DashboardPage:
        def build() -> DashboardPage:
            from ui.pages.dashboard import DashboardPage

            page = DashboardPage()
            page.show_audits.connect(self.show_audits)
            page.action_requested.connect(lambda prefill: self.actions_page.new_action(**prefill))
            return page

        return self._page("dashboard", build)

    @property
    def checklists_page(self) -> ChecklistsPage:
        def build() -> ChecklistsPage:
            from ui.pages.checklists_page import ChecklistsPage

            return ChecklistsPage()

        return self._page("checklists", build)

    @property
    def standards_page(self) -> StandardsPage:
        def build() -> StandardsPage:
            from ui.pages.standards_page import StandardsPage

            return StandardsPage()

        return self._page("standards", build)

    @property
    def settings_page(self) -> SettingsPage:
        def build() -> SettingsPage:
            from ui.pages.settings_page import SettingsPage

            return SettingsPage(self.settings)

        return self._page("settings", build)

    def _page_chosen(self, index: int) -> None:
        name = PAGES[index]
        if name != "audits":
            getattr(self, f"{name}_page")  # built on first show
        self.pages.setCurrentIndex(index)
        if name == "standards" and not self.standards_page.rows:
            self.standards_page.reload()
        if name == "dashboard" and self.dashboard_page.source is None:
            self.dashboard_page.reload()
        if name == "checklists" and not self.checklists_page.rows:
            self.checklists_page.reload()
        if name == "actions":
            self.actions_page.reload()  # verification proposals follow new reviews
        if name == "review":
            current = self.review_page.current_id()
            self.review_page.reload(str(current) if current else None)  # new submissions

    def _packages_received(self) -> None:
        self.audits_page.reload()
        if self.built("review"):
            self.review_page.refresh_conflicts()
        if self.built("dashboard"):
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

    def password_dialog(self) -> None:
        from ui.password_dialog import PasswordDialog

        if PasswordDialog(self.db, self).exec():
            self.show_message(self.tr("Your password is changed."))

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.nav)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QMenu

        file_menu = self.file_menu
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
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.setStatusTip(self.tr("Your own password on the team server"))
        self.password_action.triggered.connect(self.password_dialog)
        file_menu.addAction(self.password_action)
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

        tools_menu = self.tools_menu
        self.rescore_action = QAction(self.tr("&Recompute all scores"), self)
        self.rescore_action.setStatusTip(
            self.tr("Score every audit again from its answers, after scoring rules changed")
        )
        self.rescore_action.triggered.connect(self.recompute_scores)
        tools_menu.addAction(self.rescore_action)

        help_menu = self.help_menu
        about = QAction(self.tr("&About Service Auditor"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # what a shopper is not offered: decisions, the office's pages and the Tools menu
    SHOPPER_HIDES = ("review", "reports", "actions", "dashboard", "checklists", "standards")

    def apply_role(self) -> None:
        """Offer what this laptop's role uses (Settings.role, asked by the welcome): a
        shopper sees her audits, diaries and settings, no decisions and no manager menus.
        What anyone may do is enforced by the workflow where data enters, not here."""
        shopper = self.settings.role == "shopper"
        for name in self.SHOPPER_HIDES:
            item = self.nav.item(PAGES.index(name))
            if item is not None:
                item.setHidden(shopper)
        self.tools_menu.menuAction().setVisible(not shopper)
        for button in (self.audits_page.accept_button, self.audits_page.return_button):
            button.setVisible(not shopper)
        if shopper and PAGES[self.nav.currentRow()] in self.SHOPPER_HIDES:
            self.nav.setCurrentRow(PAGES.index("audits"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_databases
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        for label in recent:
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, target=label: self.switch_to(target))

    def _database_changed(self, note: str = "", first: FirstRows | None = None) -> None:
        from ui.direction import isolate

        self.settings.remember_database(self.db.label)
        label = isolate(self.db.label)
        self.setWindowTitle(self.tr("Service Auditor — %1").replace("%1", label))
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", label))
        if note:
            self.show_message(note)
        on_file = self.db.path is not None
        self.sync_action.setEnabled(on_file)  # a laptop's file meets the server
        self.password_action.setEnabled(not on_file)
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
        self.audits_page.set_database(self.db, first)
        for name, page in self._built.items():
            if name != "audits" and hasattr(page, "set_database"):
                page.set_database(self.db)
        self.packages.db = self.db
        self.live.watch(self.db)

    def _others_changed(self, names: str) -> None:
        """Someone on the team server changed data: the lists on show read it again."""
        tables = set(names.split(","))
        current = self.pages.currentWidget()
        if tables & {"audits", "answers", "reviews"}:
            self.audits_page.reload()
            if current is self.built("review"):
                chosen = self.review_page.current_id()
                self.review_page.reload(str(chosen) if chosen else None)
        if "corrective_actions" in tables and current is self.built("actions"):
            self.actions_page.reload()
        shown_before = self.built("checklists") is not None and self.checklists_page.rows
        if tables & {"templates", "template_versions"} and shown_before:
            self.checklists_page.reload()
        if tables & {"diaries", "diary_events"} and current is self.built("diaries"):
            self.diaries_page.reload()

    def switch_to(self, target: str | Path, create: bool = False) -> bool:
        """Open another database (a new one only from New database); on failure keep the
        current one and say why."""

        from auditor.errors import AuditorError
        from ui.database_open import open_for_window

        if self.rescore_job is not None:
            self.show_message(self.tr("Scores are being recomputed; wait or cancel first."))
            return False
        try:
            new_db, note = open_for_window(self, target, create=create)
        except AuditorError as exc:
            show_error(self, self.tr("Cannot open database"), exc)
            return False
        old, self.db = self.db, new_db
        old.close()
        self._database_changed(note)
        return True

    def back_up_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from auditor.errors import AuditorError
        from auditor.store import backups
        from ui.direction import isolate

        path = self.db.path
        if path is None:
            return
        try:
            target = backups.backup_now(path, root=self.settings.backup_folder)
        except (AuditorError, OSError) as exc:
            message = error_text(exc)
            QMessageBox.warning(self, self.tr("Back up now"), message)
            return
        self.show_message(self.tr("Backup written: %1").replace("%1", isolate(str(target))))

    def restore_from_backup(self) -> None:
        """Pick a backup; the database's current state is kept as a backup of its own."""

        from auditor.errors import AuditorError
        from auditor.store import backups
        from ui.backup_dialog import RestoreDialog
        from ui.database_open import open_for_window
        from ui.direction import isolate

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
        if self.built("diaries"):
            self.diaries_page.close_writer()
        self.db.close()
        try:
            backups.restore(path, dialog.chosen, root)
        except AuditorError as exc:
            show_error(self, self.tr("Restore from backup"), exc)
        try:
            self.db, note = open_for_window(self, path)
        except AuditorError as exc:
            show_error(self, self.tr("Cannot open database"), exc)
            return
        self._database_changed(note)
        self.show_message(self.tr("Restored from %1").replace("%1", isolate(dialog.chosen.name)))

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

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
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()), DB_FILTER
        )
        if path:
            self.switch_to(path)

    def recompute_scores(self) -> None:
        """Score every audit of this database again, off the UI thread, in one transaction."""
        from ui import workers

        if self.rescore_job is not None:
            return
        db = self.db

        def body(progress: workers.Progress, cancelled: Callable[[], bool]) -> int:
            from auditor.services.scoring import recompute_scores

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
        running = [self.startup.job] if self.startup is not None and self.startup.job else []
        if self.complete:
            self.live.stop()
            self.audits_page.close_forms()
            if self.built("diaries"):
                self.diaries_page.close_writer()
            running += [j for j in (self.audits_page.job, self.rescore_job) if j is not None]
        for job in running:
            job.cancel()
        if running:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10_000)
        if self._db is not None:
            self._db.close()
        event.accept()
