"""Shared pieces of the command line: a localized parser, output, tables, opening the database."""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from bamtrachnhiem import bootstrap
from bamtrachnhiem.bootstrap import AppContext
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.messages import describe, text

PROG = "bamtrachnhiem-cli"


class UsageError(Exception):
    """The command line itself is wrong (exit code 2); ``message`` is already translated."""

    def __init__(self, message: str, usage: str = "", prog: str = PROG) -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage
        self.prog = prog


# argparse builds English sentences; these turn the ones it can produce into message codes.
_ARGPARSE_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^the following arguments are required: (?P<args>.+)$"), "cli_usage_required"),
    (re.compile(r"^unrecognized arguments: (?P<args>.+)$"), "cli_usage_unrecognized"),
    (re.compile(r"^one of the arguments (?P<args>.+) is required$"), "cli_usage_one_of_required"),
    (
        re.compile(r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.+)$"),
        "cli_usage_ambiguous",
    ),
    (
        re.compile(
            r"^argument (?P<arg>.+?): invalid choice: (?P<value>.+?) "
            r"\(choose from (?P<choices>.+)\)$"
        ),
        "cli_usage_invalid_choice",
    ),
    (re.compile(r"^argument (?P<arg>.+?): expected one argument$"), "cli_usage_expected_one"),
    (
        re.compile(r"^argument (?P<arg>.+?): expected at most one argument$"),
        "cli_usage_expected_at_most_one",
    ),
    (
        re.compile(r"^argument (?P<arg>.+?): expected at least one argument$"),
        "cli_usage_expected_at_least_one",
    ),
    (
        re.compile(r"^argument (?P<arg>.+?): invalid \S+ value: (?P<value>.+)$"),
        "cli_usage_invalid_value",
    ),
    (
        re.compile(r"^argument (?P<arg>.+?): not allowed with argument (?P<other>.+)$"),
        "cli_usage_not_allowed_with",
    ),
    (
        re.compile(r"^argument (?P<arg>.+?): ignored explicit argument (?P<value>.+)$"),
        "cli_usage_ignored_explicit",
    ),
    (re.compile(r"^argument (?P<arg>.+?): (?P<detail>.+)$"), "cli_usage_argument"),
]


def translate_usage_message(message: str, lang: str) -> str:
    """argparse's English error sentence in ``lang``; unknown ones keep their detail."""
    if lang == "en":
        return message
    for pattern, code in _ARGPARSE_MESSAGES:
        match = pattern.match(message)
        if match:
            return text(code, lang, **match.groupdict())
    return text("cli_usage_generic", lang, detail=message)


class LocalizedHelpFormatter(argparse.HelpFormatter):
    """Help output whose "usage:" prefix follows the chosen language."""

    def __init__(self, prog: str, *, lang: str = "vi", **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._lang = lang

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[override]
        if prefix is None:
            prefix = text("cli_usage_prefix", self._lang)
        super().add_usage(usage, actions, groups, prefix)


class CliParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that speaks Vietnamese (or English) and never exits by itself
    on a usage error: it raises ``UsageError`` so ``main`` returns exit code 2."""

    def __init__(self, *args: Any, lang: str = "vi", **kwargs: Any) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("allow_abbrev", False)  # scripts must not depend on abbreviations
        kwargs.setdefault("formatter_class", functools.partial(LocalizedHelpFormatter, lang=lang))
        super().__init__(*args, **kwargs)
        self.lang = lang
        self._positionals.title = text("cli_positionals_title", lang)
        self._optionals.title = text("cli_optionals_title", lang)
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=text("cli_help_help", lang),
        )

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(
            translate_usage_message(message, self.lang), self.format_usage(), self.prog
        )

    def subparsers(self, dest: str) -> argparse._SubParsersAction:
        """Required subcommands, parsed by parsers of this class in the same language."""
        return self.add_subparsers(
            dest=dest,
            required=True,
            metavar=text("cli_metavar_command", self.lang),
            title=text("cli_commands_title", self.lang),
            parser_class=functools.partial(CliParser, lang=self.lang),
        )


def help_text(code: str, lang: str, **params: object) -> str:
    """A help string safe for argparse, which %-formats help texts."""
    return text(code, lang, **params).replace("%", "%%")


def add_command(
    subparsers: argparse._SubParsersAction, name: str, help_code: str, lang: str
) -> CliParser:
    """A command (or subcommand) ``name`` whose help and description are ``help_code``."""
    return subparsers.add_parser(
        name, help=help_text(help_code, lang), description=help_text(help_code, lang)
    )


def add_year_option(parser: argparse.ArgumentParser, lang: str) -> None:
    """The required ``--year YEAR`` of a command about one year."""
    parser.add_argument(
        "--year",
        type=int,
        required=True,
        metavar=text("cli_metavar_year", lang),
        help=help_text("cli_help_year", lang),
    )


def add_output_option(parser: argparse.ArgumentParser, help_code: str, lang: str) -> None:
    """The required ``-o/--output FILE`` of a command that writes a file."""
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=text("cli_metavar_file", lang),
        help=help_text(help_code, lang),
    )


def add_dry_run_flag(parser: argparse.ArgumentParser, lang: str) -> None:
    """``--dry-run``: check and report without changing anything."""
    parser.add_argument("--dry-run", action="store_true", help=help_text("cli_help_dry_run", lang))


def add_json_flag(parser: argparse.ArgumentParser, lang: str) -> None:
    """``--json`` after a subcommand; it only ever turns JSON on (the global flag may too)."""
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=help_text("cli_help_json", lang),
    )


# --- output ---------------------------------------------------------------------------------


class Console:
    """Where a command writes: human text in the chosen language, or one JSON document."""

    def __init__(
        self,
        lang: str = "vi",
        json_mode: bool = False,
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.lang = lang
        self.json_mode = json_mode
        self._out = out
        self._err = err

    @property
    def out(self) -> TextIO:
        return self._out or sys.stdout

    @property
    def err(self) -> TextIO:
        return self._err or sys.stderr

    def t(self, key: str, /, **params: object) -> str:
        return text(key, self.lang, **params)

    def say(self, key: str, /, **params: object) -> None:
        """One human line on stdout (suppressed in JSON mode, where stdout is the document)."""
        if not self.json_mode:
            print(self.t(key, **params), file=self.out)

    def line(self, value: str = "") -> None:
        if not self.json_mode:
            print(value, file=self.out)

    def warn(self, value: str) -> None:
        print(value, file=self.err)

    def emit_json(self, document: object) -> None:
        self.out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        self.out.flush()

    def error_document(self, errors: list[dict]) -> dict:
        return {"ok": False, "errors": errors}

    def fail(self, error: AppError) -> int:
        """Report a refused command; exit code 1."""
        message = describe(error, self.lang)
        if self.json_mode:
            self.emit_json(
                self.error_document(
                    [{"code": error.code, "message": message, "params": jsonable(error.params)}]
                )
            )
        else:
            self.warn(message)
        return 1


def jsonable(value: Any) -> Any:
    """``value`` with dates as ISO text, paths and enums as text, so json.dumps accepts it."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def display_width(value: str) -> int:
    """Columns ``value`` takes on a terminal (combining marks take none, wide letters two)."""
    width = 0
    for ch in value:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table: header, a rule, then the rows, columns two spaces apart."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))

    def render(cells: Sequence[str]) -> str:
        padded = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(cells)]
        return "  ".join(padded).rstrip()

    lines = [render(headers), "  ".join("-" * w for w in widths)]
    lines.extend(render(row) for row in rows)
    return "\n".join(lines)


# --- the database ---------------------------------------------------------------------------


@contextlib.contextmanager
def opened(
    args: argparse.Namespace, *, read_only: bool = False, create: bool = False
) -> Iterator[AppContext]:
    """The services over ``--db``, closed (and the writer lock given up) afterwards."""
    ctx = bootstrap.open_context(args.db, create=create, read_only=read_only)
    try:
        yield ctx
    finally:
        ctx.close()


def database_files(path: Path) -> list[Path]:
    """The database file and the companions SQLite and the writer lock create beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock"))]


def remove_new_database(path: Path, existed_before: set[Path]) -> None:
    """Undo the creation of a database file when the command that made it was refused."""
    for file in database_files(path):
        if file not in existed_before:
            with contextlib.suppress(OSError):
                file.unlink()


@contextlib.contextmanager
def removing_new_database(path: Path) -> Iterator[bool]:
    """Around a command that may create the data file ``path``: yields whether it is missing;
    when the command fails, the files it created are removed again."""
    existed = {f for f in database_files(path) if f.exists()}
    try:
        yield path not in existed
    except BaseException:
        if path not in existed:
            remove_new_database(path, existed)
        raise
