"""normalise's fold replaces each distinct foldable character of a text in one pass instead of
translating every character: it must give what str.translate(table()) gives, chains included
(⼾ → 戶 while 戶 → 户: one step, not two) and characters outside the BMP."""
from __future__ import annotations

import random

import pytest

from conftest import national_text
from pipeline.identity import _lines
from pipeline.normalise import fold, table


@pytest.mark.parametrize("year", [2005, 2022])
def test_fold_is_translate_on_a_report(year):
    text = national_text(year)
    assert fold(text) == text.translate(table())


def test_fold_is_translate_on_every_key_and_its_neighbours():
    m = table()
    chains = [k for k, v in m.items() if ord(v) in m and m[ord(v)] != v]
    assert chains  # (else the chain case below tests nothing)
    keys = [chr(k) for k in m] + ["中", "a", "\n", chr(0x20000), chr(0x1F600)]
    rng = random.Random(7)
    for _ in range(3000):
        pool = rng.sample(keys, 3) + ["文"]
        text = "".join(rng.choice(pool) for _ in range(12))
        assert fold(text) == text.translate(m), text
    for k in chains:
        text = f"{chr(k)}一{m[k]}"
        assert fold(text) == text.translate(m)


@pytest.mark.parametrize("text", ["", "\n", "a\n\n b \n", "  \n\nx", "一\n二\n\n三\n四 ", "\n\n  \n"])
def test_lines_limit_takes_the_first_lines(text):
    def every(text, start, end):  # the whole slice split at once, as _lines once did
        out, pos = [], start
        for line in text[start:end].split("\n"):
            s = len(line) - len(line.lstrip())
            if line.strip():
                out.append((pos + s, pos + len(line.rstrip())))
            pos += len(line) + 1
        return out

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            assert _lines(text, start, end) == every(text, start, end)
            for limit in range(4):
                assert _lines(text, start, end, limit) == every(text, start, end)[:limit]
