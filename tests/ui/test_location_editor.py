"""A location question in the audit form: the shopper types where the visit was (a laptop has
no GPS), the card reads it back as coordinates, and the answer is stored as XLSForm's
"latitude longitude"; text that is no place is said so and stores nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.services import capture
from auditor.services.template_files import import_files
from auditor.store.db import Database, open_database
from auditor.store.models import Answer, Question
from tests.ui.typing import type_text
from ui.app import ensure_application, open_startup_database
from ui.capture.editors import LocationEditor
from ui.capture.form_window import AuditFormWindow

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _audit(tmp_path: Path) -> tuple[Database, uuid.UUID]:
    path = tmp_path / "place.sqlite"
    open_startup_database(str(path)).close()
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label", "label::Hebrew (he)", "required"])
    survey.append(["geopoint", "where", "Where were you?", "איפה היית?", "yes"])
    survey.append(["text", "remarks", "Remarks", "הערות", ""])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title"])
    settings.append(["place_visit", "Visit with a place"])
    book.save(tmp_path / "place.xlsx")
    database = open_database(path)
    with database.session() as s:
        import_files(s, [tmp_path / "place.xlsx"])
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        audit_id = capture.start_audit(
            s, "place_visit", loc.id, "Anna Kowalska", datetime(2026, 11, 20, 10, tzinfo=UTC)
        )
    return database, audit_id


def _stored(database: Database) -> object:
    with database.read_session() as s:
        return s.scalar(
            select(Answer.value).join(Question, Question.id == Answer.question_id)
            .where(Question.key == "where")
        )  # fmt: skip


def test_typed_coordinates_are_read_back_and_stored(qtbot: QtBot, tmp_path: Path) -> None:
    ensure_application()
    database, audit_id = _audit(tmp_path)
    window = AuditFormWindow(database, audit_id, "en")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    editor = window.cards["where"].editor
    assert isinstance(editor, LocationEditor)
    assert editor.hint.text() == "e.g. 52.2297, 21.0122"

    editor.line.setFocus()
    type_text(editor.line, "near the station")
    editor.commit_pending()
    assert editor.hint.text().startswith("not a location")
    assert editor.value() is None

    editor.line.clear()
    type_text(editor.line, "52,2297; 21,0122")
    assert editor.hint.text() == "52.22970° N, 21.01220° E"
    editor.commit_pending()
    qtbot.waitUntil(lambda: _stored(database) == "52.229700 21.012200")
    window.grab().save(str(ARTIFACTS / "location-editor-en.png"))
    window.close()

    again = AuditFormWindow(database, audit_id, "he")  # reopened, in Hebrew
    qtbot.addWidget(again)
    again.resize(1280, 720)
    again.show()
    qtbot.waitExposed(again)
    editor = again.cards["where"].editor
    assert isinstance(editor, LocationEditor)
    assert editor.line.text() == "52.229700, 21.012200"
    assert editor.hint.text() == "52.22970° N, 21.01220° E"
    again.grab().save(str(ARTIFACTS / "location-editor-he.png"))
    again.close()
    database.close()


def test_the_reviewer_reads_a_location_as_coordinates() -> None:
    from auditor.services.capture import QuestionView
    from ui.pages.review import answer_text

    where = QuestionView("where", "location", "Where were you?", "", True, False, False, "", "")
    assert answer_text(where, "52.229700 21.012200", False) == "52.22970° N, 21.01220° E"
    from auditor.services.capture import AnswerState
    from ui.capture.form_window import answer_text as read_back

    assert read_back(where, AnswerState("52.229700 21.012200")) == "52.22970° N, 21.01220° E"


def test_the_place_is_taken_from_a_photo_taken_there(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    with_gps, without = tmp_path / "door.jpg", tmp_path / "plain.jpg"
    exif = Image.Exif()  # what a phone writes: 33° 55' 29.64" S, 18° 25' 26.76" E
    exif[0x8825] = {1: "S", 2: (33.0, 55.0, 29.64), 3: "E", 4: (18.0, 25.0, 26.76)}
    Image.new("RGB", (16, 16), "red").save(with_gps, "JPEG", exif=exif)
    Image.new("RGB", (16, 16), "blue").save(without, "JPEG")
    ensure_application()
    database, audit_id = _audit(tmp_path)
    window = AuditFormWindow(database, audit_id, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    editor = window.cards["where"].editor
    assert isinstance(editor, LocationEditor)

    picked = [str(without)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (picked[0], ""))
    qtbot.mouseClick(editor.photo_button, Qt.MouseButton.LeftButton)
    assert editor.hint.text() == "the photo holds no location" and editor.value() is None
    picked[0] = str(with_gps)
    qtbot.mouseClick(editor.photo_button, Qt.MouseButton.LeftButton)
    assert editor.hint.text() == "33.92490° S, 18.42410° E"
    qtbot.waitUntil(lambda: _stored(database) == "-33.924900 18.424100")
    window.close()
    database.close()
