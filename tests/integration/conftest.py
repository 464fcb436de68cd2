from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# Every test client comes from 127.0.0.1: twenty "users" would share one address's request budget.
# The flood tests (test_abuse_server.py) set the real limits.
NO_RATE_LIMIT = {"ASSISTANT_RATE_PER_MINUTE": "100000", "ASSISTANT_RATE_BURST": "100000"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store, *extra, env=None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    # The server's output goes to a file: an undrained pipe would fill and block the server.
    log = open(Path(store).parent / f"serve-{port}.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port), "--store", str(store),
                             *extra], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **NO_RATE_LIMIT, **(env or {})})
    proc.log_path = log.name
    url = f"http://127.0.0.1:{port}/"
    wait_http(url, proc, 120, log)
    return proc, url


def wait_http(url: str, proc: subprocess.Popen, seconds: float, log=None) -> None:
    """Wait until `url` answers; fail with the process's output if it exits first."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            if log is not None:
                log.seek(0)
            raise RuntimeError(f"server exited: {log.read() if log is not None else proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"{url} did not answer in {seconds:.0f} s")


@pytest.fixture()
def server(store_copy):
    proc, url = start_server(store_copy)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


def pytest_collection_modifyitems(config, items):
    """Everything under tests/integration builds a real store, serves the app or drives a browser:
    `pytest -m "not integration"` leaves it out."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)
