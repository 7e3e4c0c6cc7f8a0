"""People's names as keys are enrolled under them: one spelling, no look-alikes.

A name is compared after NFKC by its confusable skeleton (UTS #39, through the Unicode
confusables data that `confusable-homoglyphs` ships): a Cyrillic "а" does not pass for a Latin
"a". Zero-width and bidirectional control characters, which display as nothing, are refused
outright: "Anna\u200bKowalska" looks exactly like the real name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from auditor.errors import AuditorError

# format characters that change no glyph: zero-width spaces and joiners, bidi controls
INVISIBLE = {
    *"\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e",
    *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c",
}


def checked_name(name: str, field: str = "--person") -> str:
    """The name in NFKC, refused when it holds characters that show as nothing."""
    text = unicodedata.normalize("NFKC", name).strip()
    for ch in text:
        if ch in INVISIBLE or unicodedata.category(ch) in ("Cf", "Cc"):
            raise AuditorError(
                f"the name holds an invisible character (U+{ord(ch):04X}, "
                f"{unicodedata.name(ch, 'a control character')}): refused",
                field=field,
            )
    if not text:
        raise AuditorError("a name is needed", field=field)
    return text


@lru_cache(maxsize=4096)
def _prototype(ch: str) -> str:
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(ch, greedy=True, preferred_aliases=["latin", "common"])
    if not found:
        return ch
    for glyph in found[0]["homoglyphs"]:
        proto = str(glyph["c"])
        if proto.isascii():
            return proto
    return ch


def skeleton(name: str) -> str:
    """UTS #39's skeleton, close enough for names: NFD, each character to its Latin
    prototype when it has a confusable one, NFD again, compared without case."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", name))
    mapped = "".join(_prototype(ch) for ch in text)
    return unicodedata.normalize("NFD", mapped).casefold()


def looks_like(name: str, other: str) -> bool:
    """Two different spellings a reader cannot tell apart."""
    a, b = unicodedata.normalize("NFKC", name), unicodedata.normalize("NFKC", other)
    return a != b and skeleton(a) == skeleton(b)
