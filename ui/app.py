"""Start the window: application identity, translations, layout direction, first database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from auditor import __version__
from auditor.errors import AuditorError
from auditor.paths import resources_dir
from auditor.store.db import Database
from ui.database_open import open_for_window
from ui.direction import layout_direction_for
from ui.main_window import MainWindow
from ui.settings import Settings


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("ServiceAuditor")
    app.setApplicationName("service-auditor")
    app.setApplicationVersion(__version__)
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Our own strings and Qt's (dialog buttons) in the chosen language, when shipped."""
    installed = []
    ours = QTranslator(app)
    if ours.load(f"service_auditor_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    app.setLayoutDirection(layout_direction_for(language))
    return installed


def open_startup_database(target: str | None) -> Database:
    return open_for_window(None, target)[0]


def run(target: str | None = None) -> int:
    app = ensure_application()
    settings = Settings()
    install_translations(app, settings.interface_language())
    try:
        db, note = open_for_window(None, target or settings.default_database or None)
    except AuditorError as exc:
        QMessageBox.critical(None, app.translate("App", "Cannot open database"), exc.describe())
        return 1
    window = MainWindow(db, settings, note)
    window.show()
    return app.exec()
