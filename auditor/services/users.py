"""Who is who on a team server: each user a PostgreSQL login in one of four group roles.

The server enforces the roles (grants, row-level security and triggers, migrations 0009 and
0011), so what a login may read or change holds for psql too, not only for this app. Logins
are made and disabled only through the server's vetted functions (`sa_user_add`,
`sa_user_disable`: an admin needs no CREATEROLE), and passwords travel as SCRAM verifiers
computed here, never as text the server could log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from auditor.errors import AuditorError, NotFound
from auditor.store.models import (
    AppUser,
    Organisation,
    Person,
    PersonRole,
    UserOrganisation,
)
from auditor.store.passwords import scram_verifier

ROLES = ("shopper", "reviewer", "manager", "admin", "scorer")
MIN_PASSWORD = 8
PERSON_ROLES = {
    "shopper": PersonRole.SHOPPER,
    "reviewer": PersonRole.MANAGER,  # reviews are signed by people of the manager kind
    "manager": PersonRole.MANAGER,
    "admin": PersonRole.MANAGER,
    "scorer": PersonRole.MANAGER,
}
LOGIN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")


@dataclass(frozen=True)
class UserRow:
    login: str
    role: str
    person: str
    organisations: tuple[str, ...]
    disabled: bool
    can_log_in: bool


def _server_only(session: Session) -> None:
    if session.get_bind().dialect.name != "postgresql":
        raise AuditorError(
            "users and roles live on a team server: point --db at a PostgreSQL database",
            field="--db",
        )


def _quoted(session: Session, value: str, kind: str) -> str:
    """An identifier or literal quoted by the server itself (format('%I' / '%L'))."""
    fmt = "%I" if kind == "identifier" else "%L"
    return str(
        session.scalar(
            text("SELECT format(CAST(:f AS text), CAST(:v AS text))"), {"f": fmt, "v": value}
        )
    )


def _role_exists(session: Session, login: str) -> bool:
    found = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
    return found is not None


def add_user(
    session: Session,
    login: str,
    role: str,
    password: str,
    person: str | None = None,
    organisations: tuple[str, ...] = (),
) -> UserRow:
    """Create the login in its group role, and the person it stands for; all or nothing."""
    _server_only(session)
    if not LOGIN.fullmatch(login):
        raise AuditorError(
            "a login is lower-case letters, digits, '_', '.' or '-', starting with a letter, "
            "at most 63 characters",
            field="LOGIN",
        )
    if role not in ROLES:
        raise AuditorError("the role is one of {roles}", roles=", ".join(ROLES), field="--role")
    if not password:
        raise AuditorError("give the new user a password (on standard input)", field="password")
    if _role_exists(session, login) or session.get(AppUser, login) is not None:
        raise AuditorError(
            "a login '{login}' exists already on this server", login=login, field="LOGIN"
        )
    orgs = []
    for name in organisations:
        org = session.scalar(select(Organisation).where(Organisation.name == name))
        if org is None:
            raise NotFound("no organisation named '{name}'", name=name, field="--organisation")
        orgs.append(org)
    if role in ("reviewer", "manager") and not orgs:
        raise AuditorError(
            "a {role} works for one or more organisations: name them with --organisation",
            role=role,
            field="--organisation",
        )
    name = (person or login).strip()
    someone = session.scalar(select(Person).where(Person.name == name))
    if someone is None:
        someone = Person(name=name, role=PERSON_ROLES[role])
        session.add(someone)
        session.flush()
    # the server's one vetted way to make a login (migration 0011): only into the app's
    # groups, never with more than a login needs; the password goes as a SCRAM verifier
    session.execute(
        text("SELECT public.sa_user_add(:login, :role, :verifier, :person, "
             "CAST(:orgs AS uuid[]))"),
        {"login": login, "role": role, "verifier": scram_verifier(session, login, password),
         "person": someone.id, "orgs": [str(o.id) for o in orgs]},
    )  # fmt: skip
    return UserRow(login, role, name, tuple(o.name for o in orgs), False, True)


def change_password(session: Session, password: str) -> None:
    """The connected user's own new password, sent as a SCRAM verifier (never the text)."""
    _server_only(session)
    if len(password) < MIN_PASSWORD:
        raise AuditorError(
            "a password has at least {min_password} characters",
            min_password=MIN_PASSWORD,
            field="password",
        )
    login = str(session.scalar(text("SELECT current_user")))
    secret = _quoted(session, scram_verifier(session, login, password), "literal")
    # a verifier holds ':' (not a bind parameter): straight to the driver
    session.connection().exec_driver_sql(f"ALTER ROLE CURRENT_USER PASSWORD {secret}")


def list_users(session: Session) -> list[UserRow]:
    _server_only(session)
    can: dict[str, bool] = dict(
        (r[0], r[1]) for r in session.execute(text("SELECT rolname, rolcanlogin FROM pg_roles"))
    )
    orgs: dict[str, list[str]] = {}
    for login, org in session.execute(
        select(UserOrganisation.login, Organisation.name)
        .join(Organisation, Organisation.id == UserOrganisation.organisation_id)
        .order_by(Organisation.name)
    ):
        orgs.setdefault(login, []).append(org)
    rows = []
    for user, person in session.execute(
        select(AppUser, Person.name).outerjoin(Person, Person.id == AppUser.person_id)
    ):
        rows.append(
            UserRow(user.login, user.role, person or "", tuple(orgs.get(user.login, ())),
                    user.disabled, bool(can.get(user.login, False)))
        )  # fmt: skip
    return sorted(rows, key=lambda r: r.login)


def disable_user(session: Session, login: str) -> None:
    """The login can no longer connect; its audits and history stay as they are."""
    _server_only(session)
    user = session.get(AppUser, login)
    if user is None:
        raise NotFound("no user '{login}' on this server", login=login, field="LOGIN")
    session.execute(text("SELECT public.sa_user_disable(:login)"), {"login": login})
    session.flush()


def set_role(session: Session, login: str, role: str, organisations: tuple[str, ...] = ()) -> None:
    """Move a login to another group role (and its organisations), through the server's
    vetted function: only app logins, only into the app's groups."""
    _server_only(session)
    if role not in ROLES:
        raise AuditorError("the role is one of {roles}", roles=", ".join(ROLES), field="--role")
    if session.get(AppUser, login) is None:
        raise NotFound("no user '{login}' on this server", login=login, field="LOGIN")
    orgs = []
    for name in organisations:
        org = session.scalar(select(Organisation).where(Organisation.name == name))
        if org is None:
            raise NotFound("no organisation named '{name}'", name=name, field="--organisation")
        orgs.append(str(org.id))
    if role in ("reviewer", "manager") and not orgs:
        raise AuditorError(
            "a {role} works for one or more organisations: name them with --organisation",
            role=role,
            field="--organisation",
        )
    session.execute(
        text("SELECT public.sa_user_set_role(:login, :role, CAST(:orgs AS uuid[]))"),
        {"login": login, "role": role, "orgs": orgs},
    )


def current_user(session: Session) -> AppUser | None:
    """The app user this connection logs in as (None: the owner, or a SQLite file)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    login = session.scalar(text("SELECT current_user"))
    return session.get(AppUser, login) if login else None
