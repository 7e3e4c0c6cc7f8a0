"""team server: policies that write rows hanging on an audit look that one audit up, and ask
who is connected once per statement

Revision ID: 0010_policy_lookups
Revises: 0009_team_server
Create Date: 2026-12-07 01:10:00

The checks on answers, photos, reviews, revisions and conflicts asked whether the row's
audit is `IN (SELECT id FROM audits ...)`. PostgreSQL answers that by building the set of
every audit the login may see, once per statement: a laptop's sync inserted its answers one
statement each, so every answer read the whole audits table (a shopper's sync of a thousand
audits: 205 s). `EXISTS` with the row's own audit id is one index lookup, under the same
audits policies. Reads keep the set form: one SELECT of many answers builds it once, which
is the cheaper plan there.
Who is connected (`sa_is`, `sa_person`) is asked through a sub-select in the policies that
every inserted row meets, so PostgreSQL asks once per statement, not once per row: with
many rows per statement that is once per several hundred answers.
PostgreSQL only; SQLite has no policies.
"""
from alembic import op


revision = '0010_policy_lookups'
down_revision = '0009_team_server'
branch_labels = None
depends_on = None


def _ask(call: str, once: bool) -> str:
    return f"(SELECT {call})" if once else call


def _role(name: str, once: bool) -> str:
    return _ask(f"sa_is('{name}')", once)


def _staff(once: bool) -> str:
    return f"({_role('reviewer', once)} OR {_role('manager', once)})"


def _seen(new: bool, table: str) -> str:
    if new:
        return f"EXISTS (SELECT 1 FROM audits a WHERE a.id = {table}.audit_id)"
    return "audit_id IN (SELECT id FROM audits)"


def _open(new: bool, table: str) -> str:
    if new:
        return (f"EXISTS (SELECT 1 FROM audits a WHERE a.id = {table}.audit_id "
                f"AND (a.status <> 'accepted' OR NOT {_role('shopper', True)}))")
    return "audit_id IN (SELECT id FROM audits WHERE status <> 'accepted' OR NOT sa_is('shopper'))"


def _alter(new: bool) -> None:
    for table in ('answers', 'attachments'):
        check = _open(new, table)
        op.execute(f"ALTER POLICY {table}_add ON {table} WITH CHECK ({check})")
        op.execute(f"ALTER POLICY {table}_change ON {table} USING ({check}) WITH CHECK ({check})")
        op.execute(f"ALTER POLICY {table}_delete ON {table} USING ({check})")
    op.execute(f"ALTER POLICY audit_revisions_seen ON audit_revisions "
               f"USING ({_seen(False, 'audit_revisions')}) "
               f"WITH CHECK ({_seen(new, 'audit_revisions')})")
    for table, name in (('reviews', 'reviews_write'), ('audit_conflicts', 'audit_conflicts_staff')):
        op.execute(f"ALTER POLICY {name} ON {table} "
                   f"USING ({_staff(False)} AND {_seen(False, table)}) "
                   f"WITH CHECK ({_staff(new)} AND {_seen(new, table)})")
    # the audits themselves: who may see one (met by every row checked above), who may add
    mine = f"shopper_id = {_ask('sa_person()', new)}"
    in_orgs = "location_id IN (SELECT sa_locations())"
    shopper = _role('shopper', new)
    op.execute(f"ALTER POLICY audits_read ON audits USING "
               f"(({shopper} AND {mine}) OR ({_staff(new)} AND {in_orgs}))")
    op.execute(f"ALTER POLICY audits_shopper_add ON audits WITH CHECK "
               f"({shopper} AND {mine} AND status IN ('draft', 'submitted'))")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _alter(new=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _alter(new=False)
