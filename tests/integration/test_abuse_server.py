"""Issue #14 against a real running server: floods, the bounded queue, login lockout (marker
`stress`: `make stress`), and in a real browser the user's own question shown as text and an
upload's original gone from Gradio's folder (default run)."""
from __future__ import annotations

import concurrent.futures as cf
import re
import subprocess
import time
from collections import Counter

import httpx
import pytest
from playwright.sync_api import expect

from tests.integration.conftest import start_server

QUESTION = "Có bao nhiêu đảng viên bị thi hành kỷ luật?"


def stop(proc) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def call_ask(url: str, question: str, timeout: float = 180) -> tuple[int, str]:
    """POST /gradio_api/call/ask and read its result stream: (status of the POST, result text)."""
    r = httpx.post(url + "gradio_api/call/ask", json={"data": [question, None]}, timeout=30)
    if r.status_code != 200:
        return r.status_code, r.text
    with httpx.stream("GET", url + f"gradio_api/call/ask/{r.json()['event_id']}", timeout=timeout) as s:
        return 200, "".join(s.iter_text())


def flood(url: str, n: int, workers: int = 32) -> Counter:
    """n POSTs whose results are never read (the abuse of the issue)."""
    def post(i: int):
        try:
            return httpx.post(url + "gradio_api/call/ask", json={"data": [f"kỷ luật {i}", None]}, timeout=60).status_code
        except httpx.HTTPError as exc:
            return type(exc).__name__

    with cf.ThreadPoolExecutor(workers) as ex:
        return Counter(ex.map(post, range(n)))


@pytest.mark.stress
def test_a_flood_is_refused_per_client_and_the_server_recovers(store_copy):
    proc, url = start_server(store_copy, env={"ASSISTANT_RATE_PER_MINUTE": "60", "ASSISTANT_RATE_BURST": "20"})
    try:
        codes = flood(url, 400)
        assert codes[200] <= 40 and codes[429] >= 350, codes  # the burst and what refills during the flood
        r = httpx.post(url + "gradio_api/call/ask", json={"data": [QUESTION, None]}, timeout=30)
        if r.status_code == 429:
            assert "Hệ thống đang bận" in r.json()["detail"]
            time.sleep(int(r.headers["retry-after"]) + 1)
        status, body = call_ask(url, QUESTION)
        assert status == 200 and "106" in body, body[-500:]
        assert "Queue is stopped" not in open(proc.log_path).read()
    finally:
        stop(proc)


@pytest.mark.stress
def test_a_full_queue_answers_busy_in_vietnamese_and_drains(store_copy):
    # a generous rate (as from many clients) and a small queue: the queue bound is what holds
    proc, url = start_server(store_copy, env={"ASSISTANT_RATE_PER_MINUTE": "100000", "ASSISTANT_RATE_BURST": "100000",
                                              "ASSISTANT_QUEUE_MAX_SIZE": "8", "ASSISTANT_CONCURRENCY": "1"})
    try:
        codes = flood(url, 300)
        assert codes[503] > 0 and codes[200] + codes[503] == 300, codes
        r = httpx.post(url + "gradio_api/call/ask", json={"data": [QUESTION, None]}, timeout=30)
        if r.status_code == 503:
            assert r.json()["detail"] == "Hệ thống đang bận: hàng đợi đã đầy. Hãy thử lại sau ít phút."
        deadline = time.time() + 240
        while True:  # the queued jobs finish; then a question goes through again
            status, body = call_ask(url, QUESTION)
            if status == 200 or time.time() > deadline:
                break
            time.sleep(3)
        assert status == 200 and "106" in body, body[-300:]
    finally:
        stop(proc)


@pytest.mark.stress
def test_failed_logins_are_delayed_then_locked_out(store_copy):
    proc, url = start_server(store_copy, "--auth", "canbo:mat-khau-1",
                             env={"ASSISTANT_LOGIN_MAX_FAILURES": "3", "ASSISTANT_LOGIN_LOCKOUT_S": "20"})
    try:
        def login(pw: str) -> httpx.Response:
            return httpx.post(url + "login", data={"username": "canbo", "password": pw}, timeout=60)

        times = []
        for _ in range(2):
            t = time.time()
            assert login("sai").status_code == 400
            times.append(time.time() - t)
        assert times[1] > times[0] >= 0.9  # each failure answers later than the last
        third = login("sai")
        assert third.status_code == 429 and "tạm khóa đăng nhập" in third.json()["detail"]
        locked = login("mat-khau-1")  # even the right password waits out the lockout
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) >= 1
        time.sleep(int(locked.headers["retry-after"]) + 1)
        assert login("mat-khau-1").status_code == 200
    finally:
        stop(proc)


TIMEOUT = 60_000


def test_the_users_own_question_is_shown_as_text(browser, server):
    page = browser.new_page()
    fetched = []
    page.on("request", lambda r: fetched.append(r.url) if "attacker.invalid" in r.url else None)
    page.goto(server)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    question = ("![x](http://attacker.invalid/a.png) <img src=http://attacker.invalid/b.png> "
                "<script>alert(1)</script> Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    page.fill("#question textarea", question)
    page.keyboard.press("Enter")
    # the answer has come (the markup's words are searched too, so it may be a refusal)
    expect(page.locator("#chatbot")).to_contain_text("Các báo cáo", timeout=TIMEOUT)
    # what was typed is shown as characters (a bare URL may still be linked: a link is not fetched)
    expect(page.locator("#chatbot")).to_contain_text("<img src=")
    expect(page.locator("#chatbot")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator("#chatbot")).to_contain_text("![x](")
    page.wait_for_timeout(500)
    assert page.locator("#chatbot img").count() == 0 and page.locator("#chatbot script").count() == 0
    assert fetched == []
    page.close()


def test_an_uploaded_original_is_deleted_once_indexed(browser, store_copy, tmp_path):
    gradio_tmp = tmp_path / "gradio-tmp"
    proc, url = start_server(store_copy, env={"GRADIO_TEMP_DIR": str(gradio_tmp)})
    try:
        f = tmp_path / "bao-cao-quy-2-nam-2025.md"
        f.write_text("BÁO CÁO\n\nkết quả công tác quý II năm 2025\n\nI. KẾT QUẢ\n\n1. Công tác dân vận\n\n"
                     "Tổ chức 8642 buổi tiếp xúc cử tri trong quý.\n", encoding="utf-8")
        page = browser.new_page()
        page.goto(url)
        page.wait_for_selector("#question textarea", timeout=TIMEOUT)
        page.get_by_role("tab", name="Báo cáo", exact=True).click()
        page.set_input_files("#upload input[type=file]", [str(f)])
        page.click("#upload-btn")
        expect(page.locator("#upload-log textarea")).to_have_value(re.compile("đã thêm"), timeout=TIMEOUT)
        left = [p for p in gradio_tmp.rglob("*") if p.is_file() and b"8642 bu" in p.read_bytes()]
        assert left == []  # neither kept on disk nor downloadable from Gradio's file route
        page.close()
    finally:
        stop(proc)


def test_the_upload_route_refuses_a_file_over_the_limit(store_copy, tmp_path):
    gradio_tmp = tmp_path / "gradio-tmp"
    proc, url = start_server(store_copy, env={"ASSISTANT_MAX_FILE_MB": "0.1", "GRADIO_TEMP_DIR": str(gradio_tmp)})
    try:
        big = ("Kết nạp đảng viên. " * 20_000).encode("utf-8")  # ~0.5 MB
        r = httpx.post(url + "gradio_api/upload", files={"files": ("lon.md", big, "text/markdown")}, timeout=60)
        assert r.status_code == 413
        assert not [p for p in gradio_tmp.rglob("*") if p.is_file() and p.stat().st_size >= len(big)]
        small = httpx.post(url + "gradio_api/upload", files={"files": ("nho.md", b"BAO CAO", "text/markdown")}, timeout=60)
        assert small.status_code == 200
    finally:
        stop(proc)
