"""Builders for test documents in the formats users upload."""
from __future__ import annotations

from pathlib import Path


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.save(str(path))
    return path


def _font() -> str:
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def write_pdf(path: Path, lines: list[str], password: str | None = None) -> Path:
    """A PDF with a real text layer (DejaVu Sans has the Vietnamese glyphs)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", _font()))
    kwargs = {}
    if password:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(password, canPrint=0)
    c = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    c.setFont("DejaVu", 11)
    y = 800
    for line in lines:
        if y < 60:
            c.showPage()
            c.setFont("DejaVu", 11)
            y = 800
        c.drawString(50, y, line)
        y -= 16
    c.save()
    return path


def write_image_only_pdf(path: Path) -> Path:
    """A 'scanned' page: drawn shapes, no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(20):
        c.rect(50 + i * 10, 700 - i * 20, 200, 10, fill=1)
    c.save()
    return path
