"""Import and export checklist templates as files (JSON or XLSForm-style Excel)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from auditor.errors import AuditorError, NotFound, Phrase
from auditor.exchange import template_json, template_xlsx
from auditor.services.template_validation import Locator, json_locator, validate
from auditor.services.templates import (
    install_standards,
    latest_version,
    store_template,
    template_document,
)
from auditor.store.models import ChecklistTemplate, Question, Section, Standard, TemplateVersion

SUFFIXES = (".json", ".xlsx")  # what we write
READ_XLSFORM = (".xlsx", ".xls", ".csv", ".md")  # what pyxform reads


@dataclass
class ParsedFile:
    path: Path
    kind: str  # "template" or "standards"
    document: dict[str, Any]
    locate: Locator
    warnings: list[Phrase] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    path: Path
    name: str
    version: int | None
    warnings: list[Phrase]  # str() is the English text


def parse_file(path: Path) -> ParsedFile:
    if not path.exists():
        raise AuditorError("no such file", file=str(path))
    suffix = path.suffix.lower()
    if suffix == ".json":
        raw = template_json.read_document(path)
        if raw.get("format") == "service-auditor/standards":
            return ParsedFile(
                path, "standards", template_json.read_standards(path), json_locator(str(path))
            )
        doc = template_json.read_template(path)
        return ParsedFile(path, "template", doc, json_locator(str(path)))
    if suffix in READ_XLSFORM:
        doc, warnings, locate = template_xlsx.read_xlsform(path)
        return ParsedFile(path, "template", doc, locate, warnings)
    raise AuditorError(
        "unknown file type '{suffix}' (use .json, or an XLSForm: .xlsx, .xls, .csv, .md)",
        suffix=path.suffix,
        file=str(path),
    )


def import_files(session: Session, paths: list[Path]) -> list[ImportResult]:
    """Check every file first, then store them all in the caller's transaction."""
    parsed = [parse_file(p) for p in paths]
    codes = set(session.scalars(select(Standard.code)))
    for item in parsed:
        if item.kind == "standards":
            codes |= {s["code"] for s in item.document["standards"]}
    for item in parsed:
        if item.kind == "template":
            item.warnings += validate(item.document, item.locate, codes)
    results = []
    for item in parsed:
        if item.kind == "standards":
            install_standards(session, item.document, str(item.path))
            results.append(ImportResult(item.path, "standards", None, item.warnings))
    for item in parsed:
        if item.kind == "template":
            version = store_template(session, item.document, str(item.path), locate=item.locate)
            results.append(
                ImportResult(item.path, version.template.name, version.version, item.warnings)
            )
    return results


def find_version(session: Session, name: str, number: int | None = None) -> TemplateVersion:
    if number is None:
        return latest_version(session, name)
    version = session.scalar(
        select(TemplateVersion)
        .join(ChecklistTemplate)
        .where(ChecklistTemplate.name == name, TemplateVersion.version == number)
        .options(
            selectinload(TemplateVersion.sections)
            .selectinload(Section.questions)
            .selectinload(Question.choices)
        )
    )
    if version is None:
        raise NotFound("template '{name}' has no version {number}", name=name, number=number)
    return version


def export_file(session: Session, name: str, out: Path, number: int | None = None) -> Path:
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise AuditorError(
            "unknown file type '{suffix}' (use .json or .xlsx)", suffix=out.suffix, file=str(out)
        )
    doc = template_document(find_version(session, name, number))
    if suffix == ".json":
        template_json.write_template(doc, out)
    else:
        template_xlsx.write_xlsform(doc, out)
    return out
