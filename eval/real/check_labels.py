"""Check the hand labels for the real reports (eval/real/outlines/*.json, eval/real/questions.jsonl).

For each outline and question it checks the JSON shape, that every "must" string occurs verbatim in the
report's text (paragraphs and table cells, read from word/document.xml and word/footnotes.xml), that every
gold id is in that report's outline (or is a footnote id "<section> › chú thích N" with a real footnote N),
and that outline titles occur in the text (compared after NFC and whitespace normalisation, since parts
of one document are stored decomposed). The .docx files are only read, from /work/shared/reports/real
(or $REAL_REPORTS_DIR); when that folder is absent the check is skipped.

    .venv/bin/python eval/real/check_labels.py
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = Path(os.environ.get("REAL_REPORTS_DIR", "/work/shared/reports/real"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"figure", "short", "list", "table", "fact", "footnote", "summary", "unanswerable"}
SPLITS = {"tune", "heldout"}
META_KEYS = {"issuer", "number", "date", "signer", "signer_title", "title"}
FOOTNOTE_ID = re.compile(r"^(?P<sec>.+) › chú thích (?P<n>\d+)$")


def _norm(s: str) -> str:
    """NFC and collapsed whitespace: some cells of the Phụ lục table are stored decomposed (NFD)."""
    return " ".join(unicodedata.normalize("NFC", s).split())


def _para_text(p: ET.Element) -> str:
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def read_docx(path: Path) -> tuple[list[str], dict[str, str]]:
    """All paragraph texts (body paragraphs and table-cell paragraphs, in order) and footnotes by id."""
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml"))
        paras = [_para_text(p) for p in body.iter(W + "p")]
        notes: dict[str, str] = {}
        if "word/footnotes.xml" in z.namelist():
            fx = ET.fromstring(z.read("word/footnotes.xml"))
            for fn in fx.iter(W + "footnote"):
                fid = fn.get(W + "id")
                if fn.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                notes[fid] = "\n".join(_para_text(p) for p in fn.iter(W + "p"))
    return paras, notes


def main() -> int:
    if not REAL.is_dir():
        print(f"skip: {REAL} is absent, real-report labels not checked")
        return 0
    errors: list[str] = []
    err = errors.append

    outlines: dict[str, dict] = {}
    texts: dict[str, str] = {}
    for op in sorted((HERE / "outlines").glob("*.json")):
        try:
            o = json.loads(op.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"{op.name}: bad JSON: {e}")
            continue
        rid = o.get("report")
        if rid != op.stem:
            err(f"{op.name}: report {rid!r} does not match file name")
        if o.get("split") not in SPLITS:
            err(f"{op.name}: bad split {o.get('split')!r}")
        meta = o.get("metadata") or {}
        if "/" in str(o.get("file")):
            continue  # a test document of the repository (tests/data), checked by the unit tests
        if set(meta) - {"place"} != META_KEYS:
            err(f"{op.name}: metadata keys {sorted(meta)} != {sorted(META_KEYS)}")
        docx = REAL / str(o.get("file"))
        if not docx.is_file():
            err(f"{op.name}: document {docx} not found")
            continue
        paras, notes = read_docx(docx)
        text = "\n".join(paras)
        footnote_text = "\n".join(notes.values())
        texts[rid] = text + "\n" + footnote_text
        ids = [e.get("id") for e in o.get("outline", [])]
        if not ids:
            err(f"{op.name}: empty outline")
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            err(f"{op.name}: duplicate outline ids {sorted(dup)}")
        for e in o.get("outline", []):
            i, t = e.get("id", ""), e.get("title", "")
            if not i or "#" in i:
                err(f"{op.name}: bad id {i!r}")
            if not t or t != t.strip() or t.endswith(":"):
                err(f"{op.name}: {i}: title not trimmed: {t!r}")
            elif _norm(t) not in _norm(text):
                err(f"{op.name}: {i}: title not found in document: {t!r}")
        for key in ("signer", "number"):
            v = meta.get(key)
            if v and _norm(v) not in _norm(text):
                err(f"{op.name}: metadata {key} {v!r} not in document")
        o["_ids"] = set(ids)
        o["_notes"] = notes
        outlines[rid] = o

    qpath = HERE / "questions.jsonl"
    seen: set[str] = set()
    per_doc: dict[str, int] = {}
    for n, line in enumerate(qpath.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"questions.jsonl:{n}: bad JSON: {e}")
            continue
        qid = q.get("id", f"line {n}")
        if qid in seen:
            err(f"{qid}: duplicate id")
        seen.add(qid)
        rid = q.get("report")
        if rid not in outlines:
            err(f"{qid}: unknown report {rid!r}")
            continue
        o = outlines[rid]
        per_doc[rid] = per_doc.get(rid, 0) + 1
        if q.get("split") != o["split"]:
            err(f"{qid}: split {q.get('split')!r} differs from outline {o['split']!r}")
        kind = q.get("kind")
        if kind not in KINDS:
            err(f"{qid}: bad kind {kind!r}")
        for key in ("q", "answer"):
            if not isinstance(q.get(key), str) or not q[key].strip():
                err(f"{qid}: missing {key}")
        found, gold, must = q.get("found"), q.get("gold"), q.get("must")
        if not isinstance(gold, list) or not isinstance(must, list):
            err(f"{qid}: gold and must must be lists")
            continue
        if (kind == "unanswerable") != (found is False):
            err(f"{qid}: kind {kind!r} with found={found!r}")
        if found is False and (gold or must):
            err(f"{qid}: found=false must have empty gold and must")
        if found is True and (not gold or not must):
            err(f"{qid}: found=true needs gold and must")
        for g in gold:
            if not (isinstance(g, list) and len(g) == 2):
                err(f"{qid}: bad gold entry {g!r}")
                continue
            grid, sec = g
            if grid not in outlines:
                err(f"{qid}: gold report {grid!r} unknown")
                continue
            m = FOOTNOTE_ID.match(sec)
            if m:
                if m["sec"] not in outlines[grid]["_ids"] or m["n"] not in outlines[grid]["_notes"]:
                    err(f"{qid}: footnote gold {sec!r} not in {grid}")
            elif sec not in outlines[grid]["_ids"]:
                err(f"{qid}: gold {sec!r} not in outline of {grid}")
        for s in must:
            if not isinstance(s, str) or not s:
                err(f"{qid}: bad must {s!r}")
            elif s not in texts[rid]:
                if _norm(s) in _norm(texts[rid]):
                    err(f"{qid}: must {s!r} matches {rid} only after NFC/space normalisation")
                else:
                    err(f"{qid}: must {s!r} not found verbatim in {rid}")
    for rid in outlines:
        if per_doc.get(rid, 0) == 0:
            err(f"{rid}: no questions")

    for rid, o in outlines.items():
        print(f"{rid}: {len(o['_ids'])} outline entries, {per_doc.get(rid, 0)} questions ({o['split']})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
