"""Tests' packages come from enrolled keys: the shopper's laptop and the office (issue 29)."""

from __future__ import annotations

from pathlib import Path

from auditor.exchange import keys
from auditor.services import trust
from auditor.store.db import Database

SHOPPER, OFFICE = "Anna Kowalska", "Quality Manager"


def enrol(db: Database, key: keys.LaptopKey, person: str, role: str) -> None:
    with db.session() as s:
        trust.trust_key(s, key.public_text, person, role)


def enrol_test_keys(db: Database, folder: Path) -> None:
    """The keys the package tests sign with, if the test made them: the shopper's laptop
    (keys/shopper.json, Anna Kowalska) and the office's (keys/office.json, a manager)."""
    for name, person, role in (("shopper.json", SHOPPER, "shopper"),
                               ("office.json", OFFICE, "manager")):  # fmt: skip
        path = folder / "keys" / name
        if path.exists():
            enrol(db, keys.load_or_create(path), person, role)
