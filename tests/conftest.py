from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "raw" / "changning_2022_plan_report.txt"
NATIONAL = SHARED / "corpus" / "national"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_tables(seed_text):
    from pipeline import extract_document

    return extract_document(seed_text, "seed")


def national_text(year: int) -> str:
    path = NATIONAL / f"{year}.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the project)")
    return path.read_text(encoding="utf-8")
