"""Metric identity and reference year: what an indicator measures across documents (`metric_key`,
`metric_label`) and which year its figure is about (`ref_year`). The aliases, strip words and year
cues are data (data/metrics.json); this module only applies them. Pure functions over records."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

import regex

from .lexicon import load
from .normalise import normalise

_QUOTES = str.maketrans("", "", "“”‘’\"'《》「」 \u3000")
_CLAUSE = regex.compile(r"[,，;；:：]")
_BOOK = regex.compile(r"《[^《》\n]{0,120}》")
_NOTE = regex.compile(r"\([^()]{0,12}\)")


# -- metric identity ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Alias:
    text: str  # normalised
    key: str
    exact: bool


@dataclass(frozen=True)
class MetricLexicon:
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    anaphora: frozenset[str]
    aliases: tuple[Alias, ...]  # longest first
    entries: dict[str, dict]
    by_last: dict[str, tuple[Alias, ...]]  # aliases by their last character, longest first


def _fold(phrase: str) -> str:
    """NFKC (全角 → ASCII), no quotes or spaces, ASCII upper-case: GDP == ｇｄｐ."""
    return unicodedata.normalize("NFKC", phrase).translate(_QUOTES).upper()


@lru_cache(maxsize=None)
def metric_lexicon() -> MetricLexicon:
    data = load("metrics")
    norm = data["normalise"]
    aliases = []
    for key, entry in data["metrics"].items():
        for a in entry["aliases"]:
            exact = a.startswith("=")
            aliases.append(Alias(_fold(a.lstrip("=")), key, exact))
    return MetricLexicon(
        prefixes=tuple(sorted(map(_fold, norm["strip_prefixes"]), key=len, reverse=True)),
        suffixes=tuple(sorted(map(_fold, norm["strip_suffixes"]), key=len, reverse=True)),
        anaphora=frozenset(map(_fold, norm["anaphora"])),
        aliases=tuple(sorted(aliases, key=lambda a: len(a.text), reverse=True)),
        entries=data["metrics"],
        by_last=_by_last(aliases),
    )


def _by_last(aliases: list[Alias]) -> dict[str, tuple[Alias, ...]]:
    """A phrase can only end with an alias that ends with its own last character: this index
    spares each lookup a pass over every alias."""
    index: dict[str, list[Alias]] = {}
    for a in sorted(aliases, key=lambda a: len(a.text), reverse=True):
        index.setdefault(a.text[-1:], []).append(a)
    return {k: tuple(v) for k, v in index.items()}


def normalise_phrase(phrase: str, lex: MetricLexicon | None = None) -> str:
    """The comparable form of a metric phrase: folded, context words stripped from both ends
    (全年国内生产总值 → 国内生产总值, 城镇调查失业率全年控制在 → 城镇调查失业率). Never empties it."""
    lex = lex or metric_lexicon()
    p = _fold(phrase)
    p = _NOTE.sub("", p) or p  # 地区生产总值(GDP) is 地区生产总值
    changed = True
    while changed:
        changed = False
        for w in lex.prefixes:
            if p.startswith(w) and len(p) > len(w):
                p, changed = p[len(w):], True
                break
        for w in lex.suffixes:
            if p.endswith(w) and len(p) > len(w):
                p, changed = p[: -len(w)], True
                break
    return p


def lookup(phrase: str, kind: str | None = None, lex: MetricLexicon | None = None) -> Optional[str]:
    """Canonical key of a normalised phrase: the longest alias it ends with, unless the words before
    the alias hold one of the entry's `not_after` or the kind is not in its `kinds`; else None."""
    lex = lex or metric_lexicon()
    for a in lex.by_last.get(phrase[-1:], ()):
        if a.exact and phrase != a.text or not phrase.endswith(a.text):
            continue
        entry = lex.entries[a.key]
        head = phrase[: len(phrase) - len(a.text)]
        if any(_fold(w) in head for w in entry.get("not_after", [])):
            continue
        if kind is not None and "kinds" in entry and kind not in entry["kinds"]:
            continue
        return a.key
    return None


def metric_identity(metric: str | None, kind: str | None = None,
                    lex: MetricLexicon | None = None) -> tuple[Optional[str], Optional[str]]:
    """(metric_key, metric_label): the lexicon's key and label, else the normalised phrase for both."""
    if not metric:
        return None, None
    lex = lex or metric_lexicon()
    phrase = normalise_phrase(metric, lex)
    key = lookup(phrase, kind, lex)
    if key is None:
        return phrase, phrase
    return key, lex.entries[key]["label"]


def is_canonical(key: str | None, lex: MetricLexicon | None = None) -> bool:
    return key is not None and key in (lex or metric_lexicon()).entries


def assign_metrics(indicators: list[dict], lex: MetricLexicon | None = None) -> list[tuple[Optional[str], Optional[str]]]:
    """(metric_key, metric_label) of each indicator, in order. An anaphoric metric (总量 in
    国内生产总值增长6.6%，总量突破90万亿元) takes the key of the previous indicator in its sentence."""
    lex = lex or metric_lexicon()
    out: list[tuple[Optional[str], Optional[str]]] = []
    prev: dict[str, tuple[str, str]] = {}  # sentence_id -> last resolved (key, label)
    for ind in indicators:
        key, label = metric_identity(ind.get("metric"), ind.get("kind"), lex)
        sid = ind.get("sentence_id")
        if key is not None and key in lex.anaphora and sid in prev:
            pkey, plabel = prev[sid]
            kinds = lex.entries.get(pkey, {}).get("kinds")
            if kinds is None or ind.get("kind") in kinds:
                key, label = pkey, plabel
        if key is not None:
            prev[sid] = (key, label)
        out.append((key, label))
    return out


# -- reference year -------------------------------------------------------------------------------

@dataclass(frozen=True)
class YearCues:
    explicit: regex.Pattern
    cues: tuple[tuple[regex.Pattern, str], ...]
    comparison_before: tuple[str, ...]
    ratio_base: regex.Pattern  # a cue that ends the base of 去年全年办理总量的4倍
    written_in_reviewed_year: tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # explicit | speech | speech-1 | speech+1 | multi
    year: Optional[int] = None  # for explicit


MULTI = "multi"


@lru_cache(maxsize=None)
def year_cues() -> YearCues:
    d = load("metrics")["ref_year"]
    return YearCues(
        explicit=regex.compile(d["explicit"]),
        cues=tuple((regex.compile(c["pattern"]), c["year"]) for c in d["cues"]),
        comparison_before=tuple(d["comparison_before"]),
        ratio_base=regex.compile(r"[^,，;；。()（）]{0,20}?" + d["ratio_base"]),
        written_in_reviewed_year=tuple(d["written_in_reviewed_year"]),
    )


def find_cues(text: str, yc: YearCues | None = None, normalised: bool = False) -> list[Cue]:
    """Year cues in text, non-overlapping (earliest, then longest wins), without comparison bases
    (比去年) and without anything inside 《book titles》."""
    yc = yc or year_cues()
    text = _BOOK.sub(lambda m: " " * len(m.group()), text if normalised else normalise(text))
    found = [Cue(m.start(), m.end(), "explicit", int(m.group(1))) for m in yc.explicit.finditer(text)]
    for pat, kind in yc.cues:
        found.extend(Cue(m.start(), m.end(), kind) for m in pat.finditer(text))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cue] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        if text[max(0, c.start - 3):c.start].endswith(yc.comparison_before) or yc.ratio_base.match(text, c.end):
            continue
        out.append(c)
    return out


@dataclass(frozen=True)
class DocYears:
    speech: Optional[int]  # the year 今年 means
    plan: Optional[int]  # the year targets are for, absent other cues
    review: Optional[int]  # the year outcomes are about, absent other cues


def doc_years(doc: dict, yc: YearCues | None = None) -> DocYears:
    """A work report is delivered in its plan year (今年 = plan year); a plan-execution report is
    drafted in the year it reviews (今年 = reviewed year)."""
    yc = yc or year_cues()
    years = sorted(doc.get("years") or [])
    if not years:
        return DocYears(None, None, None)
    in_review_year = any(w in (doc.get("title") or "") for w in yc.written_in_reviewed_year)
    plan = years[-1]
    review = years[0] if len(years) > 1 else (plan if in_review_year else plan - 1)
    return DocYears(speech=years[0] if in_review_year else plan, plan=plan, review=review)


_UNSET = object()


def cue_year(cue: Cue, dy: DocYears):
    """The year a cue names: an int, None for multi-year, _UNSET when it cannot be resolved."""
    if cue.kind == "explicit":
        return cue.year
    if cue.kind == MULTI:
        return None
    if dy.speech is None:
        return _UNSET
    return dy.speech + {"speech": 0, "speech-1": -1, "speech+1": 1}[cue.kind]


def heading_year(title: str, dy: DocYears, yc: YearCues | None = None):
    """Year a heading is about: one year named, or None when it is a multi-year heading
    (过去五年工作回顾, “十三五”时期…); _UNSET when it names none or several."""
    cues = find_cues(title, yc)
    if any(c.kind == MULTI for c in cues):
        return None
    years = {y for y in (cue_year(c, dy) for c in cues) if y is not _UNSET}
    return years.pop() if len(years) == 1 else _UNSET


def ref_years(indicators: list[dict], doc: dict, sections: Iterable[dict], sentences: Iterable[dict],
              normalised: bool = False) -> list[Optional[int]]:
    """The year each indicator's figure is about. Cues, nearest first: the indicator's sentence
    before the number; the first clause of the earlier sentences of its paragraph (刚刚过去的2017年，…);
    its headings, innermost first; its status (target → plan year, else the reviewed year)."""
    yc = year_cues()
    dy = doc_years(doc, yc)
    secs = {s["section_id"]: s for s in sections}
    sents = {s["sentence_id"]: s for s in sentences}
    by_item: dict[str, list[dict]] = {}
    for s in sorted(sents.values(), key=lambda s: s["start"]):
        by_item.setdefault(s["item_id"], []).append(s)
    topic_cache: dict[str, object] = {}
    cue_cache: dict[str, list[Cue]] = {}
    head_cache: dict[Optional[str], object] = {}

    def topic(sent: dict):
        """Cue of the first clause of a sentence (a paragraph's topic), or _UNSET."""
        sid = sent["sentence_id"]
        if sid not in topic_cache:
            first = _CLAUSE.split(sent["text"].lstrip(" ,，"), 1)[0]
            years = [cue_year(c, dy) for c in find_cues(first, yc, normalised)]
            years = [y for y in years if y is not _UNSET]
            topic_cache[sid] = years[-1] if years else _UNSET
        return topic_cache[sid]

    def from_headings(section_id: Optional[str]):
        if section_id not in head_cache:
            y, sid = _UNSET, section_id
            while sid and y is _UNSET:
                sec = secs.get(sid)
                if sec is None:
                    break
                if sec["level"] >= 1:
                    y = heading_year(sec["title"], dy, yc)
                sid = sec["parent_id"]
            head_cache[section_id] = y
        return head_cache[section_id]

    out: list[Optional[int]] = []
    for ind in indicators:
        sent = sents.get(ind.get("sentence_id"))
        y = _UNSET
        m = yc.explicit.fullmatch(ind.get("period") or "")
        if m:  # a table cell's column (2022年预计) names its year
            y = int(m.group(1))
        elif sent is not None:
            # cues of the whole sentence once; those that end before the number are its own
            if sent["sentence_id"] not in cue_cache:
                cue_cache[sent["sentence_id"]] = find_cues(sent["text"], yc, normalised)
            offset = ind["start"] - sent["start"]
            years = [cue_year(c, dy) for c in cue_cache[sent["sentence_id"]] if c.end <= offset]
            years = [v for v in years if v is not _UNSET]
            if years:
                y = years[-1]
            else:
                for prev in reversed(by_item.get(sent["item_id"], [])):
                    if prev["start"] >= sent["start"]:
                        continue
                    y = topic(prev)
                    if y is not _UNSET:
                        break
        if y is _UNSET:
            y = from_headings(ind.get("section_id"))
        if y is _UNSET:
            y = dy.plan if ind.get("status") == "target" else dy.review
        out.append(y)
    return out


def annotate(indicators: list[dict], doc: dict, sections: Iterable[dict], sentences: Iterable[dict],
             normalised: bool = False) -> list[dict]:
    """Copies of the indicator records with metric_key, metric_label and ref_year."""
    ids = assign_metrics(indicators)
    years = ref_years(indicators, doc, list(sections), list(sentences), normalised)
    return [{**ind, "metric_key": k, "metric_label": lbl, "ref_year": y}
            for ind, (k, lbl), y in zip(indicators, ids, years)]
