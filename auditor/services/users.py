"""Who is who on a team server: each user a PostgreSQL login in one of four group roles.

The server enforces the roles (grants and row-level security, migration 0009), so what a
login may read or change holds for psql too, not only for this app. This module creates,
lists and disables logins; the person and organisations a login works for are rows the
policies read (`app_users`, `user_organisations`).
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

ROLES = ("shopper", "reviewer", "manager", "admin")
PERSON_ROLES = {
    "shopper": PersonRole.SHOPPER,
    "reviewer": PersonRole.MANAGER,  # reviews are signed by people of the manager kind
    "manager": PersonRole.MANAGER,
    "admin": PersonRole.MANAGER,
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
        raise AuditorError(f"the role is one of {', '.join(ROLES)}", field="--role")
    if not password:
        raise AuditorError("give the new user a password (on standard input)", field="password")
    if _role_exists(session, login) or session.get(AppUser, login) is not None:
        raise AuditorError(f"a login '{login}' exists already on this server", field="LOGIN")
    orgs = []
    for name in organisations:
        org = session.scalar(select(Organisation).where(Organisation.name == name))
        if org is None:
            raise NotFound(f"no organisation named '{name}'", field="--organisation")
        orgs.append(org)
    if role in ("reviewer", "manager") and not orgs:
        raise AuditorError(
            f"a {role} works for one or more organisations: name them with --organisation",
            field="--organisation",
        )
    name = (person or login).strip()
    someone = session.scalar(select(Person).where(Person.name == name))
    if someone is None:
        someone = Person(name=name, role=PERSON_ROLES[role])
        session.add(someone)
        session.flush()
    ident = _quoted(session, login, "identifier")
    secret = _quoted(session, password, "literal")
    session.execute(text(f"CREATE ROLE {ident} LOGIN PASSWORD {secret} IN ROLE sa_{role}"))
    if role == "admin":
        # an admin adds users: on PostgreSQL 16+ that needs the group roles' admin option
        # (without inheriting their rights, so the admin's own policies stay the admin's)
        session.execute(text(f"ALTER ROLE {ident} CREATEROLE"))
        if int(session.scalar(text("SHOW server_version_num")) or 0) >= 160000:
            for group in ROLES:
                session.execute(
                    text(f"GRANT sa_{group} TO {ident} WITH ADMIN OPTION, INHERIT FALSE")
                )
    session.add(AppUser(login=login, person_id=someone.id, role=role))
    session.flush()
    for org in orgs:
        session.add(UserOrganisation(login=login, organisation_id=org.id))
    session.flush()
    return UserRow(login, role, name, tuple(o.name for o in orgs), False, True)


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
        raise NotFound(f"no user '{login}' on this server", field="LOGIN")
    user.disabled = True
    if _role_exists(session, login):
        session.execute(text(f"ALTER ROLE {_quoted(session, login, 'identifier')} NOLOGIN"))
    session.flush()


def current_user(session: Session) -> AppUser | None:
    """The app user this connection logs in as (None: the owner, or a SQLite file)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    login = session.scalar(text("SELECT current_user"))
    return session.get(AppUser, login) if login else None
