"""The report reader's HTML (ui/reader.py) over reports read and parsed by the indexer's own code: the
bundled samples, the sample PDF (pages, footnotes, parts) and a report that holds markup."""
from __future__ import annotations

import html
import re
from typing import get_args

import pytest

from assistant import SectionKind
from index.loaders import read_document
from index.parse import parse_document
from tests.conftest import H1, ROOT
from ui.reader import NAME_ONLY, NOT_IN_OUTLINE, REMOVED, anchors, jump_target, outline_html, slug, text_html, tree
from ui.render import citations_html

PDF = ROOT / "tests" / "data" / "bao-cao-chinh-tri-mau.pdf"
MARK = re.compile(r'<mark class="cite-mark">(.*?)</mark>', re.S)
PAGE = re.compile(r'<span class="rd-page"[^>]*>trang (\d+)</span>')


@pytest.fixture(scope="module")
def h1():
    return parse_document(read_document(H1))


@pytest.fixture(scope="module")
def pdf():
    rep = parse_document(read_document(PDF))
    assert len(rep.pages) >= 5 and any(s.kind == "footnote" for s in rep.sections)
    return rep


def visible(page_html: str) -> str:
    """What a reader sees, without the page labels in the margin."""
    return html.unescape(re.sub(r"<[^>]+>", " ", PAGE.sub(" ", page_html)))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_whole_text_is_shown_once_in_order(h1, pdf):
    for rep in (h1, pdf):
        page = text_html(rep)
        body = page.split('<div class="rd-head">', 1)[1].split("</div>", 1)[1]
        assert squeeze(visible(body)) == squeeze(rep.text)


def test_outline_follows_the_tree_with_a_link_per_heading(pdf):
    outline, text = outline_html(pdf), text_html(pdf)
    targets = re.findall(r'data-target="([^"]+)"', outline)
    ids = anchors(pdf)
    expected = [ids[s.number] for s, _ in tree(pdf) if s.kind not in ("bullet", "footnote")]
    assert targets == expected and len(targets) > 40
    # document order: each entry after the one before it (the tree is pre-order)
    starts = {ids[s.number]: s.start for s in pdf.sections}
    assert [starts[t] for t in targets] == sorted(starts[t] for t in targets)
    # each link has its anchor in the text, and only one
    for t in targets:
        assert text.count(f'id="{t}"') == 1, t
    # indented by depth; numbers within their scope, titles after them
    assert '<li class="rd-d0"><a class="rd-link" href="#rd-phan-thu-nhat"' in outline
    assert re.search(r'<li class="rd-d2"><a [^>]*data-target="rd-phan-thu-nhat-i-1"[^>]*>I\.1\. Kinh tế duy trì', outline)
    assert 'data-target="rd-phan-thu-nhat-i-1-chu-thich-1"' not in outline  # footnotes: anchors only
    assert 'id="rd-phan-thu-nhat-i-1-chu-thich-1"' in text


def test_the_kinds_named_are_section_kinds():
    assert NOT_IN_OUTLINE | NAME_ONLY <= set(get_args(SectionKind))


def test_anchors_are_safe_and_unique(h1, pdf):
    assert slug("Phần thứ nhất › I.1.1") == "rd-phan-thu-nhat-i-1-1"
    assert slug("Phần thứ nhất › II.3 › chú thích 7") == "rd-phan-thu-nhat-ii-3-chu-thich-7"
    assert slug("2.5 (2)") == "rd-2-5-2"
    assert slug("Điều 5") == "rd-dieu-5"
    for rep in (h1, pdf):
        ids = list(anchors(rep).values())
        assert len(ids) == len(set(ids)) == len(rep.sections)
        assert all(re.fullmatch(r"rd-[a-z0-9-]+", i) for i in ids)


def test_headings_are_headings_and_paragraphs_paragraphs(h1):
    page = text_html(h1)
    assert re.search(r'<h3 class="rd-h"><span class="rd-anchor" id="rd-i"></span>I\. KẾT QUẢ THỰC HIỆN NHIỆM VỤ', page)
    assert re.search(r'<h4 class="rd-h"><span class="rd-anchor" id="rd-i-3"></span>3\. Công tác kiểm tra, giám sát', page)
    # a list item keeps its anchor on its own paragraph
    assert re.search(r'<p><span class="rd-anchor" id="rd-iii-2-1"></span>- Việc sơ kết, tổng kết', page)
    assert page.count("<p") > 60


def test_a_quote_is_marked_at_its_exact_offsets(h1):
    sec = h1.section("I.3")
    start = h1.text.index("thi hành kỷ luật 106 đảng viên", sec.start)
    end = start + len("thi hành kỷ luật 106 đảng viên")
    page = text_html(h1, (start, end))
    assert [html.unescape(m) for m in MARK.findall(page)] == [h1.text[start:end]]
    before = page.split('<mark class="cite-mark">')[0]
    assert squeeze(visible(before)).endswith(squeeze(h1.text[sec.body_start:start]))
    # a quote over two paragraphs and a heading is marked in each, nothing left out
    start, end = sec.start - 40, sec.body_start + 30
    marks = [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in MARK.findall(text_html(h1, (start, end)))]
    assert len(marks) >= 2 and squeeze("".join(marks)) == squeeze(h1.text[start:end])
    # out-of-range offsets are clipped, an empty span marks nothing
    assert MARK.findall(text_html(h1, (len(h1.text) - 5, len(h1.text) + 99)))
    assert not MARK.findall(text_html(h1, (100, 100)))


def test_page_labels_stand_where_their_pages_start(pdf):
    page = text_html(pdf)
    assert [int(n) for n in PAGE.findall(page)] == [n for _, n in sorted(pdf.pages)]
    body = page.split('<div class="rd-head">', 1)[1].split("</div>", 1)[1]
    pieces = PAGE.split(body)  # text, page, text, page, …
    seen = ""
    for i in range(1, len(pieces), 2):
        seen += squeeze(visible(pieces[i - 1]))
        offset = dict((n, o) for o, n in pdf.pages)[int(pieces[i])]
        # the label is where its page starts (a page that starts between paragraphs: at the next one)
        assert seen == squeeze(pdf.text[:offset]), pieces[i]


def test_a_report_with_markup_shows_it_as_text(tmp_path):
    path = tmp_path / "bao-cao-doc-hai.md"
    path.write_text("BÁO CÁO\n\nkết quả tháng 5 năm 2024\n\nI. KẾT QUẢ <b>đậm</b>\n\n1. Công tác an ninh mạng\n\n"
                    "Phát hiện 73 mã độc <script>alert(1)</script> và <img src=x onerror=alert(2)> \"trích\" & 'nháy'.",
                    encoding="utf-8")
    rep = parse_document(read_document(path))
    start = rep.text.index("<script>")
    page, outline = text_html(rep, (start, start + 25)), outline_html(rep)
    for out in (page, outline):
        assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert '<mark class="cite-mark">&lt;script&gt;alert(1)&lt;/script&gt;</mark>' in page
    assert "I. KẾT QUẢ &lt;b&gt;đậm&lt;/b&gt;" in outline or "KẾT QUẢ &lt;b&gt;đậm&lt;/b&gt;" in outline
    assert squeeze(visible(page.split("</div>", 1)[1])) == squeeze(rep.text)


def test_a_removed_report_and_no_report(h1):
    gone = text_html(None, missing="bao-cao-cu")
    assert REMOVED in gone and "bao-cao-cu" in gone
    assert REMOVED not in text_html(None) and "Mục lục" in outline_html(None)


def test_a_click_on_a_citation_is_checked_before_use():
    assert jump_target({"report": "bao-cao-nam-2021", "start": "12", "end": 40}) == ("bao-cao-nam-2021", 12, 40)
    for bad in (None, {}, {"report": "x", "start": "a", "end": 3}, {"report": "x", "start": 9, "end": 3},
                {"report": "", "start": 1, "end": 3}, {"report": "x", "start": -1, "end": 3}):
        assert jump_target(bad) is None


def test_each_citation_card_opens_in_the_reader(fake_assistant):
    ans = fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    page = citations_html(ans, {})
    buttons = re.findall(r'<button type="button" class="cite-open" data-report="([^"]+)" data-start="(\d+)" '
                         r'data-end="(\d+)"[^>]*>Mở trong báo cáo</button>', page)
    assert [(r, int(s), int(e)) for r, s, e in buttons] == [(c.report, c.start, c.end) for c in ans.citations]


def test_a_long_report_renders_whole(tmp_path):
    """Ten copies of a sample under parts 'Phần thứ …': ~280,000 characters, ~95 pages."""
    src = H1.read_text(encoding="utf-8")
    body = src[src.index("#### **I. KẾT"):src.index("**Nơi nhận")]
    names = ["NHẤT", "HAI", "BA", "TƯ", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI"]
    path = tmp_path / "bao-cao-dai.md"
    path.write_text("BÁO CÁO\n\nkết quả công tác nhiều năm\n\n"
                    + "\n\n".join(f"PHẦN THỨ {n}\n\nKẾT QUẢ GIAI ĐOẠN {i}\n\n{body}" for i, n in enumerate(names)),
                    encoding="utf-8")
    rep = parse_document(read_document(path))
    rep.pages = [(o, i + 1) for i, o in enumerate(range(0, len(rep.text), 3000))]
    assert len(rep.text) > 250_000 and len(rep.pages) > 60
    page, outline = text_html(rep, (150_000, 150_200)), outline_html(rep)
    assert len(PAGE.findall(page)) == len(rep.pages) and outline.count("rd-link") > 200
