"""Checklists > Compare versions…: what changed between two versions, not two dumps side by
side. A tree of the changes, each named in words (a question by its label, a field by its
name, a label change by its language, standards by their titles), the older value beside
the newer; sections and questions that did not change are folded into one line each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from auditor.labels import LANGUAGE_NAMES, pick_label
from auditor.services.checklist_library import ChecklistRow, version_document
from auditor.services.version_changes import (
    FieldChange,
    QuestionChange,
    SectionChange,
    VersionChanges,
    compare_versions,
)
from auditor.store.db import Database
from auditor.store.models import Standard
from ui import formats
from ui.enum_labels import checklist_kind_label, question_kind_label
from ui.settings import Settings

COLOURS = {"changed": "#fff3c4", "added": "#d9f2d9", "removed": "#f8d7da"}
CHANGE_ROLE = Qt.ItemDataRole.UserRole  # "added", "removed", "changed", "same"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the section's or question's key (never shown)


def tr(text: str) -> str:
    return QCoreApplication.translate("VersionDiff", text)


def field_name(name: str) -> str:
    names = {
        "title": tr("Title"),
        "description": tr("Description"),
        "kind": tr("Kind"),
        "languages": tr("Languages"),
        "default_language": tr("Main language"),
        "pass_threshold": tr("Pass mark"),
        "grade_bands": tr("Grades"),
        "max_na_percent": tr("Most N/A answers allowed"),
        "weight": tr("Weight"),
        "relevance": tr("Asked only when"),
        "label": tr("Question text"),
        "help": tr("Help text"),
        "critical": tr("Critical"),
        "critical_scope": tr("A critical failure fails"),
        "required": tr("Must be answered"),
        "na_allowed": tr("N/A allowed"),
        "na_policy": tr("N/A counts as"),
        "standards": tr("Standards"),
        "scale": tr("Scale"),
        "target": tr("Target"),
        "constraint": tr("Answer must satisfy"),
        "choice": tr("Choice"),
        "choice_order": tr("Order of the choices"),
        "position": tr("Place in its section"),
        "section": tr("Section"),
    }
    return names.get(name, tr("Other setting"))


def change_name(change: str) -> str:
    return {
        "added": tr("added"),
        "removed": tr("removed"),
        "changed": tr("changed"),
        "same": tr("no changes"),
    }.get(change, change)


class Words:
    """Values in words, in the interface language."""

    def __init__(self, language: str, standards: dict[str, str]) -> None:
        self.language = language
        self.standards = standards  # code -> title

    def label(self, labels: Any) -> str:
        return pick_label(labels, self.language) if isinstance(labels, dict) else str(labels)

    def number(self, value: Any) -> str:
        return formats.points(float(value))

    def value(self, name: str, value: Any, checklist: bool = False) -> str:
        """A field's value as the reader reads it ("—" where there is none); `checklist`:
        a field of the checklist itself (its kind is a checklist's kind)."""
        if value is None or value in ("", [], {}):
            return "—"
        if isinstance(value, bool):
            return tr("Yes") if value else tr("No")
        if name == "kind":
            return (
                checklist_kind_label(str(value)) if checklist else question_kind_label(str(value))
            )
        if name in ("pass_threshold", "max_na_percent"):
            return formats.percent(float(value), 0)
        if name in ("languages", "default_language"):
            codes = value if isinstance(value, list) else [value]
            return ", ".join(LANGUAGE_NAMES.get(str(c), str(c)) for c in codes)
        if name == "standards":
            return "; ".join(self.standards.get(str(c), str(c)) for c in value)
        if name == "grade_bands":
            return "; ".join(
                f"{self.number(b.get('min', 0))}: {self.label(b.get('label') or {})}" for b in value
            )
        if name == "na_policy":
            return {
                "exclude": tr("left out of the score"),
                "met": tr("met"),
                "not_met": tr("not met"),
                "not_allowed": tr("not allowed"),
            }.get(str(value), str(value))
        if name == "critical_scope":
            return {"section": tr("its section"), "audit": tr("the whole audit")}.get(
                str(value), str(value)
            )
        if name == "scale" and isinstance(value, dict):
            return self.scale(value)
        if name == "target" and isinstance(value, dict):
            return self.target(value)
        if name in ("section", "choice") or isinstance(value, dict):
            return self.label(value)
        if isinstance(value, int | float):
            return self.number(value)
        return str(value)

    def scale(self, scale: dict[str, Any]) -> str:
        low, high = scale.get("min", 1), scale.get("max", 5)
        text = f"{self.number(low)}–{self.number(high)}"
        anchors = scale.get("anchors") or {}
        if anchors:
            text += " (" + "; ".join(
                f"{point}: {self.label(words)}" for point, words in anchors.items()
            ) + ")"  # fmt: skip
        return text

    def unit(self, unit: str) -> str:
        return {"s": tr("seconds"), "min": tr("minutes"), "%": "%"}.get(unit, unit)

    def target(self, target: dict[str, Any]) -> str:
        unit = self.unit(str(target.get("unit", "")))
        full, zero = target.get("full"), target.get("zero")
        if full is None or zero is None:
            return "—"
        text = (
            tr("full points at %1 %3 or less, none from %2 %3")
            if target.get("direction", "max") == "max"
            else tr("full points at %1 %3 or more, none at %2 %3 or less")
        )
        return (
            text.replace("%1", self.number(full))
            .replace("%2", self.number(zero))
            .replace("%3", unit)
            .replace("  ", " ")
        )

    def change(self, change: FieldChange, checklist: bool = False) -> tuple[str, str, str]:
        """(what, before, after) of one field's change."""
        what = field_name(change.field)
        if change.field == "choice":
            # a choice by its words: the label before or after, in the reader's language
            if change.language:
                what = (
                    tr("Choice “%1” (%2)")
                    .replace("%1", self.label(change.about))
                    .replace("%2", LANGUAGE_NAMES.get(change.language, change.language))
                )
                return what, change.old or "—", change.new or "—"
            return what, self.value("choice", change.old), self.value("choice", change.new)
        if change.field == "choice_points":
            what = tr("Points for “%1”").replace("%1", self.label(change.about))
            return what, self.value("", change.old), self.value("", change.new)
        if change.field == "choice_order":
            return what, tr("as before"), tr("changed")
        if change.language:
            what = f"{what} ({LANGUAGE_NAMES.get(change.language, change.language)})"
            return what, change.old or "—", change.new or "—"
        return (
            what,
            self.value(change.field, change.old, checklist),
            self.value(change.field, change.new, checklist),
        )


class VersionDiffDialog(QDialog):
    """The changes between two versions of a checklist (the last two at first)."""

    def __init__(
        self,
        name: str,
        docs: dict[int, dict[str, Any]],
        parent: QWidget | None = None,
        *,
        standards: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("versionDiff")
        self.setWindowTitle(tr("Compare versions of %1").replace("%1", name))
        self.resize(1100, 650)
        self.docs = docs
        self.words = Words(Settings().interface_language(), standards or {})
        self.changes: VersionChanges | None = None
        numbers = sorted(docs)
        self.left = QComboBox()
        self.left.setObjectName("diffLeft")
        self.right = QComboBox()
        self.right.setObjectName("diffRight")
        for combo in (self.left, self.right):
            for n in numbers:
                combo.addItem(tr("version %1").replace("%1", str(n)), n)
        self.left.setCurrentIndex(max(0, len(numbers) - 2))
        self.right.setCurrentIndex(len(numbers) - 1)
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("diffTree")
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("From")))
        top.addWidget(self.left)
        top.addWidget(QLabel(tr("to")))
        top.addWidget(self.right)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.left.currentIndexChanged.connect(self.refresh)
        self.right.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # -- filling -----------------------------------------------------------------------------
    def refresh(self) -> None:
        a, b = self.left.currentData(), self.right.currentData()
        self.changes = changes = compare_versions(self.docs[a], self.docs[b])
        self.tree.clear()
        self.tree.setHeaderLabels(
            [tr("What"), tr("version %1").replace("%1", str(a)),
             tr("version %1").replace("%1", str(b))]
        )  # fmt: skip
        if changes.checklist:
            top = self._item(None, tr("The checklist"), "", "", "changed")
            for change in changes.checklist:
                self._field(top, change, checklist=True)
            top.setExpanded(True)
        same = [s for s in changes.sections if s.change == "same"]
        for section in changes.sections:
            if section.change != "same":
                self._section(None, section)
        if same and not changes.nothing():  # folded into one line
            rest = self._item(
                None,
                tr("%1 more sections, unchanged").replace("%1", str(len(same))),
                "", "", "same",
            )  # fmt: skip
            for section in same:
                self._section(rest, section)
        if changes.nothing():
            self._item(None, tr("The two versions ask the same."), "", "", "same")
            for section in same:
                self._section(None, section)
        self.summary.setText(self._summary(changes))

    def _summary(self, changes: VersionChanges) -> str:
        if changes.nothing():
            return tr("No changes.")
        parts = [
            tr("Questions: %1 changed, %2 added, %3 removed.")
            .replace("%1", str(changes.count("changed")))
            .replace("%2", str(changes.count("added")))
            .replace("%3", str(changes.count("removed"))),
        ]
        if changes.checklist:
            parts.append(tr("Checklist settings changed."))
        return " ".join(parts)

    def _item(
        self, parent: QTreeWidgetItem | None, what: str, before: str, after: str, change: str,
        key: str = "",
    ) -> QTreeWidgetItem:  # fmt: skip
        item = QTreeWidgetItem([what, before, after])
        item.setData(0, CHANGE_ROLE, change)
        item.setData(0, KEY_ROLE, key)
        for column, text in enumerate((what, before, after)):
            item.setToolTip(column, text)
        if change in COLOURS:
            for column in range(3):
                item.setBackground(column, QBrush(QColor(COLOURS[change])))
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _field(self, parent: QTreeWidgetItem, change: FieldChange, checklist: bool = False) -> None:
        what, before, after = self.words.change(change, checklist)
        self._item(parent, what, before, after, "changed")

    def _section(self, parent: QTreeWidgetItem | None, section: SectionChange) -> None:
        title = self.words.label(section.title)
        asked = len(section.unchanged) + len(section.questions)
        if section.change == "same":
            what = tr("Section “%1” (%2 questions)").replace("%1", title).replace("%2", str(asked))
        else:
            what = (
                tr("Section “%1”: %2")
                .replace("%1", title)
                .replace("%2", change_name(section.change))
            )
        before = title if section.change == "removed" else ""
        after = title if section.change == "added" else ""
        top = self._item(parent, what, before, after, section.change, section.key)
        for change in section.fields:
            self._field(top, change)
        for question in section.questions:
            self._question(top, question)
        if section.unchanged and section.change != "same":
            rest = self._item(
                top,
                tr("%1 more questions, unchanged").replace("%1", str(len(section.unchanged))),
                "", "", "same",
            )  # fmt: skip
            for labels in section.unchanged:
                self._item(rest, self.words.label(labels), "", "", "same")
        elif section.change == "same":
            for labels in section.unchanged:
                self._item(top, self.words.label(labels), "", "", "same")
        top.setExpanded(section.change != "same")

    def _question(self, parent: QTreeWidgetItem, question: QuestionChange) -> None:
        label = self.words.label(question.label)
        what = (
            tr("Question “%1”: %2").replace("%1", label).replace("%2", change_name(question.change))
        )
        before = label if question.change != "added" else "—"
        after = label if question.change != "removed" else "—"
        if question.change == "changed":
            before = after = ""
        item = self._item(parent, what, before, after, question.change, question.key)
        for change in question.fields:
            self._field(item, change)
        item.setExpanded(True)

    # -- for tests and the reader --------------------------------------------------------------
    def visible_rows(self) -> list[QTreeWidgetItem]:
        """The rows one sees without unfolding anything (folded parts count as one row)."""
        rows: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            rows.append(item)
            if item.isExpanded():
                for i in range(item.childCount()):
                    child = item.child(i)
                    if child is not None:
                        walk(child)

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                walk(top)
        return rows


def open_version_diff(db: Database, row: ChecklistRow, parent: QWidget) -> VersionDiffDialog:
    """Read every version of the checklist in `row` and show the last two's changes."""
    language = Settings().interface_language()
    with db.read_session() as s:
        docs = {v.number: version_document(s, row.name, v.number) for v in row.versions}
        standards = {
            std.code: pick_label(std.title or {}, language) or std.code
            for std in s.scalars(select(Standard))
        }
    dialog = VersionDiffDialog(row.title, docs, parent, standards=standards)
    dialog.open()
    return dialog
