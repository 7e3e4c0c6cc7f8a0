"""What a Hebrew (right-to-left) window must keep in reading order: a ranking label's rank
with its Latin or Cyrillic name and its counts on a line of their own, every date and time
edit left to right in the language's short format (an empty action pane shows no date), a
diary's date range after its title, Polish text in a timeline cell with its full stop at
its end, and the review page naming an empty choice as such, not an empty queue.

Each test drives the real window in Hebrew and puts the direction and locale back."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QGraphicsTextItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.services import actions, diaries
from auditor.store.models import Standard
from tests.ui.windows import demo_window
from ui import charts, formats
from ui.app import ensure_application, install_translations
from ui.capture.start_dialog import StartAuditDialog
from ui.direction import IsolatingDelegate
from ui.main_window import MainWindow
from ui.pages.actions import NewActionDialog
from ui.pages.review import tr
from ui.settings import Settings

MARKS = "\u200e\u200f\u2066\u2067\u2068\u2069"


@contextmanager
def hebrew() -> Iterator[None]:
    app = ensure_application()
    locale = QLocale()
    Settings().language = "he"
    installed = install_translations(app, "he")
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(locale)
        Settings().language = ""


def _x(line: object, position: int) -> float:
    x = line.cursorToX(position)  # type: ignore[attr-defined]
    return float(x[0] if isinstance(x, tuple) else x)


def _left_to_right(text: str) -> bool:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return False
        if kind == "L":
            return True
    return True


def test_ranking_labels_keep_rank_with_name_and_counts_on_their_own_line(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    with hebrew():
        window = demo_window(qtbot, demo_db_file, tmp_path / "d.sqlite", "dashboard_page")
        page = window.dashboard_page
        qtbot.waitUntil(lambda: page.view is not None, timeout=20_000)
        qtbot.wait(300)
        # labels given the width of a narrow chart: long names wrap
        charts.fit_categories(page.ranking.view.chart(), page.ranking.view.categories, 400)
        qtbot.wait(100)
        assert page.view is not None
        groups = [
            g for g in page.view.ranking["groups"]
            if g["template"] == page.main_checklist() and g["score"] is not None
        ]  # fmt: skip
        items = [
            item.toGraphicsObject()
            for item in page.ranking.view.chart().scene().items()
            if isinstance(item.toGraphicsObject(), QGraphicsTextItem)
        ]
        labels = [i for i in items if isinstance(i, QGraphicsTextItem) and "(n=" in i.toPlainText()]
        assert len(labels) == len(groups) > 3
        checked = 0
        wrapped = 0
        for item in labels:
            block = item.document().firstBlock()
            layout: QTextLayout = block.layout()
            text = block.text()  # lines end at U+2028
            lines = text.split("\u2028")
            plain = [ln.strip(MARKS + " ") for ln in lines]
            counts = plain[-1]
            assert counts.startswith("(n=") and counts.endswith(")"), plain
            head = " ".join(plain[:-1])
            group = next(g for g in groups if head == f"{g['rank']}. {g['key']}")
            assert all("(n=" not in ln for ln in plain[:-1])  # the name never beside them
            if not _left_to_right(group["key"]):
                continue
            checked += 1
            wrapped += len(plain) > 2
            # as Qt lays it out: the rank, its full stop, then the name, left to right on
            # the first line; the counts' bracket before the n on the last
            first = layout.lineAt(0)
            rank = text.index(f"{group['rank']}.")
            dot = rank + len(str(group["rank"]))
            name = text.index(group["key"].split()[0], dot)
            assert first.textStart() <= rank and name < first.textStart() + first.textLength()
            assert _x(first, rank) < _x(first, dot) < _x(first, name), lines[0]
            last = layout.lineAt(layout.lineCount() - 1)
            bracket = text.rindex("(n=")
            assert last.textStart() <= bracket
            assert _x(last, bracket) < _x(last, bracket + 1) < _x(last, text.rindex(")")), counts
        assert checked > 3 and wrapped > 0
        window.grab().save(str(Path("test-artifacts") / "j-dashboard-he.png"))
        window.close()


def _shows_left_to_right(edit: QDateTimeEdit, moment: QDateTime, time: bool) -> None:
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    form = locale.dateTimeFormat(short) if time else locale.dateFormat(short)
    form = form if "yyyy" in form else form.replace("yy", "yyyy")
    edit.setDateTime(moment)
    assert edit.isLeftToRight(), edit.objectName()
    assert edit.displayFormat() == form, edit.objectName()
    assert edit.text() == locale.toString(moment if time else moment.date(), form)
    # the day section first at the left, as "7.12.2026" reads
    assert edit.sectionAt(0) == QDateTimeEdit.Section.DaySection, edit.objectName()


def test_every_date_edit_reads_left_to_right_and_an_empty_pane_shows_no_date(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    moment = QDateTime(QDate(2026, 12, 7), QTime(20, 10))
    with hebrew():
        window = demo_window(qtbot, demo_db_file, tmp_path / "e.sqlite", "actions_page")
        assert window.reports_page and window.diaries_page  # pages are built when first asked
        edits = [
            e for e in window.findChildren(QDateTimeEdit)
            if not e.objectName().startswith("dashboard")  # months by name: "מרץ 2026"
        ]  # fmt: skip
        names = {e.objectName() for e in edits}
        assert {"reportFrom", "reportTo", "detailDue", "eventWhen"} <= names, names
        for edit in edits:
            _shows_left_to_right(edit, moment, not isinstance(edit, QDateEdit))

        detail = window.actions_page.detail
        detail.show_action(None)
        assert detail.due.text().strip() == ""  # no 1.1.2000
        assert window.db is not None
        with window.db.session() as s:
            code = s.scalars(select(Standard.code)).first()
            assert code is not None
            action = actions.create_action(
                s, title="Greet within a minute", standard=code, actor="Quality Manager",
                due_date=date(2026, 12, 21),
            )  # fmt: skip
        detail.show_action(action)
        assert detail.due.text() == QLocale().toString(QDate(2026, 12, 21), "d.M.yyyy")

        dialog = NewActionDialog([], [], parent=window)
        qtbot.addWidget(dialog)
        _shows_left_to_right(dialog.due, moment, False)
        start = StartAuditDialog(window.db, "Anna Kowalska", window)
        qtbot.addWidget(start)
        _shows_left_to_right(start.visit, moment, True)
        assert "20:10" in start.visit.text()
        start.show()
        qtbot.waitExposed(start)
        start.grab().save("test-artifacts/j-start-he.png")
        start.close()
        dialog.close()
        window.actions_page.grab().save("test-artifacts/j-actions-he.png")
        window.close()


def test_diary_period_follows_its_title_and_typed_text_keeps_its_direction(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    with hebrew():
        window: MainWindow = demo_window(qtbot, demo_db_file, tmp_path / "f.sqlite", "")
        page = window.diaries_page
        assert window.db is not None
        with window.db.session() as s:
            diary = diaries.start_diary(
                s, "Anna Kowalska", "Dziennik obsługi", date(2026, 11, 17), date(2026, 11, 30)
            )
            event = diaries.EventInput(
                occurred_at=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
                channel=diaries.CHANNELS[0], organisation="Poczta Polska",
                description="Szybko i miło.",
            )  # fmt: skip
            diaries.add_event(s, diary, event)
        window.nav.setCurrentRow(window.pages.indexOf(page))
        page.reload(str(diary))
        label = page.diary.currentText()
        # the title and owner each isolated, the period one left-to-right unit after them
        assert label.index("\u2068Dziennik obsługi\u2069") < label.index("(\u2066")
        period = f"{formats.day(date(2026, 11, 17))} – {formats.day(date(2026, 11, 30))}"
        assert period == "\u206617.11.2026\u2069 – \u206630.11.2026\u2069"
        assert f"(\u2066{period}\u2069)" in label
        row = next(
            r for r in range(page.timeline.rowCount())
            if page.timeline.item(r, 6).text() == "Szybko i miło."
        )  # fmt: skip
        for column in (2, 6):
            delegate = page.timeline.itemDelegateForColumn(column)
            assert isinstance(delegate, IsolatingDelegate)
            shown = delegate.displayText(page.timeline.item(row, column).text(), QLocale())
            assert shown == f"\u2068{page.timeline.item(row, column).text()}\u2069"
        # as Qt lays out the isolated Polish sentence in a right-to-left cell: the full stop
        # at the end of its words (their right), not before them
        layout = QTextLayout(shown, page.timeline.font())
        option = layout.textOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        assert _x(line, shown.index("z")) < _x(line, shown.index("ł")) < _x(line, shown.index("."))
        page.grab().save("test-artifacts/j-diaries-he.png")
        window.close()


def test_review_page_says_choose_when_the_queue_has_audits_none_chosen(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path
) -> None:
    with hebrew():
        window = demo_window(qtbot, demo_db_file, tmp_path / "g.sqlite", "review_page")
        page = window.review_page
        page.reload()
        assert page.rows
        page.queue.setCurrentCell(-1, -1)  # rows listed, none chosen
        assert page.queue.currentRow() == -1 and page.view is None
        choose = page.header.text()
        assert choose == tr("Choose an audit in the list.")
        assert choose != tr("Nothing to review.")
        page.grab().save("test-artifacts/j-review-he.png")
        page.rows = []  # (the demo's queue is never empty) an empty list is nothing to review
        page.show_row(-1)
        assert page.header.text() == tr("Nothing to review.")
        window.close()
