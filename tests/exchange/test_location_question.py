"""A location question (an XLSForm geopoint): imported, answered as typed coordinates on a
real SQLite file, never scored (not even when N/A would count as met), and shown as
coordinates in the audit's PDF and workbook, in English and in Hebrew."""

from __future__ import annotations

import sqlite3
import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from auditor.geo import location_text, location_value, parse_location
from auditor.launch import main
from auditor.services import capture
from auditor.services.scoring import compute_audit_score
from auditor.store.db import open_database

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
WHERE = "52.229700 21.012200"
QUESTIONS_SQL = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'questions'"
SHOWN = "52.22970° N, 21.01220° E"


def _form(path: Path) -> Path:
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    for row in (
        ["type", "name", "label", "required", "na", "na_policy", "weight"],
        ["geopoint", "where", "Where were you?", "yes", "yes", "met", "3"],
        ["select_one yn", "greeted", "Were you greeted?", "yes", "", "", "1"],
        ["integer", "staff", "How many staff?", "", "", "", ""],
    ):
        survey.append(row)
    choices = book.create_sheet("choices")
    for row in (["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]):
        choices.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title"])
    settings.append(["visit_with_place", "Visit with a place"])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("52.2297, 21.0122", (52.2297, 21.0122)),
        ("52,2297; 21,0122", (52.2297, 21.0122)),
        ("52.2297 21.0122 110 5", (52.2297, 21.0122)),  # ODK's altitude and accuracy
        ("33.9249° S, 18.4241° E", (-33.9249, 18.4241)),
        ("-33.9249,18.4241", (-33.9249, 18.4241)),
        ("91, 0", None),
        ("52.2297", None),
        ("near the station", None),
    ],
)
def test_typed_coordinates_are_read_as_people_write_them(
    typed: str, expected: tuple[float, float] | None
) -> None:
    assert parse_location(typed) == (pytest.approx(expected) if expected else None)


def test_a_southern_western_place_reads_back_with_its_hemispheres() -> None:
    assert location_text(location_value(-22.9068, -43.1729)) == "22.90680° S, 43.17290° W"
    assert location_text("not a place") == "not a place"


def test_a_geopoint_is_asked_never_scored_and_reported_as_coordinates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "place.sqlite"
    assert main(["init", "--db", str(db_path)]) == 0
    assert main(["template", "import", str(_form(tmp_path / "place.xlsx")), "--db",
                 str(db_path)]) == 0  # fmt: skip
    database = open_database(db_path)
    with database.session() as s:
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        audit_id: uuid.UUID = capture.start_audit(
            s, "visit_with_place", loc.id, "Anna Kowalska", datetime(2026, 11, 2, 10, tzinfo=UTC)
        )
        form = capture.load_form(s, audit_id)
        assert form.question("where").kind == "location" and form.question("where").required
        assert "where" in {p.question for p in capture.problems(form)}  # asked, and required
    with database.session() as s:
        writer = capture.AnswerWriter(s, audit_id)
        writer.save(s, "greeted", capture.AnswerState(False), "test")
        writer.save(s, "where", capture.AnswerState(WHERE), "test")
    with database.session() as s:
        score = compute_audit_score(s, audit_id)
        place = next(q for sec in score.sections for q in sec.questions if q.key == "where")
        assert place.status == "not_scored" and place.possible == 0
        assert score.score == 0  # greeted: no; the place earns nothing and costs nothing
    with database.session() as s:  # N/A counted as met still leaves a place unscored
        capture.AnswerWriter(s, audit_id).save(s, "where", capture.AnswerState(None, True), "t")
    with database.session() as s:
        assert compute_audit_score(s, audit_id).score == 0
        capture.AnswerWriter(s, audit_id).save(s, "where", capture.AnswerState(WHERE), "t")
        capture.AnswerWriter(s, audit_id).save(s, "staff", capture.AnswerState(3), "t")
        capture.submit_audit(s, audit_id)
    database.close()

    for lang in ("en", "he"):
        pdf = tmp_path / f"audit-{lang}.pdf"
        assert main(["report", "audit", "--audit", str(audit_id), "--format", "pdf", "--out",
                     str(pdf), "--lang", lang, "--db", str(db_path)]) == 0  # fmt: skip
        text = " ".join(
            " ".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages).split()
        )
        assert SHOWN in text, text
        if lang == "he":  # on a clean clone no earlier test made the folder
            ARTIFACTS.mkdir(exist_ok=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                            str(ARTIFACTS / "location-audit-he")], check=True)  # fmt: skip
        book = tmp_path / f"audit-{lang}.xlsx"
        assert main(["report", "audit", "--audit", str(audit_id), "--format", "xlsx", "--out",
                     str(book), "--lang", lang, "--db", str(db_path)]) == 0  # fmt: skip
        workbook = load_workbook(book, read_only=True)
        cells = {str(c) for ws in workbook.worksheets for row in ws.iter_rows(values_only=True)
                 for c in row if c is not None}  # fmt: skip
        workbook.close()
        assert SHOWN in cells and WHERE not in cells
    capsys.readouterr()


def _migrate(path: Path, step: str, revision: str) -> None:
    from alembic import command

    from auditor.store.db import alembic_config, make_engine, resolve_url

    engine = make_engine(resolve_url(str(path)))
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            getattr(command, step)(cfg, revision)
    finally:
        engine.dispose()


def test_a_database_with_answers_takes_location_questions_after_its_upgrade(
    tmp_path: Path,
) -> None:
    """Migration 0013 on SQLite, where answers hold on to their questions (rebuilding the
    table is refused): every row stays, the constraint takes 'location' and still refuses
    what is no kind; going back is refused while a location question exists."""
    from auditor.services.templates import install_builtins

    path = tmp_path / "old.sqlite"
    database = open_database(path)
    with database.session() as s:
        install_builtins(s)
        loc = capture.add_location(s, "Baltic Savings Bank", "Gdańsk Główna", "Gdańsk")
        audit_id = capture.start_audit(
            s, "mystery-shopper-branch", loc.id, "Anna", datetime(2026, 11, 2, 10, tzinfo=UTC)
        )
        capture.AnswerWriter(s, audit_id).save(s, "entrance_clean", capture.AnswerState(True), "t")
    database.close()
    _migrate(path, "downgrade", "0012_key_enrolment")
    raw = sqlite3.connect(path)
    assert "'location'" not in raw.execute(QUESTIONS_SQL).fetchone()[0]
    answers = raw.execute("SELECT count(*) FROM answers").fetchone()[0]
    raw.close()
    assert answers == 1

    assert (
        main(["template", "import", str(_form(tmp_path / "place.xlsx")), "--db", str(path)]) == 0
    )  # fmt: skip  (opening the file upgrades it)
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM answers").fetchone()[0] == answers
    assert raw.execute("SELECT count(*) FROM questions WHERE kind = 'location'").fetchone()[0] == 1
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError, match="ck_questions_questionkind"):
        raw.execute("UPDATE questions SET kind = 'gps' WHERE kind = 'location'")
    raw.close()
    with pytest.raises(RuntimeError, match="location question"):
        _migrate(path, "downgrade", "0012_key_enrolment")
