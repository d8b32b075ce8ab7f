"""Refuse hostile or broken workbook files before any XML parser reads them."""

from __future__ import annotations

import copy
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from python_calamine import CalamineWorkbook

from bamtrachnhiem.domain.errors import ValidationError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_EOCD_SIG = b"PK\x05\x06"
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_ZIP64_EOCD_SIG = b"PK\x06\x06"
_EOCD_SIZE = 22
_MAX_COMMENT = 0xFFFF
_HEAD_BYTES = 64 * 1024  # enough of a package part to find its namespaces and content types


@dataclass(frozen=True)
class WorkbookLimits:
    """Caps that a real office workbook never reaches but a hostile one does."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_total_uncompressed: int = 200 * 1024 * 1024
    max_members: int = 5000
    max_ratio: int = 200
    # Small XML parts legitimately compress far better than 200:1, so the ratio only
    # counts once a member is bigger than this.
    ratio_floor: int = 1024 * 1024
    chunk_size: int = 64 * 1024


DEFAULT_LIMITS = WorkbookLimits()


def _patterns(word: str) -> list[re.Pattern[bytes]]:
    # expat also reads UTF-16, so a declaration hidden in UTF-16 must be found too.
    return [
        re.compile(b"".join(re.escape(ch.encode(enc)) for ch in word), re.IGNORECASE)
        for enc in ("utf-8", "utf-16-le", "utf-16-be")
    ]


_ENTITY_PATTERNS = _patterns("<!DOCTYPE") + _patterns("<!ENTITY")
_DECLARATION_STARTS = (b"<!", "<!".encode("utf-16-le"), "<!".encode("utf-16-be"))
_OVERLAP = max(len("<!DOCTYPE".encode("utf-16-le")), len("<!ENTITY".encode("utf-16-le")))
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_RELATIONSHIP = re.compile(r"<Relationship\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class PartScanner(Protocol):
    """Sees a package part's bytes as they are decompressed, chunk by chunk."""

    def feed(self, chunk: bytes) -> None: ...


def check_workbook_file(
    path: Path,
    limits: WorkbookLimits = DEFAULT_LIMITS,
    scanner: Callable[[str], PartScanner | None] | None = None,
) -> None:
    """Refuse ``path`` unless it is a plain, sane .xlsx; raises ``ValidationError``.

    Checks, in order: file size and the zip's own records (member count, declared and real
    uncompressed sizes, compression ratio), then what the content really is (never the file
    extension), then DOCTYPE/ENTITY declarations in every XML part. No XML parser runs here;
    everything is read in bounded chunks, so a zip bomb is refused quickly with little memory.

    ``scanner(part)`` may return an object that is fed that part's decompressed chunks, so
    a reader can look into the parts in this same single pass.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            magic = fh.read(len(OLE2_MAGIC))
            if size > limits.max_file_bytes:
                raise ValidationError(
                    "xlsx_too_large", file=name, limit_mb=limits.max_file_bytes >> 20
                )
            if magic == OLE2_MAGIC:
                raise ValidationError("xlsx_is_ole2", file=name)
            if not magic.startswith(ZIP_MAGIC):
                raise ValidationError("xlsx_not_workbook", file=name)
            count = _declared_member_count(fh, size)
    except OSError as exc:
        raise ValidationError("xlsx_cannot_read", file=name, detail=str(exc)) from exc
    if count is None:
        raise ValidationError("xlsx_not_workbook", file=name)  # truncated: no central directory
    if count > limits.max_members:
        raise ValidationError("xlsx_too_large", file=name, limit_mb=_total_mb(limits))

    try:
        with zipfile.ZipFile(path) as zf:
            _check_package(zf, name, limits, scanner)
    except ValidationError:
        raise
    except OSError as exc:
        raise ValidationError("xlsx_cannot_read", file=name, detail=str(exc)) from exc
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        RuntimeError,
        ValueError,
    ) as exc:
        # RuntimeError covers encrypted members and (as NotImplementedError) unknown
        # compression methods; ValueError, malformed headers; zlib.error, damaged data.
        raise ValidationError("xlsx_not_workbook", file=name) from exc


def calamine_workbook(path: Path) -> CalamineWorkbook:
    """python-calamine's reader for ``path``, chosen by the content, never the name.

    ``CalamineWorkbook.from_path`` picks its reader by the extension: a genuine .xlsx named
    .xls goes to the old binary reader and fails. Opened from the bytes, calamine looks at
    the content. Call after ``check_workbook_file`` (which bounds the size); the file is
    read whole and closed at once.
    """
    with Path(path).open("rb") as fh:
        return CalamineWorkbook.from_filelike(fh)


def _total_mb(limits: WorkbookLimits) -> int:
    return limits.max_total_uncompressed >> 20


def _declared_member_count(fh: BinaryIO, size: int) -> int | None:
    """Entries named by the end-of-central-directory record, read before zipfile parses it.

    A central directory with millions of entries would cost seconds and much memory inside
    ``zipfile.ZipFile`` itself, so the count is checked first.
    """
    tail_len = min(size, _EOCD_SIZE + _MAX_COMMENT)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(_EOCD_SIG)
    if pos < 0 or len(tail) - pos < _EOCD_SIZE:
        return None
    (total,) = struct.unpack("<H", tail[pos + 10 : pos + 12])
    if total != 0xFFFF:
        return total
    locator_at = size - tail_len + pos - 20
    if locator_at < 0:
        return None
    fh.seek(locator_at)
    locator = fh.read(20)
    if not locator.startswith(_ZIP64_LOCATOR_SIG):
        return total
    (record_at,) = struct.unpack("<Q", locator[8:16])
    if record_at + 56 > size:
        return None
    fh.seek(record_at)
    record = fh.read(56)
    if not record.startswith(_ZIP64_EOCD_SIG):
        return None
    (total64,) = struct.unpack("<Q", record[32:40])
    return total64


def _check_package(
    zf: zipfile.ZipFile,
    name: str,
    limits: WorkbookLimits,
    scanner: Callable[[str], PartScanner | None] | None,
) -> None:
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > limits.max_members:
        raise ValidationError("xlsx_too_large", file=name, limit_mb=_total_mb(limits))
    if any(i.flag_bits & 0x1 for i in infos):
        # Excel never encrypts zip members; its password protection is OLE2, caught above.
        raise ValidationError("xlsx_not_workbook", file=name)
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_total_uncompressed or any(_ratio_exceeded(i, limits) for i in infos):
        raise ValidationError("xlsx_too_large", file=name, limit_mb=_total_mb(limits))

    # Declared sizes can lie, so every member is decompressed once, counting real bytes.
    entity_part: str | None = None
    total = 0
    for info in infos:
        cap = max(limits.ratio_floor, limits.max_ratio * max(info.compress_size, 1))
        scan = (
            info.filename.lower().endswith(_XML_SUFFIXES) or info.filename == "[Content_Types].xml"
        )
        tail = b""
        real = 0
        looker = scanner(info.filename) if scanner is not None else None
        for chunk in _member_chunks(zf, info, limits.chunk_size):
            if looker is not None:
                looker.feed(chunk)
            real += len(chunk)
            total += len(chunk)
            if real > cap or total > limits.max_total_uncompressed:
                raise ValidationError("xlsx_too_large", file=name, limit_mb=_total_mb(limits))
            if scan and entity_part is None:
                window = tail + chunk
                # Every declaration starts with "<!"; most parts have none, and six
                # case-insensitive searches per chunk made big sheets slow to check.
                if (
                    b"!" in window  # one byte, found fastest; in UTF-16 too
                    and any(start in window for start in _DECLARATION_STARTS)
                ) and any(p.search(window) for p in _ENTITY_PATTERNS):
                    entity_part = info.filename
                tail = window[-_OVERLAP:]

    _sniff_content(zf, name)
    if entity_part is not None:
        raise ValidationError("xlsx_xml_entities", file=name, part=entity_part)


def _ratio_exceeded(info: zipfile.ZipInfo, limits: WorkbookLimits) -> bool:
    return info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    )


def _member_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, chunk_size: int) -> Iterator[bytes]:
    # zipfile stops at the declared size; lifting it lets the real size be counted, while
    # the CRC check still rejects a member whose data does not match its record.
    unbounded = copy.copy(info)
    unbounded.file_size = 1 << 62
    with zf.open(unbounded) as fh:
        while chunk := fh.read(chunk_size):
            yield chunk


def _head(zf: zipfile.ZipFile, part: str) -> str | None:
    try:
        info = zf.getinfo(part)
    except KeyError:
        return None
    data = b""
    for chunk in _member_chunks(zf, info, _HEAD_BYTES):
        data += chunk
        if len(data) >= _HEAD_BYTES:
            break
    data = data[:_HEAD_BYTES]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8", errors="replace")


def _office_document_part(rels: str | None) -> str:
    for tag in _RELATIONSHIP.findall(rels or ""):
        attrs = {k.lower(): v1 or v2 for k, v1, v2 in _ATTR.findall(tag)}
        if attrs.get("type", "").endswith("/officeDocument") and attrs.get("target"):
            return attrs["target"].lstrip("/")
    return "xl/workbook.xml"


def _sniff_content(zf: zipfile.ZipFile, name: str) -> None:
    content_types = _head(zf, "[Content_Types].xml")
    if content_types is None:
        raise ValidationError("xlsx_not_workbook", file=name)
    types = content_types.lower()
    if "sheet.binary" in types:
        raise ValidationError("xlsx_binary", file=name)
    has_vba = any(n.lower().rsplit("/", 1)[-1] == "vbaproject.bin" for n in zf.namelist())
    if has_vba or "macroenabled" in types or "vbaproject" in types:
        raise ValidationError("xlsx_macro", file=name)
    rels = _head(zf, "_rels/.rels")
    workbook = _head(zf, _office_document_part(rels))
    if "purl.oclc.org/ooxml" in (rels or "") + (workbook or ""):
        raise ValidationError("xlsx_strict", file=name)
    if workbook is None or ("spreadsheetml" not in types and "ms-excel" not in types):
        raise ValidationError("xlsx_not_workbook", file=name)
