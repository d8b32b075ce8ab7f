"""``certificate print|calibrate|verify``: certificates of a decision, the calibration page,
and checking a certificate's code."""

from __future__ import annotations

import argparse
from pathlib import Path

from bamtrachnhiem.cli.common import (
    Console,
    add_command,
    add_json_flag,
    add_output_option,
    help_text,
    opened,
)
from bamtrachnhiem.domain.certificates import PrintMode
from bamtrachnhiem.domain.commendations import VerifyStatus
from bamtrachnhiem.messages import text


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    certificate = add_command(subparsers, "certificate", "cli_help_certificate", lang)
    commands = certificate.subparsers("certificate_command")

    printing = add_command(commands, "print", "cli_help_certificate_print", lang)
    printing.add_argument(
        "--decision",
        required=True,
        metavar="ID",
        help=help_text("cli_help_certificate_decision", lang),
    )
    add_output_option(printing, "cli_help_certificate_output", lang)
    printing.add_argument(
        "--template",
        default=None,
        metavar=text("cli_metavar_template", lang),
        help=help_text("cli_help_certificate_template", lang),
    )
    printing.add_argument(
        "--overlay", action="store_true", help=help_text("cli_help_certificate_overlay", lang)
    )
    printing.add_argument(
        "--register",
        action="append",
        default=None,
        metavar=text("cli_metavar_register", lang),
        help=help_text("cli_help_certificate_register", lang),
    )
    add_json_flag(printing, lang)
    printing.set_defaults(handler=run_print)

    calibrate = add_command(commands, "calibrate", "cli_help_certificate_calibrate", lang)
    calibrate.add_argument(
        "--template",
        required=True,
        metavar=text("cli_metavar_template", lang),
        help=help_text("cli_help_certificate_template", lang),
    )
    add_output_option(calibrate, "cli_help_certificate_output", lang)
    add_json_flag(calibrate, lang)
    calibrate.set_defaults(handler=run_calibrate)

    verify = add_command(commands, "verify", "cli_help_certificate_verify", lang)
    verify.add_argument(
        "code",
        metavar=text("cli_metavar_code", lang),
        help=help_text("cli_help_certificate_code", lang),
    )
    add_json_flag(verify, lang)
    verify.set_defaults(handler=run_verify)


def run_print(args: argparse.Namespace, console: Console) -> int:
    with opened(args) as ctx:
        decision = ctx.commendations.decision(args.decision)
        award_ids = None
        if args.register:
            wanted = set(args.register)
            award_ids = [a.id for a in decision.awards if a.register_text in wanted]
            if not award_ids:
                from bamtrachnhiem.domain.errors import NotFoundError

                raise NotFoundError("award_not_found", id=", ".join(args.register))
        template = ctx.certificates.template(
            args.template or ("overlay" if args.overlay else "full")
        )
        mode = PrintMode.OVERLAY if args.overlay else PrintMode.FULL
        path = ctx.certificates.print_decision(
            decision.id, Path(args.output), template=template.id, mode=mode, award_ids=award_ids
        )
        count = len(award_ids) if award_ids is not None else len(decision.awards)
    if console.json_mode:
        console.emit_json(
            {
                "ok": True,
                "file": str(path),
                "decision": decision.number_text,
                "certificates": count,
                "template": template.name,
                "mode": mode.value,
            }
        )
        return 0
    console.say("cli_certificate_printed", path=path, count=count, number=decision.number_text)
    return 0


def run_calibrate(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        path = ctx.certificates.calibrate(Path(args.output), args.template)
    if console.json_mode:
        console.emit_json({"ok": True, "file": str(path)})
        return 0
    console.say("cli_certificate_calibration", path=path)
    return 0


def run_verify(args: argparse.Namespace, console: Console) -> int:
    with opened(args, read_only=True) as ctx:
        result = ctx.commendations.verify(args.code)
    document = result.as_json()
    if console.json_mode:
        console.emit_json(document)
    else:
        console.say(
            f"cli_verify_{result.status.value}",
            code=result.code,
            name=result.name,
            number=result.decision_number,
            register=result.register_number,
            date=result.date or "",
            issuer=result.issuer,
        )
        if result.reason == "fields_differ":
            console.say("cli_verify_fields_differ")
    return 0 if result.status is VerifyStatus.GENUINE else 1
