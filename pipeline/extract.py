"""Extract: every quantity that measures something, sentence by sentence, with its metric, unit,
kind, direction, period, qualifier and status. The words that decide each attribute are in
data/*.json; this module composes them into patterns and applies the rules of
../shared/gold/ANNOTATION.md (years, dates, ordinals, slogans and codes are not indicators)."""
from __future__ import annotations

import bisect
import itertools
import operator
import os
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Callable

import regex

from .compiled import Compiler
from .identity import digit_years
from .lexicon import Suffixes, alternation, lexicon, load, longest_first
from .metrics import lookup, needed_scan, starts_of, year_cues
from .numbers import chinese_chars, chinese_with_multiplier, parse_arabic, parse_chinese, scaled
from .segment import Structure
from .words import Word, is_word, predicate_idiom, tag_phrase, words

@lru_cache(maxsize=None)
def _tagged(phrase: str) -> tuple:
    """jieba's (word, tag) of a phrase on its own; the same phrase is asked about by several rules."""
    return tuple(tag_phrase(phrase))


@lru_cache(maxsize=None)
def _finder(words: tuple | frozenset):
    """Whether a phrase holds any of these words, as one call into the regex engine: several rules test
    every figure's phrase against a word list, and a loop tests the words one by one. (The stdlib `re`:
    for plain words it finds what `regex` does, and a call costs it half as much.)"""
    return re.compile(alternation(words)).search


ARABIC = r"(?<!\d)(?<!\d,)\d++(?:,\d{3})++(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"  # possessive: `regex` backtracks a repeated group in time quadratic in its count (1,234,234…,2)
# a copy that puts a space after every character (1 6 5 5 亿美元, 8 .8 %): only in such a text (_SPACED_TEXT)
SPACED_ARABIC = r"(?<![\d.])\d(?:[ ]\d)+(?:[ ]?\.[ ]?\d(?:[ ]\d)*)?(?![\d.])|(?<![\d.])\d[ ]?\.[ ]?\d(?:[ ]\d)*(?![\d.])"
_SPACED_TEXT = regex.compile(r"(?<![\d.])\d \d \d(?![\d.])|(?<![\d.])\d \.\d")
_LIST_BREAKS = ",，;；:：、()（）。！？!?"  # clause breaks, as characters
_RATE_ENDS = ("率",)  # (not 比重: 72个县工业增加值占全省比重, a measure that began before it)
_QUOTES = regex.compile("[“”‘’\"']")
# (the stdlib re for these plain classes: the same matches, at about half the cost of a call)
_CLAUSE_BREAK = re.compile(f"[{re.escape(_LIST_BREAKS)}]|——")
_KIND_NOTE = regex.compile(r"\([市区县旗乡镇村地州盟社居](?:、[市区县旗乡镇村地州盟社居]){0,3}\)")  # (市、区), (地), (镇)
_YEAR = r"(?:(?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{2})年"  # (一九九〇年 in older reports)
_TRAILING_YEAR = regex.compile(rf"{_YEAR}(?:底|末|初)?$")
_LEADING_YEAR = regex.compile(rf"^到?{_YEAR}(?:底|末|初|前|以前)?(?=\p{{Han}})")  # 2002年末消费贷款余额, (力争)到2026年地区生产总值
_NOTE = regex.compile(r"(?<=\p{Han})\((?![\d.+\-])[^()%,，;；:：。\d]{0,10}(?:\d(?:\.\d)?)?\)(?=[\p{Han}\d])")
_LIST_WORDS = ("、", "和", "与", "及")  # between members of a list: 二氧化硫、氮氧化物, 提高2和3.3个百分点
_HAN_WORD = regex.compile(r"\p{Han}+")
_LIST_SEP = regex.compile(f"[{''.join(_LIST_WORDS)}]")
_JOINERS = _LIST_WORDS + (",",)  # between numbers of one run (normalised text: ， is ,)
_DESIGNATION_FRAME = regex.compile(r"^(?:\d{4}年(?:度)?)?(?:[省市区县]级?)?|(?:称号|名单|榜单?)$")
_STATUS_BREAK = re.compile(r"[;；。\n]")
_SPACE = regex.compile(r"\s+")
_DIGITS = regex.compile(r"\d")
_GOAL = regex.compile(r"(?<=\p{Han}{2})(?<!预期)的?(?:预期)?目标$")  # (not 预期目标 alone)
_TASK = regex.compile(r"(?<=\p{Han}{2}|\p{Han}”)(?:计划|年度|目标)?任务$")
_TALLIES = ("累计", "共计", "合计", "总计")
_LIST_TALLY = regex.compile(r"(?:共计|合计|总计|共|超过|超|各)$")
_WINDOW = 60  # characters either side of a number that can hold its metric
_FOOTNOTE = regex.compile(r"\[\d{1,2}\]")  # “工作母机”[8]: a note's number is no part of a name


def _without_space(phrase: str) -> str:
    """_SPACE.sub("", phrase), the test first: every whitespace character but " " is unprintable
    (tests/test_fast_paths.py), and most phrases hold none."""
    return phrase if " " not in phrase and phrase.isprintable() else _SPACE.sub("", phrase)


def _without_footnotes(phrase: str) -> str:
    return _FOOTNOTE.sub("", phrase) if "[" in phrase else phrase  # (the test first: most phrases have no note)
_BOOK_TITLE = regex.compile(r"《[^《》]*》")


# eq=False: a grammar is equal to and hashed as itself (there is one), so that the pure functions of a phrase
# and the grammar below can be cached: a report asks about the same phrase for several figures and rules
@dataclass(frozen=True, eq=False)
class Grammar:
    number: regex.Pattern
    spaced_source: str  # the number pattern for a text whose digits are spaced out (1 6 5 5 亿美元, 8 .8 %)
    periods: tuple  # one pattern per period form, in priority order
    qual_before: regex.Pattern
    qual_before_needs: object  # (metrics.needed_scan: a span holding none of its characters holds no match)
    qual_after: regex.Pattern
    qual_after_starts: frozenset  # (the characters a match of qual_after can start with: see metrics.starts_of)
    multipliers: dict
    unit_base: dict
    counters: frozenset
    counter_starts: str  # the first characters of counters: 五 before one opens a count, not a tenth
    no_chinese: frozenset
    change_up: regex.Pattern
    change_up_ends: frozenset  # (the characters a match of change_up can end on: see _end_chars)
    change_start: regex.Pattern
    change_start_starts: frozenset
    change_down: regex.Pattern
    change_down_ends: frozenset
    rate_up: regex.Pattern
    rate_down: regex.Pattern
    comparison: regex.Pattern
    comparison_needs: object
    compare_up: regex.Pattern
    gap_up: regex.Pattern
    gap_base: regex.Pattern
    gap_base_needs: object
    gap_down: regex.Pattern
    compare_down: regex.Pattern
    trailing: Suffixes
    not_subject_end: frozenset  # words that end no noun phrase (全区, 基本, 通过: strip lists)
    leading: regex.Pattern
    leading_starts: frozenset
    right_cut: regex.Pattern
    clause_verb_end: regex.Pattern
    clause_verb_ends: frozenset
    expected: regex.Pattern
    list_status: regex.Pattern
    list_status_needs: object
    status_cue: regex.Pattern
    status_cue_needs: object
    any_status: regex.Pattern
    any_status_needs: object  # (metrics.needed_scan: a clause holding none of its characters holds no cue)
    obtaining_cues: frozenset  # target cues that are verbs of obtaining in a review (争取)
    review_opening: regex.Pattern  # 过去一年，… opens a paragraph of outcomes, even in a plan chapter
    plan_opening: regex.Pattern  # 今年，… ends it
    opening_chars: frozenset  # the first characters of those words: most sentences open with none
    hold_verbs: regex.Pattern
    hold_verb_ends: frozenset
    target_headings: regex.Pattern
    actual_headings: regex.Pattern
    review_chapter_words: tuple
    inherit_starts: tuple
    shielded: regex.Pattern
    glossary_term: regex.Pattern
    from_marker: regex.Pattern
    from_marker_needs: object  # (metrics.needed_scan: a phrase holding none of its characters holds no match)
    ratio_base: regex.Pattern
    ratio_base_needs: object
    ratio_copula: regex.Pattern
    respectively: str
    change_header: regex.Pattern
    generic_nouns: frozenset
    designation_verbs: tuple  # and award verbs: 9个县获评“四好农村路”全国示范县 names a kind of county
    list_objects: tuple
    restricted_generics: frozenset  # 67个项目纳入国家用地单列: generic things a predicate says which of
    designation: regex.Pattern
    ranking: regex.Pattern  # 进入中国企业500强: a designation by a ranking's name
    ranked: regex.Pattern  # the same predicate after named things (民营企业进入全国500强)
    coordinated: dict
    each_words: tuple
    modifiers: frozenset
    vague_before: str
    list_scope: regex.Pattern
    not_measured_after_de: tuple
    frames_after_de: tuple
    investment_of: tuple
    counted_measures: tuple  # metric aliases and grammar.json counted_measures, longest first
    plan_nouns: tuple
    right_stop: regex.Pattern
    person_units: frozenset
    time_units: frozenset
    measure_aliases: tuple
    share_of_plan: regex.Pattern
    count_head: regex.Pattern
    right_cut_words: frozenset
    grade_range: regex.Pattern
    condition_frame: regex.Pattern
    condition_frame_needs: object
    bare_heads: frozenset
    clause_verb_start: regex.Pattern
    not_before: tuple
    qual_not_after: dict
    percent_prefix: str
    comparison_before: tuple
    not_before_chinese: tuple
    not_before_chinese_max: str
    noun_tags: frozenset
    counted_places: frozenset  # 17个县的藏药材资源普查: places whose work after 的 is what is counted
    start_stop_tags: frozenset
    end_stop_tags: frozenset
    verb_tags: frozenset
    adverb_tags: frozenset
    predicate_opening_tags: frozenset  # after a count's noun and before a verb: where its predicate opens
    manner_tags: frozenset
    lead_adverbials: frozenset  # 重点新增…: how or when a doing was done, opening a metric
    rank_states: tuple
    link_tags: frozenset
    start_keep: frozenset
    relation_words: tuple
    numeral_chars: str
    negations: frozenset
    from_words: frozenset
    anaphoric: frozenset
    needs_predicate: frozenset
    rate_after_de: tuple
    rate_start: regex.Pattern
    measure_verbs: frozenset
    compare_words: frozenset
    condition_locatives: frozenset
    threshold_nouns: tuple
    reach_verbs: frozenset
    agent_tags: frozenset
    aim_verbs: frozenset
    streak_words: tuple
    quoted_name: regex.Pattern
    place_nouns: frozenset
    owner_ends: tuple
    toward_words: str
    thing_places: tuple
    place_tags: frozenset
    times_units: frozenset
    light_verbs: frozenset
    done_measures: frozenset
    done_measure_ends: tuple  # the same, for str.endswith: a phrase ending in none has no done measure
    allotted_money: tuple
    object_markers: tuple
    tally_verbs: frozenset
    attribute_nouns: tuple
    measure_code: regex.Pattern  # a measure's code after a thing's name: 市州|PM10
    state_changes: frozenset
    project_stages: frozenset
    clause_verbs_set: frozenset  # grammar.json clause_verbs, as words
    user_nouns: frozenset  # grammar.json words.user n: nouns jieba must keep whole (建成区)
    stage_in: Callable  # whether a phrase holds a project's or a deal's stage (one regex call)
    deal_verbs: frozenset  # 签约: the stage of a deal, which with a project's stages follows a place that says where
    spec_nouns: tuple
    owner_nouns: frozenset
    benefit_verbs: tuple
    for_whom: frozenset
    whole_reached_verbs: tuple
    provide_verbs: frozenset
    item_units: frozenset
    work_units: frozenset  # 项, 件: a count of works (22项重点工作), not of the things worked on
    handling_rates: frozenset
    share_of_verbs: tuple
    share_nouns: tuple
    paired_attributes: tuple
    manner_words: frozenset
    scope_words: frozenset
    wholes: frozenset  # scope_words and world_words: 全球10%的笔记本电脑
    whole_totals: tuple  # 全省总数: what a whole's total is called
    outcome_words: frozenset
    steer_verbs: tuple  # 推动, 加快: opening the words before a number, no part of what is measured
    restricting_verbs: tuple
    allotting_verbs: frozenset
    purpose_verbs: tuple
    fund_nouns: frozenset
    money_ends: tuple
    doing_tails: tuple
    work_tails: tuple
    treatments: frozenset  # 治理, 整治: the area such work covered is its own measure, not the stock's
    kept_treatments: frozenset  # 治理违法建设: a treatment that stays before what it is done to
    owned_measures: frozenset
    listed_names: regex.Pattern
    predicate_auxiliaries: frozenset
    output_units: frozenset  # 吨, 千瓦时: units a product's output is counted in
    output_noun: str  # 产量: the measure a product's name stands for in a list of outputs
    measure_suffixes: tuple  # 量, 额, 率 …: a name ending in one names its own measure
    member_measures: tuple  # those and 标准, 比重, 比例: a measure the members of a list share
    frame_verbs: frozenset
    kept_words: frozenset  # the project's own nouns for jieba (grammar.json words.user n): never cut into
    count_predicates: frozenset  # 出台, 开通: a verb ending the noun after a count is its predicate
    award_of_unnamed: regex.Pattern
    prize: regex.Pattern
    digit_counts: dict  # unit → what follows it in a count of digits (两位数)
    unit_measures: dict  # 标箱 → (吞吐量, the things it is said of: 集装箱)
    share_tail: regex.Pattern  # 占全市比重: a share of a whole, ending a noun
    built_units: frozenset  # 公里: a length of things built, measured as a count of them is
    currencies: frozenset  # 元, 美元: units of money
    stock_measures: tuple  # 里程: 新增铁路营运里程 is a change of the stock, its 新增 stays
    threshold_words: tuple
    measure_ends: str
    activity_verbs: frozenset
    causatives: frozenset
    change_manners: frozenset
    scale_de: tuple  # 规模的, 总规模的: a word of scale and 的
    amount_de: regex.Pattern  # what closes a bound on each of the things counted: (以上)(规模)的
    thing_openers: tuple
    things_counted: frozenset
    list_measures: tuple  # 生产能力: a measure opening a list of products after a colon
    solving_verbs: tuple  # 解决: a count of people after it is of those a problem was solved for
    reach_units: frozenset  # grammar.json reach_units: 500米覆盖率
    batch_units: frozenset  # grammar.json batch_measures
    made_heads: tuple  # 农贸市场提升改造工程: doings inside a made thing's name
    progressives: frozenset  # 正在: a time adverb jieba tags as a time word, opening a predicate
    self_doings: frozenset  # 减贫, 就业: doings that name what they count
    clause_owners: tuple  # owner_nouns and industry_ends: what, opening the clause before, owns a bare measure
    fund_setting_verbs: tuple  # 设立: money that set up a fund is the fund
    joined_doing: regex.Pattern  # 参与健身活动: what people a doing brought joined
    share_of_place: regex.Pattern  # 利用外资占全市: a share of a place's whole (scope_words), the amount's own
    compound_heads: tuple  # 市民健身驿站: a verb inside a name that ends in one of these cuts nothing
    name_heads: tuple  # 重点帮扶县: nor does one before a verb and an object that ends so
    classifier_heads: dict  # 所 → (学校, 校, …): what a counter of its own counts
    thing_measures: tuple  # 承载力, 收入, 比例 …: a measure of the things counted, ending the words after a count
    work_leads: tuple  # light_verbs and work_doings: 完成, 实施 before a count
    count_doings: frozenset
    doing_leads: frozenset  # 全年, 累计, 力争: when or how a doing alone before a count is done
    abstract_heads: tuple  # 计划, 格局: what a clause names that no count counts
    run_units: frozenset  # 列: runs made
    manner_leads: tuple  # 认真, 常态化: how a doing before a count is done
    predicate_verbs: frozenset  # 打通, 延伸, 赴: a verb after the things counted that opens their predicate
    heads_past_verb: dict  # 个 → (项目, 园区, …) and classifier_heads: where a name read past a verb ends
    work_leads_dropped: frozenset  # 实施, 提升, 各类: doings opening a phrase, before the things, that come off
    doings_named: frozenset  # count_doings, count_predicates, work_doings and new_doings_counted: the doings the lexicons name
    doings_off_short: frozenset  # work_leads_dropped, count_doings and new_doings_counted: they stay off a short noun too
    pivot_leads: frozenset
    framed_nouns: tuple
    work_doings: frozenset  # 完成, 实施, 创建: a doing before a piece of work or things made, the work measured
    new_doings_counted: frozenset
    list_attributes: tuple
    measure_nouns: tuple  # attribute_nouns and list_attributes, longest first
    new_doings: frozenset
    example_closers: frozenset
    examples_of_kind: regex.Pattern  # 等类型的, 等领域的: examples listed, their kind, then 的
    generic_kinds: frozenset
    frame_words: tuple

    @cached_property
    def number_spaced(self) -> regex.Pattern:
        """Compiled when a text with spaced digits is met: few are, and it takes a tenth of start-up."""
        return regex.compile(self.spaced_source, regex.VERBOSE)


def _not_followed(spec) -> str:
    """A look-ahead that refuses a unit when a noun starts there (14亿人口, 三个方面)."""
    if isinstance(spec, str):
        return f"(?![{regex.escape(spec)}])"
    return f"(?!{alternation(spec)})"


_LEADING_YEAR_STARTS = starts_of(_LEADING_YEAR.pattern)  # (a phrase opening with none of them is no match)


def _end_chars(words, *optional_tail: str) -> frozenset:
    """The characters a match of `(?:words)(?:tail)?$` can end a phrase on: a word's last, the optional
    tail's, and a final newline ($ may stand before one). A phrase ending in none of them is no match,
    told without a call into the regex engine (per figure, several such patterns test its phrase)."""
    return frozenset(w[-1] for w in words if w) | set(optional_tail) | {"\n"}


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    rc = Compiler("grammar")
    lx = lexicon()
    u, q, g, st = lx.units, lx.qualifiers, lx.grammar, lx.status
    cn = regex.escape(chinese_chars())
    # (九百一十二万千瓦: the 千 of 千瓦, 千米, 千克 is the unit's)
    numeral = rf"(?:(?!千[瓦米克])[{cn}])+(?:点[零〇一二三四五六七八九]+)?"
    # a Chinese numeral is a figure only with a unit or as a percentage: one not followed by what could
    # begin a unit, a multiplier, a qualifier or a range (一是, 进一步) fails at once, where trying every
    # unit after it made most of the scan's time
    can_follow = {w[0] for w in list(u["units"]) + list(u["multipliers"]) + list(q["inner"])} | set("-~至到—")
    # (possessive, and never from inside a run: a long run of numerals must not be tried at every length)
    chinese = (rf"(?:百分之{numeral}|(?<![{cn}])(?:(?!千[瓦米克])[{cn}])++(?:点[零〇一二三四五六七八九]++)?"
               rf"(?=[\s{regex.escape(''.join(sorted(can_follow)))}]))")
    mult = alternation(u["multipliers"])
    nfb = u.get("not_followed_by", {})
    units = "|".join(
        regex.escape(w) + (_not_followed(nfb[w]) if w in nfb else "")
        for w in longest_first(u["units"]))
    inner = alternation(q["inner"])
    range_reach = max(map(len, u["multipliers"])) + max(map(len, u["units"]))
    number_for = lambda arabic: (
        rf"""
        (?P<num>{arabic}|{chinese})
        (?:\s{{1,3}}(?=(?:{mult}|{units})))?    # 74.4\n\u200b\n万亿元: a web page's broken line
        (?:                                   # a range: 6%-6.5%, 3-5个, 6.5%~7%
            (?=[^\n]{{0,{range_reach}}}?[-~至到—])  # (its separator is near: else no unit is tried twice)
            (?P<mult1>{mult})?(?P<unit1>{units})?
            (?P<sep>-|~|至|到|—(?!—))          # (3—4%: an em dash in older typesetting)
            (?P<num2>{arabic}|(?:百分之)?{numeral})  # (a figure by the first: 百分之八至九)
        )?
        (?P<qin>{inner})?
        (?P<mult>{mult})?
        (?P<qin2>{inner})?
        (?P<mult2>亿)?                        # 3万多亿元: the 多 sits inside 万亿
        (?P<unit>{units})?
        """)
    number = rc(number_for(ARABIC), regex.VERBOSE)
    words = lambda key: alternation(g[key])
    rate_moves = rf"(?:{alternation(g['change_up'] + g['change_down'])})(?:{words('to_level')})"
    # the metric lexicon's names of measures (地区生产总值, 财政收入), longest first
    aliases = tuple(longest_first(a.lstrip("=") for e in load("metrics")["metrics"].values() for a in e["aliases"]
                                  if len(a.lstrip("=")) >= 3))
    # (16家企业被认定为…, 15家企业进入…: the generic things counted, before the verb)
    kinds = alternation(g["designation"]["generic_nouns"])
    generic = rf"\s{{0,2}}(?:(?:{kinds})(?:[和与及、](?:{kinds}))*)?"
    # (参与全国碳市场交易: 与 ending a word compares nothing; 断面达到或优于Ⅲ类水标准的比例: after 或, a word of
    # comparison is part of a threshold that says what is measured)
    comparison = rc(r"(?:较|比|(?<![参给赋授])与)(?:上年|去年|上月|上届|上期|前|年初|同期|\d|[一二三四]季度|上半年|全国|全市|全省|“?(?:十[一二三四五六七八九]?|[六七八九])五”?)|同比|环比|"
                    # (取得国内领先水平以上科技成果: a leading level is a kind of result, no comparison)
                    + "(?<!或)(?:" + alternation(g["compare_up"] + g["compare_down"]) + ")(?!水平|地位|优势)")
    # 小微企业贷款增速比各项贷款平均增速高4.2个百分点: any base between 比 and a gap word, right before the number
    # (比重, 比例, 占比, 比较 hold 比 without comparing)
    gap_base = rc(rf"(?:(?<![占对])比(?![重例率较])|(?<!比)较)[^,，;；:：。\d比较]{{1,16}}?(?:分别)?(?:{words('compare_gap_up')}|{words('compare_gap_down')})\s*$")
    # (searched from the end: the cue nearest the number wins)
    any_status = (rf"(?P<expected>{alternation(st['expected_cues'])})|(?P<target>{alternation(st['target_cues'])})"
                  rf"|(?P<actual>{alternation(st['actual_cues'])})")
    # patterns that come with a cheap test read from the same source (metrics.needed_scan, starts_of)
    qual_before_src = rf"(?:{alternation(q['before'])})(?=[ \u3000]?$)"  # (帮助近 130万: a stray space)
    qual_after_src = rf"(?:{alternation(q['after'])})"
    change_start_src = rf"(?:{alternation(g['change_up'] + g['change_down'])})"
    leading_src = rf"^(?:{words('leading_strip')}|{g['ordinal_lead']}|{g['streak_lead']}|{g['rank_lead']})"
    status_cue_src = alternation(st["expected_cues"] + st["target_cues"])
    list_status_src = rf"(?:{status_cue_src})\s*(?:[:：]|——)"
    ratio_base_src = rf"{g['ratio_base']}$"
    # (口罩日产量由疫情之初的15万只: 由 and when, up to 的, before A of 由A…B)
    from_marker_src = rf"(?!{words('from_marker_words')})(?:{words('from_markers')})(?:[^从由]{{0,4}}|[^从由,，;；]{{0,8}}的)$"
    return rc.saved(Grammar(
        number=number,
        spaced_source=number_for(SPACED_ARABIC + "|" + ARABIC),
        periods=tuple(rc(p) for p in lx.periods["patterns"]),
        qual_before=rc(qual_before_src),
        qual_before_needs=needed_scan(qual_before_src),
        qual_after=rc(qual_after_src),
        qual_after_starts=starts_of(qual_after_src),
        multipliers=u["multipliers"],
        unit_base=u["base"],
        counters=frozenset(u["counters"]),
        counter_starts="".join(sorted({c[0] for c in u["counters"]})),
        no_chinese=frozenset(u["no_chinese_numeral_units"]),
        change_start=rc(change_start_src),
        change_start_starts=starts_of(change_start_src),
        change_up=rc(rf"(?:{words('change_up')})(?:了)?$"),
        change_up_ends=_end_chars(g["change_up"], "了"),
        change_down=rc(rf"(?:{words('change_down')})(?:了)?$"),
        change_down_ends=_end_chars(g["change_down"], "了"),
        # 涨幅回落到2.6%: a verb moving the rate to a level states the rate itself (the rise is 2.6%)
        rate_up=rc(rf"(?:{words('rate_nouns_up')})(?:{words('rate_suffix')}|{rate_moves})?$"),
        rate_down=rc(rf"(?:{words('rate_nouns_down')})(?:{words('rate_suffix')}|{rate_moves})?$"),
        comparison=comparison,
        comparison_needs=needed_scan(comparison.pattern),
        compare_up=rc(words("compare_up")),
        gap_up=rc(rf"(?:{words('compare_gap_up')})$"),
        gap_base=gap_base,
        gap_base_needs=needed_scan(gap_base.pattern),
        gap_down=rc(rf"(?:{words('compare_gap_down')})$"),
        compare_down=rc(words("compare_down")),
        trailing=Suffixes(g['trailing_strip'] + g['change_up'] + g['change_down']),
        leading=rc(leading_src),
        leading_starts=starts_of(leading_src),
        not_subject_end=frozenset(g["leading_strip"] + g["right_cut"]),
        right_cut=rc(words("right_cut")),
        clause_verb_end=rc(rf"(?:{words('clause_verbs')})$"),
        clause_verb_ends=_end_chars(g["clause_verbs"]),
        expected=rc(alternation(st["expected_cues"])),
        any_status=rc(rf"(?r){any_status}"),
        any_status_needs=needed_scan(any_status),
        obtaining_cues=frozenset(st["obtaining_cues"]),
        status_cue=rc(status_cue_src),
        status_cue_needs=needed_scan(status_cue_src),
        review_opening=rc(rf"(?:{alternation(st['review_openings'])})[^,，;；。]{{0,8}}[,，]"),
        plan_opening=rc(alternation(st["plan_openings"])),
        opening_chars=frozenset(w[0] for w in st["review_openings"] + st["plan_openings"]),
        list_status=rc(list_status_src),
        list_status_needs=needed_scan(list_status_src),
        hold_verbs=rc(rf"(?:{words('hold_verbs')})$"),
        hold_verb_ends=_end_chars(g["hold_verbs"]),
        target_headings=rc(alternation(st["target_headings"])),
        actual_headings=rc(alternation(st["actual_headings"])),
        review_chapter_words=tuple(st["review_chapter_words"]),
        inherit_starts=tuple(lx.periods["inherit_starts"]),
        not_before=tuple(g["not_before"]),
        qual_not_after=q.get("not_after", {}),
        percent_prefix=lx.numerals["percent_prefix"],
        comparison_before=tuple(lx.periods["comparison_before"]),
        not_before_chinese=tuple(g["not_before_chinese"]),
        not_before_chinese_max=max(g["not_before_chinese"], key=len),
        # quoted slogans (“3320”, “15分钟社区生活圈”) and book titles (《…(2021-2023)》)
        shielded=rc(r"“[^“”]{1,24}”|\"[^\"\n]{1,24}\"|‘[^‘’]{1,24}’|《[^《》]{1,120}》|"
                               + alternation(g["fixed_phrases"]) + "|" + "|".join(g["name_patterns"] + g["rhetorical_patterns"])),
        # a pattern of its own: anchored at line starts, it would slow the alternation above at every position
        glossary_term=rc(g["glossary_term"], regex.MULTILINE),
        ratio_base=rc(ratio_base_src),
        ratio_base_needs=needed_scan(ratio_base_src),
        ratio_copula=rc(words("ratio_copula")),
        respectively=g["respectively"]["word"],
        change_header=rc(lx.headings["change_header_pattern"]),
        generic_nouns=frozenset(g["designation"]["generic_nouns"]),
        designation_verbs=tuple(g["designation"]["verbs"] + g["designation"]["awards"]),
        list_objects=tuple(g["designation"]["list_objects"]),
        restricted_generics=frozenset(g["designation"]["restricted_generics"]),
        digit_counts={u: tuple(after) for u, after in g["digit_counts"].items() if not u.startswith("_")},
        # 6人获评先进个人: a count that names nothing is of the title its members won
        award_of_unnamed=rc(rf"\s{{0,2}}(?:{alternation(g['designation']['awards'])})(?P<x>[^,，;；。、()（）]{{2,20}}?)(?:称号)?(?=[,，;；。]|$)"),
        # (the winners, a list of them with their own counts, then the prize that ends the clause)
        prize=rc(rf"[^,，;；。()（）“”]{{0,16}}?(?:{alternation(g['designation']['prize_verbs'])})"
                            rf"(?P<x>[^,，;；。、()（）]{{2,24}}?(?:{alternation(g['designation']['prize_heads'])})”?)(?=[,，;；。]|$)"),
        designation=rc(
            rf"{generic}(?:被[^,，;；。]{{0,24}}?)?(?:{alternation(g['designation']['verbs'])})"
            r"(?P<x>[^,，;；。、()（）]{2,40})"),
        ranking=rc(
            rf"{generic}(?:{alternation(g['designation']['ranking_verbs'])})"
            rf"(?P<x>[^,，;；。、()（）]{{0,30}}?(?:{g['designation']['ranking']})[”’\"]?)(?=[,，;；。]|$)"),
        ranked=rc(rf"(?:{alternation(g['designation']['ranking_verbs'])})[^,，;；。、()（）]{{0,30}}?"
                  rf"(?:{g['designation']['ranking']})[”’\"]?"),
        coordinated=g["respectively"]["expand"],
        each_words=tuple(g["respectively"]["each"]),
        modifiers=frozenset(g["respectively"]["modifiers"]),
        vague_before=g["vague_before"],
        not_measured_after_de=tuple(g["not_measured_after_de"]),
        frames_after_de=tuple(g["frames_after_de"]),
        investment_of=tuple(g["investment_of"]),
        counted_measures=tuple(longest_first([*aliases, *g["counted_measures"]])),
        plan_nouns=tuple(g["plan_nouns"]),
        right_stop=rc(g["right_stop"]),
        person_units=frozenset(g["person_units"]),
        time_units=frozenset(g["time_units"]),
        measure_aliases=aliases,
        share_of_plan=rc(g["share_of_plan"]),
        right_cut_words=frozenset(g["right_cut_words"]),
        grade_range=rc(g["grade_range"]),
        condition_frame=rc(g["condition_frame"]),
        condition_frame_needs=needed_scan(g["condition_frame"]),
        bare_heads=frozenset(g["bare_heads"]),
        clause_verb_start=rc(rf"^(?:{words('clause_verbs')})"),
        count_head=rc(alternation(g["count_heads"])),
        list_scope=rc(alternation(g["respectively"]["scopes"])),
        from_marker=rc(from_marker_src),
        from_marker_needs=needed_scan(from_marker_src),
        noun_tags=frozenset(g["words"]["noun_tags"]),
        start_stop_tags=frozenset(g["words"]["start_stop_tags"]),
        end_stop_tags=frozenset(g["words"]["end_stop_tags"]),
        verb_tags=frozenset(g["words"]["verb_tags"]),
        adverb_tags=frozenset(g["words"]["adverb_tags"]),
        predicate_opening_tags=frozenset(g["words"]["adverb_tags"] + g["words"]["manner_tags"]),
        manner_tags=frozenset(g["words"]["manner_tags"]),
        rank_states=tuple(g["words"]["rank_states"]),
        link_tags=frozenset(g["words"]["link_tags"]),
        start_keep=frozenset(g["words"]["start_keep"]),
        relation_words=tuple(g["words"]["relation_words"]),
        numeral_chars=chinese_chars(),
        negations=frozenset(g["words"]["negations"]),
        causatives=frozenset(g["words"]["causatives"]),
        change_manners=frozenset(g["words"]["change_manners"]),
        scale_de=tuple(w + "的" for w in g["words"]["scale_nouns"]),
        amount_de=rc(rf"\s*(?:及?以[上下])?(?:{alternation(g['words']['scale_nouns'])})?的(?=\p{{Han}})"),
        thing_openers=tuple(g["words"]["thing_openers"]),
        from_words=frozenset(g["from_markers"]),
        anaphoric=frozenset(g["words"]["anaphoric"]),
        needs_predicate=frozenset(g["words"]["needs_predicate"]),
        rate_after_de=tuple(g["words"]["rate_after_de"]),
        rate_start=rc(rf"(?:年均|平均)?(?:{alternation(g['rate_nouns_up'] + g['rate_nouns_down'] + g['change_up'] + g['change_down'])})"),
        measure_verbs=frozenset(g["words"]["measure_verbs"] + g["change_up"] + g["change_down"]),
        compare_words=frozenset(g["comparison_starts"]) - frozenset(g["words"]["start_keep"]),
        condition_locatives=frozenset(g["words"]["condition_locatives"]),
        threshold_nouns=tuple(g["words"]["threshold_nouns"]),
        reach_verbs=frozenset(g["words"]["reach_verbs"]),
        agent_tags=frozenset(g["words"]["agent_tags"]),
        aim_verbs=frozenset(g["words"]["aim_verbs"]),
        streak_words=tuple(g["words"]["streak_words"]),
        place_nouns=frozenset(g["words"]["place_nouns"]),
        owner_ends=tuple(g["words"]["owner_ends"]),
        toward_words=g["words"]["toward_words"],
        thing_places=tuple(g["words"]["thing_places"]),
        place_tags=frozenset(g["words"]["place_tags"]),
        counted_places=frozenset(g["words"]["counted_places"]),
        times_units=frozenset(g["words"]["times_units"]),
        light_verbs=frozenset(g["words"]["light_verbs"]),
        done_measures=frozenset(g["words"]["done_measures"]),
        done_measure_ends=tuple(g["words"]["done_measures"]),
        allotted_money=tuple(g["words"]["allotted_money"]),
        object_markers=tuple(load("metrics")["ref_year"]["object_markers"]),  # 将, 把: one list for years and metrics
        frame_verbs=frozenset(g["words"]["frame_verbs"]),
        kept_words=frozenset(g["words"]["user"]["n"]),
        count_predicates=frozenset(g["words"]["count_predicates"]),
        share_tail=rc("占[^占]{1,12}(?:%s)$" % "|".join(map(regex.escape, g["words"]["share_nouns"] + ["的比重", "之比"]))),
        built_units=frozenset(u["built_units"]),
        currencies=frozenset(u["currencies"]),
        unit_measures={unit: (m["measure"], tuple(m["of"])) for unit, m in u["unit_measures"].items() if not unit.startswith("_")},
        stock_measures=tuple(u["stock_measures"]),
        threshold_words=tuple(g["words"]["threshold"]["words"]),
        measure_ends="".join(g["words"]["threshold"]["measure_ends"]),
        activity_verbs=frozenset(g["words"]["activity_verbs"]),
        things_counted=frozenset(g["words"]["thing_units"]),
        tally_verbs=frozenset(g["words"]["tally_verbs"]),
        attribute_nouns=tuple(g["words"]["attribute_nouns"]),
        measure_code=regex.compile(rf"(?<=\p{{Han}}{{2}})(?:{alternation(g['words']['measure_codes'])})(?![A-Za-z\d.])"),
        spec_nouns=tuple(g["words"]["spec_nouns"]),
        owner_nouns=frozenset(g["words"]["owner_nouns"]),
        benefit_verbs=tuple(g["words"]["benefit_verbs"]),
        for_whom=frozenset(g["words"]["for_whom"]),
        whole_reached_verbs=tuple(g["words"]["whole_reached_verbs"]),
        provide_verbs=frozenset(g["words"]["provide_verbs"]),
        item_units=frozenset(g["words"]["item_units"]),
        work_units=frozenset(g["words"]["work_units"]),
        handling_rates=frozenset(g["words"]["handling_rates"]),
        share_of_verbs=tuple(g["words"]["share_of_verbs"]),
        share_nouns=tuple(g["words"]["share_nouns"]),
        paired_attributes=tuple(tuple(p) for p in g["words"]["paired_attributes"]),
        manner_words=frozenset(g["words"]["manner_words"]),
        lead_adverbials=frozenset(g["words"]["lead_adverbials"]),
        scope_words=frozenset(g["words"]["scope_words"]),
        wholes=frozenset(g["words"]["scope_words"] + g["words"]["world_words"]),
        whole_totals=tuple(g["words"]["whole_totals"]),
        outcome_words=frozenset(g["words"]["outcome_words"]),
        steer_verbs=tuple(g["words"]["steer_verbs"]),
        list_attributes=tuple(g["respectively"]["attributes"]),
        measure_nouns=tuple(longest_first([*g["words"]["attribute_nouns"], *g["respectively"]["attributes"],
                                           *g["words"]["restated_measures"]])),
        count_doings=frozenset(g["words"]["count_doings"]),
        doing_leads=frozenset(g["words"]["doing_leads"]),
        abstract_heads=tuple(g["words"]["abstract_heads"]),
        run_units=frozenset(g["words"]["run_units"]),
        manner_leads=tuple(longest_first(g["words"]["manner_leads"])),
        predicate_verbs=frozenset(g["words"]["predicate_verbs"]),
        work_leads_dropped=frozenset(g["words"]["work_leads_dropped"]),
        doings_named=frozenset(g["words"]["count_doings"] + g["words"]["count_predicates"] + g["words"]["work_doings"]
                               + g["words"]["new_doings_counted"]),
        doings_off_short=frozenset(g["words"]["work_leads_dropped"] + g["words"]["count_doings"]
                                   + g["words"]["new_doings_counted"]),
        heads_past_verb={u: tuple(hs) for u, hs in {**g["words"]["heads_past_verb"], **g["words"]["classifier_heads"]}.items()},
        pivot_leads=frozenset(g["words"]["pivot_leads"]),
        framed_nouns=tuple(g["words"]["framed_nouns"]),
        work_doings=frozenset(g["words"]["work_doings"]),
        new_doings_counted=frozenset(g["words"]["new_doings_counted"]),
        predicate_auxiliaries=frozenset(g["words"]["predicate_auxiliaries"]),
        made_heads=tuple(g["words"]["made_heads"]),
        progressives=frozenset(g["words"]["progressives"]),
        self_doings=frozenset(g["words"]["self_doings"]),
        clause_owners=tuple(g["words"]["owner_nouns"] + g["words"]["industry_ends"]),
        fund_setting_verbs=tuple(g["words"]["fund_setting_verbs"]),
        joined_doing=rc(rf"(?:{alternation(g['words']['joining_verbs'])})\p{{Han}}{{2,10}}$"),
        share_of_place=rc(rf"^(.{{2,}}?)(?:要|将)?占(?:{alternation(g['words']['scope_words'])})$"),
        compound_heads=tuple(g["words"]["compound_heads"]),
        batch_units=frozenset(g["batch_measures"]),
        reach_units=frozenset(g["reach_units"]),
        name_heads=tuple(g["words"]["name_heads"]),
        classifier_heads={u: tuple(hs) for u, hs in g["words"]["classifier_heads"].items()},
        thing_measures=tuple(g["words"]["outputs"]["measure_suffixes"] + g["words"]["attribute_nouns"]
                             + g["words"]["share_nouns"] + g["words"]["thing_attributes"]),
        work_leads=tuple(set(g["words"]["light_verbs"]) | set(g["words"]["work_doings"])),
        solving_verbs=tuple(g["words"]["solving_verbs"]),
        output_units=frozenset(g["words"]["outputs"]["units"]),
        output_noun=g["words"]["outputs"]["noun"],
        measure_suffixes=tuple(g["words"]["outputs"]["measure_suffixes"]),
        member_measures=tuple(g["words"]["outputs"]["measure_suffixes"] + g["words"]["outputs"]["member_measures"]),
        list_measures=tuple(g["words"]["outputs"]["list_measures"]),
        listed_names=rc(alternation(g["words"]["listed_names"])),
        doing_tails=tuple(sorted(g["words"]["doing_tails"], key=len, reverse=True)),
        work_tails=tuple(g["words"]["work_tails"]),
        treatments=frozenset(g["words"]["work_tails"] + g["words"]["treatments"]),
        kept_treatments=frozenset(g["words"]["treatments"]),
        owned_measures=frozenset(g["words"]["owned_measures"]),
        state_changes=frozenset(g["words"]["state_changes"]),
        project_stages=frozenset(g["words"]["project_stages"]),
        deal_verbs=frozenset(g["words"]["deal_verbs"]),
        stage_in=_finder(tuple(g["words"]["project_stages"]) + tuple(g["words"]["deal_verbs"])),
        user_nouns=frozenset(g["words"]["user"]["n"]),
        clause_verbs_set=frozenset(g["clause_verbs"]),
        restricting_verbs=tuple(sorted(g["words"]["restricting_verbs"], key=len, reverse=True)),
        allotting_verbs=frozenset(g["words"]["allotting_verbs"]),
        purpose_verbs=tuple(sorted(g["words"]["purpose_verbs"], key=len, reverse=True)),
        fund_nouns=frozenset(g["words"]["fund_nouns"]),
        money_ends=tuple(g["words"]["money_ends"]),
        new_doings=frozenset(g["words"]["new_doings"]),
        example_closers=frozenset(g["words"]["example_closers"]),
        generic_kinds=frozenset(g["words"]["generic_kinds"]),
        examples_of_kind=rc(f"(?:{alternation(g['words']['example_closers'])})(?:{alternation(g['words']['generic_kinds'])})?的"),
        frame_words=tuple(sorted(set(g["comparison_starts"]) - set(g["words"]["start_keep"]))
                          + g["words"]["condition_locatives"] + g["words"]["streak_words"] + g["words"]["example_closers"]),
        quoted_name=rc(rf"(“[^“”]{{1,24}}”)(?:[\d{chinese_chars()}]+(?:{words('batch_measures')}))?\s*$"),
    ))


@dataclass
class Spans:
    """Sorted, non-overlapping spans with a containment test."""
    starts: list
    ends: list

    @classmethod
    def of(cls, matches):
        s = sorted((m.start(), m.end()) for m in matches)
        return cls([a for a, _ in s], [b for _, b in s])

    @classmethod
    def merged(cls, matches):
        """Spans of matches of several patterns, overlapping ones joined."""
        out: list[list[int]] = []
        for a, b in sorted((m.start(), m.end()) for m in matches):
            if out and a < out[-1][1]:
                out[-1][1] = max(out[-1][1], b)
            else:
                out.append([a, b])
        return cls([a for a, _ in out], [b for _, b in out])

    def covering(self, pos: int):
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.starts[i] <= pos < self.ends[i]:
            return i
        return None

    def touches(self, lo: int, hi: int) -> bool:
        """Whether a span holds a position of lo..hi: when none does, no position there needs covering()."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi or i > 0 and self.ends[i - 1] > lo


class Scan:
    """One pass of a pattern over the whole text, handed out sentence by sentence: a pass per
    sentence would cost a call into the regex engine for each of thousands of sentences."""

    def __init__(self, rx: regex.Pattern, text: str):
        self.rx, self.text = rx, text
        self.matches = list(rx.finditer(text))
        self.starts = [m.start() for m in self.matches]
        self.ends = [m.end() for m in self.matches]

    def within(self, lo: int, hi: int):
        i = bisect.bisect_left(self.starts, lo)
        if not (i < len(self.starts) and self.starts[i] < hi or i and self.ends[i - 1] > lo):
            return []  # (most sentences hold no number: no match starts in them or runs into them)
        j = bisect.bisect_left(self.starts, hi, i)
        if (i and self.ends[i - 1] > lo) or (j > i and self.ends[j - 1] > hi):
            return list(self.rx.finditer(self.text, lo, hi))  # a match runs across the span's edge
        return self.matches[i:j]


def _prev_nonspace(text: str, pos: int, floor: int) -> str:
    i = pos - 1
    while i >= floor and text[i] in " \n":
        i -= 1
    return text[i] if i >= floor else ""


def _is_ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _value(s: str, chinese: bool):
    if not chinese:
        return parse_arabic(s), ""
    if s in ("万", "亿", "万亿"):
        return 1.0, s  # 近万家企业: one 万
    return chinese_with_multiplier(s)


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    mult: float
    unit_base: str
    qualifier: str | None
    chinese: bool
    num_start: int  # where the qualifier-free number starts (== start)
    tail: int  # end of any trailing qualifier (左右, 以上): the phrase after the number starts here


def _designation(text: str, tail: int, hi: int, gm: Grammar) -> str:
    """What a count of generic things (企业, 单位), or of nothing named (5人), was designated as:
    16家企业被认定为首批贸易型总部, 13家企业入选2022年市“双百企业”, 5人入选学术技术带头人计划."""
    m = gm.designation.match(text, tail, hi) or gm.ranking.match(text, tail, hi)
    if not m:
        return ""
    return _clean_metric(_DESIGNATION_FRAME.sub("", m.group("x")))


def _after_change_verb(text: str, lo: int, s: int, gm: Grammar) -> bool:
    """增长了近一倍: the number follows a verb of change, perhaps with a qualifier between."""
    pre = text[lo:s]
    qb = gm.qual_before.search(pre)
    if qb:
        pre = pre[:qb.start()]
    return bool(gm.change_up.search(pre) or gm.change_down.search(pre))


def _shared_unit(text: str, ms: list, i: int, own: str = "") -> tuple[str, str]:
    """提高2和3.3个百分点, 分别为4、5和6万人: a bare number joined by 和/、 to the next one takes its
    multiplier and unit; with own, numbers written in own pass on to the unit after them too
    (分别提高1.6个和6.1个百分点)."""
    j = i
    while j + 1 < len(ms) and text[ms[j].end():ms[j + 1].start()] in _LIST_WORDS:
        j += 1
        nxt = ms[j]
        if not nxt.group("num")[0].isdigit():
            break
        unit, mult = nxt.group("unit") or "", (nxt.group("mult") or "") + (nxt.group("mult2") or "")
        if (unit or mult) and not (own and unit == own and not mult):
            return mult, unit
    return "", ""


_ITEM_NUMBER = regex.compile(r"(?m)^[ ]*(\d{1,2})[.、]")


def _run_in_numbering(text: str, s: int, raw: str) -> bool:
    """Whether a decimal opening a line is an item number run into a figure (a glossary's
    “18.6个综合交通枢纽项目：…”): the paragraph before or after opens with the neighbouring number."""
    line = text.rfind("\n", 0, s) + 1
    if text[line:s].strip():
        return False
    k = int(raw.split(".", 1)[0])
    prev = None
    for prev in _ITEM_NUMBER.finditer(text, max(0, line - 2000), max(0, line - 1)):
        pass
    after = text.find("\n", s) + 1 or len(text)  # the next line's start (none: the text's end)
    nxt = _ITEM_NUMBER.search(text, after, min(len(text), s + 2000))
    return bool(prev and int(prev.group(1)) == k - 1 or nxt and int(nxt.group(1)) == k + 1)


_NUMBER_GROUPS = operator.itemgetter("num", "unit", "mult", "mult2", "num2", "qin", "qin2")


def find_numbers(text: str, start: int, end: int, gm: Grammar, shielded: Spans, periods: Spans,
                 matches=None) -> list[Hit]:
    """Quantities in text[start:end], after the not-an-indicator rules. `matches` are the number
    pattern's matches in that span when the caller has scanned the whole text already."""
    hits = []
    ms = list(matches if matches is not None else gm.number.finditer(text, start, end))
    if not ms:
        return hits
    # groups by number: `regex` looks a group's name up only after failing to read it as a number (~1 µs)
    g = ms[0].re.groupindex
    num, unit_, mult_, mult2_, num2_, qin, qin2 = _NUMBER_GROUPS(g)
    # (most sentences hold no quoted name, title or period: their numbers need no test of each)
    shielded_here, periods_here = shielded.touches(start, end), periods.touches(start, end)
    for i, m in enumerate(ms):
        raw, unit, mult, mult2, num2 = m.group(num, unit_, mult_, mult2_, num2_)
        chinese = not raw[0].isdigit()
        s, e = m.span()
        run_in = not chinese and "." in raw and _run_in_numbering(text, s, raw)
        if run_in:
            cut = raw.index(".") + 1  # 18.6个综合交通枢纽项目: item 18 of a numbered list, 6个 the figure
            s, raw = s + cut, raw[cut:]
        unit = unit or ""
        mult = (mult or "") + (mult2 or "")
        if not unit and not mult and not chinese:
            mult, unit = _shared_unit(text, ms, i)
        elif unit == "个" and not mult and (points := _shared_unit(text, ms, i, unit)) in (("", "个百分点"), ("", "个千分点")):
            unit = points[1]  # 分别提高1.6个和6.1个百分点: the 个 of points
        if raw.startswith(gm.percent_prefix):
            if unit:
                continue
            unit = "%"
        before = text[s - 1] if s > start else " "
        after = text[e] if e < end else " "
        if chinese:
            if before in gm.vague_before and not (s - 2 >= start and is_word(text[s - 2:s])):
                continue  # 几十万人次, 数十个, 上百家: no number is stated (完成一千亿元: 成 ends a word)
            if raw[0] in "点零〇" or raw in ("一", "万", "亿", "千", "百", "十") and not (m.group(qin) or m.group(qin2)) \
                    and not (raw == "一" and unit in ("倍", "番") and _after_change_verb(text, max(start, s - 8), s, gm)) \
                    and not (raw != "一" and unit and gm.qual_before.search(text, max(start, s - 4), s)):  # 近万家企业
                continue
            if text[max(start, s - len(gm.not_before_chinese_max)):s].endswith(gm.not_before_chinese) or before in "”》":
                continue  # 新三类, “巩固、增强、提升、畅通”八个字: names, not counts
        elif before in ".," and s - 2 >= start and text[s - 2].isdigit() and not run_in:
            continue  # the tail of a number this pattern did not take whole
        if text[max(start, s - 4):s].endswith(gm.not_before) or before == "+" or after == "+" or (after == "." and not chinese):
            continue
        if before == "$" or after == "$":
            continue  # ７１$1.$2５亿元: a web page's unfilled placeholders ($1, $2) broke the number; no digit of it is the figure
        prev = before if before not in " \n" else _prev_nonspace(text, s, start)  # (the character before, most often)
        if (_is_ascii_alnum(prev) or (after.isascii() and after.isalpha())
                or (after.isdigit() and not unit) or (before in "-_/" and s - 2 >= start and _is_ascii_alnum(text[s - 2]))):
            continue
        if after in "-~" and not num2:
            continue  # the start of a date or code range this pattern did not take (2021-2023)
        if after == "级" and (m.group(unit_) or m.group(mult_)):
            continue  # 30万吨级进港航道, 百万千瓦级核电机组: a class of size, not a figure
        if shielded_here and shielded.covering(s) is not None or periods_here and periods.covering(s) is not None:
            continue
        value, cmult = _value(raw, chinese)
        if value is None:
            continue
        if not chinese and before == "-" and s - 1 > start and not _is_ascii_alnum(text[s - 2]) and not text[s - 2].isdigit():
            s, value = s - 1, -value  # 增长-2.3%: a signed figure, the sign is part of it
        if chinese and cmult:
            if num2:  # 五十四亿-55亿元, 三千万-五千万元: one multiplier shared by the range
                raw2 = num2
                if cmult != (mult or _value(raw2, not raw2[0].isdigit())[1]):
                    continue
                mult = cmult
            else:
                mult = cmult + mult
        if not unit and not mult:
            continue  # a bare number: numbering, codes, addresses, years
        # a Chinese numeral counts things (五十四轮) or, with 万/亿, amounts (两万亿元); alone it is a word
        # (一百二十七公里: a numeral of several characters with a scale inside is a figure in any unit)
        if chinese and (not unit or unit != "%" and (unit in gm.no_chinese or (
                unit not in gm.counters and not mult and not (len(raw) >= 3 and any(c in "十百千" for c in raw))))):
            continue
        if unit in ("年",) and (value >= 1000 or num2):
            continue
        if unit in ("名", "位") and text[max(start, s - 1):s] == "前":
            continue  # a rank: 前20名
        value_high = None
        if num2:
            raw2 = num2
            v2, m2 = _value(raw2, not raw2[0].isdigit())
            u1 = (m.group("mult1") or "") + (m.group("unit1") or "")
            # (4.1亿-4.94亿元: the multiplier written at both ends, the unit at the second only)
            if v2 is None or (u1 and u1 != mult + unit and u1 != mult) or v2 <= value:
                continue
            value_high = v2
        if mult and mult not in gm.multipliers:
            continue  # 1亿亿: no such scale
        factor = gm.multipliers[mult] if mult else 1.0
        qualifier = m.group(qin) or m.group(qin2)
        qb = gm.qual_before.search(text, max(start, s - 4), s) if gm.qual_before_needs.search(text, max(start, s - 4), s) else None
        q_start = s
        if qb and qb.start() > start and text[qb.start() - 1] in gm.qual_not_after.get(qb.group(), ""):
            qb = None  # 签约510台: 约 ends a word here
        if qb:
            qualifier, q_start = qb.group(), qb.start()
        if unit == "成" and not mult and e + 1 < end and (text[e] in _TENTHS) and not (
                text[e + 1] in _TENTHS or text[e + 1] in "十百千万亿年月日天周个" or text[e + 1] in gm.counter_starts):
            value += _TENTHS[text[e]]  # 超七成五财力, 六成半: the tenths of 成 written after it (7.5成)
            e += 1
        tail = e
        qa = gm.qual_after.match(text, e, end) if text[e:e + 1] in gm.qual_after_starts else None
        if qa and qa.group() == "多" and is_word(text[qa.start():qa.start() + 2]) and text[qa.start() + 1:qa.start() + 2] not in "年月日天周":
            qa = None  # 3274万平方米多层旧住房: 多 opens the next word
        if qa:
            qualifier = qualifier or qa.group()
            if qualifier != qa.group() and qa.group() not in ("多",):
                qualifier = qa.group() if qualifier in ("余", "多") else qualifier
            tail = qa.end()
        hits.append(Hit(
            start=s, end=e, value=value, value_high=value_high, unit=mult + unit,
            mult=factor, unit_base=gm.unit_base.get(unit, unit), qualifier=qualifier, chinese=chinese,
            num_start=q_start, tail=tail,
        ))
    # 3家三家社区卫生服务站, 3家（三家）: the same count written again in words is one figure, and what
    # follows the restatement is its noun
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev and h.chinese != prev.chinese and h.value == prev.value and h.unit_base == prev.unit_base
                and text[prev.tail:h.start].strip("(（ ") == ""):
            close = h.tail + 1 if text[h.tail:h.tail + 1] in ")）" else h.tail
            out[-1] = replace(prev, tail=close)
        else:
            out.append(h)
    return out


# -- attributes ----------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _strip(phrase: str, gm: Grammar) -> str:
    changed = True
    while changed and phrase:
        changed = False
        # (a phrase whose last character ends no strip word needs no look-up: most do not)
        end = gm.trailing.find(phrase) if phrase[-1:] in gm.trailing.lengths or phrase.endswith("\n") else None
        if end is None:
            m = _TRAILING_YEAR.search(phrase) if "年" in phrase[-3:] else None  # 缩小至2021年255亿元
            end = (m.start(), m.group()) if m else None
        if end and end[1] in gm.anaphoric and (not end[0] or not _strip(phrase[:end[0]], gm)):
            phrase = end[1]  # (今年拟安排500万亩: 安排, alone, stands for a thing the clause before names)
        elif end:
            phrase = phrase[:end[0]]
            changed = True
        opening = phrase[:1]
        m = (opening in gm.leading_starts and gm.leading.match(phrase)
             or opening in _LEADING_YEAR_STARTS and _LEADING_YEAR.match(phrase) or None)
        first = _tagged(phrase)[0][0] if m else ""
        if m and m.end() < len(phrase) and not ((m.group() in _LIST_WORDS or first in gm.kept_words) and len(first) > m.end()):
            phrase = phrase[m.end():]  # (a strip word that opens a word is none: 和美乡村, 大规模集成电路)
            changed = True
        stripped = phrase.strip(" ,，、:：的")
        changed = changed or stripped != phrase  # (跃升至2015年的: the year under 的 comes off next)
        phrase = stripped
    if phrase[:1] in gm.leading_starts and gm.leading.fullmatch(phrase):
        return ""  # nothing but a function word (和, 其中) is left
    return phrase


_SHARE_WRITTEN = re.compile(r"^(.{2,}?)占.+(?:比重|比例)$")
_JOINT = re.compile(r"[和及与、]")
# 全科医生达到每万人: a rate's denominator after its thing and verb opens the measure (→ 每万人全科医生)
_PER_HEAD_AFTER = regex.compile(r"^((?:(?!每)\p{Han}){2,}?)(?:达到|达|为|增至|增加到|提高到|提高至|提升到|提升至)?"
                                r"((?:每年|每月)?每(?:十万|[十百千万])?(?:名|个)?(?:常住人口|人口|人|户|老人))$")


@lru_cache(maxsize=None)
def _clean_metric(phrase: str) -> str:
    phrase = _without_footnotes(_without_space(phrase)).replace("()", "").strip(",，、:：;；的")
    if "每" in phrase and (per := _PER_HEAD_AFTER.match(phrase)):
        phrase = per.group(2) + per.group(1)
    if phrase.startswith("(") and ")" in phrase[:10] and len(phrase) - phrase.index(")") > 2:
        phrase = phrase[phrase.index(")") + 1:]  # (改造)公交线路: a note opening the phrase is on the doing before it
    if phrase.count("“") != phrase.count("”"):
        phrase = phrase.replace("“", "").replace("”", "")
    if phrase.count("《") != phrase.count("》"):
        phrase = phrase.replace("《", "").replace("》", "")
    if len(phrase) <= 30 or len(phrase) <= 40 and "、" in phrase:
        return phrase  # (a list of what one figure measures is as long as its members)
    # a phrase that long is a doing and its object: keep the last words, from a word's start and past
    # its verbs (面向重点群体开展“…”职业技能培训 → “…”职业技能培训, not 体开展…)
    tagged = list(_tagged(phrase))
    while tagged and (sum(len(w) for w, _ in tagged) > 30 or tagged[0][1] in ("v", "p", "d", "c")):
        tagged.pop(0)
    return "".join(w for w, _ in tagged)


def left_phrase(text: str, lo: int, hi: int, gm: Grammar, periods: list[tuple[int, int]]) -> tuple[str, bool]:
    """The words between the clause start (or the previous number) and the number, cleaned of
    periods, qualifiers, comparison bases and verbs. Also says whether it ended with a verb that
    takes an object (开展 …), which sends the metric to the words after the unit."""
    cm = (gm.comparison_needs.search(text, lo, hi) and gm.comparison.search(text, lo, hi)
          or gm.gap_base_needs.search(text, lo, hi) and gm.gap_base.search(text, lo, hi) or None)
    if cm:
        hi = cm.start()
    parts, pos = [], lo
    for ps, pe in periods:
        if pe <= lo or ps >= hi:
            continue
        parts.append(text[pos:max(pos, ps)])
        pos = max(pos, pe)
    parts.append(text[pos:hi])
    phrase = _without_footnotes(_without_space("".join(parts)))
    if gm.condition_frame_needs.search(phrase):
        phrase = gm.condition_frame.sub("", phrase)  # (考虑价格下降因素比上年实际增长9.3%)
    fm = gm.from_marker.search(phrase) if gm.from_marker_needs.search(phrase) else None
    if fm:
        phrase = phrase[: fm.start()]
    core = phrase[:-2] if phrase[-2:] in gm.scope_words and len(phrase) > 2 else phrase  # (scope words: 全市, 全省 …)
    verb_end = core[-1:] in gm.clause_verb_ends and bool(gm.clause_verb_end.search(core))  # (带动全市: the doing's scope)
    if "等地" in phrase and len(phrase) > (where := phrase.rfind("等地")) + 3:
        phrase = phrase[where + 2:]  # 在巴西、智利等地成功举办招商活动: the places say where
    if phrase[-1:] == "过" and len(phrase) > 2 and _PAST.match(phrase, len(phrase) - 2):
        phrase = phrase[:-1]  # 减税降费、退税缓费过百亿元: past a mark, a qualifier
    return _strip(phrase, gm), verb_end


_HAN = regex.compile(r"\p{Han}+")
_PREP_START = ("由", "被", "在", "对", "向", "从", "为", "用于", "经", "将", "供", "以")  # (以县城为重要载体的…试点)


def _names_a_kind(phrase: str, m, gm: Grammar) -> bool:
    """19个省级粮食产能提升重点县: after a count, a verb of change before a noun, with no figure after,
    names the kind of thing counted (a county for raising capacity), not a change of the thing before
    it (百亿斤粮食产能提升工程 measures the capacity)."""
    if not gm.change_start.fullmatch(m.group()) or m.end() >= len(phrase) or _DIGITS.search(phrase, m.end()):
        return False
    after = _tagged(phrase[m.end():])
    return after[0][1] in gm.noun_tags and after[0][1] != "vn"


def _joined_modifiers(phrase: str, m, gm: Grammar) -> bool:
    """44个国家及省级生态乡镇: modifiers joined by a conjunction before one noun say which of the things
    counted; the conjunction cuts nothing."""
    if m.group() not in _LIST_WORDS or m.end() >= len(phrase) or phrase[:m.start()] not in gm.modifiers:
        return False
    nxt = _tagged(phrase[m.end():])
    return len(nxt) > 1 and (nxt[0][1] == "b" or nxt[0][0] in gm.modifiers)


_UNIT_NOTE = regex.compile(r"\A\([^()]{1,8}\)")  # 4天(自然日): a note on the unit names nothing


# 150个投资过亿元的新兴产业重点项目, 400多个、总投资超1700亿元的项目: between a count and its things, an
# amount of each of them (what it is of, a bound word, the amount, 以上, 的) says which
_AMOUNT_LEAD = regex.compile(r"、?\s*\p{Han}{0,4}?\s*(?:超过|超|过|逾|近|达|在)?\s*")
_WORDS_AMOUNT = regex.compile(r"\p{Han}{0,4}?(?:超过|超|过|逾|近|达)[十百千万亿]{1,3}(?:元|美元|亩|平方米|吨|千瓦)")
_SUM_WORD = regex.compile(r"共|计")  # (四条线路共81.6公里的开通: the count's things measured in all, no bound)
_RATE_UNITS = ("%", "‰", "倍", "成", "番")
_COMPLEMENTS = ("好", "完")  # (not 到: 完成到村帮扶项目)
_TENTHS = {"一": 0.1, "二": 0.2, "三": 0.3, "四": 0.4, "五": 0.5, "六": 0.6, "七": 0.7, "八": 0.8, "九": 0.9, "半": 0.5}
_RATIO_UNITS = _RATE_UNITS + ("个百分点", "个千分点")  # (覆盖到60%的城市社区: a share of the things, no bound)
_CHANGE_UNITS = tuple(u for u in _RATIO_UNITS if u != "成")  # (not 成: 六成行政村 counts villages)


def _bounded_things(text: str, hits: list, k: int, s1: int, gm: Grammar) -> tuple[int, int, int] | None:
    """Where the bound of a count's things starts, and where the things are named: after the amount's 的,
    up to the next number or the clause's end."""
    tail = hits[k].tail
    nxt = hits[k + 1] if k + 1 < len(hits) else None
    # (a count in a bound only with a word of scale: 137个存栏1200头规模的标准化奶牛场)
    if (nxt and (nxt.unit_base not in gm.counters or text.startswith(gm.scale_de, nxt.tail))
            and nxt.unit_base not in _RATIO_UNITS and nxt.num_start - tail <= 7
            and _AMOUNT_LEAD.fullmatch(text, tail, nxt.num_start) and not _SUM_WORD.search(text, tail, nxt.num_start)):
        amount_end, k_next = nxt.tail, k + 2
    elif words := _WORDS_AMOUNT.match(text, tail, min(s1, tail + 10)):
        amount_end, k_next = words.end(), k + 1
    else:
        return None
    de = gm.amount_de.match(text, amount_end)
    if not de:
        return None
    stop = _CLAUSE_BREAK.search(text, de.end(), s1)
    end = min(stop.start() if stop else s1, de.end() + _WINDOW)
    if k_next < len(hits) and hits[k_next].num_start < end:
        end = hits[k_next].num_start
    lead = tail + 1 if text.startswith("、", tail) else tail
    return (lead, de.end(), end) if end > de.end() else None


_AGE_BOUND = regex.compile(r"\d+(?:[-—~至]\d+)?周?岁(?:及以上|及以下|以上|以下)?的?(?=\p{Han})")


def _without_work(metric: str, gm: Grammar) -> str:
    """314个幸福社区创建工作, 7条地铁前期工作: things counted, then the work on them (a doing and 工作):
    the things."""
    tagged = _tagged(metric[:-2])
    n = len(tagged)
    while n and (tagged[n - 1][1] in gm.verb_tags or tagged[n - 1][1] in ("vn", "t", "f")):  # (前期)
        n -= 1
    if n == len(tagged) or not n or not (tagged[n - 1][1] in _HEAD_TAGS or tagged[n - 1][0] == "”"):
        return metric  # (重点工作, 试点工作: the works are what is counted)
    return "".join(w for w, _ in tagged[:n])


def _noun_at(phrase: str, at: int, gm: Grammar) -> bool:
    """Whether a noun phrase starts at phrase[at]: a noun of three characters or more, or two nouns
    (a verbal noun before a noun too: 管理单元)."""
    tagged = _tagged(phrase[at:at + 8]) if at < len(phrase) else ()
    nouns = list(itertools.takewhile(lambda x: x[1] in gm.noun_tags, tagged))
    while nouns and nouns[-1][1] == "vn":
        nouns.pop()
    return bool(nouns) and (len(nouns[0][0]) >= 3 and nouns[0][1] != "vn" or len(nouns) >= 2)


def _things_after_de(phrase: str, gm: Grammar) -> str:
    """The noun phrase opening phrase, up to its predicate (采石场 | 在两年内全面复绿), or "" when it opens with none."""
    opening = _tagged(phrase[:6]) if phrase else ()
    first = opening[0][1] if opening else ""
    # (简化管理的持证单位: a verb jieba reads in front of a noun, 持证, is the noun's modifier)
    held = first in gm.verb_tags and len(opening) > 1 and opening[1][1] in gm.noun_tags and opening[1][1] != "vn"
    if not (first in gm.noun_tags and first != "vn" or first in ("a", "b") or held):
        return ""
    things = _noun_before_verb(phrase, gm, True)
    if "的" in things and (joint := _JOINT.search(things)) and joint.start() >= 2 and "的" in things[joint.end():]:
        things = things[:joint.start()]  # 事关全局的重点问题和群众关注的难点: a member with a clause of its own follows
    tagged = _tagged(things)
    if len(tagged) > 1 and tagged[-1][0] in gm.doing_tails and tagged[-2][1] in gm.noun_tags:
        # (重大项目建设: the things, not the work on them; not _without_doing_tail, which keeps only the first
        # of 棚户区和城中村)
        things = things[:-len(tagged[-1][0])]
    last = _tagged(things)[-1][1]
    return things if last in gm.noun_tags and last != "vn" else ""  # (机构的信息互通共享: a doing of the things before 的)


@lru_cache(maxsize=None)
def _word_starts(phrase: str) -> frozenset[int]:
    """Where jieba's words of a phrase start (and where the last one ends)."""
    return frozenset(itertools.accumulate((len(w) for w, _ in _tagged(phrase)), initial=0))


def _user_noun_at(phrase: str, at: int, gm: Grammar) -> bool:
    """Whether the word of phrase that starts at `at` is a noun grammar.json names (建成区), which a cut word
    opening it does not cut."""
    pos = 0
    for w, _ in _tagged(phrase):
        if pos == at:
            return w in gm.user_nouns
        pos += len(w)
    return False


def _doing_inside_name(phrase: str, at: int, gm: Grammar) -> bool:
    """34个农贸市场提升改造工程, 300个“美丽乡村”提高型示范点: doings between the things' nouns and a head
    (grammar.json made_heads) are inside one name, up to a list word or the end."""
    if not at:
        return False
    joint = _JOINT.search(phrase, at)
    tagged = _tagged(phrase[at:joint.start() if joint else len(phrase)])
    return (1 < len(tagged) <= 4 and tagged[-1][1] in gm.noun_tags and tagged[-1][1] != "vn"
            and tagged[-1][0].endswith(gm.made_heads)
            and all(t in gm.verb_tags or t in ("vn", "k") for _, t in tagged[:-1]))


def _same_head_end(phrase: str, m, gm: Grammar) -> int:
    """3.5万户城乡低保户及低保边缘户发放…: a member after a list word that ends on the same head as the words
    before it is counted with them; where it ends (before its verb), or 0."""
    before, after = _tagged(phrase[:m.start()]), _tagged(phrase[m.end():])
    member = list(itertools.takewhile(lambda x: x[1] in gm.noun_tags and x[1] != "vn" or x[1] == "q", after))
    if not before or len(member) < 2 or len(member) < len(after) and after[len(member)][1] not in gm.verb_tags:
        return 0
    if (before[-1][1] not in gm.noun_tags or not member[-1][0].endswith(before[-1][0][-1])
            or member[0][1] in ("ns", "nr", "nt")):  # (三座黄河大桥及七里河大桥: a name after it is no more of them)
        return 0
    return m.end() + sum(len(w) for w, _ in member)


def right_phrase(text: str, lo: int, hi: int, gm: Grammar, counted: bool = False) -> str:
    phrase = _without_footnotes(_without_space(text[lo:hi]))
    if phrase.startswith("("):
        phrase = _UNIT_NOTE.sub("", phrase)
    if not phrase or phrase[0] in gm.change_start_starts and (change := gm.change_start.match(phrase)) and (
            change.end() in _word_starts(phrase) or not any(t in gm.noun_tags and t != "vn" for _, t in _tagged(phrase)[1:])):
        # 从5000多亿元缩小至255亿元: a verb of change after the number names nothing (17项增收措施: a word that
        # only opens with one, before a noun, is no such verb)
        return ""
    if "到" in phrase[1:7] or "至" in phrase[1:7] or "为" in phrase[1:7]:  # (the cheap test first: most phrases have none)
        first = _tagged(phrase[:6])[0]
        if (first[1] in gm.verb_tags or first[1] == "vn") and (phrase.startswith(("到", "至"), len(first[0]))
                                                               or phrase == first[0] + "为"):
            return ""  # 从39个拓展到91个, 从52.44万户发展到86.17万户: so does any verb that leads to the next figure
        if len(phrase) <= 6 and phrase[-1] in "到至为" and all(t in gm.verb_tags or t == "vn" for _, t in _tagged(phrase[:-1])):
            return ""  # (由138个调整归并为53个: or verbs)
    if phrase.startswith("且") and 0 < phrase.find("的") <= 8:
        phrase = phrase[phrase.find("的"):]  # 1亿元且上不封顶的人才引进资金: a second predicate of the amount, then its noun
    scale = next((w for w in gm.scale_de if phrase.startswith(w)), "") if phrase.startswith(gm.scale_de) else ""
    if phrase.startswith("的") or scale:
        phrase = phrase[len(scale) or 1:]  # 16%的税率, 200万标箱规模的果园港: the noun after 的 is what the number measures
        if phrase.startswith(gm.not_measured_after_de + gm.frames_after_de):
            return ""  # 不到100万元的部分, 在增长5%的基础上, 20万人的目标: the noun before names it
        m = gm.right_cut.search(phrase)
        return (phrase[: m.start()] if m else phrase).rstrip("和与及、 ")
    if phrase.startswith(gm.not_measured_after_de):
        return ""  # 年应纳税所得额100万元至300万元部分: the noun before names it
    if counted and "的" in phrase and (kinds := gm.examples_of_kind.search(phrase)):
        # 10个田园风光型、民族风情型…等类型的特色小镇: examples of a kind before 的, the things after it
        phrase = phrase[kinds.end():]
    if counted and "的" in phrase and (bound := _BOUND_IN.search(phrase, 0, phrase.find("的"))) and bound.end() == phrase.find("的"):
        # 3个年营业收入超千亿的特大型企业集团: a bound in words of magnitude before 的 says which things, named after it
        de = bound.end()
        things = _things_after_de(phrase[de + 1:], gm)
        if things:
            return phrase[:de + 1] + things
    if "的" in phrase:
        de = phrase.find("的")
        before = _tagged(phrase[:de]) if counted else ()
        if (counted and (phrase[de + 1:de + 2].isdigit() or de == len(phrase) - 1 and text[hi:hi + 1].isdigit())
                and len(before) > 1 and before[0][1] in gm.noun_tags):
            # 8个公司运营的16支基金: a clause before 的 and the next count says which of those things; this
            # count's things end before its verb
            lead = list(itertools.takewhile(lambda x: x[1] in gm.noun_tags and x[1] != "vn", before))
            verb = lead and len(lead) < len(before) and (before[len(lead)][1] in gm.verb_tags or before[len(lead)][1] == "vn")
            phrase = "".join(w for w, _ in lead) if verb else phrase[:de]
        elif phrase.startswith(_PREP_START):
            phrase = phrase[phrase.rfind("的") + 1:]
        elif (counted and phrase[:de] in gm.generic_nouns and 2 <= len(phrase) - de - 1 <= 10 and "的" not in phrase[de + 1:]
              and (work := _tagged(phrase[de + 1:]))[-1][1] in gm.noun_tags and all(t in gm.noun_tags or t in gm.verb_tags for _, t in work)):
            pass  # 8家企业的改制破产任务, 134家企业的节能管理: bare things say whose work it is, and the work is what is counted
        elif (before and de <= 12 and (before[0][1] in gm.verb_tags or any(t in gm.adverb_tags for _, t in before[1:-1])
                                       or before[0][0] in gm.negations and len(before) > 1 and before[1][1] in gm.verb_tags)
              and (things := _things_after_de(phrase[de + 1:], gm))):
            # 338个关闭的采石场, 5.96万名享受政府补贴的居家养老服务对象: a clause opening with a verb before 的
            # says which things are counted, and they are named after it (so does one with an adverb:
            # 12个事关长远发展的重大项目; and one opening with a negated verb: 29个不符合生态的项目)
            phrase = phrase[:de + 1] + things
        elif (2 <= len(before) <= 4 and de <= 10 and before[0][1] in gm.noun_tags and before[0][1] not in ("vn", "b")
              and before[-1][1] in gm.verb_tags and len(before[-1][0]) >= 2 and all(t != "c" for _, t in before)
              and (things := _things_after_de(phrase[de + 1:], gm)) and _tagged(things)[-1][1] in ("n", "nz", "nt", "ns", "j")
              and not (phrase[de + 1 + len(things):] or text[hi:hi + 1])[:1].isdigit()):
            # 17种国家医保谈判准入的抗癌药, 1000个宜业宜居宜游的美丽乡村: a clause ending in its verb says which
            # things, named after 的 (58个片区贫困县有需求的行政村幼儿园2465所: not those of a count of their own)
            phrase = phrase[:de + 1] + things
        elif not (2 <= len(before) <= 4 and (before[1][1] in gm.verb_tags or before[1][1] in ("a", "b"))
                  and all(t in gm.verb_tags or t in ("a", "b", "c", "d", "ad") for _, t in before[1:])
                  and before[0][1] in gm.noun_tags and before[0][1] != "vn"):
            # (not 100家政府主导的社区卫生服务中心, 30件群众可感可及的民生实事: a clause of its own says which)
            phrase = phrase[:de]
    # 60个亿元以上技改配套项目, 39个投资亿元以上项目: a bound in words of magnitude (and what it bounds) opening the
    # things says which; its 以上 cuts nothing
    bound = _BOUND_LEAD.match(phrase) if counted else None
    m = gm.right_cut.search(phrase, bound.end() if bound else 0)
    while m and (phrase[max(0, m.start() - 1):m.end()] in gm.right_cut_words or gm.grade_range.match(phrase, m.start())
                 or counted and _names_a_kind(phrase, m, gm) or m.group() in gm.manner_words and _noun_at(phrase, m.end(), gm)
                 # (65个办理环节: a word jieba reads as a noun opening the things counted; 100项新开工项目: a doing
                 # that opens them, grammar.json thing_openers)
                 or counted and m.start() == 0 and _tagged(phrase)[0] == (m.group(), "n") and len(_tagged(phrase)) > 1
                 and _tagged(phrase)[1][1] in gm.noun_tags
                 or counted and phrase.startswith(gm.thing_openers) and m.end() <= max(map(len, gm.thing_openers))
                 or counted and _joined_modifiers(phrase, m, gm)
                 or counted and _doing_inside_name(phrase, m.start(), gm)
                 # (30件群众可感可及的民生实事: a list word inside a word jieba reads cuts nothing)
                 or counted and m.group() in _LIST_WORDS and m.start() not in _word_starts(phrase)
                 # (8条建成区黑臭水体: nor does a doing that opens a noun jieba reads)
                 or counted and m.start() == 0 and m.end() not in _word_starts(phrase) and _tagged(phrase)[0][1] == "n"
                 # (8条城市建成区黑臭水体: or inside one after the first word)
                 or counted and m.start() in _word_starts(phrase) and m.end() not in _word_starts(phrase)
                 and _user_noun_at(phrase, m.start(), gm)
                 # (2个“绿水青山就是金山银山”实践创新基地: a quotation is a name, never cut inside; nor is a note in
                 # brackets, 172个乡村振兴重点帮扶(提升)村)
                 or any(phrase.count(a, 0, m.start()) > phrase.count(z, 0, m.start()) and z in phrase[m.start():]
                        for a, z in ("“”", "()"))):
        # (65项基本公共服务: a manner word before a noun is the noun's; 基本完成 is the predicate's)
        m = gm.right_cut.search(phrase, m.end())  # 高等教育: 等 inside a word cuts nothing
    if counted and m and m.group() in ("及", "和", "与") and (end := _same_head_end(phrase, m, gm)):
        phrase, m = phrase[:end], None
    stop = gm.right_stop.search(phrase)
    if stop and (not m or stop.start() < m.start()):
        m = stop
    if m:
        phrase = phrase[: m.start()]
    if counted and (code := gm.measure_code.search(phrase)):
        phrase = phrase[:code.start()]  # 14个市州PM10…平均浓度: the things end where a measure's code begins
    phrase = phrase.rstrip("和与及、 ")
    if counted and m and len(phrase) > 2 and phrase.endswith("新"):
        phrase = phrase[:-1]  # 18个基地新落地项目: 新 says the doing cut off was new
    stripped = _strip(phrase, gm)
    at = phrase.find(stripped) if stripped else -1
    if at > 0 and at not in _word_starts(phrase):
        return phrase[:at] + stripped  # 要素, 全国性: what the strip lists take off the front is no word of its own
    return phrase if at == 0 and _doing_left(phrase, stripped, gm) else stripped


# -- words ---------------------------------------------------------------------------------------

class SentenceWords:
    """jieba's words of one sentence, looked up by offset. jieba cuts each run of characters between
    punctuation on its own, so a clause is tagged alone, when first asked about: only about half a
    sentence's clauses hold a number's phrase."""

    def __init__(self, text: str, lo: int, hi: int, breaks: list[int]):
        """breaks: where each clause break in text[lo:hi] ends (_CLAUSE_BREAK)."""
        self.text, self.lo, self.hi = text, lo, hi
        self.bounds = [lo] + [e for e in breaks if e < hi] + [hi]
        self.clauses: dict[int, tuple[list[Word], list[int]]] = {}

    def _clause(self, k: int) -> tuple[list[Word], list[int]]:
        found = self.clauses.get(k)
        if found is None:
            ws = words(self.text, self.bounds[k], self.bounds[k + 1])
            found = self.clauses[k] = ws, [w.start for w in ws]
        return found

    def at(self, pos: int) -> Word | None:
        """The word holding text[pos]."""
        if not self.lo <= pos < self.hi:
            return None
        k = bisect.bisect_right(self.bounds, pos) - 1
        ws, starts = self.clauses.get(k) or self._clause(k)
        i = bisect.bisect_right(starts, pos) - 1
        return ws[i] if i >= 0 and pos < ws[i].end else None

    def span(self, a: int, b: int) -> list[Word]:
        """The words from the one holding text[a] to the one holding text[b - 1] (both in the sentence)."""
        if b <= a:
            return []
        k0, k1 = bisect.bisect_right(self.bounds, a) - 1, bisect.bisect_right(self.bounds, b - 1) - 1
        if k0 == k1:  # (most spans lie in one clause)
            ws, starts = self._clause(k0)
            return ws[bisect.bisect_right(starts, a) - 1:bisect.bisect_left(starts, b)]
        out = [w for k in range(k0, k1 + 1) for w in self._clause(k)[0]]
        i = next(n for n, w in enumerate(out) if w.end > a)
        j = next(n for n in range(len(out) - 1, -1, -1) if out[n].start < b)
        return out[i:j + 1]


def _word_from(sw: "SentenceWords", pos: int) -> bool:
    """Whether a word of two characters or more starts at text[pos] (和美乡村: 和 is no list word)."""
    w = sw.at(pos)
    return w is not None and w.start == pos and len(w.text) > 1


def _bound_span(a: int, b: int, lo: int, hi: int, sw: SentenceWords, gm: Grammar, left: bool = True) -> str:
    """text[a:b] on word boundaries: a word cut into is taken whole if it is a noun (and inside the
    window lo..hi), else left out; adverbs, prepositions, conjunctions, time words, numerals …
    (by tag, grammar.json words) come off both ends; an adverb before a verb inside goes."""
    w = sw.at(a)
    if w is not None and lo <= w.start < a:  # (a word begun before lo holds the number: 250个省)
        if a == w.start + 1 and sw.text[w.start] == "年" and sw.text[w.start - 1:w.start].isdigit():
            pass  # 到2020年全社会…: jieba read a year's 年 into the word after it (年全); the phrase starts after 年
        elif w.tag not in gm.noun_tags:
            a = w.end
        elif not gm.leading.fullmatch(sw.text[w.start:a]) and not sw.text[w.start - 1:w.start].isdigit():
            # (what the strip lists took off stays off: 全区生产总值 → 生产总值; so does a year's 年, which
            # jieba may read into the next word: 到2021年市… → 年市)
            a = w.start
    w = sw.at(b - 1)
    if w is not None and b < w.end <= hi and sw.text[b:w.end] not in gm.from_words:
        b = w.end if w.tag in gm.noun_tags else w.start  # (钢由3700万吨: jieba's 钢由 is no noun)
    if a >= b:
        return ""
    if not sw.lo <= a < b <= sw.hi:
        return sw.text[a:b]
    inside = sw.span(a, b)
    own = words(sw.text, a, b) if inside[0].start < min(a, lo) else None
    if own and len(own[0].text) > 1 and own[0].tag in gm.noun_tags:
        # 2.25万来穗人员: jieba read the number's unit into the first word (万来), whose tag says
        # nothing of what follows; cut on their own, the words after it begin with a noun (来穗 | 人员)
        inside = own
    elif inside[0].start < a:
        inside[0] = Word(sw.text[a:inside[0].end], inside[0].tag, a, inside[0].end)
    if inside[-1].end > b:
        inside[-1] = Word(sw.text[inside[-1].start:b], inside[-1].tag, inside[-1].start, b)
    return _bound_words(inside, gm, left)


def _before_preposition(inside: list[Word], gm: Grammar) -> list[Word]:
    """The words up to a preposition that follows a noun (专家 | 对若干战略问题…)."""
    # (1万名未就业普通高校毕业生到基层就业: 到 before a place is a preposition whatever jieba tags it)
    cut = next((n for n in range(1, len(inside)) if (inside[n].tag == "p" or inside[n].text == "到" and n + 1 < len(inside)
                                                    and inside[n + 1].tag in gm.noun_tags)
                and inside[n - 1].tag in gm.noun_tags), None)
    return inside[:cut] if cut else inside


def _bound_words(inside: list[Word], gm: Grammar, left: bool = True) -> str:
    if left:  # 中央决定将农民人均纯收入2300元作为…: what 决定将 / 要把 disposes of is the measure
        # (把 marks its object after any subject: 市委市政府把全市生产总值增长目标确定为6.5%; 将 only after a verb)
        cut = max((n for n in range(1, len(inside) - 1) if inside[n].text in gm.object_markers
                   and (inside[n - 1].tag in gm.verb_tags or inside[n].text == "把")), default=None)
        if cut is not None:
            inside = inside[cut + 1:]
        if len(inside) > 1 and inside[0].text in gm.causatives:
            inside = inside[1:]  # 使总数突破1000个, 使老八区的生活污水处理率
        if (len(inside) > 2 and (inside[0].text in gm.manner_words or inside[0].text in gm.lead_adverbials)
                and inside[1].tag in gm.verb_tags and inside[1].text not in gm.predicate_auxiliaries
                and inside[1].text not in gm.aim_verbs and inside[1].text != "实现"):
            # 重点新增城乡普惠幼儿园, 基本建成保障性住房: how the doing went, not what it did (not 基本实现, 重点加快:
            # what a state reached, or the pace of a doing, whose words the strip lists take off)
            inside = inside[1:]
    while inside and (inside[0].tag in gm.start_stop_tags or not inside[0].text.strip()):
        if inside[0].text in gm.start_keep and any(r in w.text for w in inside for r in gm.relation_words):
            break  # 对世界经济增长贡献率, 与上海的差距
        if inside[0].text in gm.negations and len(inside) > 2 and inside[1].tag in gm.verb_tags:
            break  # 未就业普通高校毕业生: a negated doing before a noun says which ones
        if (inside[0].text == "在" and len(inside) > 1
                and (inside[1].tag == "j" or inside[1].tag == "ns" and len(inside[1].text) == 1)):
            break  # 在沪企业, 在兰央企: 在 and a place's one-character name say which ones
        if ((inside[0].tag in gm.adverb_tags or inside[0].tag == "c") and len(inside[0].text) > 1 and len(inside) > 1
                and not (inside[1].tag in gm.verb_tags or inside[1].tag in gm.start_stop_tags)):
            break  # 经常项目, 既有多层住宅: a two-character adverb or conjunction before a noun is read into it
        inside = inside[1:]
    if not left:  # 2000多位专家对若干战略问题进行研究论证: after the number, a preposition ends the noun
        inside = _before_preposition(inside, gm)
    # (河道全面 | 实行, 集体经济收入全部 | 达到: a manner word jieba reads as a noun ends no noun either)
    while inside and (inside[-1].tag in gm.end_stop_tags or not inside[-1].text.strip()
                      or len(inside) > 1 and inside[-1].text in gm.manner_words and inside[-2].tag in gm.noun_tags):
        if inside[-1].tag == "m" and not any(c.isdigit() or c in gm.numeral_chars for c in inside[-1].text):
            break  # 采样点: jieba's numeral tag on a noun's last character
        if left and inside[-1].text == "地" and len(inside) > 1 and inside[-2].tag in gm.noun_tags:
            break  # 新建足球场地28块: before a number 地 is no adverb's particle but the noun's (jieba's 足球场 | 地)
        if (inside[-1].tag in gm.link_tags and len(inside) > 1 and inside[-2].tag not in gm.noun_tags
                and inside[-1].text not in gm.from_words):
            break  # 加强针 (针 read as a preposition): a preposition ends a noun, not a verb
        inside = inside[:-1]
    if not left:  # 40个市级审批职能部门共受理审批事项: after the number, an adverb before a verb opens the predicate
        cut = next((n for n in range(1, len(inside) - 1) if inside[n].tag in gm.predicate_opening_tags and inside[n + 1].tag in gm.verb_tags
                    and inside[n].text not in gm.negations and inside[n - 1].tag in gm.noun_tags), None)
        if cut and inside[cut].tag in gm.adverb_tags and any(w.text == "的" for w in inside[cut + 1:]):
            cut = None  # (27个川渝共同实施的重大项目: the clause says which things, named after 的)
        if (cut and inside[cut].tag == "a" and inside[-1].text.endswith(gm.made_heads + gm.compound_heads)
                and inside[-1].tag in gm.noun_tags and not inside[-1].text.endswith("工作") and not any(w.tag in gm.verb_tags for w in inside[cut + 2:])):
            cut = None  # (40个室外智慧健康健身系统: an adjective and a doing before a made thing's head name it)
        # (市级审批职能部门: jieba's verbs in a name; 防返贫监测对象稳定消除风险: a manner word before a verb and
        # its object after a name that ends in a plain noun)
        if cut and (not any(w.tag in gm.verb_tags for w in inside[:cut])
                    or inside[cut].tag in gm.manner_tags and inside[cut - 1].tag == "n" and cut + 2 < len(inside)
                    and inside[cut + 2].tag in gm.noun_tags
                    or (inside[cut].tag in gm.adverb_tags or inside[cut].tag == "ad") and inside[cut - 1].tag == "n" and len(inside[cut - 1].text) >= 2
                    and cut + 2 == len(inside)):
            inside = inside[:cut]
    last, adverbs, verbs = len(inside) - 1, gm.adverb_tags, gm.verb_tags  # (read once, not for each word)
    if adverbs.isdisjoint([w.tag for w in inside[1:last]]) or inside[-1].text.endswith(_RATE_ENDS):
        # (no adverb inside to drop: most phrases; 差评按时答复率: how a rate's doing went is what it counts)
        return "".join([w.text for w in inside])
    return "".join([w.text for n, w in enumerate(inside)
                    if not (0 < n < last and w.tag in adverbs and inside[n + 1].tag in verbs
                            and w.text not in gm.negations)])


def on_words(text: str, phrase: str, lo: int, hi: int, sw: SentenceWords, gm: Grammar, last: bool = True) -> str:
    """A metric phrase found in text[lo:hi] (the last occurrence before a number, or the first
    after it), bounded by words and then by the strip lists, until neither changes it."""
    if not phrase:
        return phrase
    a = text.rfind(phrase, lo, hi) if last else text.find(phrase, lo, hi)
    if a < 0:  # periods were taken out of its middle (提升到去年底的 → 提升到底): its own words
        return _strip_words(_bound_words([Word(w, t, 0, 0) for w, t in _tagged(phrase)], gm, last), gm)
    for _ in range(4):
        if a < 0:
            break
        new = _strip_words(_bound_span(a, a + len(phrase), lo, hi, sw, gm, last), gm)
        if new == phrase or not new:
            phrase = new
            break
        a, phrase = text.find(new, a, a + len(phrase) + len(new)), new
    return phrase


@lru_cache(maxsize=None)
def _strip_words(phrase: str, gm: Grammar) -> str:
    """_strip, when what it takes off is whole words: 养老金人均 keeps its 均."""
    stripped = _strip(phrase, gm)
    if stripped == phrase or not stripped:
        return stripped
    i = phrase.find(stripped)
    if (i == 0 and len(stripped) > 1 and (gm.change_up.match(phrase, len(stripped)) or gm.change_down.match(phrase, len(stripped)))
            and not phrase.endswith(gm.measure_aliases)):  # (经济增长 names a measure)
        return stripped  # 物价上涨1.4%: a verb of change comes off even from inside jieba's word
    ends = _word_starts(phrase)
    if i == 0 and _doing_left(phrase, stripped, gm):
        return phrase
    # (到2020年全社会…: jieba may read a leading year's 年 into the next word, 年全)
    return stripped if ((i in ends or (year := _LEADING_YEAR.match(phrase)) and i == year.end())
                        and i + len(stripped) in ends) else phrase


def _doing_left(phrase: str, stripped: str, gm: Grammar) -> bool:
    """8个作战计划: whether the strip lists took a noun off the end and left a doing alone."""
    return bool(stripped) and stripped != phrase and all(t in gm.verb_tags for _, t in _tagged(stripped)) and _tagged(phrase)[-1][1] in gm.noun_tags


def _with_predicate(text: str, phrase: str, lo: int, hi: int, gm: Grammar) -> str:
    """经济年均增长保持在6.5%: a subject that names nothing without its verb of change keeps it."""
    a = text.rfind(phrase, lo, hi)
    if a < 0:
        return phrase
    m = gm.rate_start.match(text, a + len(phrase), hi)
    return text[a:m.end()] if m else phrase


def _rate_object(phrase: str, gm: Grammar) -> str:
    """按不低于5%的幅度压减一般性支出: the rate noun after 的 measures the verb's object
    (→ 一般性支出压减幅度)."""
    noun = next((w for w in gm.rate_after_de if phrase.startswith(w)), None)
    if not noun:
        return ""
    tagged = _tagged(phrase[len(noun):])
    if len(tagged) < 2 or tagged[0][1] not in gm.verb_tags:
        return ""
    obj = []
    for w, t in tagged[1:]:
        if t in gm.end_stop_tags or t in gm.verb_tags or not w.strip() or _CLAUSE_BREAK.match(w):
            break
        obj.append(w)
    return "".join(obj) + tagged[0][0] + noun if obj else ""


def _purpose(text: str, at: int, end: int, metric: str | None, gm: Grammar) -> str:
    """安排30亿元建设资金，支持国有煤矿安全技术改造 → 国有煤矿安全技术改造建设资金 (grammar.json
    purpose_verbs): money with no name of its own is named by what it is for."""
    pos = at
    fund = metric if metric in gm.fund_nouns else "资金"
    if metric in gm.fund_nouns and text.startswith(metric, pos):
        pos += len(metric)
    if text.startswith(("，", ","), pos):
        pos += 1
    verb = next((v for v in gm.purpose_verbs if text.startswith(v, pos)), None)
    if verb is None:
        return ""
    brk = _LIST_END.search(text, pos + len(verb), end)  # (a list of places is part of the aim)
    aim = text[pos + len(verb):brk.start() if brk else end]
    if not 3 <= len(aim) <= 24 or brk is not None and text[brk.start()].isdigit():
        return ""
    return aim + fund


def _without_allotting(metric: str, gm: Grammar) -> str:
    """中央财政安排优抚事业费 → 中央财政优抚事业费, “3+3”重点产业完成综合税收 → …综合税收 (grammar.json
    allotting_verbs: verbs between an owner and what it allots or achieves)."""
    tagged = _tagged(metric)
    for n in range(1, len(tagged) - 1):
        # (预算拟安排补助资金: jieba reads 拟 and 补助 as verbs)
        m = n - 1 if n > 1 and (tagged[n - 1][1] in gm.adverb_tags or tagged[n - 1][0] + tagged[n][0] in gm.allotting_verbs) else n
        if (tagged[n][0] in gm.allotting_verbs and (tagged[m - 1][1] in gm.noun_tags or tagged[m - 1][0].endswith("”"))
                and len(tagged[n + 1][0]) > 1  # (投资完成额: a measure made of the verb)
                and tagged[-1][1] in gm.noun_tags and tagged[-1][1] != "vn"):
            return "".join(w for w, _ in tagged[:m] + tagged[n + 1:])
    return metric


def _lone_doing(metric: str, last: str, gm: Grammar) -> bool:
    """关停5000万千瓦小火电机组，今年要关停1000万千瓦: a doing of one word (an adverb before it at
    most) that the sentence did to a thing it counted before is about that thing again. Another
    doing is another measure (新开工道路8.5公里，全年竣工25公里 stays 竣工, as the next year's plan
    writes it), as is a count of times (执法检查7439次，教育劝阻3160次)."""
    tagged, before = _tagged(metric), _tagged(last)
    return (0 < len(tagged) <= 2 and len(metric) <= 4 and tagged[-1][1] in gm.verb_tags
            and before[-1][1] in gm.noun_tags and before[-1][1] != "vn")


def _bare_doing(metric: str, gm: Grammar) -> bool:
    """保留, 提标改造, 全面完成: a doing with nothing done to, at most an adverb before it."""
    tagged = list(_tagged(metric))
    while len(tagged) > 1 and (tagged[0][1] in gm.adverb_tags or tagged[0][0] in gm.manner_words):
        tagged.pop(0)
    # (举办展会: jieba's verb tag on an object; 减贫6.87万户: a doing that names what it counts)
    return (len(metric) <= 4 and metric not in gm.self_doings and all(t in gm.verb_tags and t != "vn" for _, t in tagged)
            and (len(tagged) == 1 or tagged[-1][0] in gm.doing_tails))


def _doing_alone(metric: str, gm: Grammar) -> bool:
    """开行, 建成开放, 全年共开行, 两年累计建设, 力争落地: a doing (jieba's verb, or a doing the lexicons name,
    whatever jieba tags it: 落地, 清理) with nothing done to, after words of when and how at most."""
    tagged = list(_tagged(metric))
    while len(tagged) > 1 and (tagged[0][1] in ("t", "m", "d", "ad") or tagged[0][0] in gm.doing_leads
                               or tagged[0][0] in gm.manner_words):
        tagged.pop(0)
    return (0 < len(tagged) <= 2 and sum(len(w) for w, _ in tagged) <= 4
            and all(t in gm.verb_tags or t == "vn" or _lexicon_doing(w, gm) for w, t in tagged)
            # (新造林5万亩、育苗2万亩: a doing the lexicons do not name is an activity of its own)
            and any(_lexicon_doing(w, gm) for w, _ in tagged))


def _lexicon_doing(w: str, gm: Grammar) -> bool:
    return w in gm.doings_named


def _pushing_lead(w: str, t: str, gm: Grammar) -> bool:
    """全力, 加快, 推进, 力争: a word of when, how or urging that may open a doing (grammar.json doing_leads)."""
    return (w in gm.doing_leads or w in gm.manner_words or w in gm.predicate_auxiliaries or w in ("推进", "推动")
            or t in gm.adverb_tags)


def _without_doing_leads(phrase: str, gm: Grammar) -> str:
    """全力推进PPP项目 → PPP项目: the doings the lexicons name, and the words of when and how before
    them, off the front of the things (not a verb jieba reads inside their name: 租赁住房)."""
    tagged = list(_tagged(phrase))
    while len(tagged) > 1 and (_lexicon_doing(tagged[0][0], gm) or _pushing_lead(*tagged[0], gm)):
        tagged.pop(0)
    return "".join(w for w, _ in tagged)


def _another_stage(then: str, now: str, gm: Grammar) -> bool:
    """新开工 … 竣工: two stages of the work (grammar.json count_predicates), each a measure of its own."""
    stage = lambda w: w in gm.count_predicates or w[:1] == "新" and w[1:] in gm.count_predicates
    return stage(then) and stage(now) and then.lstrip("新") != now


def _thing_of_clause(words: list, gm: Grammar) -> str:
    """The things a clause names as what it builds or opens (新开通…“点对点”中欧双向班列, 加快建设…快
    供给的产业空间), or as what the work it ends on is done to (推动“孺子书房”建设): the nouns that end it.
    None from a clause that keeps, deepens or forms something (保持…高压态势, 形成…格局), or ends in a doing."""
    words = [w for w in words if w.text.strip()]
    lead = 0
    while lead < len(words) - 1 and _pushing_lead(words[lead].text, words[lead].tag, gm):
        lead += 1
    builds = lead < len(words) and _lexicon_doing(words[lead].text, gm)
    if len(words) > 1 and words[-1].text in gm.doing_tails:
        words, builds = words[:-1], True
    if not builds:
        return ""
    run = []
    for w in reversed(words):
        if not (w.tag in gm.noun_tags and w.tag != "vn" or w.tag in ("b", "eng") or w.text in "“”"):
            break
        run.insert(0, w)
    while run and (run[0].text == "”" or run[0].tag not in gm.noun_tags and run[0].text != "“"):
        run.pop(0)
    named = [w for w in run if w.text not in "“”"]
    thing = "".join(w.text for w in run)
    return _clean_metric(thing) if named and named[-1].tag in gm.noun_tags and not thing.endswith(gm.abstract_heads) else ""


def _without_work_leads(metric: str, gm: Grammar) -> str:
    """实施改薄学校, 清理规范涉企收费, 新建和改造提升城市公厕, 各类棚户区: the doings (grammar.json
    work_leads_dropped, joined by 和 or 、 at most) that open the phrase come off the things or the work they are
    done to; not off a measure of the work (完成投资), nor off what is no noun phrase."""
    tagged = _tagged(metric)
    n = 0
    while n < len(tagged) - 1 and (tagged[n][0] in gm.work_leads_dropped or n and tagged[n][0] in ("和", "、", "及")
                                   and tagged[n + 1][0] in gm.work_leads_dropped):
        n += 1
    if not n or tagged[n - 1][0] in ("和", "、", "及"):
        return metric
    if tagged[n][0] in _COMPLEMENTS and n + 1 < len(tagged):
        n += 1  # (落实好小规模纳税人增值税起征点: the doing's complement goes with it)
    rest = tagged[n:]
    named = [x for x in rest if x[0] not in "“”"]
    phrase = metric[sum(len(w) for w, _ in tagged[:n]):]
    if phrase in gm.investment_of and "投资" in phrase:
        return phrase  # 实施总投资2409亿元的…: the things' total, not a measure of the work (完成投资)
    if (len(phrase) < 2 or not named or phrase in gm.measure_nouns or phrase.endswith(gm.done_measure_ends)
            # (整治国土面积: the area the work covered, not the stock)
            or phrase.endswith(gm.stock_measures) and any(w in gm.treatments for w, _ in tagged[:n])
            or rest[0][1] in gm.verb_tags and len(rest) == 1
            or len(rest) == 1 and (phrase.endswith(_RATE_ENDS) or phrase in gm.work_leads_dropped)  # (整治完成率, 规范整治)
            or rest[0][0] in ("和", "、", "及")  # (规范、设立小餐饮便民服务区: a doing of its own follows)
            # (实施技术改造的工业企业: a doing inside the clause that says which things; 完成改造项目: a generic
            # noun, whose kind the doing names)
            or "的" in phrase or phrase in gm.generic_nouns or _tagged(phrase)[-1][0] in gm.generic_nouns and len(rest) <= 2):
        return metric
    # (开展文化惠民演出, 建成公益性足球场 | 地: a verbal noun after nouns, 地 after a noun, end a noun phrase too)
    if (named[-1][1] in gm.noun_tags and (named[-1][1] != "vn" or len(named) > 1 and named[-2][1] in gm.noun_tags and named[-2][1] != "vn")
            or named[-1][0] == "地" and len(named) > 1 and named[-2][1] in gm.noun_tags
            # (一次性就学救助: an attribute opens a short noun phrase; not 支持民营经济健康发展, a policy's aim)
            or named[0][1] == "b" and named[-1][1] in gm.noun_tags and len(named) <= 3
            or rest[-1][0] == "”" or len(rest) >= 2 and tagged[0][0] in ("完成", "实施")):
        return phrase
    return metric


def _kind_after_examples(metric: str, gm: Grammar) -> str:
    """化工、冶金等落后产能, 创盛碳化硅等重大项目, 政务、交通等领域示范应用场景: examples before 等 only illustrate;
    the kind after it is what is measured (readers of rounds 253-268 wrote it alone ten times in ten). Not 等
    inside a word (高等教育, 一等奖)."""
    # (jieba may read 等 into the word before it: 产业展等, 消费季等; not 高等, 一等奖, 等级, 同等享有)
    at = next((i for i in range(len(metric) - 3, 1, -1) if metric[i] == "等" and metric[i - 1] not in _NOT_ETC_BEFORE
               and metric[i + 1] not in _NOT_ETC_AFTER), None)
    if at is None:
        return metric
    rest = _tagged(metric[at + 1:])
    if rest and rest[0][0] in ("领域", "方面") and len(rest) > 1:
        rest = rest[1:]  # (…等领域示范应用场景: the field named is the examples')
    kind = "".join(w for w, _ in rest)
    # (集成电路、生物医药、软件等产业, 制造业等行业现行税率: a kind that names too little alone keeps its examples)
    # (汽车、家电等销售: a doing alone after 等 is done to the examples)
    if (len(kind) < 2 or rest[-1][1] not in _HEAD_TAGS and (rest[-1][1] != "vn" or len(rest) == 1) or rest[0][1] == "v"
            or rest[0][0] in gm.generic_kinds or kind.startswith(("产业", "行业"))):
        return metric
    return kind


def _without_place_subject(metric: str, gm: Grammar) -> str:
    """市中心区年内竣工保障性住房, 珠三角民企洽谈会上签约项目, 瓯江新城核心区开工和投用商办楼宇: a place (or
    a time in it) that opens the phrase before its doing says where the things were done, not which: the doing
    and the things are what is measured (readers of rounds 257-264 left the place off). Not an owner before its
    measure (规上工业企业实现利润), nor a doing the lexicons count as part of the measure (城镇新增就业)."""
    tagged = _tagged(metric)
    at = next((i for i, (w, t) in enumerate(tagged) if t in gm.verb_tags), None)
    if not at or at == len(tagged) - 1:
        return metric
    verb, subject, rest = tagged[at], tagged[:at], tagged[at + 1:]
    things = list(itertools.dropwhile(lambda x: x[1] in gm.verb_tags or x[0] in _LIST_WORDS, rest))
    if (verb[1] != "v" or verb[0] in gm.measure_verbs or not (verb[0] in gm.project_stages or verb[0] in gm.deal_verbs)
            or not things or any(t not in _HEAD_TAGS for _, t in things)
            or "".join(w for w, _ in rest).endswith(gm.measure_nouns + tuple(gm.measure_ends))
            or any(t not in _HEAD_TAGS and t not in gm.place_tags and t not in ("f", "t") for _, t in subject)):
        return metric
    place = [x for x in subject if x[1] != "t"]
    if not place or not (place[-1][1] in gm.place_tags or place[-1][1] == "f" and len(place) > 1
                         or place[-1][0].endswith(gm.owner_ends) and not place[-1][0].endswith(gm.thing_places)
                         and place[-1][0] not in gm.counted_places):
        return metric
    return metric[sum(len(w) for w, _ in subject):]


def _doings_only(phrase: str, gm: Grammar) -> bool:
    """已经立行立改, 稳步推进解决: verbs and the adverbs before them, nothing done to."""
    tagged = _tagged(phrase) if phrase else ()
    # (升级改造: jieba's verbal noun before a verb is a doing too; not 评估评审, verbal nouns alone, which
    # may name the things: 取消评估评审152项)
    vn = len(tagged) > 1 and all(t in gm.verb_tags or t == "vn" for _, t in tagged)
    return (0 < len(phrase) <= 8 and tagged[-1][1] in gm.verb_tags
            and all((t in gm.verb_tags or vn and t == "vn") and (len(w) <= 2 or _two_doings(w)) or t in gm.adverb_tags
                    for w, t in tagged))  # (典当行: no verb)


def _two_doings(w: str) -> bool:
    """改扩建: three characters jieba reads as one verb, a verb and a verb of two (典当行 is none: 典 | 当行)."""
    return len(w) == 3 and _tagged(w[:1])[0][1] == "v" and _tagged(w[1:]) == ((w[1:], "v"),)


def _parallel_level(metric: str, prev: str) -> str | None:
    """国家级企业技术中心1家、省级14家: a level alone after a figure whose metric opens with another
    level names the same things at its own level (→ 省级企业技术中心)."""
    if len(metric) > 4 or not metric.endswith("级"):
        return None
    words = [w for w, _ in _tagged(prev)]
    first = words[0]
    if first.endswith("级") and first != metric and len(prev) > len(first):
        return metric + prev[len(first):]
    # (农业产业化国家重点龙头企业17家、自治区级95家, 卓越级智能工厂2家、先进级19家: the level inside the phrase)
    at = next((n for n, w in enumerate(words) if n + 1 < len(words) and (w.endswith("级") or w == "国家") and w != metric), None)
    if at is None:
        return None
    lo = at - 1 if words[at] == "级" else at  # (jieba's 卓越 | 级)
    return "".join(words[:lo]) + metric + "".join(words[at + 1:])


def _without_doing_lead(phrase: str, gm: Grammar) -> str:
    """phrase without the manner words, adverbs and verbs it opens with, if a noun is left."""
    words = list(_tagged(phrase))
    n = 0
    while n < len(words) - 1 and (words[n][1] in gm.verb_tags or words[n][1] in gm.adverb_tags or words[n][0] in gm.manner_words
                                  or words[n][1] == "l" and words[n][0][:2] in gm.manner_words):  # (jieba's 全面完成)
        n += 1
    return "".join(w for w, _ in words[n:]) if n and words[n][1] in gm.noun_tags else phrase


def _next_doing(metric: str, prev: str, between: str, gm: Grammar, prev_pre: str = "") -> str:
    """农村水利工程开工35宗，完工25宗; 棚户区改造新开工7791套、建成39223套: a lone doing right after a
    figure of the same unit whose metric is a subject and its doing names the same subject's next
    doing. (A subject after its doing, 新开工道路8.5公里，全年竣工25公里, is not taken: the next
    year's plan writes 竣工 alone.)"""
    written = between.strip(" ,、")
    if written != metric and written.startswith(metric) and len(written) <= 4 and all(
            w in gm.count_doings or w in gm.new_doings_counted or w in gm.doing_tails or gm.change_start.fullmatch(w)
            for w, _ in _tagged(written)):
        metric = written  # 新建高标准农田120万亩、改造提升207万亩: the strip lists took the doings' last verb (提升)
    tagged = _tagged(metric)

    def doing(w: str, t: str) -> bool:  # (投产, 建设: doings jieba reads as verbal nouns)
        return (t in gm.verb_tags and t != "vn" or t in ("vn", "b") and (w in gm.count_predicates or w in gm.doing_tails))
    if not (len(metric) <= 4 and tagged and all(doing(w, t) or t in gm.adverb_tags or w in gm.manner_words for w, t in tagged)
            and doing(*tagged[-1]) and written == metric):
        return metric
    words = list(_tagged(prev))
    # (开工建设公共卫生体系补短板项目11个、基本建成6个: the doing written before the metric the strip lists cut)
    at = prev_pre.rfind(prev)
    lead = _tagged(prev_pre[:at].rstrip()) if at > 0 else ()
    done_before = bool(lead) and (lead[-1][1] in gm.verb_tags or prev_pre[:at].rstrip().endswith(tuple(gm.new_doings_counted)))
    if ((words[0][1] in gm.verb_tags and words[0][1] != "vn" or done_before)
            and between.strip(" ")[1:] == metric and between.strip(" ")[0] in "、，,"
            and (all(t in gm.adverb_tags or w in gm.manner_words for w, t in tagged[:-1])  # (not 带动就业: its own object)
                 or tagged[-1][0] in gm.doing_tails and all(t in gm.verb_tags for _, t in tagged)  # (提标改造: two doings)
                 or tagged[0][0] in gm.count_doings and gm.change_start.fullmatch(tagged[-1][0]) and len(tagged) == 2)):
        # 新开工重大项目261个、续建420个, …各类保障房83万套，竣工47万套: a doing right after a doing and its
        # object does it to the same object (not with words of its own: 新开工道路8.5公里，全年竣工25公里 is
        # the plan's 竣工 alone)
        while words and (words[0][1] in gm.verb_tags or words[0][1] in ("vn", "c", "d") or words[0][0] in "、和及"):
            words.pop(0)  # (累计开工建设和筹措各类保障房: every doing of the list)
        thing = "".join(w for w, _ in words)
        return metric + thing if len(thing) >= 2 and words[-1][1] in gm.noun_tags else metric
    if words[0][1] in gm.verb_tags or words[0][1] in gm.adverb_tags or words[0][1] == "ad" or not any(t in gm.verb_tags and t != "vn" for _, t in words[1:]):
        return metric  # (直接扶持自主创业2296人、带动就业6615人: no subject opens the first)
    # the subject ends before a preposition (中长期贷款项目 | 通过国家审核), a doing, or a word that ends
    # no noun (…住房 | 基本建成, …电梯 | 全区完工)
    cut = next((n for n, (_, t) in enumerate(words) if t == "p"), len(words))
    words = words[:cut]
    while words and (words[-1][1] in gm.verb_tags and words[-1][1] != "vn" or words[-1][1] in gm.adverb_tags
                     or words[-1][0] in gm.not_subject_end or words[-1][1] == "vn" and words[-1][0] in gm.count_predicates):
        words.pop()  # (老城区工业企业累计启动搬迁: jieba's verbal noun 启动 is a doing too; 棚户区改造 names work)
    subject = "".join(w for w, _ in words)
    if len(subject) < 2 or words[-1][1] not in gm.noun_tags:
        return metric
    return subject + metric


def _list_start(text: str, lo: int, num: int, floor: int, s0: int, gm: Grammar, last: str | None = None) -> int:
    """办理自治区、市人大代表议案、建议和政协提案329件: nouns listed with 、 right before a count, none
    with a figure of its own, are counted together. Where the list starts (the first member may open
    with its doing), else lo. last: the last member when it is not text[lo:num] (公务接待、公务用车、
    公务出国（境）经费支出减少30.3%: the measure, its verb after it)."""
    measure = last is not None  # (its members say which of the measure's things: 公务接待, 非重点, 失业)
    last = _LIST_TALLY.sub("", text[lo:num]) if last is None else last
    if not measure and not _list_member(last, gm) or measure and (
            all(t in gm.verb_tags for _, t in _tagged(last)) or "等" in last or any(t in ("d", "p") for _, t in _tagged(last))):
        # (“工改工”力争整备、拆除不少于1万亩: doings listed; 南城东华、…、长安科技商务区等总面积: examples; 各街镇、临空共
        # 联系走访企业: a subject, its adverb and its doing, not one of several things measured)
        return lo
    member_of = _measure_member if measure else _list_member
    start, pos = lo, lo - 1  # pos: the 、 before the member at start
    while True:
        b = max(floor, max((text.rfind(c, floor, pos) for c in _LIST_BREAKS), default=-1) + 1)
        member = _without_space(text[b:pos])
        if not member or _DIGITS.search(member) or len(member) > 12 or num - b > _WINDOW:
            return lo
        if text[b - 1:b] != "、" or b <= floor:
            if b > s0 and text[b - 1] not in _LIST_BREAKS:
                return lo  # (惠及616.2万名近亲属、共济金额: the list would open with the last figure's noun)
            # (引进华为智能生活馆、…首店, 全市新增中小学、幼儿园73所: the subject and doing are no member's;
            # 清理私设地桩、地锁、隔离墩: nor what jieba tags no noun before the member's own words)
            if measure:  # (全市公务接待: what the strip lists take off opens no member, nor the clause's doing)
                first = _strip(member, gm)
                tagged = _tagged(first)
                doings = any(t == "c" and tagged[n + 1][1] in gm.verb_tags for n, (_, t) in enumerate(tagged[:-1]))
                return pos - len(first) if member.endswith(first) and _measure_member(first, gm) and not doings else lo
            tagged = _tagged(text[b:pos])
            # (获批国家产业创新中心: the doing that opens the clause, not a verb inside the member's name)
            opening = next((n for n, (_, t) in enumerate(tagged[:3]) if t in gm.verb_tags
                            or t == "vn" and n and tagged[n - 1][0] == "新"), None)  # (新发展: jieba's verbal noun)
            if opening is not None:
                while opening + 1 < len(tagged) and tagged[opening + 1][1] in gm.verb_tags:
                    opening += 1
                first = "".join(w for w, _ in tagged[opening + 1:])
                if _list_member(first, gm):
                    return pos - len(first)
            last_doing = max((n for n, (_, t) in enumerate(tagged) if t in gm.verb_tags), default=-1)
            lead = next((n for n in range(last_doing + 1, len(tagged)) if tagged[n][1] in gm.noun_tags), len(tagged))
            first = "".join(w for w, _ in tagged[lead:])
            return pos - len(first) if _list_member(first, gm) else lo
        if not member_of(member, gm):
            return lo
        start, pos = b, b - 1


def _list_member(s: str, gm: Grammar) -> bool:
    """A noun that can be a list's member: nouns (用地等成本: 等 and the kind the members are of), or a
    name ending in a noun that jieba cuts with a verb or a locative inside (概念验证中心, 中小试基地);
    never a doing and its object (培育示范项目) nor a place (where, not what)."""
    tagged = _tagged(s)
    if not tagged or tagged[-1][1] not in gm.noun_tags:
        return False
    if all(t in gm.noun_tags or t in ("c", "uj") or w == "等" for w, t in tagged):
        return True
    # (省级以上技术创新中心: a grade and 以上 before the name, jieba's idiom inside it)
    return (len(s) <= 12 and (tagged[0][1] in gm.noun_tags or tagged[0][1] == "b" and len(tagged) > 2)
            and all(t in gm.noun_tags or t in gm.verb_tags or t in ("f", "a", "b", "t", "l") for _, t in tagged))


def _after_verb(sw: SentenceWords, num: int, gm: Grammar) -> bool:
    """Whether a verb stands right before a number, or before an adverb right before it (征集近100个)."""
    w = sw.at(num - 1)
    if w is not None and w.tag in ("d", "ad") and w.start > sw.lo:
        w = sw.at(w.start - 1)
    return w is not None and w.tag in gm.verb_tags


def _object_name(phrase: str, gm: Grammar) -> bool:
    """Whether the words after a count that is a doing's object, running to the clause end, are one name
    though jieba tags verbs inside it (财政配套支持措施, 森林徒步游彩色步道, 大数据应用场景解决方案): they end in a
    noun, and hold no adverb, preposition, particle, pronoun, figure or light verb that would open a
    clause of their own (…电梯全部完成改造, 为…发放补贴)."""
    tagged = _tagged(phrase)
    # (推进592个市重点项目建设, 13条产业链创新发展: the work done to the things, not their name, ends in vn or a verb;
    # 30家零部件配套企业回归长春: nor does a name end in a place)
    # (学校食堂安装视频监控系统, 香港创业团队入驻…: things named in full before the verb are its subject, and the
    # verb their doing; a word or two before it (财政, 大数据, 细胞) names no things yet)
    verb = next((n for n, (_, t) in enumerate(tagged) if t in gm.verb_tags), None)
    return (1 < len(tagged) and len(phrase) <= 16 and tagged[-1][1] in ("n", "nz", "nt", "l", "j", "ng") and not _DIGITS.search(phrase)
            and verb is not None and len("".join(w for w, _ in tagged[:verb])) <= 3 and not phrase.endswith(tuple(gm.doing_tails))
            and not any(t in ("d", "ad", "p", "r", "m") or t.startswith("u") or w in gm.light_verbs for w, t in tagged))


def _measure_member(s: str, gm: Grammar) -> bool:
    """A member of a list before a measure, which says which of its things (公务接待、公务用车、…经费支出,
    非重点、非刚性支出预算, 基本养老、失业、工伤、生育保险参保覆盖率): no doing of its own (深化改革、扩大开放、
    地区生产总值增长: clauses listed), nor a place (高新区、经开区主营业务收入: where)."""
    tagged = _tagged(s)
    # (市属国有资产首次突破万亿、利税增长20%, 国考断面水质稳定达标、优良率: a clause of its own, with its
    # adverb, numeral or a verb taking an object)
    return (bool(tagged) and tagged[0][1] not in gm.verb_tags and tagged[0][1] not in gm.start_stop_tags
            and not any(t in ("d", "ad", "p", "uj") or t == "m" and len(tagged) > 1 or w in gm.light_verbs for w, t in tagged)
            and not _is_place(s, gm))


def _share_doing(text: str, thing: str, num: int, tail: int, end: int, gm: Grammar) -> str:
    """行政审批事项99%实现网上申报: a share right after things, with a doing of theirs to the clause end, is
    the share of them that did it (→ 行政审批事项网上申报比例). Not when the phrase is a measure already,
    or when words stand between the things and the share (减按7.5%征收: a rate it is levied at)."""
    m = _CLAUSE_BREAK.search(text, tail, end)
    doing = _without_space(text[tail:m.start() if m else end])
    if not doing or len(doing) > 15 or _DIGITS.search(doing) or thing.endswith(("率", "占比", "指数") + gm.share_nouns + gm.measure_nouns):
        return ""
    tagged = _tagged(doing)
    light = tagged[0][0] in gm.light_verbs and len(tagged) > 1  # (实现网上申报: the doing is 网上申报)
    if light:
        tagged = tagged[1:]
    if (not light and tagged[0][1] not in gm.verb_tags or tagged[-1][1] not in gm.noun_tags and tagged[-1][1] not in gm.verb_tags
            or any(t.startswith("u") for _, t in tagged)  # (150%加计扣除等政策: the rate of a policy)
            or not text.endswith(thing, 0, num)):
        return ""
    return thing + "".join(w for w, _ in tagged) + gm.share_nouns[-1]


def _share_of_things(text: str, at: int, end: int, metric: str | None, gm: Grammar) -> str:
    """85%的中小学建成智慧校园: a share, 的, the things and what they did, to the clause end: the share
    of those things that did it, as written (→ 中小学建成智慧校园; an adverb before the verb goes).
    Not a rate (按不低于5%的幅度压减…), a target (8%左右的国内生产总值增长目标), or a doing the metric
    already holds (实现网上审批的行政审批和服务事项)."""
    m = _CLAUSE_BREAK.search(text, at, end)
    if m is None and end < len(text) and not _CLAUSE_BREAK.match(text, end):
        return ""  # (another figure in the clause: 42%的村年收入10万元以上)
    phrase = _without_space(text[at:m.start() if m else end])
    if (not phrase or len(phrase) > 20 or _DIGITS.search(phrase) or phrase.count("“") != phrase.count("”")
            or phrase.startswith(tuple(gm.rate_after_de)) or phrase.endswith(gm.plan_nouns)):
        return ""
    tagged = _tagged(phrase)
    verb = next((n for n, (w, t) in enumerate(tagged) if t in gm.verb_tags and len(w) > 1), None)
    if (not verb or tagged[0][1] not in gm.noun_tags or any(t.startswith("u") for _, t in tagged[verb:])
            or metric and tagged[verb][0] in metric):
        return ""
    return "".join(w for n, (w, t) in enumerate(tagged) if not (t in gm.adverb_tags and n < verb))


def _handled(text: str, hits: list, recs: list, k: int, gm: Grammar) -> str:
    """办理群众诉求2000件、企业诉求300件，满意率98%: a rate written bare (grammar.json handling_rates) is of the
    things just counted, every member of their list (→ 群众诉求和企业诉求)."""
    names, j = [], k - 1
    while j >= 0 and hits[j].unit_base in gm.counters and recs[j]["metric"]:
        tagged = _tagged(recs[j]["metric"])
        done = max((i for i, (w, t) in enumerate(tagged[:-1]) if t in gm.verb_tags or w in gm.count_doings), default=-1)
        name = "".join(w for w, _ in tagged[done + 1:])  # (高质量办理省人大代表建议, 已答复诉求: the things)
        if len(name) < 2 or name.endswith(("量", "额", "数")):
            return ""  # (日均办件量2200余件，满意率: a rate of no things counted)
        names.insert(0, name)
        if not j or text[hits[j - 1].tail:hits[j].num_start][:1] not in "、和":
            break
        j -= 1
    return "和".join(dict.fromkeys(names))


def _giver(amount: str) -> str:
    """What an amount's figure gives, for those it reached: the amount without its measure word (…额) and the
    word that measure repeats (发放各类社会救助救助金额1.93亿元，惠及… → 各类社会救助)."""
    words = [w for w, _ in _tagged(amount)]
    if len(words) > 1 and words[-1].endswith("额"):
        words.pop()
        if len(words) > 1 and words[-1] == words[-2]:
            words.pop()
    return "".join(words)


def _beneficiaries(metric: str, gm: Grammar) -> bool:
    """惠及, 惠及群众, 覆盖: a count of those a thing reached, named by no thing of its own."""
    tagged = _tagged(metric)
    return bool(tagged) and tagged[0][0] in gm.benefit_verbs and all(t in gm.noun_tags for _, t in tagged[1:])


def _counted_set(text: str, hits: list, k: int, end: int, gm: Grammar) -> int | None:
    """The count whose things hits[k] counts some of, or None: hits[k] opens its clause and a predicate
    follows it (14项在全省推广), as it may the counts of its unit joined to it before, back to the
    first one that names things (推出制度创新成果89项; 2项列入…清单 between, named by what they became)."""
    def rest(j: int) -> str:
        stop = _CLAUSE_BREAK.search(text, hits[j].tail, end)
        return text[hits[j].tail:stop.start() if stop else end]

    def joined(j: int) -> bool:
        # (each count of the run opens its clause, right after the one before it and what follows that)
        return (hits[j - 1].unit_base == hits[k].unit_base and text[hits[j].num_start - 1] in "、,;"
                and not _CLAUSE_BREAK.search(text, hits[j - 1].tail, hits[j].num_start - 1))

    if not joined(k) or not _predicate_only(rest(k), gm):  # (the cheap test first: most counts open no run)
        return None
    j = k
    while j and joined(j):
        j -= 1
        own = rest(j)
        if not (_predicate_only(own, gm) or own.startswith(gm.designation_verbs)):
            return j
    return None


def _some_of(between: str, things: str, right: str, gm: Grammar) -> bool:
    """15个国考断面中13个, 13项改革经验中，成都占5项: the words between two counts say the second
    counts some of the things the first one did (who holds them, a place, may stand between),
    unless a noun after it names what it counts (168个重点城市排名中提升5个位次)."""
    first = _tagged(right)[0][1] if right else None
    if first in gm.noun_tags and first != "ns":
        return False
    if between.startswith(things + "中"):
        rest = between[len(things) + 1:].strip(" ,，")
    else:  # 259项制度创新成果，其中56项为全国首创 (not 其中留抵退税约1.5万亿元: a noun says which)
        tail = (between[len(things):] if between.startswith(things) else between).lstrip(" ,，")
        if between.startswith(things) and right and _bare_predicate(tail.rstrip("、,，"), gm) and _bare_predicate(right, gm):
            return True  # 76个冬奥项目全部开工建设、36个完工: the things counted, then a count that did the next doing
        # (建设城际铁路及轨道交通500公里，其中建成100公里: one verb after 其中 counts the same things; 留抵退税
        # is two, a name)
        doing = _tagged(tail[2:]) if tail.startswith("其中") else ()
        return tail == "其中" or bool(doing) and doing[-1][1] in gm.verb_tags and all(t in gm.adverb_tags for _, t in doing[:-1])
    return not rest or len(rest) <= 4 and all(t in ("ns", "v", "d", "p") for _, t in _tagged(rest))


def _predicate_only(phrase: str, gm: Grammar) -> bool:
    """在全省推广, 在国务院官网刊发, 已完工: a predicate and no things of its own. It ends in a verb; a noun
    stands only after a preposition (在全省) or is a scope or manner word (全部完成), and one of these, or an
    adverb, marks it."""
    tagged = _tagged(phrase) if phrase else ()
    if not tagged or len(tagged) > 6 or tagged[-1][1] not in gm.verb_tags:
        return False
    placed = marked = False  # inside a preposition's phrase; a preposition, adverb, scope or manner word seen
    for w, t in tagged:
        marked = marked or t == "p" or t in gm.adverb_tags or w in gm.wholes or w in gm.manner_words
        if w in gm.designation_verbs:
            return False  # (2项列入国务院…清单: what they became names them)
        if t == "p":
            placed = True
        elif t in gm.verb_tags or t in gm.adverb_tags:
            placed = False
        elif not (placed or w in gm.wholes or w in gm.manner_words):
            return False
    return marked  # (22项集中治理: verbs alone may name things done, a kind of campaign)


def _bare_predicate(phrase: str, gm: Grammar) -> bool:
    """全部开工建设, 完工, 冲刺: verbs, perhaps after adverbs or words of manner, and nothing else. Looser than
    _doings_only (a manner word jieba reads as a noun, verbal nouns alone) and _bare_doing (no length limit)."""
    tagged = _tagged(phrase) if phrase else ()
    return (bool(tagged) and all(t in gm.verb_tags or t == "vn" or t in gm.adverb_tags or w in gm.manner_words for w, t in tagged)
            and (tagged[-1][1] in gm.verb_tags or tagged[-1][1] == "vn"))  # (建设, 冲刺: jieba's vn)


def _without_leading_doings(phrase: str, gm: Grammar) -> str:
    """A phrase without the doings that open it (开展惠民演出 → 惠民演出), its last word kept."""
    tagged = _tagged(phrase)
    while len(tagged) > 1 and tagged[0][1] in gm.verb_tags:
        tagged = tagged[1:]
    return "".join(w for w, _ in tagged)


def _previous_clause(text: str, lo: int, hi: int, sw: SentenceWords, gm: Grammar) -> str:
    """继续实施退耕还林还草，今年拟安排500万亩: the thing the clause before names, without its verbs
    and adverbs (→ 退耕还林还草)."""
    if sw.at(lo) is None or sw.at(hi - 1) is None:
        return ""
    inside = sw.span(lo, hi)
    # (连续第7年提高企业退休人员基本养老金: the streak's ordinal goes with the verbs; “十五”期间…:
    # so does a period, its quotes and its locative)
    while inside and (inside[0].tag in gm.start_stop_tags or inside[0].tag in gm.verb_tags
                      or inside[0].tag in ("m", "q", "x", "f") or not inside[0].text.strip()):
        inside = inside[1:]
    inside = _before_preposition(inside, gm)  # 粮食总产量在上年大幅度增长的基础上: an adverbial follows
    while inside and (inside[-1].tag in gm.end_stop_tags or not inside[-1].text.strip()):
        inside = inside[:-1]
    if any(w.tag == "m" for w in inside) and inside and inside[0].tag in gm.noun_tags:
        # 外贸出口从7月份开始大幅度回升，全年达到1949亿美元: the clause's subject, before its time words
        lead = list(itertools.takewhile(lambda w: w.tag in gm.noun_tags, inside))
        return _clean_metric("".join(w.text for w in lead)) if len("".join(w.text for w in lead)) >= 2 else ""
    if not any(w.tag in gm.noun_tags for w in inside) or any(w.tag == "m" for w in inside):
        return ""
    # 城乡常住居民可支配收入明显增长, 居民收入稳步增长: the subject, up to the noun before the predicate's
    # adverb or manner word, even with verbs jieba reads in its name (常住, 支配)
    opener = next((n for n in range(1, len(inside)) if _opens_predicate(inside, n, gm)), None)
    if opener is not None:
        subject = inside[:opener]
        # (工业投资大幅增长: a verbal noun after a noun is the measure's)
        while subject and (subject[-1].tag not in gm.noun_tags
                           or subject[-1].tag == "vn" and not (len(subject) > 1 and subject[-2].tag in gm.noun_tags
                                                              and subject[-2].tag != "vn")):
            subject.pop()
        if len("".join(w.text for w in subject)) >= 2:
            return _clean_metric(_strip_words("".join(w.text for w in subject), gm))
    lead = list(itertools.takewhile(lambda w: w.tag in gm.noun_tags and w.tag != "vn", inside))
    rest = inside[len(lead):]
    # 粮食产量屡创历史新高，…连续7年增产 (an adverb), 粮食总产量实现了… (a verb and its aspect): the
    # subject, not its predicate; not a verb inside a noun (转移接续办法, 用于教育的投入)
    # (粮食产量屡创历史新高: a predicate that ends in a verb is no part of a noun)
    if (len("".join(w.text for w in lead)) >= 2 and rest
            and (rest[0].tag in gm.adverb_tags or rest[0].tag in gm.verb_tags and (len(rest) == 1 or rest[1].text in "了着过")
                 # (地区生产总值迈上新台阶，总量突破5万亿元: the subject, not its verb's object)
                 or rest[0].tag in gm.verb_tags and len(rest[0].text) > 1 and len(rest) > 1 and rest[1].tag in gm.noun_tags
                 and "".join(w.text for w in lead).endswith(gm.measure_aliases + gm.measure_nouns)
                 and not any(w.text == "的" for w in rest) and not rest[-1].text.endswith(("率", "比例") + gm.share_nouns + gm.measure_nouns)
                 or rest[0].tag in gm.verb_tags and rest[-1].tag in gm.verb_tags and not any(w.text == "的" for w in rest))):
        inside = lead
    # (今年经济增长速度的宏观调控目标，定为百分之八至九: the strip lists' frame words come off too)
    return _clean_metric(_strip_words("".join(w.text for w in inside), gm))


def _opens_predicate(inside: list[Word], n: int, gm: Grammar) -> bool:
    """Whether inside[n] opens a predicate: an adverb or adjective before a verb or preposition (明显增长,
    快于), or jieba's idiom of a manner word and a change (稳步增长)."""
    w = inside[n]
    if w.tag in gm.adverb_tags or w.tag in ("ad", "a"):
        # (年度最高支付限额: an adjective and a verb before a noun modify it; 民间投资更加活跃: an adverb and
        # an adjective end the clause)
        return n + 1 < len(inside) and (inside[n + 1].tag == "p" or inside[n + 1].tag in gm.verb_tags
                                        and not any(x.tag in gm.noun_tags and x.tag != "vn" for x in inside[n + 2:])
                                        or w.tag in gm.adverb_tags and inside[n + 1].tag in ("a", "vn") and n + 2 == len(inside))
    return (w.tag in ("i", "l") and len(w.text) == 4 and w.text[:2] in gm.change_manners
            and bool(gm.change_start.match(w.text, 2)))


def _total_of(earlier: list[str], gm: Grammar) -> str | None:
    """What 总量 totals: the last measure named before it (地区生产总值达到13.57万亿元…，是全国首个突破13万亿元的省份，
    总量连续35年居全国首位: not 省份, what passed a mark), and of a share, its measure (海洋生产总值占比达14%、总量…)."""
    for m in reversed(earlier):
        m = next((m[:-len(w)] for w in ("占比",) + gm.share_nouns if m.endswith(w) and len(m) > len(w) + 1), m)
        if m.endswith(gm.measure_nouns) or m.endswith(gm.measure_aliases):
            return m
    return None


def _changed_subject(text: str, clause, after: int, sw: SentenceWords, gm: Grammar) -> str:
    """原油产量继续增长，达到1.42亿吨: the subject of a clause that is only a subject, or a subject and
    its verb of change (an adverb between), when the clause comes after the last figure."""
    if not clause or clause[0] < after:
        return ""
    subject = _previous_clause(text, *clause, sw, gm)
    words = text[clause[0]:clause[1]].strip(" ,，;；")
    verb = gm.change_start.match(words) if subject and words.endswith(subject) else None
    if verb and len(words) - len(subject) - verb.end() in (0, 2):
        # 提高最低工资标准，七区和五市分别达到920元 (提高全市最低生活保障标准: with its scope): the thing changed
        return subject
    if not subject or not words.startswith(subject):
        return ""
    rest = words[len(subject):]
    # (…；城镇居民人均生活费收入，1982年为494.5元: a clause that is a subject alone names it too; 企业养老保险金实现
    # “十六连调”，人均每月增加135元: so does a subject and its predicate, when nothing in it is counted)
    return subject if (not rest or len(rest) <= 6 and (gm.change_up.search(rest) or gm.change_down.search(rest))
                       or len(subject) >= 4 and (_tagged(rest)[0][1] in gm.verb_tags or _tagged(rest)[0][1] in gm.adverb_tags)
                       and not _DIGITS.search(rest)) else ""  # (民间投资更加活跃，实现3100亿元)


def _of_whole(pre: str, at: int, sw: SentenceWords) -> bool:
    """完成年初预算的47.5%: a share of a whole named before 的, whose metric the next number does not
    inherit; 从2009年的2.8%降到… is a period's 的, not a whole's."""
    if not pre.rstrip().endswith("的") or "从" in pre or "由" in pre:
        return False  # (从最高峰的433.8%: where a change starts, not a whole)
    w = sw.at(at - len(pre) + len(pre.rstrip()) - 2)
    return w is None or w.tag not in ("t", "m", "f")  # (“七五”末的8500万: 末 ends a period)


def _object_of_doing(metric: str, gm: Grammar, aimed: bool = False, counted: bool = False, after: bool = False) -> str:
    """新建和改善提升绿水长廊1000公里, 提请自治区人大常委会审议法规议案31件, 力争完成投资2440亿元:
    a count or amount whose phrase opens with several doings joined by a conjunction, with a doing
    of another agent, a chain of doings (开工改造城镇老旧小区) or a verb of aim measures the object
    they share (→ 绿水长廊, 法规议案, 城镇老旧小区, 投资). A doing that only says things were done
    comes off a plain noun (接待游客 → 游客; grammar.json count_doings); other single doings stay, and so
    do verbs that are part of the measure (新增就业, change verbs: 减少农村贫困人口)."""
    tagged = _tagged(metric)
    manner = next((w for w in gm.manner_leads if metric.startswith(w)), "") if metric.startswith(gm.manner_leads) else ""
    if manner and len(metric) - len(manner) >= 4 and not after:  # (50个重点培育项目: after a count, a name)
        first = _tagged(metric[len(manner):])[0]
        # (only before a doing the lexicons name: 重点改革任务, 高质量发展指标 are things with their kind)
        if (first[0] in gm.count_doings or first[0] in gm.work_doings or first[0] in gm.new_doings_counted
                or first[0] in gm.activity_verbs or first[0] in gm.solving_verbs):
            # 认真办理人大代表建议391件, 常态化组织展演展览1000场: how the doing is done is no part of what it counts
            rest = metric[len(manner):]
            done = _object_of_doing(rest, gm, aimed, counted, after)
            return done if done != rest or not counted else _without_activity(rest, gm)
    served = next((i for i, (w, _) in enumerate(tagged) if w in gm.provide_verbs), 0)
    if tagged and (tagged[0][0] in gm.frame_verbs
                   # (为)群众提供法律援助服务11万人次, 向困难群众和退休职工发放物价补贴: what is provided is
                   # counted, not those it is for
                   or served and all(t in gm.noun_tags or t == "c" for _, t in tagged[:served]) and tagged[0][1] in gm.noun_tags):
        # 围绕重点领域和重点群体开展职业技能培训: the frame says for whom; the activity is what is measured
        if served and after:  # (为8600多万名困难群众发放一次性生活补贴: a count before them counts those it is for)
            return "".join(w for w, _ in tagged[:served])
        at = max((i for i, (w, _) in enumerate(tagged) if i and (w in gm.activity_verbs or i == served)), default=0)
        obj = "".join(w for w, _ in tagged[at + 1:]) if at else ""
        if len(obj) >= 2 and tagged[-1][1] in gm.noun_tags:
            return obj
    # 新增公园, 新当选“两院”院士: a doing that only says the things were added or done, before a plain
    # noun phrase (not 新增就业, 完成投资), comes off (grammar.json count_doings)
    if counted and not after and (obj := _object_after_subject(tagged, gm)):
        return obj
    if counted and not after and len(tagged) > 1 and tagged[0][0] in gm.work_doings:
        # 完成棚户区改造1.2万户, 实施城市更新项目30个, 创建省级美丽乡村示范县5个: the work or the things it makes are
        # counted, the doing that carries it out comes off, with the doings stacked after it (筹集建设保障性住房)
        # (not 完成投资: a lone verbal noun is the measure's own)
        # (完成改造项目: not before a generic noun alone, which the doing names the kind of)
        def names(n: int) -> bool:  # the words from n name things (a verbal noun alone names none)
            return tagged[n][1] in gm.noun_tags and (len(tagged) > n + 1 or tagged[n][1] != "vn")
        n = 1
        while (n + 2 < len(tagged) or n + 2 == len(tagged) and tagged[-1][0] not in gm.generic_nouns) and (
                tagged[n][0] in gm.work_doings or tagged[n][0] in gm.count_doings):
            n += 1
        if not names(n):
            n = 1  # (完成建设筹集: doings alone)
        lead = sum(len(w) for w, _ in tagged[:n])
        if names(n) and len(metric) - lead >= 2:
            return metric[lead:]
    doings = gm.count_doings | gm.new_doings_counted if counted else gm.count_doings
    # 新认定, 开工建设: a doing jieba cuts in two
    lead = 2 if len(tagged) > 2 and (tagged[0][0] == "新" and tagged[1][0] in doings
                                     or tagged[0][0] + tagged[1][0] in doings) else 1
    rest = tagged[lead:]
    # (完成街心花园(口袋公园)3座: a name's note in brackets after it says nothing of where the name ends)
    note = next((i for i in range(len(rest) - 1, 0, -1) if rest[i][0] in "(（"), None) if rest and rest[-1][0] in ")）" else None
    core = rest[:note] if note else rest
    if (tagged and (tagged[lead - 1][0] in doings or lead == 2) and len("".join(w for w, _ in rest)) >= 2
            # (治理水土流失面积3.55万平方公里: the area the work covered, not the stock)
            # (治理违法建设1520万平方米, 治理水土流失20万亩: the treatment is what its area measures; readers of
            # rounds 253-276 kept it 9 times in 10)
            and not (metric.endswith(gm.stock_measures) and tagged[lead - 1][0] in gm.treatments)
            and tagged[lead - 1][0] not in gm.kept_treatments
            and rest[0][1] not in gm.verb_tags and rest[0][1] not in gm.link_tags and not rest[0][1].startswith("u")
            and rest[0][0] not in "、,"
            and "".join(w for w, _ in tagged[lead - 1:]) not in gm.fund_nouns  # (建设资金: the doing is the fund's name)
            and core[-1][1] in gm.noun_tags and (core[-1][1] != "vn" or len(core) > 1 and core[-2][1] in gm.noun_tags)):
        return "".join(w for w, _ in rest)  # (nouns before a verbal noun are a plain noun phrase too: 完成立体绿化建设)
    # 新改建, 新(改)建: 新 before a doing that shares its 建 is its own doing (新建), a bracket an alternative;
    # before other doings it only says new (新设外资企业, 新签约项目: grammar.json new_doings)
    new = len(tagged) > 2 and tagged[0][1] == "a" and len(tagged[0][0]) == 1 and (
        tagged[1][0] in gm.new_doings or tagged[1][0] == "(" and tagged[2][0] in gm.new_doings)
    # 盘活处置低效产业用地, 启动建设省级零碳园区: jieba reads the first of stacked doings as a verbal noun
    stacked = len(tagged) > 2 and tagged[0][1] == "vn" and (tagged[1][1] in gm.verb_tags or tagged[1][1] == "vn")
    if (len(tagged) < 2 or tagged[0][1] not in gm.verb_tags and not new and not stacked
            # (not 新开工改造城镇老旧小区: a doing after the measure's verb makes a chain)
            or tagged[0][0] in gm.measure_verbs and not (len(tagged) > 2 and _done_to(tagged[1][0], gm)
                                                         and tagged[2][1] in _HEAD_TAGS)):
        return metric
    n, joined = 0, False  # the leading chain of verbs (新建和改善提升)
    while n < len(tagged) and (tagged[n][1] in gm.verb_tags or (tagged[n][1] in ("c", "d") or tagged[n][0] == "与") and n + 1 < len(tagged)
                               and tagged[n + 1][1] in gm.verb_tags or new and (n == 0 or tagged[n][0] in "()")
                               or stacked and tagged[n][1] == "vn"
                               # 筹集建设保障性住房: a verbal noun after a doing and before a noun is a second doing
                               or n and tagged[n][1] == "vn" and tagged[n - 1][1] in gm.verb_tags and n + 1 < len(tagged)
                               and (tagged[n][0] in gm.doing_tails or tagged[n][0] in gm.count_doings)
                               and tagged[n + 1][1] in gm.noun_tags and tagged[n + 1][1] != "vn"):
        if tagged[n][0] in gm.measure_verbs and not (n == 0 and _done_to(tagged[1][0], gm)):
            return "".join(w for w, _ in tagged[n:])
        joined = joined or tagged[n][1] == "c" or tagged[n][0] == "与"
        n += 1
    if 1 < n < len(tagged) and tagged[n][1] == "k":
        n -= 1  # 新建安居型住房: a suffix (型) makes the verb before it a modifier of the noun, not a second doing
    rest = tagged[n:]
    if rest and (rest[0][1] == "c" or rest[0][0] in _LIST_WORDS):
        if len(rest) > 2 and rest[1][0] in gm.doing_tails:
            n, rest = n + 2, rest[2:]  # 新改建和整治城区主干道: a doing jieba reads as a noun ends the chain
        else:
            return metric  # 扶持30家生产加工和流通型龙头企业: doings joined to a modifier say which things
    # stacked doings (开工改造, 新建改建) before a plain noun phrase of its own: the phrase is the object;
    # a short or verbal rest is more likely a modifier read as a verb (推广节能空调, 评比达标表彰项目);
    # a tally before one doing is a chain too (累计建成5G基站 → 5G基站, as the seed's gold)
    doings = sum(w not in gm.tally_verbs and w not in "()" for w, _ in tagged[:n])
    chain = ((doings >= 2 or doings == 1 and tagged[0][0] in gm.tally_verbs) and len("".join(w for w, _ in rest)) >= 3
             and not any(t in gm.verb_tags for _, t in rest))
    if chain and stacked:  # (融资租赁重点企业, 辅助生殖技术项目: a short noun after two verbal nouns is one name)
        chain = bool(rest) and (len("".join(w for w, _ in rest)) >= 6 or rest[0][1] in _MODIFIER_TAGS)
    # 累计争取中央转移支付: after a tally and its doing, a noun-led rest is the object even if jieba reads
    # verbs in it (转移支付)
    tallied = (doings == 1 and tagged[0][0] in gm.tally_verbs and len("".join(w for w, _ in rest)) >= 4
               and rest[0][1] in gm.noun_tags and rest[0][1] != "vn")
    # 打造“人工智能+医疗”典型应用场景10个: one doing before a quoted name counted is no part of it
    named = (counted and n == 1 and len(tagged[0][0]) == 2 and rest and rest[0][0] == "“"
             and "”" in "".join(w for w, _ in rest[1:-1]))
    chain = chain or tallied or named
    # a verb after an organisation or person is that agent's own (人大常委会审议法规议案): its object
    agent = [i for i in range(1, len(rest)) if rest[i][1] in gm.verb_tags and rest[i - 1][1] in gm.agent_tags]
    if agent:
        rest = rest[agent[-1] + 1:]
        while rest and rest[0][1] in gm.verb_tags:
            rest = rest[1:]  # 人大常委会制定修订法律: every verb of the agent's
    elif not joined and not aimed and not chain and tagged[0][0] not in gm.aim_verbs and not (
            n == 1 and tagged[0][0] in gm.light_verbs and rest and rest[0][1] == "vn"):
        return metric  # (完成营造林: a light verb before a verbal noun)
    if not rest or rest[-1][1] not in gm.noun_tags and not tallied and not (
            rest[-1][0] == "地" and len(rest) > 1 and rest[-2][1] in gm.noun_tags):  # (足球场 | 地: one noun)
        return metric
    obj = "".join(w for w, _ in rest)
    return obj if len(obj) >= 2 else metric


def _without_activity(phrase: str, gm: Grammar) -> str:
    """组织展演展览 → 展演展览: an activity verb before the activities counted."""
    tagged = _tagged(phrase)
    if len(tagged) > 1 and tagged[0][0] in gm.activity_verbs and len(phrase) - len(tagged[0][0]) >= 2:
        return phrase[len(tagged[0][0]):]
    return phrase


def _done_to(word: str, gm: Grammar) -> bool:
    """A doing to things counted (改造, 建设): one that may follow a measure's verb in a chain (新开工改造)."""
    return word in gm.count_doings or word in gm.new_doings_counted


def _object_after_subject(tagged: tuple, gm: Grammar) -> str:
    """省产业技术研究院共建企业联合创新中心超480家, 科技特派团助力企业攻克关键技术难题216项, 外国获批在川设立领事机构
    增至24家: a count after a subject, its doing and their object counts the object (→ 企业联合创新中心,
    关键技术难题, 领事机构). The subject is a place, an agent or more than one word (not 农村互助照料中心,
    产业创新研究院: one noun and a verb inside a name); the object is nouns of their own (not 城镇新增就业)."""
    q = 0
    if tagged and tagged[0][0] == "“":  # (“四改六治理”完成老旧院落改造: a programme's name in quotes is the subject)
        q = next((n + 1 for n, (w, _) in enumerate(tagged) if w == "”"), 0)
    i = next((i for i, (_, t) in enumerate(tagged) if i >= q and t in gm.verb_tags), None)
    if (not i or len(tagged[i][0]) < 2 or not all(t in _HEAD_TAGS or t == "s" for _, t in tagged[q:i])
            or i == 1 and tagged[0][1] not in _OWNER_TAGS):
        return ""
    rest = tagged[i + 1:]
    if len(rest) > 2 and len(rest[0][0]) == 1 and rest[0][1] in ("a", "b") and rest[1][1] in _HEAD_TAGS:
        rest = ((rest[0][0] + rest[1][0], rest[1][1]),) + tuple(rest[2:])  # (开通全货机航线: jieba's 全 | 货机)
    if rest and rest[0][1] == "p":  # 获批在川设立: where, then the doing
        j = next((j for j, (_, t) in enumerate(rest) if t in gm.verb_tags), None)
        rest = rest[j + 1:] if j is not None else ()
    while rest and rest[0][1] in gm.verb_tags:
        rest = rest[1:]  # 开工建设: a chain of doings
    agent = len(rest) > 2 and rest[0][1] in gm.agent_tags and rest[1][1] in gm.verb_tags
    if agent:  # 国务院提请全国人大常委会制定修订法律: what the agent after it does, to what
        rest = rest[1:]
        while rest and rest[0][1] in gm.verb_tags:
            rest = rest[1:]
    if (not rest or len(rest[0][0]) < 2 or rest[0][1] not in gm.noun_tags or rest[-1][1] not in gm.noun_tags
            or rest[-1][1] == "vn" or len(rest) < 2 and not agent
            # (美丽乡村休闲旅游示范村: a verb and a verbal noun read as one modifier; not doings in a chain, 开工建设)
            or rest[0][1] == "vn" and not agent and not _done_to(rest[0][0], gm) and rest[0][0] not in gm.doing_tails
            and tagged[i][0] not in gm.work_doings and tagged[i][0] not in gm.tally_verbs and not _done_to(tagged[i][0], gm)
            or any(w == "的" for w, _ in rest)  # (市直部门承担审批职能的内设机构: the doing says which things)
            # (城中村改造试点城市开工建设安置住房: a place doing things inside says the object is not the thing)
            or any(t in _OWNER_TAGS and rest[n + 1][1] in gm.verb_tags for n, (_, t) in enumerate(rest[:-1]))):
        return ""
    return "".join(w for w, _ in rest)


_PREDICATE_TAGS = frozenset({"d", "ad", "a", "vd", "vn"})
_OBJECT_TAGS = frozenset({"s", "l"})  # 国内空白, 技术改造: jieba's place words and set phrases as a verb's object
_OWNER_TAGS = frozenset({"ns", "nt", "nr", "j", "s"})  # a place or agent that does things: 外国, 国务院
_MODIFIER_TAGS = frozenset({"s", "r", "a", "b"})  # 地下, 各类, 低效, 省级: a modifier opens a noun phrase
_FUND_ENDS = ("资金", "基金", "券")

_HEAD_TAGS = frozenset({"n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "eng", "g"})  # a noun that can head a phrase
_ASPECT_TAGS = frozenset({"uz", "ul", "ug"})  # 着, 了, 过: the word before is a verb, whatever jieba tags it


def _aspects(tagged) -> list[int]:
    """Where the aspect particle 了 stands in tagged words (never first: it follows its verb)."""
    return [i for i, (w, t) in enumerate(tagged) if i and w == "了" and t == "ul"]


def _after_aspect(phrase: str, gm: Grammar) -> str:
    """支撑了城市车辆保有量, 《纲要》提出了单位国内生产总值能源消耗: a verb and its aspect particle 了 before
    the noun are a predicate of something before; the noun after them is what the number measures."""
    tagged = _tagged(phrase)
    at = _aspects(tagged)
    rest = tagged[at[-1] + 1:] if at else ()
    return "".join(w for w, _ in rest) if rest and len("".join(w for w, _ in rest)) >= 2 and rest[-1][1] in gm.noun_tags else phrase


def _before_aspect(phrase: str, keep_doing: bool = False) -> str:
    """104728户农村家庭圆了安居梦, 投入23亿元建设了新的市卫生中心: a verb and its aspect particle 了 after
    the number open the predicate, whatever jieba tags the verb; what stands before it is the noun. Right after
    a count of people (30多万人拿到了社保卡) the doing is what they are counted by, and stays."""
    if "了" not in phrase:
        return phrase
    tagged = _tagged(phrase)
    at = _aspects(tagged)
    if not at:
        return phrase
    n = at[0] - 1
    while n and tagged[n - 1][1] == "v" and len(tagged[n - 1][0]) == 1:
        n -= 1  # (困难家庭住上了新房: a verb and its complement)
    cut = sum(len(w) for w, _ in tagged[:n])
    return phrase[:cut] if cut or not keep_doing else phrase


def _object_of_preposition(text: str, s0: int, at: int, sw: "SentenceWords") -> bool:
    """对6家重点管理、36家简化管理的持证单位开展…检查: things counted after 对 in the same clause are what the
    clause's predicate is done to, not things a predicate after them restricts."""
    p = text.rfind("对", s0, at)
    w = sw.at(p) if p >= 0 and not _MEMBERS_END.search(text, p, at) else None
    return w is not None and w.text == "对" and w.tag == "p"


def _for_whom(text: str, s0: int, at: int, right: str, sw: "SentenceWords", gm: Grammar) -> str:
    """为21.5万名城乡妇女免费开展“两癌”检查: after a preposition of those a doing is for, the people
    counted are the nouns before the doing (→ 城乡妇女); "" when the count follows none."""
    p = at - 1
    while p > s0 and text[p] == " ":
        p -= 1
    w = sw.at(p) if p >= s0 else None
    if w is None or w.tag != "p" or w.text not in gm.for_whom:
        return ""
    tagged = _tagged(right)
    lead = list(itertools.takewhile(lambda x: x[1] in gm.noun_tags and x[1] != "vn" or x[1] == "l", tagged))
    if not lead or len(lead) == len(tagged) or not (tagged[len(lead)][1] in gm.verb_tags or tagged[len(lead)][1] == "vn"):
        return ""
    return "".join(x for x, _ in lead)


def _before_next_figure(right: str, gm: Grammar) -> str:
    """26个试点园区新增标准化厂房超500万平方米: the things counted, then a doing of counted things
    (grammar.json new_doings_counted, count_doings) and its object that the next figure measures (→ 试点园区)."""
    tagged = _tagged(right)
    pos = 0
    for n, (w, t) in enumerate(tagged):
        if (n and t == "v" and (w in gm.new_doings_counted or w in gm.count_doings)
                and tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] != "vn"
                and any(t2 in gm.noun_tags for _, t2 in tagged[n + 1:])):
            return right[:pos]
        pos += len(w)
    return right


def _counts_of(h: "Hit", gm: Grammar) -> bool:
    """A count of things or people (not of batches or times: 累计共报送15批次、300家企业 counts submissions)."""
    return (h.unit_base in gm.counters or h.unit in gm.person_units) and h.unit not in gm.times_units and "批" not in h.unit


def _measures_things(h: "Hit", gm: Grammar) -> bool:
    """A count of things or people, or a length or area of things built (公里, 公顷)."""
    return _counts_of(h, gm) or h.unit_base in gm.built_units


def _money_named(phrase: str, gm: Grammar) -> bool:
    """Whether a phrase before an amount of money ends in a noun for money (财政注入资本金, 政府出资): a doing
    after the amount is then what the money is for, not what it measures."""
    words = _tagged(phrase)
    return len(words) > 1 and words[-1][0].endswith(gm.money_ends) and (words[-1][1] in gm.noun_tags or words[-1][1] in gm.verb_tags)


def _without_scope_inside(phrase: str, gm: Grammar) -> str:
    """既有多层住宅加装电梯全区完工: a scope word (grammar.json scope_words) between the things and a stage or
    state they reached (project_stages, state_changes, count_predicates) says where, as it does opening a phrase;
    the stage keeps its things. (Not before any verb: 高新区全国排名 is a national ranking.)"""
    tagged = _tagged(phrase)
    if (len(tagged) >= 3 and tagged[-2][0] in gm.scope_words and tagged[-3][1] in _HEAD_TAGS
            and tagged[-1][0] in gm.project_stages | gm.state_changes | gm.count_predicates):
        return phrase[:-len(tagged[-2][0]) - len(tagged[-1][0])] + tagged[-1][0]
    return phrase


def _subject_things(text: str, right: str, r0: int, unit: str, num_start: int, s0: int, s1: int,
                    sw: "SentenceWords", gm: Grammar) -> str:
    """A count that opens its clause (no verb before it) is the clause's subject; when its things run to
    the clause's end, the clause's predicate is in them, and they end before its first verb (4.65万户贫困
    人口告别贫困, 400名工程硕士入驻, 7个部门加挂新区管理机构牌子). jieba tags many a verb inside a name
    (区域创新走廊, 行政审批, 公益演出), so the word before the verb must agree with a counter of its own
    (grammar.json classifier_heads: 名 → 硕士) or, after any other, be a thing's head (家庭, 部门)."""
    end = r0 + len(right)
    if end < s1 and text[end] not in "，,；;。！？!?":
        # (108个城市控规、91个村庄规划如期完成: a list's member runs on to the predicate they share; a verb alone
        # left before the clause's end is the predicate's last word: 40项民生实事全部高质量完成)
        stop = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end, s1)), s1)
        rest = _tagged(text[end:stop]) if stop - end <= 4 else ()
        if not rest or any(t not in gm.verb_tags for _, t in rest) or text[end] in _LIST_BREAKS:
            return right
    c0 = max(max(text.rfind(c, s0, num_start) for c in "，,；;。：:"), s0 - 1) + 1
    before = sw.span(c0, num_start)
    if any(w.tag not in _BEFORE_SUBJECT for w in before) and not (before and before[-1].text in gm.pivot_leads):
        # (全面完成1.5万座…: a verb before the count, jieba's idiom or not, makes it an object; 引导128个低收入村
        # 发展…, 对10个交通路口实施…: one that makes the things a second verb's doer, or a preposition, does not)
        return right
    tagged = _tagged(right)
    if tagged[0][1] in gm.verb_tags or tagged[-1][0].endswith(gm.compound_heads + gm.name_heads + gm.doing_tails):
        return right  # (两次来川视察: the doing counted; 6个国家自主创新示范区: a name)
    agreeing = gm.classifier_heads.get(unit)
    pos, quoted = 0, False
    for n, (w, t) in enumerate(tagged):
        quoted = quoted and not ("”" in w or ")" in w) or "“" in w or "(" in w
        prev = tagged[n - 1] if n else None
        if not quoted and prev and pos >= 2 and prev[1] in _HEAD_TAGS and w in gm.manner_words and n + 1 < len(tagged):
            # (4800多名职工全部妥善安置, 108幢单体建筑全面结顶: a word of manner opens the predicate, whatever jieba
            # tags it; not any adverb by its tag: 30条党政机关厉行节约反对浪费条例)
            return right[:pos]
        if (not quoted and prev and pos >= 2 and prev[1] in _HEAD_TAGS and len(w) >= 2 and t in gm.verb_tags
                and not w.startswith(gm.doing_tails + gm.work_tails)
                and (prev[0].endswith(agreeing) if agreeing else prev[0].endswith(_thing_heads(gm)) or _is_count_head(prev[0], gm))):
            obj = tagged[n + 1:]
            while obj and obj[0][1] in gm.verb_tags:
                obj = obj[1:]
            if obj and obj[-1][1] in gm.noun_tags and (len(obj) < 2 and sum(len(x) for x, _ in obj) < 4):
                return right  # (乡村振兴服务队: a verb and one short noun name a thing)
            if gm.ranking.search(right, pos) or right.startswith(gm.designation_verbs, pos):
                return right  # (7家企业上榜中国民营企业500强: a designation, read as such later)
            return right[:pos]
        pos += len(w)
    return right


# what a clause may hold before its subject: names, places, times, numbers, a list and its 等
_BEFORE_SUBJECT = _HEAD_TAGS | {"t", "s", "f", "m", "q", "r", "x", "b", "d", "u", "uj", "c"}


def _things_of_measure(right: str, gm: Grammar) -> str:
    """50个开发区产业承载力, 70个次发达村(社区)村组两级经营纯收入: a measure of the things counted (grammar.json
    measure_suffixes, attribute_nouns, share_nouns, thing_attributes) ends the phrase; the things end at the last
    word that is a thing's head."""
    tagged = _tagged(right)
    if (len(tagged) < 2 or tagged[-1][1] not in gm.noun_tags
            or not tagged[-1][0].endswith(gm.thing_measures)):
        return right
    heads = _measured_heads(gm)
    pos = len(right) - len(tagged[-1][0])
    for n in range(len(tagged) - 2, -1, -1):
        w, t = tagged[n]
        if t in gm.verb_tags or t in ("p", "c") or n and tagged[n - 1][1] in gm.verb_tags | {"p"}:
            return right  # (72个县工业增加值占全省比重: a clause, whose measure began before it)
        if w == ")" and n and tagged[n - 1][0].endswith(heads):
            return right[:pos]  # 70个次发达村(社区)村组两级经营纯收入
        if (w.endswith(heads) and (len(w) >= 2 or n and tagged[n - 1][1] in _HEAD_TAGS) and t in gm.noun_tags and t not in ("vn", "b")
                and w not in gm.lead_adverbials and tagged[n + 1][1] not in gm.verb_tags
                and (n or w not in gm.place_nouns)):
            return right[:pos]  # (not in a name: 42个国省考断面; nor a place first, 7个城市集中式饮用水源地水质达标率)
        pos -= len(w)
    return right


def _agreeing_things(right: str, heads: tuple, gm: Grammar) -> str:
    """grammar.json classifier_heads: the things a counter of its own counts end at the last word that agrees
    with it, when a verb follows that word (13条产业链创新发展, 3所高校招生入学) or a list's member that does
    not agree (100条主次干道和城市出入口). A word that agrees is a noun whatever jieba tags it (干道 v)."""
    tagged = _tagged(right)
    agrees = [len(w) >= 2 and w.endswith(heads) and (t in gm.noun_tags and t != "vn" or t in gm.verb_tags)
              for w, t in tagged]
    final = max((n for n, a in enumerate(agrees) if a), default=-1)  # an agreeing word at n or after it: final >= n
    pos, last = 0, None
    for n, (w, t) in enumerate(tagged):
        if last == n - 1 and t in gm.verb_tags and not agrees[n]:
            rest = right[pos:]  # the first verb after agreeing words: the things end here or run on past it
            if (len(w) >= 2 and pos >= 2 and final < n and not w.startswith(gm.doing_tails + gm.work_tails)
                    and not tagged[-1][0].endswith(gm.compound_heads + gm.name_heads + gm.doing_tails)
                    and not gm.ranking.search(rest) and not rest.startswith(gm.designation_verbs)):
                return right[:pos]
            return right
        if last == n - 1 and final < n and pos >= 2:
            rest = right[pos:]
            if (w in ("和", "及", "与") and n + 1 < len(tagged) and tagged[-1][1] in gm.noun_tags and tagged[-1][1] != "vn"
                    and not tagged[-1][0].endswith(gm.compound_heads + gm.name_heads + gm.doing_tails)
                    and "、" not in rest and not any(x in gm.verb_tags for _, x in tagged[n + 1:])):
                return right[:pos]
        if agrees[n]:
            last = n
        pos += len(w)
    return right


def _agreeing_past_verb(phrase: str, cut: int, heads: tuple, gm: Grammar) -> str:
    """15所急性传染病救治定点医院服务能力 cut at 救治: when no word before a verb agrees with the count's
    own counter (grammar.json classifier_heads) and the word right after it does, the verb is part of the
    things' name, which runs to that word (→ 急性传染病救治定点医院). Not a verb that says what became of
    the things (获评, 开工)."""
    tagged = _tagged(phrase)
    starts = list(itertools.accumulate((len(w) for w, _ in tagged), initial=0))
    if cut not in starts:
        return phrase[:cut]
    n = starts.index(cut)
    agrees = [len(w) >= 2 and w.endswith(heads) and t in gm.noun_tags and t != "vn" for w, t in tagged]
    if not (n + 1 < len(tagged) and not any(agrees[:n]) and tagged[n][1] == "v" and len(tagged[n][0]) == 2
            and tagged[n][0] not in gm.count_predicates and tagged[n][0] not in gm.designation_verbs
            and tagged[n][0] not in gm.predicate_verbs):
        return phrase[:cut]
    # (9个高品质城中村改造试点项目, 42个国家级粮油高产创建万亩示范片: or the first word that agrees, after
    # nouns, numerals and quotes only)
    m = n + 1
    while m < len(tagged) and not agrees[m] and (tagged[m][1] in gm.noun_tags and tagged[m][1] != "vn"
                                                   or tagged[m][1] in ("b", "m") or tagged[m][0] in "“”"):
        m += 1
    return phrase[:starts[m + 1]] if m < len(tagged) and agrees[m] else phrase[:cut]


def _is_count_head(w: str, gm: Grammar) -> bool:
    m = gm.count_head.search(w)
    return bool(m) and m.end() == len(w)


@lru_cache(maxsize=None)
def _thing_heads(gm: Grammar) -> tuple:
    return tuple(gm.compound_heads) + tuple(gm.owner_nouns) + tuple(gm.thing_places) + tuple(
        gm.counted_places) + tuple(gm.place_nouns) + tuple(gm.generic_kinds)


@lru_cache(maxsize=None)
def _measured_heads(gm: Grammar) -> tuple:
    """Heads of the things a measure after them is of: things' heads but generic kinds, places counted, owners."""
    return tuple(h for h in _thing_heads(gm) if h not in gm.generic_kinds) + tuple(gm.counted_places) + gm.owner_ends


def _name_after_quote(tagged: tuple, at: int) -> bool:
    """Whether the quotation opening at tagged[at] is followed by a noun that heads a name (“一站式”服务大厅)."""
    close = next((i for i in range(at + 1, len(tagged)) if "”" in tagged[i][0]), None)
    return close is not None and any(t in _HEAD_TAGS for _, t in tagged[close + 1:])


def _noun_before_verb(phrase: str, gm: Grammar, counted: bool = False) -> str:
    """省级政府投资基金整合为产业: the noun after a number ends before a verb followed by a preposition
    or a quotation (→ 省级政府投资基金), or before a preposition (草案向社会公开征求意见). A verb before a noun or verb may be jieba misreading a
    modifier (融资租赁重点企业, 国家自主创新示范区), and a verb-tagged last word a noun (营业收入): both stay."""
    tagged = _tagged(phrase)
    pos, noun, cut, quoted = 0, False, None, False
    for n, (w, t) in enumerate(tagged):
        quoted = quoted and not ("”" in w or ")" in w) or "“" in w or "(" in w and ")" in phrase[pos:]
        if counted and noun and t in gm.verb_tags and _doing_inside_name(phrase, pos, gm):
            break  # (15个城市功能品质提升示范项目: doings inside a made thing's name cut nothing)
        if quoted:  # 国家公共数据“跑起来”示范场景: a quotation is a name, never cut inside (nor a note in brackets)
            pos += len(w)
            continue
        # (6.6万“小飞鸥”在温州上好学: a quoted name is a noun; a preposition right after it opens the adverbial)
        if t == "p" and n and tagged[n - 1][0] == "”" and cut is None and n + 1 < len(tagged) and w not in gm.start_keep:
            cut = pos
        # the last such verb: 科技创新团队入选“珠峰英才”计划 ends at 入选, not at 创新
        if (t in gm.verb_tags and noun and n + 2 < len(tagged) and len(w) > 1
                and (tagged[n + 1][1] == "p" or tagged[n + 1][1] == "x" and tagged[n + 1][0] != "("
                     # (50个基层公共就业“一站式”服务大厅: a quotation after a verb that neither names nor ranks
                     # things is a modifier inside the name)
                     and (tagged[n + 1][0] != "“" or w in gm.restricting_verbs or w in gm.predicate_verbs
                          or w.startswith(gm.designation_verbs) or w in gm.clause_verbs_set
                          or not _name_after_quote(tagged, n + 1))
                     or _long_np(tagged[:n], gm) and _long_np(tagged[n + 1:], gm, 2))):
            cut = pos  # (地方专项债务限额置换存量隐性债务: a noun phrase, a verb, its own object)
        elif (t in gm.verb_tags and noun and n + 1 < len(tagged) and cut is None
              and tagged[n - 1][0].endswith(_FUND_ENDS) and tagged[n + 1][1] in gm.noun_tags):
            cut = pos  # 10亿元专项资金帮扶企业, 2.5亿元消费券撬动居民消费: a fund, then what it does
        elif (counted and cut is None and noun and n and w in gm.predicate_verbs
              and (tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] != "vn" or tagged[n - 1][0] in ("”", ")", "）"))
              and not is_word(tagged[n - 1][0] + w) and not (n + 1 < len(tagged) and is_word(w + tagged[n + 1][0]))
              # (支线路网打通工程: a verb before a name's head alone is the name's)
              and not (n + 2 == len(tagged) and tagged[-1][0].endswith(gm.name_heads + gm.compound_heads))):
            cut = pos  # 47个项目打通融资与上市的瓶颈制约, 7家村镇银行延伸服务网点: the things, then their predicate
        elif t == "p" and noun and n + 1 < len(tagged) and w not in gm.start_keep and cut is None:
            cut = pos  # 15部法律草案和行政法规草案向社会公开征求意见: a preposition opens the adverbial
        elif ((t in ("ad", "d") or w in gm.manner_words) and noun and n + 1 < len(tagged) and cut is None
              and all(t2 in gm.verb_tags for _, t2 in tagged[n + 1:])):
            cut = pos  # 10件惠民实事圆满办结: a manner word and the verbs after it are the predicate
        elif (counted and cut is None and noun and t in gm.verb_tags and n + 1 < len(tagged) and tagged[n + 1][0] == "到"
              and tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] != "vn"):
            cut = pos  # 17万名乡村教师享受到每月人均300元…: a verb and its complement 到 open the things' predicate
        elif counted and cut is None and noun and w in ("中", "之中") and t == "f" and n + 1 < len(tagged):
            cut = pos  # 在全国54个重点城市中排名第一: the things counted, then what one of them did among them
        elif (counted and cut is None and noun and t in gm.verb_tags and len(w) > 1 and n + 1 < len(tagged)
              and all(t2 == "ns" or w2 in "、和及与" for w2, t2 in tagged[n + 1:])):
            cut = pos  # 8条地铁线路对接广州、深圳、惠州: the things counted, then where they lead
        elif (counted and cut is None and noun and (t in ("d", "ad") or t == "t" and len(w) > 1 or w in gm.manner_words
                                                    or w in gm.scope_words)  # (29项改革全省复制推广)
              and _predicate_from(tagged, n + 1, gm)):
            cut = pos  # 44个县(市、区)如期打赢脱贫攻坚战, 10个项目均已启动: an adverb or time word before a verb opens the predicate
        elif (counted and cut is None and noun and t in gm.verb_tags and len(w) > 1 and 3 <= len(tagged) - n <= 4
              and tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] != "vn" and all(x[1] != "nr" for x in tagged[n + 1:])
              and tagged[n + 1][1] in gm.noun_tags and tagged[-1][1] in gm.verb_tags and len(tagged[-1][0]) == 2
              and not any(x[0].endswith(gm.doing_tails + gm.work_tails) for x in (tagged[n], tagged[-1]))
              and not is_word(w + tagged[n + 1][0])
              # (15项重大科技创新项目扎实推进, 108个既有小区提质项目加快推进: a manner word or an auxiliary
              # before the last verb opens the predicate there; the verb before the noun names the things)
              and not (len(tagged) - n == 4 and (tagged[-2][0] in gm.manner_words or tagged[-2][0] in gm.predicate_auxiliaries
                                                 or tagged[-2][1] in gm.adverb_tags))):
            # (20个旧厂改造项目完工, 56处中型骨干排灌泵站更新改造: a doing that names the things, or is done to
            # them; 集体企业退休人员养老保障: a verb inside a noun jieba knows)
            cut = pos  # 14个重点平台带动效应增强: the things counted, then a clause of their own (a doing, its object, a verb)
        elif (counted and cut is None and noun and t == "i" and n >= 2 and n + 1 < len(tagged) and tagged[n - 1][1] in gm.noun_tags
              and (tagged[n + 1][1] in gm.verb_tags or tagged[n + 1][1] == "vn")):
            cut = pos  # 14个潜力地区因地制宜发展特色产业集群: an idiom of manner before a doing opens the predicate
        elif (counted and cut is None and noun and tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] != "vn"
              and (w in gm.count_predicates and t in ("v", "vn") and n + 1 < len(tagged)
                   and all(t2 in gm.verb_tags or t2 == "vn" for _, t2 in tagged[n + 1:])
                   or n == len(tagged) - 1 and t in ("v", "vn") and len(w) >= 3 and w.endswith("化"))):
            cut = pos  # 21个产业创新聚集区启动建设, 4家天府实验室实体化: the things counted, then their predicate
        elif (counted and cut is None and noun and t in ("v", "vn") and len(w) == 2 and n == len(tagged) - 2
              and tagged[n - 1][1] in gm.noun_tags and tagged[-1][0] in gm.outcome_words):
            cut = pos  # 9家全国重点实验室重组成功: the things counted, then a doing and how it went
        elif (t in ("l", "i") and noun and n == len(tagged) - 1 and cut is None and len(w) == 4
              and (w[:2] in gm.manner_words or counted and t == "i" and tagged[n - 1][1] in gm.noun_tags
                   and tagged[n - 1][1] != "vn")):
            cut = pos  # 40件民生实事全面完成: jieba's idiom of a manner word and its verb ends the clause
            # (so does any idiom after the things counted: 113件优秀作品脱颖而出)
        elif (cut is None and t == "v" and len(w) == 4 and n == len(tagged) - 1 and noun and predicate_idiom(w)
              and tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] != "vn"):
            cut = pos  # 42公里二环高架全线贯通: so does a manner word and its verb read as one word
        elif (counted and cut is None and n and w in gm.activity_verbs and n + 1 < len(tagged)
              and (noun and tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] != "vn" or tagged[n - 1][0] == "”")
              and (_predicate_from(tagged, n + 1, gm) or tagged[-1][1] == "vn"
                   and all(t2 in ("n", "vn") for _, t2 in tagged[n + 1:]))):
            # 142个自建房片区实施改造提升: the things counted, then the work carried out on them (5000多个学生“小饭桌”
            # 实施规范化管理: after a quoted name too, and work named by a noun phrase)
            cut = pos
        elif t in gm.verb_tags and w in gm.predicate_auxiliaries and noun and (n + 1 == len(tagged) or counted) and cut is None:
            cut = pos  # 12条举措加快(落地), 16个项目加快前期设计: an auxiliary after the things counted is their predicate's
        elif ((t in gm.verb_tags or t == "vn") and noun and n + 1 < len(tagged) and cut is None
              and tagged[-1][0] not in gm.work_tails  # (19台燃煤锅炉超低排放改造: the work counted)
              and ((n >= 2 or counted and len(tagged[0][0]) >= 3) and not any(t2 in gm.verb_tags for _, t2 in tagged[:n])
                   or w in gm.predicate_auxiliaries)
              and all(t2 in gm.verb_tags or t2 in _PREDICATE_TAGS for _, t2 in tagged[n + 1:])
              and (w in gm.predicate_auxiliaries or any(t2 in gm.verb_tags for _, t2 in tagged[n + 1:])
                   or len(tagged) - n == 2 and tagged[-1][1] == "a" and len(w) == 2)):
            cut = pos  # 198项精品赛事叫好又叫座, 4个国家区域医疗中心建设取得明显成效: verbs to the end, no noun after
            # (8条建成区黑臭水体消除黑臭: or a verb and the state it brings)
            # (4条高铁加快建设: after an auxiliary, a verbal noun is its verb)
        elif (counted and t in gm.verb_tags and len(w) > 1 and noun and tagged[n - 1][1] in gm.noun_tags
              and sum(len(w2) for w2, _ in tagged[n + 1:]) >= 4
              and all((t2 in gm.noun_tags or t2 in _OBJECT_TAGS) and t2 != "vn"
                      and (not w2.endswith(gm.compound_heads) or tagged[n - 1][0].endswith(gm.compound_heads))
                      for w2, t2 in tagged[n + 1:])):
            cut = pos  # 20所普通高中改善办学条件, 20项科技创新成果填补国内空白: the things counted, their verb, its object
            # (50家龙头企业建立研发机构: an object ending like a name's head, after things that end so themselves)
        elif (counted and cut is None and noun and n == len(tagged) - 1 and n >= 1 and len(w) == 2
              and (w in gm.count_predicates and tagged[n - 1][1] in gm.noun_tags or w in gm.manner_words)):
            cut = pos  # 24条特别措施出台, 40条授权事项全面(落地): the predicate after the things counted
        noun = noun or t in gm.noun_tags
        pos += len(w)
    if counted and cut is None:
        cut = _verb_and_object(tagged, gm)
    if cut:  # (河道全面 | 实行“河长制”: a manner word left before the cut is the predicate's)
        kept = _tagged(phrase[:cut])
        if len(kept) > 1 and kept[-1][0] in gm.manner_words and kept[-2][1] in gm.noun_tags:
            cut -= len(kept[-1][0])
        elif len(kept) > 1 and kept[-1][0] in gm.progressives and kept[-2][1] in gm.noun_tags:
            cut -= len(kept[-1][0])  # (县区产业园区正在 | 积极谋划: so is an adverb of time before it)
    return phrase[:cut] if cut else phrase


def _verb_and_object(tagged: tuple, gm: Grammar) -> int | None:
    """Where the things counted end before their verb and its object, when no other rule has cut them:
    13家金融机构签订战略合作协议, 34所“985”大学建立成果转化机制. The first verb with a long object (two
    words or more, four characters or more) shows there is a predicate; a later verb with an object of its
    own is the predicate's when the words before it name the things (24家市级重点保供企业 | 扩大库存, 47项民生
    实事候选项目 | 提交大会)."""
    def obj_at(n: int, long: bool) -> bool:
        """The words from n, past verbs in series (结对 | 帮扶) and a complement (构建 | 起), as the verb's
        object: ending in a plain noun that ends no name's head (污水 | 处理 | 厂, 重点 | 帮扶 | 县 are names)."""
        while n < len(tagged) and tagged[n][1] == "v":
            n += 1
        obj = tagged[n:]
        return (len(obj) >= (2 if long else 1) and sum(len(w) for w, _ in obj) >= (4 if long else 2)
                and obj[-1][1] in gm.noun_tags and obj[-1][1] != "vn" and obj[0][1] not in ("p", "u", "c", "d", "x")
                and not obj[-1][0].endswith(gm.compound_heads + gm.name_heads)
                and all(t in gm.noun_tags or t in ("v", "vn", "m", "a", "b") or t in _OBJECT_TAGS for _, t in obj))
    starts = list(itertools.accumulate((len(w) for w, _ in tagged), initial=0))
    cut = None
    for n in range(1, len(tagged) - 1):
        w, t = tagged[n]
        if (t == "v" and len(w) == 2 and tagged[n - 1][1] in gm.noun_tags and tagged[n - 1][1] not in ("vn", "b")
                and starts[n] >= 3 and not is_word(tagged[n - 1][0] + w) and not is_word(w + tagged[n + 1][0])
                and obj_at(n + 1, long=cut is None)):
            cut = starts[n]
    return cut


def _predicate_from(tagged: tuple, n: int, gm: Grammar) -> bool:
    """Whether the words from n, past adverbs, open with a verb: jieba's v, or its vn with no noun
    after it (全面启动, 均已启动并…; not 高速出口公路, where vn modifies a noun)."""
    while n < len(tagged) and tagged[n][1] in gm.adverb_tags:
        n += 1
    if n >= len(tagged):
        return False
    if tagged[n][1] == "vn":
        return len(tagged[n][0]) > 1 and (n + 1 == len(tagged) or tagged[n + 1][1] not in gm.noun_tags)
    return tagged[n][1] in gm.verb_tags and len(tagged[n][0]) > 1


def _clause_owner(text: str, s0: int, at: int, gm: Grammar) -> str:
    """互联网产业蓬勃发展，营业收入205亿元: an industry or organisation that opens the clause right before, with no
    figure of its own, owns a bare measure that opens this one; "" when none does."""
    here = _clause_from(text, s0, at)
    if here <= s0 + 1:
        return ""
    before = text[_clause_from(text, s0, here - 1):here - 1]
    if not before or _DIGITS.search(before):
        return ""
    words = _tagged(before.strip())
    lead = list(itertools.takewhile(lambda x: x[1] in gm.noun_tags and x[1] not in ("vn", "i", "l"), words))
    owner = "".join(w for w, _ in lead)
    return owner if len(lead) < len(words) and len(owner) >= 3 and owner.endswith(gm.clause_owners) else ""


def _without_doing_tail(phrase: str, gm: Grammar) -> str:
    """3座光热电站和光热产业科技创新中心建设, 101类问题排查和治理: the doings ending the phrase after
    a count are done to the things counted; what they end is the things (the first of a list, the
    one the count stands before). grammar.json doing_tails."""
    out, cut = phrase, False
    while not out.endswith(gm.work_tails):
        tail = next((t for t in gm.doing_tails if out.endswith(t) and len(out) - len(t) >= 2), None) if out.endswith(gm.doing_tails) else None
        if tail is None:
            break
        out, cut = out[:-len(tail)].rstrip("和及与、"), True
    tagged = _tagged(out) if cut else ()
    if len(tagged) > 1 and tagged[-1][1] == "v" and tagged[-2][1] in gm.noun_tags:
        out, tagged = out[:-len(tagged[-1][0])], tagged[:-1]  # 6条生态带保护建设: the doing's first verb too
    if len(tagged) > 1 and len(tagged[-1][0]) >= 3 and tagged[-1][0].endswith("化") and tagged[-2][1] in gm.noun_tags:
        out, tagged = out[:-len(tagged[-1][0])], tagged[:-1]  # 65个乡镇文化站标准化建设: how the work is done too
    if not tagged or tagged[-1][1] not in gm.noun_tags or tagged[-1][1] == "vn":
        return phrase
    first = _LIST_SEP.split(out, 1)[0]
    if out.startswith(first + "、") and all(_alike(first, b, gm) for b in out[len(first) + 1:].split("、")):
        return out  # (49条断头路、瓶颈路建设: members built alike share the work and the count)
    # (国家和省级高技术产业示范工程建设: a modifier first is every member's; 港口和集疏运体系工程建设: so is the head of a
    # made thing that ends the last member alone)
    shared_head = (out.endswith(gm.made_heads) and not first.endswith(gm.made_heads)
                   and _tagged(first)[-1][1] in ("n", "nz", "ns") and not first.endswith(gm.doing_tails))
    # (not 30万亩土地综合整治、南渡江引水工程建设: work of its own)
    return (first if len(first) >= 2 and first != out and first not in gm.modifiers and not shared_head
            and _tagged(first)[-1][1] in gm.noun_tags else out)


def _restricted(text: str, thing: str, lo: int, hi: int, end: int, gm: Grammar, share: bool = False,
                people: bool = False) -> str:
    """25项改革经验获中央改革办推广: a predicate of selection or a doing with its own object, after
    the thing counted (in text[lo:hi]) and running to the clause end, says which things are
    counted (→ 获中央改革办推广的改革经验); grammar.json restricting_verbs. A count of things named
    in full (95项川渝通办事项实现异地办理) measures them alone, as readers write it; "" when nothing restricts."""
    a = text.find(thing, lo, hi)
    if a < 0 or not (hi >= end or _CLAUSE_BREAK.match(text, hi)):
        return ""
    if a + len(thing) >= hi - 1:
        # 7家三级医院建立现代医院管理制度: the phrase ran on into the restricting verb; the things end before it
        own = _tagged(thing)
        at = next((i for i in range(1, len(own) - 1) if own[i][0] in gm.restricting_verbs and own[i][1] == "v"
                   and own[i - 1][1] in _HEAD_TAGS and all(t in _HEAD_TAGS or t in ("b", "a", "m", "q") for _, t in own[:i])), None)
        if at is not None:
            thing = "".join(w for w, _ in own[:at])
    rest = _without_space(text[a + len(thing):hi])
    held = next((v for v in gm.restricting_verbs if len(v) > 1 and thing.endswith(v) and len(thing) > len(v)), None) if thing.endswith(gm.restricting_verbs) else None
    if held:  # 76%的县普及了小学教育: the phrase after 的 ran into the verb (jieba: 普及 a noun)
        thing, rest = thing[:-len(held)], held + rest
    own, manner = _tagged(thing), ""
    if len(own) > 1 and (own[-1][1] in gm.adverb_tags or own[-1][1] == "b" and rest.startswith(gm.restricting_verbs)):
        thing, manner = thing[:-len(own[-1][0])], own[-1][0]  # 港澳居民同等享有…: the adverb is the predicate's
    lead = "".join(w for w, _ in itertools.takewhile(lambda x: x[1] in gm.adverb_tags, _tagged(rest)))
    rest = rest[len(lead):]  # 2300个县（市）已初步建立…
    # 119万人口脱贫: the things that went through it (51个贫困县未脱贫摘帽: or did not); 135个项目竣工投产
    if rest in gm.state_changes or rest in gm.project_stages and thing in gm.restricted_generics:
        return (lead if any(w in gm.negations for w, _ in _tagged(lead)) else "") + rest + "的" + thing
    if gm.ranked.fullmatch(rest):  # 11家民营企业进入全国500强: the ranking they entered says which
        return rest + "的" + thing
    verb = next((v for v in gm.restricting_verbs if rest.startswith(v)), None) if rest.startswith(gm.restricting_verbs) else None
    obj = rest[len(verb):].lstrip("了").rstrip("等") if verb else ""
    if not 2 <= len(obj) <= 20 or any(c.isdigit() for c in obj) or obj.startswith(("并", "和", "及", "与", "的")):
        return ""  # (10个项目启动并有序推进: a second doing, no object; 27个川渝共同实施的重大项目: a clause before 的)
    if "“" not in obj and not any(t in gm.noun_tags and t not in ("vn", "an") for _, t in _tagged(obj)):
        return ""  # 获得突破, 实现升格: the doing only says it was done
    bare = _QUOTES.sub("", obj)
    book = bare.startswith("《")  # (入选《中国自贸试验区发展报告》: a book they are written up in, no kind)
    if people and verb == "成为":
        return ""  # 8000多万农业转移人口成为城镇居民: the people counted, not what they became
    if verb in gm.designation_verbs and not book and (bare.endswith(thing) or not bare.endswith(gm.list_objects)):
        # 112个镇入选全国千强镇, 3家医院入选国家区域医疗中心: things designated as a kind, counted as members of it
        # (not 入选“双一流”建设名单, 入选国家农作物优良品种推广目录: a list says which things are counted)
        return obj
    if (not share and not people and not manner and verb not in gm.activity_verbs and (verb not in gm.designation_verbs or book)
            and verb not in gm.solving_verbs and thing not in gm.restricted_generics
            and len(_QUOTES.sub("", _KIND_NOTE.sub("", thing))) >= 3):
        # (the predicate joined by 的 is kept where readers split or things alone would mislead: a share, people
        # (实现再就业的下岗失业人员, not all of them), an activity done in the places
        # counted (在52个村开展乡村振兴试点), a manner, a designation (入选“双一流”建设名单的学科), a problem
        # solved for them (解决安全饮水问题的农村人口), and things that name too little alone (县(市), 省份, 项目))
        return thing
    return manner + verb + obj + "的" + thing


def _solved_for(text: str, metric: str, h, end: int, pre: str, gm: Grammar) -> str:
    """解决6000万农村人口的饮水安全问题, 解决3200万人的安全饮水问题: a count of people a problem was
    solved for is of the people it was solved for (→ 解决饮水安全问题的农村人口); grammar.json solving_verbs."""
    verb = next(v for v in gm.solving_verbs if pre.rstrip().endswith(v))
    stop = _CLAUSE_BREAK.search(text, h.tail, end)
    stop = stop.start() if stop else end
    if h.unit_base == "人" and text.startswith("的", h.tail):
        people, obj = h.unit[-1], metric  # (the unit is the people; the words after 的 the problem)
    elif gm.count_head.search(metric) and text.startswith(metric, h.tail):
        people, obj = metric, text[h.tail + len(metric):stop].removeprefix("的")
    else:
        return ""
    if not 2 <= len(obj) <= 16 or _DIGITS.search(obj) or _tagged(obj)[-1][1] not in gm.noun_tags:
        return ""
    return verb.rstrip("了") + obj + "的" + people


def _list_head_measure(text: str, s0: int, at: int, name: str, gm: Grammar) -> str:
    """新增加的重要生产能力有：原煤开采3090万吨，乙烯60万吨: a list opened by a measure and a colon
    gives each product's name that measure (→ 新增乙烯生产能力)."""
    colon = max(text.rfind("：", s0, at), text.rfind(":", s0, at))
    if colon < 0:
        return ""
    head = text[s0:colon]
    measure = next((m for m in gm.list_measures if m in head), None)
    if measure is None:
        return ""
    return ("新增" if "新增" in head else "") + name + measure


def _product_alone(metric: str, gm: Grammar) -> bool:
    """原油, 钢, 猪牛羊肉: a product's name of a word or two, no measure of its own."""
    tagged = _tagged(metric)
    return (len(metric) <= 4 and len(tagged) <= 2 and tagged[0][1] in gm.noun_tags
            and all(t in gm.noun_tags or t in ("v", "vn") for _, t in tagged)  # (原煤开采: the product's doing)
            and not metric.endswith(gm.measure_suffixes))


@lru_cache(maxsize=None)
def _before_auxiliary(phrase: str, gm: Grammar) -> str:
    """粮食总产量要保证(达到): an auxiliary after the noun opens its predicate; the noun is the metric."""
    if not _finder(gm.predicate_auxiliaries)(phrase):
        return phrase
    tagged, pos = _tagged(phrase), 0
    for n, (w, t) in enumerate(tagged):
        if (n and w in gm.predicate_auxiliaries and tagged[n - 1][1] in gm.noun_tags
                and all(t2 in gm.verb_tags or t2 in _PREDICATE_TAGS or t2 == "p" for _, t2 in tagged[n + 1:])):
            return phrase[:pos]
        pos += len(w)
    return phrase


@lru_cache(maxsize=None)
def _without_steering(phrase: str, gm: Grammar) -> str:
    """推动汽车产能(尽快达到300万辆): a verb steering the clause, before a noun, is no part of the metric."""
    if not phrase.startswith(gm.steer_verbs):
        return phrase
    tagged = _tagged(phrase)
    if len(tagged) > 1 and tagged[0][0] in gm.steer_verbs and tagged[1][1] in gm.noun_tags and tagged[1][1] != "vn":
        return phrase[len(tagged[0][0]):]
    return phrase


@lru_cache(maxsize=None)
def _before_time_word(phrase: str, gm: Grammar) -> str:
    """财政总收入先后迈过(4000亿元): a time word, then the verb that ends the phrase, after a noun phrase of two
    words or more (or one long word), are its predicate; the noun phrase is the metric. (Not an adverb: 城镇保障性住房基本建成 is
    the housing built, measured.)"""
    tagged = _tagged(phrase)
    if len(tagged) < 3 or tagged[-1][1] not in gm.verb_tags or len(tagged[-1][0]) < 2:
        return phrase
    n = len(tagged) - 2
    while n > 0 and tagged[n][1] == "t":
        n -= 1
    # (one noun word is enough when it is long: 生产总值先后跨上; not before a measure: 中央财政五年支出)
    if (n == len(tagged) - 2 or n < 1 and (len(tagged[0][0]) < 3 or tagged[-1][0] in gm.measure_nouns or tagged[-1][0] in gm.allotted_money)
            or not all(t in gm.noun_tags and t != "vn" for _, t in tagged[:n + 1])):
        return phrase
    return "".join(w for w, _ in tagged[:n + 1])


def _long_np(tagged, gm: Grammar, n: int = 3) -> bool:
    """At least n words, all nouns: long enough that a verb beside it is no misread modifier."""
    return len(tagged) >= n and all(t in gm.noun_tags for _, t in tagged)


@lru_cache(maxsize=None)
def _without_frame(phrase: str, gm: Grammar) -> str:
    """营业收入较“十三五”末期: a comparison word after a noun opens the base (→ 营业收入), and a
    streak word the predicate (经济增长连续四年达到 → 经济增长); 正常年景下粮食产量: a condition
    closed by a locative comes off the front (→ 粮食产量)."""
    if not _finder(gm.frame_words)(phrase):
        return phrase  # (most phrases have none of these words: no need to tag them)
    tagged = _tagged(phrase)
    pos, noun = 0, False
    for n, (w, t) in enumerate(tagged):
        if noun and w in gm.compare_words and tagged[n - 1][1] in gm.noun_tags:
            return phrase[:pos]
        if (noun and w in gm.example_closers and t.startswith("u") and len(tagged) - n > 2
                and "的" not in phrase[pos:] and tagged[n + 1][0] not in gm.generic_kinds):
            # 传感器、通讯设备等智慧设施配比: examples of a kind that names itself (not 等方面的支出, 等行业)
            return _without_frame(phrase[pos + len(w):], gm)
        if noun and w in gm.streak_words and n + 1 < len(tagged):
            years = _STREAK_YEARS.match(phrase, pos + len(w))
            rest = phrase[years.end():] if years else ""
            if len(rest) >= 3 and _tagged(rest)[0][1] in gm.noun_tags and _tagged(rest)[0][1] != "vn":
                return phrase[:pos] + rest  # 建成区连续五年环境空气质量优良率: a streak before the measure is its period
            return phrase[:pos]  # 经济增长连续四年达到或略高于10%: the streak is the predicate's
        if noun and t == "f" and w in gm.condition_locatives and n + 1 < len(tagged):
            rest = phrase[pos + len(w):]
            return rest if len(rest) >= 2 else phrase
        noun = noun or t in gm.noun_tags
        pos += len(w)
    return phrase


def _subject_of(left: str, gm: Grammar, verbs=None) -> str:
    """The nouns before the verb a left phrase ends with (地区生产总值跨越 → 地区生产总值); with
    `verbs`, only when that verb is one of them."""
    tagged = _tagged(left)
    if not tagged or tagged[-1][1] not in gm.verb_tags or verbs is not None and tagged[-1][0] not in verbs:
        return ""
    while tagged and (tagged[-1][1] in gm.verb_tags or tagged[-1][1] in gm.end_stop_tags):
        tagged = tagged[:-1]
    subject = "".join(w for w, _ in tagged)
    return subject if len(subject) >= 2 and any(t in gm.noun_tags for _, t in tagged) else ""


def _owns_count(text: str, at: int, tail: int, left: str, prev_tail: int | None, gm: Grammar) -> bool:
    """广东自贸试验区43项改革创新成果, 中西部地区1700多万名贫困家庭学生: a plain noun phrase right
    before a count says whose things are counted. Not a verb read as a verbal noun (发动区内1000家
    企业), not the noun of a count just before (592个重点贫困县1700万名学生), not one member of a list
    of nouns (临空SOHO、南丰城、上海勘测设计院3个楼宇), and not before 的 (30多年的辉煌成就)."""
    tagged = _tagged(left)
    if (len(left) < 4 or text.startswith("的", tail) or tagged[0][1] == "vn"
            or not all(t in gm.noun_tags for _, t in tagged) or prev_tail is not None and prev_tail >= at - 1):
        return False
    if text[at - 1:at] == "、":
        # a member after a member with its own count (…47项经验、深圳综合改革试点48项经验) still owns it
        return prev_tail is not None and prev_tail > at - 1 - _WINDOW and "、" not in text[prev_tail:at - 1]
    return True


def _framed_by(text: str, at: int, tail: int, left: str, gm: Grammar) -> str:
    """制定促进民间投资发展10条措施, 京津通勤便利化12项措施: what measures, policies or tasks counted (grammar.json
    framed_nouns) are about, from the words right before the count, with jieba's verbs in them; the clause's doing
    before them comes off. "" when they are a list, examples, a clause with 的, a place, or words jieba tags as
    nouns before a doing (重点抓好…, 刚性落实…, 建成投产…)."""
    if any(c in left for c in "等、的") or text.startswith("的", tail) or text[at - 1:at] in _LIST_WORDS:
        return ""
    framed = _without_doing_lead(left, gm)
    tagged = _tagged(framed)
    if (len(framed) < 4 or tagged[0][1] not in gm.noun_tags or tagged[0][1] == "vn" or framed[0] in gm.numeral_chars
            or any(t in gm.verb_tags or t in ("i", "m", "r") or t == "l" and w[:2] in gm.manner_words
                   or w in gm.light_verbs or w in gm.count_doings or w in gm.new_doings_counted
                   or gm.clause_verb_end.search(w) for w, t in tagged)
            or _is_place(framed, gm)):
        return ""
    return framed


def _owned_attribute(text: str, metric: str, at: int, before: tuple, gm: Grammar) -> str:
    """省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元: an attribute opening its clause bare is
    the attribute of the organisation the previous clause is about (→ 省属企业工业总产值). Only across a
    comma, and only a named kind of organisation (企业利润增长21%；财政收入 is the state's)."""
    a, b = before
    opening = text[b + 1:at].lstrip()
    light = next((v for v in gm.light_verbs if opening.startswith(v)), "")
    if text[b:b + 1] not in "，," or not opening[len(light):].startswith(metric):
        return metric  # (，实现利润3700亿元: a light verb before the attribute changes nothing)
    attribute = max((x for x in gm.attribute_nouns if metric.endswith(x)), key=len, default="")
    if len(metric) - len(attribute) >= 4:
        return metric  # (高新技术企业总数…，高新技术产业产值增长10%: an attribute with an owner of its own)
    owner = []
    tagged = _tagged(text[a:b].lstrip("，,；; "))
    for n, (w, t) in enumerate(tagged):
        if t not in gm.noun_tags:
            if owner and (t == "c" and w in _LIST_WORDS or t in gm.verb_tags and n + 1 < len(tagged)
                          and tagged[n + 1][1] in gm.noun_tags):
                owner.append(w)  # 国有及国有控股工业企业: one organisation's name, its modifiers read as verbs
                continue
            if owner or t not in gm.verb_tags:
                break
            continue  # 实施省属国企战略性布局: the topic after a leading doing
        owner.append(w)
        if w.endswith(tuple(gm.owner_nouns)) and len(owner) > 1:
            name = "".join(owner)
            return metric if name in metric else name + metric
    return metric


def _share_of_amount(text: str, metric: str, prev: dict, at: int, before: tuple, gm: Grammar) -> str:
    """全国财政赤字合计9500亿元，占国内生产总值比重在3%以内: a clause opening with 占…比重 right after
    the clause of an amount is the share of that amount's subject (→ 财政赤字占国内生产总值比重)."""
    a, b = before
    subject = prev.get("metric") or ""
    if (prev.get("kind") != "level" or not subject or not a <= at <= b or text[b:b + 1] not in "，,"
            or not metric.startswith(gm.share_of_verbs) or not metric.endswith(gm.share_nouns)
            or not text[b + 1:b + 3 + len(metric)].lstrip().startswith(metric)
            or _tagged(subject)[-1][1] not in gm.noun_tags):
        return metric
    return subject + metric


def _restated(text: str, metric: str, prev: str, at: int, before: tuple, counted: bool, gm: Grammar) -> str:
    """A bare noun opening a clause right after the clause of the sentence's previous number restates
    that number's subject: a word of it repeated (普惠小微贷款余额…，贷款平均利率 → 普惠小微贷款平均利率),
    a total of its head (高速公路通车里程1523公里，总里程 → 高速公路总里程) or of what it counted
    (引进“三类500强”项目1608个、总投资 → “三类500强”项目总投资), or the paired attribute
    (地方一般公共预算收入增长2.3%、支出 → 地方一般公共预算支出; pairs in grammar.json)."""
    a, b = before
    opening = text[b + 1:b + 4 + len(metric)].lstrip()
    opening = opening[1:] if opening[:1] in gm.causatives else opening  # (…，使总数突破1000个)
    if (not prev or len(metric) > 6 or metric in prev or not a <= at <= b or text[b:b + 1] not in "，,、"
            or not opening[:2 + len(metric)].startswith(metric)):
        return metric
    prev = prev[prev.rfind("的") + 1:]  # (落地的项目, 投资10亿元以上的重大项目: the things named after 的)
    ws = [w for w, _ in _tagged(prev)]
    tags = [t for _, t in _tagged(prev)]
    if len(ws) > 2 and ws[0] == "新" and tags[1] in gm.verb_tags:
        ws, tags = ws[1:], tags[1:]  # 新结对国际友好城市: 新 says the doing was new
    n = 0
    while n < len(ws) and tags[n] in gm.verb_tags:  # 新增高速公路通车里程: the doing is no part of the subject
        n += 1
    if len("".join(ws[n:])) >= 2:  # (集中隔离点: jieba's two verbs and 点 are one noun)
        ws, tags = ws[n:], tags[n:]
    elif n == len(ws):
        return metric
    first = _tagged(metric)[0]
    if len(first[0]) >= 2 and first[1] in gm.noun_tags and first[0] in ws[1:]:
        i = ws.index(first[0], 1)
        if all(t in gm.noun_tags and t != "vn" for t in tags[:i]):  # (布局建设省级…、省级中试平台: a doing)
            return "".join(ws[:i]) + metric
    # (a total of a measure: 总里程, 总投资, 总数; not 总部企业, a noun of its own)
    if metric.startswith("总") and len(metric) >= 2 and (metric[1:] in gm.measure_nouns or metric.endswith(gm.measure_suffixes)
                                                         or _tagged(metric)[0][0] == "总"):  # (总床位)
        if counted:  # (引进项目1608个、总投资: the investment alone, as readers name it)
            return metric if metric in gm.investment_of and "投资" in metric else "".join(ws) + metric
        if prev.endswith(metric[1:]) and tags[0] in gm.noun_tags and len(ws[0]) >= 2:
            return ws[0] + metric
    for x, y in gm.paired_attributes:
        if metric == y and prev.endswith(x) and len(prev) > len(x):
            return prev[:-len(x)] + y
    # 自治区国资委监管企业营收增长5.9%、利润增长5.5%: another attribute of the same organisation
    if metric in gm.measure_nouns:
        x = next((x for x in gm.measure_nouns if prev.endswith(x) and prev[:-len(x)].endswith(tuple(gm.owner_nouns))), None)
        if x and x != metric:
            return prev[:-len(x)] + metric
    if metric in gm.measure_nouns or metric.startswith("总") and metric[1:] in gm.measure_nouns:
        if counted:  # 6处煤矿、产能1400万吨: a measure of the things just counted
            return "".join(ws) + metric
        # 粮食播种面积1530万亩、总产量125亿斤; 猕猴桃综合产值增长8.5%、出口增长53.6%: the owner of the
        # previous measure (the nouns before it) owns this one in a tight list (固定资产投资增长3%，出口…: not)
        x = next((x for x in gm.measure_nouns if prev.endswith(x) and len(prev) > len(x)), None) if text[b] == "、" else None
        # (资产总额超4000亿元、利润总额: measures side by side that share their last word have no owner in common)
        owner = [(w, t) for w, t in _tagged(prev[:-len(x)])] if x and x != metric and not metric.endswith(x) else []
        while owner and (owner[-1][1] not in gm.noun_tags or owner[-1][1] == "vn"):
            owner.pop()
        if len("".join(w for w, _ in owner)) >= 2 and all(t in gm.noun_tags and t != "vn" for _, t in owner):
            return "".join(w for w, _ in owner) + metric
    return metric


_BOUND_SAID = regex.compile(r"(\p{Han}{2,10}?)(?:超过|超)(?=\s*[\d一二三四五六七八九十百千万亿])")
_BOUND_IN = regex.compile(r"\p{Han}{2,8}?(?:超过|超|过)[十百千万亿]{1,3}(?:元|美元)?(?:以上)?")
_BOUND_LEAD = regex.compile(r"(?:\p{Han}{1,4}?)?[十百千万亿]{1,3}(?:元|美元|亩|平方米|吨|千瓦|人)?及?以[上下](?=\p{Han})")
_STREAK_YEARS = regex.compile(r"[一二三四五六七八九十两\d]{1,3}个?年")
_SUMMARY = regex.compile(r"(?<=\p{Han})([二三四五六七八九十])[大项类](?=\p{Han}{2})")
_AMONG = regex.compile(r"(?<=\p{Han})(?:(?:之)?中(?:有|的)|已有)\s*$")  # (七大优势特色产业已有5个产值…)
_TALLY_END = regex.compile(f"(?:{'|'.join(_TALLIES)})$")  # 68个投资额合计超千亿元的重点工业项目: the sum's word
_SPAN = regex.compile(r"\d\s*[—–\-－~～]\s*\d")  # 投资30—100亿元的项目: a span of values bounds which things, as 以上 does
_PAST = regex.compile(r"[^通经不越度跨错]过")  # 产值过500亿元的产业: 过 as "past", not a verb's (通过, 经过)


def _threshold(text: str, h: Hit, gm: Grammar) -> bool:
    """20亿元以上, 超10亿元: a figure that bounds which things are meant."""
    return text[h.num_start:h.tail].endswith(gm.threshold_words) or text.startswith("超", h.start) or _bound_before(text, h)


def _last_in_unit(hits: list[Hit], k: int) -> int | None:
    """The last figure before hits[k] measured in its base unit."""
    return next((j for j in range(k - 1, -1, -1) if hits[j].unit_base == hits[k].unit_base), None)


def _bound_before(text: str, h: Hit) -> bool:
    """超10亿元, 产值过500亿元: a bound written before the figure."""
    at = _before_spaces(text, h.start)  # (超 10 亿元: a copy's spaces)
    before = text[max(0, at - 2):at]
    # (突破 is a bound only in a clause that says which things: 吞吐量突破1亿人次的城市)
    return (before.endswith(("超", "超过")) or before == "突破" and text.startswith("的", _past_spaces(text, h.tail))
            or before.endswith("过") and _PAST.match(text, max(0, at - 2), at) is not None)


def _past_spaces(text: str, at: int) -> int:
    """Where the text goes on after the spaces a copy put around a figure (超 10 亿元的企业)."""
    while text[at:at + 1] == " ":
        at += 1
    return at


def _before_spaces(text: str, at: int) -> int:
    """Where the text before a figure ends, before the spaces a copy put around it (超 10 亿元)."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return at


def _trailing_nouns(phrase: str, gm: Grammar) -> str:
    """The nouns that end a phrase (引进主营业务收入 → 主营业务收入)."""
    words = []
    for w, t in reversed(_tagged(phrase)):
        if t not in gm.noun_tags:
            break
        words.append(w)
    return "".join(reversed(words))


def _with_threshold(text: str, metric: str, h: Hit, gm: Grammar) -> str:
    """签约落地20亿元以上项目100个, 引进主营业务收入超10亿元企业18家: the things counted are those past the
    threshold just before them, with the nouns that say what passes it (→ 20亿元以上项目, 主营业务收入超10亿元企业)."""
    a = _before_spaces(text, h.start)
    while a > 0 and text[a - 1] in "超过":
        a -= 1
    measure = _trailing_nouns(text[max(0, a - 12):a], gm)
    if text.startswith("超", a) or measure.endswith(gm.measure_nouns):
        a -= len(measure)  # (投资20亿元以上的项目: the measure bounded too; not 落地百亿元以上产业项目)
    tail = _past_spaces(text, h.tail)
    return _without_space(text[a:h.tail]) + ("的" if text.startswith("的" + metric, tail) else "") + metric


def _total_of_subject(text: str, metric: str, before: tuple, at: int, gm: Grammar) -> str:
    """粮食连续五年增产，总产量10570亿斤; 城乡居民储蓄存款大幅度增加，年末存款余额…: a total, or a measure
    that is always something's (grammar.json owned_measures), opening the clause after one with no
    figure is of that clause's subject (→ 粮食总产量, 城乡居民储蓄存款余额)."""
    clause = text[before[0]:before[1]].lstrip(" ,，;；")
    # (…生物医药等产业，形成2个产值超5000亿元: not after a list member, nor after a count of its own clause)
    if not clause or _DIGITS.search(clause) or text[before[0] - 1:before[0]] == "、" or _DIGITS.search(text, before[1], at):
        return metric
    tagged = _tagged(clause)
    n = 0  # (城乡居民储蓄存款大幅度增加，年末存款余额: the subject's nouns, not only its first word)
    while n < len(tagged) and tagged[n][1] in gm.noun_tags and tagged[n][1] != "vn":
        n += 1
    if n and n + 1 < len(tagged) and tagged[n][1] == "ad" and tagged[n + 1][1] == "vn":
        n += 2  # 外商直接投资: jieba's adverb and verbal noun inside the name
    word = "".join(w for w, _ in tagged[:n])
    if len(word) < 2 or len(word) == len(clause):
        return metric
    shared = next((i for i in range(min(len(word), len(metric)) - 1, 1, -1) if word.endswith(metric[:i])), 0)
    return word + metric[shared:]  # (储蓄存款 and 存款余额: one 存款)


def _elided_measure(metric: str, prev: str | None, gm: Grammar, same_kind: bool = True) -> str:
    """有色金属产业年产值超4千亿元，钢铁、食品加工产业超3千亿元; 城镇居民人均可支配收入增长5%，农村居民增长6.5%:
    a subject ending in the head word of the previous figure's subject, with no measure of its own,
    is measured as that one was (→ 钢铁、食品加工产业年产值, 农村居民人均可支配收入)."""
    if not prev or metric in prev or metric.endswith(gm.measure_nouns):
        return metric
    tagged = _tagged(metric)
    head, tag = tagged[-1]
    # 旅游业增加值同比增长8.1%，农业增长5.5%，互联网产业增长14.8%: an industry after another industry's measure
    # is measured as that one was (→ 农业增加值, 互联网产业增加值)
    # (not a share's measure, nor across kinds: 产值占规上工业比重…，集成电路等产业增幅均超20%)
    measure = next((m for m in gm.measure_nouns if prev.endswith(m) and len(m) >= 2), None) if same_kind and prev.endswith(gm.measure_nouns) else None
    if (measure and measure not in gm.share_nouns and metric.endswith("业") and prev[:-len(measure)].endswith("业") and len(metric) >= 2
            and not any(t in gm.verb_tags for _, t in tagged)):
        return metric + measure
    if head not in prev and len(head) >= 4:
        head = head[-2:]  # 农村居民, one word to jieba, and 城镇居民人均可支配收入: the same 居民
    at = prev.rfind(head)
    # (新增固定资产三千八百八十亿元 after 固定资产投资总额: a doing's amount is a measure of its own)
    if len(head) < 2 or tag not in gm.noun_tags or tag == "vn" or at <= 0 or any(t in gm.verb_tags for _, t in tagged):
        return metric
    measure = prev[at + len(head):]
    if not measure.endswith(gm.measure_nouns) or len(measure) > 8:
        return metric
    return metric + measure


def _owner_words(phrase: str, gm: Grammar) -> int:
    """How many characters of phrase, from its start, name places, authorities or organisations
    (太湖、阳澄湖保护区, 县(市)区, 市本级, 东莞全港)."""
    n, tagged = 0, _tagged(phrase)
    for i, (w, t) in enumerate(tagged):
        if not (t == "ns" or w in _LIST_WORDS or w in ("(", ")", "（", "）") or w.endswith(gm.owner_ends) and not w.endswith(gm.thing_places) or w in ("全", "其他", "其余")
                # (阳澄湖保护区: a name jieba reads as a person's, before an owner's word)
                or t == "nr" and i + 1 < len(tagged) and tagged[i + 1][0].endswith(gm.owner_ends)):
            break
        n += len(w)
    return n


def _owners_measure(metric: str, prev: str | None, gm: Grammar) -> str:
    """历下区突破百亿元 after 济阳县财政收入过10亿元, 其中虎门港250万标箱 after 东莞全港集装箱吞吐量335万标箱: a
    place's or organisation's name alone measures what the figure before in the same unit measured, its
    own (→ 历下区财政收入, 虎门港集装箱吞吐量). metric is a name alone (_owner_words covers it)."""
    if not prev or len(metric) > 12 or metric.endswith(_LIST_WORDS):
        return metric
    own = _owner_words(prev, gm)
    measure = prev[own:]
    if len(measure) < 2 or _owner_words(measure, gm) or not any(t in gm.noun_tags for _, t in _tagged(measure)):
        return metric
    tagged = _tagged(measure)
    while len(tagged) > 1 and (tagged[0][1] in gm.verb_tags or tagged[0][1] == "vn" and tagged[1][1] in gm.noun_tags):
        tagged = tagged[1:]  # (启动棚户区改造6万户，其中主城区2.4万户: the work, not its start)
    return metric + "".join(w for w, _ in tagged)


def _streak_state(after: str, gm: Grammar) -> str:
    """“三公”经费连续13年只减不增: the years of a streak count how long its subject held a state, and
    the state is part of what is counted (→ “三公”经费只减不增). Only a short predicate without a
    figure of its own (连续6年稳定在万亿斤以上 measures the 万亿斤)."""
    state = _clean_metric(after.strip())
    if state.startswith(gm.rank_states):
        return ""  # (森林覆盖率连续46年居全国首位: a rank held is no part of what is measured)
    tagged = _tagged(state) if 2 <= len(state) <= 8 else ()
    if not tagged or any(c.isdigit() for c in state) or not any(t in gm.verb_tags for _, t in tagged):
        return ""
    return state


@lru_cache(maxsize=None)
def metric_head(metric: str | None, gm: Grammar) -> str | None:
    """The head word of a metric: its last word by jieba that is a noun or a verb used as one
    (养老服务机构床位 → 床位, 城镇新增就业 → 就业), not a particle, numeral or bracket."""
    if not metric:
        return None
    if metric.endswith(")") and "(" in metric[1:]:
        metric = metric[:metric.rfind("(")]  # 县(市、区) → 县, 村(社区) → 村: a note of the kinds covered is no head
    tagged = [w for w, t in _tagged(metric)
              if w.strip() and t != "x" and (t in gm.noun_tags or t in gm.verb_tags or t not in gm.end_stop_tags)]
    if not tagged:
        return None
    # 城镇调查失业率, 规模以上工业增加值: a long project term jieba keeps whole ends in a word of its own,
    # the last of its cut without its first character (a cut that cannot match the whole term)
    last = tagged[-1]
    while len(last) >= 4:
        inner = _tagged(last[1:])[-1][0]
        if len(inner) < 2 or len(inner) >= len(last) - 1 or not is_word(inner):
            break
        last = inner
    return last


def _modifier_of(right: str, nxt: str | None, gm: Grammar, own_de: bool = False) -> str:
    """1410个县级和250个省、市（地）级疾病预防控制中心: a count of a bare modifier joined to the next
    count is of the same thing (→ 县级疾病预防控制中心)."""
    if not nxt or not right or right == nxt:
        return ""
    tagged = _tagged(right)
    de = nxt.rfind("的")
    if (0 < de < len(nxt) - 1 and not own_de and tagged[-1][1] in gm.verb_tags | {"vn"} and len(tagged) <= 3
            and not nxt.startswith(right) and _tagged(nxt[de + 1:])[-1][1] in gm.noun_tags):
        return right + nxt[de:]  # 6家重点管理、36家简化管理的持证单位: the same things, handled another way
    if not all(t == "b" or w in gm.modifiers for w, t in tagged) and not (
            tagged[-1][0] == "级" and all(t in ("m", "q") for _, t in tagged)):  # 2家千亿级、24家百亿级工业企业
        return ""
    cut = nxt.rfind(right[-1])
    rest = nxt[cut + 1:] if cut >= 0 else metric_head(nxt, gm) or ""
    # (19个国家、26个城市: two kinds of things; 100%小学、90%初中实现…入学的初中: not a cut inside the next one's clause)
    return right + rest if rest and rest != nxt and not rest.startswith("的") else ""


def kind_and_direction(unit_base: str, pre: str, gm: Grammar):
    hold = gm.hold_verbs.search(pre) if pre[-1:] in gm.hold_verb_ends else None  # 上涨控制在3%: the verb of change is before 控制在
    if hold:
        pre = pre[:hold.start()]
    up = gm.change_up.search(pre) if pre[-1:] in gm.change_up_ends else None
    down = gm.change_down.search(pre) if pre[-1:] in gm.change_down_ends else None
    direction = "up" if up and (not down or up.end() >= down.end() and up.start() <= down.start()) else ("down" if down else None)
    if up and down:
        direction = "up" if len(up.group()) >= len(down.group()) and up.start() <= down.start() else "down"
    if unit_base in ("个百分点", "个千分点"):  # (出生率下降5个千分点: points of a rate per mille)
        if direction is None:
            cu, cd = gm.compare_up.search(pre), gm.compare_down.search(pre)
            direction = "up" if cu else ("down" if cd else None)
        if direction is None and gm.comparison.search(pre):
            direction = "up" if gm.gap_up.search(pre) else ("down" if gm.gap_down.search(pre) else None)
        if direction is None:
            direction = "up" if gm.rate_up.search(pre) else ("down" if gm.rate_down.search(pre) else None)
        return "pp_change", direction
    if unit_base in _RATE_UNITS:
        if direction:
            return "change", direction
        if gm.rate_up.search(pre):
            return "change", "up"
        if gm.rate_down.search(pre):
            return "change", "down"
        return "share", None
    return "level", None


def status_of(clause: str, default, gm: Grammar, review: bool = False):
    """The status the clause's cues give; the cue nearest the number wins (预计全年…，其中已完成…).
    review: the clause is in a review, where a verb of obtaining (争取) is no aim."""
    if not gm.any_status_needs.search(clause):
        return default  # (most clauses hold no cue, told by one character class)
    m = gm.any_status.search(clause)  # (?r): the last cue, searched from the end
    while review and m and m.group() in gm.obtaining_cues:
        m = gm.any_status.search(clause, 0, m.start())
    if m and m.lastgroup == "actual":
        aim = gm.any_status.search(clause, 0, m.start())
        if aim and aim.end() == m.start() and aim.lastgroup == "target":
            return "target"  # 力争累计完成: what is aimed at is done by then, not yet
    return m.lastgroup if m else default


_SALUTATION = regex.compile(r"^各位代表[!！,，:：]?\s*")
# (“十二五”重大成就及“十三五”主要目标: plan periods name a review and a plan as years do)
_YEAR_NAMED = regex.compile(r"(?:19|20)\d\d年|[一二三四五六七八九〇零]{4}年|今年|去年|“?十[一二三四五六七八九]五”?")


def _chapter(section_id: str | None, sections: dict) -> str | None:
    """The chapter (level 1, or the document's level 0) a section sits in."""
    while section_id and sections[section_id]["level"] > 1:
        section_id = sections[section_id]["parent_id"]
    return section_id


def _chain(section_id: str | None, sections: dict) -> list[str]:
    """The section and its parents, innermost first."""
    out = []
    while section_id:
        out.append(section_id)
        section_id = sections[section_id]["parent_id"]
    return out


def section_status(titles: list[str], gm: Grammar) -> str | None:
    """Nearest heading (innermost first) that says whether its content is plan or outcome."""
    for t in titles:
        t = _BOOK_TITLE.sub("", t)  # 《计划草案》的起草过程 is about a plan, not a plan
        a, tg = gm.actual_headings.search(t), gm.target_headings.search(t)
        if tg and not a:
            return "target"
        if a and not tg:
            return "actual"
        if a and tg:
            return "target" if tg.start() > a.start() else "actual"
    return None


_UNIT_HEADERS = ("单位", "计量单位")
_METRIC_HEADERS = ("指标", "指标名称", "主要指标", "项目", "名称", "指标项")
_HEADER_YEAR = regex.compile(r"\d{4}年")


def cell_indicator(text: str, sent: dict, row: dict, gm: Grammar, default_status: str) -> dict | None:
    """A number alone in a cell of a flattened indicator table (指标 / 单位 / 2022年预计 / 2023年目标):
    its metric, unit, status and year come from its row and column, not from its own words."""
    header, cells = row["header"], row["cells"]
    if not any(h in _UNIT_HEADERS for h in header) or len(cells) != len(header):
        return None
    # the cell the sentence lies in, by position: two cells of a row may read the same (5.5以内 | 5.5以内)
    col = next((k for k, sp in enumerate(row.get("_spans") or ()) if sp and sp[0] <= sent["start"] < sp[1]), None)
    if col is None or header[col] in _UNIT_HEADERS + _METRIC_HEADERS or header[col] in ("序号", "编号"):
        return None
    s0, s1 = sent["start"], sent["end"]
    qb = gm.qual_before.search(text, s0, min(s1, s0 + 4))
    pos = qb.end() if qb and qb.start() == s0 else s0
    sign = 1.0
    if text.startswith("-", pos) and pos + 1 < s1 and text[pos + 1].isdigit():
        sign, pos = -1.0, pos + 1  # -5.1 under 增幅
    m = gm.number.match(text, pos, s1)
    if not m or not m.group("num")[0].isdigit():
        return None
    qa = gm.qual_after.match(text, m.end(), s1)
    if (qa.end() if qa else m.end()) != s1:
        return None
    unit_col = next(k for k, h in enumerate(header) if h in _UNIT_HEADERS)
    metric_col = next((k for k, h in enumerate(header) if h in _METRIC_HEADERS), 1 if header[0] in ("序号", "编号") else 0)
    own_unit = (m.group("mult") or "") + (m.group("unit") or "")
    change_col = bool(gm.change_header.search(header[col]))  # 增幅: the metric's % change, not its level
    unit = own_unit or ("%" if change_col else cells[unit_col].strip())
    prefix = next((k for k in sorted(gm.multipliers, key=len, reverse=True) if unit.startswith(k)), "")
    mult = gm.multipliers.get(prefix, 1.0)
    unit_base = gm.unit_base.get(unit[len(prefix):], unit[len(prefix):])
    metric = cells[metric_col].strip()
    kind, direction = kind_and_direction(unit_base, metric, gm)
    if change_col and unit_base in ("%", "‰"):
        kind, direction = "change", (None if "增减" in header[col] else "up")
    if kind == "share":
        up, down = gm.rate_up.search(metric + "为") or regex.search("增速|增长|增幅", metric), regex.search("下降|降低|降幅", metric)
        if up or down:
            kind, direction = "change", ("down" if down else "up")
    head = header[col]
    status = ("expected" if gm.expected.search(head) else "target" if regex.search("目标|计划|预期", head)
              else "actual" if regex.search("完成|实际", head) else default_status)
    value = sign * parse_arabic(m.group("num"))
    high = parse_arabic(m.group("num2")) if m.group("num2") and m.group("num2")[0].isdigit() else None
    if high is not None and not high > value:
        return None  # 5-3, 0-0: not a range, as in running text
    year = _HEADER_YEAR.search(head)
    return {
        "doc_id": None, "metric": metric or None, "value": value, "value_high": high, "unit": unit,
        "value_base": scaled(value, mult), "value_high_base": scaled(high, mult) if high is not None else None,
        "unit_base": unit_base, "kind": kind, "direction": direction, "period": year.group() if year else None,
        "qualifier": (qb.group() if qb and qb.start() == s0 else None) or (qa.group() if qa else None) or m.group("qin"),
        "status": status, "numeral": "arabic", "start": m.start() - (sign < 0), "end": m.end(),
    }


def _glossary_terms(text: str, gm: Grammar):
    """Matches of grammar.json glossary_term: tried only at the start of a line holding a colon (the
    term is defined after one), not at every position of the text."""
    pos = text.find(":")
    while pos >= 0:
        m = gm.glossary_term.match(text, text.rfind("\n", 0, pos) + 1)
        if m:
            yield m
        end = text.find("\n", pos)
        pos = text.find(":", end) if end >= 0 else -1


def find_periods(text: str, gm: Grammar) -> list:
    """Period expressions, leftmost first and, at one position, the earliest form in periods.json.
    Each form is scanned on its own: one alternation of all of them is fifty times slower in the
    regex engine, which cannot pick a literal prefix out of it."""
    found = sorted((m.start(), rank, m) for rank, rx in enumerate(gm.periods) for m in rx.finditer(text))
    out, end = [], -1
    for start, _, m in found:
        if start >= end:
            out.append(m)
            end = m.end()
    return out




_RELATIVE = frozenset({"%", "‰", "倍"})
_TO_LINK = regex.compile(r"(?:[^,，;；。\d]|\d{4}年){0,12}?(?:到|至)(?:[^,，;；。\d]|\d{4}年){0,10}")
_ON_BASIS = ("的基础上", "的基础之上")
_AS_LINK = regex.compile(r"[^,，;；。、\d]{1,6}?(?:为|成)")  # 由51家整合为33家


def _same_measure(a: str, b: str) -> bool:
    """Units of one run of figures: the same, or both relative (分别增长3.8倍、80.2%)."""
    return a == b or a in _RELATIVE and b in _RELATIVE


def _scope_whole(whole: str, gm: Grammar) -> bool:
    """全省, 全国总数, 全市总量: a place's or the world's whole, no measure of its own."""
    scope = next((w for w in gm.wholes if whole.startswith(w)), None)
    return scope is not None and whole[len(scope):].removesuffix("的") in ("", *gm.whole_totals)


def _is_place(name: str | None, gm: Grammar) -> bool:
    """七区, 五市, 江北三区, 阳澄湖保护区: a place's name alone (not a scope word such as 城镇 or 农村)."""
    if not name or len(name) > 6 or name in gm.modifiers:
        return False
    tagged = _tagged(name)
    return (all(t in gm.place_tags or t == "m" for _, t in tagged) and tagged[-1][1] != "m"
            or len(tagged) > 1 and tagged[-1][0] in gm.place_nouns)


def _respectively(text: str, s0: int, hits: list, pres: list[str], metrics: list, recs: list[dict],
                  gm: Grammar, sw: SentenceWords | None = None) -> None:
    """分别: a run of numbers joined by 和/、 after 分别 takes its metrics one each, in order, from a
    coordinated subject (进口和出口分别增长…, 城乡居民收入分别增长…) or else from the indicators just
    before it in the sentence (接待游客1200万人次，旅游收入150亿元，分别增长45%和52%)."""
    each: dict[int, list[str] | None] = {}  # figures after 均: the members of their listed subject
    for k, h in enumerate(hits):
        # 单位GDP能耗、水耗均下降3%: one number for every member of a listed subject
        if metrics[k] and _finder(gm.each_words)(pres[k]):
            pos = max(pres[k].rfind(w) for w in gm.each_words)
            at = h.num_start - len(pres[k]) + pos
            w = sw.at(at) if sw is not None else None
            if w is not None and w.start != at:
                each[k] = None  # 最低收购价平均每斤: 均 inside a word is no 均
                continue
            whole = _listed_subject(text, s0, at + 1, metrics[k], None, gm, sw) or metrics[k]
            # the number is each member's, and measures the list as written (readers of rounds 177-232 wrote
            # the whole list six times to the first member's two); the members are kept for a run after it
            each[k] = _each_member(whole, gm)
            metrics[k] = whole
    k, prev = 0, None  # prev: (end, names) of the last run read member by member
    while k < len(hits):
        # 战略性新兴产业和高技术制造业增加值年均增长8%、7.2%: a listed subject before a run of as many
        # rates is read member by member without 分别 too
        implicit = (gm.respectively not in pres[k] and metrics[k] and _LIST_SEP.search(metrics[k])
                    and hits[k].unit_base in _RELATIVE)
        # 分别从645元/月、4318元/年提高到801元/月、7226元/年: the run after 到 takes the run before's members
        # 分别为774亿元、536亿元…，比上年增长29.2%、39.4%…: and so does a run in the next clause that
        # names nothing of its own (比上年增长, 减为增长)
        parallel = (prev is not None and prev[0] == k and gm.respectively not in pres[k]
                    and (_TO_LINK.fullmatch(text, hits[k - 1].tail, hits[k].num_start) is not None
                         or _names_nothing(text[hits[k - 1].tail:hits[k].num_start], gm)))
        # 城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%: a run of rates that
        # names nothing takes the amounts' metrics before it one each, as after 分别
        bare = (metrics[k] is None and hits[k].unit_base in _RELATIVE and k + 1 < len(hits)
                and text[hits[k].tail:hits[k + 1].num_start].strip() in _JOINERS)
        # 每千人床位数、执业（助理）医师数增至7.83张、3.57个: a listed subject, then as many amounts
        # joined by 、, is read member by member too (when the list has exactly as many members)
        # (地区财政总收入和一般公共预算收入达到671.65亿元和234.2亿元: two members and two amounts, joined by 和)
        joiner = text[hits[k].tail:hits[k + 1].num_start] if k + 1 < len(hits) else ""
        levels = (gm.respectively not in pres[k] and not implicit and not parallel and not bare and metrics[k]
                  and joiner in ("、", "和") and (joiner == "和" and "和" in metrics[k] or joiner == "、"
                  and "、" in text[_clause_from(text, s0, hits[k].num_start):hits[k].num_start]))
        if gm.respectively not in pres[k] and not implicit and not parallel and not bare and not levels:
            k += 1
            continue
        j = k + 1
        while (j < len(hits) and text[hits[j - 1].tail:hits[j].num_start].strip() in _JOINERS
               and (_same_measure(hits[j].unit_base, hits[k].unit_base) or "%" not in hits[j].unit_base + hits[k].unit_base)
               # (…分别达到2500家、1530家，39项成果获奖: a figure after a comma that names its own things ends the run)
               and not (text[hits[j - 1].tail:hits[j].num_start].strip() == "," and hits[j].unit_base in gm.counters
                        and (after := _tagged(text[hits[j].tail:hits[j].tail + 6])) and after[0][1] in _HEAD_TAGS)):
            j += 1  # 原煤、原油、天然气产量分别达到7000万吨、1280万吨、10亿立方米: amounts in their own units
        loose = j
        while loose < len(hits) and text[hits[loose - 1].tail:hits[loose].num_start].strip() in _JOINERS:
            loose += 1
        if (loose > j and metrics[k] and gm.respectively in pres[k]
                and _listed_subject(text, s0, hits[k].num_start, metrics[k], loose - k, gm, sw) is not None):
            j = loose  # 绿地率、绿化覆盖率、人均公园绿地面积分别达到41.25%、40.84%、17.16平方米: as many members as figures
        n = j - k
        if parallel and n == len(prev[1]):
            metrics[k:j], prev, k = prev[1], None, j
            continue
        # (地方一般公共预算收入、固定资产投资和社会消费品零售总额年均增长12.4%、7.6%、6.5%: the list before the
        # metric, cut at its 、, has the members the metric lacks)
        listed = None
        if implicit and n >= 2 and len(_LIST_SEP.split(metrics[k])) != n and (at := text.rfind(metrics[k], s0, hits[k].num_start)) >= 0:
            listed = _listed_subject(text, s0, hits[k].num_start, metrics[k], n, gm, sw, at + len(metrics[k]))
        if implicit and (n < 2 or len(_LIST_SEP.split(metrics[k])) != n and listed is None) or parallel and not implicit:
            k = j
            continue
        if n > 1:
            # a list cut at 、 first: 信息传输软件和信息技术服务业、租赁和商务服务业增加值 has two
            # members, each with its own 和
            if levels:
                end = text.rfind(metrics[k], s0, hits[k].num_start)
                end = end + len(metrics[k]) if end >= 0 else -1
                # (产业园、…燃煤发电等12个百亿元、70个…项目: examples, then counts, are no members' figures)
                names = (_listed_subject(text, s0, hits[k].num_start, metrics[k], n, gm, sw, end)
                         if end >= 0 and "等" not in text[end:hits[k].num_start] else None)
            else:
                names = listed or (_listed_subject(text, s0, hits[k].num_start, metrics[k], n, gm, sw) if metrics[k] else None)
            if levels and names is None:
                k = j
                continue
            if names is None and metrics[k]:
                names = _coordinated(metrics[k], n, gm)
            if names is None and metrics[k] is None and each.get(k - 1) and len(each[k - 1]) == n:
                names = each[k - 1]  # 亩均增加值、亩均税收均增长6%，分别达到144万元、29万元: the members, one each
            if names is None and metrics[k] is None:
                # the figures the run compares: points compare shares or rates (污水处理率达40%，垃圾无害化处理率
                # 达56%，分别比上年增加20个百分点和10个百分点), other changes amounts
                kinds = ("share", "change") if recs[k]["kind"] == "pp_change" else ("level",)
                # (a figure with no metric yet has the one before it: 年均增长14.1% after 城市居民人均可支配收入)
                held = list(itertools.accumulate(metrics[:k], lambda a, b: b or a))
                own = [r for r in range(k) if recs[r]["kind"] in kinds and held[r]]
                last = own[-n:]
                names = None
                if len(last) == n and last[-1] - last[0] == n - 1 and all(
                        text[hits[r].tail:hits[r + 1].num_start].strip() in _JOINERS for r in last[:-1]):
                    # 城乡居民收入达到26420元和8689元，分别增长8.4%和9.5%: a run of as many amounts, one each
                    # (one metric for the whole run is split when it is coordinated)
                    names = [held[r] for r in last]
                    if len(set(names)) == 1:
                        names = _coordinated(names[0], n, gm)
                if names is None and prev is not None and prev[0] == k and len(prev[1]) == n and all(prev[1]):
                    # …利税和利润年均分别增长10.9%、9.1%和8.8%，2015年分别达到15351亿元、1460亿元和1101亿元: a
                    # run that names nothing, right after a run read member by member, takes its members
                    names = list(prev[1])
                if names is None:
                    before: list[str] = []
                    for r in own:
                        if not before or before[-1] != held[r]:
                            before.append(held[r])
                    names = before[-n:] if len(before) >= n else None
            tail = os.path.commonprefix([x[::-1] for x in names])[::-1] if names and len(names) > 1 else ""
            if tail and not (all(t in gm.verb_tags for _, t in _tagged(tail)) and not tail.endswith(gm.measure_suffixes)):
                tail = ""  # (海口、三亚分别拆除: places, then the doing the run measures)
            if names and all(_is_place(x[:len(x) - len(tail)], gm) for x in names):
                # 其中太湖、阳澄湖保护区分别达到80%和78%: places say where; the measure is the one named before
                metrics[k:j] = names = [None] * n
                prev = (j, names)
            elif names:
                metrics[k:j] = names = _owned_members(names, gm)
                prev = (j, names)
        k = j
    for k, h in enumerate(hits):
        if k in each:
            continue
        if metrics[k] and metrics[k] in pres[k] and gm.respectively not in pres[k]:
            # 川渝省际铁路、高速公路、水路通道达到28条: one number after a list of nouns is the whole list's
            end = h.num_start - len(pres[k]) + pres[k].rfind(metrics[k]) + len(metrics[k])
            if text[end - len(metrics[k]) - 1:end - len(metrics[k])] == "、":
                whole = _listed_subject(text, s0, end + 1, metrics[k], None, gm, sw)
                if (whole == metrics[k] and k and hits[k - 1].unit == h.unit and h.unit_base in gm.counters and metrics[k - 1]
                        and (text[hits[k - 1].tail:h.num_start - len(pres[k])] + pres[k]).startswith("、")
                        and (prev_tag := _tagged(metrics[k - 1])[0][1]) in gm.noun_tags and prev_tag != "vn"):
                    continue  # (笼式足球场20个、健身广场5个: a member like the one before, not a doing's object)
                # only after members that are plain nouns (not 铁路投资8000亿元以上、公路投资, 新建、改扩建机场)
                first = text.rfind(whole, s0, end + 1) if whole else -1
                parts = [p for p in _LIST_SEP.split(whole)] if first >= s0 else []
                opening = _tagged(parts[0]) if parts and parts[0] else ()
                if (len(parts) > 1 and len(opening) > 1 and opening[0][1] in gm.verb_tags
                        and opening[0][0] not in gm.measure_verbs):
                    # 认定雏鹰企业、瞪羚企业358户: the doing before the list is no member's (采购金额 after 、 alone is no list)
                    whole, parts[0] = whole[len(opening[0][0]):], parts[0][len(opening[0][0]):]
                # and a last member that is no doing (各街镇、临空共联系走访企业 are the doers)
                # members ending in one shared head noun are a noun list whatever jieba reads inside them
                # (国家技术创新中心、新兴产业创新中心、制造业创新中心: 创新 tagged v)
                tagged = [_tagged(p) for p in parts if p.strip()]
                heads = {tg[-1] for tg in tagged}
                shared = (len(parts) > 1 and len(tagged) == len(parts) and len(heads) == 1
                          and next(iter(heads))[1] in gm.noun_tags
                          and all(tg[0][1] in gm.noun_tags for tg in tagged))  # (not 完成以电代煤、以气代煤)
                # (博物馆、美术馆举办文化展览: a last member opening with a plain noun, its verb right after, is
                # the list's doing; a tally or adverb between marks the list as the doers of 临空共联系走访企业)
                # (东南亚、日韩、欧美入境游客: a short member of names jieba misreads, no verb and no qualifier, is
                # a modifier of the last one's head)
                nouns = parts and all(all(t in gm.noun_tags for _, t in _tagged(p))
                                      or len(p) <= 3 and _HAN.fullmatch(p) and not gm.qual_after.fullmatch(p)
                                      and not any(t in gm.verb_tags or t in ("vn", "u", "p", "c", "d") for _, t in _tagged(p))
                                      for p in parts[:-1])
                doing = (tagged and tagged[-1][0][1] in gm.noun_tags and tagged[-1][0][1] != "vn"
                         and not any(t in gm.adverb_tags or w in gm.tally_verbs or w in "共" for w, t in tagged[-1]))
                if (parts and not (first and text[first - 1].isdigit()) and min(map(len, parts)) >= 2
                        and (shared or nouns and (doing or not any(t in gm.verb_tags for _, t in _tagged(parts[-1])[:-1])))):
                    metrics[k] = whole
    # 新增公办幼儿园学位7万个、中小学学位18.3万个…，分别占总数的17.7%、14.1%…: a run of shares of the whole after
    # a run of as many amounts is each amount's share
    for k in range(1, len(hits) if hits and "分别占" in text[s0:hits[-1].num_start] else 0):
        gap = text[hits[k - 1].tail:hits[k].num_start]
        cut = _last_comma(gap)
        if cut < 0 or not _SHARE_OF_WHOLE.fullmatch(gap[cut + 1:].strip()):
            continue
        n = 1
        while k + n < len(hits) and text[hits[k + n - 1].tail:hits[k + n].num_start].strip() in _LIST_WORDS:
            n += 1
        if n < 2 or k < n or not all(metrics[k - n:k]) or any(  # (the amounts: each its noun, joined by 、)
                not text[hits[i - 1].tail:hits[i].num_start].startswith("、")
                or _MEMBERS_END.search(text, hits[i - 1].tail, hits[i].num_start) for i in range(k - n + 1, k)):
            continue
        metrics[k:k + n] = metrics[k - n:k]


_RATE_GAP = regex.compile(r"(增速|增幅|涨幅)(?:分别|均)?(?:高于|快于|低于|慢于|超过|超出|领先)")
_URBAN_RURAL = frozenset({"城市", "城镇", "农村", "城区", "乡村"})
_URBAN_RURAL_MEASURE = regex.compile(r"城乡(\p{Han}{2,10}?)(?=[,，;；])")
_SHARE_USED = regex.compile(r"(?:用于|投入|投向)\p{Han}{2,6}(?=[,，;；。])")
_NOT_ETC_BEFORE = "高中初同平对特一二三四五头均相超上优甲乙丙丁次"
_NOT_ETC_AFTER = "级奖次于同待候价额式量效"
_BASE_BEFORE = regex.compile(r"(?:较|比)(?:\d{4}年|上年|去年|同期|上年同期)[底末]?\s*$")
_SHARE_OF_WHOLE = regex.compile(r"分别占(?:总数|总量|全市|全省|全区|全国)(?:总数|总量)?的?")
_SPAN_TALLY = regex.compile(r"(?:(?:[一二三四五六七八九十两]|\d{1,2})年(?:来|间|中|里)?)?(?:累计|共计|合计|年均|年平均)$")
_NOTE_BEFORE = regex.compile(r"\(\p{Han}{1,4}\)$")
_HARD_BREAK = regex.compile(r"[,，;；:：()（）。！？!?\n]|(?<![A-Za-z][\d.]{0,6})\d(?![A-Za-z])")  # (not the digits of a code: PM2.5、PM10, 3D打印)
_STOPS = r",，;；:：。！？!?\n"  # where a list of nouns ends (a character class's contents)
_LIST_END = regex.compile(rf"[{_STOPS}\d]")
_MEMBERS_END = regex.compile(f"[{_STOPS}]")
_CONJUNCTIONS = "".join(_LIST_WORDS[1:])  # 和与及: the list words other than the 、 between members
_JOINED = regex.compile(f"[{_CONJUNCTIONS}]")
_NEXT_MEMBERS = regex.compile(f"[{_CONJUNCTIONS}][^{_STOPS}{_CONJUNCTIONS}等]+等$")  # 和津宁、滨保等 (7条高速公路)
_MEMBER = regex.compile(f"([{''.join(_LIST_WORDS)}])([^{''.join(_LIST_WORDS)}]+)")  # a list word and the member after it
_OWN_MODIFIER = regex.compile(r"“[^“”]{1,8}”|\p{Han}{1,4}\([^()]{1,6}\)|\p{Han}{1,6}?类")


def _each_member(whole: str, gm: Grammar) -> list[str] | None:
    """规上工业亩均增加值、亩均税收 → [规上工业亩均增加值, 亩均税收], 城镇和农村居民人均可支配收入 → [城镇居民…,
    农村居民…]: the members of a listed subject, with the head they share, when the first names a measure (not 铁路 of 铁路、高速公路
    运营里程); members are cut at 、 outside brackets and quotations, else at a 和 after a modifier or a measure
    (not 信息传输软件和信息技术服务业)."""
    depth, cuts = 0, []
    for i, c in enumerate(whole):
        depth += (c in "(“") - (c in ")”")
        if c == "、" and depth == 0:
            cuts.append(i)
    ends = gm.member_measures + gm.measure_nouns  # (…混合所有制比例、资产证券化率: a 比例 is a measure of its own)
    if cuts:
        members = [whole[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(whole)])]
    else:
        members = whole.split("和")
        if len(members) != 2 or not (members[0] in gm.modifiers or members[0].endswith(ends)):
            return None
    if len(members) < 2 or not all(members):
        return None
    names = members if members[0].endswith(ends) else _share_head(members, gm)
    measure = names[0].endswith(ends) or lookup(names[0]) is not None  # (单位…能耗)
    return names if len(names[0]) > 2 and measure else None


def _last_comma(s: str) -> int:
    """Where the last comma or semicolon of s stands (-1 if none)."""
    return max(s.rfind(c) for c in ",，;；")


def _clause_from(text: str, s0: int, at: int) -> int:
    """Where the clause holding text[at] starts: after the sentence's last comma or semicolon before it."""
    return max(s0, max(text.rfind(c, s0, at) for c in ",，;；") + 1)


def _names_nothing(gap: str, gm: Grammar) -> bool:
    """Whether the text between two runs of numbers opens a new clause with no noun in it."""
    cut = _last_comma(gap)
    return cut >= 0 and all(t not in gm.noun_tags for _, t in _tagged(gap[cut + 1:]))


def _noun_lead(member: str, gm: Grammar) -> str:
    """The noun phrase opening a list member: nouns and modifiers, ending in a noun (省考断面 | 达到…; jieba's
    verb tag on the first word of a short one is taken for a misreading), or ""."""
    tagged = _tagged(member)
    n = 2 if (len(tagged) > 1 and tagged[0][1] in gm.verb_tags and len(tagged[0][0]) == 2 and tagged[1][1] in _HEAD_TAGS
              and len(tagged[1][0]) <= 2) else 0
    while n < len(tagged) and (tagged[n][1] in gm.noun_tags or tagged[n][1] in _MODIFIER_TAGS
                               or tagged[n][1] in ("m", "q", "f", "z") or tagged[n][0] in "“”《》"):
        n += 1
    while n and not (tagged[n - 1][1] in _HEAD_TAGS or tagged[n - 1][0] in "”》"
                     or tagged[n - 1][0] == "强" and n > 1 and tagged[n - 2][1] == "m"):  # (世界500强)
        n -= 1
    return "".join(w for w, _ in tagged[:n])


def _shared_members(first: str, rest: str, gm: Grammar) -> int:
    """How far after the count's first member, up to rest's end, the members that share its count run:
    the length of the list words and noun-phrase members at the start of rest (the last one up to its
    predicate: 国考、省考断面 | 达到考核要求), or 0."""
    # (国考、省考断面: after a count, a lone word jieba tags a verb is a noun when the next member opens with its like)
    lone = _noun_lead(first, gm) != first
    if lone and not (len(first) == 2 and len(_tagged(first)) == 1):
        return 0
    n = 0
    for m in _MEMBER.finditer(rest):
        member = m.group(2)
        if m.start() != n or member[0].isdigit():
            break
        opening = _tagged(member)[0]
        if lone and not (len(opening[0]) == 2 and (opening[1] in gm.verb_tags or opening[1] == _tagged(first)[0][1] == "b")):
            return 0  # (13个国控、省控考核断面: or two attribute words alike)
        lead = _noun_lead(member, gm)
        if "等" in member[len(lead):]:
            return 0  # (林区、垦区、煤矿等棚户区居民: the members say which of the things after 等)
        if lead != member:
            n = len(rest) if lead else n  # (the last member's own words are cut as after any count)
            break
        n = m.end()
    return n


def _alike(first: str, member: str, gm: Grammar) -> bool:
    """跨学校 and 跨学院, 断头路 and 瓶颈路, 国控 and 省控: members built alike, sharing a first or last character
    or opening with a word of the same length and kind as the first's last."""
    if not first or not member:
        return False
    a, lead = _tagged(first)[-1], _tagged(member)[0]
    return (member[0] == first[0] or member[len(first) - 1:len(first)] == first[-1:]
            or len(lead[0]) == len(a[0]) and lead[1] == a[1] and lead[1] in gm.noun_tags)


def _parallel_members(first: str, rest: str, gm: Grammar) -> int:
    """49个跨学校、跨学院、跨学科特色学科群, 49条断头路、瓶颈路建设: short members built alike share the count up to
    the things' head; the length of rest (、 and the members) they run to, the words after them being cut as
    after any count, or 0."""
    members = rest[1:].split("、")
    if not first or len(first) > 6 or "的" in first or "等" in rest or any(c.isdigit() for c in rest):
        return 0  # (行政审批、行政处罚等管理事项: examples of a kind, named after 等)
    if any(not b or n < len(members) - 1 and len(b) > 6 or not _alike(first, b, gm) for n, b in enumerate(members)):
        return 0
    return len(rest)


def _list_frame(parts: list[str], gm: Grammar) -> tuple[str, list[str]]:
    """(中央财政用于, [科技, 教育, …]): the owner and verb a list's first member opens with, split off."""
    a = _tagged(parts[0])
    if len(a) >= 3 and (a[-2][1] in gm.verb_tags or a[-2][1] == "p") and any(t in gm.noun_tags for _, t in a[:-2]):
        return "".join(w for w, _ in a[:-1]), [a[-1][0]] + parts[1:]
    return "", parts


def _owned_members(names: list, gm: Grammar) -> list:
    """旅游人次、收入分别增长15%、18%: a later member that is a bare measure is the first member's owner's
    (→ 旅游收入)."""
    tagged = _tagged(names[0]) if names[0] else ()
    # (国有企业总资产、净资产, 规模以上工业增加值、利润: the owner is what stands before the first measure)
    measure = next((m for m in gm.measure_nouns if names[0] and names[0].endswith(m) and len(names[0]) >= len(m) + 2), "")
    owner = names[0][:-len(measure)] if measure else ""
    if not owner or _tagged(owner)[-1][1] not in gm.noun_tags:
        if len(tagged) > 1 and tagged[-1][0].endswith("数") and len(tagged[-1][0]) == 2:
            # 安全事故起数、死亡人数: a count of the owner, then another count of it (旅游人数、收入: or a measure of it)
            owner = names[0][:-2]
            return [names[0]] + [owner + n if (n.endswith("数") and len(n) <= 5 or n in gm.measure_nouns) and owner not in n
                                 else n for n in names[1:]]
        # 发明专利申请量、授权量: a short member ending as the first one does is another measure of its owner
        if all(len(n) <= 3 and n[-1] == names[0][-1] and n[-1] in "量额率数" for n in names[1:]):
            size = len(names[1])
            owner = names[0][:-size] if len(names[0]) >= size + 2 else ""
            if owner and _tagged(owner)[-1][1] in gm.noun_tags and all(len(n) == size for n in names[1:]):
                return [names[0]] + [owner + n for n in names[1:]]
        if len(tagged) != 2 or len(tagged[0][0]) < 2 or tagged[0][1] not in gm.noun_tags or tagged[1][1] not in gm.noun_tags:
            return names
        owner = tagged[0][0]
    return [names[0]] + [owner + n if n in gm.measure_nouns else n for n in names[1:]]


def _listed_subject(text: str, s0: int, at: int, last: str, n: int | None, gm: Grammar,
                    sw: SentenceWords | None = None, end: int | None = None):
    """二氧化硫、氮氧化物排放量分别下降5.6%和4%: the clause's metric is only the last of a list whose
    earlier members the clause break at 、 cut off. end: where the list ends, when no 分别 says so."""
    pos = end if end is not None else text.rfind(gm.respectively, s0, at) if n else at - 1
    if n and (base := _BASE_BEFORE.search(text, s0, pos)):
        pos = base.start()  # 企业职工基本养老金、居民基础养老金较2015年分别提高…: the comparison base is no member's
    b = pos
    while b > s0 and not _HARD_BREAK.match(text, b - 1):
        b -= 1
        if text[b - 1:b] == ")" and (note := _NOTE_BEFORE.search(text, max(s0, b - 8), b)):
            b = note.start()  # 执业(助理)医师数: a short note in brackets is part of the member
    tally = _SPAN_TALLY.search(text, b, pos) if n else None
    if tally and tally.start() > b:
        pos = tally.start()  # …氮氧化物排放五年累计分别下降…: the span and tally are no member's
    parts = [p for p in _LIST_SEP.split(text[b:pos]) if p]
    if n is None:  # the whole list as one metric phrase
        if len(parts) < 2 or last not in parts[-1]:
            return None
        whole = text[b:pos]
        return _clean_metric(_strip(_from_word(whole, b, sw, gm) if sw is not None else whole, gm))
    if len(parts) != n:
        parts = [p for p in text[b:pos].split("、") if p]  # members with their own 和 (租赁和商务服务业)
        if len(parts) != n:
            return None
    etc = parts[-1].find("等")
    if etc >= 2 and parts[-1][etc + 1:] == last and ("等", "u") in _tagged(parts[-1]):
        # 用电量、货运量、中长期贷款余额等先行指标分别增长…: the kind after 等 is the members', not the last one;
        # one ending in a measure is every member's measure (机器人、航空等产业产值 → 机器人产业产值, 航空产业产值)
        parts[-1] = parts[-1][:etc]
        last = parts[-1] + last if last.endswith(gm.measure_nouns) else parts[-1]
    if all(len(p) == 1 and p in gm.numeral_chars for p in parts[:-1]) and parts[-1][:1] in gm.numeral_chars:
        return [p + parts[-1][1:] for p in parts[:-1]] + [parts[-1]]  # 一、二、三产业增加值
    if last not in parts[-1] and last.endswith(parts[-1]) and len(parts[-1]) > 1:
        last = parts[-1]  # 粮食、棉花和油料产量: the clause's metric held the last two members
    elif len(parts) > 2 and len(parts[-1]) > 1 and parts[-2] + "和" + parts[-1] in last and not last.startswith(parts[-1]):
        last = last[last.find(parts[-1]):]  # 工伤和生育保险扩面: the last two members and what follows them
    # 煤炭、电解铝分别淘汰落后生产能力: what follows the list is every member's (→ 煤炭淘汰落后生产能力)
    rest = last[len(parts[-1]):] if last.startswith(parts[-1]) and last != parts[-1] else ""
    if rest.startswith(gm.respectively):  # 前置审批、中介服务事项分别清理规范47.9%和39.5%: 分别 is no member's
        rest = rest[len(gm.respectively):]
        last = parts[-1] + rest
    if last not in parts[-1] and not rest:
        return None
    share = gm.share_tail.search(last, 2) if not rest else None
    measure = ""
    if share:  # 沿海地区生产总值、一般公共预算收入占全市比重分别达到…: every member's share of the same whole
        rest = last[share.start():]
        # (文化及相关产业、旅游及相关产业增加值占…: and the last member's measure, for a member without one)
        measure = next((x for x in gm.measure_nouns if last.endswith(x, 0, share.start())), "")
    names = []
    for i, p in enumerate(parts[:-1]):
        if i == 0 and sw is not None:
            p = _from_word(p, b, sw, gm, True)  # 2007年中、高等…: the year's 年 is no member's
        for pat in gm.periods:
            m = pat.match(p)
            if m:
                p = p[m.end():]
                break
        p = _clean_metric(_strip(p, gm))
        if not p:
            return None
        if share and gm.share_tail.search(p, 2):
            names.append(p)  # (经济作物占种植业比重、…占农业总产值比重: a member with a whole of its own)
            continue
        names.append(p + (measure if measure and not p.endswith(gm.measure_nouns) else "") + rest)
    if rest and not share:
        return names + [last]  # (交通、水利分别完成投资: each member has what follows the list, nothing to share)
    summary = _SUMMARY.search(last) if not rest else None
    if summary and parse_chinese(summary.group(1)) == len(parts):
        # 养老、医疗、失业、工伤、生育五大保险参保人数: a count summing the members up is followed by their shared head
        head = last[summary.end():]
        return [x + head for x in names] + [last[:summary.start()] + head]
    return _share_head(names + [last], gm)


def _from_word(phrase: str, at: int, sw: SentenceWords, gm: Grammar, scoped: bool = False) -> str:
    """phrase (at text offset `at`) without the numerals and function words it opens with."""
    pos = at
    while pos < at + len(phrase):
        w = sw.at(pos)
        if w is None or w.tag not in gm.start_stop_tags and w.tag != "m" or scoped and gm.list_scope.match(phrase, pos - at):
            break  # (万元地区生产总值能耗、水耗: a scope the members share, its 万元 no numeral)
        pos = w.end
    return phrase[pos - at:]


def _coordinated(subject: str, n: int, gm: Grammar) -> list[str] | None:
    """The n metrics a coordinated subject names: 城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民…;
    城乡居民人均可支配收入 → the same (data: grammar.json respectively.expand)."""
    for word, parts in gm.coordinated.items():
        if subject.startswith(word) and len(parts) == n:
            return [p + subject[len(word):] for p in parts]
    parts = [p for p in _LIST_SEP.split(subject) if p]
    if len(parts) != n:
        return None
    return _share_head(parts, gm)


_CODE = regex.compile(r"[A-Za-z][A-Za-z\d.]*")
_CODE_HEAD = regex.compile(r"(?<![A-Za-z\d.])([A-Za-z][A-Za-z\d.]*+)(\p{Han}.*)")


def _share_head(parts: list[str], gm: Grammar) -> list[str]:
    """Members of a list share the last member's head when they are parallel to its start: a
    modifier (城镇和农村居民收入, grammar.json respectively.modifiers) or a word ending like the
    last member's first word (城镇居民、农村居民人均可支配收入). 二氧化硫、氮氧化物排放量 and 能耗、
    二氧化碳排放量 are different things. A scope the first member opens with (单位国内生产总值用水量、
    能耗 → 单位国内生产总值能耗; respectively.scopes) extends to the short members after it."""
    # PM2.5、PM10平均浓度: codes listed before the last one's measure share it
    code = _CODE_HEAD.fullmatch(parts[-1])
    owned = gm.measure_code.search(parts[0]) if code else None  # (市州PM10、PM2.5平均浓度值: an owner before the first)
    if code and all(_CODE.fullmatch(p, owned.start() if i == 0 and owned else 0) for i, p in enumerate(parts[:-1])):
        return [p + code.group(2) for p in parts[:-1]] + [parts[-1]]
    # 生产安全事故起数和死亡人数 (、受伤人数…): short members after a long first one share its modifiers
    a = _tagged(parts[0])
    if len(a) >= 3 and a[-1][1] in gm.noun_tags and all(t in gm.noun_tags for _, t in a[:-1]):
        shared = []
        for p in parts[1:]:
            b = _tagged(p)
            short = len(b) <= 2 and b[-1][1] in gm.noun_tags and not p.endswith(a[-1][0])
            shared.append("".join(w for w, _ in a[:-1]) + p if short else p)
        if len(parts) == 2 and shared[0] != parts[1] or len(parts) > 2 and all(x != p for x, p in zip(shared, parts[1:])):
            return [parts[0]] + shared
    # 先进制造业、高技术制造业增加值占比: members ending in the word the last member's name ends on (制造业) share
    # what follows it there (jieba may read the last member and its measure as one word)
    end = _tagged(parts[0])[-1][0]
    at = parts[-1].find(end) if len(end) >= 2 else -1
    if at > 0 and all(_tagged(p)[-1][0] == end for p in parts[:-1]):
        tail = parts[-1][at + len(end):]
        if len(tail) >= 2 and _tagged(tail)[0][1] in gm.noun_tags and not any(p.endswith(tail) for p in parts[:-1]):
            return [p + tail for p in parts[:-1]] + [parts[-1]]
    # 原煤、原油、天然气产量: one-word members before a last one that adds an attribute share it
    # (装备制造业、高技术制造业增加值: or members of two words with the last one's head, the attribute
    # perhaps inside a word jieba keeps whole)
    z = _tagged(parts[-1])
    attr = next((x for x in gm.attribute_nouns if parts[-1].endswith(x) and len(parts[-1]) - len(x) >= 2), None)
    if attr and (len(z) == 2 and z[1][0] == attr and all(len(m) == 1 and m[0][1] in gm.noun_tags for m in map(_tagged, parts[:-1]))
                 or all(len(m) == 2 and all(t in gm.noun_tags for _, t in m) and parts[-1][:-len(attr)].endswith(m[-1][0])
                        for m in map(_tagged, parts[:-1]))):
        return [p + attr for p in parts[:-1]] + [parts[-1]]
    # 新能源汽车、智能家电、智能手机限上零售额: members without a measure of their own share what
    # follows the last member's own name, cut where the words end nearest the members' length
    # (or a rate: 美丽河湖、美丽海湾建成率 → 美丽河湖建成率)
    measure = z[-1][0] in gm.list_attributes or z[-1][0].endswith("率") and len(parts[-1]) > len(z[-1][0]) + 1
    if (len(z) >= 2 and measure and not any(p.endswith(gm.list_attributes + ("率",)) for p in parts[:-1])
            and not gm.list_scope.match(parts[0])):  # (万元地区生产总值能耗、水耗、二氧化碳排放量: measures, under a scope)
        size = sum(map(len, parts[:-1])) / (len(parts) - 1)
        ends = list(itertools.accumulate(len(w) for w, _ in z[:-1]))
        cut = min(ends, key=lambda e: abs(e - size))
        if any(t == "c" for _, t in z[:-1]):
            cut = ends[-1]  # 金融业、软件和信息服务业增加值: a last member with its own 和 shares only the measure
        return [p + parts[-1][cut:] for p in parts[:-1]] + [parts[-1]]
    # 中央财政用于科技、教育、卫生和文化事业的支出: one-word members as long as the last member's first
    # word share what follows it, and the frame (owner and verb) the first member opens with
    frame, members = _list_frame(parts, gm)
    # (城镇企业和事业单位退休人员人均: or nouns as long as it)
    if len(z) >= 2 and all(len(m) == len(z[0][0]) and (len(_tagged(m)) == 1 or len(m) >= 4 and z[0][1] in gm.noun_tags
                                                       and all(t in gm.noun_tags for _, t in _tagged(m)))
                           for m in members[:-1]):
        tail = parts[-1][len(z[0][0]):]
        return [frame + m + tail for m in members[:-1]] + [frame + parts[-1]]
    # 中心城区和远城区日污水处理能力, 接待国内和海外游客人次: members ending in the word the last member
    # opens with (城区), or in a place word beside its own (国内 | 海外), share what follows that word
    shared = [_parallel_member(p, z, gm) for p in parts[:-1]] if len(z) >= 2 else [None]
    if all(shared):
        return shared + [parts[-1]]
    head, named = frame, members
    if (not frame and len(parts) > 2 and len(a) >= 2 and not gm.list_scope.match(parts[0])  # (规模以上工业…: a scope, below)
            and all(t in gm.noun_tags or t in gm.place_tags or t in ("a", "b") for _, t in a[:-1])
            and not any(p.startswith(parts[0][:-len(a[-1][0])]) for p in parts[1:])):
        # (城镇职工基本养老、医疗…: what the first of several members opens with is every member's; not
        # 基本养老、基本医疗、失业…, where a member says it again)
        head, named = parts[0][:-len(a[-1][0])], [a[-1][0]] + parts[1:]
    if (tail := _shared_tail(named[:-1], z, gm)) is not None:
        return [head + m + tail for m in named[:-1]] + [head + parts[-1]]
    last = parts[-1]
    # 刑事、“两抢”接报警数, 行政机关、村(社区)证明事项, 政府类和社会投资类项目审批时限: the last member opens
    # with a modifier of its own (a quotation, a name with a note, a kind), and short members stand beside it
    own = _OWN_MODIFIER.match(last)
    if (own and len(last) - own.end() >= 2
            and all(len(p) <= 6 and "“" not in p and not p.endswith(gm.measure_suffixes) for p in parts[:-1])
            and (not own.group().endswith("类") or all(p.endswith("类") for p in parts[:-1]))
            and _tagged(last[own.end():])[-1][1] in _HEAD_TAGS):
        return [p + last[own.end():] for p in parts[:-1]] + [last]
    first = _tagged(last)[0][0] if last else ""
    out = [_stands_for(p, last, first, gm) for p in parts[:-1]] + [last]
    # 先进制造业、高技术制造业、民营工业增加值 (jieba: 工业增加值), 高效农业、设施农业、高标准农田面积比重: members
    # that are things with no measure of their own take the measure the last member ends in
    ends = tuple(gm.measure_nouns) + tuple(gm.list_attributes)
    measure = max((x for x in ends if last.endswith(x) and len(last) - len(x) >= 2), key=len, default="")
    if (measure and out[:-1] == parts[:-1] and not gm.list_scope.match(parts[0])  # (万元地区生产总值能耗、水耗: measures)
            and all(len(p) >= 2 and not p.endswith(ends + ("率", "量", "数", "额", "耗")) and _tagged(p)[-1][1] in _HEAD_TAGS
                    for p in parts[:-1])):
        out = [p + measure for p in parts[:-1]] + [last]
    scope = gm.list_scope.match(out[0])
    if scope:
        out[1:] = [p if p.startswith(scope.group()) or len(p) > 8 else scope.group() + p for p in out[1:]]
    return out


def _shared_tail(members: list[str], last: tuple, gm: Grammar) -> str | None:
    """养老、医疗、失业、工伤、生育保险参保人数, 城市污水和生活垃圾日处理能力: one-word members that
    name no measure of their own stand beside the last member's opening word(s), as long as they are
    (工伤 of 工伤保险, when both halves are words); what follows is every member's. Not when the
    members are things of their own beside a noun of the last one's (农民、城镇居民收入)."""
    if not last or not members:
        return None
    if len(last) >= 3 and any(len(_tagged(m)) > 1 for m in members):
        # 基本养老、基本医疗、失业、工伤和生育保险参保人数: members of one or two words whose last is as long as
        # the last member's first, and makes a word with the noun after it, share what follows that word
        lasts = [_tagged(m)[-1] for m in members]
        if (all(len(_tagged(m)) <= 2 and len(w) == len(last[0][0]) and (t in gm.noun_tags or t in ("b", "nr"))
                for m, (w, t) in zip(members, lasts))
                and last[1][1] in gm.noun_tags and last[-1][1] in gm.noun_tags
                and sum(is_word(w + last[1][0]) for w, _ in lasts) * 2 >= len(lasts)):
            return "".join(w for w, _ in last[1:])
        return None
    for m in members:
        a = _tagged(m)
        # (私营和外资企业: a distinguishing word, jieba's b, names a kind as a noun would)
        if len(a) != 1 or a[0][1] not in gm.noun_tags and a[0][1] != "b" or m.endswith(gm.measure_suffixes) or len(m) < 2:
            return None
    size = len(members[0])
    if any(len(m) != size for m in members):
        return None
    phrase = "".join(w for w, _ in last)
    if any(phrase.endswith(m) for m in members):
        return None  # (最低工资标准、城镇和农村低保标准: a member with the last one's head names its own)
    ends = list(itertools.accumulate(len(w) for w, _ in last))
    first = last[0][0]
    if not _HAN_WORD.fullmatch(phrase[:size]):
        return None  # (刑事、“两抢”接报警数: the last member's own modifier)
    if size in ends[:-1]:
        rest = last[ends.index(size) + 1:]
    elif len(first) == 2 * size and is_word(first[:size]) and is_word(first[size:]):
        rest = ((first[size:], "n"),) + last[1:]
    elif (len(last) >= 3 and last[-1][0].endswith(gm.measure_suffixes) and last[-2][1] in _HEAD_TAGS
          and all(t in gm.noun_tags for _, t in last[:-2]) and not any(is_word(m + last[-2][0]) for m in members)):
        return last[-2][0] + last[-1][0]  # 制造业、普惠小微贷款余额: members unlike the last one's opening share its measure
    else:
        return None
    tail = phrase[size:]
    if len(tail) < 2 or rest[-1][1] not in gm.noun_tags or not any(t in gm.noun_tags for _, t in rest):
        return None
    if rest[0][1] in gm.noun_tags and not any(is_word(m + rest[0][0]) for m in members):
        return None
    return tail


def _work_in_places(text: str, at: int, end: int, gm: Grammar) -> str:
    """完成17个县的藏药材资源普查: the work after the places' 的 (text[at:] up to the clause's end), when it is
    a short noun phrase ending in a doing, else ""."""
    brk = _CLAUSE_BREAK.search(text, at, end)
    work = _tagged(text[at:brk.start() if brk else end])
    doing = work and (work[-1][1] in ("vn", "v") or _tagged(work[-1][0])[0][1] in ("vn", "v"))
    if doing and 2 <= len(work) <= 6 and all(t in ("n", "vn", "v", "nz", "ns", "j") and w not in gm.manner_words for w, t in work):
        return "".join(w for w, _ in work)
    return ""


def _stands_for(member: str, last: str, first: str, gm: Grammar) -> str:
    """The whole name a short list member stands for, given the last member and its first word."""
    # 中、高等职业教育: a member shorter than the last member's first word stands for its first
    # characters when, so put, it makes a word (中等)
    if len(member) < len(last) and (member in gm.modifiers or member[-1] == last[len(member) - 1]
                                    or len(member) < len(first) and is_word(member + first[len(member)])):
        return member + last[len(member):]
    # 本外币存、贷款余额: a member ending in a character that, with the rest of the last member's first
    # word, makes a word (存款) stands for that word (→ 本外币存款余额)
    if (len(first) == 2 and len(member) >= 2 and member[-1] != first[0] and first[0] not in gm.numeral_chars
            and member[-1] not in gm.modifiers and is_word(member[-1] + first[1:]) and _tagged(member)[-1][0] == member[-1]):
        return member + last[1:]
    return member


def _parallel_member(member: str, last: tuple, gm: Grammar) -> str | None:
    """member + what follows the word of the last member's (tagged) words it stands beside, or None."""
    a = _tagged(member)
    if not a:
        return None
    for i in range(min(2, len(last) - 1)):
        if a[-1][0] == last[i][0] and len(last[i][0]) >= 2 and (i or len(a) > 1):
            return member + "".join(w for w, _ in last[i + 1:])
    if (len(a[-1][0]) >= 2 and last[0][0].endswith(a[-1][0]) and last[0][0] != a[-1][0]
            and (len(a) == 1 or all(t in gm.noun_tags for _, t in a))):
        # 公路、高速公路通车里程: a kind of the last one's thing (中心城区和新城区最低工资标准: so is a member
        # whose last word the last member's first word ends with)
        return member + "".join(w for w, _ in last[1:])
    if a[-1][1] in gm.place_tags and last[0][1] == a[-1][1] or a[-1][0].endswith("级") and last[0][0].endswith("级"):
        return member + "".join(w for w, _ in last[1:])  # (国家级、省级龙头企业)
    return None


def _year_status(heading: str, years: tuple) -> str | None:
    """二、2017年主要工作 in a report reviewing 2016 and planning 2017: a chapter whose words say
    neither plan nor review is the plan when the one year it names is the plan year, the review when
    it is the reviewed year (一、2009年的主要工作 in the next year's report). years: (reviewed, plan)."""
    named = {int(y) for y in year_cues().explicit.findall(heading)}  # (the year cues' own pattern: 2017年)
    reviewed, plan = years
    if len(named) != 1 or reviewed is None or plan is None or reviewed == plan:
        return None
    y = named.pop()
    return "target" if y == plan else "actual" if y == reviewed else None


# the caches of a phrase's tags and cleaning hold for one document (cleared at each, so unbounded): a corpus that
# repeats a report (make bench's) gains no more from them than one of distinct reports would
_START = operator.itemgetter("start")
_PHRASE_CACHES = (_tagged, _strip, _clean_metric, _strip_words, _before_auxiliary, _without_steering, _before_time_word,
                  _without_frame, metric_head, _word_starts)


def extract(doc_id: str, text: str, st: Structure, years: tuple = (None, None)) -> list[dict]:
    """Indicators of one document. years: its (reviewed_year, plan_year), when known."""
    for cached in _PHRASE_CACHES:
        cached.cache_clear()
    gm = grammar()
    shielded = Spans.merged(itertools.chain(gm.shielded.finditer(text), _glossary_terms(text, gm)))
    spaced = sum(1 for _ in itertools.islice(_SPACED_TEXT.finditer(text), 5)) >= 5
    numbers = Scan(gm.number_spaced if spaced else gm.number, text)
    periods = Spans.of([m for m in find_periods(text, gm)
                        if not text[max(0, m.start() - 2):m.start()].endswith(gm.comparison_before)])
    period_spans = list(zip(periods.starts, periods.ends))

    sections = {s["section_id"]: s for s in st.sections}
    items = {i["item_id"]: i for i in st.items}
    rows = {r["row_id"]: r for r in st.rows}
    status_cache: dict = {}

    def told_status(item: dict) -> str | None:
        """What the item's headings, its chapter's opening or place say it is; None when nothing does."""
        # 一、1998年工作回顾和1999年工作的总体要求: a chapter on a year reviewed and a year planned is the
        # review until a paragraph opens the plan (今年…, …的主要预期目标是…)
        chapter = _chapter(item["section_id"], sections) if plan_starts else None
        if chapter in plan_starts and not item["row_id"] and all(
                section_status([sections[x]["title"]], gm) is None
                for x in _chain(item["section_id"], sections) if sections[x]["level"] > 1):
            return "actual" if item["start"] < plan_starts[chapter] else "target"
        key = (item["section_id"], item["row_id"])
        if key not in status_cache:
            titles = []
            if item["row_id"]:
                titles.append(rows[item["row_id"]]["table_title"] or "")
            sid = item["section_id"]
            while sid:
                sec = sections[sid]
                # (（二）谋大局、抓大事，扎实推进重大项目和重点工作，为“十二五”规划的全面实施奠定基础: a section
                # titled by a sentence says what was done or is to be done, not whether it is plan or outcome)
                if sec["level"] == 1 or sec["level"] > 1 and not _CLAUSE_BREAK.search(sec["title"]):
                    titles.append(sec["title"])
                sid = sec["parent_id"]
            if item["row_id"]:
                titles.append(rows[item["row_id"]]["second_header"] or "")
            status_cache[key] = section_status(titles, gm) or after_plan(item["section_id"])
        return status_cache[key]

    def default_status(item: dict) -> str:
        return told_status(item) or "actual"

    # chapters follow the report's order: once a chapter is the plan (二、2024年计划草案), a later chapter
    # that says neither (三、保障措施) is still about the plan
    # (within one report: a title starts the next, 起草说明 after the plan is no plan)
    # 三、一鼓作气勇争先，全力推动“十五五”开好局: a chapter whose title says neither is what its opening
    # sentence says (今年政府工作的总体要求是…, 2026年是…开局之年; 过去一年，…)
    opening_status: dict[str, str | None] = {}
    for sec in st.sections:
        if sec["level"] == 1 and section_status([sec["title"]], gm) is None:
            i = bisect.bisect_left(st.sentences, sec["heading_end"], key=_START)  # (no list of every sentence's start)
            first = st.sentences[i]["text"].lstrip(" ,，") if i < len(st.sentences) and st.sentences[i]["start"] < sec["end"] else ""
            lead = year_cues().explicit.match(digit_years(_SALUTATION.sub("", first)))
            opening_status[sec["section_id"]] = (
                _year_status(digit_years(sec["title"]), years)
                # 2011年是“十二五”的开局之年 under 攻坚克难，“十二五”经济社会发展开局良好: a chapter opening on
                # the reviewed year reviews it, one opening on the plan year plans it
                or (_year_status(lead.group(), years) if lead else None)
                or ("actual" if gm.review_opening.match(first) else "target" if gm.plan_opening.match(first)
                    else section_status([first], gm) if first else None))

    def plan_start(sec: dict, planned: str, by_cue: bool) -> int | None:
        """Where the first paragraph of a chapter that opens the plan starts: 今年…的主要预期目标是, one opening
        on the planned year (2025年是…), or with by_cue one whose first clause is a target's."""
        for item in st.items:
            if not sec["heading_end"] <= item["start"] < sec["end"] or item["kind"] == "cell":
                continue
            first = _SALUTATION.sub("", text[item["start"]:min(item["end"], item["start"] + 80)].lstrip(" ,，"))
            if (gm.plan_opening.match(first) or first.startswith(planned)
                    or by_cue and section_status([_CLAUSE_BREAK.split(first, 1)[0]], gm) == "target"):
                return item["start"]
        return None

    # a chapter on a year reviewed and a year planned, or one that says neither (below): where the plan opens
    plan_starts: dict[str, int] = {}
    for sec in st.sections:
        if (sec["level"] == 1 and len(_YEAR_NAMED.findall(sec["title"])) >= 2
                and gm.actual_headings.search(sec["title"]) and gm.target_headings.search(sec["title"])):
            # the heading's later year is the plan's
            if (start := plan_start(sec, _YEAR_NAMED.findall(sec["title"])[-1], by_cue=True)) is not None:
                plan_starts[sec["section_id"]] = start

    after_plan_chapters, in_plan, reviewed = set(), False, False
    yearly = bool(years[0] and years[1] and years[1] > years[0])  # reviews one year and plans the next
    review_words = (f"{years[0]}年", *gm.review_chapter_words)
    for sec in st.sections:
        if sec["level"] == 0:
            in_plan = reviewed = False
        elif sec["level"] == 1:
            titled = section_status([sec["title"]], gm)
            status = titled or opening_status.get(sec["section_id"])
            # 一、2014年工作回顾 then 二、大力调整产业结构，推进经济平稳健康发展: in a report that reviews one
            # year and plans the next, a chapter numbered on from the numbered review of that year that says
            # neither is the plan (not the parts of an unnumbered 过去五年工作回顾, numbered from 一 again, nor
            # the chapters after 一、经济发展目标超额实现, a review of its own)
            reviewed = reviewed and sec["number"] not in (None, "一")
            if (in_plan or reviewed) and status is None:
                after_plan_chapters.add(sec["section_id"])
                in_plan = True
            elif yearly and status is None and (start := plan_start(sec, f"{years[1]}年", by_cue=False)) is not None:
                # 二、牢记历史使命，在中国式现代化建设中奋勇争先: a chapter that says neither, in its title or its
                # opening, is the plan from a paragraph that opens the planned year (2025年是…, 今年…主要预期目标是)
                # on, and so are the chapters after it that say neither
                plan_starts[sec["section_id"]] = start
                in_plan = True
            reviewed = reviewed or (yearly and titled == "actual" and sec["number"] is not None
                                    and any(w in sec["title"] for w in review_words))
            in_plan = in_plan and status != "actual" or status == "target"

    def after_plan(section_id):
        sid = _chapter(section_id, sections)
        return opening_status.get(sid) or ("target" if sid in after_plan_chapters else None)

    sentences = st.sentences

    def words_start(i: int) -> int:
        """Where sentence i's words start, after any leading " ,，"."""
        s0, s1 = sentences[i]["start"], sentences[i]["end"]
        return s0 if text[s0:s0 + 1] not in " ,，" else s1 - len(text[s0:s1].lstrip(" ,，"))

    def periods_in(i: int) -> list[tuple[int, int]]:
        s0, s1 = sentences[i]["start"], sentences[i]["end"]
        p0 = bisect.bisect_left(periods.starts, s0)
        p1 = bisect.bisect_left(periods.starts, s1, p0)
        return [(a, b) for a, b in period_spans[p0:p1] if b <= s1] if p1 > p0 else []

    def inherited_period(i: int) -> str | None:
        """The period sentence i takes over when it opens with an inherit word: the last one of the
        sentence before, or what that one took over in turn."""
        while i > 0 and text.startswith(gm.inherit_starts, words_start(i), sentences[i]["end"]):
            i -= 1
            if before := periods_in(i):
                return text[before[-1][0]:before[-1][1]]
        return None

    reviewed: dict[int, bool] = {}  # in_review's answers (the figures of a paragraph ask in turn)

    def in_review(i: int) -> bool:
        """Whether sentence i, or one before it in its paragraph, opens a review (过去一年，…) that no
        later one has turned into a plan (今年…): the paragraph is in the past."""
        item_id, walked, found = sentences[i]["item_id"], [], False
        while True:
            if i in reviewed:
                found = reviewed[i]
                break
            walked.append(i)
            b0, s1 = words_start(i), sentences[i]["end"]
            if b0 < s1 and text[b0] in gm.opening_chars:
                if gm.review_opening.match(body := text[b0:s1]):
                    found = True
                    break
                if gm.plan_opening.match(body):
                    break
            if i == 0 or sentences[i - 1]["item_id"] != item_id:
                break
            i -= 1
        for w in walked:  # (the sentences walked over open nothing: the same answer)
            reviewed[w] = found
        return found

    out: list[dict] = []
    prev_sentence_last = None
    # most sentences hold no figure: their periods, openings and what they inherit are read only for those
    # that do (inherited_period, in_review), not kept up to date sentence by sentence
    for n_sent, sent in enumerate(sentences):
        s0, s1 = sent["start"], sent["end"]
        item = items[sent["item_id"]]
        if item["kind"] == "cell" and item["row_id"]:
            rec = cell_indicator(text, sent, rows[item["row_id"]], gm, default_status(item))
            if rec:
                rec.update(doc_id=doc_id, surface=text[rec["start"]:rec["end"]], sentence=sent["text"],
                           sentence_id=sent["sentence_id"], section_id=item["section_id"],
                           table_id=item["table_id"], row_id=item["row_id"], item_id=item["item_id"])
                out.append(rec)
                continue
        ms = numbers.within(s0, s1)
        hits = find_numbers(text, s0, s1, gm, shielded, periods, ms) if ms else None
        if not hits:
            continue
        sent_periods, inherited, past = periods_in(n_sent), inherited_period(n_sent), in_review(n_sent)
        # break positions once per sentence, so that each number looks up its clause in log time
        clause_ends = [m.end() for m in _CLAUSE_BREAK.finditer(text, s0, s1)]
        sw = SentenceWords(text, s0, s1, clause_ends)
        told = told_status(item)
        base_status = told or "actual"
        if base_status == "target" and past:
            base_status = "actual"  # 过去一年，…。国内生产总值增长10.3% in a plan chapter
        # (a review the headings or an opening tell of: 争取 in a report's untitled opening still aims)
        review = base_status == "actual" and (past or told == "actual")
        metrics: list[str | None] = []
        pres: list[str] = []
        before_clause: list = []  # (start, end) of the clause before each number's
        pending_next: list[int] = []
        whom: dict[int, str] = {}  # the people a count after 为 counts (for_whom)
        lefts: list[str] = []
        rights: list[str] = []  # the noun after each number, as found
        doing_counts: set[int] = set()  # counts of times or years that measure the doing after them
        if text.find("(", s0, s1) >= 0:
            # 细颗粒物(PM2.5)平均浓度: a short note in brackets is part of the noun, not a clause break
            if notes := [(m.start(), m.end()) for m in _NOTE.finditer(text, s0, s1)]:
                clause_ends = [e for e in clause_ends if not any(a < e <= b for a, b in notes)]
        if text.find("、", s0, s1) >= 0:
            if names := [(m.start(), m.end()) for m in gm.listed_names.finditer(text, s0, s1)]:
                clause_ends = [e for e in clause_ends if not any(a < e <= b for a, b in names)]
        status_ends = [m.end() for m in _STATUS_BREAK.finditer(text, s0, s1)]
        list_cue = gm.list_status.search(text, s0, s1) if gm.list_status_needs.search(text, s0, s1) else None
        if list_cue is None:
            # 预计全年完成地区生产总值164亿元，增长4.5%；农林牧渔业总产值36亿元…: a cue in the clause
            # that opens the sentence, before its first number, scopes the sentence
            first_break = status_ends[0] if status_ends else s1
            cue_end = min(hits[0].num_start, first_break)
            list_cue = gm.status_cue.search(text, s0, cue_end) if gm.status_cue_needs.search(text, s0, cue_end) else None
        for k, h in enumerate(hits):
            # clause around the number, at most a phrase's length either side
            c = bisect.bisect_right(clause_ends, h.num_start)
            lo = max(clause_ends[c - 1] if c else s0, h.num_start - _WINDOW)
            if k and hits[k - 1].tail > lo:
                lo = hits[k - 1].tail
            c = bisect.bisect_right(clause_ends, h.tail)
            hi = min(clause_ends[c] - 1 if c < len(clause_ends) else s1, h.tail + _WINDOW)
            if text[hi:hi + 1] == "(" and (note := _KIND_NOTE.match(text, hi)):
                hi = min(note.end(), s1)  # 22个县（市、区）: a note of the kinds the noun covers is the noun's
            if k + 1 < len(hits) and hits[k + 1].num_start < hi:
                hi = hits[k + 1].num_start
            if text[lo - 1:lo] == "、" and lo - 1 > s0 and (not k or hits[k - 1].tail < lo - 1):
                lo = _list_start(text, lo, h.num_start, max(s0, hits[k - 1].tail if k else s0), s0, gm)
            pre_raw = text[lo:h.num_start]
            pres.append(pre_raw)
            c = bisect.bisect_right(clause_ends, h.num_start)
            if (c > 1 and gm.condition_frame_needs.search(text, clause_ends[c - 2], clause_ends[c - 1] - 1)
                    and gm.condition_frame.fullmatch(text, clause_ends[c - 2], clause_ends[c - 1] - 1)):
                c -= 1  # …完成二万三千八百五十一亿元，按可比价格计算，比上年增长7.6%: the frame names nothing
            before_clause.append((clause_ends[c - 2] if c > 1 else s0, clause_ends[c - 1] - 1) if c else None)
            # 去年全年办理总量的4倍, 粮食产量是2010年的1.5倍: what stands after the copula (or the
            # whole clause) is the comparison base; its periods are not the number's
            ratio = bool(gm.ratio_base_needs.search(text, lo, h.end) and gm.ratio_base.search(text, lo, h.end))
            base_start = h.num_start
            if ratio:
                cop = None
                for cop in gm.ratio_copula.finditer(text, lo, h.num_start):
                    pass
                base_start = cop.end() if cop else lo
            kind, direction = kind_and_direction(h.unit_base, pre_raw.rstrip(), gm)
            if kind == "share" and h.value < 0:
                kind = "change"  # 降幅较一季度(-19.3%): a signed rate is a change, whatever its verb
            if (k and (kind == "share" or kind == "pp_change" and direction is None) and pre_raw.strip(" 和及与") == "" and out[-1]["kind"] in ("change", "pp_change")
                    and _same_measure(out[-1]["unit_base"], h.unit_base) and text[hits[k - 1].tail:h.num_start].strip() in _JOINERS):
                kind, direction = out[-1]["kind"], out[-1]["direction"]  # 分别下降23%、15%、18%
            left, verb_end = left_phrase(text, lo, h.num_start, gm, sent_periods)
            if left[:1] in gm.compare_words and _tagged(left)[0][1] == "p":
                left = ""  # 企业数量达到52.5万户，比改革前的2013年增长87.1%: a base opens the clause, the measure is before it
            left = on_words(text, left, lo, h.num_start, sw, gm)
            left = _without_frame(_before_time_word(_before_auxiliary(_without_steering(left, gm), gm), gm), gm) if left else left
            if (left and text[lo - 1:lo] == "、" and text.startswith(left, lo) and gm.respectively not in pre_raw
                    and not (k + 1 < len(hits) and text[h.tail:hits[k + 1].num_start].strip() in _LIST_WORDS)
                    and not (k and text[hits[k - 1].tail:h.num_start].strip() in _LIST_WORDS)):
                # 公务接待、公务用车、公务出国（境）经费支出减少30.3%: one figure for a list of measures before it
                # measures the list (as many figures after 分别, or joined by 、, are the members' one each)
                at = _list_start(text, lo, h.num_start, max(s0, hits[k - 1].tail if k else s0), s0, gm, left)
                if at < lo:
                    left = _without_space(text[at:lo]) + left
            if left and _finder(gm.scope_words)(left):
                left = _without_scope_inside(left, gm)
            if left and "了" in left and not (kind == "share" and text.startswith("的", h.tail)):  # (覆盖了全市80%以上的行政村: the things after 的)
                left = _after_aspect(left, gm)
            if left and k and lo == hits[k - 1].tail and text.startswith(_ON_BASIS, lo):
                left = ""  # 抢夺案件在上年度下降48.7%的基础上再次下降58%: the same measure again, not the basis
            if left and k - 1 in whom and lo == hits[k - 1].tail and left.startswith(whom[k - 1]) and len(left) > len(whom[k - 1]) + 1:
                left = left[len(whom[k - 1]):]  # 为1.68万名劳动者清偿拖欠工资3.8亿元: the doing is the money's, not the people
            lefts.append(left)
            if (left and k and lo == hits[k - 1].tail and lefts[k - 1]
                    and text[max(s0, hits[k - 1].start - 4):hits[k - 1].start].endswith(gm.streak_words)):
                # 一般性支出连续5年压减比例超5%: the subject before the streak's years is this number's too
                # (制造业投资增速连续24个月保持18%以上: a verb of keeping alone adds nothing to it)
                left = lefts[k - 1] if all(t in gm.verb_tags for _, t in _tagged(left)) else lefts[k - 1] + left
            elif k and lefts[k - 1] and (not left and h.num_start == hits[k - 1].tail
                                         or _UNIT_NOTE.fullmatch(text[hits[k - 1].tail:h.num_start])):
                # 识别监测对象20.9万户69.3万人, 河道清淤30条(段)30公里: the same things in a second unit
                left = lefts[k - 1]
            elif (left and k and lo == hits[k - 1].tail and lefts[k - 1] and hits[k - 1].chinese
                  and hits[k - 1].unit_base in gm.counters and h.unit_base not in gm.counters
                  and text.endswith(lefts[k - 1], s0, hits[k - 1].start)
                  and all(t in gm.noun_tags for _, t in _tagged(lefts[k - 1] + left))):
                # 残疾人两项补贴12.4亿元: a count in words inside the noun is part of its name
                left = lefts[k - 1] + text[hits[k - 1].start:hits[k - 1].tail] + left
            elif (left and k and lo == hits[k - 1].tail and h.unit == "%" and left.endswith(_RATE_ENDS)
                  and hits[k - 1].unit in gm.reach_units and text[hits[k - 1].tail:h.num_start].startswith(left)):
                # 公交站点500米覆盖率98%, 1公里范围内养老服务覆盖率: the distance or time a rate covers is in its name
                left = lefts[k - 1] + text[hits[k - 1].start:hits[k - 1].tail] + left
            if left in gm.needs_predicate:
                left = _with_predicate(text, left, lo, h.num_start, gm)
            if hi < s1 and text[hi] == "、" and text[h.tail:hi].strip() and (k + 1 == len(hits) or hits[k + 1].num_start > hi):
                # 250个省、市（地）级疾病预防控制中心: a short first member of a list of modifiers; 100座黄浦江、
                # 苏州河滨水驿站: nouns listed up to the clause's end, with no number of their own, share the count
                m = _LIST_END.search(text, hi + 1, min(s1, hi + _WINDOW))
                end = m.start() if m else min(s1, hi + _WINDOW)  # (a sentence without its 。 ends the list too)
                nxt = _tagged(text[hi + 1:end]) if end > hi + 1 and not text[end:end + 1].isdigit() else ()
                list_end = (stop.start() if (stop := _LIST_END.search(text, hi + 1, s1)) else s1)
                if (h.unit_base in gm.counters and (kinds := gm.examples_of_kind.search(text, hi + 1, list_end))
                        and kinds.end() < list_end and all(t != "p" for _, t in _tagged(text[h.tail:hi].strip()))):
                    # 10个田园风光型、民族风情型…等类型的特色小镇: examples of a kind, up to the things after 的
                    hi = list_end
                elif len(text[h.tail:hi].strip()) == 1 or nxt and nxt[0][1] in gm.noun_tags and all(
                        t in gm.noun_tags or t in ("c", "u", "r", "x") for _, t in nxt) and "、" not in text[hi + 1:end]:
                    hi = end
                else:
                    # 13个国考、省考断面达到考核要求, 15个临江、环湖、沿河公园: members with no number of their own,
                    # up to the clause's end, share the count; what follows them is cut as after any count
                    stop = _MEMBERS_END.search(text, hi + 1, min(s1, hi + _WINDOW))
                    end = stop.start() if stop else min(s1, hi + _WINDOW)
                    # (400万亩粮食、蔬菜、特色作物生产核心区: the area of things listed, as their count)
                    if ((h.unit_base in gm.counters or h.unit_base in gm.built_units) and (k + 1 == len(hits) or hits[k + 1].num_start >= end) and end > hi + 1
                            and _prev_nonspace(text, h.start, s0) != "、"):  # (综合指数、6项指标、优良天数: a member itself)
                        shared = _shared_members(text[h.tail:hi], text[hi:end], gm)
                        hi += shared or _parallel_members(text[h.tail:hi], text[hi:end], gm)
            # 6万名60周岁及以上的失能老年人: an age bound says which people; the noun is read after it
            age = _AGE_BOUND.match(text, h.tail, hi) if text[h.tail:h.tail + 1].isdigit() else None
            r0 = age.end() if age else h.tail
            bounded = not age and h.unit_base in gm.counters and _bounded_things(text, hits, k, s1, gm)
            if bounded:
                b0, r0, hi = bounded
            right = found = right_phrase(text, r0, hi, gm, h.unit_base in gm.counters)
            rate_object = _rate_object(right, gm) if text.startswith("的", r0) else ""
            right = rate_object or on_words(text, right, r0, hi, sw, gm, last=False)
            right = _before_aspect(right, h.unit_base in gm.person_units)
            if (right and h.unit_base in gm.counters and (scope := next((w for w in gm.scope_words if text.startswith(w, r0)), ""))
                    and text.startswith(right, r0 + len(scope))):
                right = scope + right  # 9家全国重点实验室: after a count, a scope word opens the things' name
            if right and not text.startswith("的", r0):
                # (95%的学生都能在永久性校舍中学习: what the share is of; 12个事关长远发展的重大项目: a clause
                # before 的 says which things, and only what follows it can be cut)
                de = right.rfind("的") + 1
                whole = right[de:]
                right = right[:de] + _noun_before_verb(whole, gm, h.unit_base in gm.counters)
                if h.unit_base in gm.heads_past_verb and len(right) - de < len(whole):
                    right = right[:de] + _agreeing_past_verb(whole, len(right) - de, gm.heads_past_verb[h.unit_base], gm)
            if right and h.unit_base in gm.person_units and (people := _for_whom(text, s0, h.num_start, right, sw, gm)):
                right = whom[k] = people
            if right:
                right = _without_doing_tail(right, gm)
            if right and h.unit_base in gm.counters and text.startswith(right, r0):
                right = _subject_things(text, right, r0, h.unit_base, h.num_start, s0, s1, sw, gm)
                right = _things_of_measure(right, gm)
                if (h.unit_base in gm.classifier_heads
                        and not _without_space(text[max(s0, h.num_start - 16):h.num_start]).endswith(gm.work_leads)):
                    # (完成54家集体企业改制: after a light verb, the things and their work are its object)
                    right = _agreeing_things(right, gm.classifier_heads[h.unit_base], gm)
            if (right and h.unit_base in gm.counters and not age and not bounded and len(found) > len(right)
                    and _after_verb(sw, h.num_start, gm)
                    and not (h.unit_base in gm.classifier_heads and right.endswith(gm.classifier_heads[h.unit_base]))
                    and found.startswith(right) and (hi == s1 or text[hi:hi + 1] in _LIST_BREAKS)
                    and _without_space(text[r0:hi]) == found and _object_name(found, gm)):
                right = found  # 制定12项财政配套支持措施, 征集100个大数据应用场景解决方案: the doing's object, to the clause end
            if age and right:
                right = age.group() + right
            elif bounded and right and "总" not in text[b0:r0]:
                # (a bound on each says which things: 投资过亿元的新兴产业重点项目; a total, 总投资983.6亿元的, does not)
                right = _without_space(text[b0:r0]) + right
            if right.startswith("内") and h.unit in gm.time_units:
                # 一手房办证时间压缩至1小时内办结: within the time, the doing is the one timed
                right = "" if left else right[1:]
            if (right and h.unit_base in gm.counters and k + 1 < len(hits)
                    and (right.endswith(gm.counted_measures) or right.endswith(_RATE_ENDS))
                    and not _CLAUSE_BREAK.search(text, h.tail, hits[k + 1].start)):
                # 4个重灾市县地区生产总值增长…, 15个试点镇建设投资突破200亿元: what is counted ends where a measure
                # of it, the next figure's, begins (203个国考断面优良率和285个…均为100%: a rate of them too)
                measure = next((a for a in gm.counted_measures if right.endswith(a) and len(right) - len(a) >= 2), None)
                if measure is None and right.endswith(_RATE_ENDS) and len(last := _tagged(right)[-1][0]) >= 2:
                    measure = last if len(right) - len(last) >= 2 and last.endswith(_RATE_ENDS) else None
                if measure and _tagged(right[:-len(measure)])[-1][1] in gm.noun_tags:
                    right = right[:-len(measure)]
            if right and (cut := _JOINED.search(right, 2)):
                # 长福高速、莆炎高速等4条高速公路和福厦客专, …等9条市域快速通道和城区13个…: the names sum to the
                # things before 和 when what follows it is a name or opens a list or count of its own (not
                # 38个知名高校和新型研发机构, 17个平台和项目: things the count counts too)
                at = text.find(right, h.tail) + cut.end()
                stop = _CLAUSE_BREAK.search(text, at, s1)
                own = text[at:stop.start() if stop else s1]
                listed = _prev_nonspace(text, h.start, s0) == "等"
                # (4所疏解高校和北大人民医院雄安院区开工建设: without names before, an organisation's name after 和 too)
                # (八个“行动方案”和两组“若干措施”: a count in words after 和 opens a count of its own)
                if (listed and ("、" in own or _DIGITS.search(own))
                        or own and _tagged(own)[0][1] in (("ns", "nr", "nt", "j") if listed else ("nt", "nr", "m"))
                        # (218所小学和四区三县143所小学: what follows 和 opens the next count's things)
                        or cut.group() == "和" and h.unit_base in gm.counters and k + 1 < len(hits) and hi == hits[k + 1].num_start
                        # (24条…支流和全市70%的内河涌; not 35个国家和地区50万人次, people, not things counted)
                        and (hits[k + 1].unit in gm.things_counted or hits[k + 1].unit == "%")
                        and own and _tagged(own)[0][1] in gm.noun_tags and _tagged(own)[0][1] != "vn"):
                    right = right[:cut.start()]
            if right and k + 1 < len(hits) and text.startswith("等", hits[k + 1].num_start - 1):
                # 5条高速铁路和津宁、滨保等7条高速公路: the names listed before 等 are the next count's
                cut = _NEXT_MEMBERS.search(text, h.tail, hits[k + 1].num_start)
                if cut and 0 < cut.start() - h.tail < len(right) and right.startswith(text[h.tail:cut.start()]):
                    right = right[:cut.start() - h.tail]
            if (right and h.unit_base in gm.counters and k + 1 < len(hits) and hi == hits[k + 1].num_start
                    and (gap := _without_space(text[h.tail:hi])).startswith(right) and len(gap) - len(right) <= 2
                    and not any(c in gap[len(right):] for c in "、和及与,，;；")):
                right = _before_next_figure(right, gm)
            if right in gm.manner_words:
                right = ""  # 近1000万平方米全面开工, 每周9列常态化运行: how the doing went names nothing measured
            rights.append(right)
            if right and left and (text[max(s0, h.num_start - 2):h.num_start] in gm.streak_words
                                   or text[h.num_start - 1:h.num_start] in gm.from_words
                                   and all(t in gm.verb_tags for _, t in _tagged(right))):
                # 增速连续11个季度居全国前10位: after a streak the words are the state its subject held;
                # 市属重点国企由51家整合为33家: verbs alone after A of 由A…B are the predicate
                right = ""
            listed = text.startswith(_LIST_WORDS + ("/",), h.tail) and not _word_from(sw, h.tail) and not bounded  # (150个和美乡村)
            if right and (listed or right in ("时", "之时") or len(right) == 1 and left and not verb_end
                          # (6个乡镇和60个村, 交城县等3个县: a place counted after another count or named examples)
                          and not (h.unit_base in gm.counters and right in gm.counted_places
                                   and (k and lo == hits[k - 1].tail or pre_raw.rstrip().endswith("等")))):
                # 358户和种子独角兽企业1户: after a list word the noun is the next number's; 27克/千克: the
                # unit goes on; 两位数增长: a lone character names nothing, the subject does
                right = ""
            # (耕地连续18年实现“占补平衡”: a streak after its subject is the subject's)
            streak = (h.unit_base == "年" and text[max(s0, h.start - 2):h.start].endswith(gm.streak_words)
                      and not any(t in gm.noun_tags and len(w) > 1 for w, t in _tagged(left or "")))
            # (37天实现无新增本地确诊病例, 10天建成火神山医院: so does a span of time that opens its clause)
            # (not a streak's months, 连续15个月处于荣枯线以上, nor years a sum is over, 5年累计实际使用外资)
            took = (h.unit in gm.time_units and not left and not streak
                    and not text[max(s0, h.start - 2):h.start].endswith(gm.streak_words)
                    and not text.startswith(_TALLIES, h.tail))
            if (not right and (h.unit in gm.times_units or streak or took) and hi > h.tail
                    and not (streak and text[h.tail:hi].lstrip().startswith(gm.rank_states))):
                # 两次下调存款准备金率和政策利率: a count of times measures the doing after it; so does a
                # streak of years (连续9年提高城乡低保标准)
                tagged = _tagged(text[h.tail:hi])
                # (三次较大幅度提高粮食最低收购价: the manner of the doing is no part of it)
                lead = len("".join(w for w, _ in itertools.takewhile(lambda x: x[1] in gm.adverb_tags, tagged)))
                tagged = _tagged(text[h.tail + lead:hi]) if lead else tagged
                # (连续六次被命名为“全国双拥模范城”: a passive doing and the name it gives; 两次降低职工门诊报销
                # 起付线: jieba's verb tag on a last noun)
                if (len(tagged) > 1 and (tagged[0][1] in gm.verb_tags or tagged[0][0] == "被")
                        and (tagged[-1][1] in gm.noun_tags or tagged[-1][0] == "”" or any(t in gm.noun_tags for _, t in tagged[1:]))
                        and not _DIGITS.search(text, h.tail, hi)):
                    right = _clean_metric(text[h.tail + lead:hi])
                    doing_counts.add(k)
            gap = text[h.tail:hits[k + 1].num_start] if k + 1 < len(hits) else None
            if not right and k + 1 < len(hits) and (
                    h.tail == hits[k + 1].num_start or gap == "、"
                    # (10亿元以上24个、5亿元以上…项目56个: a count after a threshold is that threshold's, not the next one's)
                    and not (k and hits[k - 1].tail == h.num_start and _threshold(text, hits[k - 1], gm))
                    and (not left or h.unit_base in gm.counters and hits[k + 1].unit_base in gm.built_units
                         and len(_tagged(left)) <= 2 and all(t in gm.verb_tags or t == "vn" for _, t in _tagged(left))
                         # (相继出台43条、16条具体举措: a doing, then two counts of the things named after the second)
                         or h.unit == hits[k + 1].unit and h.unit_base in gm.counters and _doings_only(left, gm)
                         # (高效运营六类、24个产业园区: kinds and a count of the same things, after a doing)
                         # (报送15批次、300家企业: batches measure the doing, not the things)
                         or gap == "、" and h.unit_base in gm.counters and hits[k + 1].unit_base in gm.counters
                         and h.unit != hits[k + 1].unit and h.unit not in gm.batch_units and _tagged(left)[-1][1] in ("v", "vn", "a", "l")
                         and not left.endswith(tuple(gm.self_doings)))  # (累计减贫6.87万户、24.23万人: the doing names them)
                    # 全面完成3019户、12090人易地扶贫搬迁任务: doings, then households and people of the same things
                    # (建成475公里、8361公顷生态景观林带: a length and an area of things built, so too)
                    or gap == "、" and left and h.unit != hits[k + 1].unit and _measures_things(h, gm) and _measures_things(hits[k + 1], gm)
                    and all(t in gm.verb_tags or t in ("vn", "l") or t in gm.adverb_tags or w in gm.manner_words for w, t in _tagged(left))
                    # (5.74万户老旧小区…: an adjective may open the things' name)
                    and (after := sw.at(hits[k + 1].tail)) is not None and (after.tag in gm.noun_tags or after.tag in ("a", "b"))
                    and after.tag != "vn"
                    # 三批共46项创新举措: batches, then the things they hold in all
                    or gap in _TALLIES + ("共",) and h.unit_base in gm.counters
                    # 新建、收购16万套，竣工交用7万套保障房: doings alone, then another doing of the things named after
                    # the next figure, in the same unit
                    or gap and gap[0] in "，,、" and h.unit == hits[k + 1].unit and h.unit in gm.things_counted | gm.person_units
                    and left and _doings_only(_LIST_SEP.sub("", left), gm) and _doings_only(gap[1:], gm)
                    and (after := sw.at(hits[k + 1].tail)) is not None and after.tag in gm.noun_tags and after.tag != "vn"):
                # (完成55.3万平方米、2.9万户…房屋改造: the same things measured twice; 建设30条、120公里公交专用道:
                # counted after a doing, then measured)
                metric = ""
                pending_next.append(k)  # 三批978个“无疫小区”: the count of batches shares the next metric
            elif (right and h.unit_base in gm.counters and k + 1 < len(hits)
                  and (len(right) <= 4 or len(right) <= 8 and (right[-1] in gm.measure_ends or right.endswith(gm.measure_nouns)))
                  and _TALLY_END.sub("", text[h.tail:hits[k + 1].start].rstrip("超过")) == right
                  and (_threshold(text, hits[k + 1], gm) or text.startswith("的", hits[k + 1].tail))):
                # 20个投资10亿元以上大项目: what passes the threshold after the count is counted; 57个总投资
                # 983.6亿元的重大项目: what the amount is of
                metric = ""
                pending_next.append(k)
            elif kind == "level":
                # a measure word binds to the noun after it (开设18家集中隔离点); else the noun before.
                # A bare 万/亿 has no measure word to bind: the noun before wins (员额30万任务).
                bare = h.unit in gm.multipliers
                head = gm.count_head.search(right) if bare and right else None
                if head and head.start() <= 4:
                    while nxt := (gm.count_head.match(right, head.end())
                                  or right[head.end():head.end() + 1] in _LIST_WORDS
                                  and gm.count_head.search(right, head.end() + 1, head.end() + 8)):
                        head = nxt  # 2400多万贫困家庭学生: heads side by side, the last one is counted
                        # (6000万低保人员和特困群众: and heads joined by 和)
                    # 6000万农村人口供水保障水平: what 万 counts ends at 人口 (or the word that holds it: 农民工)
                    end = next(e for e in itertools.accumulate(len(w) for w, _ in _tagged(right)) if e >= head.end())
                    metric = right[:end]
                elif (left and (text.startswith(("的", "且"), _past_spaces(text, h.tail)) and (text[h.num_start:h.tail].endswith(gm.threshold_words)
                                                                          or _SPAN.search(text, h.num_start, h.end))
                                or right and _threshold(text, h, gm))
                      and (left[-1] in gm.measure_ends or left.endswith(gm.measure_nouns))):
                    # 快递单量达1000单以上的经营主体, 销售额2万元以上且…, 主营业务收入超10亿元企业: a threshold
                    # measures the nouns before it (经济总量 of 重庆成为…首个经济总量超3万亿元的城市)
                    metric = _trailing_nouns(left, gm) or left if text[max(s0, h.start - 2):h.start].endswith(("超", "过")) else left
                    if metric in gm.anaphoric:  # (投资和增资总额在1000万美元以上: not 总额 alone)
                        metric = left
                elif left and right and h.unit_base in gm.currencies and left.endswith(gm.investment_of):
                    # 总投资558亿元的重大项目, 实施总投资2409亿元的…项目: the money is the things' investment, and readers
                    # name it alone (rounds 257-264: 总投资 ten times in twelve, not 重大项目总投资)
                    word = max((x for x in gm.investment_of if left.endswith(x)), key=len)
                    if "投资" not in word:  # (基金总规模: a fund's size, readers name the fund)
                        things = list(_tagged(right))
                        while len(things) > 1 and (things[-1][1] in gm.verb_tags or things[-1][1] == "vn"):
                            things.pop()  # (总投资605.8亿元的项目动工)
                        owned = things[-1][1] in gm.noun_tags and things[-1][1] != "vn"
                        metric = "".join(w for w, _ in things) + word if owned else left
                    else:
                        rest = _tagged(left[:-len(word)])
                        metric = word if not rest or rest[-1][1] not in gm.noun_tags else left
                elif (right and h.unit_base in gm.currencies and right.startswith(gm.fund_setting_verbs) and right.endswith(tuple(gm.fund_nouns))
                      and len(right) - 2 >= 4):
                    metric = right[2:]  # 共同出资2亿元设立融资租赁专项资金: the money is the fund it set up
                elif (left and right and h.unit_base in gm.currencies and _tagged(right)[0][1] in gm.verb_tags
                      and (left.endswith(tuple(gm.fund_nouns)) or _money_named(left, gm)
                           # (not a doing alone, 投入2.67亿元支持龙山…, nor another list member's words: …和2000亿元支持)
                           or right.startswith(tuple(gm.purpose_verbs)) and len(_tagged(left)) > 1
                           and text[h.num_start - 1] not in _LIST_WORDS)):
                    # 安排财政资金75亿元加快项目落地建设, 撬动银行新增贷款431亿元支持中小企业发展: the money, then
                    # what it is for
                    metric = left
                elif (left and right and h.unit_base not in gm.counters and left.endswith(gm.spec_nouns)
                      and pre_raw.rstrip().endswith(left)):
                    metric = left  # 时速600公里高速磁浮列车: the specification, not the thing it is of
                elif (left and right and h.unit_base not in gm.counters and h.unit not in gm.time_units and len(right) <= 4
                      and text[h.num_start - 1:h.num_start] in gm.toward_words
                      and _bare_predicate(right, gm) and _tagged(left)[-1][1] in _HEAD_TAGS):
                    # 一般公共预算收入向1000亿元迈进, 经济总量向7万亿元冲刺 (jieba's vn): a verb alone after an
                    # amount is the subject's predicate
                    metric = left
                elif (left and right and h.unit_base in gm.currencies and len(right) <= 4 and len(left) >= 2
                      and _bare_predicate(right, gm) and (_tagged(left)[-1][1] in _HEAD_TAGS or _tagged(left)[-1][1] == "vn")):
                    metric = left  # 投资46.4亿元实施了66项…工程: the money, then a doing alone with it
                elif (left and right and h.unit_base in gm.person_units and _tagged(right)[0][1] == "v"
                      and len(_tagged(right)[0][0]) == 2 and (people := _tagged(left)[-1])[1] in ("n", "nr")
                      and len(people[0]) >= 2 and not verb_end and not text.startswith("的", h.tail)
                      and text[max(s0, h.num_start - 8):h.num_start].rstrip().rstrip("约近").endswith(people[0])):
                    # 接收进城务工人员随迁子女约19万人就读义务教育学校: the people counted (not the doing that took them
                    # in), then their doing
                    said = _tagged(left)
                    metric = left[len(said[0][0]):] if len(said) > 2 and said[0][1] == "v" else left
                elif (verb_end and not right and h.unit_base in gm.person_units
                      and (joined := gm.joined_doing.match(text, h.tail, (c := _CLAUSE_BREAK.search(text, h.tail, s1)) and c.start() or s1))):
                    metric = joined.group()  # 带动全市30万人次参与健身活动: the people a doing brought, counted by what they joined
                else:
                    # (让6.6万“小飞鸥”…: a causative alone names nothing)
                    metric = (left if bare and left and not verb_end and left not in gm.causatives else right) or left
                if (not left and metric and metric == right and h.unit_base in gm.counters
                        and (v := next((v for v in gm.designation_verbs if text.startswith(v, h.tail)), None))
                        and (designated := right_phrase(text, h.tail + len(v), hi, gm, True)) and len(designated) >= 2):
                    metric = designated  # 力争4-5家升级为规模以上工业企业: what the things counted become
                if (metric == right and right and all(w in gm.generic_nouns for w in _LIST_SEP.split(right))
                        or not right and h.unit in gm.counters):  # (4个地区和园区入选…: generic kinds listed)
                    award = gm.award_of_unnamed.match(text, h.tail, hi) if not right else None
                    metric = (_designation(text, h.tail, hi, gm)  # 25家企业被认定为总部企业, 5人入选…
                              or award and _clean_metric(award.group("x")) or metric)
                if (h.unit_base in gm.person_units and hi > h.tail
                        and (not metric or all(t in gm.verb_tags for _, t in _tagged(metric)))):
                    # (帮助20055人实现脱贫: a doing before them is another's, for them)
                    rest = text[h.tail:hi].strip()
                    said = _tagged(rest) if len(rest) <= 20 and not _DIGITS.search(rest) and "的" not in rest else ()
                    if said and said[0][1] in gm.verb_tags and len(said) > 1:
                        metric = _clean_metric(rest)  # 670余人通过审核, 1.67万人实现脱贫: the people counted are those who did it
                # the words before the number say which things the head counts; so does a bound after the
                # count (15个投资超10亿元的…项目: its doing is no doing of the clause's)
                by_name = bool(bounded) and metric == right
                if metric == right and right in gm.bare_heads and left and not verb_end:
                    # 专用箱清运模式123个点位: 点位 alone names nothing; the words before say which
                    verb = gm.clause_verb_start.match(left)
                    metric, by_name = left[verb.end() if verb else 0:] + right, True
                elif (metric == right and right and left and len(left) > len(right) + 1 and left.endswith(right)
                      and pre_raw.rstrip().endswith(_TALLIES + ("共",))
                      and text[max(s0, text.rfind(left, s0, h.num_start) - 1)] not in "、和及与"):
                    # 品牌全民健身赛事活动共计40余项活动: the things named before the tally, named again after the
                    # count by their head alone (not the last of a list the count sums: …、南昌至铜鼓高速公路共8条高速公路)
                    metric = left
                elif (metric == right and right and left and not verb_end and pre_raw.rstrip().endswith(left)
                      and not right.endswith(gm.threshold_nouns)):  # (突破8000亿元大关: a mark passed, not a name)
                    at = h.num_start - len(pre_raw) + len(pre_raw.rstrip()) - len(left)  # where left starts
                    prev_tail = hits[k - 1].tail if k else None
                    if _owns_count(text, at, h.tail, left, prev_tail, gm):
                        # 广东自贸试验区43项改革创新成果 (全面完成城乡水利防灾减灾18项工程建设任务: not the doing)
                        metric, by_name = _without_doing_lead(left, gm) + right, True
                    elif (h.unit_base in gm.counters and right.endswith(gm.framed_nouns)
                          and not (prev_tail is not None and prev_tail >= h.num_start - len(pre_raw))
                          and (framed := _framed_by(text, at, h.tail, left, gm))):
                        metric, by_name = framed + right, True
                named = gm.quoted_name.search(pre_raw) if metric == right and right else None
                if named:
                    metric = named.group(1) + right  # “高效办成一件事”四批次43个重点事项: the name says which
                if metric == right and right.endswith(gm.threshold_nouns):
                    # 地区生产总值跨越3个千亿元台阶 (3个 and 千亿元 are two numbers: the first one's words)
                    if not left and k and hits[k - 1].tail == h.num_start:
                        left = lefts[k - 1]
                    metric = (_subject_of(left, gm) or (left if _tagged(left)[-1][1] in gm.noun_tags else "")) if left else ""
                elif metric == right and left and _tagged(right)[-1][0] in gm.place_nouns:
                    metric = _subject_of(left, gm, gm.reach_verbs) or metric  # 贸易伙伴覆盖155个国家
                if metric and not by_name:  # (预约交付清运模式298个点位: the verbs are the name's)
                    # 力争完成投资: the strip lists may have taken the verb of aim off the phrase already
                    lead = pre_raw[:pre_raw.rfind(metric)] if metric == left and metric in pre_raw else ""
                    # (新建碧道140公里: a length built, like a count, measures the thing the doing made)
                    metric = _object_of_doing(metric, gm, lead.endswith(tuple(gm.aim_verbs)),
                                              h.unit_base in gm.counters or h.unit_base in gm.built_units
                                              and not metric.endswith(gm.stock_measures), metric == right != left)
                if metric and metric == left and not right and text[max(s0, h.num_start - 2):h.num_start] in gm.streak_words:
                    metric += _streak_state(text[h.tail:hi], gm)  # “三公”经费连续13年只减不增
                if (metric and right.startswith(metric) and (metric not in gm.generic_nouns or metric in gm.restricted_generics)
                        and (h.unit_base in gm.counters or bare and gm.count_head.search(metric))
                        and not _object_of_preposition(text, s0, h.num_start, sw) and k not in whom):
                    # (2235万城市居民得到最低生活保障; 2897万农村人口解决了安全饮水问题)
                    metric = _restricted(text, metric, h.tail, hi, s1, gm, False,
                                         bare or h.unit_base in gm.person_units or h.unit in gm.person_units) or metric
                if metric and verb_end and pre_raw.rstrip().endswith(gm.solving_verbs):
                    metric = _solved_for(text, metric, h, s1, pre_raw, gm) or metric
            elif ratio:
                # the subject before the copula, else the previous indicator's metric in the sentence
                metric = on_words(text, left_phrase(text, lo, cop.start(), gm, sent_periods)[0], lo, cop.start(), sw, gm) if cop else ""
            elif kind == "share":
                # 以占世界7%的耕地: after 占 and the whole, the noun after 的 is the part the share measures
                # (养育着世界22%的人口; 98%的城市社区和96%的农村社区: the words before are the last share's things)
                # (全球10%的笔记本电脑: a whole before the share)
                of_part = bool(right) and text.startswith("的", h.tail) and (
                    left.startswith(gm.share_of_verbs) or pre_raw.startswith("的") or left in gm.wholes
                    or any(t in gm.verb_tags or t in _ASPECT_TAGS for _, t in _tagged(left)))
                metric = right if right and (verb_end or not left or rate_object or of_part) else left
                if metric and metric == right and (used := _SHARE_USED.match(text, text.find(right, h.tail, s1) + len(right))):
                    metric += used.group()  # 坚持80%以上财力用于民生: the share of the means is what it goes to
                elif metric and metric == right and not rate_object:
                    metric = _restricted(text, right, h.tail, hi, s1, gm, True) or metric  # 96.2%的养老机构开展医养结合
            else:
                metric = rate_object or left
            metric = _clean_metric(metric) if metric else ""
            if len(metric) == 1 and (_tagged(metric)[0][1] != "n" or metric == "人"):
                metric = ""  # 有, 共: a lone character names nothing; 钢六千六百零四万吨 names steel
            metrics.append(metric or None)
            # status
            c = bisect.bisect_right(status_ends, h.num_start)
            st_lo = status_ends[c - 1] if c else s0
            # up to the number itself: a cue may end in its qualifier (将超过55万亿元)
            status = status_of(text[max(st_lo, h.num_start - 4 * _WINDOW):h.start], None, gm, review)
            if status is None:
                # 主要预期目标是：A；B；C。 — a cue that opens a list scopes every item of it
                status = (status_of(list_cue.group(), base_status, gm, review) if list_cue and list_cue.end() <= h.num_start
                          else base_status)
            # period: nearest before the number in the sentence
            period = inherited
            for a, b in sent_periods:
                if b <= base_start:
                    period = text[a:b]
            out.append({
                "doc_id": doc_id, "metric": None, "value": h.value, "value_high": h.value_high,
                "unit": h.unit, "value_base": scaled(h.value, h.mult),
                "value_high_base": scaled(h.value_high, h.mult) if h.value_high is not None else None,
                "unit_base": h.unit_base, "kind": kind, "direction": direction, "period": period,
                "qualifier": h.qualifier, "status": status, "numeral": "chinese" if h.chinese else "arabic",
                "start": h.start, "end": h.end, "surface": text[h.start:h.end], "sentence": sent["text"],
                "sentence_id": sent["sentence_id"], "section_id": item["section_id"],
                "table_id": item["table_id"], "row_id": item["row_id"], "item_id": item["item_id"],
            })
        for k in pending_next:
            metrics[k] = metrics[k + 1]
            thing = rights[k + 1] if k + 1 < len(rights) and rights[k + 1] else metrics[k]
            if thing and _threshold(text, hits[k + 1], gm) and text[hits[k + 1].tail:].lstrip("的").startswith(thing):
                # 11宗30亿元以上重大产业链项目, 20个投资10亿元以上大项目, 25家主营业务收入超100亿元企业 (with the
                # measure the threshold is of)
                de = "的" if text.startswith("的", hits[k + 1].tail) else ""  # (122个投资5亿元以上的工业项目: as written)
                metrics[k] = text[hits[k].tail:hits[k + 1].start] + text[hits[k + 1].start:hits[k + 1].tail] + de + thing
            elif thing and text.startswith("的" + thing, hits[k + 1].tail):
                metrics[k] = thing  # 57个总投资983.6亿元的重大项目 → 重大项目
        for k in range(len(hits) - 1):
            if metrics[k] and text[hits[k].tail:hits[k + 1].num_start].endswith(_LIST_WORDS):
                metrics[k] = _modifier_of(metrics[k], metrics[k + 1], gm, text.startswith("的", hits[k].tail)) or metrics[k]
        base = len(out) - len(hits)
        _respectively(text, s0, hits, pres, metrics, out[base:], gm, sw)
        last, bounds, bare_things, by_doing = None, set(), [], set()
        last_in_unit, seen_units = [], {}  # the index of the last figure before each in the same unit, or None
        for k, unit in enumerate(h.unit for h in hits):
            last_in_unit.append(seen_units.get(unit))
            seen_units[unit] = k
        for k, metric in enumerate(metrics):
            rec = out[base + k]
            # (第二批700万千瓦全面开工, 120元、130元统一提高到145元: a manner word alone names no thing either)
            written = metric if metric in gm.anaphoric or metric in gm.manner_words else None
            if written:
                metric = None  # 总量突破90万亿元, 拟安排500万亩: the word names no thing of its own
            doing = metric[2:] if metric and metric.startswith("累计") and len(metric) > 3 else metric  # (…，过去五年累计拆除320万平方米)
            # the last figure before in the same unit (…重大项目340项，累计达到1280项，总投资超过2.2万亿元，累计建成700项)
            j = last_in_unit[k]
            unit_last = out[base + j]["metric"] if j is not None and metric else None
            if unit_last and (j == k - 1 or not _STATUS_BREAK.search(text, hits[j].tail, hits[k].num_start)) and hits[k].unit not in gm.times_units:
                at = text.find(doing, hits[j - 1].tail if j else s0, hits[j].num_start)
                # (in the last figure's clause: 鼓励创业带动就业，…、带动就业6615人; 收入、支出增长…: a member)
                again = j == k - 1 and at >= 0 and _lone_doing(doing, unit_last, gm) and text[at - 1] != "、"
                # 新增国际友城2对，累计缔结48对: the total to date of the things just counted
                total = doing != metric and _lone_doing(doing, unit_last, gm) and len(_tagged(doing)) == 1
                if again or total:
                    written, metric = metric, None  # 关停5000万千瓦小火电机组，今年要关停1000万千瓦
                if total and not again:
                    metric = _without_leading_doings(unit_last, gm) or None  # (the things, not their new ones)
            if (metric and k and _same_measure(hits[k - 1].unit_base, hits[k].unit_base)
                    # (17万名乡村教师享受到每月人均300元以上生活补助: people, then money, link nothing)
                    and (_TO_LINK.fullmatch(text, hits[k - 1].tail, hits[k].num_start)
                         or _AS_LINK.fullmatch(text, hits[k - 1].tail, hits[k].num_start))
                    and all(t in gm.verb_tags or t in ("vn", "d", "ad", "ng") for _, t in _tagged(metric))):
                metric = None  # 从39个拓展到91个, 从52.44万户发展到86.17万户: B is what A is (从2%逐季递升至3.5%: and its manner)
            as_read = metric
            if (metric and metric == metrics[k] and not rights[k]
                    and (hits[k].unit in gm.things_counted or hits[k].unit_base in gm.built_units and _LIST_SEP.search(metric))
                    # (力争新建和改造提升200万亩: doings joined by 和 too)
                    and all(p and _bare_doing(p, gm) for p in _LIST_SEP.split(metric))
                    and text[hits[k].tail:hits[k].tail + 1] in "，、；。,;"
                    # (开工12个、建成10个垃圾资源化利用设施: the things the next figure names)
                    and not (k + 1 < len(hits) and rights[k + 1] and text[hits[k].tail] == "、")):
                if (before_clause[k] and (k == 0 or hits[k - 1].tail <= before_clause[k][0])
                        and not any(w.tag == "m" for w in sw.span(*before_clause[k]))):
                    # 大力精简行政审批事项，保留134项: a bare doing counts the things the clause before names
                    thing = _without_doing_lead(_previous_clause(text, *before_clause[k], sw, gm), gm)
                    tagged = _tagged(thing) if thing else ()
                    if len(tagged) > 1 and tagged[-1][0] in gm.doing_tails and not any(w in _LIST_WORDS for w, _ in tagged):
                        # (加快城市主次干道建设: the things, not the work, whatever jieba tags 干道)
                        thing, tagged = thing[:-len(tagged[-1][0])], tagged[:-1]
                    if (len(thing) >= 2 and any(t in gm.noun_tags and t != "vn" for _, t in tagged)
                            and (tagged[-1][1] in gm.noun_tags and tagged[-1][1] != "vn" or len(tagged) > 1)):
                        written, metric = metric, thing
                elif (k and out[base + k - 1]["metric_written"] and hits[k].unit == hits[k - 1].unit
                      and _bare_doing(out[base + k - 1]["metric_written"], gm)
                      and text[hits[k - 1].tail:hits[k].num_start].strip(" 、，,") == metric):
                    written, metric = metric, out[base + k - 1]["metric"]  # …，建成19条、续建15条: the same things
            if (metric and metric == as_read and k and hits[k].unit_base == hits[k - 1].unit_base and hits[k].unit not in gm.times_units
                    and out[base + k - 1]["metric"]):
                metric = _next_doing(metric, out[base + k - 1]["metric"], text[hits[k - 1].tail:hits[k].num_start], gm, pres[k - 1])
            if (k and metric == metrics[k] and not written and not rights[k] and hits[k].unit in gm.things_counted
                    and k not in pending_next  # (升级改造11家、新建2家农贸市场: the things the next figure names)
                    and _doings_only(pres[k].strip(" ，,、").removesuffix("的"), gm)):
                # 各方面提出的174项意见建议，已经立行立改119项，…稳步推进解决的55项: a doing alone before a count
                # counts some of the things the sentence counted last in that unit
                things = out[base + j]["metric"] if j is not None else None
                # (not things and their doing before that count, 大气质量提升40条、治水提质40条: a name's)
                # (专利申请9246件，授权7178件: the paired attribute, as _restated reads it)
                if (things and not _STATUS_BREAK.search(text, hits[j].tail, hits[k].num_start)
                        and _tagged(things)[-1][1] in gm.noun_tags and _tagged(things)[-1][1] != "vn"
                        and not any(things.endswith(x) and metric == y for x, y in gm.paired_attributes)
                        and (out[base + j]["implied"]
                             or not _doings_only(_tagged(pres[j].rstrip())[-1][0] if pres[j].strip() else "", gm))):
                    written, metric = metric, things
            if (metric and metric == metrics[k] and not written and not rights[k] and k not in pending_next
                    and (hits[k].unit_base in gm.things_counted or hits[k].unit_base in gm.built_units
                         or hits[k].unit_base in gm.run_units)
                    and _doing_alone(metric, gm)
                    # (计划全年开工30公里以上，竣工25公里以上: doings side by side are measures of their own)
                    and not any(0 <= o < len(hits) and hits[o].unit_base == hits[k].unit_base and metrics[o] and not rights[o]
                                and _doing_alone(metrics[o], gm) for o in (k - 1, k + 1))):
                # 新建球类运动场地416个、两年累计建设817个; 新开通…中欧双向班列，全年共开行120列: a doing alone
                # before a count or a length is done to the things the figure before in its unit counted, or,
                # with none, to those the clause before names
                thing = None
                if j is not None and out[base + j]["metric"] and not _STATUS_BREAK.search(text, hits[j].tail, hits[k].num_start):
                    thing = _without_doing_leads(out[base + j]["metric"], gm)
                    if len(thing) < 3:
                        thing = None  # (其中全国首创79项、全国复制推广25项: a word of two is a doing's kin, not the things)
                    if _another_stage(_tagged(out[base + j]["metric"])[0][0], _tagged(metric)[-1][0], gm):
                        thing = None  # (新开工道路8.5公里，全年竣工25公里)
                elif (j is None and before_clause[k] and (k == 0 or hits[k - 1].tail <= before_clause[k][0])
                      and not _DIGITS.search(text, *before_clause[k])):
                    lo, hi = before_clause[k]  # (from the clause's comma: 加快建设高品质、…、快供给的产业空间)
                    lo = max([s0] + [text.rfind(c, s0, lo) + 1 for c in "，,；;：:"])
                    thing = _thing_of_clause(sw.span(lo, hi), gm)
                tagged = [x for x in _tagged(thing) if x[0] not in "“”"] if thing else ()
                if tagged and len(thing) >= 2 and tagged[-1][1] in gm.noun_tags and tagged[-1][1] != "vn":
                    written, metric = metric, thing
            if (metric is None and rec["kind"] == "pp_change" and k and out[base + k - 1]["kind"] == "share"
                    and "占" in pres[k - 1] and out[base + k - 1]["metric"]):
                metric = out[base + k - 1]["metric"]  # 占全市经济总量的55%，比上年提高2个百分点: the change of that share
            elif (metric is None and bare_things and _counts_of(hits[k], gm) and hits[k - 1].unit_base not in gm.counters
                  and _threshold(text, hits[k - 1], gm)):
                # 销售收入超200亿元的产业集聚区达到10个，其中超500亿元达到3个: the things past this count's own bound
                metric = _with_threshold(text, bare_things[-1], hits[k - 1], gm)
            elif (metric is None and bare_things and _threshold(text, hits[k], gm)
                  and (j := _last_in_unit(hits, k)) is not None
                  and _threshold(text, hits[j], gm) and out[base + j]["metric"]):
                metric = out[base + j]["metric"]  # …其中超50亿元15个、超100亿元8个: the bound before in its unit
            elif (metric is None and not written and k and hits[k].unit_base in gm.person_units
                  and hits[k - 1].unit_base not in gm.person_units and _CLAUSE_BREAK.search(text, hits[k - 1].tail, hits[k].num_start)
                  and (after := _tagged(text[hits[k].tail:(stop.start() if (stop := _CLAUSE_BREAK.search(text, hits[k].tail, s1)) else s1)].strip()))
                  and len(after) == 1 and after[0][1] == "v" and len(after[0][0]) == 2):
                metric = after[0][0]  # 避让迁村17个，6305人受益: people counted by their doing alone, not the things before
                by_doing.add(k)
            elif metric is None and last is not None:
                # (…发电装机…达到16500万千瓦；原油产量继续增长，达到1.42亿吨: a clause between the last
                # figure and this one that is a subject and its change names this one's)
                metric = _changed_subject(text, before_clause[k], hits[k - 1].tail, sw, gm) or last
                if written == "总量":
                    metric = _total_of([r["metric"] for r in out[base:base + k] if r["metric"]] + [metric], gm) or metric
                elif written == "总规模" and metric and not metric.endswith(written):
                    metric = (_without_leading_doings(metric, gm) or metric) + written  # 新增算力2000P、总规模超过6000P
            elif metric is None and before_clause[k]:
                metric = _previous_clause(text, *before_clause[k], sw, gm) or None
            if metric is None and written and prev_sentence_last:
                metric = prev_sentence_last
            if metric and metric == metrics[k] and before_clause[k] and metric.endswith(gm.attribute_nouns):
                metric = _owned_attribute(text, metric, hits[k].num_start, before_clause[k], gm)
            if metric and metric == metrics[k] and k and before_clause[k] and metric.startswith(gm.share_of_verbs):
                metric = _share_of_amount(text, metric, out[base + k - 1], hits[k - 1].num_start, before_clause[k], gm)
            if (metric and metric == metrics[k] and k and rec["kind"] == "share" and out[base + k - 1]["kind"] in ("level", "change", "pp_change")
                  and out[base + k - 1]["metric"] and pres[k].strip(" ,、").startswith(gm.share_of_verbs + ("占比",))
                  and (metric in gm.share_nouns or metric == "占比" or pres[k].strip(" ,、").startswith(gm.share_of_verbs))):
                # 装机达到9048万千瓦，占比55.1%; 交易255亿美元、占全球10%: the share is of the amount just before
                prev = out[base + k - 1]["metric"]
                whole = metric[1:] if metric.startswith("占") else metric
                # (项目总投资418亿元、占全省30%: a share of a place's whole is the amount's own; readers of
                # rounds 177-208 wrote 总投资, six times in six)
                metric = prev if _scope_whole(whole, gm) else prev + (
                    metric if metric.startswith(("占",) + gm.share_nouns) else "占" + metric)
            elif (metric and metric == metrics[k] and k and rec["kind"] == "share" and out[base + k - 1]["kind"] == "level"
                  and out[base + k - 1]["metric"] and (lead := next((v for v in gm.whole_reached_verbs if pres[k].strip(" ,，、").startswith(v)), ""))
                  and pres[k].rstrip().endswith("的") and metric.startswith(lead) and len(metric) > len(lead) + 1):
                # 高标准农田规模突破1000万亩，达到耕地总面积的58%: the amount just before, as a share of a whole
                metric = out[base + k - 1]["metric"] + "占" + metric[len(lead):]
            elif (metric and metric == metrics[k] and rec["kind"] == "share" and pres[k].rstrip().endswith("的")
                  and (lead := next((v for v in gm.whole_reached_verbs if 0 < metric.find(v) < len(metric) - len(v) - 1), ""))
                  and lookup(metric) is None):
                # “美丽街区”建设面积达到全区面积的60%: the subject before the verb, as a share of the whole after it
                at = metric.find(lead)
                metric = metric[:at] + "占" + metric[at + len(lead):]
            if (metric and metric == metrics[k] and k and before_clause[k] and not out[base + k - 1]["metric_written"]
                    # (…的产业从3个增加到6个，产值过100亿元的企业: a bound's own measure; not 总数超2300家, a qualifier)
                    and not (_bound_before(text, hits[k]) and text.startswith("的", _past_spaces(text, hits[k].tail)))):
                metric = _restated(text, metric, out[base + k - 1]["metric"], hits[k - 1].num_start, before_clause[k],
                                   # (a change in points or times counts no things: 提高14.4个百分点，利润总额…)
                                   hits[k - 1].unit_base not in _CHANGE_UNITS and (
                                       hits[k - 1].unit_base in gm.counters or hits[k - 1].unit_base in gm.things_counted), gm)
            if metric and metric == metrics[k] and k and out[base + k - 1]["unit_base"] == rec["unit_base"]:
                metric = _elided_measure(metric, out[base + k - 1]["metric"], gm, out[base + k - 1]["kind"] == rec["kind"])
            if metric and metric == metrics[k] and k and not rights[k] and _owner_words(metric, gm) == len(metric):
                # the figure before in the same unit that names a measure, not another owner
                o = next((o for o in range(k - 1, -1, -1) if hits[o].unit_base == hits[k].unit_base
                          and out[base + o]["metric"] and _owner_words(out[base + o]["metric"], gm) < len(out[base + o]["metric"])), None)
                gap_o = text[hits[o].tail:hits[k].num_start] if o is not None else ""
                # (其中虎门港…, （市本级 13.5%）, 济阳县…，历下区突破百亿元: a part of the whole, or one owner after another)
                if o is not None and ("其中" in gap_o or "本级" in gap_o or gap_o.lstrip()[:1] in "（("
                                      or _owner_words(out[base + o]["metric"], gm) and metric.rstrip(")）").endswith(gm.owner_ends)):
                    metric = _owners_measure(metric, out[base + o]["metric"], gm)
            if (metric and metric == rights[k] and metric in gm.counted_places and text.startswith(metric + "的", hits[k].tail)
                    and text[hits[k].num_start - 1:hits[k].num_start] not in _LIST_WORDS):  # (…1个镇、15条村的名镇名村建设: one of a list)
                metric = _work_in_places(text, hits[k].tail + len(metric) + 1, s1, gm) or metric
            member = None
            if metric and metric == metrics[k]:
                member = metric[-3:] if metric[-3:] in gm.modifiers else metric[-2:] if metric[-2:] in gm.modifiers else None
            if (member and len(metric) > len(member) + 2 and not rights[k]
                    and metric[:-len(member)].endswith(gm.member_measures)):
                # 生活垃圾无害化处理率城市保持100%，县城达到85%: the member after the measure says whose (→ 城市生活垃圾…)
                metric = metrics[k] = member + metric[:-len(member)]
            if metric and metric == metrics[k] and k and metric in gm.modifiers and not rights[k]:
                prev = out[base + k - 1]["metric"] or ""
                scope = max((m for m in gm.modifiers if prev.startswith(m) and m != metric), key=len, default="")
                part = "其中" in text[hits[k - 1].tail:hits[k].num_start] and not scope and metric not in gm.measure_nouns
                chain = scope and k >= 2 and "其中" in text[hits[k - 2].tail:hits[k - 1].num_start]  # (…、农村35万套)
                if ((scope and (prev.endswith(gm.member_measures) or chain) or part and len(prev) >= 2)
                        and out[base + k - 1]["unit_base"] == rec["unit_base"]):
                    # 城市生活垃圾无害化处理率达到46%、县城达到57%: the same measure's; 保障性住房50万套，其中城镇15万套:
                    # a part of the whole just counted
                    metric = metric + prev[len(scope):]
            if (metric and metric == metrics[k] and k and _tagged(metric)[0][0] == "对" and out[base]["metric"]
                    and all(t in gm.noun_tags for _, t in _tagged(out[base]["metric"]))):
                # 战略性新兴产业年均增长20%以上，…，对经济增长的贡献率接近50%: the sentence's subject's contribution
                metric = out[base]["metric"] + metric
            measured, things = gm.unit_measures.get(rec["unit_base"], ("", ()))
            if metric and measured and not metric.endswith(measured) and metric.endswith(things):
                metric += measured  # 集装箱152万标箱: a unit that says what is measured (→ 集装箱吞吐量)
                prev = out[base + k - 1]["metric"] if k else None
                # (唐山港完成货物吞吐量4.9亿吨，集装箱152万标箱: the port's, as paired attributes are)
                metric = next((prev[:-len(x)] + y for x, y in gm.paired_attributes
                               if prev and metric == y and prev.endswith(x) and len(prev) > len(x)), metric)
            between = text[hits[k - 1].tail:hits[k].num_start].strip() if k else ""
            if metric and len(metric) == 1 and metric == between and not rights[k] and out[base + k - 1]["metric"]:
                metric = out[base + k - 1]["metric"]  # BRT系统7条线101.69公里: the length of the lines just counted
            if len(between) > 1 and between[-1] in gm.from_words:
                between = between[:-1]  # 纯收入超亿元村由10个增至30个: the villages, not where the change starts
            if len(between) > 1 and between[0] == "的" and k and _threshold(text, hits[k - 1], gm):
                # 生产总值超过两百亿元的县从10个增加到19个, 经济总量超5000亿元的市增加到5个: the things after the bound
                said = list(_tagged(between[1:]))
                while len(said) > 1 and (said[-1][1] in gm.verb_tags or said[-1][0] in ("到", "至")):
                    said.pop()
                between = "".join(w for w, _ in said)
            if (k and hits[k].unit_base in gm.counters and _threshold(text, hits[k - 1], gm) and between and between not in _LIST_WORDS
                    and (metric == metrics[k] == between
                         or len(between) <= 2 and between.isalpha() and not any(t in gm.verb_tags or t.startswith("u") for _, t in _tagged(between)))):
                # (新增经济总量超200亿元县2个: a one-character noun too, which alone would name nothing)
                metric = metrics[k] = _with_threshold(text, between, hits[k - 1], gm)  # (as written: not implied)
                bare_things.append(between)
            if (metric and metric == metrics[k] and before_clause[k]
                    and (metric[:1] == "总" and metric[1:] in gm.measure_nouns or metric in gm.owned_measures)
                    and not (metric in gm.investment_of and text.startswith("的", _past_spaces(text, hits[k].tail)))):
                # (总投资为164亿元的…体系建设: the investment of the things after 的, not of the clause before)
                metric = _total_of_subject(text, metric, before_clause[k], hits[k].num_start, gm)
            if rec["unit_base"] == "元" and (not metric or metric in gm.fund_nouns or metric.endswith(tuple(gm.allotting_verbs))
                                             or pres[k].rstrip().endswith(tuple(gm.allotting_verbs))
                                             or all(t in gm.verb_tags for _, t in _tagged(metric))):  # (统筹9.8亿元用于…)
                metric = _purpose(text, hits[k].tail, s1, metric, gm) or metric
            if metric and rec["unit_base"] in gm.output_units and _product_alone(metric, gm):
                if k and any((r["metric"] or "").endswith(gm.output_noun) for r in out[base:base + k]):
                    metric += gm.output_noun  # 原煤产量由6.2亿吨增加到8.5亿吨，原油由1.06亿吨…: 原油 stands for its output
                else:
                    metric = _list_head_measure(text, s0, hits[k].num_start, metric, gm) or metric
            if metric and metric == metrics[k] and rec["kind"] == "share" and (k + 1 == len(hits) or hits[k + 1].num_start > s1 - 1):
                metric = _share_doing(text, metric, hits[k].num_start, hits[k].tail, s1, gm) or metric  # 行政审批事项99%实现网上申报
            if (rec["kind"] == "share" and text.startswith("的", hits[k].tail)
                    and not any(t in gm.noun_tags for _, t in _tagged(lefts[k] or ""))):
                # 85%的中小学建成智慧校园, 实现90%的依申请政务服务事项一次办结: the things and what they did
                # (基本药物制度在30%的基层医疗卫生机构实施: a subject before the share names what it is of)
                own = _share_of_things(text, hits[k].tail + 1, hits[k + 1].num_start if k + 1 < len(hits) else s1, metric, gm)
                if own:
                    metric = metrics[k] = own  # (as written: not implied)
            if metric and metric == metrics[k] and k and metric in gm.handling_rates and hits[k - 1].unit_base in gm.counters:
                metric = _handled(text, hits, out[base:base + k], k, gm) + metric  # 办理…诉求2000件，满意率
            if (metric and metric == metrics[k] and k and last and _beneficiaries(metric, gm)
                    and not _STATUS_BREAK.search(text, hits[k - 1].tail, hits[k].num_start)):
                metric = _giver(_without_leading_doings(last, gm)) + metric  # 贴息贷款1.17亿元，惠及1674户: who the loans reached
            if metric and rec["unit_base"] not in gm.item_units and "任务" in metric and _TASK.search(metric):
                # 完成6.4万户改造征收任务, 造林计划任务5158.67公顷: the work, not the task (改革任务36项 are tasks)
                metric = metrics[k] = _TASK.sub("", metric)
            if (metric and metric.endswith("目标") and (goal := _GOAL.search(metric))
                    and all(t not in gm.verb_tags for _, t in _tagged(metric[:goal.start()])[:-1])
                    and not gm.change_start.fullmatch(metric[:goal.start()])):  # (增长预期目标: no measure left without it)
                # 经济增长预期目标6.5%, 广义货币M2增长目标为17%: the measure aimed at (the aim is the status's;
                # not 中央提出经济增长预期目标, where it is what was set)
                metric = metrics[k] = metric[:goal.start()]
            if metric and metric.endswith("工作") and rec["unit_base"] in gm.counters and rec["unit_base"] not in gm.work_units:
                metric = metrics[k] = _without_work(metric, gm)
            among = _AMONG.search(pres[k]) if metric and metric == metrics[k] and hits[k].unit_base in gm.counters else None
            # (128个低收入村中有26个摘帽: and when only a predicate follows the count)
            if among and (not rights[k] or metric in gm.measure_nouns or rights[k].startswith(tuple(gm.counted_measures))
                          or metric == rights[k] and _bare_predicate(rights[k], gm)):
                # 县域重点产业集群中有11个产值超百亿元: some of the things named before 中有, not their measure
                things = _trailing_nouns(pres[k][:among.start()], gm)
                if len(things) >= 2 and _tagged(things)[-1][1] != "vn":
                    metric = metrics[k] = things
            if (k and out[base + k - 1]["metric"] and hits[k].unit_base == hits[k - 1].unit_base
                    and _some_of(text[hits[k - 1].tail:hits[k].num_start].strip(), out[base + k - 1]["metric"], rights[k], gm)):
                metric = out[base + k - 1]["metric"]  # 15个国考断面中13个达标: some of the things just counted
            elif k and hits[k].unit_base in gm.counters and (j := _counted_set(text, hits, k, s1, gm)) is not None and out[base + j]["metric"]:
                # 推出制度创新成果89项，…6项在国务院官网刊发、14项在全省推广: counts that open their clauses with a
                # predicate count some of the things the run's first count counted
                metric = _without_doing_lead(out[base + j]["metric"], gm)
            elif k and out[base + k - 1]["metric"] and rec["kind"] == "share" and gm.share_of_plan.fullmatch(pres[k].strip(" ,，、")):
                # 完成投资3696.7亿元、达年计划的131.5%: that figure's share of its plan (→ …完成投资达年计划)
                metric = out[base + k - 1]["metric"] + pres[k].strip(" ,，、")[:-1]
            elif metric and metric == metrics[k] and k and out[base + k - 1]["metric"]:
                metric = _parallel_level(metric, out[base + k - 1]["metric"]) or metric
            if (metric and metric == metrics[k] and rec["kind"] == "share" and rights[k].endswith("率")
                    and text.startswith("的", hits[k].tail) and not metric.endswith(rights[k])):
                metric = metrics[k] = metric + rights[k]  # 交通运输业、建筑业等行业现行10%的税率: the rate after 的 is the subject's
            done = next((d for d in gm.done_measures if d.endswith(metric) and pres[k].rstrip().endswith(d)), None) \
                if metric and pres[k].rstrip().endswith(gm.done_measure_ends) else None
            if done:  # 完成投资529亿元: the investment completed
                if metrics[k] == metric:
                    metrics[k] = done
                metric = done
            bound = False
            if metric and k and rec["unit_base"] not in gm.counters and rec["kind"] != "share" and (
                    _threshold(text, hits[k], gm) or text[hits[k - 1].tail:hits[k].num_start] == "、") and any(
                    hits[o].unit_base in gm.counters and out[base + o]["kind"] == "level" and metrics[o] == metric
                    for o in range(len(hits)) if o != k):
                # 年销售收入超100亿元、300亿元的企业…, 其中超500亿元达到3个: an amount is no count of the things;
                # after a bound in its unit (or a member of a list of bounds) it bounds the same measure
                j = _last_in_unit(hits, k)
                if (j is not None and (_threshold(text, hits[j], gm) or j in bounds) and out[base + j]["metric"]
                        and out[base + j]["metric"] != metric):
                    metric, bound = out[base + j]["metric"], True
                    bounds.add(k)
            if (metric and not bound and k and rec["unit_base"] not in gm.counters and hits[k - 1].unit_base in gm.counters
                    and _bound_before(text, hits[k]) and text[hits[k - 1].tail:hits[k].start].strip(" 超过") == ""
                    and (said := _BOUND_SAID.findall(text, s0, hits[k - 1].num_start))):
                # 开滦…3个年营业收入超千亿的特大型企业集团，渤海钢铁、高速动车等5个超500亿的大型企业: a bound right
                # after a count bounds the measure the sentence bounded before it (a bound in words is no figure)
                measure = _trailing_nouns(said[-1], gm)
                if len(measure) >= 2 and measure.endswith(gm.measure_nouns + tuple(gm.measure_ends)):
                    metric, bound = measure, True
                    bounds.add(k)
            implied = bool(metric and metrics[k] != metric) and k not in by_doing
            if (metric and k and not implied and (things := out[base + k - 1]["metric"]) and len(metric) > len(things) + 3
                    and metric.startswith(things) and metric != rights[k] and pres[k].rstrip().endswith(metric)
                    and hits[k - 1].unit_base in gm.counters and len(things) in _word_starts(metric)):
                # 6个老区县(市、区)争取上级资金补助5.2亿元: the things just counted, their doing, then what the amount is
                said = _tagged(metric[len(things):])
                if (len(said) >= 2 and said[0][1] in gm.verb_tags and len(said[0][0]) >= 2
                        and said[-1][1] in gm.noun_tags and said[-1][1] != "vn"):
                    metric = metric[len(things) + len(said[0][0]):]
            if (metric and not implied and metric != rights[k] and hits[k].unit not in gm.time_units
                    and hits[k].unit not in gm.times_units
                    and (hits[k].unit_base not in gm.person_units or pres[k].rstrip().endswith(metric))):
                # (10天建成火神山医院: the doing is what is timed; 连续九次获评…: what is counted; 11129人获得落户
                # 资格: what the people counted did)
                metric = _without_work_leads(metric, gm)
            if metric and _finder(gm.allotting_verbs)(metric):
                metric = _without_allotting(metric, gm)
                verb = next((v for v in ("新安排", "拟安排", "安排") if metric.endswith(v)), "")
                if verb and metric[:-len(verb)].rstrip("还将也").endswith(gm.allotted_money):
                    metric = metric[:-len(verb)].rstrip("还将也")  # 中央预算内投资安排5776亿元: the money allotted
            if (metric and k not in doing_counts and metric.endswith("”") and (q := metric.find("“")) > 0
                    and metric.count("“") == 1 and all(t in gm.verb_tags for _, t in _tagged(metric[:q]))):
                # 完成“适老化改造”400户, 建成“长者饭堂”3652个: a doing before the quoted name that ends the phrase is
                # what was done to the things counted (not 入选“双一流”建设名单的学科, 共建“一带一路”国家: a name
                # inside; nor 42天就实现“清零”: the doing a count of time measures)
                metric = metric[q:]
            if (metric and not rights[k] and len(hits[k].unit_base) == 1 and not metric.endswith(hits[k].unit_base)
                    and hits[k].unit_base not in gm.person_units  # (新增残疾人就业1万人: the people's doing is what is counted)
                    and (subject := _subject_of(metric, gm)) and subject.endswith(hits[k].unit_base)):
                metric = subject  # 中欧班列累计开行1.3万列: things counted in their own measure word, before their doing
            prize = gm.prize.match(text, hits[k].tail, s1) if hits[k].unit_base in gm.counters else None
            if prize and not _DIGITS.search(prize.group("x")):
                metric, implied = _clean_metric(prize.group("x")), False  # 12个项目获国家科学技术奖: the prizes won
            if not metric and not written and rec["unit_base"] in gm.counters:
                # 目前，670余人通过审核: a count of nothing named, a doing alone after it, is named by the doing
                stop = _CLAUSE_BREAK.search(text, hits[k].tail, s1)
                after = _tagged(text[hits[k].tail:stop.start() if stop else s1].strip())
                if after and after[-1][1] in gm.verb_tags and not any(t in gm.noun_tags for _, t in after):
                    metric = "".join(w for w, _ in after)
            if metric and "等" in metric:
                metric = _kind_after_examples(metric, gm)
            if (metric and (rec["kind"] == "pp_change" or rec["unit_base"] == "个百分点")
                    and (gap := _RATE_GAP.search(text, _clause_from(text, s0, hits[k].num_start), hits[k].num_start))
                    and not metric.endswith(("增速", "增幅", "涨幅", "增长"))):
                metric += gap.group(1)  # 销量增速高于全国平均水平8.7个百分点: the gap is between growth rates
            if metric in _URBAN_RURAL and (pairs := _URBAN_RURAL_MEASURE.findall(text, s0, hits[k].num_start)):
                metric += pairs[-1]  # 提高城乡低保标准，城市由…提高到…，农村由…: each member's share of the measure
            if (metric and not implied and gm.stage_in(metric) and hits[k].unit not in gm.time_units
                    and pres[k].rstrip().endswith(metric[-2:]) and (bare := _without_place_subject(metric, gm)) != metric):
                metric = _without_work_leads(bare, gm)
            if (metric and not implied and len(metric.strip("“”\"")) <= 2 and (pre := pres[k].rstrip()).endswith(metric)
                    and metric not in gm.measure_nouns and metric not in gm.owned_measures  # (实现产值: the measure alone)
                    and (said := _tagged(pre[:-len(metric)][-8:])) and said[-1][1] in gm.verb_tags
                    and len(said[-1][0]) >= 2 and not said[-1][0].endswith("是") and not _pushing_lead(*said[-1], gm)
                    # (制定修订法律, 新建和加固堤防: doings side by side)
                    and not (len(said) > 1 and (said[-2][1] in gm.verb_tags or said[-2][0] in _LIST_WORDS))
                    and said[-1][0] not in gm.doings_off_short):
                # 接待游客7000万人次, 拆除“两违”557.5万平方米: a bare noun of two characters names what is measured
                # only with the doing written right before it (readers of rounds 157-264: 接待游客 47 times, 游客 2),
                # unless the lexicons say the doing only tells the things were made, done or counted (新增托位,
                # 建设农房 → 托位, 农房: readers wrote 托位 12 times to 0, 床位 9 to 2, 公园 13 to 0)
                metric = ("新" if len(said) > 1 and said[-2][0] == "新" else "") + said[-1][0] + metric  # (新引进)
            if (metric and rec["kind"] == "change" and (share := _SHARE_WRITTEN.match(metric))
                    and "占" not in text[_clause_from(text, s0, hits[k].num_start):hits[k].num_start]):
                metric = share.group(1)  # 服务业占GDP比重40%，年均增长15%: a growth carried over grows the amount, not its share
            if (metric and not implied and metric in gm.measure_nouns and pres[k].rstrip().endswith(metric)
                    and (owner := _clause_owner(text, s0, hits[k].num_start, gm))):
                metric = owner + metric  # 互联网产业蓬勃发展，营业收入205亿元: the industry the clause before is about
            if metric and "占" in metric and (whole := gm.share_of_place.match(metric)):
                metric = whole.group(1)  # …利用外资分别占全市的80.1%: a share of a place's whole is the amount's own
            if metric and metric[-1] in "和与及" and len(metric) > 2 and _tagged(metric)[-1] == (metric[-1], "c"):
                metric = metric[:-1]  # 50家企业上市和在新三板…挂牌: a cut before a preposition leaves no conjunction
            rec.update(metric=metric or written, implied=implied, metric_written=written if metric else None)
            if rec["metric"] and rec["metric"].startswith(_TALLIES) and len(rec["metric"]) >= 4:
                # 累计实际利用外资: a tally says how the figure was counted, not what it measures (the seed's gold:
                # 累计建成5G基站 → 5G基站; readers of 177-200 left it off 17 times of 18)
                rec["metric"] = rec["metric"][2:]
            rec["metric_head"] = metric_head(rec["metric"], gm)
            if not _of_whole(pres[k], hits[k].num_start, sw) and not bound:  # (a bound's measure: the things stay last)
                last = metric or last  # 完成年初预算的47.5%, 同比增长25%: the growth is not the plan's
                if k in doing_counts:  # (连续13年提高企业退休人员养老金，人均每月达3014元: the thing, not the doing)
                    last = _without_leading_doings(metric, gm) if metric else last
        prev_sentence_last = last or prev_sentence_last
    # 保持两位数增长: a count of digits bounds the phrases beside it like any figure, but measures nothing
    out = [r for r in out if not text.startswith(gm.digit_counts.get(r["unit"], ()), r["end"])]
    for n, rec in enumerate(out, 1):
        rec["indicator_id"] = f"{doc_id}:q{n:05d}"
    return out
