"""Row models of the comparison tables: `diff` (two reports, metric by metric) and `track` (a plan's
targets against the next report's outcomes). Validated like the extraction tables; descriptions
travel into the Parquet metadata and the JSON Schema."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from .models import Row

PeriodClass = Literal["year", "to_date", "point", "multi_year"]


class DiffRow(Row):
    metric_key: str = Field(description="Canonical metric (metrics.json key) or the normalised phrase")
    label: str = Field(description="Human label of the metric")
    canonical: bool = Field(description="metric_key comes from the lexicon (a headline indicator)")
    kind: Literal["level", "change", "pp_change", "share"] = Field(description="Indicator kind; part of the row key")
    period_class: PeriodClass = Field(description="year (one year), to_date (前三季度, 1-10月), point (截至…), multi_year (过去五年, 年均, or no year); part of the row key")
    status: Literal["outcome", "target"] = Field(description="outcome (actual or 预计 expected) or target; part of the row key")
    change: Literal["added", "removed", "changed", "unchanged"] = Field(description="added: only in NEW; removed: only in OLD; changed / unchanged: value, range top or unit")
    old_doc: str = Field(description="doc_id of the old report")
    new_doc: str = Field(description="doc_id of the new report")
    old_ref_year: Optional[int] = Field(None, description="Year the old figure is about")
    new_ref_year: Optional[int] = Field(None, description="Year the new figure is about")
    old_value: Optional[float] = Field(None, description="Old value in base units; negative for a decline (下降3.1% → -3.1)")
    old_value_high: Optional[float] = Field(None, description="Top of the old range in base units")
    new_value: Optional[float] = Field(None, description="New value in base units; negative for a decline")
    new_value_high: Optional[float] = Field(None, description="Top of the new range in base units")
    old_unit: Optional[str] = Field(None, description="Base unit of the old value (元, 人, %)")
    new_unit: Optional[str] = Field(None, description="Base unit of the new value")
    abs_change: Optional[float] = Field(None, description="new_value - old_value (base units; percentage points for %), null when units differ")
    rel_change: Optional[float] = Field(None, description="abs_change / |old_value|, null when old_value is 0 or units differ")
    old_surface: Optional[str] = Field(None, description="Old number as written (6.5%)")
    new_surface: Optional[str] = Field(None, description="New number as written")
    old_qualifier: Optional[str] = Field(None, description="Old qualifier (左右, 以上 …)")
    new_qualifier: Optional[str] = Field(None, description="New qualifier")
    old_metric: Optional[str] = Field(None, description="Old metric phrase as extracted")
    new_metric: Optional[str] = Field(None, description="New metric phrase as extracted")
    old_start: Optional[int] = Field(None, description="Offset of the old indicator in its document")
    new_start: Optional[int] = Field(None, description="Offset of the new indicator in its document")
    old_n: int = Field(ge=0, description="Indicators of the old report with this row key (the first in text order is compared)")
    new_n: int = Field(ge=0, description="Indicators of the new report with this row key")


class TrackRow(Row):
    metric_key: Optional[str] = Field(None, description="Canonical metric (metrics.json key) or the normalised phrase")
    label: Optional[str] = Field(None, description="Human label of the metric")
    canonical: bool = Field(description="metric_key comes from the lexicon (a headline indicator)")
    kind: Literal["level", "change", "pp_change", "share"] = Field(description="Indicator kind (target and outcome share it)")
    ref_year: Optional[int] = Field(None, description="Year the target is for; the outcome is about the same year")
    target_doc: str = Field(description="doc_id of the plan report")
    target_start: int = Field(ge=0, description="Offset of the target in its document")
    target_surface: str = Field(description="Target number as written")
    target_metric: Optional[str] = Field(None, description="Target metric phrase as extracted")
    target_value: float = Field(description="Target value as written (low end of a range)")
    target_value_high: Optional[float] = Field(None, description="Top of a target range (6.5 for 6%－6.5%)")
    target_unit: str = Field(description="Target unit as written")
    target_direction: Optional[Literal["up", "down"]] = Field(None, description="Sense of the target's verb (能耗下降 → down)")
    target_qualifier: Optional[str] = Field(None, description="Target qualifier (以上, 以内, 左右 …)")
    rule: Literal["floor", "ceiling", "band", "range", "ceiling_band"] = Field(description="How the target was read: floor (以上), ceiling (以内), band (左右, bare), range (6%－6.5%), ceiling_band (左右 on a lower-is-better metric: a cap with tolerance)")
    tolerance: Optional[float] = Field(None, description="Band tolerance in the target's unit (metrics.json compare.tolerance)")
    outcome_doc: str = Field(description="doc_id of the outcome report")
    outcome_start: Optional[int] = Field(None, description="Offset of the outcome in its document")
    outcome_surface: Optional[str] = Field(None, description="Outcome number as written")
    outcome_metric: Optional[str] = Field(None, description="Outcome metric phrase as extracted")
    outcome_value: Optional[float] = Field(None, description="Outcome value as written")
    outcome_unit: Optional[str] = Field(None, description="Outcome unit as written")
    outcome_direction: Optional[Literal["up", "down"]] = Field(None, description="Sense of the outcome's verb")
    outcome_qualifier: Optional[str] = Field(None, description="Outcome qualifier")
    outcome_status: Optional[Literal["actual", "expected"]] = Field(None, description="actual, or expected (预计)")
    outcome_period: Optional[str] = Field(None, description="Outcome period as written")
    gap: Optional[float] = Field(None, description="Outcome minus target value in the target's unit, in the target's sense (a decline target counts the decline)")
    verdict: Literal["met", "missed", "exceeded", "no_outcome"] = Field(description="met / missed / exceeded the target, or no outcome of the same metric, kind, unit and year")
    note: Optional[str] = Field(None, description="Why there is no outcome, or what was compared when it is not a full-year actual")


COMPARE_TABLES: dict[str, type[Row]] = {"diff": DiffRow, "track": TrackRow}
