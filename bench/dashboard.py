"""Benchmark: the manager's desk on a large database.

1. Dashboard filter change: a sequence of filter changes (period, organisation, location,
   checklist, shopper) on ~10,000 audits; for each, the time from the change to every panel
   recomputed and redrawn (DashboardPage.refresh, events processed), median. Baseline in the
   same run: plain SQL (sqlite3) computing the same aggregates for the same filter (score
   by month and by location with the period before, standards failed, critical failures,
   customer measures by month, SERVQUAL items, diary criteria, and fetching the answers
   shopper agreement compares). Target: median at most 100 ms.
2. Review view: opening a submitted audit with 60 answers and 20 photos in the Review page
   (read, build every answer row and thumbnail, events processed), median; baseline: sqlite3
   reading that audit's answers and attachment bytes. Target: at most 200 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.dashboard [--audits 10000] [--smoke]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from auditor.builtin.demo import generate_demo
from auditor.services import capture
from auditor.services.audits import AuditFilter
from auditor.services.dashboard import load_source
from auditor.services.templates import store_template
from auditor.store.db import Database, open_database
from bench.recompute_scores import template as sixty_questions
from ui.app import ensure_application

DEMO_AUDITS, DEMO_VISITS = 1098, 4.6  # the demo's audits at its default visits per month


def build(path: Path, audits: int) -> Database:
    db = open_database(path, create=True)
    with db.session() as s:
        generate_demo(
            s, today=date(2026, 11, 23), visits_per_month=DEMO_VISITS * audits / DEMO_AUDITS
        )
    return db


def filters(source: Any) -> list[dict[str, str]]:
    """The changes a manager makes, one after another."""
    out: list[dict[str, str]] = [{"period": "12"}, {"period": "6"}, {"period": "3"}]
    out += [{"period": "12", "organisation": org} for org in source.organisations]
    out += [{"organisation": "", "location": loc} for loc in list(source.locations)[:5]]
    out += [{"location": "", "shopper": shopper} for shopper in source.shoppers]
    out += [
        {"shopper": "", "template": "mystery-shopper-branch"},
        {"template": "", "period": "year"},
    ]
    return out


SQL_FILTER = """
FROM audits a JOIN template_versions v ON a.template_version_id = v.id
JOIN templates t ON v.template_id = t.id JOIN locations l ON a.location_id = l.id
JOIN organisations o ON l.organisation_id = o.id JOIN people p ON a.shopper_id = p.id
WHERE a.status IN ('submitted', 'accepted') AND a.visit_start >= ? AND a.visit_start <= ?
AND (? = '' OR o.name = ?) AND (? = '' OR l.name = ?) AND (? = '' OR t.name = ?)
AND (? = '' OR p.name = ?)
"""


def plain_sql(con: sqlite3.Connection, flt: AuditFilter) -> int:
    start = f"{flt.date_from or date(1900, 1, 1)} 00:00:00"
    end = f"{flt.date_to or date(2999, 1, 1)} 23:59:59.999999"
    named = [flt.organisation or "", flt.location or "", flt.template or "", flt.shopper or ""]
    args = [start, end, *[v for name in named for v in (name, name)]]
    rows = 0
    queries = [
        "SELECT t.name, substr(a.visit_start, 1, 7), count(*), avg(a.score)" + SQL_FILTER
        + " AND a.score IS NOT NULL GROUP BY 1, 2",
        "SELECT t.name, l.name, count(*), avg(a.score)" + SQL_FILTER
        + " AND a.score IS NOT NULL GROUP BY 1, 2",
        "SELECT t.name, j.key, count(*), sum(json_extract(j.value, '$[2]') > 0)"
        + SQL_FILTER.replace(
            "FROM audits a", "FROM audits a, json_each(a.score_detail, '$.standards') j"
        ) + " GROUP BY 1, 2",
        "SELECT t.name, j.value, count(*)" + SQL_FILTER.replace(
            "FROM audits a", "FROM audits a, json_each(a.critical_failed) j"
        ) + " GROUP BY 1, 2",
        "SELECT substr(a.visit_start, 1, 7), q.key, count(*), avg(an.value)" + SQL_FILTER.replace(
            "FROM audits a", "FROM answers an JOIN questions q ON an.question_id = q.id "
            "JOIN audits a ON an.audit_id = a.id"
        ) + " AND q.key IN ('nps', 'recommend', 'csat', 'satisfaction', 'ces', 'effort')"
        " AND an.na = 0 GROUP BY 1, 2",
        "SELECT q.key, count(*), avg(an.value)" + SQL_FILTER.replace(
            "FROM audits a", "FROM answers an JOIN questions q ON an.question_id = q.id "
            "JOIN audits a ON an.audit_id = a.id"
        ) + " AND (q.key LIKE 'e\\_%' ESCAPE '\\' OR q.key LIKE 'p\\_%' ESCAPE '\\') GROUP BY 1",
        "SELECT a.location_id, a.template_version_id, substr(a.visit_start, 1, 7), p.name, q.key,"
        " an.value" + SQL_FILTER.replace(
            "FROM audits a", "FROM answers an JOIN questions q ON an.question_id = q.id "
            "JOIN audits a ON an.audit_id = a.id"
        ) + " AND q.kind IN ('YES_NO', 'SINGLE_CHOICE', 'RATING', 'yes_no', 'single_choice',"
        " 'rating') AND an.na = 0",
    ]  # fmt: skip
    for query in queries:
        rows += len(con.execute(query, args).fetchall())
    rows += len(con.execute(
        "SELECT j.value, count(*), avg(e.experience) FROM diary_events e, json_each(e.criteria) j"
        " WHERE e.occurred_at >= ? AND e.occurred_at <= ? GROUP BY 1", [start, end],
    ).fetchall())  # fmt: skip
    if flt.date_from and flt.date_to:  # the ranking's period before
        length = flt.date_to - flt.date_from
        before_end = flt.date_from - timedelta(days=1)
        args[0], args[1] = f"{before_end - length} 00:00:00", f"{before_end} 23:59:59.999999"
        rows += len(con.execute(queries[1], args).fetchall())
    return rows


def photo_bytes(index: int) -> bytes:
    """A 1600 x 1200 JPEG with some detail, like a phone's photo of a counter."""
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv((index * 17) % 360, 160, 200))
    painter = QPainter(image)
    for i in range(0, 1600, 40):
        painter.fillRect(
            i, (i * 7) % 1100, 30, 90, QColor.fromHsv((i + index * 31) % 360, 200, 150)
        )
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(buffer.data().data())


def review_audit(db: Database, folder: Path, photos: int) -> str:
    """A submitted audit of the 60-question checklist with `photos` photos."""
    with db.session() as s:
        store_template(s, sixty_questions(), "bench")
        loc = capture.add_location(s, "Bench Org", "Bench branch", "Gdańsk")
        audit_id = capture.start_audit(s, "bench", loc.id, "Bench Shopper", datetime.now(UTC))
    writer = capture.AnswerWriter
    with db.session() as s:
        w = writer(s, audit_id)
        for sec in range(6):
            for q in range(10):
                state = capture.AnswerState(value=(q % 4 != 0), comment=f"comment {sec}.{q}")
                w.save(s, f"s{sec}q{q}", state, "Bench Shopper")
        for i in range(photos):
            photo = folder / f"photo-{i}.jpg"
            photo.write_bytes(photo_bytes(i))
            w.attach(s, f"s{i % 6}q{i % 10}", photo, "Bench Shopper")
        capture.submit_audit(s, audit_id)
    return str(audit_id)


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audits", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--opens", type=int, default=9)
    parser.add_argument("--smoke", action="store_true", help="a small run: does it still run")
    args = parser.parse_args()
    if args.smoke:
        args.audits, args.opens = 300, 2
    app = ensure_application()
    from ui.pages.dashboard import DashboardPage
    from ui.pages.review import ReviewPage

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "bench.sqlite"
        started = time.perf_counter()
        db = build(path, args.audits)
        built = time.perf_counter() - started
        with db.read_session() as s:
            audits = s.execute(
                __import__("sqlalchemy").text("SELECT count(*) FROM audits")
            ).scalar()
            started = time.perf_counter()
            source = load_source(s)
            loaded = time.perf_counter() - started

        page = DashboardPage()
        page.resize(1400, 1800)
        page.db = db
        page.show()
        page.use_source(source)
        app.processEvents()
        con = sqlite3.connect(path)
        redraw, computed, sql = [], [], []
        for change in filters(source):
            started = time.perf_counter()
            page.set_filter(**change)
            app.processEvents()
            redraw.append(time.perf_counter() - started)
            assert page.view is not None
            flt = page.view.flt
            started = time.perf_counter()
            from auditor.services.dashboard import compute

            compute(source, flt)
            computed.append(time.perf_counter() - started)
            started = time.perf_counter()
            plain_sql(con, flt)
            sql.append(time.perf_counter() - started)
        con.close()

        audit_id = review_audit(db, folder, args.photos)
        review = ReviewPage()
        review.resize(1400, 900)
        review.show()
        review.set_database(db)
        review.reload(audit_id)
        app.processEvents()
        row = next(i for i, r in enumerate(review.rows) if str(r.id) == audit_id)
        opens, thumbs, raw = [], [], []
        shown: list[float] = []
        review.thumbnails_shown.connect(lambda: shown.append(time.perf_counter()))
        con = sqlite3.connect(path)
        for _ in range(args.opens):
            review.show_row(-1)
            app.processEvents()
            shown.clear()
            started = time.perf_counter()
            review.show_row(row)
            app.processEvents()
            opens.append(time.perf_counter() - started)
            assert len(review.answer_rows) == 60
            while not shown:
                app.processEvents()
                time.sleep(0.001)
            thumbs.append(shown[0] - started)
            started = time.perf_counter()
            con.execute(
                "SELECT * FROM answers WHERE audit_id = ?", [audit_id.replace("-", "")]
            ).fetchall()
            con.execute(
                "SELECT data FROM attachments WHERE audit_id = ?", [audit_id.replace("-", "")]
            ).fetchall()
            raw.append(time.perf_counter() - started)
        con.close()
        db.close()

    result = {
        "audits": audits,
        "build_s": round(built, 1),
        "dashboard_load_s": round(loaded, 2),
        "filter_changes": len(redraw),
        "filter_redraw_median_ms": median_ms(redraw),
        "filter_redraw_max_ms": round(max(redraw) * 1000, 1),
        "filter_compute_median_ms": median_ms(computed),
        "plain_sql_median_ms": median_ms(sql),
        "redraw_vs_sql": round(statistics.median(redraw) / statistics.median(sql), 2),
        "review_open_median_ms": median_ms(opens),
        "review_thumbnails_shown_median_ms": median_ms(thumbs),
        "review_raw_read_median_ms": median_ms(raw),
        "review_open_vs_raw": round(statistics.median(opens) / statistics.median(raw), 1),
        "photos": args.photos,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
