"""How a footnote reference stands in a report's text: '⁽⁶⁾' glued to the word it annotates.
Superscript digits are no decimal digits (\\d does not match them), so a marker is never read as a
figure; one form for every reader (DOCX, PDF, OCR) and every consumer (tree, figures, answers)."""
from __future__ import annotations

import re

_TO_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FROM_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
MARKER = re.compile(r"⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾")


def marker(n: str) -> str:
    """'6' -> '⁽⁶⁾'."""
    return f"⁽{n.translate(_TO_SUPER)}⁾"


def superscript(digits: str) -> str:
    """'2' -> '²' (m², a raised number that is no footnote)."""
    return digits.translate(_TO_SUPER)


def number(super_digits: str) -> str:
    """'⁶' -> '6'."""
    return super_digits.translate(_FROM_SUPER)


def strip_markers(text: str) -> str:
    """The text without its footnote markers (an answer's lead: the citation names the footnote)."""
    return re.sub(r"\s*" + MARKER.pattern + r"\s*", " ", text).strip()
