"""The six PDF reports: audit, location, summary, standards (trainer handouts), diary, shopper."""

from __future__ import annotations

import io
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.dates import format_time
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from auditor.errors import AuditorError, NotFound
from auditor.exchange import attachments
from auditor.labels import pick_label
from auditor.locale_formats import (
    date_text,
    datetime_text,
    number_text,
    percent_text,
    points_text,
)
from auditor.reports.answers import ReportVersions, answer_lines, visited_text
from auditor.reports.labels import label
from auditor.reports.pdf_base import (
    BOLD,
    FAIL_COLOUR,
    FONT,
    PASS_COLOUR,
    BidiParagraph,
    ReportOptions,
    Styles,
    bar_chart,
    build_pdf,
    cell_value,
    heading,
    ipa_chart,
    keep_with_next,
    line_chart,
    ltr,
    month_label,
    para,
    signed,
    table,
    toc,
)
from auditor.scoring import aggregates, stats
from auditor.services import measures
from auditor.services.audits import (
    AuditFilter,
    awaiting_verification,
    counted_statuses,
    parse_audit_id,
)
from auditor.services.scoring import audit_records
from auditor.services.templates import checklist_titles
from auditor.store.models import (
    ActionStatus,
    Answer,
    Attachment,
    Audit,
    CorrectiveAction,
    Location,
    Question,
    Review,
    Standard,
)

IsCancelled = Callable[[], bool]
WIDTH = 174 * mm  # A4 width minus margins
BAD_ROW = colors.HexColor("#fdecea")
CRITICAL_ROW = colors.HexColor("#f8c4c0")


def _fmt(value: float | None, digits: int = 1, *, lang: str) -> str:
    """A number as the report's language writes it (1 234,5; 1,234.5)."""
    return "-" if value is None else number_text(value, lang, digits)


def _pct(value: float | None, lang: str) -> str:
    """A percentage as the language writes it (96,2 %; 96.2%)."""
    return "-" if value is None else percent_text(value, lang)


def _minus(value: float, lang: str) -> str:
    """A number with a true minus sign (−27,8, not the hyphen of -27,8), kept in front of
    its digits inside right-to-left text."""
    text = number_text(value, lang)
    return ltr(text.replace("-", "\u2212"), lang) if value < 0 else text


def interval_text(low: float, high: float, lang: str) -> str:
    """An interval as a reader reads it: 69,9–76,8; with a negative end, in words
    (−37,9 do −27,8), since a dash between minus signs reads as a subtraction."""
    if low >= 0 and high >= 0:
        return f"{number_text(low, lang)}–{number_text(high, lang)}"
    return f"{_minus(low, lang)} {label('range_to', lang)} {_minus(high, lang)}"


def _ci(g: aggregates.Group, lang: str) -> str:
    if g.ci_low is None or g.ci_high is None:
        return "-"
    return interval_text(g.ci_low, g.ci_high, lang)


WIDE_INTERVAL = 30.0  # points: an interval this wide says little about where the score is


def _plain_sign(value: float, lang: str) -> str:
    """A signed number for a table cell (drawn as it is, no bidi reordering needed)."""
    return ("+" if value > 0 else "") + number_text(value, lang).replace("-", "\u2212")


def interval_reading(
    intervals: list[tuple[float | None, float | None]], o: ReportOptions, st: Styles
) -> list[Flowable]:
    """A sentence in plain words under a table of intervals, when one is wide enough to
    mislead a reader who does not read statistics: what the interval is, what wide means."""
    known = [(lo, hi) for lo, hi in intervals if lo is not None and hi is not None]
    if not known:
        return []
    lo, hi = max(known, key=lambda x: x[1] - x[0])
    if hi - lo < WIDE_INTERVAL:
        return []
    example = interval_text(lo, hi, o.lang)  # with a negative end: in words, signs held
    example = ltr(example, o.lang) if lo >= 0 else example
    text = o.t("reading_intervals").format(ci=o.t("ci"), example=example)
    return [para(text, st.small, o.rtl)]


def _n(g: aggregates.Group) -> str:
    """The group's size, marked when it is too small to say much."""
    return f"{g.n}*" if g.small else str(g.n)


def _rank(g: aggregates.Group, ranks: Counter[int]) -> str:
    """The place; '=' only when another location has the same score (a shared place)."""
    return f"{g.rank}=" if ranks[g.rank or 0] > 1 else str(g.rank)


def _near(g: aggregates.Group, places: dict[str, int | None]) -> str:
    """The places of the neighbours whose interval overlaps this one ('2, 4'), or '-'."""
    return ", ".join(str(places[key]) for key in g.overlaps) or "-"


def period_line(
    flt: AuditFilter, records: list[aggregates.AuditRecord], o: ReportOptions, st: Styles
) -> list[Flowable]:
    """Which visits the numbers come from, said on the page that shows them: a report made
    without a period counts every audit, while the dashboard opens on the last 12 months."""
    if flt.date_from and flt.date_to:
        first, last = flt.date_from, flt.date_to
        key = "period_range"
    elif records:
        first = min(r.visited_at for r in records).date()
        last = max(r.visited_at for r in records).date()
        key = "period_range" if flt.date_from or flt.date_to else "period_all"
        first, last = flt.date_from or first, flt.date_to or last
    else:
        return []
    words = o.t(key).format(first=date_text(first, o.lang), last=date_text(last, o.lang))
    words = words[:-1] if words.endswith("..") else words  # a date ending 'г.' ends it
    return [para(words, st.small, o.rtl)]


def method_note(
    flt: AuditFilter, o: ReportOptions, st: Styles, *extra: str, awaiting: int = 0
) -> list[Flowable]:
    """What the report counted and how: every number must say where it comes from (on a team
    server also how many finished audits still wait for the server's scoring)."""
    statuses = ", ".join(o.term(s) for s in counted_statuses(flt))
    lines = [o.t("method_counted").format(statuses=statuses), o.t("method_groups")]
    if awaiting:
        lines.append(o.t("method_awaiting").format(count=number_text(awaiting, o.lang, 0)))
    lines += [o.t(key) for key in extra]
    return [heading(o.t("method"), st, 1, o.rtl), *(para(x, st.small, o.rtl) for x in lines)]


def _badge(
    score: float | None, passed: bool | None, grade: str, o: ReportOptions, st: Styles
) -> Table:
    verdict = o.t("passed") if passed else o.t("failed") if passed is False else o.t("no_data")
    colour = PASS_COLOUR if passed else FAIL_COLOUR if passed is False else colors.grey
    big = st.h1.clone("badge", fontSize=22, leading=26, textColor=colors.white, alignment=1)
    small = st.body.clone("badge2", textColor=colors.white, alignment=1)
    cells = [[para(_pct(score, o.lang), big)], [para(verdict, small)], [para(grade, small, o.rtl)]]
    t = Table(cells, colWidths=[60 * mm], hAlign="RIGHT" if o.rtl else "LEFT")
    t.setStyle(
        TableStyle(
            [("BACKGROUND", (0, 0), (-1, -1), colour), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        )
    )
    return t


def _facts(rows: list[tuple[str, str]], st: Styles, o: ReportOptions) -> Table:
    widths = [40 * mm, WIDTH - 40 * mm]
    data = [
        [cell_value(k, st.cell_bold, widths[0], o.rtl), cell_value(v, st.cell, widths[1], o.rtl)]
        for k, v in rows
    ]
    names = 0
    if o.rtl:
        data = [list(reversed(r)) for r in data]
        widths, names = list(reversed(widths)), 1
    t = Table(data, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
                ("FONT", (names, 0), (names, -1), BOLD, st.cell.fontSize, st.cell.leading),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if o.rtl else "LEFT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def audit_story(
    session: Session, audit_id: uuid.UUID, o: ReportOptions, versions: ReportVersions | None = None
) -> list[Flowable]:
    """The audit report; a batch passes one `versions` so checklists are read once for all."""
    audit = session.get(
        Audit,
        audit_id,
        options=[joinedload(Audit.location).joinedload(Location.organisation),
                 joinedload(Audit.shopper)],
    )  # fmt: skip
    if audit is None:
        raise NotFound("no audit with id {audit_id}", audit_id=audit_id, field="--audit")
    st = Styles(o.rtl)
    versions = versions or ReportVersions(session, o.lang)
    version, texts = versions.get(audit.template_version_id)
    answers = {
        a.question_id: a for a in session.scalars(select(Answer).where(Answer.audit_id == audit_id))
    }
    score = versions.score(version.id, answers)
    title = pick_label(version.title, o.lang) or version.template.name
    story: list[Flowable] = [para(f"{o.t('audit_report')}: {audit.location.name}", st.h1, o.rtl)]
    visit = visited_text(audit.visit_start, o.lang)
    if audit.visit_end:  # the end's time as the start's: the viewer's zone, the language's way
        end = audit.visit_end.astimezone() if audit.visit_end.tzinfo else audit.visit_end
        visit += f" – {format_time(end.time(), 'short', locale=o.lang)}"
    facts = [
        (o.t("location"), f"{audit.location.name}, {audit.location.city}"),
        (o.t("organisation"), audit.location.organisation.name),
        (o.t("visit"), visit),
        (o.t("shopper"), audit.shopper.name),
        (o.t("checklist"), f"{title} ({o.t('version')} {version.version})"),
        (o.t("status"), o.term(audit.status.value)),
    ]
    story += [
        _facts(facts, st, o),
        Spacer(1, 4 * mm),
        _badge(score.score, score.passed, score.grade, o, st),
    ]
    if score.critical_failed:
        labels = {q.key: pick_label(q.label, o.lang) for s in version.sections for q in s.questions}
        text = "; ".join(labels.get(k, k) for k in score.critical_failed)
        story.append(
            para(f"{o.t('critical')}: {text}", st.body.clone("crit", textColor=FAIL_COLOUR), o.rtl)
        )
    section_titles = {s.key: pick_label(s.title, o.lang) or s.key for s in version.sections}
    chart_items = [(section_titles[s.key], s.score) for s in score.sections if s.score is not None]
    story += [
        Spacer(1, 4 * mm),
        heading(o.t("sections"), st, 1, o.rtl),
        bar_chart(chart_items, WIDTH, lang=o.lang),
    ]
    lines = answer_lines(texts, answers, score, o.lang)
    current = None
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []

    def flush() -> None:
        if rows:
            header = [o.t("question"), o.t("answer"), o.t("points"), o.t("comment")]
            story.append(
                table([header, *rows], st, [70 * mm, 35 * mm, 18 * mm, 51 * mm], o.rtl, extra)
            )

    for line in lines:
        if line.status == "not_relevant":
            continue
        if line.section != current:
            flush()
            rows, extra = [], []
            current = line.section
            story.append(heading(line.section, st, 1, o.rtl))
        points = (
            ""
            if line.possible is None
            else (f"{points_text(line.earned or 0, o.lang)} / {points_text(line.possible, o.lang)}")
        )
        rows.append([line.question, line.answer, points, line.comment])
        r = len(rows)
        if line.critical_failed:
            extra.append(("BACKGROUND", (0, r), (-1, r), CRITICAL_ROW))
        elif line.possible and (line.earned or 0) < line.possible:
            extra.append(("BACKGROUND", (0, r), (-1, r), BAD_ROW))
    flush()
    photos = session.scalars(
        select(Attachment).where(
            Attachment.audit_id == audit_id, Attachment.media_type.startswith("image/")
        )
    ).all()
    if photos:
        story.append(heading(o.t("photos"), st, 1, o.rtl))
        thumbs = [_thumbnail(p, st, o) for p in photos]
        grid = [thumbs[i : i + 4] for i in range(0, len(thumbs), 4)]
        story.append(Table(grid, hAlign="LEFT"))
    if audit.narrative:
        story += [heading(o.t("narrative"), st, 1, o.rtl), para(audit.narrative, st.body, o.rtl)]
    reviews = session.scalars(
        select(Review).where(Review.audit_id == audit_id).order_by(Review.created_at)
    ).all()
    noted = [review for review in reviews if review.notes]
    if noted:
        story.append(heading(o.t("reviewer_notes"), st, 1, o.rtl))
        for review in noted:
            when = visited_text(review.created_at, o.lang)
            story.append(para(f"{when} {review.reviewer.name}: {review.notes}", st.body, o.rtl))
    return story


def _thumbnail(photo: Attachment, st: Styles, o: ReportOptions) -> Flowable:
    """A photo's thumbnail, or a marked placeholder naming it and why: no report fails on an
    attachment (HTML named .jpg, a truncated PNG, a header claiming 40,000 x 40,000 pixels)."""
    data = bytes(photo.data or b"")
    try:
        attachments.drawable(data, photo.media_type)
        image = Image(io.BytesIO(data), width=40 * mm, height=30 * mm, kind="proportional")
        image.wrap(40 * mm, 30 * mm)  # reads the size the way the PDF will
        return image
    except Exception as exc:  # the PDF library's errors too: never the report's
        why = str(exc) if isinstance(exc, attachments.NotAllowed) else exc.__class__.__name__
        return para(f"[{o.t('photo_unreadable')}: {photo.name}] {why}", st.body, o.rtl)


def audit_pdf(
    session: Session,
    audit: str,
    out: Path,
    o: ReportOptions,
    versions: ReportVersions | None = None,
) -> Path:
    audit_id = parse_audit_id(audit)
    story = audit_story(session, audit_id, o, versions)
    return build_pdf(out, story, o, f"{o.t('audit_report')} {audit_id}")


def _ranking_changes(session: Session, flt: AuditFilter, lang: str) -> dict[tuple[str, str], str]:
    """With a date range: each location's change against the period before, and its test
    (a star when significant at p < 0.05)."""
    if not (flt.date_from and flt.date_to):
        return {}
    groups = measures.group_scores(session, flt, "location")["groups"]
    out = {}
    for g in groups:
        if g.get("change") is not None:
            star = "*" if g["change_significant"] else ""
            out[(g["template"], g["key"])] = f"{_plain_sign(g['change'], lang)}{star}"
    return out


def summary_story(session: Session, flt: AuditFilter, o: ReportOptions) -> list[Flowable]:
    st = Styles(o.rtl)
    records = audit_records(session, flt)
    scored = [r for r in records if r.score is not None]
    names = checklist_titles(session, o.lang)
    story: list[Flowable] = [para(o.t("summary_report"), st.h1, o.rtl), toc(st)]
    extra = ("method_change",) if flt.date_from and flt.date_to else ()
    story += method_note(flt, o, st, *extra, awaiting=awaiting_verification(session, flt))
    story.append(PageBreak())
    ranking = aggregates.ranked(aggregates.by_attribute(records, "location"))
    changes = _ranking_changes(session, flt, o.lang)
    for template in sorted({g.template for g in ranking}):
        story.append(heading(f"{o.t('ranking')}: {names.checklist(template)}", st, 1, o.rtl))
        ranked = [g for g in ranking if g.template == template]
        story += period_line(flt, [r for r in records if r.template == template], o, st)
        shared = Counter(g.rank or 0 for g in ranked)
        places = {g.key: g.rank for g in ranked}
        head = [o.t("rank"), o.t("location"), o.t("audits"), o.t("score"), o.t("ci")]
        rows = [head + [o.t("not_different")] + ([o.t("change")] if changes else [])]
        rows += [
            [_rank(g, shared), g.key, _n(g), _fmt(g.score, lang=o.lang), _ci(g, o.lang),
             _near(g, places)]
            + ([changes.get((template, g.key), "-")] if changes else [])
            for g in ranked
        ]  # fmt: skip
        # 'Score' must fit whole in every language (Bulgarian 'Резултат' split at 16 mm)
        widths = [12 * mm, 48 * mm, 15 * mm, 19 * mm, 26 * mm, 28 * mm] if changes else [
            14 * mm, 64 * mm, 16 * mm, 20 * mm, 28 * mm, 32 * mm]  # fmt: skip
        story.append(table(rows, st, widths + ([26 * mm] if changes else []), o.rtl))
        story += interval_reading([(g.ci_low, g.ci_high) for g in ranked], o, st)
        if changes:
            story.append(para(o.t("reading_changes"), st.small, o.rtl))
    for template in sorted({r.template for r in scored}):
        mine = [r for r in scored if r.template == template]
        story.append(heading(f"{o.t('distribution')}: {names.checklist(template)}", st, 1, o.rtl))
        bands = Counter(min(9, int((r.score or 0) // 10)) for r in mine)
        items = [
            (f"{b * 10}-{b * 10 + 10}", 100.0 * bands.get(b, 0) / len(mine)) for b in range(10)
        ]
        axes = (o.t("share_of_audits"), o.t("score_band"))
        story.append(bar_chart(items, WIDTH, lang=o.lang, axes=axes))
    story.append(heading(o.t("most_failed"), st, 1, o.rtl))
    titles = _standard_titles(session, o.lang)
    rows = [[o.t("standard"), o.t("audits"), o.t("fail_rate")]]
    for f in aggregates.most_failed_standards(records, 12):
        rows.append(
            [
                f"{f.code}: {titles.get(f.code, '')}",
                str(f.checked),
                f"{f.failed} ({_pct(f.rate, o.lang)})",
            ]
        )
    story.append(table(rows, st, [110 * mm, 25 * mm, 39 * mm], o.rtl))
    story.append(heading(o.t("critical_failures"), st, 1, o.rtl))
    crit = Counter((r.location, r.template, k) for r in records for k in r.critical_failed)
    rows = [[o.t("location"), o.t("question"), o.t("audits")]]
    rows += [
        [loc, names.question(checklist, key), str(n)]
        for (loc, checklist, key), n in crit.most_common(30)
    ]
    story.append(table(rows, st, [80 * mm, 70 * mm, 24 * mm], o.rtl))
    return story


def _standard_titles(session: Session, lang: str) -> dict[str, str]:
    return {s.code: pick_label(s.title, lang) for s in session.scalars(select(Standard))}


def _location_trend(
    records: list[aggregates.AuditRecord],
    org_records: list[aggregates.AuditRecord],
    title: str,
    name: str,
    o: ReportOptions,
    st: Styles,
) -> list[Flowable]:
    """One checklist's monthly scores at the location beside the organisation's, with the
    last change tested against noise."""
    groups = aggregates.by_period(records)
    mine = {g.key: g for g in groups}
    org = {g.key: g.score for g in aggregates.by_period(org_records)}
    periods = sorted(set(mine) | set(org))
    series: list[tuple[str, list[tuple[int, float]]]] = [
        (name, [(i, g.score) for i, p in enumerate(periods)
                if (g := mine.get(p)) is not None and g.score is not None]),
        (o.t("org_average"),
         [(i, v) for i, p in enumerate(periods) if (v := org.get(p)) is not None]),
    ]  # fmt: skip
    out: list[Flowable] = [
        heading(title, st, 1, o.rtl),
        line_chart(series, periods, WIDTH, o.lang),
    ]
    rows = [[o.t("month"), o.t("audits"), o.t("score"), o.t("ci"), o.t("org_average")]]
    rows += [
        [month_label(p, o.lang), _n(g) if (g := mine.get(p)) else "0",
         _fmt(g.score, lang=o.lang) if g else "-", _ci(g, o.lang) if g else "-",
         _fmt(org.get(p), lang=o.lang)]
        for p in periods
    ]  # fmt: skip
    out.append(table(rows, st, [34 * mm, 24 * mm, 32 * mm, 40 * mm, 44 * mm], o.rtl))
    out += interval_reading([(g.ci_low, g.ci_high) for g in groups], o, st)
    if len(groups) >= 2:
        scores: dict[str, list[float]] = {}
        for r in records:
            if r.score is not None:
                scores.setdefault(aggregates.period_key(r.visited_at, "month"), []).append(r.score)
        test = stats.welch(scores[groups[-2].key], scores[groups[-1].key])
        if test is not None:
            reading = o.t("reading_change_real" if test.significant() else "reading_change_chance")
            arrow = "←" if o.rtl else "→"  # drawn right to left, it points the reading way
            months = f"{month_label(groups[-2].key, o.lang)} {arrow} "
            months += month_label(groups[-1].key, o.lang)
            p_value = number_text(test.p_value, o.lang, 3)
            line = (
                f"{o.t('last_change')} ({months}): {signed(test.difference, o.lang)}. "
                f"{reading} (p\u00a0=\u00a0{p_value})"
            )
            out.append(para(line, st.small, o.rtl))
    return out


def location_story(session: Session, flt: AuditFilter, o: ReportOptions) -> list[Flowable]:
    if not flt.location:
        raise AuditorError("a location report needs --location NAME", field="--location")
    location = session.scalar(select(Location).where(Location.name == flt.location))
    if location is None:
        raise NotFound("no location named '{location}'", location=flt.location, field="--location")
    st = Styles(o.rtl)
    records = audit_records(session, flt)
    org_flt = AuditFilter(
        **{**flt.__dict__, "location": None, "organisation": location.organisation.name}
    )
    org_records = audit_records(session, org_flt)
    story: list[Flowable] = [para(f"{o.t('location_report')}: {location.name}", st.h1, o.rtl)]
    story.append(
        _facts(
            [
                (o.t("organisation"), location.organisation.name),
                (o.t("location"), f"{location.city}, {location.address}"),
            ],
            st,
            o,
        )
    )
    story += method_note(flt, o, st, awaiting=awaiting_verification(session, flt))
    names = checklist_titles(session, o.lang)
    for template in sorted({r.template for r in records if r.score is not None}):
        story += _location_trend(
            [r for r in records if r.template == template],
            [r for r in org_records if r.template == template],
            f"{o.t('trend')}: {names.checklist(template)}",
            location.name,
            o,
            st,
        )
    story.append(heading(o.t("sections"), st, 1, o.rtl))
    org_sections = {
        (checklist, g.key): g.weighted_score
        for checklist, g in aggregates.by_checklist_section(org_records)
    }
    rows = [[o.t("checklist"), o.t("section"), o.t("score"), o.t("org_average")]]
    rows += [
        [
            names.checklist(checklist),
            names.section(checklist, g.key),
            _fmt(g.weighted_score, lang=o.lang),
            _fmt(org_sections.get((checklist, g.key)), lang=o.lang),
        ]
        for checklist, g in aggregates.by_checklist_section(records)
    ]
    story.append(table(rows, st, [54 * mm, 60 * mm, 30 * mm, 30 * mm], o.rtl))
    story.append(heading(o.t("standards"), st, 1, o.rtl))
    titles = _standard_titles(session, o.lang)
    org_std = {(g.template, g.key): g.weighted_score for g in aggregates.by_standard(org_records)}
    rows = [[o.t("checklist"), o.t("standard"), o.t("score"), o.t("org_average")]]
    rows += [
        [
            names.checklist(g.template),
            f"{g.key}: {titles.get(g.key, '')}",
            _fmt(g.weighted_score, lang=o.lang),
            _fmt(org_std.get((g.template, g.key)), lang=o.lang),
        ]
        for g in aggregates.by_standard(records)
    ]
    story.append(table(rows, st, [44 * mm, 70 * mm, 30 * mm, 30 * mm], o.rtl))
    actions = session.scalars(
        select(CorrectiveAction).where(
            CorrectiveAction.location_id == location.id,
            CorrectiveAction.status.in_(
                [ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE]
            ),
        )
    ).all()
    story.append(heading(o.t("open_actions"), st, 1, o.rtl))
    rows = [[o.t("standard"), o.t("open_actions"), o.t("owner"), o.t("due"), o.t("status")]]
    rows += [
        [
            a.standard.code,
            a.title,
            a.owner,
            date_text(a.due_date, o.lang) if a.due_date else "",
            o.term(a.status.value),
        ]
        for a in actions
    ]
    if len(rows) == 1:
        rows.append(["", o.t("no_data"), "", "", ""])
    story.append(table(rows, st, [22 * mm, 70 * mm, 32 * mm, 25 * mm, 25 * mm], o.rtl))
    return story


def standards_story(
    session: Session, flt: AuditFilter, o: ReportOptions, limit: int = 8
) -> list[Flowable]:
    """One weak standard per page: how often it failed, where, and what shoppers wrote."""
    st = Styles(o.rtl)
    records = audit_records(session, flt)
    standards = {s.code: s for s in session.scalars(select(Standard))}
    weak = [f for f in aggregates.most_failed_standards(records) if f.failed][:limit]
    story: list[Flowable] = [para(o.t("standards_report"), st.h1, o.rtl), toc(st)]
    ids = {r.id for r in records}
    for f in weak:
        std = standards.get(f.code)
        title = pick_label(std.title, o.lang) if std else f.code
        story += [PageBreak(), heading(f"{f.code}: {title}", st, 0, o.rtl)]
        if std:
            story.append(para(pick_label(std.description, o.lang), st.body, o.rtl))
            if std.target:
                story.append(para(pick_label(std.target, o.lang), st.body, o.rtl))
        story.append(
            keep_with_next(
                para(
                    f"{o.t('fail_rate')}: {f.failed} / {f.checked} ({_pct(f.rate, o.lang)})",
                    st.h2,
                    o.rtl,
                )
            )
        )
        where = Counter(
            r.location for r in records if f.code in r.standards and r.standards[f.code][2]
        )
        rows = [[o.t("location"), o.t("audits")]] + [[k, str(n)] for k, n in where.most_common(8)]
        story += [heading(o.t("where"), st, 1, o.rtl), table(rows, st, [134 * mm, 40 * mm], o.rtl)]
        comments = session.execute(
            select(Answer.comment, Location.name, Audit.visit_start, Audit.id)
            .join(Audit, Answer.audit_id == Audit.id)
            .join(Location, Audit.location_id == Location.id)
            .join(Question, Answer.question_id == Question.id)
            .where(Question.standards.any(Standard.code == f.code), Answer.comment != "")
            .order_by(Audit.visit_start.desc())
            .limit(40)
        ).all()
        examples = [c for c in comments if str(c[3]) in ids or c[3] in ids][:8]
        if examples:
            story.append(heading(o.t("examples"), st, 1, o.rtl))
            source_style = st.small.clone("source", spaceAfter=4, textColor=colors.grey)
            for text, loc, when, _ in examples:
                # the shopper's words in their own direction; where and when in the report's
                # (a Hebrew date inside a Polish sentence came out torn apart)
                source = f"— {date_text(when, o.lang)}, {loc}"  # a number after a place
                # name would join the name's direction, not its month's
                by = (
                    BidiParagraph(source, source_style, True)
                    if o.rtl
                    else para(source, source_style)
                )
                story.append(KeepTogether([para(f"“{text}”", st.body, o.rtl), by]))
    return story


def diary_story(session: Session, flt: AuditFilter, o: ReportOptions) -> list[Flowable]:
    st = Styles(o.rtl)
    reading = measures.read_diaries(session, flt)
    data = measures.diary_summary(reading.analysis)
    story: list[Flowable] = [para(o.t("diary_report"), st.h1, o.rtl)]
    story.append(
        para(
            f"{o.t('events')}: {data['n']}. "
            f"{o.t('recommend')}: {_pct(data['recommend_percent'], o.lang)}. "
            f"{o.t('warn')}: {_pct(data['warn_percent'], o.lang)}.",
            st.body,
            o.rtl,
        )
    )
    for title, key in ((o.t("criterion"), "by_criterion"), (o.t("channel"), "by_channel")):
        rows = [[title, o.t("n"), o.t("expectation"), o.t("experience"), o.t("gap")]]
        rows += [
            [
                o.term(s["key"]),
                str(s["n"]),
                _fmt(s["expectation"], 2, lang=o.lang),
                _fmt(s["experience"], 2, lang=o.lang),
                _fmt(s["gap"], 2, lang=o.lang).replace("-", "\u2212", 1)
                if s["gap"] is not None
                else "-",
            ]
            for s in data[key]
        ]
        story += [
            heading(f"{o.t('expectation')} / {o.t('experience')}: {title}", st, 1, o.rtl),
            table(rows, st, [60 * mm, 20 * mm, 32 * mm, 32 * mm, 30 * mm], o.rtl),
        ]
    ipa = measures.ipa_summary(measures.diary_ipa_criteria(reading.analysis), "diaries")
    if ipa["criteria"]:
        points = [
            (o.term(c["criterion"]), c["importance"], c["performance"]) for c in ipa["criteria"]
        ]
        means = (ipa["importance_mean"], ipa["performance_mean"])
        story += [
            heading(o.t("ipa"), st, 1, o.rtl),
            ipa_chart(points, means, WIDTH, (o.t("importance_axis"), o.t("performance_axis"))),
        ]
        rows = [[o.t("criterion"), o.t("importance"), o.t("performance"), o.t("quadrant")]]
        rows += [
            [
                o.term(c["criterion"]),
                _fmt(c["importance"], lang=o.lang),
                _fmt(c["performance"], 2, lang=o.lang),
                o.term(c["quadrant"]),
            ]
            for c in ipa["criteria"]
        ]
        story.append(table(rows, st, [50 * mm, 30 * mm, 30 * mm, 64 * mm], o.rtl))
    story.append(heading(o.t("events"), st, 1, o.rtl))
    timeline = reading.events
    rows = [[o.t("date"), o.t("channel"), o.t("organisation"), o.t("what_happened")]]
    for e in timeline:
        rows.append(
            [
                datetime_text(e.occurred_at, o.lang),
                o.term(e.channel),
                e.organisation,
                "\n".join([e.description, _event_scores(e, o)]).strip(),
            ]
        )
    story.append(table(rows, st, [34 * mm, 24 * mm, 34 * mm, 82 * mm], o.rtl))
    return story


def _event_scores(e: Any, o: ReportOptions) -> str:
    """An event's expectation, experience and their gap, and whether the diarist would
    recommend or warn others, in words (the table once said 'E/X' and '+/-')."""
    parts = []
    if e.expectation is not None and e.experience is not None:
        gap = e.experience - e.expectation
        parts.append(
            o.t("event_scores").format(
                expected=e.expectation,
                experienced=e.experience,
                gap=signed(gap, o.lang, 0) if gap else "0",
            )
        )
    parts += [o.t("recommend")] if e.would_recommend else []
    parts += [o.t("warn")] if e.would_warn else []
    return ". ".join(parts) + ("." if parts else "")


def shopper_story(session: Session, flt: AuditFilter, o: ReportOptions) -> list[Flowable]:
    st = Styles(o.rtl)
    records = audit_records(session, flt)
    story: list[Flowable] = [para(o.t("shopper_report"), st.h1, o.rtl)]
    story += method_note(flt, o, st, "method_calibration",
                         awaiting=awaiting_verification(session, flt))  # fmt: skip
    names = checklist_titles(session, o.lang)
    groups = aggregates.by_attribute(records, "shopper")
    rows = [[o.t("checklist"), o.t("shopper"), o.t("audits"), o.t("score"), o.t("ci")]]
    rows += [
        [names.checklist(g.template), g.key, _n(g), _fmt(g.score, lang=o.lang), _ci(g, o.lang)]
        for g in groups
    ]
    story += [
        heading(o.t("audits"), st, 1, o.rtl),
        table(rows, st, [50 * mm, 50 * mm, 20 * mm, 24 * mm, 30 * mm], o.rtl),
        *interval_reading([(g.ci_low, g.ci_high) for g in groups], o, st),
    ]
    calibration = measures.shopper_calibration(session, flt)
    rows = [[o.t("checklist"), o.t("shopper"), "n", o.t("difference"), o.t("ci"), o.t("flag")]]
    rows += [
        [
            names.checklist(c["template"]),
            c["shopper"],
            f"{c['n']}*" if c["small_sample"] else str(c["n"]),
            "-" if c["mean_difference"] is None else _plain_sign(c["mean_difference"], o.lang),
            "-" if c["ci_low"] is None else interval_text(c["ci_low"], c["ci_high"], o.lang),
            o.term(c["flag"]) if c["flag"] else "",
        ]
        for c in calibration["shoppers"]
    ]
    story += [
        heading(o.t("calibration"), st, 1, o.rtl),
        table(rows, st, [42 * mm, 38 * mm, 12 * mm, 20 * mm, 36 * mm, 26 * mm], o.rtl),
    ]
    agreement = measures.shopper_agreement(session, flt)
    rows = [[o.t("shopper"), o.t("pairs"), o.t("answers_compared"), o.t("kappa")]]
    rows += [
        [s["shopper"], str(s["pairs"]), str(s["units"]), _fmt(s["mean_kappa"], 3, lang=o.lang)]
        for s in agreement["shoppers"]
    ]
    story += [
        heading(o.t("agreement"), st, 1, o.rtl),
        table(rows, st, [80 * mm, 30 * mm, 30 * mm, 34 * mm], o.rtl),
    ]
    questions = agreement["questions"]
    checklists = sorted({q["checklist"] for q in questions})
    several = len(checklists) > 1  # else named once, above the table
    above: list[Flowable] = [Spacer(1, 3 * mm)]
    if len(checklists) == 1:
        line = f"{o.t('checklist')}: {names.checklist(checklists[0])}"
        above.append(para(line, st.body, o.rtl))
    # the least reliable first: that is what a manager looks for here
    questions = sorted(questions, key=lambda q: (q["alpha"] is None, q["alpha"] or 0.0))
    head = [o.t("question"), o.t("answers_compared"), o.t("alpha")]
    rows = [([o.t("checklist")] if several else []) + head]
    rows += [
        ([names.checklist(q["checklist"])] if several else [])
        + [
            names.question(q["checklist"], q["question"]),
            str(q["units"]),
            _fmt(q["alpha"], 3, lang=o.lang),
        ]
        for q in questions
    ]
    widths = ([40 * mm, 76 * mm] if several else [116 * mm]) + [26 * mm, 32 * mm]
    story.append(KeepTogether([*above, table(rows, st, widths, o.rtl)]))
    return story


KINDS = ("audit", "location", "summary", "standards", "diary", "shopper")
TITLES = {
    "audit": "audit_report",
    "location": "location_report",
    "summary": "summary_report",
    "standards": "standards_report",
    "diary": "diary_report",
    "shopper": "shopper_report",
}


def write_pdf(
    session: Session,
    kind: str,
    out: Path,
    flt: AuditFilter,
    o: ReportOptions,
    cancelled: IsCancelled | None = None,
) -> Path:
    if kind == "audit":
        if not flt.audit:
            raise AuditorError("an audit report needs --audit ID", field="--audit")
        return audit_pdf(session, flt.audit, out, o)
    builders = {
        "location": location_story,
        "summary": summary_story,
        "standards": standards_story,
        "diary": diary_story,
        "shopper": shopper_story,
    }
    if kind not in builders:
        raise AuditorError(
            "unknown report '{kind}' (one of {kinds})",
            kind=kind,
            kinds=", ".join(KINDS),
            field="KIND",
        )
    story = builders[kind](session, flt, o)
    return build_pdf(
        out,
        story,
        o,
        o.t(TITLES[kind]),
        with_toc=kind in ("summary", "standards"),
        cancelled=cancelled,
    )


__all__ = ["BOLD", "FONT", "KINDS", "write_pdf"]
