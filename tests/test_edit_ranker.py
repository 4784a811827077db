"""tools/edit_ranker.py, the experiment on learning readers' boundary conventions: the edits it chooses among."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import edit_ranker  # noqa: E402
from pipeline.extract import grammar  # noqa: E402

TEXT = "五年累计新建改造农村公路5567公里，完成37座水库除险加固。"
FIG = {"start": TEXT.find("5567"), "end": TEXT.find("5567") + 8}


def edits(metric):
    return [(kind, phrase) for kind, phrase, _ in edit_ranker._edits(TEXT, FIG, {"metric": metric, "unit_base": "公里",
                                                                               "kind": "level"}, grammar())]


def test_a_one_word_metric_can_take_the_doings_before_it():
    # (readers of rounds 253-280 wrote 新建改造农村公路 and 农村公路 both)
    assert edits("农村公路") == [("keep", "农村公路"), ("add1", "改造农村公路"), ("add2", "新建改造农村公路")]


def test_a_longer_metric_can_lose_a_word_at_either_end_but_never_gain_a_figure():
    got = dict(edits("改造农村公路"))
    assert got["drop1"] == "农村公路" and got["dropz"] == "改造" and got["add1"] == "新建改造农村公路"
    assert not any(any(c.isdigit() for c in phrase) for _, phrase in edits("改造农村公路"))


def test_a_metric_cut_inside_a_word_has_no_edits():
    assert edits("村公路") == []
