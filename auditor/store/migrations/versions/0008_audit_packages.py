"""audit packages: revisions sent or received, conflicts kept, signers' keys, exports

Revision ID: 0008_audit_packages
Revises: 0007_action_workflow
Create Date: 2026-11-23 18:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_audit_packages'
down_revision = '0007_action_workflow'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'audit_revisions',
        sa.Column('audit_id', sa.Uuid(), nullable=False),
        sa.Column('revision', sa.String(length=64), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['audit_id'], ['audits.id'],
                                name=op.f('fk_audit_revisions_audit_id_audits'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('audit_id', 'revision', name=op.f('pk_audit_revisions')),
    )
    op.create_table(
        'audit_conflicts',
        sa.Column('audit_id', sa.Uuid(), nullable=False),
        sa.Column('revision', sa.String(length=64), nullable=False),
        sa.Column('document', sa.JSON(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['audit_id'], ['audits.id'],
                                name=op.f('fk_audit_conflicts_audit_id_audits'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_conflicts')),
    )
    op.create_index(op.f('ix_audit_conflicts_audit_id'), 'audit_conflicts', ['audit_id'])
    op.create_table(
        'known_keys',
        sa.Column('person', sa.String(length=200), nullable=False),
        sa.Column('public_key', sa.String(length=100), nullable=False),
        sa.Column('laptop_id', sa.String(length=40), nullable=False),
        sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_known_keys')),
        sa.UniqueConstraint('person', name=op.f('uq_known_keys_person')),
    )
    op.create_table(
        'package_exports',
        sa.Column('target', sa.String(length=255), nullable=False),
        sa.Column('audit_id', sa.Uuid(), nullable=False),
        sa.Column('revision', sa.String(length=64), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['audit_id'], ['audits.id'],
                                name=op.f('fk_package_exports_audit_id_audits'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('target', 'audit_id', name=op.f('pk_package_exports')),
    )


def downgrade() -> None:
    op.drop_table('package_exports')
    op.drop_table('known_keys')
    op.drop_index(op.f('ix_audit_conflicts_audit_id'), table_name='audit_conflicts')
    op.drop_table('audit_conflicts')
    op.drop_table('audit_revisions')
