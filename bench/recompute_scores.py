"""Benchmark: recompute 10,000 stored audits of 60 questions against a bare sqlite3 baseline.

The baseline reads the same answers with one GROUP BY per section weight and writes the same
scores back with executemany: the least work any implementation could do. Target: the app's
`recompute_scores` (full breakdown, knock-outs, grade, per-standard cache) at most 2x that.

    .venv/bin/python -m bench.recompute_scores [--audits 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from auditor.services.scoring import recompute_scores
from auditor.services.templates import latest_version, store_template
from auditor.store.db import open_database
from auditor.store.models import (
    Answer,
    Audit,
    AuditStatus,
    Location,
    Organisation,
    Person,
    PersonRole,
)

SECTIONS, PER_SECTION = 6, 10


def template() -> dict[str, Any]:
    return {
        "format": "service-auditor/template",
        "format_version": 1,
        "name": "bench",
        "version": 1,
        "kind": "mystery_shopping",
        "title": {"en": "Benchmark checklist"},
        "languages": ["en"],
        "default_language": "en",
        "pass_threshold": 80.0,
        "grade_bands": [],
        "sections": [
            {
                "key": f"s{s}",
                "title": {"en": f"Section {s}"},
                "weight": float(s + 1),
                "questions": [
                    {
                        "key": f"s{s}q{q}",
                        "kind": "yes_no",
                        "label": {"en": f"Question {q}"},
                        "weight": float(1 + q % 3),
                    }
                    for q in range(PER_SECTION)
                ],
            }
            for s in range(SECTIONS)
        ],
    }


def build(path: Path, audits: int) -> None:
    rng = random.Random(7)
    db = open_database(path)
    with db.session() as s:
        version = store_template(s, template(), "bench")
        version = latest_version(s, "bench")
        org = Organisation(name="Org", sector="bank")
        loc = Location(organisation=org, name="L", code="L1", city="X")
        person = Person(name="P", role=PersonRole.SHOPPER)
        s.add_all([org, loc, person])
        s.flush()
        questions = [q for sec in version.sections for q in sec.questions]
        start = datetime(2026, 1, 1, tzinfo=UTC)
        for chunk in range(0, audits, 1000):
            rows, answers = [], []
            for i in range(chunk, min(audits, chunk + 1000)):
                aid = uuid.uuid4()
                when = start + timedelta(minutes=i)
                rows.append(
                    {"id": aid, "template_version_id": version.id, "location_id": loc.id,
                     "shopper_id": person.id, "visit_start": when, "status": AuditStatus.SUBMITTED,
                     "created_at": when, "updated_at": when, "grade": "", "critical_failed": []}
                )  # fmt: skip
                p = rng.uniform(0.5, 0.95)
                answers.extend(
                    {"id": uuid.uuid4(), "audit_id": aid, "question_id": q.id,
                     "value": rng.random() < p, "na": False, "comment": "", "answered_at": when}
                    for q in questions
                )  # fmt: skip
            s.execute(insert(Audit), rows)
            s.execute(insert(Answer), answers)
    db.close()


BASELINE = """
select a.id, s.weight, sum(case when an.value = 'true' then q.weight else 0 end), sum(q.weight)
from answers an join questions q on q.id = an.question_id join sections s on s.id = q.section_id
join audits a on a.id = an.audit_id where not an.na
group by a.id, s.id
"""


def baseline(path: Path) -> dict[str, float]:
    with sqlite3.connect(path) as conn:
        sums: dict[str, list[float]] = {}
        for audit_id, sweight, earned, possible in conn.execute(BASELINE):
            acc = sums.setdefault(audit_id, [0.0, 0.0])
            acc[0] += sweight * earned / possible
            acc[1] += sweight
        scores = {a: 100.0 * e / p for a, (e, p) in sums.items()}
        conn.executemany(
            "update audits set score = ? where id = ?", [(v, k) for k, v in scores.items()]
        )
    return scores


def fetch_only(path: Path) -> float:
    """Reading the same answer rows into Python and nothing else: the floor under any scorer
    that is not written in SQL."""
    with sqlite3.connect(path) as conn:
        started = time.perf_counter()
        conn.execute("select audit_id, question_id, value, na from answers").fetchall()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="a tiny size: does it still run")
    args = parser.parse_args()
    if args.smoke:
        args.audits, args.repeat = 200, 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        build(path, args.audits)
        print(f"built {args.audits} audits x {SECTIONS * PER_SECTION} answers "
              f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        # best of three each, interleaved, so a noisy neighbour does not decide the ratio
        base_times, app_times, fetch_times = [], [], []
        for _ in range(args.repeat):
            fetch_times.append(fetch_only(path))
            t0 = time.perf_counter()
            expected = baseline(path)
            base_times.append(time.perf_counter() - t0)
            db = open_database(path)
            t0 = time.perf_counter()
            with db.session() as s:
                count = recompute_scores(s)
            app_times.append(time.perf_counter() - t0)
            db.close()
        base, app = min(base_times), min(app_times)
        with sqlite3.connect(path) as conn:
            got = dict(conn.execute("select id, score from audits"))
        worst = max(abs(got[k] - v) for k, v in expected.items())
        assert count == args.audits and worst < 1e-6, f"scores differ by {worst}"
        report = {"audits": count, "baseline_s": round(base, 3), "app_s": round(app, 3)}
        report |= {"ratio": round(app / base, 2), "max_score_difference": worst}
        report |= {"fetch_rows_only_s": round(min(fetch_times), 3)}
        print(json.dumps(report))


if __name__ == "__main__":
    main()
