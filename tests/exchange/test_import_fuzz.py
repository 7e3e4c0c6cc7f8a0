"""No input crashes an importer: real workbooks and templates, mutated at random (cells, sheet
and header names, deleted sheets, huge cells, random bytes inside the zip), import or are
refused with one AuditorError naming the file, and a refusal leaves the database as it was."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from auditor.errors import AuditorError
from auditor.services.template_files import import_files
from auditor.services.templates import builtin_dir, install_builtins
from auditor.store.db import Database, open_database
from auditor.store.models import ChecklistTemplate, TemplateVersion

CORPUS = Path(__file__).resolve().parents[1] / "data" / "xlsform"
WORKBOOKS = ["kobo_branch_visit.xlsx", "ratings_and_weights.xlsx", "old_syntax.xlsx",
             "functions_in_rules.xlsx", "restaurant_visit_export.xlsx"]  # fmt: skip
CELLS = st.one_of(
    st.none(),
    st.integers(-10, 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),  # what a cell holds
    st.sampled_from([
        "begin_group", "end_group", "begin repeat", "end repeat", "select_one nowhere",
        "select_multiple yes_no", "range", "calculate", "note", "integer", "${ghost} > 1",
        ". <= today()", "selected(${x}, 'a')", "yes", "no", "audit", "section", "=1/0",
        "label::Hebrew (he)", "list_name", "name", "type", "<=60..180 s", "start=5 end=1",
        "x" * 40_000,
    ]),
)  # fmt: skip
MUTATION = st.tuples(
    st.sampled_from(["cell", "cell", "cell", "header", "sheet_name", "delete_sheet", "delete_row"]),
    st.integers(0, 3),  # sheet
    st.integers(1, 40),  # row
    st.integers(1, 14),  # column
    CELLS,
)


def _templates(db: Database) -> list[tuple[str, int]]:
    with db.read_session() as s:
        return sorted(
            s.execute(
                select(ChecklistTemplate.name, TemplateVersion.version).join(
                    TemplateVersion, TemplateVersion.template_id == ChecklistTemplate.id
                )
            ).all()
        )  # type: ignore[arg-type]


def _import(db: Database, path: Path) -> None:
    """Imported, or refused with a message that names the file; nothing else."""
    before = _templates(db)
    try:
        with db.session() as s:
            import_files(s, [path])
    except AuditorError as exc:
        assert str(path) in exc.describe()
        assert _templates(db) == before


def _mutate_workbook(source: Path, target: Path, mutations: list[Any]) -> None:
    wb = load_workbook(source)
    for what, sheet_at, row, column, value in mutations:
        if not wb.worksheets:
            break
        ws = wb.worksheets[sheet_at % len(wb.worksheets)]
        if what == "cell":
            ws.cell(row, column, value)
        elif what == "header":
            ws.cell(1, column, value if isinstance(value, str) else str(value))
        elif what == "sheet_name":
            text = str(value).strip()[:31] if value is not None else ""
            name = "".join(ch for ch in text if ch not in "[]:*?/\\") or ws.title.upper()
            if name not in wb.sheetnames:
                ws.title = name
        elif what == "delete_sheet" and len(wb.worksheets) > 1:
            wb.remove(ws)
        elif what == "delete_row":
            ws.delete_rows(row)
    wb.save(target)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    source=st.sampled_from(WORKBOOKS),
    mutations=st.lists(MUTATION, min_size=1, max_size=6),
    suffix=st.sampled_from([".xlsx", ".xlsx", ".xls", ".csv", ".md"]),
)
def test_mutated_workbooks_import_or_are_refused_cleanly(
    source: str, mutations: list[Any], suffix: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "f.sqlite")
        with db.session() as s:
            install_builtins(s)
        path = Path(tmp) / f"mutated{'.xlsx'}"
        _mutate_workbook(CORPUS / source, path, mutations)
        if suffix != ".xlsx":  # a workbook under another name: read as what it claims to be
            path = path.rename(path.with_suffix(suffix))
        _import(db, path)
        db.close()


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    source=st.sampled_from(WORKBOOKS),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=20),
    cut=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_random_bytes_inside_the_zip_are_refused_cleanly(
    source: str, flips: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray((CORPUS / source).read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "f.sqlite")
        with db.session() as s:
            install_builtins(s)
        path = Path(tmp) / "damaged.xlsx"
        path.write_bytes(bytes(data))
        _import(db, path)
        db.close()


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)  # fmt: skip


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*here, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*here, index)))
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    name=st.sampled_from(["hotel_stay", "mystery_shopper_branch", "servqual"]),
    changes=st.lists(
        st.tuples(st.randoms(use_true_random=False), JSON_VALUES, st.booleans()),
        min_size=1,
        max_size=5,
    ),
)
def test_mutated_json_templates_import_or_are_refused_cleanly(
    name: str, changes: list[tuple[random.Random, Any, bool]]
) -> None:
    doc = json.loads((builtin_dir() / "checklists" / f"{name}.json").read_text("utf-8"))
    doc["name"] = f"{doc['name']}-fuzzed"
    for rng, value, delete in changes:
        paths = [p for p in _paths(doc) if p]
        path = rng.choice(paths)
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        if delete and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "f.sqlite")
        with db.session() as s:
            install_builtins(s)
        path = Path(tmp) / "fuzzed.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        _import(db, path)
        db.close()
