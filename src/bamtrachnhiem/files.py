"""Writing files so that a crash never leaves half of one: a temporary name, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``; once the block has written it, it replaces ``path``.

    The file is fsynced before the rename and the folder after it. On any error the
    temporary file is removed and ``path`` is left as it was; the error goes on.
    """
    path = Path(path)
    temp = path.with_name(f"{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(path.parent)


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces ``path`` only once complete and on disk."""
    with atomic_path(path) as temp, temp.open("wb") as fh:
        yield fh


def atomic_copy(source: Path, dest: Path) -> None:
    """Copy ``source`` to ``dest`` the same atomic way (creating ``dest``'s folder)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as src, atomic_output(dest) as out:
        shutil.copyfileobj(src, out, 1 << 20)


def fsync_file(path: Path) -> None:
    # Windows flushes only handles opened for writing.
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
