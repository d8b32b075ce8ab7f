"""Spreadsheet cells as people name them: column letters, A1 references."""

from __future__ import annotations


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """A → 0, Z → 25, AA → 26: the inverse of ``column_letter``."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1
