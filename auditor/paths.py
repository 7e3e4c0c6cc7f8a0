"""Where things live by default; the only module that knows about platform directories."""

from __future__ import annotations

from pathlib import Path

from auditor import APP_NAME

DEFAULT_DB_NAME = "auditor.sqlite"


def user_data_dir() -> Path:
    import platformdirs  # when first asked: a window told which file to open never needs it

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return user_data_dir() / DEFAULT_DB_NAME


def builtin_dir() -> Path:
    return Path(__file__).resolve().parent / "builtin"


def resources_dir() -> Path:
    """Fonts, icons and translations; beside the package in a checkout and in the bundle."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
