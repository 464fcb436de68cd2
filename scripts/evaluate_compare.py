"""Comparisons and trends against hand-written expectations (eval/compare/*.json).

For each pair of reports a person listed every pair of figures that measure the same indicator
(some marked optional: arguable), the sections that cover the same topic, and where two reports of
one period disagree. This prints, per file and per split:
- row precision: rows whose two figures are one expected pair (rows on optional pairs not counted);
- row recall: expected (not optional) pairs found as a row;
- section pairs precision/recall, labels unique, disagreements found;
- for eval/compare/series-trend.json, the share of expected series found whole and in period order.

Run: python scripts/evaluate_compare.py [--store DIR] [--verbose]   (make eval runs it)"""
from __future__ import annotations

import argparse
from collections import Counter
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from index.textnorm import fold  # noqa: E402

REAL_DIR = ROOT.parent / "shared" / "reports" / "real"
EXPECTED = ROOT / "eval" / "compare"
SOURCES = [ROOT / "samples", ROOT / "tests" / "data" / "series", ROOT / "tests" / "data" / "series_tune",
           ROOT / "tests" / "data" / "series_tune2"]


def find_span(text: str, snippet: str) -> tuple[int, int] | None:
    """Where a hand-copied snippet stands in the report text (whitespace and markdown marks free)."""
    words = snippet.replace("**", "").split()
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (m.start(), m.end()) if m else None


def value_at(text: str, snippet: str, value: str, label: str = "") -> int | None:
    """Offset of the figure's number inside its snippet; when the number stands twice there
    ('khiển trách 01, cảnh cáo 01'), the one whose preceding words the label shares most."""
    span = find_span(text, snippet)
    number = re.search(r"\d[\d.,]*\d|\d", value)
    if span is None or number is None:
        return None
    digits = number.group(0)
    words = set(label.lower().split())
    found = []
    for m in re.finditer(re.escape(digits), text[span[0]:span[1]]):
        at = span[0] + m.start()
        if (text[at - 1] if at > 0 else " ").isdigit() or (text[at + len(digits):at + len(digits) + 1]).isdigit():
            continue
        before = set(text[max(span[0], at - 25):at].lower().split())
        found.append((-len(words & before), len(found), at))
    return min(found)[2] if found else None


def _title(t: str) -> str:
    return " ".join(fold(t).replace(":", " ").split()).strip(" .")


def evaluate_pair(a: Assistant, exp: dict) -> dict | None:
    ra, rb = a.report(exp["a"]), a.report(exp["b"])
    if ra is None or rb is None:
        return None
    pairs, _, _ = a.comparer.align(ra, rb)
    comparison = a.compare(ra.id, rb.id)
    labels = [r.indicator for r in comparison.rows]
    want = []
    for p in exp["pairs"]:
        pa, pb = value_at(ra.text, p["a"], p["a_value"], p["label"]), value_at(rb.text, p["b"], p["b_value"], p["label"])
        want.append((pa, pb, p.get("optional", False), p["label"]))
    known_a = {w[0] for w in want}
    known_b = {w[1] for w in want}
    right = wrong = optional = 0
    found = set()
    wrong_rows = []
    def same(text: str, x: int | None, y: int) -> bool:
        # a sentence the report repeats word for word: either copy is the figure
        def sentence(z: int) -> str:
            start = max(text.rfind(c, 0, z) for c in ".\n!?") + 1
            ends = [e for e in (text.find(c, z) for c in ".\n!?") if e >= 0]
            return text[start:min(ends) if ends else len(text)].strip() + f"@{z - start - (len(text[start:z]) - len(text[start:z].lstrip()))}"

        return x is not None and (x == y or sentence(x) == sentence(y))

    for p in pairs:
        hit = next((w for w in want if same(ra.text, w[0], p.a.start) and same(rb.text, w[1], p.b.start)), None)
        if hit is None:
            wrong += 1
            wrong_rows.append(f"{p.a.raw} ({p.a.section}) ↔ {p.b.raw} ({p.b.section}): {p.a.context[:50]} | {p.b.context[:50]}"
                              + ("" if p.a.start in known_a or p.b.start in known_b else " [neither listed]"))
        elif hit[2]:
            optional += 1
            found.add(hit)
        else:
            right += 1
            found.add(hit)
    # disagreements: expected ones shown as such (rows follow the alignment's order)
    flagged = {(p.a.start, p.b.start) for p, row in zip(pairs, comparison.rows) if row.disagree}
    dis_want = [(value_at(ra.text, d["a"], d["a_value"], d["label"]), value_at(rb.text, d["b"], d["b_value"], d["label"]))
                for d in exp.get("disagreements", [])]
    dis_found = sum(1 for x, y in dis_want if any(same(ra.text, x, fa) and same(rb.text, y, fb) for fa, fb in flagged))
    must = [w for w in want if not w[2]]
    missing = [w[3] for w in must if w not in found]
    unlocated = [w[3] for w in want if w[0] is None or w[1] is None]
    # sections
    from assistant.compare import align_sections

    got_sec = {(_title(x.title), _title(y.title)) for x, y, _ in align_sections(ra, rb)}
    want_sec = {(_title(s["a"]), _title(s["b"])) for s in exp.get("sections", [])}
    sec_right = len(got_sec & want_sec)
    # only pairs between sections a person listed are judged (sub-levels they left out are not)
    listed_a = {x for x, _ in want_sec} | {_title(t) for t in exp.get("sections_only_a", [])}
    listed_b = {y for _, y in want_sec} | {_title(t) for t in exp.get("sections_only_b", [])}
    got_judged = {(x, y) for x, y in got_sec if x in listed_a and y in listed_b}
    return {"split": exp.get("split", "tune"), "rows": len(pairs), "right": right, "wrong": wrong,
            "optional": optional, "expected": len(must), "found": len(must) - len(missing), "missing": missing,
            "wrong_rows": wrong_rows, "disagreements": (dis_found, len(dis_want), len(flagged)), "unlocated": unlocated, "labels_unique": len(set(labels)) == len(labels),
            "sec_precision": sec_right / len(got_judged) if got_judged else 1.0,
            "sec_recall": sec_right / len(want_sec) if want_sec else 1.0,
            "sec_wrong": sorted(got_judged - want_sec), "sec_missing": sorted(want_sec - got_sec)}


def evaluate_trend(a: Assistant, exp: dict) -> dict | None:
    reports = [a.report(r) for r in exp["reports"]]
    if any(r is None for r in reports):
        return None
    ok, same_value, failed, modes = 0, 0, [], Counter()
    for s in exp["series"]:
        want = [(p["report"], value_at(a.report(p["report"]).text, p["snippet"], p["value"], s["label"]))
                for p in s["points"]]
        t = a.trend(s.get("topic") or s["label"], exp["reports"])
        got = [[(p.report, p.figure.start, p.figure.end) for p in ser.points] for ser in t.series]
        # a point is right when the cited sentence holds the expected figure
        strict = any(len(g) == len(want) and all(r == wr and st <= wp < en for (r, st, en), (wr, wp) in zip(g, want)
                                                 if wp is not None) for g in got)
        # lenient (printed beside): each point of the right report states the expected number, cited where
        # the report states it again (a table row that repeats the prose's '98,2%')
        numbers = [(p["report"], _number(p["value"])) for p in s["points"]]
        lenient = any(len(ser.points) == len(numbers) and all(
            p.report == wr and _number(p.figure.raw) == wn for p, (wr, wn) in zip(ser.points, numbers))
            for ser in t.series)
        same_value += strict or lenient
        if strict:
            ok += 1
        else:
            failed.append(s["label"])
            modes[_trend_mode(got, want)] += 1
    return {"split": exp.get("split", "heldout"), "series": len(exp["series"]), "right": ok, "failed": failed,
            "right_same_value": same_value,
            "modes": dict(modes)}


def _number(text: str) -> str:
    m = re.search(r"\d[\d.,]*\d|\d", text)
    return m.group(0) if m else text


def _trend_mode(got: list, want: list) -> str:
    """How a series failed, counted (the only view of held-out trend failures: no labels)."""
    def hits(g):
        return sum(any(r == wr and st <= wp < en for r, st, en in g) for wr, wp in want if wp is not None)
    best = max(got, key=hits, default=None)
    if best is None:
        return "no series for the topic"
    n = hits(best)
    if n == 0:
        return "no expected point in any series"
    if n == len(want) and len(best) > len(want):
        return "right points plus others"
    if len(best) < len(want) and all(any(r == wr and st <= wp < en for wr, wp in want if wp is not None)
                                     for r, st, en in best):
        return "series cut short (points missing)"
    return "a wrong figure in the series"


def run(store: Path, verbose: bool = False) -> dict:
    a = Assistant(Settings(store=store))
    sources = [p for p in SOURCES if p.exists()]
    if REAL_DIR.exists():
        sources += sorted(REAL_DIR.glob("*.docx"))
    a.index(sources, progress=False)
    out = {"pairs": {}, "trends": {}}
    for f in sorted(EXPECTED.glob("*.json")):
        exp = json.loads(f.read_text(encoding="utf-8"))
        if "series" in exp:
            res = evaluate_trend(a, exp)
            if res is not None:
                out["trends"][f.stem] = res
        else:
            res = evaluate_pair(a, exp)
            if res is not None:
                out["pairs"][f.stem] = res
    return out


def print_results(res: dict, verbose: bool = False) -> None:
    print(f"\n{'comparison (rows vs hand-written pairs)':<32}{'split':>8}{'rows':>6}{'prec':>7}{'recall':>8}"
          f"{'sec P':>7}{'sec R':>7}  labels")
    totals: dict[str, list[int]] = {}
    for name, r in res["pairs"].items():
        judged = r["right"] + r["wrong"]
        prec = r["right"] / judged if judged else 1.0
        rec = r["found"] / r["expected"] if r["expected"] else 1.0
        t = totals.setdefault(r["split"], [0, 0, 0, 0])
        t[0] += r["right"]
        t[1] += judged
        t[2] += r["found"]
        t[3] += r["expected"]
        print(f"{name:<32}{r['split']:>8}{r['rows']:>6}{prec:>7.2f}{rec:>8.2f}{r['sec_precision']:>7.2f}"
              f"{r['sec_recall']:>7.2f}  {'unique' if r['labels_unique'] else 'DUPLICATES'}")
        # held-out details are not printed: they are not for tuning
        if verbose and r["split"] == "tune":
            for w in r["wrong_rows"]:
                print(f"    wrong: {w}")
            for m in r["missing"]:
                print(f"    missing: {m}")
            for s in r["sec_wrong"]:
                print(f"    section wrong: {s}")
            for s in r["sec_missing"]:
                print(f"    section missing: {s}")
        found_d, want_d, flagged_d = r["disagreements"]
        if want_d or flagged_d:
            print(f"    disagreements shown {found_d}/{want_d} (rows flagged {flagged_d})")
        if r["unlocated"]:
            print(f"    (snippets not found in the parsed text: {len(r['unlocated'])})")
    for split, (right, judged, found, expected) in totals.items():
        print(f"  all [{split}]: row precision {right / max(1, judged):.3f} ({right}/{judged}), "
              f"recall {found / max(1, expected):.3f} ({found}/{expected})")
    for name, r in res["trends"].items():
        how = ", ".join(f"{k} {v}" for k, v in sorted(r.get("modes", {}).items()))
        print(f"trend {name} [{r['split']}]: series right {r['right']}/{r['series']}"
              f" (right value, cited where the report also states it: {r['right_same_value']}/{r['series']})"
              + (f" — failed: {how}" if how else ""))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", help="store to index into (reused); default a temporary one")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print_results(run(Path(args.store or tmp), args.verbose), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
