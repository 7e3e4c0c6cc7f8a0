"""The standards PDF names each weak standard's target in the report's language (issue 30
item 2), not the English text the target used to be."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from auditor.cli import main
from auditor.paths import builtin_dir


def test_the_standards_report_prints_targets_in_polish(demo_db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "standards-pl.pdf"
    args = ["report", "standards", "--db", str(demo_db_file), "--out", str(out), "--lang", "pl"]
    assert main([*args, "--template", "mystery-shopper-branch"]) == 0
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages
    )
    shipped = json.loads((builtin_dir() / "standards.json").read_text("utf-8"))["standards"]
    in_report = [s for s in shipped if s["target"] and f"{s['code']}: {s['title']['pl']}" in text]
    assert in_report  # the demo has weak standards with a target
    for std in in_report:
        assert std["target"]["pl"] in text, std["code"]
        assert std["target"]["en"] not in text, std["code"]
