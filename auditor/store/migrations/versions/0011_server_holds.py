"""team server that holds against its own users: fixed search paths, the audit workflow as
server rules, scores only through a vetted function, history written by the server, row
security on every table a role reaches, users managed without CREATEROLE

Revision ID: 0011_server_holds
Revises: 0010_policy_lookups
Create Date: 2026-12-07 16:40:00

Both databases get the new columns: audits.verified_at / verified_by (who verified the score
cache on a team server), change_log.audit_id / diary_id / organisation_id (what an entry is
about, for the change log's row security) and the table reported_history (what a laptop said
happened, received by sync as a labelled record, never as another person's change log).
Everything else is PostgreSQL only and is described in docs/team-server.md ("Threat model").
The policies, grants and functions of 0009/0010 are dropped and written again here, once.
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa

from auditor.store.workflow import RULES, SCORE_COLUMNS, SHOPPER_FILLS

revision = '0011_server_holds'
down_revision = '0010_policy_lookups'
branch_labels = None
depends_on = None

GROUPS = ('sa_shopper', 'sa_reviewer', 'sa_manager', 'sa_admin', 'sa_scorer')
APP_ROLES = ', '.join(GROUPS)
PATH = "SET search_path = pg_catalog, public, pg_temp"
# the cheap first question of every trigger: is an app login connected? (membership answers
# from the server's role cache; a superuser is a member of every role, even of sa_nobody,
# which has no members, so she is told apart without reading the catalogue)
APP = ("(NOT pg_catalog.pg_has_role(session_user, 'sa_nobody', 'MEMBER') "
       "AND pg_catalog.pg_has_role(session_user, 'sa_app', 'USAGE'))")
REFERENCE = ('standards', 'templates', 'template_versions', 'sections', 'questions', 'choices',
             'question_standards')
RLS_TABLES = ('organisations', 'locations', 'people', 'audits', 'answers', 'attachments',
              'reviews', 'audit_revisions', 'audit_conflicts', 'diaries', 'diary_events',
              'corrective_actions', 'change_log', 'reported_history', 'app_users',
              'user_organisations', 'package_exports', 'known_keys')
PERSON_PUBLIC = ('id', 'name', 'role', 'language')  # what a shopper may read of people
LOGGED = ('audits', 'answers', 'attachments', 'corrective_actions', 'diary_events')


def _columns() -> None:
    with op.batch_alter_table('audits') as batch:
        batch.add_column(sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('verified_by', sa.String(63), server_default='',
                                   nullable=False))
    with op.batch_alter_table('change_log') as batch:
        batch.add_column(sa.Column('audit_id', sa.Uuid(), nullable=True))
        batch.add_column(sa.Column('diary_id', sa.Uuid(), nullable=True))
        batch.add_column(sa.Column('organisation_id', sa.Uuid(), nullable=True))
        batch.create_index('ix_change_log_audit_id', ['audit_id'])
        batch.create_index('ix_change_log_organisation_id', ['organisation_id'])
    op.create_table(
        'reported_history',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('audit_id', sa.Uuid(), nullable=False),
        sa.Column('reported_by', sa.String(200), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('entry', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['audit_id'], ['audits.id'],
                                name=op.f('fk_reported_history_audit_id_audits'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reported_history')),
    )
    op.create_index('ix_reported_history_audit_id', 'reported_history', ['audit_id'])


# -- PostgreSQL ----------------------------------------------------------------------------------

def _x(sql: str) -> None:
    op.execute(sql)


def _roles() -> None:
    for role in (*GROUPS, 'sa_owner', 'sa_app', 'sa_nobody'):
        extra = ' NOINHERIT' if role == 'sa_owner' else ''
        _x(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
           f"THEN CREATE ROLE {role} NOLOGIN{extra}; END IF; END $$")
    # every app group is an app role (the triggers' first, cheap question); sa_nobody has no
    # member at all
    _x("GRANT sa_app TO sa_shopper, sa_reviewer, sa_manager, sa_admin, sa_scorer")
    # the vetted functions' owner: not a superuser, no login, creates only app logins
    _x("ALTER ROLE sa_owner NOLOGIN NOINHERIT CREATEROLE NOSUPERUSER NOBYPASSRLS")
    _x("""DO $$ BEGIN
        IF current_setting('server_version_num')::int >= 160000 THEN
            EXECUTE 'GRANT sa_shopper, sa_reviewer, sa_manager, sa_admin, sa_scorer '
                    'TO sa_owner WITH ADMIN OPTION, INHERIT FALSE, SET FALSE';
        END IF;
        -- whoever runs the migrations hands functions to sa_owner
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            EXECUTE format('GRANT sa_owner TO %I', current_user);
        END IF;
    END $$""")
    # a disabled user's open sessions end with it
    _x("""DO $$ BEGIN
        GRANT pg_signal_backend TO sa_owner;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'sa_owner cannot end sessions: a disabled user keeps an open one';
    END $$""")
    # admins made by 0009 had CREATEROLE (and on 16+ the groups' admin option): no more
    _x("""DO $$ DECLARE r record; g text; BEGIN
        FOR r IN SELECT m.rolname FROM pg_roles m
                 JOIN pg_auth_members am ON am.member = m.oid
                 JOIN pg_roles grp ON grp.oid = am.roleid
                 WHERE grp.rolname LIKE 'sa\\_%' AND m.rolname NOT LIKE 'sa\\_%'
                   AND NOT m.rolsuper LOOP
            EXECUTE format('ALTER ROLE %I NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS',
                           r.rolname);
            FOREACH g IN ARRAY ARRAY['sa_shopper','sa_reviewer','sa_manager','sa_admin'] LOOP
                IF EXISTS (SELECT 1 FROM pg_auth_members am2 JOIN pg_roles gg ON gg.oid = am2.roleid
                           JOIN pg_roles mm ON mm.oid = am2.member
                           WHERE gg.rolname = g AND mm.rolname = r.rolname AND am2.admin_option
                           AND g <> (SELECT 'sa_' || role FROM app_users WHERE login = r.rolname))
                THEN
                    EXECUTE format('REVOKE %I FROM %I', g, r.rolname);
                ELSIF EXISTS (SELECT 1 FROM pg_auth_members am2 JOIN pg_roles gg ON gg.oid = am2.roleid
                           JOIN pg_roles mm ON mm.oid = am2.member
                           WHERE gg.rolname = g AND mm.rolname = r.rolname AND am2.admin_option)
                THEN
                    EXECUTE format('REVOKE ADMIN OPTION FOR %I FROM %I', g, r.rolname);
                END IF;
            END LOOP;
        END LOOP;
    END $$""")
    # nobody but the owner creates objects or temporary tables (no shadowing at all)
    _x("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _x("""DO $$ BEGIN
        EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM sa_shopper, sa_reviewer, '
                       'sa_manager, sa_admin, sa_scorer', current_database());
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'could not revoke TEMPORARY on this database (not its owner)';
    END $$""")


def _drop_old() -> None:
    _x("""DO $$ DECLARE p record; BEGIN
        FOR p IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' LOOP
            EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, p.tablename);
        END LOOP;
    END $$""")
    for table in ('audits', 'answers', 'corrective_actions', 'templates'):
        _x(f"DROP TRIGGER IF EXISTS {table}_revision ON {table}")
    _x("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    _x(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {APP_ROLES}")
    _x("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    _x(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {APP_ROLES}")


def _workflow_table() -> None:
    _x("""CREATE TABLE sa_workflow (
        role text NOT NULL, from_status text, to_status text NOT NULL,
        columns text[] NOT NULL DEFAULT '{}',
        UNIQUE (role, from_status, to_status))""")
    _x("""CREATE TABLE sa_fresh_audits (
        audit_id uuid PRIMARY KEY, xid xid8 NOT NULL DEFAULT pg_current_xact_id())""")
    values = []
    for rule in RULES:
        cols = "ARRAY[" + ", ".join(f"'{c}'" for c in rule.columns) + "]::text[]"
        start = 'NULL' if rule.from_status is None else f"'{rule.from_status}'"
        values.append(f"('{rule.role}', {start}, '{rule.to_status}', {cols})")
    _x("INSERT INTO sa_workflow (role, from_status, to_status, columns) VALUES "
       + ", ".join(values))


def _identity_functions() -> None:
    """Who is connected: asked by policies and triggers, every name schema-qualified."""
    # who is connected is the session's login: SET ROLE to a group changes no identity
    role_case = """CASE
            WHEN r.rolsuper THEN NULL
            WHEN u.disabled THEN 'none'
            WHEN pg_catalog.pg_has_role(r.oid, 'sa_admin', 'USAGE') THEN 'admin'
            WHEN pg_catalog.pg_has_role(r.oid, 'sa_manager', 'USAGE') THEN 'manager'
            WHEN pg_catalog.pg_has_role(r.oid, 'sa_reviewer', 'USAGE') THEN 'reviewer'
            WHEN pg_catalog.pg_has_role(r.oid, 'sa_shopper', 'USAGE') THEN 'shopper'
            WHEN pg_catalog.pg_has_role(r.oid, 'sa_scorer', 'USAGE') THEN 'scorer'
            WHEN u.login IS NOT NULL THEN 'none'
        END"""
    # the login's role whoever runs the statement (the vetted functions ask it)
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_session_role() RETURNS text LANGUAGE sql STABLE
        SECURITY DEFINER {PATH} AS $$
        SELECT {role_case} FROM pg_catalog.pg_roles r
        LEFT JOIN public.app_users u ON u.login = r.rolname
        WHERE r.rolname = session_user $$""")
    # the role the rules apply: none inside a vetted function (it runs as sa_owner) or a
    # foreign-key cascade (it runs as the table's owner), nor for the owner or a superuser
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_role() RETURNS text LANGUAGE sql STABLE {PATH}
        AS $$ SELECT CASE
            WHEN current_user = 'sa_owner'::name THEN NULL
            WHEN current_user <> session_user AND current_user::text NOT LIKE 'sa\\_%'
                THEN NULL
            ELSE public.sa_session_role() END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_is(role_name text) RETURNS boolean
        LANGUAGE sql STABLE {PATH} AS $$
        SELECT coalesce(public.sa_session_role() = role_name, false) $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_person() RETURNS uuid LANGUAGE sql STABLE
        SECURITY DEFINER {PATH}
        AS $$ SELECT u.person_id FROM public.app_users u
              WHERE u.login = session_user AND NOT u.disabled $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_organisations() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER {PATH} AS $$
        SELECT o.organisation_id FROM public.user_organisations o
        JOIN public.app_users a ON a.login = o.login AND NOT a.disabled
        WHERE o.login = session_user $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_locations() RETURNS SETOF uuid
        LANGUAGE sql STABLE {PATH} AS $$
        SELECT l.id FROM public.locations l
        WHERE l.organisation_id IN (SELECT public.sa_organisations()) $$""")
    # the connected person's name, for the history the server writes (session_user: inside a
    # vetted function too it is who connected)
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_actor() RETURNS text LANGUAGE sql STABLE
        SECURITY DEFINER {PATH} AS $$
        SELECT coalesce((SELECT p.name FROM public.app_users a
                         JOIN public.people p ON p.id = a.person_id
                         WHERE a.login = session_user), session_user::text) $$""")
    # a shopper reads no one's contact fields but her own
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_own_email(target uuid) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER {PATH} AS $$
        SELECT p.email FROM public.people p
        JOIN public.app_users a ON a.person_id = p.id AND a.login = session_user
        WHERE p.id = target $$""")


def _guards() -> None:
    """The workflow (sa_workflow) and who may touch answers, reviews and history, checked in
    the server for every app login; the owner, the vetted functions (running as sa_owner) and
    foreign-key cascades (running as the table's owner) are not app logins."""
    score_nulls = "; ".join(f"NEW.{c} := NULL" for c in SCORE_COLUMNS
                            if c not in ('verified_by', 'grade')) + "; NEW.grade := ''"
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_audit_guard() RETURNS trigger LANGUAGE plpgsql
        {PATH} AS $$
        DECLARE
            r text;
            me uuid;
            who text;
            allowed_cols text[];
            extra text[];
        BEGIN
            IF NOT {APP} THEN RETURN coalesce(NEW, OLD); END IF;
            r := public.sa_role();
            IF r IS NULL THEN RETURN coalesce(NEW, OLD); END IF;
            me := public.sa_person();
            IF TG_OP = 'DELETE' THEN
                IF r NOT IN ('manager', 'admin') OR OLD.status <> 'draft' THEN
                    RAISE EXCEPTION 'a % may not delete an audit that is %', r, OLD.status
                        USING ERRCODE = '42501';
                END IF;
                RETURN OLD;
            END IF;
            IF TG_OP = 'INSERT' THEN
                who := CASE WHEN NEW.shopper_id IS NOT DISTINCT FROM me THEN 'shopper' ELSE r END;
                IF NOT EXISTS (SELECT 1 FROM public.sa_workflow w WHERE w.role = who
                               AND w.from_status IS NULL AND w.to_status = NEW.status::text) THEN
                    RAISE EXCEPTION 'a % may not create an audit that is %', who, NEW.status
                        USING ERRCODE = '42501';
                END IF;
                {score_nulls}; NEW.verified_by := '';
                NEW.revision := 1;
                RETURN NEW;
            END IF;
            NEW.updated_at := now();
            who := CASE WHEN OLD.shopper_id IS NOT DISTINCT FROM me THEN 'shopper' ELSE r END;
            SELECT w.columns INTO allowed_cols FROM public.sa_workflow w
             WHERE w.role = who AND w.from_status = OLD.status::text
               AND w.to_status = NEW.status::text;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'a % may not move an audit from % to %', who, OLD.status,
                    NEW.status USING ERRCODE = '42501';
            END IF;
            extra := ARRAY(
                SELECT n.key FROM jsonb_each(to_jsonb(NEW)) n
                JOIN jsonb_each(to_jsonb(OLD)) o ON o.key = n.key
                WHERE n.value IS DISTINCT FROM o.value
                  AND n.key NOT IN ('status', 'revision', 'updated_at')
                EXCEPT SELECT unnest(allowed_cols));
            IF cardinality(extra) > 0 THEN
                RAISE EXCEPTION 'a % may not change % of an audit that is %', who,
                    array_to_string(extra, ', '), OLD.status USING ERRCODE = '42501';
            END IF;
            IF OLD.status = 'accepted' AND NEW.status <> 'accepted'
               AND coalesce(current_setting('sa.reason', true), '') = '' THEN
                RAISE EXCEPTION 'an accepted audit is reopened only with a reason'
                    USING ERRCODE = '42501';
            END IF;
            IF NEW.status = 'submitted' AND OLD.status <> 'submitted' THEN
                -- new content: counted again only once the server has scored it
                {score_nulls}; NEW.verified_by := '';
            END IF;
            RETURN NEW;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_content_guard() RETURNS trigger LANGUAGE plpgsql
        {PATH} AS $$
        DECLARE
            r text;
            row_new jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
            row_old jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
            aid uuid;
            st text;
            owner uuid;
        BEGIN
            IF NOT {APP} THEN RETURN coalesce(NEW, OLD); END IF;
            r := public.sa_role();
            IF r IS NULL THEN RETURN coalesce(NEW, OLD); END IF;
            IF TG_OP = 'UPDATE' AND (row_new->'audit_id' IS DISTINCT FROM row_old->'audit_id'
                    OR row_new->'question_id' IS DISTINCT FROM row_old->'question_id'
                    OR row_new->'answer_id' IS DISTINCT FROM row_old->'answer_id') THEN
                RAISE EXCEPTION 'an answer stays with its audit and question'
                    USING ERRCODE = '42501';
            END IF;
            aid := (coalesce(row_new, row_old)->>'audit_id')::uuid;
            SELECT a.status::text, a.shopper_id INTO st, owner FROM public.audits a
             WHERE a.id = aid;
            IF NOT FOUND OR owner IS DISTINCT FROM public.sa_person() THEN
                RAISE EXCEPTION 'only the audit''s own shopper changes its answers'
                    USING ERRCODE = '42501';
            END IF;
            IF st NOT IN ('draft', 'returned') AND NOT EXISTS (
                    SELECT 1 FROM public.sa_fresh_audits f
                    WHERE f.audit_id = aid AND f.xid = pg_current_xact_id()) THEN
                RAISE EXCEPTION 'the answers of an audit that is % do not change', st
                    USING ERRCODE = '42501';
            END IF;
            IF TG_TABLE_NAME = 'answers' AND TG_OP = 'INSERT' AND NOT EXISTS (
                    SELECT 1 FROM public.questions q
                    JOIN public.sections s ON s.id = q.section_id
                    JOIN public.audits a ON a.template_version_id = s.template_version_id
                    WHERE q.id = (row_new->>'question_id')::uuid AND a.id = aid) THEN
                RAISE EXCEPTION 'that question is not on this audit''s checklist'
                    USING ERRCODE = '42501';
            END IF;
            IF TG_TABLE_NAME = 'attachments' AND TG_OP = 'INSERT'
               AND row_new->>'answer_id' IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM public.answers x
                    WHERE x.id = (row_new->>'answer_id')::uuid AND x.audit_id = aid) THEN
                RAISE EXCEPTION 'a photo belongs to an answer of its own audit'
                    USING ERRCODE = '42501';
            END IF;
            IF TG_OP = 'INSERT' AND TG_TABLE_NAME = 'answers' THEN
                NEW.revision := 1;
            END IF;
            RETURN coalesce(NEW, OLD);
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_review_guard() RETURNS trigger LANGUAGE plpgsql
        {PATH} AS $$
        DECLARE
            r text;
            me uuid;
            owner uuid;
            st text;
        BEGIN
            IF NOT {APP} THEN RETURN coalesce(NEW, OLD); END IF;
            r := public.sa_role();
            IF r IS NULL THEN RETURN coalesce(NEW, OLD); END IF;
            IF TG_OP <> 'INSERT' THEN
                RAISE EXCEPTION 'past reviews never change' USING ERRCODE = '42501';
            END IF;
            me := public.sa_person();
            IF r NOT IN ('reviewer', 'manager', 'admin') OR me IS NULL THEN
                RAISE EXCEPTION 'a % does not review audits', r USING ERRCODE = '42501';
            END IF;
            SELECT a.shopper_id, a.status::text INTO owner, st FROM public.audits a
             WHERE a.id = NEW.audit_id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'you may not review this audit' USING ERRCODE = '42501';
            END IF;
            IF owner = me THEN
                RAISE EXCEPTION 'nobody decides on an audit she shopped herself'
                    USING ERRCODE = '42501';
            END IF;
            -- a review records the decision just made: the audit moved to it in this
            -- transaction (its row's xmin), by this reviewer
            IF st IS DISTINCT FROM NEW.decision::text OR NOT EXISTS (
                    SELECT 1 FROM public.audits a WHERE a.id = NEW.audit_id
                    AND a.xmin = pg_current_xact_id()::xid) THEN
                RAISE EXCEPTION 'a review records a decision made with it (the audit moved to '
                    '% in the same transaction)', NEW.decision USING ERRCODE = '42501';
            END IF;
            NEW.reviewer_id := me;       -- the reviewer is who is connected, set by the server
            NEW.created_at := now();
            RETURN NEW;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_reported_guard() RETURNS trigger
        LANGUAGE plpgsql {PATH} AS $$
        BEGIN
            IF {APP} AND public.sa_role() IS NOT NULL THEN
                NEW.reported_by := public.sa_actor();
                NEW.received_at := now();
            END IF;
            RETURN NEW;
        END $$""")
    cache_keys = " - ".join(f"'{c}'" for c in SCORE_COLUMNS)
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_bump_revision() RETURNS trigger
        LANGUAGE plpgsql {PATH} AS $$
        BEGIN
            -- always one up: no writer chooses a revision, none rewinds one
            IF TG_TABLE_NAME = 'audits' AND (to_jsonb(NEW) - {cache_keys} - 'revision'
                    - 'updated_at' - 'resume_question') = (to_jsonb(OLD) - {cache_keys}
                    - 'revision' - 'updated_at' - 'resume_question') THEN
                -- only the score cache or where the shopper was: the content is the same
                NEW.revision := OLD.revision;
            ELSE
                NEW.revision := OLD.revision + 1;
            END IF;
            RETURN NEW;
        END $$""")


def _bulk_answers() -> None:
    """Answers arrive several hundred per statement from a sync: their check and their
    history are one set-based statement each (statement-level triggers over the inserted
    rows), not a function call per answer."""
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_answers_added() RETURNS trigger
        LANGUAGE plpgsql {PATH} AS $$
        DECLARE r text; me uuid; bad text;
        BEGIN
            IF NOT {APP} THEN RETURN NULL; END IF;
            r := public.sa_role();
            IF r IS NULL THEN RETURN NULL; END IF;
            me := public.sa_person();
            SELECT CASE
                WHEN a.id IS NULL OR a.shopper_id IS DISTINCT FROM me
                    THEN 'only the audit''s own shopper changes its answers'
                WHEN n.revision <> 1 THEN 'a new answer''s revision is the server''s (1)'
                WHEN a.status::text NOT IN ('draft', 'returned') AND f.audit_id IS NULL
                    THEN format('the answers of an audit that is %s do not change', a.status)
                ELSE 'that question is not on this audit''s checklist' END
              INTO bad
              FROM new_rows n
              LEFT JOIN public.audits a ON a.id = n.audit_id
              LEFT JOIN public.sa_fresh_audits f
                ON f.audit_id = n.audit_id AND f.xid = pg_current_xact_id()
             WHERE a.id IS NULL OR a.shopper_id IS DISTINCT FROM me OR n.revision <> 1
                OR (a.status::text NOT IN ('draft', 'returned') AND f.audit_id IS NULL)
                OR NOT EXISTS (SELECT 1 FROM public.questions q
                               JOIN public.sections s ON s.id = q.section_id
                               WHERE q.id = n.question_id
                                 AND s.template_version_id = a.template_version_id)
             LIMIT 1;
            IF bad IS NOT NULL THEN
                RAISE EXCEPTION '%', bad USING ERRCODE = '42501';
            END IF;
            RETURN NULL;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_answers_history() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE who text;
        BEGIN
            IF NOT {APP} OR public.sa_session_role() IS NULL THEN RETURN NULL; END IF;
            who := public.sa_actor();
            INSERT INTO public.change_log (id, at, actor, entity, entity_id, action, details,
                                           audit_id, diary_id, organisation_id)
            SELECT gen_random_uuid(), now(), who, 'answer', n.id, 'save',
                   json_build_object('question', q.key, 'value', n.value, 'na', n.na),
                   n.audit_id, NULL, l.organisation_id
              FROM new_rows n
              JOIN public.audits a ON a.id = n.audit_id
              JOIN public.locations l ON l.id = a.location_id
              LEFT JOIN public.questions q ON q.id = n.question_id;
            RETURN NULL;
        END $$""")


def _version_guard() -> None:
    """A checklist version that audits point to never changes (old scores never move): a
    manager saves a new version instead, as the editor does."""
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_version_of(tbl text, item jsonb) RETURNS uuid
        LANGUAGE sql STABLE {PATH} AS $$
        SELECT CASE
            WHEN item IS NULL THEN NULL
            WHEN tbl = 'template_versions' THEN (item->>'id')::uuid
            WHEN tbl = 'sections' THEN (item->>'template_version_id')::uuid
            WHEN tbl = 'questions' THEN (SELECT s.template_version_id FROM public.sections s
                                         WHERE s.id = (item->>'section_id')::uuid)
            ELSE (SELECT s.template_version_id FROM public.questions q
                  JOIN public.sections s ON s.id = q.section_id
                  WHERE q.id = (item->>'question_id')::uuid) END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_version_guard() RETURNS trigger
        LANGUAGE plpgsql {PATH} AS $$
        DECLARE
            before_v uuid;
            after_v uuid;
        BEGIN
            IF NOT {APP} OR public.sa_role() IS NULL THEN RETURN coalesce(NEW, OLD); END IF;
            IF TG_OP = 'INSERT' AND TG_TABLE_NAME = 'template_versions' THEN
                RETURN NEW;  -- a new version is how a checklist changes
            END IF;
            before_v := public.sa_version_of(TG_TABLE_NAME,
                CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END);
            after_v := public.sa_version_of(TG_TABLE_NAME,
                CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END);
            IF EXISTS (SELECT 1 FROM public.audits a
                       WHERE a.template_version_id IN (before_v, after_v)) THEN
                RAISE EXCEPTION 'a checklist version audits were made with does not change; '
                    'save a new version' USING ERRCODE = '42501';
            END IF;
            RETURN coalesce(NEW, OLD);
        END $$""")
    for table in ('template_versions', 'sections', 'questions', 'choices',
                  'question_standards'):
        _x(f"CREATE TRIGGER {table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON {table} "
           "FOR EACH ROW EXECUTE FUNCTION public.sa_version_guard()")


def _limits() -> None:
    """No session holds locks for long (an app transaction is short), and no app role fills
    the server with large objects."""
    _x("""DO $$ BEGIN
        EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L',
                       current_database(), '60s');
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'could not limit idle transactions on this database (not its owner)';
    END $$""")
    _x("""DO $$ DECLARE f text; BEGIN
        FOREACH f IN ARRAY ARRAY['lo_from_bytea(oid, bytea)', 'lo_create(oid)', 'lo_creat(integer)',
                                 'lo_put(oid, bigint, bytea)', 'lo_open(oid, integer)',
                                 'lowrite(integer, bytea)', 'lo_import(text)',
                                 'lo_import(text, oid)'] LOOP
            EXECUTE format('REVOKE EXECUTE ON FUNCTION pg_catalog.%s FROM PUBLIC', f);
        END LOOP;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'large-object functions stay open to all (not a superuser)';
    END $$""")


def _save_function() -> None:
    """One answer saved in one round trip (the form's autosave on a team server): the audit's
    row lock, the revision check and the write, as the caller (every guard applies)."""
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_save_answer(
            target uuid, question uuid, new_value json, new_na boolean, new_comment text,
            expected integer)
        RETURNS integer LANGUAGE plpgsql {PATH} AS $$
        DECLARE st text; aid uuid; rev integer;
        BEGIN
            SELECT a.status::text INTO st FROM public.audits a WHERE a.id = target FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no audit %', target USING ERRCODE = 'P0002';
            END IF;
            IF st NOT IN ('draft', 'returned') THEN
                RAISE EXCEPTION 'the audit is %', st USING ERRCODE = 'SA001';
            END IF;
            SELECT x.id, x.revision INTO aid, rev FROM public.answers x
             WHERE x.audit_id = target AND x.question_id = question;
            IF FOUND THEN
                IF expected IS NOT NULL AND rev <> expected THEN
                    RETURN -rev;  -- someone else saved since: the caller shows both
                END IF;
                UPDATE public.answers SET value = new_value, na = new_na,
                       comment = new_comment, answered_at = now()
                 WHERE id = aid RETURNING revision INTO rev;
            ELSE
                INSERT INTO public.answers (id, audit_id, question_id, value, na, comment,
                                            answered_at, revision)
                VALUES (gen_random_uuid(), target, question, new_value, new_na, new_comment,
                        now(), 1)
                RETURNING revision INTO rev;
            END IF;
            RETURN rev;
        END $$""")


def _history() -> None:
    """Change-log rows written by the server with the connected person as actor."""
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_write_history() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE
            row_new jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
            row_old jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
            cur jsonb := coalesce(row_new, row_old);
            entity text;
            act text;
            det jsonb := '{{}}';
            aid uuid;
            did uuid;
            org uuid;
            loc uuid;
            qkey text;
            changed text[];
        BEGIN
            -- the owner writes its own history (it is no app user and bound by no rule)
            IF NOT {APP} OR public.sa_session_role() IS NULL THEN RETURN NULL; END IF;
            IF TG_TABLE_NAME = 'audits' THEN
                entity := 'audit'; aid := (cur->>'id')::uuid; loc := (cur->>'location_id')::uuid;
                IF TG_OP = 'INSERT' THEN
                    act := 'start'; det := jsonb_build_object('status', cur->>'status');
                    INSERT INTO public.sa_fresh_audits (audit_id) VALUES (aid)
                        ON CONFLICT (audit_id) DO UPDATE SET xid = pg_current_xact_id();
                ELSIF TG_OP = 'DELETE' THEN
                    act := 'delete';
                ELSIF row_new->>'status' IS DISTINCT FROM row_old->>'status' THEN
                    act := CASE
                        WHEN row_new->>'status' = 'submitted' AND row_old->>'status' = 'accepted'
                            THEN 'reopen'
                        WHEN row_new->>'status' = 'submitted' THEN 'submit'
                        ELSE row_new->>'status' END;
                    IF act = 'reopen' THEN
                        det := jsonb_build_object('reason', current_setting('sa.reason', true));
                    END IF;
                ELSE
                    changed := ARRAY(SELECT n.key FROM jsonb_each(row_new) n
                        JOIN jsonb_each(row_old) o ON o.key = n.key
                        WHERE n.value IS DISTINCT FROM o.value
                          AND n.key NOT IN ('revision', 'updated_at', 'resume_question'));
                    IF cardinality(changed) = 0 THEN RETURN NULL; END IF;
                    IF row_new->>'verified_at' IS NOT NULL
                       AND row_new->>'verified_at' IS DISTINCT FROM row_old->>'verified_at' THEN
                        act := 'verified';
                        det := jsonb_build_object('score', row_new->'score');
                    ELSE
                        act := 'edit'; det := jsonb_build_object('columns', to_jsonb(changed));
                    END IF;
                END IF;
            ELSIF TG_TABLE_NAME IN ('answers', 'attachments') THEN
                aid := (cur->>'audit_id')::uuid;
                SELECT a.location_id INTO loc FROM public.audits a WHERE a.id = aid;
                IF NOT FOUND THEN RETURN NULL; END IF;  -- gone with its audit: logged there
                IF TG_TABLE_NAME = 'answers' THEN
                    entity := 'answer';
                    SELECT q.key INTO qkey FROM public.questions q
                     WHERE q.id = (cur->>'question_id')::uuid;
                    act := CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'save' END;
                    det := jsonb_build_object('question', qkey, 'value', cur->'value',
                                              'na', cur->'na');
                ELSE
                    entity := 'attachment';
                    SELECT q.key INTO qkey FROM public.answers x
                      JOIN public.questions q ON q.id = x.question_id
                     WHERE x.id = (cur->>'answer_id')::uuid;
                    act := CASE WHEN TG_OP = 'DELETE' THEN 'remove' ELSE 'add' END;
                    det := jsonb_build_object('question', qkey, 'name', cur->>'name',
                                              'size', cur->'size');
                END IF;
            ELSIF TG_TABLE_NAME = 'corrective_actions' THEN
                entity := 'action'; loc := (cur->>'location_id')::uuid;
                act := CASE
                    WHEN TG_OP = 'INSERT' THEN 'create'
                    WHEN TG_OP = 'DELETE' THEN 'delete'
                    WHEN row_new->>'status' IS DISTINCT FROM row_old->>'status'
                        THEN row_new->>'status'
                    ELSE 'edit' END;
                det := jsonb_build_object('title', cur->>'title');
            ELSE  -- diary_events
                entity := 'diary_event'; did := (cur->>'diary_id')::uuid;
                act := CASE WHEN TG_OP = 'INSERT' THEN 'add'
                            WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'edit' END;
                det := jsonb_build_object('diary', did::text);
            END IF;
            IF loc IS NOT NULL THEN
                SELECT l.organisation_id INTO org FROM public.locations l WHERE l.id = loc;
            END IF;
            INSERT INTO public.change_log (id, at, actor, entity, entity_id, action, details,
                                           audit_id, diary_id, organisation_id)
            VALUES (gen_random_uuid(), now(), public.sa_actor(), entity, (cur->>'id')::uuid,
                    act, det::json, CASE WHEN TG_OP = 'DELETE' AND entity = 'audit' THEN NULL
                    ELSE aid END, did, org);
            RETURN NULL;
        END $$""")
    # an audit created with its answers in one transaction (a sync) is checked at commit:
    # its status is one it may be created in, and the mark that let its answers in goes
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_settle_new_audit() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        BEGIN
            DELETE FROM public.sa_fresh_audits WHERE audit_id = NEW.id;
            RETURN NULL;
        END $$""")


def _vetted_functions() -> None:
    """The only ways to write scores, settle conflicts and manage users (SECURITY DEFINER,
    owned by sa_owner, which is no superuser)."""
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_may_decide(target uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {PATH} AS $$
        SELECT EXISTS (
            SELECT 1 FROM public.audits a
            JOIN public.locations l ON l.id = a.location_id
            JOIN public.app_users u ON u.login = session_user AND NOT u.disabled
            WHERE a.id = target
              AND a.shopper_id IS DISTINCT FROM u.person_id
              AND (public.sa_session_role() IN ('admin', 'scorer')
                   OR (public.sa_session_role() IN ('reviewer', 'manager')
                       AND l.organisation_id IN (SELECT o.organisation_id
                            FROM public.user_organisations o WHERE o.login = session_user))))
        $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_record_score(
            target uuid, expected_revision integer, new_score double precision,
            new_passed boolean, new_grade text, new_critical json, new_detail json)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE st text; rev integer;
        BEGIN
            IF NOT public.sa_may_decide(target) THEN
                RAISE EXCEPTION 'you may not score this audit' USING ERRCODE = '42501';
            END IF;
            SELECT a.status::text, a.revision INTO st, rev FROM public.audits a
             WHERE a.id = target FOR UPDATE;
            IF st NOT IN ('submitted', 'accepted') THEN
                RAISE EXCEPTION 'only submitted and accepted audits are scored'
                    USING ERRCODE = '42501';
            END IF;
            IF rev <> expected_revision THEN
                RAISE EXCEPTION 'the audit changed since it was scored (revision % now)', rev
                    USING ERRCODE = '40001';
            END IF;
            UPDATE public.audits SET score = new_score, passed = new_passed,
                   grade = coalesce(new_grade, ''), critical_failed = new_critical,
                   score_detail = new_detail, scored_at = now(), verified_at = now(),
                   verified_by = session_user
             WHERE id = target;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_resolve_conflict(
            conflict uuid, take text[], take_status boolean)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE c record; a record; k text; item jsonb; qid uuid; incoming text;
        BEGIN
            SELECT * INTO c FROM public.audit_conflicts WHERE id = conflict FOR UPDATE;
            IF NOT FOUND OR c.resolved_at IS NOT NULL THEN
                RAISE EXCEPTION 'this conflict is already settled' USING ERRCODE = '42501';
            END IF;
            IF public.sa_session_role() NOT IN ('reviewer', 'manager', 'admin')
               OR NOT public.sa_may_decide(c.audit_id) THEN
                RAISE EXCEPTION 'you may not settle this conflict' USING ERRCODE = '42501';
            END IF;
            SELECT * INTO a FROM public.audits WHERE id = c.audit_id FOR UPDATE;
            IF a.status::text = 'accepted' THEN
                RAISE EXCEPTION 'an accepted audit is reopened, with a reason, before its '
                    'conflict is settled' USING ERRCODE = '42501';
            END IF;
            FOREACH k IN ARRAY coalesce(take, '{{}}') LOOP
                SELECT x INTO item FROM jsonb_array_elements(c.document::jsonb->'answers') x
                 WHERE x->>'question' = k LIMIT 1;
                SELECT q.id INTO qid FROM public.questions q
                  JOIN public.sections s ON s.id = q.section_id
                 WHERE s.template_version_id = a.template_version_id AND q.key = k;
                CONTINUE WHEN item IS NULL OR qid IS NULL;
                INSERT INTO public.answers (id, audit_id, question_id, value, na, comment,
                                            answered_at, revision)
                VALUES (gen_random_uuid(), a.id, qid,
                        coalesce(item->'value', 'null'::jsonb)::json,
                        coalesce((item->>'na')::boolean, false),
                        coalesce(item->>'comment', ''), now(), 1)
                ON CONFLICT (audit_id, question_id) DO UPDATE
                   SET value = EXCLUDED.value, na = EXCLUDED.na, comment = EXCLUDED.comment,
                       answered_at = EXCLUDED.answered_at;
            END LOOP;
            incoming := c.document::jsonb->>'status';
            -- the incoming status only where the audit's shopper could have moved it so
            IF take_status AND incoming IS DISTINCT FROM a.status::text AND EXISTS (
                    SELECT 1 FROM public.sa_workflow w WHERE w.role = 'shopper'
                    AND w.from_status = a.status::text AND w.to_status = incoming) THEN
                UPDATE public.audits SET status = incoming WHERE id = a.id;
            END IF;
            UPDATE public.audits SET score = NULL, passed = NULL, grade = '',
                   critical_failed = NULL, score_detail = NULL, scored_at = NULL,
                   verified_at = NULL, verified_by = '' WHERE id = a.id;
            UPDATE public.audit_conflicts SET resolved_at = now() WHERE id = conflict;
            INSERT INTO public.change_log (id, at, actor, entity, entity_id, action, details,
                                           audit_id, organisation_id)
            SELECT gen_random_uuid(), now(), public.sa_actor(), 'audit', a.id, 'merge',
                   json_build_object('conflict', conflict::text, 'taken', to_json(take)),
                   a.id, l.organisation_id
              FROM public.locations l WHERE l.id = a.location_id;
        END $$""")
    login_ok = "'^[a-z_][a-z0-9_.-]{0,62}$'"
    verifier_ok = r"'^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'"
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_check_admin() RETURNS void LANGUAGE plpgsql
        {PATH} AS $$
        BEGIN
            -- an enabled admin login, or whoever runs the migrations (the database's owner)
            IF NOT ((coalesce(public.sa_session_role(), '') = 'admin' AND EXISTS (
                       SELECT 1 FROM public.app_users u WHERE u.login = session_user
                       AND NOT u.disabled))
                    OR pg_catalog.pg_has_role(session_user, 'sa_owner', 'MEMBER')) THEN
                RAISE EXCEPTION 'only an admin manages users' USING ERRCODE = '42501';
            END IF;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_app_login(target text) RETURNS void
        LANGUAGE plpgsql {PATH} AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM public.app_users u WHERE u.login = target)
               OR NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = target
                              AND NOT r.rolsuper AND NOT r.rolbypassrls
                              AND NOT r.rolreplication AND NOT r.rolcreaterole) THEN
                RAISE EXCEPTION 'no app user %', target USING ERRCODE = '42704';
            END IF;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_user_add(
            new_login text, new_role text, verifier text, person uuid, organisations uuid[])
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE o uuid;
        BEGIN
            PERFORM public.sa_check_admin();
            IF new_login !~ {login_ok} OR new_login LIKE 'pg\\_%' OR new_login LIKE 'sa\\_%' THEN
                RAISE EXCEPTION 'not a login name: %', new_login USING ERRCODE = '22023';
            END IF;
            IF new_role NOT IN ('shopper', 'reviewer', 'manager', 'admin', 'scorer') THEN
                RAISE EXCEPTION 'not a role: %', new_role USING ERRCODE = '22023';
            END IF;
            IF verifier IS NULL OR verifier !~ {verifier_ok} THEN
                RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier'
                    USING ERRCODE = '22023';
            END IF;
            IF person IS NOT NULL AND EXISTS (
                    SELECT 1 FROM public.app_users WHERE person_id = person) THEN
                RAISE EXCEPTION 'that person has a login already (one login per person)'
                    USING ERRCODE = '42710';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_login)
               OR EXISTS (SELECT 1 FROM public.app_users WHERE login = new_login) THEN
                RAISE EXCEPTION 'a login % exists already on this server', new_login
                    USING ERRCODE = '42710';
            END IF;
            EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE '
                           'NOREPLICATION NOBYPASSRLS INHERIT PASSWORD %L IN ROLE %I',
                           new_login, verifier, 'sa_' || new_role);
            INSERT INTO public.app_users (login, person_id, role, disabled, created_at)
            VALUES (new_login, person, new_role, false, now());
            FOREACH o IN ARRAY coalesce(organisations, '{{}}') LOOP
                INSERT INTO public.user_organisations (login, organisation_id)
                VALUES (new_login, o);
            END LOOP;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_user_disable(target text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE g text;
        BEGIN
            PERFORM public.sa_check_admin();
            PERFORM public.sa_app_login(target);
            UPDATE public.app_users SET disabled = true WHERE login = target;
            EXECUTE format('ALTER ROLE %I NOLOGIN', target);
            -- no rights left, and no session either
            FOREACH g IN ARRAY ARRAY['sa_shopper', 'sa_reviewer', 'sa_manager', 'sa_admin',
                                     'sa_scorer'] LOOP
                IF pg_catalog.pg_has_role(target, g, 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', g, target);
                END IF;
            END LOOP;
            BEGIN
                PERFORM pg_catalog.pg_terminate_backend(a.pid) FROM pg_catalog.pg_stat_activity a
                 WHERE a.usename = target;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE WARNING 'the open sessions of % end when they next connect', target;
            END;
        END $$""")
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_user_set_role(
            target text, new_role text, organisations uuid[])
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE g text; o uuid;
        BEGIN
            PERFORM public.sa_check_admin();
            PERFORM public.sa_app_login(target);
            IF new_role NOT IN ('shopper', 'reviewer', 'manager', 'admin', 'scorer') THEN
                RAISE EXCEPTION 'not a role: %', new_role USING ERRCODE = '22023';
            END IF;
            FOREACH g IN ARRAY ARRAY['sa_shopper', 'sa_reviewer', 'sa_manager', 'sa_admin',
                                     'sa_scorer'] LOOP
                IF pg_catalog.pg_has_role(target, g, 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', g, target);
                END IF;
            END LOOP;
            EXECUTE format('GRANT %I TO %I', 'sa_' || new_role, target);
            UPDATE public.app_users SET role = new_role WHERE login = target;
            DELETE FROM public.user_organisations WHERE login = target;
            FOREACH o IN ARRAY coalesce(organisations, '{{}}') LOOP
                INSERT INTO public.user_organisations (login, organisation_id)
                VALUES (target, o);
            END LOOP;
        END $$""")
    for fn in ('sa_session_role()', 'sa_person()', 'sa_organisations()', 'sa_answers_history()',
               'sa_actor()', 'sa_own_email(uuid)', 'sa_write_history()', 'sa_settle_new_audit()',
               'sa_may_decide(uuid)',
               'sa_record_score(uuid, integer, double precision, boolean, text, json, json)',
               'sa_resolve_conflict(uuid, text[], boolean)', 'sa_check_admin()',
               'sa_app_login(text)', 'sa_user_add(text, text, text, uuid, uuid[])',
               'sa_user_disable(text)', 'sa_user_set_role(text, text, uuid[])'):
        _x(f"ALTER FUNCTION public.{fn} OWNER TO sa_owner")


def _triggers() -> None:
    for table in ('audits', 'answers', 'corrective_actions', 'templates'):
        _x(f"CREATE TRIGGER {table}_revision BEFORE UPDATE ON {table} "
           "FOR EACH ROW EXECUTE FUNCTION public.sa_bump_revision()")
    _x("CREATE TRIGGER audits_guard BEFORE INSERT OR UPDATE OR DELETE ON audits "
       "FOR EACH ROW EXECUTE FUNCTION public.sa_audit_guard()")
    _x("CREATE TRIGGER attachments_guard BEFORE INSERT OR UPDATE OR DELETE ON attachments "
       "FOR EACH ROW EXECUTE FUNCTION public.sa_content_guard()")
    _x("CREATE TRIGGER answers_guard BEFORE UPDATE OR DELETE ON answers "
       "FOR EACH ROW EXECUTE FUNCTION public.sa_content_guard()")
    _x("CREATE TRIGGER answers_added AFTER INSERT ON answers REFERENCING NEW TABLE AS new_rows "
       "FOR EACH STATEMENT EXECUTE FUNCTION public.sa_answers_added()")
    _x("CREATE TRIGGER answers_added_history AFTER INSERT ON answers "
       "REFERENCING NEW TABLE AS new_rows "
       "FOR EACH STATEMENT EXECUTE FUNCTION public.sa_answers_history()")
    _x("CREATE TRIGGER reviews_guard BEFORE INSERT OR UPDATE OR DELETE ON reviews "
       "FOR EACH ROW EXECUTE FUNCTION public.sa_review_guard()")
    _x("CREATE TRIGGER reported_history_guard BEFORE INSERT ON reported_history "
       "FOR EACH ROW EXECUTE FUNCTION public.sa_reported_guard()")
    for table in LOGGED:
        events = "UPDATE OR DELETE" if table == 'answers' else "INSERT OR UPDATE OR DELETE"
        _x(f"CREATE TRIGGER {table}_history AFTER {events} ON {table} "
           "FOR EACH ROW EXECUTE FUNCTION public.sa_write_history()")
    _x("CREATE CONSTRAINT TRIGGER audits_settle AFTER INSERT ON audits "
       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.sa_settle_new_audit()")


def _policy(table: str, name: str, command: str, using: str | None,
            check: str | None = None, to: str = 'PUBLIC') -> None:
    sql = f"CREATE POLICY {name} ON {table} FOR {command} TO {to}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    _x(sql)


def _policies() -> None:
    """One rule per role and table; `(SELECT f())` asks once per statement."""
    me = "(SELECT public.sa_person())"
    staff = "((SELECT public.sa_is('reviewer')) OR (SELECT public.sa_is('manager')))"
    manager = "(SELECT public.sa_is('manager'))"
    admin = "(SELECT public.sa_is('admin'))"
    orgs = "(SELECT public.sa_organisations())"
    in_orgs = "location_id IN (SELECT public.sa_locations())"
    for table in RLS_TABLES:
        _x(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _policy(table, f"{table}_owner", 'ALL', 'true', 'true', to='sa_owner')
        _policy(table, f"{table}_admin_read", 'SELECT', admin)
    # organisations, locations, people: everyone reads (names); managers change their own
    for table in ('organisations', 'locations', 'people', 'known_keys'):
        _policy(table, f"{table}_read", 'SELECT', 'true')
    for table in ('organisations', 'locations', 'people', 'known_keys', 'corrective_actions',
                  'audits'):
        _policy(table, f"{table}_admin", 'ALL', admin, admin)
    _policy('organisations', 'organisations_manager_add', 'INSERT', None, manager)
    _policy('organisations', 'organisations_manager_change', 'UPDATE',
            f"{manager} AND id IN {orgs}", f"{manager} AND id IN {orgs}")
    _policy('locations', 'locations_manager', 'ALL', f"{manager} AND organisation_id IN {orgs}",
            f"{manager} AND organisation_id IN {orgs}")
    _policy('people', 'people_manager_add', 'INSERT', None, manager)
    _policy('known_keys', 'known_keys_add', 'INSERT', None,
            f"person = (SELECT p.name FROM public.people p WHERE p.id = {me}) "
            "OR person = 'laptop ' || laptop_id")
    # audits: one's own, or staff the organisations' they work for; the scorer reads all
    mine = f"shopper_id = {me}"
    _policy('audits', 'audits_read', 'SELECT',
            f"{mine} OR ({staff} AND {in_orgs}) OR (SELECT public.sa_is('scorer'))")
    _policy('audits', 'audits_add', 'INSERT', None, mine)  # an audit is its shopper's
    _policy('audits', 'audits_change', 'UPDATE', f"{mine} OR ({staff} AND {in_orgs})",
            f"{mine} OR ({staff} AND {in_orgs})")
    _policy('audits', 'audits_delete', 'DELETE', f"{manager} AND {in_orgs}")
    seen = "audit_id IN (SELECT id FROM public.audits)"

    def seen_one(table: str) -> str:
        return f"EXISTS (SELECT 1 FROM public.audits a WHERE a.id = {table}.audit_id)"

    for table in ('answers', 'attachments', 'reviews', 'audit_revisions', 'audit_conflicts',
                  'reported_history', 'package_exports'):
        _policy(table, f"{table}_read", 'SELECT', seen)
        if table != 'audit_conflicts':
            _policy(table, f"{table}_add", 'INSERT', None, seen_one(table))
    for table in ('answers', 'attachments', 'package_exports'):
        _policy(table, f"{table}_change", 'UPDATE', seen_one(table), seen_one(table))
        _policy(table, f"{table}_delete", 'DELETE', seen_one(table))
    # a conflict is what the audit's own shopper sent (her laptop's version), kept for staff
    # to settle once: only resolved_at, only from open to settled
    _policy('audit_conflicts', 'audit_conflicts_add', 'INSERT', None,
            f"resolved_at IS NULL AND EXISTS (SELECT 1 FROM public.audits a "
            f"WHERE a.id = audit_conflicts.audit_id AND a.shopper_id = {me})")
    # diaries: a diarist's own; staff read all (panels report to managers)
    _policy('diaries', 'diaries_own', 'ALL', f"owner_id = {me}", f"owner_id = {me}")
    _policy('diaries', 'diaries_staff_read', 'SELECT', staff)
    follow = "diary_id IN (SELECT id FROM public.diaries)"
    own = f"diary_id IN (SELECT id FROM public.diaries WHERE owner_id = {me})"
    _policy('diary_events', 'diary_events_read', 'SELECT', follow)
    for command in ('INSERT', 'UPDATE', 'DELETE'):  # only the diarist writes her diary
        _policy('diary_events', f"diary_events_own_{command.lower()}", command,
                None if command == 'INSERT' else own, None if command == 'DELETE' else own)
    # corrective actions: their organisations' (or tied to no location)
    actions = f"(location_id IS NULL OR {in_orgs})"
    _policy('corrective_actions', 'actions_read', 'SELECT', f"{staff} AND {actions}")
    _policy('corrective_actions', 'actions_manage', 'ALL', f"{manager} AND {actions}",
            f"{manager} AND {actions}")
    # the change log: staff their organisations' (and what belongs to none), a shopper what
    # is about her own audits and diaries
    _policy('change_log', 'change_log_staff', 'SELECT',
            f"{staff} AND (organisation_id IN {orgs} OR (organisation_id IS NULL "
            "AND entity IN ('action', 'diary_event')))")
    _policy('change_log', 'change_log_own', 'SELECT',
            f"audit_id IN (SELECT id FROM public.audits WHERE shopper_id = {me}) "
            f"OR diary_id IN (SELECT id FROM public.diaries WHERE owner_id = {me})")
    # users: each login its own entry
    _policy('app_users', 'app_users_self', 'SELECT', "login = session_user")
    _policy('user_organisations', 'user_organisations_self', 'SELECT', "login = session_user")


def _grants() -> None:
    everyone = 'sa_shopper, sa_reviewer, sa_manager, sa_admin'
    staff = 'sa_reviewer, sa_manager, sa_admin'
    managers = 'sa_manager, sa_admin'
    _x("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    _x(f"GRANT USAGE ON SCHEMA public TO {APP_ROLES}, sa_owner")
    _x(f"GRANT SELECT ON alembic_version, sa_workflow, sa_fresh_audits, organisations, "
       f"locations, {', '.join(REFERENCE)} TO {APP_ROLES}")
    _x(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(REFERENCE)} TO {managers}")
    _x(f"GRANT INSERT, UPDATE ON organisations, locations TO {managers}")
    _x("GRANT DELETE ON organisations, locations TO sa_admin")
    _x(f"GRANT DELETE ON locations TO {managers}")
    # people: contact fields for staff only
    _x(f"GRANT SELECT ({', '.join(PERSON_PUBLIC)}) ON people TO sa_shopper, sa_scorer")
    _x(f"GRANT SELECT ON people TO {staff}")
    _x(f"GRANT INSERT ON people TO {managers}")
    # names are who people are (history, packages): no role renames one
    _x("GRANT UPDATE (email, language, role) ON people TO sa_admin")
    # audits and what hangs on them; the guards decide what each may change
    audit_cols = ', '.join((*SHOPPER_FILLS, 'visit_start', 'status', 'submitted_at',
                            'updated_at'))
    _x(f"GRANT SELECT ON audits, answers TO {APP_ROLES}")
    _x(f"GRANT SELECT ON attachments, reviews TO {everyone}")
    _x(f"GRANT SELECT ON audit_revisions, diaries, diary_events, change_log, known_keys, "
       f"package_exports, reported_history, audit_conflicts TO {everyone}")
    _x(f"GRANT INSERT ON audits TO sa_shopper, {managers}")
    _x(f"GRANT UPDATE ({audit_cols}) ON audits TO {everyone}")
    _x(f"GRANT DELETE ON audits TO {managers}")
    _x(f"GRANT INSERT, UPDATE, DELETE ON answers, attachments TO {everyone}")
    _x(f"GRANT INSERT, UPDATE, DELETE ON diaries, diary_events, package_exports TO {everyone}")
    _x(f"GRANT INSERT ON audit_revisions TO {everyone}")
    _x(f"GRANT INSERT ON reviews, reported_history, known_keys, audit_conflicts TO {everyone}")
    _x(f"GRANT SELECT ON corrective_actions TO {staff}")
    _x(f"GRANT INSERT, UPDATE, DELETE ON corrective_actions TO {managers}")
    _x(f"GRANT SELECT ON app_users, user_organisations TO {APP_ROLES}")
    # the scorer reads what scoring needs and writes through sa_record_score only
    _x("GRANT SELECT ON audits, answers TO sa_scorer")
    # the vetted functions' owner
    _x("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sa_owner")
    # who may call what
    for fn in ('sa_is(text)', 'sa_role()', 'sa_person()', 'sa_organisations()',
               'sa_locations()', 'sa_actor()', 'sa_own_email(uuid)', 'sa_session_role()',
               'sa_save_answer(uuid, uuid, json, boolean, text, integer)', 'sa_may_decide(uuid)',
               'sa_check_admin()', 'sa_app_login(text)'):
        _x(f"GRANT EXECUTE ON FUNCTION public.{fn} TO {APP_ROLES}, sa_owner")
    for fn in ('sa_audit_guard()', 'sa_content_guard()', 'sa_review_guard()',
               'sa_reported_guard()', 'sa_bump_revision()', 'sa_notify_change()',
               'sa_version_guard()', 'sa_answers_added()', 'sa_version_of(text, jsonb)'):
        _x(f"GRANT EXECUTE ON FUNCTION public.{fn} TO {APP_ROLES}, sa_owner")
    _x("GRANT EXECUTE ON FUNCTION public.sa_record_score(uuid, integer, double precision, "
       f"boolean, text, json, json) TO sa_scorer, {staff}")
    _x(f"GRANT EXECUTE ON FUNCTION public.sa_resolve_conflict(uuid, text[], boolean) TO {staff}")
    for fn in ('sa_user_add(text, text, text, uuid, uuid[])', 'sa_user_disable(text)',
               'sa_user_set_role(text, text, uuid[])'):
        _x(f"GRANT EXECUTE ON FUNCTION public.{fn} TO sa_admin")


def _notify_function() -> None:
    _x(f"""CREATE OR REPLACE FUNCTION public.sa_notify_change() RETURNS trigger
        LANGUAGE plpgsql {PATH} AS $$
        BEGIN
            PERFORM pg_catalog.pg_notify('auditor_changes', TG_TABLE_NAME);
            RETURN NULL;
        END $$""")


def _fixed_paths() -> None:
    """Every function the rules call, once more by name: its search path is pg_catalog, the
    app's schema, pg_temp last (each CREATE above says so too; this states it where a
    reader of the migration finds every name)."""
    _x("ALTER FUNCTION public.sa_actor() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_answers_added() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_answers_history() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_app_login(text) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_audit_guard() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_bump_revision() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_check_admin() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_content_guard() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_is(text) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_locations() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_may_decide(uuid) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_notify_change() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_organisations() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_own_email(uuid) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_person() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_record_score(uuid, integer, double precision, boolean, text, json, json) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_reported_guard() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_resolve_conflict(uuid, text[], boolean) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_review_guard() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_role() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_save_answer(uuid, uuid, json, boolean, text, integer) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_session_role() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_settle_new_audit() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_user_add(text, text, text, uuid, uuid[]) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_user_disable(text) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_user_set_role(text, text, uuid[]) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_version_guard() SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_version_of(text, jsonb) SET search_path = pg_catalog, public, pg_temp")
    _x("ALTER FUNCTION public.sa_write_history() SET search_path = pg_catalog, public, pg_temp")


def upgrade() -> None:
    _columns()
    if op.get_bind().dialect.name != 'postgresql':
        return
    _roles()
    _drop_old()
    _workflow_table()
    _notify_function()
    _identity_functions()
    _guards()
    _save_function()
    _bulk_answers()
    _version_guard()
    _limits()
    _history()
    _vetted_functions()
    _triggers()
    _policies()
    _grants()
    _fixed_paths()


def downgrade() -> None:
    # deliberate: a team server is not taken back to rules a login could get around
    raise RuntimeError("0011 hardens a team server; to go back, restore a backup taken before")
