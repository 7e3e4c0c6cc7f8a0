"""The bundle's own check: start the window offscreen in a language, open a database, write
a PDF from it, close cleanly. Proves the bundle carries Qt's platform plugins, the compiled
translations, the fonts and the report code, not only the command line."""

from __future__ import annotations

import os
from pathlib import Path

from auditor.errors import AuditorError
from auditor.labels import RTL_LANGUAGES


def check_window(target: str, language: str, out: Path) -> str:
    """What was checked, in one line; AuditorError says what failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt

    from auditor.reports.pdf_base import ReportOptions
    from auditor.reports.pdf_reports import write_pdf
    from auditor.services.audits import AuditFilter
    from ui.app import ensure_application, install_translations, open_startup_database
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = ensure_application()
    installed = install_translations(app, language)
    if language != "en" and not any(
        t.filePath().endswith(f"service_auditor_{language}.qm") for t in installed
    ):
        raise AuditorError("the {language} translation is not in the bundle", language=language)
    db = open_startup_database(target)
    try:
        window = MainWindow(db, Settings())
        window.show()
        app.processEvents()
        first = window.nav.item(0).text()
        if language != "en" and first == "Audits":
            raise AuditorError("the window did not start in {language}", language=language)
        mirrored = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if (language in RTL_LANGUAGES) != mirrored:
            raise AuditorError("the window's direction does not follow the language")
        with db.read_session() as session:
            write_pdf(session, "summary", out, AuditFilter(), ReportOptions(lang=language))
        if not out.read_bytes().startswith(b"%PDF"):
            raise AuditorError("the report is not a PDF", file=str(out))
        audits = window.audits_page.model.rowCount()
        window.close()
        app.processEvents()
    finally:
        db.close()
        for translator in installed:
            app.removeTranslator(translator)
    return (
        f"window ok in {language} ({first!r} first, {audits} audits listed"
        f"{', mirrored' if mirrored else ''}); PDF written: {out} ({out.stat().st_size} bytes)"
    )
