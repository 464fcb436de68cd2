"""Trends over a provincial health department's quarter, half-year, nine-month and year reports
(tests/data/series_tune2), written with the wording varied the way such reports vary it: a rate per
inhabitants as a table row, 'bình quân … bác sĩ/vạn dân' and 'số bác sĩ trên 10.000 dân đạt …';
cases 'ghi nhận … ca mắc' and '…; lũy kế 9 tháng toàn tỉnh có … ca mắc' after the disease named
in the sentence's first clause; people poisoned '… làm 74 người bị ngộ độc' and '… với 102 người mắc'."""
from __future__ import annotations

import pytest

from tests.conftest import ROOT

SERIES = ROOT / "tests" / "data" / "series_tune2"
Q1, H1, M9, Y = (f"so-y-te-binh-linh-{p}-2026" for p in ("quy-1", "6-thang", "9-thang", "nam"))


@pytest.fixture(scope="module")
def health(tmp_path_factory):
    """Embedded for real: the alignment scores with the real model's vectors."""
    from assistant import Assistant, Settings

    a = Assistant(Settings(store=tmp_path_factory.mktemp("health")))
    a.index([SERIES / f"{rid}.md" for rid in (Q1, H1, M9, Y)], progress=False)
    return a


def series_of(trend, unit: str) -> list[tuple[str, float]]:
    """The longest series counted in `unit`, as (report, value) points."""
    best = max((s for s in trend.series if s.points[0].figure.unit == unit), key=lambda s: len(s.points))
    return [(p.report, p.figure.value) for p in best.points]


def test_a_rate_per_inhabitants_is_one_indicator_in_its_three_wordings(health):
    t = health.trend("bác sĩ trên vạn dân", [Q1, H1, M9, Y])
    assert series_of(t, "bác sĩ/vạn dân") == [(H1, 12.4), (M9, 12.6), (Y, 12.9)]
    # '10.000 dân' is the rate's base, never a figure of its own
    assert not any(p.figure.value == 10000 for s in t.series for p in s.points)
    beds = health.trend("giường bệnh trên vạn dân", [Q1, H1, M9, Y])
    assert [v for _, v in series_of(beds, "giường bệnh/vạn dân")][:2] == [32.8, 33.1]


def test_cases_counted_after_the_disease_named_earlier_in_the_sentence(health):
    t = health.trend("sốt xuất huyết", [Q1, H1, M9, Y])
    cases = max(t.series, key=lambda s: len(s.points))
    assert [(p.report, p.figure.value) for p in cases.points] == [(Q1, 128), (H1, 642), (M9, 2315), (Y, 3087)]
    # 'trong các tháng 7 - 10' and 'lũy kế 9 tháng' are periods, not figures
    assert not any(p.figure.value in (9, 10) for s in t.series for p in s.points)
    assert not cases.indicator.startswith("Trong quý")  # a time frame is no part of a label


def test_people_poisoned_and_outbreaks_are_two_series(health):
    t = health.trend("ngộ độc thực phẩm", [Q1, H1, M9, Y])
    assert series_of(t, "người") == [(Q1, 18), (H1, 74), (M9, 89), (Y, 102)]
    assert series_of(t, "vụ") == [(Q1, 1), (H1, 3), (M9, 4), (Y, 5)]


def test_shares_written_before_their_thing_pair_by_that_thing(health):
    c = health.compare(Q1, M9)
    pairs = {(r.a.value, r.b.value) for r in c.rows}
    assert (78.5, 84.2) in pairs  # '78,5% dân số đã có hồ sơ sức khỏe điện tử' ↔ 'Tỷ lệ dân số có hồ sơ …'
    # '100% bệnh viện … triển khai thanh toán …' is not '100% bệnh viện … sử dụng đơn thuốc …'
    assert (100.0, 100.0) not in pairs
    assert (9870, 30520) in pairs  # 'Các bệnh viện thực hiện 9.870 ca phẫu thuật' ↔ 'Thực hiện 30.520 ca phẫu thuật'
