"""OCR of scanned (image-only) PDFs with Tesseract's Vietnamese model, one page at a time.

Library: the Debian `tesseract` binary, found and checked through pytesseract. tesserocr and ocrmypdf
drive the same engine and model, so the text is the same; tesserocr would save only the process start
(0.16 s of 1.5-2.5 s a page) at the price of compiling against libtesseract headers, and ocrmypdf is a
whole PDF-rewriting pipeline when all we need is the text. The page goes to Tesseract on stdin as an
uncompressed PGM (pytesseract's PNG costs 0.4 s a page) with OMP_THREAD_LIMIT=1 (see _tesseract_words).

Measured with scripts/bench_ocr.py (6 pages of the sample report, DejaVu Serif 13 pt): CER 0.03-0.06 %
for scans at 200 and 300 dpi, also skewed 1°, blurred and speckled. --psm 3, 4 and 6 are equal on plain
text; on a page with a photo, a stamp and a signature --psm 3 is at 1.4 % where 4 and 6 read the
pictures as letters (7 % and 15 %), so --psm 3, with a --psm 6 fallback for blocks it drops
(ocr_image). Interword spaces are not kept: the text is rebuilt from Tesseract's words, and the
loader collapses spaces anyway.
"""
from __future__ import annotations

import functools
import io
import os
import re
import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

INSTALL_HINT = "cần cài Tesseract và gói tiếng Việt: apt-get install tesseract-ocr tesseract-ocr-vie"
LANG = "vie"
PSM = 3  # page segmentation: full automatic layout analysis (see above)


class OcrUnavailable(Exception):
    """Tesseract or its Vietnamese model is missing; the message says what to install."""

    def __init__(self, message: str | None = None):
        super().__init__(message or f"không nhận dạng chữ (OCR) được: {INSTALL_HINT}")


class OcrCancelled(Exception):
    """cancel() returned true: OCR stopped before the end of the document."""


@dataclass
class OcrPage:
    number: int  # 1-based page number in the PDF
    text: str  # NFC; one line per visual line, a blank line between paragraphs
    confidence: float  # mean Tesseract word confidence, 0-100 (0 when the page has no words)
    no_diacritics: float  # share of alphabetic words with no diacritic (Vietnamese prose: ~0.11)
    # Positioned words in PDF points (text, x0, x1, top, bottom, size = the height of its line), so
    # the layout reader of text PDFs (index/pdf_reader.py) reads a scan the same way.
    words: list[dict] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


@functools.lru_cache(maxsize=1)
def ocr_problem() -> str | None:
    """None when Tesseract and its "vie" model can be used, else the reason in Vietnamese."""
    import pytesseract

    try:
        languages = pytesseract.get_languages(config="")
    except pytesseract.TesseractNotFoundError:
        return f"không tìm thấy chương trình Tesseract OCR; {INSTALL_HINT}"
    except (pytesseract.TesseractError, OSError) as exc:
        return f"không chạy được Tesseract OCR ({exc}); {INSTALL_HINT}"
    if LANG not in languages:
        return f"Tesseract thiếu gói tiếng Việt (vie); {INSTALL_HINT}"
    return None


# --- diacritics -------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    """Alphabetic words, without all-capital ones of two letters or more (HĐND, XIII, TW: acronyms
    and Roman numerals, which say nothing about diacritics)."""
    return [w for w in _WORD.findall(text) if len(w) == 1 or not w.isupper()]


def _has_diacritic(word: str) -> bool:
    nfd = unicodedata.normalize("NFD", word)
    return "đ" in nfd or "Đ" in nfd or any(unicodedata.category(ch) == "Mn" for ch in nfd)


def no_diacritics_share(text: str) -> float:
    """Share of alphabetic words that carry no diacritic (0.0 for a text without words)."""
    words = _words(text)
    if not words:
        return 0.0
    return sum(not _has_diacritic(w) for w in words) / len(words)


# Measured on samples/*.md: 11 % of words carry no diacritic, 25 % in the worst paragraph; the OCR of
# clean and degraded scans is at 8-11 %, a page read with the English model at 79 %.
MAX_NO_DIACRITICS = 0.4
# Mean word confidence of the scans measured: 93-96, even where a third of the text was misread, so
# only a really bad reading falls below this.
MIN_CONFIDENCE = 60.0
MIN_WORDS = 20  # below this the shares are too noisy to judge


def poor_quality(pages: list[OcrPage]) -> str | None:
    """A Vietnamese warning when the OCR output looks poor, else None."""
    counted = [(p, len(_words(p.text))) for p in pages]
    total = sum(n for _, n in counted)
    if total == 0:
        return "không nhận dạng được chữ nào trong bản quét; nên kiểm tra bản quét"
    if total < MIN_WORDS:
        return None
    share = sum(p.no_diacritics * n for p, n in counted) / total
    confidence = sum(p.confidence * n for p, n in counted) / total
    if share > MAX_NO_DIACRITICS:
        return f"chất lượng nhận dạng chữ thấp ({share * 100:.0f}% từ không dấu); nên kiểm tra bản quét"
    if confidence < MIN_CONFIDENCE:
        return f"chất lượng nhận dạng chữ thấp (độ tin cậy trung bình {confidence:.0f}/100); nên kiểm tra bản quét"
    return None


# --- OCR --------------------------------------------------------------------------------------


class OcrError(Exception):
    """Tesseract failed on a page; the message is in Vietnamese."""


TIMEOUT_S = 600  # one page; a normal A4 page takes 1-3 s
# Fallback when --psm 3 leaves part of the page's ink unread (see ocr_image).
# Measured: 0 % on clean and speckled pages, 4-67 % where a blurred block was dropped, 45 % on a page
# with a photo, a stamp and a signature (where --psm 6 reads only 1 % more: --psm 3 is kept).
MAX_UNREAD_INK = 0.03  # share of the inked rows of the page that no recognised word covers
MIN_LINE_CONFIDENCE = 50.0  # fallback lines below this are photo, stamp or signature strokes
FALLBACK_GAIN = 1.03  # the fallback is kept only when it reads this much more text


@dataclass
class _Word:
    block: str
    paragraph: str
    line: str
    top: int
    height: int
    confidence: float
    text: str
    left: int = 0
    width: int = 0


def ocr_image(image, *, dpi: int = 300, psm: int | None = None) -> tuple[str, float]:
    """OCR one PIL image: (text with one line per visual line and a blank line between paragraphs,
    mean word confidence 0-100).

    With --psm 3 Tesseract's layout analysis sometimes takes a blurred text block for a picture and
    drops it, silently (a blurred 150 dpi page: 70 % of its text lost, confidence still 95). When the
    recognised words leave more than MAX_UNREAD_INK of the inked rows uncovered, the page is read
    again as one block (--psm 6), without its low-confidence lines (photos, stamps, signatures), and
    that reading is kept if it has clearly more text.
    """
    return _layout(_read(image, dpi, psm or PSM))


def _read(image, dpi: int, psm: int) -> list[_Word]:
    words = _tesseract_words(image, dpi, psm)
    if psm == 3 and _unread_ink(image, words) > MAX_UNREAD_INK:
        fallback = _confident_lines(_tesseract_words(image, dpi, 6))
        if sum(len(w.text) for w in fallback) > FALLBACK_GAIN * sum(len(w.text) for w in words):
            words = fallback
    return words


def _positioned(words: list[_Word], dpi: float) -> list[dict]:
    """Words in PDF points; each word's size is its line's height (Tesseract gives no font size)."""
    k = 72.0 / dpi
    lines: dict[tuple[str, str, str], tuple[int, int]] = {}
    for w in words:
        key = (w.block, w.paragraph, w.line)
        top, bottom = lines.get(key, (w.top, w.top + w.height))
        lines[key] = (min(top, w.top), max(bottom, w.top + w.height))
    out = []
    for w in words:
        top, bottom = lines[(w.block, w.paragraph, w.line)]
        out.append({"text": unicodedata.normalize("NFC", w.text), "x0": w.left * k, "x1": (w.left + w.width) * k,
                    "top": top * k, "bottom": bottom * k, "size": round((bottom - top) * k * 0.8, 1)})
    return out


def _tesseract_words(image, dpi: int, psm: int) -> list[_Word]:
    import pytesseract

    if image.mode not in ("L", "RGB"):
        image = image.convert("L")
    buffer = io.BytesIO()
    image.save(buffer, "PPM")  # uncompressed PGM: 0.01 s, where pytesseract's PNG takes 0.4 s
    cmd = [pytesseract.pytesseract.tesseract_cmd, "stdin", "stdout", "-l", LANG,
           "--psm", str(psm), "--dpi", str(dpi), "tsv"]
    env = dict(os.environ)
    # One thread: Tesseract's OpenMP threads spin-wait, 2 s/page become 8-16 s when the CPU is busy.
    env.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        proc = subprocess.run(cmd, input=buffer.getvalue(), capture_output=True, env=env, timeout=TIMEOUT_S)
    except FileNotFoundError as exc:
        raise OcrUnavailable() from exc
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"Tesseract chạy quá {TIMEOUT_S} giây cho một trang") from exc
    finally:
        del buffer
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"Tesseract báo lỗi: {err[-1] if err else proc.returncode}")
    return _parse_tsv(proc.stdout.decode("utf-8", "replace"))


def _parse_tsv(tsv: str) -> list[_Word]:
    """Tesseract's TSV: one row per word (level 5) with its block, paragraph and line numbers."""
    words = []
    for row in tsv.split("\n")[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        words.append(_Word(cols[2], cols[3], cols[4], int(cols[7]), int(cols[9]), float(cols[10]),
                           cols[11].strip(), int(cols[6]), int(cols[8])))
    return words


def _layout(words: list[_Word]) -> tuple[str, float]:
    """One line per visual line, a blank line between paragraphs; NFC; mean word confidence."""
    out: list[str] = []
    last_line = last_paragraph = None
    for w in words:
        line, paragraph = (w.block, w.paragraph, w.line), (w.block, w.paragraph)
        if line == last_line:
            out[-1] += " " + w.text
            continue
        if last_paragraph is not None and paragraph != last_paragraph:
            out.append("")
        out.append(w.text)
        last_line, last_paragraph = line, paragraph
    text = unicodedata.normalize("NFC", "\n".join(out))
    return text, (sum(w.confidence for w in words) / len(words) if words else 0.0)


def _confident_lines(words: list[_Word]) -> list[_Word]:
    lines: dict[tuple[str, str, str], list[_Word]] = {}
    for w in words:
        lines.setdefault((w.block, w.paragraph, w.line), []).append(w)
    keep = {key for key, ws in lines.items() if sum(w.confidence for w in ws) / len(ws) >= MIN_LINE_CONFIDENCE}
    return [w for w in words if (w.block, w.paragraph, w.line) in keep]


def _unread_ink(image, words: list[_Word]) -> float:
    """Share of the page's inked pixel rows that no recognised word covers (margins left out, where
    a photocopy's dark edges would count as ink)."""
    import numpy as np

    gray = np.asarray(image.convert("L"))
    h, w = gray.shape
    core = gray[int(h * 0.03): h - int(h * 0.03), int(w * 0.05): w - int(w * 0.05)]
    inked = (core < 128).sum(axis=1) >= max(3, core.shape[1] // 200)
    covered = np.zeros(h, dtype=bool)
    for word in words:
        margin = word.height // 4
        covered[max(0, word.top - margin): word.top + word.height + margin] = True
    covered = covered[int(h * 0.03): h - int(h * 0.03)]
    total = int(inked.sum())
    return float((inked & ~covered).sum()) / total if total else 0.0


MIN_RENDER_DPI = 150  # a low-resolution scan is enlarged to this; below it the despeckle filter erodes strokes


def _render_dpi(page, dpi: int) -> float:
    """The resolution to render a page at: `dpi`, except for a page that is one scanned image of lower
    resolution, which is rendered at its own resolution (at least MIN_RENDER_DPI). Enlarging a scan
    invents pixels and turns its specks into blobs that Tesseract reads as punctuation (a noisy
    200 dpi scan: CER 1.5 % at 200 dpi, 24 % rendered at 300 dpi)."""
    import pypdfium2.raw as pdfium_c

    page_w, page_h = page.get_size()
    best = None  # (area in points², pixels)
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        area = max(0.0, right - left) * max(0.0, top - bottom)
        if area > 0 and (best is None or area > best[0]):
            px_w, px_h = obj.get_px_size()
            best = (area, px_w * px_h)
    if best is None or best[0] < 0.5 * page_w * page_h or best[1] <= 0:
        return float(dpi)
    native = 72 * (best[1] / best[0]) ** 0.5
    return float(min(dpi, max(round(native), MIN_RENDER_DPI)))


def _despeckle(image):
    """3x3 median: removes isolated specks (noisy 200 dpi scan: CER 1.5 % -> 0.02 %) and costs nothing
    measurable on clean pages (0.06 % -> 0.08 %)."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))


def ocr_pdf(path, *, dpi: int = 300, progress: Callable[[int, int], None] | None = None,
            max_pages: int | None = None, cancel: Callable[[], bool] | None = None,
            only: set[int] | None = None) -> Iterator[OcrPage]:
    """OCR a PDF page by page (a generator): render one page in grayscale, read it, yield it, and free
    the bitmap before the next page, so memory stays bounded on a long scan.

    `dpi` is the rendering resolution (a scanned page is not enlarged beyond its own, see
    _render_dpi); `max_pages` reads only the first pages, `only` only these (0-based). progress(done, total) is called after each
    page, before it is yielded. Raises (when iteration starts, it is a generator) OcrUnavailable when
    Tesseract or its Vietnamese model is missing, OcrCancelled as soon as cancel() returns true (checked before each page), OcrError when
    the PDF cannot be opened or Tesseract fails.
    """
    problem = ocr_problem()
    if problem is not None:
        raise OcrUnavailable(f"không nhận dạng chữ (OCR) được: {problem}")
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(Path(path)))
    except pdfium.PdfiumError as exc:
        raise OcrError(f"không mở được tệp PDF để nhận dạng chữ ({exc})") from exc
    try:
        total = len(pdf) if max_pages is None else min(len(pdf), max(0, max_pages))
        # `only`: 0-based pages to read (the scanned pages of a PDF whose other pages have text)
        indices = [i for i in range(total) if only is None or i in only]
        for done, index in enumerate(indices):
            if cancel is not None and cancel():
                raise OcrCancelled(f"đã hủy nhận dạng chữ sau {done}/{len(indices)} trang")
            page = pdf[index]
            try:
                page_w, page_h = page.get_size()
                render_dpi = _render_dpi(page, dpi)
                bitmap = page.render(scale=render_dpi / 72, grayscale=True)
                try:
                    image = bitmap.to_pil()  # shares the bitmap's buffer: use it before close()
                    if render_dpi >= MIN_RENDER_DPI:
                        image = _despeckle(image)
                    words = _read(image, round(render_dpi), PSM)
                    text, confidence = _layout(words)
                    positioned = _positioned(words, render_dpi)
                    del image
                finally:
                    bitmap.close()
            finally:
                page.close()
            if progress is not None:
                progress(done + 1, len(indices))
            yield OcrPage(number=index + 1, text=text, confidence=confidence,
                          no_diacritics=no_diacritics_share(text), words=positioned, width=page_w, height=page_h)
    finally:
        pdf.close()
