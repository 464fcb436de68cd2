"""'Bao nhiêu' answers that say whose figure it is, for which period, with its breakdown:
"Theo báo cáo 6 tháng đầu năm 2021 (mục I.3), cấp ủy các cấp thi hành kỷ luật 106 đảng viên (…) [1];
Ủy ban kiểm tra các cấp thi hành kỷ luật 27 đảng viên [2]."

Each statement is a verbatim piece of its source sentence: the clause with the figure, reaching to the
clause that holds its verb ('kiểm tra 265 đảng viên và 292 tổ chức đảng') and over its breakdown in
brackets or after 'trong đó'. Its subject is the body in force where it stands (subjects.py); only the
connecting words come from prompts/messages.toml."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.figures import find_quantities, unit_after
from index.models import Report
from index.footnotes import strip_markers
from index.tables import ROW_MARK, is_total
from index.sentences import Span, clause_spans, sentence_spans
from index.textnorm import fold
from index.vntext import FOLDED_STOPWORDS, folded_terms, syllables, terms as terms_of

from .counting import (NOTE_MARK, PARTITIONS, PERSONS, PLAN_COLUMN, SUBSET, base_year, bracket_unit, negated_words,  # noqa: F401
                       other_of_same_head, other_unit, plan_is_base, spelled, unit_matches, words_of)
from .evidence import Evidence, TermWeights, coverage, expanded_terms
from .issuer_names import initials
from .messages import msg
from .noise import noise_words
from . import periods
from .periods import PLAN, order_key
from .question import PERIOD, RATE, Question, has_diacritics
from .subjects import Subject, same_body, subject_at
from .table_answer import UNIT_HEAD, cell_for


@dataclass
class Statement:
    ev: Evidence
    clause: Span  # the clause that holds the figure
    piece: Span  # what the answer quotes: from the clause holding the verb to the end of the breakdown
    base: Span  # the piece without its breakdown: 'thi hành kỷ luật 214 đảng viên'
    score: float
    unit: str  # what the figure counts, folded ('dang vien'); a breakdown item inherits its total's
    parent: "Statement | None" = None  # the total this figure breaks down ('khai trừ 04' of '89 đảng viên')
    subject: Subject | None = None
    quote_start: int = 0  # where the cited quote starts so that it holds the subject
    items: list["Statement"] = field(default_factory=list)
    supported: bool = True  # its sentence holds what the question asks about (the action, the counted thing)
    table: bool = False  # a cell of a table row: its column header, not a clause subject, names whose it is
    context: str = ""  # the report's title: the issuing body a scope-only subject may stand for
    planned: bool = False  # a target ('phấn đấu', 'mục tiêu' in its own clause), not what was done

    def __post_init__(self):
        # a statement no subject is read for (a second ask's) quotes its own sentence from its start
        self.quote_start = self.quote_start or self.ev.sentence.start

    @property
    def report_id(self) -> str:
        return self.ev.report_id


def _lower_first(text: str) -> str:
    """Lower-case a capital that only marks the start of a sentence; keep it on names ('Ban Thường vụ')."""
    words = text.split()
    if not words or words[0].isupper() or any(w[:1].isupper() for w in words[1:4]):
        return text
    if _INSTITUTION.match(text):  # 'Ủy ban nhân dân phường', 'Hội đồng nhân dân': a body's name
        return text
    return text[:1].lower() + text[1:]


_INSTITUTION = re.compile(r"(?:Ủy ban|Uỷ ban|Hội đồng|Mặt trận|Thanh tra|Công an|Tòa án|Viện kiểm sát|Kho bạc|"
                          r"Ngân hàng|Trạm|Trường|Bệnh viện|Trung tâm|Chi cục|Cục|Sở|Bộ|Ban|Hội|Đoàn|Đảng ủy|"
                          r"Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy)\b")
# what opens a sentence that names its own measure ('Tổng thu ngân sách … ước đạt …'): no body is put before it
_MEASURE_OPENING = re.compile(r"^(?:(?:đến|tính đến|trong|lũy kế)[^,]{0,40},\s*)?(?:tổng|số|tỷ lệ|tỉ lệ|giá trị|kim ngạch|"
                              r"sản lượng|doanh thu|thu|chi|dư nợ|diện tích|năng suất|tốc độ|quy mô|mức|lượng)\b", re.I)


_FRAME = re.compile(rf"(?:{NOTE_MARK}\s*)?(?:đến|tính đến|trong|lũy kế|luỹ kế|theo|tại|năm|qua|sau|den|tinh den)\b[^,;:]{{0,60}},\s*", re.I)
_CRITERION = re.compile(r"\bcó\s+[^\d,;:()]{2,50}?\s(?:dưới|trên|không quá|tối thiểu|từ)\s+[\d.,]+\s*%", re.I)
def _later_years(text: str, year: int) -> set[str]:
    """Years after `year` that a text names on their own or as a span's start ('đến năm 2030', 'nhiệm kỳ
    2030 - 2035'); 'giai đoạn 2026 - 2030', a programme under way, is not later."""
    out = set()
    for m in re.finditer(r"(?<![\d/.])\b((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\b(?![/\d])", text):
        before = text[max(0, m.start() - 12):m.start()]
        # ('Quyết định số 2035/QĐ-UBND' is a number; '… đến năm 2030, năm 2026 đã hỗ trợ …' a programme's horizon)
        if int(m.group(1)) > year and not re.search(r"(?:\bsố|\bđến(?: năm)?|\btới(?: năm)?)\s*$", before, re.I):
            out.add(m.group(1))
    return out


_BASE_LABEL = re.compile(r"\s*(?:(?:năm|nam)\s+(?:19|20)\d{2}|(?:cùng kỳ|cung ky)(?:\s+(?:năm|nam)(?:\s+(?:19|20)\d{2}|\s+trước)?)?"
                         r"|(?:năm trước|kế hoạch|dự toán|chỉ tiêu|KH))\s*:", re.I)
# A stock is asked with a whole ('toàn …', 'tổng cộng'), as of a day ('hiện có', 'tính đến … có'), or as a
# total ('tổng số … là'); a bare 'có bao nhiêu vụ cháy' asks as often what happened
_ASKS_STOCK = re.compile(r"\b(?:hiện(?: nay)? có|có tổng(?: cộng| số)?|còn|hien(?: nay)? co|co tong(?: cong| so)?)\s+(?:bao nhiêu|mấy|bao nhieu|may)\b"
                         r"|^\s*(?:toàn|tính đến|đến|toan|tinh den|den)\b[^?]*\b(?:có|co)\s+(?:bao nhiêu|mấy|bao nhieu|may)\b"
                         r"|^\s*(?:tổng số|tong so)\b[^,;?]*\b(?:là|la)\s+(?:bao nhiêu|bao nhieu)\b", re.I)
# what states a stock before its figure: 'có', 'còn', 'là', 'gồm', 'tổng số …', a label's colon
_STATES_STOCK = re.compile(r"(?:\b(?:có|còn|là|gồm|tổng số|tổng cộng|hiện)\b[^,;]*|:\s*|^\s*)$", re.I)
# ('dẫn đầu toàn tỉnh', 'xếp cuối': one unit at an extreme; not 'người đứng đầu', 'đoàn do … dẫn đầu')
_EXTREME = re.compile(r"\b(?:(?:cao|thấp|nhiều|lớn|nhỏ|thap|nhieu|lon|nho)\s+(?:nhất|nhat)"
                      r"|(?:dẫn đầu|dan dau)\s+(?:toàn|cả|các|trong|toan|ca|cac)\b|(?:đứng|xếp|dung|xep)\s+(?:cuối|cuoi))\b", re.I)
# Words that open the parts of a total: '214 đảng viên, trong đó khiển trách 171 …', '17 giấy phép, gồm 09 …'.
_BREAKDOWN = re.compile(r"(trong đó|gồm|bao gồm|cụ thể)\s*:?\s*", re.I)


def _structure(sentence: Span) -> list[tuple[Span, Span | None, Span]]:
    """(clause, the clause it breaks down or None, the clause holding its verb) for each clause with a
    figure. Brackets and 'trong đó' open a breakdown; a clause that starts with its number continues
    the verb of the clause before it."""
    out: list[tuple[Span, Span | None, Span]] = []
    prev_end, last_total, last_fig = sentence.start, None, None
    in_breakdown = False
    clauses_before: list[tuple[Span, str, bool]] = []  # (clause, what opened it, holds a figure)
    for clause in clause_spans(sentence):
        opener = sentence.text[prev_end - sentence.start:clause.start - sentence.start]
        prev_end = clause.end
        clauses_before.append((clause, opener, bool(find_quantities(clause.text))))
        # '106 đảng viên (khiển trách 96, …)' breaks down the figure before the bracket; 'thấp nhất
        # tỉnh (1,08%)' gives the value of the words before it, which hold no figure: one value alone
        # in its bracket ('6 cuộc thanh tra, kiểm tra chuyên ngành (4 cuộc …, 2 cuộc …)' lists parts)
        prev = clauses_before[-2] if len(clauses_before) > 1 else None
        rest = sentence.text[clause.start - sentence.start:]
        bracket = rest[:rest.find(")")] if ")" in rest else rest
        # ('… giảm 37 đồng chí so với năm 2025 (262 đồng chí)': a bracket right after a year is that year's value)
        one_value = "(" in opener and prev is not None and len(find_quantities(bracket)) == 1
        # ('đạt 106,0% chỉ tiêu … giao (2.600 đảng viên)': a count is no part of a rate; it is the value of
        # the words before it)
        value_of = prev[0] if one_value and (not prev[2] or re.search(r"\b(?:năm|nam)\s+(?:19|20)\d{2}\s*$",
                                                                        prev[0].text)
                                             or (_ends_in_rate(prev[0]) and "%" not in bracket)) else None
        if "(" in opener:
            # ('74 vụ (năm 2025: 91 vụ)': a bracket that opens with another period or the plan gives a value
            # to compare with, no part)
            # (one value only: '350 vụ (năm 2021: 60 vụ, năm 2022: 70 vụ, …)' breaks a term's total down by year)
            in_breakdown = last_fig is not None and value_of is None and not (
                _BASE_LABEL.match(bracket) and len(find_quantities(bracket)) == 1)
        elif ")" in opener or ";" in opener:
            in_breakdown = False
        opens = _BREAKDOWN.match(clause.text)
        if opens and last_fig is not None:
            in_breakdown = True
            clause = _after(clause, opens.end())
        quantities = find_quantities(clause.text)
        if not quantities or not clause.text:
            continue
        starts_with_number = clause.text[:1].isdigit() or bool(re.match(r"(trên|gần|hơn|khoảng)\s+\d", clause.text))
        if in_breakdown:
            out.append((clause, last_total, clause))
            continue
        # '… (Khiển trách 96 …) và 03 tổ chức đảng': after its breakdown, a number continues the same verb
        continues = ")" not in opener or bool(re.fullmatch(r"\s*\)\s*(và|,)\s*", opener))
        verb_clause = last_fig[2] if starts_with_number and last_fig is not None and continues else clause
        if value_of is not None and starts_with_number:
            verb_clause = _reach_back(sentence, clauses_before[:-1]) if clauses_before[:-1] else value_of
        elif verb_clause is clause:
            verb_clause = _reach_back(sentence, clauses_before)
        last_fig = (clause, None, verb_clause)
        last_total = clause
        out.append(last_fig)
    return out


def figure_numbers(st: Statement) -> set[str]:
    """The numbers of the statement's own figure ('186.742' of '… là 186.742 người'), as written."""
    quantities = find_quantities(st.clause.text.rpartition(": ")[2] if st.table else st.clause.text)
    return {x.text.strip().rstrip("%").strip() for x in quantities[:1]}


def _ends_in_rate(clause: Span) -> bool:
    quantities = find_quantities(clause.text)
    return bool(quantities) and "%" in quantities[-1].text


def _cells(row: Span) -> list[Span]:
    """The cells of a table row as the loaders write it ('a | b | c'), with offsets."""
    out, pos = [], 0
    for part in row.text.split(" | "):
        lead = len(part) - len(part.lstrip())
        piece = part.strip()
        if piece:
            out.append(Span(piece, row.start + pos + lead, row.start + pos + lead + len(piece)))
        pos += len(part) + 3
    return out


def _cell_statements(q: Question, ev: Evidence, weights: TermWeights, scope: str = "") -> list[Statement]:
    """A table row ('‣ Tên | Cơ quan cấp phép – UBND tỉnh: 39 | …'): each cell with a figure is a
    statement, read with the row's name; its column header, not a clause subject, says what it is.
    A '%' in the header ('Tỷ lệ (%)') makes its cells rates. The cell an official would read for
    the question (assistant.table_answer: the column it names, else what was achieved over what was
    planned) counts a little more."""
    cells = _cells(ev.sentence)
    label = cells[0].text.removeprefix(ROW_MARK).strip() if cells else ""
    base = base_year(q.text)
    plan_asked_as_base = plan_is_base(q.text)
    # 'Đơn vị tính: %': every value of the row is a rate
    row_in_percent = any(UNIT_HEAD.match(c.text.rpartition(": ")[0]) and c.text.rstrip().endswith("%") for c in cells)
    chosen = cell_for(q.text, ev.sentence.text, q.percent)
    # the row named by the question's words and little else: 'Số hộ nghèo' for '… bao nhiêu hộ nghèo',
    # not 'Số hộ nghèo phát sinh mới và tái nghèo trong năm'
    named = {t for t in folded_terms(label) if "_" not in t} - {"so", "tong", "ty", "ti", "le"}  # ('Số', 'Tỷ lệ' say a figure)
    asked = set(folded_terms(q.text))
    precision = len(named & asked) / len(named) if named else 0.0
    # 'Thành phố Kim Sơn' is not 'tỉnh Kim Sơn': a place named with another kind of unit before its name
    of_another_unit = other_unit(label.rpartition(" › ")[2], q.text)
    out = []
    for cell in cells:
        head = cell.text.rpartition(": ")[0]
        quantities = [x for x in find_quantities(cell.text)
                      if not q.percent or row_in_percent or "%" in x.text or "%" in head]
        if not quantities or not head or UNIT_HEAD.match(head):
            continue
        after = unit_after(cell.text, quantities[-1])
        # (label and cell read apart: 'trong năm' + '2023: …' is no 'năm 2023')
        cov = (coverage(q.focus, weights, set(terms_of(label, q.accented)) | set(terms_of(cell.text, q.accented)), set())
               + 0.3 * precision)
        unit = " ".join(after[:2])
        # 'Tổng số đảng viên: 96.741': the column names what its figures count
        counted = re.sub(r"^(?:tong so|tong|so)\s+", "", fold(head))
        if q.unit and (unit_matches(q.unit, unit) or (not unit and unit_matches(q.unit, counted))):
            cov += 0.5
        if chosen is not None and chosen.column == head:
            cov += 0.3
        if plan_asked_as_base and PLAN_COLUMN.match(fold(head)) and "%" not in head:
            cov -= 0.5  # '… đạt bao nhiêu % kế hoạch': the plan is what the rate is of, not what is asked
        if base and re.search(rf"\b(?:cùng kỳ|cung ky)\b.*\b{base}\b", head, re.I):
            cov += 0.5  # 'cùng kỳ năm 2025' asked: the column 'Cùng kỳ 2025'
        if of_another_unit:
            cov -= 0.5
        if _numbers(quantities[-1].text) & _given(q):
            cov -= 0.5  # '… so với kế hoạch 80%': a figure the question already states is not asked for
        if q.money and _MONEY_UNIT.search(fold(head)):
            cov += 0.5  # 'Số tiền phạt (triệu đồng)': the column says the amount is money
        out.append(Statement(ev, cell, cell, cell, cov, unit, None,
                             supported=_supports(q, f"{ev.context} {ev.sentence.text}", ev.chunk.path_title, True, scope),
                             table=True))
    return out


def _reach_back(sentence: Span, clauses: list[tuple[Span, str, bool]]) -> Span:
    """The figure's clause reaching back over the clauses before it that hold its verb and object
    without a figure of their own, joined by ',' or 'và' ('Ủy ban MTTQ … tiếp nhận tổng số tiền ủng
    hộ phòng, chống dịch Covid-19 và Quỹ vắc-xin trên 231 tỷ đồng'); never over ';' or a bracket."""
    clause, opener, _ = clauses[-1]
    start = clause.start
    for prev, prev_opener, has_figure in reversed(clauses[:-1]):
        if has_figure or re.search(r"[;:()]", opener) or _BREAKDOWN.match(clause.text):
            break
        start, clause, opener = prev.start, prev, prev_opener
        if subject_at(prev.text) is not None:
            break
    return Span(sentence.text[start - sentence.start:clauses[-1][0].end - sentence.start], start, clauses[-1][0].end)


def _after(span: Span, n: int) -> Span:
    return Span(span.text[n:], span.start + n, span.end)


def statements(q: Question, ev: Evidence, weights: TermWeights, report: Report) -> list[Statement]:
    """The figure statements of one evidence sentence, scored against the question."""
    if " | " in ev.sentence.text:
        return _cell_statements(q, ev, weights, f"{report.title} {report.issuer or ''}")
    out: list[Statement] = []
    by_clause: dict[int, Statement] = {}
    text = report.text
    heading = set(terms_of(ev.chunk.section_title, q.accented))
    asks_plan = bool(PLAN.search(_BASIS.sub(" ", q.text)))
    act = _act_phrase(q.text)
    # ('đã giải ngân', 'giúp được bao nhiêu': what was achieved, not a target)
    asks_done = bool(re.search(r"\b(?:đã|da)\b|\b(?:được|duoc)\s+(?:bao nhiêu|mấy|bao nhieu|may)\b", q.text, re.I))
    # 'Toàn Đảng bộ … có bao nhiêu đảng viên?': a stock, which 'có 96.741 đảng viên' states and
    # 'kết nạp 2.756 đảng viên', 'thi hành kỷ luật … 1.347 đảng viên' (what was done to some) do not
    asks_stock = not q.action and set(q.asked) <= set(q.counted) and bool(_ASKS_STOCK.search(q.text))
    # the last year the report reviews: a figure said of a later one is a target
    reviewed = periods.parse(report.period) if report.period and len(re.findall(r"(?:19|20)\d{2}", report.period)) == 1 else None
    asked_years = set(re.findall(r"\b(?:19|20)\d{2}\b", q.text))
    both_asked = RATE in q.more_units
    given = _given(q)
    per_asked = {fold(m.group(1)) for m in re.finditer(r"\d\s*%?\s*/\s*([^\W\d_]+)", q.text)}
    # what a figure states is its own sentence with the sentence that opens its list, not the items
    # before it ('Kíp vi sai các loại 2.392 cái; Kíp K8 740 cái': K8 is not vi sai)
    intro = ev.context[:ev.context.rfind(":") + 1] if ":" in ev.context else ev.context
    earlier = section_before(report, ev.chunk.section, ev.sentence.start)
    # 'Lực lượng QLTT đã kiểm tra 1.032 vụ, phát hiện và xử lý 142 vụ vi phạm': the body named at the
    # head of the sentence does every act of it, so each clause is scored with it, and the act asked
    # about ('xử lý') decides between them, not which clause happens to carry the body's name
    head = subject_at(ev.sentence.text, ev.sentence.start)
    # the sentence's opening time or place ('Đến cuối năm 2025,', 'Trong 6 tháng,') and a whole area as
    # its subject ('toàn tỉnh') are said once for all its clauses
    frame = _FRAME.match(ev.sentence.text)
    frame = frame.group(0) if frame else ""
    if head is not None and head.scope and head.start - ev.sentence.start <= len(frame) + 2:
        frame = ev.sentence.text[:head.end - ev.sentence.start]
    # 'Nghị quyết … đặt mục tiêu giai đoạn 2022 - 2025 tỷ lệ … giảm 2,5%/năm, tỷ lệ … DTTS giảm 3,5%/năm':
    # the plan named before the first figure frames each figure of the sentence
    first = find_quantities(ev.sentence.text)
    # ('Kế hoạch vốn … là 342,5 tỷ đồng; giá trị giải ngân …': a plan that opens the sentence is its
    # first clause's subject, not a frame)
    planned = _PLANNED.search(ev.sentence.text, 1, first[0].start) if first and not frame else None
    if planned:
        named = PERIOD.match(ev.sentence.text, planned.end() + 1)
        frame = ev.sentence.text[:named.end() if named else planned.end()]
    before: Span | None = None  # the figure clause before this one
    base = base_year(q.text)
    # ('trẻ nhà trẻ và trẻ mẫu giáo … lần lượt': two things asked, each figure holds one)
    joined_asks = re.search(r"\s(?:và|hoặc|va|hoac)\s|\blần lượt\b|\blan luot\b", q.text, re.I)
    # 'Phần thứ hai. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2026 - 2027': a figure under a heading that plans a
    # period the question does not ask is a target, however plainly its own sentence states it
    asked = periods.stated(q.text)
    # (a question that names no period asks the report's own: a heading planning a later one is a target's)
    plan_heading = (not asks_plan and bool(_PLAN_HEADING.search(ev.chunk.path_title))
                    and bool(named := periods.stated(ev.chunk.path_title))
                    and (not any(periods.same_period(n, a) for n in named for a in asked) if asked else
                         reviewed is not None and any((sp := periods.parse(n)) is not None
                                                      and (sp.year, sp.first) > (reviewed.year, reviewed.last) for n in named)))
    opening = next(iter(clause_spans(ev.sentence)), ev.sentence)
    for clause, parent, verb_clause in _structure(ev.sentence):
        # 'giá trị giải ngân đạt 9.187 triệu đồng, bằng 58,0% kế hoạch vốn': a clause that only compares
        # ('bằng', 'đạt', 'tăng' … a rate) measures the figure before it, and is about what that one is
        measures = before if before is not None and _MEASURES.match(clause.text) else None
        before = clause
        quantities = find_quantities(clause.text)
        if q.percent:
            quantities = [x for x in quantities if "%" in x.text]
        if q.money:  # '03 cơ sở bị xử phạt với tổng số tiền 45.500.000 đồng': the amount, not the count
            quantities = [x for x in quantities if _MONEY_UNIT.match(" ".join(unit_after(clause.text, x)[:2]))] or quantities
        if not quantities:
            continue
        total = by_clause.get(parent.start) if parent is not None else None
        after = unit_after(clause.text, quantities[0])
        # an item written without its unit ('khai trừ 04') counts what its total counts
        unit = " ".join(after[:2]) if after or total is None else total.unit
        piece = Span(text[verb_clause.start:clause.end], verb_clause.start, clause.end)
        # 'Kíp nổ các loại: 2.043.754 cái': the label before the colon names what the figure counts
        label = _label_before(ev.sentence, verb_clause)
        if label:
            start = _label_start(ev.sentence, verb_clause)
            piece = Span(text[start:clause.end], start, clause.end)
        if measures is not None and measures.start < piece.start:
            piece = Span(text[measures.start:piece.end], measures.start, piece.end)  # said with what it measures
        dangling = _VALUE_AFTER.match(text, piece.end, ev.sentence.end)
        if dangling:  # '01 kho với tổng sức chứa: 90 tấn': a label that ends the piece takes its value
            piece = Span(text[piece.start:dangling.end()], piece.start, dangling.end())
        if piece.text.count("(") > piece.text.count(")") and text[piece.end:piece.end + 1] == ")":
            piece = Span(text[piece.start:piece.end + 1], piece.start, piece.end + 1)  # '(03 kho)' closed
        shared = head.text if head is not None and not head.scope and piece.start >= head.end else ""
        if frame and piece.start >= ev.sentence.start + len(frame):
            shared = f"{frame} {shared}"  # 'Đến cuối năm 2025, toàn tỉnh …' frames every clause after it
        # 'Công suất … bình quân của các bệnh viện tuyến tỉnh là 104,1%, của các TTYT tuyến huyện là
        # 91,1%': a clause that opens on 'của' says the same measure of another body, named before the
        # sentence's first 'của'
        if re.match(r"\s*(?:của|cua)\s", piece.text, re.I) and piece.start > ev.sentence.start:
            lead = re.match(r"(.+?)\s(?:của|cua)\s", text[ev.sentence.start:piece.start], re.I)
            shared = f"{shared} {lead.group(1)}" if lead else shared
        scored_text = " ".join(x for x in (shared, text[measures.start:measures.end] if measures is not None else "",
                                           piece.text, total.piece.text if total is not None else "", label,
                                           ev.context) if x)
        # the heading names which item the figure belongs to ('b. Gói thầu số 14' over its permit);
        # it only tips a balance: every figure under a heading shares it
        cov = (coverage(q.focus, weights, expanded_terms(q, scored_text), set())
               + 0.15 * coverage(q.focus, weights, heading, set()))
        # 'Xảy ra 27 vụ cháy, làm chết 2 người, …, ước thiệt hại khoảng 7,8 tỷ đồng': a consequence is of the
        # incident the sentence opens with (which tips a balance, as a heading does)
        if _CONSEQUENCE.match(clause.text) and piece.start > opening.end:
            cov += 0.3 * coverage(q.focus, weights, expanded_terms(q, opening.text), set())
        # 'bao nhiêu người tham gia BHXH tự nguyện': a figure whose own statement lacks a word of what is
        # counted that its sentence says elsewhere ('245.106 người tham gia BHXH (…, tự nguyện 6,93%)')
        # counts something wider
        # (words said before it carry over: 'tiếp nhận 5.236 hồ sơ thủ tục hành chính, …, trước hạn 5.172 hồ sơ')
        own = ({fold(w) for w in syllables(scored_text)} | {fold(w) for w in syllables(ev.chunk.path_title)}
               | {fold(w) for w in syllables(text[ev.sentence.start:piece.start])})
        later = {fold(w) for w in syllables(text[piece.end:ev.sentence.end])}
        if joined_asks is None and any(w not in own for w in q.counted if w in later):
            cov -= 0.25
        if q.unit and (unit_matches(q.unit, unit) or (label and unit_matches(q.unit, fold(label)))):
            cov += 0.5
        elif q.unit and other_of_same_head(q.unit, unit):
            cov -= 0.3  # '82 đảng bộ' for 'bao nhiêu đảng viên': another thing, named with the same first syllable
        if (negated_words(q.text) ^ negated_words(piece.text)) & words_of(q.text):
            cov -= 0.4  # 'không hoàn thành nhiệm vụ' asked: 'hoàn thành nhiệm vụ: 121 TCCS' is the opposite
        if q.unit and not unit_matches(q.unit, unit) and spelled(unit, q.counted):
            cov += 0.5  # '17 TCCS' for 'bao nhiêu tổ chức cơ sở đảng'
        if asks_stock and not _STATES_STOCK.search(text[max(verb_clause.start, clause.start - 60):clause.start + quantities[0].start]):
            cov -= 0.4  # (enough to set no bar for the sentences in pick())
        if act and act in fold(piece.text):
            cov += 0.2  # the act asked, word for word ('kiến nghị thu hồi', not only 'thu hồi')
        elif act and act.count(" ") >= 2 and " ".join(act.split()[-2:]) in fold(piece.text):
            cov -= 0.2  # its last words only: another act ('đã thu hồi' is not 'kiến nghị thu hồi')
        elif not act and q.action and set(q.action) <= {fold(w) for w in syllables(clause.text)}:
            cov += 0.1  # the act asked in the figure's own clause ('bị thương 64 người', not 'làm chết 9 người')
        # (from the clause's own statement: 'Kế hoạch vốn … là 342,5 tỷ đồng; giá trị giải ngân … là
        # 112,7 tỷ đồng' states the plan, then what was done)
        own_start = max(ev.sentence.start, text.rfind(";", ev.sentence.start, clause.start) + 1)
        planned = bool(_PLANNED.search(_BASIS.sub(" ", text[own_start:clause.end]))
                       or (frame and piece.start >= ev.sentence.start + len(frame)
                           and _PLANNED.search(_BASIS.sub(" ", frame))))
        # '… 4 - 5%/năm': a rate per unit of time asked is answered by one per the same unit
        per = re.match(r"\s*/\s*([^\W\d_]+)", clause.text[quantities[0].end:])
        if per and fold(per.group(1)) in per_asked:
            cov += 0.3
        # 'Cùng kỳ năm 2025, số tiền chậm đóng … là bao nhiêu?': the value in brackets after that base
        # ('… so với cùng kỳ năm 2025 (158,92 tỷ đồng)'), not the figure compared with it
        if base and re.search(rf"\b(?:cùng kỳ|cung ky)(?:\s+năm|\s+nam)?\s+{base}\s*\(\s*$",
                              text[ev.sentence.start:clause.start], re.I):
            cov += 0.5
        said = _numbers(quantities[0].text)
        if said and said <= given:
            cov -= 0.5  # '… có đạt mục tiêu 4 - 5%/năm không?': the figure the question states is not the answer
        if not asks_plan and planned:
            # 'phấn đấu … tăng 9,0%' is a target; the question asks what was achieved (and says so
            # with 'đã': '… đã giải ngân được bao nhiêu')
            cov -= 0.6 if asks_done else 0.3
        if plan_heading:
            cov -= 0.6 if asks_done else 0.3
        if not asks_plan and reviewed is not None and _later_years(text[ev.sentence.start:clause.start + quantities[0].end],
                                                                   reviewed.year) - asked_years:
            cov -= 0.3  # 'Cơ cấu quy hoạch … nhiệm kỳ 2030 - 2035: nữ 29 đồng chí' in a report on 2026
        # 'thành phố Lĩnh Giang có tỷ lệ hộ nghèo thấp nhất tỉnh (1,08%)': the figure of the one unit at an
        # extreme, not of the whole the question asks about (unless it asks for the extreme)
        if _EXTREME.search(piece.text) and not _EXTREME.search(q.text):
            cov -= 0.3
        # 'Vụ cháy … xảy ra ngày 23/4/2026 tại …, thiệt hại 4,2 tỷ đồng': one incident on its day, not the
        # period's whole (unless a day is asked)
        event = _ONE_EVENT.search(ev.sentence.text)
        if event and ev.sentence.start + event.start() < clause.start and not DATES.search(q.text) \
                and not re.search(r"\bngày\s+\d", q.text):
            cov -= 0.2  # (a figure said before it, 'Trong tháng xảy ra 27 vụ cháy, …', is the period's)
        # '41 xã … có tỷ lệ hộ nghèo dưới 5%': a bound that picks the units counted, not a rate measured
        if _CRITERION.search(piece.text) and not re.search(r"\b(?:dưới|trên|duoi|tren)\b", q.text, re.I):
            cov -= 0.4
        # '… giải ngân được bao nhiêu, đạt bao nhiêu phần trăm kế hoạch?': a piece that states the amount
        # with its rate answers both asks; one that holds the rate alone answers half
        if both_asked and measures is not None and any("%" not in x.text for x in find_quantities(measures.text)):
            cov += 0.5
        st = Statement(ev, clause, piece, piece, cov, unit, total, planned=planned,
                       supported=_supports(q, f"{intro} {ev.sentence.text}", ev.chunk.path_title, bool(label),
                                           f"{report.title} {report.issuer or ''}", earlier)
                       # 'bao nhiêu tiền …, đạt bao nhiêu phần trăm': the rate is asked too, said with its amount
                       and (not q.money or bool(_MONEY_UNIT.match(unit)) or (q.percent and measures is not None)
                            or any(unit_matches(more, unit) for more in q.more_units)))
        if total is not None:
            total.items.append(st)
        else:
            by_clause[clause.start] = st
        out.append(st)
    for st in out:
        if st.parent is None and st.items:
            st.piece = _with_breakdown(report, ev.sentence, st)
            # '… chia theo vàng, bạc, đồng', '… cơ cấu thế nào': the whole is asked with its parts, which the
            # total states in its brackets; one part (though it holds a word more of the question) is less
            if _ASKS_PARTS.search(q.text) or sum(1 for i in st.items if _names_part(q, i, st)) >= 2:
                for i in st.items:
                    i.score -= 0.3
    return out


_ASKS_PARTS = re.compile(r"\b(?:chia theo|chia ra|chia thành|phân theo|phân ra|cơ cấu|chi tiết từng|từng loại|mỗi loại|"
                         r"chia thanh|phan theo|phan ra|co cau|chi tiet tung|tung loai|moi loai)\b", re.I)


def _names_part(q: Question, item: "Statement", total: "Statement") -> bool:
    """The question names this part of a breakdown: a word of its own clause, not of its total's."""
    # (a period or base compared with is no part: '… (năm 2025: 262 đồng chí)')
    own = {fold(w) for w in syllables(PERIOD.sub(" ", item.clause.text)) if not w[:1].isdigit()} \
        - {fold(w) for w in syllables(total.base.text)} - _COMPARED
    # (what is counted and where are the whole's, no part: 'đảng viên', 'tỉnh')
    return bool(own & {fold(w) for w in syllables(q.text)} - FOLDED_STOPWORDS - set(q.counted) - set(q.unit)
                - _WHERE)


_WHERE = {"tinh", "huyen", "xa", "phuong", "toan", "ca", "cap", "dia", "ban"}
_COMPARED = {"nam", "thang", "quy", "ky", "cung", "so", "voi", "truoc", "ngoai", "giam", "tang"}


_ONE_EVENT = re.compile(r"\b(?:xảy ra|diễn ra)\s+(?:vào\s+)?(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}\s*(?:phút)?)?\s*,?\s*)?"
                        r"(?:vào\s+)?ngày\s+\d{1,2}(?:/\d{1,2}|\s+tháng\s+\d{1,2})", re.I)
_CONSEQUENCE = re.compile(r"\s*(?:(?:ước\s+)?(?:gây\s+)?thiệt hại|làm (?:chết|bị thương|hư hỏng|sập|cháy)|bị thương|"
                          r"chết|cứu được)\b", re.I)
# the verb phrase a marker opens, right before 'bao nhiêu' ('đã kiến nghị thu hồi bao nhiêu tiền')
_ACT = re.compile(r"\b(?:đã|đang|sẽ|da|dang)\s+((?:[^\W\d_]+\s+){1,3}?[^\W\d_]+?)\s+(?:được\s+)?bao nhiêu\b", re.I)


def _act_phrase(question: str) -> str:
    """That verb phrase, folded ('kien nghi thu hoi'); '' when there is none, it is one syllable, or it
    is the question's frame ('có', 'là', 'đạt')."""
    m = _ACT.search(question)
    if not m:
        return ""
    words = m.group(1).split()
    if len(words) < 2 or any(w[:1].isupper() for w in words) or fold(words[0]) in ("co", "la", "dat", "uoc", "bang"):
        return ""
    return fold(" ".join(words))


_MEASURES = re.compile(r"^\s*(?:bằng|đạt|tăng|giảm|chiếm|vượt)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s*%", re.I)
_VALUE_AFTER = re.compile(r"[ \t]*:[ \t]*\d[\d.,]*(?:[ \t]*[^\W\d_]+)?")


def section_before(report: Report, number: str, offset: int, reach: int = 2000) -> str:
    """The text before a sentence in its section and its parent section ('I.3. Đối với Công ty X:
    … Gói thầu số 15' over 'I.3.1. Hồ sơ pháp lý'), up to `reach` characters back."""
    sec = report.section(number)
    if sec is None or not sec.body_start <= offset <= sec.end:
        return ""
    parent = report.section(sec.parent) if sec.parent else None
    begin = parent.body_start if parent is not None and parent.body_start <= offset else sec.body_start
    return report.text[max(begin, offset - reach):offset]


def _label_before(sentence: Span, clause: Span) -> str:
    """The 'label' of a 'label: value' item when the figure's clause follows its colon."""
    head, colon, _ = sentence.text.partition(": ")
    # ('Trong đó: cấp tỉnh 4 công trình; cấp huyện 37 công trình': a breakdown's opener labels nothing)
    if colon and sentence.start + len(head) < clause.start and len(head.split()) <= 30 \
            and not _BREAKDOWN.fullmatch(head.strip()):
        return head
    return ""


_ITEM_MARK = re.compile(r"^\s*(?:[-+•*–]\s+|[a-zđ]\)\s+|\(?\d{1,2}\)\s+|\d{1,2}\.\s+)")
_JOINER = re.compile(r"^(?:với|và|cùng|trong đó|gồm|bao gồm)\s+", re.I)


def _find_all(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def _label_start(sentence: Span, clause: Span) -> int:
    """Where the label of a figure starts: after the last separator before its own colon ('d) Kho
    …: Số lượng tổ chức có kho: 50 tổ chức, với tổng số lượng kho VLNCN: 58 kho' → 'tổng số lượng
    kho VLNCN: 58 kho'), the item mark and a joining word left out."""
    head = sentence.text[:max(0, clause.start - sentence.start)]
    colon = head.rstrip().rfind(":")
    if colon < 0:
        return sentence.start
    # a separator inside brackets ('(số lượng kho, tổng công suất kho)') is part of the label
    depth = [0] * (len(head) + 1)
    for i, ch in enumerate(head):
        depth[i + 1] = max(0, depth[i] + (ch == "(") - (ch == ")"))  # "đ)" opens nothing
    cut = max((i for sep in (": ", ", ", "; ") for i in _find_all(head[:colon], sep) if depth[i] == 0), default=-1)
    begin = cut + 2 if cut >= 0 else 0
    if _BREAKDOWN.match(head[begin:colon].strip()):
        begin = colon + 1  # 'trong đó: 02 đơn vị …': the breakdown's opener is no label
        while begin < len(head) and head[begin] == " ":
            begin += 1
    rest = head[begin:]
    mark = _ITEM_MARK.match(rest)
    begin += mark.end() if mark else 0
    joiner = _JOINER.match(head[begin:])
    begin += joiner.end() if joiner else 0
    return sentence.start + begin


# Words that make a figure a target rather than a result (the clause before the figure holds them).
_PLAN_HEADING = re.compile(r"\b(?:phương hướng|định hướng|mục tiêu|kế hoạch|(?<!thực hiện )nhiệm vụ)\b", re.I)
_PLANNED = re.compile(r"\b(phấn đấu|kế hoạch|mục tiêu|dự kiến|định hướng|đề ra|dự báo|giao chỉ tiêu)\b", re.I)
# '58,0% kế hoạch vốn', 'bằng bao nhiêu phần trăm kế hoạch', 'so với dự toán': the plan as the measure
# of what was done, not a plan
# ('có đạt mục tiêu … không', 'vượt mục tiêu': what was done, measured against the target)
_BASIS = re.compile(r"(?:%|phần trăm|phan tram|so với|so voi|đạt|vượt|hoàn thành|dat|vuot|hoan thanh)\s+(?:được\s+)?"
                    r"(?:kế hoạch|mục tiêu|chỉ tiêu|ke hoach|muc tieu|chi tieu)", re.I)
_MONEY_UNIT = re.compile(r"(dong|usd|trieu|ty|nghin|ngan)\b")  # an amount asked for is in money
ASKED_SHARE = 0.6  # share of the question's asked words (action, counted thing) the sentence must hold
COUNTED_SHARE = 0.66


def _supports(q: Question, sentence: str, headings: str = "", labelled: bool = False, scope: str = "",
              earlier: str = "") -> bool:
    """Does the sentence (with the sentence that introduces it) state what was asked? The headings
    above it may hold the counted thing ('Các chỉ tiêu chủ yếu' over '(3) Tốc độ tăng trưởng …'),
    but the action must be the sentence's own: a heading 'kiểm tra, giám sát' names two actions."""
    if q.required:
        # the names and numbers that pick the thing asked about ('Tằng Loỏng', 'Gói thầu số 14'); the
        # report's title and issuer may hold the place ('tỉnh Bình An'); a date holds no number of them
        sentence, headings = DATES.sub(" ", sentence), DATES.sub(" ", headings)
        held = {fold(w) for w in syllables(f"{sentence} {headings} {scope}")} | initials(f"{sentence} {headings} {scope}")
        # a name stays in force over its section once said ('Công ty X: … Kho chứa …: 02 kho'); a
        # number ('Gói thầu số 14') must be the sentence's or its heading's own
        named_before = {fold(w) for w in syllables(earlier)} | initials(earlier)
        held |= _numbers(f"{sentence} {headings}")
        # a name of several syllables is held as a whole: 'An Bình' is not 'dự án … bình quân' (of the
        # names written together in the question, one at least; 'Sở Công Thương Lào Cai' is two)
        joined = lambda txt: " " + " ".join(fold(w).lower() for w in syllables(txt)) + " "
        written = joined(q.text)
        # (an initialism is held by its words spelled out, never beside the name: 'Sở VHTTDL Kỳ Phong')
        caps = {fold(w).lower() for w in re.findall(r"[^\W\d_]{2,}", q.text) if w.isupper()}
        pairs = [f" {a} {b} " for a, b in zip(q.required, q.required[1:])
                 if not a.isdigit() and not b.isdigit() and f" {a} {b} " in written and not {a, b} & caps]
        if pairs and not any(p in joined(f"{sentence} {headings} {scope} {earlier}") for p in pairs):
            return False
        if any(t not in held and (t.isdigit() or t not in named_before) and _number(t) not in held
               for t in q.required):
            return False
        # (a name typed with its diacritics is held with them: 'Nhật Bản' is not 'Phần thứ nhất … Ban')
        if q.accented:
            typed = {fold(w).lower(): w.lower() for w in re.findall(r"[^\W\d_]+", q.text)
                     if not w.isupper() and has_diacritics(w)}
            said = {w.lower() for w in syllables(f"{sentence} {headings} {scope} {earlier}")}
            spelled = initials(f"{sentence} {headings} {scope}")
            if any(typed[t] not in said for t in q.required if t in typed and t not in spelled):
                return False
    # ('… bao nhiêu tín đồ Công giáo?': a capitalised word that makes one word with the next is held as that
    # word, not as a syllable of others: 'công nhận … tôn giáo' holds no 'Công giáo')
    asked_thing = re.search(r"\b(?:bao nhiêu|mấy)\s+([^?,;]+)", q.text, re.I)
    thing = re.findall(r"[^\W\d_]+", asked_thing.group(1)) if asked_thing else []
    kinds = [f" {fold(a).lower()} {fold(b).lower()} " for i, (a, b) in enumerate(zip(thing, thing[1:]))
             if i > 0 and a[:1].isupper() and not a.isupper() and not thing[i - 1][:1].isupper()
             and b[:1].islower() and fold(b).lower() not in _MARKERS]
    said = " " + " ".join(fold(w).lower() for w in syllables(f"{sentence} {headings} {scope} {earlier}")) + " "
    if any(k not in said for k in kinds):
        return False
    kinds_all = _kind_words(q)  # the head first
    kinds = kinds_all[1:]
    if kinds:
        # 'Tai nạn đường sắt … làm chết bao nhiêu người?': the words that say which kind of the thing
        # ('đường sắt' of 'tai nạn') stand by the figure (its sentence, headings, or what its section
        # said before), spelled out or by their initials ('NSNN'); 'tai nạn giao thông' is not it
        around = f"{sentence} {headings} {earlier}"
        held = {fold(w) for w in syllables(around)}
        short = {fold(w) for w in re.findall(r"[^\W\d_]+", around)}
        # (an initialism may cover the head too: 'NSNN' for 'ngân sách nhà nước')
        runs = lambda i: {"".join(w[0] for c in kinds_all[a:b + 1] for w in c.split())  # noqa: E731
                          for a in range(i + 1) for b in range(i, len(kinds_all))}
        if not all(set(k.split()) <= held or runs(n + 1) & short for n, k in enumerate(kinds)):
            return False
        # a level is said as one phrase ('cấp huyện'), not 'cấp tỉnh … huyện Đồng Cát', by the figure's own
        # sentence or heading
        phrase = " " + " ".join(fold(w).lower() for w in syllables(f"{sentence} {headings}")) + " "
        if any(_LEVEL.fullmatch(f" {k} ") and f" {k} " not in phrase for k in kinds):
            return False
    if not q.asked:
        return True
    own = {fold(w) for w in syllables(sentence)}
    have = own | {fold(w) for w in syllables(headings)}
    # a 'label: value' item ('Hộ chiếu nổ mìn …: Tổng số 05 hộ chiếu') states no action of its own:
    # its heading does ('Số lượng VLNCN đã sử dụng'), and no heading of 'tiêu hủy' is no 'tiêu hủy'
    if q.action and not _action_held(q.action, have if labelled else own, f"{sentence} {headings}" if labelled else sentence):
        # ('Ngân sách địa phương bố trí vốn đối ứng 235,2 tỷ đồng. Theo từng năm, NSĐP bố trí: năm 2024 là
        # 55,9 tỷ đồng': a sentence that details the one before it does that one's act)
        last = re.split(r"(?<=[.!?])\s+", earlier.strip())[-1] if earlier.strip() else ""
        if not (_DETAILS.match(sentence) and last
                and _action_held(q.action, {fold(w) for w in syllables(last)}, last)):
            return False
    if q.action:
        have = have | set(q.action)  # held, perhaps in a kin word ('xuất cảnh' for 'đưa … sang')
    # an initialism the question types is held spelled out ('hồ sơ TTHC' / 'hồ sơ thủ tục hành chính')
    typed_caps = {fold(w).lower() for w in re.findall(r"[^\W\d_]{3,}", q.text) if w.isupper()}
    if typed_caps & set(q.asked) - have:
        have = have | (typed_caps & initials(f"{sentence} {headings}"))
    share = lambda words: sum(w in have for w in words) / len(words) if words else 1.0
    # what is counted is held closer: 'lượt đơn thư' ~ 'lượt đơn', but 'giấy phép xây dựng' is not 'giấy phép'
    asked = [w for w in q.asked if w not in q.action] if labelled else q.asked
    # a noun phrase is its head first ('vốn đầu tư' is capital; 'dự án đầu tư' holds no 'vốn')
    # nor its unit ('bao nhiêu mét dây nổ' counts dây nổ; the report writes '50m')
    head = next((w for w in q.counted if w not in _CLASSIFIERS), None)
    noun = next((w for w in q.counted if w not in _CLASSIFIERS and w not in q.unit[:1]), None)
    if q.counted and set(q.counted) <= _UNITS_ALONE:
        # 'thu tiền sử dụng đất được bao nhiêu triệu': only a unit follows 'bao nhiêu'; a table row
        # ('thu tiền sử dụng đất: 6.418') has its unit in the caption ('Đơn vị tính: triệu đồng')
        head = noun = None
        asked = [w for w in asked if w not in _UNITS_ALONE]
        counted_words = []
    else:
        counted_words = q.counted
    # 'Trong số đảng viên mới kết nạp năm 2026 có 1.108 đảng viên nữ': the figure is of that part only;
    # a question that does not name the part ('mới kết nạp') asks about another whole
    part = SUBSET.search(sentence)
    if part:
        words = {fold(w) for w in syllables(part.group(1)) if not w.isdigit()} - set(q.counted) - FOLDED_STOPWORDS \
            - {"nam", "thang", "quy"}
        asked_words = {fold(w) for w in syllables(q.text)}
        if words and len(words & asked_words) < 0.5 * len(words):
            return False
    counted = " ".join(q.counted)
    if any(re.search(rf"\b(?:{p})\b", counted) and not re.search(rf"\b(?:{p})\b", fold(sentence).lower())
           for p in PARTITIONS):
        return False  # 'tỷ lệ đảng viên nữ' is not answered by a figure of all đảng viên
    if head == "nguoi" and PERSONS.search(fold(sentence)):
        have = have | {"nguoi"}  # 'bao nhiêu người là nữ' of '1.108 đảng viên nữ'
    if head is not None and head not in have and (noun is None or noun not in have) \
            and not (len(head) <= 4 and head in q.required and head in initials(f"{sentence} {headings}")):
        return False  # (a head asked by its initials, 'DN', is held spelled out: '96 doanh nghiệp')
    return share(asked) >= ASKED_SHARE and share(counted_words) >= COUNTED_SHARE


# what follows a name without being part of it ('Phú An đã có …')
_MARKERS = {"da", "dang", "duoc", "co", "la", "bi", "se", "van", "con", "tai", "o", "cua", "trong", "nam", "thang"}


# Units a question may name alone after 'bao nhiêu' (folded syllables)
_UNITS_ALONE = {"trieu", "ty", "dong", "nghin", "ngan", "usd", "ha", "tan", "km", "kg", "lit", "m2", "m3"}


_DETAILS = re.compile(rf"\s*(?:{NOTE_MARK}\s*)?(?:theo từng năm|từng năm|cụ thể|trong đó|chia theo|theo từng)\b", re.I)
# where the question's subject noun phrase ends: a preposition, a verb or its marker, a period, the ask
_NP_END = re.compile(r"\s(?:ở|tại|của|toàn|cả|trên|trong|từ|đến|năm|tháng|quý|giai đoạn|đã|đang|được|có|là|làm|đạt|bị|"
                     r"gây|tăng|giảm|chiếm|bao nhiêu|mấy)\b|\s\d|[,?]", re.I)
_NP_LEAD = re.compile(r"^(?:(?:có|tổng|số|tổng số|tỷ lệ|tỉ lệ|lượng|số lượng|các|những)\s+)+", re.I)


def _kind_words(q: Question) -> list[str]:
    """The compounds of the question's subject noun phrase, its head first ('tai nạn', 'đường sắt' of
    'Tai nạn đường sắt ở …'), folded, when the phrase is a common noun's with a qualifier (a body's name
    is read by assistant.subjects)."""
    if q.subject is not None or q.english:
        return []
    text = _NP_LEAD.sub("", q.text.strip())
    end = _NP_END.search(text)
    phrase = text[:end.start()] if end else text
    if not phrase or phrase[:1].isupper() and any(w[:1].isupper() for w in phrase.split()[1:]):
        return []  # a proper name ('Sở Công Thương …')
    said = " " + " ".join(fold(w) for w in phrase.split()) + " "
    inside = [fold(w.replace("_", " ")) for w in q.words if f" {fold(w.replace('_', ' '))} " in said]
    # a level qualifies the kind too: 'công trình thanh niên cấp huyện' is not 'cấp tỉnh'
    level = _LEVEL.search(said)
    if level and inside and level.group(0).strip() not in inside:
        inside.append(level.group(0).strip())
    return list(dict.fromkeys(inside)) if len(set(inside)) > 1 else []


_LEVEL = re.compile(r" cap (?:tinh|huyen|xa|co so|trung uong|thanh pho|phuong|quan|thi xa) ")


DATES = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")  # "13/9/2024", "06/2": a date, not a number of a name


def _number(token: str) -> str:
    """A number as written, read for its value: '80,0' and '80' are one number, '1.200' is 1200."""
    whole, _, frac = token.replace(".", "").partition(",")
    frac = frac.rstrip("0")
    return f"{whole},{frac}" if frac else whole


def _numbers(text: str) -> set[str]:
    return {_number(n) for n in re.findall(r"\d[\d.,]*\d|\d", text)}


def _given(q: Question) -> set[str]:
    """The numbers the question states itself (years and dates left out)."""
    return {n for n in _numbers(PERIOD.sub(" ", DATES.sub(" ", q.text)))
            if not re.fullmatch(r"(19|20)\d\d", n)}


_LIGHT_VERBS = noise_words("light_verbs")
# (a member written '=tuyen' is how a question may say the act, never looked for in a report: the lone
# syllable folds to other words there, 'tuyên', 'tuyến')
_ACTION_KIN = [(frozenset(w.lstrip("=") for w in group.split("|")), frozenset(w for w in group.split("|") if not w.startswith("=")))
               for group in noise_words("action_kin")]


def _action_held(action: list[str], words: set[str], text: str) -> bool:
    """Is the action asked about stated: its words, a word of its kin ('tiêu thụ' ~ 'sử dụng'), or
    a verb that says nothing more than that the thing exists ('lập bao nhiêu hộ chiếu')."""
    phrase = " ".join(action)
    if phrase in _LIGHT_VERBS or all(w in words for w in action):
        return True
    folded = f" {' '.join(fold(w) for w in syllables(text))} "
    return any(phrase in asked and any(f" {alt} " in folded for alt in said) for asked, said in _ACTION_KIN)


# Words that count things rather than name them ('cuộc kiểm tra', 'lượt đơn'): a report may use another
_CLASSIFIERS = noise_words("classifiers")


def is_rate(st: Statement) -> bool:
    """The statement gives a rate: its figure is written with '%', or its table row or column is in %."""
    if st.table:
        head = st.clause.text.rpartition(": ")[0]
        return "%" in head or bool(re.search(r"(?:ĐVT|Đơn vị tính|Đơn vị)\s*:\s*%", st.ev.sentence.text))
    return any("%" in x.text for x in find_quantities(st.clause.text))


def own_rate(st: Statement) -> bool:
    """The statement's own figure is a rate ('công suất sử dụng giường bệnh đạt 92,4%'), not a count."""
    if st.table:
        return is_rate(st)
    first = find_quantities(st.clause.text)[:1]
    return bool(first) and "%" in first[0].text


# Units that measure rather than count (folded syllables): 'bao nhiêu tấn' may be answered as the
# report measures it; 'bao nhiêu giường bệnh' is a count
MEASURE_UNITS = {"trieu", "ty", "dong", "nghin", "ngan", "usd", "ha", "tan", "km", "kg", "lit", "m2", "m3", "m",
                 "phan", "tram", "%", "gio", "ngay", "thang", "nam", "lan"}


def is_total_row(text: str) -> bool:
    """A table row ('‣ Tổng cộng | …') whose label says it sums the table."""
    return text.startswith(ROW_MARK) and " | " in text and is_total(
        text.removeprefix(ROW_MARK).partition(" | ")[0].rpartition(" › ")[2].strip())


def _with_breakdown(report: Report, sentence: Span, st: Statement) -> Span:
    """The total's piece reaching over its breakdown: up to the closing bracket, or to the end of
    the 'trong đó' run (the next ';' or the sentence end)."""
    end = st.items[-1].clause.end
    rest = report.text[end:sentence.end]
    close = re.match(r"[^()]*?\)", rest)
    if close and "(" in report.text[st.clause.end:st.items[0].clause.start]:
        end += close.end()
        more = re.match(r"\s*và\s+\d[^,;()]*", report.text[end:sentence.end])  # '… ) và 03 tổ chức đảng …'
        if more:
            end += len(more.group(0).rstrip())
    return Span(report.text[st.piece.start:end], st.piece.start, end)


def attach_subjects(stmts: list[Statement], report: Report) -> None:
    """The body in force at each statement: the last clause opened by a body's name before it, in
    its paragraph (its own clause first)."""
    for st in stmts:
        st.context = f"{report.title} {report.issuer or ''}"  # the issuing body a scope-only subject stands for
        if st.table:
            st.quote_start = st.ev.sentence.start
            continue
        para_start = report.text.rfind("\n\n", 0, st.piece.start) + 1
        best: tuple[Subject, int] | None = None
        # up to the figure's own clause, though the quoted piece may start before it (its verb reached
        # back: '… được nâng lên: Hội Nông dân đạt 76,4% …')
        limit = max(st.piece.start, st.clause.start)
        for sent in sentence_spans(report.text[para_start:st.ev.sentence.end], para_start):
            if sent.start > limit:
                break
            for clause in clause_spans(sent):
                if clause.start > limit:
                    break
                opened = report.text[sent.start:clause.start]
                if opened.count("(") > opened.count(")"):
                    continue  # '(Ban Thường vụ Đảng ủy xã …, Chi bộ …)': the bracket names examples, not who acts
                subj = subject_at(clause.text, clause.start)
                # 'Lực lượng PCCC và CNCH đã tham gia …': two bodies joined by 'và' act together
                if (subj is not None and best is not None and best[1] == sent.start and not best[0].scope
                        and re.fullmatch(r"\s*(?:và|cùng)\s*", report.text[best[0].end:clause.start])):
                    subj = Subject(report.text[best[0].start:subj.end], best[0].start, subj.end,
                                   best[0].name + subj.name)
                if subj is not None:
                    best = (subj, sent.start)
        owner = _owner_after_figure(st)
        if owner is not None and (best is None or best[0].scope):
            best = (owner, st.ev.sentence.start)
        if best is not None:
            st.subject, st.quote_start = best
        st.quote_start = min(st.quote_start or st.ev.sentence.start, st.ev.sentence.start)


def _owner_after_figure(st: Statement) -> Subject | None:
    """The body whose members the figure counts, named right after what it counts ('toàn tỉnh có
    54.216 hội viên Hội LHTN Việt Nam'): the figure is that body's, not the whole area's."""
    found = find_quantities(st.clause.text)
    if not found:
        return None
    rest = st.clause.text[found[0].end:]
    # one or two lower-case words of what is counted, then a capital that opens the body's name
    m = next((m for k in (1, 2) if (m := re.match(rf"\s+(?:[^\W\d_]+\s+){{{k}}}", rest))
              and rest[m.end():m.end() + 1].isupper()), None)
    if m is None or m.group(0).strip()[:1].isupper():
        return None
    owner = subject_at(rest[m.end():], st.clause.start + found[0].end + m.end())
    return owner if owner is not None and not owner.scope else None


def context_terms(st: Statement) -> set[str]:
    """Where a scope-only subject takes its body from: the sentence and the section headings (a body
    asked by its initials, 'QLTT', is named there in full: 'lực lượng Quản lý thị trường')."""
    text = f"{st.ev.sentence.text} {st.ev.chunk.path_title} {st.context}"
    return set(syllables(text)) | initials(text)


def answers_subject(q: Question, st: Statement, subject=None) -> bool:
    """Whether the statement is of the body asked about (of `subject`, or of any body the question
    joins: 'Thanh tra huyện và Phòng Tài nguyên và Môi trường')."""
    bodies = [subject] if subject is not None else [q.subject, *q.others] if q.subject is not None else []
    if not bodies:
        return True
    if st.table:
        # a row named by a body ('Phòng Cảnh sát hình sự | Khởi tố (vụ): 71') is that body's, unless
        # the body asked is the cell's column ('Cơ quan cấp phép – Bộ Công Thương')
        label = st.ev.sentence.text.removeprefix(ROW_MARK).split(" | ")[0].rpartition(" › ")[2]
        head = set(syllables(fold(st.piece.text.rpartition(": ")[0])))
        row_body = subject_at(label) if label else None
        if row_body is not None and not row_body.scope \
                and not any({fold(t) for t in b.terms()} <= head for b in bodies):
            # the whole label is the body's name ('Phòng Cảnh sát hình sự'): words of it the question
            # does not write name another body than the one asked ('Phòng Cảnh sát cơ động')
            asked = set(syllables(fold(q.text)))
            named = set(syllables(fold(label))) - {"cac", "cap", "tinh", "huyen", "xa"}
            return named <= asked and any(same_body(b, row_body, context_terms(st)) for b in bodies)
    return any(same_body(b, st.subject, context_terms(st)) for b in bodies)


def pick(stmts: list[Statement], by_sentence: bool = True) -> list[Statement]:
    """Per report, the statements that state the figure best (at most two, in document order); a
    breakdown item only when it fits better than its total (the total then shows it in brackets).
    `by_sentence`: only from the sentences that hold most of the question."""
    if not stmts:
        return []
    if by_sentence:
        # (a sentence whose figures count another thing than asked sets no bar: '82 đảng bộ' in the
        # sentence that holds most of '… có bao nhiêu đảng viên')
        top = max(s.score for s in stmts)
        # (0.8: a statement well below the best, '… thiệt hại lớn nhất …' of one fire, sets no bar either)
        best_sentence = max(s.ev.coverage for s in stmts if s.score >= 0.8 * top)
        stmts = [s for s in stmts if s.ev.coverage >= 0.9 * best_sentence]
    best = max(s.score for s in stmts)
    chosen = [s for s in stmts if s.score >= best - 1e-9]
    chosen = [s for s in chosen if s.parent is None or s.parent not in chosen]
    unique: dict[int, Statement] = {}
    for s in sorted(chosen, key=lambda s: s.clause.start):
        unique.setdefault(s.clause.start, s)
    kept = list(unique.values())
    # a statement whose words another one already says ('A (03 kho)' inside 'A (03 kho) và B') is not repeated
    kept = [s for s in kept if not any(o is not s and o.parent is s.parent and o.piece.start <= s.piece.start
                                       and s.piece.end <= o.piece.end and o.piece.text != s.piece.text for o in kept)]
    return kept[:2]


def statement_text(st: Statement) -> str:
    """The statement as the answer says it: subject, then the verbatim piece (footnote markers
    '⁽⁴⁾' left out: the citation says which footnote)."""
    piece = strip_markers(st.piece.text).rstrip(" .;,")
    if st.table:  # 'dòng Kim ngạch xuất khẩu …, cột Thực hiện 2020-2025: 1.315'
        head, _, value = piece.rpartition(": ")
        row = _cells(st.ev.sentence)[0].text.removeprefix(ROW_MARK).strip()
        # the row's groups as a reader names them: no 'Trong đó:' group, no item marks ('- Sản xuất …')
        named = " › ".join(seg.strip().lstrip("-–+•* ").strip() for seg in row.split(" › ")
                           if not re.fullmatch(r"(?:trong đó|trong do)\s*:?", seg.strip(), re.I)) or row
        return msg("table_cell", row=named, column=head, value=_with_bracket_unit(value, head, row))
    if st.parent is not None:
        item = piece if st.unit in fold(piece) or not st.unit else f"{piece} {_unit_text(st)}"
        piece = msg("lead_item", total=st.parent.base.text.rstrip(" ,;"), item=_lower_first(item))
    shown = st.parent.base if st.parent is not None else st.piece
    if st.subject is not None and not (shown.start - 1 <= st.subject.start and st.subject.end <= shown.end) \
            and not _MEASURE_OPENING.match(shown.text):
        return f"{_lower_first(st.subject.text)} {_lower_first(piece)}"
    return _lower_first(piece)


def _with_bracket_unit(value: str, column: str, row: str) -> str:
    """A bare number in a cell takes the unit its column or row names in brackets ('Kế hoạch kết nạp
    (người)', 'Kết nạp đoàn viên mới (đoàn viên)'): '7.000 đoàn viên', '82,3%'."""
    if not re.fullmatch(r"[\d.,]+", value.strip()):
        return value
    unit = bracket_unit(column) or bracket_unit(row)
    if unit is None:
        return value
    return f"{value.strip()}%" if unit == "%" else f"{value.strip()} {unit}"


def _unit_text(st: Statement) -> str:
    """The total's unit as written in its clause ('đảng viên'), for an item written without it."""
    total = st.parent
    for x in find_quantities(total.clause.text):
        after = total.clause.text[x.end:].strip()
        words = after.split()
        n = len(st.unit.split())
        if fold(" ".join(words[:n])) == st.unit:
            return " ".join(words[:n])
    return ""


def report_phrase(report: Report) -> str:
    """'báo cáo 6 tháng đầu năm 2021', as said inside a sentence."""
    return msg("report_in_sentence", period=report.period) if report.period else report.title[:80]


def ordered_reports(report_ids, reports: dict[str, Report]) -> list[str]:
    return sorted(dict.fromkeys(report_ids), key=lambda rid: (order_key(reports[rid].period), rid))


def quote_span(st: Statement, report: Report) -> Span:
    start = min(st.quote_start, st.ev.sentence.start)
    return Span(report.text[start:st.ev.sentence.end], start, st.ev.sentence.end)
