"""Text as a printed page needs it: right-to-left runs in visual order, spreadsheet-safe cells.

ReportLab draws characters left to right in the order it is given them, so Hebrew would come
out backwards; `visual` reorders each line with the Unicode bidi algorithm (python-bidi)."""

from __future__ import annotations

import unicodedata
from typing import Any

# bidi.algorithm, not the newer Rust-backed bidi.get_display: that one skips rule L4, so
# brackets in Hebrew text came out pointing the wrong way ("(גרסה 1)" drawn as ")1 הסרג(")
from bidi.algorithm import get_display

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def has_rtl(text: str) -> bool:
    if text.isascii():  # most cells: no right-to-left letter possible, no per-letter lookup
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual(text: str, base_rtl: bool = False) -> str:
    """Logical order in, display order out (per line); text without RTL runs is untouched."""
    if not text or (not base_rtl and not has_rtl(text)):
        return text
    direction = "R" if base_rtl else None
    return "\n".join(
        get_display(line, base_dir=direction) if line else line for line in text.split("\n")
    )


def csv_safe(value: Any) -> Any:
    """A CSV value a spreadsheet would run as a formula (=, +, -, @) gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
