"""Dates, times, numbers and percentages in the window, as the interface language writes
them: QLocale (set with the language) for digits, separators and dates; the percent sign
where CLDR puts it (96,2 % in Slovenian). Kept in order inside right-to-left text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

from auditor.locale_formats import percent_affixes, point_digits
from ui.direction import keep_order


def date_time(moment: datetime) -> str:
    """A moment in the viewer's time zone, the language's short date and time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return keep_order(QLocale().toString(local, QLocale.FormatType.ShortFormat))


def day(value: date) -> str:
    return keep_order(
        QLocale().toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    )


def time_of_day(moment: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)


def number(value: float, digits: int = 1, *, signed: bool = False) -> str:
    text = QLocale().toString(value, "f", digits)
    if signed and value >= 0:
        text = "+" + text
    return keep_order(text)


def count(value: int) -> str:
    """A count as the language groups its digits (10,588; 10 588; 10.588)."""
    return keep_order(QLocale().toString(int(value)))


def percent(value: float, digits: int = 1) -> str:
    locale = QLocale()
    before, after = percent_affixes(locale.name().split("_")[0])
    return keep_order(before + locale.toString(value, "f", digits) + after)


def points(value: float) -> str:
    """Points with no trailing zeros, as the language writes them: 1, 0.5, 0.83 (0,83)."""
    value = float(value)
    return number(value, point_digits(value))
