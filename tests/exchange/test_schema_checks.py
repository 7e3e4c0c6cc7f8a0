"""The quick schema check (jsonschema-rs) says yes exactly where jsonschema does.

Packages are checked by the quick form for speed; jsonschema only words a refusal. So the
two must agree: every document kind of a real package (from the demo database), each changed
at every place in every way a hostile or broken writer might (a key dropped, a value of the
wrong type, out of range, empty, an unknown key), gets the same verdict from both.
"""

from __future__ import annotations

import copy
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from auditor.exchange import keys
from auditor.exchange.package_format import MANIFEST, quick_check, validator
from auditor.services.audits import AuditFilter
from auditor.services.packages import export_package
from auditor.store.db import open_database

KINDS = {
    "audits/": "package-audit",
    "diaries/": "package-diary",
    "actions/": "package-action",
    "templates/": "package-template",
}
WRONG: list[Any] = [None, "", "x" * 3, -1, 0, 2.5, True, [], {}, ["x"], {"x": 1}]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory, demo_db_file: Path) -> dict[str, Any]:
    """One document of each kind (and the manifest) from a package of the demo database."""
    folder = tmp_path_factory.mktemp("schema")
    shutil.copy(demo_db_file, folder / "demo.sqlite")
    db = open_database(folder / "demo.sqlite", create=False)
    out = folder / "all.zip"
    with db.session() as s:
        export_package(
            s, out, AuditFilter(), key=keys.load_or_create(folder / "key.json"),
            created_by="Office", checklists=True, actions=True,
        )  # fmt: skip
    db.close()
    found: dict[str, Any] = {}
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read(MANIFEST))
        manifest["members"] = dict(list(manifest["members"].items())[:3])  # thousands
        found["package-manifest"] = manifest
        for name in z.namelist():
            for prefix, kind in KINDS.items():
                if name.startswith(prefix) and kind not in found:
                    found[kind] = _shortened(json.loads(z.read(name)))
    assert set(found) == {"package-manifest", *KINDS.values()}, sorted(found)
    return found


def _shortened(doc: Any) -> Any:
    """Long lists cut to two items: every shape is still there, the walk stays short."""
    if isinstance(doc, dict):
        return {k: _shortened(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_shortened(v) for v in doc[:2]]
    return doc


def _places(doc: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _places(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _places(v, (*path, i))


def _variants(doc: Any) -> Iterator[tuple[str, Any]]:
    for path in _places(doc):
        for value in WRONG:
            changed = copy.deepcopy(doc)
            if not path:
                yield f"document = {value!r}", value
                continue
            parent = changed
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = value
            yield f"{'/'.join(map(str, path))} = {value!r}", changed
        node = doc
        for step in path:
            node = node[step]
        if isinstance(node, dict):
            for key in [*node, "unexpected"]:
                changed = copy.deepcopy(doc)
                target = changed
                for step in path:
                    target = target[step]
                if key == "unexpected":
                    target[key] = 1
                else:
                    del target[key]
                how = "added" if key not in node else "dropped"
                yield f"{'/'.join(map(str, path))}: {key} {how}", changed


def _fast_says(kind: str, doc: Any) -> bool:
    return quick_check(kind).is_valid(doc)


@pytest.mark.parametrize("kind", ["package-manifest", *KINDS.values()])
def test_the_compiled_check_agrees_with_jsonschema_on_every_change(
    documents: dict[str, Any], kind: str
) -> None:
    doc = documents[kind]
    assert _fast_says(kind, doc) and validator(kind).is_valid(doc)
    refused = 0
    for what, variant in _variants(doc):
        slow = validator(kind).is_valid(variant)
        assert _fast_says(kind, variant) == slow, f"{kind}: {what}: jsonschema says {slow}"
        refused += not slow
    assert refused > 20  # the walk reached the document's rules, not only its surface
