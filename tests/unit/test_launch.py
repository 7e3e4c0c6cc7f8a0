"""The `service-auditor` command: the window without a command, the command line otherwise,
and the window's way in imports neither the command line nor a database library."""

from __future__ import annotations

import subprocess
import sys

import pytest

from auditor.launch import NOT_THE_WINDOW, window_target


@pytest.mark.parametrize(
    ("args", "target"),
    [
        ([], None),
        (["--db", "audits.sqlite"], "audits.sqlite"),
        (["--db=postgresql://ana@server/audits"], "postgresql://ana@server/audits"),
        (["audit", "list"], NOT_THE_WINDOW),
        (["--db", "a.sqlite", "audit", "list"], NOT_THE_WINDOW),
        (["--version"], NOT_THE_WINDOW),
        (["--db"], NOT_THE_WINDOW),
        (["--db="], NOT_THE_WINDOW),
        (["--db", "--version"], NOT_THE_WINDOW),
    ],
)
def test_which_runs_the_window(args: list[str], target: object) -> None:
    assert window_target(args) == target


def test_commands_still_run_through_the_launcher(tmp_path: object) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.startswith("service-auditor ")
    bad = subprocess.run(
        [sys.executable, "-m", "auditor", "audit", "list", "--status", "lost"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "invalid choice: 'lost'" in bad.stderr


def test_the_launcher_loads_nothing_heavy_before_the_window() -> None:
    code = (
        "import sys, auditor.launch\n"
        "heavy = ('sqlalchemy', 'auditor.cli', 'argparse', 'PySide6')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == ""
