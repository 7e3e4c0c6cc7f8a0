"""An import's warnings reach the user in the user's language: each is a template with named
values and a where-part (file, sheet, row) translated like a core error's, printed by the
command line through the gettext catalogue the locale names; `str()` stays the English text."""

from __future__ import annotations

import gettext
import os
import subprocess
import sys
from pathlib import Path

from auditor.exchange.xlsform_read import read_xlsform

ROOT = Path(__file__).resolve().parents[2]
FORM = ROOT / "tests" / "data" / "xlsform" / "repeat_staff.xlsx"
ENGLISH = "repeat 'staff' becomes a section answered once"


def _run(*argv: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update({"LANG": lang, "PYTHONIOENCODING": "utf-8"})
    return subprocess.run(
        [sys.executable, "-m", "auditor", *argv],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip


def _imported(tmp_path: Path, lang: str) -> str:
    """The warning lines the command line prints importing FORM under `lang`."""
    db = str(tmp_path / f"{lang[:2]}.sqlite")
    assert _run("init", "--db", db, lang=lang).returncode == 0
    done = _run("template", "import", str(FORM), "--db", db, lang=lang)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if str(FORM) in line]
    assert len(lines) == 1, done.stderr
    return lines[0]


class _Catalogue(gettext.NullTranslations):
    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self.messages = messages

    def gettext(self, message: str) -> str:
        return self.messages.get(message, message)


def test_a_warning_is_a_template_rendered_in_the_catalogues_language() -> None:
    _doc, warnings, _locate = read_xlsform(FORM)
    [warning] = warnings
    assert str(warning) == f"{FORM}, sheet survey, row 3: {ENGLISH}"
    polish = _Catalogue({
        "repeat '{name}' becomes a section answered once":
            "powtórzenie '{name}' staje się sekcją wypełnianą raz",
        "sheet {sheet}": "arkusz {sheet}",
        "row {row}": "wiersz {row}",
    })  # fmt: skip
    assert warning.render(polish.gettext) == (
        f"{FORM}, arkusz survey, wiersz 3: powtórzenie 'staff' staje się sekcją wypełnianą raz"
    )


def test_the_command_line_prints_the_warning_in_english(tmp_path: Path) -> None:
    line = _imported(tmp_path, "en_GB.UTF-8")
    assert line == f"warning: {FORM}, sheet survey, row 3: {ENGLISH}"


def test_the_command_line_prints_the_warning_in_polish(tmp_path: Path) -> None:
    """Needs the Polish catalogue to hold the warning's template (merged from /work/tr)."""
    line = _imported(tmp_path, "pl_PL.UTF-8")
    assert line.startswith(f"ostrzeżenie: {FORM}, arkusz survey, wiersz 3: "), line
    assert ENGLISH not in line and "'staff'" in line, line
