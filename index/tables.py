"""Tables as text a question can hit and a citation can show.

A data table becomes one line per row: "‣ <row label> | <column header>: <cell> | …", so a figure in
a cell stands next to the names of its row and column (what an official quotes: "Phụ lục 1, dòng
Cụm công nghiệp X, cột Tỷ lệ lấp đầy: 23,29%"). Group rows (one value across the table) prefix the
labels of the rows under them. Shared by the DOCX and PDF readers; `parse_row` reads a line back.

Written by hand: the libraries give cells (python-docx, pdfplumber), not this reading of them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .textnorm import fold

ROW_MARK = "‣ "
HEADER_LINE = "Bảng gồm các cột"  # the line that names a table's columns, before its rows
_INDEX_HEADER = re.compile(r"^(stt|tt|số\s*tt|số\s+thứ\s+tự)\.?$", re.I)
_INDEX_CELL = re.compile(r"^([IVXLC]+|\d{1,3}|[a-zđ]|\d{1,3}\.\d{1,2})[.)]?$")
# a row that sums those above it (its group prefix ends there): 'Tổng cộng', 'Tổng thu …', 'Toàn tỉnh'
_TOTAL = re.compile(r"^(tổng\s+cộng|tổng\s+số|tổng|cộng(?!\s+đồng)|chung(?!\s+cư)|toàn\s+tỉnh)\b", re.I)
# a row that is nothing but the total, by its whole label ('Tổng Thu ngân sách …' may be one indicator)
_TOTAL_ONLY = re.compile(r"^(tổng\s+cộng|tổng\s+số|tổng|cộng|chung|toàn\s+(tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã"
                         r"|phường|thị\s+trấn|ngành|đảng\s+bộ))\s*:?$", re.I)
_GROUP_INDEX = re.compile(r"^(?:[IVXLC]+|[A-H])[.)]?$")
_PART_OF_ABOVE = re.compile(r"^(?:trong\s+đó|trong\s+do|chia\s+ra|gồm)\b", re.I)
_NUMERIC = re.compile(r"^[\d.,%\s+\-–/()]+$")


@dataclass
class Row:
    label: str
    cells: list[tuple[str, str]]  # (column header, value)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def header_rows(grid: list[list[str]], merged_down: list[list[bool]] | None = None) -> int:
    """How many leading rows are headers: one, or more while a header cell spans down into the
    next row or the next row still holds no figure (a two-row header with a group heading)."""
    if len(grid) < 2:
        return 0
    n = 1
    while n < len(grid) - 1:
        row = grid[n]
        spans_down = merged_down is not None and any(merged_down[n])
        has_figure = any(_NUMERIC.match(c) and re.search(r"\d", c) for c in row if c)
        first_is_index = bool(row and _INDEX_CELL.match(row[0] or ""))
        if spans_down or (not has_figure and not first_is_index and _repeats_group(grid[n - 1])):
            n += 1
        else:
            break
    return n


def _repeats_group(row: list[str]) -> bool:
    """A header row with a cell repeated across columns (a horizontally merged group heading)."""
    return any(row[i] and row[i] == row[i + 1] for i in range(len(row) - 1))


def column_headers(grid: list[list[str]], n_header: int) -> list[str]:
    cols = max((len(r) for r in grid), default=0)
    heads = []
    for c in range(cols):
        parts: list[str] = []
        for r in range(n_header):
            cell = _clean(grid[r][c]) if c < len(grid[r]) else ""
            if cell and (not parts or parts[-1] != cell):
                parts.append(cell)
        heads.append(" – ".join(parts))
    return heads


def table_lines(grid: list[list[str]], merged_down: list[list[bool]] | None = None) -> list[str]:
    """The lines that stand for a data table in the report text."""
    grid = [[_clean(c) for c in row] for row in grid if any(_clean(c) for c in row)]
    if not grid:
        return []
    n_header = header_rows(grid, merged_down)
    heads = column_headers(grid, n_header) if n_header else [""] * max(len(r) for r in grid)
    lines = []
    if n_header:
        lines.append(ROW_MARK + HEADER_LINE + ": " + "; ".join(h for h in heads if h))
    group = top = ""
    for row in grid[n_header:]:
        values = [c for c in row if c]
        # a group row merged across the table, or numbered with a roman numeral or a capital and holding
        # nothing but its name ('I | Bảo hiểm xã hội bắt buộc | | …')
        merged = len(set(values)) == 1
        numbered = len(values) == 2 and bool(_GROUP_INDEX.match(values[0])) and not _NUMERIC.match(values[1])
        if (merged or numbered) and len(row) > 2:
            name = values[-1]
            if _PART_OF_ABOVE.match(name) and top:
                group = f"{top} › {name}"  # 'Trong đó:' under 'Thu BHXH, BHYT, BHTN': a part of that group
            else:
                group = top = name
            lines.append(ROW_MARK + group)
            continue
        label, cells = _label(row, heads)
        if cells and all(fold(v) == fold(h) for h, v in cells if h):
            continue  # the header repeated where the table goes on over a page break
        if _TOTAL_ONLY.match(label):
            group = top = ""  # "Tổng cộng" sums every group above it, it belongs to none
        if group and label:
            label = f"{group} › {label}"
        parts = [f"{h}: {v}" if h else v for h, v in cells]
        lines.append(ROW_MARK + " | ".join([label] + parts if label else parts))
    return lines


def _label(row: list[str], heads: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """The row's name (its first text cell after an index column) and its other cells."""
    label_col = None
    for c, cell in enumerate(row):
        if not cell:
            continue
        if (c < len(heads) and _INDEX_HEADER.match(heads[c])) or (label_col is None and _INDEX_CELL.match(cell) and c + 1 < len(row)):
            continue
        if not _NUMERIC.match(cell):
            label_col = c
        break
    cells = []
    seen: set[tuple[str, str]] = set()
    for c, cell in enumerate(row):
        head = heads[c] if c < len(heads) else ""
        if not cell or c == label_col or _INDEX_HEADER.match(head or "-"):
            continue
        if (head, cell) in seen:  # a horizontally merged cell repeated in the grid
            continue
        seen.add((head, cell))
        cells.append((head, cell))
    return (row[label_col] if label_col is not None else ""), cells


def is_total(label: str) -> bool:
    """'Tổng cộng', 'Cộng', 'Toàn huyện': a row that is only the sum of the others."""
    return bool(_TOTAL_ONLY.match(label.strip()))


def sums_others(label: str) -> bool:
    """A row whose label opens with a total's word ('Tổng thu ngân sách …'): the sum of the rows
    below it when it opens or closes its table."""
    return bool(_TOTAL.match(label.strip()))


def parse_row(line: str) -> Row | None:
    """A table line read back: its label and (column, value) cells; None for other text."""
    if not line.startswith(ROW_MARK):
        return None
    parts = [p.strip() for p in line[len(ROW_MARK):].split(" | ")]
    cells, label = [], ""
    for i, part in enumerate(parts):
        head, sep, value = part.rpartition(": ")  # a header may hold ": " itself ("Kế hoạch (ĐVT: tỷ đồng)")
        if i == 0 and not sep:
            label = part
        elif sep:
            cells.append((head, value))
        else:
            cells.append(("", part))
    return Row(label, cells)
