"""Forms as ODK Collect and KoboToolbox users write them (tests/data/xlsform, made by
make_corpus.py there): each imports into a real database with the questions and the
warnings we expect, and our own export is an XLSForm pyxform turns into an XForm."""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from pyxform.xls2xform import convert
from sqlalchemy import func, select

from auditor.exchange.template_xlsx import write_xlsform
from auditor.exchange.xlsform_read import read_xlsform
from auditor.launch import main as launch_main
from auditor.services.template_files import import_files
from auditor.services.templates import builtin_dir, install_builtins, read_json
from auditor.store.db import Database, open_database
from auditor.store.models import ChecklistTemplate, Question, Section, TemplateVersion

CORPUS = Path(__file__).resolve().parents[1] / "data" / "xlsform"
LEFT_OUT = "has no use in an audit and is left out"

# file: (checklist name, questions, the warnings, each by a part of its text, in order)
EXPECTED: dict[str, tuple[str, int, list[str]]] = {
    "kobo_branch_visit.xlsx": ("kobo_branch", 7, [
        "sheet survey: pyxform: Language 'Polski (pl)' is missing the survey hint column",
        "sheet settings: version '2024031501' is not a small whole number",
        f"row 2: 'start' (start) {LEFT_OUT}", f"row 3: 'end' (end) {LEFT_OUT}",
        f"row 4: 'today' (today) {LEFT_OUT}", f"row 5: 'deviceid' (deviceid) {LEFT_OUT}",
        f"row 10: 'calculate' (wait_seconds) {LEFT_OUT}",
    ]),
    "odk_capitals.xlsx": ("shop_check", 2, []),
    "old_syntax.xlsx": ("old_style", 4, [
        "Language 'polish' is missing the survey hint column",
        "uses or_other and translations",
        "row 5: 'overall' has an \"Other\" choice with a text follow-up ('overall_other')",
    ]),
    "or_other.xlsx": ("or_other", 3, ["row 2: 'channel' has an \"Other\" choice"]),
    "five_languages.xlsx": ("five_languages", 2, []),
    "repeat_staff.xlsx": ("repeat_staff", 3, ["row 3: repeat 'staff' becomes a section"]),
    "choice_filter.xlsx": ("choice_filter", 2, [
        "row 3: the choice filter of 'city' is not applied",
    ]),
    "functions_in_rules.xlsx": ("functions_in_rules", 11, []),
    "unsupported_rule.xlsx": ("unsupported_rule", 3, [
        "row 3: the relevant rule of 'weekday_note' (format-date(${visit}, '%a') = 'Mon') "
        "will not be enforced: unknown function or word 'format-date'",
        "row 4: the constraint rule of 'code' (pulldata('codes', 'ok', 'code', .) = 'yes') "
        "will not be enforced: unknown function or word 'pulldata'",
    ]),
    "select_from_file.xlsx": ("select_from_file", 2, [
        "row 2: 'branch' takes its choices from branches.csv; it is imported as a text answer",
    ]),
    "geo_and_media.xlsx": ("geo_and_media", 6, [
        f"row 3: 'geotrace' (route) {LEFT_OUT}",
        f"row 4: 'geoshape' (area) {LEFT_OUT}",
    ]),
    "ratings_and_weights.xlsx": ("weighted_visit", 4, []),
    "nested_groups.xlsx": ("nested_groups", 3, [
        "row 4: group 'windows' is nested in 'outside'; it becomes a section of its own",
    ]),
    "form_id_space.xlsx": ("branch-visit-2024", 1, [
        "sheet settings: form_id 'branch visit 2024' is kept as 'branch-visit-2024'",
    ]),
    "hidden_and_calculate.xlsx": ("hidden_and_calculate", 3, [
        f"row 2: 'hidden' (batch) {LEFT_OUT}", f"row 4: 'calculate' (seconds) {LEFT_OUT}",
        "row 5: the relevant rule of 'long_wait' (${seconds} > 600) will not be enforced: it "
        "reads 'seconds', which is left out",
    ]),
    "appearance_and_messages.xlsx": ("appearance_and_messages", 3, []),
    "diary_types.xlsx": ("diary_types", 8, []),
    "phone_call.csv": ("phone_call", 3, []),
    "chat_check.md": ("chat_check", 3, ["repeat 'topics' becomes a section answered once"]),
    "legacy_visit.xls": ("legacy_visit", 3, [f"row 4: 'start' (start) {LEFT_OUT}"]),
    "restaurant_visit_export.xlsx": ("restaurant-visit", 19, []),
}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "corpus.sqlite")
    with database.session() as s:
        install_builtins(s)
    return database


def test_the_corpus_is_what_the_test_expects() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".py"}
    assert files == set(EXPECTED) and len(files) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_form_imports_with_the_questions_and_warnings_expected(
    name: str, db: Database
) -> None:
    checklist, questions, warnings = EXPECTED[name]
    path = CORPUS / name
    doc, said, _ = read_xlsform(path)
    assert doc["name"] == checklist
    assert sum(len(s["questions"]) for s in doc["sections"]) == questions
    assert len(said) == len(warnings), said
    for expected, got in zip(warnings, map(str, said), strict=True):
        assert got.startswith(f"{path}, ") and expected in got, (expected, got)
    with db.session() as s:
        results = import_files(s, [path])
    with db.read_session() as s:
        stored = s.scalar(
            select(func.count(Question.id))
            .join(Section, Section.id == Question.section_id)
            .join(TemplateVersion, TemplateVersion.id == Section.template_version_id)
            .join(ChecklistTemplate, ChecklistTemplate.id == TemplateVersion.template_id)
            .where(
                ChecklistTemplate.name == results[0].name,
                TemplateVersion.version == results[0].version,
            )
        )
    assert stored == questions
    db.close()


def test_what_the_forms_say_arrives(db: Database) -> None:
    doc, _, _ = read_xlsform(CORPUS / "or_other.xlsx")
    channel, other, _detail = doc["sections"][0]["questions"]
    assert [c["key"] for c in channel["choices"]] == ["phone", "web", "other"]
    assert other["key"] == "channel_other" and other["kind"] == "text"
    assert other["relevance"] == "selected(${channel}, 'other')"
    doc, _, _ = read_xlsform(CORPUS / "five_languages.xlsx")
    assert doc["languages"] == ["en", "pl", "sl", "bg", "he"]
    assert doc["title"] == {"en": "Five languages", "he": "חמש שפות"}
    assert doc["sections"][0]["questions"][0]["label"]["bg"] == "Поздрав до 30 секунди"
    doc, _, _ = read_xlsform(CORPUS / "ratings_and_weights.xlsx")
    courtesy, greeted, wait, offer = doc["sections"][0]["questions"]
    assert doc["sections"][0]["weight"] == 2 and doc["pass_threshold"] == 75
    assert courtesy["scale"]["anchors"] == {"1": {"en": "Rude"}, "5": {"en": "Warm"}}
    assert greeted["critical_scope"] == "section" and greeted["standards"] == ["GREET-30"]
    assert wait["target"] == {"direction": "max", "full": 300, "zero": 900, "unit": "s"}
    assert [c["points"] for c in offer["choices"]] == [1, 0.5, 0]
    assert [g["min"] for g in doc["grade_bands"]] == [90, 75, 0]
    doc, _, _ = read_xlsform(CORPUS / "functions_in_rules.xlsx")
    rules = {q["key"]: q.get("constraint") or q.get("relevance") for s in doc["sections"]
             for q in s["questions"]}  # fmt: skip
    assert rules["visit_date"] == ". <= today()"
    assert rules["age_days"] == "today() - ${visit_date} < 30"
    db.close()


@pytest.mark.parametrize(
    "path", sorted((builtin_dir() / "checklists").glob("*.json")), ids=lambda p: p.stem
)
def test_every_built_in_checklist_exports_as_an_xlsform_pyxform_converts(
    path: Path, tmp_path: Path
) -> None:
    out = tmp_path / f"{path.stem}.xlsx"
    doc = read_json(path)
    write_xlsform(doc, out)
    result = convert(str(out))
    assert "<h:html" in result.xform and f'id="{doc["name"]}"' in result.xform
    again, _, _ = read_xlsform(out)  # and our own columns came back
    keys = [q["key"] for s in doc["sections"] for q in s["questions"]]
    assert [q["key"] for s in again["sections"] for q in s["questions"]] == keys
    weights = [q.get("weight", 1) for s in doc["sections"] for q in s["questions"]]
    assert [q["weight"] for s in again["sections"] for q in s["questions"]] == weights


# -- forms from the field ------------------------------------------------------------------
# pyxform's own example forms (tests/data/xlsform/pyxform, BSD-2-Clause, see SOURCE.md there)
# and forms written by field teams (ODK, Kobo, CHT, Ona; several carry no licence, so they
# are not copied here: read from SERVICE_AUDITOR_XLSFORM_CORPUS or ../shared/xlsform-corpus,
# the test skipped when neither is there). reference.json holds pyxform's verdict on each.
# Every form goes through the command line's own entry, into a real SQLite file.

FIELD = Path(
    os.environ.get("SERVICE_AUDITOR_XLSFORM_CORPUS")
    or Path(__file__).resolve().parents[3] / "shared" / "xlsform-corpus"
)
SETS = {"pyxform": CORPUS / "pyxform", "wild": FIELD / "wild"}
# what pyxform counts as nothing a person answers (the corpus's README)
NOT_ASKED = {
    "group", "repeat", "loop", "note", "calculate", "hidden", "xml-external", "csv-external",
    "start", "end", "today", "deviceid", "username", "email", "audit", "phonenumber",
    "simserial", "subscriberid", "start-geopoint", "include", "entity",
}  # fmt: skip


def _reference(folder: str) -> dict[str, dict[str, Any]]:
    path = SETS[folder] / "reference.json"
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _forms() -> list[Any]:
    cases = []
    for folder in SETS:
        reference = _reference(folder)
        if not reference:
            why = f"no corpus at {SETS[folder]} (SERVICE_AUDITOR_XLSFORM_CORPUS)"
            cases.append(pytest.param(folder, "", {}, marks=pytest.mark.skip(reason=why)))
        for name, verdict in sorted(reference.items()):
            cases.append(pytest.param(folder, name, verdict, id=f"{folder}/{name}"))
    return cases


def _askable(path: Path) -> list[str]:
    """The names of the questions a person answers, as pyxform reads the form."""
    from pyxform.xls2json import parse_file_to_json

    names: list[str] = []

    def walk(children: list[Any]) -> None:
        for element in children:
            kind = str(element.get("type", "")).lower()
            if kind not in NOT_ASKED and not kind.startswith("background-"):
                names.append(str(element.get("name")))
            if kind != "entity":  # an entity's attributes are what it saves, not questions
                walk(element.get("children") or [])

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        walk(parse_file_to_json(str(path)).get("children") or [])
    return names


@pytest.fixture(scope="module")
def field_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("field") / "field.sqlite"
    assert launch_main(["init", "--db", str(path)]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = launch_main(list(argv))
    out, err = capsys.readouterr()
    assert [str(w.message) for w in caught] == []  # openpyxl's asides never reach the user
    return code, out, err


@pytest.mark.parametrize(("folder", "name", "verdict"), _forms())
def test_every_form_from_the_field_imports_or_is_refused_in_one_line(
    folder: str,
    name: str,
    verdict: dict[str, Any],
    field_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = SETS[folder] / name
    code, out, err = _run(capsys, "template", "import", str(path), "--db", str(field_db))
    assert "Traceback" not in err and "Error:" not in err, err
    lines = [x for x in err.splitlines() if x.strip()]
    if not verdict["ok"]:  # pyxform refuses it: so do we, in one line
        assert code != 0 and len(lines) == 1, err
        assert lines[0].startswith(f"service-auditor: error: {path}"), lines
        return
    askable = verdict.get("askable_names") or _askable(path)
    assert bool(askable) == (verdict["askable"] > 0), askable
    if not askable:  # nothing to ask: refused in words a user reads
        assert code != 0 and len(lines) == 1, err
        assert "no question a person answers" in lines[0], lines
        return
    assert code == 0, err
    assert all(x.startswith(f"warning: {path}, ") for x in lines), lines
    stored = re.fullmatch(r".*: template (\S+) version (\d+)\s*", out, re.S)
    assert stored is not None, out
    checklist, version = stored.groups()
    exported = tmp_path / "export.json"
    assert launch_main(["template", "export", checklist, "--version", version, "--out",
                        str(exported), "--db", str(field_db)]) == 0  # fmt: skip
    doc = json.loads(exported.read_text(encoding="utf-8"))
    kinds = {q["key"]: q["kind"] for s in doc["sections"] for q in s["questions"]}
    assert any(kind != "note" for kind in kinds.values()), kinds
    silent = [n for n in dict.fromkeys(askable) if n not in kinds and f"'{n}'" not in err
              and f"({n})" not in err]  # fmt: skip
    assert silent == [], f"left out without a warning: {silent}"


def _sheets(path: Path, survey: list[list[str]], choices: list[list[str]] | None = None,
            settings: list[list[str]] | None = None) -> Path:  # fmt: skip
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for name, rows in (("survey", survey), ("choices", choices), ("settings", settings)):
        if rows is None:
            continue
        target = sheet if name == "survey" else book.create_sheet(name)
        for row in rows:
            target.append(row)
    book.save(path)
    return path


def test_languages_named_in_their_own_words_are_codes(tmp_path: Path) -> None:
    path = _sheets(
        tmp_path / "langs.xlsx",
        [["type", "name", "label::English (EN)", "label::العربية", "label::Francais"],
         ["text", "q1", "Name", "الاسم", "Nom"]],
        settings=[["form_id", "default_language"], ["langs", "Arabic"]],
    )  # fmt: skip
    doc, _, _ = read_xlsform(path)
    assert doc["default_language"] == "ar" and doc["languages"] == ["ar", "en", "fr"]
    assert doc["sections"][0]["questions"][0]["label"] == {"en": "Name", "ar": "الاسم",
                                                           "fr": "Nom"}  # fmt: skip


def test_acknowledgements_loops_names_again_and_doubled_choices_arrive(
    tmp_path: Path, db: Database
) -> None:
    path = _sheets(
        tmp_path / "preflight.xlsx",
        [["type", "name", "label", "choice_filter"],
         ["acknowledge", "props", "Propellers secured", ""],
         ["trigger", "battery", "Battery charged", ""],
         ["string", "pilot", "Pilot", ""],
         ["begin group", "left", "Left motor", ""],
         ["integer", "temp", "Temperature", ""],
         ["end group", "", "", ""],
         ["begin group", "right", "Right motor", ""],
         ["integer", "temp", "Temperature", ""],
         ["end group", "", "", ""],
         ["select_one site", "site", "Site", ""],
         ["select_one field", "field", "Field", "site=${site}"],
         ["begin loop over parts", "check", "Parts", ""],
         ["select_one yn", "ok", "Is the %(label)s fine?", ""],
         ["end loop", "", "", ""]],
        [["list_name", "name", "label", "site"],
         ["site", "north", "North", ""], ["site", "south", "South", ""],
         ["field", "meadow", "Meadow", "north"], ["field", "meadow", "Meadow", "south"],
         ["parts", "wing", "Wing", ""], ["parts", "tail", "Tail", ""],
         ["yn", "yes", "Yes", ""], ["yn", "no", "No", ""]],
        [["form_id", "allow_choice_duplicates"], ["preflight", "yes"]],
    )  # fmt: skip
    doc, said, _ = read_xlsform(path)
    questions = {q["key"]: q for s in doc["sections"] for q in s["questions"]}
    assert [k for k in questions] == ["props", "battery", "pilot", "temp", "right_temp", "site",
                                      "field", "ok_wing", "ok_tail"]  # fmt: skip
    assert {questions[k]["kind"] for k in ("props", "battery", "ok_wing")} == {"yes_no"}
    assert questions["pilot"]["kind"] == "text"
    assert questions["ok_tail"]["label"] == {"en": "Is the Tail fine?"}
    assert [c["key"] for c in questions["field"]["choices"]] == ["meadow"]
    text = "\n".join(map(str, said))
    for expected in (
        "row 9: the name 'temp' is used before in the form; here it is kept as 'right_temp'",
        "the choices of 'field' hold 'meadow' more than once",
        "loop 'check' asks 'ok' once for each of its 2 choices",
        "acknowledgements are asked as yes/no questions (yes: done): 'props', 'battery'",
    ):
        assert expected in text, text
    with db.session() as s:
        assert import_files(s, [path])[0].name == "preflight"
    db.close()


def test_a_form_with_nothing_to_ask_and_a_damaged_file_are_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quiet = _sheets(tmp_path / "quiet.xlsx", [["type", "name", "label", "calculation"],
                                              ["calculate", "c", "", "1 + 1"],
                                              ["note", "n", "Hello", ""]])  # fmt: skip
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    db_path = tmp_path / "words.sqlite"
    assert launch_main(["init", "--db", str(db_path)]) == 0
    for path, words in ((quiet, "the form has no question a person answers"),
                        (damaged, "the file is damaged or is not a spreadsheet")):  # fmt: skip
        code, _out, err = _run(capsys, "template", "import", str(path), "--db", str(db_path))
        assert code == 1 and err.count("\n") == 1 and words in err, err
        assert "Error" not in err and "required" not in err


def test_a_csv_form_with_our_grades_sheet_imports(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "graded.csv"  # pyxform has no place for the sheet: it once failed on it
    path.write_text(
        "survey,,,\n,type,name,label\n,select_one yn,greeted,Greeted?\n"
        "choices,,,\n,list_name,name,label\n,yn,yes,Yes\n,yn,no,No\n"
        "grades,,,\n,min,label,\n,90,Excellent,\n,0,Poor,\n",
        encoding="utf-8",
    )
    doc, _, _ = read_xlsform(path)
    assert doc["grade_bands"] == [{"min": 90, "label": {"en": "Excellent"}},
                                  {"min": 0, "label": {"en": "Poor"}}]  # fmt: skip
    with db.session() as s:
        assert import_files(s, [path])[0].name == "graded"
    db.close()
