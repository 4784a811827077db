"""Chinese government plan and work reports → validated tables.

Stages, one module each: load → normalise → segment → extract → validate → write.
`extract_document` is the pure per-document entry point; `run` extracts files into a folder;
`diff` and `track` compare the indicators of two documents; `panel` lines up targets and outcomes
over many."""
import importlib
import sys
import types

from .document import extract_document
from .run import extract_files, run

__all__ = ["diff", "extract_document", "extract_files", "panel", "run", "track"]

# diff, track and panel are imported when first asked for: `cli.py extract` never needs their
# modules and models, a twentieth of its start-up
_LAZY = {"diff": "compare", "track": "compare", "panel": "panel"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value) -> None:
        # importing pipeline.panel makes the module an attribute of the package; `pipeline.panel`
        # stays the function, as when it was imported here eagerly
        if not (name in _LAZY and isinstance(value, types.ModuleType)):
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
