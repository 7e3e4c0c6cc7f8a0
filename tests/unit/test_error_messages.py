"""Every error the core raises is a message id the catalogues can translate: a literal English
template with named values, never an f-string or a variable, and pybabel finds each one."""

from __future__ import annotations

import ast
import gettext
import importlib.util
import string
from pathlib import Path

import pytest

from auditor.errors import MESSAGE_CALLS, AuditorError, NotFound, Phrase, state_words

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for p in (ROOT / "auditor").rglob("*.py") if "migrations" not in p.parts)


def _called(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """The error classes of auditor/ (AuditorError's subclasses, by name)."""
    known = {"AuditorError", "NotFound", "UsageError", "DatabaseRefused", "Cancelled"}
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
            if cls.name not in known and bases & known:
                known.add(cls.name)
                grew = True
    return known


def _is_super_init(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )


def _sites() -> list[tuple[Path, ast.Call, ast.expr | None, ast.AST | None]]:
    """(file, call, its message argument, the function it is in) for every message call,
    and every error subclass's call of its base's constructor."""
    found = []
    trees = {path: ast.parse(path.read_text("utf-8")) for path in SOURCES}
    errors = _error_classes(list(trees.values()))
    for path, tree in trees.items():
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if _is_super_init(node):
                cls = parents.get(node)
                while cls is not None and not isinstance(cls, ast.ClassDef):
                    cls = parents.get(cls)
                if cls is None or cls.name not in errors or path.name == "errors.py":
                    continue
                index = 0
            elif _called(node) in MESSAGE_CALLS and _called(node) != "__init__":
                index = MESSAGE_CALLS[str(_called(node))] - 1
            else:
                continue
            argument = node.args[index] if len(node.args) > index else None
            scope = parents.get(node)
            while scope is not None and not isinstance(scope, ast.FunctionDef | ast.ClassDef):
                scope = parents.get(scope)
            found.append((path, node, argument, scope))
    return found


def _forwarded(argument: ast.expr | None, scope: ast.AST | None) -> bool:
    """The message is a parameter of a helper that is itself a message call (its callers
    are checked), or of an error class's own constructor."""
    if not isinstance(argument, ast.Name) or not isinstance(scope, ast.FunctionDef):
        return False
    params = [a.arg for a in (*scope.args.posonlyargs, *scope.args.args)]
    return argument.id in params and (scope.name in MESSAGE_CALLS or scope.name == "__init__")


def test_every_message_is_a_literal_template() -> None:
    wrong = []
    for path, call, argument, scope in _sites():
        if path.name == "errors.py" and isinstance(argument, ast.Attribute):
            continue  # AuditorError.phrase passes its own template on
        literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
        if not literal and not _forwarded(argument, scope):
            shown = ast.unparse(argument)[:70] if argument is not None else "(none)"
            wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}: {_called(call)}({shown})")
    assert not wrong, "messages must be literal templates with named values:\n" + "\n".join(wrong)


def test_every_template_gets_the_values_it_names() -> None:
    wrong = []
    for path, call, argument, _scope in _sites():
        if _called(call) == "N_" or not (
            isinstance(argument, ast.Constant) and isinstance(argument.value, str)
        ):
            continue  # N_ marks a template whose values come later
        named = {f for _, f, _, _ in string.Formatter().parse(argument.value) if f is not None}
        given = {k.arg for k in call.keywords}
        if None in given:  # **values: checked where they are built
            continue
        if named - given:
            wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}: {sorted(named - given)}")
    assert not wrong, "templates naming values not given:\n" + "\n".join(wrong)


def _update_translations() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pybabel_extracts_every_message(tmp_path: Path) -> None:
    """scripts/update_translations.py's extraction finds the template of every site."""
    from babel.messages.pofile import read_po

    pot = tmp_path / "messages.pot"
    _update_translations().extract_messages(pot)  # type: ignore[attr-defined]
    with pot.open("rb") as fh:
        extracted = {m.id for m in read_po(fh) if m.id}
    missing = []
    for path, call, argument, _scope in _sites():
        literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
        if literal and argument.value not in extracted:  # type: ignore[union-attr]
            missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {argument.value!r}")  # type: ignore[union-attr]
    assert not missing, "not extracted:\n" + "\n".join(missing)
    # the command line's own messages are still there
    assert "{app}: error: {message}" in extracted
    assert "row {row}" in extracted and "field {field}" in extracted


class _Catalogue(gettext.NullTranslations):
    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self.messages = messages

    def gettext(self, message: str) -> str:
        return self.messages.get(message, message)


def test_translated_renders_the_template_the_where_and_the_phrases() -> None:
    polish = _Catalogue({
        "no audit with id {id}": "brak audytu o identyfikatorze {id}",
        "row {row}": "wiersz {row}",
        "field {field}": "pole {field}",
        "the audit is {status}; only a reviewer can re-open it":
            "audyt jest {status}; tylko recenzent może go otworzyć ponownie",
        "submitted": "przesłany",
    })  # fmt: skip
    error = NotFound("no audit with id {id}", id="42", row=3, field="audit")
    assert error.describe() == "row 3, field audit: no audit with id 42"
    assert str(error) == error.describe()
    assert error.translated(polish.gettext) == (
        "wiersz 3, pole audit: brak audytu o identyfikatorze 42"
    )
    nested = AuditorError(
        "the audit is {status}; only a reviewer can re-open it",
        status=state_words("submitted"),
    )
    assert nested.describe() == "the audit is submitted; only a reviewer can re-open it"
    assert nested.translated(polish.gettext) == (
        "audyt jest przesłany; tylko recenzent może go otworzyć ponownie"
    )


def test_a_translation_that_lost_a_name_falls_back_to_english() -> None:
    broken = _Catalogue({"no audit with id {id}": "brak audytu {ident}"})
    error = NotFound("no audit with id {id}", id="42")
    assert error.translated(broken.gettext) == "no audit with id 42"


@pytest.mark.parametrize(
    ("template", "values", "english"),
    [
        ("{what} was changed", {"what": Phrase("the audit")}, "the audit was changed"),
        ("literal {{braces}} and {n}", {"n": 2}, "literal {braces} and 2"),
        ("no values, {{kept}} as written", {}, "no values, {{kept}} as written"),
    ],
)
def test_english_text(template: str, values: dict[str, object], english: str) -> None:
    assert AuditorError(template, **values).describe() == english
