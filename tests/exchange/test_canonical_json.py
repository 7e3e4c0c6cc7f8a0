"""Canonical JSON written by orjson is byte for byte what Python's json wrote.

Revision hashes are sha256 of these bytes, and databases and packages made before orjson
hold such hashes: if one number or character came out differently, an audit unchanged on
both sides would look changed on both (a false conflict). So for any document, the fast
path gives exactly `json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)`,
and reading gives what json.loads gives.
"""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.exchange.package_format import canonical, parse


def _python(doc: Any) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


finite = st.floats(allow_nan=False, allow_infinity=False)
texts = st.text(st.characters(exclude_categories=["Cs"]))  # no lone surrogates: not UTF-8
scalars = st.none() | st.booleans() | st.integers() | finite | texts
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(texts, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=600, deadline=None)
@given(documents)
def test_any_document_gives_the_bytes_python_json_gave(doc: Any) -> None:
    assert canonical(doc) == _python(doc)
    assert parse(canonical(doc)) == json.loads(_python(doc))


def test_the_numbers_and_characters_where_orjson_and_json_differ() -> None:
    awkward = [1e-05, -2.5e-7, 0.0001, 9.99e-5, 5e-324, 1e16, 1e22, -0.0, 1 / 3, 2**64, -(2**70)]
    text = "".join(map(chr, range(128))) + "\u2028\u2029é€😀שלום"
    doc = {"numbers": awkward, "text": text, "ž": 1, "Z": 2, "a": [{"b": None, "B": True}]}
    assert canonical(doc) == _python(doc)
    assert canonical({1: "key not text"}) == b'{"1":"key not text"}'
    assert canonical("a 0.00001 lookalike in text") == _python("a 0.00001 lookalike in text")


def test_reading_accepts_what_json_accepts() -> None:
    assert parse(b'{"a":[1,2.5,"\\u0161"]}') == {"a": [1, 2.5, "š"]}
    assert math.isnan(parse(b"NaN"))  # older packages could hold one: json reads it
    assert parse(b"123456789012345678901234567890") == 123456789012345678901234567890
    assert parse(b'"\\ud800"') == "\ud800"
