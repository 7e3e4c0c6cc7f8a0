"""Packages in the window: Send audits writes the submitted audits not sent yet; Receive
(or a dropped .zip) previews what will change, then imports; a conflict shows in the review
queue and is merged answer by answer there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from auditor.exchange import keys
from auditor.services import capture, packages
from tests.exchange.enrolment import enrol
from tests.exchange.test_packages import _answers, _shopper_audit, _valid_answers, fresh
from tests.ui.windows import open_window
from ui.main_window import MainWindow
from ui.packages_ui import ConflictDialog, PreviewDialog
from ui.settings import Settings
from ui.trust_dialog import TrustDialog

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    return open_window(qtbot, path, (1300, 850))


def test_send_then_receive_by_dropping_the_file_with_a_preview(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shopper_db = fresh(tmp_path / "shopper.sqlite")
    audit_id = _shopper_audit(shopper_db, _valid_answers(shopper_db), submit=True)
    draft = _shopper_audit(shopper_db, {}, submit=False)
    shopper_db.close()
    fresh(tmp_path / "office.sqlite").close()
    Settings().shopper_name = "Anna Kowalska"

    shopper = _window(qtbot, tmp_path / "shopper.sqlite")
    messages: list[str] = []
    shopper.packages.message.connect(messages.append)
    target = tmp_path / "out" / "anna.zip"
    job = shopper.packages.send(target)
    assert job is not None
    qtbot.waitUntil(lambda: shopper.packages.job is None, timeout=20_000)
    assert target.exists() and "1 audits" in messages[-1], messages
    # sent once: the next Send finds nothing new, says so and writes nothing
    again = tmp_path / "out" / "again.zip"
    shopper.packages.send(again)
    qtbot.waitUntil(lambda: shopper.packages.job is None, timeout=20_000)
    assert messages[-1] == (
        "Nothing to send: every submitted audit has been sent already. No package was written."
    )
    told = shopper.packages.nothing_box
    assert told is not None and told.isVisible() and told.text() == messages[-1]
    assert not again.exists() and sorted(p.name for p in again.parent.iterdir()) == ["anna.zip"]
    told.accept()

    office = _window(qtbot, tmp_path / "office.sqlite")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    office.dropEvent(drop)
    # Anna's laptop key is not enrolled at the office yet: its code, and trust defaults to No
    qtbot.waitUntil(lambda: isinstance(office.packages.trust_dialog, TrustDialog),
                    timeout=20_000)  # fmt: skip
    asked = office.packages.trust_dialog
    qtbot.waitUntil(asked.isVisible)
    code = asked.findChild(QLabel, "trustCode").text()
    assert code == keys.fingerprint(keys.load_or_create().public_text)
    assert not asked.trust.isEnabled() and asked.refuse.isDefault()
    asked.grab().save(str(ARTIFACTS / "package-trust-en.png"))
    asked.compared.setChecked(True)  # she read the same code aloud
    qtbot.mouseClick(asked.trust, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(office.packages.preview, PreviewDialog), timeout=20_000)
    preview = office.packages.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert preview.table.rowCount() == 1
    assert preview.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == "add"
    assert "Anna Kowalska" in preview.summary.text() and "1 to add" in preview.summary.text()
    # the audit by its checklist's title, not its stored name
    shown = preview.table.item(0, 1).text()
    assert "Mystery shopper: branch or shop visit" in shown and "mystery-shopper" not in shown
    ARTIFACTS.mkdir(exist_ok=True)
    preview.grab().save(str(ARTIFACTS / "package-preview-en.png"))
    assert "Shopper" in preview.summary.text()  # the enrolled role
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    audits = office.audits_page.model
    qtbot.waitUntil(lambda: office.packages.job is None and audits.rowCount() == 1, timeout=20_000)
    assert str(office.audits_page.model.row_at(0).id) == str(audit_id)
    assert str(draft) not in office.audits_page.shown_ids()  # drafts stay on the laptop
    Settings().shopper_name = ""


def test_a_conflict_is_resolved_in_the_review_queue(qtbot: QtBot, tmp_path: Path) -> None:
    laptop = keys.load_or_create(tmp_path / "keys" / "anna.json")
    office_key = keys.load_or_create(tmp_path / "keys" / "office.json")
    shopper_db, office_db = fresh(tmp_path / "shopper.sqlite"), fresh(tmp_path / "office.sqlite")
    enrol(office_db, laptop, "Anna Kowalska", "shopper")
    answers = _valid_answers(shopper_db)
    audit_id = _shopper_audit(shopper_db, answers, submit=False)
    with shopper_db.session() as s:
        packages.export_package(s, tmp_path / "1.zip", key=laptop)
    with office_db.session() as s:
        packages.import_package(s, tmp_path / "1.zip")
    yes_no = [k for k, v in answers.items() if v == "yes"]
    with shopper_db.session() as s:
        capture.AnswerWriter(s, audit_id).save(
            s, yes_no[0], capture.AnswerState("no"), "Anna Kowalska"
        )
    with office_db.session() as s:
        capture.AnswerWriter(s, audit_id).save(
            s, yes_no[1], capture.AnswerState("no"), "Quality Manager"
        )
    with shopper_db.session() as s:
        packages.export_package(s, tmp_path / "2.zip", key=laptop)
    with office_db.session() as s:
        packages.import_package(s, tmp_path / "2.zip")
    shopper_db.close()
    office_db.close()
    del office_key

    office = _window(qtbot, tmp_path / "office.sqlite")
    office.nav.setCurrentRow(office.pages.indexOf(office.review_page))
    page = office.review_page
    assert page.conflicts_button.isVisible() and page.conflicts_button.text().startswith("1 ")
    qtbot.mouseClick(page.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = page.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 2
    asked = [dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    assert set(asked) == {yes_no[0], yes_no[1]}
    assert dialog.table.item(0, 0).text() != asked[0]  # the question's words, not its key
    row = asked.index(yes_no[0])
    pick = dialog.table.cellWidget(row, 3)
    assert isinstance(pick, QComboBox)
    pick.setCurrentIndex(pick.findData("incoming"))
    dialog.grab().save(str(ARTIFACTS / "package-conflict-en.png"))
    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and not dialog.merge.isEnabled()
    assert not page.conflicts_button.isVisible()
    merged = _answers(office.db, audit_id)
    assert merged[yes_no[0]] == "no" and merged[yes_no[1]] == "no"


def test_the_preview_in_hebrew_reads_right_to_left_with_titles(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from ui.app import ensure_application, install_translations

    laptop = keys.load_or_create(tmp_path / "keys" / "anna.json")
    shopper_db, office_db = fresh(tmp_path / "shopper.sqlite"), fresh(tmp_path / "office.sqlite")
    enrol(office_db, laptop, "Anna Kowalska", "shopper")
    _shopper_audit(shopper_db, _valid_answers(shopper_db), submit=True)
    with shopper_db.session() as s:
        packages.export_package(s, tmp_path / "anna.zip", key=laptop)
    shopper_db.close()
    office_db.close()
    app = ensure_application()
    Settings().language = "he"
    installed = install_translations(app, "he")
    try:
        office = _window(qtbot, tmp_path / "office.sqlite")
        office.packages.receive([tmp_path / "anna.zip"])
        qtbot.waitUntil(lambda: isinstance(office.packages.preview, PreviewDialog),
                        timeout=20_000)  # fmt: skip
        preview = office.packages.preview
        assert preview is not None
        qtbot.waitUntil(preview.isVisible)
        assert preview.isRightToLeft()
        assert preview.summary.text().startswith('<div dir="rtl">')
        shown = preview.table.item(0, 1).text()
        assert "קונה סמוי: ביקור בסניף או בחנות" in shown and "mystery-shopper" not in shown
        assert "2.11.2026" in shown  # the day as Hebrew writes it
        preview.grab().save(str(ARTIFACTS / "package-preview-he.png"))
        preview.reject()
        office.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
