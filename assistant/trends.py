"""One topic across the reports, in the order of their periods' end (6 tháng đầu năm 2021 < năm 2021
< 6 tháng đầu năm 2022): each indicator's figures chained from report to report by the comparison's
alignment (an indicator of report 1 paired with one of report 2, that one with one of report 3 …),
every point cited. Two reports of the same period that give different values for one indicator are
shown as disagreeing, both cited, never averaged."""
from __future__ import annotations

import itertools
import re

from index.models import Report
from index.textnorm import fold
from index.sentences import Span
from index.store import Store
from index.tables import ROW_MARK

from . import periods, scope
from .comparison import Comparer, figure_of
from .compose import CitationList, distinct_labels
from .indicators import read_indicator, unique_labels
from .messages import msg
from .schema import ReportNotFound, Trend, TrendPoint, TrendSeries


class Trends:
    def __init__(self, store: Store, comparer: Comparer):
        self.store, self.comparer = store, comparer

    def trend(self, topic: str | None = None, report_ids: list[str] | None = None) -> Trend:
        """Raises ReportNotFound for an id the store does not hold; fewer than two reports is an
        answer that says so."""
        if report_ids:
            report_ids = list(dict.fromkeys(report_ids))  # one report named twice is one report
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
        for group in _same_place(reports):
            chains += self._chains(group, topic)
        cites = CitationList({r.id: r for r in reports})
        inds = []
        for chain in chains:  # the label of the point whose body is named
            read = [read_indicator(rep, f) for rep, f in chain]
            # else a table row's label: the name the report itself gives the indicator
            rows = [i for (rep, f), i in zip(chain, read) if rep.text.startswith(ROW_MARK, f.quote_start)]
            inds.append(next((i for i in read if i.subject), rows[0] if rows else read[0]))
        labels = unique_labels(inds, [chain[0][1].section for chain in chains])
        label_of = distinct_labels(reports)
        series, lines = [], [question]
        for chain, label in zip(chains, labels):
            points = []
            for rep, f in chain:
                n = cites.add(rep.id, f.section, f.section_title,
                              Span(rep.text[f.quote_start:f.quote_end], f.quote_start, f.quote_end))
                points.append(TrendPoint(report=rep.id, period=rep.period, figure=figure_of(f, rep, n)))
            first = chain[0][1]
            disagreements = _disagreements(points)
            series.append(TrendSeries(indicator=label, unit=first.unit, points=points, disagreements=disagreements))
            steps = " → ".join(f"{p.figure.raw} [{p.figure.n}] ({label_of[rep.id]})"
                               for p, (rep, _) in zip(points, chain))
            lines.append(f"- {label}: {steps}")
            lines += [f"  {d}" for d in disagreements]
        if not series:
            lines.append(msg("trend_none"))
        return Trend(answer="\n".join(lines), found=bool(series), citations=cites.items, question=question,
                     topic=topic, series=series, reports=[r.id for r in reports])

    # How far apart two reports may be for their figures to be linked directly: a series survives an
    # indicator that one or two reports leave out, or a pair the alignment missed in between.
    REACH = 3

    def _chains(self, reports: list[Report], topic: str) -> list[list[tuple[Report, object]]]:
        """Each indicator's figures, report to report (reports oldest first). A series is a set of
        figures, at most one per report, joined by the comparison's pairs: pairs of neighbouring
        reports first, then of reports further apart, the best first within each distance. Joining
        by any pair (not only end to end) keeps a series whole when one pair in the middle is missed."""
        order = {r.id: k for k, r in enumerate(reports)}
        edges = []
        for gap in range(1, self.REACH + 1):
            for ra, rb in zip(reports, reports[gap:]):
                pairs, _, _ = self.comparer.align(ra, rb, topic)
                edges += [(gap, -p.score, (ra.id, p.a.start), (rb.id, p.b.start), ra, p.a, rb, p.b) for p in pairs]
        edges.sort(key=lambda e: (e[0], e[1]))
        series: dict[int, dict[str, tuple[Report, object]]] = {}  # series id -> report id -> its figure
        of: dict[tuple[str, int], int] = {}  # (report, figure start) -> series id
        new_id = itertools.count()
        for gap, _, ka, kb, ra, fa, rb, fb in edges:
            sa, sb = of.get(ka), of.get(kb)
            if sa is not None and sa == sb:
                continue
            a = series[sa] if sa is not None else {ra.id: (ra, fa)}
            b = series[sb] if sb is not None else {rb.id: (rb, fb)}
            if a.keys() & b.keys():
                continue  # one figure per report: this pair would give a report two values
            merged = {**a, **b}
            sid = sa if sa is not None else sb if sb is not None else next(new_id)
            for other in (sa, sb):
                if other is not None and other != sid:
                    series.pop(other)
            series[sid] = merged
            for rep, f in merged.values():
                of[(rep.id, f.start)] = sid
        chains = [sorted(s.values(), key=lambda rf: order[rf[0].id]) for s in series.values()]
        return sorted(chains, key=lambda c: (order[c[0][0].id], c[0][1].start))


_PLACE = re.compile(r"\b(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ)(?:\s+(?:ỦY|UỶ))?\s+(?!HỘI\b)((?:[A-ZĐÀ-Ỹ]+[ \t]?){1,3})")


def _places(report: Report) -> set[str]:
    """Where the report is from, read off its header ('HUYỆN ỦY ĐÔNG LÂM', 'Đông Lâm, ngày …'):
    the places named in upper case before its title, and the place of its date line."""
    head = report.text[:report.text.find("BÁO CÁO")] if "BÁO CÁO" in report.text[:1500] else report.text[:400]
    found = {fold(m.group(1)).strip() for m in _PLACE.finditer(head)}
    dated = re.search(r"^\W*([A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*){0,3}),\s+ngày\b", report.text[:1500], re.M)
    if dated:
        found.add(fold(dated.group(1)))
    if report.meta.get("place"):
        found.add(fold(report.meta["place"]))
    return {p for p in found if p}


def _same_place(reports: list[Report]) -> list[list[Report]]:
    """The reports in groups of one place (a province's reports are no series with a district's),
    each oldest first; a report whose place is not read joins the group whose reports' titles are
    closest to its own."""
    places = {r.id: _places(r) for r in reports}
    groups: list[tuple[set[str], list[Report]]] = []
    for r in reports:
        if not places[r.id]:
            continue
        for names, members in groups:
            if names & places[r.id]:
                names |= places[r.id]
                members.append(r)
                break
        else:
            groups.append((set(places[r.id]), [r]))
    if len(groups) <= 1:
        return [reports]
    words = lambda r: {fold(w) for w in r.title.lower().split()}  # noqa: E731
    for r in reports:
        if not places[r.id]:
            best = max(groups, key=lambda g: max(_jaccard(words(r), words(m)) for m in g[1]))
            best[1].append(r)
    return [sorted(members, key=lambda r: (periods.order_key(r.period), r.id)) for _, members in groups]


def _jaccard(x: set[str], y: set[str]) -> float:
    return len(x & y) / len(x | y) if x | y else 0.0


def _disagreements(points: list[TrendPoint]) -> list[str]:
    """Neighbouring points of one period (two bodies reporting the same months) with different values."""
    out = []
    for p, q in zip(points, points[1:]):
        same = periods.parse(p.period) is not None and periods.parse(p.period) == periods.parse(q.period)
        if same and abs(p.figure.value - q.figure.value) > 1e-9:
            out.append(msg("trend_disagree", period=p.period,
                           values=f"{p.figure.raw} [{p.figure.n}] ({p.report}) và {q.figure.raw} [{q.figure.n}] ({q.report})"))
    return out
