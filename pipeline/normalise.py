"""Normalise: a same-length view of the text in which full-width digits and signs, traditional
characters, odd spaces, invisible format characters and line endings are folded to one form.
Because every character maps to exactly one character, an offset in the normalised text is the
same offset in the source, so provenance never needs a position map."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from .lexicon import load

# Spaces and invisible format characters (zero-width, BOM, direction marks, soft hyphen, variation
# selectors) become a plain space: they may not be deleted, as that would move every later offset.
_SPACES = ("\t\u00a0\u00ad\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
           "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060\u2061\u2062"
           "\u2063\u2064\u3000\ufeff" + "".join(map(chr, range(0xFE00, 0xFE10))))
_NEWLINES = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"  # hyphens, en dash, minus; not — (a dash in prose)
# PDF converters emit Kangxi radicals (⼀ U+2F00 for 一) and compatibility ideographs for ordinary
# characters; NFKC folds them one to one.
_NFKC_RANGES = [(0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]


@lru_cache(maxsize=None)
def table() -> dict[int, str]:
    """The fold, code point → one character. Built once from data/traditional.json."""
    m: dict[int, str] = {}
    for lo, hi in _NFKC_RANGES:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                m[cp] = folded
    trad = load("traditional")
    for pair in (trad["pairs"] + " " + trad.get("own", "")).split():  # OpenCC's, then our own additions
        m[ord(pair[0])] = pair[1]
    m.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})  # full-width ASCII → ASCII
    m.update({ord(c): " " for c in _SPACES})
    m.update({ord(c): "\n" for c in _NEWLINES})
    m.update({ord(c): "-" for c in _DASHES})
    m.update({ord(c): "~" for c in "～〜"})
    m.update({ord(c): "%" for c in "﹪٪"})
    bad = [chr(k) for k, v in m.items() if len(v) != 1]
    if bad:
        raise ValueError(f"normalise: characters that would not map one to one: {bad}")
    return m


@lru_cache(maxsize=None)
def _foldable() -> re.Pattern:
    """A character the fold may change: any of its BMP keys, or any astral character (its astral keys
    are too scattered for a fast class). The stdlib `re` tests a BMP class by bitmap; `regex` does not."""
    cps = sorted(cp for cp in table() if cp < 0x10000)
    runs, i = [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        runs.append(re.escape(chr(cps[i])) + ("-" + re.escape(chr(cps[j])) if j > i else ""))
        i = j + 1
    return re.compile("[" + "".join(runs) + "\U00010000-\U0010ffff]")


def fold(text: str) -> str:
    """text.translate(table()), faster: translate looks up every character, while a report holds only
    a handful of distinct foldable ones (，（）：０-９), each replaced in one pass."""
    m = table()
    todo = {}
    for c in set(_foldable().findall(text)):
        to = m.get(ord(c))
        if to is not None:
            todo[c] = to
    if not todo.keys().isdisjoint(todo.values()):  # a chain (⼾ → 戶, 戶 → 户): one pass, as translate does
        return text.translate(m)
    for c, to in todo.items():
        text = text.replace(c, to)
    return text


# Pinyin that some news sites print after a character (結(jié)束, 財(cái)政) splits every word it
# follows; it becomes spaces like any other non-text.
_RUBY = regex.compile(r"(?<=\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


# Older typesetting writes the decimal point as a middle dot (19·5％, 4·3亿元); between digits before a
# percent sign or a unit it is a point (not in a name: “8·22”事故).
_DOT_DECIMAL = regex.compile(r"(?<=\d)[·•・](?=\d+\s?(?:%|个百分点|倍|万|亿|元|吨|公里|千瓦|人))")


# and a zero as a circle (一九九○年, 二○二一年): beside a Chinese numeral it is 〇
_CIRCLE_ZERO = regex.compile(r"(?<=[一二三四五六七八九〇零])[○◯]|[○◯](?=[一二三四五六七八九〇零])")


# Text saved from a web page as Markdown: a YAML front matter block of the page's metadata (source: URL,
# title: …) opens the file, and **bold** marks wrap the title and date lines. Neither is the report's
# text: both become spaces (the report's own title line then reads as one).
FRONT_MATTER = regex.compile(r"\A[ \ufeff]*---[ ]*\n(?:[A-Za-z_][\w-]*[ ]*:[^\n]*\n|[ ]+[^\n]*\n|[ ]*\n){1,40}?---[ ]*(?=\n|\Z)")


def normalise(text: str) -> str:
    # "\r\n" must not read as a blank line between paragraphs: its \r becomes a space.
    out = fold(text.replace("\r\n", " \n"))
    if "(" in out:
        out = _RUBY.sub(lambda m: " " * len(m.group()), out)
    if "·" in out or "•" in out or "・" in out:
        out = _DOT_DECIMAL.sub(".", out)
    if "○" in out or "◯" in out:
        out = _CIRCLE_ZERO.sub("〇", out)
    if out.lstrip(" \ufeff").startswith("---"):
        out = FRONT_MATTER.sub(lambda m: regex.sub(r"[^\n]", " ", m.group()), out, count=1)
    out = out.replace("**", "  ")
    assert len(out) == len(text)
    return out
