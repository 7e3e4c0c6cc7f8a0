"""corrective actions: verified status, the note when done, linked audits, the failed question

Revision ID: 0007_action_workflow
Revises: 0006_review_question_notes
Create Date: 2026-11-23 17:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_action_workflow'
down_revision = '0006_review_question_notes'
branch_labels = None
depends_on = None

OLD = ('open', 'in_progress', 'done', 'cancelled')
NEW = ('open', 'in_progress', 'done', 'verified', 'cancelled')
CHECK = 'ck_corrective_actions_actionstatus'


def _enum(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name='actionstatus', native_enum=False, create_constraint=True,
                   length=20)


def _columns(batch_op) -> None:
    batch_op.add_column(sa.Column('done_note', sa.Text(), server_default='', nullable=False))
    batch_op.add_column(sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True))
    batch_op.add_column(sa.Column('question_key', sa.String(length=100), server_default='',
                                  nullable=False))
    batch_op.add_column(sa.Column('linked_audits', sa.JSON(), server_default='[]',
                                  nullable=False))


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        with op.batch_alter_table('corrective_actions', recreate='always') as batch_op:
            batch_op.alter_column('status', existing_type=_enum(OLD), type_=_enum(NEW),
                                  existing_nullable=False)
            _columns(batch_op)
        return
    op.drop_constraint(op.f(CHECK), 'corrective_actions', type_='check')
    op.create_check_constraint(op.f(CHECK), 'corrective_actions', sa.column('status').in_(NEW))
    with op.batch_alter_table('corrective_actions') as batch_op:
        _columns(batch_op)


def downgrade() -> None:
    with op.batch_alter_table('corrective_actions') as batch_op:
        for name in ('linked_audits', 'question_key', 'verified_at', 'done_note'):
            batch_op.drop_column(name)
