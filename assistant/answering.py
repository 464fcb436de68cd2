"""The extractive answer to a question: a list from the section that holds it, one figure per
report, or the retrieved passages composed into a grounded answer (assistant.chain)."""
from __future__ import annotations

from dataclasses import dataclass

from index.store import Store

from . import periods, scope, source
from .chain import build_extractive_chain
from .compose import merge_per_report
from .listing import list_answer
from .messages import msg
from .question import Question, analyse
from .retrieval import Hit, HybridSearch
from .schema import Answer


@dataclass
class Extracted:
    question: Question  # the question answered (a period-scoped question may have been widened)
    report_ids: list[str] | None  # the reports it was answered from
    answer: Answer
    hits: list[Hit] | None = None  # what retrieval found for it, when one search answered it


class Extractive:
    def __init__(self, store: Store, search: HybridSearch, top_k: int, search_k: int | None = None):
        self.store, self.search, self.top_k = store, search, top_k
        self.search_k = max(top_k, search_k or 0)  # a model that reads more passages gets them from the same search
        self.chain = build_extractive_chain(store, search, top_k)

    def passages(self, q: Question, report_ids: list[str] | None, hits: list[Hit] | None = None) -> Answer:
        """The retrieved passages composed into an answer."""
        return self.chain.invoke({"question": q, "reports": report_ids, "hits": hits})

    def _named_elsewhere(self, text: str, report_ids: list[str]) -> bool:
        named = scope.named_by_name([r for r in map(self.store.report, self.store.report_ids()) if r is not None], text)
        return named is not None and named not in report_ids

    def answer(self, q: Question, report_ids: list[str] | None, widen_from: str | None = None) -> Extracted:
        """`widen_from`: the question's own text, when its period chose the reports and the user did not."""
        got = self._answer(q, report_ids)
        answer = got.answer
        if (widen_from is not None and not answer.found and q.period_scoped and not answer.citations
                and (answer.answer == msg("not_found")  # nothing there; not a reasoned refusal
                     # (no figure of it there, and the question names by name the issuer of another report:
                     # '… giao cho Công an tỉnh Hải Thạch …' asked with a period that names other reports)
                     or (answer.answer == msg("not_found_figure") and self._named_elsewhere(widen_from, report_ids)))):
            # A period in the question names reports ('năm 2025'), but it may only date the
            # fact asked about ('quy mô kinh tế năm 2025' in a term report): search them all.
            q_all = analyse(widen_from)
            named = source.find(q_all.text, self.store.list_reports())
            q_all = source.without_source(q_all, named) if named else q_all
            said = periods.stated(q_all.text)
            others = [r["id"] for r in self.store.list_reports() if r["id"] not in report_ids
                      and periods.could_hold(r["period"], r.get("period_from") == "date", said)]
            if q_all.focus and others:
                wider = self._answer(q_all, others)
                if wider.answer.found or (wider.answer.citations and wider.answer.answer.startswith(
                        msg("figure_other_period", period="").split("“")[0])):
                    return wider  # (or why not: the months asked are not stated apart, with what is)
        return got

    def _answer(self, q: Question, report_ids: list[str] | None) -> Extracted:
        if q.kind == "list":
            listed = list_answer(q, scope.load(self.store, report_ids))
            if listed is not None:
                return Extracted(q, report_ids, listed)
        ids = report_ids or self.store.report_ids()
        if q.kind == "figure" and q.per_report and len(ids) > 1:
            if len(ids) > scope.MAX_REPORTS_AT_ONCE:
                return Extracted(q, report_ids, scope.pick_reports(self.store, q))
            parts = [(self.store.report(rid), self.passages(q, [rid])) for rid in ids]
            parts = [(rep, ans) for rep, ans in parts if rep is not None]
            parts.sort(key=lambda p: (periods.order_key(p[0].period), p[0].id))
            return Extracted(q, report_ids, merge_per_report(q, parts))
        hits = self.search.search(q.standalone, self.search_k, report_ids)
        return Extracted(q, report_ids, self.passages(q, report_ids, hits), hits)
