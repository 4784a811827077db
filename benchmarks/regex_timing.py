"""Every regular expression of the pipeline against pathological inputs (10^5 digits, 10^5 万, long
runs of separators, quotes, brackets …): a pattern that backtracks super-linearly shows up here.

The patterns are collected, not listed: every compiled pattern held by a pipeline module, and every
pattern inside what the modules' cached builders return (extract.grammar(), segment.patterns() …),
so a new pattern is timed without touching this file. Each is run with finditer over the whole
input, which bounds what any match/search of the pipeline can cost on it.

Usage: python benchmarks/regex_timing.py [--kb 100] [--top 25]   (tests/test_regex_safety.py
runs the same with a generous limit)."""
from __future__ import annotations

import argparse
import dataclasses
import importlib
import inspect
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

PATTERN_TYPES = (regex.Pattern, re.Pattern)


def _patterns_in(obj, name: str, out: dict, depth: int = 0) -> None:
    if depth > 4:
        return
    if isinstance(obj, PATTERN_TYPES):
        out.setdefault(name, obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            _patterns_in(getattr(obj, f.name), f"{name}.{f.name}", out, depth + 1)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _patterns_in(v, f"{name}[{k!r}]", out, depth + 1)
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            _patterns_in(v, f"{name}[{i}]", out, depth + 1)


def collect() -> dict[str, regex.Pattern]:
    """name → compiled pattern, for every pattern of every module in pipeline/."""
    import pipeline

    out: dict[str, regex.Pattern] = {}
    for info in pkgutil.iter_modules(pipeline.__path__):
        mod = importlib.import_module(f"pipeline.{info.name}")
        for attr, val in sorted(vars(mod).items()):
            if getattr(val, "__module__", None) != mod.__name__ and not isinstance(val, PATTERN_TYPES):
                continue
            if isinstance(val, PATTERN_TYPES):
                _patterns_in(val, f"{info.name}.{attr}", out)
            elif callable(val) and hasattr(val, "cache_info"):  # an lru_cache'd builder
                try:
                    if any(p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                           for p in inspect.signature(val).parameters.values()):
                        continue  # needs arguments: not a builder of the module's patterns
                except (TypeError, ValueError):
                    continue
                _patterns_in(val(), f"{info.name}.{attr}()", out)
    return dict(sorted(out.items()))


def inputs(n: int = 100_000) -> dict[str, str]:
    """Pathological texts of about n characters."""
    def rep(unit: str, tail: str = "") -> str:
        return unit * (n // len(unit)) + tail
    return {
        "digits": rep("1"), "wan": rep("万"), "yi_wan": rep("亿万"), "one_yi": rep("一亿"), "chinese_digits": rep("一二三四五六七八九十"),
        "thousands": "1" + rep(",234", ",2"), "comma_digit": rep(",1"), "decimal_dots": rep("1."), "dots": rep("."),
        "dashes": rep("1-"), "ranges": rep("6%~"), "percent": rep("%"), "baifenzhi": rep("百分之"), "dian": rep("点一"),
        "separators": rep("、"), "commas": rep("，"), "spaces": rep(" "), "ideographic_spaces": rep("\u3000"),
        "newlines": rep("\n"), "digit_lines": rep("1\n"), "full_stops": rep("。"), "quotes": rep("“"), "quote_pairs": rep("“1"),
        "book_titles": rep("《"), "brackets": rep("【"), "parens": rep("(一"), "han": rep("增长"), "years": rep("2022年"),
        "dates": rep("1月1日至"), "table_titles": rep("表1"), "guanyu": rep("关于"), "jiezhi": rep("截至"),
        "minutes": rep("1分钟"), "version": rep("1.0"), "qualifiers": rep("约近超过余多左右以上"), "units": rep("万亿元个百分点"),
        "sentence": rep("前三季度,GDP同比增长0.4%,"), "no_break": rep("新建学校3所"), "junk": rep("下载打印"),
        "colons": rep("来源:"), "dash_runs": rep("—"), "urls": "http://" + rep("a"), "mixed_width": rep("１２３％－"),
    }


def time_all(n: int = 100_000, limit: float | None = None, skip=()) -> list[tuple[float, str, str]]:
    """(seconds, pattern, input) for every pair, slowest first; a pair that hits `limit` gets inf."""
    rows = []
    texts = inputs(n)
    for pname, rx in collect().items():
        for iname, text in texts.items():
            if (pname, iname) in skip:
                continue
            subject = text.encode("utf-8") if isinstance(rx.pattern, bytes) else text
            t0 = time.perf_counter()
            try:
                kw = {"timeout": limit} if limit and isinstance(rx, regex.Pattern) else {}
                for _ in rx.finditer(subject, **kw):
                    pass
                dt = time.perf_counter() - t0
            except TimeoutError:
                dt = float("inf")
            rows.append((dt, pname, iname))
    return sorted(rows, reverse=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=100, help="input size in thousands of characters")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--limit", type=float, default=5.0, help="give up on a pair after this many seconds")
    args = ap.parse_args()
    pats = collect()
    rows = time_all(args.kb * 1000, args.limit)
    print(f"{len(pats)} patterns × {len(inputs(10))} inputs of {args.kb}k characters; slowest first")
    for dt, p, i in rows[:args.top]:
        shown = "TIMEOUT" if dt == float("inf") else f"{dt * 1000:8.1f} ms"
        print(f"{shown:>11}  {p:<48} {i}")
    worst = {}
    for dt, p, _ in rows:
        worst[p] = max(worst.get(p, 0.0), dt)
    print(f"median of per-pattern worst: {sorted(worst.values())[len(worst) // 2] * 1000:.2f} ms")


if __name__ == "__main__":
    main()
