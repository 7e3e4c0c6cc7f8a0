"""The dashboard's in-memory numbers equal the command line's for any filter: whole months
(agreement from the units read once), a cut through a month (agreement from the answers),
one shopper, one checklist, and the accepted-only Count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from auditor.services import measures
from auditor.services.audits import AuditFilter
from auditor.services.dashboard import compute, load_source
from auditor.store.db import open_database

FILTERS = [
    AuditFilter(date_from=date(2026, 3, 1), date_to=date(2026, 8, 31)),
    AuditFilter(date_from=date(2026, 3, 10), date_to=date(2026, 8, 20)),
    AuditFilter(shopper="Anna Kowalska"),
    AuditFilter(template="mystery-shopper-branch", organisation="Baltic Savings Bank"),
    AuditFilter(location="Oddział Gdańsk Długa", date_from=date(2026, 1, 1)),
]


@pytest.mark.parametrize("count", ["finished", "accepted"])
def test_every_panel_equals_the_command_line(demo_db_file: Path, count: str) -> None:
    db = open_database(demo_db_file, create=False)
    try:
        with db.read_session() as s:
            source = load_source(s, count)
            assert source.units, "the demo has locations audited by several shoppers a month"
            for flt in FILTERS:
                view = compute(source, flt)
                engine = AuditFilter(**{**flt.__dict__, "count": count})
                assert view.ranking == measures.group_scores(s, engine, "location"), flt
                assert view.trend == measures.group_scores(s, engine, "month"), flt
                assert view.critical == measures.critical_failures(s, engine), flt
                assert view.servqual == measures.servqual_measure(s, engine), flt
                assert view.ipa == measures.ipa_measure(s, engine), flt
                assert view.agreement == measures.shopper_agreement(s, engine), flt
    finally:
        db.close()
