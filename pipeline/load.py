"""Load: bytes from disk → decoded text with its encoding and checksum. Every failure is an
InputError that names the file and says why in one line."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import regex


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


_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
_READABLE = regex.compile(r"[\p{Han}\p{P}\p{S}\p{N}\p{L}\s]")


def decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(path, f"starts with a {enc} byte-order mark but is not valid {enc} ({e.reason} at byte {e.start})")
    if data.startswith(b"%PDF"):
        raise InputError(path, "is a PDF, not text: convert it to text first (e.g. pdftotext)")
    if b"\x00" in data[:65536]:
        raise InputError(path, "looks binary (contains NUL bytes) and has no UTF-16 byte-order mark")
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        if sample and len(_READABLE.findall(sample)) / len(sample) < 0.9:
            continue
        return text, enc
    raise InputError(path, "is not valid UTF-8, UTF-16 (with BOM) or GB18030/GBK text")


def load(path: str | os.PathLike, doc_id: str | None = None) -> Source:
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file")
    if p.is_dir():
        raise InputError(str(path), "is a directory, expected a text file")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot be read ({e.strerror or e})")
    text, enc = decode(data, str(path))
    if not text.strip():
        raise InputError(str(path), "is empty or holds only whitespace")
    return Source(doc_id=doc_id or p.stem, path=str(path), text=text, encoding=enc,
                  sha256=hashlib.sha256(data).hexdigest())


def discover(paths: list[str | os.PathLike]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into the .txt files to extract, in a stable order."""
    files, errors = [], []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*.txt") if q.is_file())
            if not found:
                errors.append(InputError(str(raw), "is a directory with no .txt files"))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            errors.append(InputError(str(raw), "no such file or directory"))
    return files, errors
