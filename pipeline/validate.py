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
    # one call for the list; each model's own field dict is the row (the same as dump_python gives for
    # these flat models, without a second pass through the serializer)
    return [m.__dict__ for m in _adapter(name).validate_python(rows)]
