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
    *"\u3164\u115f\u1160\uffa0\u2800\u17b4\u17b5\u034f",  # fillers and blanks
    *"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c",
}


def checked_name(name: str, field: str = "--person") -> str:
    """The name in NFKC, refused when it holds characters that show as nothing."""
    text = unicodedata.normalize("NFKC", name).strip()
    if "  " in text:
        raise AuditorError("the name holds two spaces in a row: refused", field=field)
    for ch in text:
        category = unicodedata.category(ch)
        blank = ch in INVISIBLE or category in ("Cf", "Cc", "Cs", "Co", "Cn", "Zl", "Zp")
        if (
            blank
            or (category == "Zs" and ch != " ")
            or (
                category in ("Mn", "Me")
                and not (
                    unicodedata.combining(ch) and unicodedata.name(ch, "").startswith("HEBREW")
                )
            )
        ):
            raise AuditorError(
                "the name holds an invisible character (U+{code:04X}, {character}): refused",
                code=ord(ch),
                character=unicodedata.name(ch, "a control character"),
                field=field,
            )
    if not text:
        raise AuditorError("a name is needed", field=field)
    return text


@lru_cache(maxsize=4096)
def _prototype(ch: str) -> str:
    """One standard form for a character and everything confusable with it: the least ASCII
    character among its look-alikes and theirs (I, l, 1 and | all become 1)."""
    if ch == " ":
        return ch
    from confusable_homoglyphs import confusables

    def ascii_alikes(c: str) -> set[str]:
        found = confusables.is_confusable(c, greedy=True, preferred_aliases=[])
        if not found:
            return set()
        return {str(g["c"]) for g in found[0]["homoglyphs"]
                if len(str(g["c"])) == 1 and str(g["c"]).isascii()}  # fmt: skip

    seen = {ch} | ascii_alikes(ch)
    for other in list(seen):
        seen |= ascii_alikes(other)
    candidates = sorted(c for c in seen if c.isascii() and c.isprintable())
    return candidates[0] if candidates else ch


def _mapped(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFD", "".join(_prototype(ch) for ch in text))


def skeletons(name: str) -> tuple[str, str]:
    """UTS #39's skeleton, close enough for names, taken twice: case folded before the
    characters are mapped (Anna, ANNA) and after (KowaIska with a capital I, Kowalska)."""
    text = " ".join(unicodedata.normalize("NFKC", name).split())
    return _mapped(text.casefold()), _mapped(text).casefold()


def skeleton(name: str) -> str:
    return skeletons(name)[0]


def looks_like(name: str, other: str) -> bool:
    """Two different spellings a reader cannot tell apart."""
    a, b = unicodedata.normalize("NFKC", name), unicodedata.normalize("NFKC", other)
    if a == b:
        return False
    first, second = skeletons(a), skeletons(b)
    return first[0] == second[0] or first[1] == second[1]
