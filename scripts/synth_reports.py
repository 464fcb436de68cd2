"""Synthetic reports for load and scale runs: the sample reports' text with figures and unit
names varied (deterministic), written under a folder outside git."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = ["Hải Dương", "Bắc Ninh", "Hưng Yên", "Thái Bình", "Nam Định", "Hà Nam", "Ninh Bình", "Quảng Ninh",
         "Hải Phòng", "Vĩnh Phúc", "Phú Thọ", "Bắc Giang", "Thái Nguyên", "Lạng Sơn", "Hòa Bình", "Sơn La"]


def vary(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        raw = m.group(0)
        if re.fullmatch(r"(19|20)\d\d", raw):
            return raw  # keep years
        digits = raw.replace(".", "")
        value = max(1, int(int(digits) * rng.uniform(0.6, 1.6)))
        out = f"{value:,}".replace(",", ".") if "." in raw or value >= 1000 else str(value)
        return out.zfill(len(raw)) if raw.startswith("0") else out
    return re.sub(r"(?<![\d/,.-])\d{1,3}(?:\.\d{3})*(?![\d/])", repl, text)


def write(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    sources = [(ROOT / "samples" / "bao-cao-6-thang-dau-nam-2021.md").read_text(encoding="utf-8"),
               (ROOT / "samples" / "bao-cao-nam-2021.md").read_text(encoding="utf-8")]
    paths = []
    for i in range(n):
        text = vary(sources[i % 2], rng).replace("Hải Dương", UNITS[i % len(UNITS)])
        path = out / f"bao-cao-tong-hop-{i + 1:03d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    dest = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench-data" / "reports"
    print("\n".join(str(p) for p in write(n, dest)))
