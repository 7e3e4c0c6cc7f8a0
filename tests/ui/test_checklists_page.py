"""The Checklists page as a quality manager uses it: add a question in the editor and save;
a new audit gets the new version while old scores stay; bad input is said beside its field
and nothing is saved until fixed; reorder, compare versions, import and export."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from auditor.services import capture
from auditor.services.checklist_library import compare_documents, version_document
from auditor.services.scoring import rescore_audit
from auditor.services.templates import latest_version
from auditor.store.db import open_database
from tests.ui.typing import type_text
from tests.ui.windows import demo_window
from ui.checklist_editor import DOC, ChecklistEditor
from ui.main_window import MainWindow
from ui.pages.checklists_page import ChecklistsPage

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
BRANCH = "mystery-shopper-branch"


def _page(qtbot: QtBot, demo: Path, tmp_path: Path) -> tuple[MainWindow, ChecklistsPage]:
    window = demo_window(qtbot, demo, tmp_path / "demo.sqlite", "checklists_page")
    page = window.checklists_page
    qtbot.waitUntil(lambda: bool(page.rows))
    page.table.setCurrentCell([r.name for r in page.rows].index(BRANCH), 0)
    return window, page


def _editor(qtbot: QtBot, page: ChecklistsPage) -> ChecklistEditor:
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    return editor


def _scores(path: str) -> dict[str, float | None]:
    with sqlite3.connect(path) as con:
        return dict(con.execute("SELECT id, score FROM audits").fetchall())


def _set_label(editor: ChecklistEditor, language: str, text: str) -> None:
    row = editor.q_labels.languages.index(language)
    editor.q_labels.item(row, 0).setText(text)


def test_a_question_added_and_saved_makes_a_new_version_old_scores_stay(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    window, page = _page(qtbot, demo_db_file, tmp_path)
    before = _scores(window.db.label)
    editor = _editor(qtbot, page)
    section = editor.tree.topLevelItem(1)  # greeting
    assert section is not None
    editor.tree.setCurrentItem(section.child(section.childCount() - 1))
    qtbot.mouseClick(
        editor.findChild(type(page.edit_button), "addQuestion"), Qt.MouseButton.LeftButton
    )
    editor.q_key.clear()
    type_text(editor.q_key, "greeted_by_name")
    editor.q_kind.setCurrentIndex(editor.q_kind.findData("yes_no"))
    _set_label(editor, "en", "Greeted me by name")
    _set_label(editor, "pl", "Powitano mnie po imieniu")
    editor.q_weight.clear()
    type_text(editor.q_weight, "2")
    type_text(editor.q_standards, "GREET-30")
    assert all(
        not label.isVisible()
        for label in editor.findChildren(QLabel)
        if label.objectName().endswith("Error")
    )
    editor.tabs.setCurrentIndex(2)  # the preview shows it as the shopper will
    preview = editor.preview_area.widget()
    assert preview is not None and "Greeted me by name" in " ".join(
        label.text() for label in preview.findChildren(QLabel)
    )
    editor.tabs.setCurrentIndex(1)
    editor.grab().save(str(ARTIFACTS / "checklist-editor-en.png"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible(), editor.status.text()

    db = open_database(window.db.label, create=False)
    try:
        with db.session() as s:
            latest = latest_version(s, BRANCH)
            assert latest.version == 2
            keys = [q.key for sec in latest.sections for q in sec.questions]
            assert "greeted_by_name" in keys
            q = next(
                q for sec in latest.sections for q in sec.questions if q.key == "greeted_by_name"
            )
            assert q.label == {"en": "Greeted me by name", "pl": "Powitano mnie po imieniu"}
            assert q.weight == 2.0 and [st.code for st in q.standards] == ["GREET-30"]
            # what the editor did not touch is kept: grade names in every language
            first = version_document(s, BRANCH, 1)
            assert version_document(s, BRANCH)["grade_bands"] == first["grade_bands"]
            assert [c for c in compare_documents(first, version_document(s, BRANCH))
                    if c.change in ("changed", "removed")] == []  # fmt: skip
            loc = capture.add_location(s, "Baltic Savings Bank", "New branch", "Gdańsk")
            new_id = capture.start_audit(s, BRANCH, loc.id, "Anna Kowalska", datetime.now(UTC))
            form = capture.load_form(s, new_id)
            assert form.version == 2 and "greeted_by_name" in [
                q.key for sec in form.sections for q in sec.questions
            ]
            old_id = next(i for i, score in before.items() if score is not None)
            assert rescore_audit(s, uuid.UUID(old_id)).score == before[old_id]
    finally:
        db.close()
    after = _scores(window.db.label)
    assert {k: v for k, v in after.items() if k in before} == before

    # the two versions compared: the new question is named as added
    page.table.setCurrentCell([r.name for r in page.rows].index(BRANCH), 0)
    assert page.versions.rowCount() == 2
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    diff = page.diff
    assert diff is not None and diff.isVisible()
    added = [
        r.text(0) for r in diff.visible_rows() if r.data(0, Qt.ItemDataRole.UserRole) == "added"
    ]
    assert added == ["Question “Greeted me by name”: added"]
    assert "1 added, 0 removed" in diff.summary.text()
    diff.grab().save(str(ARTIFACTS / "checklist-diff-en.png"))


def test_bad_input_is_said_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    window, page = _page(qtbot, demo_db_file, tmp_path)
    editor = _editor(qtbot, page)
    first = editor.tree.topLevelItem(0)
    assert first is not None and first.child(1) is not None
    editor.tree.setCurrentItem(first.child(1))
    editor.q_relevance.clear()
    type_text(editor.q_relevance, "${entrance_clean} = 'yes' and")
    assert (
        editor.q_relevance_error.isVisible() and "cannot be used" in editor.q_relevance_error.text()
    )
    editor.q_relevance.clear()
    type_text(editor.q_relevance, "${no_such_question} = 'yes'")
    assert "no_such_question" in editor.q_relevance_error.text()
    editor.q_weight.clear()
    type_text(editor.q_weight, "heavy")
    assert (
        editor.q_weight_error.isVisible()
        and "'heavy' is not a number" in editor.q_weight_error.text()
    )
    editor.q_key.clear()
    type_text(editor.q_key, "entrance_clean")  # the first question's name
    assert "already named 'entrance_clean'" in editor.q_key_error.text()
    editor.tabs.setCurrentIndex(0)
    editor.pass_line.clear()
    type_text(editor.pass_line, "120")
    assert editor.pass_error.isVisible()
    editor.grab().save(str(ARTIFACTS / "checklist-editor-errors.png"))

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.status.isVisible()
    assert "Fix the marked fields first" in editor.status.text()
    # what was typed is all still there
    assert editor.pass_line.text() == "120"
    editor.tree.setCurrentItem(first.child(1))
    assert editor.q_key.text() == "entrance_clean" and editor.q_weight.text() == "heavy"
    assert editor.q_relevance.text() == "${no_such_question} = 'yes'"
    db = open_database(window.db.label, create=False)
    try:
        with db.read_session() as s:
            assert latest_version(s, BRANCH).version == 1
    finally:
        db.close()
    editor.reject()


def test_reorder_by_keyboard_keeps_each_sections_questions(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    _window, page = _page(qtbot, demo_db_file, tmp_path)
    editor = _editor(qtbot, page)
    first = editor.tree.topLevelItem(0)
    assert first is not None
    keys = [first.child(i).data(0, DOC)["key"] for i in range(first.childCount())]
    editor.tree.setCurrentItem(first.child(0))
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = [first.child(i).data(0, DOC)["key"] for i in range(first.childCount())]
    assert moved == [keys[1], keys[0], *keys[2:]]
    doc = editor.document()
    assert [q["key"] for q in doc["sections"][0]["questions"]] == moved
    # a section moved down keeps its questions
    qtbot.mouseClick(
        editor.findChild(type(page.edit_button), "moveDown"), Qt.MouseButton.LeftButton
    )
    editor.tree.setCurrentItem(first)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.tree.indexOfTopLevelItem(first) == 1 and first.childCount() == len(keys)
    assert [s["key"] for s in editor.document()["sections"]][:2] == ["greeting", "premises"]
    editor.reject()


def test_import_export_and_a_bad_file_changes_nothing(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    window, page = _page(qtbot, demo_db_file, tmp_path)
    messages: list[str] = []
    page.message.connect(messages.append)
    out = page.export_to(tmp_path / "branch.json")
    assert out is not None
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["name"] == BRANCH and len(doc["sections"]) == 6
    assert page.export_to(tmp_path / "branch.xlsx") is not None
    doc["title"]["en"] = "Branch visit, 2027 edition"
    doc["sections"][0]["questions"][0]["weight"] = 3
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    bad = tmp_path / "bad.json"
    broken = json.loads(changed.read_text(encoding="utf-8"))
    broken["name"] = "another"
    broken["sections"][0]["questions"][0]["kind"] = "telepathy"
    bad.write_text(json.dumps(broken), encoding="utf-8")

    assert not page.import_paths([changed, bad])  # one bad file: nothing at all
    assert "telepathy" in messages[-1] and "bad.json" in messages[-1]
    db = open_database(window.db.label, create=False)
    try:
        with db.read_session() as s:
            assert latest_version(s, BRANCH).version == 1
        assert page.import_paths([changed])
        with db.read_session() as s:
            assert latest_version(s, BRANCH).version == 2
            assert version_document(s, BRANCH)["title"]["en"] == "Branch visit, 2027 edition"
            rows = compare_documents(version_document(s, BRANCH, 1), version_document(s, BRANCH))
    finally:
        db.close()
    assert {r.change for r in rows} == {"same", "changed"}
    assert row_titles(page) and "Branch visit, 2027 edition" in row_titles(page)


def row_titles(page: ChecklistsPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_a_new_checklist_starts_from_the_settings_pass_line_and_grades(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    window, page = _page(qtbot, demo_db_file, tmp_path)
    settings = window.settings_page
    settings.pass_line.setText("150")
    settings.grades.setText("0 Weak; seventy Good")
    assert not settings.save()
    assert not settings.errors["pass_line"].isHidden() and not settings.errors["grades"].isHidden()
    assert "seventy Good" in settings.errors["grades"].text()
    settings.pass_line.setText("75")
    settings.grades.setText("0 Weak; 60 Fair; 85 Strong")
    assert settings.save()

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    doc = editor.document()
    assert doc["pass_threshold"] == 75.0
    assert [(b["min"], b["label"]["en"]) for b in doc["grade_bands"]] == [
        (0.0, "Weak"), (60.0, "Fair"), (85.0, "Strong"),
    ]  # fmt: skip
    editor.name.setText("shop-floor-walk")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible(), editor.status.text()
    assert "shop-floor-walk" in [r.name for r in page.rows]
