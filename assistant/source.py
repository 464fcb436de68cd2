"""The words of a question that name its source rather than its topic: 'Theo báo cáo VLNCN năm 2025
của UBND tỉnh Lào Cai, toàn tỉnh có mấy kho?', 'Báo cáo chiến lược hóa chất của Sở Công Thương nêu
…', 'UBND tỉnh nêu những khó khăn gì …', '… là bao nhiêu theo báo cáo của Sở?'. Such a phrase picks
the reports to search; as search terms its words would only dilute the topic (every sentence of the
report is 'of UBND tỉnh Lào Cai'), so they leave the question's focus."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.vntext import folded_terms

from .issuer_names import initials, name_words
from .noise import noise_words
from .subjects import question_subject
from .question import Question, action_words, asked_words, compounds, content_terms, required_tokens

# The genres that name a document in administrative writing.
_DOC = r"(?:các\s+|hai\s+|bản\s+)?(?:báo\s+cáo|tờ\s+trình|kết\s+luận|thông\s+báo\s+kết\s+luận|văn\s+bản|biên\s+bản)"
# Verbs by which a document or a body 'says' something: the source phrase ends before them.
# ('có', 'đã' would also end a phrase, but 'Sở Công Thương đã kiểm tra …' names who acted, not who wrote.)
_SAYS = r"(?:nêu(?:\s+rõ|\s+ra)?|cho\s+biết|đề\s+cập(?:\s+đến|\s+tới)?|trình\s+bày|báo\s+cáo|đưa\s+ra|thống\s+kê)"
# 'Theo báo cáo …,' / 'Trong báo cáo …,' opening the question, closed by a comma.
_LEADING = re.compile(rf"^\s*(?:theo|trong|tại|ở)\s+(?P<p>{_DOC}\b[^,?;]{{0,160}}?)\s*,", re.I)
# 'Báo cáo … nêu …' / 'UBND tỉnh … cho biết …': a noun phrase opening the question, then a verb of saying.
# ('Theo bảng thống kê …': a phrase a preposition opens is no subject)
_SUBJECT = re.compile(rf"^\s*(?!(?:theo|trong|tại|ở|về|qua)\s)(?P<p>[^,?;]{{3,160}}?)\s+(?={_SAYS}\b)", re.I)
# '…, theo báo cáo … ?' closing the question.
_TRAILING = re.compile(rf"(?<![,\s])[,\s]+(?:theo|trong)\s+(?P<p>{_DOC}\b[^,?;]{{0,160}}?)\s*[?.!]*\s*$", re.I)
_GENERIC = noise_words("source_phrase")


@dataclass
class Source:
    phrase: str  # as written in the question
    reports: list[str]  # ids of the loaded reports it names (all that match about equally)


def _content(phrase: str) -> set[str]:
    return {t for t in folded_terms(phrase) if "_" not in t and t not in _GENERIC and not t.isdigit()}


def find(text: str, listing: list[dict]) -> Source | None:
    """The source phrase of a question, when its words stand in the title or issuer of a loaded
    report (so a topic that merely opens the question, 'Quy mô kinh tế có …', is never taken)."""
    names = {}
    for r in listing:
        name = f"{r.get('title') or ''} {r.get('issuer') or ''}"
        names[r["id"]] = set(folded_terms(name)) | initials(name)  # 'UBND', 'VLNCN' name them too
    for pattern in (_LEADING, _TRAILING, _SUBJECT):
        m = pattern.search(text)
        if not m:
            continue
        phrase = m.group("p").strip()
        words = _content(phrase)
        if not words:
            # 'Báo cáo nêu gì …': the genre alone names every report; nothing to leave out
            continue
        share = {rid: len(words & t) / len(words) for rid, t in names.items()}
        best = max(share.values(), default=0.0)
        # A subject phrase is a source only when it is mostly the words of a title or issuer;
        # a 'báo cáo …' phrase names a document by its genre, so half its words suffice.
        if best < (0.75 if pattern is _SUBJECT else 0.5):
            continue
        whole = m.group(0).strip() if pattern is not _SUBJECT else phrase
        return Source(whole, sorted(rid for rid, s in share.items() if s >= best - 0.1))
    return None


def without_source(q: Question, source: Source) -> Question:
    """The question with its source phrase out of the search terms (it is still shown as typed)."""
    if q.english or q.context:
        return q
    stripped = re.sub(r"\s+", " ", q.standalone.replace(source.phrase, " ")).strip(" ,")
    terms = content_terms(stripped)
    if stripped == q.standalone or not terms:
        return q
    # the body that wrote the report is not the body asked about ('… của UBND tỉnh, toàn tỉnh có …')
    subject = question_subject(stripped) if q.subject is not None else None
    out = replace(q, focus=terms, words=compounds(stripped), standalone=stripped,
                  display=q.display or q.standalone, subject=subject)
    if q.kind == "figure":  # what the figure must hold is read again without the source's words
        out.asked, out.counted = asked_words(stripped, subject)
        out.action = action_words(stripped, subject)
    if not q.english:
        out.required = required_tokens(stripped)
    return out


def issuer_out_of_search(q: Question, listing: list[dict]) -> Question:
    """'Hội LHPN tỉnh Vĩnh Hòa có tổng cộng bao nhiêu hội viên?' searched in that body's own reports:
    every passage there is that body's, so its name only dilutes the search (with it the passage on
    members ranked 15th, without it 1st). Only the search text loses it: the name still tells whose
    figure is asked. A name is a run of words of the issuer's name (or its initials, 'LHPN') with a
    capital inside the question, so the issuer's words used as a topic ('phụ nữ khởi nghiệp') stay."""
    if q.english or q.context or not listing:
        return q
    drop = name_words(q.standalone, tuple(r.get("issuer") or "" for r in listing))
    # ('BHXH Kim Sơn đề xuất lên BHXH Việt Nam …': the body a request goes to is what the question is about,
    # though the issuer's header names it as its superior)
    addressed = [m.end() for m in _ADDRESSEE.finditer(q.standalone)]
    drop = [w for w in drop if not any(0 <= w.start() - end <= 12 for end in addressed)]
    if not drop:
        return q
    text = q.standalone
    for w in reversed(drop):
        text = text[:w.start()] + text[w.end():]
    text = re.sub(r"\s+", " ", re.sub(r"(?:^|\s)[-–](?=\s|$)", " ", text)).strip(" ,")  # (a dash the name held)
    if not content_terms(text):
        return q
    return replace(q, standalone=text, display=q.display or q.standalone)


# what introduces the body a request or report goes to: 'đề xuất lên …', 'kiến nghị với …', 'gửi …'
_ADDRESSEE = re.compile(r"\b(?:lên|với|đối với|gửi|tới|đến|len|voi|doi voi|gui|toi)\b", re.I)
