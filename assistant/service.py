"""The assistant's front door for every shell (CLI, web page, API): ask, search, summarise,
compare, list, index and remove, over one Store. It reads the question once, routes it on its
kind to the feature that answers it, and returns typed results (assistant.schema)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from langchain_core.language_models.chat_models import BaseChatModel

from index.models import Report, Section, is_pickable
from index.pipeline import IndexFailure, StageCallback, index_file, index_paths
from index.store import IndexResult, Store

from . import scope
from .answering import Extractive
from .comparison import Comparer
from .generative import N_SOURCES, GenerativeAnswerer
from .injection import warn_if_cited
from .llm import make_chat_model
from .messages import msg
from .question import FIGURE_ASKED, Question, analyse
from .retrieval import Hit, HybridSearch
from .schema import Answer, Comparison, Summary, Trend
from .settings import Settings, get_settings
from .signer import document_answer, signer_answer
from .summaries import Summaries
from .trends import Trends

MAX_QUESTION_CHARS = 2000


@dataclass
class Conversation:
    """One user's chat state; follow-ups are read against the last question."""

    last: Question | None = None
    turns: list[tuple[str, Answer]] = field(default_factory=list)


class Assistant:
    def __init__(self, settings: Settings | None = None, progress: bool = False, *, store: Store | None = None,
                 search: HybridSearch | None = None, chat_model: BaseChatModel | None = None):
        """`store` / `search` / `chat_model`: ready-made parts (a test's fakes, a shared store); built
        from the settings otherwise."""
        self.settings = settings or get_settings()
        self.store = store or Store(self.settings, progress=progress)
        self.search_engine = search or HybridSearch(self.store, rrf_k=self.settings.retrieval.rrf_k)
        # None unless the user configured an endpoint
        model = chat_model if chat_model is not None else make_chat_model(self.settings)
        self.generator = (GenerativeAnswerer(model, self.search_engine, self.store.report, self.settings.llm.timeout,
                                             self._section_chunks) if model is not None else None)
        self.extractive = Extractive(self.store, self.search_engine, self.settings.retrieval.top_k,
                                     N_SOURCES if self.generator is not None else None)
        self.summaries = Summaries(self.store, self.extractive.passages, self.generator)
        self.comparer = Comparer(self.store, self.search_engine, self.extractive.passages, self.generator)
        self.trends = Trends(self.store, self.comparer)

    # --- questions -----------------------------------------------------------------------
    def ask(self, text: str, report_ids: list[str] | None = None, conversation: Conversation | None = None) -> Answer:
        answer = None
        for part in self.ask_stream(text, report_ids, conversation):
            if isinstance(part, Answer):
                answer = part
        return answer

    def ask_stream(self, text: str, report_ids: list[str] | None = None,
                   conversation: Conversation | None = None) -> Iterator[str | Answer]:
        """Partial texts of the answer's lead as they become available, then the settled Answer
        (always last; a Summary or a Comparison when the question asks for one)."""
        text = (text or "").strip()
        if not text:
            yield Answer(answer=msg("empty_question"), found=False)
            return
        notice = None
        if len(text) > MAX_QUESTION_CHARS:
            text, notice = text[:MAX_QUESTION_CHARS], msg("too_long", limit=MAX_QUESTION_CHARS)
        if not self.store.list_reports():
            yield Answer(answer=msg("no_reports"), found=False)
            return
        standalone = None
        if self.generator is not None and conversation is not None and conversation.turns:
            standalone = self.generator.condense(text, conversation.turns)  # before retrieval
        given = report_ids
        q, report_ids = scope.prepare(self.store, standalone or text, report_ids,
                                      None if standalone or conversation is None else conversation.last)
        if not q.focus and q.kind not in ("summary", "compare"):
            answer = Answer(answer=msg("no_terms"), found=False, question=text)
        elif q.kind == "signer":
            answer = signer_answer(self.store, q, report_ids)
        elif q.kind == "document":
            answer = document_answer(self.store, q, report_ids)
        elif q.kind == "summary":
            answer = self.summaries.from_question(q, report_ids)
        elif q.kind == "compare":
            answer = self.comparer.from_question(q, report_ids)
        elif q.kind == "trend" and (trend := self.trends.trend(q.topic, report_ids)).found:
            answer = trend
        else:
            if q.kind == "trend":  # no indicator runs through two reports: each report's own answer
                q = replace(q, kind="figure" if FIGURE_ASKED.search(q.text) else "general", per_report=True)
            # (widened as read: acronyms written out, 'năm nay' dated)
            got = self.extractive.answer(q, report_ids, widen_from=(standalone or q.text) if given is None else None)
            q, report_ids, answer = got.question, got.report_ids, got.answer
            if self.generator is not None and answer.found:
                # The extractive answer is the fallback and the refusal judge; the model writes
                # only when the reports hold an answer.
                for part in self.generator.stream(q.display or q.standalone, report_ids, answer, q.standalone,
                                                  hits=got.hits):
                    if isinstance(part, Answer):
                        answer = part
                    else:
                        yield part
        warn_if_cited(answer, self.store.report)  # a cited section holding a planted order (#14)
        if notice:
            answer.notice = f"{notice} {answer.notice or ''}".strip()
        if conversation is not None:
            conversation.last = q
            conversation.turns.append((text, answer))
        if self.generator is None:
            shown = []
            for line in answer.lead:
                shown.append(line)
                yield "\n".join(shown)
        yield answer

    def warm_up(self) -> None:
        """Load the models and indexes before the first user waits for them."""
        self.store.keyword()
        self.store.embeddings.embed_query("khởi động")
        analyse("khởi động bao nhiêu đảng viên")

    def _section_chunks(self, report: Report, section) -> list:
        """The chunks of a section and its subsections, in document order."""
        inside = [c for c in self.store.chunks().values()
                  if c.report_id == report.id and section.start <= c.start < max(section.end, section.start + 1)]
        return sorted(inside, key=lambda c: c.start)

    def compare(self, a_id: str, b_id: str, topic: str | None = None) -> Comparison:
        """Figures of two reports aligned by indicator, what only one has, and a cited contrast.
        Raises ReportNotFound."""
        return self.comparer.compare(a_id, b_id, topic)

    def trend(self, topic: str | None = None, report_ids: list[str] | None = None) -> Trend:
        """One topic's figures across the reports (all, or those given), oldest first, a series per indicator."""
        return self.trends.trend(topic, report_ids)

    def summarize(self, report_id: str, section_ref: str) -> Summary:
        """One section's summary. Raises ReportNotFound or SectionNotFound."""
        return self.summaries.section(report_id, section_ref)

    def search(self, text: str, k: int = 8, report_ids: list[str] | None = None) -> list[Hit]:
        q, report_ids = scope.prepare(self.store, text, report_ids)
        return self.search_engine.search(q.standalone, k, report_ids)

    # --- reports -------------------------------------------------------------------------
    def index(self, paths: list[Path], progress: bool = True, follow_links: bool = False,
              replace: bool = False) -> tuple[list[IndexResult], list[IndexFailure]]:
        return index_paths(self.store, paths, progress=progress, follow_links=follow_links, replace=replace)

    def index_one(self, path: Path, report_id: str | None = None, on_page=None,
                  on_stage: StageCallback | None = None, **options) -> IndexResult:
        """`on_page(done, total)`: pages of a scan recognised so far (OCR); `on_stage(stage, done, total)`:
        "read", "split", "embed" (chunks embedded / all), "save" (index.pipeline.Stage); options:
        replace, upload."""
        return index_file(self.store, path, report_id, on_page=on_page, on_stage=on_stage, **options)

    def reports(self) -> list[dict]:
        return self.store.list_reports()

    def report(self, report_id: str) -> Report | None:
        return self.store.report(report_id)

    def pickable_sections(self, report: Report) -> list[Section]:
        """The sections a person can ask to summarise, in document order (no bullets, no frame)."""
        return [s for s in report.sections if is_pickable(s.kind)]

    def remove(self, report_id: str) -> bool:
        return self.store.remove(report_id)
