"""Words: jieba's cut of a stretch of text into words with their part-of-speech tags (n noun, v verb,
d adverb, p preposition, t time word, c conjunction, m numeral …), each with its offsets in the text.
The extractor bounds a metric phrase by these words and tags instead of by character lists.

The segmenter is rjieba (jieba's dictionary and HMM in Rust): about 0.15 s to load against about a
second for python jieba with its cache, and several times faster per character
(benchmarks/segmenters.py). One instance, made on first use, holds jieba's dictionary plus the
project's own terms (metric aliases, units, heading and period words) as user words, so that
`城镇调查失业率` or `个百分点` is never cut inside."""
from __future__ import annotations

import importlib.machinery
import importlib.util
from functools import lru_cache
from typing import NamedTuple

import regex

from .lexicon import lexicon, load

# the tag a user word gets by where it comes from: a metric or heading term names a thing (n), a
# unit is a measure word (q), a period a time word (t)
_USER_TAGS = {"metric": "n", "unit": "q", "period": "t", "heading": "n", "grammar": None}
_HAN_RUN = regex.compile(r"\p{Han}{2,}")
# what follows a measure's last character when jieba's HMM makes one word of the two (数从, 额超, 量达)
_MEASURE_LINKS = frozenset("达超为从居均降下上近约及由增减")
_MEASURE_ENDS = frozenset("率量额数值")
_MISREAD_TAGS = frozenset(("n", "nr", "nz"))  # jieba's tags on a four-character predicate it reads as one word


class Word(NamedTuple):  # a tuple: thousands are made per report, a frozen dataclass costs 3× more
    text: str
    tag: str
    start: int
    end: int


_new = tuple.__new__  # builds a Word from a ready tuple


def _jieba_class():
    """rjieba's Jieba class. `import rjieba` builds a module-level default instance (its whole
    dictionary, ~0.15 s) that this project never uses, so the compiled module is loaded on its own."""
    spec = importlib.util.find_spec("rjieba")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        ext = importlib.machinery.FileFinder(folder, (importlib.machinery.ExtensionFileLoader,
                                                      importlib.machinery.EXTENSION_SUFFIXES)).find_spec("rjieba")
        if ext is not None:
            try:
                module = importlib.util.module_from_spec(ext)
                ext.loader.exec_module(module)
                return module.Jieba
            except ImportError:
                break
    from rjieba import Jieba  # a layout this loader does not know: the package's own import
    return Jieba


def user_words() -> list[tuple[str, str | None]]:
    """(word, tag) of the project's terms that jieba must keep whole, from the lexicons in data/."""
    lx, m = lexicon(), load("metrics")
    g = lx.grammar.get("words", {})
    out: list[tuple[str, str | None]] = []
    for entry in m["metrics"].values():
        out += [(a.lstrip("="), "n") for a in entry["aliases"]]
    out += [(u, "q") for u in lx.units["units"] if len(u) > 1]
    out += [(w, "n") for w in lx.headings["key_work_header"] + lx.headings["second_headers"]]
    # the literal words inside the period patterns (截至, 去年底, 季度 …)
    out += [(w, "t") for p in lx.periods["patterns"] for w in _HAN_RUN.findall(regex.sub(r"\[[^\]]*\]|\\.", " ", p))]
    for tag, ws in g.get("user", {}).items():
        out += [(w, tag) for w in ws]
    seen, uniq = set(), []
    for w, t in out:
        if w and w not in seen and not w.isascii():
            seen.add(w)
            uniq.append((w, t))
    return uniq


@lru_cache(maxsize=None)
def segmenter():
    jb = _jieba_class()()
    for w, tag in user_words():
        jb.add_word(w, None, tag)
    # words of jieba's dictionary that cut real words apart (占|比达 for 占比|达): made rare
    for w in lexicon().grammar.get("words", {}).get("rare", []):
        jb.add_word(w, 1, None)
    return jb


@lru_cache(maxsize=None)
def _user_tags() -> dict[str, str]:
    # add_word does not change the tag of a word jieba already has (每 stays 'zg'): the tags given in
    # grammar.json words.user win; the lexicons' terms keep jieba's own tag when it has one
    g = lexicon().grammar.get("words", {})
    return {w: tag for tag, ws in g.get("user", {}).items() for w in ws}


@lru_cache(maxsize=4096)
def predicate_idiom(w: str) -> bool:
    """明显增强, 全线贯通: four characters jieba's dictionary reads as one name or noun, made of a word of
    manner (grammar.json manner_words, predicate_manners) and a verb, are a predicate."""
    last = segmenter().tag(w[2:])
    return w[:2] in _manners() and len(last) == 1 and last[0][1] == "v"


@lru_cache(maxsize=None)
def _manners() -> frozenset[str]:
    g = lexicon().grammar["words"]
    return frozenset(g["manner_words"] + g["predicate_manners"])


def words(text: str, lo: int = 0, hi: int | None = None) -> list[Word]:
    """The words of text[lo:hi], tagged, with offsets into text."""
    hi = len(text) if hi is None else hi
    out, pos, own, jb = [], lo, _user_tags(), segmenter()
    append = out.append  # (a sentence's clauses make thousands of words a report: the loop is kept lean)
    for w, tag in jb.tag(text[lo:hi]):
        n = len(w)
        end = pos + n
        if n > 1 and w[0] in _MEASURE_ENDS and (w[0] == "率" or w[1:] in _MEASURE_LINKS) and not jb.has_word(w):
            # 化解率达93.7%, 人数从…: jieba's HMM joins a measure's last character to the word after it (率达, 率超,
            # 数从, 额超: no word of its dictionary); the measure ends there
            append(_new(Word, (w[0], "n", pos, pos + 1)))
            w, tag, pos, n = w[1:], "v", pos + 1, n - 1
        if n == 4 and tag in _MISREAD_TAGS and predicate_idiom(w):
            tag = "v"  # 明显增强 (nr): a predicate jieba reads as a name or a noun
        if tag == "v" and out and out[-1].tag == "nr" and len(out[-1].text) == 1:
            # 余额连跨4个万亿元台阶: one character read as a name before a verb is the verb's adverb
            out[-1] = _new(Word, (out[-1].text, "d", out[-1].start, out[-1].end))
        # tuple.__new__ skips the NamedTuple's Python-level __new__: a sentence makes dozens of words
        append(_new(Word, (w, own.get(w, tag), pos, end)))
        pos = end
    return out


def tag_phrase(phrase: str) -> list[tuple[str, str]]:
    """(word, tag) of a phrase on its own (a metric, for its head word)."""
    if not phrase:
        return []
    own, tagged = _user_tags(), segmenter().tag(phrase)
    for i, (w, t) in enumerate(tagged):  # (jieba's own pairs, replaced only where a tag changes)
        if w in own or len(w) == 4 and t in _MISREAD_TAGS and predicate_idiom(w):
            tagged[i] = (w, own.get(w, "v"))
    return tagged


def is_word(w: str) -> bool:
    """Whether jieba's dictionary (or the project's words) holds w."""
    return bool(w) and segmenter().has_word(w)
