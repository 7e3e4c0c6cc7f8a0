"""The audit form: an outline of sections, one card per question, the live score, autosave.

Every change is saved at once by the form's writer thread (one transaction each); the score,
relevance rules and completion counts are recomputed in memory with the scoring engine, so
what the shopper sees is what the database will say.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from auditor.errors import AuditorError
from auditor.geo import location_text
from auditor.scoring.audit import is_relevant, plain_values
from auditor.scoring.model import AuditScore
from auditor.services import capture
from auditor.services.answer_journal import JournalEntry
from auditor.services.capture import AnswerState, AuditForm, QuestionView
from auditor.services.revisions import StaleRevision
from auditor.store.db import Database
from ui import formats
from ui.capture.autosave import AutosaveWriter, is_busy
from ui.capture.breakdown import BreakdownDialog, not_scorable_text
from ui.capture.card import QuestionCard, SectionHeader
from ui.direction import layout_direction_for
from ui.errors import error_text

RESUME_DELAY_MS = 400
STYLE = """
QuestionCard { border: 1px solid palette(mid); border-radius: 6px; }
QuestionCard[missing="true"] { border: 2px solid #b00020; background: #fdf0f1; }
QuestionCard[current="true"] { border: 2px solid palette(highlight); }
QLabel#error { color: #b00020; }
QLabel#marks { color: palette(mid); }
QLabel#scoreValue { font-size: 28px; font-weight: bold; }
QLabel#criticalList { color: #b00020; }
QLabel#banner { background: #fff4ce; padding: 6px; border-radius: 4px; }
QLabel#reviewNote { background: #fff4ce; padding: 4px; border-radius: 3px; }
QuestionCard QPushButton { background: palette(button); color: palette(button-text);
    border: 1px solid palette(mid); border-radius: 3px; padding: 4px 12px; }
QuestionCard QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(dark); }
QuestionCard QPushButton:disabled { color: palette(mid); }
QuestionCard QPushButton:checked:disabled { background: palette(dark);
    color: palette(highlighted-text); }
"""
# Every state of a card's button has the same box (border, padding): a button that is
# already checked when the card is built (a reopened draft, a returned audit) is sized like
# the others, not shrunk to a checked look's smaller box.

# keys, and what they do (extracted for translation, translated when shown)
SHORTCUTS = (
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("AuditForm", "next / previous question")),
    ("Y / N", QT_TRANSLATE_NOOP("AuditForm", "yes / no")),
    ("A", QT_TRANSLATE_NOOP("AuditForm", "not applicable (where allowed)")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("AuditForm", "not applicable, also inside a text field")),
    ("0-9", QT_TRANSLATE_NOOP("AuditForm", "rating, or the n-th choice (two digits for 10)")),
    ("Enter", QT_TRANSLATE_NOOP("AuditForm", "attach a file to a photo or file question")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("AuditForm", "start / stop the stopwatch of a wait or duration")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("AuditForm", "comment on the current question")),
    ("Ctrl+Enter / Ctrl+Shift+Enter", QT_TRANSLATE_NOOP("AuditForm", "next / previous section")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("AuditForm", "jump to a question")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("AuditForm", "undo the last answer change")),
    ("Ctrl+B", QT_TRANSLATE_NOOP("AuditForm", "score breakdown")),
    ("Alt+S", QT_TRANSLATE_NOOP("AuditForm", "submit")),
    ("F1", QT_TRANSLATE_NOOP("AuditForm", "this list")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditForm", text)


@dataclass(frozen=True)
class Undo:
    key: str
    state: AnswerState


class AuditFormWindow(QMainWindow):
    answer_saved = Signal(str)  # question key, once its newest change is committed
    submitted = Signal(str)  # audit id
    closed = Signal(str)

    def __init__(self, db: Database, audit_id: uuid.UUID, language: str = "en") -> None:
        super().__init__()
        self.db = db
        with db.read_session() as session:
            self.form: AuditForm = capture.load_form(session, audit_id, language)
            self.writer = capture.AnswerWriter(session, audit_id)
        self.audit_id = audit_id
        self.answers: dict[str, AnswerState] = dict(self.form.answers)
        self.undo_stack: list[Undo] = []
        self.waiting: dict[str, int] = {}  # question key -> newest save in flight
        self.conflicts: dict[str, StaleRevision] = {}  # answers someone else saved first
        self.attaching: dict[int, str] = {}  # save number -> "attach:<key>"
        self.removing: dict[int, tuple[str, str]] = {}  # save number -> (key, attachment id)
        self.show_problems = False
        self.autosave = AutosaveWriter(db, self)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._save_failed)
        self.autosave.waiting.connect(self._save_waiting)
        self.setLayoutDirection(layout_direction_for(language))
        self.setWindowTitle(
            tr("%1 — %2").replace("%1", self.form.checklist).replace("%2", self.form.location)
        )
        self.setStyleSheet(STYLE)
        self.resize(1200, 800)

        self.cards: dict[str, QuestionCard] = {}
        self.headers: dict[str, SectionHeader] = {}
        self._build()
        self._shortcuts()
        self._resume_timer = QTimer(self)
        self._resume_timer.setSingleShot(True)
        self._resume_timer.setInterval(RESUME_DELAY_MS)
        self._resume_timer.timeout.connect(self._store_resume_point)
        self._current: QuestionCard | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._refresh()
        self.set_read_only(not self.form.editable)
        QTimer.singleShot(0, self._resume)

    # building ------------------------------------------------------------------------------
    def _build(self) -> None:
        form = self.form
        parts = [
            form.checklist, str(form.version), form.location, form.shopper,
            formats.date_time(form.visit_start),
        ]  # fmt: skip
        text = tr("<b>%1</b> (version %2) · %3 · %4 · visit %5")
        for n, part in enumerate(parts, start=1):  # isolates keep each part in its own order
            text = text.replace(f"%{n}", f"\u2068{_html(part)}\u2069")
        head = QLabel(text)
        head.setObjectName("formHeader")
        head.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.outline = QTreeWidget()
        self.outline.setObjectName("outline")
        self.outline.setHeaderLabels([tr("Section"), tr("Done")])
        self.outline.setRootIsDecorated(False)
        self.outline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.header().setStretchLastSection(False)
        self.outline.itemClicked.connect(lambda item, _col: self.go_to_section(item.data(0, 256)))

        content = QWidget()
        content.setObjectName("formContent")
        column = QVBoxLayout(content)
        number = 0
        for s_index, section in enumerate(form.sections, start=1):
            header = SectionHeader(f"{s_index}. {section.title}")
            self.headers[section.key] = header
            column.addWidget(header)
            item = QTreeWidgetItem([section.title, ""])
            item.setData(0, 256, section.key)
            self.outline.addTopLevelItem(item)
            for q_index, q in enumerate(section.questions, start=1):
                number += 1
                card = QuestionCard(
                    q, f"{s_index}.{q_index}", self.answers.get(q.key, AnswerState())
                )
                card.set_attachments(form.attachments.get(q.key, []))
                card.changed.connect(self._card_changed)
                card.files_chosen.connect(self.attach_files)
                card.conflict_settled.connect(
                    lambda keep, key=q.key: self.settle_conflict(key, keep)
                )
                card.remove_requested.connect(self.remove_attachment)
                self.cards[q.key] = card
                column.addWidget(card)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("formScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(content)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        self.score_value = QLabel()
        self.score_value.setObjectName("scoreValue")
        self.score_state = QLabel()
        self.score_state.setObjectName("scoreState")
        self.critical = QLabel()
        self.critical.setObjectName("criticalList")
        self.critical.setWordWrap(True)
        breakdown = QPushButton(tr("Breakdown…"))
        breakdown.setObjectName("breakdownButton")
        breakdown.clicked.connect(self.show_breakdown)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._problem_chosen)
        self.problem_list.itemClicked.connect(self._problem_chosen)
        self.problem_list.hide()
        self.submit_button = QPushButton(tr("&Submit"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self.ask_submit)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setWordWrap(True)
        shortcuts = QPushButton(tr("Keyboard shortcuts (F1)"))
        shortcuts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        shortcuts.clicked.connect(self.show_shortcuts)
        breakdown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (
            QLabel(tr("Score")),
            self.score_value,
            self.score_state,
            self.critical,
            breakdown,
            self.problem_list,
            self.submit_button,
            self.save_state,
        ):
            side_layout.addWidget(widget)  # fmt: skip
        side_layout.addStretch(1)
        side_layout.addWidget(shortcuts)

        self.jump = QLineEdit()
        self.jump.setObjectName("jump")
        self.jump.setPlaceholderText(tr("Jump to a question (Ctrl+F)"))
        labels = [f"{c.question.label}" for c in self.cards.values()]
        completer = QCompleter(labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.jump.setCompleter(completer)
        completer.activated.connect(self.jump_to_label)
        self.jump.returnPressed.connect(lambda: self.jump_to_label(self.jump.text()))

        splitter = QSplitter()
        splitter.addWidget(self.outline)
        splitter.addWidget(self.scroller)
        splitter.addWidget(side)
        splitter.setSizes([230, 720, 250])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.jump)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        if form.review_notes:
            self._show_banner(
                tr("Returned by the reviewer: %1").replace("%1", " / ".join(form.review_notes))
            )
        if form.editable:
            for key, note in form.question_notes.items():
                if key in self.cards:
                    self.cards[key].set_review_note(note)

    def _shortcuts(self) -> None:
        pairs: list[tuple[QKeySequence | str, Any]] = [
            ("Ctrl+Return", lambda: self.step_section(1)),
            ("Ctrl+Enter", lambda: self.step_section(1)),
            ("Ctrl+Shift+Return", lambda: self.step_section(-1)),
            ("Ctrl+M", self.comment_current),
            ("Ctrl+F", self.focus_jump),
            ("Ctrl+Z", self.undo),
            ("Ctrl+D", self.na_current),
            ("Ctrl+T", self.timer_current),
            ("Ctrl+B", self.show_breakdown),
            ("F1", self.show_shortcuts),
        ]
        for keys, slot in pairs:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # state and saving ----------------------------------------------------------------------
    def _card_changed(self, key: str) -> None:
        new = self.cards[key].state()
        old = self.answers.get(key, AnswerState())
        if new == old:
            return
        self.undo_stack.append(Undo(key, old))
        self._apply(key, new)

    def _apply(self, key: str, state: AnswerState) -> None:
        hidden_before = {k for k, c in self.cards.items() if c.isHidden()}
        self.answers[key] = state
        writer, actor = self.writer, self.form.shopper
        entry = JournalEntry(
            self.audit_id, key, state.value, state.na, state.comment, actor, datetime.now(UTC)
        )
        self.waiting[key] = self.autosave.submit(
            key, lambda session: writer.save(session, key, state, actor), entry
        )
        self.cards[key].set_saved(tr("saving…"))
        self.save_state.setText(tr("Saving…"))
        self._refresh()
        revealed = [k for k in hidden_before if not self.cards[k].isHidden()]
        if revealed:
            QTimer.singleShot(0, lambda: self._catch_revealed(key, revealed))

    def _catch_revealed(self, changed: str, revealed: list[str]) -> None:
        """An answer that shows a follow-up question takes the shopper there, even when the
        Tab that finished the answer had already moved on past it."""
        order = [k for k, c in self.cards.items() if not c.isHidden()]
        first = min(revealed, key=order.index)
        at = order.index(first)
        current = self._current.question.key if self._current else None
        just_passed = at + 1 < len(order) and order[at + 1] == current
        if at > 0 and order[at - 1] == changed and just_passed:
            self.focus_question(first)

    def _saved(self, seq: int, key: str) -> None:
        result = self.autosave.take(seq)
        if seq in self.removing:
            self._removed(*self.removing.pop(seq))
            return
        if self.attaching.get(seq) == key:
            del self.attaching[seq]
            self._attached(key, result if isinstance(result, list) else [])
            return
        if self.waiting.get(key) == seq:
            del self.waiting[key]
            if key in self.cards:
                self.cards[key].set_saved(tr("saved ✓"))
            self.answer_saved.emit(key)
        if not self.waiting:
            self.save_state.setText(tr("All changes saved"))

    def _save_waiting(self, seq: int, key: str) -> None:
        """Another program holds the database: the save is retried, nothing is lost."""
        if self.waiting.get(key) == seq and key in self.cards:
            self.cards[key].set_saved(tr("waiting for the database…"))
        self.save_state.setText(tr("Waiting for the database…"))

    def _save_failed(self, seq: int, key: str, message: str) -> None:
        refusal = self.autosave.take(seq)
        if isinstance(refusal, StaleRevision) and isinstance(refusal.current, AnswerState):
            self._stale(key, refusal)
            return
        self.waiting.pop(key, None)
        key = self.attaching.pop(seq, key).removeprefix("attach:")
        key = self.removing.pop(seq, (key, ""))[0]
        if key in self.cards:
            self.cards[key].set_saved(tr("not saved"))
            self.cards[key].set_error(message)
        self.save_state.setText(tr("A change could not be saved: %1").replace("%1", message))

    def _stale(self, key: str, refusal: StaleRevision) -> None:
        """Someone else saved this answer since the form opened: theirs stays stored, ours
        stays on screen, and the shopper picks (nothing is overwritten unasked)."""
        self.waiting.pop(key, None)
        self.conflicts[key] = refusal
        current: AnswerState = refusal.current
        who = refusal.by or tr("someone else")
        when = formats.time_of_day(refusal.at) if refusal.at else ""
        text = (
            tr("%1 saved this answer at %2, after you opened the audit: it is now “%3”. "
               "Yours is still here, not saved.")
            .replace("%1", who).replace("%2", when)
            .replace("%3", answer_text(self.form.question(key), current))
        )  # fmt: skip
        card = self.cards.get(key)
        if card is not None:
            card.set_saved(tr("not saved"))
            card.show_conflict(text)
        self.save_state.setText(tr("An answer was changed by someone else; choose which stays."))

    def settle_conflict(self, key: str, keep_mine: bool) -> None:
        refusal = self.conflicts.pop(key, None)
        card = self.cards.get(key)
        if refusal is None or card is None:
            return
        card.show_conflict("")
        writer, revision = self.writer, refusal.revision
        if keep_mine:  # saved over theirs, knowingly: the save is based on what is stored now
            state, actor = card.state(), self.form.shopper
            self.answers[key] = state
            entry = JournalEntry(
                self.audit_id, key, state.value, state.na, state.comment, actor, datetime.now(UTC)
            )

            def work(session: Any) -> AuditScore:
                writer.take_theirs(key, revision)
                return writer.save(session, key, state, actor)

            self.waiting[key] = self.autosave.submit(key, work, entry)
            card.set_saved(tr("saving…"))
        else:
            current: AnswerState = refusal.current
            self.answers[key] = current
            card.set_state(current)
            self.autosave.submit(f"theirs:{key}", lambda _s: writer.take_theirs(key, revision))
            card.set_saved(tr("saved ✓"))
        self._refresh()

    def undo(self) -> None:
        if not self.undo_stack or not self.form.editable:
            self.statusBar().showMessage(tr("Nothing to undo"), 3000)
            return
        step = self.undo_stack.pop()
        card = self.cards[step.key]
        card.set_state(step.state)
        self._apply(step.key, step.state)
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(tr("Undone: %1").replace("%1", card.question.label), 3000)

    def attach_files(self, key: str, paths: list[Path]) -> None:
        writer, actor = self.writer, self.form.shopper

        def work(session: Any) -> list[capture.AttachmentInfo]:
            return [writer.attach(session, key, p, actor) for p in paths]

        self.attaching[self.autosave.submit(f"attach:{key}", work)] = f"attach:{key}"
        self.cards[key].set_saved(tr("saving…"))

    def _attached(self, what: str, infos: list[capture.AttachmentInfo]) -> None:
        key = what.removeprefix("attach:")
        self._show_attachments(key, [*self.cards[key].attachments, *infos])

    def remove_attachment(self, key: str, attachment_id: str) -> None:
        if not self.form.editable:
            return
        writer, target = self.writer, uuid.UUID(attachment_id)

        def work(session: Any) -> None:
            writer.remove_attachment(session, target)

        self.removing[self.autosave.submit(f"detach:{key}", work)] = (key, attachment_id)
        self.cards[key].set_saved(tr("saving…"))

    def _removed(self, key: str, attachment_id: str) -> None:
        kept = [a for a in self.cards[key].attachments if str(a.id) != attachment_id]
        self._show_attachments(key, kept)

    def _show_attachments(self, key: str, attachments: list[capture.AttachmentInfo]) -> None:
        card = self.cards[key]
        card.set_attachments(attachments)
        names = [a.name for a in attachments]
        self.answers[key] = AnswerState(names or None, False, card.comment.text())
        card.set_error("")
        card.set_saved(tr("saved ✓"))
        self._refresh()
        self.answer_saved.emit(key)

    # live view -----------------------------------------------------------------------------
    def score(self) -> AuditScore:
        return self.form.score(self.answers)

    def _refresh(self) -> None:
        values = plain_values(capture.engine_answers(self.answers))
        for index, section in enumerate(self.form.sections):
            section_relevant = is_relevant(section.relevance, values, section.key)
            self.headers[section.key].setVisible(section_relevant)
            shown = done = 0
            for q in section.questions:
                card = self.cards[q.key]
                visible = section_relevant and is_relevant(q.relevance, values, q.key)
                card.setVisible(visible)
                state = self.answers.get(q.key, AnswerState())
                if visible and q.kind != "note":
                    shown += 1
                    done += state.answered
                card.set_error(capture.constraint_message(q, state, values) if visible else "")
            item = self.outline.topLevelItem(index)
            if item is not None:
                item.setText(1, f"{done}/{shown}")
                item.setHidden(not section_relevant)
        result = self.score()
        self.score_value.setText("—" if result.score is None else formats.percent(result.score))
        verdict = []
        if result.passed is not None:
            verdict.append(tr("pass") if result.passed else tr("fail"))
        if result.grade:
            verdict.append(result.grade)
        if result.not_scorable:
            verdict.append(tr("not scorable: too many N/A answers"))
        self.score_state.setText(" · ".join(verdict))
        self.score_state.setToolTip(not_scorable_text(self.form, result))
        if result.critical_failed:
            labels = [self.form.question(k).label for k in result.critical_failed]
            self.critical.setText(tr("Critical failure: %1").replace("%1", "; ".join(labels)))
        else:
            self.critical.setText("")
        if self.show_problems:
            self._fill_problems()

    def _fill_problems(self) -> list[capture.Problem]:
        """What stops a submit: listed, and each card concerned marked with its reason."""
        found = capture.problems(self.form, self.answers)
        self.problem_list.clear()
        messages: dict[str, str] = {}
        for p in found:
            item = QListWidgetItem(f"{p.label}: {tr(p.message)}")
            item.setData(256, p.question)
            item.setToolTip(item.text())
            self.problem_list.addItem(item)
            messages.setdefault(p.question, tr(p.message))
        for key, card in self.cards.items():
            card.set_missing(key in messages)
            if key in messages:
                card.set_error(messages[key])
        self.problem_list.setVisible(bool(found))
        return found

    def missing_cards(self) -> list[QuestionCard]:
        """The cards marked at the last submit, in the form's order."""
        return [card for card in self.cards.values() if card.is_missing()]

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards.values():
            card.set_read_only(read_only)
        self.submit_button.setVisible(not read_only)
        if read_only:
            self._show_banner(
                tr("This audit is %1 and can no longer be changed.").replace(
                    "%1", tr(self.form.status)
                )
            )

    # navigation ----------------------------------------------------------------------------
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        card, left = _card_of(new), _card_of(old)
        if left is not None and left is not card and left.window() is self:
            left.commit_pending()  # leaving a field saves what was typed in it
        if card is None or card.window() is not self:
            return
        if self._current is not None and self._current is not card:
            self._current.set_current(False)
        self._current = card
        card.set_current(True)
        self.scroller.ensureWidgetVisible(card, 40, 60)
        for index, section in enumerate(self.form.sections):
            if any(q.key == card.question.key for q in section.questions):
                item = self.outline.topLevelItem(index)
                if item is not None:
                    self.outline.setCurrentItem(item)
        if self.form.editable:
            self._resume_timer.start()

    def _store_resume_point(self) -> None:
        if self._current is None:
            return
        key, audit_id = self._current.question.key, self.audit_id
        self.autosave.submit(
            "resume", lambda session: capture.set_resume_point(session, audit_id, key)
        )

    def current_card(self) -> QuestionCard | None:
        return self._current

    def focus_question(self, key: str) -> None:
        card = self.cards.get(key)
        if card is not None and card.isVisible():
            card.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_changed(None, card)

    def _resume(self) -> None:
        key = self.form.resume_question
        if key and key in self.cards and self.cards[key].isVisibleTo(self):
            self.focus_question(key)
            return
        first = next((c for c in self.cards.values() if c.isVisibleTo(self)), None)
        if first is not None:
            self.focus_question(first.question.key)

    def go_to_section(self, key: str) -> None:
        section = next(s for s in self.form.sections if s.key == key)
        for q in section.questions:
            if self.cards[q.key].isVisibleTo(self):
                self.focus_question(q.key)
                return

    def step_section(self, step: int) -> None:
        keys = [s.key for s in self.form.sections if self.headers[s.key].isVisibleTo(self)]
        if not keys:
            return
        current = self._current.question.key if self._current else None
        here = next(
            (s.key for s in self.form.sections if any(q.key == current for q in s.questions)),
            keys[0],
        )
        at = keys.index(here) if here in keys else 0
        self.go_to_section(keys[max(0, min(len(keys) - 1, at + step))])

    def comment_current(self) -> None:
        if self._current is not None and self.form.editable:
            self._current.edit_comment()

    def na_current(self) -> None:
        if self._current is not None:
            self._current.toggle_na()

    def timer_current(self) -> None:
        if self._current is not None and not self._current.toggle_timer():
            self.statusBar().showMessage(tr("This question has no stopwatch"), 3000)

    def focus_jump(self) -> None:
        self.jump.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.jump.selectAll()

    def jump_to_label(self, text: str) -> None:
        wanted = text.strip().casefold()
        for card in self.cards.values():
            if card.isVisibleTo(self) and wanted and wanted in card.question.label.casefold():
                self.jump.clear()
                self.focus_question(card.question.key)
                return
        self.statusBar().showMessage(tr("No visible question matches '%1'").replace("%1", text))

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        self.focus_question(str(item.data(256)))

    # submit, dialogs, closing ----------------------------------------------------------------
    def commit_pending(self) -> None:
        for card in self.cards.values():
            card.commit_pending()

    def ask_submit(self) -> bool:
        """The Submit button and Alt+S: what is missing is shown first; else ask, since a
        submitted audit is no longer the shopper's to change."""
        self.commit_pending()
        self.show_problems = True
        if self._fill_problems():
            return self.submit()  # shows and jumps to what is missing
        if self.form.spec.verdict:
            question = tr("Send this audit to the reviewer? Once submitted it can no longer be "
                          "changed, unless the reviewer returns it.")  # fmt: skip
        else:
            question = tr("Submit these answers? Once submitted they are counted and can no "
                          "longer be changed.")  # fmt: skip
        answer = QMessageBox.question(
            self, tr("Submit"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            self.statusBar().showMessage(tr("Not submitted."), 3000)
            return False
        return self.submit()

    def submit(self) -> bool:
        self.commit_pending()
        self.show_problems = True
        found = self._fill_problems()
        if found:
            self.statusBar().showMessage(
                tr("%1 answers are missing or break a rule: they are marked in red.").replace(
                    "%1", str(len(found))
                )
            )
            self.focus_question(found[0].question)
            return False
        self.autosave.flush()
        try:
            with self.db.session() as session:
                capture.submit_audit(session, self.audit_id, self.form.language)
        except AuditorError as exc:
            QMessageBox.warning(self, tr("Cannot submit"), error_text(exc))
            return False
        except OperationalError as exc:
            if not is_busy(exc):
                raise
            QMessageBox.warning(
                self,
                tr("Cannot submit"),
                tr("Another program is writing to the database; try again in a moment."),
            )
            return False
        self.form.status = "submitted"
        self.set_read_only(True)
        self.submitted.emit(str(self.audit_id))
        self.statusBar().showMessage(tr("Submitted."), 5000)
        return True

    def show_breakdown(self) -> None:
        self.breakdown = BreakdownDialog(self.form, self.score(), self, self.answers)
        self.breakdown.open()

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("shortcutsHelp")
        dialog.setWindowTitle(tr("Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, dialog)
        table.setHorizontalHeaderLabels([tr("Keys"), tr("Does")])
        for row, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(tr(str(what))))
        table.resizeColumnsToContents()
        table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(560, 480)
        dialog.open()
        self.help_dialog = dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_pending()
        if self._resume_timer.isActive():
            self._resume_timer.stop()
            self._store_resume_point()
        self.save_state.setText(tr("Saving…"))
        left = self.autosave.close()
        if left:
            QMessageBox.information(
                self,
                tr("Answers kept"),
                tr(
                    "The database stayed busy; %1 answers are kept beside it and will be "
                    "saved the next time it is opened."
                ).replace("%1", str(left)),
            )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        self.closed.emit(str(self.audit_id))
        event.accept()


def answer_text(question: QuestionView, state: AnswerState) -> str:
    """An answer in words, as the shopper would read it back."""
    if state.na:
        return tr("N/A")
    if state.value is None or state.value == "" or state.value == []:
        return tr("no answer")
    if question.kind == "location":
        return location_text(state.value)
    labels = {c.key: c.label for c in question.choices}
    values = state.value if isinstance(state.value, list) else [state.value]
    if question.kind == "yes_no":
        return ", ".join(tr("Yes") if v is True else tr("No") if v is False else str(v)
                         for v in values)  # fmt: skip
    return ", ".join(labels.get(str(v), str(v)) for v in values)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _card_of(widget: QWidget | None) -> QuestionCard | None:
    while widget is not None:
        if isinstance(widget, QuestionCard):
            return widget
        widget = widget.parentWidget()
    return None
