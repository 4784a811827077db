"""Loads the lexicons in data/ (units, numerals, qualifiers, periods, status cues, grammar words,
heading patterns, metric aliases). They are plain JSON so that a researcher can add a unit or a
period word without touching the parser; this module only reads them and builds the regexes."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    with open(DATA / f"{name}.json", encoding="utf-8") as f:
        return json.load(f)


def longest_first(words) -> list[str]:
    """The distinct words, longest first; words of one length in code-point order, so that a pattern
    built from a set reads the same in every run (hash order differs from one run to the next)."""
    return sorted(set(words) - {""}, key=lambda w: (-len(w), w))


def alternation(words) -> str:
    """Longest first, so that 个百分点 wins over 个 and 超过 over 超."""
    return "|".join(regex.escape(w) for w in longest_first(words))


class Suffixes:
    """The longest of a list of words that ends a phrase: what `(?:w1|w2|…)$` finds with search(),
    looked up by length instead of tried at every position of the phrase."""

    def __init__(self, words):
        self.words = frozenset(w for w in words if w)
        # by last character: most phrases end in one no word ends in, and are done at once
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            lengths.setdefault(w[-1], set()).add(len(w))
        self.lengths = {c: sorted(ks, reverse=True) for c, ks in lengths.items()}

    def find(self, phrase: str) -> tuple[int, str] | None:
        """(start, word) of the word that ends phrase. Like `$`, a final newline may follow it."""
        body = phrase[:-1] if phrase.endswith("\n") else phrase
        n = len(body)
        for k in self.lengths.get(body[-1:], ()):
            if k <= n and body[n - k:] in self.words:
                return n - k, body[n - k:]
        return None


@dataclass(frozen=True)
class Lexicon:
    units: dict
    numerals: dict
    qualifiers: dict
    periods: dict
    status: dict
    grammar: dict
    headings: dict


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    return Lexicon(*(load(n) for n in ("units", "numerals", "qualifiers", "periods", "status", "grammar", "headings")))
