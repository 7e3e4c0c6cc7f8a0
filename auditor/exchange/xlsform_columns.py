"""What reading and writing XLSForms share: language names and codes, our own columns'
value forms (targets, yes/no words), plain numbers."""

from __future__ import annotations

import re
from typing import Any

from auditor.exchange.language_names import NAMES, normalised

LANGUAGE_NAMES = {
    "english": "en",
    "polish": "pl",
    "polski": "pl",
    "slovenian": "sl",
    "slovene": "sl",
    "slovenščina": "sl",
    "bulgarian": "bg",
    "български": "bg",
    "hebrew": "he",
    "עברית": "he",
    "french": "fr",
    "german": "de",
    "spanish": "es",
    "portuguese": "pt",
    "arabic": "ar",
    "swahili": "sw",
    "russian": "ru",
    "ukrainian": "uk",
    "croatian": "hr",
    "serbian": "sr",
    "czech": "cs",
    "slovak": "sk",
    "hungarian": "hu",
    "italian": "it",
    "romanian": "ro",
}
CODE_NAMES = {
    "en": "English",
    "pl": "Polish",
    "sl": "Slovenian",
    "bg": "Bulgarian",
    "he": "Hebrew",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "ar": "Arabic",
    "ru": "Russian",
}

TRUE_WORDS = {"yes", "true", "true()", "yes()", "1", "y"}
FALSE_WORDS = {"no", "false", "false()", "0", "n", ""}
TARGET = re.compile(
    r"^\s*(?P<op><=|>=)\s*(?P<full>-?\d+(?:\.\d+)?)\s*(?:\.\.\s*(?P<zero>-?\d+(?:\.\d+)?))?"
    r"\s*(?P<unit>[^\d\s].*)?$"
)


def language_code(spec: str) -> str:
    """'English (en)', 'English(EN)' -> 'en'; 'Polish', 'polski' -> 'pl'; 'he' -> 'he';
    a language by its own name ('العربية' -> 'ar', 'Francais' -> 'fr') or its English one
    ('Swahili' -> 'sw'); what names no language is kept as a code-like word."""
    spec = spec.strip()
    match = re.search(r"\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\)\s*$", spec)
    if match:
        return match.group(1).lower().replace("_", "-")
    if re.fullmatch(r"[A-Za-z]{2,3}", spec):
        return spec.lower()
    if spec.casefold() in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[spec.casefold()]
    known = NAMES.get(normalised(spec))
    if known:
        return known
    return re.sub(r"\W+", "_", spec.casefold()).strip("_") or "und"


def language_header(code: str) -> str:
    return f"{CODE_NAMES.get(code, code)} ({code})"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
