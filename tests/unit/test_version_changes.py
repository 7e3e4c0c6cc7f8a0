"""What changed between two checklist versions, matched by key: a label in one language, a
weight, a question moved to another section, choices added and relabelled, a section gone."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from auditor.services.version_changes import FieldChange, compare_versions

BUILTIN = Path(__file__).resolve().parents[2] / "auditor" / "builtin" / "checklists"


def _branch() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((BUILTIN / "mystery_shopper_branch.json").read_text("utf-8"))
    return doc


def test_the_same_document_has_no_changes() -> None:
    doc = _branch()
    changes = compare_versions(doc, copy.deepcopy(doc))
    assert changes.nothing() and changes.sections_changed() == 0
    assert all(s.change == "same" and not s.questions for s in changes.sections)


def test_one_question_changed_is_all_that_is_named() -> None:
    old = _branch()
    new = copy.deepcopy(old)
    question = new["sections"][1]["questions"][2]
    question["label"]["pl"] = "Pracownik przeprosił za czekanie"
    question["weight"] = 2
    question["weight_note"] = "ignored: not a field a reader compares"
    changes = compare_versions(old, new)
    assert changes.checklist == []
    assert (changes.count("changed"), changes.count("added"), changes.count("removed")) == (1, 0, 0)
    changed = [s for s in changes.sections if s.change != "same"]
    assert len(changed) == 1 and changed[0].key == old["sections"][1]["key"]
    (q,) = changed[0].questions
    assert q.key == question["key"] and q.change == "changed"
    assert q.fields == (
        FieldChange("label", old["sections"][1]["questions"][2]["label"]["pl"],
                    "Pracownik przeprosił za czekanie", "pl"),
        FieldChange("weight", old["sections"][1]["questions"][2].get("weight", 1), 2),
    )  # fmt: skip
    assert len(changed[0].unchanged) == len(old["sections"][1]["questions"]) - 1


def test_moves_choices_and_sections() -> None:
    old = _branch()
    new = copy.deepcopy(old)
    moved = new["sections"][0]["questions"].pop(0)
    new["sections"][2]["questions"].append(moved)
    gone = new["sections"].pop()  # the last section removed
    new["pass_threshold"] = 75
    choice_q = next(
        q for s in new["sections"] for q in s["questions"] if q.get("choices")
    )  # a question with choices
    choice_q["choices"][0]["label"]["en"] = "Renamed"
    choice_q["choices"].append({"key": "other", "label": {"en": "Other"}, "points": 0})
    choice_q["choices"][1]["points"] = 0.25
    changes = compare_versions(old, new)
    assert changes.checklist == [FieldChange("pass_threshold", 80, 75)]
    by_key = {s.key: s for s in changes.sections}
    assert by_key[gone["key"]].change == "removed"
    assert {q.change for q in by_key[gone["key"]].questions} == {"removed"}
    # the moved question is named once, where it went, with where it came from
    first = by_key[old["sections"][0]["key"]]
    assert moved["key"] not in [q.key for q in first.questions]
    there = next(q for q in by_key[old["sections"][2]["key"]].questions if q.key == moved["key"])
    assert there.fields[0].field == "section"
    assert there.fields[0].old == old["sections"][0]["title"]
    chosen = next(q for s in changes.sections for q in s.questions if q.key == choice_q["key"])
    kinds = [(f.field, f.language, f.item, f.new) for f in chosen.fields]
    assert ("choice", "en", choice_q["choices"][0]["key"], "Renamed") in kinds
    assert ("choice", "", "other", {"en": "Other"}) in kinds
    assert ("choice_points", "", choice_q["choices"][1]["key"], 0.25) in kinds
    assert "choice_order" not in [f.field for f in chosen.fields]
