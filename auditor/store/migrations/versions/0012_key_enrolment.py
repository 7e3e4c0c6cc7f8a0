"""keys are enrolled, not assumed: each known key has a person, a role and a state

Revision ID: 0012_key_enrolment
Revises: 0011_server_holds
Create Date: 2026-12-07 17:10:00

A key was trusted on first use, silently. Now a key is trusted only once someone enrolled it
(its fingerprint read aloud on both sides) or a roster signed by a trusted manager's key
listed it; a key can be revoked. Keys remembered before this revision stay listed as
"legacy": they bring nothing until they are confirmed (`service-auditor key trust`).
"""
from alembic import op
import sqlalchemy as sa


revision = '0012_key_enrolment'
down_revision = '0011_server_holds'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('known_keys') as batch:
        batch.add_column(sa.Column('role', sa.String(20), server_default='', nullable=False))
        batch.add_column(sa.Column('state', sa.String(12), server_default='legacy',
                                   nullable=False))
        batch.add_column(sa.Column('source', sa.String(20), server_default='', nullable=False))
        batch.add_column(sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('roster_serial', sa.Integer(), server_default='0',
                                   nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('known_keys') as batch:
        for column in ('roster_serial', 'revoked_at', 'enrolled_at', 'source', 'state', 'role'):
            batch.drop_column(column)
