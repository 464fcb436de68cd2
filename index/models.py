"""Typed records that cross module borders: Report, Section, Chunk."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Literal

# What a node of the section tree is: how its heading is numbered, or which part of a report it is.
SectionKind = Literal["part", "appendix", "chapter", "legal_section", "roman", "article", "arabic", "decimal",
                      "letter", "paren", "bullet", "footnote", "title", "preamble", "recipients", "signature",
                      "paragraph"]
# The report's frame, not its content: a summary or a section list never offers them, no figure is read there.
FRAME_KINDS: frozenset[str] = frozenset({"title", "signature", "recipients"})
# Parts of a report that carry no number of their own: the frame, the preamble, a loose paragraph.
UNNUMBERED_KINDS: frozenset[str] = FRAME_KINDS | {"preamble", "paragraph"}
# Headings numbered by the report ('Phần I', 'Phụ lục 2', 'Chương', 'I.', '1.', '1.1.', 'a)', '(1)', 'Điều 5'):
# the sections that hold lists of items.
NUMBERED_KINDS: tuple[str, ...] = ("part", "appendix", "chapter", "roman", "arabic", "decimal", "letter", "paren",
                                   "legal_section", "article")


def is_item(kind: str) -> bool:
    """A bullet ('- …', '+ …'): an item of its section's list, never a section of its own to pick."""
    return kind == "bullet"


def is_signature(kind: str) -> bool:
    return kind == "signature"


def is_footnote(kind: str) -> bool:
    return kind == "footnote"


def is_frame(kind: str) -> bool:
    return kind in FRAME_KINDS


def is_pickable(kind: str) -> bool:
    """A section a person can ask to summarise (the section lists of the page and the CLI)."""
    return not is_item(kind) and kind not in FRAME_KINDS


@dataclass
class Section:
    """One node of a report's section tree. Offsets index the report's normalised text."""

    number: str  # "I.3", "II.4.a", "Điều 5", "Mở đầu"
    title: str
    # part | appendix | chapter | legal_section | roman | article | arabic | decimal | letter | paren | bullet
    # | footnote | title | preamble | recipients | signature | paragraph
    kind: SectionKind
    level: int
    start: int  # start of the heading line
    body_start: int  # first character after the heading (== start for inline items)
    end: int  # end of the section including its descendants
    parent: str | None = None
    children: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Report:
    id: str
    title: str
    period: str | None
    issuer: str | None
    source_name: str
    content_hash: str
    text: str  # normalised full text
    sections: list[Section]
    # number, place, date, signer, signer_title (from the header and signature blocks), ocr (bool),
    # warnings (list of Vietnamese notes on how the file was read)
    meta: dict = field(default_factory=dict)
    pages: list[tuple[int, int]] = field(default_factory=list)  # (offset where a page starts, page number)

    def page_at(self, offset: int) -> int | None:
        """The page (as printed on it, when the file has page numbers) that holds an offset."""
        import bisect

        i = bisect.bisect_right([p[0] for p in self.pages], offset) - 1
        return self.pages[i][1] if i >= 0 else None

    def section(self, number: str) -> Section | None:
        for s in self.sections:
            if s.number == number:
                return s
        return None

    def section_path(self, number: str) -> list[Section]:
        """The section and its ancestors, outermost first."""
        by_number = {s.number: s for s in self.sections}
        path: list[Section] = []
        node = by_number.get(number)
        while node is not None:
            path.append(node)
            node = by_number.get(node.parent) if node.parent else None
        return list(reversed(path))


@dataclass
class Chunk:
    id: str
    report_id: str
    section: str
    section_title: str
    path_title: str  # "I. KẾT QUẢ … > 3. Công tác kiểm tra …"
    text: str
    start: int
    end: int
    ordinal: int
    tokens: int

    @property
    def search_text(self) -> str:
        """What the embedder and keyword index see: the heading path gives short chunks their topic."""
        return f"{self.path_title}\n{self.text}"
