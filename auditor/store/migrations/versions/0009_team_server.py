"""team server: revisions on audits, answers, actions and checklists; users; on PostgreSQL
the roles, grants, row-level security and change notifications

Revision ID: 0009_team_server
Revises: 0008_audit_packages
Create Date: 2026-11-23 20:20:00

Every UPDATE of a row that carries a revision raises it by one, in the database (a trigger),
so no writer (the app, another copy of it, psql) can change a row without the others seeing.
On PostgreSQL four group roles (sa_shopper, sa_reviewer, sa_manager, sa_admin) hold the
grants; each user is a login role in one of them; row-level security policies decide which
rows a login sees and may change. The owner that runs this migration keeps every right.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009_team_server'
down_revision = '0008_audit_packages'
branch_labels = None
depends_on = None

REVISED = ('audits', 'answers', 'corrective_actions', 'templates')
ROLES = ('sa_shopper', 'sa_reviewer', 'sa_manager', 'sa_admin')
REFERENCE = ('organisations', 'locations', 'people', 'standards', 'templates',
             'template_versions', 'sections', 'questions', 'choices', 'question_standards')
# What a shopper may change on their own audit: not whose, where or which checklist it is.
SHOPPER_AUDIT_COLUMNS = ('visit_end', 'observed_staff', 'status', 'narrative', 'submitted_at',
                         'updated_at', 'score', 'passed', 'grade', 'critical_failed',
                         'score_detail', 'scored_at', 'resume_question', 'revision')
REVIEWER_AUDIT_COLUMNS = ('status', 'updated_at', 'revision')
NOTIFIED = ('audits', 'answers', 'reviews', 'corrective_actions', 'templates',
            'template_versions', 'diaries', 'diary_events')


def _sqlite_triggers() -> None:
    for table in REVISED:
        op.execute(
            f"CREATE TRIGGER {table}_revision AFTER UPDATE ON {table} "
            f"WHEN NEW.revision = OLD.revision BEGIN "
            f"UPDATE {table} SET revision = OLD.revision + 1 WHERE id = NEW.id; END"
        )


def _pg_functions() -> None:
    op.execute("""
        CREATE OR REPLACE FUNCTION sa_bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.revision = OLD.revision THEN NEW.revision := OLD.revision + 1; END IF;
            RETURN NEW;
        END $$""")
    op.execute("""
        CREATE OR REPLACE FUNCTION sa_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('auditor_changes', TG_TABLE_NAME);
            RETURN NULL;
        END $$""")
    # Who is connected: the login's person and organisations; its role by membership.
    op.execute("""
        CREATE OR REPLACE FUNCTION sa_is(role_name text) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT pg_has_role(current_user, 'sa_' || role_name, 'USAGE')
        $$""")
    op.execute("""
        CREATE OR REPLACE FUNCTION sa_person() RETURNS uuid LANGUAGE sql STABLE AS $$
            SELECT person_id FROM app_users WHERE login = current_user AND NOT disabled
        $$""")
    op.execute("""
        CREATE OR REPLACE FUNCTION sa_locations() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
            SELECT l.id FROM locations l
            JOIN user_organisations u ON u.organisation_id = l.organisation_id
            JOIN app_users a ON a.login = u.login AND NOT a.disabled
            WHERE u.login = current_user
        $$""")


def _pg_roles() -> None:
    for role in ROLES:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
        )
    everyone = ', '.join(ROLES)
    op.execute(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    op.execute(f"GRANT SELECT ON alembic_version, {', '.join(REFERENCE)} TO {everyone}")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(REFERENCE)} "
               "TO sa_manager, sa_admin")
    op.execute(f"GRANT EXECUTE ON FUNCTION sa_is(text), sa_person(), sa_locations() "
               f"TO {everyone}")
    # audits and what hangs on them
    op.execute(f"GRANT SELECT ON audits, answers, attachments, reviews, audit_revisions, "
               f"diaries, diary_events, change_log, known_keys, package_exports TO {everyone}")
    op.execute("GRANT INSERT ON audits TO sa_shopper, sa_manager, sa_admin")
    op.execute(f"GRANT UPDATE ({', '.join(SHOPPER_AUDIT_COLUMNS)}) ON audits TO sa_shopper")
    op.execute(f"GRANT UPDATE ({', '.join(REVIEWER_AUDIT_COLUMNS)}) ON audits TO sa_reviewer")
    op.execute("GRANT UPDATE, DELETE ON audits TO sa_manager, sa_admin")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON answers, attachments, audit_revisions, "
               f"diaries, diary_events, package_exports TO {everyone}")
    op.execute(f"GRANT INSERT ON change_log, known_keys TO {everyone}")
    op.execute("GRANT INSERT, UPDATE ON reviews TO sa_reviewer, sa_manager, sa_admin")
    op.execute("GRANT SELECT, INSERT, UPDATE ON audit_conflicts "
               "TO sa_reviewer, sa_manager, sa_admin")
    op.execute("GRANT SELECT ON corrective_actions TO sa_reviewer, sa_manager, sa_admin")
    op.execute("GRANT INSERT, UPDATE, DELETE ON corrective_actions TO sa_manager, sa_admin")
    op.execute(f"GRANT SELECT ON app_users, user_organisations TO {everyone}")
    op.execute("GRANT INSERT, UPDATE, DELETE ON app_users, user_organisations TO sa_admin")


def _policy(table: str, name: str, command: str, using: str | None,
            check: str | None = None) -> None:
    sql = f"CREATE POLICY {name} ON {table} FOR {command}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    op.execute(sql)


def _pg_policies() -> None:
    staff = "(sa_is('reviewer') OR sa_is('manager'))"
    mine = "shopper_id = sa_person()"
    in_orgs = "location_id IN (SELECT sa_locations())"
    for table in ('audits', 'answers', 'attachments', 'reviews', 'audit_revisions',
                  'audit_conflicts', 'diaries', 'diary_events', 'corrective_actions',
                  'change_log', 'app_users', 'user_organisations'):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _policy(table, f"{table}_admin", "ALL", "sa_is('admin')", "sa_is('admin')")
    # audits: a shopper their own (never accepting them), staff those of their organisations
    _policy('audits', 'audits_read', 'SELECT',
            f"(sa_is('shopper') AND {mine}) OR ({staff} AND {in_orgs})")
    _policy('audits', 'audits_shopper_add', 'INSERT', None,
            f"sa_is('shopper') AND {mine} AND status IN ('draft', 'submitted')")
    _policy('audits', 'audits_shopper_change', 'UPDATE',
            f"sa_is('shopper') AND {mine} AND status <> 'accepted'",
            f"sa_is('shopper') AND {mine} AND status <> 'accepted'")
    _policy('audits', 'audits_staff_change', 'UPDATE',
            f"{staff} AND {in_orgs}", f"{staff} AND {in_orgs}")
    _policy('audits', 'audits_manager_add', 'INSERT', None, f"sa_is('manager') AND {in_orgs}")
    _policy('audits', 'audits_manager_delete', 'DELETE', f"sa_is('manager') AND {in_orgs}")
    # what hangs on an audit follows the audit (the subquery is itself under audits' policies)
    seen = "audit_id IN (SELECT id FROM audits)"
    open_ = ("audit_id IN (SELECT id FROM audits WHERE status <> 'accepted' "
             "OR NOT sa_is('shopper'))")
    # which revisions of an audit went where is bookkeeping, not content: whoever sees the
    # audit may record it (sending an accepted audit back to its shopper's laptop, say)
    _policy('audit_revisions', 'audit_revisions_seen', 'ALL', seen, seen)
    for table in ('answers', 'attachments'):
        _policy(table, f"{table}_read", 'SELECT', seen)
        _policy(table, f"{table}_add", 'INSERT', None, open_)
        _policy(table, f"{table}_change", 'UPDATE', open_, open_)
        _policy(table, f"{table}_delete", 'DELETE', open_)
    _policy('reviews', 'reviews_read', 'SELECT', seen)
    _policy('reviews', 'reviews_write', 'ALL', f"{staff} AND {seen}", f"{staff} AND {seen}")
    _policy('audit_conflicts', 'audit_conflicts_staff', 'ALL',
            f"{staff} AND {seen}", f"{staff} AND {seen}")
    # diaries: a diarist's own; staff read all (panels report to managers)
    _policy('diaries', 'diaries_own', 'ALL', "owner_id = sa_person()", "owner_id = sa_person()")
    _policy('diaries', 'diaries_staff_read', 'SELECT', staff)
    _policy('diary_events', 'diary_events_follow', 'ALL',
            "diary_id IN (SELECT id FROM diaries)", "diary_id IN (SELECT id FROM diaries)")
    # corrective actions: their organisations' (or not tied to a location)
    actions = f"(location_id IS NULL OR {in_orgs})"
    _policy('corrective_actions', 'actions_read', 'SELECT', f"{staff} AND {actions}")
    _policy('corrective_actions', 'actions_manage', 'ALL',
            f"sa_is('manager') AND {actions}", f"sa_is('manager') AND {actions}")
    # change log: anyone may write; staff read all, a shopper what is about their own rows
    _policy('change_log', 'change_log_add', 'INSERT', None, "true")
    _policy('change_log', 'change_log_staff', 'SELECT', staff)
    _policy('change_log', 'change_log_own', 'SELECT',
            "sa_is('shopper') AND (entity_id IN (SELECT id FROM audits) "
            "OR entity_id IN (SELECT id FROM answers) OR entity_id IN (SELECT id FROM diaries))")
    # users: each login sees its own entry
    _policy('app_users', 'app_users_self', 'SELECT', "login = current_user")
    _policy('user_organisations', 'user_organisations_self', 'SELECT', "login = current_user")


def _pg_triggers() -> None:
    for table in REVISED:
        op.execute(f"CREATE TRIGGER {table}_revision BEFORE UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION sa_bump_revision()")
    for table in NOTIFIED:
        op.execute(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION sa_notify_change()")


def upgrade() -> None:
    for table in REVISED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='1',
                                          nullable=False))
    op.create_table(
        'app_users',
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('person_id', sa.Uuid(), nullable=True),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('disabled', sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'],
                                name=op.f('fk_app_users_person_id_people'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('login', name=op.f('pk_app_users')),
    )
    op.create_table(
        'user_organisations',
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['login'], ['app_users.login'],
                                name=op.f('fk_user_organisations_login_app_users'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'],
                                name=op.f('fk_user_organisations_organisation_id_organisations'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('login', 'organisation_id', name=op.f('pk_user_organisations')),
    )
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite_triggers()
        return
    _pg_functions()
    _pg_roles()
    _pg_policies()
    _pg_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        for table in ('audits', 'answers', 'attachments', 'reviews', 'audit_revisions',
                      'audit_conflicts', 'diaries', 'diary_events', 'corrective_actions',
                      'change_log'):
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            for (name,) in op.get_bind().execute(sa.text(
                    "SELECT policyname FROM pg_policies WHERE tablename = :t"), {"t": table}):
                op.execute(f"DROP POLICY {name} ON {table}")
    for table in REVISED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_revision"
                   + ("" if op.get_bind().dialect.name == 'sqlite' else f" ON {table}"))
    op.drop_table('user_organisations')
    op.drop_table('app_users')
    for table in REVISED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('revision')
