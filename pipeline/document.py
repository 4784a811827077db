"""One document, end to end and pure: text and metadata in, validated records of every table out.
This is the function to map over a corpus (locally with run.py, or on a cluster)."""
from __future__ import annotations

import hashlib

from .extract import extract
from .identity import digit_years, identify
from .meta import apply_meta
from .metrics import annotate
from .normalise import normalise
from .segment import cell_texts, segment
from .validate import validate


def extract_document(text: str, doc_id: str, source_path: str = "", encoding: str = "utf-8",
                     sha256: str | None = None, meta: dict | None = None,
                     meta_source: str = "meta") -> dict[str, list[dict]]:
    """Records of every table for one document. Offsets index `text` as given. meta: this
    document's row of a --meta file (meta.read_meta), which overrides what the text says about
    the report's identity before the year of each figure is worked out from it."""
    norm = normalise(text)
    st = segment(doc_id, norm)
    # years in Chinese numerals (一九八〇年) read as digits, same length: periods, bases, strips see them
    # (the report's years decide a chapter headed on one year alone: 二、2017年主要工作)
    years_text = digit_years(norm)
    ident = identify(norm, st.sections, text, years_text)
    if meta:
        ident = apply_meta(ident, meta, meta_source)
    indicators = extract(doc_id, years_text, st, (ident.get("reviewed_year"), ident.get("plan_year")))
    # metric identity across documents and the year each figure is about (data/metrics.json),
    # read off the normalised sentences before they get back their source characters
    indicators = annotate(indicators, ident, st.sections, st.sentences, normalised=True)
    # provenance text is the source's own characters, not the normalised view
    for rec in st.items + st.sentences:
        rec["text"] = text[rec["start"]:rec["end"]]
    for row in st.rows:
        row["cells"] = cell_texts(text, row.pop("_spans"))
        key = row.pop("_key")
        row["key_work"] = row["cells"][key] if key < len(row["cells"]) else ""
    sentence_text = {s["sentence_id"]: s["text"] for s in st.sentences}
    for rec in indicators:
        rec["surface"] = text[rec["start"]:rec["end"]]
        rec["sentence"] = sentence_text[rec["sentence_id"]]
    doc = {
        "doc_id": doc_id, **ident, "source_path": source_path,
        "sha256": sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(), "encoding": encoding,
        "n_chars": len(text), "n_sections": len(st.sections), "n_tables": st.n_tables, "n_rows": len(st.rows),
        "n_items": len(st.items), "n_sentences": len(st.sentences), "n_indicators": len(indicators),
    }
    return {
        "documents": validate("documents", [doc]),
        "sections": validate("sections", st.sections),
        "tables": validate("tables", st.rows),
        "items": validate("items", st.items),
        "sentences": validate("sentences", st.sentences),
        "indicators": validate("indicators", indicators),
    }
