"""What every benchmark shares: where data and work files live, the tables it prints and the
sections of docs/BENCHMARKS.md it rewrites."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT.parent / "shared" / "datasets"
WORK = ROOT / "bench-data"
DOC = ROOT / "docs" / "BENCHMARKS.md"
SECTIONS: dict[str, str] = {}  # name -> markdown, in the order the doc shows them


def table(headers: list[str], rows: list[list]) -> str:
    def fmt(v):
        return f"{v:.3f}" if isinstance(v, float) and abs(v) < 10 else (f"{v:.0f}" if isinstance(v, float) else str(v))
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(fmt(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def emit(name: str, text: str) -> None:
    print(f"\n## {name}\n{text}", flush=True)
    SECTIONS[name] = text


def write_doc(args) -> None:
    head = (f"# Benchmarks\n\nMeasured on {date.today().isoformat()} on the project's 2-core, no-GPU machine with "
            "`make bench` (`python scripts/bench.py`; `--skip-quality`, `--skip-speed`, `--skip-scale` run parts, and "
            "sections a run skips are kept from the run before). Every table comes from one run; timings are noisy on "
            "shared cores, so comparisons are made side by side in the same run. Work files live in `bench-data/` "
            "(not in git); the data sets are read from `../shared/datasets/` and never copied.\n")
    old = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    body = []
    for name, text in SECTIONS.items():
        body.append(f"## {name}\n\n{text}\n")
    # keep sections of an earlier run that this run skipped
    for m in re.finditer(r"^## (.+?)\n\n(.*?)(?=^## |\Z)", old, re.S | re.M):
        if m.group(1) not in SECTIONS:
            body.append(f"## {m.group(1)}\n\n{m.group(2).strip()}\n")
    DOC.write_text(head + "\n" + "\n".join(body), encoding="utf-8")
    print(f"\nwrote {DOC}")
