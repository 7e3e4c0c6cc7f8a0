"""Labels stored in several languages ({"en": ..., "he": ...}) and how to pick one."""

from __future__ import annotations

LANGUAGES = ("en", "pl", "sl", "bg", "he")
RTL_LANGUAGES = frozenset({"he", "ar", "fa", "yi"})


def pick_label(labels: dict[str, str], language: str, fallback: str = "en") -> str:
    """The label in the wanted language, else the fallback, else any label there is."""
    if labels.get(language):
        return labels[language]
    if labels.get(fallback):
        return labels[fallback]
    return next((v for v in labels.values() if v), "")
