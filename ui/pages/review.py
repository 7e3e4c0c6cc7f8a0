"""Review page: the queue of submitted audits (oldest first) beside the audit as a reviewer
reads it: every answer with its comment and photos, points, a note field per question, the
score breakdown, the status history and the change log. Accept (A), Return (R), J/K to move.

Accepted audits are locked; the Accepted queue lists them, and Reopen asks for a reason that
goes to the change log. Questionnaire responses (surveys, SERVQUAL: no verdict) wait for no
decision: they count once submitted, and their own list lets a manager read one and exclude
it with a reason (auditor.services.reviews.exclude).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QImage, QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.geo import location_text
from auditor.scoring.model import QuestionScore
from auditor.services import reviews
from auditor.services.capture import AnswerState, AttachmentInfo, AuditForm, QuestionView
from auditor.services.revisions import StaleRevision
from auditor.store.db import Database
from auditor.store.models import AuditStatus
from ui import formats, workers
from ui.capture.breakdown import BreakdownDialog
from ui.capture.form_window import answer_text as form_answer_text
from ui.direction import isolate, keep_order
from ui.errors import error_text
from ui.models.audit_table import status_label
from ui.packages_ui import ConflictDialog, conflict_count
from ui.settings import Settings

THUMB = 96
RESPONSES = "responses"  # the list of submitted questionnaire responses
# the queue's columns: heading, and its tooltip (extracted for translation, shown translated)
QUEUE_COLUMNS = (
    (QT_TRANSLATE_NOOP("ReviewPage", "Days"),
     QT_TRANSLATE_NOOP("ReviewPage", "Days waiting for a decision")),
    (QT_TRANSLATE_NOOP("ReviewPage", "Visited"),
     QT_TRANSLATE_NOOP("ReviewPage", "Day of the visit")),
    (QT_TRANSLATE_NOOP("ReviewPage", "Score"), QT_TRANSLATE_NOOP("ReviewPage", "Score")),
    (QT_TRANSLATE_NOOP("ReviewPage", "Critical"),
     QT_TRANSLATE_NOOP("ReviewPage", "Critical failures")),
    (QT_TRANSLATE_NOOP("ReviewPage", "Location"),
     QT_TRANSLATE_NOOP("ReviewPage", "Location, and the checklist filled there")),
    (QT_TRANSLATE_NOOP("ReviewPage", "Shopper"), QT_TRANSLATE_NOOP("ReviewPage", "Shopper")),
)  # fmt: skip
TEXT_COLUMNS = (4, 5)  # location, shopper: they share what the numbers leave
NUMBER_COLUMNS = (0, 2, 3)
# Labels wrap only when long: a wrapped label costs a height-for-width layout, which made
# opening a 60-question audit four times slower; short ones fit any sensible window.
WRAP_FROM = 70
# a question (in bold) wider than this wraps: with its answer and points beside it, it then
# fits the answers' pane beside the queue at 1280 pixels, whatever the language
WRAP_FROM_PX = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPage", text)


def answer_text(q: QuestionView, value: Any, na: bool) -> str:
    """An answer as a reviewer reads it: labels, not stored keys."""
    if na:
        return tr("N/A")
    if value is None or value == "" or value == []:
        return tr("no answer")
    choices = {c.key: c.label for c in q.choices}
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if q.kind == "rating":
        return f"{value} / {q.scale_max}"
    if q.kind == "location":
        return location_text(value)
    if isinstance(value, list):
        return ", ".join(choices.get(str(v), str(v)) for v in value)
    return choices.get(str(value), str(value))


def _when(moment: datetime) -> str:
    """Local date and time, kept in that order inside right-to-left text."""
    return formats.date_time(moment)


class PhotoDialog(QDialog):
    """A photo at a size one can read."""

    def __init__(self, attachment: AttachmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.setWindowTitle(attachment.name)
        pixmap = QPixmap()
        pixmap.loadFromData(attachment.data)
        label = QLabel()
        label.setObjectName("photo")
        label.setPixmap(
            pixmap.scaled(900, 700, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class AnswerRow(QFrame):
    """One question: what was answered, its points, comment, photos and a note field."""

    def __init__(
        self,
        q: QuestionView,
        value: Any,
        na: bool,
        comment: str,
        score: QuestionScore | None,
        attachments: list[AttachmentInfo],
        note: str,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerRow")
        self.key = q.key
        self.attachments = attachments
        self.pending: list[tuple[QToolButton, AttachmentInfo]] = []  # thumbnails to come
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        head = QHBoxLayout()
        label = QLabel(f"<b>{_html(q.label)}</b>")
        bold = label.font()
        bold.setBold(True)
        label.setWordWrap(QFontMetrics(bold).horizontalAdvance(q.label) > WRAP_FROM_PX)
        head.addWidget(label, 1)
        self.answer = QLabel(answer_text(q, value, na))
        self.answer.setObjectName("answer")
        self.answer.setWordWrap(
            self.answer.fontMetrics().horizontalAdvance(self.answer.text()) > WRAP_FROM_PX // 2
        )
        head.addWidget(self.answer)
        if score is not None and score.possible > 0:
            points = QLabel(
                keep_order(f"{formats.points(score.earned)} / {formats.points(score.possible)}")
            )
            points.setObjectName("points")
            if score.met is False or score.critical_failed:
                points.setStyleSheet("color: #b00020; font-weight: bold;")
            head.addWidget(points)
        layout.addLayout(head)
        if comment:
            text = QLabel(f"<i>{_html(comment)}</i>")
            text.setObjectName("comment")
            text.setWordWrap(len(comment) > WRAP_FROM)
            layout.addWidget(text)
        if attachments:
            strip = QHBoxLayout()
            for att in attachments:
                button = QToolButton()
                button.setObjectName("thumbnail")
                button.setToolTip(att.name)
                button.setFixedSize(THUMB + 8, THUMB + 8)
                if att.media_type.startswith("image/"):
                    button.setText("…")  # the picture arrives from the thumbnail job
                    button.clicked.connect(lambda _c=False, a=att: self.enlarge(a))
                    self.pending.append((button, att))
                else:
                    button.setText(att.name)
                    button.setFixedSize(button.sizeHint())
                strip.addWidget(button)
            strip.addStretch(1)
            layout.addLayout(strip)
        self.note = QLineEdit(note)
        self.note.setObjectName("questionNote")
        self.note.setPlaceholderText(tr("Note for the shopper on this question"))
        self.note.setVisible(editable or bool(note))
        self.note.setReadOnly(not editable)
        layout.addWidget(self.note)
        self.photo: PhotoDialog | None = None

    def enlarge(self, attachment: AttachmentInfo) -> None:
        self.photo = PhotoDialog(attachment, self)
        self.photo.open()


class QueueTable(QTableWidget):
    """The queue; letters are the page's keys (J, K, A, R), not a search by first letter."""

    letter = Signal(int)  # a Qt.Key pressed without modifiers

    def keyboardSearch(self, search: str) -> None:
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_A, Qt.Key.Key_R)
        if event.key() in keys and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.letter.emit(event.key())
            event.accept()
            return
        super().keyPressEvent(event)


def thumbnail(data: bytes) -> QImage:
    """A photo decoded at thumbnail size (JPEG decodes scaled, far faster than whole);
    QImage, not QPixmap, so it can be made off the UI thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull() and max(image.width(), image.height()) > THUMB:
        image = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)
    return image


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReviewPage(QWidget):
    message = Signal(str)
    decided = Signal(str)  # audit id: accepted, returned or reopened
    action_requested = Signal(object)  # the prefill of a new corrective action (a dict)
    thumbnails_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.rows: list[reviews.QueueRow] = []
        self.view: reviews.ReviewView | None = None
        self.thumbnail_job: workers.Job | None = None
        self.answer_rows: dict[str, AnswerRow] = {}

        self.which = QComboBox()
        self.which.setObjectName("reviewWhich")
        self.which.addItem(tr("To review"), AuditStatus.SUBMITTED.value)
        self.which.addItem(tr("Questionnaire responses"), RESPONSES)
        self.which.addItem(tr("Accepted"), AuditStatus.ACCEPTED.value)
        self.which.setToolTip(
            tr("Questionnaire responses need no decision: they count once submitted. Open one "
               "to exclude it.")
        )  # fmt: skip
        self.which.currentIndexChanged.connect(self.reload)
        self.count = QLabel()
        self.count.setObjectName("reviewCount")
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("reviewConflicts")
        self.conflicts_button.setStyleSheet("color: #b00020; font-weight: bold;")
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.conflicts_button.hide()
        self.conflict_dialog: ConflictDialog | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + tr("Review") + "</h2>"))
        top.addWidget(self.which)
        top.addWidget(self.count, 1)
        top.addWidget(self.conflicts_button)

        self.queue = QueueTable(0, len(QUEUE_COLUMNS))
        self.queue.setObjectName("reviewQueue")
        self.queue.setHorizontalHeaderLabels([tr(str(head)) for head, _tip in QUEUE_COLUMNS])
        for column, (_head, tip) in enumerate(QUEUE_COLUMNS):
            header_item = self.queue.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tr(str(tip)))
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # a long name wraps onto a second line rather than being cut: each row as tall as
        # its names need, at whatever width the pane has
        self.queue.setWordWrap(True)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue.verticalHeader().hide()
        self.queue.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.queue.verticalHeader().setMinimumSectionSize(self.queue.fontMetrics().height() + 10)
        # what a decision rests on (waiting, score, critical failures) comes first and keeps
        # its width; the names share what is left, so every column fits the pane (the
        # checklist is named in the location's tooltip and above the answers)
        header = self.queue.horizontalHeader()
        header.setMinimumSectionSize(36)
        for column in range(len(QUEUE_COLUMNS)):
            mode = (QHeaderView.ResizeMode.Stretch if column in TEXT_COLUMNS
                    else QHeaderView.ResizeMode.ResizeToContents)  # fmt: skip
            header.setSectionResizeMode(column, mode)
        self.queue.currentCellChanged.connect(lambda row, *_: self.show_row(row))

        self.header = QLabel()
        self.header.setObjectName("reviewHeader")
        self.header.setWordWrap(True)
        self.score_label = QLabel()
        self.score_label.setObjectName("reviewScore")
        self.score_label.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(tr("Note for the shopper on the whole audit"))
        self.accept_button = QPushButton(tr("&Accept"))
        self.accept_button.setObjectName("reviewAccept")
        self.accept_button.setToolTip(tr("A"))
        self.accept_button.clicked.connect(self.accept_current)
        self.return_button = QPushButton(tr("&Return to the shopper"))
        self.return_button.setObjectName("reviewReturn")
        self.return_button.setToolTip(tr("R"))
        self.return_button.clicked.connect(self.return_current)
        self.exclude_button = QPushButton(tr("E&xclude…"))
        self.exclude_button.setObjectName("reviewExclude")
        self.exclude_button.setToolTip(tr("Leave this response out of every count, with a reason"))
        self.exclude_button.clicked.connect(self.exclude_current)
        self.reopen_button = QPushButton(tr("Re&open…"))
        self.reopen_button.setObjectName("reviewReopen")
        self.reopen_button.clicked.connect(self.reopen_current)
        self.breakdown_button = QPushButton(tr("&Breakdown…"))
        self.breakdown_button.clicked.connect(self.show_breakdown)
        self.action_button = QPushButton(tr("Corrective &action…"))
        self.action_button.setObjectName("reviewAction")
        self.action_button.setToolTip(tr("For a standard this audit failed"))
        self.action_button.clicked.connect(self.request_action)
        # two rows: the decision, then what helps to make it (one row does not fit beside
        # the queue at 1280 pixels in the longer languages)
        buttons = QVBoxLayout()
        decide = (self.accept_button, self.return_button, self.exclude_button, self.reopen_button)
        for row_buttons in (decide, (self.breakdown_button, self.action_button)):
            row = QHBoxLayout()
            for b in row_buttons:
                row.addWidget(b)
            row.addStretch(1)
            buttons.addLayout(row)

        self.answers_box = QWidget()
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.history = QListWidget()
        self.history.setObjectName("reviewHistory")
        self.log = QTableWidget(0, 4)
        self.log.setObjectName("reviewLog")
        self.log.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("What"), tr("Change")])
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.verticalHeader().hide()
        self.log.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.header)
        detail_layout.addWidget(self.score_label)
        detail_layout.addWidget(self.note)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.answers_box)
        detail_layout.addWidget(QLabel("<b>" + tr("Status history") + "</b>"))
        detail_layout.addWidget(self.history)
        detail_layout.addWidget(QLabel("<b>" + tr("Change log") + "</b>"))
        detail_layout.addWidget(self.log)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(detail)

        splitter = QSplitter()
        splitter.addWidget(self.queue)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        actions = {
            Qt.Key.Key_J: lambda: self.step(1),
            Qt.Key.Key_K: lambda: self.step(-1),
            Qt.Key.Key_A: self.accept_current,
            Qt.Key.Key_R: self.return_current,
        }
        self.queue.letter.connect(lambda key: actions[Qt.Key(key)]())
        self._set_actions()

    # data ----------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        """Read when shown (the main window reloads the page it switches to): the start of
        the app does not wait for a queue nobody looks at yet."""
        self.db = db
        self.rows, self.view = [], None
        if self.isVisible():
            self.reload()

    def _language(self) -> str:
        return Settings().interface_language()

    def reload(self, keep: str | None = None) -> None:
        if self.db is None:
            return
        self.refresh_conflicts()
        which = str(self.which.currentData())
        responses = which == RESPONSES
        status = AuditStatus.SUBMITTED if responses else AuditStatus(which)
        with self.db.read_session() as session:
            self.rows = reviews.review_queue(
                session, self._language(), status=status, questionnaires=responses
            )
        waiting = status == AuditStatus.SUBMITTED and not responses
        days = self.queue.horizontalHeaderItem(0)
        if days is not None:
            days.setToolTip(tr("Days waiting for a decision") if waiting
                            else tr("Days since it was submitted"))  # fmt: skip
        self.queue.blockSignals(True)
        self.queue.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            score = "—" if r.score is None else formats.percent(r.score)
            critical = formats.count(len(r.critical_failed)) if r.critical_failed else ""
            cells = [formats.count(r.age_days), formats.day(r.visited_at.astimezone().date()),
                     score, critical, r.location, r.shopper]  # fmt: skip
            tips = ["", _when(r.visited_at), "", "", f"{r.location} — {r.checklist}", r.shopper]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in NUMBER_COLUMNS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if tips[column]:
                    item.setToolTip(tips[column])
                self.queue.setItem(i, column, item)
        self.queue.blockSignals(False)
        count = formats.count(len(self.rows))
        if responses:
            self.count.setText(
                tr("%1 questionnaire responses, counted since they were submitted")
                .replace("%1", count)
            )  # fmt: skip
        elif status == AuditStatus.SUBMITTED:
            self.count.setText(tr("%1 audits wait for a decision").replace("%1", count))
        else:
            self.count.setText(tr("%1 accepted audits").replace("%1", count))
        ids = [str(r.id) for r in self.rows]
        row = ids.index(keep) if keep in ids else 0
        if self.rows:
            self.queue.setCurrentCell(min(row, len(self.rows) - 1), 0)
            self.show_row(self.queue.currentRow())
        else:
            self.show_row(-1)

    def refresh_conflicts(self) -> int:
        """Audits an import found changed on both sides wait here for a reviewer's pick."""
        if self.db is None:
            return 0
        count = conflict_count(self.db)
        self.conflicts_button.setText(
            tr("%1 audits changed on both sides: resolve…").replace("%1", str(count))
        )
        self.conflicts_button.setVisible(count > 0)
        return count

    def open_conflicts(self) -> ConflictDialog | None:
        if self.db is None:
            return None
        self.conflict_dialog = ConflictDialog(self.db, self._reviewer(), self)
        self.conflict_dialog.resolved.connect(self._conflict_resolved)
        self.conflict_dialog.open()
        return self.conflict_dialog

    def _conflict_resolved(self) -> None:
        self.refresh_conflicts()
        current = self.current_id()
        self.reload(str(current) if current else None)
        self.decided.emit("")

    def current_id(self) -> uuid.UUID | None:
        return self.view.form.audit_id if self.view is not None else None

    def show_row(self, row: int) -> None:
        if self.db is None or not 0 <= row < len(self.rows):
            self.view = None
            self._fill()
            return
        with self.db.read_session() as session:
            self.view = reviews.review_view(session, self.rows[row].id, self._language())
        self._fill()

    def _fill(self) -> None:
        while self.answers_layout.count():
            item = self.answers_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the page now, freed when the event loop runs
                widget.deleteLater()
        self.answer_rows = {}
        self.history.clear()
        self.log.setRowCount(0)
        self.note.clear()
        view = self.view
        if view is None:
            # audits in the list but none chosen: say so, not that there is nothing
            self.header.setText(
                tr("Choose an audit in the list.") if self.rows else tr("Nothing to review.")
            )
            self.score_label.clear()
            self._set_actions()
            return
        form = view.form
        self.header.setText(
            f"<b>{_html(form.checklist)}</b> · {_html(form.location)} · {_html(form.shopper)} · "
            f"{_when(form.visit_start)} · {status_label(form.status)}"
        )
        score = "—" if view.score.score is None else formats.percent(view.score.score)
        verdict = []
        if view.score.passed is not None:
            verdict.append(tr("pass") if view.score.passed else tr("fail"))
        if view.score.grade:
            verdict.append(view.score.grade)
        if view.score.critical_failed:
            labels = [form.question(k).label for k in view.score.critical_failed]
            verdict.append(tr("critical failure: %1").replace("%1", "; ".join(labels)))
        if view.questionnaire:
            verdict.append(
                tr("a questionnaire response: counted since it was submitted")
                if form.status == AuditStatus.SUBMITTED.value
                else tr("a questionnaire response")
            )
        self.score_label.setText(f"<span style='font-size:20px'><b>{score}</b></span> "
                                 + _html(" · ".join(verdict)))  # fmt: skip
        scores = {q.key: q for s in view.score.sections for q in s.questions}
        # notes for the shopper only where a decision is due (a response gets none)
        editable = form.status == AuditStatus.SUBMITTED.value and not view.questionnaire
        for section in form.sections:
            title = QLabel(f"<h3>{_html(section.title)}</h3>")
            self.answers_layout.addWidget(title)
            for q in section.questions:
                state = form.answers.get(q.key)
                row = AnswerRow(
                    q, state.value if state else None, bool(state and state.na),
                    state.comment if state else "", scores.get(q.key),
                    form.attachments.get(q.key, []), view.question_notes.get(q.key, "")
                    if not editable else "", editable,
                )  # fmt: skip
                self.answer_rows[q.key] = row
                self.answers_layout.addWidget(row)
        for line in view.history:
            action = status_action(line.action, view.questionnaire)
            text = f"{_when(line.at)}  {isolate(line.actor)}: {action}"
            why = line.details.get("reason") or line.details.get("notes")
            if why:
                text += f" — {isolate(str(why))}"
            self.history.addItem(text)
        self.log.setRowCount(len(view.log))
        for i, line in enumerate(view.log):
            what = form.question(line.what).label if _has(form, line.what) else ""
            change = change_text(line, form, view.questionnaire)
            for column, text in enumerate((_when(line.at), line.actor, what, change)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.log.setItem(i, column, cell)
        self.log.resizeColumnsToContents()
        self.detail_scroll.verticalScrollBar().setValue(0)
        self._set_actions()
        self._load_thumbnails()

    def _load_thumbnails(self) -> None:
        """Decode the photos off the UI thread; the audit reads at once, the thumbnails
        follow. A job for an audit no longer shown is cancelled and its pictures dropped."""
        if self.thumbnail_job is not None:
            self.thumbnail_job.cancel()
        pending = [item for row in self.answer_rows.values() for item in row.pending]
        if not pending:
            self.thumbnail_job = None
            return
        data = [att.data for _button, att in pending]

        def body(progress: workers.Progress, cancelled: Any) -> list[QImage]:
            images = []
            for blob in data:
                if cancelled():
                    break
                images.append(thumbnail(blob))
            return images

        job = workers.Job(body)
        job.signals.succeeded.connect(
            lambda images, j=job: self._thumbnails_ready(j, pending, images)
        )
        self.thumbnail_job = job
        workers.start(job)

    def _thumbnails_ready(
        self,
        job: workers.Job,
        pending: list[tuple[QToolButton, AttachmentInfo]],
        images: list[QImage],
    ) -> None:
        if job is not self.thumbnail_job or job.is_cancelled():
            return
        self.thumbnail_job = None
        for (button, att), image in zip(pending, images, strict=False):
            if image.isNull():
                button.setText(att.name)
                continue
            button.setText("")
            button.setIcon(QPixmap.fromImage(image))
            button.setIconSize(image.size())
        self.thumbnails_shown.emit()

    def _set_actions(self) -> None:
        status = self.view.form.status if self.view else ""
        questionnaire = self.view is not None and self.view.questionnaire
        # a shopper's laptop decides nothing (the main window does not offer this page
        # there; the workflow refuses it wherever a decision is written)
        deciding = Settings().role != "shopper"
        due = status == AuditStatus.SUBMITTED.value and deciding
        self.accept_button.setVisible(not questionnaire and deciding)
        self.return_button.setVisible(not questionnaire and deciding)
        self.note.setVisible(not questionnaire)
        self.exclude_button.setVisible(questionnaire and deciding)
        self.reopen_button.setVisible(deciding)
        self.accept_button.setEnabled(due and not questionnaire)
        self.return_button.setEnabled(due and not questionnaire)
        self.exclude_button.setEnabled(due and questionnaire)
        self.note.setEnabled(due and not questionnaire)
        self.reopen_button.setEnabled(status == AuditStatus.ACCEPTED.value and deciding)
        self.breakdown_button.setEnabled(self.view is not None)
        self.action_button.setEnabled(bool(self.failed_standards()))

    # decisions -----------------------------------------------------------------------------
    def step(self, by: int) -> None:
        if self.rows:
            row = max(0, min(len(self.rows) - 1, self.queue.currentRow() + by))
            self.queue.setCurrentCell(row, 0)

    def _revision(self) -> int | None:
        """The audit's revision as shown: a decision on anything newer is refused."""
        return self.view.form.revision if self.view is not None else None

    def _reviewer(self) -> str:
        return Settings().reviewer_name or tr("Reviewer")

    def _decide(self, work: Any, done: str) -> bool:
        audit_id = self.current_id()
        if self.db is None or audit_id is None:
            return False
        at = self.queue.currentRow()
        try:
            with self.db.session() as session:
                work(session, audit_id)
        except StaleRevision as exc:
            # someone changed the audit since it was shown: show it as it is now, keeping
            # what the reviewer wrote, and let them decide again
            note = self.note.text()
            notes = {k: r.note.text() for k, r in self.answer_rows.items()}
            self.reload()
            self.note.setText(note)
            for key, text in notes.items():
                if key in self.answer_rows:
                    self.answer_rows[key].note.setText(text)
            self.message.emit(
                tr("Not saved: %1. The audit is shown as it is now; your notes are kept.")
                .replace("%1", error_text(exc))
            )  # fmt: skip
            return False
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return False
        self.message.emit(done)
        self.decided.emit(str(audit_id))
        self.reload()
        if self.rows:
            self.queue.setCurrentCell(min(at, len(self.rows) - 1), 0)
        return True

    def accept_current(self) -> bool:
        if not self.accept_button.isEnabled():
            return False
        note, reviewer, revision = self.note.text(), self._reviewer(), self._revision()
        return self._decide(
            lambda s, audit_id: reviews.accept(s, audit_id, reviewer, note, revision),
            tr("Accepted; the audit is locked."),
        )

    def return_current(self) -> bool:
        if not self.return_button.isEnabled():
            return False
        notes = {k: r.note.text() for k, r in self.answer_rows.items() if r.note.text().strip()}
        note, reviewer, revision = self.note.text(), self._reviewer(), self._revision()
        if not note.strip() and not notes:
            self.message.emit(tr("Write a note for the shopper (on the audit or a question)."))
            self.note.setFocus()
            return False
        return self._decide(
            lambda s, audit_id: reviews.return_to_shopper(
                s, audit_id, reviewer, note, notes, revision
            ),
            tr("Returned to the shopper with %1 notes.").replace(
                "%1", str(len(notes) + bool(note.strip()))
            ),
        )

    def exclude_current(self) -> bool:
        """Leave the questionnaire response on show out of every count, with a reason."""
        if not self.exclude_button.isEnabled():
            return False
        reason, ok = QInputDialog.getText(
            self, tr("Exclude a response"), tr("Why is this response left out of the results?")
        )
        if not ok:
            return False
        if not reason.strip():
            self.message.emit(tr("An excluded response needs a reason."))
            return False
        reviewer, revision = self._reviewer(), self._revision()
        return self._decide(
            lambda s, audit_id: reviews.exclude(s, audit_id, reviewer, reason, revision),
            tr("Excluded; the response no longer counts."),
        )

    def reopen_current(self) -> bool:
        if not self.reopen_button.isEnabled():
            return False
        reason, ok = QInputDialog.getText(
            self, tr("Reopen an accepted audit"), tr("Why is it reopened?")
        )
        if not ok:
            return False
        if not reason.strip():
            self.message.emit(tr("A reopened audit needs a reason."))
            return False
        reviewer, revision = self._reviewer(), self._revision()
        return self._decide(
            lambda s, audit_id: reviews.reopen(s, audit_id, reviewer, reason, revision),
            tr("Reopened; the audit is back in the review queue."),
        )

    def failed_standards(self) -> list[str]:
        """Codes of the standards the audit on show did not meet, in checklist order."""
        if self.view is None:
            return []
        return [code for code, (_e, _p, not_met) in self.view.score.standard_points().items()
                if not_met]  # fmt: skip

    def request_action(self) -> None:
        failed = self.failed_standards()
        if self.view is None or not failed:
            return
        code = failed[0]
        form = self.view.form
        question = next(
            (q.key for s in self.view.score.sections for q in s.questions
             if q.met is False and code in q.standards), "",
        )  # fmt: skip
        title = form.question(question).label if question else code
        self.action_requested.emit(
            {"title": title, "standard": code, "location": form.location,
             "audits": [form.audit_id], "question_key": question}
        )  # fmt: skip

    def show_breakdown(self) -> None:
        if self.view is not None:
            self.breakdown = BreakdownDialog(self.view.form, self.view.score, self)
            self.breakdown.open()


def _has(form: Any, key: str) -> bool:
    try:
        form.question(key)
    except KeyError:
        return False
    return True


def status_action(action: str, questionnaire: bool = False) -> str:
    """A step in an audit's history, in words."""
    if questionnaire and action == "returned":
        return tr("excluded from the results")
    names = {
        "start": tr("started"),
        "submit": tr("submitted"),
        "accepted": tr("accepted"),
        "returned": tr("returned to the shopper"),
        "reopen": tr("reopened"),
    }
    return names.get(action, tr("changed"))


# the audit's own columns a change-log "edit" names, in words
COLUMNS = {
    "visit_start": QT_TRANSLATE_NOOP("ReviewPage", "visit time"),
    "visit_end": QT_TRANSLATE_NOOP("ReviewPage", "end of the visit"),
    "observed_staff": QT_TRANSLATE_NOOP("ReviewPage", "observed staff"),
    "narrative": QT_TRANSLATE_NOOP("ReviewPage", "narrative"),
    "location_id": QT_TRANSLATE_NOOP("ReviewPage", "location"),
    "shopper_id": QT_TRANSLATE_NOOP("ReviewPage", "shopper"),
    "submitted_at": QT_TRANSLATE_NOOP("ReviewPage", "time of submission"),
}


def _question_label(form: AuditForm, key: str) -> str:
    return form.question(key).label if _has(form, key) else tr("a question no longer asked")


def _value_text(form: AuditForm, key: str, value: Any, na: bool) -> str:
    """A stored answer as the reviewer reads it: the question's labels, Yes/No, never a key
    or a Python literal; kept in its own direction inside the sentence."""
    if _has(form, key):
        text = form_answer_text(form.question(key), AnswerState(value, na))
    elif na:
        text = tr("N/A")
    elif isinstance(value, bool):
        text = tr("Yes") if value else tr("No")
    elif value is None or value == "" or value == []:
        text = tr("no answer")
    else:
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return isolate(text)


def change_text(line: reviews.LogLine, form: AuditForm, questionnaire: bool = False) -> str:
    """One change-log line in words: answers by their labels, notes by their questions."""
    d = line.details
    if line.action == "save":
        if d.get("na"):
            return tr("answered N/A")
        return tr("answered %1").replace("%1", _value_text(form, line.what, d.get("value"), False))
    if line.action == "add":
        return tr("attached %1").replace("%1", isolate(str(d.get("name", ""))))
    if line.action == "remove":
        return tr("removed %1").replace("%1", isolate(str(d.get("name", ""))))
    if line.action in ("returned", "accepted"):
        notes = [
            isolate(str(d.get("notes"))) if d.get("notes") else "",
            *(f"{isolate(_question_label(form, k))}: {isolate(str(v))}"
              for k, v in (d.get("question_notes") or {}).items()),
        ]  # fmt: skip
        text = "; ".join(n for n in notes if n)
        return status_action(line.action, questionnaire) + (f" — {text}" if text else "")
    if line.action == "reopen":
        return tr("reopened — %1").replace("%1", isolate(str(d.get("reason", ""))))
    if line.action == "verified":
        return tr("score verified by the team server")
    if line.action == "merge":
        return tr("a change made on both sides settled")
    if line.action == "delete":
        return tr("deleted")
    if line.action == "edit":
        columns = [str(c) for c in d.get("columns") or []]
        named = [tr(str(COLUMNS[c])) for c in columns if c in COLUMNS]
        if named:
            return tr("changed: %1").replace("%1", ", ".join(named))
        return tr("changed")
    return status_action(line.action, questionnaire)
