"""a reviewer's notes on single questions when an audit is returned

Revision ID: 0006_review_question_notes
Revises: 0005_na_policy
Create Date: 2026-11-23 17:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_review_question_notes'
down_revision = '0005_na_policy'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('question_notes', sa.JSON(), server_default='{}', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_column('question_notes')
