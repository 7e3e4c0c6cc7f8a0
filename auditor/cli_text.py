"""The command line's own messages in the user's language: gettext catalogues under
resources/locale (the .po files are the sources, compiled to .mo by the set-up), chosen by the
locale (LC_ALL, LC_MESSAGES, LANG) as `locale_formats.user_language` reads it.

Messages name their values ({count}, {path}) so a translation may put them in its own order.
"""

from __future__ import annotations

import gettext
from functools import cache

from auditor.errors import AuditorError, Phrase
from auditor.locale_formats import number_text, user_language
from auditor.paths import resources_dir

DOMAIN = "service-auditor"


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        DOMAIN, resources_dir() / "locale", languages=[language], fallback=True
    )


def _(message: str, /, **values: object) -> str:
    """`message` in the user's language, its {names} filled in."""
    text = catalogue(user_language()).gettext(message)
    return text.format(**values) if values else text


def n_(singular: str, plural: str, count: int, /, **values: object) -> str:
    """The form of `singular`/`plural` the language uses for `count` (Polish, Slovenian and
    Bulgarian have their own rules); {count} is filled in too."""
    text = catalogue(user_language()).ngettext(singular, plural, count)
    return text.format(count=count, **values)


def error_text(error: AuditorError) -> str:
    """A core error in the user's language (its template and where-parts translated)."""
    return error.translated(catalogue(user_language()).gettext)


def phrase_text(phrase: Phrase | str) -> str:
    """A core message without an error (an import's warning) in the user's language."""
    if isinstance(phrase, Phrase):
        return phrase.render(catalogue(user_language()).gettext)
    return phrase


def seconds(value: float) -> str:
    """Elapsed time as the user's locale writes a number (1.5 s, 1,5 s)."""
    return number_text(value, user_language(), 1)
