"""Writing files so that a reader never sees half of one: temp file beside it, then rename.

Files are written for people (reports, exports, backups): they get the permissions any new
file of the user gets (0666 less the umask), not the 0600 of a temporary file, so colleagues
on a shared drive can open them.
"""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from auditor.errors import AuditorError

# A full disk or quota, a read-only or failing drive: said in one line, never half a file.
DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EFBIG}
_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask (reading it means setting it, so under a lock and at once back)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
            if tmp.exists():
                os.chmod(tmp, 0o666 & ~current_umask())
            os.replace(tmp, target)
        except OSError as exc:
            if exc.errno not in DISK_ERRORS:
                raise
            raise AuditorError(
                "could not be written ({reason}); nothing was written",
                reason=exc.strerror or exc,
                file=str(target),
            ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def write_bytes_atomically(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_with(target: Path, writer: Callable[[Path], None]) -> None:
    """Let `writer` fill a temporary file, then move it into place."""
    with atomic_path(target) as tmp:
        writer(tmp)
