"""The checklist editor: settings (titles per language, kind, pass line, grade bands, N/A
limit), sections and questions in a tree reordered by drag and drop (or Alt+Up/Down), a form
per item with labels in every language side by side, rules checked as they are typed, and a
preview as the shopper sees the form. Save stores a new version; old audits keep theirs.

Every field's problem is said beside it; Save refuses while one stands, and nothing typed is
lost (each item keeps its own document while another is edited)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDropEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.labels import LANGUAGES, pick_label
from auditor.services.capture import AnswerState
from auditor.services.checklist_library import preview_sections, rule_problem
from auditor.store.models import QuestionKind
from ui.capture.card import QuestionCard, SectionHeader
from ui.direction import IsolatingDelegate
from ui.enum_labels import checklist_kind_label, language_name, question_kind_label
from ui.errors import phrase_text
from ui.settings import Settings

DOC = Qt.ItemDataRole.UserRole
SHOWN = Qt.ItemDataRole.UserRole + 1  # a grade's name as shown, and in which language
KINDS = [k.value for k in QuestionKind]
CHOICE_KINDS = {"single_choice", "multiple_choice"}
CHECKLIST_KINDS = ("mystery_shopping", "mystery_call", "internal_audit", "survey", "servqual",
                   "self_assessment", "diary")  # fmt: skip
NA_POLICIES = ("exclude", "met", "not_met", "not_allowed")


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistEditor", text)


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def _say(label: QLabel, problem: str) -> None:
    label.setText(problem)
    label.setVisible(bool(problem))


class LanguageChoice(QWidget):
    """The languages a checklist is written in, by their own names: the app's languages and
    any other the checklist came with, each ticked or not."""

    changed = Signal()

    def __init__(self, languages: list[str]) -> None:
        super().__init__()
        self.setObjectName("checklistLanguages")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.order = list(languages)  # the checklist's own order comes first
        for code in [*LANGUAGES, *(c for c in languages if c not in LANGUAGES)]:
            box = QCheckBox(language_name(code))
            box.setObjectName(f"language_{code}")
            box.setChecked(code in languages)
            box.toggled.connect(lambda on, code=code: self._toggled(code, on))
            row.addWidget(box)
            self.boxes[code] = box
        row.addStretch(1)

    def _toggled(self, code: str, on: bool) -> None:
        if on and code not in self.order:
            self.order.append(code)
        self.changed.emit()

    def codes(self) -> list[str]:
        return [c for c in self.order if c in self.boxes and self.boxes[c].isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class LabelTable(QTableWidget):
    """One row per language, one column per text (label, help…): languages side by side."""

    def __init__(self, name: str, columns: list[str]) -> None:
        super().__init__(0, len(columns))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(columns)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(190)
        self.setItemDelegate(IsolatingDelegate(self))
        self.languages: list[str] = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # a long label wraps onto lines it is given

    def load(self, languages: list[str], texts: list[dict[str, str]]) -> None:
        self.blockSignals(True)
        self.languages = list(languages)
        self.setRowCount(len(languages))
        self.setVerticalHeaderLabels([language_name(code) for code in languages])
        for row, lang in enumerate(languages):
            for column, labels in enumerate(texts):
                self.setItem(row, column, QTableWidgetItem(labels.get(lang, "")))
        self.blockSignals(False)
        self.resizeRowsToContents()

    def texts(self, column: int) -> dict[str, str]:
        out = {}
        for row, lang in enumerate(self.languages):
            item = self.item(row, column)
            if item is not None and item.text().strip():
                out[lang] = item.text().strip()
        return out


class CaptionDelegate(IsolatingDelegate):
    """A caption wrapped to the width it is drawn in: its column less the tree's indent."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        tree = self.parent()
        if not isinstance(tree, QTreeWidget) or index.column() != 0:
            return super().sizeHint(option, index)
        depth = 1 if index.parent().isValid() else 0
        indent = tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        narrower = QStyleOptionViewItem(option)
        # a valid rectangle: the style wraps to its width only then
        narrower.rect = QRect(
            0, 0, max(1, tree.columnWidth(0) - indent), max(1, option.rect.height())
        )
        return super().sizeHint(narrower, index)


class ItemTree(QTreeWidget):
    """Sections at the top, questions inside them; a drop that would put a question at the
    top or a section inside another is refused."""

    def __init__(self, moved: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("checklistTree")
        self.setHeaderLabels([tr("Sections and questions"), tr("Kind")])
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(CaptionDelegate(self))
        self.setWordWrap(True)  # a long label on two lines rather than cut
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # rows take the height their wrapped caption needs at the column's new width
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self.moved = moved

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        on_item = position == QAbstractItemView.DropIndicatorPosition.OnItem
        if item is not None:
            section = item.parent() is None
            if target is None:
                allowed = section
            elif section:
                allowed = target.parent() is None and not on_item
            else:
                allowed = (target.parent() is None and on_item) or (
                    target.parent() is not None and not on_item
                )
            if not allowed:
                event.ignore()
                return
        super().dropEvent(event)
        self.moved()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up, Qt.Key.Key_Down,
        ):  # fmt: skip
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def move_current(self, by: int) -> None:
        item = self.currentItem()
        if item is None:
            return
        parent = item.parent() or self.invisibleRootItem()
        index = parent.indexOfChild(item)
        if not 0 <= index + by < parent.childCount():
            return
        expanded = item.isExpanded()
        parent.takeChild(index)
        parent.insertChild(index + by, item)
        item.setExpanded(expanded)
        self.setCurrentItem(item)
        self.moved()


class ChecklistEditor(QDialog):
    def __init__(
        self,
        doc: dict[str, Any],
        standard_codes: set[str],
        save: Callable[[dict[str, Any]], str],
        new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`save(document)` stores it and returns "" or the reason it cannot."""
        super().__init__(parent)
        self.setObjectName("checklistEditor")
        self.doc = copy.deepcopy(doc)
        self.codes = standard_codes
        self.save_document = save
        self.language = self.doc.get("default_language") or "en"
        self.interface_language = Settings().interface_language()
        self.setWindowTitle(
            tr("Edit checklist: %1").replace(
                "%1",
                pick_label(self.doc.get("title") or {}, self.interface_language, self.language)
                or self.doc.get("name", ""),
            )
        )
        self.resize(1180, 660)  # inside a 1280x720 laptop screen
        self._loading = False

        # -- checklist settings ---------------------------------------------------------
        self.name = QLineEdit(self.doc.get("name", ""))
        self.name.setObjectName("checklistName")
        self.name.setReadOnly(not new)
        self.kind = QComboBox()
        self.kind.setObjectName("checklistKind")
        kind = self.doc.get("kind") or "mystery_shopping"
        for code in [*CHECKLIST_KINDS, *([kind] if kind not in CHECKLIST_KINDS else [])]:
            self.kind.addItem(checklist_kind_label(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.languages = LanguageChoice(self.doc.get("languages") or [self.language])
        self.languages.changed.connect(self._languages_changed)
        self.titles = LabelTable("checklistTitles", [tr("Title")])
        self.pass_line = QLineEdit(f"{self.doc.get('pass_threshold', 80.0):g}")
        self.pass_line.setObjectName("passLine")
        self.pass_error = _error_label("passLineError")
        self.pass_line.textChanged.connect(self._check_settings)
        self.max_na = QLineEdit(
            "" if self.doc.get("max_na_percent") is None else f"{self.doc['max_na_percent']:g}"
        )
        self.max_na.setObjectName("maxNa")
        self.max_na.setPlaceholderText(tr("no limit"))
        self.max_na_error = _error_label("maxNaError")
        self.max_na.textChanged.connect(self._check_settings)
        self.bands = QTableWidget(0, 2)
        self.bands.setObjectName("gradeBands")
        self.bands.setHorizontalHeaderLabels([tr("From %"), tr("Grade")])
        self.bands.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.bands.setItemDelegate(IsolatingDelegate(self.bands))
        self.bands_error = _error_label("gradeBandsError")
        self.bands.itemChanged.connect(lambda _i: self._check_settings())
        add_band = QPushButton(tr("Add grade"))
        add_band.clicked.connect(lambda: self.bands.insertRow(self.bands.rowCount()))
        settings = QWidget()
        form = QFormLayout(settings)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Languages"), self.languages)
        form.addRow(tr("Title"), self.titles)
        form.addRow(tr("Pass line (%)"), self.pass_line)
        form.addRow("", self.pass_error)
        form.addRow(tr("Grades"), self.bands)
        form.addRow("", add_band)
        form.addRow("", self.bands_error)
        form.addRow(tr("At most N/A (%)"), self.max_na)
        form.addRow("", self.max_na_error)

        # -- sections and questions -------------------------------------------------------
        self.tree = ItemTree(self._tree_changed)
        self.tree.currentItemChanged.connect(lambda current, _old: self._show_item(current))
        buttons = QHBoxLayout()
        for text, name, slot in (
            (tr("Add section"), "addSection", self.add_section),
            (tr("Add question"), "addQuestion", self.add_question),
            (tr("Remove"), "removeItem", self.remove_current),
            (tr("Up"), "moveUp", lambda: self.tree.move_current(-1)),
            (tr("Down"), "moveDown", lambda: self.tree.move_current(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.tree, 1)
        lv.addLayout(buttons)
        self.forms = QStackedWidget()
        self.forms.addWidget(QLabel(tr("Choose a section or a question.")))
        self._build_section_form()
        self._build_question_form()
        splitter = QSplitter()
        splitter.addWidget(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.forms)
        splitter.addWidget(scroll)
        splitter.setSizes([380, 800])

        # -- preview ----------------------------------------------------------------------
        self.preview_language = QComboBox()
        self.preview_language.setObjectName("previewLanguage")
        self.preview_language.currentIndexChanged.connect(self.refresh_preview)
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("checklistPreview")
        self.preview_area.setWidgetResizable(True)
        preview = QWidget()
        pv = QVBoxLayout(preview)
        pv.addWidget(self.preview_language)
        pv.addWidget(self.preview_area, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(settings, tr("Checklist"))
        self.tabs.addTab(splitter, tr("Sections and questions"))
        self.tabs.addTab(preview, tr("Preview"))
        self.tabs.setCurrentIndex(1)
        self.tabs.currentChanged.connect(lambda i: self.refresh_preview() if i == 2 else None)
        self.status = _error_label("editorStatus")
        self.save_button = QPushButton(tr("Save as new version"))
        self.save_button.setObjectName("saveChecklist")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._load_document()

    # -- forms ---------------------------------------------------------------------------
    def _build_section_form(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above
        self.s_key = QLineEdit()
        self.s_key.setObjectName("sectionKey")
        self.s_key_error = _error_label("sectionKeyError")
        self.s_titles = LabelTable("sectionTitles", [tr("Title")])
        self.s_weight = QLineEdit()
        self.s_weight.setObjectName("sectionWeight")
        self.s_weight_error = _error_label("sectionWeightError")
        self.s_relevance = QLineEdit()
        self.s_relevance.setObjectName("sectionRelevance")
        self.s_relevance.setPlaceholderText("${question} = 'yes'")
        self.s_relevance_error = _error_label("sectionRelevanceError")
        form.addRow(tr("Name (key)"), self.s_key)
        form.addRow("", self.s_key_error)
        form.addRow(tr("Title"), self.s_titles)
        form.addRow(tr("Weight"), self.s_weight)
        form.addRow("", self.s_weight_error)
        form.addRow(tr("Shown when"), self.s_relevance)
        form.addRow("", self.s_relevance_error)
        for edit in (self.s_key, self.s_weight, self.s_relevance):
            edit.textChanged.connect(self._edited)
        self.s_titles.itemChanged.connect(lambda _i: self._edited())
        self.section_form = page
        self.forms.addWidget(page)

    def _build_question_form(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels above
        self.q_key = QLineEdit()
        self.q_key.setObjectName("questionKey")
        self.q_key_error = _error_label("questionKeyError")
        self.q_kind = QComboBox()
        self.q_kind.setObjectName("questionKind")
        for kind in KINDS:
            self.q_kind.addItem(question_kind_label(kind), kind)
        self.q_labels = LabelTable("questionLabels", [tr("Label"), tr("Help for the shopper")])
        self.q_labels_error = _error_label("questionLabelsError")
        self.q_weight = QLineEdit()
        self.q_weight.setObjectName("questionWeight")
        self.q_weight_error = _error_label("questionWeightError")
        self.q_critical = QCheckBox(tr("Critical (a fail knocks out the score)"))
        self.q_critical.setObjectName("questionCritical")
        self.q_scope = QComboBox()
        self.q_scope.setObjectName("questionCriticalScope")
        self.q_scope.addItem(tr("its section"), "section")
        self.q_scope.addItem(tr("the whole audit"), "audit")
        self.q_na = QCheckBox(tr("N/A allowed"))
        self.q_na.setObjectName("questionNa")
        self.q_na_policy = QComboBox()
        self.q_na_policy.setObjectName("questionNaPolicy")
        names = {"exclude": tr("N/A is left out of the score"), "met": tr("N/A counts as met"),
                 "not_met": tr("N/A counts as not met"),
                 "not_allowed": tr("N/A is refused on submit")}  # fmt: skip
        for policy in NA_POLICIES:
            self.q_na_policy.addItem(names[policy], policy)
        self.q_required = QCheckBox(tr("Required"))
        self.q_required.setObjectName("questionRequired")
        self.q_relevance = QLineEdit()
        self.q_relevance.setObjectName("questionRelevance")
        self.q_relevance.setPlaceholderText("${other_question} = 'yes'")
        self.q_relevance_error = _error_label("questionRelevanceError")
        self.q_constraint = QLineEdit()
        self.q_constraint.setObjectName("questionConstraint")
        self.q_constraint.setPlaceholderText(". >= 0 and . <= 100")
        self.q_constraint_error = _error_label("questionConstraintError")
        self.q_standards = QLineEdit()
        self.q_standards.setObjectName("questionStandards")
        self.q_standards.setPlaceholderText("GREET-30, COURT")
        self.q_standards_error = _error_label("questionStandardsError")
        self.q_choices = QTableWidget(0, 2)
        self.q_choices.setObjectName("questionChoices")
        self.q_choices.setItemDelegate(IsolatingDelegate(self.q_choices))
        # a column per language of the checklist, each as wide as the others: no sideways scroll
        self.q_choices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.q_choices_error = _error_label("questionChoicesError")
        add_choice = QPushButton(tr("Add choice"))
        add_choice.setObjectName("addChoice")
        add_choice.clicked.connect(self._add_choice)
        form.addRow(tr("Name (key)"), self.q_key)
        form.addRow("", self.q_key_error)
        form.addRow(tr("Kind"), self.q_kind)
        form.addRow(QLabel(tr("Labels")))
        form.addRow(self.q_labels)  # the whole width: a column per text, a row per language
        form.addRow("", self.q_labels_error)
        form.addRow(tr("Weight"), self.q_weight)
        form.addRow("", self.q_weight_error)
        form.addRow(self.q_critical, self.q_scope)
        form.addRow(self.q_na, self.q_na_policy)
        form.addRow("", self.q_required)
        form.addRow(tr("Shown when"), self.q_relevance)
        form.addRow("", self.q_relevance_error)
        form.addRow(tr("Answer must satisfy"), self.q_constraint)
        form.addRow("", self.q_constraint_error)
        form.addRow(tr("Standards"), self.q_standards)
        form.addRow("", self.q_standards_error)
        form.addRow(QLabel(tr("Choices")))
        form.addRow(self.q_choices)  # the whole width: a column per language
        form.addRow("", add_choice)
        form.addRow("", self.q_choices_error)
        for edit in (self.q_key, self.q_weight, self.q_relevance, self.q_constraint,
                     self.q_standards):  # fmt: skip
            edit.textChanged.connect(self._edited)
        for box in (self.q_critical, self.q_na, self.q_required):
            box.toggled.connect(self._edited)
        for combo in (self.q_kind, self.q_scope, self.q_na_policy):
            combo.currentIndexChanged.connect(self._edited)
        self.q_labels.itemChanged.connect(lambda _i: self._edited())
        self.q_choices.itemChanged.connect(lambda _i: self._edited())
        self.question_form = page
        self.forms.addWidget(page)

    # -- the document ----------------------------------------------------------------------
    def language_list(self) -> list[str]:
        return self.languages.codes() or [self.language]

    def shown_language(self) -> str:
        """The language captions and grade names are shown in: the interface's when the
        checklist is written in it, else the checklist's own."""
        languages = self.language_list()
        if self.interface_language in languages:
            return self.interface_language
        return self.language if self.language in languages else languages[0]

    def _languages_changed(self) -> None:
        self.doc["title"] = self.titles.texts(0) or self.doc.get("title", {})
        self.titles.load(self.language_list(), [self.doc.get("title", {})])
        for item in self._all_items():
            self._caption(item)
        self._show_item(self.tree.currentItem())
        self._fill_preview_languages()

    def _load_document(self) -> None:
        self.titles.load(self.language_list(), [self.doc.get("title", {})])
        shown = self.shown_language()
        for band in self.doc.get("grade_bands", []):
            row = self.bands.rowCount()
            self.bands.insertRow(row)
            self.bands.setItem(row, 0, QTableWidgetItem(f"{band.get('min', 0):g}"))
            name = pick_label(band.get("label", {}), shown)
            label = QTableWidgetItem(name)
            label.setData(DOC, dict(band.get("label", {})))  # its other languages, kept
            label.setData(SHOWN, [shown, name])
            self.bands.setItem(row, 1, label)
        for section in self.doc.get("sections", []):
            s_item = self._section_item(section)
            for q in section.get("questions", []):
                self._question_item(s_item, q)
            s_item.setExpanded(True)
        self.doc["sections"] = []  # the tree holds them from now on
        self._fill_preview_languages()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first.child(0) or first)

    def _fill_preview_languages(self) -> None:
        self.preview_language.blockSignals(True)
        self.preview_language.clear()
        for code in self.language_list():
            self.preview_language.addItem(language_name(code), code)
        self.preview_language.setCurrentIndex(
            max(0, self.preview_language.findData(self.shown_language()))
        )
        self.preview_language.blockSignals(False)

    def _section_item(self, section: dict[str, Any], index: int | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        body = {k: v for k, v in section.items() if k != "questions"}
        item.setData(0, DOC, body)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if index is None:
            self.tree.addTopLevelItem(item)
        else:
            self.tree.insertTopLevelItem(index, item)
        self._caption(item)
        return item

    def _question_item(
        self, parent: QTreeWidgetItem, q: dict[str, Any], index: int | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, DOC, dict(q))
        item.setFlags(
            (item.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled
        )
        if index is None:
            parent.addChild(item)
        else:
            parent.insertChild(index, item)
        self._caption(item)
        return item

    def _caption(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, DOC)
        texts = data.get("label") or data.get("title") or {}
        language = self.shown_language()
        text = pick_label(texts, language, self.language) if texts else ""
        item.setText(0, text or data.get("key", ""))  # the key only until it has a label
        question = item.parent() is not None
        item.setText(1, question_kind_label(data.get("kind") or "yes_no") if question else "")

    def document(self) -> dict[str, Any]:
        """The document as the editor holds it now (tree order, every item's fields)."""
        doc = {k: v for k, v in self.doc.items() if k != "sections"}
        doc["name"] = self.name.text().strip()
        doc["kind"] = self.kind.currentData()
        doc["languages"] = self.language_list()
        if doc.get("default_language") not in doc["languages"]:
            doc["default_language"] = doc["languages"][0]
        doc["title"] = self.titles.texts(0)
        line = _number(self.pass_line.text())
        doc["pass_threshold"] = line if line is not None else self.pass_line.text()
        limit = self.max_na.text().strip()
        if limit:
            doc["max_na_percent"] = _number(limit) if _number(limit) is not None else limit
        else:
            doc.pop("max_na_percent", None)
        bands = []
        for row in range(self.bands.rowCount()):
            low, label = self.bands.item(row, 0), self.bands.item(row, 1)
            if low is None or not low.text().strip():
                continue
            value = _number(low.text())
            labels = dict(label.data(DOC) or {}) if label else {}
            shown = label.data(SHOWN) if label else None
            if label is not None and (not shown or label.text() != shown[1] or not labels):
                # a grade typed or renamed here: in the language it was shown in
                language = shown[0] if shown else self.shown_language()
                labels[language] = label.text()
            minimum = value if value is not None else low.text()
            bands.append({"min": minimum, "label": labels})
        doc["grade_bands"] = sorted(
            bands, key=lambda b: b["min"] if isinstance(b["min"], float) else 0
        )
        sections = []
        for s_item in _children(self.tree.invisibleRootItem()):
            section = dict(s_item.data(0, DOC))
            section["questions"] = [dict(q.data(0, DOC)) for q in _children(s_item)]
            sections.append(section)
        doc["sections"] = sections
        return doc

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = []
        for s_item in _children(self.tree.invisibleRootItem()):
            items += [s_item, *_children(s_item)]
        return items

    def all_keys(self) -> list[str]:
        keys = []
        for s_item in _children(self.tree.invisibleRootItem()):
            keys.append(s_item.data(0, DOC).get("key", ""))
            keys += [q.data(0, DOC).get("key", "") for q in _children(s_item)]
        return keys

    # -- showing and editing an item ---------------------------------------------------------
    def _show_item(self, item: QTreeWidgetItem | None) -> None:
        self._loading = True
        try:
            if item is None:
                self.forms.setCurrentIndex(0)
                return
            data = item.data(0, DOC)
            languages = self.language_list()
            if item.parent() is None:
                self.forms.setCurrentWidget(self.section_form)
                self.s_key.setText(data.get("key", ""))
                self.s_titles.load(languages, [data.get("title", {})])
                self.s_weight.setText(
                    f"{data.get('weight', 1.0):g}"
                    if isinstance(data.get("weight", 1.0), float | int)
                    else str(data.get("weight"))
                )
                self.s_relevance.setText(data.get("relevance", ""))
            else:
                self.forms.setCurrentWidget(self.question_form)
                self.q_key.setText(data.get("key", ""))
                self.q_kind.setCurrentIndex(
                    max(0, self.q_kind.findData(data.get("kind", "yes_no")))
                )
                self.q_labels.load(languages, [data.get("label", {}), data.get("help", {})])
                weight = data.get("weight", 1.0)
                self.q_weight.setText(
                    f"{weight:g}" if isinstance(weight, float | int) else str(weight)
                )
                self.q_critical.setChecked(bool(data.get("critical")))
                self.q_scope.setCurrentIndex(
                    max(0, self.q_scope.findData(data.get("critical_scope", "section")))
                )
                self.q_na.setChecked(bool(data.get("na_allowed")))
                self.q_na_policy.setCurrentIndex(
                    max(0, self.q_na_policy.findData(data.get("na_policy", "exclude")))
                )
                self.q_required.setChecked(bool(data.get("required", True)))
                self.q_relevance.setText(data.get("relevance", ""))
                self.q_constraint.setText(data.get("constraint", ""))
                self.q_standards.setText(", ".join(data.get("standards", [])))
                self._load_choices(languages, data.get("choices", []))
        finally:
            self._loading = False
        self._check_item(item)

    def _load_choices(self, languages: list[str], choices: list[dict[str, Any]]) -> None:
        table = self.q_choices
        table.blockSignals(True)
        table.setColumnCount(2 + len(languages))
        table.setHorizontalHeaderLabels(
            [tr("Key"), tr("Points"), *(language_name(code) for code in languages)]
        )
        table.setRowCount(len(choices))
        for row, c in enumerate(choices):
            points = c.get("points")
            cells = [
                c.get("key", ""),
                ""
                if points is None
                else f"{points:g}"
                if isinstance(points, float | int)
                else str(points),
            ]
            cells += [c.get("label", {}).get(lang, "") for lang in languages]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.blockSignals(False)
        for column in (0, 1):  # the key and the points: as wide as they are
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        table.resizeRowsToContents()

    def _add_choice(self) -> None:
        row = self.q_choices.rowCount()
        self.q_choices.insertRow(row)
        self.q_choices.setItem(row, 0, QTableWidgetItem(f"choice_{row + 1}"))
        self._edited()

    def _choices(self) -> list[dict[str, Any]]:
        languages = self.language_list()
        out = []
        for row in range(self.q_choices.rowCount()):
            cells = [self.q_choices.item(row, c) for c in range(self.q_choices.columnCount())]
            texts = [cell.text().strip() if cell else "" for cell in cells]
            if not any(texts):
                continue
            choice: dict[str, Any] = {"key": texts[0]}
            labels = {lang: t for lang, t in zip(languages, texts[2:], strict=False) if t}
            choice["label"] = labels or {self.language: texts[0]}
            if texts[1]:
                points = _number(texts[1])
                choice["points"] = points if points is not None else texts[1]
            out.append(choice)
        return out

    def _edited(self) -> None:
        """Write the form back into the current item's document, then check it."""
        if self._loading:
            return
        item = self.tree.currentItem()
        if item is None:
            return
        data = dict(item.data(0, DOC))
        if item.parent() is None:
            data["key"] = self.s_key.text().strip()
            data["title"] = self.s_titles.texts(0)
            weight = _number(self.s_weight.text())
            data["weight"] = weight if weight is not None else self.s_weight.text()
            _set(data, "relevance", self.s_relevance.text().strip())
        else:
            data["key"] = self.q_key.text().strip()
            data["kind"] = self.q_kind.currentData()
            data["label"] = self.q_labels.texts(0)
            _set(data, "help", self.q_labels.texts(1))
            weight = _number(self.q_weight.text())
            data["weight"] = weight if weight is not None else self.q_weight.text()
            _set(data, "critical", self.q_critical.isChecked())
            if self.q_critical.isChecked():
                data["critical_scope"] = self.q_scope.currentData()
            else:
                data.pop("critical_scope", None)
            _set(data, "na_allowed", self.q_na.isChecked())
            policy = self.q_na_policy.currentData()
            _set(data, "na_policy", policy if policy != "exclude" else "")
            data["required"] = self.q_required.isChecked()
            _set(data, "relevance", self.q_relevance.text().strip())
            _set(data, "constraint", self.q_constraint.text().strip())
            codes = [c.strip() for c in self.q_standards.text().split(",") if c.strip()]
            _set(data, "standards", codes)
            if data["kind"] in CHOICE_KINDS:
                data["choices"] = self._choices()
            else:
                data.pop("choices", None)
            self.q_choices.setEnabled(data["kind"] in CHOICE_KINDS)
        item.setData(0, DOC, data)
        self._caption(item)
        self._check_item(item)

    def _check_item(self, item: QTreeWidgetItem | None) -> None:
        """Say beside each field what is wrong with it, as it is typed."""
        if item is None:
            return
        data = item.data(0, DOC)
        keys = self.all_keys()
        key = data.get("key", "")
        key_problem = (
            tr("a name is needed") if not key
            else tr("another section or question is already named '%1'").replace("%1", key)
            if keys.count(key) > 1 else ""
        )  # fmt: skip
        known = {k for k in keys if k}
        weight = data.get("weight", 1.0)
        weight_problem = (
            ""
            if isinstance(weight, float | int)
            else tr("'%1' is not a number").replace("%1", str(weight))
        )
        relevance = _rule(data.get("relevance", ""), known)
        if item.parent() is None:
            _say(self.s_key_error, key_problem)
            _say(self.s_weight_error, weight_problem)
            _say(self.s_relevance_error, relevance)
            return
        _say(self.q_key_error, key_problem)
        _say(self.q_weight_error, weight_problem)
        _say(self.q_relevance_error, relevance)
        _say(self.q_constraint_error, _rule(data.get("constraint", ""), known))
        _say(self.q_labels_error, "" if data.get("label") else tr("a label is needed"))
        unknown = [c for c in data.get("standards", []) if c not in self.codes]
        unknown_text = tr("unknown standard %1").replace("%1", ", ".join(unknown))
        _say(self.q_standards_error, unknown_text if unknown else "")
        choices_problem = ""
        if data.get("kind") in CHOICE_KINDS:
            choice_keys = [c["key"] for c in data.get("choices", [])]
            if not choice_keys:
                choices_problem = tr("add at least one choice")
            elif len(set(choice_keys)) != len(choice_keys):
                choices_problem = tr("two choices have the same key")
            elif any(isinstance(c.get("points"), str) for c in data.get("choices", [])):
                choices_problem = tr("points must be numbers")
        _say(self.q_choices_error, choices_problem)

    def problems(self) -> list[tuple[QTreeWidgetItem | None, str]]:
        """Every problem the fields show, item by item (the current form is re-checked
        for each item, then the current item shown again)."""
        found: list[tuple[QTreeWidgetItem | None, str]] = []
        for label in (self.pass_error, self.max_na_error, self.bands_error):
            if label.text() and not label.isHidden():
                found.append((None, label.text()))
        current = self.tree.currentItem()
        iterator: list[QTreeWidgetItem] = []
        for s_item in _children(self.tree.invisibleRootItem()):
            iterator.append(s_item)
            iterator += _children(s_item)
        labels = (self.s_key_error, self.s_weight_error, self.s_relevance_error,
                  self.q_key_error, self.q_weight_error, self.q_relevance_error,
                  self.q_constraint_error, self.q_labels_error, self.q_standards_error,
                  self.q_choices_error)  # fmt: skip
        for item in iterator:
            for label in labels:
                label.clear()
                label.hide()
            self._check_item(item)
            found += [(item, label.text()) for label in labels if label.text()]
        if current is not None:
            self._show_item(current)
        return found

    def _check_settings(self) -> None:
        line = _number(self.pass_line.text())
        _say(self.pass_error, "" if line is not None and 0 <= line <= 100
             else tr("the pass line is a percent from 0 to 100"))  # fmt: skip
        limit = self.max_na.text().strip()
        value = _number(limit) if limit else 0.0
        _say(self.max_na_error, "" if value is not None and 0 <= value <= 100
             else tr("a percent from 0 to 100, or empty for no limit"))  # fmt: skip
        bad = []
        for row in range(self.bands.rowCount()):
            cell = self.bands.item(row, 0)
            if cell is not None and cell.text().strip() and _number(cell.text()) is None:
                bad.append(cell.text())
        _say(
            self.bands_error,
            tr("'%1' is not a number").replace("%1", ", ".join(bad)) if bad else "",
        )

    # -- tree actions -----------------------------------------------------------------------
    def _tree_changed(self) -> None:
        self._check_item(self.tree.currentItem())

    def _new_key(self, stem: str) -> str:
        keys = set(self.all_keys())
        n = 1
        while f"{stem}_{n}" in keys:
            n += 1
        return f"{stem}_{n}"

    def add_section(self) -> QTreeWidgetItem:
        current = self.tree.currentItem()
        top = current.parent() or current if current is not None else None
        index = self.tree.indexOfTopLevelItem(top) + 1 if top is not None else None
        item = self._section_item(
            {"key": self._new_key("section"), "title": {}, "weight": 1.0}, index
        )
        self.tree.setCurrentItem(item)
        self.s_key.setFocus()
        self.s_key.selectAll()
        return item

    def add_question(self) -> QTreeWidgetItem:
        current = self.tree.currentItem()
        index: int | None = None
        parent = current.parent() if current is not None else None
        if current is None:
            section = self.add_section()
        elif parent is None:
            section = current
        else:
            section = parent
            index = section.indexOfChild(current) + 1
        q = {"key": self._new_key("question"), "kind": "yes_no", "label": {}, "weight": 1.0}
        item = self._question_item(section, q, index)
        section.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.q_key.setFocus()
        self.q_key.selectAll()
        return item

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent() or self.tree.invisibleRootItem()
        parent.removeChild(item)

    # -- preview and save ---------------------------------------------------------------------
    def refresh_preview(self) -> None:
        language = self.preview_language.currentData() or self.language
        page = QWidget()
        page.setObjectName("previewPage")
        layout = QVBoxLayout(page)
        number = 0
        for section in preview_sections(self.document(), language):
            layout.addWidget(SectionHeader(section.title or section.key))
            for q in section.questions:
                number += 1
                layout.addWidget(QuestionCard(q, str(number), AnswerState()))
        layout.addStretch(1)
        self.preview_area.setWidget(page)

    def save(self) -> bool:
        self._check_settings()
        found = self.problems()
        if found:
            item, problem = found[0]
            if item is not None:
                self.tree.setCurrentItem(item)
                self.tabs.setCurrentIndex(1)
            else:
                self.tabs.setCurrentIndex(0)
            _say(self.status, tr("Fix the marked fields first: %1").replace("%1", problem))
            return False
        problem = self.save_document(self.document())
        if problem:
            _say(self.status, problem)
            return False
        self.accept()
        return True


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]


def _set(data: dict[str, Any], key: str, value: Any) -> None:
    """Keep the document lean: an empty or false optional field is left out."""
    if value in ("", [], {}, False, None):
        data.pop(key, None)
    else:
        data[key] = value


def _rule(source: str, known: set[str]) -> str:
    problem = rule_problem(source, known)
    return tr("this rule cannot be used: %1").replace("%1", phrase_text(problem)) if problem else ""
