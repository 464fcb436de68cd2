"""'Ai ký báo cáo?': the signature block of each report asked about, quoted whole; 'Báo cáo … có số hiệu
gì, ký ngày nào?': its number and date as its header writes them."""
from __future__ import annotations

import re

from index.models import is_signature
from index.sentences import Span
from index.store import Store

from . import scope
from .compose import CitationList, report_label
from .messages import msg
from .question import Question
from .schema import Answer


def signer_answer(store: Store, q: Question, report_ids: list[str] | None) -> Answer:
    report_ids = _reports(store, q, report_ids)
    if isinstance(report_ids, Answer):
        return report_ids
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


# the header's lines: 'Số: 45/BC-UBND', 'Số 312-BC/BTCTU'; 'Hà Lĩnh, ngày 18 tháng 12 năm 2026'
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*\d[^\n]*$", re.M)
_DATE_LINE = re.compile(r"^[^\n]{0,40}ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}[^\n]*$", re.M | re.I)
HEADER_REACH = 1500  # the header block sits before the body


def _reports(store: Store, q: Question, report_ids: list[str] | None) -> list[str] | None | Answer:
    if report_ids is None:
        report_ids = scope.named_by_title(store, q)  # 'Ai ký Báo cáo chính trị của …?' names its report
        if report_ids is None:  # (several congress reports: the place's name in capitals tells them apart)
            named = scope.named_by_name(scope.load(store, None), q.text)
            report_ids = [named] if named else None
        if report_ids is None and scope.too_many(store):
            return scope.pick_reports(store, q)
    elif len(report_ids) > 1:  # 'Ai ký báo cáo … năm 2026 của UBND huyện …': the period named several
        report_ids = scope.named_by_title(store, q, report_ids) or report_ids
    return report_ids


def document_answer(store: Store, q: Question, report_ids: list[str] | None) -> Answer:
    """Each report's number line and date line from its header, quoted and cited."""
    report_ids = _reports(store, q, report_ids)
    if isinstance(report_ids, Answer):
        return report_ids
    cites = CitationList({})
    lines = []
    for rep in scope.load(store, report_ids):
        head = rep.text[:HEADER_REACH]
        said = []
        for pattern in (_NUMBER_LINE, _DATE_LINE):
            m = pattern.search(head)
            if m is None:
                continue
            sec = next((s for s in rep.sections if s.start <= m.start() < s.end), None)
            cites.reports[rep.id] = rep
            n = cites.add(rep.id, sec.number if sec else "Tiêu đề", sec.title if sec else "",
                          Span(m.group(0).strip(), m.start(), m.start() + len(m.group(0).strip())))
            said.append(f"“{m.group(0).strip()}” [{n}]")
        if said:
            lines.append(f"- {report_label(rep)}: {', '.join(said)}")
    if not lines:
        return Answer(answer=msg("not_found"), found=False, question=q.text)
    return Answer(answer="\n".join(lines), found=True, citations=cites.items, question=q.text)
