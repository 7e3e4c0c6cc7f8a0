"""Qt item model over `auditor.services.audits.list_audits` rows, plus its filter proxy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from auditor.services.audits import AuditRow
from ui import formats

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("date", "location", "template", "shopper", "status", "score")


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("AuditStatus", "Draft"),
        "submitted": QCoreApplication.translate("AuditStatus", "Submitted"),
        "returned": QCoreApplication.translate("AuditStatus", "Returned"),
        "accepted": QCoreApplication.translate("AuditStatus", "Accepted"),
    }
    return labels.get(status, status)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "date": self.tr("Visit date"),
            "location": self.tr("Location"),
            "template": self.tr("Checklist"),
            "shopper": self.tr("Shopper"),
            "status": self.tr("Status"),
            "score": self.tr("Score"),
        }
        return titles[COLUMNS[section]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "location":
            return f"{row.organisation} · {row.city}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "score" and row.passed is False:
            return QColor("#b3261e")
        return None

    def _display(self, row: AuditRow, column: str) -> str:
        if column == "date":
            return formats.date_time(row.visited_at)
        if column == "location":
            return row.location
        if column == "template":
            return f"{row.template_title} (v{row.template_version})"
        if column == "shopper":
            return row.shopper
        if column == "status":
            return status_label(row.status)
        if row.score is None:
            return ""
        return formats.percent(row.score)

    def _sort_key(self, row: AuditRow, column: str) -> Any:
        if column == "date":
            return row.visited_at.timestamp()
        if column == "score":
            return -1.0 if row.score is None else row.score
        return self._display(row, column).casefold()


class AuditFilterProxy(QSortFilterProxyModel):
    """Free-text filter over location, organisation, city, checklist and shopper, plus status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = ""
        self._ids: frozenset[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_ids(self, ids: frozenset[str] | None) -> None:
        """Only these audits (the audits behind a dashboard bar), or all when None."""
        self._refilter(lambda: setattr(self, "_ids", ids))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(); support both.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AuditTableModel)
        row = model.row_at(source_row)
        if self._ids is not None and str(row.id) not in self._ids:
            return False
        if self._status and row.status != self._status:
            return False
        if not self._text:
            return True
        haystack = " ".join(
            (
                row.location,
                row.organisation,
                row.city,
                row.template_title,
                row.template,
                row.shopper,
            )
        ).casefold()
        return all(word in haystack for word in self._text.split())
