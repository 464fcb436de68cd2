"""The store on a real Chroma server (`chroma run` on 127.0.0.1), including a restart."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from tests.conftest import H1, YEAR
from tests.integration.conftest import free_port, wait_http

CHROMA = Path(sys.executable).parent / "chroma"


def start_chroma(path: Path, port: int) -> subprocess.Popen:
    log = open(path.parent / f"chroma-{port}.log", "a")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"],
                            stdout=log, stderr=subprocess.STDOUT)
    wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, 60)
    return proc


@pytest.fixture()
def chroma_server(tmp_path):
    port = free_port()
    data = tmp_path / "chroma-data"
    proc = start_chroma(data, port)
    holder = {"proc": proc, "port": port, "path": data}
    yield holder
    holder["proc"].terminate()
    holder["proc"].wait(timeout=20)


def test_index_and_ask_through_a_chroma_server_with_a_restart(chroma_server, tmp_path):
    url = f"http://127.0.0.1:{chroma_server['port']}"
    a = Assistant(Settings(store=tmp_path / "app-store", chroma_url=url))
    (r,), failures = a.index([YEAR], progress=False)
    assert not failures and r.status == "added"
    assert a.store.vectors._collection.count() == r.chunks
    assert "214" in a.ask("Năm 2021 có bao nhiêu đảng viên bị thi hành kỷ luật?").answer

    # restart the server in the middle of the session
    chroma_server["proc"].terminate()
    chroma_server["proc"].wait(timeout=20)
    during = a.ask("Năm 2021 có bao nhiêu đảng viên bị thi hành kỷ luật?")  # keyword search carries it
    assert "214" in during.answer
    chroma_server["proc"] = start_chroma(chroma_server["path"], chroma_server["port"])
    after = a.ask("Năm 2021 có bao nhiêu đảng viên bị khai trừ?")
    assert "07" in after.answer
    assert a.store.dense_search("kỷ luật đảng viên", 3)  # vectors survived the restart
    (r2,), _ = a.index([H1], progress=False)
    assert r2.status == "added"
    assert "106" in a.ask("Trong 6 tháng đầu năm 2021 có bao nhiêu đảng viên bị thi hành kỷ luật?").answer
    # the app store keeps no vectors of its own in server mode
    assert not (tmp_path / "app-store" / "chroma").exists()
