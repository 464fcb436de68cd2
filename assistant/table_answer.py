"""A 'bao nhiêu' answered from a table row: the cell whose column the question names, said with its
row and column ("Phụ lục 1, dòng Số bác sĩ trên một vạn dân, cột Thực hiện 2020-2025: 11,6").

The row comes back from its text line (index.tables.parse_row). Which column answers is read from
the question's words against the column headers; when the question names none, the column of
what was achieved (thực hiện, kết quả, đạt, tổng) is preferred over what was planned (kế hoạch,
chỉ tiêu, dự kiến), as an official reading the table would."""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.figures import find_quantities
from index.tables import Row, parse_row
from index.textnorm import fold

UNIT_HEAD = re.compile(r"^đơn vị( tính)?$|^đvt$", re.I)
_ACHIEVED = re.compile(r"\b(thuc hien|ket qua|dat duoc|uoc dat|tong so|tong cong|so luong|hien trang)\b")
_PLANNED = re.compile(r"\b(ke hoach|chi tieu|du kien|muc tieu|dinh huong)\b")
_RATE = re.compile(r"\b(?:ty le|ti le|phan tram)\b|%")


@dataclass
class TableCell:
    label: str  # the row's name
    column: str
    value: str
    unit: str | None


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9%]+", fold(text)))


def header_words(head: str, question: str) -> set[str]:
    """A header's words, with each initialism spelled out by the question's words that it abbreviates
    ('ĐV bị kỷ luật' holds 'đảng viên' for '… số đảng viên bị kỷ luật …'): headers abbreviate what the
    text and the questions spell out."""
    words = _words(head)
    asked = re.findall(r"[a-z0-9]+", fold(question))
    for token in re.findall(r"\b[A-ZĐ]{2,6}\b", head):
        short = fold(token).lower()
        for i in range(len(asked) - len(short) + 1):
            if "".join(w[0] for w in asked[i:i + len(short)]) == short:
                words |= set(asked[i:i + len(short)])
                break
    return words


def best_cell(question: str, row: Row, percent: bool = False) -> TableCell | None:
    """The cell of `row` that answers `question`, or None when no cell holds a figure."""
    unit = next((v for h, v in row.cells if UNIT_HEAD.match(h.strip())), None)
    qf = fold(question)
    qwords = _words(question)
    best: tuple[float, int, tuple[str, str]] | None = None
    for i, (head, value) in enumerate(row.cells):
        if UNIT_HEAD.match(head.strip()) or not find_quantities(value):
            continue
        hf = fold(head)
        score = len(qwords & header_words(head, question)) * 1.0
        if _ACHIEVED.search(hf) and not _PLANNED.search(qf):
            score += 0.6
        if _PLANNED.search(hf) and not _PLANNED.search(qf):
            score -= 0.8
        if _RATE.search(hf):
            score += 1.0 if (percent or _RATE.search(qf)) else -0.4
        key = (score, -i, (head, value))
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    head, value = best[2]
    return TableCell(row.label, head, value, None if _RATE.search(fold(head)) else unit)


def cell_for(question: str, line: str, percent: bool = False) -> TableCell | None:
    """`line` is a table row of the report text; None when it is not one or holds no figure."""
    row = parse_row(line)
    return best_cell(question, row, percent) if row and row.cells else None
