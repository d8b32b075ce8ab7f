"""Error codes turned into sentences, in Vietnamese (default) or English."""

from __future__ import annotations

from bamtrachnhiem.domain.errors import AppError
from bamtrachnhiem.messages import cli, member_import, members, storage, units

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

# code -> (Vietnamese, English); placeholders are str.format fields named by the error params.
CATALOGUE: dict[str, tuple[str, str]] = {
    **storage.MESSAGES,
    **units.MESSAGES,
    **members.MESSAGES,
    **member_import.MESSAGES,
    **cli.MESSAGES,
}


def text(code: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The sentence for ``code`` in ``lang``; unknown codes still say something useful."""
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
