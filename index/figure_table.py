"""Every figure of a report as a row: (section, indicator phrase, value, unit, raw text, quote
offsets). Built at index time so 'bao nhiêu' answers and report comparisons can line figures up.

The indicator is what the figure counts, read from its clause: the verb phrase before the number
('thi hành kỷ luật') and the unit after it ('đảng viên'); a clause that starts with its number
('… kiểm tra 265 đảng viên và 292 tổ chức đảng') inherits the verb of the clause before it."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from .figures import Quantity, find_quantities
from .measure import per_base, per_inhabitants, read_measure
from .models import FRAME_KINDS, Report, Section
from .sentences import clause_spans, sentence_spans
from .tables import HEADER_LINE, ROW_MARK, parse_row

QUALIFIERS = ("trên", "gần", "hơn", "khoảng", "gần như", "chưa đến", "dưới", "tới", "đến")
_LEAD_NOISE = re.compile(r"^(trong đó|trong|đó|đồng thời|qua kiểm tra|tiến hành|toàn tỉnh|với|các|và|có)(\s+|$)", re.I)
_QUAL_TAIL = re.compile(r"\s*\b(trên|gần|hơn|khoảng|dưới|tới|đến|là)\s*$", re.I)
_SKIP_SECTIONS = FRAME_KINDS
# A rate per inhabitants named before its number: 'số bác sĩ trên 10.000 dân đạt 12,9'.
_NAMED_RATE = re.compile(r"\b(?:số|bình quân)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*(?:/|trên)\s*(1\s*vạn|vạn|10\.000|1\.000|100\.000)"
                         r"\s+(?:người\s+)?dân(?:\s+số)?\s*(?:đạt|là|bằng|có)?\s*$", re.I)


@dataclass
class Figure:
    report: str
    section: str
    section_title: str
    indicator: str  # "thi hành kỷ luật đảng viên"
    value: float  # normalised: "20 nghìn" -> 20000, "38,9 tỷ đồng" -> 38.9e9
    unit: str  # "đảng viên", "đồng", "%"
    raw: str  # "trên 94 tỷ đồng"
    qualifier: str | None  # trên / gần / hơn …
    start: int  # offsets of the figure in the report text
    end: int
    quote_start: int  # the sentence it stands in
    quote_end: int
    context: str  # the clause, for display and matching
    group: str = ""  # the indicator a bracketed breakdown belongs to ("thi hành kỷ luật" for "(Khiển trách 96 …)")

    def to_dict(self) -> dict:
        return asdict(self)


def _unit(after: str) -> tuple[str, float, str]:
    """(unit, multiplier, the text consumed) from the words after a number."""
    m = read_measure(after)
    return m.unit, m.multiplier, m.text


def _verb_phrase(before: str) -> str:
    phrase = _QUAL_TAIL.sub("", before.strip(" ,;:()").strip())
    for _ in range(3):
        phrase = _LEAD_NOISE.sub("", phrase)
    words = phrase.split()
    # the words right before the number carry the indicator; a short clause is kept whole
    return " ".join(words if len(words) <= 9 else words[-6:])


def extract_figures(report: Report) -> list[Figure]:
    from .chunking import own_segments

    by_start = sorted((s for s in report.sections if s.kind not in ("bullet",)), key=lambda s: s.start)
    by_number = {s.number: s for s in report.sections}  # built once: linear in the number of sections
    item_labels = {s.start for s in report.sections}  # "1." of an inline item is a label, not a figure
    out: list[Figure] = []
    for sec in by_start:
        if sec.kind in _SKIP_SECTIONS:
            continue
        # a footnote's figures belong to the footnote, not also to the section that references it
        segments = [(sec.start, sec.end)] if sec.kind == "footnote" else own_segments(report, sec, by_number)
        sentences = [s for a, b in segments for s in sentence_spans(report.text[a:b], a)]
        for sent in sentences:
            if sent.text.startswith(ROW_MARK):
                out.extend(_row_figures(report, sec, sent))
                continue
            # Quantities are found on the whole sentence: quotation marks and "Covid - 19" span clauses.
            in_sentence = [q for q in find_quantities(sent.text) if sent.start + q.start not in item_labels]
            previous_verb, outer_verb, group = "", "", ""
            last_unit, outer_unit = "", ""  # an item written without its unit counts what its total counts
            prev_end = sent.start
            for clause in clause_spans(sent):
                opener = report.text[prev_end:clause.start]
                prev_end = clause.end
                bracket = clause.start - len(opener) + opener.find("(")
                # a bracket right after a figure and its unit breaks that figure down
                after_figure = bool(out) and out[-1].quote_start == sent.start and out[-1].end <= bracket and len(
                    report.text[out[-1].end:bracket].split()) <= 3
                if "(" in opener and after_figure:
                    outer_verb = group = previous_verb  # "106 đảng viên (Khiển trách 96 …, cảnh cáo 08 …)" is a breakdown
                    outer_unit = last_unit
                elif "(" in opener:
                    outer_verb, group = previous_verb, ""  # "(toàn tỉnh kết nạp được 496 …)" after words: an aside
                elif ")" in opener and outer_verb:
                    previous_verb, group = outer_verb, ""  # "… ) và 03 tổ chức đảng": back to the verb outside
                elif ";" in opener:
                    group = ""
                if re.match(r"^\s*trong đó\b", clause.text, re.I) and previous_verb:
                    group = previous_verb  # "214 đảng viên, trong đó khiển trách 171 …": a breakdown too
                    outer_unit = last_unit
                offset = clause.start - sent.start
                quantities = [Quantity(q.text, q.value, q.start - offset, q.end - offset) for q in in_sentence
                              if offset <= q.start and q.end <= offset + len(clause.text)]
                for q in quantities:
                    before = clause.text[:q.start]
                    if re.match(r"^\s*trong đó\s*$", before, re.I):
                        verb = "trong đó"  # a breakdown of the figure before it, not the same indicator
                    else:
                        verb = _verb_phrase(before) or previous_verb
                    unit, mult, consumed = _unit(clause.text[q.end:])
                    if "%" in q.text:
                        unit, mult, consumed = "%", 1.0, ""
                    elif not unit and group and outer_unit:
                        unit = outer_unit  # "(khiển trách 71, cảnh cáo 12 …)" after "89 đảng viên"
                    elif not unit and (named := _NAMED_RATE.search(before)):
                        unit = f"{named.group(1)}/{per_base(named.group(2))}"  # "số bác sĩ trên 10.000 dân đạt 12,9"
                    qual = next((w for w in QUALIFIERS if before.rstrip().lower().endswith(w)), None)
                    raw_start = clause.start + q.start - (len(qual) + 1 if qual else 0)
                    raw_end = clause.start + q.end + len(consumed)
                    out.append(Figure(
                        report=report.id, section=sec.number, section_title=sec.title,
                        indicator=f"{verb} {unit}".strip(), value=q.value * mult,
                        unit="đồng" if unit == "đồng" and mult > 1 else unit,
                        raw=report.text[raw_start:raw_end].strip(), qualifier=qual,
                        start=clause.start + q.start, end=clause.start + q.end,
                        quote_start=sent.start, quote_end=sent.end, context=clause.text, group=group))
                    if verb:
                        previous_verb = verb
                    last_unit = out[-1].unit
                if not quantities and clause.text.strip():
                    previous_verb = _verb_phrase(clause.text) if len(clause.text.split()) <= 6 else previous_verb
    return out



_UNIT_HEAD = re.compile(r"^đơn vị( tính)?$|^đvt$", re.I)
_PLAN_HEAD = re.compile(r"\b(kế hoạch|dự toán|chỉ tiêu|mục tiêu|KH)\b", re.I)
_RATE_HEAD = re.compile(r"%|\bso với\b|\btỷ lệ\b|\btỉ lệ\b", re.I)
_DONE_HEAD = re.compile(r"^(ước\s+)?(thực hiện|kết quả|đạt|số lượng|giá trị)\b", re.I)


def _row_figures(report: Report, sec: Section, sent) -> list[Figure]:
    """A table row ('‣ Số bác sĩ/vạn dân | Đơn vị tính: bác sĩ | Kế hoạch năm 2026: 12,8 | Thực hiện 6
    tháng: 12,4 | So với kế hoạch (%): 96,9'): what was achieved is the row's figure, named by its label,
    in the row's unit; the rate against the plan is a figure of its own; the plan is a target, no
    result. Read as a sentence, its column headers would make figures of their own ('6 tháng')."""
    row = parse_row(sent.text)
    if row is None or not row.label or not row.cells or sent.text.startswith(ROW_MARK + HEADER_LINE):
        return []
    label = row.label.rpartition(" › ")[2]
    row_unit = next((v for h, v in row.cells if _UNIT_HEAD.match(h.strip())), "")
    out = []
    pos = 0
    for head, value in row.cells:
        at = sent.text.find(f"{head}: {value}" if head else value, pos)
        if at < 0:
            continue
        vstart = at + (len(head) + 2 if head else 0)
        pos = vstart + len(value)
        if not head or _UNIT_HEAD.match(head.strip()) or (_PLAN_HEAD.search(head) and not _RATE_HEAD.search(head)):
            continue
        found = find_quantities(value)
        if len(found) != 1:
            continue
        q = found[0]
        mult = 1.0
        # the column of what was done names nothing more; another column ('Cấp ủy các cấp') is part of the name
        name = label if _DONE_HEAD.search(head) else f"{label} – {head}"
        if _RATE_HEAD.search(head) and _PLAN_HEAD.search(head):
            unit, indicator = "%", f"{label} {head}"  # 'So với kế hoạch (%)': a rate of the plan
        elif "%" in q.text or row_unit.strip() == "%" or re.search(r"\(%\)", head):
            unit, indicator = "%", name
        else:
            unit, mult, _ = _unit(value[q.end:])
            paren = re.search(r"\(([^)]+)\)", head)  # 'Quỹ huy động (triệu đồng)'
            if not unit and paren:
                unit, mult, _ = _unit(paren.group(1))
            unit = unit or _unit(row_unit)[0] or row_unit.strip()
            base = per_inhabitants(label)
            if base and unit and "/" not in unit:
                # 'Số giường bệnh/vạn dân' counted in 'giường': a rate per inhabitants, of the label's noun
                noun = re.match(r"^\s*(?:số\s+|bình quân\s+)?(.+?)\s*(?:/|\btrên\b)", label, re.I)
                noun_ok = noun and noun.group(1).lower().startswith(unit.lower()) and len(noun.group(1).split()) <= 3
                unit = f"{noun.group(1).lower() if noun_ok else unit}/{base}"
            indicator = f"{name} {unit}".strip()
        start = sent.start + vstart + q.start
        out.append(Figure(report=report.id, section=sec.number, section_title=sec.title, indicator=indicator,
                          value=q.value * (mult if unit not in ("%", "") else 1.0),
                          unit="đồng" if unit == "đồng" and mult > 1 else unit, raw=value.strip(), qualifier=None, start=start,
                          end=start + len(q.text), quote_start=sent.start, quote_end=sent.end,
                          context=name if not (_RATE_HEAD.search(head) and _PLAN_HEAD.search(head)) else f"{label} – {head}"))
    return out
