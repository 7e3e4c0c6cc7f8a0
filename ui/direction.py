"""Which way a language reads, for Qt layouts (Hebrew mirrors the whole window), and keeping
embedded runs (a file path, a score) in their own order inside the other direction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateTimeEdit, QStyledItemDelegate

from auditor.labels import RTL_LANGUAGES


def layout_direction_for(language: str) -> Qt.LayoutDirection:
    if language in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def isolate(text: str) -> str:
    """`text` as one unit that keeps its own direction inside a sentence of either direction
    (Unicode first-strong isolate): a path in a Hebrew message keeps its leading slash."""
    return f"\u2068{text}\u2069"


def keep_order(text: str) -> str:
    """A number with its sign or unit ("-1.18", "96.2 %") kept together when the interface
    reads right to left, where "-1.18" would otherwise show as "1.18-"."""
    # a left-to-right isolate: a first-strong one has no letter to go by in "-2"
    return f"\u2066{text}\u2069" if QGuiApplication.isRightToLeft() else text


def read_date_left_to_right(edit: QDateTimeEdit, time: bool = False) -> None:
    """`edit` shows its date (and time) in the language's short format, the year in full
    ("7.12.2026 20:10"), left to right in every language: a right-to-left date edit turns
    its sections around ("2026.12.7"). The direction is set before the format, which takes
    the edit's direction when set."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    text = locale.dateTimeFormat(short) if time else locale.dateFormat(short)
    edit.setDisplayFormat(text if "yyyy" in text else text.replace("yy", "yyyy"))


def arrow() -> str:
    """The arrow from one value to the next in the interface's reading direction."""
    return "←" if QGuiApplication.isRightToLeft() else "→"


class IsolatingDelegate(QStyledItemDelegate):
    """Draws each cell's text as one isolated run, so a text in the other direction (an
    English label in a Hebrew window) is cut at its own end, the ellipsis beside the cut,
    instead of the ellipsis landing on the far side. Editing sees the text as stored."""

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        text = super().displayText(value, locale)
        return isolate(text) if text else text
