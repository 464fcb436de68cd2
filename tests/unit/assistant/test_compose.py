"""Composing grounded answers from evidence (assistant.compose), over the fake store's retrieval."""
from __future__ import annotations

import re

from assistant import evidence as ev
from assistant.compose import CitationList, compose, merge_per_report
from assistant.question import analyse
from assistant.retrieval import HybridSearch
from index.figures import answer_figures, find_quantities
from index.sentences import Span

H1, YEAR, H2 = "bao-cao-6-thang-dau-nam-2021", "bao-cao-nam-2021", "bao-cao-6-thang-dau-nam-2022"


def _compose(store, text, reports):
    q = analyse(text)
    hits = HybridSearch(store).search(q.standalone, 8, reports)
    weights = ev.TermWeights(store.keyword())
    evidence = ev.select(q, hits, weights)
    return q, compose(q, evidence, weights, {e.report_id: store.report(e.report_id) for e in evidence})


def test_every_figure_of_the_lead_is_in_a_cited_quote(fake_store):
    _, ans = _compose(fake_store, "Có bao nhiêu đảng viên bị thi hành kỷ luật?", [YEAR])
    assert ans.found and "214 đảng viên" in ans.lead[0]
    quoted = {q.value for c in ans.citations for q in find_quantities(c.quote)}
    assert all(f.value in quoted for f in answer_figures("\n".join(ans.lead)))
    for c in ans.citations:
        assert fake_store.report(c.report).text[c.start:c.end] == c.quote


def test_a_word_the_reports_never_use_is_refused_by_name(fake_store):
    _, ans = _compose(fake_store, "GRDP của tỉnh tăng bao nhiêu phần trăm?", None)
    assert not ans.found and "GRDP" in ans.answer.upper() and not ans.citations


def test_citations_are_numbered_once_per_span(fake_store):
    rep = fake_store.report(H1)
    cites = CitationList({H1: rep})
    span = Span(rep.text[10:40], 10, 40)
    assert cites.add(H1, "I", "t", span) == 1 == cites.add(H1, "I", "t", span)
    assert cites.add(H1, "I", "t", Span(rep.text[50:60], 50, 60)) == 2


def test_one_figure_per_report_is_merged_from_each_reports_lead(fake_store):
    parts = []
    for rid in (H1, YEAR, H2):
        _, ans = _compose(fake_store, "Có bao nhiêu đảng viên bị thi hành kỷ luật?", [rid])
        parts.append((fake_store.report(rid), ans))
    q = analyse("Có bao nhiêu đảng viên bị thi hành kỷ luật trong mỗi báo cáo?")
    merged = merge_per_report(q, parts)
    assert merged.found and len(merged.lead) >= 3
    # one line per report, oldest first
    assert "6 tháng đầu năm 2021" in merged.lead[0] and "báo cáo năm 2021" in merged.lead[1]
    assert "6 tháng đầu năm 2022" in merged.lead[-1]
    assert "106" in merged.lead[0] and "214" in merged.answer and "89" in merged.answer
    # the markers were renumbered into the merged answer: each [n] is a citation of it
    used = {int(n) for n in re.findall(r"\[(\d+)\]", "\n".join(merged.lead))}
    assert used <= {c.n for c in merged.citations} and len(used) >= 3
