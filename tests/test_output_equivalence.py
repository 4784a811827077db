"""The fast output paths give what the straightforward ones give: write.encode's CSV is csv.writer's
bytes and its Arrow table is Table.from_pylist's; validate's dict path accepts, returns and rejects
(same errors, same messages) exactly as the list[Model] adapter does."""
import copy
import csv
import io
import json
import math

import pyarrow as pa
import pytest
from pydantic import TypeAdapter, ValidationError

from pipeline.validate import validate
from pipeline.write import ALL_TABLES, encode, table_schema
from schemas import TABLES


def csv_module_lines(table: str, rows: list[dict]) -> bytes:
    """The reference: csv.writer over every row, lists as JSON."""
    schema = table_schema(table)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([json.dumps(r[f.name], ensure_ascii=False) if pa.types.is_list(f.type) and r[f.name] is not None
                    else r[f.name] for f in schema])
    return buf.getvalue().encode("utf-8")


def model_validate(name: str, rows):
    return [m.__dict__ for m in TypeAdapter(list[TABLES[name]]).validate_python(rows)]


AWKWARD = ["", "a,b", 'say "hi"', "two\nlines", "cr\rhere", "tab\there", "，全角，", "“引号”", " lead", "trail ",
           '",\n', "x" * 300 + ",", "\u00e9\u4e2d\U0001f600"]


@pytest.fixture(scope="module")
def rows(seed_tables):
    """The seed's validated rows, then each table's first row again with awkward values in every
    column of its type (strings with separators, quotes, newlines; floats with exponents; None)."""
    out = {name: [dict(r) for r in seed_tables[name]] for name in TABLES}
    out["errors"] = [{"file": s, "stage": "load", "error_class": "InputError", "message": s} for s in AWKWARD]
    for name, model in TABLES.items():
        base = out[name][0]
        for i, s in enumerate(AWKWARD):
            r = dict(base)
            for f in table_schema(name):
                optional = f.metadata[b"nullable"] == b"true"
                if f.type == pa.string() and f.name not in ("kind", "report_kind", "table_kind", "status", "numeral",
                                                             "direction", "admin_level"):
                    r[f.name] = None if optional and i % 3 == 0 else s
                elif f.type == pa.float64():
                    r[f.name] = [1e16, 1.35e10, 0.1 + 0.2, -0.0, 135.0, 1e-7, math.inf, 2.5][i % 8]
                elif pa.types.is_list(f.type) and f.type.value_type == pa.string():
                    r[f.name] = [s, "b,c", '"q"'][: i % 4]
                elif optional and i % 3 == 0:
                    r[f.name] = None
            out[name].append(r)
    return out


@pytest.mark.parametrize("name", list(ALL_TABLES))
def test_encode_is_csv_writer_and_from_pylist(rows, name):
    enc = encode(name, rows[name])
    assert enc.csv == csv_module_lines(name, rows[name])
    expected = pa.Table.from_pylist(rows[name], schema=table_schema(name))
    assert enc.table.equals(expected) and enc.table.schema.equals(expected.schema, check_metadata=True)


@pytest.mark.parametrize("name", list(ALL_TABLES))
def test_encode_no_rows(name):
    enc = encode(name, [])
    assert enc.csv == b"" and enc.table.num_rows == 0 and enc.table.schema.equals(table_schema(name), check_metadata=True)


def outcome(fn, name, rows):
    try:
        out = fn(name, copy.deepcopy(rows))
        return "ok", [[(k, v, type(v)) for k, v in r.items()] for r in out]
    except ValidationError as e:
        return "error", str(e), e.title, e.json(), [(d["loc"], d["msg"], d["type"]) for d in e.errors()]


def broken(row: dict) -> list:
    """The row with each field missing or given a value of the wrong kind, an extra field, and
    things that are not dicts."""
    out = []
    for key in row:
        for bad in (None, "x", "3", -1, 1.5, True, [], {}, 2**70, b"b", ["a", 1]):
            out.append([row, {**row, key: bad}])
        out.append([{k: v for k, v in row.items() if k != key}])
    out += [[{**row, "extra": 1}], [1], ["x", row], [None], [], [{}], (row,)]
    return out


@pytest.mark.parametrize("name", list(TABLES))
def test_validate_is_the_models(seed_tables, name):
    rows = [dict(r) for r in seed_tables[name]]
    assert outcome(validate, name, rows) == outcome(model_validate, name, rows)
    for bad in broken(rows[0]):
        assert outcome(validate, name, bad) == outcome(model_validate, name, bad), bad


def test_encode_one_column_table():
    """csv quotes a lone empty field; the column-wise CSV does the same."""
    from typing import Optional

    from schemas import Row

    class One(Row):
        x: Optional[str] = None

    rows = [{"x": v} for v in ("", None, "a", "a,b", 'q"', "n\nl")]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([[r["x"]] for r in rows])
    assert encode(One, rows).csv == buf.getvalue().encode("utf-8")
