"""The Standards page in the reader's language down to each standard's target (issue 30
item 2): the shipped targets were one English string under every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from auditor.paths import builtin_dir
from tests.ui.test_chart_labels import window_in

ISOLATE = "\u2068{}\u2069"


@pytest.mark.parametrize("language", ["pl", "he", "bg"])
def test_targets_titles_and_descriptions_are_in_the_language(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, language: str, artifacts_dir: Path
) -> None:
    shipped = json.loads((builtin_dir() / "standards.json").read_text("utf-8"))["standards"]
    targets = {s["code"]: s["target"] for s in shipped if s["target"]}
    with window_in(qtbot, demo_db_file, tmp_path, language, "standards_page") as window:
        page = window.standards_page
        shown = {
            page.table.item(i, 0).text(): page.table.item(i, 3).text()
            for i in range(page.table.rowCount())
        }
        assert {code: shown[code] for code in targets} == {
            code: ISOLATE.format(t[language]) for code, t in targets.items()
        }
        assert all(ISOLATE.format(t["en"]) not in shown.values() for t in targets.values())
        row = next(i for i, r in enumerate(page.rows) if r.code == "COMPLAINT")
        assert page.rows[row].description == next(
            s["description"][language] for s in shipped if s["code"] == "COMPLAINT"
        )
        page.table.setCurrentCell(row, 0)
        qtbot.wait(200)
        window.grab().save(str(artifacts_dir / f"standards-targets-{language}.png"))
