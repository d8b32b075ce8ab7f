"""The desktop app's command line: ``bamtrachnhiem [TỆP]``, ``--help``, ``--version``.

Parsed before any window opens, with help and errors in the chosen language. A program
started from a shortcut has no console (``sys.stdout`` is None on Windows): what would be
printed is then shown in a message box.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bamtrachnhiem import __version__
from bamtrachnhiem.messages import text

PROG = "bamtrachnhiem"


class _Stop(Exception):
    """The command line is done (help, version) or wrong; ``message`` says what to show."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, *, lang: str = "vi", **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._lang = lang

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[override]
        super().add_usage(usage, actions, groups, prefix or text("cli_usage_prefix", self._lang))


class _Parser(argparse.ArgumentParser):
    def __init__(self, lang: str) -> None:
        super().__init__(
            prog=PROG,
            description=text("app_description", lang),
            add_help=False,
            allow_abbrev=False,
            formatter_class=lambda prog: _Formatter(prog, lang=lang),
        )
        self.lang = lang
        self._positionals.title = text("cli_positionals_title", lang)
        self._optionals.title = text("cli_optionals_title", lang)
        self.add_argument("-h", "--help", action="store_true", help=_h("cli_help_help", lang))
        self.add_argument("--version", action="store_true", help=_h("cli_help_version", lang))
        self.add_argument(
            "path",
            nargs="?",
            metavar=text("cli_metavar_file", lang),
            help=_h("app_help_file", lang),
        )

    def error(self, message: str):  # type: ignore[override]
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            message = text("cli_usage_unrecognized", self.lang, args=message[len(prefix) :])
        else:
            message = text("cli_usage_generic", self.lang, detail=message)
        line = text("cli_usage_error_line", self.lang, prog=PROG, message=message)
        raise _Stop(f"{self.format_usage()}{line}\n", 2)


def _h(code: str, lang: str) -> str:
    return text(code, lang).replace("%", "%%")


@dataclass
class Arguments:
    """What the command line asks for: a data file to open, or nothing (the last one)."""

    path: Path | None


def parse(argv: list[str], lang: str) -> Arguments | tuple[str, int]:
    """``Arguments``, or (what to show, exit code) when the app should not start: help
    and version (0), a usage error or a missing file (2)."""
    parser = _Parser(lang)
    try:
        args = parser.parse_args(argv)
    except _Stop as stop:
        return stop.message, stop.code
    if args.help:
        return parser.format_help(), 0
    if args.version:
        return f"{PROG} {__version__}\n", 0
    if args.path is None:
        return Arguments(None)
    path = Path(args.path).expanduser()
    if path.is_dir():
        return text("app_file_is_folder", lang, path=path) + "\n", 2
    if not path.exists():
        return text("app_file_missing", lang, path=path) + "\n", 2
    return Arguments(path)


def has_console() -> bool:
    """True when printing reaches someone (not a Windows shortcut's pythonw)."""
    return sys.stdout is not None and sys.stderr is not None
