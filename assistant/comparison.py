"""Two reports side by side: their figures aligned by indicator (assistant.compare), what only one
of them has, and a cited contrast on the topic asked about."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import numpy as np

from index.figure_table import extract_figures
from index.models import Report
from index.sentences import Span
from index.store import Store
from index.textnorm import fold
from index.vntext import syllables

from . import compare as cmp
from . import periods, scope
from .compose import CitationList, distinct_labels, report_label
from .generative import GenerativeAnswerer
from .indicators import read_indicator, unique_labels
from .messages import msg
from .noise import noise_words
from .question import Question, analyse
from .resolver import choose_reports
from .retrieval import HybridSearch
from .schema import Answer, ComparedFigure, Comparison, ComparisonRow, ReportNotFound


def figure_of(f, report: Report, n: int | None = None, indicator: str | None = None) -> ComparedFigure:
    return ComparedFigure(**cmp.figure_json(f, report), n=n, indicator=indicator)


_FIGURES: dict[tuple[str, str], list] = {}


def figures_of(report: Report) -> list:
    """The report's figures read from its text now (milliseconds), not the table stored at index
    time: a store indexed by an older version then compares with today's reading."""
    key = (report.id, report.content_hash)
    if key not in _FIGURES:
        if len(_FIGURES) > 64:
            _FIGURES.clear()
        _FIGURES[key] = extract_figures(report)
    return _FIGURES[key]


def row_labels(ra: Report, rb: Report, pairs) -> list[str]:
    """A short label per row, unique within the comparison; a row takes the side whose subject is
    named ('UBKT các cấp …' rather than '… ' where the other report leaves the body implied)."""
    inds = []
    for p in pairs:
        ia, ib = read_indicator(ra, p.a), read_indicator(rb, p.b)
        inds.append(ia if ia.subject or not ib.subject else ib)
    return unique_labels(inds, [p.a.section for p in pairs])


def comparable_pair(reports: list) -> list:
    """Of several reports, the two of the same kind of period (two half-years, two years), when
    exactly two share one: 'hai báo cáo' with 6 tháng 2021, năm 2021 and 6 tháng 2022 loaded means
    the two half-years. [] when no kind or more than one pair could be meant."""
    by_kind: dict[int, list] = {}
    for r in reports:
        span = periods.parse(r.period)
        if span is not None:
            by_kind.setdefault(span.last - span.first, []).append(r)
    pairs = [rs for rs in by_kind.values() if len(rs) == 2]
    if len(pairs) == 1 and not any(len(rs) > 2 for rs in by_kind.values()):
        return sorted(pairs[0], key=lambda r: periods.order_key(r.period))
    return []


class Comparer:
    def __init__(self, store: Store, search: HybridSearch, extractive: Callable[[Question, list[str]], Answer],
                 generator: GenerativeAnswerer | None = None):
        self.store, self.search, self.extractive, self.generator = store, search, extractive, generator

    def from_question(self, q: Question, report_ids: list[str] | None) -> Answer:
        """'So sánh … giữa báo cáo A và báo cáo B': the two reports it names (or the only two), else a question back."""
        listing = [scope.ReportInfo(r["id"], r["period"]) for r in self.store.list_reports()
                   if report_ids is None or r["id"] in report_ids]
        named = choose_reports(q.text, listing)
        if len(named) > scope.MAX_REPORTS_AT_ONCE:
            return scope.pick_reports(self.store, q)
        left_out: list = []
        if len(named) > 2 and len(named) == len(listing):  # no period named: the two of one kind, if clear
            pair = comparable_pair(named)
            left_out = [r for r in named if pair and r not in pair]
            named = pair or named
        reports = scope.load(self.store, [r.id for r in named])
        if len(reports) != 2:
            if len(reports) < 2:
                return Answer(answer=msg("compare_need_two", n=len(reports)), found=False, question=q.text)
            lines = [msg("compare_pick_two")] + [f"- {report_label(r)} ({r.id})" for r in reports]
            return Answer(answer="\n".join(lines), found=False, question=q.text)
        result = self.compare(reports[0].id, reports[1].id, q.topic)
        if left_out:  # say which two were taken, and what else could be compared
            result.notice = msg("compare_picked", others=", ".join(
                report_label(r) for r in scope.load(self.store, [x.id for x in left_out])))
        return result

    def compare(self, a_id: str, b_id: str, topic: str | None = None) -> Comparison:
        """Raises ReportNotFound when either report is not in the store."""
        ra, rb = self.store.report(a_id), self.store.report(b_id)
        if ra is None or rb is None:
            raise ReportNotFound(a_id if ra is None else b_id)
        topic = (topic or "").strip()
        if ra.id == rb.id:
            return Comparison(answer=msg("compare_same"), found=False, question=f"So sánh {report_label(ra)}",
                              a=ra.id, b=rb.id, a_label=report_label(ra), b_label=report_label(ra), topic=topic or None)
        pairs, only_a, only_b = self.align(ra, rb, topic)
        cites = CitationList({ra.id: ra, rb.id: rb})

        def cite(rep: Report, f) -> int:
            text = rep.text[f.quote_start:f.quote_end]
            return cites.add(rep.id, f.section, f.section_title, Span(text, f.quote_start, f.quote_end))

        rows, row_lines = [], []
        la, lb = distinct_labels([ra, rb]).values()
        intro = msg("compare_intro", a=la, b=lb, topic=f" về “{topic}”" if topic else "")
        labels = row_labels(ra, rb, pairs)
        # Two reports of one period (two bodies, the same months): a different value is a disagreement,
        # shown with both sources, not a change.
        one_period = periods.parse(ra.period) is not None and periods.parse(ra.period) == periods.parse(rb.period)
        disagreeing = []
        for p, label in zip(pairs, labels):
            diff, pct = cmp.change(p.a, p.b)
            na, nb = cite(ra, p.a), cite(rb, p.b)
            disagree = one_period and abs(diff) > 1e-9
            rows.append(ComparisonRow(indicator=label, a=figure_of(p.a, ra, na), b=figure_of(p.b, rb, nb),
                                      change=diff, change_pct=pct, disagree=disagree))
            if disagree:
                disagreeing.append(msg("compare_disagree_row", label=label, a=p.a.raw, na=na, la=la, b=p.b.raw, nb=nb, lb=lb))
            sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
            pct_text = f", {sign}{abs(pct):.1f}%".replace(".", ",") if pct is not None else ""
            row_lines.append(f"- {label}: {p.a.raw} [{na}] → {p.b.raw} [{nb}] "
                             f"({sign}{cmp.format_value(abs(diff), p.a.unit)}{pct_text})")
        notes: list[str] = []
        if not pairs:
            notes.append(msg("compare_no_pairs"))
        if disagreeing:
            notes += ["", msg("compare_disagree_intro", period=ra.period)] + disagreeing
        sec_a, sec_b = cmp.section_differences(ra, rb)
        if not topic and (sec_a or sec_b):
            if sec_a:
                notes += ["", msg("compare_sections_only", report=la)] + [f"- {s}" for s in sec_a]
            if sec_b:
                notes += ["", msg("compare_sections_only", report=lb)] + [f"- {s}" for s in sec_b]
        contrast = self._contrast(topic, ra, rb, cites)
        if contrast:
            notes += ["", msg("compare_contrast", topic=topic)] + contrast
        lead = [intro] + row_lines + notes
        return Comparison(
            answer="\n".join(lead), found=bool(pairs or contrast), citations=cites.items, lead=lead,
            question=f"So sánh {la} với {lb}" + (f": {topic}" if topic else ""),
            a=ra.id, b=rb.id, a_label=la, b_label=lb, topic=topic or None, intro=intro, rows=rows, notes=notes,
            only_a=[figure_of(f, ra, indicator=f.indicator) for f in only_a],
            only_b=[figure_of(f, rb, indicator=f.indicator) for f in only_b],
            sections_only_a=sec_a, sections_only_b=sec_b)

    def align(self, ra: Report, rb: Report, topic: str = ""):
        """The two reports' figures on the topic (all of them without one), paired by indicator."""
        fa = cmp.topic_filter(figures_of(ra), ra, topic)
        fb = cmp.topic_filter(figures_of(rb), rb, topic)
        texts = {cmp._key(f): cmp.indicator_text(f) for f in fa + fb}
        vecs = self.store.embeddings.embed_documents(list(texts.values())) if texts else []
        vectors = {k: np.asarray(v, dtype=np.float32) for k, v in zip(texts, vecs)}
        kw = self.store.keyword()
        # A word's rarity is counted in the two reports compared: other reports on the same topics must
        # not make "kết nạp" common.
        pair_df = Counter(t for c in self.store.chunks().values() if c.report_id in (ra.id, rb.id)
                          for t in self.search.chunk_terms(c))
        return cmp.align(ra, fa, rb, fb, vectors, idf=kw.idf, df=lambda t: pair_df.get(t, 0), on_topic=bool(topic))

    def _contrast(self, topic: str, ra: Report, rb: Report, cites: CitationList) -> list[str]:
        """What each report says on the topic: the model's contrast, verified, or each report's best quotes."""
        contrast: list[str] = []
        la, lb = report_label(ra), report_label(rb)
        written = self.generator.contrast(topic, la, lb, [ra.id, rb.id]) if self.generator and topic else None
        if written is not None:
            # the model's contrast, verified, its citations renumbered into this answer
            renumber = {c.n: cites.add(c.report, c.section, c.section_title, Span(c.quote, c.start, c.end))
                        for c in written.citations}
            body = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", written.answer)
            contrast.append(body)
        elif topic:
            for rep in (ra, rb):
                sub = self.extractive(analyse(topic), [rep.id])
                if sub.found:
                    # keep the sub-answer's quotes, renumbered into this answer
                    for c in sub.citations[:2]:
                        n = cites.add(c.report, c.section, c.section_title, Span(c.quote, c.start, c.end))
                        contrast.append(f"- {report_label(rep)}, mục {c.section}: “{c.quote}” [{n}]")
        return contrast
