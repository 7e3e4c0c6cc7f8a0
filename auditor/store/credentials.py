"""Team server passwords live in the system keyring (through `keyring`), never in a file.

The app remembers a server by its URL without the password; the password is stored under
the account "login@host:port/database" and looked up when that URL is opened.
"""

from __future__ import annotations

import contextlib

from sqlalchemy import URL

from auditor.errors import AuditorError

SERVICE = "service-auditor"


def account(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def without_password(url: URL) -> URL:
    """The URL as it may be written down (settings, recent list): the password left out
    (`URL.set(password=None)` would leave it as it is)."""
    return url._replace(password=None)


def stored_password(url: URL) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account(url))
    except KeyringError:  # no keyring on this machine: the user types it
        return None


def remember_password(url: URL, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(url), password)
    except KeyringError as exc:
        raise AuditorError(
            "the password cannot be kept: this machine has no system keyring ({exc})",
            exc=exc,
            field="password",
        ) from exc


def forget_password(url: URL) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, account(url))


def with_stored_password(url: URL) -> URL:
    """A server URL with a login but no password gets the one kept in the keyring, if any."""
    if url.get_backend_name() == "sqlite" or not url.username or url.password:
        return url
    password = stored_password(url)
    return url.set(password=password) if password else url
