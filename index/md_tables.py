"""Markdown pipe tables of figures read as table rows ('‣ label | column: value | …', index.tables), as
the DOCX and PDF readers write theirs: a row of a table in a .md report is then a statement a
question can hit, said with its row and column. Tables without figures (a header or signature laid
out with pipes, as pandoc writes them) are left as they are.

Written by hand: markdown-it and friends render tables to HTML; what is wanted is the cell grid."""
from __future__ import annotations

import re

from .tables import table_lines

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
# bold and italic marks; an underscore inside a word ('mã_số') is the word's own
_EMPHASIS = re.compile(r"\*\*|\*|(?<!\w)__?|__?(?!\w)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_FIGURE = re.compile(r"^[^A-Za-zÀ-ỹ]*\d")


def _cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    return [_EMPHASIS.sub("", c).replace("\\|", "/").strip() for c in re.split(r"(?<!\\)\|", inner)]


def _is_data(grid: list[list[str]]) -> bool:
    header, body = grid[0], grid[1:]
    return sum(1 for c in header if c) >= 2 and any(_FIGURE.match(c) for row in body for c in row[1:] if c)


def _layout_table(grid: list[list[str]], meta: dict) -> list[str] | None:
    """A header or signature laid out with pipes (issuing body | motto, number | place and date;
    Nơi nhận | signer): read as the DOCX reader reads such a table, into the report's metadata, and
    its text written cell by cell, column by column, as paragraphs. None for another table."""
    from .docx_reader import _layout_kind, _read_header, _read_signature

    width = max(len(r) for r in grid)
    # a cell's lines ('<br>' as pandoc writes a line break in a cell)
    columns = [[p.strip() for r in grid if c < len(r) for p in re.split(r"<br\s*/?>", r[c], flags=re.I) if p.strip()]
               for c in range(width)]
    columns = [c for c in columns if c]
    kind = _layout_kind(columns)
    if kind == "header":
        _read_header([columns[0], columns[-1] if len(columns) > 1 else []], meta)
        return ["", *[p + "\n" for c in columns for p in c]]
    if kind == "signature":
        return ["", *[p + "\n" for p in _read_signature(columns, meta)]]
    return None


def tables_as_rows(text: str, meta: dict | None = None) -> str:
    """The text with its pipe tables of figures as rows; header and signature tables read into
    `meta` (when given) and written as their lines."""
    meta = {} if meta is None else meta
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    fenced = False
    while i < len(lines):
        if _FENCE.match(lines[i]):
            fenced = not fenced  # a table inside a code block is shown as written
        if not fenced and _ROW.match(lines[i]) and i + 1 < len(lines) and _SEPARATOR.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and _ROW.match(lines[j]):
                j += 1
            grid = [_cells(lines[i])] + [_cells(x) for x in lines[i + 2:j]]
            if _is_data(grid):
                out.append("")
                out.append("\n\n".join(table_lines(grid)))
                out.append("")
                i = j
                continue
            laid = _layout_table(grid, meta)
            out.extend(laid if laid is not None else lines[i:j])
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
