"""Validate: every record goes through its Pydantic model before it is written. A record that does
not fit is an error of its document, never a silent row."""
from __future__ import annotations

from functools import lru_cache

from pydantic import TypeAdapter
from pydantic_core import SchemaValidator, core_schema

from schemas import TABLES


@lru_cache(maxsize=None)
def _adapter(name: str) -> TypeAdapter:
    return TypeAdapter(list[TABLES[name]])


@lru_cache(maxsize=None)
def _as_dicts(name: str) -> SchemaValidator | None:
    """The model's own field validators (types, constraints, defaults, extra) over plain dicts: the
    same checks and errors for a list of dict rows, without a model instance per row (a third of
    the time). None for a model that checks more than its fields (a model validator): it is used
    as is."""
    schema = TABLES[name].__pydantic_core_schema__
    fields = schema.get("schema", {})
    if (schema["type"] != "model" or schema.get("post_init") or fields.get("type") != "model-fields"
            or fields.get("computed_fields") or fields.get("extras_schema")
            or any(set(f) - {"type", "schema", "metadata"} for f in fields["fields"].values())):
        return None
    typed = core_schema.typed_dict_schema(
        {k: core_schema.typed_dict_field(f["schema"], required=f["schema"]["type"] != "default")
         for k, f in fields["fields"].items()},
        extra_behavior=schema["config"].get("extra_fields_behavior"))
    # the adapter's title, so a ValidationError reads the same
    return SchemaValidator(core_schema.list_schema(typed),
                           config={**schema["config"], "title": _adapter(name).validator.title})


def validate(name: str, rows: list[dict]) -> list[dict]:
    """Rows of table `name`, coerced and checked; raises pydantic.ValidationError."""
    dicts = _as_dicts(name)
    if dicts is not None and isinstance(rows, list) and set(map(type, rows)) <= {dict}:
        return dicts.validate_python(rows)
    # anything else (a model validator, rows that are not dicts) through the model itself, for its
    # own errors; each model's own field dict is the row (the same as dump_python gives for these
    # flat models, without a second pass through the serializer)
    return [m.__dict__ for m in _adapter(name).validate_python(rows)]
