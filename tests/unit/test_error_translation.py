"""A core error reaches a Polish user in Polish: the command line run as a program under
LANG=pl_PL.UTF-8 prints the refusals of the core through the compiled gettext catalogue
(resources/locale), where-parts included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli_text import catalogue
from auditor.errors import AuditorError, NotFound

ROOT = Path(__file__).resolve().parents[2]
MISSING = "00000000-0000-4000-8000-000000000001"


def _run(*argv: str, lang: str = "pl_PL.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update({"LANG": lang, "PYTHONIOENCODING": "utf-8"})
    return subprocess.run(
        [sys.executable, "-m", "auditor", *argv],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("pl") / "pl.sqlite")
    done = _run("init", "--db", db)
    assert done.returncode == 0, done.stderr
    return db


def test_a_bad_composite_is_refused_in_polish(database: str) -> None:
    done = _run("score", "--db", database, "--by", "location", "--composite", "branch")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "service-auditor: błąd: pole --composite: 'branch' nie ma postaci LISTA=WAGA "
        "(np. mystery-shopper-branch=0.7)"
    )


def test_an_unknown_audit_is_refused_in_polish(database: str) -> None:
    done = _run("score", "--db", database, "--audit", MISSING)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"service-auditor: błąd: pole --audit: brak audytu o identyfikatorze {MISSING}"
    )


def test_the_same_refusal_stays_english_without_a_catalogue(database: str) -> None:
    done = _run("score", "--db", database, "--audit", MISSING, lang="de_DE.UTF-8")
    assert done.stderr.strip() == (
        f"service-auditor: error: field --audit: no audit with id {MISSING}"
    )


@pytest.mark.parametrize("language", ["pl", "sl", "bg", "he"])
def test_every_error_template_is_translated_with_its_values_kept(language: str) -> None:
    """Each catalogue translates the core's templates, keeping every {name}: rendered
    through it, an error has no English left where a translation exists."""
    gettext = catalogue(language).gettext
    error = NotFound("no audit with id {audit_id}", audit_id=MISSING, row=2, field="--audit")
    text = error.translated(gettext)
    assert MISSING in text and "no audit" not in text and "row 2" not in text
    refused = AuditorError(
        "the server at {host} refused the user name or password",
        host="db.example.org",
        details='FATAL:  password authentication failed for user "ann"',
    )
    shown = refused.translated(gettext)
    assert "db.example.org" in shown and "refused" not in shown and "FATAL" not in shown


def test_an_unreachable_server_is_named_in_plain_words_without_the_drivers_text() -> None:
    target = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    done = _run("audit", "list", "--db", target, lang="de_DE.UTF-8")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "service-auditor: error: the server at 127.0.0.1:1 cannot be reached: check the "
        "address, the network, and that the server is running"
    )
    polish = _run("audit", "list", "--db", target)
    assert polish.stderr.strip() == (
        "service-auditor: błąd: nie można połączyć się z serwerem 127.0.0.1:1: sprawdź adres, "
        "sieć i czy serwer działa"
    )
