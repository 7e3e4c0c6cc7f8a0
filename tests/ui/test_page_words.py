"""The Checklists page and its editor, Settings, Audits and Diaries read in Polish and Hebrew
on the demo database: every text a widget shows (labels, buttons, combo items, headers, the
cells of tables and trees as the model gives them) is read, and none is a stored code (a
checklist's name, a section, question or choice key, a kind, status, channel or feeling); the
words that name those codes are Polish under Polish; an English label cut short in a Hebrew
tree keeps its ellipsis where it was cut; screenshots kept in test-artifacts/."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from auditor.services import diaries
from auditor.store.models import AuditStatus, QuestionKind
from ui.app import ensure_application, install_translations, open_startup_database
from ui.checklist_editor import CHECKLIST_KINDS, ChecklistEditor
from ui.enum_labels import (
    channel_label,
    checklist_kind_label,
    criterion_label,
    feeling_label,
    question_kind_label,
    unit_label,
)
from ui.main_window import MainWindow
from ui.settings import Settings, builtin_grade_bands, default_grades_text

ISOLATES = "\u2066\u2067\u2068\u2069\u200e\u200f"
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
# where a key is what the user types: the editor's name and key fields, a choice's key
KEY_FIELDS = {"checklistName", "sectionKey", "questionKey"}
# texts that are the same word in Polish (a brand, an abbreviation)
SAME_IN_POLISH = {"SMS"}


def stored_codes(path: Path) -> tuple[set[str], set[str]]:
    """(whole texts that must not be shown, checklist names) read from the database."""
    with sqlite3.connect(path) as con:
        names = {r[0] for r in con.execute("select name from templates")}
        keys = {r[0] for r in con.execute("select key from sections")}
        keys |= {r[0] for r in con.execute("select key from questions")}
        keys |= {r[0] for r in con.execute("select key from choices")}
        kinds = {r[0] for r in con.execute("select kind from template_versions")}
        channels = {r[0] for r in con.execute("select distinct channel from diary_events")}
        feelings = {r[0] for r in con.execute("select distinct feeling from diary_events")}
    codes = {*keys, *kinds, *channels, *feelings, *CHECKLIST_KINDS}
    codes |= {k.value for k in QuestionKind} | {s.value for s in AuditStatus}
    codes |= {*diaries.CHANNELS, *diaries.CRITERIA, *diaries.FEELINGS}
    codes.discard("")
    return codes, names


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    """Every cell's and header's DisplayRole text (the rows scrolled away too)."""
    model = view.model()
    if model is None:
        return
    name = view.objectName() or type(view).__name__
    display = Qt.ItemDataRole.DisplayRole
    if isinstance(view, QTreeWidget):
        stack = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            for column in range(view.columnCount()):
                yield f"{name}:{item.text(0)}[{column}]", str(item.data(column, display) or "")
            stack += [item.child(i) for i in range(item.childCount())]
        header = view.headerItem()
        yield from ((f"{name}:header", header.text(c)) for c in range(view.columnCount()))
        return
    if isinstance(view, QTableWidget):  # its model's counts are private to Python
        rows, columns = view.rowCount(), view.columnCount()
    elif isinstance(view, QListWidget):
        rows, columns = view.count(), 1
    else:
        rows, columns = model.rowCount(), model.columnCount()
    for row in range(rows):
        for column in range(columns):
            value = model.index(row, column).data(display)
            if isinstance(value, str):
                yield f"{name}[{row},{column}]", value
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, rows),
    ):
        for section in range(count):
            value = model.headerData(section, orientation, display)
            if isinstance(value, str):
                yield f"{name}:header{str(orientation.name)[0]}[{section}]", value


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything `top` and its visible children show."""
    found: list[tuple[str, str]] = [("title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QComboBox):
            found += [(f"{where}[{i}]", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit) and where not in KEY_FIELDS:
            found += [(where, widget.text()), (where + ":placeholder", widget.placeholderText())]
        elif isinstance(widget, QTabWidget):
            found += [(f"{where}:tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for cell, text in _model_texts(widget):
                if widget.objectName() == "questionChoices" and re.search(r"\[\d+,0\]$", cell):
                    continue  # the choice's key, typed here
                found.append((cell, text))
        found.append((where + ":tip", widget.toolTip()))
    return [(w, t.strip(ISOLATES + " ")) for w, t in found if t and t.strip(ISOLATES + " ")]


def leaks(texts: list[tuple[str, str]], codes: set[str], names: set[str]) -> list[str]:
    out = []
    for where, text in texts:
        if text in codes or text in names:
            out.append(f"{where}: {text!r}")
        elif (bad := [w for w in SNAKE.findall(text) if w in codes]) and "placeholder" not in where:
            out.append(f"{where}: {text!r} holds {bad}")
        elif any(re.search(rf"(?<![\w./-]){re.escape(n)}(?![\w./-])", text) for n in names):
            out.append(f"{where}: {text!r} names a checklist by its file name")
    return out


INSTALLED: list[QTranslator] = []  # the translators the `in_language` fixture installed


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[str]:
    language = request.param
    app = ensure_application()
    Settings().language = language
    INSTALLED[:] = install_translations(app, language)
    yield language
    for translator in INSTALLED:
        app.removeTranslator(translator)
        translator.deleteLater()  # never found and installed again by anyone
    INSTALLED.clear()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _window(qtbot: QtBot, demo: Path, path: Path) -> MainWindow:
    shutil.copy(demo, path)
    window = MainWindow(open_startup_database(str(path)))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _go(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    window.nav.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(100)


@pytest.mark.parametrize("in_language", ["pl", "he"], indirect=True)
def test_no_stored_code_on_the_checklist_settings_audit_and_diary_screens(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, artifacts_dir: Path, in_language: str
) -> None:
    path = tmp_path / "demo.sqlite"
    window = _window(qtbot, demo_db_file, path)
    codes, names = stored_codes(path)
    found: list[str] = []

    page = window.checklists_page
    _go(qtbot, window, page)
    qtbot.waitUntil(lambda: bool(page.rows))
    found += leaks(shown_texts(page), codes, names)
    window.grab().save(str(artifacts_dir / f"checklists-{in_language}.png"))
    kinds = [_cell(page.table, r, 1) for r in range(page.table.rowCount())]
    assert set(kinds) == {checklist_kind_label(r.kind) for r in page.rows}

    for name in ("mystery-shopper-branch", "mystery-call-centre"):
        page.table.setCurrentCell([r.name for r in page.rows].index(name), 0)
        editor = page.edit_selected()
        assert isinstance(editor, ChecklistEditor)
        qtbot.waitExposed(editor)
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            qtbot.wait(50)
            found += [f"editor {name} tab {tab}: {x}" for x in
                      leaks(shown_texts(editor), codes, names)]  # fmt: skip
            if name == "mystery-shopper-branch":
                editor.grab().save(str(artifacts_dir / f"checklist-editor{tab}-{in_language}.png"))
        # the checklist's own kind, not the first in the list, and the interface's language
        assert editor.kind.currentData() == editor.doc["kind"]
        assert editor.document()["kind"] == editor.doc["kind"]
        editor.reject()

    for attribute in ("settings_page", "audits_page", "diaries_page"):
        widget = getattr(window, attribute)
        _go(qtbot, window, widget)
        if attribute == "audits_page":
            qtbot.waitUntil(lambda: window.audits_page.model.rowCount() > 0)
        found += [f"{attribute}: {x}" for x in leaks(shown_texts(widget), codes, names)]
        window.grab().save(str(artifacts_dir / f"{attribute.split('_')[0]}-{in_language}.png"))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("in_language", ["pl"], indirect=True)
def test_the_words_for_codes_are_polish_under_polish(
    qtbot: QtBot, demo_db_file: Path, tmp_path: Path, in_language: str
) -> None:
    english = {  # what the words read before the Polish translator: as the code names them
        "mystery_shopping": "Mystery shopping", "yes_no": "Yes or no", "single_choice":
        "One choice", "in_person": "In person", "pleased": "Pleased", "courtesy": "Courtesy",
    }  # fmt: skip
    assert checklist_kind_label("mystery_shopping") != english["mystery_shopping"]
    assert question_kind_label("yes_no") != english["yes_no"]
    assert question_kind_label("single_choice") != english["single_choice"]
    assert channel_label("in_person") != english["in_person"]
    assert feeling_label("pleased") != english["pleased"]
    assert criterion_label("courtesy") != english["courtesy"]
    assert unit_label("h") != "h" and unit_label("rings") != "rings"  # hours, a phone's rings

    window = _window(qtbot, demo_db_file, tmp_path / "demo.sqlite")
    page = window.checklists_page
    _go(qtbot, window, page)
    qtbot.waitUntil(lambda: bool(page.rows))
    page.table.setCurrentCell([r.name for r in page.rows].index("mystery-shopper-branch"), 0)
    editor = page.edit_selected()
    assert editor is not None
    untranslated = [
        editor.q_kind.itemText(i)
        for i in range(editor.q_kind.count())
        if editor.q_kind.itemText(i) == _english(question_kind_label, editor.q_kind.itemData(i))
    ]
    assert not untranslated
    assert all(
        editor.kind.itemText(i) != _english(checklist_kind_label, editor.kind.itemData(i))
        for i in range(editor.kind.count())
        if editor.kind.itemData(i) != "servqual"  # "Kwestionariusz SERVQUAL"
    )
    # captions and grades in Polish: the checklist is written in Polish too
    first = editor.tree.topLevelItem(0)
    question = first.child(0) if first is not None else None
    assert question is not None
    assert question.text(0) == "Wejście i witryna czyste i uporządkowane"
    grades = [_cell(editor.bands, r, 1) for r in range(editor.bands.rowCount())]
    assert grades[0] == "Poniżej standardu"
    editor.reject()

    diary = window.diaries_page
    _go(qtbot, window, diary)
    channels = [diary.channel.itemText(i) for i in range(diary.channel.count())]
    assert [c for c in channels if c in SAME_IN_POLISH] == ["SMS"]
    assert "E-mail" not in channels  # Polish: "Poczta e-mail"
    assert "Osobiście" in channels
    feelings = [diary.feeling.itemText(i) for i in range(1, diary.feeling.count())]
    assert feelings and not set(feelings) & {_english(feeling_label, f) for f in diaries.FEELINGS}
    # a feeling picked by its Polish word is stored by its code
    diary.feeling.setCurrentIndex(diary.feeling.findData("annoyed"))
    assert diary.current_event().feeling == "annoyed"
    diary.feeling.setEditText("zmęczony")
    assert diary.current_event().feeling == "zmęczony"

    settings = window.settings_page
    _go(qtbot, window, settings)
    assert settings.grades.text() == default_grades_text("pl")
    assert "Poniżej standardu" in settings.grades.text()
    assert settings.grades.text() != default_grades_text("en")


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _english(label: object, code: str) -> str:
    """What `label(code)` reads with no translator installed."""
    app = QApplication.instance()
    assert app is not None
    for translator in INSTALLED:  # only this test's: others' stay as they are
        app.removeTranslator(translator)
    try:
        return label(code)  # type: ignore[operator, no-any-return]
    finally:
        for translator in INSTALLED:
            app.installTranslator(translator)


def test_default_grades_follow_the_language_until_someone_writes_others(
    qtbot: QtBot,
) -> None:
    ensure_application()
    settings = Settings()
    settings.language = "he"
    assert settings.default_grades == default_grades_text("he")
    assert [b["min"] for b in settings.default_grade_bands()] == [
        low for low, _ in builtin_grade_bands()
    ]
    assert settings.default_grade_bands()[0]["label"]["pl"] == "Poniżej standardu"
    settings.default_grades = default_grades_text("he")  # saved as shown: still the default
    settings.language = "pl"
    assert settings.default_grades == default_grades_text("pl")
    settings.default_grades = "0 Słabo; 60 Dobrze"
    settings.language = "bg"
    assert settings.default_grades == "0 Słabo; 60 Dobrze"
    assert settings.default_grade_bands() == [
        {"min": 0.0, "label": {"bg": "Słabo"}}, {"min": 60.0, "label": {"bg": "Dobrze"}},
    ]  # fmt: skip


@pytest.mark.parametrize("in_language", ["he"], indirect=True)
def test_an_english_caption_cut_in_a_hebrew_tree_ends_in_its_ellipsis(
    qtbot: QtBot, in_language: str
) -> None:
    """The text a cell draws, elided to its column as Qt elides it, laid out right to left:
    the ellipsis stands right of the English words (where they were cut), not left of them."""
    label = "Receptionist greeted within 30 seconds of arrival at the front desk"
    doc = {
        "format": "service-auditor/template", "format_version": 1, "name": "front-desk",
        "version": 1, "kind": "mystery_shopping", "title": {"en": "Front desk"},
        "languages": ["en"], "default_language": "en", "pass_threshold": 80.0,
        "grade_bands": [], "sections": [{"key": "arrival", "title": {"en": "Arrival"},
        "weight": 1.0, "questions": [{"key": "greeted", "kind": "yes_no", "weight": 1.0,
        "label": {"en": label}}]}],
    }  # fmt: skip
    editor = ChecklistEditor(doc, set(), lambda _doc: "", new=False)
    qtbot.addWidget(editor)
    editor.show()
    assert QApplication.isRightToLeft() and editor.isRightToLeft()
    section = editor.tree.topLevelItem(0)
    item = section.child(0) if section is not None else None
    assert item is not None
    caption = item.text(0)
    assert caption == label  # an English checklist's label under Hebrew
    option = QStyleOptionViewItem()
    option.font = editor.tree.font()
    delegate = editor.tree.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    drawn = delegate.displayText(caption, editor.tree.locale())

    def ellipsis_side(text: str) -> str:
        metrics = QFontMetrics(option.font)
        cut = metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, metrics.horizontalAdvance(caption) // 2
        )
        layout = QTextLayout(cut, option.font)
        text_option = QTextOption()
        text_option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(text_option)
        layout.beginLayout()
        layout.createLine().setLineWidth(1000)
        layout.endLayout()

        def x(position: int) -> float:  # where the glyph of that character is drawn
            return float(layout.glyphRuns(position, 1)[0].positions()[0].x())

        dots_x, start_x = x(cut.index("…")), x(cut.index(caption[0]))
        return "right" if dots_x > start_x else "left"

    assert ellipsis_side(caption) == "left"  # how Qt drew it before: far from the cut
    assert ellipsis_side(drawn) == "right"
    editor.reject()
