"""How the client talks to a PostgreSQL server: TLS that checks the server, SCRAM, channel binding.

Every connection to a team server asks libpq for

    sslmode=verify-full           TLS, with a certificate signed by a trusted CA that names the host
    require_auth=scram-sha-256    the only login the client takes part in: the password never
                                  leaves the laptop, not even as a hash
    channel_binding=require       SCRAM tied to this TLS connection, so a login cannot be relayed

A URL may ask for less (`?sslmode=require`, `?require_auth=md5`, `?channel_binding=disable`):
it is obeyed, and `transport_warnings` says what that risks, for the command line to print and
the connect dialog to show. A Unix-domain socket (a host that is a folder, or no host at all)
never leaves the machine and gets no defaults: TLS is not used on one, and the server's `local`
lines decide how to log in. Only the URL counts; PGSSLMODE and its kind are overridden.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

SECURE: dict[str, str] = {
    "sslmode": "verify-full",
    "require_auth": "scram-sha-256",
    "channel_binding": "require",
}
# sslmode values that may end up with no TLS at all: channel binding cannot be required then
MAYBE_PLAIN = ("disable", "allow", "prefer")


@dataclass(frozen=True)
class TransportWarning:
    """One way a URL weakens the defaults: `risk` names it for a translation
    (no-tls, no-certificate-check, no-host-check, weak-login, no-channel-binding)."""

    parameter: str
    value: str
    risk: str
    text: str


def _query(url: URL, name: str) -> str | None:
    value = url.query.get(name)
    if isinstance(value, tuple):  # given twice: libpq takes the last
        value = value[-1] if value else None
    return value


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def over_socket(url: URL) -> bool:
    """True when libpq reaches the server through a Unix-domain socket on this machine."""
    host = url.host or _query(url, "host") or _query(url, "hostaddr")
    if not host:
        return os.name != "nt"  # libpq's default: the socket, except on Windows
    return host.startswith(("/", "@"))


def secure_params(url: URL) -> dict[str, str]:
    """The connection parameters to add to what the URL says (never overriding it)."""
    if not is_server(url) or over_socket(url):
        return {}
    params = {name: value for name, value in SECURE.items() if _query(url, name) is None}
    if _query(url, "sslmode") in MAYBE_PLAIN:
        params.pop("channel_binding", None)  # obeyed: the URL allows a connection without TLS
    return params


def connect_args(url: URL) -> dict[str, str]:
    """For `create_engine(url, connect_args=...)` (which would override the URL's own)."""
    return secure_params(url)


def conninfo(url: URL) -> str:
    """A libpq connection string (a postgresql:// URI) for psycopg.connect, with the defaults."""
    plain = url.set(drivername="postgresql").update_query_dict(secure_params(url))
    return plain.render_as_string(hide_password=False)


_SSLMODE = {
    "disable": (
        "no-tls",
        "sslmode=disable turns TLS off: the login and all data cross the network unencrypted, "
        "for anyone on the way to read and change",
    ),
    "allow": (
        "no-tls",
        "sslmode=allow uses TLS only when the server insists and never checks its certificate: "
        "a man in the middle can read and change the login and all data",
    ),
    "prefer": (
        "no-tls",
        "sslmode=prefer falls back to no TLS and never checks the server's certificate: a man in "
        "the middle can turn TLS off and read and change the login and all data",
    ),
    "require": (
        "no-certificate-check",
        "sslmode=require does not check the server's certificate: a man in the middle can read "
        "the password exchange and all data",
    ),
    "verify-ca": (
        "no-host-check",
        "sslmode=verify-ca does not check that the certificate names this server: any server "
        "with a certificate from the same CA can pose as it and read all data",
    ),
}


def transport_warnings(target: URL | str | None) -> list[TransportWarning]:
    """What the URL gives up of the defaults, one warning each (none for SQLite, a socket, a
    path or something that is not a URL at all)."""
    if target is None:
        return []
    if isinstance(target, str):
        if "://" not in target:
            return []
        try:
            target = make_url(target)
        except ArgumentError:
            return []
    url = target
    if not is_server(url) or over_socket(url):
        return []
    found: list[TransportWarning] = []
    sslmode = _query(url, "sslmode")
    if sslmode is not None and sslmode != SECURE["sslmode"]:
        risk, text = _SSLMODE.get(
            sslmode,
            (
                "no-certificate-check",
                f"sslmode={sslmode} is not verify-full: the server's certificate may go "
                "unchecked and a man in the middle read the login and all data",
            ),
        )
        found.append(TransportWarning("sslmode", sslmode, risk, text))
    require_auth = _query(url, "require_auth")
    if require_auth is not None and require_auth != SECURE["require_auth"]:
        found.append(
            TransportWarning(
                "require_auth",
                require_auth,
                "weak-login",
                f"require_auth={require_auth} lets the server ask for another login than "
                "SCRAM: a server posing as this one may be sent the password in clear text or a "
                "hash it can crack, or let you in without checking who it is",
            )
        )
    channel_binding = _query(url, "channel_binding")
    if channel_binding is not None and channel_binding != SECURE["channel_binding"]:
        found.append(
            TransportWarning(
                "channel_binding",
                channel_binding,
                "no-channel-binding",
                f"channel_binding={channel_binding} does not tie the login to this TLS "
                "connection: a man in the middle holding a certificate this client accepts can "
                "pass your login on to the real server",
            )
        )
    return found
