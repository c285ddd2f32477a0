"""Zip archives: members as children, zip bombs and lying headers refused."""

from __future__ import annotations

import io
import random
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest

from pipeline.errors import CorruptDocumentError, LimitExceededError
from pipeline.extract.archive import extract_zip
from pipeline.options import ExtractOptions, Limits

OPTIONS = ExtractOptions()
MIB = 1024 * 1024


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _patch_headers(data: bytes, member: int, offset_local: int, offset_central: int, value: bytes) -> bytes:
    """Overwrite a field of one member's local header and its central directory record."""
    patched = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.infolist()[member]
    patched[info.header_offset + offset_local : info.header_offset + offset_local + len(value)] = value
    central = data.find(b"PK\x01\x02")
    for _ in range(member):
        central = data.find(b"PK\x01\x02", central + 4)
    patched[central + offset_central : central + offset_central + len(value)] = value
    return bytes(patched)


def _encrypt_flag(data: bytes, member: int) -> bytes:
    """Mark a member as encrypted (general purpose flag bit 0), as a password-protected zip has it."""
    return _patch_headers(data, member, 6, 8, struct.pack("<H", 0x1))


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """200 MiB of zeros, written streaming, in about 200 KB."""
    buffer = io.BytesIO()
    zeros = bytes(MIB)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("zeros.bin", "w") as member,
    ):
        for _ in range(200):
            member.write(zeros)
    return buffer.getvalue()


def test_members_become_children_and_directories_are_skipped() -> None:
    data = _zip({"invoices/": b"", "invoices/a.pdf": b"%PDF-1.4 a", "notes.txt": b"hello"})
    result = extract_zip(data, OPTIONS)
    assert [(c.filename, c.data) for c in result.children] == [
        ("invoices/a.pdf", b"%PDF-1.4 a"),
        ("notes.txt", b"hello"),
    ]
    assert result.text == "invoices/a.pdf\nnotes.txt"
    assert result.text_method == "plain"
    assert result.warnings == []


def test_member_names_are_never_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workdir = tmp_path / "a" / "b"
    workdir.mkdir(parents=True)
    monkeypatch.chdir(workdir)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    data = _zip({"../../evil.sh": b"rm -rf /", "/abs/path.txt": b"x", "ok\nname.txt": b"y"})

    result = extract_zip(data, OPTIONS)

    assert [c.data for c in result.children] == [b"rm -rf /", b"x", b"y"]
    assert result.children[0].filename == "../../evil.sh"
    assert result.children[2].filename == "ok name.txt"
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_zip_bomb_is_refused_on_declared_sizes(zip_bomb: bytes) -> None:
    assert len(zip_bomb) < 1 * MIB
    with pytest.raises(LimitExceededError, match="zip bomb suspected: compression ratio"):
        extract_zip(zip_bomb, OPTIONS)


def test_total_size_limit() -> None:
    incompressible = random.Random(1).randbytes(4000)
    options = ExtractOptions(limits=Limits(max_zip_total_bytes=3000))
    with pytest.raises(LimitExceededError, match="zip bomb suspected: 4000 bytes uncompressed"):
        extract_zip(_zip({"r.bin": incompressible}), options)


def test_member_count_limit() -> None:
    data = _zip({f"f{i}.txt": b"x" for i in range(11)})
    with pytest.raises(LimitExceededError, match="11 members, limit 10"):
        extract_zip(data, ExtractOptions(limits=Limits(max_zip_members=10)))


def test_small_compressible_file_is_not_a_bomb() -> None:
    data = _zip({"blank.txt": b" " * (512 * 1024)})
    assert len(data) * 100 < 512 * 1024  # a ratio above the limit, but harmless at this size
    [child] = extract_zip(data, OPTIONS).children
    assert len(child.data) == 512 * 1024


def test_lying_header_is_caught_while_reading() -> None:
    data = _zip({"a.txt": b"fine", "zeros.bin": bytes(5 * MIB)})
    lying = _patch_headers(data, 1, 22, 24, struct.pack("<I", 1000))  # uncompressed size: 1000
    with zipfile.ZipFile(io.BytesIO(lying)) as archive:
        assert archive.getinfo("zeros.bin").file_size == 1000  # the declared sizes pass the checks
    with pytest.raises(LimitExceededError, match=r"'zeros\.bin' inflates past its declared 1000 bytes"):
        extract_zip(lying, OPTIONS)


def test_damaged_member_is_skipped_with_a_warning() -> None:
    data = bytearray(_zip({"good.txt": b"good", "bad.txt": b"bad data " * 100}, zipfile.ZIP_STORED))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("bad.txt")
    data[info.header_offset + 30 + len("bad.txt") + 5] ^= 0xFF  # one flipped byte: CRC mismatch
    result = extract_zip(bytes(data), OPTIONS)
    assert [c.filename for c in result.children] == ["good.txt"]
    assert any("bad.txt" in w and "CRC" in w for w in result.warnings)


def test_encrypted_member_is_skipped_and_all_encrypted_is_corrupt() -> None:
    data = _zip({"open.txt": b"open", "secret.txt": b"secret"}, zipfile.ZIP_STORED)
    result = extract_zip(_encrypt_flag(data, 1), OPTIONS)
    assert [c.filename for c in result.children] == ["open.txt"]
    assert result.warnings == ["encrypted member skipped: secret.txt"]
    with pytest.raises(CorruptDocumentError, match="encrypted zip"):
        extract_zip(_encrypt_flag(_encrypt_flag(data, 1), 0), OPTIONS)


def test_not_a_zip_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match="broken zip"):
        extract_zip(b"PK\x03\x04" + random.Random(2).randbytes(2000), OPTIONS)


def test_empty_zip() -> None:
    result = extract_zip(_zip({}), OPTIONS)
    assert (result.text, result.children, result.warnings) == ("", [], ["empty archive"])
