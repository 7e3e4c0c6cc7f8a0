"""The `service-auditor` command. With no command (or only `--db`) the window starts straight
away: the command line's parser and its database libraries are not imported first, so the
window paints at once and loads after. Anything else is the command line (`auditor.cli`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

NOT_THE_WINDOW = object()


def window_target(args: Sequence[str]) -> str | object | None:
    """The database the window opens (None: the default), or NOT_THE_WINDOW."""
    if not args:
        return None
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return args[1]
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return args[0][len("--db=") :]
    return NOT_THE_WINDOW


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    target = window_target(args)
    if target is NOT_THE_WINDOW:
        from auditor.cli import main as command_line

        return command_line(args)
    from ui.app import run  # Qt only for the window

    assert target is None or isinstance(target, str)
    return run(target)


if __name__ == "__main__":
    sys.exit(main())
