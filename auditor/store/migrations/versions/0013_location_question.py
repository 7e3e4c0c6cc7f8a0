"""a location question: where the visit was (latitude and longitude), never scored

Revision ID: 0013_location_question
Revises: 0012_key_enrolment
Create Date: 2026-12-07 19:30:00

XLSForms ask for a `geopoint` as proof of visit; it imports as a question of the new kind
`location`. Only the CHECK constraint on questions.kind changes. SQLite cannot alter a
constraint, and rebuilding `questions` is refused while answers point at it (ON DELETE
RESTRICT, with foreign keys on), so on SQLite the table's stored definition is edited in
place, the documented way for a change that leaves every stored row as it is (writable_schema,
then a new schema_version so every connection reads it again).
"""
from alembic import op
import sqlalchemy as sa


revision = '0013_location_question'
down_revision = '0012_key_enrolment'
branch_labels = None
depends_on = None

OLD = ('yes_no', 'rating', 'single_choice', 'multiple_choice', 'number', 'time_of_day',
       'duration', 'date', 'datetime', 'text', 'note', 'photo', 'file')
NEW = (*OLD, 'location')
CHECK = 'ck_questions_questionkind'


def _in(values: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _sqlite_check(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'questions'"
    ).scalar_one()
    if _in(new) in sql:
        return
    if _in(old) not in sql:
        raise RuntimeError(f"questions.kind has an unexpected constraint: {sql}")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'questions'",
            (sql.replace(_in(old), _in(new)),),
        )
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite_check(OLD, NEW)
        return
    op.drop_constraint(op.f(CHECK), 'questions', type_='check')
    op.create_check_constraint(op.f(CHECK), 'questions', sa.column('kind').in_(NEW))


def downgrade() -> None:
    used = op.get_bind().execute(
        sa.text("SELECT count(*) FROM questions WHERE kind = 'location'")
    ).scalar_one()
    if used:
        raise RuntimeError(f"{used} location question(s) exist; an older version cannot hold them")
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite_check(NEW, OLD)
        return
    op.drop_constraint(op.f(CHECK), 'questions', type_='check')
    op.create_check_constraint(op.f(CHECK), 'questions', sa.column('kind').in_(OLD))
