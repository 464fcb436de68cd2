"""Core speed on this machine: cold indexing of the sample report, re-index of an unchanged one,
answer latency (p50/p95) once loaded, first answer text through the UI's streaming path, peak memory.

    python scripts/bench_core.py
"""
from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.stats import percentile  # noqa: E402


def main() -> int:
    t0 = time.perf_counter()
    from assistant.service import Assistant
    from assistant.settings import Settings

    import_s = time.perf_counter() - t0
    questions = [json.loads(l)["q"] for l in (ROOT / "eval" / "questions.jsonl").read_text().splitlines() if l.strip()]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        a = Assistant(Settings(store=Path(tmp)))
        open_s = time.perf_counter() - t
        t = time.perf_counter()
        (r,), _ = a.index([ROOT / "samples" / "bao-cao-6-thang-dau-nam-2021.md"], progress=False)
        cold = time.perf_counter() - t
        rows.append(("index sample report, cold", f"{cold:.1f} s", f"{r.chunks} chunks, {r.chunks / cold:.1f} chunks/s"))
        a.index([ROOT / "samples" / "bao-cao-nam-2021.md"], progress=False)
        t = time.perf_counter()
        results, _ = a.index([ROOT / "samples"], progress=False)
        rows.append(("re-index unchanged (both)", f"{(time.perf_counter() - t) * 1000:.0f} ms",
                     ",".join(x.status for x in results)))
        t = time.perf_counter()
        a.warm_up()
        rows.append(("warm-up (models, indexes)", f"{(time.perf_counter() - t) * 1000:.0f} ms", ""))
        times, first = [], []
        for _ in range(3):
            for q in questions:
                t = time.perf_counter()
                a.ask(q)
                times.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                next(iter(a.ask_stream(q)))
                first.append((time.perf_counter() - t) * 1000)
        times.sort()
        first.sort()
        rows.append(("answer latency p50 / p95", f"{percentile(times, .5):.0f} / {percentile(times, .95):.0f} ms",
                     f"{len(times)} answers"))
        rows.append(("first answer text (stream) p50 / max", f"{percentile(first, .5):.0f} / {max(first):.0f} ms", ""))
    rows.insert(0, ("import + open store", f"{import_s + open_s:.1f} s", ""))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak RSS", f"{peak:.0f} MB", ""))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>16}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>16}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
