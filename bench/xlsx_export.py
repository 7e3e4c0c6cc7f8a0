"""Benchmark: the Excel export against bare openpyxl write-only writing the same Answers cells.

Runs at N and 10 x N audits of 60 answers (default 1,000 and 10,000: 60,000 and 600,000 rows)
and reports time ratios (untraced runs) and the app's peak Python memory (tracemalloc, a separate
run), which must stay flat as the row count grows tenfold. Target: at most 1.3x the bare writer.

    .venv/bin/python -m bench.xlsx_export [--audits 1000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from auditor.reports.answers import iter_answer_rows
from auditor.reports.tables import write_xlsx
from auditor.services.audits import AuditFilter
from auditor.store.db import open_database
from bench.recompute_scores import build


def _timed(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _peak_mb(fn: Any) -> float:
    """Peak Python memory of a separate run: tracemalloc slows allocation-heavy code several
    fold, so it never shares a run with the timing."""
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def run(audits: int, tmp: Path) -> dict[str, Any]:
    path = tmp / f"bench-{audits}.sqlite"
    build(path, audits)
    db = open_database(path)
    with db.session() as s:
        rows = list(iter_answer_rows(s, AuditFilter()))

    def bare() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Answers")
        for row in rows:
            ws.append([v.replace(tzinfo=None) if hasattr(v, "tzinfo") else v for v in row])
        wb.save(tmp / "bare.xlsx")

    def app() -> None:
        with db.session() as s:
            write_xlsx(s, tmp / "app.xlsx", AuditFilter())

    bare_s, app_s = _timed(bare), _timed(app)
    app_mb = _peak_mb(app)
    db.close()
    return {"answer_rows": len(rows), "bare_s": round(bare_s, 2), "app_s": round(app_s, 2),
            "ratio": round(app_s / bare_s, 2), "app_peak_mb": round(app_mb, 1)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=1000)
    parser.add_argument("--smoke", action="store_true", help="a tiny size: does it still run")
    args = parser.parse_args()
    if args.smoke:
        args.audits = 10
    with tempfile.TemporaryDirectory() as tmp:
        small = run(args.audits, Path(tmp))
        large = run(args.audits * 10, Path(tmp))
    print(json.dumps({"small": small, "large": large}))


if __name__ == "__main__":
    main()
