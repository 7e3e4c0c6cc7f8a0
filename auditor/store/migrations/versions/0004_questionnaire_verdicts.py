"""questionnaires (surveys, SERVQUAL, self-assessments, diaries) carry no pass/fail or grade

Revision ID: 0004_questionnaire_verdicts
Revises: 0003_resume_point
Create Date: 2026-11-23 16:00:00
"""
from alembic import op


revision = '0004_questionnaire_verdicts'
down_revision = '0003_resume_point'
branch_labels = None
depends_on = None

KINDS = "('survey', 'servqual', 'self_assessment', 'diary')"


def upgrade() -> None:
    # Cached verdicts written before questionnaires were told apart from audits.
    op.execute(
        "UPDATE audits SET passed = NULL, grade = '' WHERE template_version_id IN "
        f"(SELECT id FROM template_versions WHERE kind IN {KINDS})"
    )


def downgrade() -> None:
    pass  # the verdicts were wrong; `rescore` on the older version writes them again
