"""Fixtures of the fast tests: the sample reports in a store held in memory (no Chroma, no model)."""
from __future__ import annotations

import pytest

from tests.conftest import H1, H2, YEAR
from tests.fakes import FakeStore


@pytest.fixture(scope="session")
def fake_store() -> FakeStore:
    """The three sample reports, parsed and chunked by the indexer's code, held in memory."""
    return FakeStore([H1, YEAR, H2])


@pytest.fixture(scope="session")
def fake_assistant(fake_store, tmp_path_factory):
    from assistant import Assistant, Settings

    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=fake_store)
