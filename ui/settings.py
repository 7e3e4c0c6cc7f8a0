"""Every user setting in one place, typed, over QSettings (no string keys in widgets)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSettings

from auditor.labels import LANGUAGES, pick_label
from auditor.paths import builtin_dir

if TYPE_CHECKING:
    from auditor.reports.pdf_base import ReportOptions

MAX_RECENT = 8
ROLES = ("shopper", "reviewer", "manager")  # what the welcome asks
# the grades a new checklist starts with unless the user chose others: the built-in mystery
# shopping checklist's, named in every language the app speaks
GRADES_CHECKLIST = "mystery_shopper_branch.json"
# what earlier versions offered (in English whatever the language): still the default
OLD_DEFAULT_GRADES = "0 Below standard; 70 Quality service; 85 Professional service; 95 Excellent"


@cache
def builtin_grade_bands() -> tuple[tuple[float, tuple[tuple[str, str], ...]], ...]:
    """(from percent, ((language, name), ...)) of the built-in grades, lowest first."""
    doc = json.loads((builtin_dir() / "checklists" / GRADES_CHECKLIST).read_text("utf-8"))
    return tuple(
        (float(b["min"]), tuple(b["label"].items()))
        for b in sorted(doc["grade_bands"], key=lambda b: float(b["min"]))
    )


def default_grades_text(language: str) -> str:
    """The built-in grades as the Settings page writes them, named in `language`."""
    return "; ".join(
        f"{low:g} {pick_label(dict(names), language)}" for low, names in builtin_grade_bands()
    )


def parse_grades(text: str) -> list[tuple[float, str]]:
    """'0 Below standard; 70 Good' as (from percent, name) pairs, lowest first; ValueError
    names the part that is not "PERCENT NAME" with a percent from 0 to 100."""
    bands = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        low, _, name = part.partition(" ")
        try:
            value = float(low.replace(",", "."))
        except ValueError:
            raise ValueError(part) from None
        if not 0 <= value <= 100 or not name.strip():
            raise ValueError(part)
        bands.append((value, name.strip()))
    return sorted(bands)


class Settings:
    def __init__(self) -> None:
        self._qs = QSettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    @property
    def recent_databases(self) -> list[str]:
        value = self._qs.value("database/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []

    def remember_database(self, label: str) -> None:
        recent = [label, *(r for r in self.recent_databases if r != label)][:MAX_RECENT]
        self._qs.setValue("database/recent", recent)
        self._qs.sync()

    def forget_database(self, label: str) -> None:
        self._qs.setValue("database/recent", [r for r in self.recent_databases if r != label])

    @property
    def language(self) -> str:
        """Interface language code; empty means the system's."""
        return self._str("ui/language")

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    def interface_language(self) -> str:
        """The language the interface speaks and shows checklists in: the chosen one, else the
        system's when the app knows it, else English."""
        code = self.language or QLocale.system().name().split("_")[0]
        return code if code in LANGUAGES else "en"

    @property
    def counted_audits(self) -> str:
        """Which audits scores and reports count: finished (submitted and accepted) or
        accepted only; drafts and returned audits never count."""
        value = self._str("analytics/count", "finished")
        return value if value in ("finished", "accepted") else "finished"

    @counted_audits.setter
    def counted_audits(self, value: str) -> None:
        self._qs.setValue("analytics/count", value)

    @property
    def organisation_name(self) -> str:
        return self._str("reports/organisation_name")

    @organisation_name.setter
    def organisation_name(self, name: str) -> None:
        self._qs.setValue("reports/organisation_name", name)

    @property
    def logo_path(self) -> str:
        return self._str("reports/logo_path")

    @logo_path.setter
    def logo_path(self, path: str) -> None:
        self._qs.setValue("reports/logo_path", path)

    @property
    def shopper_name(self) -> str:
        """Who fills audits on this laptop (offered when an audit starts)."""
        return self._str("capture/shopper_name")

    @shopper_name.setter
    def shopper_name(self, name: str) -> None:
        self._qs.setValue("capture/shopper_name", name)

    @property
    def sync_server(self) -> str:
        """The team server this laptop syncs with, as a URL without its password."""
        return self._str("sync/server")

    @sync_server.setter
    def sync_server(self, url: str) -> None:
        self._qs.setValue("sync/server", url)

    @property
    def reviewer_name(self) -> str:
        return self._str("review/reviewer_name")

    @reviewer_name.setter
    def reviewer_name(self, name: str) -> None:
        self._qs.setValue("review/reviewer_name", name)

    @property
    def role(self) -> str:
        """What this laptop is used for, as the welcome asked: shopper, reviewer or manager
        ("" before anyone said: everything is offered, as to a manager). It shapes what the
        window offers; what each may do is the workflow's (auditor/store/workflow.py)."""
        value = self._str("general/role")
        return value if value in ROLES else ""

    @role.setter
    def role(self, value: str) -> None:
        self._qs.setValue("general/role", value if value in ROLES else "")

    @property
    def default_database(self) -> str:
        """The database the app opens at start when none is named (empty: the user data
        folder's auditor.sqlite)."""
        return self._str("database/default")

    @default_database.setter
    def default_database(self, target: str) -> None:
        self._qs.setValue("database/default", target)

    @property
    def backup_folder(self) -> Path | None:
        """Where automatic and manual backups go (None: the user data folder's backups)."""
        value = self._str("database/backup_folder")
        return Path(value) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: str) -> None:
        self._qs.setValue("database/backup_folder", folder)

    @property
    def default_pass_line(self) -> float:
        """The pass line (percent) a new checklist starts with."""
        try:
            return float(self._str("checklists/pass_line", "80"))
        except ValueError:
            return 80.0

    @default_pass_line.setter
    def default_pass_line(self, value: float) -> None:
        self._qs.setValue("checklists/pass_line", f"{value:g}")

    def _chosen_grades(self) -> str:
        """The grades the user wrote, or "" while the built-in ones stand."""
        text = self._str("checklists/grades").strip()
        defaults = {OLD_DEFAULT_GRADES, *(default_grades_text(code) for code in LANGUAGES)}
        return "" if text in defaults else text

    @property
    def default_grades(self) -> str:
        """The grade bands a new checklist starts with: "0 Below standard; 70 Good; …", the
        built-in ones named in the interface language unless the user wrote others."""
        return self._chosen_grades() or default_grades_text(self.interface_language())

    @default_grades.setter
    def default_grades(self, text: str) -> None:
        """Saving the built-in grades as shown keeps them following the language."""
        defaults = {OLD_DEFAULT_GRADES, *(default_grades_text(code) for code in LANGUAGES)}
        if text.strip() in defaults:
            self._qs.remove("checklists/grades")
        else:
            self._qs.setValue("checklists/grades", text)

    def default_grade_bands(self) -> list[dict[str, Any]]:
        """The grade bands of a new checklist: the built-in ones with their names in every
        language, or those the user wrote (named in the interface language)."""
        chosen = self._chosen_grades()
        if not chosen:
            return [{"min": low, "label": dict(names)} for low, names in builtin_grade_bands()]
        try:
            return [{"min": low, "label": {self.interface_language(): name}}
                    for low, name in parse_grades(chosen)]  # fmt: skip
        except ValueError:
            return []

    def report_options(self, language: str | None = None) -> ReportOptions:
        """PDF options from the settings: organisation name, logo and the report language."""
        from auditor.reports.pdf_base import ReportOptions  # ReportLab loads only when used

        return ReportOptions(
            lang=language or self.interface_language(),
            organisation=self.organisation_name,
            logo=Path(self.logo_path) if self.logo_path else None,
        )
