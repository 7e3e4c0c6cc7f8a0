"""Revision 0014: a standard's target, one English string until now, becomes labels like its
title; an older database keeps its targets as English, and downgrade gives the text back."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from auditor.store.db import alembic_config, make_engine, open_database, resolve_url, upgrade
from auditor.store.models import Base, Standard

BEFORE = "0013_location_question"
ROWS = {"GREET-30": "greeted within 30 s", "HELP": "", "MIXED": "95% within the promised time"}


def _insert_old_rows(url: str) -> None:
    engine = make_engine(resolve_url(url))
    upgrade(engine, BEFORE)
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        for code, target in ROWS.items():
            conn.execute(
                text(
                    "INSERT INTO standards (id, code, title, description, triad, quality_kind,"
                    " servqual_dimension, office, target, weight) VALUES (:id, :code, :title,"
                    " '{}', '', '', '', 'front', :target, 1.0)"
                ),
                {
                    "id": uuid.uuid4().hex if sqlite else str(uuid.uuid4()),
                    "code": code,
                    "title": json.dumps({"en": code}),
                    "target": target,
                },
            )
    engine.dispose()


def test_old_string_targets_become_english_labels_and_come_back(db_url: str) -> None:
    _insert_old_rows(db_url)

    db = open_database(db_url)  # upgrades to head
    try:
        with db.session() as s:
            got = {std.code: std.target for std in s.scalars(select(Standard))}
        assert got == {
            "GREET-30": {"en": "greeted within 30 s"},
            "HELP": {},
            "MIXED": {"en": "95% within the promised time"},
        }
        with db.session() as s:  # a translated target is stored and read back whole
            std = s.scalar(select(Standard).where(Standard.code == "GREET-30"))
            assert std is not None
            std.target = {"en": "greeted within 30 s", "pl": "powitanie w ciągu 30 s"}
            s.add(Standard(code="ONLY-PL", title={"en": "x"}, target={"pl": "tylko po polsku"}))
        with db.session() as s:
            std = s.scalar(select(Standard).where(Standard.code == "GREET-30"))
            assert std is not None and std.target["pl"] == "powitanie w ciągu 30 s"
        with db.engine.connect() as conn:  # the upgraded schema is what the models declare
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(ctx, Base.metadata)
            assert [d for d in diffs if "standards" in repr(d)] == []
        if db.path is not None:
            with sqlite3.connect(db.path) as raw:
                sql = raw.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'standards'"
                ).fetchone()[0]
                assert "target JSON NOT NULL" in sql
                assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()

    engine = make_engine(resolve_url(db_url))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, BEFORE)
    with engine.connect() as conn:
        back = dict(conn.execute(text("SELECT code, target FROM standards")).all())
    engine.dispose()
    assert back == {
        "GREET-30": "greeted within 30 s",  # the English text, the translation dropped
        "HELP": "",
        "MIXED": "95% within the promised time",
        "ONLY-PL": "tylko po polsku",  # no English: the label there is
    }


def test_a_standards_file_with_a_string_target_still_imports(tmp_path: Path) -> None:
    from auditor.services.template_files import import_files

    path = tmp_path / "old-standards.json"
    path.write_text(
        '{"format": "service-auditor/standards", "format_version": 1, "standards": ['
        '{"code": "OLD-1", "title": {"en": "Old"}, "target": "answered within 10 s"},'
        '{"code": "NEW-1", "title": {"en": "New"},'
        ' "target": {"en": "answered within 10 s", "pl": "odebranie w ciągu 10 s"}}]}',
        encoding="utf-8",
    )
    db = open_database(tmp_path / "a.sqlite")
    try:
        with db.session() as s:
            import_files(s, [path])
        with db.session() as s:
            got = {std.code: std.target for std in s.scalars(select(Standard))}
    finally:
        db.close()
    assert got["OLD-1"] == {"en": "answered within 10 s"}
    assert got["NEW-1"] == {"en": "answered within 10 s", "pl": "odebranie w ciągu 10 s"}
