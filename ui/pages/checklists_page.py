"""Checklists page: the library with every version and how many audits use it; import
(JSON, XLSForm) and export; edit a checklist (saved as a new version, old audits keep
theirs) or start a new one; compare two versions (ui.version_diff: what changed)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.services.checklist_library import (
    ChecklistRow,
    library,
    version_document,
)
from auditor.services.templates import store_template
from auditor.store.db import Database
from auditor.store.models import ChecklistTemplate, Standard
from ui import formats
from ui.checklist_editor import ChecklistEditor
from ui.enum_labels import checklist_kind_label
from ui.errors import error_text, phrase_text
from ui.settings import Settings
from ui.version_diff import VersionDiffDialog, open_version_diff


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistsPage", text)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


class ChecklistsPage(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.rows: list[ChecklistRow] = []
        self.editor: ChecklistEditor | None = None
        self._editing_revision: int | None = None  # the checklist as the editor read it
        self.diff: VersionDiffDialog | None = None
        self.table = _table("checklistTable", [tr("Checklist"), tr("Kind"), tr("Version"),
                            tr("Questions"), tr("Audits")])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_versions(row))
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.versions = _table("versionTable", [tr("Version"), tr("Created"), tr("Questions"),
                               tr("Audits")])  # fmt: skip
        buttons = QHBoxLayout()
        self.new_button = self._button(
            buttons, tr("New checklist…"), "newChecklist", self.new_checklist
        )
        self.edit_button = self._button(buttons, tr("Edit…"), "editChecklist", self.edit_selected)
        self.compare_button = self._button(
            buttons, tr("Compare versions…"), "compareVersions", self.compare_selected
        )
        self.import_button = self._button(
            buttons, tr("Import…"), "importChecklist", self.import_dialog
        )
        self.export_button = self._button(
            buttons, tr("Export…"), "exportChecklist", self.export_dialog
        )
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(
            QLabel(
                "<b>" + tr("Versions (old audits keep the version they were filled on)") + "</b>"
            )
        )
        lv.addWidget(self.versions)
        splitter.addWidget(lower)
        splitter.setSizes([450, 250])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + tr("Checklists") + "</h2>"))
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _button(self, bar: QHBoxLayout, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def set_database(self, db: Database) -> None:
        self.db = db
        self.rows = []
        if self.isVisible():
            self.reload()

    def reload(self, keep: str = "") -> None:
        if self.db is None:
            return
        with self.db.read_session() as s:
            self.rows = library(s, Settings().interface_language())
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = [r.title or r.name, checklist_kind_label(r.kind),
                     formats.count(r.latest.number), formats.count(r.latest.questions),
                     formats.count(sum(v.audits for v in r.versions))]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()
        names = [r.name for r in self.rows]
        if self.rows:
            self.table.setCurrentCell(names.index(keep) if keep in names else 0, 0)
            self._show_versions(self.table.currentRow())

    def selected(self) -> ChecklistRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_versions(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            self.versions.setRowCount(0)
            return
        versions = list(reversed(self.rows[row].versions))
        self.versions.setRowCount(len(versions))
        for i, v in enumerate(versions):
            cells = [
                formats.count(v.number),
                formats.date_time(v.created_at),
                formats.count(v.questions),
                formats.count(v.audits),
            ]
            for column, text in enumerate(cells):
                self.versions.setItem(i, column, QTableWidgetItem(text))
        self.versions.resizeColumnsToContents()
        self.compare_button.setEnabled(len(versions) > 1)

    # -- editing -------------------------------------------------------------------------
    def _codes(self) -> set[str]:
        assert self.db is not None
        with self.db.read_session() as s:
            return set(s.scalars(select(Standard.code)))

    def _store(self, doc: dict[str, Any]) -> str:
        """Save from the editor: "" when stored, else the reason (the editor keeps it open)."""
        assert self.db is not None
        try:
            with self.db.session() as s:
                version = store_template(s, doc, "editor", expected_revision=self._editing_revision)
                saved = (version.template.name, version.version)
        except AuditorError as exc:
            return error_text(exc)
        self.reload(saved[0])
        self.message.emit(
            tr("Saved %1 version %2")
            .replace("%1", self._title(saved[0]))
            .replace("%2", formats.count(saved[1]))
        )
        return ""

    def _title(self, name: str) -> str:
        """A checklist's title in the interface language, as the list shows it."""
        return next((r.title for r in self.rows if r.name == name and r.title), name)

    def edit_selected(self) -> ChecklistEditor | None:
        row = self.selected()
        if self.db is None or row is None:
            return None
        with self.db.read_session() as s:
            doc = version_document(s, row.name)
            self._editing_revision = s.scalar(
                select(ChecklistTemplate.revision).where(ChecklistTemplate.name == row.name)
            )
        return self._open_editor(doc, new=False)

    def new_checklist(self) -> ChecklistEditor | None:
        if self.db is None:
            return None
        self._editing_revision = None
        settings = Settings()
        language = settings.interface_language()
        grades = settings.default_grade_bands()
        names = {r.name for r in self.rows}
        n = 1
        while f"checklist-{n}" in names:
            n += 1
        question = {"key": "question_1", "kind": "yes_no", "weight": 1.0,
                    "label": {language: tr("First question")}}  # fmt: skip
        section = {"key": "section_1", "title": {language: tr("Section 1")}, "weight": 1.0,
                   "questions": [question]}  # fmt: skip
        doc = {
            "format": "service-auditor/template", "format_version": 1, "name": f"checklist-{n}",
            "version": 1, "kind": "mystery_shopping", "title": {language: tr("New checklist")},
            "languages": [language], "default_language": language,
            "pass_threshold": settings.default_pass_line, "grade_bands": grades,
            "sections": [section],
        }  # fmt: skip
        return self._open_editor(doc, new=True)

    def _open_editor(self, doc: dict[str, Any], new: bool) -> ChecklistEditor:
        self.editor = ChecklistEditor(copy.deepcopy(doc), self._codes(), self._store, new, self)
        self.editor.open()
        return self.editor

    def compare_selected(self) -> VersionDiffDialog | None:
        row = self.selected()
        if self.db is None or row is None or len(row.versions) < 2:
            return None
        self.diff = open_version_diff(self.db, row, self)
        return self.diff

    # -- files ---------------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Import checklists"),
            "",
            tr("Checklists (*.json *.xlsx *.xls *.csv *.md);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> bool:
        """All files or none (one transaction); the message names what went wrong and where."""
        if self.db is None:
            return False
        from auditor.services.template_files import import_files  # openpyxl loads when used

        try:
            with self.db.session() as s:
                results = import_files(s, paths)
        except AuditorError as exc:
            self.message.emit(tr("Nothing imported: %1").replace("%1", error_text(exc)))
            return False
        self.reload(results[-1].name if results else "")
        stored = [
            tr("%1 version %2").replace("%1", self._title(r.name)).replace("%2", str(r.version))
            for r in results
            if r.version is not None
        ]
        done = tr("Imported: %1").replace("%1", ", ".join(stored) or tr("standards"))
        warnings = [phrase_text(w) for r in results for w in r.warnings]
        if warnings:  # what was left out or changed on the way in, in the window's language
            done = tr("%1. Warnings: %2").replace("%1", done).replace("%2", "; ".join(warnings))
        self.message.emit(done)
        return True

    def export_dialog(self) -> None:
        row = self.selected()
        if row is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Export checklist"), f"{row.name}.json",
            tr("JSON (*.json);;XLSForm (*.xlsx)"),
        )  # fmt: skip
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path, number: int | None = None) -> Path | None:
        row = self.selected()
        if self.db is None or row is None:
            return None
        from auditor.services.template_files import export_file  # openpyxl loads when used

        try:
            with self.db.read_session() as s:
                written = export_file(s, row.name, target, number)
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return None
        self.message.emit(tr("Exported to %1").replace("%1", str(written)))
        return written
