"""Answers shared by every audit that gave them, so a batch can memoise by identity.

A recompute reads hundreds of thousands of answers that are nearly all alike (yes, no, 1..5).
Handing each distinct answer out once lets the engine remember whole sections keyed on which
answer objects they hold: identity is cheap to hash and, unlike equality, never takes True for
1 (equal in Python, scored differently: a yes/no answered 1 is not a "yes").
"""

from __future__ import annotations

from typing import Any

from auditor.scoring.model import AnswerValue


class SharedAnswer(AnswerValue):
    """An answer value handed out once per distinct (type, value, N/A); equal only to itself."""

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        return self is other


class AnswerPool:
    """Hands out one SharedAnswer per distinct answer; lists and objects (several choices) get a
    fresh plain answer each time, since nobody may share a mutable value."""

    LIMIT = 100_000  # free numbers and texts: start over rather than grow without end

    def __init__(self) -> None:
        self._answers: dict[tuple[Any, ...], AnswerValue] = {}

    def get(self, value: Any, na: bool) -> AnswerValue:
        key = (value.__class__, value, na)
        try:
            return self._answers[key]
        except KeyError:
            pass
        except TypeError:  # unhashable: a list of choices, an object
            return AnswerValue(value, na)
        if len(self._answers) >= self.LIMIT:
            self._answers.clear()
        answer = self._answers[key] = SharedAnswer(value, na)
        return answer
