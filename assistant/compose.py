"""Compose a grounded Vietnamese answer from evidence: a direct answer first for figure
questions, then the supporting sentences quoted verbatim with [n] markers. Every figure in the
answer is inside a quoted source sentence."""
from __future__ import annotations

from index.models import Report
from index.sentences import Span

from .evidence import FOUND_THRESHOLD, Evidence, TermWeights, figure_clause, missing_concepts
from .messages import msg
from .question import Question
from .schema import Answer, Citation

MAX_QUOTES = 4


def report_label(report: Report) -> str:
    return f"Báo cáo {report.period}" if report.period else report.title[:80]


class CitationList:
    """Numbers quoted spans in order of first use."""

    def __init__(self, reports: dict[str, Report]):
        self.reports = reports
        self.items: list[Citation] = []

    def add(self, report_id: str, section: str, section_title: str, span: Span) -> int:
        for c in self.items:
            if c.report == report_id and c.start == span.start and c.end == span.end:
                return c.n
        rep = self.reports[report_id]
        n = len(self.items) + 1
        self.items.append(Citation(n=n, report=report_id, report_title=rep.title, period=rep.period, section=section,
                                   section_title=section_title, quote=span.text, start=span.start, end=span.end))
        return n


def not_found(q: Question, key: str = "not_found", **values) -> Answer:
    return Answer(answer=msg(key, **values), found=False, question=q.display or q.standalone)


def compose(q: Question, evidence: list[Evidence], weights: TermWeights, reports: dict[str, Report]) -> Answer:
    missing = missing_concepts(q, weights)
    if missing:
        return not_found(q, "not_found_missing", terms=", ".join(dict.fromkeys(missing)))
    if not evidence or evidence[0].coverage < FOUND_THRESHOLD:
        return not_found(q)
    if q.kind == "figure":
        return _figure_answer(q, evidence, weights, reports)
    return _general_answer(q, evidence, reports)


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int]] = set()
    out = []
    for e in evidence:
        key = (e.report_id, e.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _figure_answer(q: Question, evidence: list[Evidence], weights: TermWeights, reports: dict[str, Report]) -> Answer:
    with_fig = [e for e in _dedupe(evidence) if e.has_figure and e.coverage >= FOUND_THRESHOLD]
    if not with_fig:
        return not_found(q, "not_found_figure")
    top = with_fig[0].coverage
    good = [e for e in with_fig if e.coverage >= 0.8 * top]
    # Direct answers: per report, the clauses that state the figure best (at most two), in
    # document order: a report's first statement of a figure is usually its headline figure.
    scored = []
    for e in good:
        found = figure_clause(q, e, weights)
        clause, clause_cov = found if found else (e.sentence, 0.0)
        scored.append((e, clause, round(clause_cov, 2)))
    # Reports in the order of their best clause.
    scored.sort(key=lambda s: -s[2])
    leads: list[tuple[Evidence, Span]] = []
    report_order = list(dict.fromkeys(e.report_id for e, _, _ in scored))
    for rid in report_order:
        mine = [s for s in scored if s[0].report_id == rid]
        best = max(c for _, _, c in mine)
        best_sentence = max(e.coverage for e, _, _ in mine)
        picks = sorted((s for s in mine if s[2] >= best - 1e-9 and s[0].coverage >= 0.9 * best_sentence),
                       key=lambda s: s[0].sentence.start)[:2]
        leads.extend((e, clause) for e, clause, _ in picks)
    cites = CitationList(reports)
    lines: list[str] = []
    many = len({e.report_id for e, _ in leads}) > 1
    for e, clause in leads:
        n = cites.add(e.report_id, e.chunk.section, e.chunk.section_title, e.sentence)
        lead = clause.text.rstrip(" .;,")
        if many:
            lines.append(msg("lead_report", report=report_label(reports[e.report_id]), section=e.chunk.section, lead=lead, n=n))
        else:
            lines.append(f"{lead[:1].upper()}{lead[1:]} [{n}].")
    quotes = [e for e, _ in leads] + [e for e in good if all(e is not l for l, _ in leads)]
    return _with_quotes(q, lines, quotes[:MAX_QUOTES], cites, reports)


def _general_answer(q: Question, evidence: list[Evidence], reports: dict[str, Report]) -> Answer:
    ev = _dedupe(evidence)
    top = ev[0].coverage
    good: list[Evidence] = []
    per_section: dict[tuple[str, str], int] = {}
    for e in ev:
        key = (e.report_id, e.chunk.section)
        if e.coverage < max(FOUND_THRESHOLD, 0.8 * top) or per_section.get(key, 0) >= 2:
            continue
        per_section[key] = per_section.get(key, 0) + 1
        good.append(e)
        if len(good) == MAX_QUOTES:
            break
    # Sections in the order of their best sentence; within a section, document order.
    order = {key: i for i, key in enumerate(dict.fromkeys((e.report_id, e.chunk.section) for e in good))}
    good.sort(key=lambda e: (order[(e.report_id, e.chunk.section)], e.sentence.start))
    cites = CitationList(reports)
    lines: list[str] = []
    current: tuple[str, str] | None = None
    for e in good:
        key = (e.report_id, e.chunk.section)
        if key != current:
            if lines:
                lines.append("")
            lines.append(msg("general_intro", report=report_label(reports[e.report_id]), section=e.chunk.section,
                             section_title=e.chunk.section_title))
            current = key
        n = cites.add(e.report_id, e.chunk.section, e.chunk.section_title, e.sentence)
        lines.append(f"- “{e.sentence.text}” [{n}]")
    return Answer(answer="\n".join(lines), found=True, citations=cites.items, question=q.display or q.standalone)


def _with_quotes(q: Question, lines: list[str], quotes: list[Evidence], cites: CitationList,
                 reports: dict[str, Report]) -> Answer:
    many = len({e.report_id for e in quotes}) > 1
    out = lines + ["", msg("quotes_heading")]
    for e in quotes:
        n = cites.add(e.report_id, e.chunk.section, e.chunk.section_title, e.sentence)
        if many:
            out.append(msg("quote_line_report", n=n, report=report_label(reports[e.report_id]), section=e.chunk.section,
                           quote=e.sentence.text))
        else:
            out.append(msg("quote_line", n=n, section=e.chunk.section, quote=e.sentence.text))
    return Answer(answer="\n".join(out), found=True, citations=cites.items, question=q.display or q.standalone)
