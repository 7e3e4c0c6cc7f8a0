"""a standard's target in every language: standards.target holds labels like its title

Revision ID: 0014_standard_target_labels
Revises: 0013_location_question
Create Date: 2026-12-07 19:40:00

A target ("greeted within 30 s") was one English string shown on the Standards page and in
the standards report whatever the reader's language. It becomes a JSON object of labels,
{"en": ..., "pl": ...}, like the title and description: a stored string becomes {"en": text},
an empty one {}. Downgrade keeps the English text (else any label), cut to the old 200
characters.

SQLite keeps any value in any column, so the rows are rewritten and the column's declared type
edited in place, the way 0013 edits a constraint (rebuilding `standards` is refused while
question_standards points at it with ON DELETE RESTRICT and foreign keys on).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0014_standard_target_labels"
down_revision = "0013_location_question"
branch_labels = None
depends_on = None

OLD_SQL = "target VARCHAR(200) NOT NULL"
NEW_SQL = "target JSON NOT NULL"


def _sqlite_declare(old: str, new: str) -> None:
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'standards'"
    ).scalar_one()
    if new in sql:
        return
    if old not in sql:
        raise RuntimeError(f"standards.target has an unexpected definition: {sql}")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'standards'",
            (sql.replace(old, new),),
        )
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def _english(value: object) -> str:
    """The text an older version shows: the English label, else any label."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value[:200]
    if not isinstance(value, dict):
        return ""
    text = value.get("en") or next((v for v in value.values() if isinstance(v, str) and v), "")
    return str(text)[:200]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        rows = bind.exec_driver_sql("SELECT id, target FROM standards").all()
        for row_id, target in rows:
            labels = {"en": target} if target else {}
            bind.exec_driver_sql(
                "UPDATE standards SET target = ? WHERE id = ?", (json.dumps(labels), row_id)
            )
        _sqlite_declare(OLD_SQL, NEW_SQL)
        return
    op.alter_column(
        "standards",
        "target",
        type_=sa.JSON(),
        existing_type=sa.String(length=200),
        existing_nullable=False,
        postgresql_using="CASE WHEN target = '' THEN '{}'::json "
        "ELSE json_build_object('en', target) END",
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_declare(NEW_SQL, OLD_SQL)
        rows = bind.exec_driver_sql("SELECT id, target FROM standards").all()
        for row_id, target in rows:
            bind.exec_driver_sql(
                "UPDATE standards SET target = ? WHERE id = ?", (_english(target), row_id)
            )
        return
    # labels without English keep another one (a subquery is not allowed in USING)
    op.execute(
        "UPDATE standards SET target = json_build_object('en', "
        "(SELECT min(v) FROM json_each_text(target) AS t(k, v) WHERE v <> '')) "
        "WHERE coalesce(target->>'en', '') = '' "
        "AND EXISTS (SELECT 1 FROM json_each_text(target) AS t(k, v) WHERE v <> '')"
    )
    op.alter_column(
        "standards",
        "target",
        type_=sa.String(length=200),
        existing_type=sa.JSON(),
        existing_nullable=False,
        postgresql_using="left(coalesce(target->>'en', ''), 200)",
    )
