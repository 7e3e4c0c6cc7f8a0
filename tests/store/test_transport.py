"""The client's transport to a team server: TLS that checks the server, SCRAM, channel binding.

The throwaway cluster (tests/pg_server.py) takes TLS + SCRAM only, so these run against the
real thing; a clear-text password request comes from a fake server speaking just enough of
the PostgreSQL protocol to ask for one, and watching whether the password comes.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from auditor import cli
from auditor.errors import DatabaseRefused
from auditor.store.changes import ChangeListener
from auditor.store.db import Database, open_database
from auditor.store.transport import (
    TransportWarning,
    conninfo,
    secure_params,
    transport_warnings,
)
from tests.pg_server import cert_maker
from tests.store.team import team_server

SECURE = {"sslmode": "verify-full", "require_auth": "scram-sha-256", "channel_binding": "require"}


def _tls_and_login(db: Database) -> tuple[bool, str, dict[str, str], bool]:
    """pg_stat_ssl's view of this connection, and the options libpq actually used."""
    with db.engine.connect() as conn:
        ssl, version = conn.execute(
            text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        ).one()
        pgconn = conn.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
        options = {o.keyword.decode(): o.val.decode() for o in pgconn.info if o.val is not None}
        return ssl, version, options, pgconn.used_password


# (a) the real cluster ------------------------------------------------------------------------


@pytest.mark.postgres
def test_the_app_connects_with_tls_scram_and_channel_binding(pg_url: str) -> None:
    owner = open_database(pg_url)
    try:
        ssl, version, options, used_password = _tls_and_login(owner)
    finally:
        owner.close()
    assert ssl is True and version.startswith("TLS")
    assert {k: options[k] for k in SECURE} == SECURE  # nothing in the URL said otherwise
    assert used_password

    # a team login, as the app opens it: libpq only completes a login under
    # require_auth=scram-sha-256 and channel_binding=require when the server ran
    # SCRAM-SHA-256-PLUS bound to this TLS connection, so a working connection shows it did
    server = team_server(pg_url)
    ann = server.as_user("ann")
    try:
        ssl, version, options, used_password = _tls_and_login(ann)
        with ann.read_session() as s:
            assert s.scalar(text("SELECT current_user")) == f"ann_{server.suffix}"
    finally:
        ann.close()
    assert ssl is True and version.startswith("TLS")
    assert {k: options[k] for k in SECURE} == SECURE
    assert used_password

    # the listener for others' changes connects the same way
    listener = ChangeListener(make_url(server.url), lambda _tables: None)
    assert all(f"{k}={v}" in listener.conninfo for k, v in SECURE.items())
    assert listener.start(), listener.error
    listener.stop()


@pytest.mark.postgres
def test_no_tls_no_way_in_and_the_server_must_prove_who_it_is(pg_url: str, tmp_path: Path) -> None:
    """CI's server is set up as a team server should be (TLS only), and the client checks
    the server's certificate against the CA it was given, saying what to do without one."""
    url = make_url(pg_url)
    plain = url.update_query_dict({"sslmode": "disable"})
    with pytest.raises(DatabaseRefused, match="takes no unencrypted connection"):
        open_database(plain.render_as_string(hide_password=False), create=False)
    no_ca = url.update_query_dict({"sslrootcert": str(tmp_path / "missing.crt")})
    with pytest.raises(DatabaseRefused, match=r"no CA certificate .* sslrootcert=PATH"):
        open_database(no_ca.render_as_string(hide_password=False), create=False)
    other = cert_maker().make_certificates(tmp_path / "other-ca")  # a CA that signed nothing
    wrong_ca = url.update_query_dict({"sslrootcert": str(other.ca_cert)})
    with pytest.raises(DatabaseRefused, match="did not show a certificate this computer trusts"):
        open_database(wrong_ca.render_as_string(hide_password=False), create=False)


# (b) a server that wants the password in clear text ----------------------------------------

SSL_REQUEST, GSSENC_REQUEST, PROTOCOL_3 = 80877103, 80877104, 196608
AUTH_CLEARTEXT = 3


@dataclass
class FakeServer:
    """Answers SSLRequest (and GSSENCRequest) with 'N', then asks for a clear-text password
    (AuthenticationCleartextPassword) and records every message the client sends."""

    sock: socket.socket
    received: list[str] = field(default_factory=list)  # "SSLRequest", "startup", "p", ...
    password: bytes = b""

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def serve(self) -> None:
        self.sock.settimeout(10)
        while True:
            try:
                conn, _addr = self.sock.accept()
            except OSError:  # closed: the test is over
                return
            with conn:
                conn.settimeout(10)
                with contextlib.suppress(OSError):  # the client hung up
                    self._talk(conn)

    def _exactly(self, conn: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                raise ConnectionError("client went away")
            data += chunk
        return data

    def _talk(self, conn: socket.socket) -> None:
        while True:  # untyped messages until the startup packet
            length, code = struct.unpack("!ii", self._exactly(conn, 8))
            self._exactly(conn, length - 8)
            if code in (SSL_REQUEST, GSSENC_REQUEST):
                self.received.append("SSLRequest" if code == SSL_REQUEST else "GSSENCRequest")
                conn.sendall(b"N")
                continue
            assert code == PROTOCOL_3, code
            self.received.append("startup")
            break
        conn.sendall(b"R" + struct.pack("!ii", 8, AUTH_CLEARTEXT))
        while True:  # typed messages until the client hangs up
            kind, length = struct.unpack("!ci", self._exactly(conn, 5))
            body = self._exactly(conn, length - 4)
            self.received.append(kind.decode())
            if kind == b"p":
                self.password = body.rstrip(b"\0")
                return


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    server = FakeServer(sock)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield server
    sock.close()
    thread.join(timeout=5)


def _open(server: FakeServer, query: str = "") -> str:
    url = f"postgresql+psycopg://ann:pw-secret@127.0.0.1:{server.port}/audits?connect_timeout=5"
    with pytest.raises(DatabaseRefused) as err:
        open_database(url + query, create=False)
    time.sleep(0.2)  # let the server thread record the client's last words
    return str(err.value)


def test_a_server_without_tls_is_refused_before_anything_is_sent(fake_server: FakeServer) -> None:
    message = _open(fake_server)
    # the driver's "server does not support SSL, but SSL was required", in plain words
    assert "TLS" in message and "unencrypted" in message
    assert "startup" not in fake_server.received and "p" not in fake_server.received
    assert fake_server.password == b""


def test_a_clear_text_password_request_is_refused_without_sending_it(
    fake_server: FakeServer,
) -> None:
    # even with TLS given up explicitly, the client takes part in no login but SCRAM
    message = _open(fake_server, "&sslmode=disable")
    assert "password" in message  # "server requested a cleartext password"
    assert "startup" in fake_server.received
    assert "p" not in fake_server.received and fake_server.password == b""


def test_the_fake_server_does_get_the_password_from_a_client_that_allows_it(
    fake_server: FakeServer,
) -> None:
    """The check above is worth something: a URL that asks for less is obeyed (and warned
    about), and then the password goes out in clear text."""
    query = "&sslmode=disable&require_auth=password"
    assert [w.parameter for w in transport_warnings(f"postgresql://h/db?{query[1:]}")] == [
        "sslmode",
        "require_auth",
    ]
    _open(fake_server, query)
    assert "p" in fake_server.received and fake_server.password == b"pw-secret"


# (c) what each weakening says, and where -----------------------------------------------------


@pytest.mark.parametrize(
    ("query", "risk", "words"),
    [
        ("sslmode=disable", "no-tls", "unencrypted"),
        ("sslmode=allow", "no-tls", "never checks its certificate"),
        ("sslmode=prefer", "no-tls", "falls back to no TLS"),
        ("sslmode=require", "no-certificate-check", "does not check the server's certificate"),
        ("sslmode=verify-ca", "no-host-check", "names this server"),
        ("require_auth=md5", "weak-login", "password in clear text"),
        ("require_auth=password,scram-sha-256", "weak-login", "another login than SCRAM"),
        ("channel_binding=prefer", "no-channel-binding", "pass your login on"),
        ("channel_binding=disable", "no-channel-binding", "does not tie the login"),
    ],
)
def test_each_weakening_is_obeyed_and_says_what_it_risks(query: str, risk: str, words: str) -> None:
    url = make_url(f"postgresql+psycopg://ann@db.example.org/audits?{query}")
    [warning] = transport_warnings(url)
    assert warning.risk == risk and words in warning.text
    name, value = query.split("=", 1)
    assert warning == TransportWarning(name, value, risk, warning.text)
    assert name not in secure_params(url)  # obeyed: the URL's own value is what libpq gets
    assert f"{name}={value.replace(',', '%2C')}" in conninfo(url)


def test_the_defaults_and_where_they_do_not_apply() -> None:
    url = make_url("postgresql+psycopg://ann@db.example.org/audits?sslrootcert=/etc/ca.crt")
    assert secure_params(url) == SECURE and transport_warnings(url) == []
    assert "sslrootcert=" in conninfo(url) and "sslmode=verify-full" in conninfo(url)
    for url_text in (
        "postgresql+psycopg://ann@db.example.org/audits?sslmode=verify-full"
        "&require_auth=scram-sha-256&channel_binding=require",  # spelled out: nothing to say
        "postgresql+psycopg://ann@/audits?host=/var/run/postgresql&sslmode=disable",  # socket
        "audits.sqlite",
        "sqlite:///audits.sqlite",
        "not a url://",
    ):
        assert transport_warnings(url_text) == [], url_text
    socket_url = make_url("postgresql+psycopg://ann@/audits?host=/var/run/postgresql")
    assert secure_params(socket_url) == {}  # TLS is never used on a socket: no defaults
    # without TLS channel binding cannot be had: a URL that allows no TLS is not made to fail
    maybe_plain = make_url("postgresql+psycopg://ann@db.example.org/audits?sslmode=prefer")
    assert secure_params(maybe_plain) == {"require_auth": "scram-sha-256"}


def test_the_command_line_prints_the_warning_for_a_weak_url(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2&sslmode=disable"
    assert cli.main(["audit", "list", "--db", url]) == 1  # nothing listens there
    err = capsys.readouterr().err
    assert (
        "warning: sslmode=disable turns TLS off: the login and all data cross the network "
        "unencrypted" in err
    )
    assert cli.main(["sync", "--from", "no-such.sqlite", "--to", url + "&require_auth=md5"]) == 1
    err = capsys.readouterr().err
    assert "warning: require_auth=md5" in err and "warning: sslmode=disable" in err


@pytest.mark.postgres
def test_the_command_line_says_nothing_about_the_default(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["init", "--db", pg_url]) == 0
    assert "warning" not in capsys.readouterr().err
    login = f"x_{uuid.uuid4().hex[:6]}"  # a URL derived for a login keeps the CA
    derived = make_url(pg_url).set(username=login, password="pw")
    assert derived.query == make_url(pg_url).query
