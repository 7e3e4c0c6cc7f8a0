"""Forms as ODK Collect and KoboToolbox users write them (tests/data/xlsform, made by
make_corpus.py there): each imports into a real database with the questions and the
warnings we expect, and our own export is an XLSForm pyxform turns into an XForm."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyxform.xls2xform import convert
from sqlalchemy import func, select

from auditor.exchange.template_xlsx import write_xlsform
from auditor.exchange.xlsform_read import read_xlsform
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
    files = {p.name for p in CORPUS.iterdir() if p.suffix != ".py"}
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
    for expected, got in zip(warnings, said, strict=True):
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
