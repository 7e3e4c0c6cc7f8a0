"""Qt item model over the audit list (`auditor.services.audit_list`): it knows how many audits
the list holds and reads their rows a block at a time, as the view scrolls to them; sorting
and filtering are done by the database, so 10,000 audits list as fast as 10."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from auditor.listing import AuditListing
from ui import formats

if TYPE_CHECKING:
    from auditor.listing import AuditRow

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
BLOCK = 200  # rows read at a time: a screenful many times over, a few milliseconds to read

COLUMNS = ("date", "location", "template", "shopper", "status", "score")
# Reads rows offset..offset+limit of a listing (the database behind it lives elsewhere).
BlockReader = Callable[["AuditListing", int, int], "list[AuditRow]"]


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("AuditStatus", "Draft"),
        "submitted": QCoreApplication.translate("AuditStatus", "Submitted"),
        "returned": QCoreApplication.translate("AuditStatus", "Returned"),
        "accepted": QCoreApplication.translate("AuditStatus", "Accepted"),
    }
    return labels.get(status, status)


class AuditTableModel(QAbstractTableModel):
    """Rows are read on demand: `data()` of a row not read yet reads its block."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.listing = AuditListing()
        self._read: BlockReader | None = None
        self._count = 0
        self._blocks: dict[int, list[AuditRow]] = {}

    def show(
        self,
        listing: AuditListing,
        read: BlockReader | None,
        count: int,
        first: list[AuditRow] | None = None,
    ) -> None:
        """List `count` audits of `listing`, read through `read`; `first`: rows already read."""
        self.beginResetModel()
        self.listing, self._read, self._count = listing, read, count
        self._blocks = {0: first} if first is not None else {}
        self.endResetModel()

    def use_reader(self, read: BlockReader) -> None:
        """Read the blocks not read yet through another reader (same listing, same rows)."""
        self._read = read

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._blocks.values())

    def row_at(self, row: int) -> AuditRow:
        block, offset = divmod(row, BLOCK)
        rows = self._blocks.get(block)
        if rows is None:
            assert self._read is not None
            rows = self._blocks[block] = self._read(self.listing, block * BLOCK, BLOCK)
        return rows[offset]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks; the database orders (a new listing, read from the top)."""
        listing = replace(
            self.listing,
            sort=COLUMNS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if listing != self.listing:
            self.show(listing, self._read, self._count)

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
        if not index.isValid() or index.row() >= self._count:
            return None
        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
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
