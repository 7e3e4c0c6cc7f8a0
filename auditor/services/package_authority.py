"""What a package may bring: only what its signer may do, by the team server's own rules.

The moves an audit may make, and who may make them, are one table (auditor.store.workflow)
that the team server's triggers read too: a shopper's key brings her own audits as drafts or
submitted, with her answers, and her diaries; a reviewer's or manager's key brings decisions on
others' audits (signed reviews in her name), notes and corrective actions; checklists come
only from a manager's key. Each refusal names the member and the rule.
"""

from __future__ import annotations

from typing import Any

from auditor.errors import AuditorError, Phrase, state_words
from auditor.services.trust import Sender
from auditor.store.workflow import SHOPPER_FILLS, allowed, rule_for

STAFF = ("reviewer", "manager", "admin")
# document fields and the audit columns they are
FIELDS = {"visit_start": "visit_start", "visit_end": "visit_end",
          "observed_staff": "observed_staff", "narrative": "narrative",
          "submitted_at": "submitted_at", "resume_question": "resume_question"}  # fmt: skip
IDENTITY = ("location", "organisation", "shopper")


def _refuse(where: str, member: str, rule: str, /, **values: object) -> AuditorError:
    """`rule` is a template of its own, translated with the message."""
    return AuditorError("{member}: {rule}: refused", member=member, rule=Phrase(rule, **values),
                        file=where)  # fmt: skip


def _answers(doc: dict[str, Any]) -> dict[str, Any]:
    return {a["question"]: (a.get("value"), a["na"], a["comment"], a.get("answered_at"))
            for a in doc["answers"]}  # fmt: skip


def _photos(doc: dict[str, Any]) -> set[tuple[Any, ...]]:
    return {(a.get("id"), a.get("sha256"), a.get("question")) for a in doc.get("attachments", [])}


def _name(part: Any) -> Any:
    return part.get("name") if isinstance(part, dict) else part


def changed_columns(doc: dict[str, Any], stored: dict[str, Any] | None) -> set[str]:
    """What the incoming version changes on the stored one, as audit columns ("answers" for
    any answer, "identity" for where, whose or which checklist it is)."""
    if stored is None:
        return set()
    changed = {col for field, col in FIELDS.items() if doc.get(field) != stored.get(field)}
    template = (doc.get("template") or {}).get("hash"), (stored.get("template") or {}).get("hash")
    if template[0] != template[1] or any(
        _name(doc.get(p)) != _name(stored.get(p)) for p in IDENTITY
    ):
        changed.add("identity")
    if _answers(doc) != _answers(stored) or _photos(doc) - _photos(stored):
        changed.add("answers")  # a photo is part of an answer
    return changed


def check_history(sender: Sender, doc: dict[str, Any], stored: dict[str, Any] | None,
                  people: set[str], where: str, member: str) -> None:  # fmt: skip
    """A package's new change-log entries are about this audit, and none is in the name of
    another person known here (a laptop's own entries may name its user as she typed it)."""
    known = {e.get("id") for e in (stored or {}).get("change_log", [])}
    parts = {doc.get("id"), *(a.get("id") for a in doc.get("answers", [])),
             *(a.get("id") for a in doc.get("attachments", []))}  # fmt: skip
    for entry in doc.get("change_log", []):
        if entry.get("id") in known:
            continue
        if entry.get("entity_id") not in parts:
            raise _refuse(where, member, "a change-log entry about another audit")
        if entry.get("actor") != sender.person and entry.get("actor") in people:
            raise _refuse(
                where,
                member,
                "history in {actor}'s name signed by {person}'s key",
                actor=entry.get("actor"),
                person=sender.person,
            )


def check_audit(
    sender: Sender,
    doc: dict[str, Any],
    stored: dict[str, Any] | None,
    where: str,
    member: str,
    people: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Refuse an audit version its signer could not have made herself (checked for what an
    import would write: a new audit, an update, a version kept as a conflict)."""
    own = _name(doc.get("shopper")) == sender.person
    who = "shopper" if own else sender.role
    if not own and sender.role not in STAFF:
        raise _refuse(
            where,
            member,
            "a {role}'s key brings only her own audits, not {shopper}'s",
            role=sender.role or "shopper",
            shopper=_name(doc.get("shopper")),
        )
    if not (stored is None and sender.role in ("manager", "admin")):
        check_history(sender, doc, stored, set(people), where, member)
    from_status = stored["status"] if stored is not None else None
    to_status = doc["status"]
    changed = changed_columns(doc, stored)
    stored_reviews = {r["id"] for r in (stored or {}).get("reviews", [])}
    new_reviews = [r for r in doc.get("reviews", []) if r["id"] not in stored_reviews]
    if stored is not None and from_status == to_status and not changed and not new_reviews:
        return  # what the receiver holds already, or only bookkeeping
    if stored is None and not own and sender.role in ("manager", "admin"):
        _check_copy(sender, doc, set(people), where, member)  # an office's copy, as it stands
        return
    if "identity" in changed:
        raise _refuse(where, member, "no package changes where, whose or which checklist an "
                      "audit is")  # fmt: skip
    if not own and sender.role not in STAFF:
        raise _refuse(
            where,
            member,
            "a {role}'s key brings only her own audits, not {shopper}'s",
            role=sender.role or "shopper",
            shopper=_name(doc.get("shopper")),
        )
    if "answers" in changed and not (own and from_status in (None, "draft", "returned")):
        raise _refuse(where, member, "answers change only in a draft or a returned audit, by "
                      "its own shopper")  # fmt: skip
    columns = changed - {"answers"}
    if from_status != to_status or columns:
        if rule_for(who, from_status, to_status) is None:
            start = (
                Phrase("create an audit")
                if from_status is None
                else Phrase("move an audit from {status}", status=state_words(from_status))
            )
            raise _refuse(
                where,
                member,
                "a {who} may not {start} to {to_status}",
                who=who,
                start=start,
                to_status=state_words(to_status),
            )
        if not allowed(who, from_status, to_status, columns):
            extra = ", ".join(sorted(columns - set(SHOPPER_FILLS) - {"submitted_at"}) or columns)
            raise _refuse(
                where,
                member,
                "a {who} may not change {extra} of an audit that is {from_status}",
                who=who,
                extra=extra,
                from_status=state_words(from_status),
            )
    for review in new_reviews:
        if own or sender.role not in STAFF:
            raise _refuse(where, member, "reviews come from a reviewer's or manager's key, never "
                          "the shopper's own")  # fmt: skip
        if review.get("reviewer") != sender.person:
            raise _refuse(
                where,
                member,
                "a review in {reviewer}'s name signed by {person}'s key",
                reviewer=review.get("reviewer"),
                person=sender.person,
            )


def _check_copy(sender: Sender, doc: dict[str, Any], people: set[str], where: str,
                member: str) -> None:  # fmt: skip
    """A manager's key may hand over audits the receiver does not hold (an office's copy for
    a trainer's laptop or a second office), as they stand: a decided audit carries the review
    that decided it, by the signer or a reviewer known here, never by its shopper or a name
    that only looks like hers; its history is only about itself."""
    from auditor.names import looks_like

    shopper = str(_name(doc.get("shopper")))
    reviews = sorted(doc.get("reviews", []), key=lambda r: str(r.get("created_at", "")))
    parts = {doc.get("id"), *(a.get("id") for a in doc.get("answers", [])),
             *(a.get("id") for a in doc.get("attachments", []))}  # fmt: skip
    if any(e.get("entity_id") not in parts for e in doc.get("change_log", [])):
        raise _refuse(where, member, "a change-log entry about another audit")
    for review in reviews:
        reviewer = str(review.get("reviewer", ""))
        if (
            reviewer == shopper
            or looks_like(reviewer, shopper)
            or (reviewer.casefold() == shopper.casefold())
        ):
            raise _refuse(where, member, "nobody reviews an audit she shopped herself")
        if reviewer != sender.person and reviewer not in people:
            raise _refuse(where, member, "a review by {reviewer}, whom this database does "
                          "not know", reviewer=reviewer)  # fmt: skip
    status = doc["status"]
    if status in ("accepted", "returned") and (
        not reviews or reviews[-1].get("decision") != status
    ):
        raise _refuse(where, member, "an audit that is {status} carries the review that "
                      "decided it", status=state_words(status))  # fmt: skip


def check_diary(sender: Sender, doc: dict[str, Any], stored_owner: str | None, where: str,
                member: str) -> None:  # fmt: skip
    """A diary from its own diarist's key only, and never onto someone else's diary; every
    event as the app itself would take it."""
    from auditor.services.diaries import EventInput, validate_event
    from auditor.store.models import utcnow

    if _name(doc.get("owner")) != sender.person or (
        stored_owner is not None and stored_owner != sender.person
    ):
        raise _refuse(where, member, "a diary comes only from its own diarist's key, not "
                      "{person}'s", person=sender.person)  # fmt: skip
    for index, e in enumerate(doc.get("events", [])):
        try:
            validate_event(EventInput(
                utcnow(), e["channel"], e.get("organisation", ""), e.get("description", ""),
                e.get("place", ""), e.get("expectation"), e.get("experience"),
                e.get("satisfaction"), e.get("feeling", ""), tuple(e.get("criteria", [])),
                bool(e.get("would_recommend")), bool(e.get("would_warn")),
            ))  # fmt: skip
        except AuditorError as exc:
            raise _refuse(
                where, member, "events/{index}: {problem}", index=index, problem=exc.phrase
            ) from None


def check_action(sender: Sender, where: str, member: str) -> None:
    if sender.role not in STAFF:
        raise _refuse(where, member, "corrective actions come from a reviewer's or manager's key")


def may_bring_checklists(sender: Sender) -> bool:
    """Only a manager's key makes a packaged checklist this database's newest."""
    return sender.role in ("manager", "admin")
