"""Labels stored in several languages ({"en": ..., "he": ...}) and how to pick one."""

from __future__ import annotations

LANGUAGES = ("en", "pl", "sl", "bg", "he")
# each language by its own name, as a language chooser lists it
LANGUAGE_NAMES = {
    "en": "English",
    "pl": "Polski",
    "sl": "Slovenščina",
    "bg": "Български",
    "he": "עברית",
}
RTL_LANGUAGES = frozenset({"he", "ar", "fa", "yi"})


def pick_label(labels: dict[str, str], language: str, fallback: str = "en") -> str:
    """The label in the wanted language, else the fallback, else any label there is."""
    if labels.get(language):
        return labels[language]
    if labels.get(fallback):
        return labels[fallback]
    return next((v for v in labels.values() if v), "")
