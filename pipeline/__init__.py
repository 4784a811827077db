"""Chinese government plan and work reports → validated tables.

Stages, one module each: load → normalise → segment → extract → validate → write.
`extract_document` is the pure per-document entry point; `run` extracts files into a folder;
`diff` and `track` compare the indicators of two documents; `panel` lines up targets and outcomes
over many."""
from .compare import diff, track
from .document import extract_document
from .panel import panel
from .run import extract_files, run

__all__ = ["diff", "extract_document", "extract_files", "panel", "run", "track"]
