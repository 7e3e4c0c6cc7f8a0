"""The dashboard as a quality manager uses it: filters change every panel to the numbers
`service-auditor score` gives for the same filters; a click on a ranking bar lists exactly
that location's audits; the dashboard exports as a PNG and a one-page PDF."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QBarSet, QChartView
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from auditor.services import measures
from auditor.services.audits import AuditFilter
from auditor.services.scoring import audit_records
from auditor.store.db import open_database
from tests.ui.windows import demo_window
from ui import charts
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _dashboard(qtbot: QtBot, demo: Path, tmp_path: Path) -> tuple[MainWindow, DashboardPage]:
    window = demo_window(qtbot, demo, tmp_path / "demo.sqlite", "dashboard_page")
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.view is not None, timeout=20_000)
    return window, page


def _bar_values(view: QChartView) -> list[float]:
    series = view.chart().series()[0]
    bar_set: QBarSet = series.barSets()[0]  # type: ignore[attr-defined]
    return [bar_set.at(i) for i in reversed(range(bar_set.count()))]


def test_a_filter_change_gives_every_panel_the_scoring_engines_numbers(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    window, page = _dashboard(qtbot, demo_db_file, tmp_path)
    organisation = page.organisation.itemData(1)
    page.organisation.setCurrentIndex(1)  # as a user picks it
    page.period.setCurrentIndex(page.period.findData("6"))
    view = page.view
    assert view is not None
    flt = view.flt
    assert flt.organisation == organisation and flt.date_from and flt.date_to
    assert flt.date_from.day == 1 and (flt.date_to - flt.date_from).days > 170
    db = open_database(window.db.label, create=False)
    try:
        with db.read_session() as s:
            engine = AuditFilter(organisation=organisation, date_from=flt.date_from,
                                 date_to=flt.date_to, count="finished")  # fmt: skip
            by_location = measures.group_scores(s, engine, "location")
            assert view.ranking == by_location
            assert view.trend == measures.group_scores(s, engine, "month")
            assert view.critical == measures.critical_failures(s, engine)
            assert view.servqual == measures.servqual_measure(s, engine)
            assert view.ipa == measures.ipa_measure(s, engine)
            assert view.agreement == measures.shopper_agreement(s, engine)
            standards = measures.group_scores(s, engine, "standard")["groups"]
            assert sorted(map(str, view.standards)) == sorted(
                str(g) for g in standards if g.get("checked")
            )
            assert view.customer, "the demo has survey responses"
            for month in view.customer:
                year, number = map(int, month.month.split("-"))
                last = date(year + number // 12, number % 12 + 1, 1).toordinal() - 1
                first = max(flt.date_from, date(year, number, 1))
                end = min(flt.date_to, date.fromordinal(last))
                one = AuditFilter(organisation=organisation, date_from=first, date_to=end,
                                  count="finished")  # fmt: skip
                assert month.nps == measures.customer_measure(s, one, "nps")
                assert month.csat == measures.customer_measure(s, one, "csat")
                assert month.ces == measures.customer_measure(s, one, "ces")
    finally:
        db.close()

    # what the charts draw is those numbers
    main = page.main_checklist()
    ranked = [g for g in by_location["groups"] if g["template"] == main]
    assert _bar_values(page.ranking.view) == pytest.approx([g["score"] for g in ranked])
    assert len(ranked) == len(
        {loc for loc, org in page.source.locations.items() if org == organisation}
    )  # type: ignore[union-attr]
    failing = sorted((g for g in view.standards if g["failed"]), key=lambda g: -g["fail_rate"])[:10]
    assert _bar_values(page.standards.view) == pytest.approx([g["fail_rate"] for g in failing])
    critical = [r["percent"] for r in view.critical["failures"][:10]]
    assert _bar_values(page.critical.view) == pytest.approx(critical)
    trend_lines = page.trend.view.chart().series()
    months = {g["key"] for g in view.trend["groups"]}
    assert trend_lines and all(s.count() <= len(months) for s in trend_lines[:-1])
    assert "pass line" in trend_lines[-1].name()

    # every panel redrawn for the filter; the location list follows the organisation
    assert page.location.count() - 1 == len(ranked)
    qtbot.wait(300)
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / "dashboard-en.png"))


def _click_bar(qtbot: QtBot, view: QChartView, index: int, value: float) -> None:
    """A left click in the middle of bar `index` (caller's order: the top bar is 0)."""
    chart = view.chart()
    series = chart.series()[0]
    bars = series.barSets()[0]  # type: ignore[attr-defined]
    drawn = bars.count() - 1 - index
    scene = chart.mapToScene(chart.mapToPosition(QPointF(value / 2, drawn), series))
    point = view.mapFromScene(scene)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_clicking_a_ranking_bar_lists_exactly_its_audits(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    window, page = _dashboard(qtbot, demo_db_file, tmp_path)
    page.period.setCurrentIndex(page.period.findData("3"))
    page.ranking.view.setMinimumHeight(800)
    qtbot.wait(200)
    page.ranking.view.ensurePolished()
    groups = [g for g in page.view.ranking["groups"] if g["template"] == page.main_checklist()]  # type: ignore[union-attr]
    third = groups[2]
    _click_bar(qtbot, page.ranking.view, 2, third["score"])
    audits = window.audits_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is audits)
    shown = set(audits.shown_ids())
    flt = page.view.flt  # type: ignore[union-attr]
    db = open_database(window.db.label, create=False)
    try:
        with db.read_session() as s:
            expected = {
                r.id
                for r in audit_records(
                    s,
                    AuditFilter(
                        location=third["key"],
                        date_from=flt.date_from,
                        date_to=flt.date_to,
                        template=third["template"],
                        count="finished",
                    ),
                )
                if r.score is not None
            }
    finally:
        db.close()
    assert shown == expected and len(shown) == third["n"]
    assert third["key"] in audits.only_label.text()
    audits.show_all_button.click()
    assert len(audits.shown_ids()) == audits.model.rowCount() > len(shown)


def test_the_dashboard_exports_as_png_and_one_pdf_page(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    _window, page = _dashboard(qtbot, demo_db_file, tmp_path)
    qtbot.wait(300)
    png = page.write_png(tmp_path / "out" / "dashboard.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 800 and image.height() > 800
    pdf = page.write_pdf(tmp_path / "out" / "dashboard.pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())  # Qt writes tabs between words
    assert "Service Auditor dashboard" in text and "audits counted" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape, a slide
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(ARTIFACTS / "dashboard-pdf")],
        check=True,
    )
    rendered = QImage(str(ARTIFACTS / "dashboard-pdf.png"))
    assert rendered.width() > rendered.height() > 300
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "dashboard.pdf",
        "dashboard.png",
    ]


def test_month_axis_values_round_trip() -> None:
    periods = ["2026-01", "2026-02", "2026-03"]
    for period in periods:
        assert charts.nearest_period(periods, charts.month_ms(period) + 3_600_000) == period


@pytest.mark.parametrize(("language", "percent"), [("pl", "75%"), ("sl", "75 %")])
def test_chart_labels_are_written_as_the_language_writes_numbers(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, language: str, percent: str
) -> None:
    """Axis and bar labels through the chart's locale (1,5 not 1.5), the percent sign where
    the language puts it, the pass line in the language's own format: read from what the
    chart drew, not from the axis's label format."""
    from PySide6.QtCharts import QValueAxis
    from PySide6.QtCore import QLocale

    from tests.ui import chart_checks as cc

    QLocale.setDefault(QLocale(language))
    window, page = _dashboard(qtbot, demo_db_file, tmp_path)
    qtbot.wait(200)
    chart = page.trend.view.chart()
    assert chart.localizeNumbers() and chart.locale().name().startswith(language)
    axis = next(a for a in chart.axes() if type(a) is QValueAxis)
    drawn = [cc.plain(t.text) for t in cc.axis_texts(chart, axis)]  # a no-break space as " "
    assert percent in drawn, drawn
    gaps = page.servqual.view.chart()
    gap_axis = next(a for a in gaps.axes() if type(a) is QValueAxis)
    assert any(re.fullmatch(r"-?\d,\d", cc.plain(t.text)) for t in cc.axis_texts(gaps, gap_axis))
    reference = [s.name() for s in chart.series() if s.name().startswith("pass line")]
    assert reference and reference[0].endswith("%")  # the demo's checklist has a pass line
    assert ("\u00a0%" in reference[0]) == (language == "sl")
    window.close()
