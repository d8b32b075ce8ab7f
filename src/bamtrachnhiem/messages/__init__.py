"""Error codes turned into sentences, in Vietnamese (default) or English."""

from __future__ import annotations

import importlib
import pkgutil

from bamtrachnhiem.domain.errors import AppError

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def _collect() -> dict[str, tuple[str, str]]:
    """Merge the ``MESSAGES`` of every module of this package (one module per area)."""
    catalogue: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for code, pair in module.MESSAGES.items():
            if code in catalogue and catalogue[code] != pair:
                raise RuntimeError(f"message code {code} is defined twice")
            catalogue[code] = pair
    return catalogue


# code -> (Vietnamese, English); placeholders are str.format fields named by the error params.
CATALOGUE: dict[str, tuple[str, str]] = _collect()


def text(code: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The sentence for ``code`` in ``lang``; unknown codes still say something useful.

    A ``reason_code`` parameter names the message that says why (rendered with the same
    parameters into ``{reason}``): "in this file, this row: <the rule's own sentence>".
    """
    reason_code = params.get("reason_code")
    if isinstance(reason_code, str):
        params = {
            **params,
            "reason": text(
                reason_code, lang, **{k: v for k, v in params.items() if k != "reason_code"}
            ),
        }
    pair = CATALOGUE.get(code)
    if pair is None:
        template = "Lỗi không xác định ({code})." if lang == "vi" else "Unexpected error ({code})."
        return template.format(code=code)
    template = pair[0] if lang == "vi" else pair[1]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def describe(error: AppError, lang: str = DEFAULT_LANGUAGE) -> str:
    """The user-facing sentence for an ``AppError``."""
    return text(error.code, lang, **error.params)
