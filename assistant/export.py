"""An answer, a comparison or a trend saved as a file an official can file or forward: .md (the
text), .docx (python-docx: the text, the rows as a table, the sources), .xlsx (openpyxl: one row per
indicator, one column per report, and a sheet of sources). Read from the typed result, never from
the message text."""
from __future__ import annotations

from pathlib import Path

from .compare import format_value
from .schema import Answer, Citation, Comparison, Trend

FORMATS = (".md", ".docx", ".xlsx")


class ExportError(ValueError):
    """The file cannot be written in that format (the message says why, in Vietnamese)."""


def export_result(result: Answer, path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"Không xuất được “{path.name}”: chỉ hỗ trợ tệp {', '.join(FORMATS)}.")
    if suffix == ".xlsx" and not isinstance(result, (Comparison, Trend)):
        raise ExportError("Tệp Excel (.xlsx) dành cho bảng so sánh và diễn biến; câu trả lời hãy xuất .docx hoặc .md.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        {".md": _markdown, ".docx": _docx, ".xlsx": _xlsx}[suffix](result, path)
    except OSError as exc:
        raise ExportError(f"Không ghi được tệp “{path}”: {exc.strerror or exc}.") from exc
    return path


def _table(result: Answer) -> tuple[list[str], list[list[str]]]:
    """The result's rows: (header, rows), empty for a plain answer."""
    if isinstance(result, Comparison) and result.rows:
        header = ["Chỉ tiêu", result.a_label or result.a, result.b_label or result.b, "Thay đổi", "Ghi chú"]
        rows = []
        for r in result.rows:
            change = format_value(r.change, r.a.unit)
            if r.change_pct is not None:
                change += f" ({r.change_pct:+.1f}%)".replace(".", ",")
            rows.append([r.indicator, f"{r.a.raw} [{r.a.n}]", f"{r.b.raw} [{r.b.n}]", change,
                         "hai báo cáo cùng kỳ nêu khác nhau" if r.disagree else ""])
        return header, rows
    if isinstance(result, Trend) and result.series:
        period = {p.report: p.period or "" for s in result.series for p in s.points}
        reports = [rid for rid in result.reports if rid in period]  # oldest period first
        header = ["Chỉ tiêu", "Đơn vị"] + [f"{period[rid]} ({rid})" if period[rid] else rid for rid in reports] + ["Ghi chú"]
        rows = []
        for s in result.series:
            by_report = {p.report: f"{p.figure.raw} [{p.figure.n}]" for p in s.points}
            rows.append([s.indicator, s.unit] + [by_report.get(rid, "") for rid in reports] + ["; ".join(s.disagreements)])
        return header, rows
    return [], []


def _source_line(c: Citation) -> str:
    where = f"mục {c.section}" + (f", trang {c.page}" if c.page else "") + (" (OCR)" if c.ocr else "")
    return f"[{c.n}] {c.report_title} ({c.period or c.report}), {where}: “{c.quote}”"


def _markdown(result: Answer, path: Path) -> None:
    lines = [f"# {result.question}", ""] if result.question else []
    header, rows = _table(result)
    if rows:
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
        lines.append("")
    else:
        lines += [result.answer, ""]
    if result.citations:
        lines += ["## Nguồn", ""] + [f"- {_source_line(c)}" for c in result.citations]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _docx(result: Answer, path: Path) -> None:
    from docx import Document

    doc = Document()
    if result.question:
        doc.add_heading(result.question, level=1)
    header, rows = _table(result)
    if rows:
        table = doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    else:
        for line in result.answer.splitlines():
            if line.strip():
                doc.add_paragraph(line.strip())
    if result.citations:
        doc.add_heading("Nguồn", level=2)
        for c in result.citations:
            doc.add_paragraph(_source_line(c))
    doc.save(str(path))


def _xlsx(result: Answer, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "So sánh" if isinstance(result, Comparison) else "Diễn biến"
    header, rows = _table(result)
    ws.append(header)
    for row in rows:
        ws.append(row)
    src = wb.create_sheet("Nguồn")
    src.append(["Số", "Báo cáo", "Kỳ", "Mục", "Trang", "Trích dẫn"])
    for c in result.citations:
        src.append([c.n, c.report_title, c.period or "", c.section, c.page or "", c.quote])
    wb.save(str(path))
