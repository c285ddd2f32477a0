"""Zip archives: every member file becomes a child item, read into memory, never extracted.

Zip bombs are refused twice: first on the sizes the archive declares (member count, total
uncompressed size, compression ratio), then while reading, where a member that inflates past
its declared size (a lying header) stops the read at once.
"""

from __future__ import annotations

import copy
import io
import lzma
import zipfile
import zlib

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.extract.email_mime import clean_name
from pipeline.options import ExtractOptions, Limits
from pipeline.records import ChildItem, Extraction

CHUNK_BYTES = 64 * 1024
RATIO_FLOOR_BYTES = 1024 * 1024  # below this much declared data a high ratio harms no one
# What zipfile and the decompressors raise on a damaged archive or member (fuzzing found each).
_BROKEN = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError)
_UNREADABLE = (*_BROKEN, zlib.error, lzma.LZMAError, RuntimeError)


def extract_zip(data: bytes, options: ExtractOptions) -> Extraction:
    """Each file in the archive as a child item; the text is the list of member names."""
    limits = options.limits
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _BROKEN as exc:
        raise CorruptDocumentError(f"broken zip: {exc}") from exc
    with archive:
        # Directories are skipped (by name: ZipInfo.is_dir() fails on an empty one).
        members = [info for info in archive.infolist() if not info.filename.endswith("/")]
        check_declared_sizes(archive.infolist(), len(data), limits)
        warnings: list[str] = []
        children: list[ChildItem] = []
        budget = limits.max_zip_total_bytes
        for info in members:
            name = clean_name(info.filename)
            if info.flag_bits & 0x1:
                warnings.append(f"encrypted member skipped: {name}")
                continue
            try:
                content = read_member(archive, info, budget)
            except _UNREADABLE as exc:
                warnings.append(f"unreadable member skipped: {name}: {exc}")
                continue
            budget -= len(content)
            children.append(ChildItem(filename=name, data=content))
    if members and not children:
        encrypted = all(info.flag_bits & 0x1 for info in members)
        raise CorruptDocumentError(
            "encrypted zip: no member can be read without a password"
            if encrypted
            else f"broken zip: no member could be read ({'; '.join(warnings[:3])})"
        )
    if not members:
        warnings.append("empty archive")
    text = "\n".join(name for info in members if (name := clean_name(info.filename)))
    return Extraction(text=text, text_method="plain", children=children, warnings=warnings)


def check_declared_sizes(infos: list[zipfile.ZipInfo], archive_bytes: int, limits: Limits) -> None:
    """Refuse an archive whose own directory promises too many members or too much data."""
    if len(infos) > limits.max_zip_members:
        raise LimitExceededError(f"zip bomb suspected: {len(infos)} members, limit {limits.max_zip_members}")
    total = sum(info.file_size for info in infos)
    if total > limits.max_zip_total_bytes:
        raise LimitExceededError(
            f"zip bomb suspected: {total} bytes uncompressed, limit {limits.max_zip_total_bytes}"
        )
    ratio = total / max(archive_bytes, 1)
    if total > RATIO_FLOOR_BYTES and ratio > limits.max_zip_ratio:
        raise LimitExceededError(
            f"zip bomb suspected: compression ratio {ratio:.0f}, limit {limits.max_zip_ratio:.0f}"
        )


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """One member's bytes, read in chunks; stops as soon as it inflates past its declared size
    (a lying header) or past what is left of the archive's byte budget."""
    # zipfile itself stops at the declared size and then fails the CRC check. Letting it run a
    # chunk further tells a size lie (refused as a bomb) apart from ordinary damage (skipped).
    probe = copy.copy(info)
    probe.file_size = info.file_size + CHUNK_BYTES + 1
    chunks: list[bytes] = []
    total = 0
    with archive.open(probe) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            total += len(chunk)
            if total > info.file_size:
                raise LimitExceededError(
                    f"zip bomb suspected: member {clean_name(info.filename)!r} inflates past its "
                    f"declared {info.file_size} bytes"
                )
            if total > budget:
                raise LimitExceededError("zip bomb suspected: members inflate past the total size limit")
            chunks.append(chunk)
    return b"".join(chunks)
