"""One topic across the reports, oldest first: each indicator's figures chained from report to
report by the comparison's alignment (an indicator of report 1 paired with one of report 2, that
one paired with one of report 3 …), every point cited."""
from __future__ import annotations

from index.models import Report
from index.sentences import Span
from index.store import Store

from . import periods, scope
from .comparison import Comparer, figure_of
from .compose import CitationList, report_label
from .messages import msg
from .schema import ReportNotFound, Trend, TrendPoint, TrendSeries


class Trends:
    def __init__(self, store: Store, comparer: Comparer):
        self.store, self.comparer = store, comparer

    def trend(self, topic: str | None = None, report_ids: list[str] | None = None) -> Trend:
        """Raises ReportNotFound for an id the store does not hold; fewer than two reports is an
        answer that says so."""
        if report_ids:
            known = set(self.store.report_ids())
            missing = [rid for rid in report_ids if rid not in known]
            if missing:
                raise ReportNotFound(missing[0])
        topic = (topic or "").strip()
        reports = sorted(scope.load(self.store, report_ids), key=lambda r: (periods.order_key(r.period), r.id))
        question = msg("trend_intro", topic=f" của “{topic}”" if topic else "", n=len(reports))
        if len(reports) < 2:
            return Trend(answer=msg("trend_need_two", n=len(reports)), found=False, question=question, topic=topic)
        chains: list[list[tuple[Report, object]]] = []
        last_of: dict[tuple[str, int], int] = {}  # (report, figure start) -> the chain it ends
        for ra, rb in zip(reports, reports[1:]):
            pairs, _, _ = self.comparer.align(ra, rb, topic)
            for p in pairs:
                i = last_of.pop((ra.id, p.a.start), None)
                if i is None:
                    chains.append([(ra, p.a)])
                    i = len(chains) - 1
                chains[i].append((rb, p.b))
                last_of[(rb.id, p.b.start)] = i
        cites = CitationList({r.id: r for r in reports})
        series, lines = [], [question]
        for chain in chains:
            points = []
            for rep, f in chain:
                n = cites.add(rep.id, f.section, f.section_title,
                              Span(rep.text[f.quote_start:f.quote_end], f.quote_start, f.quote_end))
                points.append(TrendPoint(report=rep.id, period=rep.period, figure=figure_of(f, rep, n)))
            first = chain[0][1]
            series.append(TrendSeries(indicator=first.indicator, unit=first.unit, points=points))
            steps = " → ".join(f"{p.figure.raw} [{p.figure.n}] ({report_label(rep)})"
                               for p, (rep, _) in zip(points, chain))
            lines.append(f"- {first.indicator}: {steps}")
        if not series:
            lines.append(msg("trend_none"))
        return Trend(answer="\n".join(lines), found=bool(series), citations=cites.items, question=question,
                     topic=topic, series=series)
