"""The answering chain as LangChain runnables: retrieve -> select evidence -> compose."""
from __future__ import annotations

from langchain_core.runnables import Runnable, RunnableLambda

from index.store import Store

from . import evidence as ev
from .compose import compose
from .retrieval import HybridSearch


def build_extractive_chain(store: Store, search: HybridSearch, k: int) -> Runnable:
    """Input: {"question": Question, "reports": list[str] | None, "hits": the hits when the caller
    already searched (retrieval happens once per question)}. Output: Answer."""

    def retrieve(x: dict) -> dict:
        if x.get("hits") is not None:
            return {**x, "hits": x["hits"][:k]}
        return {**x, "hits": search.search(x["question"].standalone, k, x.get("reports"))}

    def select(x: dict) -> dict:
        weights = ev.TermWeights(store.keyword())
        listing = store.list_reports()
        scopes = {r["id"]: f"{r['title']} {r.get('issuer') or ''}" for r in listing}
        issuers = {r["id"]: r.get("issuer") or "" for r in listing}
        def text(rid: str) -> str | None:
            rep = store.report(rid)
            return rep.text if rep is not None else None

        return {**x, "weights": weights, "evidence": ev.select(x["question"], x["hits"], weights, scopes, text, issuers)}

    def answer(x: dict):
        ids = {e.report_id for e in x["evidence"]}
        reports = {rid: store.report(rid) for rid in ids}
        return compose(x["question"], x["evidence"], x["weights"], reports)

    return (RunnableLambda(retrieve, name="retrieve") | RunnableLambda(select, name="select_evidence")
            | RunnableLambda(answer, name="compose"))
