"""Who may move an audit from which status to which, and what each may change on the way.

Written once here. Migration 0011 copies it into the team server's table `sa_workflow`, which
the audits' guard trigger reads (so PostgreSQL refuses any other move, for psql as much as for
this app), and a test holds the two equal; the package importer asks `allowed` too.

A rule is (role, from status, to status, columns): `from_status` None is creating the audit.
The role "shopper" is the audit's own shopper, whatever her group; the others are staff
deciding on someone else's audit (nobody decides on her own).
`columns` are those the role may change in that move besides the status itself; the server
keeps `revision` and `updated_at` itself, and the score cache (`SCORE_COLUMNS`) is written only
by the vetted scoring function, never by a role's own UPDATE.
"""

from __future__ import annotations

from dataclasses import dataclass

DRAFT, SUBMITTED, RETURNED, ACCEPTED = "draft", "submitted", "returned", "accepted"

# what the score cache holds (written by `sa_record_score` only, on a team server)
SCORE_COLUMNS = ("score", "passed", "grade", "critical_failed", "score_detail", "scored_at",
                 "verified_at", "verified_by")  # fmt: skip
# what a shopper fills while the audit is hers to change
SHOPPER_FILLS = ("visit_end", "observed_staff", "narrative", "resume_question")
# kept by the server whoever writes: never a reason to refuse
SERVER_KEPT = ("revision", "updated_at")
# harmless screen state a shopper may keep in any status (the question she was on)
ALWAYS = ("resume_question",)


@dataclass(frozen=True)
class Rule:
    role: str
    from_status: str | None
    to_status: str
    columns: tuple[str, ...] = ()


def _rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    # a new audit is its shopper's, whatever her group: a draft, or submitted from a laptop
    # (sync, packages)
    rules += [Rule("shopper", None, DRAFT), Rule("shopper", None, SUBMITTED)]
    for status in (DRAFT, RETURNED):
        rules.append(Rule("shopper", status, status, SHOPPER_FILLS))
        rules.append(Rule("shopper", status, SUBMITTED, (*SHOPPER_FILLS, "submitted_at")))
    for status in (SUBMITTED, ACCEPTED):
        rules.append(Rule("shopper", status, status, ALWAYS))
    for role in ("reviewer", "manager", "admin"):
        rules.append(Rule(role, SUBMITTED, ACCEPTED))
        rules.append(Rule(role, SUBMITTED, RETURNED))
    for role in ("manager", "admin"):
        rules.append(Rule(role, ACCEPTED, SUBMITTED))  # reopen, with a reason
    return tuple(rules)


RULES: tuple[Rule, ...] = _rules()
# a move that needs a reason (`SET LOCAL sa.reason` on the server, in the change log)
NEEDS_REASON = {(ACCEPTED, SUBMITTED)}
# a decision: never by the person who shopped the audit
DECISIONS = {ACCEPTED, RETURNED}


def rule_for(role: str, from_status: str | None, to_status: str) -> Rule | None:
    for rule in RULES:
        if (rule.role, rule.from_status, rule.to_status) == (role, from_status, to_status):
            return rule
    return None


def allowed(role: str, from_status: str | None, to_status: str,
            changed: frozenset[str] | set[str] = frozenset()) -> bool:  # fmt: skip
    """May `role` make this move, changing these columns besides the status?"""
    rule = rule_for(role, from_status, to_status)
    if rule is None:
        return False
    return not (set(changed) - {"status", *SERVER_KEPT, *rule.columns})
