"""What the assistant returns, one type per verb: an `Answer` (ask), a `Summary` (summarise a
section), a `Comparison` (two reports side by side), a `Trend` (one indicator across reports); and
the errors `ReportNotFound` / `SectionNotFound`. Shells render these fields; none of them reads the
answer's wording, so a change of prompts/messages.toml cannot break a page."""
from __future__ import annotations

from pydantic import BaseModel, Field, model_validator


class Citation(BaseModel):
    n: int
    report: str
    report_title: str
    period: str | None = None
    section: str
    section_title: str
    quote: str
    start: int
    end: int
    page: int | None = Field(default=None, description="Page of the quote (as printed on it) when the file has pages.")
    ocr: bool = Field(default=False, description="The quote comes from text recognised in a scan (OCR).")


class Quote(BaseModel):
    """A source sentence quoted verbatim under the answer (the chat shows it in the citations panel)."""

    n: int = Field(description="The citation it belongs to.")
    text: str


class Answer(BaseModel):
    answer: str = Field(description="The whole answer as text: the lead, then the verbatim quotes.")
    found: bool
    citations: list[Citation] = Field(default_factory=list)
    question: str | None = Field(default=None, description="The standalone question actually answered.")
    notice: str | None = Field(default=None, description="A notice for the user (e.g. LLM fallback).")
    lead: list[str] = Field(default_factory=list, description="The answer's own lines, before the quotes.")
    quotes: list[Quote] = Field(default_factory=list, description="The sources quoted after the lead.")

    @model_validator(mode="after")
    def _lead_defaults_to_the_text(self) -> Answer:
        # An answer without separate quotes is all lead (a refusal, a list, a written answer).
        if not self.lead and not self.quotes and self.answer:
            self.lead = self.answer.split("\n")
        return self

    def public(self) -> dict:
        """The stable JSON contract."""
        data = {"answer": self.answer, "found": self.found,
                "citations": [c.model_dump() for c in self.citations]}
        if self.question:
            data["question"] = self.question
        if self.notice:
            data["notice"] = self.notice
        return data


class SummaryItem(BaseModel):
    n: int = Field(description="Its citation.")
    text: str
    section: str = Field(description="The deepest section that holds the sentence.")


class SummaryPart(BaseModel):
    """The summary of one section of one report."""

    report: str
    section: str
    section_title: str
    intro: str
    items: list[SummaryItem]


class Summary(Answer):
    parts: list[SummaryPart] = Field(default_factory=list)

    @property
    def items(self) -> list[SummaryItem]:
        return [i for p in self.parts for i in p.items]

    def section_json(self) -> dict:
        """`summarize --json`: {"report", "section", "section_title", "summary", "citations"} of the first part
        (asked in the chat, a summary answers with the Answer JSON like any other reply)."""
        first = self.parts[0] if self.parts else None
        return {"report": first.report if first else None, "section": first.section if first else None,
                "section_title": first.section_title if first else None, "summary": self.answer,
                "citations": [c.model_dump() for c in self.citations]}


class ComparedFigure(BaseModel):
    value: float
    unit: str
    raw: str
    quote: str
    section: str
    section_title: str
    start: int
    end: int
    n: int | None = Field(default=None, description="Its citation in the comparison's answer.")
    indicator: str | None = None


class ComparisonRow(BaseModel):
    indicator: str
    a: ComparedFigure
    b: ComparedFigure
    change: float
    change_pct: float | None = None
    disagree: bool = False  # two reports of the same period give different values


class Comparison(Answer):
    """Two reports' figures aligned by indicator, what only one of them has, and a cited contrast.
    `answer`/`lead` hold the text; `intro`, `rows` and `notes` are the same content in parts, for
    shells that draw the rows as a table."""

    a: str = ""
    b: str = ""
    a_label: str = ""
    b_label: str = ""
    topic: str | None = None
    intro: str = ""
    rows: list[ComparisonRow] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="What follows the rows: sections in one report, contrast.")
    only_a: list[ComparedFigure] = Field(default_factory=list)
    only_b: list[ComparedFigure] = Field(default_factory=list)
    sections_only_a: list[str] = Field(default_factory=list)
    sections_only_b: list[str] = Field(default_factory=list)

    def table(self) -> dict:
        """`compare --json`: the aligned rows and what only one report has."""
        return {"a": self.a, "b": self.b, "a_label": self.a_label, "b_label": self.b_label, "topic": self.topic,
                "rows": [r.model_dump(exclude={"a": {"indicator"}, "b": {"indicator"}}) for r in self.rows],
                "only_a": [f.model_dump(exclude={"n"}) for f in self.only_a],
                "only_b": [f.model_dump(exclude={"n"}) for f in self.only_b],
                "sections_only_a": self.sections_only_a, "sections_only_b": self.sections_only_b}


class TrendPoint(BaseModel):
    report: str
    period: str | None
    figure: ComparedFigure


class TrendSeries(BaseModel):
    indicator: str  # the series' label, unique within the trend ('UBKT các cấp thi hành kỷ luật đảng viên')
    unit: str
    points: list[TrendPoint]
    disagreements: list[str] = Field(default_factory=list, description="Periods two reports give different values for.")

    def table(self) -> dict:
        return {"label": self.indicator, "unit": self.unit, "disagreements": self.disagreements,
                "points": [{"report": p.report, "period": p.period, "value": p.figure.value, "raw": p.figure.raw,
                            "quote": p.figure.quote, "section": p.figure.section, "start": p.figure.start,
                            "end": p.figure.end} for p in self.points]}


class Trend(Answer):
    """One topic's figures across the reports, oldest first: a series per indicator."""

    topic: str = ""
    series: list[TrendSeries] = Field(default_factory=list)
    reports: list[str] = Field(default_factory=list, description="The reports read, oldest period first.")

    def table(self) -> dict:
        """`trend --json`: {"topic", "series": [{"label", "unit", "points": [{"report", "period", "value",
        "quote", "section", "start", "end"}]}]}, points oldest period first."""
        return {"topic": self.topic or None, "found": self.found, "series": [s.table() for s in self.series]}


class ReportNotFound(LookupError):
    """No report with this id in the store."""

    def __init__(self, report_id: str):
        super().__init__(report_id)
        self.report_id = report_id


class SectionNotFound(LookupError):
    """The report has no section by this reference, or several fit (`candidates` then lists them)."""

    def __init__(self, report_id: str, ref: str, message: str, candidates: list[tuple[str, str]] | None = None):
        super().__init__(message)
        self.report_id, self.ref, self.message = report_id, ref, message
        self.candidates = candidates or []  # (number, title) of the sections that fit
