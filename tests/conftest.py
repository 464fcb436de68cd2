from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
H1 = SAMPLES / "bao-cao-6-thang-dau-nam-2021.md"
YEAR = SAMPLES / "bao-cao-nam-2021.md"
H2 = SAMPLES / "bao-cao-6-thang-dau-nam-2022.md"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A real on-disk store with the three sample reports indexed (built once per test run)."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    path = tmp_path_factory.mktemp("store")
    a = Assistant(Settings(store=path))
    results, failures = a.index([SAMPLES], progress=False)
    assert not failures and len(results) == 3
    return path


@pytest.fixture(scope="session")
def assistant(sample_store):
    from assistant.service import Assistant
    from assistant.settings import Settings

    return Assistant(Settings(store=sample_store))


@pytest.fixture()
def store_copy(sample_store, tmp_path) -> Path:
    """A private copy of the sample store for tests that change it (no re-embedding needed)."""
    dest = tmp_path / "store"
    shutil.copytree(sample_store, dest)
    return dest
