"""Typed errors with codes; the GUI and CLI turn the codes into sentences."""

from __future__ import annotations


class AppError(Exception):
    """An error a user can act on: a stable code plus the facts its message needs.

    Domain, storage and services raise these and never build sentences themselves;
    ``bamtrachnhiem.messages.describe`` turns one into Vietnamese or English text.
    """

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        detail = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.code}({detail})"


class StorageError(AppError):
    """The database file cannot be opened, written or trusted."""


class ValidationError(AppError):
    """Input was refused; nothing was changed."""


class NotFoundError(AppError):
    """A record that was asked for does not exist."""
