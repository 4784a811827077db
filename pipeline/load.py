"""Load: bytes from disk → decoded text with its encoding and checksum. Every failure is an
InputError that names the file and says why in one line.

Accepted: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a byte-order mark, UTF-16 without
one when its bytes leave no doubt, GB18030 (which includes GBK and GB2312). Offsets everywhere
index the decoded text (the BOM is not part of it)."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import regex

MAX_BYTES = 256 * 1024 * 1024  # far above any report; a stray multi-GB file must not exhaust memory


class InputError(Exception):
    """A file that cannot be extracted; `stage` tells where it failed."""

    def __init__(self, path: str, message: str, stage: str = "load"):
        super().__init__(f"{path}: {message}")
        self.path, self.message, self.stage = str(path), message, stage


@dataclass(frozen=True)
class Source:
    doc_id: str
    path: str
    text: str
    encoding: str
    sha256: str


# UTF-32 first: its little-endian BOM starts with UTF-16's
_BOMS = [(b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
# formats people save by mistake under a .txt name: named, so the message says what to do
_MAGIC = [(b"%PDF", "is a PDF, not text: convert it to text first (e.g. pdftotext)"),
          (b"PK\x03\x04", "is a ZIP archive (a .docx or .xlsx?), not text: save it as plain text first"),
          (b"\xd0\xcf\x11\xe0", "is an Office binary file (a .doc or .xls?), not text: save it as plain text first"),
          (b"{\\rtf", "is an RTF document, not plain text: save it as plain text first")]
_HTML = regex.compile(rb"\A\s*(?:<!doctype\s+html|<html[\s>])", regex.IGNORECASE)
_UNREADABLE = regex.compile(r"[^\p{Han}\p{P}\p{S}\p{N}\p{L}\s]+")  # controls, unassigned, private use


def _where(data: bytes, pos: int) -> str:
    line = data.count(b"\n", 0, pos) + 1
    return f"byte 0x{data[pos]:02x} at offset {pos} (line {line})"


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with a few damaged spots rather than another encoding: GBK
    text read as UTF-8 fails on nearly every non-ASCII character, damaged UTF-8 on a handful. Such
    a file must not fall through to GB18030, which would decode it silently into mojibake."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for c in text if ord(c) > 0x7F) - bad
    return wide >= 16 and bad <= max(4, wide // 10)  # GBK read as UTF-8: bad >= 0.6 × wide


def _readable(text: str) -> bool:
    sample = text[:20000]
    return sum(m.end() - m.start() for m in _UNREADABLE.finditer(sample)) <= 0.1 * len(sample)


_TEXTLIKE = regex.compile(r"[\p{Han}\x20-\x7e\s\u3000-\u303f\uff00-\uffef“”‘’—…·]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do): the NUL bytes of its ASCII
    characters (newlines, digits) sit at odd offsets (little-endian) or at even ones, far more than
    at the other (一 is 00 4E), and the text decodes to Chinese and ASCII. Binary data has NULs at
    both alike and decodes to noise."""
    sample = data[:65536 - 65536 % 2]
    if len(data) % 2 or len(sample) < 64:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if max(odd, even) < len(sample) // 200 or min(odd, even) > max(odd, even) // 3:
        return None
    enc = "utf-16-le" if odd > even else "utf-16-be"
    text = sample.decode(enc, errors="replace")  # the sample may end inside a surrogate pair
    return enc if len(_TEXTLIKE.findall(text)) >= 0.95 * len(text) else None


def decode(data: bytes, path: str) -> tuple[str, str]:
    """(text, encoding name) or InputError with a one-line reason."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(path, f"starts with a {enc} byte-order mark but is not valid {enc} "
                                       f"({e.reason} at offset {e.start + len(bom)})") from None
    for magic, message in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, message)
    if _HTML.match(data[:1024]):
        raise InputError(path, "is an HTML page, not text: save the page as text (or copy its text) first")
    if b"\x00" in data[:65536]:
        enc = _utf16_without_bom(data)
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
        raise InputError(path, "looks binary (contains NUL bytes); if it is UTF-16 text, re-save it as UTF-8 "
                               "or with a byte-order mark")
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError as e:
        if _mostly_utf8(data):
            raise InputError(path, f"is UTF-8 with invalid bytes: {_where(data, e.start)} cannot be decoded "
                                   f"(a truncated or damaged file?)") from None
        try:
            text, enc = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError as e2:
            raise InputError(path, f"is not text in UTF-8, UTF-16/32 (with BOM) or GB18030/GBK: "
                                   f"{_where(data, e2.start)} cannot be decoded") from None
    if not _readable(text):
        raise InputError(path, f"does not look like text: it decodes as {enc} but is mostly control "
                               f"or unassigned characters")
    return text, enc


def load(path: str | os.PathLike, doc_id: str | None = None) -> Source:
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file" + (" (a broken symbolic link)" if p.is_symlink() else ""))
    if p.is_dir():
        raise InputError(str(path), "is a directory, expected a text file")
    if not p.is_file():  # a FIFO or device would block or never end
        raise InputError(str(path), "is not a regular file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), f"is {size / 2**20:.0f} MiB, more than the {MAX_BYTES // 2**20} MiB "
                                        f"a single report may have")
        data = p.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot be read ({e.strerror or e})") from None
    if not data:
        raise InputError(str(path), "is empty (0 bytes)")
    text, enc = decode(data, str(path))
    if not text.strip():
        raise InputError(str(path), "is empty or holds only whitespace")
    return Source(doc_id=doc_id or p.stem, path=str(path), text=text, encoding=enc,
                  sha256=hashlib.sha256(data).hexdigest())


def discover(paths: list[str | os.PathLike]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into the .txt files to extract, in a stable order. In folders,
    .txt is matched case-insensitively (Word on Windows writes .TXT) and hidden files are skipped."""
    files, errors = [], []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            try:
                found = sorted(q for q in p.rglob("*") if q.suffix.lower() == ".txt" and q.is_file()
                               and not any(part.startswith(".") for part in q.relative_to(p).parts))
            except OSError as e:
                errors.append(InputError(str(raw), f"cannot be listed ({e.strerror or e})"))
                continue
            if not found:
                errors.append(InputError(str(raw), "is a directory with no .txt files"))
            files.extend(found)
        elif p.exists() or p.is_symlink():
            files.append(p)  # load() says what is wrong with it, if anything
        else:
            errors.append(InputError(str(raw), "no such file or directory"))
    return files, errors
