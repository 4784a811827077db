"""--meta FILE.csv: report identity supplied from outside the text, for corpora whose text lacks it
(no title, no date line) or gets it wrong. One row per document, keyed by `doc_id`; any of the
identity columns. A value from the file overrides the text's (cue `meta:<file name>`), and every
real disagreement with the text is kept in `meta_conflicts`, never settled silently."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import get_args

import regex

from schemas.models import Document

from .identity import YEAR_FIELDS, admin_level, relate

_YEAR = regex.compile(r"\d{4}")
_DATE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
LEVELS = frozenset(get_args(Document.model_fields["admin_level"].annotation.__args__[0]))
KINDS = frozenset(get_args(Document.model_fields["report_kind"].annotation))
COLUMNS = ("region", "admin_level", "report_kind", "report_date", *YEAR_FIELDS, "title")


class MetaError(ValueError):
    """A --meta file that cannot be used: names the file and, when it is one row's fault, the row."""

    def __init__(self, path, message: str, row: int | None = None):
        self.path, self.row, self.message = str(path), row, message
        where = f"{self.path}, row {row}" if row is not None else self.path
        super().__init__(f"{where}: {message}")


def _value(path, n: int, col: str, raw: str):
    v = raw.strip()
    if col in YEAR_FIELDS:
        if not _YEAR.fullmatch(v):
            raise MetaError(path, f"{col} {raw!r} is not a year (four digits, e.g. 2023)", n)
        return int(v)
    if col == "report_date" and not _DATE.fullmatch(v):
        raise MetaError(path, f"report_date {raw!r} is not an ISO date (2023-03-05, 2023-03 or 2023)", n)
    if col == "admin_level" and v not in LEVELS:
        raise MetaError(path, f"admin_level {raw!r} is not one of {', '.join(sorted(LEVELS))}", n)
    if col == "report_kind" and v not in KINDS:
        raise MetaError(path, f"report_kind {raw!r} is not one of {', '.join(sorted(KINDS))}", n)
    return v


def read_meta(path) -> dict[str, dict]:
    """doc_id → {column: value} of a CSV (UTF-8, with or without BOM). Empty cells supply nothing.
    Rows are numbered as lines of the file: the header is row 1."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            header = [h.strip() for h in next(reader, [])]
            rows = [(reader.line_num, r) for r in reader]
    except FileNotFoundError:
        raise MetaError(path, "file not found") from None
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise MetaError(path, f"cannot read it as a UTF-8 CSV ({e})") from None
    if "doc_id" not in header:
        raise MetaError(path, f"no doc_id column (columns: {', '.join(header) or 'none'})", 1)
    unknown = [h for h in header if h != "doc_id" and h not in COLUMNS]
    if unknown:
        raise MetaError(path, f"unknown column {unknown[0]!r} (known: doc_id, {', '.join(COLUMNS)})", 1)
    if len(set(header)) != len(header):
        raise MetaError(path, "a column is named twice", 1)
    out: dict[str, dict] = {}
    for n, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise MetaError(path, f"{len(cells)} cells for {len(header)} columns", n)
        rec = dict(zip(header, cells))
        doc_id = rec.pop("doc_id", "").strip()
        if not doc_id:
            raise MetaError(path, "empty doc_id", n)
        if doc_id in out:
            raise MetaError(path, f"doc_id {doc_id!r} is given twice (also row {out[doc_id]['_row']})", n)
        row = {c: _value(path, n, c, v) for c, v in rec.items() if v and v.strip()}
        out[doc_id] = {**row, "_row": n}  # _row: for errors found later (a doc_id no file has)
    return out


def apply_meta(doc: dict, row: dict | None, source_name: str) -> dict:
    """Copy of a documents row with the meta row's values over the text's (cue meta:<source_name>).
    A value the text gave differently is recorded in meta_conflicts ('field: meta X, text Y (cue)');
    years the text only derived are derived again from the new values."""
    if not row:
        return dict(doc)
    out = dict(doc)
    conflicts = list(doc.get("meta_conflicts") or [])
    given = {k: v for k, v in row.items() if k in COLUMNS}
    for field, value in given.items():
        text = doc.get(field)
        if text is not None and text != value:
            cue = doc.get(f"{field}_cue")
            conflicts.append(f"{field}: meta {value}, text {text}" + (f" ({cue})" if cue else ""))
        out[field] = value
        if field != "title":
            out[f"{field}_cue"] = f"meta:{source_name}"
    for f in YEAR_FIELDS:  # a derived year follows the values it came from, now the file's
        if f not in given and (out.get(f"{f}_cue") or "").startswith("derived:"):
            out[f], out[f"{f}_cue"] = None, None
    out = relate(out)
    if "region" in given and "admin_level" not in given:
        level = admin_level(given["region"])
        if level is not None:
            out["admin_level"], out["admin_level_cue"] = level, "derived:region"
    out["meta_conflicts"] = conflicts
    return out
