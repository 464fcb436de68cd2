"""The assistant's one entry point for every shell (CLI, Gradio, API): ask, search, summarise,
compare, list, index and remove, over one Store."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.models import Report
from index.pipeline import IndexFailure, index_file, index_paths
from index.sentences import Span
from index.settings import Settings, get_settings
from index.store import IndexResult, Store
from index.textnorm import fold
from index.vntext import syllables

from . import compare as cmp
from .chain import build_extractive_chain
from . import periods, source
from .compose import CitationList, merge_per_report, report_label
from .listing import list_answer, list_matches, names_a_list
from .generative import GenerativeAnswerer
from .llm import make_chat_model
from .messages import msg
from index.vntext import folded_terms

from .question import PERIOD, Question, analyse, without_period
from .resolver import choose_reports, resolve
from .retrieval import Hit, HybridSearch
from .schema import Answer
from .summarize import summary_answer

MAX_QUESTION_CHARS = 2000
MAX_REPORTS_AT_ONCE = 6  # summaries, signers, comparisons read whole reports: beyond this, ask which
_COMPARE_NOISE = re.compile(
    r"\b(so sánh|so sanh|compare|đối chiếu|giữa|hai|các|báo cáo|bao cao|với|voi|và|số liệu|về|trong|của|"
    r"(có\s+)?thay đổi\s+(như\s+)?(thế nào|ra sao|gì)|biến động|chênh lệch|khác nhau)\b", re.I)


def compare_topic(text: str) -> str:
    """'So sánh số đảng viên bị kỷ luật giữa hai báo cáo' -> 'số đảng viên bị kỷ luật'."""
    topic = PERIOD.sub(" ", text)
    topic = _COMPARE_NOISE.sub(" ", topic)
    return re.sub(r"\s+", " ", topic).strip(" ?.,:")


def compare_terms(topic: str) -> set[str]:
    weak = {"so", "bi", "duoc", "cong", "tac", "ket", "qua", "hoat", "dong", "nhung", "cac", "la", "bao", "nhieu"}
    return {fold(s) for s in syllables(topic)} - weak
_SIGNER = re.compile(r"\b(ai|người)\s+(đã\s+)?ký\b|\bai\s+ky\b|\bnguoi\s+ky\b|who signed|ký tên|chữ ký", re.I)


@dataclass
class ReportInfo:
    """What choosing reports by their period needs, without loading their text."""

    id: str
    period: str | None
    title: str = ""
    from_date: bool = False  # the period is the issue date's, not the period reported on


@dataclass
class Conversation:
    """One user's chat state; follow-ups are read against the last question."""

    last: Question | None = None
    turns: list[tuple[str, Answer]] = field(default_factory=list)


class Assistant:
    def __init__(self, settings: Settings | None = None, progress: bool = False):
        self.settings = settings or get_settings()
        self.store = Store(self.settings, progress=progress)
        self.search_engine = HybridSearch(self.store, rrf_k=self.settings.rrf_k)
        self.chain = build_extractive_chain(self.store, self.search_engine, self.settings.top_k)
        model = make_chat_model(self.settings)  # None unless the user configured an endpoint
        self.generator = (GenerativeAnswerer(model, self.search_engine, self.store.report, self.settings.llm_timeout,
                                             self._section_chunks) if model is not None else None)

    # --- questions -----------------------------------------------------------------------
    def ask(self, text: str, report_ids: list[str] | None = None, conversation: Conversation | None = None) -> Answer:
        answer = None
        for part in self.ask_stream(text, report_ids, conversation):
            if isinstance(part, Answer):
                answer = part
        return answer

    def ask_stream(self, text: str, report_ids: list[str] | None = None,
                   conversation: Conversation | None = None) -> Iterator[str | Answer]:
        """Partial answer texts as they become available, then the settled Answer (always last)."""
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
        q, report_ids = self._prepare(standalone or text, report_ids, None if standalone else conversation)
        if not q.focus and q.kind not in ("summary", "compare"):
            answer = Answer(answer=msg("no_terms"), found=False, question=text)
        elif _SIGNER.search(q.text):
            answer = self._signer(q, report_ids)
        elif q.kind == "summary":
            answer = self._summary(q, report_ids)
        elif q.kind == "compare":
            answer = self._compare(q, report_ids)
        else:
            answer = self._extractive(q, report_ids)
            if (not answer.found and q.period_scoped and given is None and not answer.citations
                    and answer.answer == msg("not_found")):  # nothing there; not a reasoned refusal
                # A period in the question names reports ('năm 2025'), but it may only date the
                # fact asked about ('quy mô kinh tế năm 2025' in a term report): search them all.
                q_all = analyse(standalone or text)
                named = source.find(q_all.text, self.store.list_reports())
                q_all = source.without_source(q_all, named) if named else q_all
                said = periods.stated(q_all.text)
                others = [r["id"] for r in self.store.list_reports() if r["id"] not in report_ids
                          and periods.could_hold(r["period"], r.get("period_from") == "date", said)]
                if q_all.focus and others:
                    wider = self._extractive(q_all, others)
                    if wider.found:
                        q, report_ids, answer = q_all, others, wider
            if self.generator is not None and answer.found:
                # The extractive answer is the fallback and the refusal judge; the model writes
                # only when the reports hold an answer.
                for part in self.generator.stream(q.display or q.standalone, report_ids, answer, q.standalone):
                    if isinstance(part, Answer):
                        answer = part
                    else:
                        yield part
        if notice:
            answer.notice = f"{notice} {answer.notice or ''}".strip()
        if conversation is not None:
            conversation.last = q
            conversation.turns.append((text, answer))
        if self.generator is None:
            shown = ""
            for piece in re.split(r"(?<=\n)", answer.answer):
                shown += piece
                yield shown
        yield answer

    def _extractive(self, q: Question, report_ids: list[str] | None) -> Answer:
        """A list from the section that holds it, one figure per report, or the retrieved passages."""
        if q.listing:
            listed = list_answer(q, self._reports(report_ids))
            if listed is not None:
                return listed
        ids = report_ids or self.store.report_ids()
        if q.kind == "figure" and q.per_report and len(ids) > 1:
            if len(ids) > MAX_REPORTS_AT_ONCE:
                return self._pick_reports(q)
            parts = [(self.store.report(rid), self.chain.invoke({"question": q, "reports": [rid]})) for rid in ids]
            parts = [(rep, ans) for rep, ans in parts if rep is not None]
            parts.sort(key=lambda p: (periods.order_key(p[0].period), p[0].id))
            return merge_per_report(q, parts)
        return self.chain.invoke({"question": q, "reports": report_ids})

    def warm_up(self) -> None:
        """Load the models and indexes before the first user waits for them."""
        self.store.keyword()
        self.store.embeddings.embed_query("khởi động")
        analyse("khởi động bao nhiêu đảng viên")

    def _prepare(self, text: str, report_ids: list[str] | None, conversation: Conversation | None = None
                 ) -> tuple[Question, list[str] | None]:
        """The question as the answerer reads it, and the reports it is about."""
        listing = self.store.list_reports()
        known = {r["id"] for r in listing}
        report_ids = [r for r in (report_ids or []) if r in known] or None
        q = analyse(text, conversation.last if conversation else None)
        if report_ids is None and q.kind != "compare":
            # "… 6 tháng đầu năm 2021" names a report (or, for "năm 2022", the reports of its parts;
            # for "nhiệm vụ 6 tháng cuối năm 2021", the report that plans it): search those, and the
            # period stops being a search term. A follow-up stays with the reports of its conversation.
            named = periods.reports_for(q.text, [ReportInfo(r["id"], r["period"], r["title"], r.get("period_from") == "date")
                                                 for r in listing])
            if named and len(named) < len(known):
                report_ids = [r.id for r in named]
                q = without_period(q, periods.stated(q.text)[0])
                q.period_scoped = True
            elif q.reports:
                report_ids = q.reports
        named = source.find(q.standalone, listing) if q.kind != "compare" else None
        if named is not None:
            # 'Theo báo cáo … của UBND tỉnh …, …': the phrase picks the reports, not the passages
            if report_ids is None and len(named.reports) < len(known):
                report_ids = named.reports
                q.period_scoped = True  # a preference: nothing found there → the others are searched
            q = source.without_source(q, named)
        q.reports = report_ids
        return q, report_ids

    def _named_by_title(self, q: Question) -> list[str] | None:
        """The report a question names by its title or issuing body ('Báo cáo chính trị của … tỉnh
        Bình An'): words of the question that stand in one report's title and in few others."""
        listing = self.store.list_reports()
        qwords = {w for w in folded_terms(q.text) if "_" not in w and len(w) > 1}
        titles = {r["id"]: set(folded_terms(f"{r['title']} {r.get('issuer') or ''}")) for r in listing}
        df = {w: sum(w in t for t in titles.values()) for w in qwords}
        scores = sorted(((sum(1.0 / df[w] for w in qwords & t if df[w]), rid) for rid, t in titles.items()), reverse=True)
        if scores and scores[0][0] >= 2.0 and (len(scores) == 1 or scores[0][0] >= 1.5 * scores[1][0]):
            return [scores[0][1]]
        return None

    def _signer(self, q: Question, report_ids: list[str] | None) -> Answer:
        """"Ai ký báo cáo?": the signature block, quoted whole."""
        if report_ids is None:
            report_ids = self._named_by_title(q)  # 'Ai ký Báo cáo chính trị của …?' names its report
            if report_ids is None and len(self.store.list_reports()) > MAX_REPORTS_AT_ONCE:
                return self._pick_reports(q)
        cites = CitationList({})
        lines = []
        for rep in self._reports(report_ids):
            sec = next((s for s in rep.sections if s.kind == "signature"), None)
            if sec is None:
                continue
            cites.reports[rep.id] = rep
            span = Span(rep.text[sec.start:sec.end].strip(), sec.start, sec.start + len(rep.text[sec.start:sec.end].strip()))
            n = cites.add(rep.id, sec.number, sec.title, span)
            lines.append(f"- {report_label(rep)}: “{' – '.join(span.text.split(chr(10) + chr(10)))}” [{n}]")
        if not lines:
            return Answer(answer=msg("not_found"), found=False, question=q.text)
        return Answer(answer="\n".join(lines), found=True, citations=cites.items, question=q.text)

    def _reports(self, report_ids: list[str] | None) -> list[Report]:
        ids = report_ids or self.store.report_ids()
        return [r for r in (self.store.report(i) for i in ids) if r is not None]

    def _pick_reports(self, q: Question) -> Answer:
        """Too many reports for a whole-report operation: ask which ones (no report is loaded)."""
        listing = self.store.list_reports()
        lines = [msg("pick_reports", n=len(listing))]
        lines += [f"- {r['period'] or r['id']}: {r['title'][:80]} ({r['id']})" for r in listing[:10]]
        return Answer(answer="\n".join(lines), found=False, question=q.text)

    def _summary(self, q: Question, report_ids: list[str] | None) -> Answer:
        if report_ids is None and len(self.store.list_reports()) > MAX_REPORTS_AT_ONCE:
            # Many reports: the one the question names by title, else the only one holding the
            # section it names ('mục III.4 phần thứ nhất'); ask back only when neither decides.
            report_ids = self._named_by_title(q)
            if report_ids is None:
                holders = {m.report.id for m in resolve(q.text, self._reports(None))[0]}
                if len(holders) != 1:
                    return self._pick_reports(q)
                report_ids = list(holders)
        reports = choose_reports(q.text, self._reports(report_ids))
        if names_a_list(q.text):
            # 'Tóm tắt những hạn chế …': the section whose heading names the list
            listed = list_matches(q, reports)
            if listed:
                return summary_answer([(m.report, m.section) for m in listed], q.text)
        matches, ambiguous = resolve(q.text, reports)
        if not matches:
            # Not a section reference: summarise what retrieval finds on the topic.
            return self.chain.invoke({"question": q, "reports": [r.id for r in reports]})
        if ambiguous:
            lines = [msg("section_ambiguous", ref=q.text)]
            lines += [f"- {m.section.number}. {m.section.title} ({report_label(m.report)})" for m in matches]
            return Answer(answer="\n".join(lines), found=False, question=q.text)
        answer = summary_answer([(m.report, m.section) for m in matches], q.text)
        if self.generator is not None and len(matches) == 1:
            answer = self.generator.summarize(matches[0].report, matches[0].section, q.text, answer)
        return answer

    def _section_chunks(self, report: Report, section) -> list:
        """The chunks of a section and its subsections, in document order."""
        inside = [c for c in self.store.chunks().values()
                  if c.report_id == report.id and section.start <= c.start < max(section.end, section.start + 1)]
        return sorted(inside, key=lambda c: c.start)

    def _compare(self, q: Question, report_ids: list[str] | None) -> Answer:
        listing = [ReportInfo(r["id"], r["period"]) for r in self.store.list_reports()
                   if report_ids is None or r["id"] in report_ids]
        named = choose_reports(q.text, listing)
        if len(named) > MAX_REPORTS_AT_ONCE:
            return self._pick_reports(q)
        reports = self._reports([r.id for r in named])
        if len(reports) != 2:
            if len(reports) < 2:
                return Answer(answer=msg("compare_need_two", n=len(reports)), found=False, question=q.text)
            lines = [msg("compare_pick_two")] + [f"- {report_label(r)} ({r.id})" for r in reports]
            return Answer(answer="\n".join(lines), found=False, question=q.text)
        result = self.compare(reports[0].id, reports[1].id, compare_topic(q.text))
        return result["answer"]

    def compare(self, a_id: str, b_id: str, topic: str | None = None) -> dict:
        """Figures of two reports aligned by indicator, what only one has, and a cited contrast.
        Returns the JSON of `compare --json` plus "answer" (an Answer with text and citations)."""
        ra, rb = self.store.report(a_id), self.store.report(b_id)
        if ra is None or rb is None:
            missing = a_id if ra is None else b_id
            raise KeyError(missing)
        topic = (topic or "").strip()
        terms = compare_terms(topic)
        fa = cmp.topic_filter(self.store.catalog.figures(a_id), ra, terms)
        fb = cmp.topic_filter(self.store.catalog.figures(b_id), rb, terms)
        texts = {cmp._key(f): cmp.indicator_text(f) for f in fa + fb}
        vecs = self.store.embeddings.embed_documents(list(texts.values())) if texts else []
        vectors = {k: np.asarray(v, dtype=np.float32) for k, v in zip(texts, vecs)}
        kw = self.store.keyword()
        # A word's rarity is counted in the two reports compared: other reports on the same topics must
        # not make "kết nạp" common.
        pair_df = Counter(t for c in self.store.chunks().values() if c.report_id in (ra.id, rb.id)
                          for t in self.search_engine.chunk_terms(c))
        pairs, only_a, only_b = cmp.align(ra, fa, rb, fb, vectors, idf=kw.idf, df=lambda t: pair_df.get(t, 0))
        cites = CitationList({ra.id: ra, rb.id: rb})

        def cite(rep: Report, f) -> int:
            text = rep.text[f.quote_start:f.quote_end]
            return cites.add(rep.id, f.section, f.section_title, Span(text, f.quote_start, f.quote_end))

        rows, lines = [], []
        la, lb = report_label(ra), report_label(rb)
        lines.append(msg("compare_intro", a=la, b=lb, topic=f" về “{topic}”" if topic else ""))
        for p in pairs:
            diff, pct = cmp.change(p.a, p.b)
            na, nb = cite(ra, p.a), cite(rb, p.b)
            rows.append({"indicator": p.a.indicator, "a": {**cmp.figure_json(p.a, ra), "n": na},
                         "b": {**cmp.figure_json(p.b, rb), "n": nb}, "change": diff, "change_pct": pct})
            sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
            pct_text = f", {sign}{abs(pct):.1f}%".replace(".", ",") if pct is not None else ""
            lines.append(f"- {p.a.indicator}: {p.a.raw} [{na}] → {p.b.raw} [{nb}] "
                         f"({sign}{cmp.format_value(abs(diff), p.a.unit)}{pct_text})")
        if not pairs:
            lines.append(msg("compare_no_pairs"))
        sec_a, sec_b = cmp.section_differences(ra, rb)
        if not topic and (sec_a or sec_b):
            if sec_a:
                lines += ["", msg("compare_sections_only", report=la)] + [f"- {s}" for s in sec_a]
            if sec_b:
                lines += ["", msg("compare_sections_only", report=lb)] + [f"- {s}" for s in sec_b]
        contrast = []
        written = self.generator.contrast(topic, la, lb, [ra.id, rb.id]) if self.generator and topic else None
        if written is not None:
            # the model's contrast, verified, its citations renumbered into this answer
            renumber = {c.n: cites.add(c.report, c.section, c.section_title, Span(c.quote, c.start, c.end))
                        for c in written.citations}
            body = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", written.answer)
            contrast.append(body)
        elif topic:
            for rep in (ra, rb):
                sub = self.chain.invoke({"question": analyse(topic), "reports": [rep.id]})
                if sub.found:
                    # keep the sub-answer's quotes, renumbered into this answer
                    for c in sub.citations[:2]:
                        n = cites.add(c.report, c.section, c.section_title, Span(c.quote, c.start, c.end))
                        contrast.append(f"- {report_label(rep)}, mục {c.section}: “{c.quote}” [{n}]")
        if contrast:
            lines += ["", msg("compare_contrast", topic=topic)] + contrast
        result = {"a": ra.id, "b": rb.id, "a_label": la, "b_label": lb, "topic": topic or None, "rows": rows,
                  "only_a": [cmp.figure_json(f, ra) | {"indicator": f.indicator} for f in only_a],
                  "only_b": [cmp.figure_json(f, rb) | {"indicator": f.indicator} for f in only_b],
                  "sections_only_a": sec_a, "sections_only_b": sec_b}
        answer = Answer(answer="\n".join(lines), found=bool(pairs or contrast), citations=cites.items,
                        question=f"So sánh {la} với {lb}" + (f": {topic}" if topic else ""), table=result)
        return {**result, "answer": answer}

    def summarize(self, report_id: str, section_ref: str) -> dict | None:
        """Summary JSON of one section: {"report", "section", "section_title", "summary", "citations"}."""
        rep = self.store.report(report_id)
        if rep is None:
            return None
        sec = rep.section(section_ref.strip())
        if sec is None:
            matches, ambiguous = resolve(section_ref, [rep])
            if not matches or ambiguous:
                key = "section_ambiguous" if ambiguous else "section_not_found"
                text = msg(key, ref=section_ref)
                if ambiguous:
                    text += "\n" + "\n".join(f"- {m.section.number}. {m.section.title}" for m in matches)
                return {"report": rep.id, "section": None, "section_title": None, "summary": text, "citations": []}
            sec = matches[0].section
        ans = summary_answer([(rep, sec)], section_ref)
        return {"report": rep.id, "section": sec.number, "section_title": sec.title, "summary": ans.answer,
                "citations": [c.model_dump() for c in ans.citations]}

    def search(self, text: str, k: int = 8, report_ids: list[str] | None = None) -> list[Hit]:
        q, report_ids = self._prepare(text, report_ids)
        return self.search_engine.search(q.standalone, k, report_ids)

    # --- reports -------------------------------------------------------------------------
    def index(self, paths: list[Path], progress: bool = True,
              follow_links: bool = False) -> tuple[list[IndexResult], list[IndexFailure]]:
        return index_paths(self.store, paths, progress=progress, follow_links=follow_links)

    def index_one(self, path: Path, report_id: str | None = None, on_page=None) -> IndexResult:
        """`on_page(done, total)`: pages of a scan recognised so far (OCR)."""
        return index_file(self.store, path, report_id, on_page=on_page)

    def reports(self) -> list[dict]:
        return self.store.list_reports()

    def report(self, report_id: str) -> Report | None:
        return self.store.report(report_id)

    def remove(self, report_id: str) -> bool:
        return self.store.remove(report_id)
