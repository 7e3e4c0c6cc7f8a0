"""Benchmark: the window's cold start on a database of ~10,000 audits, against a bare PySide6
process showing an empty QMainWindow, measured the same way in the same run.

- first paint: process start to the first paint event of the window (target: within 1.5x
  of the bare window's first paint), seen by an event filter on the window in both;
- listed: first paint to the audit table painted with its rows (all audits counted, the
  first rows read; target: within 0.5 s);
- ready: process start to the start-up's checks done (health check, built-in checklists,
  journals, daily backup; no target, reported).

Times are wall-clock marks (`time.time()`) taken in the child and compared with the parent's
mark just before it started the child.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.window_start [--audits 10000] [--runs 5]
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

MARKS = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

marks = {}


class Marks(QObject):
    # The window's first paint (a filter on the window alone, the same for both), then
    # every widget's paints until the audit table's viewport paints with its rows.

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if "paint" not in marks:
                marks["paint"] = time.time()
                QApplication.instance().installEventFilter(self)
            elif "listed" not in marks:
                table = obj.parent()
                if table is not None and table.objectName() == "auditTable":
                    if table.model().rowCount() > 0:
                        marks["listed"] = time.time()
        return False


watch = Marks()
"""

APP = (
    MARKS
    + """
from ui.app import ensure_application, start_window
app = ensure_application(icon=False)  # as run() does: the icon comes after the paint
window = start_window(PATH)  # shown; it paints when the event loop runs
window.installEventFilter(watch)


def ready():
    from PySide6.QtWidgets import QTableView

    marks["ready"] = time.time()
    table = window.findChild(QTableView, "auditTable")
    assert table is not None, "the window has no table named auditTable"
    marks["rows"] = table.model().rowCount()
    app.quit()


window.startup.done.connect(ready)
window.startup.failed.connect(lambda message: sys.exit(message))
app.exec()
print(json.dumps(marks))
"""
)

BARE = (
    MARKS
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.installEventFilter(watch)
window.show()
while "paint" not in marks:
    app.processEvents()
print(json.dumps(marks))
"""
)


def marks(code: str, home: Path) -> dict[str, float]:
    """Seconds from just before the child started to each of its marks."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return {k: (v - started if k != "rows" else v) for k, v in found.items()}


def median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="a small run: does it still run")
    args = parser.parse_args()
    if args.smoke:
        args.audits, args.runs = 300, 1
    from bench.dashboard import build

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        path = home / "audits.sqlite"
        started = time.perf_counter()
        build(path, args.audits).close()
        built = time.perf_counter() - started
        code = APP.replace("PATH", repr(str(path)))
        marks(code, home)  # today's backup taken, the files in the page cache
        app, bare = [], []
        for _ in range(args.runs):  # alternated, so both see the same machine
            app.append(marks(code, home))
            bare.append(marks(BARE, home))
    paint = median([m["paint"] for m in app])
    bare_paint = median([m["paint"] for m in bare])
    report = {
        "audits": int(app[0]["rows"]),
        "build_s": round(built, 1),
        "first_paint_median_s": paint,
        "bare_qt_first_paint_median_s": bare_paint,
        "first_paint_ratio": round(paint / bare_paint, 2),
        "listed_after_paint_median_s": median([m["listed"] - m["paint"] for m in app]),
        "ready_median_s": median([m["ready"] for m in app]),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
