"""Benchmark: cold start of the main window on the demo database (process start to a shown,
filled Audits table), against a bare PySide6 process showing an empty QMainWindow.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.window_start [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = """
from PySide6.QtWidgets import QApplication
from ui.app import ensure_application, open_startup_database
from ui.main_window import MainWindow
app = ensure_application()
window = MainWindow(open_startup_database({path!r}))
window.show()
app.processEvents()
from PySide6.QtWidgets import QTableView
table = window.findChild(QTableView, "auditTable")
assert table is not None, "the window has no table named auditTable"
rows = table.model().rowCount()
assert rows > 1000, rows
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""


def timed(code: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="one run: does it still run")
    args = parser.parse_args()
    if args.smoke:
        args.runs = 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "auditor", "init", "--demo", "--db", str(path)],
            check=True,
            capture_output=True,
        )
        demo = time.perf_counter() - started
        app = [timed(APP.format(path=str(path))) for _ in range(args.runs)]
        bare = [timed(BARE) for _ in range(args.runs)]
    report = {
        "init_demo_s": round(demo, 2),
        "window_cold_start_median_s": round(statistics.median(app), 3),
        "bare_qt_window_median_s": round(statistics.median(bare), 3),
        "ratio": round(statistics.median(app) / statistics.median(bare), 2),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
