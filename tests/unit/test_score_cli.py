"""`score` and `rescore` on real databases: cached scores, groupings, measures, exit codes."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.cli import main
from auditor.scoring import nps
from auditor.services.scoring import compute_audit_score, recompute_scores, rescore_audit
from auditor.services.templates import install_builtins, latest_version
from auditor.store.db import Database, open_database
from auditor.store.models import (
    Answer,
    Audit,
    AuditStatus,
    Location,
    Organisation,
    Person,
    PersonRole,
    Question,
)


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _first_audit(db_file: Path, template: str = "mystery-shopper-branch") -> str:
    with sqlite3.connect(db_file) as conn:
        row = conn.execute(
            "select a.id from audits a join template_versions v on v.id = a.template_version_id "
            "join templates t on t.id = v.template_id where t.name = ? "
            "and json_array_length(a.critical_failed) = 0 order by a.visit_start limit 1",
            (template,),
        ).fetchone()
    return str(row[0])


def test_score_audit_json_matches_cache_and_engine(
    demo_db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audit_id = _first_audit(demo_db_file)
    data = _json(capsys, "score", "--db", str(demo_db_file), "--audit", audit_id, "--json")
    assert isinstance(data, dict)
    assert {"audit", "score", "passed", "grade", "critical_failed", "sections"} <= set(data)
    assert data["audit"].replace("-", "") == audit_id.replace("-", "")
    assert 0 <= data["score"] <= 100
    for section in data["sections"]:
        assert {"name", "score", "earned", "possible"} <= set(section)
    listed = _json(
        capsys, "audit", "list", "--db", str(demo_db_file), "--audit", audit_id, "--json"
    )
    assert isinstance(listed, list)
    assert listed[0]["score"] == pytest.approx(data["score"], abs=1e-3)  # the cache agrees
    # Sections' earned/possible reproduce the audit score (mean of section fractions, weighted).
    db = open_database(demo_db_file)
    with db.session() as s:
        result = compute_audit_score(s, uuid.UUID(audit_id))
    db.close()
    counted = [x for x in result.sections if x.possible > 0 and x.weight > 0]
    expected = (
        100
        * sum(x.weight * x.earned / x.possible for x in counted)
        / sum(x.weight for x in counted)
    )
    assert data["score"] == pytest.approx(expected, abs=1e-3)


def test_score_by_groupings(demo_db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_db_file)
    tpl = ("--template", "mystery-shopper-branch")
    data = _json(capsys, "score", "--db", db, *tpl, "--by", "location", "--json")
    assert isinstance(data, dict) and data["counted_statuses"] == ["submitted", "accepted"]
    locations = data["groups"]
    assert len(locations) == 20
    assert all({"template", "key", "n", "score", "rank", "ci_low", "ci_high"} <= set(g)
               for g in locations)  # fmt: skip
    ranks = [g["rank"] for g in locations]
    assert ranks[0] == 1 and ranks == sorted(ranks)
    with sqlite3.connect(demo_db_file) as conn:
        scored = conn.execute(
            "select count(*), avg(a.score) from audits a join template_versions v "
            "on v.id = a.template_version_id join templates t on t.id = v.template_id "
            "where t.name = 'mystery-shopper-branch' and a.score is not null "
            "and a.status in ('submitted', 'accepted')"
        ).fetchone()
    assert sum(g["n"] for g in locations) == scored[0]
    months = _json(capsys, "score", "--db", db, *tpl, "--by", "month", "--json")["groups"]
    assert isinstance(months, list) and len(months) >= 12
    assert sum(g["n"] * g["score"] for g in months) / scored[0] == pytest.approx(
        scored[1], abs=0.01
    )
    standards = _json(capsys, "score", "--db", db, "--by", "standard", "--json")["groups"]
    assert isinstance(standards, list)
    assert all(0 <= g["fail_rate"] <= 100 for g in standards if "fail_rate" in g)
    shoppers = _json(capsys, "score", "--db", db, *tpl, "--by", "shopper", "--json")["groups"]
    assert isinstance(shoppers, list) and len(shoppers) == 5


def test_customer_measures_match_raw_answers(
    demo_db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_file)
    tpl = ("--template", "customer-survey")
    with sqlite3.connect(demo_db_file) as conn:
        raw = [
            json.loads(v) if isinstance(v, str) else v
            for (v,) in conn.execute(
                "select an.value from answers an join questions q on q.id = an.question_id "
                "join audits a on a.id = an.audit_id join template_versions v "
                "on v.id = a.template_version_id join templates t on t.id = v.template_id "
                "where t.name = 'customer-survey' and q.key = 'nps' and not an.na "
                "and a.status in ('submitted', 'accepted')"
            )
        ]
    expected = nps.nps(raw)
    data = _json(capsys, "score", "--db", db, *tpl, "--measure", "nps", "--json")
    assert isinstance(data, dict)
    assert data["n"] == len(raw) > 100
    assert data["score"] == pytest.approx(expected.score, abs=0.01)
    assert -100 <= data["score"] <= 100
    csat = _json(capsys, "score", "--db", db, *tpl, "--measure", "csat", "--json")
    assert isinstance(csat, dict) and 1 <= csat["mean"] <= 5
    ces = _json(capsys, "score", "--db", db, *tpl, "--measure", "ces", "--json")
    assert isinstance(ces, dict) and 1 <= ces["mean"] <= 7
    nothing = _json(
        capsys, "score", "--db", db, "--template", "hotel-stay", "--measure", "nps", "--json"
    )
    assert nothing == {
        "measure": "nps", "n": 0, "score": None, "ci_low": None, "ci_high": None,
        "promoters": 0, "passives": 0, "detractors": 0, "promoter_percent": None,
        "detractor_percent": None, "counted_statuses": ["submitted", "accepted"],
        "small_sample": True,
    }  # fmt: skip


def test_servqual_ipa_diary_agreement(
    demo_db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_file)
    sq = _json(capsys, "score", "--db", db, "--measure", "servqual", "--json")
    assert isinstance(sq, dict) and sq["n"] == 60
    dims = {d["dimension"]: d for d in sq["dimensions"]}
    assert set(dims) == {"tangibles", "reliability", "responsiveness", "assurance", "empathy"}
    for d in dims.values():
        assert d["gap"] == pytest.approx(d["perception"] - d["expectation"], abs=0.002)
        assert d["cronbach_alpha"] > 0.7  # the demo's items hang together
    ipa = _json(capsys, "score", "--db", db, "--measure", "ipa", "--json")
    assert isinstance(ipa, dict) and ipa["criteria"]
    quadrants = {c["quadrant"] for c in ipa["criteria"]}
    assert quadrants <= {
        "concentrate here",
        "keep up the good work",
        "low priority",
        "possible overkill",
    }
    ipa_std = _json(capsys, "score", "--db", db, "--measure", "ipa", "--source", "audits", "--json")
    assert isinstance(ipa_std, dict) and len(ipa_std["criteria"]) >= 5
    diary = _json(capsys, "score", "--db", db, "--measure", "diary", "--json")
    assert isinstance(diary, dict)
    assert diary["n"] == sum(diary["events_per_channel"].values()) > 50
    agreement = _json(capsys, "score", "--db", db, "--template", "mystery-shopper-branch",
                      "--measure", "agreement", "--json")  # fmt: skip
    assert isinstance(agreement, dict)
    kappas = {s["shopper"]: s["mean_kappa"] for s in agreement["shoppers"]}
    assert min(kappas, key=lambda k: kappas[k]) == "Matej Novak"  # the careless one
    assert all(q["alpha"] is None or -1 <= q["alpha"] <= 1 for q in agreement["questions"])
    trend = _json(capsys, "score", "--db", db, "--measure", "trend", "--json")
    assert isinstance(trend, dict)
    assert {c["template"] for c in trend["checklists"]} == {
        "customer-survey", "mystery-shopper-branch", "servqual",
    }  # fmt: skip
    assert all(c["direction"] in {"up", "down", "flat"} for c in trend["checklists"])


def test_score_errors(demo_db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_db_file)
    assert main(["score", "--db", db]) == 2
    assert "give one of --audit" in capsys.readouterr().err
    assert main(["score", "--db", db, "--audit", "nope"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "'nope' is not an audit id" in err
    missing = "00000000-0000-0000-0000-000000000000"
    assert main(["score", "--db", db, "--audit", missing]) == 1
    assert "no audit with id" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["score", "--db", db, "--by", "colour"])
    assert exc.value.code == 2


def test_rescore_after_rules_change(
    demo_db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, copy)
    # Knock the cache out of date behind the app's back, as a rules change would.
    with sqlite3.connect(copy) as conn:
        conn.execute("update audits set score = 1.0, grade = 'stale'")
    code = main(["rescore", "--db", str(copy), "--template", "mystery-shopper-branch"])
    assert code == 0 and "Rescored" in capsys.readouterr().out
    with sqlite3.connect(copy) as conn:
        stale = conn.execute("select count(*) from audits where grade = 'stale'").fetchone()[0]
        surveys = conn.execute(
            "select count(*) from audits a join template_versions v on v.id = a.template_version_id"
            " join templates t on t.id = v.template_id where t.name != 'mystery-shopper-branch'"
        ).fetchone()[0]
    assert stale == surveys  # the filter held: only the branch audits were recomputed


def _branch_audit(s: Session, day: int, answer: Callable[[Question], object | None]) -> uuid.UUID:
    """A branch audit built through the ORM on any backend, answered by `answer` (None: left
    out); the checklist, location and shopper are made on first use."""
    install_builtins(s)
    version = latest_version(s, "mystery-shopper-branch")
    loc = s.scalar(select(Location).where(Location.code == "B1"))
    shopper = s.scalar(select(Person).where(Person.name == "Anna"))
    if loc is None or shopper is None:
        org = Organisation(name="Bank", sector="banking")
        loc = Location(organisation=org, name="Branch", code="B1", city="Kraków")
        shopper = Person(name="Anna", role=PersonRole.SHOPPER, language="pl")
        s.add_all([org, loc, shopper])
        s.flush()
    audit = Audit(
        template_version_id=version.id,
        location_id=loc.id,
        shopper_id=shopper.id,
        visit_start=datetime(2026, 3, day, 10, tzinfo=UTC),
        status=AuditStatus.DRAFT,
    )
    s.add(audit)
    s.flush()
    for section in version.sections:
        for q in section.questions:
            value = answer(q)
            if value is not None:
                s.add(Answer(audit_id=audit.id, question_id=q.id, value=value))
    s.flush()
    return audit.id


def _one_audit(db: Database) -> str:
    """A branch audit with every yes/no answered yes, its score cached."""
    with db.session() as s:
        audit_id = _branch_audit(
            s, 1, lambda q: True if q.kind.value == "yes_no" and not q.relevance else None
        )
        rescore_audit(s, audit_id)
        return str(audit_id)


def test_answer_change_updates_the_cache(database: Database) -> None:
    audit_id = _one_audit(database)
    aid = uuid.UUID(audit_id)
    with database.session() as s:
        before = s.get(Audit, aid)
        assert before is not None and before.score is not None and before.score > 0
        assert before.critical_failed == []
        critical = next(
            a
            for a in s.scalars(select(Answer).where(Answer.audit_id == aid))
            if a.question.critical
        )
        critical.value = False
        s.flush()
        result = rescore_audit(s, aid)
        key = critical.question.key
    with database.session() as s:
        after = s.get(Audit, aid)
        assert after is not None
        assert after.critical_failed == [key] == list(result.critical_failed)
        assert after.score == pytest.approx(result.score)
        assert after.score_detail["critical_failed"] == [key]
        assert recompute_scores(s) == 1


def test_recompute_tells_a_yes_from_a_1(database: Database) -> None:
    """PostgreSQL hands answers over parsed, and True == 1 in Python: a recompute that shared
    the answer 1 (a rating) with a later "yes" would score every yes/no of that audit "no"."""

    def answer(kinds: set[str]) -> Callable[[Question], object | None]:
        def value(q: Question) -> object | None:
            if q.relevance or q.kind.value not in kinds:
                return None
            return 1 if q.kind.value == "rating" else True

        return value

    with database.session() as s:
        audits = [
            _branch_audit(s, 1, answer({"rating"})),
            _branch_audit(s, 2, answer({"rating", "yes_no"})),
        ]
        # one audit per batch, the ratings-only audit first: its 1s are met before the yeses
        assert recompute_scores(s, batch=1) == 2
    with database.session() as s:
        for audit_id in audits:
            fresh = compute_audit_score(s, audit_id)
            cached = s.get(Audit, audit_id)
            assert cached is not None and fresh.score is not None
            assert cached.score == pytest.approx(fresh.score)
            assert cached.score_detail["sections"] == fresh.to_json(questions=False)["sections"]
        assert any(
            q.status == "scored" and q.why == "yes"
            for section in compute_audit_score(s, audits[1]).sections
            for q in section.questions
        )
