"""Each laptop's Ed25519 key pair: packages it writes are signed with it, and a receiving
database remembers the public key it first saw for each person."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from auditor.errors import AuditorError
from auditor.files import atomic_path
from auditor.paths import user_data_dir


@dataclass(frozen=True)
class LaptopKey:
    laptop_id: str
    private: Ed25519PrivateKey

    @property
    def public_text(self) -> str:
        raw = self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def default_key_path() -> Path:
    return user_data_dir() / "keys" / "laptop.json"


def load_or_create(path: Path | None = None) -> LaptopKey:
    """The laptop's key, made on first use (readable by its owner only)."""
    path = path or default_key_path()
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            raw = base64.b64decode(data["private_key"])
            return LaptopKey(str(data["laptop_id"]), Ed25519PrivateKey.from_private_bytes(raw))
        except (ValueError, KeyError, TypeError) as exc:
            raise AuditorError(
                "the laptop's key cannot be read ({exc})", exc=exc, file=str(path)
            ) from exc
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    laptop_id = str(uuid.uuid4())
    document = {"laptop_id": laptop_id, "private_key": base64.b64encode(raw).decode("ascii")}
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(document), encoding="utf-8")
        os.chmod(tmp, 0o600)
    os.chmod(path, 0o600)
    return LaptopKey(laptop_id, key)


def verify(public_text: str, signature: bytes, data: bytes) -> bool:
    try:
        raw = base64.b64decode(public_text, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_text: str) -> str:
    """The key as both sides read it aloud before it is trusted: 80 bits of its SHA-256 in
    16 base-32 characters (letters and the digits 2-7, never 0/O or 1/I), in four groups."""
    try:
        raw = base64.b64decode(public_text, validate=True)
    except ValueError:
        raw = public_text.encode("utf-8")
    text = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def same_fingerprint(code: str, public_text: str) -> bool:
    """A code as typed (any case, spaces or dashes) names this key."""
    typed = "".join(ch for ch in code.upper() if ch.isalnum())
    return typed == fingerprint(public_text).replace("-", "")
