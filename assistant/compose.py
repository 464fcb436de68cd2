"""Compose a grounded Vietnamese answer from evidence: a direct answer first for figure
questions, then the supporting sentences quoted verbatim with [n] markers. Every figure in the
answer is inside a quoted source sentence."""
from __future__ import annotations

import re

from index.figures import find_quantities
from index.models import Report
from index.sentences import Span
from index.textnorm import fold
from index.vntext import FOLDED_STOPWORDS, syllables

from . import figure_answer as fa
from . import table_query
from .evidence import FOUND_THRESHOLD, Evidence, TermWeights, missing_concepts
from .issuer_names import initials
from .messages import msg
from . import periods
from .periods import order_key
from .question import RATE, Question
from .schema import Answer, Citation, Quote
from .short_answer import ROLE_Q, find_span, short_kind

MAX_QUOTES = 4
MAX_BODY_EVIDENCE = 10  # sentences read for bodies asked together (each body's best is among the first)
STRONG_EVIDENCE = 0.85  # coverage of the question's weighted words, the unknown word counted as absent


def _recognised(report: Report, page: int | None) -> bool:
    """Is the quoted text from OCR: the whole report was a scan, or its page was one."""
    pages = report.meta.get("ocr_pages")
    if pages:
        return page in pages
    return bool(report.meta.get("ocr"))


def report_label(report: Report) -> str:
    return f"Báo cáo {report.period}" if report.period else report.title[:80]


def distinct_labels(reports: list[Report]) -> dict[str, str]:
    """Each report's label, with its issuing body (or id) where two would read the same: two bodies'
    reports of one period ('Báo cáo 6 tháng đầu năm 2025 (UBND HUYỆN ĐÔNG LÂM)')."""
    plain = [report_label(r) for r in reports]
    labels = {r.id: report_label(r) for r in reports}
    for r in reports:
        if plain.count(report_label(r)) > 1:
            labels[r.id] = f"{report_label(r)} ({r.issuer or r.id})"
    if len(set(labels.values())) < len(labels):  # one issuer named on both: the ids tell them apart
        labels = {r.id: f"{report_label(r)} ({r.id})" for r in reports}
    return labels


def cited_place(report: Report, section: str, offset: int) -> str:
    """'I.3' or 'Phần thứ nhất › I.1.1, trang 12': the section id, and the page where the file has pages."""
    page = report.page_at(offset)
    return msg("section_page", section=section, page=page) if page is not None else section


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
                                   section_title=section_title, quote=span.text, start=span.start, end=span.end,
                                   page=rep.page_at(span.start), ocr=_recognised(rep, rep.page_at(span.start))))
        return n


def not_found(q: Question, key: str = "not_found", **values) -> Answer:
    return Answer(answer=msg(key, **values), found=False, question=q.display or q.standalone)


def _held_apart(word: str, evidence: list[Evidence], q: Question) -> bool:
    parts = word.split()
    if len(parts) < 2:
        return False
    parts = parts if q.accented else [fold(p) for p in parts]
    return any(e.coverage >= FOUND_THRESHOLD and set(parts) <= set(syllables(e.sentence.text) if q.accented else
                                                                    [fold(x) for x in syllables(e.sentence.text)])
               for e in evidence)


def compose(q: Question, evidence: list[Evidence], weights: TermWeights, reports: dict[str, Report]) -> Answer:
    missing = missing_concepts(q, weights)
    # Refusal by evidence, not vocabulary: a word no report uses ('photphoric' for 'phosphoric', 'QLTT'
    # for 'quản lý thị trường') refuses only when no passage holds the rest of the question well.
    known = [t for t in q.focus if "_" not in t and not weights.absent(t)]
    if missing and not q.english and len(known) >= 3 and evidence and evidence[0].coverage >= STRONG_EVIDENCE:
        missing = []
    # ('… chia theo vàng bạc đồng' of '196 huy chương (52 Huy chương Vàng, 61 Huy chương Bạc, …)'): a word of
    # the question whose syllables a passage answering it holds apart is named there, listed
    missing = [m for m in missing if not _held_apart(m, evidence[:3], q)]
    if missing:
        return not_found(q, "not_found_missing", terms=", ".join(dict.fromkeys(missing)))
    if not evidence or evidence[0].coverage < FOUND_THRESHOLD:
        return not_found(q)
    if q.kind in ("figure", "short", "general", "list"):
        reading = table_query.read(q, evidence, reports)
        if reading is not None and q.plan_and_result and reading.kind != "plan":
            # a target and what was achieved, and no row with both columns: the sentences that set
            # and report them come before a table's cells (which answer when no sentence does)
            said = _figure_answer(q, evidence, weights, reports)
            if said.found:
                return said
        if reading is not None:
            return _table_answer(q, reading, evidence, reports)
    if q.kind == "figure":
        return _figure_answer(q, evidence, weights, reports)
    return _general_answer(q, evidence, reports)


def _table_answer(q: Question, t: table_query.TableReading, evidence: list[Evidence],
                  reports: dict[str, Report]) -> Answer:
    """'Khoản nào … thấp nhất', 'chỉ tiêu nào không đạt', '… lần lượt là bao nhiêu': the rows that
    answer, each with its cells, cited to its row and quoted. No figure of our own (not even how many
    rows were compared): every figure said stands in a quoted row."""
    rep = reports[t.evidence.report_id]
    chunk = t.evidence.chunk
    cites = CitationList(reports)
    said = []
    for row, cells in t.rows:
        n = cites.add(rep.id, chunk.section, chunk.section_title, row.span)
        values = msg("statement_joiner").join(msg("table_column_value", column=h, value=v) for h, v in cells)
        said.append(msg("table_row_said", row=row.label, cells=values, n=n))
    key = {"extreme": "table_extreme", "fails": "table_fails", "cells": "table_cells", "plan": "table_cells"}[t.kind]
    lines = [msg(key, report=fa.report_phrase(rep), section=chunk.section, rows=msg("statement_joiner").join(said),
                 word=t.word, column=t.column)]
    quotes = [(rep.id, chunk, row.span) for row, _ in t.rows]  # every row said is quoted (at most MAX_ROWS)
    return _with_quotes(q, lines, quotes, cites, reports)


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
    # bodies asked together ('Thanh tra huyện và Phòng Tài nguyên …'): each sentence holds one of them,
    # so less of the question; each body's best is picked from its own statements below
    good = with_fig[:MAX_BODY_EVIDENCE] if q.others else [e for e in with_fig if e.coverage >= 0.8 * top]
    # rows of a table among the best: the table's own total row ('Tổng cộng') states the whole, which a
    # question that names no row asks for, though its label holds fewer of the question's words
    rows = [g for g in good if " | " in g.sentence.text]
    if _ASKS_TOTAL.search(q.text) and not any(table_query.names_row(g.sentence.text, q.text) for g in rows):
        good += [e for e in with_fig if e not in good and fa.is_total_row(e.sentence.text)
                 and any(g.report_id == e.report_id and g.chunk.section == e.chunk.section for g in rows)]
    stmts = [s for e in good for s in fa.statements(q, e, weights, reports[e.report_id]) if s.score > 0]
    # A figure answers only from a sentence that holds what is asked: not 'kiểm tra' for 'giám sát',
    # not 'giấy phép hoạt động khoáng sản' for 'giấy phép xây dựng'.
    # (a second ask with a unit of its own may be answered by a sentence that holds less of the question)
    every = [s for e in _dedupe(evidence) if e.has_figure
             for s in fa.statements(q, e, weights, reports[e.report_id])] if q.more_units or q.plan_and_result else []
    further: list | None = None  # the supported statements of the sentences below the best, read once if needed

    def further_down() -> list:
        nonlocal further
        if further is None:
            further = _of_year_part(q, [s for e in with_fig if e not in good
                                        for s in fa.statements(q, e, weights, reports[e.report_id])
                                        if s.supported and s.score > 0], reports)
        return further

    supported = [s for s in stmts if s.supported]
    # The sentences that hold what is asked may all be another body's, or of another level ('cấp tỉnh' for
    # 'cấp huyện'): read further down.
    stmts = _of_year_part(q, supported, reports) if supported else further_down()
    if not stmts:
        return not_found(q, "not_found_figure")
    stmts, other_period = _of_asked_months(q, stmts, reports)
    if not stmts:
        # the sentences that hold most of the question are of another stretch of months ('… 9 DN hoàn tất
        # thủ tục giải thể' of October, for '10 tháng'): read further down for one of the months asked
        stmts, _ = _of_asked_months(q, further_down(), reports)
    if stmts:
        stmts, other_period = _of_asked_years(q, stmts, reports)
    if stmts:
        stmts, other = _of_named_period(q, stmts, reports)
        other_period = other_period + other
    if not stmts:
        said = periods.stated(q.text)
        return _other_subject(q, other_period, reports, msg("figure_other_period", period=said[0] if said else q.text))
    for rid in {s.report_id for s in stmts}:
        fa.attach_subjects([s for s in stmts if s.report_id == rid], reports[rid])
    fitting = [s for s in stmts if fa.answers_subject(q, s)]
    if not fitting:
        return _other_subject(q, stmts, reports)
    base = fa.base_year(q.text)
    if base:
        # 'Tỷ lệ bao phủ BHYT … cùng kỳ năm 2025 là bao nhiêu?': the base period's own figure, which a
        # statement that does not name that year does not give (this period's is context only)
        of_base = [s for s in fitting if re.search(rf"(?<![\d/]){base}(?![\d/])", _said_around(s, reports[s.report_id]))]
        if not of_base:
            return _other_subject(q, fitting, reports, msg("figure_other_period", period=f"cùng kỳ năm {base}"))
        # ('46 phiên … (cùng kỳ năm 2025 là 38 phiên)': the figure the base year is said of)
        fitting = [s for s in of_base if re.search(rf"(?<![\d/]){base}(?![\d/])", _before_figure(s))] or of_base
    else:
        # a question that asks no base is not answered by the base of a change ('cùng kỳ năm 2025 là 38 phiên')
        fitting = [s for s in fitting if not _BASE_OF_CHANGE.search(_before_figure(s))] or fitting
    if (not q.percent and not q.money and q.unit and not q.more_units and not set(q.unit) & fa.MEASURE_UNITS
            and fold(_asked_thing(q, "")).lower().split()[:1] == q.unit[:1]):
        # 'Trung tâm Y tế huyện có bao nhiêu giường bệnh?': a count is not answered by a rate of the thing
        # ('công suất sử dụng giường bệnh đạt 92,4%')
        counts = [s for s in fitting if not fa.own_rate(s)]
        if not counts:
            return _other_subject(q, fitting, reports, msg("figure_rate_only", counted=_asked_thing(q)))
        fitting = counts
    # a figure a sentence of the report states as well as a table's cell is answered from the sentence,
    # which says with it what it is and how it changed (the table then stays one of the quotes)
    said = {(s.report_id, n): s.score for s in fitting if not s.table for n in fa.figure_numbers(s)}
    fitting = [s for s in fitting if not (s.table and any(said.get((s.report_id, n), -9) >= 0.7 * s.score
                                                          for n in fa.figure_numbers(s)))] or fitting
    # Reports oldest first; per report, the statements that state the figure best.
    cites = CitationList(reports)
    picked: list[fa.Statement] = []
    lines: list[str] = []
    rids = fa.ordered_reports([s.report_id for s in fitting], reports)
    for rid in rids:
        if q.others:
            # each body asked about gets its own figure, chosen among its own statements by how well they
            # state it: a sentence's share of the question counts the other bodies' words too
            mine = []
            for body in [q.subject, *q.others]:
                theirs = fa.pick([s for s in fitting if s.report_id == rid and fa.answers_subject(q, s, body)],
                                 by_sentence=False)
                mine += [s for s in theirs if s not in mine]
        else:
            # (the base period's figure asked is said beside the current one, not by the sentence that holds
            # most of the question)
            mine = fa.pick([s for s in fitting if s.report_id == rid], by_sentence=fa.base_year(q.text) is None)
        if q.plan_and_result:
            mine = _target_and_result(mine, [s for s in fitting + [e for e in every if e.supported]
                                              if s.report_id == rid and s.score > 0])
        mine += _second_ask(q, mine, every)
        if not q.others:
            mine += _second_thing(q, mine, [s for s in fitting if s.report_id == rid])
        picked.extend(mine)
        lines.extend(_statement_lines(mine, reports[rid], cites, many=len(rids) > 1))
    quotes = [(s.report_id, s.ev.chunk, fa.quote_span(s, reports[s.report_id])) for s in picked]
    quotes += [(e.report_id, e.chunk, e.sentence) for e in good if all(e is not s.ev for s in picked)]
    quotes = list({(rid, span.start, span.end): (rid, chunk, span) for rid, chunk, span in quotes}.values())
    return _with_quotes(q, lines, quotes[:MAX_QUOTES], cites, reports)


# 'tổng cộng bao nhiêu', 'tổng số …', 'toàn bộ': the whole is asked, which a table says in its total row
_ASKS_TOTAL = re.compile(r"\b(?:tổng cộng|tổng số|toàn bộ|tất cả|toàn tỉnh|cả tỉnh|tong cong|tong so|toan bo|tat ca|toan tinh)\b",
                         re.I)


def _before_figure(st) -> str:
    """The words of the statement's clause before its figure ('cùng kỳ năm 2025 là' of '… 38 phiên')."""
    if st.table:
        return st.clause.text.rpartition(": ")[0]  # the cell's column ('Cùng kỳ 2025')
    first = [x for x in find_quantities(st.clause.text) if not re.fullmatch(r"(?:19|20)\d{2}", x.text.strip())][:1]
    return st.clause.text[:first[0].start] if first else st.clause.text


_BASE_OF_CHANGE = re.compile(r"(?:cùng kỳ|năm trước|kỳ trước)(?:\s+năm)?(?:\s+(?:19|20)\d{2})?\s*(?:là|:|đạt|có)?\s*$", re.I)


def _asked_thing(q: Question, default: str | None = None) -> str:
    """What 'bao nhiêu' counts, as typed ('giường bệnh')."""
    m = re.search(r"\b(?:bao nhiêu|bao nhieu|mấy|may)\s+([^?,;:.]+)", q.text, re.I)
    return m.group(1).strip() if m else " ".join(q.unit) if default is None else default


def _of_year_part(q: Question, stmts: list, reports: dict[str, Report]) -> list:
    """'6 tháng đầu năm 2025' asked of 2026 reports only: a figure of that period is one whose own
    sentence names its year ('… so với cùng kỳ năm 2025 …' is not enough: that is a change)."""
    said = periods.stated(q.text)
    years = {y for p in said for y in re.findall(r"\b(?:19|20)\d{2}\b", p)}
    report_years = {y for rid in {s.report_id for s in stmts}
                    for y in re.findall(r"\b(?:19|20)\d{2}\b", f"{reports[rid].period or ''} {reports[rid].title}")}
    # (a part of a year only: a report issued early in 2026 reviews 'năm 2025' without saying so)
    part = [p for p in said if (sp := periods.parse(p)) is not None and (sp.first, sp.last) != (1, 12)]
    if years and part and not years & report_years and not any(re.search(r"\d{4}\D+\d{4}", p) for p in said):
        return [s for s in stmts if any(re.search(rf"(?<![\d/]){y}(?![\d/])", s.ev.sentence.text) for y in years)
                and not re.search(r"cùng kỳ(?: năm)? (?:19|20)\d{2}", s.ev.sentence.text)]
    return stmts


def _of_asked_months(q: Question, stmts: list, reports: dict[str, Report]) -> tuple[list, list]:
    """'Lũy kế 9 tháng …' asked of a quarter's report, 'đến hết tháng 6' of a year's: only statements
    whose sentence or heading states those months answer; the report's own-period figures are
    context (second list), never the answer."""
    keep, other = [], []
    for st in stmts:
        rep = reports[st.report_id]
        part = periods.asked_part(q.text, rep.period, rep.meta.get("period_from") == "date")
        year = periods.parse(rep.period).year if part else None
        (keep if part is None or part in periods.spans_in(_said_around(st, rep), year, loose=True) else other).append(st)
    return keep, other


def _said_around(st, rep: Report) -> str:
    """Where a statement's period may be said: before the sentence in its paragraph ('Lũy kế 9 tháng,
    …. Trong đó …'), in the sentence, in the sentence its list completes, in the headings above it."""
    at = st.ev.sentence.start
    para = rep.text[rep.text.rfind("\n", 0, at) + 1:at] if 0 <= at <= len(rep.text) else ""
    # (a footnote's context is the sentence that references it: its periods are that sentence's)
    context = "" if "chú thích" in st.ev.chunk.section else st.ev.context
    return " ".join([para, st.ev.sentence.text, context] + [sec.title for sec in rep.section_path(st.ev.chunk.section)])


def _of_asked_years(q: Question, stmts: list, reports: dict[str, Report]) -> tuple[list, list]:
    """'Năm 2020 có bao nhiêu hộ nghèo?' asked of the review of 2021 - 2025: a year outside what a
    report covers, or one year inside a term it covers, is answered only by a statement that names it
    (not as 'cùng kỳ năm 2020', the base of a change); the report's own figures are context."""
    said = [p for p in periods.stated(q.text) if not re.search(r"\d{4}\D+\d{4}", p)]
    asked = {int(y) for p in said for y in re.findall(r"\b(?:19|20)\d{2}\b", p)}
    keep, other = [], []
    for st in stmts:
        rep = reports[st.report_id]
        span = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", rep.period or "")]
        outside = (asked and span and rep.meta.get("period_from") != "date"
                   and all(not span[0] <= y <= span[-1] for y in asked))
        # 'Năm 2024 …' asked of the review of 2021 - 2025: one year of a term is a figure that names it
        # (the term's total is not that year's; a school year '2025 - 2026' is one period, not a term)
        outside = outside or bool(asked and span and span[-1] - span[0] >= 2 and rep.meta.get("period_from") != "date"
                                  and all(span[0] <= y <= span[-1] for y in asked))
        if outside:
            where = re.sub(r"(?:cùng kỳ|cung ky)(?:\s+năm)?\s+(?:19|20)\d{2}", " ", _said_around(st, rep), flags=re.I)
            # ('nhiệm kỳ 2020 - 2025' is a term, not the year 2025)
            where = re.sub(r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b", " ", where)
            outside = not any(re.search(rf"(?<![\d/]){y}(?![\d/])", where) for y in asked)
        (other if outside else keep).append(st)
    return keep, other


def _of_named_period(q: Question, stmts: list, reports: dict[str, Report]) -> tuple[list, list]:
    """A period asked that the statement's own words put elsewhere: 'Chỉ số PAR INDEX năm 2026 …?' is not
    answered by 'Chỉ số PAR INDEX năm 2025 … đạt 88,47%' (a year-2026 report gives last year's index), nor
    'năm học 2024 - 2025' by a school-year report's own figures of 2025 - 2026 that name no year."""
    said = periods.stated(q.display or q.text)  # (as asked: the period that chose the report is out of q.text)
    if len(said) != 1:
        return stmts, []
    years = re.findall(r"\b(?:19|20)\d{2}\b", said[0])
    school = re.match(r"năm học", said[0], re.I) and len(years) == 2
    if not years or (len(years) > 1 and not school):
        return stmts, []
    keep, other = [], []
    for st in stmts:
        rep = reports[st.report_id]
        where = _said_around(st, rep)
        if school:
            a, b = years
            # a report of another school year gives that year's figures unless its words name the one asked
            mine = re.findall(r"\b(?:19|20)\d{2}\b", rep.period or "")
            named = re.search(rf"{a}\s*[-–]\s*{b}", where)
            (keep if named or mine == years else other).append(st)
            continue
        # the year the statement gives its figure for, said before the figure in its clause ('Chỉ số … năm 2025
        # … đạt 88,47%'; with the sentence a list item completes: 'Năm 2027, … phấn đấu … sau:'), not a
        # base after it ('… tăng 5.425 hội viên so với cuối năm 2025') nor one in brackets
        first = find_quantities(st.clause.text)[:1]
        before = st.clause.text[:first[0].start] if first else st.clause.text
        if "chú thích" not in st.ev.chunk.section and st.ev.context:
            before = f"{st.ev.context} {before}"
        before = re.sub(r"\([^()]*\)", " ", before)
        stated = {m.group(1) for m in _OWN_YEAR.finditer(before)
                  if not _BASE_BEFORE.search(before[max(0, m.start() - 14):m.start()])}
        (other if stated and not stated & set(years) else keep).append(st)
    return keep, other


_OWN_YEAR = re.compile(r"(?:\bnăm\s+|(?<=[^\W\d_]\s))((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)", re.I)
_BASE_BEFORE = re.compile(r"(?:so với|cùng kỳ|từ|đến|hơn|trước|sau|kỳ|đoạn)\s*$", re.I)


def _target_and_result(mine: list, candidates: list) -> list:
    """'Mục tiêu … là bao nhiêu và thực tế đạt được bao nhiêu?': the best target and the best result,
    each from its own statements (the best two may both be targets)."""
    out = []
    for planned in (True, False):
        kind = [s for s in candidates if s.planned == planned]
        if kind:
            best = max(kind, key=lambda s: s.score)
            if best not in out:
                out.append(best)
    return out or mine


def _second_ask(q: Question, mine: list, every: list) -> list:
    """'… bao nhiêu ca sốt phát ban nghi sởi và mấy trường hợp tử vong?': a second ask with its own
    unit, not stated by the figures picked for the first, is answered from the same section: the
    figure there counted in that unit ('Có 01 trường hợp tử vong …'), which the first ask's words
    need not hold."""
    if not q.more_units or not mine:
        return []
    out = []
    for more in q.more_units:
        # ('…, chiếm tỷ lệ bao nhiêu?': a rate, whatever words follow its '%')
        fits = (lambda s: fa.is_rate(s)) if more == RATE else (lambda s: fa.unit_matches(more, s.unit))
        # (a rate the picked piece already says: '17 TCCS, chiếm 1,49%, giảm 6 tổ chức …')
        said = (lambda s: fits(s) or "%" in s.piece.text) if more == RATE else fits
        if any(said(s) for s in mine + out):
            continue
        near = [s for s in every if s.report_id == mine[0].report_id and s.ev.chunk.section == mine[0].ev.chunk.section
                and fits(s) and s not in mine and not _money_unit(s.unit)]
        if near:
            out.append(max(near, key=lambda s: s.score))
    return out


# '… về lượt khách và tổng thu du lịch là bao nhiêu?': two things counted by one ask
_TWO_THINGS = re.compile(r"([^,;?]+?)\s+(?:và|va)\s+([^,;?]+?)\s+(?:(?:là|đạt|được|la|dat|duoc)\s+)?(?:bao nhiêu|mấy|bao nhieu|may)\b"
                         r"\s*(?:\?|$)", re.I)


def _second_thing(q: Question, mine: list, fitting: list) -> list:
    """The second of two things asked together, when the statements picked state only the first: the
    statement that states it best among those that fit the question (its words in its own piece)."""
    m = _TWO_THINGS.search(q.text)
    if not m or not mine:
        return []
    # (the first thing from its last preposition: '… của Sở VHTTDL Kỳ Phong về | lượt khách')
    first = re.split(r"\s(?:về|của|có|là|ve|cua|co|la)\s", m.group(1))[-1]
    out: list = []
    for thing in (first, m.group(2)):
        words = {fold(w) for w in syllables(thing)} - FOLDED_STOPWORDS
        holds = lambda st: words <= {fold(w) for w in syllables(st.piece.text)}  # noqa: E731
        if not words or any(holds(st) for st in mine + out):
            continue
        others = [st for st in fitting if st not in mine and holds(st) and st.parent is None]
        out += [max(others, key=lambda st: st.score)] if others else []
    return sorted(out, key=lambda st: st.piece.start)


def _money_unit(unit: str) -> bool:
    return bool(re.match(r"(?:đồng|dong|triệu|trieu|tỷ|ty)\b", unit or ""))


def _statement_lines(stmts: list, report: Report, cites: CitationList, many: bool) -> list[str]:
    """One line per section of the report: "Theo báo cáo … (mục I.3), A [1]; B [2]."."""
    by_section: dict[str, list[str]] = {}
    for st in stmts:
        n = cites.add(report.id, st.ev.chunk.section, st.ev.chunk.section_title, fa.quote_span(st, report))
        line = f"{fa.statement_text(st)} [{n}]"
        if line not in by_section.setdefault(st.ev.chunk.section, []):  # two figures of one piece: said once
            by_section[st.ev.chunk.section].append(line)
    key = "figure_lead_many" if many else "figure_lead"
    return [msg(key, report=fa.report_phrase(report), section=sec, statements=msg("statement_joiner").join(parts))
            for sec, parts in by_section.items()]


def _other_subject(q: Question, stmts: list, reports: dict[str, Report], lead: str | None = None) -> Answer:
    """No figure of the body (or the months) asked about: say so, and show the nearest figures as
    context only."""
    cites = CitationList(reports)
    nearest: list = []
    for st in sorted(stmts, key=lambda s: (not s.supported, -s.score)):
        if all(st.report_id != o.report_id or st.piece.end <= o.piece.start or o.piece.end <= st.piece.start
               for o in nearest):  # one statement per stretch of text
            nearest.append(st)
    nearest = nearest[:2]
    lines = [lead or msg("figure_other_subject", subject=q.subject.text), "", msg("figure_context_heading")]
    for st in nearest:
        rep = reports[st.report_id]
        n = cites.add(rep.id, st.ev.chunk.section, st.ev.chunk.section_title, fa.quote_span(st, rep))
        lines.append(msg("figure_lead_many", report=fa.report_phrase(rep), section=st.ev.chunk.section,
                         statements=f"{fa.statement_text(st)} [{n}]"))
    return Answer(answer="\n".join(lines), found=False, citations=cites.items, question=q.display or q.standalone)


def merge_per_report(q: Question, parts: list[tuple[Report, Answer]]) -> Answer:
    """'… trong mỗi báo cáo': each report's own answer lead, renumbered into one answer; a report
    without the figure says so."""
    cites = CitationList({rep.id: rep for rep, _ in parts})
    lines: list[str] = []
    for rep, ans in parts:
        if not ans.found:
            lines.append(msg("per_report_none", report=fa.report_phrase(rep)))
            continue
        renumber = {c.n: cites.add(c.report, c.section, c.section_title, Span(c.quote, c.start, c.end))
                    for c in ans.citations}
        for line in ans.lead:
            line = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", line)
            lines.append(line if line.startswith("- ") else f"- {line}")
    found = any(a.found for _, a in parts)
    if not found:
        return not_found(q, "not_found_figure")
    out = lines + ["", msg("quotes_heading")]
    for c in cites.items:
        place = msg("section_page", section=c.section, page=c.page) if c.page is not None else c.section
        out.append(msg("quote_line_report", n=c.n, report=report_label(cites.reports[c.report]), section=place,
                       quote=c.quote))
    return Answer(answer="\n".join(out), found=True, citations=cites.items, question=q.display or q.standalone,
                  lead=lines, quotes=[Quote(n=c.n, text=c.quote) for c in cites.items])


_PLURAL_ASK = re.compile(r"\b(?:những|các|nhung|cac)\b.*\b(?:nào|gì|nao|gi)\b", re.I)
_YES_NO = re.compile(r"\b(?:có|đã|co|da)\s+(.+?)\s+(?:hay\s+)?(?:không|chưa|khong|chua)\s*\??\s*$", re.I)


def yes_no_predicate(text: str) -> list[str]:
    """The content words of what a yes/no question asks ('… có để lại mìn câm không?' → để lại mìn câm)."""
    m = _YES_NO.search(text)
    if not m:
        return []
    return [fold(w) for w in syllables(m.group(1)) if fold(w) not in FOLDED_STOPWORDS and not w[:1].isdigit()]


def _holds_names(q: Question, e: Evidence, report: Report) -> bool:
    """Does the passage (with its headings, list lead-in and report title) hold the names and numbers
    the question picks its thing by ('VLNCN', 'Công ty Hiệp Phú', 'Gói thầu số 14')?"""
    # a name stays in force over the section and its parent once said ('I.3. Công ty Hiệp Phú'); a
    # number only over its own section ('gói thầu 13' in a. is not in force over 'b. … gói thầu 14')
    sec = report.section(e.chunk.section)
    own = report.text[sec.body_start:e.sentence.start][-2000:] if sec is not None and sec.body_start <= e.sentence.start else ""
    parent = report.section(sec.parent) if sec is not None and sec.parent else None
    if parent is not None:  # the parent's lead-in, before its first child ('I.3. …: tại Gói thầu số 15.')
        first = min([c.start for c in (report.section(n) for n in parent.children) if c is not None] + [sec.start])
        own = f"{report.text[parent.body_start:first][-2000:]} {own}"
    earlier = fa.section_before(report, e.chunk.section, e.sentence.start)
    here = fa.DATES.sub(" ", f"{e.context} {e.sentence.text} {e.chunk.path_title} {report.title} {report.issuer or ''} {own}")
    wide = fa.DATES.sub(" ", f"{here} {earlier}")  # 'ngày 13/9/2024' holds no '13' of 'Gói thầu số 13'
    numbers = {fold(w) for w in syllables(here)}
    names = {fold(w) for w in syllables(wide)} | initials(wide)
    return all(t in (numbers if t[:1].isdigit() else names) for t in q.required)


def _general_answer(q: Question, evidence: list[Evidence], reports: dict[str, Report]) -> Answer:
    ev = _dedupe(evidence)
    if q.required:
        # a sentence about another thing ('hóa chất' for a question on 'VLNCN') gives way to one that names it
        named = [e for e in ev if _holds_names(q, e, reports[e.report_id])]
        if named and named[0].coverage >= FOUND_THRESHOLD:
            ev = named
    kind = short_kind(q.text) if q.kind == "short" else None
    if kind in ("date", "document", "place") or (kind == "who" and ROLE_Q.search(q.text)):
        # 'vào thời gian nào', 'quyết định nào', 'ở đâu', 'Ai giữ chức …': a sentence without a date (a paper's
        # number, a place, a person) cannot answer, however many of the question's words it shares; one that
        # has it comes first
        floor = max(FOUND_THRESHOLD, SPAN_FLOOR * ev[0].coverage)
        spanned = [e for e in ev if e.coverage >= floor and find_span(kind, e.sentence.text, q.text)]
        if spanned:
            ev = spanned + [e for e in ev if e not in spanned and e.coverage >= spanned[0].coverage * 0.8]
    predicate = yes_no_predicate(q.text)
    if predicate:
        # 'Gói thầu số 15 có để lại mìn câm không?': the sentence that says whether ('không có mìn
        # câm') comes before the ones that only name the place
        said = lambda e: sum(t in {fold(w) for w in syllables(e.sentence.text)} for t in predicate) / len(predicate)
        ev = sorted(ev, key=lambda e: (e.coverage < FOUND_THRESHOLD, -said(e), -e.score))
    top = ev[0].coverage
    good: list[Evidence] = []
    per_section: dict[tuple[str, str], int] = {}
    # 'những hồ sơ, văn bản nào …?' asks for several things, often items of one section
    per_section_cap = MAX_QUOTES if _PLURAL_ASK.search(q.text) else 2
    for e in ev:
        key = (e.report_id, e.chunk.section)
        if e.coverage < max(FOUND_THRESHOLD, 0.8 * top) or per_section.get(key, 0) >= per_section_cap:
            continue
        per_section[key] = per_section.get(key, 0) + 1
        good.append(e)
        if len(good) == MAX_QUOTES:
            break
    # Sections in the order of their best sentence; within a section, document order.
    first_seen = list(dict.fromkeys((e.report_id, e.chunk.section) for e in good))
    # Reports oldest first; within a report, sections in the order of their best sentence.
    first_seen.sort(key=lambda k: (order_key(reports[k[0]].period), k[0]))
    order = {key: i for i, key in enumerate(first_seen)}
    good.sort(key=lambda e: (order[(e.report_id, e.chunk.section)], e.sentence.start))
    cites = CitationList(reports)
    # the span comes from the best-fitting sentence that has one; its citation is numbered first
    # (oldest report first, as the quotes are shown)
    report_rank = {rid: i for i, rid in enumerate(dict.fromkeys(rid for rid, _ in first_seen))}
    lines = _short_lead(q, sorted(good, key=lambda e: (report_rank[e.report_id], -e.score)), cites)
    current: tuple[str, str] | None = None
    for e in good:
        key = (e.report_id, e.chunk.section)
        if key != current:
            if lines:
                lines.append("")
            lines.append(msg("general_intro", report=report_label(reports[e.report_id]), section=e.chunk.section,
                             section_title=e.chunk.section_title))
            current = key
        span = _with_what_follows(reports[e.report_id], e.sentence)
        n = cites.add(e.report_id, e.chunk.section, e.chunk.section_title, span)
        lines.append(f"- “{span.text}” [{n}]")
    return Answer(answer="\n".join(lines), found=True, citations=cites.items, question=q.display or q.standalone)


SPAN_FLOOR = 0.6  # of the best sentence's coverage: how far a sentence holding the asked span may fall behind
_ANNOUNCES = re.compile(r"(?:như sau|sau đây|gồm|bao gồm|cụ thể)\s*:|:\s*$", re.I)
FOLLOW_CHARS = 700
_FULL_STOP = re.compile(r"\.(?=\s|$)")  # not the dot of '1.939.211'


def _with_what_follows(report: Report, sent: Span) -> Span:
    """A sentence that announces what follows ('… cụ thể như sau: Phát triển ….') is quoted with the
    rest of its paragraph: what it announces is the answer. Cut at a sentence end within FOLLOW_CHARS."""
    if sent.text.rstrip().endswith(";") and not report.text.startswith("\n", sent.end):
        # '… chấp hành tốt Luật …; Nghị định …; Thông tư …; QCVN ….': one sentence cut at its
        # semicolons; the enumeration runs to the full stop
        m = _FULL_STOP.search(report.text, sent.end, min(len(report.text), sent.start + FOLLOW_CHARS))
        para = report.text.find("\n", sent.end)
        if m and (para < 0 or m.start() < para):
            return Span(report.text[sent.start:m.start() + 1], sent.start, m.start() + 1)
        return sent
    para_end = report.text.find("\n\n", sent.end)
    para_end = len(report.text) if para_end < 0 else para_end
    tail = report.text[sent.end:para_end]
    if not _ANNOUNCES.search(sent.text):
        # '… xảy ra 03 vụ ngộ độc thực phẩm … . Cụ thể:': the paragraph ends announcing the items
        if len(tail.strip()) <= 30 and _ANNOUNCES.search(tail.strip()) and "\n" not in tail.strip():
            return _with_items(report, Span(report.text[sent.start:para_end], sent.start, para_end))
        return sent
    if para_end <= sent.end:
        return _with_items(report, sent)
    limit = min(para_end, sent.start + FOLLOW_CHARS)
    end = para_end if para_end == limit else report.text.rfind(". ", sent.end, limit) + 1
    if end <= sent.end:
        return sent
    return Span(report.text[sent.start:end], sent.start, end)


_ITEM_MARK = re.compile(r"^\s*([-+•*–]|[a-zđ]\)|\(?\d{1,2}\))\s")


def _with_items(report: Report, sent: Span) -> Span:
    """A paragraph that ends announcing ('… nổi bật là:', 'Cụ thể:') is quoted with the items that
    follow it, each its own paragraph ('+ …', '- …'); an item that announces takes its sub-items, not
    its siblings (the items marked as it is). Whole items only, within FOLLOW_CHARS."""
    para_start = report.text.rfind("\n", 0, sent.start) + 1
    own = _ITEM_MARK.match(report.text[para_start:sent.end])
    own_mark = own.group(1)[0] if own else None
    end, pos = sent.end, sent.end
    while True:
        nxt = re.compile(r"\n+").match(report.text, pos)
        if nxt is None:
            break
        line_end = report.text.find("\n", nxt.end())
        line_end = len(report.text) if line_end < 0 else line_end
        mark = _ITEM_MARK.match(report.text[nxt.end():line_end])
        if mark is None or mark.group(1)[0] == own_mark or line_end - sent.start > FOLLOW_CHARS:
            break
        end = pos = line_end
    return sent if end == sent.end else Span(report.text[sent.start:end], sent.start, end)


def _short_lead(q: Question, ranked: list[Evidence], cites: CitationList) -> list[str]:
    """'Ai …', 'khi nào', 'quy định nào', 'tên gì': the span that answers, from the first quoted
    sentence that has one, before the quotes."""
    kind = short_kind(q.text) if q.kind == "short" else None
    for e in ranked if kind else []:
        found = find_span(kind, e.sentence.text, q.text)
        if found:
            n = cites.add(e.report_id, e.chunk.section, e.chunk.section_title, e.sentence)
            return [msg("short_lead", span=e.sentence.text[found[0]:found[1]], n=n)]
    return []


def _with_quotes(q: Question, lines: list[str], quotes: list[tuple[str, object, Span]], cites: CitationList,
                 reports: dict[str, Report]) -> Answer:
    many = len({rid for rid, _, _ in quotes}) > 1
    out = lines + ["", msg("quotes_heading")]
    quoted: list[Quote] = []
    for rid, chunk, span in quotes:
        n = cites.add(rid, chunk.section, chunk.section_title, span)
        quoted.append(Quote(n=n, text=span.text))
        place = cited_place(reports[rid], chunk.section, span.start)  # 'I.3' or 'Phụ lục 1, trang 10'
        if many:
            out.append(msg("quote_line_report", n=n, report=report_label(reports[rid]), section=place,
                           quote=span.text))
        else:
            out.append(msg("quote_line", n=n, section=place, quote=span.text))
    return Answer(answer="\n".join(out), found=True, citations=cites.items, question=q.display or q.standalone,
                  lead=lines, quotes=quoted)
