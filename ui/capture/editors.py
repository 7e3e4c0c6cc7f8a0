"""One answer editor per question kind; each can be driven entirely from the keyboard.

Button-like editors (yes/no, rating, choices) never take focus themselves: the question card
has it and hands them its keys (Y, N, digits). Text-like editors are the card's focus proxy
and report a change when the user pauses typing or leaves the field.
"""

from __future__ import annotations

import math
import re
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from auditor.geo import location_text, location_value, parse_location, photo_location
from auditor.services.capture import QuestionView
from ui.direction import isolate
from ui.enum_labels import unit_label

TYPING_PAUSE_MS = 500
DIGIT_JOIN_S = 1.0  # a second digit within this time makes 10 on a 0-10 scale


def tr(text: str) -> str:
    return QCoreApplication.translate("Editors", text)


class AnswerEditor(QWidget):
    """The answer part of a question card. The base keeps the value as given (what a note,
    which has nothing to answer, needs); each kind's editor shows it in its own widgets."""

    changed = Signal()

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._value: Any = None

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value

    def handle_key(self, event: QKeyEvent) -> bool:
        return False

    def focus_widget(self) -> QWidget | None:
        """The widget that takes the keyboard for the card (None: the card keeps it)."""
        return None

    def commit_pending(self) -> None:
        """Report a change still waiting for the typing pause (window closing, submit)."""

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class _TypedEditor(AnswerEditor):
    """Typed answers: reported after a pause in typing, or at once when asked."""

    def __init__(self, question: QuestionView) -> None:
        super().__init__(question)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._report)
        self._reported: Any = None

    def _report(self) -> None:
        self.pause.stop()
        value = self.value()
        if value != self._reported:
            self._reported = value
            self.changed.emit()

    def commit_pending(self) -> None:
        if self.pause.isActive():
            self._report()


class _ButtonsEditor(AnswerEditor):
    """Checkable buttons; an exclusive group that can also be cleared (for undo and N/A)."""

    def __init__(self, question: QuestionView, exclusive: bool = True) -> None:
        super().__init__(question)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.group.buttonClicked.connect(lambda _b: self.changed.emit())
        self.buttons: list[QAbstractButton] = []

    def _add(self, button: QAbstractButton, data: Any) -> None:
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("answer", data)
        self.group.addButton(button)
        self.buttons.append(button)

    def _checked(self) -> list[Any]:
        return [b.property("answer") for b in self.buttons if b.isChecked()]

    def _check_only(self, wanted: list[Any]) -> None:
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(b.property("answer") in wanted)
        self.group.setExclusive(exclusive)

    def _press(self, data: Any) -> None:
        self._check_only([data])
        self.changed.emit()


class YesNoEditor(_ButtonsEditor):
    def __init__(self, question: QuestionView) -> None:
        super().__init__(question)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, data in ((tr("&Yes"), "yes"), (tr("&No"), "no")):
            button = QPushButton(text.replace("&", ""))
            button.setObjectName(f"answer_{data}")
            self._add(button, data)
            row.addWidget(button)
        row.addStretch(1)

    def value(self) -> Any:
        checked = self._checked()
        return None if not checked else checked[0] == "yes"

    def set_value(self, value: Any) -> None:
        if value is None:
            self._check_only([])
        else:
            self._check_only(["yes" if value in (True, "yes", "true") else "no"])

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() == Qt.Key.Key_Y:
            self._press("yes")
            return True
        if event.key() == Qt.Key.Key_N:
            self._press("no")
            return True
        return False


class RatingEditor(_ButtonsEditor):
    def __init__(self, question: QuestionView) -> None:
        super().__init__(question)
        self._last_digit: tuple[int, float] | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for n in range(question.scale_min, question.scale_max + 1):
            button = QPushButton(str(n))
            button.setObjectName(f"rating_{n}")
            button.setMinimumWidth(34)
            button.setMaximumWidth(48)
            if n in question.anchors:
                button.setToolTip(question.anchors[n])
            self._add(button, n)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        if question.anchors:
            text = "   ·   ".join(f"{n} = {t}" for n, t in sorted(question.anchors.items()))
            anchors = QLabel(text)
            anchors.setObjectName("anchors")
            anchors.setWordWrap(True)
            box.addWidget(anchors)

    def value(self) -> Any:
        checked = self._checked()
        return checked[0] if checked else None

    def set_value(self, value: Any) -> None:
        self._check_only([] if value is None else [int(value)])

    def handle_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if not (len(text) == 1 and text.isdigit()):
            return False
        digit, now = int(text), time.monotonic()
        wanted = digit
        if self._last_digit is not None and now - self._last_digit[1] < DIGIT_JOIN_S:
            joined = self._last_digit[0] * 10 + digit
            if self.question.scale_min <= joined <= self.question.scale_max:
                wanted = joined
        self._last_digit = (digit, now)
        if self.question.scale_min <= wanted <= self.question.scale_max:
            self._press(wanted)
        return True


class ChoiceEditor(_ButtonsEditor):
    """Single choice (radio) or several (check boxes); digit n picks the n-th choice."""

    def __init__(self, question: QuestionView, multiple: bool) -> None:
        super().__init__(question, exclusive=not multiple)
        self.multiple = multiple
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for n, choice in enumerate(question.choices, start=1):
            text = f"{n}  {choice.label}" if n <= 9 else choice.label
            button: QAbstractButton = QCheckBox(text) if multiple else QRadioButton(text)
            button.setObjectName(f"choice_{choice.key}")
            self._add(button, choice.key)
            box.addWidget(button)

    def value(self) -> Any:
        checked = self._checked()
        if self.multiple:
            return checked or None
        return checked[0] if checked else None

    def set_value(self, value: Any) -> None:
        if value is None:
            self._check_only([])
        else:
            self._check_only(list(value) if isinstance(value, list) else [value])

    def handle_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if not (len(text) == 1 and text.isdigit() and text != "0"):
            return False
        index = int(text) - 1
        if index >= len(self.buttons):
            return True
        button = self.buttons[index]
        if self.multiple:
            button.setChecked(not button.isChecked())
            self.changed.emit()
        else:
            self._press(button.property("answer"))
        return True


class _LineEditor(_TypedEditor):
    """A line of text reported after a pause in typing or when the field is left."""

    def __init__(self, question: QuestionView, placeholder: str = "") -> None:
        super().__init__(question)
        self.line = QLineEdit()
        self.line.setObjectName("answerText")
        self.line.setPlaceholderText(placeholder)
        self.line.textEdited.connect(lambda _t: self.pause.start())
        self.line.editingFinished.connect(self._report)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.line, 1)
        self.hint = QLabel()
        self.hint.setObjectName("hint")

        self.timer_button: QPushButton | None = None
        self._started: float | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)

    def enable_timer(self) -> None:
        """A start/stop stopwatch for waits and durations; stopping fills in the seconds."""
        self.timer_button = QPushButton(tr("Start timer"))
        self.timer_button.setObjectName("timer")
        self.timer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timer_button.setToolTip(tr("Start or stop the stopwatch (Ctrl+T)"))
        self.timer_button.clicked.connect(self.toggle_timer)
        self.row.insertWidget(1, self.timer_button)

    def toggle_timer(self) -> bool:
        if self.timer_button is None or self.line.isReadOnly():
            return False
        if self._started is None:
            self._started = time.monotonic()
            self._tick.start()
            self._show_elapsed()
        else:
            seconds = round(time.monotonic() - self._started)
            self._started = None
            self._tick.stop()
            self.timer_button.setText(tr("Start timer"))
            self.line.setText(self.format(seconds))
            self._report()
        return True

    def _show_elapsed(self) -> None:
        if self._started is not None and self.timer_button is not None:
            elapsed = format_duration(round(time.monotonic() - self._started))
            self.timer_button.setText(tr("Stop (%1)").replace("%1", elapsed))

    def focus_widget(self) -> QWidget | None:
        return self.line

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def set_value(self, value: Any) -> None:
        self._reported = value
        self.line.setText(self.format(value))

    def format(self, value: Any) -> str:
        return "" if value is None else str(value)


class NumberEditor(_LineEditor):
    def __init__(self, question: QuestionView) -> None:
        super().__init__(question, tr("number"))
        validator = QDoubleValidator(self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.line.setValidator(validator)
        target = question.target
        if target:
            unit = f" {unit_label(target['unit'])}" if target.get("unit") else ""
            # words, not a "≤" that mirrors in right-to-left text; the number with its
            # unit kept together in either direction
            text = (tr("target: at most %1") if target.get("direction") == "max"
                    else tr("target: at least %1"))  # fmt: skip
            text = text.replace("%1", isolate(f"{target['full']:g}{unit}"))
            if "zero" in target:
                text += tr(", no points beyond %1").replace(
                    "%1", isolate(f"{target['zero']:g}{unit}")
                )
            self.hint.setText(text)
            self.row.addWidget(self.hint)
            if target.get("unit") == "s":
                self.enable_timer()

    def value(self) -> Any:
        text = self.line.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return None
        if not math.isfinite(number):  # "nan", "inf": no count or time, and JSON has none
            return None
        return int(number) if number.is_integer() else number

    def format(self, value: Any) -> str:
        return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def parse_duration(text: str) -> int | None:
    """Seconds from "mm:ss", "h:mm:ss" or whole minutes; None when it is not a duration."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+", text):
        return int(text) * 60
    parts = text.split(":")
    if all(re.fullmatch(r"\d+", p) for p in parts) and 2 <= len(parts) <= 3:
        numbers = [int(p) for p in parts]
        if any(n >= 60 for n in numbers[1:]):
            return None
        seconds = 0
        for n in numbers:
            seconds = seconds * 60 + n
        return seconds
    return None


def format_duration(seconds: Any) -> str:
    if seconds is None:
        return ""
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class DurationEditor(_LineEditor):
    def __init__(self, question: QuestionView) -> None:
        super().__init__(question, tr("mm:ss"))
        self.hint.setText(tr("minutes:seconds, or whole minutes"))
        self.row.addWidget(self.hint)
        self.enable_timer()

    def value(self) -> Any:
        return parse_duration(self.line.text())

    def format(self, value: Any) -> str:
        return format_duration(value)


class PatternEditor(_LineEditor):
    """Time of day, date or date and time typed as ISO text (keyboard-first, no pickers)."""

    FORMATS: ClassVar[dict[str, str]] = {
        "time_of_day": "%H:%M",
        "date": "%Y-%m-%d",
        "datetime": "%Y-%m-%d %H:%M",
    }
    HINTS: ClassVar[dict[str, str]] = {
        "time_of_day": "HH:MM",
        "date": "YYYY-MM-DD",
        "datetime": "YYYY-MM-DD HH:MM",
    }

    def __init__(self, question: QuestionView) -> None:
        super().__init__(question, self.HINTS[question.kind])

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            parsed = datetime.strptime(text, self.FORMATS[self.question.kind])
        except ValueError:
            return None
        if self.question.kind == "date":
            return date(parsed.year, parsed.month, parsed.day).isoformat()
        return parsed.strftime(self.FORMATS[self.question.kind])


class LocationEditor(_LineEditor):
    """Where the visit was, typed as latitude and longitude (a laptop has no GPS) or taken
    from a photo a phone took there (its EXIF GPS data); the hint reads the text back as
    coordinates, or says it is not a location."""

    def __init__(self, question: QuestionView) -> None:
        super().__init__(question, tr("latitude, longitude"))
        self.line.setObjectName("answerLocation")
        self.line.textChanged.connect(self._read_back)
        self.photo_button = QPushButton(tr("From a photo…"))
        self.photo_button.setObjectName("locationFromPhoto")
        self.photo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.photo_button.setToolTip(tr("Take the place from where a photo was taken"))
        self.photo_button.clicked.connect(self.from_photo)
        self.row.addWidget(self.photo_button)
        self.row.addWidget(self.hint)
        self._read_back(self.line.text())

    def from_photo(self) -> None:
        if self.line.isReadOnly():
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("A photo taken at the place"), "",
            tr("Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)"),
        )  # fmt: skip
        if not name:
            return
        found = photo_location(Path(name))
        if found is None:
            self.hint.setText(tr("the photo holds no location"))
            return
        self.line.setText(self.format(location_value(*found)))
        self._report()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.photo_button.setEnabled(not read_only)

    def _read_back(self, text: str) -> None:
        parsed = parse_location(text)
        if parsed is not None:
            self.hint.setText(location_text(location_value(*parsed)))
        elif text.strip():
            self.hint.setText(tr("not a location: type e.g. 52.2297, 21.0122"))
        else:
            self.hint.setText(tr("e.g. 52.2297, 21.0122"))

    def value(self) -> Any:
        parsed = parse_location(self.line.text())
        return None if parsed is None else location_value(*parsed)

    def format(self, value: Any) -> str:
        parsed = parse_location(value)
        if parsed is None:
            return "" if value is None else str(value)
        return f"{parsed[0]:.6f}, {parsed[1]:.6f}"


class TextEditor(_TypedEditor):
    def __init__(self, question: QuestionView) -> None:
        super().__init__(question)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("answerText")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(64)
        self.edit.textChanged.connect(self._typed)
        self._quiet = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.edit)

    def _typed(self) -> None:
        if not self._quiet:
            self.pause.start()

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self._quiet = True
        self._reported = value
        self.edit.setPlainText("" if value is None else str(value))
        self._quiet = False

    def focus_widget(self) -> QWidget | None:
        return self.edit

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class NoteEditor(AnswerEditor):
    """A note only explains; there is nothing to answer (it keeps the base's plain value)."""


def editor_for(question: QuestionView) -> AnswerEditor | None:
    """The editor of a question kind; attachments are handled by the card itself."""
    kind = question.kind
    if kind == "yes_no":
        return YesNoEditor(question)
    if kind == "rating":
        return RatingEditor(question)
    if kind in ("single_choice", "multiple_choice"):
        return ChoiceEditor(question, multiple=kind == "multiple_choice")
    if kind == "number":
        return NumberEditor(question)
    if kind == "duration":
        return DurationEditor(question)
    if kind in PatternEditor.FORMATS:
        return PatternEditor(question)
    if kind == "location":
        return LocationEditor(question)
    if kind == "text":
        return TextEditor(question)
    if kind == "note":
        return NoteEditor(question)
    return None
