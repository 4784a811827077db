"""Segment: the normalised text → headings (sections), flattened tables and their rows, items
(bullets, paragraphs, heading and cell lines) and sentences. One pass over the lines with a small
state machine for tables; heading and table layouts come from data/headings.json."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .compiled import Compiler
from .lexicon import alternation, lexicon
from .lexicon import load as load_data
from .metrics import needed_scan, starts_of

# group 1 ends a sentence; the spaces after it, skipped in the same match, start none
# (年均增长8.5%.固定资产投资…: a web copy's full stop typed as ".", after a figure's unit or a word and before a word,
# ends a sentence too; a decimal point stands between digits, a list's 1. after a digit)
_SENTENCE_END = regex.compile(r"((?:[。！？!?]+|(?<=[%‰\p{Han}])\.(?=\p{Han}))[”’」』)）]*) *")
_CLAUSE_END = regex.compile(r"[;；,，、]")
_NUMBER_START = regex.compile(r"(?<![\d.])\d")
MAX_SENTENCE = 1000
_TERMINAL = "。！？!?;；"
_ENDS_PARAGRAPH = _TERMINAL + ":："
_HAN_GAP = regex.compile(r"(?<=\p{Han})\s+(?=[\p{Han}\d])|(?<=\d)\s+(?=\p{Han})")  # 重点 工作: a blanked-out pinyin or a PDF gap
# cells of a table row on one line (Word/PDF exports: tabs and full-width spaces are spaces by now)
_CELL_SEP = regex.compile(r"\s*[|｜]\s*|\s+")
_PIPE_RULE = regex.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")  # | --- | :---: |


@dataclass(slots=True)
class Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    text: str
    raw_blank: bool = False  # whitespace-only but not empty: an empty cell in a list table


@dataclass
class Structure:
    sections: list[dict] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)
    n_tables: int = 0


@dataclass(frozen=True)
class _Patterns:
    levels: list
    any_level: regex.Pattern  # matches where some level's pattern does: most lines fail it at once
    title: regex.Pattern
    title_needs: object  # (metrics.needed_scan: a line holding none of its characters is no title)
    table_title: regex.Pattern
    table_title_starts: frozenset  # (the characters a match can start with: a line opening with none fails at once)
    bullet: regex.Pattern
    bullet_starts: frozenset
    key_work_header: frozenset
    second_headers: frozenset
    header_words: frozenset  # either
    list_first: frozenset
    indicator_first: frozenset
    table_first: tuple  # list_first and indicator_first: the words a delimited table's first cell can be
    header_cell: regex.Pattern
    max_key_work: int
    max_title: int
    bare_words: regex.Pattern
    bare_punct: frozenset
    max_bare: int
    annex: regex.Pattern
    annex_starts: frozenset


@lru_cache(maxsize=None)
def patterns() -> _Patterns:
    rc = Compiler("headings")
    h = lexicon().headings
    return rc.saved(_Patterns(
        levels=[(lv["kind"], lv["level"], rc(lv["pattern"])) for lv in h["levels"]],
        any_level=rc("|".join(f"(?:{lv['pattern']})" for lv in h["levels"])),
        title=rc(h["title_pattern"]),
        title_needs=needed_scan(h["title_pattern"]),
        table_title=rc(h["table_title"]),
        table_title_starts=starts_of(h["table_title"]),
        bullet=rc(r"(?:" + alternation(h["bullet_markers"]) + r")\s*"),
        bullet_starts=starts_of(r"(?:" + alternation(h["bullet_markers"]) + r")\s*"),
        key_work_header=frozenset(h["key_work_header"]),
        second_headers=frozenset(h["second_headers"]),
        header_words=frozenset(h["key_work_header"]) | frozenset(h["second_headers"]),
        list_first=frozenset(h["list_first_headers"]),
        indicator_first=frozenset(h["indicator_table_first"]),
        table_first=tuple(w for w in {*h["list_first_headers"], *h["indicator_table_first"]} if w),
        header_cell=rc(h["header_cell_pattern"]),
        max_key_work=h["max_key_work_chars"],
        max_title=h["max_heading_title_chars"],
        bare_words=rc(alternation(h["bare_heading_words"])),
        bare_punct=frozenset(h["bare_heading_punct"]),
        max_bare=h["max_bare_heading_chars"],
        annex=rc(h["annex"]),
        annex_starts=starts_of(h["annex"]),
    ))


@dataclass(frozen=True)
class _Junk:
    toolbar: regex.Pattern
    separators: dict
    toolbar_chars: frozenset  # what a toolbar line is made of: its words' characters and the separators
    label: regex.Pattern
    label_starts: frozenset  # (the characters a match can start with)
    footer: regex.Pattern
    footer_needs: object  # (metrics.needed_scan: a line holding none of its characters holds no footer word)
    footer_max: int
    line: regex.Pattern
    line_needs: object  # (metrics.needed_scan: a line holding none of its characters is none of these)


@lru_cache(maxsize=None)
def junk_patterns() -> _Junk:
    rc = Compiler("junk")
    j = load_data("junk")
    return rc.saved(_Junk(
        toolbar=rc(rf"(?:{alternation(j['toolbar_words'])})+"),
        separators={ord(c): None for c in j["toolbar_separators"]},
        toolbar_chars=frozenset("".join(j["toolbar_words"]) + j["toolbar_separators"]),
        label=rc(rf"(?:{alternation(j['label_prefixes'])})\s*:"),
        label_starts=starts_of(rf"(?:{alternation(j['label_prefixes'])})\s*:"),
        footer=rc(alternation(j["footer_words"])),
        footer_needs=needed_scan(alternation(j["footer_words"])),
        footer_max=j["footer_max_chars"],
        line=rc("|".join(f"(?:{p})" for p in j["line_patterns"])),
        line_needs=needed_scan("|".join(f"(?:{p})" for p in j["line_patterns"])),
    ))


def is_junk(text: str, jp: _Junk) -> bool:
    """A web-page or conversion line that is not part of the report (data/junk.json)."""
    # toolbars are short (the bound also keeps the alternation cheap); their first and last characters
    # tell most other lines at once
    if len(text) <= 60 and text[:1] in jp.toolbar_chars and text[-1:] in jp.toolbar_chars:
        bare = text.translate(jp.separators)
        if bare and jp.toolbar.fullmatch(bare):
            return True
    if text[:1] in jp.label_starts and jp.label.match(text):
        return True
    if len(text) <= jp.footer_max and jp.footer_needs.search(text) and jp.footer.search(text):
        return True
    return bool(jp.line_needs.search(text) and jp.line.fullmatch(text))


def drop_junk(lines: list[Line], pat: _Patterns) -> list[Line]:
    """The lines without web-page junk and without the repeats of a running title (a PDF's page
    header): such a title seen three or more times keeps only its first line. A notice that
    repeats the report's title once is not a running header."""
    jp = junk_patterns()
    kept = [ln for ln in lines if ln.raw_blank or not is_junk(ln.text, jp)]
    titles = Counter(ln.text for ln in kept if not ln.raw_blank and _is_title(ln, pat))
    seen: set[str] = set()
    out = []
    for ln in kept:
        if titles.get(ln.text, 0) >= 3:
            if ln.text in seen:
                continue
            seen.add(ln.text)
        out.append(ln)
    return out


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        elif raw:
            lines.append(Line(pos, pos + len(raw), "", raw_blank=True))
        pos += len(raw) + 1
    return lines


def _heading(line: Line, pat: _Patterns):
    """(kind, level, number, title start offset) when the line is a numbered heading."""
    if not pat.any_level.match(line.text):
        return None
    for kind, level, rx in pat.levels:
        m = rx.match(line.text)
        if m and m.end() < len(line.text):
            return kind, level, m.group("num"), line.start + m.end()
    return None


def _next_line(lines: list[Line], i: int) -> int:
    """The first line after line i that is not blank (len(lines) when none is)."""
    k = i + 1
    while k < len(lines) and lines[k].raw_blank:
        k += 1
    return k


def _bare_heading(lines: list[Line], i: int, pat: _Patterns) -> bool:
    """A chapter heading without its number (web copies drop 一、): short, unpunctuated, holding a
    heading word, alone between paragraphs — the line before ends a sentence (or a salutation, or is
    itself a heading) and the line after is running text, not another short line of a list or table."""
    t = lines[i].text
    if len(t) > pat.max_bare or any(c in pat.bare_punct for c in t) or not pat.bare_words.search(t):
        return False
    p = i - 1
    while p >= 0 and lines[p].raw_blank:
        p -= 1
    if p >= 0 and lines[p].text[-1] not in _ENDS_PARAGRAPH and not _heading(lines[p], pat) and not _is_title(lines[p], pat):
        return False
    k = _next_line(lines, i)
    if k >= len(lines):
        return False
    nxt = lines[k].text
    return bool(_heading(lines[k], pat)) or (len(nxt) > pat.max_bare or any(c in pat.bare_punct for c in nxt))


def _annex_title(lines: list[Line], i: int, pat: _Patterns) -> int | None:
    """Where the title of the annex named on line i is: the next line, when short, unpunctuated and no
    heading, nor a table's title, header or row."""
    k = _next_line(lines, i)
    if k >= len(lines):
        return None
    t = lines[k].text
    if (len(t) > pat.max_title or any(c in pat.bare_punct for c in t) or _heading(lines[k], pat)
            or pat.table_title.match(t) or _CELL_SEP.search(t) or t in pat.list_first or t in pat.indicator_first):
        return None
    return k


def _is_title(line: Line, pat: _Patterns) -> bool:
    t = line.text.strip("《》 ")
    if "。" in t or not pat.title_needs.search(t):  # (removing gaps keeps both: no regex needed for the many lines of prose)
        return False
    t = _HAN_GAP.sub("", t)
    return len(t) <= 160 and bool(pat.title.match(t))


def _looks_like_row_label(text: str, pat: _Patterns) -> bool:
    return len(text) <= pat.max_key_work and not any(c in text for c in "。;；") and text[-1] not in _TERMINAL


class _Builder:
    def __init__(self, doc_id: str, text: str):
        self.doc_id, self.text = doc_id, text
        self.s = Structure()
        self.stack: list[dict] = []  # open sections, outermost first

    # -- sections -------------------------------------------------------------------------------
    def open_section(self, kind: str, level: int, number, title_start: int, line: Line) -> None:
        while self.stack and self.stack[-1]["level"] >= level:
            self._close(self.stack.pop(), line.start)
        title = self.text[title_start : line.end]
        cut = title.find("。")
        if cut >= 0:
            title = title[: cut]
        title = _HAN_GAP.sub("", title)
        sec = {
            "doc_id": self.doc_id, "section_id": f"{self.doc_id}:s{len(self.s.sections) + 1:04d}",
            "level": level, "kind": kind, "number": number, "title": title.strip(),
            "parent_id": self.stack[-1]["section_id"] if self.stack else None,
            "start": line.start, "end": len(self.text), "heading_end": line.end,
        }
        self.s.sections.append(sec)
        self.stack.append(sec)

    @staticmethod
    def _close(sec: dict, end: int) -> None:
        sec["end"] = end

    def section_id(self):
        return self.stack[-1]["section_id"] if self.stack else None

    # -- items and sentences --------------------------------------------------------------------
    def item(self, kind: str, start: int, end: int, table_id=None, row_id=None) -> str:
        item_id = f"{self.doc_id}:i{len(self.s.items) + 1:04d}"
        self.s.items.append({
            "doc_id": self.doc_id, "item_id": item_id, "kind": kind, "text": self.text[start:end],
            "section_id": self.section_id(), "table_id": table_id, "row_id": row_id, "start": start, "end": end,
        })
        pos, sentence = start, self._sentence
        for m in _SENTENCE_END.finditer(self.text, start, end):
            sentence(item_id, pos, m.end(1))
            pos = m.end()
        if pos < end:
            sentence(item_id, pos, end)
        return item_id

    def _sentence(self, item_id: str, start: int, end: int) -> None:
        # A run with no sentence-final mark (a table dump, a page without 。) is cut at its last
        # clause break before MAX_SENTENCE, so that every indicator's sentence stays readable and
        # a 100,000-character line costs linear time.
        while end - start > MAX_SENTENCE:
            cut = None
            for m in _CLAUSE_END.finditer(self.text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE):
                cut = m.end()
            if cut is None:  # no clause break: cut where a number starts, never inside one
                cut = next((m.start() for m in _NUMBER_START.finditer(self.text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)), start + MAX_SENTENCE)
            self._sentence(item_id, start, cut)  # (short enough now)
            start = cut
        sentences = self.s.sentences
        sentences.append({
            "doc_id": self.doc_id, "sentence_id": f"{self.doc_id}:x{len(sentences) + 1:05d}",
            "item_id": item_id, "text": self.text[start:end], "start": start, "end": end,
        })

    def content_item(self, line: Line, pat: _Patterns, table_id=None, row_id=None) -> tuple[str, bool]:
        m = pat.bullet.match(line.text) if line.text[:1] in pat.bullet_starts else None
        if m and m.end() < len(line.text):
            return self.item("bullet", line.start + m.end(), line.end, table_id, row_id), True
        return self.item("paragraph", line.start, line.end, table_id, row_id), False

    # -- tables ---------------------------------------------------------------------------------
    def new_table(self) -> str:
        self.s.n_tables += 1
        return f"{self.doc_id}:t{self.s.n_tables:02d}"

    def add_row(self, table: dict, row_no: int, spans: list, key: int, start: int, end: int) -> dict:
        """A row whose cells are the text at `spans` ((start, end), or None for an empty cell);
        cells[key] is its key work. The spans go with the row so that the cells can be given the
        source's characters (document.py), as items are."""
        cells = cell_texts(self.text, spans)
        row = {
            "doc_id": self.doc_id, "table_id": table["table_id"], "table_no": table["table_no"],
            "table_title": table["title"], "table_kind": table["kind"], "header": table["header"],
            "section_id": table["section_id"], "row_id": f"{table['table_id']}:r{row_no:02d}",
            "row_no": row_no, "key_work": cells[key] if key < len(cells) else "",
            "second_header": table["header"][1] if len(table["header"]) > 1 else None,
            "cells": cells, "n_items": 0, "table_start": table["start"], "table_end": end,
            "start": start, "end": end, "_spans": list(spans), "_key": key,
        }
        self.s.rows.append(row)
        return row


def cell_texts(text: str, spans: list) -> list[str]:
    return [text[sp[0]:sp[1]] if sp else "" for sp in spans]


def _finish_table(rows: list[dict], end: int) -> None:
    for r in rows:
        r["table_end"] = end


def segment(doc_id: str, text: str) -> Structure:
    pat = patterns()
    b = _Builder(doc_id, text)
    lines = drop_junk(split_lines(text), pat)
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.raw_blank:
            i += 1
            continue
        t = line.text
        tm = pat.table_title.match(t) if t[:1] in pat.table_title_starts else None
        if tm and len(t) <= pat.max_title and "。" not in t:
            num, title = int(tm.group("num")), tm.group("title").strip(" :：、.．-—")
            k = i + 1
            while k < n and lines[k].raw_blank:
                k += 1
            # 表1 … over a one-line-per-row or list table: the title is that table's
            opener = None
            if k < n:
                nxt = lines[k].text
                opener = (_pipe_table if nxt.startswith("|") else _delimited_table if _opens_delimited(nxt, pat)
                          else _list_table if nxt in pat.list_first or nxt in pat.indicator_first else None)
            if opener:
                j = opener(b, pat, lines, k, title_line=(line, num, title))
                if j > k:
                    i = j
                    continue
            i = _key_work_table(b, pat, lines, i, num, title)
            continue
        hc = _header_cells(lines, i, pat)
        if hc and hc[0][0] in pat.key_work_header:
            i = _key_work_table(b, pat, lines, i - 1, None, None, header_at=i)
            continue
        if t.startswith("|"):
            j = _pipe_table(b, pat, lines, i)
            if j > i:
                i = j
                continue
        if _opens_delimited(t, pat):
            j = _delimited_table(b, pat, lines, i)
            if j > i:
                i = j
                continue
        if t in pat.list_first or t in pat.indicator_first:
            j = _list_table(b, pat, lines, i)
            if j > i:
                i = j
                continue
        if _is_title(line, pat):
            while b.stack:
                b._close(b.stack.pop(), line.start)
            b.open_section("title", 0, None, line.start, line)
            b.item("heading", line.start, line.end)
            i += 1
            continue
        if t[:1] in pat.annex_starts and (am := pat.annex.match(t)) and (k := i if am.group("title") else _annex_title(lines, i, pat)):
            # the title after the colon, or on the next line: the chapter runs from 附件 over it
            title_start, end = (line.start + am.start("title"), line.end) if k == i else (lines[k].start, lines[k].end)
            b.open_section("chapter", 1, am.group("num"), title_start, Line(line.start, end, text[line.start:end]))
            b.item("heading", title_start, end)
            i = k + 1
            continue
        h = _heading(line, pat)
        if h:
            kind, level, number, title_start = h
            b.open_section(kind, level, number, title_start, line)
            b.item("heading", title_start, line.end)  # the number (1．, （三）) is structure, not text
            i += 1
            continue
        if _bare_heading(lines, i, pat):
            b.open_section("chapter", 1, None, line.start, line)
            b.item("heading", line.start, line.end)
            i += 1
            continue
        j = _soft_continuation(text, lines, i, pat)
        if j > i:
            line = Line(line.start, lines[j].end, text[line.start:lines[j].end])
        b.content_item(line, pat)
        i = j + 1
    return b.s


def _starts_block(line: Line, pat: _Patterns) -> bool:
    t = line.text
    return bool(pat.bullet.match(t) and pat.bullet.match(t).end() < len(t) or _heading(line, pat) or _is_title(line, pat)
                or pat.table_title.match(t) or t in pat.key_work_header or t in pat.list_first or t in pat.indicator_first
                or _opens_delimited(t, pat))


def _soft_continuation(text: str, lines: list[Line], i: int, pat: _Patterns) -> int:
    """Index of the last line of the paragraph that starts at lines[i]. Text saved from web pages
    breaks sentences at links (新建改建\n高速公路\n6700多公里, 74.4\n\u200b\n万亿元): a single line
    break after a line that does not end a sentence, before a line that opens no block, continues
    the paragraph. A blank line always ends it."""
    j = i
    while True:
        k = j + 1
        while k < len(lines) and lines[k].raw_blank:
            k += 1
        if k >= len(lines) or lines[j].text[-1:] in _ENDS_PARAGRAPH or "\n\n" in text[lines[j].end:lines[k].start]:
            return j
        if _starts_block(lines[k], pat):
            return j
        j = k


def _key_work_table(b: _Builder, pat: _Patterns, lines: list[Line], i: int, num, title, header_at=None) -> int:
    """Table title at lines[i] (or none when header_at is given), then the header cells, then rows:
    a short label line (the key work) followed by its bullets. Returns the index after the table."""
    n = len(lines)
    start = lines[i].start if header_at is None else lines[header_at].start
    j = i + 1 if header_at is None else header_at
    header, j = _header_run(lines, j, pat)
    table_id = b.new_table()
    table = {"table_id": table_id, "table_no": num, "title": title, "kind": "key_work",
             "header": header or ["重点工作", "主要推进情况"], "section_id": b.section_id(), "start": start}
    if header_at is None:
        b.item("heading", lines[i].start, lines[i].end, table_id=table_id)
    rows: list[dict] = []
    row = None
    while j < n:
        line = lines[j]
        if line.raw_blank:
            j += 1
            continue
        repeat, k = _header_run(lines, j, pat)
        if repeat:  # the header again after a page break of a PDF or Word table: same table
            if repeat != table["header"]:
                break  # a different header: the next table
            j = k
            continue
        is_bullet = bool(pat.bullet.match(line.text))
        if is_bullet:
            if row is None:
                row = b.add_row(table, len(rows) + 1, [None], 0, line.start, line.end)
                rows.append(row)
            item_id, _ = b.content_item(line, pat, table_id, row["row_id"])
            bullet = b.s.items[-1]
            row["cells"].append(bullet["text"])
            row["_spans"].append((bullet["start"], bullet["end"]))
            row["n_items"] += 1
            row["end"] = line.end
            j += 1
            continue
        if (_looks_like_row_label(line.text, pat) and not _heading(line, pat) and not _is_title(line, pat)
                and not pat.table_title.match(line.text) and _next_is_bullet(lines, j, pat)):
            row = b.add_row(table, len(rows) + 1, [(line.start, line.end)], 0, line.start, line.end)
            rows.append(row)
            b.item("key_work", line.start, line.end, table_id, row["row_id"])
            j += 1
            continue
        break
    end = rows[-1]["end"] if rows else lines[j - 1].end
    _finish_table(rows, end)
    return j


def _split_header(text: str, pat: _Patterns):
    """'重点工作 主要推进情况' (or without the space) on one line → both cells."""
    parts = text.split()
    if len(parts) == 2 and parts[0] in pat.key_work_header and parts[1] in pat.second_headers:
        return parts
    for first in pat.key_work_header:
        if text.startswith(first) and text[len(first):] in pat.second_headers:
            return [first, text[len(first):]]
    return None


def _header_cells(lines: list[Line], j: int, pat: _Patterns):
    """(cells, index after them) when lines[j] starts key-work header cells, else None. A
    conversion may wrap a cell over two or three lines (主要推进 / 情况, 重点 / 工作)."""
    joined = ""
    for k in range(j, min(j + 3, len(lines))):
        if lines[k].raw_blank or len(lines[k].text) > 16:
            return None
        joined += lines[k].text
        if joined in pat.header_words:
            return [joined], k + 1
        parts = _split_header(joined, pat)
        if parts:
            return parts, k + 1
    return None


def _header_run(lines: list[Line], j: int, pat: _Patterns) -> tuple[list[str], int]:
    """All header cells from lines[j] on (blank lines between them included) and the index
    after them; ([], j) when none."""
    header: list[str] = []
    k = j
    while k < len(lines):
        if lines[k].raw_blank:
            k += 1
            continue
        hc = _header_cells(lines, k, pat)
        if not hc:
            break
        header.extend(hc[0])
        k = hc[1]
    return (header, k) if header else ([], j)


def _next_is_bullet(lines: list[Line], j: int, pat: _Patterns) -> bool:
    for k in range(j + 1, min(j + 4, len(lines))):
        if lines[k].raw_blank:
            continue
        return bool(pat.bullet.match(lines[k].text))
    return False


def _open_list_table(b: _Builder, header: list[str], first: Line, title_line) -> tuple[dict, tuple]:
    """A list table's record, its title line (表1 …) as a heading item when there is one, and the
    mark to undo both when no row follows."""
    mark = (len(b.s.items), len(b.s.sentences), b.s.n_tables)
    line, num, title = title_line or (None, None, None)
    table_id = b.new_table()
    if line is not None:
        b.item("heading", line.start, line.end, table_id=table_id)
    table = {"table_id": table_id, "table_no": num, "title": title, "kind": "list", "header": header,
             "section_id": b.section_id(), "start": (line or first).start}
    return table, mark


def _undo(b: _Builder, mark: tuple) -> None:
    n_items, n_sentences, b.s.n_tables = mark
    del b.s.items[n_items:], b.s.sentences[n_sentences:]


def _list_table(b: _Builder, pat: _Patterns, lines: list[Line], i: int, title_line=None) -> int:
    """A flattened list table: 序号 / 标题 / 制定机关 / 发文文号 with rows that each start with their
    number 1, 2, 3 …, or 指标 / 单位 / 2022年预计 / 2023年目标 with rows of as many lines as there
    are header cells. Whitespace-only lines are empty cells. Returns i unchanged when this is not
    such a table."""
    n = len(lines)
    numbered = lines[i].text in pat.list_first
    header, j = [lines[i].text], i + 1
    while j < n and len(header) < 12:
        t = lines[j].text
        if numbered and t == "1" or not numbered and not pat.header_cell.match(t.replace(" ", "")):
            break
        if lines[j].raw_blank or len(t) > 20 or any(c in t for c in "。,，;；"):
            return i
        header.append(t.replace(" ", ""))
        j += 1
    if j >= n or len(header) < 2:
        return i
    table, mark = _open_list_table(b, header, lines[i], title_line)
    table_id = table["table_id"]
    ncol, rows = len(header), []
    while j + ncol <= n:
        cells_lines = lines[j : j + ncol]
        if numbered and cells_lines[0].text != str(len(rows) + 1):
            break
        if not numbered and any(len(c.text) > 40 or "。" in c.text or _heading(c, pat) for c in cells_lines):
            break
        row = b.add_row(table, len(rows) + 1, [None if c.raw_blank else (c.start, c.end) for c in cells_lines],
                        1 if numbered and ncol > 1 else 0, cells_lines[0].start, cells_lines[-1].end)
        for c in cells_lines:
            if not c.raw_blank:
                b.item("cell", c.start, c.end, table_id, row["row_id"])
        rows.append(row)
        j += ncol
    if not rows:
        _undo(b, mark)
        return i
    _finish_table(rows, rows[-1]["end"])
    return j


def _opens_delimited(t: str, pat: _Patterns) -> bool:
    if not t.startswith(pat.table_first):  # (the first cell is a prefix of the line)
        return False
    first = _CELL_SEP.split(t, maxsplit=1)
    return len(first) == 2 and (first[0] in pat.list_first or first[0] in pat.indicator_first)


def cells_of_line(line: Line) -> list[tuple[int, int]]:
    """(start, end) of each cell of a one-line row: cells are separated by whitespace or |."""
    out, pos, t = [], 0, line.text
    for m in _CELL_SEP.finditer(t):
        if m.start() > pos:
            out.append((line.start + pos, line.start + m.start()))
        pos = m.end()
    if pos < len(t):
        out.append((line.start + pos, line.start + len(t)))
    return out


def _pipe_cells(line: Line) -> list[tuple[int, int] | None]:
    """(start, end) of each cell of a Markdown table row (| 1 | 交通领域 | … |), None for an empty one: cells
    are split on | alone, since a cell's text may hold spaces."""
    t = line.text
    lo, hi = int(t.startswith("|")), len(t) - int(len(t) > 1 and t.endswith("|"))
    out, pos = [], line.start + lo
    for cell in t[lo:hi].split("|"):
        a, z = len(cell) - len(cell.lstrip()), len(cell.rstrip())
        out.append((pos + a, pos + z) if z > a else None)
        pos += len(cell) + 1
    return out


def _pipe_table(b: _Builder, pat: _Patterns, lines: list[Line], i: int, title_line=None) -> int:
    """A Markdown table (web copies of reports): a header row, a rule of dashes (| --- | --- |), then a
    row a line. Any header: the rule says it is a table. Returns i when this is no such table."""
    k = _next_line(lines, i)
    if k >= len(lines) or not _PIPE_RULE.fullmatch(lines[k].text):
        return i
    header_spans = _pipe_cells(lines[i])
    if len(header_spans) < 2 or not all(header_spans):
        return i
    header = [b.text[a:z] for a, z in header_spans]
    numbered = header[0] in pat.list_first
    table, mark = _open_list_table(b, header, lines[i], title_line)
    b.item("heading", lines[i].start, lines[i].end, table_id=table["table_id"])
    rows: list[dict] = []
    j = k + 1
    while j < len(lines) and lines[j].text.startswith("|"):
        spans = _pipe_cells(lines[j])
        if len(spans) != len(header):
            break
        _line_row(b, table, rows, spans, 1 if numbered else 0, lines[j])
        j += 1
    return _end_table(b, rows, mark, i, j)


def _delimited_table(b: _Builder, pat: _Patterns, lines: list[Line], i: int, title_line=None) -> int:
    """A table whose rows are lines of cells separated by spaces, tabs or | (Word and PDF exports):
    指标 单位 2022年预计 2023年目标, then one line per indicator; or 序号 标题 制定机关 发文文号 with
    numbered rows. A row must have as many cells as the header. Returns i when this is no such table."""
    header_spans = cells_of_line(lines[i])
    header = [b.text[a:z] for a, z in header_spans]
    numbered = header[0] in pat.list_first
    if len(header) < 2 or len(header) > 12 or any(len(h) > 20 for h in header):
        return i
    if not numbered and not all(pat.header_cell.match(h) for h in header):
        return i
    table, mark = _open_list_table(b, header, lines[i], title_line)
    b.item("heading", lines[i].start, lines[i].end, table_id=table["table_id"])
    rows: list[dict] = []
    j, n = i + 1, len(lines)
    while j < n:
        line = lines[j]
        if line.raw_blank:
            j += 1
            continue
        if _opens_delimited(line.text, pat) or pat.table_title.match(line.text):
            break  # the next table
        spans = cells_of_line(line)
        texts = [b.text[a:z] for a, z in spans]
        if (not 2 <= len(spans) <= len(header) or "。" in line.text or _heading(line, pat) and not numbered
                or numbered and texts[0] != str(len(rows) + 1)):
            break
        if len(spans) < len(header):
            # empty cells at the end of a row leave no separator (城镇调查失业率 % 5.5以内 4.8 under five
            # headers); a line of fewer than three cells is prose, not such a row
            if len(spans) < 3:
                break
            spans += [None] * (len(header) - len(spans))
        _line_row(b, table, rows, spans, 1 if numbered else 0, line)
        j += 1
    return _end_table(b, rows, mark, i, j)


def _line_row(b: _Builder, table: dict, rows: list[dict], spans: list, key: int, line: Line) -> None:
    """A row of one line, each cell an item of its own."""
    row = b.add_row(table, len(rows) + 1, spans, key, line.start, line.end)
    for a, z in filter(None, spans):
        b.item("cell", a, z, table["table_id"], row["row_id"])
    rows.append(row)


def _end_table(b: _Builder, rows: list[dict], mark: tuple, i: int, j: int) -> int:
    """Where reading goes on after a one-line-per-row table: line j, or line i when no row came (undone)."""
    if not rows:
        _undo(b, mark)
        return i
    _finish_table(rows, rows[-1]["end"])
    return j
