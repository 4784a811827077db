"""notebooks/tour.ipynb runs, headlessly, on a fresh extraction: every cell, with and without the
national reports. The test extracts raw/ itself (as `make extract` does) into a temporary folder
and points the notebook at it (TOUR_OUT), so it depends on no other test and on no out/."""
import json
import os

import pytest

from conftest import NATIONAL, ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

TOUR = ROOT / "notebooks" / "tour.ipynb"
NATIONAL_CELLS = ("national", "diff", "panel", "chart")


def test_stored_without_outputs():
    nb = json.loads(TOUR.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    from pipeline.run import run

    out = tmp_path_factory.mktemp("tour") / "out"
    assert not run([str(ROOT / "raw")], out).errors
    return out


def execute(out, national) -> dict[str, str]:
    """Run the notebook from the project root; the text each tagged cell showed, images as <image>."""
    nb = nbformat.read(TOUR, as_version=4)
    env = {"TOUR_OUT": str(out), "TOUR_NATIONAL": str(national)}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)  # the kernel inherits the environment of this process
    try:
        # kernel "python3" is started with this interpreter (jupyter_client swaps `python` for sys.executable)
        nbclient.NotebookClient(nb, kernel_name="python3", timeout=600,
                                resources={"metadata": {"path": str(ROOT)}}).execute()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    shown = {}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        text = []
        for o in cell.outputs:
            assert o.output_type != "error", o
            if "text" in o:
                text.append(o.text)
            for mime, data in o.get("data", {}).items():
                text.append("<image>" if mime.startswith("image/") else data if mime == "text/plain" else "")
        shown[cell.metadata["tags"][0]] = "\n".join(text)
    return shown


def test_tour_on_the_seed_without_the_national_reports(out, tmp_path):
    shown = execute(out, tmp_path / "no-national")
    assert "national reports: not here" in shown["parameters"]
    assert "category" in shown["load"] and "Int64" in shown["load"]
    # 2022 outcomes beside 2023 targets: 区级一般公共预算收入135亿元; 竣工25公里 then 25公里以上
    side = shown["side_by_side"]
    assert "2022 outcome" in side and "2023 target" in side
    assert "135亿元" in side and "25公里以上" in side and "约3亿美元" in side
    assert "表3 重点产业发展推进情况" in shown["table3"] and "3597万元" in shown["table3"]
    assert "10156亿元" in shown["sql"]
    for tag in NATIONAL_CELLS:
        assert shown[tag].startswith("skipped:"), tag
        assert "<image>" not in shown[tag]


def test_tour_with_the_national_reports(out):
    if not NATIONAL.is_dir():
        pytest.skip("../shared is absent")
    shown = execute(out, NATIONAL)
    assert "17 documents" in shown["national"]
    assert "6.5%－7%" in shown["national"] and "5.5%" in shown["national"]  # the 2016 and 2022 GDP targets
    # 2021 → 2022: GDP growth 2.3％ → 8.1%, its target 6% → 5.5%
    assert "2.3％" in shown["diff"] and "8.1%" in shown["diff"]
    assert "exceeded" in shown["panel"] and "met" in shown["panel"]
    assert "<image>" in shown["chart"]
