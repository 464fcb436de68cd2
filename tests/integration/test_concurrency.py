"""Twenty chat sessions at once against one served app, while a report is uploaded."""
from __future__ import annotations

import re
import statistics
import threading
import time

from gradio_client import Client
from playwright.sync_api import expect

from tests.helpers import write_docx

# (question, follow-up, what the first answer must say, what the follow-up must say)
SCRIPTS = [
    ("Trong 6 tháng đầu năm 2021 có bao nhiêu đảng viên bị cảnh cáo?", "Còn cách chức thì sao?", "08", "cách chức 01"),
    ("Năm 2021 có bao nhiêu đảng viên bị cảnh cáo?", "Còn khai trừ thì sao?", "31", "khai trừ 07"),
    ("Năm 2021 có bao nhiêu đảng viên bị khai trừ?", "Còn cảnh cáo thì sao?", "07", "cảnh cáo 31"),
    ("Trong 6 tháng đầu năm 2021 có bao nhiêu đảng viên bị khiển trách?", "Còn khai trừ thì sao?", "96", "khai trừ 01"),
]


def bot_text(history) -> str:
    """The last bot message as plain text (Gradio 6 sends content as a list of parts)."""
    content = history[-1]["content"]
    if isinstance(content, list):
        content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return re.sub(r"<[^>]+>", "", content).replace("\\", "")


def test_twenty_sessions_with_an_upload(server, browser, tmp_path):
    results: dict[int, tuple[str, str]] = {}
    latencies: list[float] = []
    errors: list[str] = []

    def session(i: int) -> None:
        try:
            q, follow, _, _ = SCRIPTS[i % len(SCRIPTS)]
            client = Client(server, verbose=False)  # one client, one session, one history
            t = time.perf_counter()
            first = client.predict(q, [], [], api_name="/chat")
            latencies.append(time.perf_counter() - t)
            t = time.perf_counter()
            second = client.predict(follow, first[0], [], api_name="/chat")
            latencies.append(time.perf_counter() - t)
            results[i] = (bot_text(first[0]), bot_text(second[0]))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{i}: {exc!r}")

    threads = [threading.Thread(target=session, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    # meanwhile, someone uploads a report through the page
    page = browser.new_page()
    page.goto(server)
    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    doc = write_docx(tmp_path / "bao-cao-quy-2-nam-2023.docx", [
        "BÁO CÁO", "kết quả công tác quý II năm 2023", "I. KẾT QUẢ", "1. Công tác kết nạp",
        "Toàn tỉnh kết nạp 188 đảng viên mới trong quý."])
    page.set_input_files("#upload input[type=file]", [str(doc)])
    page.click("#upload-btn")
    for t in threads:
        t.join(timeout=300)
    expect(page.locator("#upload-log textarea")).to_have_value(re.compile("đã thêm"), timeout=120_000)
    page.close()
    assert not errors and len(results) == 20
    for i, (first, second) in results.items():
        _, _, want1, want2 = SCRIPTS[i % len(SCRIPTS)]
        assert want1 in first, (i, first)
        assert want2 in second.split("[")[0], (i, second)  # each follow-up read against its own history
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"20 sessions x 2 questions: p50 {statistics.median(latencies):.2f} s, p95 {p95:.2f} s")
