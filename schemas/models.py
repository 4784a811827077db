"""Row models of the output tables. Every row is validated through one of these before it is
written; field descriptions travel into the Parquet metadata and the exported JSON Schema."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(Row):
    doc_id: str = Field(description="Document id: the source file's stem unless given otherwise")
    title: Optional[str] = Field(None, description="The report's title as written at its top (关于…的报告, 政府工作报告; one broken across lines read whole); null when the text has none: a salutation (各位代表：) or the opening sentence is never a title")
    region: Optional[str] = Field(None, description="全国 for the State Council's report; else the province, city, district or county as the title, date line or opening names it (长宁区, 浙江省); null when the text names none")
    years: list[int] = Field(default_factory=list, description="Report years named in the title and chapter headings")
    region_cue: Optional[str] = Field(None, description="What decided region: the words as written and their offset (长宁区@2), or meta:FILE for --meta")
    admin_level: Optional[Literal["national", "provincial", "prefectural", "county"]] = Field(None, description="national (国务院), provincial (省, 自治区, 直辖市), prefectural (地级市, 州, 盟), county (县, 区, 县级市, 旗)")
    admin_level_cue: Optional[str] = Field(None, description="What decided admin_level")
    report_kind: Literal["work_report", "plan_execution", "progress_bulletin", "other"] = Field("other", description="work_report 政府工作报告; plan_execution 计划执行情况…的报告; progress_bulletin 通报 / 进展情况; other")
    report_kind_cue: Optional[str] = Field(None, description="What decided report_kind")
    report_date: Optional[str] = Field(None, description="Date the report was delivered or dated, ISO (2023-03-05), as precise as the text gives (2023-03, 2023)")
    report_date_cue: Optional[str] = Field(None, description="What decided report_date (the date line ——2023年3月5日在…会议上)")
    report_year: Optional[int] = Field(None, description="Year the report was delivered (今年 in a work report)")
    report_year_cue: Optional[str] = Field(None, description="What decided report_year")
    reviewed_year: Optional[int] = Field(None, description="Year whose outcomes the report reviews (2025年工作回顾)")
    reviewed_year_cue: Optional[str] = Field(None, description="What decided reviewed_year")
    plan_year: Optional[int] = Field(None, description="Year whose targets the report sets")
    plan_year_cue: Optional[str] = Field(None, description="What decided plan_year")
    meta_conflicts: list[str] = Field(default_factory=list, description="Where a --meta value overrode a different value read from the text: 'field: meta X, text Y (cue)'")
    source_path: str = Field(description="Path of the source file as given")
    sha256: str = Field(description="SHA-256 of the source bytes")
    encoding: str = Field(description="Detected encoding of the source bytes")
    n_chars: int = Field(ge=0, description="Length of the decoded text; all offsets index into it")
    n_sections: int = Field(ge=0, description="Rows in sections")
    n_tables: int = Field(ge=0, description="Flattened tables found")
    n_rows: int = Field(ge=0, description="Table rows found")
    n_items: int = Field(ge=0, description="Bullets and paragraphs")
    n_sentences: int = Field(ge=0, description="Sentences")
    n_indicators: int = Field(ge=0, description="Indicators extracted")


class Section(Row):
    doc_id: str = Field(description="Document id")
    section_id: str = Field(description="Stable id: <doc_id>:s<NNNN> in text order")
    level: int = Field(ge=0, le=5, description="0 document title, 1 chapter 一、, 2 section (三), 3 numbered point 1., 4 (1)")
    kind: Literal["title", "chapter", "section", "point", "subpoint"] = Field(description="Heading kind")
    number: Optional[str] = Field(None, description="The heading's number as written (一, 三, 2), null for titles")
    title: str = Field(description="Heading text without its number")
    parent_id: Optional[str] = Field(None, description="Enclosing section, null at the top")
    start: int = Field(ge=0, description="Offset of the heading line")
    end: int = Field(ge=0, description="End of the section's span (next heading of the same or higher level)")
    heading_end: int = Field(ge=0, description="End of the heading line")


class TableRow(Row):
    doc_id: str = Field(description="Document id")
    table_id: str = Field(description="Stable id of the table: <doc_id>:t<NN>")
    table_no: Optional[int] = Field(None, description="N of 表N, null for untitled tables")
    table_title: Optional[str] = Field(None, description="Title after 表N")
    table_kind: Literal["key_work", "list"] = Field(description="key_work: 重点工作 / 主要推进情况 tables; list: 序号/… tables")
    header: list[str] = Field(description="Column headers as written")
    section_id: Optional[str] = Field(None, description="Section that holds the table")
    row_id: str = Field(description="Stable id of the row: <table_id>:r<NN>")
    row_no: int = Field(ge=1, description="Row number within its table, from 1")
    key_work: str = Field(description="First cell: the key work (重点工作) or the row's first content cell")
    second_header: Optional[str] = Field(None, description="Header of the second column (主要推进情况 or 主要任务)")
    cells: list[str] = Field(description="All cells of the row; for key_work tables the key work then each bullet")
    n_items: int = Field(ge=0, description="Bullets in the row")
    table_start: int = Field(ge=0, description="Offset of the table's title (or header)")
    table_end: int = Field(ge=0, description="End of the table")
    start: int = Field(ge=0, description="Offset of the row")
    end: int = Field(ge=0, description="End of the row")


class Item(Row):
    doc_id: str = Field(description="Document id")
    item_id: str = Field(description="Stable id: <doc_id>:i<NNNN> in text order")
    kind: Literal["bullet", "paragraph", "heading", "key_work", "cell"] = Field(description="What the line is")
    text: str = Field(description="Text without the bullet marker")
    section_id: Optional[str] = Field(None, description="Innermost section")
    table_id: Optional[str] = Field(None, description="Table the item belongs to")
    row_id: Optional[str] = Field(None, description="Table row the item belongs to")
    start: int = Field(ge=0, description="Offset of the text (after the bullet marker)")
    end: int = Field(ge=0, description="End of the text")


class Sentence(Row):
    doc_id: str = Field(description="Document id")
    sentence_id: str = Field(description="Stable id: <doc_id>:x<NNNNN>")
    item_id: str = Field(description="Item that holds the sentence")
    text: str = Field(description="Sentence text")
    start: int = Field(ge=0, description="Offset of the sentence")
    end: int = Field(ge=0, description="End of the sentence")


class Indicator(Row):
    doc_id: str = Field(description="Document id")
    indicator_id: str = Field(description="Stable id: <doc_id>:q<NNNNN> in text order")
    metric: Optional[str] = Field(None, description="Shortest phrase naming what is measured")
    metric_head: Optional[str] = Field(None, description="Head word of the metric (床位, 满意率, 企业), for grouping")
    implied: bool = Field(False, description="The metric is implied by the text, not written next to the number (总量 after 国内生产总值 → 国内生产总值)")
    metric_written: Optional[str] = Field(None, description="When implied: the words written where the metric stands (总量, 安排)")
    metric_key: Optional[str] = Field(None, description="Canonical metric across documents: a key of pipeline/data/metrics.json (gdp, cpi, new_urban_jobs …) or, for metrics not in it, the normalised phrase; null when metric is null")
    metric_label: Optional[str] = Field(None, description="Human label of metric_key (居民消费价格 CPI); the normalised phrase for metrics not in the lexicon")
    value: float = Field(description="The number as written, multiplier not applied (135 for 135亿元)")
    value_high: Optional[float] = Field(None, description="Upper end of a range (6.5 for 6%－6.5%), else null")
    unit: str = Field(description="Unit as written with its multiplier (亿元, 万人次, %, 个百分点); '' for a bare number")
    value_base: float = Field(description="value with the multiplier applied (1.35e10 for 135亿元)")
    value_high_base: Optional[float] = Field(None, description="value_high with the multiplier applied")
    unit_base: str = Field(description="Unit without multiplier (元, 人次, %)")
    kind: Literal["level", "change", "pp_change", "share"] = Field(description="level amount/count; change relative change; pp_change percentage points; share rate or ratio")
    direction: Optional[Literal["up", "down"]] = Field(None, description="For change and pp_change: sense of the verb")
    period: Optional[str] = Field(None, description="Period expression scoping the number, as written")
    ref_year: Optional[int] = Field(None, description="Year the figure is about, from its sentence, paragraph and headings and the report's identity (2018年工作回顾 → 2018, 今年 → report_year, 到2030年 → 2030); null for a multi-year figure (五年来, 年均, “十四五”时期: see ref_start/ref_end) or when the text gives no year")
    ref_start: Optional[int] = Field(None, description="First year of the span the figure is about (= ref_year for one year; 2021 for 五年来 in a 2026 report)")
    ref_end: Optional[int] = Field(None, description="Last year of the span the figure is about (= ref_year for one year; 2030 for a “十五五” target)")
    qualifier: Optional[str] = Field(None, description="Approximation or bound word as written (左右, 约, 以上 …)")
    status: Literal["actual", "expected", "target"] = Field(description="Reported outcome, estimate (预计) or plan/goal")
    numeral: Literal["arabic", "chinese"] = Field(description="How the number is written")
    start: int = Field(ge=0, description="Offset of surface: source[start:end] == surface")
    end: int = Field(ge=0, description="End of surface")
    surface: str = Field(min_length=1, description="The number with its unit as written")
    sentence: str = Field(description="The sentence that holds the number")
    sentence_id: str = Field(description="Sentence id")
    section_id: Optional[str] = Field(None, description="Innermost section")
    table_id: Optional[str] = Field(None, description="Table, when the number sits in one")
    row_id: Optional[str] = Field(None, description="Table row, when the number sits in one")
    item_id: Optional[str] = Field(None, description="Bullet or paragraph")

    @model_validator(mode="after")
    def _consistent(self) -> "Indicator":
        if self.end - self.start != len(self.surface):
            raise ValueError("surface length does not match start/end")
        if self.direction is not None and self.kind not in ("change", "pp_change"):
            raise ValueError("direction is only for change and pp_change")
        return self


class ExtractionError(Row):
    file: str = Field(description="Input file")
    stage: str = Field(description="Pipeline stage that failed (load, normalise, segment, extract, validate, write)")
    error_class: str = Field(description="Exception class")
    message: str = Field(description="One-line reason")


TABLES: dict[str, type[Row]] = {
    "documents": Document,
    "sections": Section,
    "tables": TableRow,
    "items": Item,
    "sentences": Sentence,
    "indicators": Indicator,
}
