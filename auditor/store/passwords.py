"""Passwords leave this machine only as SCRAM-SHA-256 verifiers, computed here by libpq.

`CREATE ROLE ... PASSWORD 'text'` would put the clear text in the server's statement log
when DDL logging is on; a verifier (`SCRAM-SHA-256$...`) lets the server check a password
without ever holding it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

PREFIX = "SCRAM-SHA-256$"


def scram_verifier(session: Session, login: str, password: str) -> str:
    """libpq's PQencryptPasswordConn through psycopg, for this server's login."""
    raw: Any = session.connection().connection.dbapi_connection
    verifier = raw.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    )
    text = bytes(verifier).decode("ascii")
    if not text.startswith(PREFIX):
        raise RuntimeError("libpq did not make a SCRAM-SHA-256 verifier")
    return text
