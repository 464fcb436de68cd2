"""Time from pressing Enter to the first answer text in the browser, idle and while another
session uploads 20 reports. Starts its own server on a temporary copy of the sample store.

    python scripts/bench_ui.py [--uploads 20]
"""
from __future__ import annotations

import argparse
import os
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.stats import percentile  # noqa: E402
from scripts.synth_reports import write  # noqa: E402
from tests.integration.conftest import CHROMIUM_ARGS, start_server  # noqa: E402

QUESTIONS = [json.loads(l)["q"] for l in (ROOT / "eval" / "questions.jsonl").read_text().splitlines() if l.strip()]


def first_text_ms(page, question: str) -> float:
    n = page.locator("#chatbot [data-testid=user]").count()
    page.fill("#question textarea", question)
    t = time.perf_counter()
    page.keyboard.press("Enter")
    # the assistant bubble shows "…" first, then the first answer text
    page.wait_for_function(
        """(n) => { const users = document.querySelectorAll('#chatbot [data-testid=user]');
                    const bots = document.querySelectorAll('#chatbot [data-testid=bot]');
                    if (users.length <= n || bots.length < users.length) return false;
                    const last = bots[bots.length - 1].innerText.trim();
                    return last.length > 3 && last !== '…'; }""",
        arg=n, timeout=int(os.environ.get("UI_WAIT_MS", "60000")))
    return (time.perf_counter() - t) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--uploads", type=int, default=20)
    args = ap.parse_args()
    from assistant.service import Assistant
    from assistant.settings import Settings
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        Assistant(Settings(store=store)).index([ROOT / "samples"], progress=False)
        reports = write(args.uploads, Path(tmp) / "reports")
        proc, url = start_server(store)
        rows = []
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 950})
                page.goto(url)
                page.wait_for_selector("#question textarea", timeout=int(os.environ.get("UI_WAIT_MS", "60000")))
                first_text_ms(page, "khởi động")  # the page's own first load
                idle = []
                for q in QUESTIONS[:20]:
                    idle.append(first_text_ms(page, q))
                    print(f"idle {len(idle)}: {idle[-1]:.0f} ms", file=sys.stderr, flush=True)
                rows.append(("idle", idle))

                up = browser.new_page()
                up.goto(url)
                up.wait_for_selector("#question textarea", timeout=int(os.environ.get("UI_WAIT_MS", "60000")))
                up.get_by_role("tab", name="Báo cáo", exact=True).click()
                up.set_input_files("#upload input[type=file]", [str(r) for r in reports])
                t_up = time.perf_counter()
                up.click("#upload-btn")
                done = threading.Event()
                busy = []
                while not done.is_set():
                    busy.append(first_text_ms(page, QUESTIONS[len(busy) % len(QUESTIONS)]))
                    log = up.locator("#upload-log textarea").input_value()
                    if log.count("✔") + log.count("✘") >= len(reports):
                        done.set()
                    if time.perf_counter() - t_up > 1800:
                        break
                upload_s = time.perf_counter() - t_up
                rows.append((f"during {len(reports)}-report upload", busy))
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"{'condition':<28}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for name, vals in rows:
        vals = sorted(vals)
        print(f"{name:<28}{len(vals):>5}{percentile(vals, .5):>9.0f}{percentile(vals, .95):>9.0f}"
              f"{vals[-1]:>9.0f}")
    print(f"upload of {len(reports)} reports took {upload_s:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
