"""Flood a running server's `ask` endpoint with calls whose results are never read (issue #14),
then time how long until a normal question is answered again. Prints a table.

    python -m assistant serve --port 7860 &
    python scripts/flood.py http://127.0.0.1:7860 2500
"""
from __future__ import annotations

import concurrent.futures as cf
import sys
import time
from collections import Counter

import httpx

QUESTION = "Có bao nhiêu đảng viên bị thi hành kỷ luật?"


def main(url: str, n: int, workers: int = 32) -> None:
    url = url.rstrip("/") + "/"

    def post(i: int):
        try:
            return httpx.post(url + "gradio_api/call/ask", json={"data": [f"kỷ luật {i}", None]}, timeout=60).status_code
        except httpx.HTTPError as exc:
            return type(exc).__name__

    t0 = time.perf_counter()
    with cf.ThreadPoolExecutor(workers) as ex:
        codes = Counter(ex.map(post, range(n)))
    flood_s = time.perf_counter() - t0
    t1, tries, answered = time.perf_counter(), 0, False
    while time.perf_counter() - t1 < 300:
        tries += 1
        r = httpx.post(url + "gradio_api/call/ask", json={"data": [QUESTION, None]}, timeout=60)
        if r.status_code == 200:
            with httpx.stream("GET", url + f"gradio_api/call/ask/{r.json()['event_id']}", timeout=300) as s:
                answered = "106" in "".join(s.iter_text())
            break
        time.sleep(float(r.headers.get("retry-after", 2)))
    recovery_s = time.perf_counter() - t1
    print("| requests | accepted (200) | refused 429 | busy 503 | other | flood s | recovery s | tries | answered |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    other = n - codes[200] - codes[429] - codes[503]
    print(f"| {n} | {codes[200]} | {codes[429]} | {codes[503]} | {other} | {flood_s:.1f} | {recovery_s:.1f} | {tries} | {answered} |")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 500)
