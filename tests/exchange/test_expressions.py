"""Relevance and constraint rules: exact semantics, and random input never runs code."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.expressions import ExpressionError, find_cycle, parse


@pytest.mark.parametrize(
    ("rule", "answers", "expected"),
    [
        ("${wait} > 300", {"wait": 301}, True),
        ("${wait} > 300", {"wait": 300}, False),
        ("${wait} > 300", {}, False),  # unanswered compares false
        ("${greeted} = 'no'", {"greeted": False}, True),
        ("${greeted} = 'yes'", {"greeted": True}, True),
        ("${offer} != 'none'", {"offer": "generic"}, True),
        ("selected(${contact}, 'callback')", {"contact": ["card", "callback"]}, True),
        ("selected(${contact}, 'email')", {"contact": ["card"]}, False),
        ("count-selected(${contact}) >= 2", {"contact": ["card", "email"]}, True),
        ("${a} = 1 and (${b} = 2 or ${c} = 3)", {"a": 1, "b": 0, "c": 3}, True),
        ("not(${a} = 1)", {"a": 2}, True),
        ("${a} + ${b} * 2 = 7", {"a": 1, "b": 3}, True),
        ("${a} div 4 = 2.5", {"a": 10}, True),
        ("${a} mod 3 = 1", {"a": 10}, True),
        ("-${a} < 0", {"a": 5}, True),
        ("string-length(${t}) > 3", {"t": "שלום עולם"}, True),
        ("${t} = ''", {}, True),
        ("if(${a} > 1, 'big', 'small') = 'big'", {"a": 2}, True),
        ("true() and not(false())", {}, True),
    ],
)
def test_rules_evaluate_like_xlsform(rule: str, answers: dict[str, object], expected: bool) -> None:
    assert parse(rule).is_true(answers) is expected


def test_constraint_reads_the_current_value() -> None:
    rule = parse(". >= 0 and . <= 100")
    assert rule.is_true({}, current=50) and not rule.is_true({}, current=101)


def test_references_are_collected() -> None:
    assert parse("${a} = 1 and selected(${b}, 'x') or ${c.d} > 2").references == {"a", "b", "c.d"}


@pytest.mark.parametrize(
    ("rule", "fragment"),
    [
        ("${a} >", "ends too early"),
        ("${a} = = 1", "unexpected '='"),
        ("(${a} = 1", "ends too early"),
        ("${a} = 1)", "unexpected ')'"),
        ("open('x')", "unknown function"),
        ("selected(${a})", "takes 2 arguments"),
        ("${a} = 1 ; drop", "unexpected character ';'"),
        ("", "empty"),
        ("(" * 60 + "1" + ")" * 60, "nested"),
    ],
)
def test_bad_rules_say_what_and_where(rule: str, fragment: str) -> None:
    with pytest.raises(ExpressionError, match=re.escape(fragment)):
        parse(rule)


def test_code_injection_is_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    for attempt in (
        f"__import__('os').system('touch {marker}')",
        f"${{a}} = 1 or exec(\"open('{marker}', 'w')\")",
        "().__class__.__bases__[0].__subclasses__()",
        "lambda: 1",
    ):
        with pytest.raises(ExpressionError):
            parse(attempt).evaluate({"a": 1})
    assert not marker.exists()


RULE_ALPHABET = st.sampled_from(
    [
        *"${}()'\".,=!<>+-*/ ab01_9",
        *("and ", "or ", "div ", "mod ", "selected(", "not(", "${q}", "count-selected("),
        *("__import__", "\n"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_random_text_never_crashes(text: str) -> None:
    try:
        rule = parse(text)
    except ExpressionError:
        return
    rule.evaluate({"q": 1, "a": "x", "b": [1, 2]}, current=3)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(RULE_ALPHABET, max_size=30).map("".join),
    st.dictionaries(
        st.sampled_from(["q", "a", "b"]),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(),
            st.text(max_size=5),
            st.lists(st.text(max_size=3)),
        ),
    ),
)
def test_rule_shaped_text_never_crashes(text: str, answers: dict[str, object]) -> None:
    try:
        rule = parse(text)
    except ExpressionError:
        return
    result = rule.evaluate(answers, current=None)
    assert result is None or isinstance(result, bool | float | int | str | list)


def test_cycles_are_found() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"a"}}) == ["a", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


TODAY = date.today().isoformat()
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("rule", "current", "answers", "expected"),
    [
        (". <= today()", YESTERDAY, {}, True),
        (". <= today()", TODAY, {}, True),
        (". <= today()", TOMORROW, {}, False),
        ("today() - ${visit} < 30", None, {"visit": YESTERDAY}, True),
        ("today() - ${visit} < 30", None, {"visit": "2020-01-01"}, False),
        (". < now()", "2020-01-01T10:00:00", {}, True),
        ("${end} >= ${start}", None, {"start": "2026-11-01", "end": "2026-11-02"}, True),
        ("${when} >= date('2026-01-01')", None, {"when": "2026-03-01"}, True),
        ("selected-at(${extras}, 1) = 'coffee'", None, {"extras": ["card", "coffee"]}, True),
        ("selected-at(${extras}, 5) = ''", None, {"extras": ["card"]}, True),
        ("regex(., '[0-9]{5}')", "12345", {}, True),
        ("regex(., '[0-9]{5}')", "1234x", {}, False),
        ("regex(., ${p})", "x", {"p": "[unclosed"}, False),  # a written one is refused
        ("coalesce(${a}, ${b}) = 'x'", None, {"a": "", "b": "x"}, True),
        ("concat(${a}, '-', ${b}) = '1-two'", None, {"a": 1.0, "b": "two"}, True),
        ("int(.) = 3", 3.9, {}, True),
        ("int(.) = -3", -3.9, {}, True),
        ("round(., 1) = 2.6", 2.55, {}, True),
        ("round(.) = 3", 2.5, {}, True),
        ("string-length(.) <= 3 and not(. = 'ab')", "abc", {}, True),
        ("count-selected(.) >= 2 or selected(., 'none')", ["none"], {}, True),
        ("if(${n} > 2, 'many', 'few') = 'many'", None, {"n": 3}, True),
    ],
)
def test_the_functions_forms_use(
    rule: str, current: object, answers: dict[str, object], expected: bool
) -> None:
    assert parse(rule).is_true(answers, current) is expected
