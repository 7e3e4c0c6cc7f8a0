"""Run by the crash test in its own process: fill an audit through the real form, keystroke by
keystroke, printing each answer once the form shows it as saved, until the test kills us.

Usage: python -m tests.ui.crash_fill DATABASE AUDIT_ID
"""

from __future__ import annotations

import json
import os
import sys
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from auditor.store.db import open_database
from tests.ui.typing import type_text
from ui.app import ensure_application
from ui.capture.card import QuestionCard
from ui.capture.form_window import AuditFormWindow

STEP_MS = 15


def main() -> int:
    app = ensure_application()
    db = open_database(sys.argv[1])
    window = AuditFormWindow(db, uuid.UUID(sys.argv[2]), "en")
    window.show()
    window.activateWindow()

    def shown_as_saved(key: str) -> None:
        card = window.cards[key]
        if "saved" in card.saved_label.text():
            state = window.answers[key]
            print("SAVED", json.dumps([key, state.value, state.na, state.comment]), flush=True)

    window.answer_saved.connect(shown_as_saved)
    step = {"n": 0}

    def next_key() -> None:
        widget: QWidget | None = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QuestionCard):
            widget = widget.parentWidget()
        if widget is None:
            print("DONE", flush=True)
            return
        q = widget.question
        target = QApplication.focusWidget()
        assert target is not None
        if q.kind == "yes_no":
            QTest.keyClick(target, Qt.Key.Key_Y if step["n"] % 3 else Qt.Key.Key_N)
        elif q.kind == "rating":
            QTest.keyClick(target, Qt.Key.Key_1 + step["n"] % 4)
        elif q.kind in ("single_choice", "multiple_choice"):
            QTest.keyClick(target, Qt.Key.Key_2)
        elif q.kind == "number":
            type_text(target, "240")
        elif q.kind == "duration":
            type_text(target, "7:45")
        elif q.kind == "text":
            type_text(target, "Zapisano przed awarią — נשמר")
        step["n"] += 1
        QTest.keyClick(target, Qt.Key.Key_Tab)
        QTimer.singleShot(STEP_MS, next_key)

    QTimer.singleShot(200, next_key)
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
