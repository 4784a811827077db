"""One document, end to end and pure: text and metadata in, validated records of every table out.
This is the function to map over a corpus (locally with run.py, or on a cluster)."""
from __future__ import annotations

import hashlib

import regex

from .extract import extract
from .metrics import annotate
from .normalise import normalise
from .segment import cell_texts, segment
from .validate import validate

_REGION = regex.compile(r"^(?:关于)?《?(?P<region>[\p{Han}]{2,12}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟))(?=\d{4}年|关于|人民政府|政府)")
# the subtitle of a work report: ——2023年1月15日在浙江省第十四届人民代表大会第一次会议上
_CONGRESS = regex.compile(r"在(?P<region>[\p{Han}]{2,12}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟))第[\p{Han}]{1,4}届人民代表大会")
_YEAR = regex.compile(r"(?<!\d)(19[5-9]\d|20\d\d)年")


def describe(doc_id: str, text: str, sections: list[dict]) -> dict:
    titles = [s["title"] for s in sections if s["kind"] == "title"]
    title = titles[-1] if titles else None
    for t in titles:  # the report itself, not the notice that may precede it
        if t.strip("《》").endswith("报告"):
            title = t.strip("《》")
            break
    if title is None:
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        title = first[:120] or None
    m = _REGION.search(title or "") or _CONGRESS.search(text[:1000])
    heads = [title or ""] + [s["title"] for s in sections if s["level"] == 1]
    years = sorted({int(y) for h in heads for y in _YEAR.findall(h)})
    return {"title": title, "region": m.group("region") if m else None, "years": years}


def extract_document(text: str, doc_id: str, source_path: str = "", encoding: str = "utf-8",
                     sha256: str | None = None) -> dict[str, list[dict]]:
    """Records of every table for one document. Offsets index `text` as given."""
    norm = normalise(text)
    st = segment(doc_id, norm)
    indicators = extract(doc_id, norm, st)
    meta = describe(doc_id, norm, st.sections)
    # metric identity across documents and the year each figure is about (data/metrics.json),
    # read off the normalised sentences before they get back their source characters
    indicators = annotate(indicators, meta, st.sections, st.sentences, normalised=True)
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
        "doc_id": doc_id, **meta, "source_path": source_path,
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
