"""Checklist templates and the standards library: install built-ins, store new versions.

A template document is the JSON described in `auditor/exchange/schemas`. Storing a document
whose content equals the latest version is a no-op; anything else becomes a new version, so
audits already filled keep the exact questions they were scored on.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, selectinload

from auditor.errors import AuditorError, NotFound, Phrase
from auditor.labels import LANGUAGES, pick_label
from auditor.paths import builtin_dir
from auditor.services import revisions
from auditor.services.template_validation import Locator, json_locator, validate
from auditor.store.models import (
    Audit,
    ChecklistTemplate,
    Choice,
    CriticalScope,
    Question,
    QuestionKind,
    Section,
    Standard,
    TemplateVersion,
)


@dataclass(frozen=True)
class TemplateSummary:
    name: str
    version: int
    title: str
    sections: int
    questions: int
    languages: list[str]
    builtin: bool


def read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise AuditorError(
            "not valid JSON: {msg} (line {lineno}, column {colno})",
            msg=exc.msg,
            lineno=exc.lineno,
            colno=exc.colno,
            file=str(path),
        ) from exc
    if not isinstance(data, dict):
        raise AuditorError("expected a JSON object at the top level", file=str(path))
    return data


def target_labels(value: Any) -> dict[str, str]:
    """A standard's target as labels: older files and packages hold one English string."""
    if isinstance(value, str):
        return {"en": value} if value.strip() else {}
    if isinstance(value, dict):
        return _labels({k: v for k, v in value.items() if isinstance(v, str) and v.strip()})
    return {}


def install_standards(session: Session, data: dict[str, Any], source: str) -> int:
    """Upsert standards by code; returns how many were new."""
    existing = {s.code: s for s in session.scalars(select(Standard))}
    added = 0
    for index, item in enumerate(data.get("standards", []), start=1):
        code = item.get("code")
        if not code or not isinstance(item.get("title"), dict):
            raise AuditorError("a standard needs a code and a title", file=source, row=index)
        std = existing.get(code)
        if std is None:
            std = Standard(code=code)
            session.add(std)
            existing[code] = std
            added += 1
        std.title = item["title"]
        std.description = item.get("description", {})
        std.triad = item.get("triad", "")
        std.quality_kind = item.get("quality_kind", "")
        std.servqual_dimension = item.get("servqual_dimension", "")
        std.office = item.get("office", "front")
        std.target = target_labels(item.get("target"))
        std.weight = float(item.get("weight", 1.0))
    session.flush()
    return added


def _build_version(
    session: Session, data: dict[str, Any], template: ChecklistTemplate, number: int, source: str
) -> TemplateVersion:
    standards = {s.code: s for s in session.scalars(select(Standard))}
    version = TemplateVersion(
        template=template,
        version=number,
        title=data["title"],
        description=data.get("description", {}),
        kind=data.get("kind", "mystery_shopping"),
        languages=data.get("languages", ["en"]),
        default_language=data.get("default_language", "en"),
        pass_threshold=float(data.get("pass_threshold", 80.0)),
        grade_bands=data.get("grade_bands", []),
        max_na_percent=data.get("max_na_percent"),
    )
    for s_pos, s_data in enumerate(data["sections"]):
        section = Section(
            key=s_data["key"],
            position=s_pos,
            title=s_data["title"],
            weight=float(s_data.get("weight", 1.0)),
            relevance=s_data.get("relevance", ""),
        )
        version.sections.append(section)
        for q_pos, q_data in enumerate(s_data.get("questions", [])):
            question = Question(
                key=q_data["key"],
                position=q_pos,
                kind=QuestionKind(q_data["kind"]),
                label=q_data.get("label", {}),
                help=q_data.get("help", {}),
                scale=q_data.get("scale", {}),
                target=q_data.get("target", {}),
                weight=float(q_data.get("weight", 1.0)),
                critical=bool(q_data.get("critical", False)),
                critical_scope=CriticalScope(q_data.get("critical_scope", "section")),
                na_allowed=bool(q_data.get("na_allowed", False)),
                na_policy=str(q_data.get("na_policy", "exclude")),
                required=bool(q_data.get("required", True)),
                relevance=q_data.get("relevance", ""),
                constraint=q_data.get("constraint", ""),
            )
            for code in q_data.get("standards", []):
                if code not in standards:
                    raise AuditorError(
                        "unknown standard code '{code}'",
                        code=code,
                        file=source,
                        field=f"{s_data['key']}.{q_data['key']}.standards",
                    )
                question.standards.append(standards[code])
            for c_pos, c_data in enumerate(q_data.get("choices", [])):
                question.choices.append(
                    Choice(
                        key=c_data["key"],
                        position=c_pos,
                        label=c_data.get("label", {}),
                        points=c_data.get("points"),
                    )
                )
            section.questions.append(question)
    session.add(version)
    return version


def store_template(
    session: Session,
    data: dict[str, Any],
    source: str,
    *,
    builtin: bool = False,
    locate: Locator | None = None,
    expected_revision: int | None = None,
) -> TemplateVersion:
    """Store a template document; returns the version that now holds its content.

    Equal content reuses the latest version. A template whose latest version has audits gets
    a new version (old audits keep theirs); one without audits is replaced in place.
    `expected_revision`: the checklist as the editor read it; saved since by someone else
    refuses (`StaleRevision`), so two editors never silently replace each other's version.
    """
    codes = session.scalars(select(Standard.code)).all()
    validate(data, locate or json_locator(source), codes)
    doc = canonical_document(data)
    template = session.scalar(
        select(ChecklistTemplate).where(ChecklistTemplate.name == doc["name"])
    )
    if template is None:
        template = ChecklistTemplate(name=doc["name"], builtin=builtin)
        session.add(template)
        number = doc["version"]
    else:
        session.refresh(template, with_for_update=True)
        what = Phrase("checklist {name}", name=template.name)
        revisions.check(session, what, template.id, template.revision, expected_revision,
                        field="checklist")  # fmt: skip
        latest = latest_version(session, template.name)
        if _same_content(template_document(latest), doc):
            return latest
        used = session.scalar(
            select(func.count(Audit.id)).where(Audit.template_version_id == latest.id)
        )
        if used:
            number = latest.version + 1
        else:
            number = latest.version
            session.delete(latest)
            session.flush()
    version = _build_version(session, doc, template, number, source)
    session.flush()
    if template.revision is not None:  # a new version is a change of the checklist
        session.execute(
            update(ChecklistTemplate)
            .where(ChecklistTemplate.id == template.id)
            .values(revision=ChecklistTemplate.revision + 1)
        )
    return version


def _labels(value: Any) -> dict[str, str]:
    """Labels in a fixed language order (ours first), so equal content dumps equal bytes."""
    if not isinstance(value, dict):
        return {}
    order = {code: i for i, code in enumerate(LANGUAGES)}
    return {k: value[k] for k in sorted(value, key=lambda c: (order.get(c, len(order)), c))}


def _plain_number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _scale(scale: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("min", "max", "step"):
        if key in scale:
            out[key] = _plain_number(scale[key])
    if scale.get("integer"):
        out["integer"] = True
    if scale.get("anchors"):
        anchors = scale["anchors"]
        out["anchors"] = {
            str(k): _labels(anchors[k]) for k in sorted(anchors, key=lambda v: float(v))
        }
    return out


def _target(target: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"direction": target["direction"], "full": _plain_number(target["full"])}
    if target.get("zero") is not None:
        out["zero"] = _plain_number(target["zero"])
    if target.get("unit"):
        out["unit"] = target["unit"]
    return out


def canonical_document(data: dict[str, Any]) -> dict[str, Any]:
    """The document with defaults filled in and keys in a fixed order.

    Both stored versions and incoming files pass through here, so equal content compares
    equal and export-import-export is byte for byte stable.
    """
    doc: dict[str, Any] = {
        "format": "service-auditor/template",
        "format_version": 1,
        "name": data["name"],
        "version": int(data.get("version", 1)),
        "kind": data.get("kind", "mystery_shopping"),
        "title": _labels(data.get("title")),
        "description": _labels(data.get("description")),
        "languages": list(data.get("languages", ["en"])),
        "default_language": data.get("default_language", "en"),
        "pass_threshold": float(data.get("pass_threshold", 80.0)),
        "grade_bands": [
            {"min": _plain_number(b["min"]), "label": _labels(b.get("label"))}
            for b in sorted(data.get("grade_bands", []), key=lambda b: float(b["min"]))
        ],
        "sections": [],
    }
    if data.get("max_na_percent") is not None:
        doc["max_na_percent"] = float(data["max_na_percent"])
    for section in data.get("sections", []):
        s_doc: dict[str, Any] = {
            "key": section["key"],
            "title": _labels(section.get("title")),
            "weight": float(section.get("weight", 1.0)),
        }
        if section.get("relevance"):
            s_doc["relevance"] = section["relevance"]
        s_doc["questions"] = []
        for q in section.get("questions", []):
            q_doc: dict[str, Any] = {
                "key": q["key"],
                "kind": q["kind"],
                "label": _labels(q.get("label")),
            }
            if q.get("help"):
                q_doc["help"] = _labels(q["help"])
            if q.get("scale") and _scale(q["scale"]):
                q_doc["scale"] = _scale(q["scale"])
            if q.get("target"):
                q_doc["target"] = _target(q["target"])
            if q.get("choices"):
                q_doc["choices"] = [
                    {
                        "key": c["key"],
                        "label": _labels(c.get("label")),
                        "points": None if c.get("points") is None else float(c["points"]),
                    }
                    for c in q["choices"]
                ]
            q_doc["weight"] = float(q.get("weight", 1.0))
            if q.get("critical"):
                q_doc["critical"] = True
                q_doc["critical_scope"] = q.get("critical_scope", "section")
            if q.get("na_allowed"):
                q_doc["na_allowed"] = True
            if q.get("na_policy", "exclude") != "exclude":
                q_doc["na_policy"] = q["na_policy"]
            if not q.get("required", True):
                q_doc["required"] = False
            for key in ("relevance", "constraint"):
                if q.get(key):
                    q_doc[key] = q[key]
            if q.get("standards"):
                q_doc["standards"] = sorted(q["standards"])
            s_doc["questions"].append(q_doc)
        doc["sections"].append(s_doc)
    return json.loads(json.dumps(doc))  # type: ignore[no-any-return]


def _same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return {**a, "version": 0} == {**b, "version": 0}


def template_document(version: TemplateVersion) -> dict[str, Any]:
    """The stored version as a template document (the inverse of `store_template`)."""
    raw: dict[str, Any] = {
        "name": version.template.name,
        "version": version.version,
        "kind": version.kind,
        "title": version.title,
        "description": version.description,
        "languages": version.languages,
        "default_language": version.default_language,
        "pass_threshold": version.pass_threshold,
        "grade_bands": version.grade_bands,
        "max_na_percent": version.max_na_percent,
        "sections": [
            {
                "key": section.key,
                "title": section.title,
                "weight": section.weight,
                "relevance": section.relevance,
                "questions": [
                    {
                        "key": q.key,
                        "kind": q.kind.value,
                        "label": q.label,
                        "help": q.help,
                        "scale": q.scale,
                        "target": q.target,
                        "choices": [
                            {"key": c.key, "label": c.label, "points": c.points} for c in q.choices
                        ],
                        "weight": q.weight,
                        "critical": q.critical,
                        "critical_scope": q.critical_scope.value,
                        "na_allowed": q.na_allowed,
                        "na_policy": q.na_policy,
                        "required": q.required,
                        "relevance": q.relevance,
                        "constraint": q.constraint,
                        "standards": [s.code for s in q.standards],
                    }
                    for q in section.questions
                ],
            }
            for section in version.sections
        ],
    }
    return canonical_document(raw)


def _with_tree(query: Select[TemplateVersion]) -> Select[TemplateVersion]:
    """Load a version with its sections, questions, choices and standards in four queries."""
    questions = selectinload(TemplateVersion.sections).selectinload(Section.questions)
    return query.options(
        questions.selectinload(Question.choices), questions.selectinload(Question.standards)
    )


def latest_version(session: Session, name: str) -> TemplateVersion:
    version = session.scalar(
        _with_tree(
            select(TemplateVersion)
            .join(ChecklistTemplate)
            .where(ChecklistTemplate.name == name)
            .order_by(TemplateVersion.version.desc())
            .limit(1)
        )
    )
    if version is None:
        raise NotFound("no checklist template named '{name}'", name=name)
    return version


def load_version(session: Session, version_id: uuid.UUID) -> TemplateVersion:
    query = select(TemplateVersion).where(TemplateVersion.id == version_id)
    version = session.scalar(_with_tree(query))
    if version is None:
        raise NotFound("template version {version_id} does not exist", version_id=version_id)
    return version


def install_builtins(session: Session) -> list[TemplateVersion]:
    """Shipped standards and checklists; safe to call on every start (idempotent)."""
    base = builtin_dir()
    standards_file = base / "standards.json"
    install_standards(session, read_json(standards_file), str(standards_file))
    versions = []
    for path in sorted((base / "checklists").glob("*.json")):
        versions.append(store_template(session, read_json(path), str(path), builtin=True))
    return versions


def list_templates(session: Session, language: str = "en") -> list[TemplateSummary]:
    rows = []
    for template in session.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.name)):
        version = latest_version(session, template.name)
        questions = session.scalar(
            select(func.count(Question.id))
            .join(Section)
            .where(Section.template_version_id == version.id)
        )
        rows.append(
            TemplateSummary(
                name=template.name,
                version=version.version,
                title=pick_label(version.title, language),
                sections=len(version.sections),
                questions=int(questions or 0),
                languages=list(version.languages),
                builtin=template.builtin,
            )
        )
    return rows


@dataclass(frozen=True)
class ChecklistTitles:
    """Titles a report shows for aggregated results, from each checklist's newest version
    (cached scores know sections and questions only by checklist name and key)."""

    checklists: dict[str, str]  # checklist name -> title
    sections: dict[tuple[str, str], str]  # (checklist name, section key) -> title
    questions: dict[tuple[str, str], str]  # (checklist name, question key) -> label

    def checklist(self, name: str) -> str:
        return self.checklists.get(name) or name

    def section(self, checklist: str, key: str) -> str:
        return self.sections.get((checklist, key)) or key

    def question(self, checklist: str, key: str) -> str:
        return self.questions.get((checklist, key)) or key


def checklist_titles(session: Session, language: str = "en") -> ChecklistTitles:
    rows = session.execute(
        select(ChecklistTemplate.name, TemplateVersion.title, Section.key, Section.title)
        .join(TemplateVersion, TemplateVersion.template_id == ChecklistTemplate.id)
        .join(Section, Section.template_version_id == TemplateVersion.id)
        .order_by(TemplateVersion.version)  # newer versions overwrite older titles
    )
    checklists: dict[str, str] = {}
    sections: dict[tuple[str, str], str] = {}
    for name, title, key, section_title in rows:
        checklists[name] = pick_label(title, language)
        sections[(name, key)] = pick_label(section_title, language)
    labels = session.execute(
        select(ChecklistTemplate.name, Question.key, Question.label)
        .join(TemplateVersion, TemplateVersion.template_id == ChecklistTemplate.id)
        .join(Section, Section.template_version_id == TemplateVersion.id)
        .join(Question, Question.section_id == Section.id)
        .order_by(TemplateVersion.version)
    )
    questions = {(name, key): pick_label(label, language) for name, key, label in labels}
    return ChecklistTitles(checklists, sections, questions)
