"""Start the window: application identity, translations, layout direction, first database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from auditor import __version__
from auditor.labels import RTL_LANGUAGES
from auditor.paths import default_db_path, resources_dir
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.startup import Startup

if TYPE_CHECKING:
    from auditor.store.db import Database
    from ui.welcome import WelcomeChoice


def ensure_application(icon: bool = True) -> QApplication:
    """The application, named; `icon`: its icon now (the start-up sets it after the first
    paint: the SVG icon engine loads in a few milliseconds of its own)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("ServiceAuditor")
    app.setApplicationName("service-auditor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("service-auditor")  # resources/service-auditor.desktop
    if icon and app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "service-auditor.svg"))


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Our own strings and Qt's (dialog buttons) in the chosen language, when shipped."""
    installed = []
    ours = QTranslator(app)
    if ours.load(f"service_auditor_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    if language != "en":  # Qt's own strings are written in English
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            installed.append(qt)
    if language in RTL_LANGUAGES or app.isRightToLeft():  # left to right is Qt's default
        from ui.direction import layout_direction_for  # (Qt's enums: 15 ms before a paint)

        app.setLayoutDirection(layout_direction_for(language))
    QLocale.setDefault(QLocale(language))  # dates and numbers as the language writes them
    return installed


def open_startup_database(target: str | None) -> Database:
    """Opened on the calling thread, every check done (tests and the bundle's selfcheck)."""
    from ui.database_open import open_for_window

    return open_for_window(None, target)[0]


def ask_welcome() -> WelcomeChoice | None:
    """The first run's questions; None when the user closed the welcome."""
    from ui.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    accepted = dialog.exec() == WelcomeDialog.DialogCode.Accepted
    app = ensure_application()
    for translator in dialog.installed:  # start_window installs the chosen language again
        app.removeTranslator(translator)  # type: ignore[arg-type]
    return dialog.choice() if accepted else None


def is_first_run(target: str | None, settings: Settings) -> bool:
    """No database named, none chosen in the settings, none in the user data folder."""
    return target is None and not settings.default_database and not default_db_path().exists()


def start_window(
    target: str | None = None, ask: Callable[[], WelcomeChoice | None] = ask_welcome
) -> MainWindow | None:
    """The window on screen before the database opens (None: the welcome was closed);
    `window.startup` opens it in the background and says `done` or `failed`."""
    app = ensure_application(icon=False)
    settings = Settings()
    choice = None
    if is_first_run(target, settings):
        choice = ask()
        if choice is None:
            return None
        from ui.welcome import remember

        remember(choice, settings)
    install_translations(app, settings.interface_language())
    window = MainWindow(None, settings)
    window.show()
    demo = choice is not None and choice.demo
    window.startup = Startup(window, target or settings.default_database or None, demo)
    window.startup.failed.connect(window.close)  # the user was told why
    window.startup.start()
    return window


def run(target: str | None = None) -> int:
    app = ensure_application(icon=False)
    window = start_window(target)
    if window is None:
        return 1 if not is_first_run(target, Settings()) else 0
    failed: list[str] = []
    assert window.startup is not None
    window.startup.failed.connect(failed.append)
    status = app.exec()
    return 1 if failed else status
