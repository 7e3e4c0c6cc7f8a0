"""Relevance and constraint rules: a small, safe subset of XLSForm expressions.

Parsed by a hand-written recursive-descent parser into a tiny tree and evaluated over a
dict of answers: nothing is ever handed to `eval`, no attribute or name lookup exists, so a
rule cannot run code. Grammar (lowest precedence first):

    expr    := or
    or      := and ("or" and)*
    and     := cmp ("and" cmp)*
    cmp     := sum (("=" | "!=" | "<" | "<=" | ">" | ">=") sum)?
    sum     := product (("+" | "-") product)*
    product := unary (("*" | "div" | "mod") unary)*
    unary   := "-" unary | atom
    atom    := NUMBER | STRING | "${" name "}" | "." | name "(" args ")" | "(" expr ")"

Functions, as XLSForm (ODK, Kobo) writes them: selected(a, 'x'), count-selected(a),
selected-at(a, n), string-length(a), regex(a, 'pattern') (the whole text must match),
not(a), true(), false(), if(c, a, b), coalesce(a, b), concat(a, ...), number(a), int(a),
round(a[, places]), today(), now(), date(a). Dates count in days (from 1970-01-01), as
XPath does, so `. <= today()` and `today() - ${visit} < 30` work on date answers. An
unanswered question is empty: it equals '' and compares false.

A rule comes from a file or a package anyone can send, so no rule can run away: regex() runs
on RE2 (google-re2), whose matching time is linear in the text, and a pattern RE2 cannot
compile (backreferences, lookaround, possessive quantifiers) is refused when the rule is
parsed; a rule is at most MAX_LENGTH characters, MAX_DEPTH brackets and MAX_TREE_DEPTH
operators deep and MAX_STEPS steps (each step one node, evaluated once); text a rule builds
(concat) is at most MAX_TEXT characters. Going past a limit while evaluating raises
RuleLimitError.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import re2

from auditor.errors import Phrase

MAX_LENGTH = 2000  # characters of a rule's text
MAX_DEPTH = 40  # brackets, function calls and signs inside one another
MAX_TREE_DEPTH = 100  # operators inside one another: `a or b or ...` nests one per operator
MAX_STEPS = 500  # nodes of a rule; evaluating one takes one step
MAX_TEXT = 100_000  # characters of text a rule may build (concat)
MAX_PATTERN = 500  # characters of a regex() pattern

TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{\s*(?P<refname>[A-Za-z_][A-Za-z0-9_.\-]*)\s*\})
  | (?P<number>\d+(?:\.\d+)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<name>[A-Za-z_][A-Za-z0-9_\-]*)
  | (?P<dot>\.)
    """,
    re.VERBOSE,
)


class ExpressionError(ValueError):
    """The rule is not valid; the message says where (character position) and why. The
    message is a template with named values (`phrase`), translated where it is shown."""

    def __init__(self, message: str, /, **values: Any) -> None:
        self.phrase = Phrase(message, **values)
        super().__init__(str(self.phrase))


class RuleLimitError(ExpressionError):
    """Evaluating the rule went past a limit: a step budget or the size of text it builds."""


@dataclass(frozen=True)
class Node:
    op: str
    args: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Expression:
    source: str
    tree: Node

    @property
    def references(self) -> set[str]:
        found: set[str] = set()
        _collect_refs(self.tree, found)
        return found

    def evaluate(self, answers: Mapping[str, Any], current: Any = None) -> Any:
        """The rule's value; raises RuleLimitError past MAX_STEPS or MAX_TEXT."""
        return _eval(self.tree, answers, current, _Budget())

    def is_true(self, answers: Mapping[str, Any], current: Any = None) -> bool:
        return _truthy(self.evaluate(answers, current))


def _collect_refs(node: Node, found: set[str]) -> None:
    if node.op == "ref":
        found.add(node.args[0])
        return
    for arg in node.args:
        if isinstance(arg, Node):
            _collect_refs(arg, found)


def tokenize(source: str) -> list[tuple[str, str, int]]:
    tokens: list[tuple[str, str, int]] = []
    pos = 0
    while pos < len(source):
        match = TOKEN.match(source, pos)
        if match is None:
            raise ExpressionError(
                "unexpected character {character!r} at position {position}",
                character=source[pos],
                position=pos + 1,
            )
        kind = match.lastgroup or ""
        if kind == "refname":
            kind = "ref"
        if kind != "ws":
            value = match.group("refname") if kind == "ref" else match.group(0)
            tokens.append((kind, value, pos + 1))
        pos = match.end()
    return tokens


FUNCTIONS: dict[str, tuple[int, int]] = {
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "not": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
    "if": (3, 3),
    "number": (1, 1),
    "selected-at": (2, 2),
    "regex": (2, 2),
    "coalesce": (2, 2),
    "concat": (0, 50),
    "int": (1, 1),
    "round": (1, 2),
    "today": (0, 0),
    "now": (0, 0),
    "date": (1, 1),
}
EPOCH = date(1970, 1, 1)
ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
COMPARISONS = {"=", "!=", "<", "<=", ">", ">="}


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.pos = 0
        self.depth = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str, int]:
        token = self.peek()
        if token is None:
            raise ExpressionError("the rule ends too early")
        self.pos += 1
        return token

    def expect(self, value: str) -> None:
        token = self.take()
        if token[1] != value:
            raise ExpressionError(
                "expected '{value}' at position {position}, found '{found}'",
                value=value,
                position=token[2],
                found=token[1],
            )

    def at(self, *values: str) -> bool:
        token = self.peek()
        return token is not None and token[0] in ("op", "name") and token[1] in values

    def parse(self) -> Node:
        if not self.tokens:
            raise ExpressionError("the rule is empty")
        node = self.or_()
        extra = self.peek()
        if extra is not None:
            raise ExpressionError(
                "unexpected '{value}' at position {where}", value=extra[1], where=extra[2]
            )
        return node

    def _nested(self, parse: Callable[[], Node]) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(
                "the rule is nested more than {max_depth} levels deep", max_depth=MAX_DEPTH
            )
        try:
            return parse()
        finally:
            self.depth -= 1

    def or_(self) -> Node:
        node = self.and_()
        while self.at("or"):
            self.take()
            node = Node("or", (node, self.and_()))
        return node

    def and_(self) -> Node:
        node = self.cmp()
        while self.at("and"):
            self.take()
            node = Node("and", (node, self.cmp()))
        return node

    def cmp(self) -> Node:
        node = self.sum()
        token = self.peek()
        if token is not None and token[0] == "op" and token[1] in COMPARISONS:
            self.take()
            node = Node(token[1], (node, self.sum()))
        return node

    def sum(self) -> Node:
        node = self.product()
        while self.at("+", "-"):
            op = self.take()[1]
            node = Node(op, (node, self.product()))
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.at("*", "div", "mod"):
            op = self.take()[1]
            node = Node(op, (node, self.unary()))
        return node

    def unary(self) -> Node:
        if self.at("-"):
            self.take()
            return Node("neg", (self._nested(self.unary),))
        return self.atom()

    def atom(self) -> Node:
        kind, value, where = self.take()
        if kind == "number":
            return Node("lit", (float(value),))
        if kind == "string":
            return Node("lit", (value[1:-1],))
        if kind == "ref":
            return Node("ref", (value,))
        if kind == "dot":
            return Node("current")
        if kind == "op" and value == "(":
            node = self._nested(self.or_)
            self.expect(")")
            return node
        if kind == "name":
            if value not in FUNCTIONS:
                raise ExpressionError(
                    "unknown function or word '{value}' at position {where}",
                    value=value,
                    where=where,
                )
            self.expect("(")
            args: list[Node] = []
            if not self.at(")"):
                args.append(self._nested(self.or_))
                while self.at(","):
                    self.take()
                    args.append(self._nested(self.or_))
            self.expect(")")
            low, high = FUNCTIONS[value]
            if not low <= len(args) <= high:
                if low == 1:
                    raise ExpressionError(
                        "{name}() takes 1 argument, got {count} (position {where})",
                        name=value, count=len(args), where=where,
                    )  # fmt: skip
                raise ExpressionError(
                    "{name}() takes {low} arguments, got {count} (position {where})",
                    name=value, low=low, count=len(args), where=where,
                )  # fmt: skip
            return Node("call", (value, *args))
        raise ExpressionError("unexpected '{value}' at position {where}", value=value, where=where)


def parse(source: str, *, check_patterns: bool = True) -> Expression:
    """Parse a rule; raises ExpressionError with a position on any mistake or past a limit.
    With `check_patterns` (every importer) a regex() pattern RE2 cannot compile is refused
    too; the scorer passes False so a rule stored before RE2 still evaluates (see `regex`)."""
    if len(source) > MAX_LENGTH:
        raise ExpressionError(
            "the rule is longer than {max_length} characters", max_length=MAX_LENGTH
        )
    tree = _Parser(source).parse()
    _check_tree(tree, check_patterns)
    return Expression(source, tree)


def _check_tree(tree: Node, check_patterns: bool) -> None:
    """Size, depth and literal regex() patterns, walked without recursion: a chain of
    operators is parsed by loops, so its tree can be deeper than Python's stack."""
    nodes = 0
    stack: list[tuple[Node, int]] = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > MAX_STEPS:
            raise ExpressionError(
                "the rule has more than {max_steps} steps; split it", max_steps=MAX_STEPS
            )
        if depth > MAX_TREE_DEPTH:
            raise ExpressionError(
                "the rule has operators more than {max_tree_depth} levels inside one another",
                max_tree_depth=MAX_TREE_DEPTH,
            )
        if check_patterns and node.op == "call" and node.args[0] == "regex":
            pattern = node.args[2]
            if pattern.op == "lit":
                compile_pattern(_as_text(pattern.args[0]))
        stack.extend((arg, depth + 1) for arg in node.args if isinstance(arg, Node))


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # the refusal says why; RE2 would also print to stderr


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> Any:
    """A regex() pattern compiled by RE2, which matches in time linear in the text (Python's
    `re` backtracks: '(a+)+b' against 34 a's would run for hours). ExpressionError names
    the pattern when RE2 cannot take it."""
    if len(pattern) > MAX_PATTERN:
        raise ExpressionError(
            "the regex pattern is longer than {max_pattern} characters", max_pattern=MAX_PATTERN
        )
    try:
        return re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        why = exc.args[0].decode(errors="replace") if exc.args else "not valid"
        raise ExpressionError(
            "the regex pattern '{pattern}' cannot be used ({why}): rules match with RE2, "
            "which has no backreferences, lookaround or possessive quantifiers",
            pattern=pattern,
            why=why,
        ) from exc


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _as_text(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _days(text: str) -> float | None:
    """An ISO date or date-time as days from 1970-01-01 (XPath's number of a date)."""
    if not ISO_DATE.fullmatch(text.strip()):
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(text.strip()) == 10:
        return float((moment.date() - EPOCH).days)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds() / 86400


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool) or _is_empty(value):
        return None
    if isinstance(value, datetime):
        return _days(value.isoformat())
    if isinstance(value, date):
        return float((value - EPOCH).days)
    try:
        return float(value)
    except (TypeError, ValueError):
        return _days(value) if isinstance(value, str) else None


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value not in ("", "no", "false")
    return bool(value) and value is not None


def _compare(op: str, left: Any, right: Any) -> bool:
    if op in ("=", "!="):
        ln, rn = _as_number(left), _as_number(right)
        equal = ln == rn if ln is not None and rn is not None else _as_text(left) == _as_text(right)
        if isinstance(left, list) or isinstance(right, list):
            equal = left == right
        return equal if op == "=" else not equal
    ln, rn = _as_number(left), _as_number(right)
    if ln is None or rn is None:
        return False
    return {"<": ln < rn, "<=": ln <= rn, ">": ln > rn, ">=": ln >= rn}[op]


def _arith(op: str, left: Any, right: Any) -> float | None:
    ln, rn = _as_number(left), _as_number(right)
    if ln is None or rn is None:
        return None
    if op == "+":
        return ln + rn
    if op == "-":
        return ln - rn
    if op == "*":
        return ln * rn
    if rn == 0:
        return None
    return ln / rn if op == "div" else ln % rn


def _call(name: str, args: list[Any]) -> Any:
    if name == "selected":
        value, wanted = args[0], _as_text(args[1])
        if isinstance(value, list):
            return wanted in [_as_text(v) for v in value]
        return _as_text(value) == wanted
    if name == "count-selected":
        return float(len(args[0])) if isinstance(args[0], list) else float(not _is_empty(args[0]))
    if name == "string-length":
        return float(len(_as_text(args[0])))
    if name == "not":
        return not _truthy(args[0])
    if name == "true":
        return True
    if name == "false":
        return False
    if name == "if":
        return args[1] if _truthy(args[0]) else args[2]
    return _call_more(name, args)


def _call_more(name: str, args: list[Any]) -> Any:
    if name == "selected-at":
        index = _as_number(args[1])
        items = args[0] if isinstance(args[0], list) else str(_as_text(args[0])).split()
        if index is None or not 0 <= index < len(items) or not float(index).is_integer():
            return ""
        return _as_text(items[int(index)])
    if name == "regex":
        try:
            compiled = compile_pattern(_as_text(args[1]))
        except ExpressionError:
            # a pattern from an answer, or stored before RE2: it matches nothing, as ODK's
            # own check of a broken pattern fails, rather than stopping the scoring
            return False
        return compiled.fullmatch(_as_text(args[0])) is not None
    if name == "coalesce":
        return args[1] if _is_empty(args[0]) else args[0]
    if name == "concat":
        texts = [_as_text(a) for a in args]
        if sum(map(len, texts)) > MAX_TEXT:
            raise RuleLimitError(
                "concat() builds more than {max_text} characters of text", max_text=MAX_TEXT
            )
        return "".join(texts)
    if name == "today":
        return float((date.today() - EPOCH).days)
    if name == "now":
        return _days(datetime.now(UTC).isoformat())
    number = _as_number(args[0])
    if name == "date":  # a date from a number of days or a text: as days again
        return number
    if number is None or math.isinf(number) or math.isnan(number):
        return None
    if name == "int":
        return float(math.trunc(number))
    if name == "round":
        places = _as_number(args[1]) if len(args) > 1 else 0.0
        scale = 10 ** int(places or 0) if abs(places or 0) < 12 else 1
        return math.floor(abs(number) * scale + 0.5) / scale * (1 if number >= 0 else -1)
    return number  # number()


class _Budget:
    """Steps left for one evaluation: the static check keeps a rule within MAX_STEPS nodes,
    and this holds even if a function is ever added that evaluates an argument twice."""

    __slots__ = ("left",)

    def __init__(self) -> None:
        self.left = MAX_STEPS

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise RuleLimitError("the rule took more than {max_steps} steps", max_steps=MAX_STEPS)


def _eval(node: Node, answers: Mapping[str, Any], current: Any, budget: _Budget) -> Any:
    budget.spend()
    op = node.op
    if op == "lit":
        return node.args[0]
    if op == "ref":
        return answers.get(node.args[0])
    if op == "current":
        return current
    if op == "and":
        return _truthy(_eval(node.args[0], answers, current, budget)) and _truthy(
            _eval(node.args[1], answers, current, budget)
        )
    if op == "or":
        return _truthy(_eval(node.args[0], answers, current, budget)) or _truthy(
            _eval(node.args[1], answers, current, budget)
        )
    if op == "neg":
        value = _as_number(_eval(node.args[0], answers, current, budget))
        return None if value is None else -value
    if op == "call":
        return _call(node.args[0], [_eval(a, answers, current, budget) for a in node.args[1:]])
    left = _eval(node.args[0], answers, current, budget)
    right = _eval(node.args[1], answers, current, budget)
    if op in COMPARISONS:
        return _compare(op, left, right)
    return _arith(op, left, right)


def find_cycle(dependencies: Mapping[str, set[str]]) -> list[str] | None:
    """A cycle in 'question -> questions its rule reads', as a path, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> list[str] | None:
        state[name] = 1
        stack.append(name)
        for dep in sorted(dependencies.get(name, ())):
            if state.get(dep) == 1:
                return [*stack[stack.index(dep) :], dep]
            if dep not in state and dep in dependencies:
                found = visit(dep)
                if found:
                    return found
        stack.pop()
        state[name] = 2
        return None

    for name in sorted(dependencies):
        if name not in state:
            found = visit(name)
            if found:
                return found
    return None
