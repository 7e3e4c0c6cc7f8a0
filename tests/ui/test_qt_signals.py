"""The Qt binding in use keeps Python's reference counts straight when signals fire.

PySide6 6.12.0 drops a reference to `True` on every `Signal.emit`; an app that autosaves and
reports progress emits thousands, and the interpreter aborts ('bool_dealloc'). The version
range in pyproject.toml leaves it out; this test fails on any binding that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(int, str)


def test_emitting_signals_leaks_no_references() -> None:
    emitter = Emitter()
    got: list[int] = []
    emitter.happened.connect(lambda n, _what: got.append(n))
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for n in range(200):
        emitter.happened.emit(n, "saved")
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert len(got) == 200
    assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 0]
