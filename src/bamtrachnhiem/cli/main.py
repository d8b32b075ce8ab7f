"""``bamtrachnhiem-cli``: parse the global options, dispatch to one command module, map errors
to exit codes (0 done, 1 refused with nothing changed, 2 usage error)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from bamtrachnhiem import __version__, bootstrap
from bamtrachnhiem.cli import (
    backup_cmd,
    certificate_cmd,
    check_cmd,
    commendation_cmd,
    config_cmd,
    demo_cmd,
    init_cmd,
    members_cmd,
    packet_cmd,
    report_cmd,
    status_cmd,
    summary_cmd,
    units_cmd,
)
from bamtrachnhiem.cli.common import PROG, CliParser, Console, UsageError, help_text
from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.messages import DEFAULT_LANGUAGE, LANGUAGES, text

COMMAND_MODULES = (
    init_cmd,
    units_cmd,
    members_cmd,
    packet_cmd,
    config_cmd,
    status_cmd,
    summary_cmd,
    report_cmd,
    commendation_cmd,
    certificate_cmd,
    backup_cmd,
    check_cmd,
    demo_cmd,
)


def build_parser(lang: str = DEFAULT_LANGUAGE) -> CliParser:
    """The whole command line, with help and usage errors in ``lang``."""
    parser = CliParser(prog=PROG, description=help_text("cli_description", lang), lang=lang)
    parser.add_argument(
        "--db",
        type=Path,
        default=bootstrap.default_db_path(),
        metavar=text("cli_metavar_file", lang),
        help=help_text("cli_help_db", lang, path=bootstrap.default_db_path()),
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help=help_text("cli_help_lang", lang)
    )
    parser.add_argument("--json", action="store_true", help=help_text("cli_help_json", lang))
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=help_text("cli_help_version", lang),
    )
    commands = parser.subparsers("command")
    for module in COMMAND_MODULES:
        module.register(commands, lang)
    return parser


def _option_value(argv: Sequence[str], option: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == option and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
    return None


def _language(argv: Sequence[str]) -> str:
    """The language asked for, read before parsing so that usage errors speak it too."""
    lang = _option_value(argv, "--lang")
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def _wants_json(argv: Sequence[str]) -> bool:
    return "--json" in argv[: argv.index("--")] if "--" in argv else "--json" in argv


def _utf8_streams() -> None:
    """Vietnamese must print on any console (Windows code pages included)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(encoding="utf-8")


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at devnull so that flush cannot fail.
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def log_path() -> Path:
    """Where unexpected failures are logged with their traceback."""
    return bootstrap.user_data_dir() / "logs" / "cli.log"


class _LogFile(logging.FileHandler):
    """The log file for what the core reports while a command runs (a daily backup that
    failed and was skipped): there, with its traceback, never on the console. A log that
    cannot be written (the same full disk) is given up without a word."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.setLevel(logging.WARNING)
        self.setFormatter(
            logging.Formatter(f"--- %(asctime)s {PROG} {__version__} %(levelname)s\n%(message)s")
        )

    def emit(self, record: logging.LogRecord) -> None:
        try:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        return None


@contextlib.contextmanager
def _logging_to_file() -> Iterator[None]:
    """Log records go to ``log_path()`` while a command runs; without a handler, Python
    would print them, tracebacks included, on stderr."""
    handler = _LogFile(log_path())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
        handler.close()


def _log_failure(argv: Sequence[str]) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {PROG} {__version__}\n")
            fh.write(f"argv: {list(argv)!r}\n")
            fh.write(traceback.format_exc())
            fh.write("\n")
    except OSError:
        return None
    return path


def _command_name(args: argparse.Namespace) -> str:
    parts = [args.command]
    for attr in (
        "units_command",
        "members_command",
        "packet_command",
        "config_command",
        "campaigns_command",
        "report_command",
        "commendation_command",
        "certificate_command",
    ):
        if getattr(args, attr, None):
            parts.append(getattr(args, attr))
    return " ".join(parts)


def _usage_failure(error: UsageError, lang: str, json_mode: bool) -> int:
    if error.usage:
        sys.stderr.write(error.usage if error.usage.endswith("\n") else error.usage + "\n")
    print(
        text("cli_usage_error_line", lang, prog=error.prog, message=error.message), file=sys.stderr
    )
    print(text("cli_usage_hint", lang, prog=error.prog), file=sys.stderr)
    if json_mode:
        Console(lang, json_mode=True).emit_json(
            {"ok": False, "errors": [{"code": "usage_error", "message": error.message}]}
        )
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    multiprocessing.freeze_support()  # the frozen app's worker processes start here
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    lang = _language(argv)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        return _usage_failure(error, lang, _wants_json(argv))
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0

    console = Console(args.lang, json_mode=bool(getattr(args, "json", False)))
    try:
        with _logging_to_file():
            return args.handler(args, console)
    except UsageError as error:
        return _usage_failure(error, args.lang, console.json_mode)
    except AppError as error:
        return console.fail(error)
    except KeyboardInterrupt:
        print(text("cli_interrupted", args.lang), file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()  # the reader (`| head`) went away; that is not a failure to report
        return 1
    except Exception as error:
        logged = _log_failure(argv)
        detail = type(error).__name__
        command = _command_name(args)
        if logged is not None:
            message = text("cli_unexpected", args.lang, command=command, detail=detail, log=logged)
        else:
            message = text("cli_unexpected_no_log", args.lang, command=command, detail=detail)
        print(message, file=sys.stderr)
        if console.json_mode:
            console.emit_json(
                {"ok": False, "errors": [{"code": "unexpected_error", "message": message}]}
            )
        return 1


if __name__ == "__main__":
    sys.exit(main())
