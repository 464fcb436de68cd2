"""A store on a read-only disk (a shared copy, a mounted backup): it lists and answers, it says it
cannot be written, and nothing in it changes. Read-only is made the way users meet it, a read-only
mount (as root, file modes do not stop writes); skipped where mounting is not allowed."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers import read_only

pytestmark = pytest.mark.integration


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def read_only_store(store_copy, tmp_path):
    with read_only(store_copy, tmp_path / "ro") as paths:
        yield paths


def run(store, *args):
    return subprocess.run([sys.executable, "-m", "assistant", *args, "--store", str(store)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_read_only_store_lists_answers_and_refuses_writes(read_only_store):
    store, backing = read_only_store
    before = digest(backing)
    listed = run(store, "reports")
    assert listed.returncode == 0 and "bao-cao-6-thang-dau-nam-2021" in listed.stdout, listed.stderr
    asked = run(store, "ask", "Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    assert asked.returncode == 0 and "106" in asked.stdout, asked.stderr
    doctor = run(store, "doctor")
    assert doctor.returncode == 0 and "chỉ đọc" in doctor.stdout, doctor.stdout + doctor.stderr
    removed = run(store, "remove", "bao-cao-6-thang-dau-nam-2021")
    assert removed.returncode != 0 and "chỉ đọc" in removed.stdout + removed.stderr
    assert digest(backing) == before
