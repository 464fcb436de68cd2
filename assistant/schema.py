"""What the assistant returns: citations and answers (the JSON the CLI and the API print)."""
from __future__ import annotations

from pydantic import BaseModel, Field


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


class Answer(BaseModel):
    answer: str
    found: bool
    citations: list[Citation] = Field(default_factory=list)
    question: str | None = Field(default=None, description="The standalone question actually answered.")
    notice: str | None = Field(default=None, description="A notice for the user (e.g. LLM fallback).")
    table: dict | None = Field(default=None, description="A comparison's rows, for shells that draw a table.")

    def public(self) -> dict:
        """The stable JSON contract."""
        data = {"answer": self.answer, "found": self.found,
                "citations": [c.model_dump() for c in self.citations]}
        if self.question:
            data["question"] = self.question
        if self.notice:
            data["notice"] = self.notice
        return data
