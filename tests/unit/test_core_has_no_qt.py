"""The core must run headless: importing every `auditor` module loads no Qt."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import auditor
names = [m.name for m in pkgutil.walk_packages(auditor.__path__, 'auditor.')
         if '.migrations' not in m.name]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))
print(len(names))
print(','.join(qt))
"""


def test_importing_every_auditor_module_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    count, qt = result.stdout.split("\n")[:2]
    assert int(count) >= 10
    assert qt == ""
