"""`make bench`: quality on public Vietnamese data against baselines, and speed/memory as the
collection grows. Prints every table and rewrites docs/BENCHMARKS.md (with PNG plots).

Data: ../shared/datasets (evaluation only, read in place). Work files go to bench-data/ (not in git);
embeddings are cached there by content hash, so a second run skips the embedder.

    python scripts/bench.py [--skip-quality] [--skip-scale] [--max-chunks 100000]
"""
import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.benchmarks.quality import quality  # noqa: E402
from scripts.benchmarks.report import WORK, write_doc  # noqa: E402
from scripts.benchmarks.scale import scale  # noqa: E402
from scripts.benchmarks.speed import speed  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-quality", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--max-chunks", type=int, default=100_000)
    args = ap.parse_args()
    WORK.mkdir(exist_ok=True)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if not args.skip_quality:
        quality()
    if not args.skip_speed:
        speed()
    if not args.skip_scale:
        scale(args.max_chunks)
    write_doc(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
