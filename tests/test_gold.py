"""The reference scorer on the seed's gold span: the product's quality bar."""
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED


def test_eval_meets_targets():
    if not (SHARED / "gold" / "score.py").exists():
        pytest.skip("../shared/gold is absent")
    r = subprocess.run([sys.executable, str(ROOT / "cli.py"), "eval"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "recall=" in r.stdout
