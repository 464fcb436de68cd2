"""Which reports a question is about: the ones it names by period or by title, the ones the user
filtered to, or — when a whole-report operation would read too many — a question back."""
from __future__ import annotations

import re

from dataclasses import dataclass
from types import SimpleNamespace

from index.models import Report
from index.store import Store
from index.textnorm import fold
from index.vntext import folded_terms

from . import acronyms, everyday_names, periods, source
from .issuer_names import initials
from .messages import msg
from .question import Question, analyse, without_period
from .schema import Answer

MAX_REPORTS_AT_ONCE = 6  # summaries, signers, comparisons read whole reports: beyond this, ask which


@dataclass
class ReportInfo:
    """What choosing reports by their period needs, without loading their text."""

    id: str
    period: str | None
    title: str = ""
    from_date: bool = False  # the period is the issue date's, not the period reported on


def load(store: Store, report_ids: list[str] | None) -> list[Report]:
    """The reports (all of them when `report_ids` is None), skipping ids the store does not hold."""
    ids = report_ids or store.report_ids()
    return [r for r in (store.report(i) for i in ids) if r is not None]


def prepare(store: Store, text: str, report_ids: list[str] | None, last: Question | None = None
            ) -> tuple[Question, list[str] | None]:
    """The question as the answerer reads it (its text read here, once), and the reports it is about."""
    listing = store.list_reports()
    known = {r["id"] for r in listing}
    report_ids = [r for r in (report_ids or []) if r in known] or None
    kw = store.keyword()
    in_scope = [r["period"] for r in listing if report_ids is None or r["id"] in report_ids]
    written = acronyms.expand(periods.this_year(periods.as_reports_write(text), in_scope),
                              lambda: [r for r in map(store.report, report_ids or known) if r is not None],
                              lambda t: kw.df.get(fold(t), 0) == 0)
    written = everyday_names.requests(everyday_names.official(written, lambda w: not kw.has_word(w)))
    q = analyse(written, last)
    if written != text:
        q.display = q.display or text  # answered with the phrase written out, shown as asked
    if report_ids is None and q.kind != "compare":
        # "… 6 tháng đầu năm 2021" names a report (or, for "năm 2022", the reports of its parts;
        # for "nhiệm vụ 6 tháng cuối năm 2021", the report that plans it): search those, and the
        # period stops being a search term. A follow-up stays with the reports of its conversation.
        named = periods.reports_for(q.text, [ReportInfo(r["id"], r["period"], r["title"], r.get("period_from") == "date")
                                             for r in listing])
        by_name = _named_apart(listing, q.text, named)
        if by_name:
            named = by_name
        if named and len(named) < len(known):
            report_ids = [r.id for r in named]
            said = periods.stated(q.text)[0]
            # (a period none of the chosen reports is of — '6 tháng cuối năm 2026' that a half-year report
            # plans, 'năm 2022' asked of its half-year reports — stays a search term: it names their part)
            if any(r.period and periods.same_period(r.period, said) for r in named):
                q = without_period(q, said)
            q.period_scoped = True
        elif q.reports:
            report_ids = q.reports
        if report_ids is None and not q.context:
            # 'Hội LHPN tỉnh Vĩnh Hòa có bao nhiêu hội viên?': the one report whose issuer or title bears
            # the name is searched first (nothing found there → the others are, as for a period)
            heads = [SimpleNamespace(id=r["id"], title=r["title"], issuer=r.get("issuer")) for r in listing]
            rid = named_by_name(heads, q.text)
            if rid is not None:
                report_ids, q.period_scoped = [rid], True
    named = source.find(q.standalone, listing) if q.kind != "compare" else None
    if named is not None:
        # 'Theo báo cáo … của UBND tỉnh …, …': the phrase picks the reports, not the passages
        if report_ids is None and len(named.reports) < len(known):
            report_ids = named.reports
            q.period_scoped = True  # a preference: nothing found there → the others are searched
        q = source.without_source(q, named)
    q = source.issuer_out_of_search(q, [r for r in listing if report_ids is None or r["id"] in report_ids])
    q.reports = report_ids
    return q, report_ids


def named_by_title(store: Store, q: Question, among: list[str] | None = None) -> list[str] | None:
    """The report a question names by its title or issuing body ('Báo cáo chính trị của … tỉnh
    Bình An'): words of the question that stand in one report's title and in few others (of the
    reports `among`, when its period already named several)."""
    listing = [r for r in store.list_reports() if among is None or r["id"] in among]
    qwords = {w for w in folded_terms(q.text) if "_" not in w and len(w) > 1}
    titles = {r["id"]: set(folded_terms(f"{r['title']} {r.get('issuer') or ''}")) for r in listing}
    df = {w: sum(w in t for t in titles.values()) for w in qwords}
    scores = sorted(((sum(1.0 / df[w] for w in qwords & t if df[w]), rid) for rid, t in titles.items()), reverse=True)
    if scores and scores[0][0] >= 2.0 and (len(scores) == 1 or scores[0][0] >= 1.5 * scores[1][0]):
        return [scores[0][1]]
    return None


# words that open a question before a name ('Theo Cục Thống kê …', 'Trong Quý III …'): not part of it
_LEADING_WORDS = {"theo", "trong", "tai", "ve", "o", "tu", "den", "voi", "cua", "nam", "thang", "quy", "sau", "truoc",
                  "khi", "nhu", "con", "va", "cho", "bao", "ai"}


def named_by_name(reports: list, text: str) -> str | None:
    """The one report whose issuer or title holds a proper name the question writes with capitals
    ('Ngọc Khê' of '… của huyện Ngọc Khê …'), when no other of `reports` holds any of them."""
    words = re.findall(r"[^\W\d_]+|[^\w\s]", text.strip())
    names, run = [], []
    for i, w in enumerate(words + ["."]):
        # a capital that opens the question or a sentence marks no name (unless a capital follows it:
        # 'Cục Thống kê tỉnh …', 'Sở Y tế …' open with the body's name)
        opens = i == 0 or words[i - 1] in ".?!:"
        leads = (i + 1 < len(words) and words[i + 1][:1].isupper() and fold(w).lower() not in _LEADING_WORDS)
        if w[:1].isupper() and not w.isupper() and (not opens or leads):
            run.append(w)
            continue
        if 2 <= len(run) <= 3:
            names.append(fold(" ".join(run)).lower())
        elif len(run) > 3:  # a body and its place ('Tỉnh Đoàn Phú An'): the place ends it
            names += [fold(" ".join(run[-2:])).lower(), fold(" ".join(run[-3:])).lower()]
        run = []
    # a body named by its initials after the noun of its kind ('Sở LĐTBXH', 'ngành GD&ĐT', 'Hội LHPN')
    short = [fold(m.group(1)).lower().replace("&", "") for m in _BODY_INITIALS.finditer(text)]
    if not (names or short) or len(reports) < 2:
        return None
    heads = {r.id: " " + " ".join(re.findall(r"[a-z0-9]+", fold(f"{r.title} {r.issuer or ''}").lower())) + " "
             for r in reports}
    hits = [rid for rid, head in heads.items() if any(f" {n} " in head for n in names)]
    if len(hits) > 1:
        # ('Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh Bình An': 'Ban Chấp' stands in every congress
        # report's title, 'Bình An' in one): the names that only one report holds decide, if they agree
        only = {tuple(r for r in hits if f" {n} " in heads[r]) for n in names}
        decisive = {rs[0] for rs in only if len(rs) == 1}
        every = [r for r in hits if all(f" {n} " in heads[r] for n in names)]
        if len(decisive) == 1:
            hits = list(decisive)
        elif len(names) > 1 and len(every) == 1:
            hits = every  # (or the one report that holds every name: 'Ban Chấp' and 'Bình An')
    if len(hits) != 1 and short:
        spelled = {r.id: initials(f"{r.title} {r.issuer or ''}") for r in reports}
        hits = [rid for rid, head in heads.items() if any(f" {n} " in head or n in spelled[rid] for n in short)]
    return hits[0] if len(hits) == 1 else None


_BODY_INITIALS = re.compile(r"\b(?i:sở|ngành|hội|ban|cục|chi cục|viện|trung tâm|liên đoàn|đoàn|ủy ban|uỷ ban)\s+"
                            r"([A-ZĐ][A-ZĐ&]{2,})\b")


def _named_apart(listing: list[dict], text: str, by_period: list | None) -> list[ReportInfo] | None:
    """'Trong quý IV năm 2026, … của Ủy ban Kiểm tra Tỉnh ủy Lâm Bắc …': the period names one report
    (October's of another body), the name another (the quarter's report that plans quý IV). The body
    named by name wins when its report could speak of the period: it reports on it or its title plans it.
    Among the period's own reports, the named body's is the one asked about."""
    if not by_period:
        return None
    infos = {r["id"]: ReportInfo(r["id"], r["period"], r["title"], r.get("period_from") == "date") for r in listing}
    heads = [SimpleNamespace(id=r["id"], title=r["title"], issuer=r.get("issuer")) for r in listing]
    rid = named_by_name(heads, text)
    if rid is None:
        return None
    if any(r.id == rid for r in by_period):
        return [infos[rid]]  # of the period's reports, the one of the body named ('… của BHXH Kim Sơn')
    mine, said = infos[rid], periods.stated(text)
    titled = any(periods.same_period(t, p) for t in periods.stated(mine.title) for p in said)
    return [mine] if titled or periods.could_hold(mine.period, mine.from_date, said) else None


def too_many(store: Store) -> bool:
    return len(store.list_reports()) > MAX_REPORTS_AT_ONCE


def pick_reports(store: Store, q: Question) -> Answer:
    """Too many reports for a whole-report operation: ask which ones (no report is loaded)."""
    listing = store.list_reports()
    lines = [msg("pick_reports", n=len(listing))]
    lines += [f"- {r['period'] or r['id']}: {r['title'][:80]} ({r['id']})" for r in listing[:10]]
    return Answer(answer="\n".join(lines), found=False, question=q.text)
