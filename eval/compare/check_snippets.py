"""Check the hand-written comparison labels for the Sơn Hà report series (eval/compare/*.json).

For every JSON file in eval/compare/ whose "a" report (or, for a trend file, every report in "reports")
is a Markdown file in tests/data/series/, it checks that:
  - each snippet ("a"/"b" of pairs and disagreements, "snippet" of trend points) occurs exactly once in its
    report, after NFC normalisation, removing "**" and leading "#" marks and collapsing whitespace;
  - each snippet has 4-15 words and contains its value's number(s) (and the whole value as written);
  - every disagreement is also a pair, with different values; pairs listed as disagreements differ;
  - section headings ("sections", "sections_only_a/b") are numbered headings of the right report, and no
    heading is both matched and listed as "only";
  - trend points follow the order of "reports".

    .venv/bin/python eval/compare/check_snippets.py
Prints one line per problem and exits 1 if there is any; prints "ok ..." otherwise.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SERIES = ROOT / "tests" / "data" / "series"
NUM = re.compile(r"\d(?:[\d.,/]*\d)?")
HEADING = re.compile(r"^(?:[IVXLC]+|\d+)\.\s+(.+)$")


def _clean_lines(path: Path) -> list[str]:
    out = []
    for line in unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).splitlines():
        line = line.replace("**", "")
        line = re.sub(r"^\s*#+\s*", "", line)
        out.append(" ".join(line.split()))
    return out


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).replace("**", "").split())


class Report:
    def __init__(self, name: str):
        self.name = name
        self.path = SERIES / f"{name}.md"
        lines = _clean_lines(self.path)
        self.text = " ".join(l for l in lines if l)
        self.headings = set()
        for l in lines:
            m = HEADING.match(l)
            if m:
                self.headings.add(m.group(1).strip())


def check_snippet(problems: list[str], where: str, rep: Report, snippet, value) -> None:
    if not isinstance(snippet, str) or not isinstance(value, str) or not snippet or not value:
        problems.append(f"{where}: snippet/value missing or not a string")
        return
    s = _norm(snippet)
    n = rep.text.count(s)
    if n != 1:
        problems.append(f"{where}: snippet occurs {n} times in {rep.name}: {snippet!r}")
    words = len(s.split())
    if not 4 <= words <= 15:
        problems.append(f"{where}: snippet has {words} words (want 4-15): {snippet!r}")
    nums = NUM.findall(value)
    if not nums:
        problems.append(f"{where}: value has no number: {value!r}")
    for x in nums:
        if x not in s:
            problems.append(f"{where}: value number {x!r} not in snippet {snippet!r}")
    if _norm(value) not in s:
        problems.append(f"{where}: value {value!r} not written as such in snippet {snippet!r}")


def check_compare(problems: list[str], fname: str, data: dict, reports: dict) -> int:
    for key in ("a", "b", "split", "pairs", "sections", "sections_only_a", "sections_only_b", "disagreements"):
        if key not in data:
            problems.append(f"{fname}: missing key {key!r}")
    ra, rb = reports[data["a"]], reports[data["b"]]
    seen = set()
    pair_keys = {}
    for i, p in enumerate(data.get("pairs", [])):
        where = f"{fname} pairs[{i}] ({p.get('label')})"
        if set(p) != {"label", "a", "a_value", "b", "b_value", "optional"}:
            problems.append(f"{where}: keys {sorted(p)}")
        if not isinstance(p.get("optional"), bool):
            problems.append(f"{where}: optional must be true/false")
        check_snippet(problems, where + " a", ra, p.get("a"), p.get("a_value"))
        check_snippet(problems, where + " b", rb, p.get("b"), p.get("b_value"))
        for side in ("a", "b"):
            k = (side, p.get(side))
            if k in seen:
                problems.append(f"{where}: snippet {side} used by two pairs: {p.get(side)!r}")
            seen.add(k)
        pair_keys[(p.get("a"), p.get("b"))] = p
    for i, d in enumerate(data.get("disagreements", [])):
        where = f"{fname} disagreements[{i}] ({d.get('label')})"
        if set(d) != {"label", "a", "a_value", "b", "b_value"}:
            problems.append(f"{where}: keys {sorted(d)}")
        check_snippet(problems, where + " a", ra, d.get("a"), d.get("a_value"))
        check_snippet(problems, where + " b", rb, d.get("b"), d.get("b_value"))
        p = pair_keys.get((d.get("a"), d.get("b")))
        if p is None:
            problems.append(f"{where}: not also listed in pairs")
        if _norm(d.get("a_value", "")) == _norm(d.get("b_value", "")):
            problems.append(f"{where}: values are equal")
    for i, s in enumerate(data.get("sections", [])):
        if s.get("a") not in ra.headings:
            problems.append(f"{fname} sections[{i}]: {s.get('a')!r} is not a numbered heading of {ra.name}")
        if s.get("b") not in rb.headings:
            problems.append(f"{fname} sections[{i}]: {s.get('b')!r} is not a numbered heading of {rb.name}")
    for side, rep in (("a", ra), ("b", rb)):
        matched = {s.get(side) for s in data.get("sections", [])}
        only = data.get(f"sections_only_{side}", [])
        for h in only:
            if h not in rep.headings:
                problems.append(f"{fname} sections_only_{side}: {h!r} is not a numbered heading of {rep.name}")
            if h in matched:
                problems.append(f"{fname} sections_only_{side}: {h!r} is also matched in sections")
        missing = rep.headings - matched - set(only)
        for h in sorted(missing):
            problems.append(f"{fname}: heading {h!r} of {rep.name} is neither matched nor listed as only_{side}")
    return len(data.get("pairs", []))


def check_trend(problems: list[str], fname: str, data: dict, reports: dict) -> int:
    order = data["reports"]
    for i, s in enumerate(data.get("series", [])):
        where = f"{fname} series[{i}] ({s.get('label')})"
        if not s.get("topic"):
            problems.append(f"{where}: no topic")
        pts = s.get("points", [])
        names = [p.get("report") for p in pts]
        if names != [r for r in order if r in names] or len(set(names)) != len(names):
            problems.append(f"{where}: points not in report order: {names}")
        for j, p in enumerate(pts):
            check_snippet(problems, f"{where} points[{j}]", reports[p["report"]], p.get("snippet"), p.get("value"))
    return len(data.get("series", []))


def main() -> int:
    problems: list[str] = []
    reports: dict[str, Report] = {}

    def get(name: str):
        if name not in reports:
            if not (SERIES / f"{name}.md").exists():
                return None
            reports[name] = Report(name)
        return reports[name]

    summary = []
    for path in sorted(HERE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "reports" in data and "series" in data:
            if not all(get(r) for r in data["reports"]):
                continue
            summary.append(f"{path.name}: {check_trend(problems, path.name, data, reports)} series")
        elif "a" in data and get(data["a"]):
            if not get(data["b"]):
                problems.append(f"{path.name}: report {data['b']!r} not found in {SERIES}")
                continue
            n = check_compare(problems, path.name, data, reports)
            summary.append(f"{path.name}: {n} pairs, {len(data.get('disagreements', []))} disagreements")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("ok " + "; ".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
