"""The page's finish (#12): copy as plain text, the print view, the upload's progress, where the results
of Tóm tắt / So sánh go and how a new answer is shown. Real served app, Debian's Chromium."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.helpers import write_docx
from tests.integration.test_ui_browser import TIMEOUT, ask, open_page, upload

QUESTION = "Có bao nhiêu đảng viên bị thi hành kỷ luật?"
# the chat's scroll box and its last message, in page coordinates
LAST_ROW = """() => {
  const wrap = document.querySelector('#chatbot .bubble-wrap');
  const rows = wrap.querySelectorAll('.message-row');
  const w = wrap.getBoundingClientRect(), r = rows[rows.length - 1].getBoundingClientRect();
  return {wrapTop: w.top, wrapBottom: w.bottom, top: r.top, height: r.height};
}"""


def settled_answer(page, text: str):
    expect(page.locator("#chatbot")).to_contain_text(text, timeout=TIMEOUT)
    expect(page.locator("#citations #cite-1")).to_be_visible(timeout=TIMEOUT)  # the sources come with the settled answer


def test_copy_gives_plain_text_with_the_quotes_and_sources(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 950},
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(server)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    ask(page, QUESTION)
    settled_answer(page, "106 đảng viên")
    quote = page.locator("#citations #cite-1 .cite-quote").inner_text().strip()
    page.locator("#chatbot .message-buttons").last.get_by_role("button", name=re.compile("Sao chép")).click()
    page.wait_for_function("() => navigator.clipboard.readText().then(t => t.length > 0)", timeout=TIMEOUT)
    text = page.evaluate("navigator.clipboard.readText()")
    assert "\\" not in text and "<a" not in text and "cite-link" not in text, text
    assert "106 đảng viên" in text and "[1]" in text and quote in text
    assert "mục I.3. Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng" in text
    assert text.index("[1] ") > text.index("106 đảng viên")  # the answer, then its sources
    # the whole conversation: question and answer, as plain
    page.evaluate("navigator.clipboard.writeText('')")
    page.locator("#chatbot .top-panel").get_by_role("button", name=re.compile("Sao chép hội thoại")).click()
    page.wait_for_function("() => navigator.clipboard.readText().then(t => t.length > 0)", timeout=TIMEOUT)
    whole = page.evaluate("navigator.clipboard.readText()")
    assert whole.startswith(f"Hỏi: {QUESTION}") and "Trả lời: " in whole and quote in whole
    assert "\\" not in whole and "<a" not in whole
    context.close()


def test_print_shows_the_conversation_and_its_sources_opened(browser, server):
    page = open_page(browser, server)
    ask(page, QUESTION)
    settled_answer(page, "106 đảng viên")
    section = page.locator("#citations #cite-1 .cite-section")
    expect(section).to_be_hidden()  # on screen a source opens when clicked
    expect(page.locator("#print-btn")).to_be_visible()
    page.emulate_media(media="print")
    for control in ("#question", "#send", "#print-btn", "#new-chat", "#export-word", "#history-box", "#report-filter",
                    "#summary-box", "#compare-box", "#trend-box", ".tab-wrapper"):
        expect(page.locator(control).first).to_be_hidden()
    expect(page.locator("#chatbot button").first).to_be_hidden()  # copy, clear
    expect(page.locator("#chatbot").get_by_text(re.compile("thi hành kỷ luật 106 đảng viên")).first).to_be_visible()
    expect(section).to_be_visible()
    expect(section.locator("mark.cite-mark")).to_contain_text("thi hành kỷ luật 106 đảng viên")
    # the whole conversation on paper, not a scroll box's window onto it
    assert page.evaluate("() => { const w = document.querySelector('#chatbot .bubble-wrap');"
                         " return w.scrollHeight <= w.clientHeight + 1; }")
    page.emulate_media(media="screen")
    expect(page.locator("#question")).to_be_visible()
    page.close()


def test_summary_and_comparison_say_where_they_went_and_show_their_top(browser, server):
    page = open_page(browser, server)
    ask(page, QUESTION)  # a first answer, so the comparison lands below it
    settled_answer(page, "106 đảng viên")

    page.click("#compare-box button, #compare-box .label-wrap")
    page.click("#cmp-btn")
    status = page.locator("#cmp-status")
    expect(status).to_contain_text("Đã so sánh", timeout=TIMEOUT)
    expect(status).to_contain_text("xem trong khung hội thoại")
    expect(page.locator("#chatbot table.cmp")).to_have_count(1, timeout=TIMEOUT)
    page.click("#cmp-btn")  # again: the new one starts below a comparison taller than the chat
    expect(page.locator("#chatbot table.cmp")).to_have_count(2, timeout=TIMEOUT)
    # a comparison is taller than the chat: its top in view, not its end
    page.wait_for_function(f"() => {{ const r = ({LAST_ROW})(); return r.top >= r.wrapTop - 1 && r.top < r.wrapBottom - 40; }}",
                           timeout=TIMEOUT)
    box = page.evaluate(LAST_ROW)
    assert box["height"] > box["wrapBottom"] - box["wrapTop"], box
    # scrolled away, the link under the button brings it back
    page.evaluate("() => { document.querySelector('#chatbot .bubble-wrap').scrollTop = 0; }")
    status.locator("a.goto-chat").click()
    page.wait_for_function(f"() => {{ const r = ({LAST_ROW})(); return r.top >= r.wrapTop - 1 && r.top < r.wrapBottom - 40; }}",
                           timeout=TIMEOUT)

    page.click("#summary-box button, #summary-box .label-wrap")
    page.click("#sum-report input")
    page.get_by_role("option", name=re.compile("^6 tháng đầu năm 2021")).click()
    expect(page.locator("#sum-section input")).not_to_have_value("", timeout=TIMEOUT)
    page.click("#sum-section input")
    page.get_by_role("option", name=re.compile(r"^I\.3\. ")).click()
    page.click("#sum-btn")
    expect(page.locator("#sum-status")).to_contain_text("Đã tóm tắt mục I.3 (6 tháng đầu năm 2021)", timeout=TIMEOUT)
    expect(page.locator("#chatbot .message-row").last).to_contain_text("Tóm tắt mục I.3", timeout=TIMEOUT)
    page.click("#new-chat")  # a clean conversation: the lines pointed at the old one
    expect(page.locator("#sum-status")).not_to_contain_text("Đã tóm tắt", timeout=TIMEOUT)
    expect(page.locator("#cmp-status")).not_to_contain_text("Đã so sánh")
    page.close()


def test_upload_progress_names_the_stage_once_and_leaves_the_table_visible(browser, server, tmp_path):
    paragraphs = ["BÁO CÁO", "kết quả công tác năm 2024", "I. KẾT QUẢ"]
    for k in range(1, 31):  # long enough that embedding takes several seconds on two cores
        paragraphs.append(f"{k}. Lĩnh vực số {k}")
        paragraphs += [f"Trong năm, lĩnh vực {k} đạt kết quả thứ {j}: hoàn thành {k * 10 + j} nhiệm vụ, kết nạp "
                       f"{j + k} hội viên mới, tổ chức {k + 2 * j} hội nghị chuyên đề về công tác số {j}." for j in range(1, 6)]
    docx = write_docx(tmp_path / "bao-cao-nam-2024.docx", paragraphs)
    page = open_page(browser, server)
    table = page.locator("#reports-table")
    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    expect(table).to_contain_text("bao-cao-nam-2021", timeout=TIMEOUT)
    trackers = "[data-testid=status-tracker]:not(.hide)"
    page.wait_for_function(f"() => ![...document.querySelectorAll('{trackers}')].some(e => e.offsetParent)",
                           timeout=TIMEOUT)  # the page's own loading is over
    upload(page, [docx])
    samples = []
    log = page.locator("#upload-log textarea")
    while "bao-cao-nam-2024.docx" not in log.input_value():
        samples.append(page.evaluate(f"""() => {{
          const shown = [...document.querySelectorAll('{trackers}')].filter(e => e.offsetParent);
          const t = document.querySelector('#reports-table').getBoundingClientRect();
          return {{where: shown.map(e => (e.closest('[id]') || {{}}).id), text: shown.map(e => e.innerText).join(' '),
                  table: t.height > 100 && t.width > 100}};
        }}"""))
        page.wait_for_timeout(200)
    expect(log).to_have_value(re.compile("bao-cao-nam-2024.docx — đã thêm"), timeout=TIMEOUT)
    assert samples and all(s["table"] for s in samples)
    assert all(s["where"] in ([], ["upload-log"]) for s in samples), [s["where"] for s in samples]
    stages = [s["text"] for s in samples if s["where"]]
    assert any(re.search(r"Nhúng \d+/\d+ đoạn: bao-cao-nam-2024\.docx", t) for t in stages), stages
    expect(table).to_contain_text("bao-cao-nam-2024")
    page.close()
