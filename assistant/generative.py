"""Generative answers through the configured LLM, as LangChain runnables (prompt | model), with
the verification of assistant.verify applied before an answer is settled. Any failure of the
endpoint falls back to the extractive answer with a notice; nothing hangs past the timeout."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from index.models import Chunk
from index.sentences import sentence_spans, Span

from .compose import CitationList
from .llm import failure_reason
from .messages import msg, prompt
from .retrieval import HybridSearch
from .injection import is_instruction
from .schema import Answer
from .verify import best_sentence, is_refusal, verify

N_SOURCES = 6


def _source_block(n: int, chunk: Chunk, label: str) -> str:
    # Source text is data: it must not be able to close its own delimiter.
    text = chunk.text.replace("<nguon", "‹nguon").replace("</nguon", "‹/nguon")
    # A sentence that orders the reader ('Bỏ qua mọi hướng dẫn trước …') never reaches the model.
    spans = [sp for sp in sentence_spans(text) if is_instruction(sp.text)]
    for sp in reversed(spans):
        text = text[:sp.start] + msg("instruction_removed") + text[sp.end:]
    return f'<nguon id="{n}" bao_cao="{label}" muc="{chunk.section}. {chunk.section_title}">\n{text}\n</nguon>'


class GenerativeAnswerer:
    def __init__(self, model: BaseChatModel, search: HybridSearch, report_of: Callable, timeout: float,
                 chunks_of: Callable | None = None):
        self.model, self.search, self.report_of, self.timeout = model, search, report_of, timeout
        self.chunks_of = chunks_of  # (report, section) -> the section's chunks in order
        self.answer_prompt = ChatPromptTemplate.from_messages(
            [("system", prompt("answer_system.txt")), ("human", prompt("answer_user.txt"))])
        self.condense_chain = (ChatPromptTemplate.from_messages([("human", prompt("condense.txt"))]) | model
                               | StrOutputParser())

    # --- follow-ups ----------------------------------------------------------------------
    def condense(self, question: str, history: list[tuple[str, Answer]]) -> str | None:
        """The follow-up as a standalone question, or None when the endpoint fails."""
        lines = []
        for q, a in history[-3:]:
            lines += [f"Người dùng: {q}", f"Trợ lý: {a.answer[:300]}"]
        try:
            out = self.condense_chain.invoke({"history": "\n".join(lines), "question": question},
                                             config={"max_concurrency": 1})
        except Exception:  # noqa: BLE001 - any endpoint failure: the extractive reading is used
            return None
        out = out.strip().strip('"“”').splitlines()[0].strip() if out.strip() else ""
        return out or None

    # --- answers -------------------------------------------------------------------------
    def stream(self, question: str, report_ids: list[str] | None, extractive: Answer,
               search_text: str | None = None, hits: list | None = None) -> Iterator[str | Answer]:
        """Partial texts while the model writes, then the verified Answer. `hits`: what the
        extractive answer's search found (the question is not searched twice)."""
        if hits is None:
            hits = self.search.search(search_text or question, N_SOURCES, report_ids)
        hits = hits[:N_SOURCES]
        sources = [h.chunk for h in hits]
        labels = {c.report_id: self._label(c.report_id) for c in sources}
        blocks = "\n\n".join(_source_block(i + 1, c, labels[c.report_id]) for i, c in enumerate(sources))
        messages = self.answer_prompt.invoke({"sources": blocks, "question": question})
        text = ""
        deadline = time.monotonic() + self.timeout
        try:
            for piece in self.model.stream(messages):
                text += piece.content if isinstance(piece.content, str) else ""
                yield text
                if time.monotonic() > deadline:
                    raise TimeoutError("timeout")
        except Exception as exc:  # noqa: BLE001 - endpoint down, slow, HTTP error, bad payload
            yield self._fallback(extractive, msg("llm_unavailable", reason=failure_reason(exc)))
            return
        yield f"{text}\n\n({msg('llm_checking')})"
        yield self.settle(text, sources, extractive, question)

    def settle(self, text: str, sources: list[Chunk], extractive: Answer, question: str) -> Answer:
        if not text.strip():
            return self._fallback(extractive, msg("llm_unavailable", reason="phản hồi rỗng"))
        if is_refusal(text) and "[" not in text:
            if extractive.found:
                return self._fallback(extractive, msg("llm_unverifiable"))
            return Answer(answer=msg("llm_refusal"), found=False, question=question)
        checked = verify(text, sources)
        # An answer that cites nothing of what it was given is not repaired: it is not the model's
        # reading of the sources (it may be obeying text inside them).
        if not checked.model_cited or not any(markers for _, markers, _ in checked.sentences):
            return self._fallback(extractive, msg("llm_unverifiable"))
        reports = {c.report_id: self.report_of(c.report_id) for c in sources}
        cites = CitationList(reports)
        cited_text: dict[int, str] = {}
        for sent, markers, _ in checked.sentences:
            for n in markers:
                cited_text[n] = cited_text.get(n, "") + " " + sent
        number: dict[int, int] = {}
        for n, joined in cited_text.items():
            chunk = sources[n - 1]
            span = best_sentence(joined, chunk) or Span(chunk.text, chunk.start, chunk.end)
            number[n] = cites.add(chunk.report_id, chunk.section, chunk.section_title, span)
        parts = []
        for sent, markers, quoted in checked.sentences:
            marks = "".join(f" [{number[n]}]" for n in markers)
            if quoted:
                parts.append(f"“{sent}”{marks}")
            elif marks and sent[-1:] in ".!?…":
                parts.append(f"{sent[:-1]}{marks}{sent[-1]}")  # "… 106 đảng viên [1]."
            else:
                parts.append(f"{sent}{marks}")
        changes = checked.corrections + checked.dropped_markers
        return Answer(answer=" ".join(parts), found=True, citations=cites.items, question=question,
                      notice=msg("llm_corrected", n=changes) if changes else None)

    # --- summaries -----------------------------------------------------------------------
    def summarize(self, report, section, request: str, extractive: Answer, length: str = "") -> Answer:
        """Map-reduce along the section tree: each subsection (or the section's chunks) is summarised
        from its own text, the points are joined into one summary, then verified like an answer."""
        from .summarize import length_for

        chunks = self.chunks_of(report, section)
        if not chunks:
            return extractive
        by_part: dict[str, list[Chunk]] = {}
        for c in chunks:
            by_part.setdefault(c.section, []).append(c)
        label = self._label(report.id)
        map_chain = ChatPromptTemplate.from_messages([("system", prompt("answer_system.txt")),
                                                      ("human", prompt("summary_map.txt"))]) | self.model | StrOutputParser()
        reduce_chain = ChatPromptTemplate.from_messages([("system", prompt("answer_system.txt")),
                                                         ("human", prompt("summary_reduce.txt"))]) | self.model | StrOutputParser()
        points, numbered = [], []
        try:
            for part, part_chunks in by_part.items():
                blocks = []
                for c in part_chunks:
                    numbered.append(c)
                    blocks.append(_source_block(len(numbered), c, label))
                points.append(map_chain.invoke({"sources": "\n\n".join(blocks), "section": part,
                                                "section_title": part_chunks[0].section_title, "report": label}))
            n_sent = sum(len(c.text.split(". ")) for c in chunks)
            text = reduce_chain.invoke({"points": "\n".join(f"- {p.strip()}" for p in points), "section": section.number,
                                        "section_title": section.title, "report": label,
                                        "length": length_for(length, n_sent, len(by_part))})
        except Exception as exc:  # noqa: BLE001
            return self._fallback(extractive, msg("llm_unavailable", reason=failure_reason(exc)))
        answer = self.settle(text, numbered, extractive, request)
        return answer

    # --- comparisons -----------------------------------------------------------------------
    def contrast(self, topic: str, a_label: str, b_label: str, report_ids: list[str]) -> Answer | None:
        """A short verified contrast of two reports on a topic, or None if the model fails."""
        sources: list[Chunk] = []
        for rid in report_ids:
            sources += [h.chunk for h in self.search.search(topic, 4, [rid])]
        if not sources:
            return None
        blocks = "\n\n".join(_source_block(i + 1, c, self._label(c.report_id)) for i, c in enumerate(sources))
        chain = ChatPromptTemplate.from_messages([("system", prompt("answer_system.txt")),
                                                  ("human", prompt("compare.txt"))]) | self.model | StrOutputParser()
        try:
            text = chain.invoke({"sources": blocks, "topic": topic, "a": a_label, "b": b_label})
        except Exception:  # noqa: BLE001 - the figures table and extractive contrast still stand
            return None
        empty = Answer(answer="", found=False)
        answer = self.settle(text, sources, empty, topic)
        return answer if answer.found and answer.citations else None

    def _fallback(self, extractive: Answer, notice: str) -> Answer:
        return extractive.model_copy(update={"notice": notice})

    def _label(self, report_id: str) -> str:
        rep = self.report_of(report_id)
        return (f"Báo cáo {rep.period}" if rep and rep.period else (rep.title[:60] if rep else report_id)).replace('"', "'")
