"""A question card: label, answer editor, N/A, comment, attachments, and whether it is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from auditor.services.capture import ATTACHMENT_KINDS, AnswerState, AttachmentInfo, QuestionView
from ui.capture.editors import AnswerEditor, editor_for

THUMBNAIL = 96


def tr(text: str) -> str:
    return QCoreApplication.translate("QuestionCard", text)


class QuestionCard(QFrame):
    changed = Signal(str)  # question key: the user changed answer, N/A or comment
    files_chosen = Signal(str, list)  # question key, [Path]
    remove_requested = Signal(str, str)  # question key, attachment id
    conflict_settled = Signal(bool)  # after a refused save: True keep mine, False use theirs

    def __init__(self, question: QuestionView, number: str, state: AnswerState) -> None:
        super().__init__()
        self.question = question
        self.setObjectName(f"q_{question.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("current", False)
        self.setProperty("missing", False)  # an answer submit asked for (highlighted)
        self.read_only = False

        title = QLabel(f"<b>{number}</b>&nbsp;&nbsp;{_escape(question.label)}")
        title.setObjectName("questionLabel")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        marks = []
        if question.required:
            marks.append(tr("required"))
        if question.critical:
            marks.append(tr("critical"))
        self.marks = QLabel(" · ".join(marks))
        self.marks.setObjectName("marks")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedState")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.marks)
        head.addWidget(self.saved_label)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        if question.help:
            help_label = QLabel(question.help)
            help_label.setObjectName("help")
            help_label.setWordWrap(True)
            layout.addWidget(help_label)

        self.editor: AnswerEditor | None = editor_for(question)
        answer_row = QHBoxLayout()
        if self.editor is not None:
            self.editor.changed.connect(self._editor_changed)
            answer_row.addWidget(self.editor, 1)
            proxy = self.editor.focus_widget()
            if proxy is not None:
                self.setFocusProxy(proxy)
        self.attachments: list[AttachmentInfo] = []
        self.thumbs = QHBoxLayout()
        if question.kind in ATTACHMENT_KINDS:
            self.setAcceptDrops(True)
            attach = QPushButton(tr("Attach file…"))
            attach.setObjectName("attach")
            attach.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            attach.setToolTip(tr("Enter, or drop files on the question"))
            attach.clicked.connect(self.choose_files)
            answer_row.addWidget(attach)
            answer_row.addLayout(self.thumbs)
            answer_row.addStretch(1)
        self.na_button = QPushButton(tr("N/A"))
        self.na_button.setObjectName("answer_na")
        self.na_button.setCheckable(True)
        self.na_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.na_button.setToolTip(tr("Not applicable (A, or Ctrl+D in a text field)"))
        self.na_button.clicked.connect(self._na_clicked)
        self.na_button.setVisible(question.na_allowed)
        answer_row.addWidget(self.na_button)
        layout.addLayout(answer_row)

        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(tr("Comment (what you saw, in your words)"))
        self.comment.editingFinished.connect(self._comment_done)
        self.comment.setVisible(bool(state.comment))
        layout.addWidget(self.comment)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.conflict = QFrame()
        self.conflict.setObjectName("conflict")
        conflict_row = QHBoxLayout(self.conflict)
        conflict_row.setContentsMargins(0, 0, 0, 0)
        self.conflict_text = QLabel()
        self.conflict_text.setObjectName("error")
        self.conflict_text.setWordWrap(True)
        conflict_row.addWidget(self.conflict_text, 1)
        self.keep_mine_button = QPushButton(tr("Save mine over it"))
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_mine_button.clicked.connect(lambda: self.conflict_settled.emit(True))
        conflict_row.addWidget(self.keep_mine_button)
        self.take_theirs_button = QPushButton(tr("Use theirs"))
        self.take_theirs_button.setObjectName("takeTheirs")
        self.take_theirs_button.clicked.connect(lambda: self.conflict_settled.emit(False))
        conflict_row.addWidget(self.take_theirs_button)
        self.conflict.hide()
        layout.addWidget(self.conflict)
        self.review_note = QLabel()
        self.review_note.setObjectName("reviewNote")
        self.review_note.setWordWrap(True)
        self.review_note.hide()
        layout.addWidget(self.review_note)
        self._comment_saved = state.comment
        self.set_state(state)

    # state ---------------------------------------------------------------------------------
    def state(self) -> AnswerState:
        value = self.editor.value() if self.editor is not None else None
        if self.question.kind in ATTACHMENT_KINDS:
            value = [a.name for a in self.attachments] or None
        na = self.na_button.isChecked()
        return AnswerState(None if na else value, na, self.comment.text())

    def set_state(self, state: AnswerState) -> None:
        """Show a stored (or undone) answer without reporting it as a change."""
        if self.editor is not None:
            self.editor.set_value(None if state.na else state.value)
            self.editor.setEnabled(not state.na and not self.read_only)
        self.na_button.setChecked(state.na)
        self.comment.setText(state.comment)
        self._comment_saved = state.comment
        if state.comment:
            self.comment.show()

    def set_attachments(self, attachments: list[AttachmentInfo]) -> None:
        self.attachments = list(attachments)
        while self.thumbs.count():
            item = self.thumbs.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for att in self.attachments:
            thumb = QLabel()
            thumb.setObjectName("thumbnail")
            thumb.setToolTip(f"{att.name} ({att.size // 1024 + 1} KB)")
            pixmap = QPixmap()
            if att.media_type.startswith("image/") and pixmap.loadFromData(att.data):
                thumb.setPixmap(
                    pixmap.scaled(
                        THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )  # fmt: skip
            else:
                thumb.setText(att.name)
                thumb.setFrameShape(QFrame.Shape.Box)
            self.thumbs.addWidget(self._with_remove_button(thumb, att))

    def _with_remove_button(self, thumb: QLabel, att: AttachmentInfo) -> QWidget:
        """A thumbnail with a small x: a wrong photo is taken off the answer, not kept."""
        box = QWidget()
        box.setObjectName("attachment")
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(1)
        row.addWidget(thumb)
        remove = QToolButton()
        remove.setObjectName("remove_attachment")
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.setToolTip(tr("Remove %1").replace("%1", att.name))
        remove.setEnabled(not self.read_only)
        attachment_id = str(att.id)
        remove.clicked.connect(lambda: self.remove_requested.emit(self.question.key, attachment_id))
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignHCenter)
        return box

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.editor is not None:
            self.editor.set_read_only(read_only)
            if not read_only:
                self.editor.setEnabled(not self.na_button.isChecked())
        self.na_button.setEnabled(not read_only)
        self.comment.setReadOnly(read_only)
        self.setAcceptDrops(not read_only and self.question.kind in ATTACHMENT_KINDS)
        for button in self.findChildren(QPushButton, "attach"):
            button.setEnabled(not read_only)
        for tool in self.findChildren(QToolButton, "remove_attachment"):
            tool.setEnabled(not read_only)

    def set_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_conflict(self, text: str) -> None:
        """Someone else saved this answer first: say what it is now; the user's stays here."""
        self.conflict_text.setText(text)
        self.conflict.setVisible(bool(text))

    def set_review_note(self, text: str) -> None:
        """What the reviewer asked to change on this question, when the audit came back."""
        self.review_note.setText(tr("Reviewer: %1").replace("%1", text) if text else "")
        self.review_note.setVisible(bool(text))

    def set_current(self, current: bool) -> None:
        self._set_flag("current", current)

    def set_missing(self, missing: bool) -> None:
        """Marked when submit finds this answer missing or breaking a rule, until fixed."""
        self._set_flag("missing", missing)

    def is_missing(self) -> bool:
        return bool(self.property("missing"))

    def _set_flag(self, name: str, value: bool) -> None:
        if self.property(name) != value:
            self.setProperty(name, value)
            self.style().unpolish(self)
            self.style().polish(self)

    def commit_pending(self) -> None:
        if self.editor is not None:
            self.editor.commit_pending()
        if self.comment.text() != self._comment_saved:
            self._comment_done()

    # user actions --------------------------------------------------------------------------
    def _editor_changed(self) -> None:
        if self.na_button.isChecked():
            self.na_button.setChecked(False)
        self.changed.emit(self.question.key)

    def _na_clicked(self) -> None:
        if self.editor is not None:
            if self.na_button.isChecked():
                self.editor.set_value(None)
            self.editor.setEnabled(not self.na_button.isChecked())
        self.changed.emit(self.question.key)

    def toggle_na(self) -> bool:
        if not self.question.na_allowed or self.read_only:
            return False
        self.na_button.setChecked(not self.na_button.isChecked())
        self._na_clicked()
        return True

    def _comment_done(self) -> None:
        if self.comment.text() != self._comment_saved:
            self._comment_saved = self.comment.text()
            self.changed.emit(self.question.key)

    def edit_comment(self) -> None:
        self.comment.show()
        self.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_timer(self) -> bool:
        toggle = getattr(self.editor, "toggle_timer", None)
        return bool(toggle()) if toggle is not None else False

    def choose_files(self) -> None:
        if self.read_only:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Attach files"),
            "",
            tr("Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"),
        )
        if paths:
            self.files_chosen.emit(self.question.key, [Path(p) for p in paths])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.read_only:
            if (
                self.editor is not None
                and self.editor.isEnabled()
                and self.editor.handle_key(event)
            ):
                event.accept()
                return
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and event.key() == Qt.Key.Key_A and self.toggle_na():
                event.accept()
                return
            if (
                plain
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
                and self.question.kind in ATTACHMENT_KINDS
            ):
                self.choose_files()
                event.accept()
                return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_chosen.emit(self.question.key, paths)
            event.acceptProposedAction()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SectionHeader(QLabel):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("sectionHeader")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.setFont(font)
