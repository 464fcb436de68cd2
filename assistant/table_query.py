"""Questions that read a whole table rather than one cell, as an official runs an eye down a column:
- which row is highest or lowest ('khoản thu nào đạt tỷ lệ thấp nhất so với dự toán?', 'xã nào có
  tỷ lệ hộ nghèo cao nhất?');
- which rows fail their target ('chỉ tiêu nào không đạt kế hoạch?');
- several cells of one row, or one column of several rows, asked together ('… do cấp ủy các cấp và
  do Ủy ban kiểm tra các cấp lần lượt là bao nhiêu?').
One retrieved row cannot answer these: the answer is a comparison over all the rows of its table.

The table is read back from the report text, where the loaders wrote it one row per paragraph
('‣ label | column: value | …', index.tables); a table that goes on over a page break repeats its
'Bảng gồm các cột' line and is read as one."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.figures import find_quantities
from index.models import Report
from index.sentences import Span
from index.tables import HEADER_LINE, ROW_MARK, Row, is_total, parse_row, sums_others
from index.textnorm import fold

from .counting import bracket_unit
from .evidence import FOUND_THRESHOLD, Evidence
from .question import Question
from .table_answer import _RATE, UNIT_HEAD, _words, best_cell, header_words

_HIGH = r"cao|lon|nhieu|manh|nhanh|tot"
_LOW = r"thap|nho|it|cham|kem"
# 'cao nhất', and 'nhiều mô hình … nhất', 'ít quỹ nhất': the noun counted may stand between. Not 'ít
# nhất 95%' (at least) nor '… thống nhất', 'thứ nhất' (words of their own).
# ('thấp nhất 6 tháng đầu năm': the figure that follows is the period's)
_NOT_AT_LEAST = r"(?!\s*\d(?![\d.,]*\s+(?:thang|nam|quy)\b))"
_EXTREME = re.compile(rf"\b(?:(?P<high>{_HIGH})|(?P<low>{_LOW}))\s+nhat\b{_NOT_AT_LEAST}"
                      r"|\b(?:(?P<many>nhieu)|(?P<few>it))\s+(?:[^\s,.;?]+\s+){1,10}?(?<!thong )(?<!hop )(?<!thu )"
                      rf"(?<!duy )(?<!dong )nhat\b{_NOT_AT_LEAST}")
_WORD = {"high": "cao nhất", "low": "thấp nhất", "many": "nhiều nhất", "few": "ít nhất"}
# 'giảm mạnh nhất': the largest fall is no highest value
# 'giảm (mạnh) nhất': a fall ranked; 'giảm nghèo … thấp nhất' names a programme, the extreme is 'thấp'
_FALL = re.compile(r"\bgiam\s+(?:(?:manh|nhieu|sau|it)\s+)?(?:thap|cao|nhieu|it|manh|sau|lon|nho)?\s*nhat\b")
_WHICH = re.compile(r"\bnao\b")
_FAILS = re.compile(r"\b(?:khong|chua)\s+(?:dat|hoan thanh)\b")
_FAIL_CELL = re.compile(r"^(?:khong|chua)\s+(?:dat|hoan thanh)\b")
_TOP_EVIDENCE = 8
MAX_ROWS = 8  # rows said in one answer, each quoted

@dataclass
class TableRow:
    label: str
    cells: list[tuple[str, str]]
    span: Span  # the row's paragraph in the report text


@dataclass
class TableReading:
    """What a whole-table question found: the rows that answer and the cells said for each."""
    kind: str  # 'extreme' | 'fails' | 'cells'
    evidence: Evidence  # the retrieved row that led to the table (its section is the citation's)
    rows: list[tuple[TableRow, list[tuple[str, str]]]]  # each answering row with its (column, value) cells
    word: str = ""  # the extreme, in words ('thấp nhất')
    column: str = ""  # the column compared


def _phrase(text: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", fold(text))
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _named(name: str, question: str) -> bool:
    """The question writes the name (a row label or column header) whole; a one-word name ('Tổng')
    is too common a word to count as naming."""
    phrase = _phrase(name)
    return len(phrase.split()) >= 2 and f" {phrase} " in f" {question} "


def names_row(row_text: str, question: str) -> bool:
    """The question writes the row's own label ('Huyện Lộc Điền' of '‣ … › Huyện Lộc Điền | …')."""
    label = row_text.removeprefix(ROW_MARK).partition(" | ")[0].rpartition(" › ")[2]
    return _named(label, _phrase(question))


def _named_column(head: str, question: str) -> bool:
    """A column is named when its header is, and the words in its brackets too ('Khởi tố (bị can)' by
    '… khởi tố bao nhiêu bị can', not 'Khởi tố (vụ)')."""
    inner = {w for part in re.findall(r"\(([^)]*)\)", fold(head)) for w in re.findall(r"[a-z0-9]+", part)}
    return _named(head, question) and inner <= set(question.split())


def table_rows(report: Report, offset: int) -> list[TableRow]:
    """The rows of the table whose paragraph holds `offset`, header lines left out."""
    text = report.text
    start = text.rfind("\n", 0, offset) + 1
    while True:  # back over the paragraphs of the same table
        prev_end = text.rfind("\n", 0, max(start - 1, 0))
        prev = text[prev_end + 1:start].strip()
        if start == 0 or (prev and not prev.startswith(ROW_MARK)):
            break
        start = prev_end + 1
    rows = []
    pos = start
    first_header = None
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip() and not line.startswith(ROW_MARK):
            break
        if line.startswith(ROW_MARK + HEADER_LINE):
            if first_header is not None and line != first_header and rows:
                break  # the columns of another table (the same columns: the table goes on over a page)
            first_header = first_header or line
        elif line.startswith(ROW_MARK):
            row = parse_row(line)
            if row is not None and row.cells:
                rows.append(TableRow(row.label, row.cells, Span(line, pos, end)))
        pos = end + 1
    return rows


def _value(cell: str) -> float | None:
    found = find_quantities(cell)
    return found[0].value if found else None


def _table_evidence(evidence: list[Evidence]) -> Evidence | None:
    for e in evidence[:_TOP_EVIDENCE]:
        if e.sentence.text.startswith(ROW_MARK) and e.coverage >= FOUND_THRESHOLD:
            return e
    return None


def _introduced_table(evidence: list[Evidence], reports: dict[str, Report], above: float = 0.0) -> Evidence | None:
    """A table asked about as a whole ('Đơn vị nào … thấp nhất?'): its rows hold little of the
    question, whose other words ('theo đơn vị cấp huyện', 'năm 2026') are in the sentence that
    introduces it ('… như sau:'). The table that a well-found sentence ends on, with at most its
    caption between, stands for that sentence: its first row is the evidence. `above`: the coverage the
    lead-in must pass (a row the question reaches directly, in another table, is read otherwise)."""
    for lead in evidence[:_TOP_EVIDENCE]:
        if lead.coverage < max(FOUND_THRESHOLD, above) or lead.sentence.text.startswith(ROW_MARK):
            continue
        text = reports[lead.report_id].text
        if not lead.sentence.text.rstrip().endswith(":"):
            continue  # a lead-in announces what follows
        after = [p for p in text[lead.sentence.end:lead.sentence.end + 600].split("\n") if p.strip()]
        # the caption ('Bảng 1. …') may stand between the lead-in and the table's rows
        at = next((i for i, p in enumerate(after[:3]) if p.startswith(ROW_MARK)), None)
        if at is None:
            continue
        rows = table_rows(reports[lead.report_id], text.find(after[at], lead.sentence.end))
        for e in evidence:
            if (e.report_id == lead.report_id and rows
                    and rows[0].span.start <= e.sentence.start <= rows[-1].span.end):
                return e
    return None


def read(q: Question, evidence: list[Evidence], reports: dict[str, Report]) -> TableReading | None:
    """The whole-table reading the question asks for, or None when it asks for none (or no table
    the question reached has what it needs)."""
    folded = fold(q.text)
    extreme = _EXTREME.search(folded)
    fails = _FAILS.search(folded)
    which = _WHICH.search(folded)
    # ('Đơn vị cấp huyện nào … thấp nhất?': the table that a sentence holding the question introduces
    # ('Kết quả theo đơn vị cấp huyện …:') is the one to rank, before a lone row of another table)
    row = _table_evidence(evidence)
    introduced = _introduced_table(evidence, reports, row.coverage if row else 0.0) if (extreme or fails) and which else None
    e = introduced or row
    if e is None:
        return None
    rows = table_rows(reports[e.report_id], e.sentence.start)
    if len(rows) < 2:
        return None
    qphrase = _phrase(q.text)
    if extreme and which:
        return _extreme(q, e, rows, extreme)
    if fails and which:
        return _fails(e, rows)
    if _PLAN_ASKED.search(folded) and _DONE_ASKED.search(folded[_PLAN_ASKED.search(folded).end():]):
        both = _plan_and_result(e, rows, qphrase)
        if both is not None:
            return both
    if q.kind == "figure" or re.search(r"\blan luot\b", folded):
        return _cells(q, e, rows, qphrase)
    return None


# 'Chỉ tiêu … là bao nhiêu, 6 tháng đạt mấy phần trăm?': the target and what was done, asked together
_PLAN_ASKED = re.compile(r"\b(?:chi tieu|ke hoach|du toan|muc tieu)\b")
_DONE_ASKED = re.compile(r"\b(?:dat|thuc hien|ket qua)\b")
_PLAN_COLUMN = re.compile(r"\b(?:chi tieu|ke hoach|du toan|muc tieu|kh)\b")
_DONE_COLUMN = re.compile(r"^(?:uoc\s+)?(?:thuc hien|ket qua|dat)\b")
_ROW_SHARE = 0.75  # of a row label's words the question must hold to name the row


def _plan_and_result(e: Evidence, rows: list[TableRow], qphrase: str) -> TableReading | None:
    """The row the question names (most of its label's words, one row clearly first) read in its
    target column and its result column (and its assessment, when the table gives one)."""
    asked = set(qphrase.split())
    def share(r: TableRow) -> float:
        words = set(_phrase(r.label.rpartition(" › ")[2]).split())
        return len(words & asked) / len(words) if words else 0.0
    ranked = sorted(rows, key=share, reverse=True)
    if share(ranked[0]) < _ROW_SHARE or (len(ranked) > 1 and share(ranked[1]) >= share(ranked[0])):
        return None
    row = ranked[0]
    plan = next(((h, v) for h, v in row.cells if _PLAN_COLUMN.search(_phrase(h))), None)
    done = next(((h, v) for h, v in row.cells if _DONE_COLUMN.search(_phrase(h))), None)
    if plan is None or done is None:
        return None
    judged = [(h, v) for h, v in row.cells if re.match(r"^danh gia\b", _phrase(h))]
    return TableReading("plan", e, [(row, [plan, done, *judged[:1]])])


def _ranked(rows: list[TableRow]) -> list[TableRow]:
    """The rows to compare: not a total ('Tổng cộng'), nor a row opening or closing the table with a
    total's word ('Tổng thu ngân sách …' over its sources), nor a part ('Trong đó: …') of the row above."""
    def name(r):
        return r.label.rpartition(" › ")[2]
    out = []
    for i, r in enumerate(rows):
        if is_total(name(r)) or (sums_others(name(r)) and i in (0, len(rows) - 1)):
            continue
        if re.match(r"^(trong đó|trong do)\b", fold(name(r))):
            continue
        # 'Cộng các đảng bộ xã, phường' anywhere in the table, or a group row over rows of its own
        # ('I. Các đảng bộ cấp tỉnh' over '… › Đảng bộ Công an tỉnh'): sums, not units to rank
        if re.match(r"^cong\s+(?!dong\b)", fold(name(r))) or any(o.label.startswith(f"{r.label} › ") for o in rows):
            continue
        out.append(r)
    return out


# 'không kể Công an các xã, phường thì …', 'Ngoài Công an cấp xã, đơn vị nào …': rows left out of the ranking
_LEFT_OUT = re.compile(r"\b(?:không kể|không tính|ngoài|trừ)\s+([^,?;]+)", re.I)


def _left_out(q: Question, rows: list[TableRow]) -> list[TableRow]:
    """The rows the question leaves out by name: most of the words of its 'không kể …' phrase."""
    out = []
    for m in _LEFT_OUT.finditer(q.text):
        words = _words(m.group(1))
        if not words:
            continue
        out += [r for r in rows if len(words & _words(r.label)) >= 0.6 * len(words)]
    return out


def _extreme(q: Question, e: Evidence, rows: list[TableRow], m: re.Match) -> TableReading | None:
    left_out = _left_out(q, rows)
    candidates = [r for r in _ranked(rows) if r not in left_out]
    folded = fold(q.text)
    if _FALL.search(folded[max(0, m.start() - 40):m.end()]):
        return None  # 'giảm mạnh nhất': a fall, which a column of values does not rank
    units = {v.strip().lower() for r in candidates for h, v in r.cells if UNIT_HEAD.match(h.strip()) and v.strip()}
    # (or each row's unit in brackets after its name: 'Kết nạp đoàn viên mới (đoàn viên)', 'Thành lập
    # mới câu lạc bộ (CLB, đội, nhóm)' are indicators, not units of one kind to rank)
    units |= {u.lower() for r in candidates if (u := bracket_unit(r.label))}
    if len(units) > 1:
        return None  # tấn, tỷ đồng and người in one column: no row is 'highest'
    column = _measured_column(q, candidates, m)
    if column is None:
        return None
    valued = [(r, v, _value(v)) for r in candidates for h, v in r.cells if h == column]
    valued = [(r, v, x) for r, v, x in valued if x is not None]
    if len(valued) < 2:
        return None
    best = (max if m.group("high") or m.group("many") else min)(x for _, _, x in valued)
    winners = [(r, [(column, v)]) for r, v, x in valued if x == best]
    word = _WORD[next(k for k in _WORD if m.group(k))]
    return TableReading("extreme", e, winners[:MAX_ROWS], word, column)


def _measured_column(q: Question, rows: list[TableRow], m: re.Match) -> str | None:
    """The column whose header names what is measured: the words from the question's 'nào' to its
    'nhất' ('… nào … huy động được ít quỹ nhất' names 'Quỹ huy động') count twice the others."""
    folded = fold(q.text)
    which = max((w.start() for w in _WHICH.finditer(folded, 0, m.start())), default=0)
    end = re.compile(r"[,;?]|$").search(folded, m.end()).start()  # '… thấp nhất so với kế hoạch năm?'
    measure = _words(folded[which:end])
    asked = _words(q.text)
    rate_asked = q.percent or bool(_RATE.search(folded))
    best: tuple[float, int, str] | None = None
    heads = list(dict.fromkeys(h for r in rows for h, v in r.cells if h and not UNIT_HEAD.match(h.strip())
                               and _value(v) is not None))
    if rate_asked and any(_RATE.search(fold(h)) for h in heads):
        heads = [h for h in heads if _RATE.search(fold(h))]  # 'tỷ lệ … thấp nhất': a count is no answer
    for i, head in enumerate(heads):
        words = header_words(head, q.text)
        score = 2 * len(measure & words) + len(asked & words)
        if _RATE.search(fold(head)) and not rate_asked:
            score -= 0.4
        if best is None or (score, -i) > best[:2]:
            best = (score, -i, head)
    return best[2] if best and best[0] > 0 else None


def _fails(e: Evidence, rows: list[TableRow]) -> TableReading | None:
    """Rows marked 'Không đạt' / 'Chưa đạt' in an assessment column. A rate under 100% of the plan is
    not read as failing: a 9-month figure against a year's plan is on course, not short."""
    marked = [(r, [(h, v)]) for r in rows for h, v in r.cells if _FAIL_CELL.match(fold(v).strip())]
    return TableReading("fails", e, marked[:MAX_ROWS]) if marked else None


def _cells(q: Question, e: Evidence, rows: list[TableRow], qphrase: str) -> TableReading | None:
    """Two or more columns the question names, of the row it names (or of the total row when it asks
    'tổng số'); or one column of two or more rows it names."""
    heads = list(dict.fromkeys(h for r in rows for h, _ in r.cells if h and not UNIT_HEAD.match(h.strip())))
    named_heads = [h for h in heads if _named_column(h, qphrase)]
    named_rows = [r for r in rows if _named(r.label.rpartition(" › ")[2], qphrase)]
    # 'không hoàn thành nhiệm vụ' names that row, not also 'Hoàn thành nhiệm vụ' written inside it
    phrases = {id(r): _phrase(r.label.rpartition(" › ")[2]) for r in named_rows}
    named_rows = [r for r in named_rows if not any(phrases[id(r)] != phrases[id(o)] and f" {phrases[id(r)]} " in f" {phrases[id(o)]} "
                                                   for o in named_rows)]
    if len(named_heads) >= 2:
        row = named_rows[0] if len(named_rows) == 1 else None
        rest = qphrase
        for h in named_heads:  # 'Tổng số hộ' names a column; 'tổng' left after the columns asks the total row
            rest = f" {rest} ".replace(f" {_phrase(h)} ", " ")
        # (a body the question names must be one of the columns: 'Tổng số hộ … của Nà Lừu' asks a row)
        own = q.subject is None or any(_phrase(q.subject.text) in _phrase(h) for h in named_heads)
        if row is None and not named_rows and re.search(r"\btong\b", rest) and own:
            totals = [r for r in rows if is_total(r.label.rpartition(" › ")[2])]
            row = totals[-1] if totals else None
        if row is None:
            return None
        cells = [(h, v) for h in named_heads for hh, v in row.cells if hh == h]
        return TableReading("cells", e, [(row, cells)]) if len(cells) >= 2 else None
    if len(named_rows) >= 2:
        column = None
        for r in named_rows:
            cell = best_cell(q.text, Row(r.label, r.cells), q.percent)
            column = column or (cell.column if cell else None)
        picked = [(r, [(h, v) for h, v in r.cells if h == column]) for r in named_rows]
        picked = [(r, c) for r, c in picked if c]
        return TableReading("cells", e, picked[:MAX_ROWS]) if len(picked) >= 2 else None
    return None
