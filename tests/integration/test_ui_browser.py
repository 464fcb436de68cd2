"""The Gradio page in a real browser (Debian's Chromium driven by Playwright)."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.helpers import write_docx

TIMEOUT = 60_000
SHOTS = __import__('pathlib').Path('/tmp/me/shots')  # screenshots when this folder exists (by hand)


def ask(page, question: str):
    page.fill("#question textarea", question)
    page.keyboard.press("Enter")


def last_answer(page):
    return page.locator("#chatbot .message-row.bot-row, #chatbot [data-testid='bot']").last


def open_page(browser, url):
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    page.goto(url)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    return page


def test_ask_cite_and_open_the_source(browser, server):
    page = open_page(browser, server)
    expect(page.locator("#citations")).to_contain_text("Các câu trả lời có trích dẫn")
    ask(page, "Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    expect(page.locator("#chatbot")).to_contain_text("thi hành kỷ luật 106 đảng viên", timeout=TIMEOUT)
    card = page.locator("#citations #cite-1")
    expect(card).to_contain_text("mục I.3. Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng")
    expect(card).not_to_have_attribute("open", "")
    page.locator("#chatbot a.cite-link").first.click()
    expect(card).to_have_attribute("open", "")
    mark = card.locator("mark.cite-mark")
    expect(mark).to_be_visible()
    expect(mark).to_contain_text("thi hành kỷ luật 106 đảng viên")
    # the whole section is there around the quote
    expect(card.locator(".cite-section")).to_contain_text("Ủy ban kiểm tra các cấp đã kiểm tra 18 đảng viên")
    page.close()


def upload(page, paths):
    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    page.set_input_files("#upload input[type=file]", [str(p) for p in paths])
    page.click("#upload-btn")


def test_upload_ask_and_delete_a_docx_report(browser, server, tmp_path):
    docx = write_docx(tmp_path / "bao-cao-quy-1-nam-2023.docx", [
        "BÁO CÁO", "kết quả công tác quý I năm 2023", "I. KẾT QUẢ", "1. Công tác phát triển đảng viên",
        "Trong quý, toàn tỉnh kết nạp được 347 đảng viên mới, trong đó có 29 đảng viên là đoàn viên thanh niên."])
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    page = open_page(browser, server)
    upload(page, [docx, broken])
    log = page.locator("#upload-log textarea")
    expect(log).to_have_value(re.compile("bao-cao-quy-1-nam-2023.docx — đã thêm"), timeout=TIMEOUT)
    expect(log).to_have_value(re.compile("hong.pdf — không đọc được: tệp PDF bị hỏng"))
    table = page.locator("#reports-table")
    expect(table).to_contain_text("bao-cao-quy-1-nam-2023")
    expect(table).to_contain_text("quý I năm 2023")

    page.get_by_role("tab", name="Hỏi đáp").click()
    ask(page, "Quý I năm 2023 toàn tỉnh kết nạp được bao nhiêu đảng viên mới?")
    expect(page.locator("#chatbot")).to_contain_text("347 đảng viên", timeout=TIMEOUT)
    expect(page.locator("#citations #cite-1")).to_contain_text("quý I năm 2023")

    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    page.locator("#delete-choice input").click()
    page.get_by_role("option", name=re.compile("quý I năm 2023")).click()
    # 'Xóa báo cáo' asks first, in the page, naming the report; 'Hủy' keeps it
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.click("#delete-btn")
    question = page.locator("#delete-confirm-text")
    expect(question).to_contain_text("Xóa báo cáo “quý I năm 2023", timeout=TIMEOUT)
    expect(question).to_contain_text("bao-cao-quy-1-nam-2023")
    page.click("#delete-cancel")
    expect(log).to_have_value("Đã hủy, không xóa báo cáo nào.", timeout=TIMEOUT)
    expect(page.locator("#delete-confirm")).to_be_hidden()
    page.reload()  # nothing was removed on the server either
    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    expect(table).to_contain_text("bao-cao-quy-1-nam-2023", timeout=TIMEOUT)
    page.locator("#delete-choice input").click()
    page.get_by_role("option", name=re.compile("quý I năm 2023")).click()
    page.click("#delete-btn")
    page.click("#delete-confirm")
    expect(log).to_have_value("Đã xóa báo cáo bao-cao-quy-1-nam-2023.", timeout=TIMEOUT)
    expect(table).not_to_contain_text("bao-cao-quy-1-nam-2023")
    expect(page.locator("#delete-confirm")).to_be_hidden()
    assert dialogs == []  # no browser confirm() on the way
    page.close()


def test_a_report_with_script_shows_text_and_runs_nothing(browser, server, tmp_path):
    evil = tmp_path / "bao-cao-doc-hai.md"
    evil.write_text("BÁO CÁO\n\nkết quả công tác tháng 5 năm 2024\n\nI. KẾT QUẢ\n\n1. Công tác an ninh mạng\n\n"
                    "Phát hiện 73 mã độc <script>alert(1)</script> và <img src=x onerror=alert(2)> "
                    "cùng [bấm vào đây](javascript:alert(3)) và ![ảnh](http://10.0.0.1/x.png) trong tháng.",
                    encoding="utf-8")
    page = open_page(browser, server)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    upload(page, [evil])
    expect(page.locator("#upload-log textarea")).to_have_value(re.compile("đã thêm"), timeout=TIMEOUT)
    page.get_by_role("tab", name="Hỏi đáp").click()
    ask(page, "Phát hiện bao nhiêu mã độc trong công tác an ninh mạng?")
    expect(page.locator("#chatbot")).to_contain_text("73 mã độc", timeout=TIMEOUT)
    card = page.locator("#citations #cite-1")
    expect(card).to_contain_text("<script>alert(1)</script>")
    expect(card).to_contain_text("[bấm vào đây](javascript:alert(3))")
    expect(card).to_contain_text("tháng 5 năm 2024")
    page.locator("#chatbot a.cite-link").first.click()
    page.wait_for_timeout(500)
    assert dialogs == []
    for where in ("#citations", "#chatbot"):
        assert page.locator(f"{where} script").count() == 0 and page.locator(f"{where} img").count() == 0
        assert page.locator(f"{where} a[href^='javascript']").count() == 0
    page.close()


def test_two_sessions_keep_separate_conversations(browser, server):
    a = browser.new_context().new_page()
    b = browser.new_context().new_page()
    for page in (a, b):
        page.goto(server)
        page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    ask(a, "Trong 6 tháng đầu năm 2021 có bao nhiêu đảng viên bị cảnh cáo?")
    ask(b, "Năm 2021 có bao nhiêu đảng viên bị khai trừ?")
    expect(a.locator("#chatbot")).to_contain_text("cảnh cáo 08 đảng viên", timeout=TIMEOUT)
    expect(b.locator("#chatbot")).to_contain_text("khai trừ 07 đảng viên", timeout=TIMEOUT)
    # each follow-up is read against its own session's history
    ask(a, "Còn cách chức thì sao?")
    ask(b, "Còn cảnh cáo thì sao?")
    expect(a.locator("#chatbot")).to_contain_text("cách chức 01 đảng viên", timeout=TIMEOUT)
    expect(b.locator("#chatbot")).to_contain_text("cảnh cáo 31 đảng viên", timeout=TIMEOUT)
    expect(a.locator("#chatbot")).not_to_contain_text("khai trừ 07")
    expect(b.locator("#chatbot")).not_to_contain_text("cảnh cáo 08")
    a.context.close()
    b.context.close()


def test_a_trend_as_table_chart_and_excel(browser, server):
    page = open_page(browser, server)
    page.click("#trend-box button, #trend-box .label-wrap")
    page.fill("#trend-topic textarea", "kỷ luật đảng viên")
    page.click("#trend-btn")
    table = page.locator("#chatbot table.trend").last
    expect(table).to_contain_text("Cấp ủy các cấp thi hành kỷ luật đảng viên", timeout=TIMEOUT)
    # columns in the order of the periods' end: 6 tháng đầu năm 2021, năm 2021, 6 tháng đầu năm 2022
    heads = table.locator("thead th").all_inner_texts()
    assert heads[1:4] == ["6 tháng đầu năm 2021", "năm 2021", "6 tháng đầu năm 2022"], heads
    row = table.locator("tr", has_text="Cấp ủy các cấp thi hành kỷ luật đảng viên").first
    expect(row).to_contain_text("106 đảng viên")
    expect(row).to_contain_text("214 đảng viên")
    # each value opens its cited source
    row.locator("a.cite-link").nth(1).click()
    expect(page.locator("#citations details[open] mark.cite-mark")).to_contain_text("214 đảng viên")
    chart = page.locator("#trend-plot svg.marks, #trend-plot canvas.marks").first  # Vega's drawing, not an icon
    expect(chart).to_be_visible(timeout=TIMEOUT)
    # a point picked on the chart (Gradio's plot selects by dragging) opens the sources of its period:
    # the leftmost period is 6 tháng đầu năm 2021, whose figure is 106, not the year's 214
    page.wait_for_timeout(1500)  # the chart binds its selection once drawn
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.2, y)  # inside the plot area, right of the y axis
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.4, y, steps=8)
    page.mouse.up()
    marks = page.locator("#citations mark.cite-mark")
    expect(marks.filter(has_text="214 đảng viên")).to_have_count(0, timeout=TIMEOUT)
    expect(marks.filter(has_text="106 đảng viên").first).to_be_attached()
    expect(page.locator("#trend-file a").first).to_have_attribute("href", re.compile(r"dien-bien\.xlsx$"))
    page.screenshot(path=str(SHOTS / "trend.png"), full_page=True) if SHOTS.exists() else None
    page.close()


def test_word_export_an_empty_filter_and_a_clean_start(browser, server):
    page = open_page(browser, server)
    ask(page, "Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    expect(page.locator("#chatbot")).to_contain_text("106 đảng viên", timeout=TIMEOUT)
    # the answer as a Word file, with its quote and its source
    word = page.locator("#export-word")
    expect(word).to_be_visible(timeout=TIMEOUT)
    with page.expect_download() as got:
        word.click()
    path = got.value.path()
    import docx

    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "106 đảng viên" in text and "I.3" in text
    # every report unchecked searches none, and says so
    for box in page.locator("#report-filter input[type=checkbox]").all():
        box.uncheck()
    ask(page, "Có bao nhiêu đảng viên bị khai trừ?")
    expect(last_answer(page)).to_contain_text("Chưa chọn báo cáo nào", timeout=TIMEOUT)
    # 'Cuộc hội thoại mới' empties the chat, the sources and the export
    page.click("#new-chat")
    expect(page.locator("#chatbot")).not_to_contain_text("106 đảng viên", timeout=TIMEOUT)
    expect(page.locator("#citations")).to_contain_text("Các câu trả lời có trích dẫn")
    expect(word).to_be_hidden()
    page.close()


def test_a_conversation_survives_a_reload_and_can_be_deleted(browser, server):
    page = browser.new_context().new_page()
    page.set_viewport_size({"width": 1400, "height": 950})
    page.goto(server)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    ask(page, "Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    expect(page.locator("#chatbot")).to_contain_text("106 đảng viên", timeout=TIMEOUT)
    page.wait_for_timeout(1500)  # saved once the answer settles
    page.reload()
    page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    expect(page.locator("#chatbot")).not_to_contain_text("106 đảng viên")
    page.click("#history-box button, #history-box .label-wrap")
    page.click("#history-list input")
    option = page.get_by_role("option", name=re.compile("Có bao nhiêu đảng viên bị thi hành kỷ luật"))
    expect(option).to_have_count(1, timeout=TIMEOUT)
    option.click()
    page.click("#history-open")
    expect(page.locator("#chatbot")).to_contain_text("106 đảng viên", timeout=TIMEOUT)
    expect(page.locator("#citations #cite-1")).to_contain_text("mục I.3")
    # another browser (another anonymous user) does not see it
    other = browser.new_context().new_page()
    other.goto(server)
    other.wait_for_selector("#question textarea", timeout=TIMEOUT)
    other.click("#history-box button, #history-box .label-wrap")
    other.click("#history-list input")
    expect(other.get_by_role("option", name=re.compile("thi hành kỷ luật"))).to_have_count(0)
    other.close()
    page.click("#history-delete")
    page.click("#history-list input")
    expect(page.get_by_role("option", name=re.compile("thi hành kỷ luật"))).to_have_count(0, timeout=TIMEOUT)
    page.close()


def reader_tab(page):
    return page.get_by_role("tab", name="Đọc báo cáo", exact=True)


def test_a_citation_opens_in_the_reader_at_its_quote(browser, server):
    page = open_page(browser, server)
    ask(page, "Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    expect(page.locator("#chatbot")).to_contain_text("thi hành kỷ luật 106 đảng viên", timeout=TIMEOUT)
    page.locator("#citations #cite-1 button.cite-open").click()
    expect(reader_tab(page)).to_have_attribute("aria-selected", "true", timeout=TIMEOUT)
    mark = page.locator("#reader-text mark.cite-mark").first
    expect(mark).to_contain_text("thi hành kỷ luật 106 đảng viên", timeout=TIMEOUT)
    expect(mark).to_be_in_viewport()
    expect(page.locator("#reader-report input")).to_have_value(re.compile("6 tháng đầu năm 2021"))
    # the whole report is there, its outline beside it
    expect(page.locator("#reader-text")).to_contain_text("Hoạt động của Đoàn Thanh niên cộng sản Hồ Chí Minh")
    expect(page.locator("#reader-outline a.rd-link", has_text="I.3. Công tác kiểm tra")).to_be_visible()
    page.screenshot(path=str(SHOTS / "reader.png")) if SHOTS.exists() else None
    # the reader scrolled away, the same card opened again: back at the quote
    page.locator("#reader-text .rd-text").evaluate("box => { box.scrollTop = 0; }")
    expect(mark).not_to_be_in_viewport()
    page.get_by_role("tab", name="Hỏi đáp").click()
    page.locator("#citations #cite-1 button.cite-open").click()
    expect(page.locator("#reader-text mark.cite-mark").first).to_be_in_viewport(timeout=TIMEOUT)
    # a report removed since: the card still opens the reader, which says so
    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    page.locator("#delete-choice input").click()
    page.get_by_role("option", name=re.compile("6 tháng đầu năm 2021")).click()
    page.click("#delete-btn")
    page.click("#delete-confirm")  # asked in the page first
    expect(page.locator("#upload-log textarea")).to_have_value(re.compile("Đã xóa báo cáo"), timeout=TIMEOUT)
    page.get_by_role("tab", name="Hỏi đáp").click()
    page.locator("#citations #cite-1 button.cite-open").click()
    expect(page.locator("#reader-text")).to_contain_text("Báo cáo này đã bị xóa", timeout=TIMEOUT)
    expect(page.locator("#reader-text mark.cite-mark")).to_have_count(0)
    page.close()


def test_a_report_opened_from_the_reports_tab_and_its_outline(browser, server):
    page = open_page(browser, server)
    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    page.locator("#delete-choice input").click()
    page.get_by_role("option", name=re.compile("6 tháng đầu năm 2022")).click()
    page.click("#read-btn")
    expect(reader_tab(page)).to_have_attribute("aria-selected", "true", timeout=TIMEOUT)
    box = page.locator("#reader-text .rd-text")
    expect(box).to_contain_text("6 tháng đầu năm 2022", timeout=TIMEOUT)
    entry = page.locator("#reader-outline a.rd-link", has_text="ĐÁNH GIÁ CHUNG").first
    target = page.locator(f"#{entry.get_attribute('data-target')}")
    expect(target).not_to_be_in_viewport()
    before = page.evaluate("window.scrollY")
    entry.click()
    expect(target).to_be_in_viewport()
    # the column scrolled, not the page: the heading is at the column's top, the outline still in view
    page.wait_for_timeout(300)
    top, heading = box.bounding_box()["y"], target.bounding_box()["y"]
    assert 0 <= heading - top < 60, (top, heading)
    expect(entry).to_be_in_viewport()
    assert page.evaluate("window.scrollY") - before < 50
    # a narrow screen: the outline above the text, folded; never a sideways scroll
    page.set_viewport_size({"width": 420, "height": 850})
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.scrollWidth") <= 420
    outline, text = page.locator("#reader-outline").bounding_box(), page.locator("#reader-text").bounding_box()
    assert outline["y"] + outline["height"] <= text["y"] + 1
    expect(page.locator("#reader-outline details.rd-toc")).not_to_have_attribute("open", "")

SIDEWAYS = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
# the line boxes of each element's text: a figure or a date on one line has one
LINES = """els => els.map(el => { const r = document.createRange(); r.selectNodeContents(el);
    return [el.textContent, new Set([...r.getClientRects()].map(b => Math.round(b.top))).size]; })"""


def no_sideways_scroll(page, where: str) -> None:
    page.wait_for_timeout(300)  # a layout pass after the last change
    width, client = page.evaluate(SIDEWAYS)
    assert width <= client, (where, width, client)


def test_a_phone_reads_the_page_without_scrolling_sideways(browser, server):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    no_sideways_scroll(page, "start")
    ask(page, "So sánh hai báo cáo")
    table = page.locator("#chatbot table.cmp.pair").last
    expect(table).to_contain_text("Cấp ủy các cấp kiểm tra đảng viên", timeout=TIMEOUT)
    no_sideways_scroll(page, "comparison")
    # each row a card: the indicator, then each report's value under its name, then the change, stacked
    card = table.locator("tbody tr").first
    assert card.evaluate("el => getComputedStyle(el).display") == "block"
    assert table.locator("thead").evaluate("el => getComputedStyle(el).display") == "none"
    cells = [c.bounding_box() for c in card.locator("td").all()[:4]]
    assert all(b["y"] + b["height"] <= c["y"] + 1 for b, c in zip(cells, cells[1:])), cells
    assert abs(cells[0]["x"] - cells[3]["x"]) < 2 and max(c["x"] + c["width"] for c in cells) <= 390
    expect(card.locator("td").nth(1)).to_contain_text("Báo cáo 6 tháng đầu năm 2021: 265 đảng viên")
    expect(card.locator("td").nth(3)).to_contain_text("Thay đổi: −34 đảng viên")
    # a figure never breaks inside ("292 tổ / chức đảng")
    for text, lines in page.evaluate(LINES, table.locator(".num").element_handles()):
        assert lines == 1, text
    page.click("#trend-box button, #trend-box .label-wrap")
    page.fill("#trend-topic textarea", "kỷ luật đảng viên")
    page.click("#trend-btn")
    expect(page.locator("#chatbot table.trend").last).to_contain_text("106 đảng viên", timeout=TIMEOUT)
    expect(page.locator("#trend-plot svg.marks, #trend-plot canvas.marks").first).to_be_visible(timeout=TIMEOUT)
    no_sideways_scroll(page, "trend")

    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    reports = page.locator("#reports-table")
    expect(reports).to_contain_text("6 tháng đầu năm 2022", timeout=TIMEOUT)
    for width in (390, 360):
        page.set_viewport_size({"width": width, "height": 844})
        no_sideways_scroll(page, f"reports tab at {width}")
        # title, period and date shown, headers written across; the minor columns make room for them
        heads = {h.inner_text().strip(): h.bounding_box() for h in reports.locator("th").all() if h.is_visible()}
        assert list(heads) == ["Tiêu đề", "Kỳ báo cáo", "Ngày thêm"], heads
        assert all(box["width"] >= 70 for box in heads.values()), heads
        for th in reports.locator("th").all():
            if th.is_visible():  # each heading whole inside its cell, not cut at its edge
                head, cell = th.locator("span.header").bounding_box(), th.bounding_box()
                assert head["x"] + head["width"] <= cell["x"] + cell["width"], th.inner_text()
        rows = [r.bounding_box() for r in reports.locator(".virtual-row").all()]
        assert len(rows) == 3  # each report a row, none hidden behind another
        assert all(a["y"] + a["height"] <= b["y"] + 1 for a, b in zip(rows, rows[1:])), rows
        dates = reports.locator("[data-col='5'] span").element_handles()
        date_only = """els => els.map(el => { const r = document.createRange();
            const t = [...el.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
            const at = t.textContent.search(/\\d/); r.setStart(t, at); r.setEnd(t, at + 10);
            return [r.toString(), new Set([...r.getClientRects()].map(b => Math.round(b.top))).size]; })"""
        for date, lines in page.evaluate(date_only, dates):
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", date) and lines == 1, (date, lines)  # never "03/12/2 026"
        for text, lines in page.evaluate(LINES, reports.locator("th span.header").element_handles()):
            assert lines <= 1, text  # "Kỳ báo cáo" on one line (a hidden column has none)
        page.get_by_role("tab", name="Hỏi đáp").click()
        no_sideways_scroll(page, f"chat tab at {width}")
        page.get_by_role("tab", name="Báo cáo", exact=True).click()
    page.screenshot(path=str(SHOTS / "phone.png"), full_page=True) if SHOTS.exists() else None
    page.close()


def test_the_keyboard_shows_where_it_is(browser, server):
    page = open_page(browser, server)
    expect(page.locator("#question textarea")).to_be_focused()
    for _ in range(40):  # Tab until a report filter box has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('#report-filter input[type=checkbox]')"):
            break
    else:
        raise AssertionError("no report checkbox reached with Tab")
    ring = page.evaluate("(({outlineStyle, outlineWidth, outlineColor}) => [outlineStyle, outlineWidth, outlineColor])"
                         "(getComputedStyle(document.activeElement))")
    assert ring[0] not in ("none", "hidden") and float(ring[1].rstrip("px")) >= 2, ring
    # the upload area is a button: Enter and Space open the file picker
    # the upload area is Gradio's own focusable button (Enter/Space open the picker): not asserted here, as
    # headless Chromium opened the picker on a key press only about one run in two
    page.close()
