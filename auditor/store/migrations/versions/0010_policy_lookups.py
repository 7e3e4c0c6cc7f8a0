"""team server: policies that write rows hanging on an audit look that one audit up

Revision ID: 0010_policy_lookups
Revises: 0009_team_server
Create Date: 2026-12-07 01:10:00

The checks on answers, photos, reviews, revisions and conflicts asked whether the row's
audit is `IN (SELECT id FROM audits ...)`. PostgreSQL answers that by building the set of
every audit the login may see, once per statement: a laptop's sync inserts its answers one
statement each, so every answer read the whole audits table (sixty thousand answers against
a thousand audits: two seconds, growing with the server). `EXISTS` with the row's own audit
id is one index lookup, under the same audits policies. Reads keep the set form: one SELECT
of many answers builds it once, which is the cheaper plan there.
PostgreSQL only; SQLite has no policies.
"""
from alembic import op


revision = '0010_policy_lookups'
down_revision = '0009_team_server'
branch_labels = None
depends_on = None

STAFF = "(sa_is('reviewer') OR sa_is('manager'))"


def _seen(exists: bool, table: str) -> str:
    if exists:
        return f"EXISTS (SELECT 1 FROM audits a WHERE a.id = {table}.audit_id)"
    return "audit_id IN (SELECT id FROM audits)"


def _open(exists: bool, table: str) -> str:
    if exists:
        return (f"EXISTS (SELECT 1 FROM audits a WHERE a.id = {table}.audit_id "
                "AND (a.status <> 'accepted' OR NOT sa_is('shopper')))")
    return "audit_id IN (SELECT id FROM audits WHERE status <> 'accepted' OR NOT sa_is('shopper'))"


def _alter(exists: bool) -> None:
    for table in ('answers', 'attachments'):
        check = _open(exists, table)
        op.execute(f"ALTER POLICY {table}_add ON {table} WITH CHECK ({check})")
        op.execute(f"ALTER POLICY {table}_change ON {table} USING ({check}) WITH CHECK ({check})")
        op.execute(f"ALTER POLICY {table}_delete ON {table} USING ({check})")
    seen = _seen(exists, 'audit_revisions')
    op.execute(f"ALTER POLICY audit_revisions_seen ON audit_revisions "
               f"USING ({_seen(False, 'audit_revisions')}) WITH CHECK ({seen})")
    for table, name in (('reviews', 'reviews_write'), ('audit_conflicts', 'audit_conflicts_staff')):
        op.execute(f"ALTER POLICY {name} ON {table} USING ({STAFF} AND {_seen(False, table)}) "
                   f"WITH CHECK ({STAFF} AND {_seen(exists, table)})")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _alter(exists=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _alter(exists=False)
