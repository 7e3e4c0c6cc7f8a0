"""The command line as a script would use it: init, demo, list, errors and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from auditor.cli import main
from auditor.store.db import open_database
from auditor.store.models import Answer, Audit, Diary, Location, Organisation, Person, PersonRole

HEBREW = set(range(0x0590, 0x0600))
CYRILLIC = set(range(0x0400, 0x0500))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_database_is_realistic(demo_db_file: Path) -> None:
    db = open_database(demo_db_file)
    with db.session() as s:
        assert s.scalar(select(func.count(Organisation.id))) >= 3
        assert s.scalar(select(func.count(Location.id))) >= 20
        assert len(set(s.scalars(select(Location.city)))) >= 5
        shoppers = s.scalars(select(Person).where(Person.role == PersonRole.SHOPPER)).all()
        assert len(shoppers) >= 5
        starts = s.scalars(select(Audit.visit_start)).all()
        assert len(starts) >= 1000
        months = {(d.year, d.month) for d in starts}
        assert len(months) >= 12
        diaries = s.scalars(select(Diary)).all()
        assert len(diaries) == 3
        assert all((d.period_end - d.period_start).days == 13 and d.events for d in diaries)
        comments = [c for c in s.scalars(select(Answer.comment)) if c]
        texts = comments + [v for v in s.scalars(select(Answer.value)) if isinstance(v, str)]
        joined = "".join(texts)
        assert any(ord(ch) in HEBREW for ch in joined)
        assert any(ord(ch) in CYRILLIC for ch in joined)
        assert "ł" in joined or "ż" in joined  # Polish
        assert "č" in joined or "ž" in joined  # Slovenian
        assert any(t.isascii() and len(t) > 20 for t in texts)  # English
    db.close()


def test_demo_locations_differ_in_trend(demo_db_file: Path) -> None:
    """Some locations improve, some keep failing one standard: the data is not uniform noise."""
    db = open_database(demo_db_file)
    with db.session() as s:
        rows = s.execute(
            select(Location.name, Answer.value, Audit.visit_start)
            .join(Audit, Audit.location_id == Location.id)
            .join(Answer, Answer.audit_id == Audit.id)
            .where(Answer.value.is_not(None))
        ).all()
    db.close()
    failures: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for name, value, _ in rows:
        if isinstance(value, bool):
            totals[name] += 1
            failures[name] += not value
    rates = sorted(failures[n] / totals[n] for n in totals)
    assert rates[-1] - rates[0] > 0.15


def test_init_and_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.sqlite"
    code, out, _ = _run(capsys, "init", "--db", str(db))
    assert code == 0 and "Database ready" in out
    code, out, _ = _run(capsys, "audit", "list", "--db", str(db), "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = _run(capsys, "template", "list", "--db", str(db), "--json")
    templates = {t["name"]: t for t in json.loads(out)}
    branch = templates["mystery-shopper-branch"]
    assert set(branch) >= {"name", "version", "title", "sections", "questions", "languages"}
    assert set(branch["languages"]) >= {"en", "pl", "sl", "bg", "he"}


def test_audit_list_json_and_filters(
    demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, db)
    code, out, _ = _run(capsys, "audit", "list", "--db", str(db), "--json")
    assert code == 0
    audits = json.loads(out)
    assert len(audits) >= 1000
    first = audits[0]
    assert set(first) >= {"id", "template", "location", "shopper", "visited_at", "status"}
    assert datetime.fromisoformat(first["visited_at"]).tzinfo is not None
    location = "סניף תל אביב דיזנגוף"
    code, out, _ = _run(
        capsys,
        "--db",
        str(db),
        "audit",
        "list",
        "--json",
        "--location",
        location,
        "--from",
        "2000-01-01",
    )
    filtered = json.loads(out)
    assert filtered and {a["location"] for a in filtered} == {location}
    assert len(filtered) == sum(a["location"] == location for a in audits)
    code, out, _ = _run(capsys, "audit", "list", "--db", str(db), "--json", "--audit", first["id"])
    assert [a["id"] for a in json.loads(out)] == [first["id"]]


def test_errors_exit_1_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    code, out, err = _run(capsys, "audit", "list", "--db", str(junk))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and str(junk) in err
    assert _run(capsys, "init", "--db", str(tmp_path / "x.sqlite"))[0] == 0
    code, _, err = _run(
        capsys, "audit", "list", "--db", str(tmp_path / "x.sqlite"), "--audit", "not-a-uuid"
    )
    assert code == 1 and "not-a-uuid" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "command",
    [
        ["audit", "list"],
        ["score", "--by", "location"],
        ["report", "summary", "--out", "OUT/summary.pdf"],
        ["template", "list"],
        ["template", "export", "hotel-stay", "--out", "OUT/hotel.json"],
        ["template", "import", "OUT/any.json"],
        ["rescore"],
    ],
)
def test_commands_never_create_a_database(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped --db says so and leaves no file and no folder behind; only init creates."""
    missing = tmp_path / "typo" / "auditr.sqlite"
    args = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    code, out, err = _run(capsys, *args, "--db", str(missing))
    assert code == 1 and out == ""
    assert err.strip() == (
        f"service-auditor: error: no database at {missing} (create one with `service-auditor init`)"
    )
    assert not missing.exists() and not missing.parent.exists()
    assert not (tmp_path / "out").exists()


def test_demo_refuses_a_database_with_audits(
    demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, db)
    code, _, err = _run(capsys, "init", "--db", str(db), "--demo")
    assert code == 1 and "already holds audits" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["audit", "list", "--from", "yesterday"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_console_script_and_module_agree(tmp_path: Path) -> None:
    db = tmp_path / "sub.sqlite"
    script = Path(sys.executable).parent / "service-auditor"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    init = subprocess.run(
        [str(script), "init", "--db", str(db)], capture_output=True, text=True, env=env, check=False
    )
    assert init.returncode == 0, init.stderr
    via_module = subprocess.run(
        [sys.executable, "-m", "auditor", "template", "list", "--json", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert via_module.returncode == 0, via_module.stderr
    assert "mystery-shopper-branch" in {t["name"] for t in json.loads(via_module.stdout)}


def test_the_command_line_speaks_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Messages, statuses and plural forms from the catalogue the locale names; English when
    the locale is not one of ours."""
    from auditor.cli_text import n_

    db = str(tmp_path / "pl.sqlite")
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["init", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("Baza danych gotowa: ")
    assert [n_("{count} audit", "{count} audits", n) for n in (1, 3, 5, 22)] == [
        "1 audyt", "3 audyty", "5 audytów", "22 audyty"
    ]  # fmt: skip
    assert main(["audit", "list", "--db", db, "--status", "draft"]) == 0
    assert main(["score", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "service-auditor: błąd: score: podaj jedno z --audit ID" in err
    monkeypatch.setenv("LANG", "sl_SI.UTF-8")
    assert [n_("{count} audit", "{count} audits", n) for n in (1, 2, 3, 5, 101)] == [
        "1 presoja", "2 presoji", "3 presoje", "5 presoj", "101 presoja"
    ]  # fmt: skip
    monkeypatch.setenv("LANG", "bg_BG.UTF-8")
    assert main(["template", "list", "--db", db]) == 0
    assert "въпроса" in capsys.readouterr().out
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["init", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("Database ready: ")
