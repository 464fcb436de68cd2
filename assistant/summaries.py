"""Summaries: which section a request means ('mục 3 phần I', 'phần hạn chế', a list's heading),
then the extractive summary of it (assistant.summarize), rewritten by the model when one is set."""
from __future__ import annotations

from collections.abc import Callable

from index.store import Store

from . import scope
from .compose import report_label
from .generative import GenerativeAnswerer
from .listing import list_matches, names_a_list
from .messages import msg
from .question import Question
from .resolver import choose_reports, resolve
from .schema import Answer, ReportNotFound, SectionNotFound, Summary
from .summarize import summary_answer


class Summaries:
    def __init__(self, store: Store, extractive: Callable[[Question, list[str]], Answer],
                 generator: GenerativeAnswerer | None = None):
        self.store, self.extractive, self.generator = store, extractive, generator

    def from_question(self, q: Question, report_ids: list[str] | None) -> Answer:
        """'Tóm tắt mục 3 phần I báo cáo …': a Summary, a question back, or (no section named) the
        retrieved passages on the topic."""
        if report_ids is None and scope.too_many(self.store):
            # Many reports: the one the question names by title, else the only one holding the
            # section it names ('mục III.4 phần thứ nhất'); ask back only when neither decides.
            report_ids = scope.named_by_title(self.store, q)
            if report_ids is None:
                holders = {m.report.id for m in resolve(q.text, scope.load(self.store, None))[0]}
                if len(holders) != 1:
                    return scope.pick_reports(self.store, q)
                report_ids = list(holders)
        reports = choose_reports(q.text, scope.load(self.store, report_ids))
        if names_a_list(q.text):
            # 'Tóm tắt những hạn chế …': the section whose heading names the list
            listed = list_matches(q, reports)
            if listed:
                return summary_answer([(m.report, m.section) for m in listed], q.text, q.length)
        matches, ambiguous = resolve(q.text, reports)
        if not matches:
            # Not a section reference: summarise what retrieval finds on the topic.
            return self.extractive(q, [r.id for r in reports])
        if ambiguous:
            lines = [msg("section_ambiguous", ref=q.text)]
            lines += [f"- {m.section.number}. {m.section.title} ({report_label(m.report)})" for m in matches]
            return Answer(answer="\n".join(lines), found=False, question=q.text)
        answer = summary_answer([(m.report, m.section) for m in matches], q.text, q.length)
        if self.generator is not None and len(matches) == 1:
            answer = self.generator.summarize(matches[0].report, matches[0].section, q.text, answer, q.length)
        return answer

    def section(self, report_id: str, section_ref: str) -> Summary:
        """One section of one report, by its id ('I.3') or as a person names it ('mục 3 phần I').
        Raises ReportNotFound, or SectionNotFound (with the candidates when several fit)."""
        rep = self.store.report(report_id)
        if rep is None:
            raise ReportNotFound(report_id)
        sec = rep.section(section_ref.strip())
        if sec is None:
            matches, ambiguous = resolve(section_ref, [rep])
            if not matches or ambiguous:
                text = msg("section_ambiguous" if ambiguous else "section_not_found", ref=section_ref)
                candidates = [(m.section.number, m.section.title) for m in matches] if ambiguous else []
                text += "".join(f"\n- {n}. {t}" for n, t in candidates)
                raise SectionNotFound(rep.id, section_ref, text, candidates)
            sec = matches[0].section
        return summary_answer([(rep, sec)], section_ref)
