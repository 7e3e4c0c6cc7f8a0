"""The Standards page: the library, where a standard is checked, and its compliance over
time, the same numbers `service-auditor score --by standard` gives for each month."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries
from pytestqt.qtbot import QtBot

from auditor.cli import main
from tests.ui.typing import type_text
from tests.ui.windows import demo_window
from ui.settings import Settings


def test_library_where_checked_and_compliance_by_month(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    artifacts_dir: Path,
) -> None:  # fmt: skip
    path = tmp_path / "std.sqlite"
    window = demo_window(qtbot, demo_db_file, path, "standards_page")
    page = window.standards_page
    assert page.table.rowCount() == 22
    page.search.setFocus()
    type_text(page.search, "greet")
    shown = [i for i in range(page.table.rowCount()) if not page.table.isRowHidden(i)]
    assert [page.table.item(i, 0).text() for i in shown] == ["GREET-30"]
    page.table.setCurrentCell(shown[0], 0)
    table = page.checked_by
    checked = [f"{table.item(i, 0).text()}: {table.item(i, 1).text()}"
               for i in range(table.rowCount())]  # fmt: skip
    assert "Mystery shopper: branch or shop visit: Greeted within 30 seconds of entering" in checked
    assert page.points and page.compliance.rowCount() == len(page.points)
    series = [s for s in page.chart.series() if isinstance(s, QLineSeries)]
    assert [s.name() for s in series] == ["Mystery shopper: branch or shop visit"]
    assert series[0].count() == len(page.points)
    # every month equals what the command line prints for that month
    for point in page.points[-3:]:
        year, month = map(int, point.period.split("-"))
        end = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
        last = date.fromordinal(end)
        capsys.readouterr()
        assert main(["score", "--by", "standard", "--json", "--db", str(path),
                     "--from", f"{point.period}-01", "--to", last.isoformat(),
                     "--count", Settings().counted_audits]) == 0  # fmt: skip
        groups = json.loads(capsys.readouterr().out)["groups"]
        cli = next(g for g in groups if g["key"] == "GREET-30" and g["template"] == point.template)
        assert cli["n"] == point.audits
        assert cli["weighted_score"] == pytest.approx(point.compliance, abs=0.01)
        assert cli.get("failed", 0) == point.failed
    qtbot.wait(200)
    page.grab().save(str(artifacts_dir / "standards-en.png"))
    window.close()
