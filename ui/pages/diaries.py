"""Diaries page: pick or start a diary, quick-add events from the keyboard, see the timeline
and the summary the scoring engine computes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.errors import AuditorError
from auditor.services import diaries
from auditor.services.audits import AuditFilter
from auditor.services.measures import diary_summary, read_diaries
from auditor.store.db import Database
from ui import formats, workers
from ui.capture.autosave import AutosaveWriter
from ui.direction import IsolatingDelegate, arrow, isolate, keep_order
from ui.enum_labels import channel_label, criterion_label, feeling_label
from ui.errors import error_text
from ui.report_job import start_pdf_job
from ui.settings import Settings


class ScaleSlider(QSlider):
    """A 1-n slider that also takes a digit key, so a rating is one keystroke."""

    def __init__(self, low: int, high: int, name: str) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName(name)
        self.setRange(low, high)
        self.setPageStep(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        self.setValue((low + high) // 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and self.minimum() <= int(text) <= self.maximum():
            self.setValue(int(text))
            event.accept()
            return
        super().keyPressEvent(event)


def _short_date_time_format() -> str:
    """The language's short date and time, the year in full (25.11.2026 14:30)."""
    text = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def _date_edit(day: QDate) -> QDateEdit:
    """A date as the language writes it, left to right in every language."""
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # before the format (see `when`)
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(text if "yyyy" in text else text.replace("yy", "yyyy"))
    return edit


def _with_value(slider: QSlider) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(str(slider.value()))
    label.setMinimumWidth(16)
    slider.valueChanged.connect(lambda v: label.setText(str(v)))
    row.addWidget(slider, 1)
    row.addWidget(label)
    return box


class WrappingTable(QTableWidget):
    """What happened wraps in the width left to it: rows as tall as their text needs, again
    whenever the table's width changes (the last column stretches with it)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.resizeRowsToContents)  # once the columns took the width


class NewDiaryDialog(QDialog):
    def __init__(self, owner: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a diary"))
        self.setMinimumWidth(440)  # the title's example reads whole
        self.owner = QLineEdit(owner)
        self.owner.setObjectName("diaryOwner")
        self.title = QLineEdit()
        self.title.setObjectName("diaryTitle")
        self.title.setPlaceholderText(self.tr("e.g. Two weeks of service encounters"))
        today = QDate.currentDate()
        self.start = _date_edit(today)
        self.end = _date_edit(today.addDays(13))
        self.purpose = QLineEdit()
        self.purpose.setObjectName("diaryPurpose")
        form = QFormLayout()
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("T&o"), self.end)
        form.addRow(self.tr("&Purpose"), self.purpose)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # named here: Qt's own words are not shipped in every language the app speaks
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the diary"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class DiariesPage(QWidget):
    message = Signal(str)
    event_saved = Signal(str)  # event id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.writer: AutosaveWriter | None = None
        self.job: workers.Job | None = None
        self.channel_names = {code: channel_label(code) for code in diaries.CHANNELS}
        self.criterion_names = {code: criterion_label(code) for code in diaries.CRITERIA}

        self.diary = QComboBox()
        self.diary.setObjectName("diaryChoice")
        self.diary.currentIndexChanged.connect(lambda _i: self.refresh())
        new = QPushButton(self.tr("&New diary…"))
        new.setObjectName("newDiary")
        new.clicked.connect(self.new_diary)
        self.report_button = QPushButton(self.tr("PDF report…"))
        self.report_button.setObjectName("diaryReport")
        self.report_button.clicked.connect(self.report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Diary")))
        top.addWidget(self.diary, 1)
        top.addWidget(new)
        top.addWidget(self.report_button)

        # the form on one side; the timeline over the summary on the other, each as wide as
        # a 1280x720 window leaves them
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._build_timeline())
        right.addWidget(self._build_summary())
        right.setSizes([300, 330])
        splitter = QSplitter()
        splitter.addWidget(self._build_quick_add())
        splitter.addWidget(right)
        splitter.setSizes([320, 740])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # building ------------------------------------------------------------------------------
    def _build_quick_add(self) -> QWidget:
        box = QGroupBox(self.tr("Add an event (Ctrl+Enter)"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("eventWhen")
        # a date and time reads left to right in every language (a Hebrew window too); set
        # before the format, which a right-to-left edit turns around
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when.setDisplayFormat(_short_date_time_format())
        self.channel = QComboBox()
        self.channel.setObjectName("eventChannel")
        for code in diaries.CHANNELS:
            self.channel.addItem(self.channel_names[code], code)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("eventOrganisation")
        self.organisation.setPlaceholderText(self.tr("who served you"))
        self.description = QLineEdit()
        self.description.setObjectName("eventDescription")
        self.description.setPlaceholderText(self.tr("what happened"))
        self.expectation = ScaleSlider(*diaries.SCALE, "eventExpectation")
        self.experience = ScaleSlider(*diaries.SCALE, "eventExperience")
        self.satisfaction = ScaleSlider(*diaries.SATISFACTION, "eventSatisfaction")
        self.feeling = QComboBox()
        self.feeling.setObjectName("eventFeeling")
        self.feeling.setEditable(True)
        self.feeling.addItem("", "")
        for code in diaries.FEELINGS:
            self.feeling.addItem(feeling_label(code), code)
        self.criteria = QListWidget()
        self.criteria.setObjectName("eventCriteria")
        for code in diaries.CRITERIA:
            item = QListWidgetItem(self.criterion_names[code])
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.criteria.addItem(item)
        self.criteria.setMaximumHeight(150)
        self.criteria.setCurrentRow(0)
        self.verdict = QComboBox()
        self.verdict.setObjectName("eventVerdict")
        self.verdict.addItem(self.tr("Neither"), "")
        self.verdict.addItem(self.tr("Would recommend"), "recommend")
        self.verdict.addItem(self.tr("Would warn others"), "warn")
        self.add_button = QPushButton(self.tr("&Add event"))
        self.add_button.setObjectName("addEvent")
        self.add_button.clicked.connect(self.add_event)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout(box)
        # a long label above its field rather than widening the form past its pane
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("Or&ganisation"), self.organisation)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("E&xpected (1-7)"), _with_value(self.expectation))
        form.addRow(self.tr("Ex&perienced (1-7)"), _with_value(self.experience))
        form.addRow(self.tr("&Satisfaction (1-5)"), _with_value(self.satisfaction))
        form.addRow(self.tr("&Feeling"), self.feeling)
        form.addRow(QLabel(self.tr("Criteria that mattered")))
        form.addRow(self.criteria)  # the form's whole width: a criterion's name is long
        form.addRow(self.tr("Would you…"), self.verdict)
        form.addRow(self.add_button)
        form.addRow(self.error)
        order: list[QWidget] = [
            self.when, self.channel, self.organisation, self.description, self.expectation,
            self.experience, self.satisfaction, self.feeling, self.criteria, self.verdict,
        ]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_event)
        return box

    def _build_timeline(self) -> QWidget:
        box = QGroupBox(self.tr("Timeline"))
        self.filter_channel = QComboBox()
        self.filter_channel.setObjectName("filterChannel")
        self.filter_channel.addItem(self.tr("All channels"), "")
        for code in diaries.CHANNELS:
            self.filter_channel.addItem(self.channel_names[code], code)
        self.filter_channel.currentIndexChanged.connect(lambda _i: self._fill_timeline())
        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("filterText")
        self.filter_text.setPlaceholderText(self.tr("Filter by organisation or text"))
        self.filter_text.textChanged.connect(lambda _t: self._fill_timeline())
        self.timeline = WrappingTable(0, 7)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Channel"), self.tr("Organisation"), self.tr("Expected"),
             self.tr("Experienced"), self.tr("Gap"), self.tr("What happened")]
        )  # fmt: skip
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        # what the user typed keeps its own direction: a Polish sentence's full stop stays
        # at its end in a Hebrew window
        self.cell_isolation = IsolatingDelegate(self.timeline)
        for column in (2, 6):
            self.timeline.setItemDelegateForColumn(column, self.cell_isolation)
        self.events: list[Any] = []
        row = QHBoxLayout()
        row.addWidget(self.filter_channel)
        row.addWidget(self.filter_text, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.timeline)
        return box

    def _build_summary(self) -> QWidget:
        box = QGroupBox(self.tr("Summary"))
        self.summary_head = QLabel()
        self.summary_head.setObjectName("summaryHead")
        self.summary_head.setWordWrap(True)
        self.by_criterion = QTableWidget(0, 4)
        self.by_criterion.setObjectName("byCriterion")
        self.by_channel = QTableWidget(0, 4)
        self.by_channel.setObjectName("byChannel")
        for table, first in ((self.by_criterion, self.tr("Criterion")),
                             (self.by_channel, self.tr("Channel"))):  # fmt: skip
            table.setHorizontalHeaderLabels(
                [first, self.tr("Events"), self.tr("Expected → experienced"), self.tr("Gap")]
            )
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.summary_head)
        for title, table in ((self.tr("By criterion (most mentioned first)"), self.by_criterion),
                             (self.tr("By channel"), self.by_channel)):  # fmt: skip
            layout.addWidget(QLabel(title))
            layout.addWidget(table, 1)
        return box

    # data ----------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        if self.writer is not None:
            self.writer.close()
        self.db = db
        self.writer = AutosaveWriter(db, self)
        self.writer.saved.connect(self._saved)
        self.writer.failed.connect(lambda _s, _w, text: self.error.setText(text))
        self.reload()

    def close_writer(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def reload(self, select: str | None = None) -> None:
        if self.db is None:
            return
        with self.db.read_session() as session:
            rows = diaries.list_diaries(session)
            names = diaries.organisation_names(session)
        wanted = select or self.diary.currentData()
        self.diary.blockSignals(True)
        self.diary.clear()
        for d in rows:
            # the title and owner each in their own direction, the period left to right as
            # one unit (its first day first) after them in either direction
            period = keep_order(f"{formats.day(d.period_start)} – {formats.day(d.period_end)}")
            label = f"{isolate(d.title)} — {isolate(d.owner)} ({period})"
            self.diary.addItem(label, str(d.id))
        index = self.diary.findData(wanted) if wanted else 0
        self.diary.setCurrentIndex(max(index, 0))
        self.diary.blockSignals(False)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.refresh()

    def diary_id(self) -> str | None:
        data = self.diary.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        diary = self.diary_id()
        self.add_button.setEnabled(diary is not None)
        self.report_button.setEnabled(diary is not None)
        if self.db is None or diary is None:
            self.events = []
            self._fill_timeline()
            self.summary_head.setText(self.tr("Start a diary to add events."))
            return
        flt = AuditFilter(diary=diary)
        with self.db.read_session() as session:
            reading = read_diaries(session, flt)
            self.events = reading.events
            self.summary = diary_summary(reading.analysis)
        self._fill_timeline()
        self._fill_summary()

    def _fill_timeline(self) -> None:
        channel = self.filter_channel.currentData() or ""
        text = self.filter_text.text().strip().casefold()
        shown = [
            e for e in self.events
            if (not channel or e.channel == channel)
            and (not text or text in f"{e.organisation} {e.description} {e.place}".casefold())
        ]  # fmt: skip
        self.timeline.setRowCount(len(shown))
        for row, e in enumerate(reversed(shown)):  # newest first
            gap = (
                "" if e.expectation is None or e.experience is None
                else keep_order(f"{e.experience - e.expectation:+d}")
            )  # fmt: skip
            cells = [
                formats.date_time(e.occurred_at),
                channel_label(e.channel),
                e.organisation,
                "" if e.expectation is None else str(e.expectation),
                "" if e.experience is None else str(e.experience),
                gap,
                e.description,
            ]
            for column, value in enumerate(cells):
                self.timeline.setItem(row, column, QTableWidgetItem(value))
        self.timeline.resizeColumnsToContents()
        self.timeline.resizeRowsToContents()

    def _fill_summary(self) -> None:
        s = self.summary
        overall = s["overall"]

        def num(value: float | None, sign: bool = False) -> str:
            if value is None:
                return "—"
            return formats.number(value, 2, signed=sign)

        def pct(value: float | None) -> str:
            return "—" if value is None else formats.percent(value, 0)

        self.summary_head.setText(
            self.tr("%1 events · expected %2 · experienced %3 · gap %4 · recommend %5 · warn %6")
            .replace("%1", formats.count(s["n"]))
            .replace("%2", num(overall["expectation"]))
            .replace("%3", num(overall["experience"]))
            .replace("%4", num(overall["gap"], sign=True))
            .replace("%5", pct(s["recommend_percent"]))
            .replace("%6", pct(s["warn_percent"]))
        )
        ranked = {key: i for i, key in enumerate(s["criteria_ranked"])}
        criteria = sorted(s["by_criterion"], key=lambda g: ranked.get(g["key"], 99))
        for table, groups, names, label in (
            (self.by_criterion, criteria, self.criterion_names, criterion_label),
            (self.by_channel, s["by_channel"], self.channel_names, channel_label),
        ):
            table.setRowCount(len(groups))
            for row, g in enumerate(groups):
                cells = [
                    names.get(g["key"]) or label(g["key"]),
                    formats.count(g["n"]),
                    f"{num(g['expectation'])} {arrow()} {num(g['experience'])}",
                    num(g["gap"], sign=True),
                ]
                for column, value in enumerate(cells):
                    table.setItem(row, column, QTableWidgetItem(value))
            table.resizeColumnsToContents()

    # actions -------------------------------------------------------------------------------
    def new_diary(self) -> None:
        if self.db is None:
            return
        settings = Settings()
        dialog = NewDiaryDialog(settings.shopper_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.db.session() as session:
                new_id = diaries.start_diary(
                    session,
                    dialog.owner.text(),
                    dialog.title.text(),
                    dialog.start.date().toPython(),  # type: ignore[arg-type]
                    dialog.end.date().toPython(),  # type: ignore[arg-type]
                    dialog.purpose.text(),
                )
        except AuditorError as exc:
            self.message.emit(error_text(exc))
            return
        self.reload(select=str(new_id))

    def current_event(self) -> diaries.EventInput:
        verdict = self.verdict.currentData()
        criteria = tuple(
            str(self.criteria.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.criteria.count())
            if self.criteria.item(i).checkState() == Qt.CheckState.Checked
        )
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return diaries.EventInput(
            occurred_at=when,
            channel=str(self.channel.currentData()),
            organisation=self.organisation.text(),
            description=self.description.text(),
            expectation=self.expectation.value(),
            experience=self.experience.value(),
            satisfaction=self.satisfaction.value(),
            feeling=self._feeling(),
            criteria=criteria,
            would_recommend=verdict == "recommend",
            would_warn=verdict == "warn",
        )

    def _feeling(self) -> str:
        """The feeling picked (stored by its code) or typed (stored as typed)."""
        text = self.feeling.currentText().strip()
        index = self.feeling.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.feeling.itemData(index):
            return str(self.feeling.itemData(index))
        return text

    def add_event(self) -> None:
        """Check the event, save it on the writer thread, and clear the form for the next."""
        diary = self.diary_id()
        if diary is None or self.writer is None:
            self.error.setText(self.tr("Start a diary first."))
            return
        event = self.current_event()
        try:
            diaries.validate_event(event)
        except AuditorError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        diary_id = uuid.UUID(diary)
        self.writer.submit(
            "event", lambda session: str(diaries.add_event(session, diary_id, event))
        )
        self._clear_form()

    def _clear_form(self) -> None:
        self.when.setDateTime(QDateTime.currentDateTime())
        self.organisation.clear()
        self.description.clear()
        self.feeling.setCurrentIndex(0)
        for i in range(self.criteria.count()):
            self.criteria.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.criteria.setCurrentRow(0)
        self.verdict.setCurrentIndex(0)
        self.channel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, seq: int, what: str) -> None:
        result = self.writer.take(seq) if self.writer is not None else None
        if what == "event":
            self.refresh()
            self.event_saved.emit(str(result))

    def report(self) -> None:
        """The diary's PDF report (timeline, gaps, recommend/warn, IPA chart) off the UI
        thread."""
        diary = self.diary_id()
        if self.db is None or diary is None or self.job is not None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save diary report"), "diary.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        self.job = start_pdf_job(
            self.db,
            "diary",
            path,
            AuditFilter(diary=diary),
            self.message.emit,
            self._report_finished,
        )

    def _report_finished(self) -> None:
        self.job = None
