"""Which way a language reads, for Qt layouts (Hebrew mirrors the whole window), and keeping
embedded runs (a file path, a score) in their own order inside the other direction."""

from __future__ import annotations

from PySide6.QtCore import Qt

from auditor.labels import RTL_LANGUAGES


def layout_direction_for(language: str) -> Qt.LayoutDirection:
    if language in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def isolate(text: str) -> str:
    """`text` as one unit that keeps its own direction inside a sentence of either direction
    (Unicode first-strong isolate): a path in a Hebrew message keeps its leading slash."""
    return f"\u2068{text}\u2069"
