"""Character error rate (CER) of the OCR of scanned PDFs (index/ocr.py) on clean renders.

Builds a text PDF (DejaVu Serif 13 pt, A4, justified) from the first pages of the bundled
6-month report, takes its text layer per page with pdfplumber as the reference, renders each page to
an image-only PDF ("scan") at 200 and 300 dpi, OCRs it with index.ocr.ocr_pdf and prints, per page,
the reference length, CER = Levenshtein distance / reference length (whitespace collapsed, NFC on both
sides) and seconds per page, then the share of words without diacritics in the OCR output and in
the reference.

    python scripts/bench_ocr.py                         # 6 pages, scans at 200 and 300 dpi
    python scripts/bench_ocr.py --psm 3 4 6 --brief     # compare page segmentation modes
    python scripts/bench_ocr.py --skew 1 --blur 1 --noise 0.01   # a poorer scan
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCE = ROOT / "samples" / "bao-cao-6-thang-dau-nam-2021.md"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_WS = re.compile(r"\s+")


def source_paragraphs(path: Path = SOURCE) -> list[str]:
    """The report's paragraphs without markdown marks (headings, bold, rules)."""
    from index.textnorm import clean_line

    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line, _ = clean_line(raw)
        line = line.replace("*", "").replace("`", "").strip()
        if line:
            out.append(line)
    return out


def build_text_pdf(path: Path, paragraphs: list[str], size: float = 13) -> Path:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT)))
    style = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=size, leading=size * 1.35,
                           alignment=TA_JUSTIFY, spaceAfter=size * 0.5)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build([Paragraph(escape(p), style) for p in paragraphs])
    return path


def reference_pages(path: Path, pages: int) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [(page.extract_text() or "") for page in pdf.pages[:pages]]


def degrade(image, skew: float = 0.0, blur: float = 0.0, noise: float = 0.0, seed: int = 0):
    """A poorer scan: rotated by `skew` degrees, Gaussian blur of `blur` pixels, and `noise` share of
    pixels flipped to black or white (salt and pepper)."""
    import random

    from PIL import Image, ImageFilter

    if skew:
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        rng = random.Random(seed)
        pixels = image.load()
        w, h = image.size
        for _ in range(int(w * h * noise)):
            pixels[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 255))
    return image


def scan(path: Path, out: Path, dpi: int, pages: int, **degradation) -> Path:
    """An image-only PDF: each page rendered in grayscale at `dpi` (Pillow stores it as JPEG),
    optionally degraded (see degrade())."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    images = []
    try:
        for i in range(min(pages, len(pdf))):
            page = pdf[i]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().copy()
            images.append(degrade(image, seed=i, **degradation) if any(degradation.values()) else image)
            page.close()
    finally:
        pdf.close()
    images[0].save(str(out), save_all=True, append_images=images[1:], resolution=dpi)
    return out


def normalise(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def cer(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edit distance, reference length) after normalisation."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = normalise(reference), normalise(hypothesis)
    return Levenshtein.distance(ref, hyp), len(ref)


def run(scan_pdf: Path, refs: list[str], ocr_dpi: int, label: str, show_pages: bool = True) -> dict:
    from index import ocr

    rows = []
    texts = []
    t = time.perf_counter()
    for page in ocr.ocr_pdf(scan_pdf, dpi=ocr_dpi):
        now = time.perf_counter()
        dist, n = cer(refs[page.number - 1], page.text)
        rows.append((page.number, n, dist, now - t, page.confidence))
        texts.append(page.text)
        t = now
    dist = sum(r[2] for r in rows)
    n = sum(r[1] for r in rows)
    secs = sum(r[3] for r in rows)
    print(f"\n{label}")
    print(f"{'page':>5} {'ref chars':>10} {'CER':>7} {'s/page':>7} {'conf':>6}")
    if show_pages:
        for number, chars, d, s, conf in rows:
            print(f"{number:>5} {chars:>10} {d / chars:>7.2%} {s:>7.2f} {conf:>6.1f}")
    hyp_text = "\n".join(texts)
    ref_text = "\n".join(refs[: len(rows)])
    print(f"{'total':>5} {n:>10} {dist / n:>7.2%} {secs / len(rows):>7.2f}")
    print(f"words without diacritics: OCR {ocr.no_diacritics_share(hyp_text):.1%}, "
          f"reference {ocr.no_diacritics_share(ref_text):.1%}")
    return {"cer": dist / n, "s_per_page": secs / len(rows), "pages": len(rows)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--dpi", type=int, nargs="+", default=[200, 300], help="scan resolutions")
    parser.add_argument("--ocr-dpi", type=int, default=300,
                        help="ocr_pdf's dpi (default 300, as the loader; a scan is not enlarged beyond its own)")
    parser.add_argument("--psm", type=int, nargs="+", default=None, help="page segmentation modes to compare")
    parser.add_argument("--skew", type=float, default=0.0, help="rotate the scans by this many degrees")
    parser.add_argument("--blur", type=float, default=0.0, help="Gaussian blur radius in pixels")
    parser.add_argument("--noise", type=float, default=0.0, help="share of pixels turned black or white")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the PDFs in")
    parser.add_argument("--brief", action="store_true", help="totals only")
    args = parser.parse_args(argv)

    from index import ocr

    problem = ocr.ocr_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    psms = args.psm or [ocr.PSM]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        text_pdf = build_text_pdf(folder / "text.pdf", source_paragraphs())
        refs = reference_pages(text_pdf, args.pages)
        print(f"reference: {len(refs)} pages, {sum(len(normalise(r)) for r in refs)} characters "
              f"(DejaVu Serif 13 pt, A4, justified)")
        if args.skew or args.blur or args.noise:
            print(f"degraded scans: skew {args.skew}°, blur {args.blur} px, noise {args.noise:.1%}")
        worst = 0.0
        for dpi in args.dpi:
            scanned = scan(text_pdf, folder / f"scan-{dpi}.pdf", dpi, args.pages,
                           skew=args.skew, blur=args.blur, noise=args.noise)
            for psm in psms:
                ocr.PSM = psm
                result = run(scanned, refs, args.ocr_dpi, f"scan {dpi} dpi, ocr_pdf(dpi={args.ocr_dpi}), --psm {psm}",
                             show_pages=not args.brief)
                worst = max(worst, result["cer"])
    print(f"\nworst total CER {worst:.2%} (target ≤ 3%)")
    return 0 if worst <= 0.03 else 1


if __name__ == "__main__":
    raise SystemExit(main())
