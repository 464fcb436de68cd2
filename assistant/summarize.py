"""Extractive section summaries: the whole section from the stored tree (not top-k retrieval),
sentences chosen across its paragraphs in proportion, in document order, each one cited."""
from __future__ import annotations


from index.models import Report, Section, is_item
from index.sentences import Span, sentence_spans

from .compose import CitationList, report_label
from index.figures import find_quantities
from .injection import is_instruction
from .messages import msg
from .question import asked_length
from .schema import Summary, SummaryItem, SummaryPart


def length_for(length: str, n_sentences: int, n_units: int = 1) -> int:
    """3-8 sentences by the section's size (at least one per paragraph or subsection, when they
    fit); `length` 'short' (question.asked_length: 'ngắn') asks for 3, 'detailed' ('chi tiết') for more."""
    if length == "short":
        return min(3, n_sentences)
    if length == "detailed":
        return min(n_sentences, 12, max(6, n_sentences // 2))
    return min(n_sentences, max(3, min(8, max(n_units, round(n_sentences / 3)))))


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
        # an order planted for the reader is never summarised (assistant/injection.py)
        groups.append([s for s in sentence_spans(para, start) if not is_instruction(s.text)])
    return groups


def pick(groups: list[list[Span]], budget: int, owner_of) -> list[Span]:
    """Sentences spread over the section in proportion: each subsection (or, in a section without
    subsections, each paragraph) gets a share of the budget by its size; within a share, opening
    sentences and sentences with figures come first. Document order is kept."""
    units: dict[str, list[list[Span]]] = {}
    for g in groups:
        if g:
            key = owner_of(g[0].start) if owner_of else str(g[0].start)
            units.setdefault(key, []).append(g)
    if len(units) == 1:  # no subsections: the paragraphs are the units
        units = {str(g[0].start): [g] for g in groups if g}
    sizes = {k: sum(len(g) for g in v) for k, v in units.items()}
    total = sum(sizes.values())
    keys = list(units)
    if len(keys) > budget:  # more units than sentences allowed: the largest, in document order
        keep = set(sorted(keys, key=lambda k: -sizes[k])[:budget])
        keys = [k for k in keys if k in keep]
    alloc = {k: 1 for k in keys}
    spare = budget - len(keys)
    for k in sorted(keys, key=lambda k: -sizes[k]):
        extra = min(spare, max(0, round(budget * sizes[k] / total) - 1), sizes[k] - 1)
        alloc[k] += extra
        spare -= extra
    chosen: list[Span] = []
    for k in keys:
        ranked = []
        for g in units[k]:
            for i, sent in enumerate(g):
                score = (2.0 if i == 0 else 0.0) + 0.7 * min(3, len(find_quantities(sent.text))) - 0.01 * i
                ranked.append((score, -sent.start, sent))
        ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
        chosen.extend(r[2] for r in ranked[:alloc[k]])
    return sorted(chosen, key=lambda s: s.start)


def summarize_section(report: Report, sec: Section, length: str = "",
                      cites: CitationList | None = None) -> tuple[SummaryPart, CitationList]:
    cites = cites or CitationList({report.id: report})
    cites.reports.setdefault(report.id, report)
    groups = section_sentences(report, sec)
    n_sent = sum(len(g) for g in groups)
    by_start = sorted(report.sections, key=lambda s: s.start)

    def child_of(pos: int) -> str:
        """The direct numbered child of `sec` that holds `pos` (the section itself if none)."""
        for number in sec.children:
            child = report.section(number)
            if child and not is_item(child.kind) and child.start <= pos < child.end:
                return number
        return sec.number

    n_units = len({child_of(g[0].start) for g in groups if g})
    n_units = n_units if n_units > 1 else len([g for g in groups if g])
    chosen = pick(groups, length_for(length, n_sent, n_units), child_of)
    items = []
    for span in chosen:
        owner = _owner(by_start, span.start)
        n = cites.add(report.id, owner.number, owner.title, span)
        items.append(SummaryItem(n=n, text=span.text.lstrip("-–•+ "), section=owner.number))
    intro = msg("summary_intro", section=sec.number, section_title=sec.title, report=report_label(report))
    return SummaryPart(report=report.id, section=sec.number, section_title=sec.title, intro=intro, items=items), cites


def part_lines(part: SummaryPart) -> list[str]:
    return [part.intro] + [f"- {i.text} [{i.n}]" for i in part.items]


def _owner(sections: list[Section], pos: int) -> Section:
    """The deepest numbered section (not a bullet) that contains `pos`."""
    best = sections[0]
    for s in sections:
        if s.start <= pos < max(s.end, s.start + 1) and not is_item(s.kind) and s.level >= best.level:
            best = s
    return best


def summary_answer(report_secs: list[tuple[Report, Section]], request: str, length: str | None = None) -> Summary:
    """`length`: as question.asked_length reads it; read from `request` when not given."""
    length = asked_length(request) if length is None else length
    cites = CitationList({r.id: r for r, _ in report_secs})
    parts = []
    for rep, sec in report_secs:
        part, cites = summarize_section(rep, sec, length, cites)
        parts.append(part)
    text = "\n\n".join("\n".join(part_lines(p)) for p in parts)
    return Summary(answer=text, found=True, citations=cites.items, question=request, parts=parts)
