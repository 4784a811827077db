"""Validate: every record goes through its Pydantic model before it is written. A record that does
not fit is an error of its document, never a silent row."""
from __future__ import annotations

from functools import lru_cache

from pydantic import TypeAdapter

from schemas import TABLES


@lru_cache(maxsize=None)
def _adapter(name: str) -> TypeAdapter:
    return TypeAdapter(list[TABLES[name]])


def validate(name: str, rows: list[dict]) -> list[dict]:
    """Rows of table `name`, coerced and checked; raises pydantic.ValidationError."""
    adapter = _adapter(name)
    return adapter.dump_python(adapter.validate_python(rows))  # one call for the list: no per-row model_dump
