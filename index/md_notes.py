"""Markdown footnotes ('…năm 2026[^1]' and '[^1]: text' at the end, as pandoc writes a Word report's
footnotes) read the way the DOCX and PDF readers read theirs: the definitions cut out of the text,
each reference a marker '⁽1⁾' glued to its word, the notes numbered in the order they are defined.

Written by hand: markdown-it's footnote plugin renders HTML; what is wanted is the note text and
where it is referenced."""
from __future__ import annotations

import re

from .footnotes import marker

_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$")
_CONTINUED = re.compile(r"^(?: {2,}|\t)(\S.*)$")  # an indented line goes on with the note above
_REFERENCE = re.compile(r"\[\^([^\]\s]+)\](?!:)")


def split_notes(text: str) -> tuple[str, dict[str, str]]:
    """The text without its footnote definitions, references as markers, and the notes by number."""
    lines = text.split("\n")
    kept: list[str] = []
    notes: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        m = _DEFINITION.match(line)
        if m:
            current = m.group(1)
            notes[current] = [m.group(2).strip()]
            continue
        more = _CONTINUED.match(line) if current is not None else None
        if more:
            notes[current].append(more.group(1).strip())
            continue
        if line.strip():
            current = None
        kept.append(line)
    if not notes:
        return text, {}
    # numbered labels keep their number; others ('[^nguon]') are numbered after them, in order
    numbers: dict[str, str] = {}
    taken = {k for k in notes if k.isdigit()}
    n = 0
    for key in notes:
        if key.isdigit():
            numbers[key] = str(int(key))
        else:
            n += 1
            while str(n) in taken:
                n += 1
            taken.add(str(n))
            numbers[key] = str(n)
    body = _REFERENCE.sub(lambda m: marker(numbers[m.group(1)]) if m.group(1) in numbers else m.group(0), "\n".join(kept))
    return body, {numbers[k]: " ".join(v) for k, v in notes.items()}
