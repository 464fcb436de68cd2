"""The page renders the service's typed results, whatever the wording of prompts/messages.toml:
the tests below run against a copy of the prompts whose headings and connecting words changed."""
from __future__ import annotations

import json
import re
import shutil
import tomllib

import pytest

from assistant import Comparison, Summary
from assistant.messages import PROMPTS_DIR, use_prompts
from ui.render import QUOTES_HINT, bubble, citations_html, compare_html, copy_holder, cut_label, plain_text

H1, YEAR = "bao-cao-6-thang-dau-nam-2021", "bao-cao-nam-2021"
REWORDED = {
    "quotes_heading": "Các đoạn nguyên văn làm căn cứ →",
    "compare_intro": "Đối chiếu {a} và {b}{topic}:",
    "compare_contrast": "Mỗi báo cáo nói gì về “{topic}” →",
    "summary_intro": "→ {section} ({section_title}), {report}:",
    "compare_sections_only": "- Mục chỉ có trong {report} →",
    "figure_lead": "Theo {report} (mục {section}):\n\n{statements}.",
}


@pytest.fixture()
def reworded(tmp_path):
    """A copy of the prompts with other words; the packaged prompts come back afterwards."""
    copy = tmp_path / "prompts"
    shutil.copytree(PROMPTS_DIR, copy)
    text = (copy / "messages.toml").read_text(encoding="utf-8")
    for key, value in REWORDED.items():
        line = f"{key} = {json.dumps(value, ensure_ascii=False)}"  # a JSON string is a TOML basic string
        text = re.sub(rf"(?m)^{key} = .*$", lambda _: line, text)
    (copy / "messages.toml").write_text(text, encoding="utf-8")
    assert {k: tomllib.loads(text)[k] for k in REWORDED} == REWORDED
    use_prompts(copy)
    yield
    use_prompts(None)


def _visible(html: str) -> str:
    return re.sub(r"<[^>]+>|\\", "", html)


def test_the_quotes_stay_out_of_the_bubble_with_another_heading(reworded, fake_assistant):
    ans = fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1])
    assert REWORDED["quotes_heading"] in ans.answer  # the new wording is used ...
    shown = _visible(bubble(ans))
    assert "106 đảng viên" in shown  # ... and the page still shows the lead only
    assert QUOTES_HINT not in shown and citations_html(ans, {}).count(QUOTES_HINT) == 1  # the hint: in the panel
    assert "Các đoạn nguyên văn" not in shown
    assert all(q.text not in shown for q in ans.quotes)
    assert shown.count("[1]") >= 1


def test_the_comparison_table_replaces_its_rows_with_other_words(reworded, fake_assistant):
    c = fake_assistant.ask("So sánh số đảng viên bị kỷ luật giữa báo cáo 6 tháng đầu năm 2021 và báo cáo năm 2021")
    assert isinstance(c, Comparison) and c.rows and c.answer.startswith("Đối chiếu")
    page = bubble(c)
    assert page.count("<tr>") == len(c.rows) + 1  # header + one per row
    shown = _visible(page)
    assert shown.startswith("Đối chiếu") and "Mỗi báo cáo nói gì" in shown
    assert all(f"{r.a.raw} [{r.a.n}] → {r.b.raw}" not in shown for r in c.rows)  # rows only in the table
    for note in c.notes:
        words = _visible(note).strip("- “”")[:30]
        assert not words or words in shown


def test_sections_in_one_report_stay_whatever_they_are_called(reworded, fake_assistant):
    c = fake_assistant.compare(H1, YEAR)
    assert c.rows and c.sections_only_a
    shown = _visible(bubble(c))
    assert "Mục chỉ có trong" in shown and c.sections_only_a[0][:20] in shown


def test_one_figure_per_report_keeps_each_lead_whole(reworded, fake_assistant):
    ans = fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật trong mỗi báo cáo?")
    shown = _visible(bubble(ans))
    assert all(n in shown for n in ("106 đảng viên", "214 đảng viên", "89 đảng viên"))


def test_a_summary_renders_from_its_items(reworded, fake_assistant):
    s = fake_assistant.summarize(H1, "I.3")
    assert isinstance(s, Summary) and s.answer.startswith("→ I.3")
    shown = _visible(bubble(s))
    assert all(f"[{i.n}]" in shown for i in s.items)


def test_report_text_is_escaped(fake_assistant):
    ans = fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1])
    evil = ans.model_copy(update={"lead": ["<script>alert(1)</script> **x** [1]"]})
    html = bubble(evil)
    assert "<script>" not in html and "&lt;script&gt;" in html and 'class="cite-link">[1]</a>' in html


def test_an_empty_comparison_draws_no_table():
    assert compare_html(Comparison(answer="x", found=False)) == ""


# --- the sources panel shows the sources the answer uses; the copy buttons get plain text -----------

CONTEXT_QUESTION = "Cấp ủy các cấp đã kiểm tra bao nhiêu tổ chức đảng trong 6 tháng đầu năm 2021?"


def _cards(panel: str) -> list[int]:
    return [int(n) for n in re.findall(r'id="cite-(\d+)"', panel)]


def _reports(assistant, result) -> dict:
    return {c.report: assistant.report(c.report) for c in result.citations}


def test_the_panel_leaves_out_sources_the_answer_does_not_mark(fake_assistant):
    ans = fake_assistant.ask(CONTEXT_QUESTION)
    marked = {int(n) for n in re.findall(r"\[(\d+)\]", "\n".join(ans.lead))}
    unused = {c.n for c in ans.citations} - marked
    assert marked and unused  # retrieved as context, quoted in the JSON answer, never marked in the lead
    panel = citations_html(ans, _reports(fake_assistant, ans))
    assert set(_cards(panel)) == marked
    assert len(ans.citations) > len(_cards(panel))  # the typed answer itself keeps them all (exports, JSON)


@pytest.mark.parametrize("make", [
    lambda a: a.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?"),
    lambda a: a.compare(H1, YEAR),
    lambda a: a.trend("kỷ luật đảng viên"),
    lambda a: a.summarize(H1, "I.3"),
], ids=["answer", "comparison", "trend", "summary"])
def test_an_answer_that_uses_every_source_keeps_them_all(fake_assistant, make):
    result = make(fake_assistant)
    assert result.citations
    panel = citations_html(result, _reports(fake_assistant, result))
    assert _cards(panel) == [c.n for c in result.citations]
    assert panel.count(QUOTES_HINT) == 1


def test_the_hint_is_in_no_bubble(fake_assistant):
    for result in (fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?"), fake_assistant.summarize(H1, "I.3"),
                   fake_assistant.compare(H1, YEAR)):
        assert QUOTES_HINT not in _visible(bubble(result))


def test_the_plain_text_has_no_markup_and_ends_with_the_sources_it_uses(fake_assistant):
    ans = fake_assistant.ask(CONTEXT_QUESTION)
    text = plain_text(ans)
    assert "\\" not in text and "<" not in text and "&lt;" not in text and "&quot;" not in text
    lead, sources = text.split("\n\nNguồn:\n")
    assert lead == "\n".join(ans.lead)
    first = ans.citations[0]
    assert "[1]" in lead and sources.splitlines() == [
        f"[1] {first.report_title} ({first.period}), mục {first.section}. {first.section_title}: “{first.quote}”"]


def test_the_copy_text_rides_in_the_bubble_escaped(fake_assistant):
    """The hidden holder's title gives back the plain text, newlines and all; report text in it stays text."""
    from html.parser import HTMLParser

    ans = fake_assistant.ask("Có bao nhiêu đảng viên bị thi hành kỷ luật?", [H1])
    evil = ans.model_copy(update={"lead": ['<script>alert("1")</script> & “x” [1]', "dòng 2"]})

    class Titles(HTMLParser):
        found: list[str] = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if "copy-text" in (attrs.get("class") or ""):
                self.found.append(attrs["title"])

    parser = Titles()
    parser.feed(bubble(evil))
    assert parser.found == [plain_text(evil)]
    assert plain_text(evil).startswith('<script>alert("1")</script> & “x” [1]\ndòng 2\n\nNguồn:\n[1] ')
    holder = copy_holder(evil)
    assert "<script>" not in holder and "\n" not in holder and 'alert("1")' not in holder


def test_the_line_under_a_button_is_escaped_and_says_when_it_failed():
    from ui.render import result_status

    line = result_status("Đã tóm tắt mục <b>I.3</b>")
    assert "&lt;b&gt;I.3&lt;/b&gt;" in line and "✔" in line and 'class="goto-chat"' in line
    assert "failed" in result_status("Không tóm tắt được mục X", ok=False) and "✔" not in result_status("x", ok=False)

TITLE = ("BÁO CÁO kết quả công tác xây dựng Đảng, hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - "
         "xã hội 6 tháng đầu năm 2021")


@pytest.mark.parametrize("limit", range(20, len(TITLE)))
def test_a_long_label_is_cut_between_words_with_an_ellipsis(limit):
    label = cut_label(TITLE, limit)
    assert len(label) <= limit and label.endswith("…")
    kept = label[:-1]
    assert TITLE.startswith(kept)
    assert TITLE[len(kept)] in " ,"  # the cut falls between words, never inside one
    assert not kept.endswith((" ", ",", "-"))  # no dangling space or punctuation before the "…"


def test_a_short_label_stays_whole_on_one_line():
    assert cut_label("Công tác  kiểm tra,\ngiám sát", 60) == "Công tác kiểm tra, giám sát"
    assert cut_label(TITLE, len(TITLE)) == TITLE
    assert cut_label("", 10) == ""


def test_a_label_that_ends_on_a_word_keeps_that_word():
    # the limit falls just after "Đảng,": the word stays, the comma goes
    text = "xây dựng Đảng, hoạt động"
    assert cut_label(text, len("xây dựng Đảng,") + 1) == "xây dựng Đảng…"


def test_one_overlong_word_is_cut_inside_rather_than_left_a_stub():
    label = cut_label("mục " + "x" * 80, 30)
    assert label == "mục " + "x" * 25 + "…" and len(label) == 30
