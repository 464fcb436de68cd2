"""Figure extraction measured against hand-labelled sections of the sample report."""
from index.figure_table import extract_figures
from index.loaders import read_document
from index.parse import parse_document
from tests.conftest import H1

# Every quantity a reader would put in a table, by hand, as (value, unit).
GOLD = {
    "I.3": [(265, "đảng viên"), (292, "tổ chức đảng"), (53, "đảng viên"), (155, "tổ chức đảng"), (106, "đảng viên"),
            (96, "đảng viên"), (8, "đảng viên"), (1, "đảng viên"), (1, "đảng viên"), (3, "tổ chức đảng"),
            (1, "đảng viên"), (18, "đảng viên"), (4, "tổ chức đảng"), (14, "đảng viên"), (3, "tổ chức đảng"),
            (9, "đảng viên"), (1, "tổ chức đảng"), (148, "tổ chức đảng"), (87, "tổ chức đảng"), (83, "đảng viên"),
            (117, "tổ chức đảng"), (27, "đảng viên"), (9, "đảng viên"), (1, "đảng viên"), (134, "tổ chức"),
            (296, "lượt đơn")],
    "II.2": [(1059, "hội nghị"), (58294, "lượt cử tri"), (3638, "ý kiến"), (94e9, "đồng"), (97e9, "đồng"),
             (10000, "USD"), (190, "cơ quan"), (38.9e9, "đồng"), (41, "ngôi nhà"), (2e9, "đồng")],
    "II.4": [(20000, "suất ăn"), (1100, "tấn"), (600000, "quả"), (42, "tấn")],
}


def precision_recall():
    report = parse_document(read_document(H1))
    figures = extract_figures(report)
    tp = fp = fn = 0
    for section, gold in GOLD.items():
        got = [(round(f.value, 3), f.unit) for f in figures if f.section == section]
        remaining = list(got)
        for g in gold:
            key = (round(g[0], 3), g[1])
            if key in remaining:
                remaining.remove(key)
                tp += 1
            else:
                fn += 1
        fp += len(remaining)
    return tp / (tp + fp), tp / (tp + fn), figures


def test_precision_and_recall_on_labelled_sections():
    precision, recall, _ = precision_recall()
    print(f"figure extraction: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95 and recall >= 0.95


def test_no_date_term_or_year_is_a_figure():
    _, _, figures = precision_recall()
    raws = " | ".join(f.raw for f in figures)
    for not_a_figure in ("2021", "2026", "31/10", "XV", "05-CT", "404", "10 năm"):
        assert not any(f.raw.startswith(not_a_figure) for f in figures), (not_a_figure, raws)


def test_indicators_and_units():
    _, _, figures = precision_recall()
    by = {(f.section, f.raw): f for f in figures}
    f = by[("I.3", "106 đảng viên")]
    assert f.indicator == "thi hành kỷ luật đảng viên" and f.value == 106
    assert by[("I.3", "96 đảng viên")].group == "thi hành kỷ luật"
    assert by[("I.3", "292 tổ chức đảng")].indicator.endswith("kiểm tra tổ chức đảng")  # verb inherited
    money = by[("II.2", "trên 94 tỷ đồng")]
    assert (money.value, money.unit, money.qualifier) == (94e9, "đồng", "trên")
    assert by[("II.4", "60 vạn quả")].value == 600000
    assert by[("II.4", "trên 20 nghìn suất ăn")].value == 20000


def test_a_share_is_a_figure_but_dates_and_document_numbers_are_not():
    from index.figures import find_quantities

    got = lambda t: [(q.text, q.value) for q in find_quantities(t)]  # noqa: E731
    assert got("có 39/52 trường đạt chuẩn quốc gia") == [("39/52", 39.0)]
    assert got("41/45 tổ chức cơ sở đảng đã tổ chức xong đại hội") == [("41/45", 41.0)]
    assert got("ngày 26/3/1931") == [] and got("tháng 3/2026 đã") == [] and got("Nghị định 15/2020/NĐ-CP") == []
    assert got("Kế hoạch số 123/KH-UBND") == [] and got("đạt 3/12 chỉ tiêu") == []  # 3/12: a date or a share


def test_a_markdown_table_of_figures_is_read_as_rows(tmp_path):
    """A pipe table in a .md report: each row a statement with its label and columns; what was done is
    the row's figure (in the row's unit), the plan is none, a column header ('Thực hiện 6 tháng') holds
    no figure of its own; a signature laid out with pipes stays as it is."""
    md = tmp_path / "bao-cao-6-thang-2026.md"
    md.write_text(
        "BÁO CÁO\n\nKết quả công tác y tế 6 tháng đầu năm 2026\n\n"
        "1. Kết quả thực hiện một số chỉ tiêu chủ yếu\n\n"
        "| Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Thực hiện 6 tháng | So với kế hoạch (%) |\n"
        "|---|---|---|---|---|\n"
        "| Số bác sĩ/vạn dân | bác sĩ | 12,8 | 12,4 | 96,9 |\n"
        "| **Tỷ lệ dân số tham gia bảo hiểm y tế** | % | 95,0 | 93,6 | 98,5 |\n\n"
        "| | |\n|---|---|\n| *Nơi nhận:* | GIÁM ĐỐC |\n| - Lưu: VT. | Phạm Thị Hồng Vân |\n",
        encoding="utf-8")
    report = parse_document(read_document(md))
    assert "‣ Số bác sĩ/vạn dân | Đơn vị tính: bác sĩ | Kế hoạch năm 2026: 12,8 | Thực hiện 6 tháng: 12,4" in report.text
    assert "‣ Tỷ lệ dân số tham gia bảo hiểm y tế | Đơn vị tính: %" in report.text  # emphasis marks dropped
    # the closing pipe table is the signature block: read into the report's metadata, column by column
    assert report.meta.get("signer") == "Phạm Thị Hồng Vân" and report.meta.get("signer_title") == "GIÁM ĐỐC"
    assert "| *Nơi nhận:* | GIÁM ĐỐC |" not in report.text
    got = {(f.context, f.value, f.unit) for f in extract_figures(report)}
    assert ("Số bác sĩ/vạn dân", 12.4, "bác sĩ/vạn dân") in got
    assert ("Tỷ lệ dân số tham gia bảo hiểm y tế", 93.6, "%") in got
    assert ("Số bác sĩ/vạn dân – So với kế hoạch (%)", 96.9, "%") in got
    assert not [f for f in extract_figures(report) if f.value in (12.8, 95.0, 6.0)]  # the plan, and '6 tháng'
