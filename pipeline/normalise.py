"""Normalise: a same-length view of the text in which full-width digits and signs, traditional
number words, odd spaces and line endings are folded to one form. Because every character maps
to exactly one character, an offset in the normalised text is the same offset in the source, so
provenance never needs a position map."""
from __future__ import annotations

_TRADITIONAL = "億亿 萬万 個个 項项 點点 兩两 張张 間间 處处 臺台 輛辆 條条 場场 區区 與与 長长 預预 計计 實实 現现 較较 標标 戶户 噸吨 畝亩 餘余 約约 達达 減减 劃划 務务 產产 總总 額额 經经 濟济 發发 業业 資资 增增 幾几 萬万 億亿 貳贰 參参 陸陆 點点 歲岁 門门 學学 醫医 體体 為为 於于 對对 數数 進进 際际 動动 進进 險险 價价 億亿"
_MAP = {ord(p[0]): p[1] for p in _TRADITIONAL.split()}
_MAP.update({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})  # full-width ASCII block → ASCII
_MAP.update({ord(c): " " for c in "\u3000\u00a0\u2002\u2003\u2009\u202f\u200b\u200c\u200d\u2060\ufeff\t"})
_MAP.update({ord(c): "\n" for c in "\r\x0b\x0c\u2028\u2029\x85"})
_MAP.update({ord(c): "-" for c in "－–﹣"})
_MAP.update({ord(c): "~" for c in "～〜"})
_MAP[ord("﹪")] = "%"


def normalise(text: str) -> str:
    # "\r\n" must not read as a blank line between paragraphs: its \r becomes a space.
    out = text.replace("\r\n", " \n").translate(_MAP)
    assert len(out) == len(text)
    return out
