"""N/A policy per question and a limit on N/A per audit

Revision ID: 0005_na_policy
Revises: 0004_questionnaire_verdicts
Create Date: 2026-11-23 16:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_na_policy'
down_revision = '0004_questionnaire_verdicts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('na_policy', sa.String(length=20), server_default='exclude', nullable=False)
        )
    with op.batch_alter_table('template_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('max_na_percent', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('template_versions', schema=None) as batch_op:
        batch_op.drop_column('max_na_percent')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_column('na_policy')
