"""Metric identity and reference year: what an indicator measures across documents (`metric_key`,
`metric_label`) and which year its figure is about (`ref_year`). The aliases, strip words and year
cues are data (data/metrics.json); this module only applies them. Pure functions over records."""
from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

import regex

try:  # only to read which characters a cue needs (needed_chars); without it every text is scanned
    from re import _parser as _sre
except ImportError:  # pragma: no cover
    _sre = None

from .compiled import Compiler
from .identity import digit_years
from .lexicon import lexicon, load
from .normalise import normalise
from .words import tag_phrase

_QUOTES = str.maketrans("", "", "“”‘’\"'《》「」 \u3000")
_CLAUSE = regex.compile(r"[,，;；:：]")
_CLAUSE_LAST = regex.compile(r"(?r)[,，;；]")  # searched from the end: the last break before a figure
_PART_LAST = regex.compile(r"(?r)[;；]")
_COLON = regex.compile(r"[:：]")
_BOOK = regex.compile(r"《[^《》\n]{0,120}》")
_DIGIT = regex.compile(r"\d")
_QUOTE_MARKS = regex.compile("[“”\"‘’]")
_HAN_WORD = regex.compile(r"\p{Han}{2,}")
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
        for w in lex.prefixes if p.startswith(lex.prefixes) else ():  # (one test first: most phrases have none)
            if p.startswith(w) and len(p) > len(w):
                p, changed = p[len(w):], True
                break
        for w in lex.suffixes if p.endswith(lex.suffixes) else ():
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
    if lex is None or lex is metric_lexicon():
        return _identity(metric, kind)
    return _identity_in(metric, kind, lex)


@lru_cache(maxsize=1 << 16)
def _identity(metric: str, kind: str | None) -> tuple[Optional[str], Optional[str]]:
    """The default lexicon's answer, once per phrase and kind: a corpus repeats its metrics."""
    return _identity_in(metric, kind, metric_lexicon())


def _identity_in(metric: str, kind: str | None, lex: MetricLexicon) -> tuple[Optional[str], Optional[str]]:
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

Span = tuple[int, int]  # first and last year a figure is about; (y, y) for one year


@dataclass(frozen=True)
class YearCues:
    explicit: regex.Pattern
    # (pattern, kind, numbers of its groups a, b, n (named groups cost ~1 µs a read), sets of characters it needs one of each of)
    cues: tuple[tuple[regex.Pattern, str, tuple, tuple[frozenset, ...]], ...]
    # the cues' sets of needed characters as bits: a character's are the sets holding it, a cue's the sets it
    # needs one of each of (one scan of a text says which cues it may hold, not a test of each set of each cue)
    needed_bits: dict[str, int]
    needed_any: re.Pattern  # a character of needed_bits
    cue_needs: tuple[int, ...]  # in the order of cues
    any_cue: regex.Pattern  # explicit and every cue as one alternation (what cue_chars is read off)
    cue_chars: Optional[re.Pattern]  # characters no cue matches without (needed_chars): a cheaper scan first
    comparison_before: tuple[str, ...]
    from_before: tuple[str, ...]
    ratio_base: regex.Pattern  # a cue that ends the base of 去年全年办理总量的4倍
    name_after: regex.Pattern  # words after a year that make it part of a name (2035年远景目标)
    superlative_after: regex.Pattern  # 1985年以来最高: the year is the comparison's
    object_markers: tuple  # 将/把 before 1983年以来被征地人员: a span inside an object names which things
    basis_end: tuple[str, ...]  # 在1992年快速增长的基础上: a clause that names the base a year builds on
    one_year: regex.Pattern  # 比上年, 同比: a change over one year
    change_verb: regex.Pattern  # the change verbs of grammar.json (增加, 下降 …): an amount of change
    period_end: regex.Pattern  # words after a plan period that name its last year (“十三五”末)
    from_mark: regex.Pattern  # 从/由 before the first number of 从A提高到B
    basis_after: regex.Pattern  # 在1988年水平的基础上: the year is the base a change is made on
    from_date: regex.Pattern  # 从今年4月1日起: a date a measure takes effect from, no A of 从A到B
    to_link: regex.Pattern  # what joins A to B: 提高到, 增加到, 降至 …
    revised: tuple  # 原定: 由原定A调高到B revises a target
    five_year_plan: dict
    party_congress: dict
    reach: regex.Pattern  # 达到 before a level: in a span, the level at its end
    against: regex.Pattern  # 高于全国平均水平 before a figure: in a span, compared at its end
    sustain: regex.Pattern  # 保持在 before a share: held over the whole span
    flow: regex.Pattern  # 新增, 改造 before a figure: a flow over the span, whatever verb follows
    flow_needs: re.Pattern  # (needed_scan: a span holding none of its characters holds no match)
    sustain_needs: re.Pattern
    salutation: regex.Pattern  # an address opening a sentence (各位代表，), skipped before its topic
    salutation_starts: frozenset  # (the characters it can start with: starts_of)
    glossary: regex.Pattern  # a glossary's heading (名词解释): the years of the figures after it are their sentences' own
    glossary_chars: Optional[re.Pattern]  # characters a glossary's heading needs one of (释): most sentences lack them
    year_opener: regex.Pattern  # 刚刚过去的2025年，… opens that year for the paragraphs after it
    topic_lead: regex.Pattern  # what may come before a paragraph's topic cue in its sentence (在, 回顾)
    state: regex.Pattern  # 实现…, 居全国第N位 in a count's clause: a state the period ended in
    topic_tail: regex.Pattern  # what may follow a cue that is a whole clause (“十四五”时期，)
    state_not: regex.Pattern  # a clause counting people (5575万农村贫困人口实现脱贫): a flow, not a state
    stock_tail: regex.Pattern  # a qualifier between a bare noun and its figure (绿氢产能近3万吨)
    stock_tags: frozenset  # jieba tags a bare noun phrase is made of (no doing: 安排, 建设, 其中)
    stock_nouns: frozenset  # head nouns jieba tags as verbs (产能, 营收)
    stock_not: regex.Pattern  # doings jieba tags as nouns (培育, 新创建)
    stock_after: regex.Pattern  # all a stock's clause may hold after its figure (以上)
    doings: frozenset  # verbs opening a clause (grammar.json clause_verbs: 办理, 资助), whatever jieba tags them
    reached_ones: tuple  # those a thing reached (grammar.json benefit_verbs: 惠及, 覆盖)
    so_far: regex.Pattern  # this year so far, in a heading (今年以来)
    marks_after: regex.Pattern  # marks passed after a count (3个万亿元大关; grammar.json threshold_nouns)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str  # explicit | century_end | base | speech | speech-1 | speech+1 | range | since | past_n | next_n | plan_period | congress_since | speech_2 | multi | cumulative
    year: Optional[int] = None  # explicit, base, range/since (first year)
    year2: Optional[int] = None  # range (last year)
    n: Optional[int] = None  # past_n/next_n: the number of years; plan_period/congress_since: the ordinal; from: 1 for 上年 (the year before B's)
    of: Optional[str] = None  # for `from`: the kind of the cue after 从 (explicit 从2012年的, speech-1 由去年的)


MULTI = "multi"  # 年均: about several years, which the context says
CUMULATIVE = "cumulative"  # 累计: several years only where the context covers several
_MARKERS = (MULTI, CUMULATIVE)
_NOT_OWN = ("base", "from")  # years a figure is compared with or starts from
_POINT = ("explicit", "speech", "speech-1", "speech+1")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2, "〇": 0}


def _count(s: str) -> int:
    """五 → 5, 十 → 10, 十八 → 18, 二十 → 20, 12 → 12."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN[tens] if tens else 1) * 10 + (_CN[ones] if ones else 0)
    return _CN[s]


# the stdlib parser reads a `regex` pattern once \p{…} is some category and named groups are unnamed
# (regex allows one name for several groups)
_STDLIB_TOKEN = regex.compile(r"\\[pP]\{[^}]*\}|\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?P<\w+>", flags=regex.S)


def _stdlib_syntax(m) -> str:
    g = m.group()
    if g.startswith("["):
        return regex.sub(r"\\[pP]\{[^}]*\}|\\.", lambda e: r"\w" if e.group()[1] in "pP" else e.group(), g)
    return r"\w" if g[1:2] in ("p", "P") else "(?:" if g.startswith("(?P<") else g


def needed_chars(pattern: str, unreliable: str = "", keep: int = 16) -> Optional[frozenset[str]]:
    """A few characters a text must hold one of for pattern to match in it (none of `unreliable`),
    or None when the pattern does not say. Sound, not complete: a part it cannot read needs nothing."""
    sets = needed_sets(pattern, unreliable, keep)
    return sets[0] if sets else None


def needed_sets(pattern: str, unreliable: str = "", keep: int = 16) -> tuple[frozenset[str], ...]:
    """Sets of characters a text must hold one of each of for pattern to match in it, smallest first
    (年 and one of 至到 for 2018年至2022年); none when the pattern does not say."""
    def seq(items):  # each part needs its own characters: any part's will do
        fams = [f for f in map(node, reversed(items)) if f]  # the end of a cue word is its rarer part (以来)
        return _fewest([s for f in fams for s in f], keep) if fams else None

    def node(item):  # the sets of characters, one of which each match needs
        op, av = str(item[0]), item[1]
        if op == "LITERAL" and chr(av) not in unreliable:
            return [frozenset(chr(av))]
        if op == "IN" and all(str(o) == "LITERAL" and chr(c) not in unreliable for o, c in av):
            return [frozenset(chr(c) for _, c in av)]
        if op == "SUBPATTERN":
            return None if av[1] or av[2] else seq(av[3])  # (?i:…) changes what matches
        if op == "ATOMIC_GROUP":
            return seq(av)
        if op == "BRANCH":  # one set from each branch
            out = [frozenset()]
            for b in av[1]:
                f = seq(b)
                if not f:
                    return None
                out = _fewest([a | s for a in out for s in f], keep)
            return out
        if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return seq(av[2]) if av[0] >= 1 else None
        if op == "ASSERT":  # what a lookaround sees is in the text too
            return seq(av[1])
        return None

    if _sre is None:
        return ()
    try:
        parsed = _sre.parse(_STDLIB_TOKEN.sub(_stdlib_syntax, pattern))
    except Exception:
        return ()
    if parsed.state.flags & ~_sre.SRE_FLAG_UNICODE:
        return ()
    return tuple(seq(parsed.data) or ())


def start_chars(pattern: str, limit: int = 512) -> Optional[frozenset[str]]:
    """The characters a match of pattern can start with (match() at a position: what that position must
    hold), or None when the pattern does not say: a part it cannot read (\\p{…}, \\d, a negated or
    large class, flags), or a match that may be empty. Sound, as needed_chars: lookarounds and anchors
    consume nothing and are passed over. A caller tests a phrase's first character before a call into
    the regex engine that most phrases would fail."""
    def seq(items):  # (first characters, whether the items may match nothing)
        out: set = set()
        for item in items:
            first, empty = node(item)
            if first is None:
                return None, False
            out |= first
            if not empty:
                return out, False
        return out, True

    def node(item):
        op, av = str(item[0]), item[1]
        if op == "LITERAL":
            return {chr(av)}, False
        if op == "IN":
            chars: set = set()
            for o, c in av:
                if str(o) == "LITERAL":
                    chars.add(chr(c))
                elif str(o) == "RANGE" and c[1] - c[0] < limit:
                    chars.update(map(chr, range(c[0], c[1] + 1)))
                else:
                    return None, False
            return chars, False
        if op == "SUBPATTERN":
            return (None, False) if av[1] or av[2] else seq(av[3])
        if op == "ATOMIC_GROUP":
            return seq(av)
        if op == "BRANCH":
            out, empty = set(), False
            for b in av[1]:
                first, e = seq(b)
                if first is None:
                    return None, False
                out |= first
                empty = empty or e
            return out, empty
        if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            first, empty = seq(av[2])
            return first, empty or av[0] == 0
        if op in ("AT", "ASSERT", "ASSERT_NOT"):
            return set(), True
        return None, False

    if _sre is None:
        return None
    try:
        parsed = _sre.parse(_STDLIB_TOKEN.sub(_stdlib_syntax, pattern))
    except Exception:
        return None
    if parsed.state.flags & ~_sre.SRE_FLAG_UNICODE:
        return None
    first, empty = seq(parsed.data)
    return None if first is None or empty or len(first) > limit else frozenset(first)


_ANYWHERE = re.compile("")  # finds (an empty match) in every span of every text


def needed_scan(pattern: str) -> re.Pattern:
    """A search for one of the characters every match of pattern holds (needed_chars, by the stdlib
    `re`'s bitmap class): a text, or a span search(text, a, b), in which it finds none holds no match,
    told several times quicker than by pattern itself. A pattern with a lookbehind, whose characters may
    lie before the span, or one that does not say what it needs, gets a search that finds everywhere."""
    chars = None if "(?<=" in pattern else needed_chars(pattern)
    return _any_of(chars) if chars else _ANYWHERE


class _EveryChar:
    def __contains__(self, c: str) -> bool:
        return True


def starts_of(pattern: str):
    """start_chars, or a set holding every character when it cannot tell: `text[:1] in starts_of(p)`
    is False only for a text p.match() fails on, told without a call into the regex engine."""
    chars = start_chars(pattern)
    return _EveryChar() if chars is None else chars


def _fewest(sets: list, keep: int) -> list:
    """The smallest sets, none a superset of another, in a stable order."""
    out: list = []
    for s in sorted(dict.fromkeys(sets), key=len):
        if not any(o <= s for o in out):
            out.append(s)
    return out[:keep]


def _any_of(chars: Iterable[str]) -> re.Pattern:
    """A search for one of chars. The stdlib `re` tests a class by bitmap, `regex` character by character
    (2–3 times slower), and either is much faster than set(text) (a string built for every character)."""
    return re.compile("[%s]" % "".join(map(re.escape, sorted(chars))) if chars else "(?!)")  # (?!): none


@lru_cache(maxsize=None)
def year_cues() -> YearCues:
    rc = Compiler("year_cues")
    d = load("metrics")["ref_year"]
    any_cue = "|".join("(?:%s)" % p for p in [d["explicit"]] + [c["pattern"] for c in d["cues"]])
    # find_cues reads them before digit_years and _BOOK, which write digits and spaces
    needed = needed_chars(any_cue, unreliable="0123456789 ")
    glossary = needed_chars(d["glossary"])
    cues = tuple((rx, c["year"], tuple(rx.groupindex.get(k) for k in "abn"),
                  needed_sets(c["pattern"], unreliable="0123456789 ", keep=4))
                 for c in d["cues"] for rx in [rc(c["pattern"])])
    sets = list(dict.fromkeys(s for *_, sets_of in cues for s in sets_of))
    needed_bits: dict[str, int] = {}
    for i, s in enumerate(sets):
        for ch in s:
            needed_bits[ch] = needed_bits.get(ch, 0) | 1 << i
    return rc.saved(YearCues(
        explicit=rc(d["explicit"]),
        cues=cues,
        needed_bits=needed_bits,
        needed_any=_any_of(needed_bits),
        cue_needs=tuple(sum(1 << sets.index(s) for s in sets_of) for *_, sets_of in cues),
        any_cue=rc(any_cue),
        cue_chars=_any_of(needed) if needed else None,
        comparison_before=tuple(d["comparison_before"]),
        from_before=tuple(d["from_to"]["from_before"]),
        ratio_base=rc(r"[^,，;；。()（）]{0,20}?" + d["ratio_base"]),
        name_after=rc(d["name_after"]),
        superlative_after=rc(d["superlative_after"]),
        object_markers=tuple(d["object_markers"]),
        basis_end=tuple(d["basis_end"]),
        one_year=rc(d["one_year"]),
        change_verb=rc("|".join(regex.escape(w) for w in lexicon().grammar["change_up"] + lexicon().grammar["change_down"]
                                           if len(w) > 1)),
        period_end=rc(d["period_end"]),
        from_mark=rc(d["from_to"]["from"] + r"[^,，;；。]{0,24}$"),
        basis_after=rc(r"[^,，;；。\d]{0,8}?的?(?:%s)" % "|".join(map(regex.escape, d["basis_end"]))),
        from_date=rc(r"(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起|开始)"),
        revised=tuple(d["from_to"]["revised"]),
        # \G: matched only where A ends (a scan of a long text would try every position for nothing)
        to_link=rc(r"\G[^,，;；。\d]{0,8}?" + d["from_to"]["to"] + r"[^,，;；。]{0,12}$"),
        five_year_plan=d["five_year_plan"],
        party_congress=d["party_congress"],
        # 分别增至214对和69家: the verb reaches every member of the list after it
        reach=rc(d["reach"].removesuffix("$") + d["list_before"] + "$"),
        against=rc(d["against"]),
        sustain=rc(d["sustain"]),
        flow=rc(d["flow"]),
        flow_needs=needed_scan(d["flow"]),
        sustain_needs=needed_scan(d["sustain"]),
        topic_lead=rc(d["topic_lead"]),
        salutation=rc(d["salutation"]),
        salutation_starts=starts_of(d["salutation"]),
        glossary=rc(d["glossary"]),
        glossary_chars=_any_of(glossary) if glossary else None,
        year_opener=rc(d["year_opener"]),
        state=rc(d["state"]),
        topic_tail=rc(d["topic_tail"]),
        state_not=rc(d["state_not"]),
        stock_tail=rc(d["stock_tail"]),
        stock_tags=frozenset(d["stock"]["tags"]),
        stock_nouns=frozenset(d["stock"]["nouns"]),
        stock_not=rc(d["stock"]["not"]),
        stock_after=rc(d["stock"]["after"]),
        doings=frozenset(lexicon().grammar.get("clause_verbs", ())),
        reached_ones=tuple(lexicon().grammar["words"]["benefit_verbs"]),
        so_far=rc(d["so_far"]),
        marks_after=rc(r"(?<=个)[^,，;；。、\d]{0,8}?(?:%s)" % "|".join(
            map(regex.escape, lexicon().grammar["words"]["threshold_nouns"]))),
    ))


def find_cues(text: str, yc: YearCues | None = None, normalised: bool = False) -> list[Cue]:
    """Year cues in text, non-overlapping (earliest, then longest wins), nothing inside 《book titles》.
    A year right after a comparison word (比2020年) is kept as a `base` cue, not the figure's own year,
    and one right after 从/由 as a `from` cue (A's year in 从2012年的A提高到B); a relative one (比去年)
    is dropped, as is a cue that ends the base of a ratio (去年…的4倍)."""
    yc = yc or year_cues()
    text = text if normalised else normalise(text)
    if yc.cue_chars is not None and not yc.cue_chars.search(text):
        return []
    text = digit_years(text)
    if "《" in text:
        text = _BOOK.sub(lambda m: " " * len(m.group()), text)
    found = [Cue(m.start(), m.end(), "explicit", int(m.group(1))) for m in yc.explicit.finditer(text)]
    held = 0  # the sets of needed characters the text holds one of
    for ch in set(yc.needed_any.findall(text)):
        held |= yc.needed_bits[ch]
    for needs, cue in zip(yc.cue_needs, yc.cues):
        if held & needs != needs:
            continue  # no scan for a cue whose characters the clause lacks: most cues need 来, 前, 均 …
        pat, kind, (a, b, n), _ = cue
        for m in pat.finditer(text):
            ga, gb, gn = (m.group(k) if k else None for k in (a, b, n))
            found.append(Cue(m.start(), m.end(), kind, int(ga) if ga else None, int(gb) if gb else None,
                             _count(gn) if gn else None))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cue] = []
    taken = 0  # where the last cue kept or dropped ends: a cue inside it is no cue of its own
    for c in found:
        if c.start < taken:
            continue
        if c.kind == "past_n" and out and out[-1].kind == "range" and text[out[-1].end:c.start] in ("", "的"):
            continue  # 从1953年至1980年的二十八年间: the count of years restates the range
        taken = c.end
        ratio = yc.ratio_base.match(text, c.end)
        if ratio and c.kind == "explicit" and c.end - c.start <= 5:
            out.append(Cue(c.start, c.end, "base", c.year))  # 1987年为1982年的3.4倍: a year a ratio compares with
            continue
        if ratio and c.kind == "ago":  # 是五年前的2.4倍: n years before the reviewed year (ref_spans resolves it)
            out.append(Cue(c.start, c.end, "base", None, n=c.n))
            continue
        if c.kind == "prev_n":  # 是上个五年的2.1倍: a sum over the last n years, as the one compared is
            if ratio:
                out.append(Cue(c.start, c.end, "past_n", n=c.n, of="ratio"))
            continue
        if ratio and c.kind == "plan_period" and yc.period_end.match(text, c.end):  # 是“十一五”末的1.8倍: its last year
            out.append(Cue(c.start, c.end, "base", plan_years(c.n, yc)[1]))
            continue
        if ratio and c.kind == "plan_period" and not yc.period_end.match(text, c.end):
            # 是“十二五”时期的1.6倍: the figure compared is a sum over the next period, as the ratio is
            out.append(Cue(c.start, c.end, "plan_period", n=c.n + 1, of="ratio"))
            continue
        if ratio or yc.name_after.match(text, c.end):  # 2035年远景目标: a name
            continue
        if c.kind in ("since", "explicit") and yc.superlative_after.match(text, c.end):
            continue  # 增速为1985年以来最高
        if c.kind == "since" and text[max(0, c.start - 1):c.start] in yc.object_markers:
            continue  # 将1983年以来被征地人员纳入城保体系: the years say which people, not the figure's
        before = text[max(0, c.start - 4):c.start].rstrip("“\"‘'")  # 较“十三五”末: a base too
        if c.kind in _POINT and before.endswith(yc.from_before):  # 从2012年的…: A's own year
            # (由上年的3.3%提高到3.9%: 上年 is the year before B's, which the pair decides when it can)
            relative = text[c.start:c.end] in ("上年", "上一年")
            c = Cue(c.start, c.end, "from", c.year, of=c.kind, n=1 if relative else None)
        elif c.kind == "explicit" and before.endswith("在") and yc.basis_after.match(text, c.end):
            c = Cue(c.start, c.end, "base", c.year)  # 要在1988年水平的基础上压缩20%: the year compared with
        elif before.endswith(yc.comparison_before) and c.kind != "range":
            if c.kind == "plan_period" and yc.period_end.match(text, c.end):  # 较“十三五”末: its last year
                c = Cue(c.start, c.end, "base", plan_years(c.n, yc)[1])
            elif c.kind != "explicit":
                continue
            else:
                c = Cue(c.start, c.end, "base", c.year)
        out.append(c)
    return out


@dataclass(frozen=True)
class DocYears:
    speech: Optional[int]  # the year 今年 means: the year the report was delivered or written
    plan: Optional[int]  # the year targets are for, absent other cues
    review: Optional[int]  # the year outcomes are about, absent other cues


def doc_years(doc: dict, yc: YearCues | None = None) -> DocYears:
    """The document's identity (pipeline/identity.py, or --meta): 今年 is the report year (the plan
    year of a work report delivered in March, the reviewed year of a plan-execution report). A report
    delivered in December for the next year's session (兰州 2017, read on 2016-12-15) says 今年 of
    the year it is read in."""
    speech, date = doc.get("report_year"), str(doc.get("report_date") or "")
    if speech is not None and date[:4].isdigit() and int(date[:4]) == speech - 1:
        speech -= 1
    return DocYears(speech=speech, plan=doc.get("plan_year"), review=doc.get("reviewed_year"))


_UNSET = object()


def plan_years(n: int, yc: YearCues) -> tuple[int, int]:
    """The first and last year of the nth five-year plan (十四五: 2021, 2025)."""
    start = yc.five_year_plan["start"] + 5 * (n - yc.five_year_plan["n"])
    return start, start + 4


def cue_span(cue: Cue, dy: DocYears, yc: YearCues | None = None):
    """The years a cue names: a Span, MULTI or CUMULATIVE (a marker: several years the context
    names), or _UNSET when the document's years cannot resolve it. `base` cues name no figure."""
    yc = yc or year_cues()
    k = cue.kind
    if k == "explicit":
        return cue.year, cue.year
    if k in _MARKERS:
        return k
    if k == "range":
        return cue.year, cue.year2
    if k == "plan_period":  # 十四五: 2021–2025
        return plan_years(cue.n, yc)
    if k in ("speech", "speech-1", "speech+1", "speech_2"):
        if dy.speech is None:
            return _UNSET
        y = dy.speech + {"speech": 0, "speech-1": -1, "speech+1": 1, "speech_2": 0}[k]
        return (y, y + 1) if k == "speech_2" else (y, y)
    if k == "next_n":
        return _UNSET if dy.plan is None else (dy.plan, dy.plan + cue.n - 1)
    if k == "century_end":  # 本世纪末 in a report of the 1980s or 90s: 2000
        return _UNSET if dy.speech is None or dy.speech > 2000 else (2000, 2000)
    if dy.review is None:
        return _UNSET
    if k == "ago":  # 三年前 in a report of 2026: 2023
        return _UNSET if dy.speech is None else (dy.speech - cue.n,) * 2
    if k in ("past_n", "streak", "within_n"):  # 五年来, 连续3年 in a report reviewing 2025: 2021–2025, 2023–2025
        return dy.review - cue.n + 1, dy.review
    if k == "since":
        return cue.year, max(cue.year, dy.review)
    if k == "congress_since":  # 十八大以来: from the year after the congress
        ep = yc.party_congress
        return ep["year"] + 5 * (cue.n - ep["n"]) + 1, dy.review
    return _UNSET


_THRESHOLD_AFTER = regex.compile(r"(?:以上|以下)?的")  # (培育一批产值过千亿元的产业: which things, not a level reached)
_WHICH_THINGS = regex.compile(r"\p{Han}{1,3}的(?=\d)")
_EVENT_DAY = regex.compile(r"\d{1,2}月\d{1,2}日")
_YEAR_OF_NAME = regex.compile(r"度(?![\s,，、;；:：])")
_BEFORE_DATE = regex.compile(r"(?:底|末|初)?(?:之|以)?前(?![,，、])")
_SINCE_YEAR = regex.compile(r"\d{4}年以来")
_YEAR_CLAUSE = regex.compile(r"(?:19|20)\d\d年[,，]")  # 各位代表！2012年，…: after an address
_COMPARED_WITH = regex.compile(r"[,，]?(?:是|为|相当于)[“\"]?")
_LEAD_SENTENCE = regex.compile(r"(?=.{4,24}$)[^,，;；:：\d]{2,}(?:[,，][^,，;；:：\d]{2,})?[。!！]?")  # 高效统筹疫情防控。


def _last_break(rx: regex.Pattern, text: str, end: int) -> int:
    """Where the last match of rx before text[end] starts, or -1."""
    m = rx.search(text, 0, end)
    return m.start() if m else -1


def _in_basis(text: str, start: int, end: int, before: int, yc: YearCues) -> bool:
    """Whether text[start:end] lies in a 在…的基础上 phrase that closes before text[before]."""
    close = min((i for b in yc.basis_end if (i := text.find(b, end, before)) >= 0), default=-1)
    return (close >= 0 and not _CLAUSE.search(text, end, close)
            and "在" in text[max(text.rfind(p, 0, start) for p in ",，;；") + 1:start])


def _single(v) -> bool:
    return isinstance(v, tuple) and v[0] == v[1]


def _long(v) -> bool:
    return isinstance(v, tuple) and v[0] != v[1]


@dataclass(frozen=True)
class HeadRef:
    """What a heading says about its figures' years: one year, spans, or both (a review chapter
    covering the reviewed year and a longer period: 2025年工作回顾和“十四五”时期发展成就)."""
    single: Optional[Span]
    spans: tuple[Span, ...]

    def default(self, status: str, dy: DocYears):
        if self.single is not None:
            return self.single
        if len(self.spans) == 1:
            return self.spans[0]
        # 十三五时期发展成就和十四五时期主要目标任务: a target is about the later period
        later = [s for s in self.spans if dy.plan is not None and s[1] >= dy.plan]
        earlier = [s for s in self.spans if dy.review is not None and s[1] <= dy.review]
        pick = (later if status == "target" else earlier) or list(self.spans)
        return pick[0] if status != "target" else pick[-1]

    def longer(self) -> Optional[Span]:
        return self.spans[0] if self.single is not None and self.spans else None


def heading_ref(title: str, dy: DocYears, yc: YearCues | None = None) -> Optional[HeadRef]:
    """HeadRef of a heading, None when it names no year or several single years."""
    vals = [cue_span(c, dy, yc) for c in find_cues(title, yc) if c.kind not in _NOT_OWN]
    singles = {v for v in vals if _single(v)}
    spans = tuple(dict.fromkeys(v for v in vals if _long(v)))
    if len(singles) > 1 or not (singles or spans):
        return None
    return HeadRef(singles.pop() if singles else None, spans)


def _from_to(indicators: list[dict], sents: dict, yc: YearCues) -> dict[int, tuple]:
    """Pairs 从A提高到B in one sentence: index → ('from', offset of 从) for A and
    ('to', offset of 从, offset of A's end) for B, offsets within the sentence."""
    roles: dict[int, tuple] = {}
    for i in range(len(indicators) - 1):
        a, b = indicators[i], indicators[i + 1]
        sid = a.get("sentence_id")
        if sid is None or sid != b.get("sentence_id") or sid not in sents or i in roles:
            continue
        t, base = sents[sid]["text"], sents[sid]["start"]
        m = yc.from_mark.search(t, 0, a["start"] - base)
        if m and yc.to_link.match(t, a["end"] - base, b["start"] - base) and not t.startswith(yc.revised, m.start() + 1):
            roles[i] = ("from", m.start())
            roles[i + 1] = ("to", m.start(), a["end"] - base)
    return roles


def _result(v) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(ref_year, ref_start, ref_end) of a resolved value."""
    if isinstance(v, tuple):
        return (v[0] if v[0] == v[1] else None), v[0], v[1]
    return None, None, None


_TOP = {"heading_end": 0, "parent_id": None}  # the text before any heading, as a section


def ref_spans(indicators: list[dict], doc: dict, sections: Iterable[dict], sentences: Iterable[dict],
              normalised: bool = False) -> list[tuple[Optional[int], Optional[int], Optional[int]]]:
    """(ref_year, ref_start, ref_end) of each indicator. Cues, nearest first: the indicator's sentence
    before the number; the first clause of the earlier sentences of its paragraph (刚刚过去的2017年，…);
    its headings, innermost first; its status (target → plan year, else the reviewed year). Then:
    年均 / 累计 / a base year before the last (比2020年) make an outcome a multi-year figure over the
    period its context names (a chapter on 2025 and the 十四五 period: 2021–2025); 从A提高到B makes B
    the period's last year's figure and A the year before its first (a target's A: the reviewed year)."""
    yc = year_cues()
    dy = doc_years(doc, yc)
    secs = {s["section_id"]: s for s in sections}
    sents = {s["sentence_id"]: s for s in sentences}
    by_item: dict[str, list[dict]] = {}
    glossary = None  # where a glossary at the report's end starts
    for s in sorted(sents.values(), key=operator.itemgetter("start")):
        if (of_item := by_item.get(s["item_id"])) is None:  # (no new list for each sentence, as setdefault makes)
            by_item[s["item_id"]] = of_item = []
        of_item.append(s)
        if (glossary is None and len(s["text"]) <= 40
                and (yc.glossary_chars is None or yc.glossary_chars.search(s["text"]))
                and yc.glossary.match(s["text"])):
            glossary = s["start"]
    topic_cache: dict[str, object] = {}
    # by text, not sentence: a topic is asked for both ways (whole or not), and a sentence of one
    # clause is its own first clause
    cue_cache: dict[str, list[Cue]] = {}

    def cues(text: str) -> list[Cue]:
        if text not in cue_cache:
            cue_cache[text] = find_cues(text, yc, normalised)
        return cue_cache[text]

    def may_hold_cues(text: str) -> bool:
        """find_cues' first test, once for a whole sentence rather than for each of its clauses."""
        return not normalised or yc.cue_chars is None or yc.cue_chars.search(text) is not None

    head_cache: dict[Optional[str], Optional[HeadRef]] = {}
    roles = _from_to(indicators, sents, yc)

    def topic_spans(clause: str, whole: bool) -> list:
        vals = [cue_span(c, dy, yc) for c in cues(clause)
                if c.kind not in _NOT_OWN + ("streak",) and yc.topic_lead.fullmatch(clause, 0, c.start)
                and (not whole or yc.topic_tail.fullmatch(clause, c.end)) and not _BEFORE_DATE.match(clause, c.end)
                # (近三年的粮食增量占全国粮食增量的近1／5: a span saying which increase its clause measures)
                and not (clause.startswith("的", c.end) and _DIGIT.search(clause, c.end))
                and not _EVENT_DAY.match(clause, c.end)  # (2018年4月13日，…出席…大会: an event's day)
                # (2022年度巩固脱贫成果后评估考核获…: a year's 度 before a noun names an assessment, no topic)
                and not _YEAR_OF_NAME.match(clause, c.end)]
        return [v for v in vals if isinstance(v, tuple)]

    def topic(sent: dict, whole: bool = False):
        """Span of the first clause of a sentence (a paragraph's topic), or _UNSET. `whole`: only
        when the cue is the whole clause (五年来，…; “十四五”时期，…), as a topic for later paragraphs."""
        key = (sent["sentence_id"], whole)
        if key not in topic_cache and not may_hold_cues(sent["text"]):
            topic_cache[key] = _UNSET  # most sentences: none of its clauses holds a cue
        if key not in topic_cache:
            # 各位代表，刚刚过去的2025年，…: the salutation is no clause of its own
            body = yc.salutation.sub("", sent["text"].lstrip(" ,，—-"), count=1)
            clauses = _CLAUSE.split(body, 2)
            # 在1992年快速增长的基础上，1993年我国经济…: a clause naming the base is no topic, the next one is
            first = clauses[1] if len(clauses) > 1 and clauses[0].endswith(yc.basis_end) else clauses[0]
            # a streak (连续3年保持…) is its own sentence's, never a paragraph's topic; nor is a cue
            # inside the clause (57个县生产总值近3年年均增速…): a topic opens it (五年来，刚刚过去的2017年，)
            # (2005年底前注册营运的黄标车全部淘汰: a date things came before says which things, and opens no topic)
            vals = topic_spans(first, whole)
            colon = _COLON.search(body)
            if not vals and not whole and colon:
                # 认真办好十件民生实事，2011年十件实事全面完成：一是…。二是…: the clause that opens a list names
                # the year of the items after it
                vals = topic_spans(_CLAUSE.split(body[:colon.start()])[-1], whole)
            topic_cache[key] = vals[-1] if vals else _UNSET
        return topic_cache[key]

    first_child: dict[str, int] = {}  # where a section's first subsection starts
    for sec in secs.values():
        if sec["parent_id"] in secs:
            first_child[sec["parent_id"]] = min(first_child.get(sec["parent_id"], sec["start"]), sec["start"])
    items = sorted(by_item, key=lambda i: by_item[i][0]["start"])
    item_rank = {item_id: k for k, item_id in enumerate(items)}
    carry_cache: dict[str, object] = {}
    item_starts = [by_item[i][0]["start"] for i in items]
    nearest_cache: dict[tuple[int, int], int] = {}

    def nearest_topic(k: int, floor: int) -> int:
        """The rank of the nearest paragraph at or before rank k, starting at or after floor, that has
        a topic, or -1. Remembered for every paragraph walked over: each paragraph of a long section
        asks, and would walk back over all the ones before it."""
        walked, found = [], -1
        while k >= 0 and item_starts[k] >= floor:
            if (floor, k) in nearest_cache:
                found = nearest_cache[(floor, k)]
                break
            walked.append(k)
            if paragraph_topic(items[k]) is not _UNSET:
                found = k
                break
            k -= 1
        for w in walked:
            nearest_cache[(floor, w)] = found
        return found
    para_cache: dict[str, object] = {}  # each later paragraph of a section walks back over the same ones

    def opener_sentence(item_id: str) -> dict:
        # 各位代表！2018年以来，…: a salutation that is a sentence of its own opens nothing
        sents_of = by_item[item_id]
        return sents_of[1] if len(sents_of) > 1 and not yc.salutation.sub("", sents_of[0]["text"].strip()) else sents_of[0]

    def opens_year(item_id: str) -> bool:
        """Whether a paragraph opens a year for the paragraphs after it: 刚刚过去的2025年，…; or, after an
        address to the deputies, a year alone (各位代表！2012年，面对…: the last year of a chapter on five)."""
        first = by_item[item_id][0]["text"].lstrip(" ,，—-")
        if yc.year_opener.match(first):
            return True
        if not yc.salutation.match(first):
            return False
        rest = yc.salutation.sub("", first, count=1).lstrip() or opener_sentence(item_id)["text"].lstrip(" ,，—-")
        return bool(yc.year_opener.match(rest) or _YEAR_CLAUSE.match(rest))

    # 各位代表，2022年是本届政府收官之年。…: an address that opens a year opens a part of its chapter, and the
    # subsections after it, numbered afresh from (一), are that year's (its paragraph ends the section before)
    part_openers = [k for k, i in enumerate(items) if (opening := by_item[i][0]["text"].lstrip(" ,，—-"))[:1] in yc.salutation_starts
                    and yc.salutation.match(opening)
                    and opens_year(i)]

    def says_what_period_was(sentence: str) -> bool:
        body = sentence.lstrip(" ,，—-")
        first = next(iter(cues(body)), None)
        return (first is not None and not body[:first.start].strip("“\"") and _long(cue_span(first, dy, yc))
                and body[first.end:].lstrip("”\"时期").startswith("是"))

    def paragraph_topic(item_id: str):
        """The topic of a paragraph's last sentence that has one, or _UNSET."""
        if item_id not in para_cache:
            v = _UNSET
            cued = [s for s in by_item[item_id] if may_hold_cues(s["text"])]  # the others have no topic, lead or not
            opener = opener_sentence(item_id) if cued else None
            for s in reversed(cued):
                # a lead sentence holding no figure (过去五年极不寻常、极不平凡。) is about its period
                # (2015年是全面完成“十二五”规划的收官之年。: a year opening its paragraph is its period too)
                # (…保证了“十二五”圆满收官。“十二五”时期是我省发展最快的时期之一，…: so does a later sentence
                # holding no figure that says what its period was)
                lead = s is opener and (not _DIGIT.search(s["text"]) or opens_year(item_id)) or (
                    not _DIGIT.search(s["text"]) and says_what_period_was(s["text"]))
                v = topic(s, whole=not lead)
                if _long(v) and s is not opener and _SINCE_YEAR.match(s["text"].lstrip(" ,，—-")):
                    v = _UNSET  # (——积极应对挑战…。2008年以来，…: a span since a year, opening a later sentence, is its paragraph's only)
                if v is not _UNSET:
                    break
            para_cache[item_id] = v
        return para_cache[item_id]

    def carried(item_id: str, section_id: Optional[str]):
        """The topic of the nearest earlier paragraph of the same section that has one, when it is a
        period (五年来，… then paragraphs of that period; 这是…的五年。 leads in), else _UNSET: a period
        opened by a paragraph holds until a paragraph opens another topic or the section ends."""
        if item_id not in carry_cache:
            # (text above the first heading, when a web copy has none there: the paragraphs above it)
            sec = secs.get(section_id) or (_TOP if section_id is None else None)
            v, lo = _UNSET, None  # lo: where the paragraphs looked at may start
            opened = False  # 刚刚过去的2025年，…: a paragraph opening the reviewed year carries it
            while sec is not None and v is _UNSET:
                top = item_rank[item_id] - 1
                if lo is not None:  # past a sibling subsection's paragraphs
                    top = min(top, bisect.bisect_left(item_starts, lo) - 1)
                k = nearest_topic(top, sec["heading_end"])
                # 今后五年，是…关键时期。 … 主要预期目标是：到2017年，…: a paragraph on when targets are due
                # within the plan period leaves the period carrying on
                while k > 0 and dy.plan is not None and _single(t := paragraph_topic(items[k])) and t[0] > dy.plan:
                    k = nearest_topic(k - 1, sec["heading_end"])
                if k >= 0:
                    v = paragraph_topic(items[k])
                    # (各位代表！2017年，是本届政府的收官之年…。 then 2017年，全区生产总值…: a paragraph on the year an
                    # address opened, in the same section, carries it on too)
                    j = bisect.bisect_right(part_openers, k) - 1
                    opened = opens_year(items[k]) or (j >= 0 and item_starts[part_openers[j]] >= sec["heading_end"]
                                                      and paragraph_topic(items[part_openers[j]]) == v)
                # then the chapter's own opening paragraphs (五年来，…主要做了以下工作。) before its subsections
                parent = secs.get(sec["parent_id"])
                if parent is None or parent["level"] < 1:
                    break
                j = bisect.bisect_left(part_openers, item_rank[item_id]) - 1
                if v is _UNSET and j >= 0 and item_starts[part_openers[j]] >= parent["heading_end"]:
                    v, opened = paragraph_topic(items[part_openers[j]]), True
                    break
                lo, sec = first_child[parent["section_id"]], parent
            # only a period carries: a paragraph's own year (——经济跨上新台阶。2007年，…) is its own
            # (2015年是全面完成“十二五”规划的收官之年。 opens the reviewed year's part of a chapter on the period)
            # (一、2006年工作回顾 … 国企改革攻坚目标如期实现。三年来，…: under headings naming one year only, a
            # campaign of a few years a paragraph opens is that paragraph's; five years may be the term's review)
            head = from_headings(section_id)
            if _long(v) and v[1] - v[0] < 4 and head is not None and head.single is not None and not head.spans:
                v = _UNSET
            carry_cache[item_id] = v if _long(v) or opened and _single(v) and v[0] in (dy.review, dy.plan) else _UNSET
        return carry_cache[item_id]

    earlier_cache: dict[str, tuple] = {}

    def earlier_topic(sent: dict) -> tuple:
        """(sentence, topic) of the nearest earlier sentence of the paragraph that has a topic."""
        sid = sent["sentence_id"]
        if sid not in earlier_cache:
            found, passed = (None, _UNSET), []  # passed: the sentences walked back over
            sents_of = by_item.get(sent["item_id"], [])
            for prev in reversed(sents_of):
                if prev["start"] < sent["start"]:
                    t = topic(prev)
                    if t is not _UNSET:
                        # …。三年来，我们…。强力推进保交楼和安置房建设。…: a period opened inside the
                        # paragraph ends at the next lead sentence (a short one that opens a new matter:
                        # …2013年，…专利授权量1.2万件…。加大节能减排力度，淘汰落后产能。关闭煤矿51家)
                        # (过去五年，我国发展成就举世瞩目。 holds no figure: it opens the paragraph's matter)
                        # (lead sentences read only here: most paragraphs have no topic to end)
                        if not (prev is not sents_of[0] and _DIGIT.search(prev["text"])
                                and any(_LEAD_SENTENCE.fullmatch(p["text"].strip()) for p in passed)):
                            found = (prev, t)
                        break
                    passed.append(prev)
            earlier_cache[sid] = found
        return earlier_cache[sid]

    def so_far(section_id: Optional[str]) -> bool:
        """Whether a heading over the section names this year so far (今年以来)."""
        while section_id in secs:
            if yc.so_far.search(secs[section_id]["title"]):
                return True
            section_id = secs[section_id]["parent_id"]
        return False

    # 过去五年的政府工作 / 一、经济发展目标超额实现 …: a chapter heading without a number (a web page's
    # part heading) heads the numbered chapters after it, up to the next such heading
    part_of: dict[str, str] = {}
    part = None
    for sec in sorted(secs.values(), key=lambda s: s["start"]):
        if sec["level"] == 1:
            if sec.get("number") is None and sec.get("kind") == "chapter":
                part = sec["section_id"]
            elif part is not None and secs[part]["parent_id"] == sec["parent_id"]:
                part_of[sec["section_id"]] = part

    title_refs: dict[str, Optional[HeadRef]] = {}

    def heading(title: str) -> Optional[HeadRef]:  # asked for by every section under it
        if title not in title_refs:
            title_refs[title] = heading_ref(title, dy, yc)
        return title_refs[title]

    def from_headings(section_id: Optional[str]) -> Optional[HeadRef]:
        if section_id not in head_cache:
            h, sid = None, section_id
            while sid and h is None:
                sec = secs.get(sid)
                if sec is None:
                    break
                if sec["level"] >= 1:
                    h = heading(sec["title"])
                    if h is None and sid in part_of:
                        h = heading(secs[part_of[sid]]["title"])
                sid = sec["parent_id"]
            head_cache[section_id] = h
        return head_cache[section_id]

    out = []
    for n, ind in enumerate(indicators):
        status = ind.get("status")
        sent = sents.get(ind.get("sentence_id"))
        v, markers, base, longer, since, sbase, reach = _UNSET, set(), None, None, None, None, False
        ranged = False  # the figure's own sentence names its years as a range (2020年到2025年，…)
        clause_span = point = False  # a span named in the figure's own clause (近3年提升21个百分点)
        own_span = False  # the figure's own sentence names its period (五年中…投入达到3406亿元: a sum)
        yearly = False  # 比上年增长12.8% in a paragraph about five years: that year's change
        m = yc.explicit.fullmatch(ind.get("period") or "") if ind.get("table_id") else None
        role = roles.get(n)
        if m:  # a table cell's column (2022年预计) names its year
            v = (int(m.group(1)),) * 2
        elif sent is not None:
            # cues of the whole sentence once; those that end before the number are its own
            offset = ind["start"] - sent["start"]
            # a streak that is the figure itself (连续3年, the figure 3年) names its years too
            clause = _last_break(_CLAUSE_LAST, sent["text"], offset)  # markers and bases act in it
            yearly = bool(yc.one_year.search(sent["text"], clause + 1, offset))
            # a streak (连续3年…) is about its own clause only, and names the years of the figure 3年 too
            own = [c for c in cues(sent["text"])
                   if (c.end <= offset and (c.kind != "streak" or c.start > clause))
                   or (c.kind == "streak" and clause < c.start < offset and c.end <= ind["end"] - sent["start"])]
            # 在2015年增长14.3%的基础上，又增长12.7%: a year inside the basis a figure builds on is the basis's
            own = [c for c in own if not _in_basis(sent["text"], c.start, c.end, offset, yc)]
            # 2018年摸排的449个问题全部办结，新梳理的312个问题正在办理: a year saying which things (a doing and 的)
            # is theirs, not the later clauses'
            own = [c for c in own if not (c.kind in _POINT and _WHICH_THINGS.match(sent["text"], c.end)
                                          and _CLAUSE.search(sent["text"], c.end, offset))]
            if role and role[0] == "to":  # B of 从A到B: A's own year (从2012年的…) is not B's
                own = [c for c in own if not (c.start >= role[1] and c.end <= role[2])]
            # in a past span: a level reached, a share, a figure set against a contemporaneous reference
            # are the end year's; a flow (新增…) or a state held (保持在, 每年) keeps the span
            flowing = bool(yc.flow_needs.search(sent["text"], max(0, clause + 1), offset)
                           and yc.flow.search(sent["text"], max(0, clause + 1), offset))
            held = flowing or bool(yc.sustain_needs.search(sent["text"], clause + 1, offset)
                                   and yc.sustain.search(sent["text"], clause + 1, offset))
            rm = (yc.reach.search(sent["text"], max(0, offset - 30), offset)
                  if not held and ind.get("kind") in ("level", "share") else None)
            # 跨过3个万亿元大关: a count of marks passed over the period, not a level held at its end
            reach = rm is not None and not yc.marks_after.match(sent["text"], ind["end"] - sent["start"])
            # a cue before a ；, or before a list member with its own figure and reach verb
            # (累计建成“40桥24隧”、城市道路突破7000公里), names the context's period, not this figure's sum
            part = _last_break(_PART_LAST, sent["text"], offset)
            if reach:  # the member is a bare noun with its own reach verb, not a doing 累计 spans (推广…超600万亩)
                mark = sent["text"].rfind("、", clause + 1, offset)
                if (mark > 0 and mark < rm.start() and _DIGIT.search(sent["text"], clause + 1, mark)
                        and _stock(sent["text"][mark + 1:rm.start()], yc)  # no verbal noun (运输货物超7400万吨)
                        and not any(t.startswith("v") for _, t in tag_phrase(sent["text"][mark + 1:rm.start()]))):
                    part = max(part, mark)
            point = not held  # _at_end says the rest, only when the span is past
            for c in own:
                if c.kind == "from":
                    fv = cue_span(Cue(c.start, c.end, c.of, c.year), dy, yc)
                    if fv is _UNSET:
                        continue
                    if c.n and role and role[0] == "from" and status != "target":
                        continue  # 由上年的A提高到B: the year before B's
                    since = fv[0]
                    if (role and role[0] == "from" and c.start >= role[1]) or sent["text"][c.end:offset].strip() in ("", "的"):
                        v, role = fv, None  # 从2012年的A, 由去年的A: A's year is written
                    elif role is None and yc.from_date.match(sent["text"], c.end):
                        v = fv  # 从今年4月1日起…提高18%: a date the change takes effect from is the figure's year
                    continue
                if c.kind == "base":
                    if c.year is None:  # 五年前 as a ratio's base
                        if dy.review is None or not c.n:
                            continue
                        c = Cue(c.start, c.end, "base", dy.review - c.n)
                    if c.start > clause or sent["text"].startswith(("相比", "相较"), c.end):  # 与2000年相比，…
                        base = c.year
                    elif (ind.get("kind") == "change"
                          and not any(w in sent["text"][c.end:offset] for w in yc.comparison_before)):
                        # 资产总额比2002年增长60.98%，实现利润增长2.23倍: the same base (and across ；:
                        # …比2003年增长72.1%；工业总产值5512亿元，增长88.8%)
                        base = c.year
                    sbase = c.year  # 与2000年相比，…，年均增长9.5%: 年均 over the years since
                    continue
                cv = cue_span(c, dy, yc)
                if c.kind == "within_n":
                    # “十一五”期间，…；五年淘汰…: the period of n years the sentence or the headings name; else
                    # in a plan the next n years (五年内取消农业税), in a review the last n
                    head = from_headings(ind.get("section_id"))
                    named = [cue_span(p, dy, yc) for p in own if p.kind == "plan_period" and p.end <= c.start]
                    period = [sp for sp in named + list(head.spans if head else ())
                              if _long(sp) and sp[1] - sp[0] + 1 == c.n]
                    if period:
                        cv = period[0]
                    elif status == "target" and dy.plan is not None:
                        cv = (dy.plan, dy.plan + c.n - 1)
                if cv in _MARKERS:
                    if c.start > max(clause, part):
                        markers.add(cv)
                elif cv is not _UNSET:
                    v, own_span = cv, _long(cv) and c.start > part
                    ranged = c.kind == "range"
                    clause_span = own_span and c.start > clause
            fig_end = ind["end"] - sent["start"]
            after = next((c for c in cues(sent["text"]) if c.of == "ratio" and c.start >= fig_end
                          and _COMPARED_WITH.fullmatch(sent["text"], fig_end, c.start)), None)
            if after is not None and status != "target":
                # 财政支出超过4500亿元，是“十二五”时期的1.6倍: that period's sum, as if the clause named it
                v, own_span, clause_span = cue_span(after, dy, yc), True, True
            within = next((c for c in cues(sent["text"]) if c.kind == "within_n" and c.start >= fig_end
                           and not _CLAUSE.search(sent["text"], fig_end, c.start)), None)
            if within is not None and status == "target" and dy.plan is not None and v is _UNSET:
                v, own_span = (dy.plan, dy.plan + within.n - 1), True  # 推动500家用能单位5年内实现能效倍增
            if v is _UNSET and glossary is not None and ind["start"] > glossary:
                # a glossary's term, defined: no year but its sentence's own (从2019年5月底开始，…分两批进行)
                out.append((since, since, since))
                continue
            if v is _UNSET:
                prev, v = earlier_topic(sent)
                if status == "target" and _long(v) and dy.review is not None and v[1] <= dy.review:
                    # (2010年以来，已连续四年开展民生建设年活动。…新建改建农村公路4000公里: a past period is
                    # no target's, as it carries to outcomes only)
                    prev, v = None, _UNSET
                if prev is not None:
                    if base is None and (ind.get("kind") == "change" or flowing):
                        # 1992年同1987年相比，钢产量增长42%…。铁路货运周转量增长23%: the paragraph's base too,
                        # and a flow's (…。城镇新建居民住宅9.2亿平方米: built over the years since)
                        first = _CLAUSE.split(prev["text"].lstrip(" ,，—-"), 1)[0]
                        bases = [c.year for c in cues(first) if c.kind == "base"]
                        if bases and first.rstrip().endswith(("相比", "相较", "比较")):
                            base = bases[-1]
                    # 2020年到2025年，…从17.9%提升到35.5%: a range from the year before the heading's
                    # period names that period with its base year; the later figures are the period's
                    head = from_headings(ind.get("section_id"))
                    if _long(v) and head is not None and (v[0] + 1, v[1]) in head.spans:
                        v = (v[0] + 1, v[1])
            if v is _UNSET and status != "target":  # a past period carries to outcomes only
                cv = carried(sent["item_id"], ind.get("section_id"))
                if cv is not _UNSET and dy.review is not None and cv[1] <= dy.review:
                    v = cv
            elif v is _UNSET and dy.plan is not None and from_headings(ind.get("section_id")) is None:
                # 二、奋力夺取…新胜利 / 今后五年，是…关键时期。 / （一）…: a plan period opened for a chapter
                # whose headings name no years carries to its targets
                cv = carried(sent["item_id"], ind.get("section_id"))
                if _long(cv) and cv[0] == dy.plan:
                    v = cv
        head = from_headings(ind.get("section_id"))
        if head is not None:  # the longer period a 年均/累计 figure may be about
            longer = head.longer() or (head.spans[0] if len(head.spans) == 1 else None)
        if longer is None and markers and sent is not None and status != "target":
            # 五年来，…。——国民生产总值1987年达到…，平均每年增长11.1%: a review opened by a period
            # in a paragraph of its own, under no heading that names one
            cv = carried(sent["item_id"], ind.get("section_id"))
            longer = cv if _long(cv) else None
        if v is _UNSET and head is not None:
            v = head.default(status, dy)
            # 一九九〇年的国内工作 (a 1990 report's plan chapter): 我国外债余额已达到400多亿美元 is the
            # latest reviewed year's, not the planned year's
            # (二、今年以来全市统筹推进新冠肺炎疫情防控…工作情况: a chapter on this year so far is this year's)
            if (status == "actual" and isinstance(v, tuple) and _single(v) and dy.review is not None
                    and dy.plan is not None and v[0] == dy.plan > dy.review and not so_far(ind.get("section_id"))):
                v = (dy.review, dy.review)
        if v is _UNSET:
            y = dy.plan if status == "target" else dy.review
            v = _UNSET if y is None else (y, y)
        if v is _UNSET:
            out.append((None, None, None))
            continue
        if status == "actual" and _long(v) and dy.review is not None and v[0] <= dy.review < v[1]:
            v = (v[0], dy.review)  # an outcome in a 十二五 chapter of 2012: the years reviewed so far
        # (这五年，…，人均GDP达2.4万美元: a level reached in a sentence a span opens is its end's; those a
        # period reached, 三年来，…疫苗接种覆盖1217.1万人, are the period's)
        if ((reach or yearly) and not clause_span and not (own_span and reach and rm.group().startswith(yc.reached_ones))
                and role is None and not markers and base is None and _long(v)
                and (dy.review is not None and v[1] <= dy.review
                     or reach and status == "target" and not _THRESHOLD_AFTER.match(sent["text"], ind["end"] - sent["start"]))):
            # 五年来，… / 粮食生产能力达到1.2万亿斤: the level the period ended at; a plan's level to reach
            # (“十三五”…户籍人口城镇化率达到79%), the level at its end
            v = (v[1], v[1])
        elif (point and not clause_span and role is None and not markers and base is None and _long(v)
                and dy.review is not None and v[1] <= dy.review and _at_end(sent["text"], ind, sent["start"], clause, own, yc)):
            v = (v[1], v[1])  # 这五年，…高于全国平均水平4.9个百分点 / 占比达18.9%: at the period's end
        if ranged and role is not None and role[0] == "from" and _long(v):
            v, role = (v[0], v[0]), None  # 2020年到2025年，…从17.9%提升到35.5%: A is the range's first year's
        # (…，达到8000万吨: a level reached is the compared year's, not the span since the base; not
        # an amount of change, 比2020年增加超7400亿元)
        reached = reach and sent is not None and not yc.change_verb.search(sent["text"], clause + 1, offset)
        v = _adjust(v, markers, None if reached else base, longer, status, role, dy, since if since is not None else sbase,
                    ind.get("kind") == "level")
        out.append(_result(v))
    return out


def _at_end(text: str, ind: dict, start: int, clause: int, own: list[Cue], yc: YearCues) -> bool:
    """Whether a figure not held over a past span (保持在, 新增…) is the state at its end: set against a
    contemporaneous reference, a share, a state reached, a stock. `clause`: where its clause starts."""
    offset = ind["start"] - start
    if yc.against.search(text, max(0, offset - 14), offset) or ind.get("kind") == "share":
        return True
    if ind.get("kind") != "level":  # 300项政务事项实现“跨省通办”, 实现21个市全覆盖
        return False
    end = _CLAUSE.search(text, ind["end"] - start)
    end = end.start() if end else len(text)
    # people who 实现脱贫/就业 over the period are a flow: only things hold a state
    if yc.state.search(text, clause + 1, end) and not yc.state_not.search(text, clause + 1, end):
        return True
    # a bare noun and its figure, ending the clause (not 自贸试验区43项改革创新成果在全国推广)
    # not after 每年 or 累计 earlier in the sentence (五年累计退耕还林…，退牧还草3460万公顷: flows)
    # a list's later members share the first one's words (关停小火电2157万千瓦、小煤矿1.12万处)
    lead = text[clause + 1:offset]
    lead = _DIGIT.split(lead, 1)[0] if "、" in lead else lead  # not 高新技术企业5年增加
    # the cheap match first: _stock tags the words
    return bool(yc.stock_after.match(text, ind["end"] - start) and _stock(lead, yc)
                and not yc.sustain.search(text, 0, offset) and not any(c.kind == CUMULATIVE for c in own))


def _stock(prefix: str, yc: YearCues) -> bool:
    """Whether a clause names a figure with a bare noun phrase, no doing (经营主体1160.5万户, 绿氢产能近3万吨):
    a stock, which in a past span is the level at its end. Not a doing's object (中央财政安排, 住房建设)."""
    prefix = _QUOTE_MARKS.sub("", yc.stock_tail.sub("", prefix.strip()))
    if not _HAN_WORD.fullmatch(prefix) or yc.stock_not.search(prefix):
        return False
    tagged = [(w, "n" if w in yc.stock_nouns else t) for w, t in tag_phrase(prefix)]
    return (all(t in yc.stock_tags for _, t in tagged) and tagged[0][0] not in yc.doings
            and tagged[-1][1].startswith(("n", "j"))  # the head is a noun, not a verbal noun (建设)
            # a verbal noun opening a longer phrase is a doing with its object (办理人大代表建议), one
            # before a single noun names a kind of it (经营主体, 发电装机)
            and (tagged[0][1] != "vn" or len(tagged) == 2))


def _adjust(v, markers: set, base: Optional[int], longer: Optional[Span], status: str, role, dy: DocYears,
            since: Optional[int], level: bool = False):
    """年均/累计/比2020年 widen a one-year outcome to the longer period of its context (for 年均 after
    从2007年的A…到2012年的B or 与2007年相比: 2008–2012); 从A到B pins A and B to the ends of theirs."""
    # an outcome, or a "target" about a year already reviewed (a status cue misread in a review)
    past = status != "target" or (dy.review is not None and isinstance(v, tuple) and v[1] <= dy.review)
    if _single(v) and past:
        if MULTI in markers or CUMULATIVE in markers:
            # a level after 累计 in a one-year context is a total to date (累计建设…175个 in the 2025 part of
            # a chapter headed 2025年… and “十四五”…): that year's; a change (累计下降17.3%) is the longer period's
            if longer is not None and (MULTI in markers or not level):
                v = longer
            elif since is not None and since < v[0]:
                v = (since + 1, v[1])
            elif MULTI in markers:
                return None  # several years, none named
        elif base is not None and base < v[0] - 1:  # 比2002年增长65.5% in a report on 2007
            v = (base + 1, v[1])
    elif _single(v) and not markers and base is not None and base < v[0] - 1:
        v = (base + 1, v[1])  # 到1992年…将比1980年增长1.7倍: a target's change since a base year, as an outcome's
    elif _single(v) and MULTI in markers:
        # 到2030年，…年均增长5% under a 十五五 heading; 年均增长8.5% under 今后五年工作思路和2017年工作建议
        if longer is not None and longer[0] <= v[0] <= longer[1]:
            return longer
        if dy.plan is not None and dy.plan < v[0]:  # 到2030年，…年均增长: from the plan year on
            return dy.plan, v[1]
        return None
    if role is None or v is None:
        return v
    if role[0] == "to":
        return v[1], v[1]
    if since is not None:  # 由2002年7703元增加到2007年13786元，农村…由2476元增加到4140元: 2002 too
        return since, since
    if status == "target" and dy.review is not None and v[0] > dy.review:  # a target starts from today's level
        return dy.review, dy.review
    return v[0] - 1, v[0] - 1


def annotate(indicators: list[dict], doc: dict, sections: Iterable[dict], sentences: Iterable[dict],
             normalised: bool = False) -> list[dict]:
    """Copies of the indicator records with metric_key, metric_label, ref_year, ref_start and ref_end."""
    ids = assign_metrics(indicators)
    spans = ref_spans(indicators, doc, list(sections), list(sentences), normalised)
    return [{**ind, "metric_key": k, "metric_label": lbl, "ref_year": y, "ref_start": a, "ref_end": b}
            for ind, (k, lbl), (y, a, b) in zip(indicators, ids, spans)]
