"""List questions answered from lists whose items are titled ('1. Về phát triển kinh tế', '1. Đối với
Ủy ban nhân dân thành phố'), on a ward report and a provincial department's report, both published."""
from pathlib import Path

import pytest

from assistant.listing import list_answer
from assistant.question import analyse
from index.loaders import read_document
from index.parse import parse_document

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def reports():
    return [parse_document(read_document(DATA / name))
            for name in ("ubnd-phuong-an-binh-9-thang-2026.pdf", "bao-cao-so-cong-thuong-mau.docx")]


def _sections(ans):
    return [(c.report, c.section) for c in ans.citations]


def test_the_items_a_topic_names_by_their_title(reports):
    ward = reports[:1]
    ans = list_answer(analyse("Về quốc phòng - an ninh, phường đặt ra những nhiệm vụ trọng tâm nào cho "
                              "3 tháng cuối năm?"), ward)
    # the report's title names 'quốc phòng - an ninh' too; the items' titles tell which one is meant
    assert {s for _, s in _sections(ans)} == {"Phần B › I.3"}
    assert "gọi công dân nhập ngũ năm 2027" in ans.answer and "cao điểm tấn công" in ans.answer
    ans = list_answer(analyse("Các giải pháp về phát triển kinh tế trong 3 tháng cuối năm là gì?"), ward)
    assert {s for _, s in _sections(ans)} == {"Phần B › I.1"} and "vượt 5% dự toán" in ans.answer


def test_words_of_the_frame_choose_no_item(reports):
    ans = list_answer(analyse("UBND phường tự đánh giá còn những hạn chế, tồn tại nào?"), reports[:1])
    assert len(ans.citations) == 4  # 'tự đánh giá còn' is how it is asked: every item of the list


def test_whose_list_and_to_whom(reports):
    # both reports have 'Kiến nghị'; 'phường An Bình' is the ward's (the department is of 'tỉnh Bình An'),
    # and 'Ủy ban nhân dân thành phố' is the titled item the proposals are addressed to
    ans = list_answer(analyse("UBND phường An Bình kiến nghị Ủy ban nhân dân thành phố những gì?"), reports)
    assert {r for r, _ in _sections(ans)} == {"ubnd-phuong-an-binh-9-thang-2026"}
    assert {s for _, s in _sections(ans)} == {"Phần B › II.1"}
    assert "4.500 triệu đồng" in ans.answer and "phương án bồi thường, hỗ trợ bổ sung" in ans.answer


def test_what_a_list_is_of_chooses_no_item_and_about_names_the_topic():
    ubkt = [parse_document(read_document(DATA / "ubkt-tinh-uy-quy-3-2026.docx"))]
    ans = list_answer(analyse("Nguyên nhân chủ quan của những hạn chế trong công tác kiểm tra, giám sát quý III "
                              "năm 2026 là gì?"), ubkt)
    assert len(ans.citations) == 3 and "nể nang, né tránh" in ans.answer  # causes of the shortcomings: all
    ans = list_answer(analyse("Về công tác giám sát, quý IV năm 2026 Ủy ban Kiểm tra Tỉnh ủy đề ra những nhiệm vụ gì?"),
                      ubkt)
    # 'Kiểm tra' of the body's name does not pick '1. Về công tác kiểm tra'
    assert {c.section for c in ans.citations} == {"III.2"}
