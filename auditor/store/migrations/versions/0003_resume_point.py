"""where the shopper was in an audit form

Revision ID: 0003_resume_point
Revises: 0002_score_cache
Create Date: 2026-11-22 09:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_resume_point'
down_revision = '0002_score_cache'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('resume_question', sa.String(length=100), server_default='', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.drop_column('resume_question')
