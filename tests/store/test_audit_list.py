"""The audit list read a block at a time: the blocks add up to the whole list in its order,
filters fold case in every language, and odd characters are text, not patterns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.listing import SORTS, AuditListing
from auditor.services.audit_list import count_all, count_listed, first_rows, list_block, listed_ids
from auditor.services.audits import list_audits
from auditor.store.db import Database, open_database


@pytest.fixture
def demo(demo_db_file: Path) -> Iterator[Database]:
    db = open_database(demo_db_file, create=False)
    yield db
    db.close()


def test_blocks_add_up_to_the_list_in_every_order(demo: Database) -> None:
    with demo.read_session() as s:
        everything = list_audits(s)
        for sort in SORTS:
            for descending in (False, True):
                listing = AuditListing(sort=sort, descending=descending)
                ids = listed_ids(s, listing)
                blocks = [
                    str(row.id)
                    for offset in range(0, len(everything), 300)
                    for row in list_block(s, listing, offset, 300)
                ]
                assert blocks == ids and len(ids) == len(everything) == count_all(s)
        by_location = list_block(s, AuditListing(sort="location", descending=False), 0, 5000)
        names = [row.location.casefold() for row in by_location]
        assert names == sorted(names)
        by_score = list_block(s, AuditListing(sort="score"), 0, 5000)
        scores = [-1.0 if row.score is None else row.score for row in by_score]
        assert scores == sorted(scores, reverse=True)
        by_title = list_block(s, AuditListing(sort="template", descending=False), 0, 5000)
        titles = [(row.template_title.casefold(), row.template_version) for row in by_title]
        assert titles == sorted(titles)


def test_text_filter_folds_case_in_every_alphabet(demo: Database) -> None:
    with demo.read_session() as s:
        everything = list_audits(s)

        def expect(word: str) -> set[str]:
            return {
                str(r.id)
                for r in everything
                if word.casefold()
                in " ".join((r.location, r.organisation, r.city, r.shopper)).casefold()
            }

        for word in ("GDAŃSK", "софия", "СОФИЯ", "נועה", "maribor"):
            found = set(listed_ids(s, AuditListing(text=word)))
            assert found and found == expect(word), word
        both = set(listed_ids(s, AuditListing(text="hotel KRAKÓW")))
        assert both == expect("hotel") & expect("kraków") and both
        assert count_listed(s, AuditListing(text="100%")) == 0
        assert count_listed(s, AuditListing(text="_")) == 0  # a pattern character is text


def test_status_ids_and_title_in_the_readers_language(demo: Database) -> None:
    with demo.read_session() as s:
        everything = list_audits(s, language="pl")
        returned = {str(r.id) for r in everything if r.status == "returned"}
        assert set(listed_ids(s, AuditListing(status="returned"))) == returned
        chosen = frozenset(str(r.id) for r in everything[10:15])
        assert set(listed_ids(s, AuditListing(ids=chosen))) == chosen
        assert count_listed(s, AuditListing(ids=frozenset())) == 0
        title = everything[0].template_title  # in Polish
        word = title.split()[0]
        titled = {str(r.id) for r in everything if word.casefold() in r.template_title.casefold()}
        assert set(listed_ids(s, AuditListing(text=word, language="pl"))) >= titled
        total, listed, rows = first_rows(s, AuditListing(language="pl"), 50)
        assert total == listed == len(everything) and len(rows) == 50
        assert rows[0].template_title == everything[0].template_title


def test_the_quick_list_reads_the_same_rows_as_the_full_one(
    demo_db_file: Path, tmp_path: Path
) -> None:
    """The window's first rows before SQLAlchemy loads (stdlib sqlite3) match the listing
    service row for row, in every language; an older schema or a foreign file is not read."""
    import shutil
    import sqlite3
    from contextlib import closing

    from auditor.store import quick_list

    db = open_database(demo_db_file, create=False)
    try:
        for language in ("en", "pl", "he"):
            with db.read_session() as s:
                total, listed, rows = first_rows(s, AuditListing(language=language), 200)
                later = list_block(s, AuditListing(language=language), 1000, 200)
            assert quick_list.quick_first_rows(demo_db_file, language, 200) == (total, listed, rows)
            assert quick_list.quick_block(demo_db_file, language, 1000, 200) == later
        assert any(r.score is None for r in later + rows) or any(r.passed is None for r in rows)
    finally:
        db.close()
    assert quick_list.is_current(demo_db_file)
    old = tmp_path / "old.sqlite"
    shutil.copy(demo_db_file, old)
    with closing(sqlite3.connect(old)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '0008_x'")
    assert not quick_list.is_current(old)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    assert not quick_list.is_current(junk)
    assert quick_list.sqlite_file("postgresql://x@y/z", tmp_path / "d.sqlite") is None
    assert quick_list.sqlite_file(None, old) == old


def test_the_list_reads_alike_on_sqlite_and_postgresql(database: Database) -> None:
    """Folding, ordering, counting and blocks on both backends (a small demo)."""
    from datetime import date

    from auditor.builtin.demo import generate_demo

    with database.session() as s:
        generate_demo(s, today=date(2026, 11, 23), visits_per_month=0.6)
    with database.read_session() as s:
        everything = list_audits(s)
        assert len(everything) == count_all(s) > 50
        for sort in SORTS:
            listing = AuditListing(sort=sort, descending=False)
            ids = listed_ids(s, listing)
            blocks = [str(r.id) for o in (0, 40, 80, 120) for r in list_block(s, listing, o, 40)]
            assert blocks == ids[:160] and len(ids) == len(everything)
        gdansk = {str(r.id) for r in everything if "gdańsk" in f"{r.location} {r.city}".casefold()}
        assert gdansk and set(listed_ids(s, AuditListing(text="GDAŃSK"))) == gdansk
        sofia = {str(r.id) for r in everything if "софия" in f"{r.location} {r.city}".casefold()}
        assert sofia and set(listed_ids(s, AuditListing(text="СОФИЯ"))) == sofia
        assert count_listed(s, AuditListing(text="%")) == 0
