"""Question shapes read on a provincial education department's school-year report (written by a
helper who never saw the code, tests/data/so-gddt-quang-xuyen-nam-hoc-2025-2026.docx): a body named
by an abbreviation joined with '&' ('Sở GD&ĐT'), a list whose lead-in and items a footnote's text
stands between, a list heading with a qualifier ('Những kết quả nổi bật')."""
from pathlib import Path

import pytest

from tests.fakes import FakeStore

DATA = Path(__file__).resolve().parents[2] / "data"
SCHOOL = "so-gddt-quang-xuyen-nam-hoc-2025-2026"


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    from assistant import Assistant, Settings

    store = FakeStore([DATA / f"{SCHOOL}.docx", DATA / "thanh-tra-ha-nam-bac-2026.docx"])
    return Assistant(Settings(store=tmp_path_factory.mktemp("unused")), store=store)


def test_an_abbreviation_joined_with_and_names_the_body(school):
    ans = school.ask("Các Phòng GD&ĐT cấp huyện đã tổ chức bao nhiêu lớp bồi dưỡng cán bộ quản lý, giáo viên?")
    assert ans.found and "126 lớp" in ans.answer.split("\n\n")[0], ans.answer
    both = school.ask("Sở GD&ĐT và các Phòng GD&ĐT huyện, thị xã, thành phố đã tổ chức bao nhiêu cuộc thanh tra, kiểm tra?")
    lead = both.answer.split("\n\n")[0]
    assert both.found and "12 cuộc thanh tra" in lead and "148 cuộc kiểm tra" in lead, both.answer


def test_a_lead_in_still_names_its_items_across_a_footnote(school):
    ans = school.ask("Thanh tra chuyên ngành của ngành giáo dục tập trung vào những nội dung nào?", [SCHOOL])
    assert ans.found and all(c.section == "Phần thứ nhất › II.5.c" for c in ans.citations), ans.answer
    for item in ("tuyển sinh đầu cấp", "dạy thêm, học thêm", "chế độ, chính sách đối với nhà giáo"):
        assert item in ans.answer


def test_a_qualified_list_heading_is_chosen_over_a_broader_one(school):
    ans = school.ask("Những kết quả nổi bật của năm học thể hiện ở những mặt nào?", [SCHOOL])
    assert ans.found and {c.section for c in ans.citations} == {"Phần thứ nhất › III.2"}, ans.answer
    assert len(ans.citations) == 5
