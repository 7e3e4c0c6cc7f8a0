"""Service-event diaries: channels, expectation vs experience by criterion and organisation,
recommend/warn shares, and the criteria that matter most."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean


@dataclass(frozen=True)
class EventRecord:
    diary: str
    channel: str
    organisation: str
    expectation: float | None
    experience: float | None
    satisfaction: float | None
    criteria: tuple[str, ...]
    would_recommend: bool
    would_warn: bool


@dataclass(frozen=True)
class GapStat:
    key: str
    n: int
    expectation: float | None
    experience: float | None
    gap: float | None  # experience minus expectation, over events that have both


@dataclass(frozen=True)
class DiaryAnalysis:
    n: int
    events_per_channel: dict[str, int]
    by_channel: list[GapStat]
    by_criterion: list[GapStat]
    by_organisation: list[GapStat]
    overall: GapStat
    recommend_share: float | None  # percent of events
    warn_share: float | None
    criteria_ranked: list[str]  # most mentioned first, ties broken by the worse gap


def _mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return fmean(kept) if kept else None


def _stat(key: str, events: Sequence[EventRecord]) -> GapStat:
    both = [
        (e.expectation, e.experience)
        for e in events
        if e.expectation is not None and e.experience is not None
    ]
    gap = fmean(x - e for e, x in both) if both else None
    return GapStat(
        key,
        len(events),
        _mean(e.expectation for e in events),
        _mean(e.experience for e in events),
        gap,
    )


def _grouped(
    events: Sequence[EventRecord], keys: Callable[[EventRecord], Iterable[str]]
) -> list[GapStat]:
    groups: dict[str, list[EventRecord]] = {}
    for event in events:
        for key in keys(event):
            groups.setdefault(key, []).append(event)
    return [_stat(k, groups[k]) for k in sorted(groups)]


def analyse(events: Sequence[EventRecord]) -> DiaryAnalysis:
    n = len(events)
    by_criterion = _grouped(events, lambda e: e.criteria)
    ranked = sorted(by_criterion, key=lambda s: (-s.n, s.gap if s.gap is not None else 0.0, s.key))
    per_channel: dict[str, int] = {}
    for e in events:
        per_channel[e.channel] = per_channel.get(e.channel, 0) + 1
    return DiaryAnalysis(
        n=n,
        events_per_channel=dict(sorted(per_channel.items())),
        by_channel=_grouped(events, lambda e: [e.channel]),
        by_criterion=by_criterion,
        by_organisation=_grouped(events, lambda e: [e.organisation]),
        overall=_stat("all", events),
        recommend_share=100.0 * sum(e.would_recommend for e in events) / n if n else None,
        warn_share=100.0 * sum(e.would_warn for e in events) / n if n else None,
        criteria_ranked=[s.key for s in ranked],
    )
