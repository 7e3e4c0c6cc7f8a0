"""N/A policies and the N/A limit travel with templates (JSON and XLSForm), are stored, score
stored audits, and a not-allowed N/A stops submission."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from auditor.cli import main
from auditor.services import capture
from auditor.services.scoring import compute_audit_score
from auditor.services.template_files import export_file, import_files
from auditor.services.templates import install_builtins
from auditor.store.db import Database, open_database


def _template() -> dict[str, Any]:
    def q(key: str, **extra: Any) -> dict[str, Any]:
        return {"key": key, "kind": "yes_no", "label": {"en": key}, **extra}

    return {
        "format": "service-auditor/template", "format_version": 1, "name": "na-rules",
        "version": 1, "kind": "internal_audit", "title": {"en": "N/A rules"},
        "languages": ["en"], "default_language": "en", "pass_threshold": 80,
        "max_na_percent": 60,
        "sections": [{
            "key": "floor", "title": {"en": "Floor"}, "weight": 1,
            "questions": [
                q("clean"),
                q("signage", na_allowed=True, na_policy="met"),
                q("leaflets", na_allowed=True, na_policy="not_met"),
                q("toilets", na_allowed=True),
                q("exit", na_allowed=True, na_policy="not_allowed"),
            ],
        }],
    }  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "na.sqlite")
    with database.session() as s:
        install_builtins(s)
    return database


def test_policies_round_trip_through_json_and_xlsform(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "na-rules.json"
    source.write_text(json.dumps(_template()), "utf-8")
    with db.session() as s:
        import_files(s, [source])
    out_json, out_xlsx = tmp_path / "out.json", tmp_path / "out.xlsx"
    with db.read_session() as s:
        export_file(s, "na-rules", out_json)
        export_file(s, "na-rules", out_xlsx)
    doc = json.loads(out_json.read_text("utf-8"))
    assert doc["max_na_percent"] == 60
    policies = {q["key"]: q.get("na_policy") for q in doc["sections"][0]["questions"]}
    assert policies == {
        "clean": None, "signage": "met", "leaflets": "not_met", "toilets": None,
        "exit": "not_allowed",
    }  # fmt: skip
    wb = load_workbook(out_xlsx)
    header = [c.value for c in wb["survey"][1]]
    column = header.index("na_policy")
    assert [r[column].value for r in wb["survey"].iter_rows(min_row=3, max_row=7)] == [
        None, "met", "not_met", None, "not_allowed",
    ]  # fmt: skip
    settings = [c.value for c in wb["settings"][1]]
    assert wb["settings"][2][settings.index("max_na_percent")].value == 60
    other = open_database(tmp_path / "other.sqlite")
    with other.session() as s:
        install_builtins(s)
        import_files(s, [out_xlsx])
    again = tmp_path / "again.json"
    with other.read_session() as s:
        export_file(s, "na-rules", again)
    other.close()
    assert again.read_bytes() == out_json.read_bytes()


def test_a_wrong_policy_is_refused_with_its_place(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _template()
    doc["sections"][0]["questions"][1]["na_policy"] = "sometimes"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    capsys.readouterr()
    assert main(["template", "import", str(bad), "--db", str(db.path)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "na_policy" in err and "sometimes" in err


def test_stored_audits_score_by_policy_and_not_allowed_stops_submission(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "na-rules.json"
    source.write_text(json.dumps(_template()), "utf-8")
    with db.session() as s:
        import_files(s, [source])
        loc = capture.add_location(s, "Org", "Branch", "City")
        audit_id = capture.start_audit(s, "na-rules", loc.id, "Auditor", datetime.now(UTC))
        writer = capture.AnswerWriter(s, audit_id)
        for key, state in {
            "clean": capture.AnswerState(True),
            "signage": capture.AnswerState(None, na=True),  # met: 1 of 1
            "leaflets": capture.AnswerState(None, na=True),  # not met: 0 of 1
            "toilets": capture.AnswerState(None, na=True),  # left out
            "exit": capture.AnswerState(True),
        }.items():
            writer.save(s, key, state, "Auditor")
    with db.read_session() as s:
        result = compute_audit_score(s, audit_id)
        form = capture.load_form(s, audit_id)
    # 3 N/A of 5 answers: 60 %, just within the limit; clean, signage, exit of four counted
    assert result.score == pytest.approx(75.0) and result.not_scorable == ""
    assert not form.question("exit").na_allowed  # the form offers no N/A button
    with db.session() as s:
        writer = capture.AnswerWriter(s, audit_id)
        writer.save(s, "exit", capture.AnswerState(None, na=True), "Auditor")
        # 4 N/A of 5 answers (80 %) is past the template's 60 %
        result = compute_audit_score(s, audit_id)
        assert result.score is None
        assert result.not_scorable == "4 of 5 answers are N/A (80 %); at most 60 % may be"
        form = capture.load_form(s, audit_id)
        problems = {p.question: p.message for p in capture.problems(form)}
    assert problems == {"exit": "N/A is not allowed for this question"}
    db.close()
