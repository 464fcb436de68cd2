"""Extractive section summaries: the whole section from the stored tree (not top-k retrieval),
sentences chosen across its paragraphs in proportion, in document order, each one cited."""
from __future__ import annotations

import re

from index.models import Report, Section
from index.sentences import Span, sentence_spans

from .compose import CitationList, report_label
from index.figures import find_quantities
from .messages import msg
from .schema import Answer


def length_for(text: str, n_sentences: int) -> int:
    low = text.lower()
    if re.search(r"ngắn|ngan|brief|short", low):
        return 3
    if re.search(r"chi tiết|chi tiet|detail", low):
        return min(12, max(6, n_sentences // 2))
    return max(3, min(8, round(n_sentences / 3)))


def section_sentences(report: Report, sec: Section) -> list[list[Span]]:
    """Sentences of the section grouped by paragraph (subsections included, headings left out)."""
    body = report.text[sec.body_start:sec.end]
    heading_starts = {s.start for s in report.sections if sec.start < s.start < sec.end and s.body_start > s.start}
    groups: list[list[Span]] = []
    pos = sec.body_start
    for para in body.split("\n\n"):
        start = pos
        pos += len(para) + 2
        if not para.strip() or start in heading_starts:
            continue
        groups.append(sentence_spans(para, start))
    return groups


def pick(groups: list[list[Span]], budget: int) -> list[Span]:
    """Round-robin over paragraphs: first sentences first, then sentences with figures, then the rest."""
    chosen: list[Span] = []
    rounds = [[g[0] for g in groups if g],
              [s for g in groups for s in g[1:] if find_quantities(s.text)],
              [s for g in groups for s in g[1:] if not find_quantities(s.text)]]
    for pool in rounds:
        if len(chosen) >= budget:
            break
        if len(pool) > budget - len(chosen):
            # spread the picks evenly through the section
            step = len(pool) / (budget - len(chosen))
            pool = [pool[int(i * step)] for i in range(budget - len(chosen))]
        chosen.extend(pool)
    return sorted(chosen[:budget], key=lambda s: s.start)


def summarize_section(report: Report, sec: Section, request: str = "", cites: CitationList | None = None) -> tuple[str, CitationList]:
    cites = cites or CitationList({report.id: report})
    cites.reports.setdefault(report.id, report)
    groups = section_sentences(report, sec)
    n_sent = sum(len(g) for g in groups)
    chosen = pick(groups, length_for(request, n_sent))
    lines = [msg("summary_intro", section=sec.number, section_title=sec.title, report=report_label(report))]
    by_start = sorted(report.sections, key=lambda s: s.start)
    for span in chosen:
        owner = _owner(by_start, span.start)
        n = cites.add(report.id, owner.number, owner.title, span)
        lines.append(f"- {span.text.lstrip('-–•+ ')} [{n}]")
    return "\n".join(lines), cites


def _owner(sections: list[Section], pos: int) -> Section:
    """The deepest numbered section (not a bullet) that contains `pos`."""
    best = sections[0]
    for s in sections:
        if s.start <= pos < max(s.end, s.start + 1) and s.kind != "bullet" and s.level >= best.level:
            best = s
    return best


def summary_answer(report_secs: list[tuple[Report, Section]], request: str) -> Answer:
    cites = CitationList({r.id: r for r, _ in report_secs})
    parts = []
    for rep, sec in report_secs:
        text, cites = summarize_section(rep, sec, request, cites)
        parts.append(text)
    return Answer(answer="\n\n".join(parts), found=True, citations=cites.items, question=request)
