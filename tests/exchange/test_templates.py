"""Built-in checklists, versions, JSON and XLSForm round trips, and every malformed case."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from auditor.cli import main
from auditor.errors import AuditorError
from auditor.exchange.template_json import dumps_template
from auditor.exchange.template_xlsx import read_xlsform
from auditor.paths import builtin_dir
from auditor.services.template_files import export_file, import_files
from auditor.services.templates import (
    canonical_document,
    install_builtins,
    latest_version,
    list_templates,
    store_template,
    template_document,
)
from auditor.store.db import Database, open_database
from auditor.store.models import (
    Audit,
    ChecklistTemplate,
    Location,
    Organisation,
    Person,
    PersonRole,
    TemplateVersion,
)

BUILTINS = sorted(p.stem for p in (builtin_dir() / "checklists").glob("*.json"))
MYSTERY = ("mystery_shopper_branch", "mystery_call_centre")


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "t.sqlite")
    with database.session() as s:
        install_builtins(s)
    return database


def _names(db: Database) -> list[tuple[str, int]]:
    with db.read_session() as s:
        return [(t.name, t.version) for t in list_templates(s)]


def test_builtin_library_is_complete(db: Database) -> None:
    assert len(BUILTINS) >= 10
    with db.session() as s:
        rows = {t.name: t for t in list_templates(s)}
    for name in (
        "mystery-shopper-branch",
        "mystery-call-centre",
        "hotel-stay",
        "restaurant-visit",
        "back-office-audit",
        "service-standard-audit",
        "servqual",
        "customer-survey",
        "service-culture-self-assessment",
        "service-event-diary",
    ):
        assert name in rows
    servqual = rows["servqual"]
    assert servqual.questions == 22 * 2 + 5
    for name in ("mystery-shopper-branch", "mystery-call-centre"):
        assert {"en", "pl", "sl", "bg", "he"} <= set(rows[name].languages)


@pytest.mark.parametrize("stem", MYSTERY)
def test_mystery_checklists_are_fully_translated(stem: str) -> None:
    doc = json.loads((builtin_dir() / "checklists" / f"{stem}.json").read_text("utf-8"))
    for section in doc["sections"]:
        assert set(section["title"]) >= {"en", "pl", "sl", "bg", "he"}
        for q in section["questions"]:
            assert set(q["label"]) >= {"en", "pl", "sl", "bg", "he"}, q["key"]
    weights = [q.get("weight", 1) for s in doc["sections"] for q in s["questions"]]
    assert any(q.get("critical") for s in doc["sections"] for q in s["questions"])
    assert len(set(weights)) > 1


@pytest.mark.parametrize("stem", BUILTINS)
def test_builtin_round_trips_through_json_and_excel(
    stem: str, db: Database, tmp_path: Path
) -> None:
    original = json.loads((builtin_dir() / "checklists" / f"{stem}.json").read_text("utf-8"))
    name = original["name"]
    first_json, first_xlsx = tmp_path / "a.json", tmp_path / "a.xlsx"
    with db.session() as s:
        export_file(s, name, first_json)
        export_file(s, name, first_xlsx)
    assert canonical_document(json.loads(first_json.read_text("utf-8"))) == canonical_document(
        original
    )

    for source in (first_json, first_xlsx):
        other = open_database(tmp_path / f"other-{source.suffix[1:]}.sqlite")
        with other.session() as s:
            install_builtins(s)  # the standards library the template links to
            s.query(TemplateVersion).filter(
                TemplateVersion.template.has(ChecklistTemplate.name == name)
            ).delete()
        with other.session() as s:
            s.query(ChecklistTemplate).filter(ChecklistTemplate.name == name).delete()
        with other.session() as s:
            results = import_files(s, [source])
            assert [r.name for r in results] == [name]
            assert results[0].warnings == []
        again = tmp_path / f"again-{source.suffix[1:]}.json"
        with other.session() as s:
            export_file(s, name, again)
        other.close()
        assert again.read_bytes() == first_json.read_bytes(), source.suffix


def test_export_import_export_is_byte_identical_via_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert main(["init", "--db", str(a)]) == 0
    assert (
        main(
            ["template", "export", "hotel-stay", "--out", str(tmp_path / "1.json"), "--db", str(a)]
        )
        == 0
    )
    assert (
        main(
            ["template", "export", "hotel-stay", "--out", str(tmp_path / "1.xlsx"), "--db", str(a)]
        )
        == 0
    )
    assert main(["init", "--db", str(b)]) == 0
    assert main(["template", "import", str(tmp_path / "1.xlsx"), "--db", str(b)]) == 0
    assert (
        main(
            ["template", "export", "hotel-stay", "--out", str(tmp_path / "2.json"), "--db", str(b)]
        )
        == 0
    )
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()
    capsys.readouterr()
    assert main(["template", "list", "--json", "--db", str(b)]) == 0
    listed = {t["name"]: t for t in json.loads(capsys.readouterr().out)}
    assert listed["hotel-stay"]["version"] == 1 and listed["hotel-stay"]["questions"] == 16
    assert set(listed["hotel-stay"]) >= {
        "name",
        "version",
        "title",
        "sections",
        "questions",
        "languages",
    }


def _add_audit(db: Database, version_id: Any) -> None:
    with db.session() as s:
        org = Organisation(name="Org")
        loc = Location(organisation=org, name="Loc")
        who = Person(name="Shopper", role=PersonRole.SHOPPER)
        s.add_all([org, loc, who])
        s.flush()
        s.add(
            Audit(
                template_version_id=version_id,
                location_id=loc.id,
                shopper_id=who.id,
                visit_start=datetime(2026, 1, 5, tzinfo=UTC),
            )
        )


def test_editing_a_used_template_creates_a_new_version(db: Database) -> None:
    with db.session() as s:
        v1 = latest_version(s, "restaurant-visit")
        doc = template_document(v1)
        v1_id, v1_question_ids = v1.id, {q.key: q.id for sec in v1.sections for q in sec.questions}
    _add_audit(db, v1_id)
    doc["sections"][0]["questions"][0]["weight"] = 5.0
    with db.session() as s:
        v2 = store_template(s, doc, "edited.json")
        assert v2.version == 2
        assert [q.key for sec in v2.sections for q in sec.questions] == list(v1_question_ids)
    with db.session() as s:
        audit = s.scalars(select(Audit)).one()
        assert audit.template_version_id == v1_id  # the audit keeps the version it was filled with
        old = s.get_one(TemplateVersion, v1_id)
        assert old.sections[0].questions[0].weight == 2.0
    with db.session() as s:  # storing the same content again changes nothing
        assert store_template(s, doc, "edited.json").version == 2


def test_editing_an_unused_template_replaces_it(db: Database) -> None:
    with db.session() as s:
        doc = template_document(latest_version(s, "customer-survey"))
    doc["sections"][0]["questions"][1]["weight"] = 3.0
    with db.session() as s:
        assert store_template(s, doc, "edited.json").version == 1
    with db.session() as s:
        assert (
            s.scalar(
                select(func.count(TemplateVersion.id))
                .join(ChecklistTemplate)
                .where(ChecklistTemplate.name == "customer-survey")
            )
            == 1
        )


# ---------------------------------------------------------------- XLSForm written for ODK/Kobo


def _workbook(
    path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings: list[list[Any]] | None = None,
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    if choices is not None:
        ch = wb.create_sheet("choices")
        for row in choices:
            ch.append(row)
    if settings is not None:
        st = wb.create_sheet("settings")
        for row in settings:
            st.append(row)
    wb.save(path)
    return path


KOBO_SURVEY = [
    [
        "type",
        "name",
        "label::English (en)",
        "label::Polski (pl)",
        "hint::English (en)",
        "required",
        "relevant",
        "constraint",
        "appearance",
        "choice_filter",
        "$kuid",
        "weight",
        "calculation",
    ],
    ["start", "start", "", "", "", "", "", "", "", "", "a1", ""],
    ["end", "end", "", "", "", "", "", "", "", "", "a2", ""],
    ["begin_group", "visit", "Visit", "Wizyta", "", "", "", "", "field-list", "", "a3", ""],
    [
        "select_one yes_no",
        "greeted",
        "Were you greeted?",
        "Czy zostałeś powitany?",
        "",
        "yes",
        "",
        "",
        "",
        "",
        "a4",
        "2",
    ],
    [
        "integer",
        "wait",
        "Minutes waited",
        "Minuty oczekiwania",
        "Whole minutes",
        "true()",
        "",
        ". >= 0 and . < 240",
        "",
        "",
        "a5",
        "",
    ],
    [
        "text",
        "why_slow",
        "Why so slow?",
        "Dlaczego tak długo?",
        "",
        "",
        "${wait} > 10",
        "",
        "",
        "",
        "a6",
        "",
    ],
    ["end_group", "", "", "", "", "", "", "", "", "", "a7", ""],
    ["begin group", "staff", "Staff", "Personel", "", "", "", "", "", "", "a8", ""],
    [
        "select_one rate",
        "courtesy",
        "Courtesy",
        "Uprzejmość",
        "",
        "yes",
        "",
        "",
        "likert",
        "",
        "a9",
        "",
    ],
    [
        "select_multiple extras",
        "extras",
        "What was offered?",
        "Co zaproponowano?",
        "",
        "",
        "selected(${greeted}, 'yes')",
        "",
        "",
        "",
        "a10",
        "",
    ],
    ["calculate", "total", "", "", "", "", "", "", "", "", "a11", "", "${wait} * 60"],
    ["geopoint", "where", "Location", "Lokalizacja", "", "", "", "", "", "", "a12", ""],
    ["image", "photo", "Photo", "Zdjęcie", "", "", "", "", "", "", "a13", ""],
    ["note", "thanks", "Thank you", "Dziękujemy", "", "", "", "", "", "", "a14", ""],
    ["end group", "", "", "", "", "", "", "", "", "", "a15", ""],
]
KOBO_CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Polski (pl)", "county"],
    ["yes_no", "yes", "Yes", "Tak", ""],
    ["yes_no", "no", "No", "Nie", ""],
    ["rate", "1", "Poor", "Słabo", ""],
    ["rate", "2", "Fair", "Średnio", ""],
    ["rate", "3", "Good", "Dobrze", ""],
    ["extras", "card", "Loyalty card", "Karta lojalnościowa", ""],
    ["extras", "coffee", "Coffee", "Kawa", ""],
]
KOBO_SETTINGS = [
    ["form_title", "form_id", "version", "default_language"],
    ["Branch visit (Kobo)", "kobo_branch", "2024031501", "English (en)"],
]


def test_odk_kobo_style_form_imports_with_warnings(tmp_path: Path, db: Database) -> None:
    path = _workbook(tmp_path / "kobo.xlsx", KOBO_SURVEY, KOBO_CHOICES, KOBO_SETTINGS)
    doc, warnings, _ = read_xlsform(path)
    assert doc["name"] == "kobo_branch"
    assert [s["key"] for s in doc["sections"]] == ["visit", "staff"]
    questions = {q["key"]: q for s in doc["sections"] for q in s["questions"]}
    assert list(questions) == [
        "greeted",
        "wait",
        "why_slow",
        "courtesy",
        "extras",
        "where",
        "photo",
        "thanks",
    ]
    assert questions["greeted"]["kind"] == "yes_no"
    assert questions["greeted"]["label"] == {
        "en": "Were you greeted?",
        "pl": "Czy zostałeś powitany?",
    }
    assert questions["wait"]["kind"] == "number" and questions["wait"]["required"] is True
    assert questions["wait"]["constraint"] == ". >= 0 and . < 240"
    assert questions["wait"]["help"] == {"en": "Whole minutes"}
    assert questions["why_slow"]["relevance"] == "${wait} > 10"
    assert [c["key"] for c in questions["courtesy"]["choices"]] == ["1", "2", "3"]
    assert questions["extras"]["kind"] == "multiple_choice"
    assert questions["where"]["kind"] == "location"  # proof of visit, typed, never scored
    assert set(doc["languages"]) == {"en", "pl"}
    text = "\n".join(map(str, warnings))
    for expected in (
        "row 2: 'start' (start) has no use in an audit and is left out",
        "row 12: 'calculate' (total) has no use in an audit",
        "version '2024031501'",
    ):
        assert expected in text
    assert all("kobo.xlsx, sheet " in str(w) for w in warnings)
    with db.session() as s:
        results = import_files(s, [path])
    assert results[0].name == "kobo_branch" and results[0].version == 1


def test_questions_outside_groups_and_ranges(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "odk.xlsx",
        [
            ["type", "name", "label", "parameters", "hint"],
            ["range", "stars", "Stars", "start=0 end=10 step=1", ""],
            ["decimal", "amount", "Amount", "", "In euro"],
            ["dateTime", "when", "When", "", ""],
        ],
    )
    doc, _, _ = read_xlsform(path)
    assert doc["name"] == "odk" and doc["sections"][0]["key"] == "main"
    stars = doc["sections"][0]["questions"][0]
    assert stars["kind"] == "rating" and stars["scale"] == {"min": 0, "max": 10}
    assert [q["kind"] for q in doc["sections"][0]["questions"]] == ["rating", "number", "datetime"]


BAD_CASES = [
    ("missing survey", None, None, "You must have a sheet named 'survey'", None),
    (
        "duplicate name",
        [["type", "name", "label"], ["text", "a", "A"], ["text", "a", "A again"]],
        None,
        "the 'name' value 'a' is invalid",
        (3, None),
    ),
    (
        "unknown list",
        [["type", "name", "label"], ["select_one nowhere", "a", "A"]],
        [["list_name", "name", "label"], ["other", "x", "X"]],
        "List name not in choices sheet: nowhere",
        (2, None),
    ),
    (
        "missing choices sheet",
        [["type", "name", "label"], ["select_one colours", "a", "A"]],
        None,
        "There should be a choices sheet",
        None,
    ),
    (
        "unknown reference",
        [["type", "name", "label", "relevant"], ["text", "b", "B", "${ghost} = 1"]],
        None,
        "Could not find the name 'ghost'",
        (2, None),
    ),
    (
        "weight not a number",
        [["type", "name", "label", "weight"], ["text", "a", "A", "heavy"]],
        None,
        "weight must be a number, not 'heavy'",
        (2, "weight (D)"),
    ),
    (
        "cyclic relevance",
        [
            ["type", "name", "label", "relevant"],
            ["integer", "a", "A", "${b} > 1"],
            ["integer", "b", "B", "${a} > 1"],
        ],
        None,
        "cyclic relevance: a -> b -> a",
        (2, "relevant (D)"),
    ),
    (
        "unknown standard",
        [["type", "name", "label", "standard"], ["text", "a", "A", "NOPE-1"]],
        None,
        "unknown standard code 'NOPE-1'",
        (2, "standard (D)"),
    ),
    (
        "unclosed group",
        [["type", "name", "label"], ["begin_group", "g", "G"], ["text", "a", "A"]],
        None,
        "No matching 'end_group' was found for the name 'g'",
        (2, None),
    ),
    (
        "calculate without a calculation",
        [["type", "name", "label"], ["text", "a", "A"], ["calculate", "c", ""]],
        None,
        "Missing calculation",
        (3, None),
    ),
]


@pytest.mark.parametrize(
    ("case", "survey", "choices", "message", "where"), BAD_CASES, ids=[c[0] for c in BAD_CASES]
)
def test_malformed_workbooks_are_rejected_whole(
    case: str,
    survey: list[list[Any]] | None,
    choices: list[list[Any]] | None,
    message: str,
    where: tuple[int, str] | None,
    tmp_path: Path,
    db: Database,
) -> None:
    path = tmp_path / f"{case.replace(' ', '_')}.xlsx"
    if survey is None:
        wb = Workbook()
        wb.active.title = "questions"
        wb.save(path)
    else:
        _workbook(path, survey, choices)
    good = tmp_path / "good.json"
    with db.session() as s:
        export_file(s, "customer-survey", good)
        before = _names(db)
    with pytest.raises(AuditorError) as err, db.session() as s:
        import_files(s, [good, path])  # a good file beside the bad one is not stored either
    text = str(err.value)
    assert str(path) in text and message in text
    if where is not None:
        row, column = where
        assert f"sheet survey, row {row}" + (f", column {column}" if column else "") in text
    assert _names(db) == before


def test_bad_json_names_the_field(tmp_path: Path, db: Database) -> None:
    doc = json.loads((builtin_dir() / "checklists" / "hotel_stay.json").read_text("utf-8"))
    doc["sections"][1]["questions"][0]["weight"] = "heavy"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(AuditorError) as err, db.session() as s:
        import_files(s, [path])
    assert "bad.json" in str(err.value) and "sections[1].questions[0].weight" in str(err.value)
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x",', encoding="utf-8")
    with (
        pytest.raises(AuditorError, match=r"broken.json: not valid JSON.*line 1"),
        db.session() as s,
    ):
        import_files(s, [broken])


def test_cli_import_reports_warnings_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "c.sqlite"
    kobo = _workbook(tmp_path / "kobo.xlsx", KOBO_SURVEY, KOBO_CHOICES, KOBO_SETTINGS)
    assert main(["init", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["template", "import", str(kobo), "--db", str(db_path)]) == 0
    out, err = capsys.readouterr()
    assert "template kobo_branch version 1" in out and "warning:" in err
    bad = _workbook(tmp_path / "bad.xlsx", BAD_CASES[2][1], BAD_CASES[2][2])  # type: ignore[arg-type]
    assert main(["template", "import", str(bad), "--db", str(db_path)]) == 1
    _, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and "List name not in choices sheet: nowhere" in err


def test_exported_workbook_is_editable_xlsform(tmp_path: Path, db: Database) -> None:
    out = tmp_path / "call.xlsx"
    with db.session() as s:
        export_file(s, "mystery-call-centre", out)
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["survey", "choices", "settings"]
    header = [c.value for c in wb["survey"][1]]
    assert header[:3] == ["type", "name", "label::English (en)"]
    assert "label::Hebrew (he)" in header and "weight" in header and "critical" in header
    types = [r[0] for r in wb["survey"].iter_rows(min_row=2, values_only=True)]
    assert "begin_group" in types and "select_one yes_no" in types and "range" in types
    # A manager edits a label in Excel and imports it back: a new version only if used.
    ws = wb["survey"]
    ws.cell(row=3, column=3, value="Rings until answered (edited)")
    wb.save(out)
    with db.session() as s:
        result = import_files(s, [out])[0]
    with db.session() as s:
        v = latest_version(s, "mystery-call-centre")
        assert v.version == result.version
        assert v.sections[0].questions[0].label["en"] == "Rings until answered (edited)"


def test_dump_is_stable() -> None:
    doc = json.loads((builtin_dir() / "checklists" / "servqual.json").read_text("utf-8"))
    assert dumps_template(doc) == dumps_template(json.loads(dumps_template(doc)))
