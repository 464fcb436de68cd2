"""Accuracy of the assistant on its own question set (eval/questions.jsonl) over the bundled
samples: answer correctness, right section cited, figure grounding, refusals, retrieval hit@3.

    python scripts/evaluate.py [--store DIR] [--questions FILE] [--verbose]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.figures import answer_figures, find_quantities  # noqa: E402
from index.textnorm import fold  # noqa: E402
from assistant.messages import msg
from assistant.service import Assistant, Conversation  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from scripts.stats import percentile  # noqa: E402


def ungrounded_figures(answer) -> list[str]:
    """Figures in the answer text that no cited quote (or cited report title) contains."""
    allowed: set[float] = set()
    for c in answer.citations:
        allowed |= {q.value for q in find_quantities(c.quote)}
        allowed |= {q.value for q in find_quantities(c.report_title)}
    return [q.text for q in answer_figures(answer.answer) if q.value not in allowed]


def ans_reports(assistant: Assistant, item: dict, conv: Conversation) -> list[str] | None:
    return conv.last.reports if item.get("history") and conv.last else None


def evaluate(assistant: Assistant, questions: list[dict], verbose: bool = False) -> dict:
    rows = []
    for item in questions:
        conv = Conversation()
        for h in item.get("history", []):
            assistant.ask(h, conversation=conv)
        t0 = time.perf_counter()
        ans = assistant.ask(item["q"], conversation=conv)
        dt = time.perf_counter() - t0
        gold = {tuple(g) for g in item.get("gold", [])}
        cited = [(c.report, c.section) for c in ans.citations]
        found_ok = ans.found == item["found"]
        must_ok = all(m in ans.answer for m in item.get("must", []))
        # a list is answered by its items: citing an item of the gold section (III.3.a of III.3) is right
        # (a footnote cited is of the section that references it: 'I.1 › chú thích 2' answers for 'I.1')
        first = cited[0] if cited else None
        first_parent = (first[0], re.sub(r"\s›\s*chú thích \d+$", "", first[1])) if first else None
        section_ok = (not item["found"]) or bool(cited and (first in gold or first_parent in gold or (
            item["kind"] == "list" and any(first[0] == r and first[1].startswith(f"{s}.") for r, s in gold))))
        grounded = not ungrounded_figures(ans)
        hit3 = None
        if item["found"] and item["kind"] not in ("summary",):
            # the same reading of the question as ask(): named periods choose the report
            standalone = ans.question if item.get("history") else item["q"]
            hits = assistant.search(standalone, 3, ans_reports(assistant, item, conv))
            hit3 = any((h.chunk.report_id, h.chunk.section) in gold for h in hits)
            if verbose and not hit3:
                print(f"--- retrieval miss {item['id']} {standalone!r}: {[(h.chunk.report_id[:14], h.chunk.section) for h in hits]}")
        correct = found_ok and must_ok and section_ok and grounded
        mode = ("" if correct else f"refused ({_refusal(ans.answer)})" if item["found"] and not ans.found else "answered" if not item["found"]
                else "wrong section" if not section_ok else "figure missing" if not must_ok else "ungrounded")
        rows.append({"id": item["id"], "kind": item["kind"], "correct": correct, "found_ok": found_ok, "mode": mode,
                     "section_ok": section_ok, "grounded": grounded, "hit3": hit3, "ms": dt * 1000})
        if verbose and not correct:
            print(f"--- {item['id']} {item['q']}\n    found={ans.found} must_ok={must_ok} section_ok={section_ok} "
                  f"grounded={grounded} cited={cited[:3]}\n    {ans.answer[:400]!r}")
    return summarise(rows)


def _refusal(text: str) -> str:
    """Which refusal it was (the message key), by the wording of the messages."""
    for key in ("not_found_missing", "not_found_figure", "not_found", "no_terms"):
        head = msg(key, terms="\x00").split("\x00")[0]
        if text.startswith(head):
            return key
    return "other"


def summarise(rows: list[dict]) -> dict:
    by_kind = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    answerable = [r for r in rows if r["kind"] != "unanswerable"]
    hits = [r["hit3"] for r in rows if r["hit3"] is not None]
    times = sorted(r["ms"] for r in rows)
    return {
        "n": len(rows),
        "accuracy": sum(r["correct"] for r in rows) / len(rows),
        "by_kind": {k: (sum(r["correct"] for r in v), len(v)) for k, v in sorted(by_kind.items())},
        "section_cited": sum(r["section_ok"] for r in answerable) / max(1, len(answerable)),
        "ungrounded_answers": sum(not r["grounded"] for r in rows),
        "refused_unanswerable": (sum(r["found_ok"] for r in by_kind["unanswerable"]), len(by_kind["unanswerable"])),
        "hit_at_3": sum(hits) / max(1, len(hits)),
        "p50_ms": percentile(times, .5),
        "p95_ms": percentile(times, .95),
        "failed": [r["id"] for r in rows if not r["correct"]],
        # how they failed, counted (the only view of held-out failures: no question text)
        "modes": dict(sorted(Counter(r["mode"] for r in rows if r["mode"]).items())),
    }


def print_table(res: dict) -> None:
    print(f"{'kind':<16}{'correct':>10}")
    for kind, (ok, n) in res["by_kind"].items():
        print(f"{kind:<16}{ok:>5}/{n:<4} {ok / n:>6.2f}")
    print(f"{'all':<16}{'':>5} {res['accuracy']:>11.3f}  (n={res['n']})")
    print(f"right section cited (answerable): {res['section_cited']:.3f}")
    print(f"answers with a figure absent from their citations: {res['ungrounded_answers']}")
    ok, n = res["refused_unanswerable"]
    print(f"unanswerable refused: {ok}/{n}")
    print(f"retrieval hit@3: {res['hit_at_3']:.3f}")
    print(f"answer latency p50 {res['p50_ms']:.0f} ms, p95 {res['p95_ms']:.0f} ms")
    if res["failed"]:
        print("failed:", ", ".join(res["failed"]))


# --- real documents: outlines and questions ---------------------------------------------------
REAL_DIR = Path(os.environ.get("ASSISTANT_REAL_REPORTS", ROOT.parent / "shared" / "reports" / "real"))
HEADING_KINDS = ("part", "appendix", "chapter", "legal_section", "roman", "article", "arabic", "decimal", "letter", "paren")


def _title_key(title: str) -> list[str]:
    return re.findall(r"\w+", fold(title.replace("…", "")))


def titles_agree(a: str, b: str) -> bool:
    """Two renderings of one heading: the first words agree (labels cut at 12 words, a wrapped
    heading, a trailing ':' do not matter)."""
    ka, kb = _title_key(a), _title_key(b)
    k = min(5, len(ka), len(kb))
    return k > 0 and ka[:k] == kb[:k]


def outline_scores(report, expected: list[dict]) -> dict:
    found = [(s.number, s.title) for s in report.sections if s.kind in HEADING_KINDS]
    want = [(e["id"], e["title"]) for e in expected]
    matched = {i for i, (num, title) in enumerate(found)
               if any(num == wn and titles_agree(title, wt) for wn, wt in want)}
    hit = {j for j, (wn, wt) in enumerate(want) if any(num == wn and titles_agree(t, wt) for num, t in found)}
    p = len(matched) / max(1, len(found))
    r = len(hit) / max(1, len(want))
    return {"found": len(found), "expected": len(want), "precision": p, "recall": r,
            "f1": 2 * p * r / max(1e-9, p + r),
            "extra": [found[i] for i in range(len(found)) if i not in matched],
            "missing": [want[j] for j in range(len(want)) if j not in hit]}


def real_documents() -> list[tuple[Path, dict]]:
    """(file, outline label) for every labelled document that is on this machine."""
    out = []
    for label in sorted((ROOT / "eval" / "real" / "outlines").glob("*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        path = ROOT / data["file"] if "/" in data["file"] else REAL_DIR / data["file"]
        if path.exists():
            out.append((path, data))
    return out


def real_questions(reports: set[str]) -> list[dict]:
    items = []
    for f in sorted((ROOT / "eval" / "real").glob("questions*.jsonl")):
        items += [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [q for q in items if q["report"] in reports]


def evaluate_real(store: Path, verbose: bool = False) -> dict | None:
    docs = real_documents()
    if not docs:
        return None
    a = Assistant(Settings(store=store))
    _, failures = a.index([p for p, _ in docs], progress=False)
    outlines = {}
    for path, label in docs:
        rep = a.report(label["report"])
        outlines[label["report"]] = (label["split"], outline_scores(rep, label["outline"]) if rep else None)
    questions = real_questions({label["report"] for _, label in docs})
    by_split = {}
    for split in ("tune", "heldout"):
        qs = [q for q in questions if q.get("split", "tune") == split]
        if qs:  # held-out failures are never printed in full: they are not for tuning
            by_split[split] = evaluate(a, qs, verbose and split == "tune")
    return {"outlines": outlines, "questions": by_split, "failures": [(f.path, f.reason) for f in failures]}


def print_real(res: dict | None, verbose: bool = False) -> None:
    print()
    if res is None:
        print(f"real documents: none found ({REAL_DIR} absent) — skipped")
        return
    print(f"{'outline (headings found vs hand-written)':<58}{'split':>8}{'P':>7}{'R':>7}{'F1':>7}")
    for rid, (split, sc) in res["outlines"].items():
        if sc is None:
            print(f"{rid:<58}{split:>8}   not indexed")
            continue
        print(f"{rid:<58}{split:>8}{sc['precision']:>7.2f}{sc['recall']:>7.2f}{sc['f1']:>7.2f}")
        if verbose and (sc["extra"] or sc["missing"]):
            print(f"    extra: {sc['extra'][:8]}\n    missing: {sc['missing'][:8]}")
    for split, r in res["questions"].items():
        print(f"real-document questions [{split}]: accuracy {r['accuracy']:.3f} (n={r['n']}), "
              f"right section {r['section_cited']:.3f}, unanswerable refused {r['refused_unanswerable'][0]}/{r['refused_unanswerable'][1]}, "
              f"ungrounded {r['ungrounded_answers']}")
        print("   by kind: " + ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in r["by_kind"].items()))
        if r["failed"]:
            print("   failed:", ", ".join(r["failed"]))
            print("   how:", ", ".join(f"{k} {n}" for k, n in r["modes"].items()))
    for path, reason in res["failures"]:
        print(f"   could not index {path}: {reason}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", help="existing store; default: a fresh temporary store with the samples")
    ap.add_argument("--questions", default=str(ROOT / "eval" / "questions.jsonl"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", choices=("samples", "real", "compare"), help="run one of the sets")
    args = ap.parse_args()
    questions = [json.loads(line) for line in Path(args.questions).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.only == "compare":
        from scripts.evaluate_compare import print_results, run

        with tempfile.TemporaryDirectory() as tmp:
            print_results(run(Path(args.store or tmp), args.verbose), args.verbose)
        return 0
    if args.only not in ("real", "compare"):
        with tempfile.TemporaryDirectory() as tmp:
            a = Assistant(Settings(store=Path(args.store or tmp)))
            if not a.reports():
                a.index([ROOT / "samples"], progress=False)
            a.ask("khởi động")  # load models before timing
            res = evaluate(a, questions, args.verbose)
        print_table(res)
    if args.only != "samples":
        with tempfile.TemporaryDirectory() as tmp:
            # --store with --only real reuses a store of the real documents (indexing is incremental)
            real_store = Path(args.store) if args.store and args.only == "real" else Path(tmp)
            print_real(evaluate_real(real_store, args.verbose), args.verbose)
    if args.only is None:  # comparisons and trends against hand-written pairs
        from scripts.evaluate_compare import print_results, run

        with tempfile.TemporaryDirectory() as tmp:
            print_results(run(Path(tmp), args.verbose), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
