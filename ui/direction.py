"""Which way a language reads, for Qt layouts (Hebrew mirrors the whole window)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from auditor.labels import RTL_LANGUAGES


def layout_direction_for(language: str) -> Qt.LayoutDirection:
    if language in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight
