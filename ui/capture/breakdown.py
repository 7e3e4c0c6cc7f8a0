"""The score breakdown in the reader's words: section -> question, earned of possible, and why.

The scoring engine explains itself in English for logs and JSON (`QuestionScore.why`, "4 on
1-5"); what a person reads is said here again from the question, the answer and the rule, in
the interface language, with numbers kept in their order inside right-to-left text.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.scoring.audit import UNSCORED_KINDS
from auditor.scoring.model import AuditScore, QuestionScore, QuestionSpec
from auditor.services.capture import AnswerState, AuditForm, QuestionView
from ui import formats
from ui.direction import isolate, keep_order
from ui.enum_labels import unit_label

DEFAULT_SIZE = (900, 600)
GAP = 12  # pixels between one column's text and the next's


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditForm", text)


# what became of a question (QuestionScore.status), in words
STATES = {
    "scored": QT_TRANSLATE_NOOP("AuditForm", "in the score"),
    "na": QT_TRANSLATE_NOOP("AuditForm", "not applicable"),
    "unanswered": QT_TRANSLATE_NOOP("AuditForm", "not answered"),
    "not_relevant": QT_TRANSLATE_NOOP("AuditForm", "not shown"),
    "not_scored": QT_TRANSLATE_NOOP("AuditForm", "no points"),
}
# what an N/A answer does under each policy (auditor.scoring.model.NA_POLICIES)
NA_EFFECTS = {
    "exclude": QT_TRANSLATE_NOOP("AuditForm", "N/A: left out of the score"),
    "met": QT_TRANSLATE_NOOP("AuditForm", "N/A: counts as met"),
    "not_met": QT_TRANSLATE_NOOP("AuditForm", "N/A: counts as not met"),
    "not_allowed": QT_TRANSLATE_NOOP("AuditForm", "N/A is not allowed here: counts as not met"),
}


def state_text(status: str) -> str:
    return tr(str(STATES[status])) if status in STATES else tr("no points")


def _n(value: float) -> str:
    return formats.points(value)


def _spec(form: AuditForm, key: str) -> QuestionSpec | None:
    for section in form.spec.sections:
        for q in section.questions:
            if q.key == key:
                return q
    return None


def why_text(form: AuditForm, score: QuestionScore, state: AnswerState) -> str:
    """Why a question earned what it did, in the interface language."""
    q = form.question(score.key)
    spec = _spec(form, score.key)
    if score.status == "not_relevant":
        return tr("not shown: a rule hides it after another answer")
    if score.status == "unanswered":
        return tr("no answer")
    if score.status == "na":
        policy = spec.na_policy if spec is not None else "exclude"
        if spec is not None and (spec.kind in UNSCORED_KINDS or spec.weight <= 0):
            policy = "exclude"
        return tr(str(NA_EFFECTS.get(policy, NA_EFFECTS["exclude"])))
    if score.status == "not_scored":
        if spec is not None and spec.weight <= 0 and spec.kind not in UNSCORED_KINDS:
            return tr("weight 0: answered, not scored")
        return tr("this kind of question is not scored")
    text = _scored_why(q, spec, state.value)
    if score.critical_failed:
        scope = spec.critical_scope if spec is not None else "section"
        text += " · " + (tr("critical: the whole audit fails") if scope == "audit"
                         else tr("critical: the section fails"))  # fmt: skip
    return text


def _scored_why(q: QuestionView, spec: QuestionSpec | None, value: object) -> str:
    if q.kind == "yes_no":
        yes = value is True or (isinstance(value, str) and value.lower() in ("yes", "true"))
        return tr("Yes") if yes else tr("No")
    if q.kind == "rating":
        return (tr("%1 on a scale of %2 to %3").replace("%1", _n(float(str(value))))
                .replace("%2", _n(q.scale_min)).replace("%3", _n(q.scale_max)))  # fmt: skip
    labels = {c.key: c.label for c in q.choices}
    points = spec.choice_points if spec is not None else {}
    if q.kind == "single_choice":
        best = max((p for p in points.values() if p is not None), default=0.0)
        earned = points.get(str(value)) or 0.0
        return (tr("%1: %2 of %3 points").replace("%1", isolate(labels.get(str(value), str(value))))
                .replace("%2", _n(earned)).replace("%3", _n(best)))  # fmt: skip
    if q.kind == "multiple_choice":
        picked = value if isinstance(value, list) else [value]
        total = sum(p for p in points.values() if p is not None and p > 0)
        earned = sum(points.get(str(v)) or 0.0 for v in picked)
        names = ", ".join(labels.get(str(v), str(v)) for v in picked)
        return (tr("%1: %2 of %3 points").replace("%1", isolate(names))
                .replace("%2", _n(earned)).replace("%3", _n(total)))  # fmt: skip
    if q.kind == "number" and q.target:
        unit = str(q.target.get("unit", ""))
        answer = _amount(float(str(value)), unit)
        target = _amount(float(q.target["full"]), unit)
        # words, not "<=" or ">=": a sign mirrors in right-to-left text and reads backwards
        text = (tr("%1, target at most %2") if q.target.get("direction") == "max"
                else tr("%1, target at least %2"))  # fmt: skip
        return text.replace("%1", answer).replace("%2", target)
    return tr("answered")


def _amount(value: float, unit: str) -> str:
    """A number with its unit as the language abbreviates it, kept together."""
    return isolate(f"{_n(value)} {unit_label(unit)}") if unit else _n(value)


def points_text(earned: float, possible: float) -> str:
    """Earned of possible points; a dash where nothing could be earned (no "0 / 0")."""
    if possible <= 0 and earned == 0:
        return "—"
    return keep_order(f"{formats.points(earned)} / {formats.points(possible)}")


def total_text(form: AuditForm, result: AuditScore) -> str:
    """The audit's score, and why it is zero when a critical question failed the audit
    (its sections may still show their own percentages)."""
    if result.score is None:
        return "—"
    total = formats.percent(result.score)
    if not result.audit_knocked_out:
        return total
    failed = [key for key in result.critical_failed if _audit_scope(form, key)]
    if not failed:
        return total
    names = ", ".join(isolate(form.question(key).label) for key in failed)
    return tr("%1 (critical failure: %2)").replace("%1", total).replace("%2", names)


def _audit_scope(form: AuditForm, key: str) -> bool:
    spec = _spec(form, key)
    return spec is not None and spec.critical_scope == "audit"


def not_scorable_text(form: AuditForm, result: AuditScore) -> str:
    """Why an audit with answers has no score (too many N/A), in the interface language."""
    if not result.not_scorable:
        return ""
    na = scored = 0
    for section in result.sections:
        for q in section.questions:
            spec = _spec(form, q.key)
            if spec is None or spec.kind in UNSCORED_KINDS or spec.weight <= 0:
                continue
            na += q.status == "na"
            scored += q.status == "scored"
    answered = na + scored
    share = 100.0 * na / answered if answered else 0.0
    limit = form.spec.max_na_percent or 0.0
    return (
        tr("%1 of %2 answers are N/A (%3); at most %4 may be")
        .replace("%1", formats.count(na))
        .replace("%2", formats.count(answered))
        .replace("%3", formats.percent(share, 0))
        .replace("%4", formats.percent(limit, 0))
    )


class WrappingDelegate(QStyledItemDelegate):
    """A row as tall as its wrapped text in the column's width (a tree view asks its rows'
    heights without their columns' widths, so wrapped text would be cut to one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self.tree.columnWidth(index.column())
        if index.column() == 0:  # the branch lines and arrows take their share
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * depth
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(width, 1), 10_000)
        return super().sizeHint(wrapped, index)


class BreakdownDialog(QDialog):
    """Why the score is what it is: section -> question, earned of possible, and why."""

    def __init__(
        self,
        form: AuditForm,
        result: AuditScore,
        parent: QWidget | None = None,
        answers: dict[str, AnswerState] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breakdown")
        self.setWindowTitle(tr("Score breakdown"))
        answers = form.answers if answers is None else answers
        tree = QTreeWidget()
        tree.setObjectName("breakdownTree")
        tree.setHeaderLabels([tr("Section / question"), tr("Score"), tr("Points"), tr("Why")])
        # the why wraps in what the other columns leave: never a sideways scroll bar
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        titles = {s.key: s.title for s in form.sections}
        for section in result.sections:
            score = "—" if section.score is None else formats.percent(section.score)
            item = QTreeWidgetItem([titles.get(section.key, section.key), score,
                                    points_text(section.earned, section.possible), ""])  # fmt: skip
            for q in section.questions:
                why = why_text(form, q, answers.get(q.key, AnswerState()))
                label = form.question(q.key).label
                # a question in the score is the ordinary case: only the others say what
                # became of them (a section's row carries its score in this column)
                status = "" if q.status == "scored" else state_text(q.status)
                child = QTreeWidgetItem(
                    item, [label, status, points_text(q.earned, q.possible), why]
                )  # fmt: skip
                child.setToolTip(0, label)
                child.setToolTip(3, why)
            tree.addTopLevelItem(item)
        tree.expandAll()
        header = tree.header()
        for column in range(3):  # as wide as their text, with a gap before the next
            tree.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + GAP)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # the questions as wide as they need (up to half the dialog); the why takes the rest
        header.resizeSection(0, min(header.sectionSize(0), DEFAULT_SIZE[0] // 2))
        # a row's height follows its wrapped text (columns sized first, on one line each),
        # laid out again when a column's width changes
        tree.setItemDelegate(WrappingDelegate(tree))
        header.sectionResized.connect(lambda *_: tree.doItemsLayout())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        total = QLabel(tr("Audit score: %1").replace("%1", total_text(form, result)))
        total.setObjectName("auditScore")
        total.setWordWrap(True)
        layout.addWidget(total)
        if result.not_scorable:
            reason = QLabel(tr("Not scorable: %1").replace("%1", not_scorable_text(form, result)))
            reason.setObjectName("notScorable")
            reason.setWordWrap(True)
            layout.addWidget(reason)
        layout.addWidget(tree)
        layout.addWidget(buttons)
        self.tree = tree
        self.total = total
        self.resize(*DEFAULT_SIZE)
