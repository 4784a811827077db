"""The cheap tests some helpers run before a regex call must never skip a change the call would make."""
import regex

from pipeline.extract import _SPACE, _without_space


def test_whitespace_but_space_is_unprintable():
    # _without_space skips _SPACE.sub for a printable phrase without " ": no other character \s matches is printable
    space = regex.compile(r"\s")
    printable = [hex(c) for c in range(0x110000)
                 if chr(c) != " " and chr(c).isprintable() and space.match(chr(c))]
    assert printable == []


def test_without_space():
    for phrase in ["地区生产总值", "地区 生产总值", "地区\u3000生产总值", "生产\n总值", "总值\xa0", ""]:
        assert _without_space(phrase) == _SPACE.sub("", phrase)
