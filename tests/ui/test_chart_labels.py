"""Charts a reader can read, in English, Polish, Hebrew and Bulgarian, at the window's
default size (1280 x 720) and in the dashboard's export: every value axis draws numbers as
the language writes them, no label is cut or wider than its space, months have names, the
importance-performance panel and SERVQUAL speak the language instead of stored keys, and
the export states its filters and no word about clicking.

Everything is read from the charts' scenes (the items Qt drew), not from axis properties."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from auditor.scoring import ipa
from auditor.scoring.gaps import DIMENSIONS
from auditor.services import measures
from auditor.services.audits import AuditFilter
from auditor.store.db import open_database
from tests.ui import chart_checks as cc
from tests.ui.windows import open_window
from ui import charts
from ui.app import ensure_application, install_translations
from ui.enum_labels import criterion_label
from ui.main_window import MainWindow
from ui.settings import Settings

LANGUAGES = ["en", "pl", "he", "bg"]
ENGLISH_QUADRANTS = ["Concentrate here", "Keep up the good work", "Low priority",
                     "Possible overkill"]  # fmt: skip
ENGLISH_CRITERIA = ["Courtesy", "Professionalism", "Empathy", "Willingness to help",
                    "Listening", "Waiting time", "Speed", "Convenience"]  # fmt: skip
ENGLISH_DIMENSIONS = ["Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"]


@contextmanager
def window_in(
    qtbot: QtBot, demo: Path, tmp_path: Path, language: str, page: str
) -> Iterator[MainWindow]:
    """The window at its default size (1280 x 720) in `language`, on a copy of the demo,
    on the page named by its attribute, drawn."""
    app = ensure_application()
    Settings().language = language
    installed = install_translations(app, language)
    try:
        path = tmp_path / f"{language}.sqlite"
        shutil.copy(demo, path)
        window = open_window(qtbot, path, (1280, 720))
        widget = getattr(window, page)
        window.nav.setCurrentRow(window.pages.indexOf(widget))
        if page == "dashboard_page":
            qtbot.waitUntil(lambda: widget.view is not None, timeout=20_000)
        qtbot.wait(300)  # the charts lay out on the event loop
        yield window
        window.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        Settings().language = ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dashboard_chart_reads_whole(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, language: str, artifacts_dir: Path
) -> None:
    with window_in(qtbot, demo_db_file, tmp_path, language, "dashboard_page") as window:
        page = window.dashboard_page
        view = page.view
        assert view is not None
        locale = QLocale()
        for panel in page.panels:
            chart = panel.view.chart()
            where = f"{language}: {panel.title()}"
            assert cc.elided(chart) == [], where
            assert panel.view.viewport().size() == chart.size().toSize(), where  # none hidden
            assert cc.value_axis_problems(chart, locale) == [], where
            if panel.view.categories:
                assert cc.category_problems(chart, panel.view.categories) == [], where
        assert len(page.ranking.view.categories) == len(page.ranking_keys) > 10
        ranked = [g for g in view.ranking["groups"] if g["template"] == page.main_checklist()]
        for g, label in zip(ranked, page.ranking.view.categories, strict=True):
            assert f"(n={g['n']}," in cc.plain(label)  # n and the change are never cut away
        trend_months = [charts.month_text(p) for p in page.periods]
        assert cc.month_problems(page.trend.view.chart(), trend_months) == []
        customer_months = [charts.month_text(m.month) for m in view.customer]
        assert cc.month_problems(page.customer.view.chart(), customer_months) == []
        if language == "pl":  # a Polish decimal comma on the SERVQUAL gap axis
            gaps = page.servqual.view.chart()
            axis = next(a for a in gaps.axes() if a.alignment() == Qt.AlignmentFlag.AlignBottom)
            assert any("," in t.text for t in cc.axis_texts(gaps, axis))

        # importance and performance: the engine's quadrants named, points named whole
        chart = page.ipa.view.chart()
        points = [t for t in cc.texts(chart) if t.simple]
        names = [criterion_label(c["criterion"]) for c in view.ipa["criteria"]]
        assert names and sorted(cc.plain(t.text) for t in points) == sorted(names)
        plot = cc.plot_rect(chart)
        for t in points:
            assert not cc.KEY.match(cc.plain(t.text)), t.text
            assert plot.contains(t.rect), (t.text, t.rect, plot)
        for a, b in combinations(points, 2):
            assert not a.rect.intersects(b.rect), (a.text, b.text)
        quadrants = {c["quadrant"] for c in view.ipa["criteria"]}
        assert quadrants <= {ipa.CONCENTRATE, ipa.KEEP_UP, ipa.LOW_PRIORITY, ipa.OVERKILL}
        legend = page.ipa.legend.text()
        for quadrant in quadrants:
            assert page.quadrant_names()[quadrant] in legend
            assert quadrant not in legend  # the engine's own words never shown

        # SERVQUAL dimensions by name, never by key
        dimensions = [cc.plain(label) for label in page.servqual.view.categories]
        assert len(dimensions) == len(DIMENSIONS)
        assert not set(dimensions) & set(DIMENSIONS)

        # shared visits are visits: never more than the audits counted
        assert 0 < view.shared_visits <= view.audits
        window.grab().save(str(artifacts_dir / f"dashboard-{language}.png"))
        page.board.grab().save(str(artifacts_dir / f"dashboard-board-{language}.png"))

        # months chosen by hand are named too, and the filters still fit the window
        page.period.setCurrentIndex(page.period.findData("custom"))
        qtbot.wait(100)
        first = f"{page.view.flt.date_from:%Y-%m}"  # type: ignore[union-attr]
        # (a right-to-left date edit keeps its sections in reading order: "2026 מרץ")
        assert sorted(page.date_from.text().split()) == sorted(charts.month_text(first).split())
        assert page.minimumSizeHint().width() <= page.width()


@pytest.mark.parametrize("language", ["pl", "he"])
def test_quadrants_criteria_and_dimensions_are_in_the_language(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, language: str
) -> None:
    """Not the English words (nor keys) under Polish and Hebrew."""
    with window_in(qtbot, demo_db_file, tmp_path, language, "dashboard_page") as window:
        page = window.dashboard_page
        legend = cc.plain(page.ipa.legend.text())
        assert not [q for q in ENGLISH_QUADRANTS if q in legend], legend
        points = [cc.plain(t.text) for t in cc.texts(page.ipa.view.chart()) if t.simple]
        assert points and not set(points) & set(ENGLISH_CRITERIA), points
        dimensions = [cc.plain(label) for label in page.servqual.view.categories]
        assert not set(dimensions) & set(ENGLISH_DIMENSIONS), dimensions


def test_shared_visits_are_the_audits_two_shoppers_made_of_one_place_and_month(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    """The agreement note counts visits (audits), from the database as the command line
    reads it: audits of a location and checklist version in a month that two or more
    shoppers visited."""
    with window_in(qtbot, demo_db_file, tmp_path, "en", "dashboard_page") as window:
        page = window.dashboard_page
        page.period.setCurrentIndex(page.period.findData("6"))
        view = page.view
        assert view is not None
        db = open_database(window.db.label, create=False)
        try:
            with db.read_session() as s:
                flt = AuditFilter(date_from=view.flt.date_from, date_to=view.flt.date_to,
                                  count=view.flt.count)  # fmt: skip
                slots: dict[tuple[object, ...], dict[str, set[str]]] = {}
                for audit, loc, version, when, shopper, *_ in measures.agreement_rows(s, flt):
                    slot = (loc, version, when.year, when.month)
                    slots.setdefault(slot, {}).setdefault(shopper, set()).add(str(audit))
        finally:
            db.close()
        expected = sum(
            len(set().union(*by_shopper.values()))
            for by_shopper in slots.values()
            if len(by_shopper) >= 2
        )
        assert view.shared_visits == expected
        assert 0 < expected < view.audits
        assert view.agreement["shared_units"] > view.audits  # what the note said before
        assert f"{expected:,} visits made by two or more shoppers" in page.agreement.note.text()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_export_states_its_filters_draws_numbers_and_says_nothing_about_clicking(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, language: str, artifacts_dir: Path
) -> None:
    with window_in(qtbot, demo_db_file, tmp_path, language, "dashboard_page") as window:
        page = window.dashboard_page
        page.organisation.setCurrentIndex(1)
        page.period.setCurrentIndex(page.period.findData("6"))
        qtbot.wait(200)
        pdf = page.write_pdf(tmp_path / "dashboard.pdf")
        png = page.write_png(tmp_path / "dashboard.png")
        shutil.copy(png, artifacts_dir / f"dashboard-export-{language}.png")
        text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
        for part in page.filter_words().split(" · "):
            assert " ".join(part.split()) in text, part
        assert page.organisation.currentText() in text
        for panel in page.panels:
            assert "click" not in panel.export_note.lower()
            assert "klikn" not in panel.export_note.lower()
        assert "click" not in text.lower() and "klikn" not in text.lower()
        # the value axes' numbers were drawn in the export too: percentages, NPS
        assert "75%" in text and "-50" in text
        # and on screen everything is back as it was
        for panel in page.panels:
            if panel.view.categories:
                assert cc.category_problems(panel.view.chart(), panel.view.categories) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_standards_page_reads_whole(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, language: str, artifacts_dir: Path
) -> None:
    with window_in(qtbot, demo_db_file, tmp_path, language, "standards_page") as window:
        page = window.standards_page
        row = next(i for i, r in enumerate(page.rows) if r.code == "GREET-30")
        page.table.setCurrentCell(row, 0)
        qtbot.wait(200)
        assert page.points
        chart = page.chart_view.chart()
        assert cc.elided(chart) == []
        assert cc.value_axis_problems(chart, QLocale()) == []
        months = [charts.month_text(p.period) for p in page.points]
        assert cc.month_problems(chart, months) == []
        assert page.compliance.item(0, 0).text() == months[0]
        assert page.legend.text() and "..." not in page.legend.text()
        # the target keeps its own direction ("95% within the promised time") in any
        # direction of the interface, and no cell holds a word wider than its column
        target = page.table.item(row, 3).text()
        assert target == "\u2068" + page.rows[row].target + "\u2069"
        margin = page.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        metrics = QFontMetrics(page.table.font())
        for r in range(page.table.rowCount()):
            for c in range(page.table.columnCount()):
                item = page.table.item(r, c)
                width = page.table.columnWidth(c) - 2 * margin
                box = metrics.boundingRect(
                    QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
                )
                assert box.width() <= width, (item.text(), box.width(), width)
                assert box.height() <= page.table.rowHeight(r), (item.text(), r)
        window.grab().save(str(artifacts_dir / f"standards-{language}.png"))


def test_the_checks_see_a_blank_axis_and_a_cut_label(qtbot: QtBot) -> None:
    """What the checks above would report: an axis this Qt draws blank ("%d" with localised
    numbers) and a category label Qt cut to "..." (not wrapped by ui.charts)."""
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChart,
        QChartView,
        QHorizontalBarSeries,
        QValueAxis,
    )

    ensure_application()
    chart = QChart()
    chart.setLocale(QLocale("pl"))
    chart.setLocalizeNumbers(True)
    series = QHorizontalBarSeries()
    bars = QBarSet("x")
    bars.append([40.0, 60.0])
    series.append(bars)
    chart.addSeries(series)
    long = "A standard whose title is far longer than a third of this small chart"
    categories = QBarCategoryAxis()
    categories.append([long, "Short"])
    values = QValueAxis()
    values.setRange(0, 100)
    values.setLabelFormat("%d")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(400, 250)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(100)
    assert values.labelsVisible()  # the property says visible ...
    assert cc.value_axis_problems(chart, QLocale("pl"))  # ... the scene has no numbers
    assert cc.elided(chart)
    assert cc.category_problems(chart, [long, "Short"])
    values.setLabelFormat(charts.axis_format())  # the app's format draws them
    qtbot.wait(100)
    assert cc.value_axis_problems(chart, QLocale("pl")) == []
