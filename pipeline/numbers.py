"""Numerals: parse Arabic (with thousands separators) and Chinese numerals (五十四, 一千三百六十一,
百分之三十六点九, 四点二) into floats. Tables of digits and scales live in data/numerals.json."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import lexicon


MAX_CHARS = 24  # 九千九百九十九万九千九百九十九亿… is long; a longer run of numerals is no number


@lru_cache(maxsize=None)
def _tables():
    n = lexicon().numerals
    return n["digits"], n["scales"], n["groups"], n["point"], n["percent_prefix"]


def chinese_chars() -> str:
    digits, scales, groups, point, _ = _tables()
    return "".join(digits) + "".join(scales) + "".join(groups)


def scaled(value: float, mult: float) -> float:
    """value × its unit's multiplier as the decimal it stands for: 4.1亿 is 410000000, where the float product
    is 409999999.99999994 (15 significant digits hold any figure a report writes)."""
    x = value * mult
    if isinstance(x, float) and x.is_integer() and -1e15 < x < 1e15:
        return x  # (a whole number of 15 digits or fewer prints and reads back as itself: most figures)
    return float(f"{x:.15g}")


def parse_arabic(s: str) -> float:
    return float(s.replace(",", "").replace(" ", ""))  # (1 6 5 5: a copy's spaced-out digits)


def parse_chinese(s: str) -> float | None:
    """Value of a Chinese numeral, or None when the characters do not form a well-made number
    (十四五 is a slogan, not 145)."""
    digits, scales, groups, point, pct = _tables()
    if s.startswith(pct):
        s = s[len(pct):]
    if not s or len(s) > MAX_CHARS:
        return None
    frac = ""
    if point in s:
        s, frac = s.split(point, 1)
        if not frac or any(c not in digits for c in frac):
            return None
    total, section, number, last = 0, 0, None, None
    for ch in s:
        if ch in digits:
            # two bare digits in a row (三五, 十四五) only make sense with 零 between groups
            if number is not None and last in digits and ch not in "零〇" and last not in "零〇":
                return None
            number = digits[ch]
        elif ch in scales:
            if last in scales and last is not None:
                return None
            section += (number if number is not None else 1) * scales[ch]
            number = None
        elif ch in groups:
            if last is None or last in groups and groups[ch] <= groups.get(last, 0):
                return None
            if groups[ch] > 10000:
                total = (total + section + (number or 0)) * groups[ch]
            else:
                total += (section + (number or 0)) * groups[ch]
            section, number = 0, None
        else:
            return None
        last = ch
    value = total + section + (number or 0)
    if frac:
        value = float(f"{int(value)}.{''.join(str(digits[c]) for c in frac)}")
    return float(value)


def chinese_with_multiplier(s: str) -> tuple[float | None, str]:
    """一千三百六十一万 → (1361, 万); 一亿三千八百万 → (13800, 万): the trailing 万 multiplies the whole
    number, so a higher group inside it (一亿) counts in 万 too."""
    body, mult = split_group_multiplier(s)
    if mult == "万" and "亿" in body:
        whole = parse_chinese(s)
        return (whole / 10000 if whole is not None else None), mult
    return parse_chinese(body), mult


def split_group_multiplier(s: str) -> tuple[str, str]:
    """一千三百六十一万 → (一千三百六十一, 万): the trailing 万/亿 is the unit's multiplier, as for
    Arabic digits (1361万人 has value 1361, unit 万人)."""
    for mult in ("万亿", "亿", "万"):
        if s.endswith(mult) and len(s) > len(mult) and parse_chinese(s[: -len(mult)]) is not None:
            return s[: -len(mult)], mult
    return s, ""
