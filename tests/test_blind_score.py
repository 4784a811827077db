"""tools/blind_score.py on the kept rounds: two readers' agreement, and --second accepting either reading."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "docs" / "blind"
GOLD = ROOT.parent / "shared" / "gold"
pytestmark = pytest.mark.skipif(not (GOLD / "score.py").exists(), reason="../shared/gold is absent")


def score(*args: str) -> str:
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "blind_score.py"), *args], capture_output=True,
                         text=True, check=True)
    return out.stdout.splitlines()[0]


def test_two_readers_of_round_213_216_agree_on_almost_every_metric():
    # the second readers called 8 figures no indicator, the first 6: their 591 common figures
    line = score(str(BLIND / "sets213-216.second.jsonl"), str(BLIND / "sets213-216.jsonl"), "--primary")
    assert line == "591 figures: metric 0.993  whole 0.954  year 1.000"


def test_a_second_reading_counts_where_the_readers_split():
    first, second = str(BLIND / "sets209-212.jsonl"), str(BLIND / "sets209-212.second.jsonl")
    alone = score(second, first, "--primary")
    both = score(second, first, "--primary", "--second", second)
    assert alone.startswith("589 figures") and "metric 1.000" not in alone
    assert both == "589 figures: metric 1.000  whole 1.000  year 1.000"
