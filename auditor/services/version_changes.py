"""What changed between two versions of a checklist, as a reader asks it: which questions
and sections were added, removed, moved or changed, and in each changed one which fields
(a label in one language, a weight, the standards, a choice). Unchanged parts are counted,
not listed, so the one change in a long checklist is what the reader sees first.

Documents are the checklist's own format (auditor.services.checklist_library.version_document);
sections and questions are matched by their keys, which stay the same across versions.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

# the fields compared, in the order a reader reads them
CHECKLIST_FIELDS = (
    "title", "description", "kind", "languages", "default_language", "pass_threshold",
    "grade_bands", "max_na_percent",
)  # fmt: skip
SECTION_FIELDS = ("title", "weight", "relevance")
QUESTION_FIELDS = (
    "label", "kind", "help", "weight", "critical", "critical_scope", "required", "na_allowed",
    "na_policy", "standards", "scale", "target", "relevance", "constraint",
)  # fmt: skip
LABELLED = frozenset({"title", "description", "label", "help"})  # {language: text}
# what a field left out of a document means, so leaving out the default is no change
DEFAULTS: dict[str, Any] = {
    "weight": 1, "critical": False, "required": True, "na_allowed": False,
    "na_policy": "exclude", "critical_scope": "section", "relevance": "", "constraint": "",
    "standards": [], "scale": {}, "target": {}, "help": {}, "description": {},
    "grade_bands": [], "max_na_percent": None, "languages": [],
}  # fmt: skip


@dataclass(frozen=True)
class FieldChange:
    field: str  # one of the *_FIELDS, "choice", "choice_points", "choice_order", "position"
    # or "section" (a question moved from one to another)
    old: Any  # None: not there before
    new: Any  # None: not there after
    language: str = ""  # a labelled field: the language whose text changed
    item: str = ""  # a choice: its key
    # a choice: its (newer) label (`field` is a name here: the function by its module)
    about: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class QuestionChange:
    key: str
    change: str  # "added", "removed", "changed"
    label: dict[str, str]  # the newer label (the older one when removed)
    fields: tuple[FieldChange, ...] = ()


@dataclass
class SectionChange:
    key: str
    change: str  # "added", "removed", "changed", "same"
    title: dict[str, str]
    fields: list[FieldChange] = field(default_factory=list)
    questions: list[QuestionChange] = field(default_factory=list)
    unchanged: list[dict[str, str]] = field(default_factory=list)  # labels of the rest


@dataclass
class VersionChanges:
    checklist: list[FieldChange]
    sections: list[SectionChange]

    def count(self, change: str) -> int:
        """Questions added, removed or changed."""
        return sum(1 for s in self.sections for q in s.questions if q.change == change)

    def sections_changed(self) -> int:
        return sum(1 for s in self.sections if s.change != "same")

    def nothing(self) -> bool:
        return not self.checklist and not self.sections_changed()


def _value(holder: dict[str, Any], name: str) -> Any:
    value = holder.get(name)
    if value is None:
        value = DEFAULTS.get(name)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _compare(old: dict[str, Any], new: dict[str, Any], names: tuple[str, ...]) -> list[FieldChange]:
    out: list[FieldChange] = []
    for name in names:
        a, b = _value(old, name), _value(new, name)
        if a == b:
            continue
        if name in LABELLED and isinstance(a or {}, dict) and isinstance(b or {}, dict):
            a, b = a or {}, b or {}
            for language in [*a, *(k for k in b if k not in a)]:
                if a.get(language) != b.get(language):
                    out.append(FieldChange(name, a.get(language), b.get(language), language))
            continue
        out.append(FieldChange(name, a, b))
    return out


def _choice_key(choice: dict[str, Any]) -> str:
    return str(choice.get("key", choice.get("value", "")))


def _choices(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    """Choices matched by their key: added, removed, a label changed (per language), points
    changed; and whether the ones on both sides come in another order."""
    a = {_choice_key(c): c for c in old.get("choices") or []}
    b = {_choice_key(c): c for c in new.get("choices") or []}
    out: list[FieldChange] = []
    for key in [*a, *(k for k in b if k not in a)]:
        if key not in b:
            out.append(FieldChange("choice", a[key].get("label") or {}, None, item=key))
            continue
        if key not in a:
            out.append(FieldChange("choice", None, b[key].get("label") or {}, item=key))
            continue
        before, after = a[key].get("label") or {}, b[key].get("label") or {}
        for language in [*before, *(k for k in after if k not in before)]:
            if before.get(language) != after.get(language):
                out.append(FieldChange("choice", before.get(language), after.get(language),
                                       language, key, after))  # fmt: skip
        if a[key].get("points") != b[key].get("points"):
            out.append(FieldChange("choice_points", a[key].get("points"), b[key].get("points"),
                                   item=key, about=after))  # fmt: skip
    if [k for k in a if k in b] != [k for k in b if k in a]:
        out.append(FieldChange("choice_order", None, None))
    return out


def _questions(section: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["key"]: q for q in section.get("questions") or []}


def compare_versions(old: dict[str, Any], new: dict[str, Any]) -> VersionChanges:
    """The changes from `old` to `new` (two documents of one checklist)."""
    old_sections = {s["key"]: s for s in old.get("sections") or []}
    new_sections = {s["key"]: s for s in new.get("sections") or []}
    old_home = {q: s for s, sec in old_sections.items() for q in _questions(sec)}
    new_home = {q: s for s, sec in new_sections.items() for q in _questions(sec)}
    sections: list[SectionChange] = []
    order = [*new_sections, *(k for k in old_sections if k not in new_sections)]
    for key in order:
        before, after = old_sections.get(key), new_sections.get(key)
        shown = after if after is not None else before
        assert shown is not None
        title = shown.get("title") or {}
        if before is None or after is None:
            change = "added" if before is None else "removed"
            section = SectionChange(key, change, title)
            for q in shown.get("questions") or []:
                moved = (old_home if before is None else new_home).get(q["key"])
                if moved is None:  # a question moved here is told where it was, below
                    section.questions.append(QuestionChange(q["key"], change, q.get("label") or {}))
            if before is None:
                section.questions += _moved_in(shown.get("questions") or [], title, old_sections,
                                               old_home)  # fmt: skip
            sections.append(section)
            continue
        section = SectionChange(key, "same", title, _compare(before, after, SECTION_FIELDS))
        a, b = _questions(before), _questions(after)
        common_before = [k for k in a if k in b]
        common_after = [k for k in b if k in a]
        for q_key, q in b.items():
            if q_key not in a:
                if q_key in old_home:
                    section.questions += _moved_in([q], title, old_sections, old_home)
                else:
                    section.questions.append(QuestionChange(q_key, "added", q.get("label") or {}))
                continue
            fields = _compare(a[q_key], q, QUESTION_FIELDS) + _choices(a[q_key], q)
            if common_before.index(q_key) != common_after.index(q_key):
                fields.append(FieldChange("position", common_before.index(q_key) + 1,
                                          common_after.index(q_key) + 1))  # fmt: skip
            if fields:
                section.questions.append(
                    QuestionChange(q_key, "changed", q.get("label") or {}, tuple(fields))
                )
            else:
                section.unchanged.append(q.get("label") or {})
        for q_key, q in a.items():
            if q_key not in b and q_key not in new_home:
                section.questions.append(QuestionChange(q_key, "removed", q.get("label") or {}))
        if section.fields or section.questions:
            section.change = "changed"
        sections.append(section)
    return VersionChanges(_compare(old, new, CHECKLIST_FIELDS), sections)


def _moved_in(
    questions: list[dict[str, Any]],
    title: dict[str, str],
    old_sections: dict[str, dict[str, Any]],
    old_home: dict[str, str],
) -> list[QuestionChange]:
    """Of `questions` (now in the section titled `title`), those that were in another
    section before: changed, and where they came from."""
    out = []
    for q in questions:
        home = old_home.get(q["key"])
        if home is None:
            continue
        before = _questions(old_sections[home])[q["key"]]
        fields = [FieldChange("section", old_sections[home].get("title") or {}, title)]
        fields += _compare(before, q, QUESTION_FIELDS) + _choices(before, q)
        out.append(QuestionChange(q["key"], "changed", q.get("label") or {}, tuple(fields)))
    return out
