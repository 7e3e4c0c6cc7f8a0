"""Every page and dialog, as its reader sees it in each of the five languages at 1280 x 720:
no text wider than the space it is drawn in, every chart's value axis drawing its numbers,
no English left in a translated language (names and numbers aside), no stored key or enum
value on screen. Screenshots go to test-artifacts/screens/<screen>-<language>.png.

One window per language on one copy of the demo database; each screen is read once per
language and kept, so the English reading of a screen is there when a translation of it is
compared with it."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.store import models
from auditor.store.db import open_database
from tests.ui.screen_checks import (
    EDITED,
    TYPED,
    Finding,
    Snapshot,
    StoredKeys,
    has_words,
    read_screen,
)
from ui.app import ensure_application, install_translations, open_startup_database
from ui.main_window import PAGES, MainWindow
from ui.settings import Settings

LANGUAGES = ("en", "pl", "sl", "bg", "he")
SIZE = (1280, 720)
BRANCH = "mystery-shopper-branch"
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"

# Words a translation rightly leaves as they are: names of products, measures and formats,
# and words some of the languages write as English does ("" for every language). They are
# taken out of a text before it is compared with English, as the names of people, places and
# organisations the database holds are; each must still be needed somewhere, or it goes.
ALLOWED: dict[tuple[str, str], str] = {
    ("", "Service Auditor"): "the product's name",
    ("", "NPS"): "Net Promoter Score, a measure's name",
    ("", "CSAT"): "customer satisfaction score, a measure's name",
    ("", "CES"): "customer effort score, a measure's name",
    ("", "PNG|PDF|XLSX|CSV"): "file formats",
    ("", "SMS"): "written so in every one of the languages",
    ("", "English|Polski|Slovenščina|Български|עברית"): "each language in its own words",
    ("", r"\$\{\w+\} = '\w+'|\. >= 0 and \. <= 100"): "examples of the rule syntax",
    ("pl", "OK"): "Polish writes it so",
    ("pl", "Port|Login"): "the Polish words for a server's port and login",
    ("pl", "Status|Standard|Format|E-mail"): "the Polish word",
    ("sl", "Status|Standard"): "the Slovenian word",
    ("pl", "mm:ss"): "minutes:seconds, as Polish abbreviates them",
    ("sl", "mm:ss"): "minutes:seconds, as Slovenian abbreviates them",
}


# Where a screen shows a checklist's own words in each of its languages, a row per language
# (a full match of the path; each must still be shown somewhere, or it goes).
CONTENT: dict[str, str] = {
    r"version-diff/diffTree:cell\[[\d.]+,[12]\](:tip)?": "the two versions' wording, a row per "
    "language of the checklist",
}

# Keys shown on purpose, where the reader needs the key itself (a full match; each must
# still be shown somewhere, or it goes).
KEYS_ON_PURPOSE: dict[str, str] = {}


# -- the screens ---------------------------------------------------------------------------


@dataclass
class Run:
    """The window of one language at a time, and every screen read so far."""

    demo: Path
    language: str = ""
    window: MainWindow | None = None
    installed: list[QTranslator] = field(default_factory=list)
    snapshots: dict[tuple[str, str], Snapshot] = field(default_factory=dict)
    keys: StoredKeys | None = None
    names: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    allowed_used: set[tuple[str, str]] = field(default_factory=set)
    keys_used: set[str] = field(default_factory=set)
    content_used: set[str] = field(default_factory=set)

    def window_in(self, language: str) -> MainWindow:
        Settings().language = language  # pages read it when they load
        if self.window is not None and self.language == language:
            # each test starts on the system's locale (conftest): the app's is the language's
            QLocale.setDefault(QLocale(language))
            return self.window
        self.close()
        app = ensure_application()
        self.installed = install_translations(app, language)
        self.language = language
        window = MainWindow(open_startup_database(str(self.demo)))
        window.resize(*SIZE)
        window.show()
        self.window = window
        settle()
        return window

    def close(self) -> None:
        app = ensure_application()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            settle()
        for translator in self.installed:
            app.removeTranslator(translator)
        self.installed = []
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def wait_for(qtbot: QtBot, done: Callable[[], bool], timeout: int = 30_000) -> None:
    qtbot.waitUntil(done, timeout=timeout)
    settle()


def show_page(qtbot: QtBot, window: MainWindow, name: str) -> QWidget:
    window.resize(*SIZE)  # a page before may have pushed it wider
    window.nav.setCurrentRow(PAGES.index(name))
    page = getattr(window, f"{name}_page")
    settle()
    wait_for(qtbot, lambda: getattr(page, "job", None) is None)
    if name == "dashboard":
        wait_for(qtbot, lambda: page.view is not None and page.job is None)
    for table_name in ("queue", "table"):
        table = getattr(page, table_name, None)
        if isinstance(table, QTableWidget) and table.rowCount() and table.currentRow() < 0:
            table.setCurrentCell(0, 0)  # the first row's detail, as a user opens it
    settle()
    return window


def through_modal(
    qtbot: QtBot, open_it: Callable[[], object], read: Callable[[QWidget], None]
) -> None:
    """A dialog the window runs with exec(): read it while it is up, then close it."""
    seen: list[bool] = []
    over: list[bool] = []  # the wait ended: no stray look reads a later test's dialog

    def look() -> None:
        if over:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        settle()
        try:
            read(dialog)
        finally:
            seen.append(True)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    QTimer.singleShot(0, look)
    try:
        open_it()
        wait_for(qtbot, lambda: bool(seen), 10_000)
    finally:
        over.append(True)


def shown(dialog: QWidget) -> QWidget:
    dialog.show()
    settle()
    return dialog


def _package(run: Run, tmp: Path) -> tuple[Any, list[Any]]:
    """A shopper's signed package, as the office reads it: her unknown key, then the plan."""
    if "package" not in run.extras:
        from auditor.exchange import keys
        from auditor.services import packages, trust
        from tests.exchange.test_packages import _shopper_audit, _valid_answers, fresh

        shopper = fresh(tmp / "shopper.sqlite")
        _shopper_audit(shopper, _valid_answers(shopper), submit=True)
        target = tmp / "anna.zip"
        with shopper.session() as s:
            packages.export_package(s, target, key=keys.load_or_create(),
                                    created_by="Anna Kowalska")  # fmt: skip
        shopper.close()
        office = fresh(tmp / "office.sqlite")
        sender = None
        try:
            with office.read_session() as s:
                package, plan, _docs = packages.plan_import(s, target)
                package.close()
        except packages.UnknownSender as unknown:
            sender = unknown.sender
            with office.session() as s:
                trust.trust_key(s, sender.public_key, sender.person, "shopper")
            with office.read_session() as s:
                package, plan, _docs = packages.plan_import(s, target)
                package.close()
        office.close()
        if sender is None:
            laptop = keys.load_or_create()
            sender = trust.Sender("Anna Kowalska", laptop.public_text,
                                  keys.fingerprint(laptop.public_text), "unknown")  # fmt: skip
        run.extras["package"] = (sender, [plan])
    return run.extras["package"]  # type: ignore[no-any-return]


def _dialogs(
    run: Run, qtbot: QtBot, window: MainWindow, tmp: Path
) -> dict[str, Callable[[Callable[[QWidget], None]], None]]:
    """Each dialog, opened as the window opens it, handed to `read` while it is up."""

    def direct(make: Callable[[], QWidget]) -> Callable[[Callable[[QWidget], None]], None]:
        def go(read: Callable[[QWidget], None]) -> None:
            dialog = shown(make())
            try:
                read(dialog)
            finally:
                dialog.close()
                dialog.deleteLater()
                settle()

        return go

    def modal(open_it: Callable[[], object]) -> Callable[[Callable[[QWidget], None]], None]:
        return lambda read: through_modal(qtbot, open_it, read)

    def about() -> QWidget:
        from ui.about import AboutDialog

        return AboutDialog(window)

    def restore() -> QWidget:
        from auditor.store import backups
        from ui.backup_dialog import RestoreDialog

        path, root = window.db.path, window.settings.backup_folder
        assert path is not None
        if not backups.list_backups(path, root):
            backups.backup_now(path, root=root)
        return RestoreDialog(
            backups.list_backups(path, root), backups.backup_folder(path, root), window
        )

    def restore_confirm(read: Callable[[QWidget], None]) -> None:
        """The question Restore asks before it replaces the database (answered No)."""
        dialog = restore()
        assert isinstance(dialog, QDialog)
        shown(dialog)
        try:
            through_modal(qtbot, dialog.accept, read)
        finally:
            dialog.close()
            dialog.deleteLater()
            settle()

    def damaged(read: Callable[[QWidget], None]) -> None:
        """What opening a damaged file asks: restore its newest good backup? (answered No)"""
        from auditor.store import backups
        from ui.database_open import check_or_restore

        root = tmp / "backups"
        Settings().backup_folder = str(root)  # the same folder for every test of the module
        path = tmp / "damaged.sqlite"
        if not path.exists():
            shutil.copy(run.demo, path)
            backups.backup_now(path, root=root)
            with path.open("r+b") as fh:  # pages overwritten, the same way each run
                fh.seek(4096)
                fh.write(bytes(range(256)) * 256)
        through_modal(qtbot, lambda: check_or_restore(window, path), read)

    def connect(for_sync: bool) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from ui.connect_dialog import ConnectDialog

            return ConnectDialog(window, for_sync=for_sync)

        return make

    def password() -> QWidget:
        from ui.password_dialog import PasswordDialog

        return PasswordDialog(window.db, window)

    def trust_dialog() -> QWidget:
        from ui.trust_dialog import TrustDialog

        return TrustDialog(_package(run, tmp)[0], window)

    def preview() -> QWidget:
        from ui.packages_ui import PreviewDialog

        return PreviewDialog(_package(run, tmp)[1], window)

    def conflicts() -> QWidget:
        from ui.packages_ui import ConflictDialog

        return ConflictDialog(window.db, "Maria Nowak", window)

    def welcome() -> QWidget:
        from ui.welcome import WelcomeDialog

        dialog = WelcomeDialog()
        run.extras.setdefault("welcome", []).append(dialog)
        return dialog

    def add_location() -> QWidget:
        from ui.capture.start_dialog import AddLocationDialog

        return AddLocationDialog(["Baltic Savings Bank"], window)

    def editor_tab(index: int) -> Callable[[Callable[[QWidget], None]], None]:
        def go(read: Callable[[QWidget], None]) -> None:
            page = window.checklists_page
            show_page(qtbot, window, "checklists")
            page.table.setCurrentCell([r.name for r in page.rows].index(BRANCH), 0)
            editor = page.edit_selected()  # a checklist written in all five languages
            assert editor is not None
            editor.tabs.setCurrentIndex(index)
            settle()
            try:
                read(editor)
            finally:
                editor.reject()  # the page keeps it (and replaces it on the next edit)
                page.table.setCurrentCell(0, 0)
                settle()

        return go

    def version_diff(read: Callable[[QWidget], None]) -> None:
        page = window.checklists_page
        show_page(qtbot, window, "checklists")
        row = [r.name for r in page.rows].index(BRANCH)
        page.table.setCurrentCell(row, 0)
        diff = page.compare_selected()
        assert diff is not None
        settle()
        try:
            read(diff)
        finally:
            diff.close()  # the page keeps it, as after a user closes it
            page.table.setCurrentCell(0, 0)
            settle()

    def form(read: Callable[[QWidget], None], breakdown: bool = False) -> None:
        from ui.capture.form_window import AuditFormWindow

        audit = AuditFormWindow(window.db, run.extras["draft"], run.language)
        audit.resize(*SIZE)
        audit.show()
        settle()
        try:
            if breakdown:
                audit.show_breakdown()
                settle()
                read(audit.breakdown)
                audit.breakdown.close()
            else:
                read(audit)
        finally:
            audit.close()
            audit.deleteLater()
            settle()

    def on_page(name: str, action: str) -> Callable[[], object]:
        def open_it() -> object:
            show_page(qtbot, window, name)
            return getattr(getattr(window, f"{name}_page"), action)()

        return open_it

    return {
        "about": direct(about),
        "restore": direct(restore),
        "restore-confirm": restore_confirm,
        "damaged": damaged,
        "connect": direct(connect(False)),
        "sync": direct(connect(True)),
        "password": direct(password),
        "trust": direct(trust_dialog),
        "package-preview": direct(preview),
        "conflicts": direct(conflicts),
        "welcome": direct(welcome),
        "start-audit": modal(on_page("audits", "new_audit")),
        "add-location": direct(add_location),
        "new-action": modal(on_page("actions", "new_action")),
        "new-diary": modal(on_page("diaries", "new_diary")),
        "checklist-editor": editor_tab(1),
        "checklist-editor-settings": editor_tab(0),
        "checklist-editor-preview": editor_tab(2),
        "version-diff": version_diff,
        "audit-form": form,
        "breakdown": lambda read: form(read, breakdown=True),
    }


DIALOGS = (
    "about", "restore", "restore-confirm", "damaged", "connect", "sync", "password", "trust",
    "package-preview", "conflicts", "welcome", "start-audit", "add-location", "new-action",
    "new-diary", "checklist-editor", "checklist-editor-settings", "checklist-editor-preview",
    "version-diff", "audit-form", "breakdown",
)  # fmt: skip
SCREENS = (*PAGES, *DIALOGS)


# -- what the database holds -------------------------------------------------------------


def stored_keys(path: Path) -> tuple[StoredKeys, list[str]]:
    """Keys that must not be shown, and the names and typed texts that rightly stay as typed."""
    import enum

    from auditor.services.diaries import CHANNELS

    whole: set[str] = {*LANGUAGES, *CHANNELS, "yes", "no"}  # and a yes/no answer's values
    for value in vars(models).values():  # every enum the store keeps: statuses, kinds, roles
        if isinstance(value, type) and issubclass(value, enum.Enum) and value is not enum.Enum:
            whole.update(str(member.value) for member in value)
    db = open_database(path, create=False)
    try:
        with db.read_session() as s:

            def column(attribute: Any) -> set[str]:
                return {str(v) for v in s.scalars(select(attribute).distinct()) if v}

            for attribute in (models.Section.key, models.Question.key, models.Choice.key,
                              models.TemplateVersion.kind, models.DiaryEvent.channel,
                              models.Standard.triad, models.Standard.quality_kind,
                              models.Standard.servqual_dimension, models.Standard.office,
                              models.Question.na_policy):  # fmt: skip
                whole.update(column(attribute))
            slugs = column(models.ChecklistTemplate.name)
            typed = (
                select(models.Answer.value)
                .join(models.Question)
                .where(models.Question.kind == models.QuestionKind.TEXT)
            )
            answers = {v for v in s.scalars(typed.distinct()) if isinstance(v, str) and v}
            names: set[str] = set()
            for attribute in (models.Organisation.name, models.Location.name, models.Location.city,
                              models.Location.code, models.Location.department,
                              models.Location.address, models.Person.name,
                              models.Audit.observed_staff, models.Audit.narrative,
                              models.Answer.comment, models.Attachment.name, models.Diary.title,
                              models.Diary.purpose, models.DiaryEvent.place,
                              models.DiaryEvent.organisation, models.DiaryEvent.description,
                              models.DiaryEvent.feeling, models.Review.notes,
                              models.CorrectiveAction.title, models.CorrectiveAction.description,
                              models.CorrectiveAction.owner, models.CorrectiveAction.done_note,
                              models.Standard.code):  # fmt: skip
                names.update(column(attribute))
            names.update(answers)  # what shoppers wrote
    finally:
        db.close()
    names.update({str(path), path.name, "Anna Kowalska", "Maria Nowak", "Baltic Savings Bank",
                  "localhost"})  # fmt: skip
    from ui.about import components

    for part in components():  # the libraries and fonts the app ships: names and licences
        names.update({part.name, part.version, part.licence, part.text})
    return StoredKeys(frozenset(whole), frozenset(slugs)), sorted(names, key=len, reverse=True)


def conflict(path: Path, tmp: Path) -> None:
    """An audit a shopper and the office both changed since it was last sent: the review
    queue's conflict, for the Conflicts dialog to show."""
    from auditor.exchange import keys
    from auditor.services import capture, packages
    from tests.exchange.enrolment import enrol
    from tests.exchange.test_packages import _shopper_audit, _valid_answers, fresh

    laptop = keys.load_or_create(tmp / "keys" / "anna.json")
    shopper, office = fresh(tmp / "anna.sqlite"), open_database(path, create=False)
    try:
        enrol(office, laptop, "Anna Kowalska", "shopper")
        answers = _valid_answers(shopper)
        audit_id = _shopper_audit(shopper, answers, submit=False)
        yes = [k for k, v in answers.items() if v == "yes"]
        with shopper.session() as s:
            packages.export_package(s, tmp / "1.zip", key=laptop)
        with office.session() as s:
            packages.import_package(s, tmp / "1.zip")
        for db, key, who in ((shopper, yes[0], "Anna Kowalska"), (office, yes[1], "Maria Nowak")):
            with db.session() as s:
                capture.AnswerWriter(s, audit_id).save(s, key, capture.AnswerState("no"), who)
        with shopper.session() as s:
            packages.export_package(s, tmp / "2.zip", key=laptop)
        with office.session() as s:
            packages.import_package(s, tmp / "2.zip")
    finally:
        shopper.close()
        office.close()


def second_version(path: Path) -> uuid.UUID:
    """The branch checklist edited once, so its versions can be compared, and a draft audit
    on the edited version (kept apart from the built-in one, which opening the database
    installs again, by that audit). Returns the draft."""
    from auditor.services import capture
    from auditor.services.checklist_library import version_document
    from auditor.services.templates import store_template

    db = open_database(path, create=False)
    try:
        with db.session() as s:
            doc = version_document(s, BRANCH)
            question = doc["sections"][0]["questions"][0]
            question["label"] = {k: v + " (2)" for k, v in question["label"].items()}
            question["weight"] = float(question.get("weight", 1)) + 1
            store_template(s, doc, "screens")
            location = s.scalars(select(models.Location).order_by(models.Location.name)).first()
            assert location is not None
            draft = capture.start_audit(
                s, BRANCH, location.id, "Anna Kowalska", datetime(2026, 12, 1, 10, tzinfo=UTC)
            )
        from tests.exchange.test_packages import _valid_answers

        answers = list(_valid_answers(db).items())
        with db.session() as s:  # half answered: chosen buttons as a reopened draft shows them
            writer = capture.AnswerWriter(s, draft)
            for key, value in answers[: len(answers) // 2]:
                writer.save(s, key, capture.AnswerState(value), "Anna Kowalska")
        return draft
    finally:
        db.close()


# -- reading --------------------------------------------------------------------------------


def read(run: Run, qtbot: QtBot, screen: str, language: str, tmp: Path) -> Snapshot:
    key = (screen, language)
    if key in run.snapshots:
        return run.snapshots[key]
    window = run.window_in(language)
    assert run.keys is not None
    taken: list[Snapshot] = []

    run.extras.pop("size", None)

    def look(top: QWidget) -> None:
        run.extras["size"] = (top.width(), top.height())
        SHOTS.mkdir(parents=True, exist_ok=True)
        top.grab().save(str(SHOTS / f"{screen}-{language}.png"))
        taken.append(read_screen(top, screen, language))

    if screen in PAGES:
        show_page(qtbot, window, screen)
        window.resize(*SIZE)
        settle()
        look(window)
    else:
        _dialogs(run, qtbot, window, tmp)[screen](look)
        for dialog in run.extras.pop("welcome", []):
            for translator in dialog.installed:
                QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
            dialog.deleteLater()
        if screen == "welcome":  # it installed its language again: the window's stays
            app = ensure_application()
            app.setLayoutDirection(window.layoutDirection())
    assert taken, f"{screen} was not shown"
    snap = taken[0]
    if screen in PAGES:
        too_big(snap, window, getattr(window, f"{screen}_page"))
    else:  # a dialog, or the audit form's own window
        width, height = run.extras["size"]
        if width > SIZE[0] or height > SIZE[1]:
            snap.wrong("too wide", screen, "", f"it is {width}x{height}, past a 1280x720 screen")
    if language in RTL:
        for path, text in snap.texts.items():
            if not path.endswith((TYPED, EDITED)) and unisolated_path(text):
                snap.wrong("bidi", path, text, "a path shown without isolating it: its slashes "
                           "move to the other end in right-to-left text")  # fmt: skip
    for path, text in snap.texts.items():
        if path.endswith((TYPED, EDITED)):
            continue
        leaked = run.keys.leaked(text, english=language == "en")
        if not leaked or any(name in text and leaked in name for name in run.names):
            continue
        purpose = [p for p in KEYS_ON_PURPOSE if re.fullmatch(p, text)]
        if purpose:
            run.keys_used.update(purpose)
            continue
        snap.wrong("stored key", path, text, f"shows {leaked!r}")
    run.snapshots[key] = snap
    return snap


RTL = ("he",)
HEBREW = re.compile(r"[\u0590-\u05ff]")
ISOLATED = re.compile(r"\u2068[^\u2069]*\u2069|\u2066[^\u2069]*\u2069")
PATH = re.compile(r"(?<![\w.])(?:/[\w.@-]+){2,}/?|\w+://\S+")


def unisolated_path(text: str) -> bool:
    """A file path or address inside right-to-left words, not in a directional isolate."""
    return bool(HEBREW.search(text)) and bool(PATH.search(ISOLATED.sub(" ", text)))


def too_big(snap: Snapshot, window: MainWindow, page: QWidget) -> None:
    """A page whose layout needs more than a 1280x720 window leaves it (the window then grows
    past the screen, for every page: a stack is as large as its largest page)."""
    room_w = window.pages.width() - (window.width() - SIZE[0])
    room_h = window.pages.height() - (window.height() - SIZE[1])
    need = page.minimumSizeHint().expandedTo(page.minimumSize())
    if need.width() > room_w or need.height() > room_h:
        snap.wrong("too wide", snap.screen, "",
                   f"the page needs {need.width()}x{need.height()} px; a 1280x720 window "
                   f"leaves it {room_w}x{room_h}")  # fmt: skip


def wording(text: str) -> str:
    """A text without its numbers, dates and times: what the words of a message are."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"\S*\d\S*", " ", text))
    return " ".join(w for w in words if w not in ("AM", "PM"))


# a key's fingerprint as people read it aloud (ZBOJ-RCPZ-XGHJ-NTFP): letters by chance, no words
KEY_CODE = re.compile(r"[A-Z0-9]{4}(?:-[A-Z0-9]{4}){2,}")


def english_left(run: Run, snap: Snapshot, english: Snapshot) -> list[Finding]:
    """Texts shown as English shows them, in a translated language."""
    found = []
    allowed = [k for k in ALLOWED if k[0] in ("", snap.language)]
    for path, text in snap.texts.items():
        source = english.texts.get(path)
        if source is None or not has_words(text, run.names) or KEY_CODE.fullmatch(text):
            continue
        if source != text and wording(source) != wording(text):
            continue  # (the same words around other numbers and dates are still English)
        if path.endswith(EDITED):
            continue  # what the user wrote, in the language the row is for
        content = [c for c in CONTENT if re.fullmatch(c, path)]
        if content:
            run.content_used.update(content)
            continue
        if path.endswith(TYPED) and run.keys is not None and run.keys.leaked(text):
            continue  # a key in the field that edits it
        rest, used = text, []
        for k in allowed:
            rest, count = re.subn(rf"(?<!\w)(?:{k[1]})(?!\w)", " ", rest)
            if count:
                used.append(k)
        if used and not has_words(rest, run.names):
            run.allowed_used.update(used)
            continue
        found.append(Finding(snap.screen, snap.language, "English", path, text))
    return found


def compiled_translations() -> None:
    """The window's translations as the sources now say (scripts/setup.sh compiles them the
    same way): a .qm older than its .ts would test yesterday's words."""
    import subprocess
    import sys

    from auditor.paths import resources_dir

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((resources_dir() / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="module")
def run(
    demo_db_file: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Run]:
    compiled_translations()
    folder = tmp_path_factory.mktemp("screens")
    copy = folder / "screens.sqlite"
    shutil.copy(demo_db_file, copy)
    ensure_application()
    conflict(copy, folder)
    draft = second_version(copy)
    result = Run(copy)
    result.extras["draft"] = draft
    result.keys, result.names = stored_keys(copy)
    result.extras["tmp"] = folder
    params = [
        getattr(getattr(item, "callspec", None), "params", {}) for item in request.session.items
    ]
    chosen = {p["screen"] for p in params if "screen" in p}  # all, unless -k chose some
    result.extras["chosen"] = [screen for screen in SCREENS if screen in chosen] or SCREENS
    yield result
    result.close()
    write_findings(result)


def write_findings(run: Run) -> None:
    """Everything found, by screen, beside the screenshots (test-artifacts/screens)."""
    import json

    found: list[Finding] = []
    for (screen, language), snap in sorted(run.snapshots.items()):
        found += snap.findings
        english = run.snapshots.get((screen, "en"))
        if language != "en" and english is not None:
            found += english_left(run, snap, english)
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = SHOTS / "findings.json"
    read_now = {f"{screen}|{language}" for screen, language in run.snapshots}
    try:  # a run of some screens (-k) keeps what an earlier run found on the others
        kept = [r for r in json.loads(target.read_text())
                if f"{r['screen']}|{r['language']}" not in read_now]  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        kept = []
    rows = kept + [f.__dict__ for f in found]
    target.write_text(json.dumps(rows, ensure_ascii=False, indent=1))


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    """Grouped by language: one window for every screen of a language."""
    return str(request.param)


@pytest.mark.parametrize("screen", SCREENS)
def test_screen_reads_well_in_the_language(
    run: Run, qtbot: QtBot, language: str, screen: str
) -> None:
    tmp = run.extras["tmp"]
    if (screen, "en") not in run.snapshots:  # every chosen screen in English, one window
        for each in run.extras["chosen"]:
            read(run, qtbot, each, "en", tmp)
    english = read(run, qtbot, screen, "en", tmp)
    snap = read(run, qtbot, screen, language, tmp)
    found = list(snap.findings)
    if language != "en":
        found += english_left(run, snap, english)
    assert not found, f"{screen} in {language}:\n" + "\n".join(f.line() for f in found)


def test_every_allowed_text_is_still_shown(run: Run, qtbot: QtBot) -> None:
    """The allow-lists hold only what some screen still shows."""
    tmp = run.extras["tmp"]
    for language in LANGUAGES[1:]:
        for screen in SCREENS:
            english = read(run, qtbot, screen, "en", tmp)
            english_left(run, read(run, qtbot, screen, language, tmp), english)
    unused = sorted(set(ALLOWED) - run.allowed_used)
    assert not unused, f"allowed but never shown: {unused}"
    unused_content = sorted(set(CONTENT) - run.content_used)
    assert not unused_content, f"content paths allowed but never shown: {unused_content}"
    unused_keys = sorted(set(KEYS_ON_PURPOSE) - run.keys_used)
    assert not unused_keys, f"keys allowed but never shown: {unused_keys}"


def test_the_checks_see_what_they_look_for(qtbot: QtBot) -> None:
    """The reading itself: a label cut short, a value axis drawing blanks, a key on screen."""
    from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    ensure_application()
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    cut = QLabel("Standards failed most often")
    cut.setFixedWidth(60)
    layout.addWidget(cut)
    layout.addWidget(QLabel("mystery_shopping"))
    chart = QChart()
    series = QLineSeries()
    for x, y in ((0, 10), (1, 50), (2, 90)):
        series.append(x, y)
    chart.addSeries(series)
    blank, numbered = QValueAxis(), QValueAxis()
    blank.setRange(0, 100)
    blank.setLabelFormat(" ")  # visible, and drawing nothing
    numbered.setRange(0, 2)
    chart.addAxis(blank, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(numbered, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(blank)
    series.attachAxis(numbered)
    view = QChartView(chart)
    view.setObjectName("chart")
    layout.addWidget(view)
    top.resize(500, 400)
    top.show()
    qtbot.waitExposed(top)
    settle()
    snap = read_screen(top, "check", "en")
    kinds = {(f.kind, f.path.rsplit("/", 1)[-1]) for f in snap.findings}
    assert ("too wide", "QLabel#0") in kinds
    assert ("no tick labels", "chart:axis[0]") in kinds
    assert not any(f.path.endswith("chart:axis[1]") for f in snap.findings), snap.findings
    keys = StoredKeys(frozenset({"draft"}), frozenset({"mystery-shopper-branch"}))
    assert keys.leaked(snap.texts["check/QLabel#1"]) == "mystery_shopping"
    assert keys.leaked("draft") == "draft" and keys.leaked("draft", english=True) == ""
    assert keys.leaked("Oddział Sopot · mystery-shopper-branch") == "mystery-shopper-branch"
    assert keys.leaked("Status u nas: draft.") == "draft"  # a stored value in a sentence
    assert keys.leaked("The draft is kept.", english=True) == ""  # an English word in English
    assert keys.leaked("${other_question} = 'yes'") == ""  # the rule syntax's own example
    assert unisolated_path("הסיסמה החדשה שלך עבור /home/anna/audits.sqlite")
    assert not unisolated_path("הסיסמה החדשה שלך עבור \u2068/home/anna/audits.sqlite\u2069")
    assert not unisolated_path("Your new password for /home/anna/audits.sqlite")
