"""Write tests/data/bao-cao-so-cong-thuong-mau.docx: a synthetic provincial department report with the
structure real Vietnamese .docx reports have, to test the DOCX reader.

All text and figures are invented (UBND tỉnh Bình An, Sở Công Thương tỉnh Bình An). The file is built
with python-docx; what python-docx has no API for is then written into the package directly:
word/footnotes.xml, word/numbering.xml (Word automatic numbering), footnote styles, the
settings' footnote separators, and the [Content_Types].xml / relationship entries for them.

Traits, each on purpose (see eval/real/outlines/bao-cao-so-cong-thuong-mau.json for the expected ids):
  - header and signature blocks are borderless two-column layout tables, one paragraph per line;
  - the title after "BÁO CÁO" is wrapped over two paragraphs (the second starts in lowercase);
  - many paragraphs start with one or two TAB characters (<w:tab/> in the first run), no indentation;
  - numbering mixes typed "I.", "1.", "1.1.", "a)", "(1)", "(i)", "-", "+" with Word automatic
    numbering (w:numPr): under III the headings 1.-4. (ilvl 0) and the items a)-c) of "3. Kiến nghị"
    (ilvl 1) have no number in their text; "4." continues the ilvl-0 count after the a)-c) items;
  - "2.5." is typed twice (2.4., 2.5., 2.5.); "Một là, …", "Hai là, …" paragraphs in II.1;
  - five real footnotes, some carrying figures found nowhere else in the document;
  - a data table with a two-row header (vMerge, gridSpan), group rows spanning all columns and a total;
  - Vietnamese number style and one malformed figure typed by mistake ("1.2.450 tấn");
  - the appendices are in their own landscape section.

Deterministic: same bytes on every run.  Usage: .venv/bin/python scripts/make_test_docx.py [out.docx]
"""
from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "bao-cao-so-cong-thuong-mau.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STAMP = dt.datetime(2026, 7, 15, 8, 30, 0)
ZIP_TIME = (2026, 7, 15, 8, 30, 0)

CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT

# Footnote texts, numbered 1..N in the order they are referenced in the body.
FOOTNOTES: list[str] = []

# Automatic numbering (word/numbering.xml): one list, numId 1.
AUTO_NUM_ID = 1

DOC = None  # the document being built (set by build())


class Fn:
    """A footnote reference placed among a paragraph's runs."""

    def __init__(self, text: str):
        FOOTNOTES.append(text)
        self.id = len(FOOTNOTES)


def bold(text: str) -> tuple[str, dict]:
    return (text, {"bold": True})


def ital(text: str) -> tuple[str, dict]:
    return (text, {"italic": True})


def bital(text: str) -> tuple[str, dict]:
    return (text, {"bold": True, "italic": True})


# --------------------------------------------------------------------------------------- paragraphs
def para(container, *runs, tabs: int = 0, align=JUSTIFY, size: float | None = None, before: float = 3,
         after: float = 3, first_line: int | None = None, keep_next: bool = False, auto: int | None = None):
    """Add a paragraph. runs: str, (text, fmt) or Fn. tabs: TAB characters at the start of the first run.
    auto: Word automatic numbering level (ilvl) of list AUTO_NUM_ID; the visible number is not in the text."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if first_line is not None:
        pf.first_line_indent = Twips(first_line)
    if keep_next:
        pf.keep_with_next = True
    if auto is not None:
        p.style = DOC.styles["List Paragraph"]
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = auto
        num_pr.get_or_add_numId().val = AUTO_NUM_ID
    first = True
    for item in runs:
        if isinstance(item, Fn):
            p._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{item.id}"/></w:r>'))
            continue
        text, fmt = (item, {}) if isinstance(item, str) else item
        if not text and not (first and tabs):
            continue
        r = p.add_run()
        if first and tabs:
            for _ in range(tabs):
                r.add_tab()
        first = False
        r.add_text(text)
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if size or fmt.get("size"):
            r.font.size = Pt(fmt.get("size") or size)
    return p


def body(*runs, tabs: int = 1, **kw):
    return para(DOC, *runs, tabs=tabs, **kw)


def heading(*runs, tabs: int = 0, **kw):
    kw.setdefault("keep_next", True)
    kw.setdefault("before", 6)
    return para(DOC, *runs, tabs=tabs, **kw)


# ------------------------------------------------------------------------------------------- tables
def _borders(table, val: str) -> None:
    """All table borders: 'nil' for layout tables, 'single' for data tables."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    sides = "".join(
        f'<w:{s} w:val="{val}"' + (' w:sz="4" w:space="0" w:color="auto"/>' if val == "single" else "/>")
        for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tbl_pr.insert_element_before(parse_xml(f'<w:tblBorders {nsdecls("w")}>{sides}</w:tblBorders>'),
                                 "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                 "w:tblDescription", "w:tblPrChange")


def _widths(table, widths: list[int]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(w))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Twips(w)
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is not None:
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(sum(widths)))


def layout_table(widths: list[int]):
    t = DOC.add_table(rows=1, cols=len(widths))
    _borders(t, "nil")
    _widths(t, widths)
    return t


def cell_lines(cell, lines, size: float = 13, align=CENTER):
    """One paragraph per line; the cell's first (empty) paragraph is used for the first line."""
    for i, line in enumerate(lines):
        runs = line if isinstance(line, list) else [line]
        if i == 0:
            p = cell.paragraphs[0]
            p.alignment = align
            for item in runs:
                text, fmt = (item, {}) if isinstance(item, str) else item
                r = p.add_run(text)
                if fmt.get("bold"):
                    r.bold = True
                if fmt.get("italic"):
                    r.italic = True
                r.font.size = Pt(size)
            p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        else:
            para(cell, *runs, align=align, size=size, before=0, after=0)


def data_table(widths: list[int]):
    t = DOC.add_table(rows=0, cols=len(widths))
    t.style = DOC.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t, "single")
    return t


def fill(cell, text: str, bold=False, italic=False, align=CENTER, size: float = 12):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    r.font.size = Pt(size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def header_row(row) -> None:
    """Repeat the row at the top of each page, as Word does for table headers."""
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


# --------------------------------------------------------------------------------------------- build
def build() -> docx.document.Document:
    global DOC
    FOOTNOTES.clear()
    DOC = docx.Document()

    normal = DOC.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    rfonts = normal.element.rPr.rFonts
    rfonts.set(qn("w:eastAsia"), "Times New Roman")
    rfonts.set(qn("w:cs"), "Times New Roman")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.1

    cp = DOC.core_properties
    cp.title = "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026"
    cp.author = cp.last_modified_by = "Văn phòng Sở Công Thương"
    cp.comments = ("Tài liệu mẫu do dự án soạn để kiểm thử bộ đọc DOCX; đơn vị, tên người và số liệu "
                   "đều là giả định.")
    cp.created = cp.modified = STAMP
    cp.last_printed = STAMP
    cp.revision = 3
    cp.keywords = cp.category = cp.subject = ""

    sec = DOC.sections[0]
    sec.page_width, sec.page_height = Twips(11906), Twips(16838)
    sec.left_margin, sec.right_margin = Twips(1701), Twips(1134)
    sec.top_margin, sec.bottom_margin = Twips(1134), Twips(1134)

    # The template's empty first paragraph would precede the header table; drop it.
    first = DOC.paragraphs[0]._p if DOC.paragraphs else None
    if first is not None and not first.xpath(".//w:t"):
        first.getparent().remove(first)

    # ---- 1. Header: borderless two-column layout table
    t = layout_table([3402, 5669])
    left, right = t.rows[0].cells
    cell_lines(left, ["UBND TỈNH BÌNH AN", [bold("SỞ CÔNG THƯƠNG")], "", "Số: 125/BC-SCT"])
    cell_lines(right, [[bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], [bold("Độc lập - Tự do - Hạnh phúc")], "",
                       [ital("Bình An, ngày 15 tháng 7 năm 2026")]], size=13)

    # ---- 2. Title block
    para(DOC, bold("BÁO CÁO"), align=CENTER, before=18, after=0)
    para(DOC, bold("Kết quả thực hiện nhiệm vụ phát triển công nghiệp, thương mại và quản lý"),
         align=CENTER, before=0, after=0)
    para(DOC, bold("thị trường 6 tháng đầu năm 2026"), align=CENTER, before=0, after=12)
    para(DOC, "Kính gửi: Bộ Công Thương.", align=CENTER, before=6, after=12)

    body("Thực hiện Văn bản số 2875/BCT-KHTC ngày 05/6/2026 của Bộ Công Thương về việc báo cáo kết quả thực "
         "hiện nhiệm vụ 6 tháng đầu năm 2026, Sở Công Thương tỉnh Bình An báo cáo như sau:")

    # ---- I
    heading(bold("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026"))
    heading(bold("1. Sản xuất công nghiệp"))
    body("Chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm 2026 ước tăng 8,65% so với cùng kỳ năm 2025",
         Fn("Trong đó, ngành công nghiệp chế biến, chế tạo tăng 9,12%; ngành sản xuất và phân phối điện tăng "
            "6,38%; ngành cung cấp nước, hoạt động quản lý và xử lý rác thải tăng 4,05%."),
         "; giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 38.420 tỷ đồng, bằng 47,8% kế hoạch năm.")
    # a decimal heading led by a TAB, its number split over two runs as Word often stores it
    heading(bital("1.1"), bital(". Công nghiệp chế biến, chế tạo"), tabs=1)
    body("Ngành công nghiệp chế biến, chế tạo tiếp tục giữ vai trò động lực tăng trưởng, chiếm 86,4% giá trị "
         "sản xuất toàn ngành. Một số sản phẩm chủ lực ước đạt như sau:")
    body("- Nhóm vật liệu xây dựng:")
    body("+ Xi măng ước đạt 1.865.300 tấn, tăng 5,2% so với cùng kỳ;", tabs=2)
    body("+ Thép xây dựng ước đạt 1.2.450 tấn, bằng 48,7% kế hoạch năm;", tabs=2)  # malformed on purpose
    body("- Nhóm chế biến nông sản, thực phẩm:")
    body("+ Hạt điều nhân ước đạt 24.760 tấn, tăng 7,9%;", tabs=2)
    body("+ Thức ăn chăn nuôi ước đạt 312.500 tấn, tăng 3,4%.", tabs=2)
    heading(bital("1.2. Công nghiệp điện năng và năng lượng tái tạo"), tabs=1)
    body("Sản lượng điện sản xuất ước đạt 1.156 triệu kWh, tăng 6,1% so với cùng kỳ; điện thương phẩm ước "
         "đạt 2.048 triệu kWh. Đến hết tháng 6/2026, toàn tỉnh có 14 dự án điện mặt trời mái nhà của doanh "
         "nghiệp đã đấu nối với tổng công suất 86,5 MWp",
         Fn("Gồm 09 dự án tại các khu công nghiệp (tổng công suất 61,2 MWp) và 05 dự án tại các cụm công "
            "nghiệp (tổng công suất 25,3 MWp)."),
         ".")

    heading(bold("2. Thương mại, dịch vụ"))
    body("Thị trường hàng hóa trên địa bàn tỉnh ổn định, nguồn cung các mặt hàng thiết yếu được bảo đảm, không "
         "xảy ra tình trạng khan hiếm hàng hóa, tăng giá đột biến.")
    heading(bital("2.1. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"), tabs=1)
    body("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt ", "29.", "735 tỷ đồng, tăng 11,3% "
         "so với cùng kỳ, bằng 50,2% kế hoạch năm.")
    heading(bital("2.2. Hoạt động xuất khẩu, nhập khẩu"), tabs=1)
    body("Kim ngạch xuất khẩu ước đạt 1.274,5 triệu USD, tăng 9,6% so với cùng kỳ",
         Fn("Thị trường Hoa Kỳ đạt 412,8 triệu USD (chiếm 32,4%), Liên minh châu Âu đạt 276,6 triệu USD "
            "(chiếm 21,7%), Nhật Bản đạt 144,0 triệu USD (chiếm 11,3%)."),
         "; kim ngạch nhập khẩu ước đạt 836,2 triệu USD, tăng 7,1%.")
    heading(bital("2.3. Thương mại điện tử"), tabs=1)
    body("Toàn tỉnh có 1.126 doanh nghiệp có website bán hàng, 342 doanh nghiệp tham gia các sàn thương mại "
         "điện tử; tổ chức 02 lớp tập huấn kỹ năng kinh doanh trực tuyến cho 186 học viên.")
    heading(bital("2.4. Xúc tiến thương mại"), tabs=1)
    body("Tổ chức 04 hội chợ thương mại cấp tỉnh với 420 gian hàng; hỗ trợ 28 doanh nghiệp tham gia hội chợ, "
         "triển lãm ngoài tỉnh; ký kết 17 hợp đồng, thỏa thuận tiêu thụ sản phẩm.")
    heading(bital("2.5. Phát triển hạ tầng thương mại"), tabs=1)
    body("Trên địa bàn tỉnh hiện có 02 trung tâm thương mại, 11 siêu thị và 156 chợ; trong 6 tháng đầu năm "
         "đưa vào hoạt động 01 siêu thị mới tại phường Tân Phú.")
    heading(bital("2.5. Quản lý, khai thác chợ"), tabs=1)  # the number typed twice by mistake
    body("Triển khai Đề án phát triển chợ giai đoạn 2026 - 2030",
         Fn("Quyết định số 1520/QĐ-UBND ngày 18/3/2026 của UBND tỉnh Bình An phê duyệt Đề án phát triển chợ "
            "trên địa bàn tỉnh giai đoạn 2026 - 2030."),
         "; hoàn thành chuyển đổi mô hình quản lý 07 chợ sang doanh nghiệp, hợp tác xã quản lý, khai thác.")

    heading(bold("3. Quản lý thị trường và an toàn thực phẩm"))
    heading(ital("a) Kiểm tra, kiểm soát thị trường"), tabs=1)
    body("Lực lượng Quản lý thị trường đã kiểm tra 1.032 vụ, phát hiện và xử lý 142 vụ vi phạm; tổng số tiền "
         "xử phạt và trị giá hàng tịch thu ước 1.468 triệu đồng. Tập trung vào các nội dung sau:")
    body("(1) Kiểm tra hàng giả và hàng xâm phạm sở hữu trí tuệ: phát hiện, xử lý 42 vụ vi phạm, chủ "
         "yếu là mỹ phẩm, thực phẩm chức năng và đồ điện gia dụng.")
    body("(2) Kiểm tra kinh doanh xăng dầu và khí dầu mỏ hóa lỏng: kiểm tra 126 cửa hàng, phát hiện 08 cơ sở "
         "vi phạm về đo lường và niêm yết giá",
         Fn("Trong đó, 03 cơ sở bị xử phạt với tổng số tiền 45.500.000 đồng; 05 cơ sở bị nhắc nhở, yêu cầu "
            "khắc phục trong thời hạn 15 ngày."),
         ".")
    body("(3) Kiểm tra gian lận thương mại về đo lường và chất lượng: phát hiện, xử lý 27 vụ vi phạm.")
    heading(ital("b) Kiểm tra an toàn thực phẩm"), tabs=1)
    body("Sở Công Thương chủ trì, phối hợp với Ủy ban nhân dân các xã, phường kiểm tra điều kiện bảo đảm an "
         "toàn thực phẩm đối với các cơ sở thuộc phạm vi quản lý của ngành; kết quả cụ thể như sau:")
    food_table()
    body("Các cơ sở vi phạm chủ yếu về điều kiện vệ sinh cơ sở, giấy xác nhận kiến thức an toàn thực phẩm và "
         "khám sức khỏe định kỳ cho người trực tiếp sản xuất, kinh doanh.", before=6)

    # ---- II
    heading(bold("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"))
    heading(bold("1. Tồn tại, hạn chế"))
    body("Một là, tiến độ đầu tư hạ tầng một số cụm công nghiệp còn chậm, tỷ lệ lấp đầy chưa cao, nhất là tại "
         "các xã phía Bắc của tỉnh.")
    body("Hai là, sản xuất của một số ngành gặp khó khăn về đơn hàng; sản lượng gạch ốp lát, đồ gỗ xuất khẩu "
         "giảm so với cùng kỳ.")
    body("Ba là, tình trạng kinh doanh hàng giả, hàng kém chất lượng qua mạng xã hội còn diễn biến phức tạp, "
         "khó kiểm soát.")
    heading(bold("2. Nguyên nhân"))
    body("(i) Nguyên nhân khách quan: giá nguyên liệu đầu vào và chi phí vận chuyển tăng cao; nhu cầu tại một "
         "số thị trường xuất khẩu truyền thống giảm.", tabs=0, first_line=567)
    body("(ii) Nguyên nhân chủ quan: công tác phối hợp giữa các sở, ngành và địa phương có lúc chưa chặt chẽ; "
         "lực lượng quản lý thị trường còn mỏng so với địa bàn.", tabs=0, first_line=567)

    # ---- III: Word automatic numbering; none of these numbers is in the text
    heading(bold("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026 VÀ KIẾN NGHỊ"))
    heading(bold("Phát triển công nghiệp"), auto=0)  # shows "1."
    body("Tập trung tháo gỡ khó khăn cho doanh nghiệp; phấn đấu chỉ số sản xuất công nghiệp cả năm 2026 tăng "
         "9,0% trở lên; đẩy nhanh tiến độ đầu tư hạ tầng các cụm công nghiệp Đông Hòa, Bắc Sơn.")
    heading(bold("Thương mại và quản lý thị trường"), auto=0)  # "2."
    body("Bảo đảm cân đối cung cầu hàng hóa thiết yếu dịp cuối năm và Tết Nguyên đán; tăng cường kiểm tra, "
         "kiểm soát thị trường, nhất là hoạt động kinh doanh trên môi trường mạng.")
    heading(bold("Kiến nghị"), auto=0)  # "3."
    body("Đề nghị Bộ Công Thương:")
    para(DOC, "Sớm hướng dẫn thực hiện Nghị định về cụm công nghiệp; tạo cơ sở pháp lý để địa phương triển "
         "khai đầu tư hạ tầng các cụm công nghiệp mới.", auto=1)  # "a)"
    para(DOC, "Hỗ trợ tỉnh kinh phí xúc tiến thương mại; ưu tiên tổ chức Hội chợ Công Thương khu vực năm 2026 "
         "tại tỉnh Bình An.", auto=1)  # "b)"
    para(DOC, "Bổ sung biên chế cho lực lượng Quản lý thị trường tỉnh; hiện Chi cục Quản lý thị trường thuộc "
         "Sở mới có 62/85 biên chế được giao.", auto=1)  # "c)"
    heading(bold("Tổ chức thực hiện"), auto=0)  # "4.", continuing the list after a)-c)
    body("Giao các phòng chuyên môn, Chi cục Quản lý thị trường theo chức năng, nhiệm vụ tổ chức triển khai "
         "thực hiện; định kỳ báo cáo kết quả về Sở trước ngày 20 hằng tháng.")

    body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 của Sở Công Thương tỉnh Bình "
         "An, kính báo cáo Bộ Công Thương xem xét, chỉ đạo./.", before=6, after=12)

    # ---- 9. Signature: borderless two-column layout table
    t = layout_table([4536, 4535])
    left, right = t.rows[0].cells
    cell_lines(left, [[bital("Nơi nhận:")], "- Như trên;", "- UBND tỉnh (để báo cáo);",
                      "- Giám đốc Sở (để báo cáo);", "- Lưu: VT, QLCN."], size=11, align=LEFT)
    cell_lines(right, [[bold("KT. GIÁM ĐỐC")], [bold("PHÓ GIÁM ĐỐC")], "", "", "", [bold("Nguyễn Văn Bình")]], size=14)

    # ---- 10. Appendices in their own landscape section
    new = DOC.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Twips(16838), Twips(11906)
    new.left_margin = new.right_margin = Twips(1134)
    new.top_margin, new.bottom_margin = Twips(1134), Twips(1134)

    para(DOC, bold("Phụ lục 1"), align=CENTER, before=0, after=0)
    para(DOC, bold("TÌNH HÌNH ĐẦU TƯ VÀ LẤP ĐẦY CÁC CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH"), align=CENTER,
         before=0, after=0)
    para(DOC, ital("(Kèm theo Báo cáo số 125/BC-SCT ngày 15/7/2026 của Sở Công Thương)"), align=CENTER,
         before=0, after=6)
    t = data_table([1000, 6003, 3500, 3500])
    rows = [("STT", "Tên cụm công nghiệp", "Diện tích (ha)", "Tỷ lệ lấp đầy (%)"),
            ("1", "Cụm công nghiệp Tân Phú 1", "48,50", "87,30"),
            ("2", "Cụm công nghiệp Đông Hòa", "65,20", "72,15"),
            ("3", "Cụm công nghiệp Phước Lâm", "32,80", "95,00"),
            ("4", "Cụm công nghiệp Bắc Sơn", "70,00", "41,60")]
    for i, values in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(values):
            fill(cells[j], v, bold=i == 0, align=LEFT if (j == 1 and i) else CENTER, size=13)
    header_row(t.rows[0])
    _widths(t, [1000, 6003, 3500, 3500])

    DOC.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(DOC, bold("Phụ lục 2"), align=CENTER, before=0, after=0)
    para(DOC, bold("KẾT QUẢ XỬ LÝ VI PHẠM CỦA LỰC LƯỢNG QUẢN LÝ THỊ TRƯỜNG THEO LĨNH VỰC"), align=CENTER,
         before=0, after=0)
    para(DOC, ital("(Kèm theo Báo cáo số 125/BC-SCT ngày 15/7/2026 của Sở Công Thương)"), align=CENTER,
         before=0, after=6)
    t = data_table([1000, 7003, 3000, 3000])
    rows = [("STT", "Lĩnh vực", "Số vụ xử lý", "Số tiền phạt (triệu đồng)"),
            ("1", "Hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", "42", "386,5"),
            ("2", "Gian lận thương mại", "27", "214,0"),
            ("3", "Hàng nhập lậu", "18", "297,3")]
    for i, values in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(values):
            fill(cells[j], v, bold=i == 0, align=LEFT if (j == 1 and i) else CENTER, size=13)
    header_row(t.rows[0])
    _widths(t, [1000, 7003, 3000, 3000])
    return DOC


def food_table() -> None:
    """Two header rows: STT and Loại hình merged vertically (vMerge), "Số cơ sở" over three columns
    (gridSpan); group rows spanning all columns; a total row whose label spans two columns."""
    widths = [700, 3571, 1600, 1600, 1600]
    t = data_table(widths)
    for _ in range(10):
        t.add_row()
    _widths(t, widths)
    top, sub = t.rows[0].cells, t.rows[1].cells
    stt = top[0].merge(sub[0])
    kind = top[1].merge(sub[1])
    group = top[2].merge(top[4])
    fill(stt, "STT", bold=True)
    fill(kind, "Loại hình", bold=True)
    fill(group, "Số cơ sở", bold=True)
    for cell, label in zip(sub[2:], ("Đã kiểm tra", "Vi phạm", "Tỷ lệ (%)")):
        fill(cell, label, bold=True)
    header_row(t.rows[0])
    header_row(t.rows[1])
    data = [
        "I. Khu vực thành thị",
        ("1", "Cơ sở sản xuất thực phẩm", "215", "09", "4,19"),
        ("2", "Cơ sở kinh doanh thực phẩm", "1.245", "37", "2,97"),
        ("3", "Nhà hàng, cơ sở dịch vụ ăn uống", "486", "21", "4,32"),
        "II. Khu vực nông thôn",
        ("4", "Chợ và điểm kinh doanh nhỏ lẻ", "732", "18", "2,46"),
        ("5", "Bếp ăn tập thể", "158", "05", "3,16"),
    ]
    r = 2
    for item in data:
        cells = t.rows[r].cells
        if isinstance(item, str):
            fill(cells[0].merge(cells[4]), item, bold=True, align=LEFT)
        else:
            for j, v in enumerate(item):
                fill(cells[j], v, align=LEFT if j == 1 else CENTER)
        r += 1
    cells = t.rows[r].cells
    fill(cells[0].merge(cells[1]), "Tổng cộng", bold=True)
    for j, v in zip((2, 3, 4), ("2.836", "90", "3,17")):
        fill(cells[j], v, bold=True)
    assert r == len(t.rows) - 1


# ------------------------------------------------------------------------------------ package parts
NUMBERING_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
  <w:abstractNum w:abstractNumId="0">
    <w:nsid w:val="5B2C7A10"/>
    <w:multiLevelType w:val="hybridMultilevel"/>
    <w:tmpl w:val="0D7C4E2A"/>
    <w:lvl w:ilvl="0">
      <w:start w:val="1"/>
      <w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%1."/>
      <w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>
      <w:rPr><w:b/></w:rPr>
    </w:lvl>
    <w:lvl w:ilvl="1">
      <w:start w:val="1"/>
      <w:numFmt w:val="lowerLetter"/>
      <w:lvlText w:val="%2)"/>
      <w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>
    </w:lvl>
{''.join(f'''    <w:lvl w:ilvl="{i}">
      <w:start w:val="1"/>
      <w:numFmt w:val="{fmt}"/>
      <w:lvlText w:val="%{i + 1}."/>
      <w:lvlJc w:val="{'right' if fmt == 'lowerRoman' else 'left'}"/>
      <w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="{180 if fmt == 'lowerRoman' else 360}"/></w:pPr>
    </w:lvl>
''' for i, fmt in zip(range(2, 9), ["lowerRoman", "decimal", "lowerLetter", "lowerRoman", "decimal",
                                    "lowerLetter", "lowerRoman"]))}  </w:abstractNum>
  <w:num w:numId="{AUTO_NUM_ID}"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""

FOOTNOTE_STYLES = """<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>\
<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
<w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/>\
<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/>\
<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>\
</w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>"""

KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "TableGrid", "ListParagraph",
               "Header", "HeaderChar", "Footer", "FooterChar"}

DROP_PARTS = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml",
              "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"}

CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
REL_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def footnotes_xml() -> str:
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in enumerate(FOOTNOTES, start=1):
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + "".join(notes) + "</w:footnotes>")


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slim_styles(xml: bytes) -> bytes:
    """Keep the styles the document uses (the template's list styles point at numbering we replace),
    and add the footnote styles Word would have."""
    root = etree.fromstring(xml)
    for style in root.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in KEEP_STYLES:
            root.remove(style)
    for el in parse_xml(f'<w:x {nsdecls("w")}>{FOOTNOTE_STYLES}</w:x>'):
        root.append(el)
    rpr = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _settings(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    root.find(qn("w:compat")).addprevious(fpr)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _document(xml: bytes) -> bytes:
    """Every footnote is referenced exactly once, in order (ids 1..N as Word numbers them)."""
    ids = [int(m) for m in re.findall(rb'<w:footnoteReference w:id="(\d+)"/>', xml)]
    assert ids == list(range(1, len(FOOTNOTES) + 1)), ids
    return xml


def _rels(xml: bytes, drop_types: tuple[str, ...], add: list[tuple[str, str, str]]) -> bytes:
    root = etree.fromstring(xml)
    for rel in list(root):
        if rel.get("Type").endswith(drop_types):
            root.remove(rel)
    used = {rel.get("Id") for rel in root}
    for rid, typ, target in add:
        assert rid not in used, rid
        etree.SubElement(root, rel.tag if len(root) else
                         "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship",
                         Id=rid, Type=typ, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _content_types(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    for el in list(root):
        name = el.get("PartName") or ""
        if name.lstrip("/") in DROP_PARTS or el.get("Extension") == "jpeg":
            root.remove(el)
    etree.SubElement(root, ns + "Override", PartName="/word/footnotes.xml", ContentType=CT_FOOTNOTES)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def package(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {name: src.read(name) for name in src.namelist() if name not in DROP_PARTS}
    parts["word/document.xml"] = _document(parts["word/document.xml"])
    parts["word/numbering.xml"] = NUMBERING_XML.encode("utf-8")
    parts["word/footnotes.xml"] = footnotes_xml().encode("utf-8")
    parts["word/styles.xml"] = _slim_styles(parts["word/styles.xml"])
    parts["word/settings.xml"] = _settings(parts["word/settings.xml"])
    parts["word/_rels/document.xml.rels"] = _rels(
        parts["word/_rels/document.xml.rels"], ("/stylesWithEffects", "/customXml"),
        [("rId90", REL_FOOTNOTES, "footnotes.xml")])
    parts["_rels/.rels"] = _rels(parts["_rels/.rels"], ("/thumbnail",), [])
    parts["[Content_Types].xml"] = _content_types(parts["[Content_Types].xml"])
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
    names = order + sorted(n for n in parts if n not in order)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name], compresslevel=9)
    return out.getvalue()


def main(argv: list[str]) -> Path:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    buf = io.BytesIO()
    build().save(buf)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(package(buf.getvalue()))
    return out


if __name__ == "__main__":
    path = main(sys.argv)
    print(f"{path} ({path.stat().st_size} bytes)")
