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


def tables_as_rows(text: str) -> str:
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
            out.extend(lines[i:j])
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
