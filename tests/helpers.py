"""Builders for test documents in the formats users upload."""
from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
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


@contextmanager
def read_only(folder: Path, mount_at: Path):
    """`folder` made read-only the way users meet it: a read-only bind mount at `mount_at` (as root, file
    modes do not stop writes; skipped where mounting is not allowed), or file modes otherwise. Yields
    (the read-only path, the writable folder behind it); everything is writable again afterwards."""
    import pytest

    mount_at.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        ok = subprocess.run(["mount", "--bind", str(folder), str(mount_at)], capture_output=True).returncode == 0 and \
            subprocess.run(["mount", "-o", "remount,ro,bind", str(mount_at)], capture_output=True).returncode == 0
        if not ok:
            subprocess.run(["umount", str(mount_at)], capture_output=True)
            pytest.skip("a read-only mount is not allowed here")
        try:
            yield mount_at, folder
        finally:
            subprocess.run(["umount", str(mount_at)], capture_output=True)
    else:
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield folder, folder
        finally:
            for p in [folder, *folder.rglob("*")]:
                p.chmod(0o755 if p.is_dir() else 0o644)
