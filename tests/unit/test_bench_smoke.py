"""Benchmarks run at their `--smoke` size, so a benchmark that breaks fails the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _smoke(module: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", module, "--smoke"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_writers_benchmark_runs_and_every_save_lands() -> None:
    report = json.loads(_smoke("bench.writers"))
    for writers in (1, 4):
        figures = report[f"{writers}_writers"]
        assert figures["app"]["saves"] == figures["raw_sqlite3"]["saves"] == writers * 10
        assert figures["ratio_raw_over_app"] > 0


@pytest.mark.parametrize(
    ("module", "says"),
    [
        ("bench.recompute_scores", '"ratio"'),
        ("bench.xlsx_export", '"ratio"'),
        ("bench.capture", "keypress to committed answer"),
        ("bench.pdf_batch", "ratio per PDF"),
        ("bench.window_start", '"first_paint_ratio"'),
        ("bench.dashboard", '"redraw_vs_sql"'),
        ("bench.package", '"import_ratio"'),
        pytest.param("bench.server", '"p95_ms"', marks=pytest.mark.postgres),
    ],
)
def test_every_benchmark_runs_at_its_smoke_size(module: str, says: str) -> None:
    assert says in _smoke(module)
