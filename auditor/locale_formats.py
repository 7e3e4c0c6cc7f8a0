"""Dates, times, numbers and percentages as each language writes them (Babel, CLDR data),
for what people read: reports and the command line's text. Files that travel (CSV, JSON,
packages, workbook cells) keep ISO 8601 and plain numbers; the window uses QLocale.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Babel loads when a text is first formatted, not when the window starts
    from babel import Locale

DEFAULT = "en"


@cache
def _locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language or DEFAULT)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT)


def date_text(day: date, language: str) -> str:
    """23 lis 2026, Nov 23, 2026, 23.11.2026 г. (the language's medium date)."""
    from babel.dates import format_date as _format_date

    return _format_date(day, "medium", locale=_locale(language))


def datetime_text(moment: datetime, language: str) -> str:
    """The date as `date_text` and the time to the minute, in local time if aware."""
    from babel.dates import format_time as _format_time

    local = moment.astimezone() if moment.tzinfo else moment
    time = _format_time(local.time(), "short", locale=_locale(language))
    return f"{date_text(local.date(), language)} {time}"


def number_text(value: float, language: str, digits: int = 1) -> str:
    """1 234,5 or 1,234.5: the language's decimal sign and grouping."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, pattern, locale=_locale(language))


def percent_text(percent: float, language: str, digits: int = 1) -> str:
    """A score in percent (96.2 means 96.2 %) as the language writes it: 96,2 % in
    Slovenian, 96,2% in Polish, 96.2% in English and Hebrew."""
    from babel.numbers import format_percent

    pattern = _locale(language).percent_formats[None].pattern.split(";")[0]
    if digits:
        at = pattern.rfind("0")
        pattern = pattern[: at + 1] + "." + "0" * digits + pattern[at + 1 :]
    return format_percent(percent / 100, pattern, locale=_locale(language))


@cache
def percent_affixes(language: str) -> tuple[str, str]:
    """What goes before and after the digits of a percentage in this language: ("", "%"),
    ("", "\u00a0%") in Slovenian. The window writes the digits with QLocale and these."""
    from babel.numbers import format_percent

    pattern = _locale(language).percent_formats[None].pattern.split(";")[0]
    digits = [i for i, ch in enumerate(pattern) if ch in "#0,."]
    sign = format_percent(0, "%", locale=_locale(language))  # the language's sign
    before, after = pattern[: digits[0]], pattern[digits[-1] + 1 :]
    return before.replace("%", sign), after.replace("%", sign)


def user_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the command line writes its text in: the locale's (LC_ALL, LC_MESSAGES,
    LANG, as POSIX reads them) when it is one of ours, else English."""
    from auditor.labels import LANGUAGES

    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("_")[0].split("@")[0].lower()
            return code if code in LANGUAGES else DEFAULT
    return DEFAULT


def point_digits(value: float) -> int:
    """As many decimals as points need, at most two: 1, 1.5, 0.83."""
    value = float(value)
    return 0 if value.is_integer() else 1 if round(value * 10, 9).is_integer() else 2


def points_text(value: float, language: str) -> str:
    """Points with no trailing zeros: 1, 1.5 (1,5), 0.83 (0,83)."""
    return number_text(float(value), language, point_digits(value))
