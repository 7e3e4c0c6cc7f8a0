"""A progress bar with a Cancel button that follows one long job while it runs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.workers import Job


class JobProgress(QWidget):
    """Shown while its job runs: the bar fills as the job reports progress (busy until its
    first report), Cancel asks the job to stop and greys out until it has; hidden again when
    the job ends, however it ends."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}Progress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(f"{name}Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.hide()

    def follow(self, job: Job) -> None:
        self.job = job
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        self.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finished(self) -> None:
        self.job = None
        self.hide()
