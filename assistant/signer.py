"""'Ai ký báo cáo?': the signature block of each report asked about, quoted whole."""
from __future__ import annotations

from index.models import is_signature
from index.sentences import Span
from index.store import Store

from . import scope
from .compose import CitationList, report_label
from .messages import msg
from .question import Question
from .schema import Answer


def signer_answer(store: Store, q: Question, report_ids: list[str] | None) -> Answer:
    if report_ids is None:
        report_ids = scope.named_by_title(store, q)  # 'Ai ký Báo cáo chính trị của …?' names its report
        if report_ids is None and scope.too_many(store):
            return scope.pick_reports(store, q)
    elif len(report_ids) > 1:  # 'Ai ký báo cáo … năm 2026 của UBND huyện …': the period named several
        report_ids = scope.named_by_title(store, q, report_ids) or report_ids
    cites = CitationList({})
    lines = []
    for rep in scope.load(store, report_ids):
        sec = next((s for s in rep.sections if is_signature(s.kind)), None)
        if sec is None:
            continue
        cites.reports[rep.id] = rep
        block = rep.text[sec.start:sec.end].strip()
        span = Span(block, sec.start, sec.start + len(block))
        n = cites.add(rep.id, sec.number, sec.title, span)
        lines.append(f"- {report_label(rep)}: “{' – '.join(span.text.split(chr(10) + chr(10)))}” [{n}]")
    if not lines:
        return Answer(answer=msg("not_found"), found=False, question=q.text)
    return Answer(answer="\n".join(lines), found=True, citations=cites.items, question=q.text)
