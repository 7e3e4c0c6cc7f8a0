"""The score breakdown says what each N/A did and why an audit has no score."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from auditor.services import capture
from auditor.services.template_files import import_files
from tests.exchange.test_na_policy import _template
from ui.app import ensure_application, open_startup_database
from ui.capture.form_window import AuditFormWindow


def test_breakdown_shows_na_policies_and_not_scorable(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    source = tmp_path / "na-rules.json"
    source.write_text(json.dumps(_template()), "utf-8")
    db = open_startup_database(str(tmp_path / "na.sqlite"))
    with db.session() as s:
        import_files(s, [source])
        loc = capture.add_location(s, "Org", "Branch", "City")
        audit_id = capture.start_audit(s, "na-rules", loc.id, "Auditor", datetime.now(UTC))
    ensure_application()
    window = AuditFormWindow(db, audit_id, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current_card() is not None)
    assert window.cards["signage"].na_button.isVisible()
    assert not window.cards["exit"].na_button.isVisible()  # N/A not allowed: no button
    # the shopper marks three questions N/A with the keyboard (A), and answers one
    for key in ("signage", "leaflets", "toilets"):
        window.focus_question(key)
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, Qt.Key.Key_A)
    window.focus_question("clean")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not window.waiting, timeout=5000)
    assert window.score_value.text() == "—"  # 3 N/A of 4 answered: past 60 %
    assert window.score_state.text() == "not scorable: too many N/A answers"
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.breakdown.isVisible())
    tree = window.breakdown.tree
    section = tree.topLevelItem(0)
    assert section is not None
    why = {section.child(i).text(0): section.child(i).text(3) for i in range(section.childCount())}
    assert why["signage"] == "N/A: counts as met"
    assert why["leaflets"] == "N/A: counts as not met"
    assert why["toilets"] == "N/A: left out of the score"
    reason = window.breakdown.findChild(QLabel, "notScorable")
    assert reason is not None
    assert reason.text() == "Not scorable: 3 of 4 answers are N/A (75%); at most 60% may be"
    window.breakdown.grab().save(str(artifacts_dir / "breakdown-na.png"))
    window.breakdown.close()
    window.close()
    db.close()
