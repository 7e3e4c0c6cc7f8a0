"""Checklists > Compare versions…: one question changed in a 30-question checklist is what the
dialog shows, in words (its label, the field, the language), with the rest folded away."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from auditor.services.checklist_library import version_document
from auditor.services.templates import store_template
from tests.ui.windows import demo_window
from ui.app import ensure_application, install_translations
from ui.main_window import MainWindow
from ui.version_diff import CHANGE_ROLE, KEY_ROLE, VersionDiffDialog

BRANCH = "mystery-shopper-branch"


def _second_version(window: MainWindow) -> tuple[str, dict[str, str], list[str]]:
    """Version 2 of the branch checklist: one question's Polish label and weight changed.
    Returns the question's key, its old label and every key of the checklist."""
    with window.db.session() as s:
        doc = version_document(s, BRANCH)
        new = copy.deepcopy(doc)
        question = new["sections"][1]["questions"][2]
        old_label = dict(question["label"])
        question["label"]["pl"] = "Pracownik przeprosił za czekanie"
        question["weight"] = 2
        store_template(s, new, "test")
    keys = [sec["key"] for sec in doc["sections"]]
    keys += [q["key"] for sec in doc["sections"] for q in sec["questions"]]
    return question["key"], old_label, keys


def _compare(qtbot: QtBot, window: MainWindow) -> VersionDiffDialog:
    page = window.checklists_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.reload()
    page.table.setCurrentCell([r.name for r in page.rows].index(BRANCH), 0)
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    diff = page.diff
    assert isinstance(diff, VersionDiffDialog)
    qtbot.waitUntil(diff.isVisible)
    return diff


def test_one_changed_question_is_named_and_the_rest_folded(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, artifacts_dir: Path
) -> None:
    window = demo_window(qtbot, demo_db_file, tmp_path / "diff.sqlite")
    key, old_label, keys = _second_version(window)
    diff = _compare(qtbot, window)
    assert diff.summary.text() == "Questions: 1 changed, 0 added, 0 removed."
    rows = diff.visible_rows()
    texts = [[row.text(c) for c in range(3)] for row in rows]
    assert len(rows) <= 8, texts  # the old view listed every line of both versions: 200+
    changed = [r for r in rows if r.data(0, KEY_ROLE) == key]
    assert len(changed) == 1
    question = changed[0]
    assert question.text(0) == f"Question “{old_label['en']}”: changed"
    fields = [[question.child(i).text(c) for c in range(3)] for i in range(question.childCount())]  # type: ignore[union-attr]
    assert fields == [
        ["Question text (Polski)", old_label["pl"], "Pracownik przeprosił za czekanie"],
        ["Weight", "1", "2"],
    ]
    assert question.data(0, CHANGE_ROLE) == "changed"
    # nothing else is said to have changed, and no stored key shows
    assert sum(1 for r in rows if r.data(0, CHANGE_ROLE) in ("added", "removed")) == 0
    shown = " ".join(t for row in texts for t in row)
    assert not [k for k in keys if k in shown.split() or f"{k}." in shown]
    assert "5 more sections, unchanged" in shown
    # unfolded, the unchanged parts are there to read
    folded = next(r for r in rows if r.text(0) == "5 more sections, unchanged")
    assert folded.childCount() == 5 and not folded.isExpanded()
    diff.grab().save(str(artifacts_dir / "version-diff-en.png"))
    # the same version on both sides: no changes
    diff.left.setCurrentIndex(diff.right.currentIndex())
    assert diff.summary.text() == "No changes."
    window.close()


@pytest.mark.parametrize("language", ["pl", "he"])
def test_the_changes_in_polish_and_hebrew(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, artifacts_dir: Path, language: str
) -> None:
    from ui.settings import Settings

    app = ensure_application()
    Settings().language = language
    installed = install_translations(app, language)
    try:
        window = demo_window(qtbot, demo_db_file, tmp_path / f"{language}.sqlite")
        key, old_label, _keys = _second_version(window)
        diff = _compare(qtbot, window)
        question = next(r for r in diff.visible_rows() if r.data(0, KEY_ROLE) == key)
        # named by its (newer) label in the reader's language
        newer = "Pracownik przeprosił za czekanie" if language == "pl" else old_label[language]
        assert newer in question.text(0)
        if language == "he":
            assert diff.isRightToLeft()
        diff.grab().save(str(artifacts_dir / f"version-diff-{language}.png"))
        diff.reject()
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_values_are_words_not_stored_codes(qtbot: QtBot) -> None:
    from auditor.services.version_changes import FieldChange
    from ui.version_diff import Words

    ensure_application()
    words = Words("en", {"GREET-30": "Greeted within 30 seconds", "WAIT-5": "Waiting time"})
    assert words.change(FieldChange("standards", ["GREET-30"], ["GREET-30", "WAIT-5"])) == (
        "Standards", "Greeted within 30 seconds", "Greeted within 30 seconds; Waiting time",
    )  # fmt: skip
    assert words.change(FieldChange("kind", "yes_no", "rating")) == (
        "Kind", "Yes or no", "Rating",
    )  # fmt: skip
    assert words.change(FieldChange("na_policy", "exclude", "not_met"))[1:] == (
        "left out of the score", "not met",
    )  # fmt: skip
    assert words.change(FieldChange("critical", False, True))[1:] == ("No", "Yes")
    target = {"direction": "max", "full": 300, "zero": 900, "unit": "s"}
    assert words.change(FieldChange("target", {}, target))[1:] == (
        "—", "full points at 300 seconds or less, none from 900 seconds",
    )  # fmt: skip
    assert words.change(FieldChange("label", "Hello", "Witaj", "pl")) == (
        "Question text (Polski)", "Hello", "Witaj",
    )  # fmt: skip
    choice = FieldChange("choice_points", 1, 0.5, item="card", about={"en": "Business card"})
    assert words.change(choice) == ("Points for “Business card”", "1", "0.5")
