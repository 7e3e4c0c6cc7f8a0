"""Each language writes a date, a number and a percentage its own way (CLDR through Babel):
what reports and the command line show."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.locale_formats import (
    date_text,
    number_text,
    percent_affixes,
    percent_text,
    points_text,
    user_language,
)

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("lang", "day", "number", "percent"),
    [
        ("en", "Nov 5, 2026", "1,234.5", "96.2%"),
        ("pl", "5 lis 2026", f"1{NBSP}234,5", "96,2%"),
        ("sl", "5. nov. 2026", "1.234,5", f"96,2{NBSP}%"),
        ("bg", f"5.11.2026{NNBSP}г.", f"1{NBSP}234,5", "96,2%"),
        ("he", "5 בנוב׳ 2026", "1,234.5", "96.2%"),
    ],
)
def test_each_language_writes_dates_numbers_and_percentages_its_way(
    lang: str, day: str, number: str, percent: str
) -> None:
    assert date_text(date(2026, 11, 5), lang) == day
    assert number_text(1234.5, lang) == number
    assert percent_text(96.2, lang) == percent
    assert percent_affixes(lang)[1] == percent.removeprefix("96,2").removeprefix("96.2")


def test_points_keep_only_the_decimals_they_need() -> None:
    assert points_text(1.5, "pl") == "1,5" and points_text(2.0, "sl") == "2"
    assert points_text(5 / 6, "bg") == "0,83" and points_text(0.5, "en") == "0.5"


def test_an_unknown_language_falls_back_to_english() -> None:
    assert percent_text(50, "xx") == "50.0%" and number_text(0.5, "", 2) == "0.50"


def test_the_command_line_speaks_the_users_locale() -> None:
    assert user_language({"LANG": "pl_PL.UTF-8"}) == "pl"
    assert user_language({"LC_ALL": "sl_SI.UTF-8", "LANG": "en_US.UTF-8"}) == "sl"
    assert (
        user_language({"LANG": "bg_BG"}) == "bg" and user_language({"LANG": "he_IL.UTF-8"}) == "he"
    )
    assert user_language({"LANG": "fr_FR.UTF-8"}) == "en" and user_language({}) == "en"
    assert user_language({"LANG": "C.UTF-8"}) == "en"


PL_MONTHS = r"\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)"


@pytest.mark.parametrize(
    ("locale", "date_pattern", "status", "score_pattern"),
    [
        ("pl_PL.UTF-8", PL_MONTHS + r" \d{4} \d{2}:\d{2}", "zaakceptowany", r"\d+,\d%"),
        ("sl_SI.UTF-8", r"\d{1,2}\. \w+\. \d{4} \d{2}:\d{2}", "sprejeto", "\\d+,\\d\u00a0%"),
        ("C", r"[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}\s[AP]M", "accepted", r"\d+\.\d%"),
    ],
)  # fmt: skip
def test_audit_list_text_in_the_locale_and_json_in_iso(
    demo_db_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    locale: str,
    date_pattern: str,
    status: str,
    score_pattern: str,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", locale)
    assert main(["audit", "list", "--db", str(demo_db_file), "--status", "accepted"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert re.match(date_pattern + "  " + status + r"\s+" + score_pattern, first), first
    assert main(["audit", "list", "--db", str(demo_db_file), "--json", "--status", "accepted"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}.*", row["visited_at"])
