"""Templates and standards as JSON documents, checked against the schemas in `schemas/`.

Export is canonical (fixed key order, defaults filled, UTF-8, two-space indent), so
export -> import -> export gives the same bytes.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from auditor.errors import AuditorError, Phrase
from auditor.exchange.schema_words import schema_error
from auditor.files import write_bytes_atomically
from auditor.services.templates import canonical_document

SCHEMAS = Path(__file__).resolve().parent / "schemas"


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _json_path(parts: Any) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


DOCUMENTS = {"template.schema.json": Phrase("the checklist"),
             "standards.schema.json": Phrase("the list of standards")}  # fmt: skip


def check_schema(data: Any, schema: str, source: str) -> None:
    errors = sorted(_validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        path = _json_path(first.absolute_path)
        raise schema_error(first, path, DOCUMENTS.get(schema, schema), file=source)


def read_document(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise AuditorError("is not UTF-8 text", file=str(path)) from exc
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


def read_template(path: Path) -> dict[str, Any]:
    data = read_document(path)
    check_schema(data, "template.schema.json", str(path))
    return data


def read_standards(path: Path) -> dict[str, Any]:
    data = read_document(path)
    check_schema(data, "standards.schema.json", str(path))
    return data


def dumps_template(doc: dict[str, Any]) -> str:
    return json.dumps(canonical_document(doc), ensure_ascii=False, indent=2) + "\n"


def write_template(doc: dict[str, Any], path: Path) -> None:
    write_bytes_atomically(path, dumps_template(doc).encode("utf-8"))
