"""Report identity: which government (region, admin_level), what kind of report (report_kind), when
(report_date, report_year) and which years it reviews and plans (reviewed_year, plan_year), each
with the words that decided it (`*_cue`: `words@offset`, or `derived:<how>` when a field follows
from another by the report kind's relations). Cues, in priority: the title, the date line, the
opening sentence, the chapter headings, the body; never the file name. Words and patterns are data
(data/identity.json); this module composes them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from .compiled import Compiler
from .lexicon import load
from .normalise import FRONT_MATTER, normalise

_YEAR = regex.compile(r"(?<![\d\-—–~])((?:19|20)\d\d)年")
_HEAD_YEAR = regex.compile(r"(?<!\d)(19[5-9]\d|20\d\d)年")  # the `years` column, as before
_SPACE = regex.compile(r"\s+")
_YEAR_SPAN = regex.compile(r"\d\d年?[-—–~至到](?:19|20)\d\d")  # 2018年至2022年
_SENTENCE_PUNCT = regex.compile(r"[,。;!?]")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
HEAD_LIMIT = 3000  # title, date line and opening sit at the top
# (一九八〇比一九七五年, 一九七九和一九八〇两年: a year of the 1900s or 2000s needs no 年)
_CN_YEAR = regex.compile(r"(?<![〇零一二三四五六七八九十百千万])(?:[〇零一二三四五六七八九]{4}(?=年)"
                         r"|(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?![〇零一二三四五六七八九十百千万亿点]))")


def digit_years(text: str) -> str:
    """一九九二年 → 1992年, same length (offsets hold), so that every year pattern reads years written in
    Chinese numerals; full-width digits are ASCII already (normalise)."""
    if not _CN_YEAR.search(text):
        return text
    return _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGITS[c]) for c in m.group()), text)


@dataclass(frozen=True)
class IdentityLexicon:
    salutation: regex.Pattern
    title_end: regex.Pattern
    title_max: int
    kinds: tuple[tuple[str, regex.Pattern], ...]
    opening: regex.Pattern
    opening_work_report: regex.Pattern
    national_government: str
    national_region: str
    date_line: regex.Pattern
    date_after_session: regex.Pattern
    date_alone: regex.Pattern
    year_name_after: regex.Pattern
    session_line: regex.Pattern
    national_session: regex.Pattern
    epoch: dict
    congress_region: regex.Pattern
    region_in_title: regex.Pattern
    admin_suffixes: tuple[tuple[str, str], ...]
    municipalities: frozenset[str]
    review_heading: regex.Pattern
    plan_heading: regex.Pattern
    heading_max: int
    review_first: regex.Pattern
    plan_first: regex.Pattern
    plan_targets: regex.Pattern
    first_items: int
    relations: dict
    other_in_reviewed_year: tuple[str, ...]
    late_session_month: int


@lru_cache(maxsize=None)
def identity_lexicon() -> IdentityLexicon:
    rc = Compiler("identity")
    d = load("identity")
    m = regex.MULTILINE
    return rc.saved(IdentityLexicon(
        salutation=rc(d["salutation"]),
        title_end=rc(d["title_end"]),
        title_max=d["title_max"],
        kinds=tuple((k["kind"], rc(k["pattern"])) for k in d["kinds"]),
        opening=rc(d["opening"]),
        opening_work_report=rc(d["opening_work_report"]),
        national_government=d["national_government"],
        national_region=d["national_region"],
        date_line=rc(d["date_line"], m),
        date_after_session=rc(d["date_after_session"], m),
        date_alone=rc(d["date_alone"], m),
        # (“十四五”规划和2035年远景目标的总体考虑: the year cues' own words after a year that make it a name)
        year_name_after=rc(load("metrics")["ref_year"]["name_after"]),
        session_line=rc(d["session_line"], m),
        national_session=rc(d["national_session"]),
        epoch=d["national_session_epoch"],
        congress_region=rc(d["congress_region"]),
        region_in_title=rc(d["region_in_title"]),
        admin_suffixes=tuple((s, lvl) for s, lvl in d["admin_suffixes"]),
        municipalities=frozenset(d["municipalities"]),
        review_heading=rc(d["review_heading"]),
        plan_heading=rc(d["plan_heading"]),
        heading_max=d["heading_max"],
        review_first=rc(d["review_first_sentence"]),
        plan_first=rc(d["plan_first_sentence"]),
        plan_targets=rc(d["plan_targets"]),
        first_items=d["first_items"],
        relations=d["relations"],
        other_in_reviewed_year=tuple(d["other_written_in_reviewed_year"]),
        late_session_month=d["late_session_month"],
    ))


def cn_number(s: str) -> int:
    """2023, 二〇二三 (digit by digit), 十二, 二十五 → int."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def admin_level(region: str, lx: IdentityLexicon | None = None) -> Optional[str]:
    """national for 全国; provincial for 省, 自治区 and the 直辖市; prefectural for other 市, 州, 盟;
    county for 区, 县, 旗 (a 区 of a municipality or city is county-level)."""
    lx = lx or identity_lexicon()
    if region == lx.national_region:
        return "national"
    if region in lx.municipalities:
        return "provincial"
    for suffix, level in lx.admin_suffixes:
        if region.endswith(suffix):
            return level
    return None


@dataclass
class _Found:
    """First value per field, in the order the cues are read (their priority)."""
    values: dict

    def put(self, field: str, value, cue: str) -> None:
        if value is not None and field not in self.values:
            self.values[field] = (value, cue)

    def get(self, field: str):
        return self.values.get(field, (None, None))[0]


class _Text:
    """Cue strings: the words as written in the source (whitespace dropped) and their offset."""

    def __init__(self, source: str):
        self.source = source

    def cue(self, start: int, end: int) -> str:
        return f"{_SPACE.sub('', self.source[start:end])}@{start}"


def _compact(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """text[start:end] without whitespace, and the source offset of each kept character (a title
    broken across lines, or spaced out where pinyin was removed, reads whole)."""
    chars, offs = [], []
    for i in range(start, end):
        if not text[i].isspace():
            chars.append(text[i])
            offs.append(i)
    return "".join(chars), offs


def _lines(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines of text[start:end], stripped; the first `limit` of them
    (read line by line: a chapter's first lines need not split the whole chapter)."""
    out, pos = [], start
    while limit is None or len(out) < limit:
        nl = text.find("\n", pos, end)
        line = text[pos:end] if nl < 0 else text[pos:nl]
        s = len(line) - len(line.lstrip())
        if line.strip():
            out.append((pos + s, pos + len(line.rstrip())))
        if nl < 0:
            break
        pos = nl + 1
    return out


def find_title(text: str, head_end: int, sections: list[dict],
               lx: IdentityLexicon | None = None) -> Optional[tuple[str, list[int]]]:
    """The report's title and the offsets of its characters: the first line at the top that ends as
    a title (…报告, …通报, 《…的报告》), or two lines that do together (政府工作报 / 告); a salutation is
    never one. Else the segmenter's first title line at the top, else None."""
    lx = lx or identity_lexicon()
    lines = _lines(text, 0, head_end)
    for i, (s, e) in enumerate(lines):
        spans = [(s, e)] + ([(s, lines[i + 1][1])] if i + 1 < len(lines) else [])
        for a, b in spans:
            t, offs = _compact(text, a, b)
            t, offs = _unquote(t, offs)
            if not t or len(t) > lx.title_max or lx.salutation.match(t) or _SENTENCE_PUNCT.search(t):
                break
            if lx.title_end.search(t):
                return t, offs
    for sec in sections:
        if sec["kind"] == "title" and sec["start"] < head_end:
            t, offs = _unquote(*_compact(text, sec["start"], sec["heading_end"]))
            if t and not lx.salutation.match(t):
                return t, offs
    return None


_FRONT_TITLE = regex.compile(r"(?m)^title[ ]*:[ ]*[\"']?(?P<t>[^\n\"']+?)[\"']?[ ]*$")


def _title_cues(title: str, offs: list[int], found: _Found, tx: _Text, lx: IdentityLexicon) -> None:
    """The report kind, region and years a title names."""
    k = _kind(title, lx)
    if k:
        found.put("report_kind", k[0], tx.cue(offs[k[1].start()], offs[k[1].end() - 1] + 1))
    r = lx.region_in_title.search(title)
    if r:
        found.put("region", r.group("region"), tx.cue(offs[r.start("region")], offs[r.end("region") - 1] + 1))
    _title_years(title, offs, found.get("report_kind"), found, tx, lx)


def _front_matter_title(source: str, lx: IdentityLexicon) -> Optional[tuple[str, list[int]]]:
    """A web page saved as Markdown whose text has lost its title line (合肥 2017 opens at 各位代表):
    the `title:` of its front matter (normalise blanks that block out of the text), when it ends as a
    report's title does (合肥市2017年政府工作报告)."""
    m = FRONT_MATTER.match(source)
    t = _FRONT_TITLE.search(source, 0, m.end()) if m else None
    if t is None:
        return None
    title, offs = _compact(source, *t.span("t"))
    title = normalise(title)  # (the source's own characters: full-width digits, 一九九二年)
    half = len(title) // 2
    if len(title) % 2 == 0 and title[:half] == title[half:]:  # (a page title written twice)
        title, offs = title[:half], offs[:half]
    return (title, offs) if title and len(title) <= lx.title_max and lx.title_end.search(title) else None


def _unquote(t: str, offs: list[int]) -> tuple[str, list[int]]:
    if t.startswith("《") and t.endswith("》"):
        return t[1:-1], offs[1:-1]
    return t, offs


def _kind(words: str, lx: IdentityLexicon) -> Optional[tuple[str, regex.Match]]:
    for kind, pat in lx.kinds:
        m = pat.search(words)
        if m:
            return kind, m
    return None


def _title_years(title: str, offs: list[int], kind: Optional[str], found: _Found, tx: _Text,
                 lx: IdentityLexicon) -> None:
    """Each year of the title by the words after it: 2022年…计划执行情况 is reviewed, 2023年…计划草案
    is planned; a lone year of a work report or a bulletin is the report's own."""
    years = list(_YEAR.finditer(title))
    for n, m in enumerate(years):
        after = title[m.end(): years[n + 1].start() if n + 1 < len(years) else len(title)]
        cue = tx.cue(offs[m.start()], offs[m.end() - 1] + 1)
        y = int(m.group(1))
        if lx.review_heading.search(after):
            found.put("reviewed_year", y, cue)
        elif lx.plan_heading.search(after):
            found.put("plan_year", y, cue)
        elif len(years) == 1:
            found.put("report_year", y, cue)


def _date_line(text: str, head_end: int, found: _Found, tx: _Text, lx: IdentityLexicon) -> None:
    m = (lx.date_line.search(text, 0, head_end) or lx.date_after_session.search(text, 0, head_end)
         or lx.date_alone.search(text, 0, head_end))
    where_span = line = None
    if m:
        cue = tx.cue(m.start(), m.end())
        y, mo, d = (cn_number(m.group(g)) if m.group(g) else None for g in ("y", "m", "d"))
        iso = f"{y:04d}" + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if mo and d else "")
        found.put("report_date", iso, cue)
        found.put("report_year", y, cue)
        if "where" in m.re.groupindex:
            where_span, line = m.span("where"), m.span()
    if where_span is None:  # (a date alone in brackets names no session: the session's own line may)
        s = lx.session_line.search(text, 0, head_end)
        if s:
            where_span, line = s.span("where"), s.span()
    if where_span is None:
        return
    where = text[where_span[0]:where_span[1]]
    cue = tx.cue(*where_span)
    sess = lx.national_session.search(text, line[0], line[1])
    if sess or "全国人民代表大会" in where:
        found.put("region", lx.national_region, cue)
    if sess:
        ep = lx.epoch
        start = ep["year"] + ep["years_per_term"] * (cn_number(sess.group("term")) - ep["term"])
        found.put("report_year", start + cn_number(sess.group("session")) - 1, tx.cue(sess.start(), sess.end()))
    r = lx.congress_region.search(where)
    if r and admin_level(r.group("region"), lx):
        found.put("region", r.group("region"), tx.cue(where_span[0] + r.start("region"), where_span[0] + r.end("region")))


def _opening(m: Optional[regex.Match], found: _Found, tx: _Text, lx: IdentityLexicon) -> Optional[tuple[str, str]]:
    """Region and kind from 现在，我代表国务院，向大会作政府工作报告 (or 受…人民政府委托，向大会报告…);
    returns (government words, cue) for an admin level when no region is named (我代表市人民政府)."""
    if m is None:
        return None
    gname = "gov" if m.group("gov") else "gov2"
    gov, gspan = m.group(gname), m.span(gname)
    gcue = tx.cue(*gspan)
    if gov == lx.national_government:
        found.put("region", lx.national_region, gcue)
    else:
        name = gov[: -len("人民政府")] if gov.endswith("人民政府") else gov
        if len(name) >= 2 and admin_level(name, lx):
            found.put("region", name, tx.cue(gspan[0], gspan[0] + len(name)))
    act = m.group("act")
    k = _kind(act, lx)
    if k:
        found.put("report_kind", k[0], tx.cue(m.start("act") + k[1].start(), m.start("act") + k[1].end()))
    else:
        w = lx.opening_work_report.match(act)
        if w:
            found.put("report_kind", "work_report", tx.cue(m.start("act"), m.start("act") + w.end()))
    return gov, gcue


def _chapters(sections: list[dict], lx: IdentityLexicon) -> tuple[Optional[dict], Optional[dict]]:
    """The first review chapter (…工作回顾, …执行情况) and the first plan chapter after it."""
    review = plan = None
    for s in sections:
        if s["level"] != 1:
            continue
        if review is None and lx.review_heading.search(s["title"]):
            review = s
        elif plan is None and lx.plan_heading.search(s["title"]) and not lx.review_heading.search(s["title"]):
            plan = s
    return review, plan


def _headings(sections: list[dict], found: _Found, tx: _Text, lx: IdentityLexicon) -> None:
    """一、2025年工作回顾 → reviewed; 二、2026年工作任务 → planned. Headings that name one year only
    (2018年至2022年… is a span), short enough to be headings rather than sentences."""
    for s in sections:
        t = s["title"]
        if s["level"] != 1 or len(t) > lx.heading_max or _SENTENCE_PUNCT.search(t):
            continue
        years = list(_YEAR.finditer(t))
        if (len(years) != 1 or _YEAR_SPAN.search(t) or t.startswith("以来", years[0].end())
                or lx.year_name_after.match(t, years[0].end())):
            continue  # (一、2008年以来的工作回顾: the years since, not one; 2035年远景目标: a name)
        y, cue = int(years[0].group(1)), tx.cue(s["heading_end"] - len(t), s["heading_end"])
        if lx.review_heading.search(t):
            found.put("reviewed_year", y, cue)
        elif lx.plan_heading.search(t):
            found.put("plan_year", y, cue)


def _body(text: str, sections: list[dict], found: _Found, tx: _Text, lx: IdentityLexicon) -> None:
    """The first sentences of the review chapter (2004年，全国各族人民… / 刚刚过去的2017年) and of
    the plan chapter (2006年是实施…的第一年); 2019年发展的主要预期目标 anywhere."""
    review, plan = _chapters(sections, lx)
    for sec, pat, field in ((review, lx.review_first, "reviewed_year"), (plan, lx.plan_first, "plan_year")):
        if sec is None:
            continue
        for s, e in _lines(text, sec["heading_end"], sec["end"], lx.first_items):
            m = pat.match(text, s, e)
            if m:
                end = m.end() - 1 if text[m.end() - 1] in ",，" else m.end()  # 2005年， → 2005年
                found.put(field, int(m.group("y")), tx.cue(m.start(), end))
                break
    m = lx.plan_targets.search(text)
    if m:
        found.put("plan_year", int(m.group("y")), tx.cue(m.start(), m.end()))


YEAR_FIELDS = ("report_year", "reviewed_year", "plan_year")


def relate(doc: dict, lx: IdentityLexicon | None = None) -> dict:
    """Copy of doc with the missing report, reviewed and plan years filled from one another by the
    report kind's relations (cue `derived:<field>±n`); years already set are kept."""
    lx = lx or identity_lexicon()
    d = dict(doc)
    kind = d.get("report_kind") or "other"
    rel = lx.relations.get(kind)
    if rel is None:  # other: a title naming 执行情况 … is written in the year it reviews
        in_review = any(w in (d.get("title") or "") for w in lx.other_in_reviewed_year)
        rel = lx.relations["plan_execution" if in_review else "work_report"]
    offsets = {"reviewed_year": rel["reviewed"], "plan_year": rel["plan"]}
    if d.get("report_year") is None:
        order = ("plan_year", "reviewed_year") if kind == "work_report" else ("reviewed_year", "plan_year")
        for f in order:
            if d.get(f) is not None:
                d["report_year"], d["report_year_cue"] = d[f] - offsets[f], _derived(f, -offsets[f])
                break
    ry = d.get("report_year")
    if ry is not None:
        for f, off in offsets.items():
            if d.get(f) is None:
                d[f], d[f"{f}_cue"] = ry + off, _derived("report_year", off)
    return d


def _contradicts(field: str, year: int, found: _Found, lx: IdentityLexicon) -> bool:
    """Whether a year the saved page's title names disagrees with the years the text's own headings
    give (四川 2016.md: the page says 2016年…工作报告, the report, read in 2017, reviews 2016 and plans 2017)."""
    rel = lx.relations.get(found.get("report_kind") or "work_report") or lx.relations["work_report"]
    offsets = {"report_year": 0, "reviewed_year": rel["reviewed"], "plan_year": rel["plan"]}
    own = {found.get(f) - off for f, off in offsets.items() if found.get(f) is not None and f != field}
    # (济南 2012's 2008年以来的工作回顾 alone says nothing of the report's year: two of the text's years must agree)
    return len(own) == 1 and sum(found.get(f) is not None for f in offsets if f != field) >= 2 and year - offsets[field] not in own


def _derived(field: str, off: int) -> str:
    return f"derived:{field}{off:+d}" if off else f"derived:{field}"


def identify(text: str, sections: list[dict], source: str | None = None, years_text: str | None = None) -> dict:
    """Identity fields of the documents row (title, region, years and the identity columns with
    their cues) from the normalised text and its sections; cue words are read from `source` (the
    text as given, same offsets) when it is passed. years_text: digit_years(text), when the caller
    has it already (a pass over the whole text)."""
    lx = identity_lexicon()
    tx = _Text(source if source is not None else text)
    written, text = text, digit_years(text) if years_text is None else years_text
    sections = [{**s, "title": digit_years(s["title"])} if _CN_YEAR.search(s["title"]) else s for s in sections]
    found = _Found({})
    chapters = [s["start"] for s in sections if s["level"] == 1]
    limit = min([HEAD_LIMIT, len(text), *chapters])
    opening = lx.opening.search(text, 0, limit)
    head_end = opening.start() if opening else limit

    title, offs = find_title(text, head_end, sections, lx) or (None, [])
    shown = "".join(written[o] for o in offs) if title else None  # the title as written (一九九二年)
    if title:
        _title_cues(title, offs, found, tx, lx)
    _date_line(text, head_end if opening else limit, found, tx, lx)
    gov = _opening(opening, found, tx, lx)
    _headings(sections, found, tx, lx)
    _body(text, sections, found, tx, lx)
    # (read when the text has a title too: 太原 2019's bare "政府工作报告" names no year, its page title does)
    page = _front_matter_title(source, lx) if source is not None else None
    if page:  # the last cue: a saved page's own title is no title of the report's text, but names it
        named = _Found({})
        _title_cues(digit_years(page[0]), page[1], named, tx, lx)
        for f, (v, cue) in named.values.items():
            if f not in YEAR_FIELDS or not _contradicts(f, v, found, lx):
                found.put(f, v, cue)

    kind = found.get("report_kind") or "other"
    region = found.get("region")
    level, level_cue = None, None
    if region:
        level, level_cue = admin_level(region, lx), found.values["region"][1]
    elif gov:  # 我代表市人民政府: the level without a name
        words, level_cue = gov
        level = admin_level(words.removesuffix("人民政府") or words, lx)
    heads = [title or ""] + [s["title"] for s in sections if s["level"] == 1]
    out = {
        "title": shown,
        "region": region,
        "years": sorted({int(y) for h in heads for y in _HEAD_YEAR.findall(h)}),
        "admin_level": level, "admin_level_cue": level_cue if level else None,
        "report_kind": kind, "meta_conflicts": [],
    }
    for f in ("region", "report_kind", "report_date", "report_year", "reviewed_year", "plan_year"):
        out.setdefault(f, found.get(f))
        out[f"{f}_cue"] = found.values.get(f, (None, None))[1]
    date = out["report_date"]
    if (kind == "work_report" and date and len(date) >= 7 and int(date[5:7]) >= lx.late_session_month
            and out["report_year"] == int(date[:4]) and out["report_year_cue"] == out["report_date_cue"]):
        out["report_year"] += 1
    return relate(out, lx)
