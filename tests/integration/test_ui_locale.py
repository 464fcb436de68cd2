"""Every word Gradio itself puts on the page is Vietnamese, for a browser that asks for English
(Debian's Chromium driven by Playwright, the context's locale set to en-US)."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.gradio_frontend import english_dictionary, english_flat
from ui.locale import HARD_CODED, VI

TIMEOUT = 60_000
# What screen readers would say on Gradio's buttons if a label escaped translation
BUTTON_WORDS = ["Clear", "Copy", "Upload", "Download", "Share", "Retry", "Undo", "Like", "Dislike", "Edit",
                "Remove", "Submit", "Close", "Settings", "Fullscreen"]
LABELS = """() => [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap(el =>
    ['aria-label', 'title', 'alt'].filter(a => el.hasAttribute(a))
        .map(a => ({tag: el.tagName, attr: a, text: el.getAttribute(a)})))"""


def english_patterns() -> list[tuple[str, re.Pattern]]:
    """Gradio's English strings (its dictionary, and those it writes outside it) that read differently
    in Vietnamese, each as a whole-word pattern; "{n}" placeholders match anything."""
    texts = {text for key, text in english_flat().items() if key != "_name" and VI.get(key) != text}
    texts |= {en for en, vi in HARD_CODED.items() if en != vi}
    out = []
    for text in sorted(texts):
        body = r".*?".join(re.escape(part) for part in re.split(r"\{\w+\}", text))
        out.append((text, re.compile(rf"(?<![\w.]){body}(?!\w)")))
    return out


def english_in(text: str, patterns) -> list[str]:
    return [english for english, pattern in patterns if pattern.search(text)]


RAW_KEY = re.compile(r"\b(?:%s)\.[a-z_0-9]+\b" % "|".join(map(re.escape, english_dictionary())))


def open_english_page(browser, url):
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    assert page.evaluate("navigator.language") == "en-US"
    page.goto(url)
    page.wait_for_selector("#question textarea", timeout=TIMEOUT)
    expect(page.locator("html")).to_have_attribute("lang", "vi", timeout=TIMEOUT)
    return page


def check_tab(page, tab: str, patterns) -> None:
    page.get_by_role("tab", name=tab, exact=True).click()
    page.wait_for_timeout(300)
    text = page.evaluate("document.body.innerText")
    assert not english_in(text, patterns), (tab, english_in(text, patterns))
    for label in page.evaluate(LABELS):
        assert not RAW_KEY.search(label["text"]), (tab, label)
        assert not english_in(label["text"], patterns), (tab, label)
        if label["tag"] == "BUTTON":
            words = re.findall(r"[A-Za-z]+", label["text"])
            assert not set(words) & set(BUTTON_WORDS), (tab, label)


def test_an_english_browser_gets_a_vietnamese_page(browser, server, tmp_path):
    patterns = english_patterns()
    assert len(patterns) > 150  # the list is Gradio's, read from its frontend
    page = open_english_page(browser, server)
    # an answer brings the chat's own buttons (copy, clear); open panels bring their components
    page.fill("#question textarea", "Có bao nhiêu đảng viên bị thi hành kỷ luật?")
    page.keyboard.press("Enter")
    expect(page.locator("#citations #cite-1")).to_be_visible(timeout=TIMEOUT)
    for box in ("#summary-box", "#compare-box", "#trend-box"):
        page.click(f"{box} button, {box} .label-wrap")
    check_tab(page, "Hỏi đáp", patterns)

    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    upload = page.locator("#upload")
    expect(upload).to_contain_text("Thả tệp vào đây")
    expect(upload).to_contain_text("Bấm để chọn tệp")
    expect(upload).not_to_contain_text("Drop File Here")
    expect(upload).not_to_contain_text("Click to Upload")
    check_tab(page, "Báo cáo", patterns)
    # a chosen file brings the file list and its buttons
    report = tmp_path / "bao-cao-thu.md"
    report.write_text("BÁO CÁO\n\nthử\n", encoding="utf-8")
    page.set_input_files("#upload input[type=file]", [str(report)])
    expect(upload).to_contain_text("bao-cao-thu.md")
    check_tab(page, "Báo cáo", patterns)
    # the reader, opened on a report
    page.get_by_role("tab", name="Đọc báo cáo", exact=True).click()
    page.locator("#reader-report input").click()
    page.get_by_role("option", name=re.compile("6 tháng đầu năm 2021")).click()
    expect(page.locator("#reader-outline a.rd-link").first).to_be_visible(timeout=TIMEOUT)
    check_tab(page, "Đọc báo cáo", patterns)
    page.context.close()


def test_gradios_pop_ups_are_vietnamese(browser, server, tmp_path):
    page = open_english_page(browser, server)
    # a warning from the app: Gradio titles the toast itself
    page.click("#summary-box button, #summary-box .label-wrap")
    page.click("#sum-btn")
    toast = page.locator("[data-testid='toast-body']").last
    expect(toast).to_contain_text("Hãy chọn báo cáo và mục cần tóm tắt.")
    expect(toast).to_contain_text("Cảnh báo")
    expect(toast).not_to_contain_text("Warning")
    expect(toast.locator("[data-testid='toast-close']")).to_have_attribute("aria-label", "Đóng")
    # a refused file type: the message is Gradio's, written in its upload area
    bad = tmp_path / "chuong-trinh.exe"
    bad.write_bytes(b"MZ")
    page.get_by_role("tab", name="Báo cáo", exact=True).click()
    page.set_input_files("#upload input[type=file]", [str(bad)])
    toast = page.locator("[data-testid='toast-body']", has_text="chuong-trinh.exe")
    expect(toast).to_contain_text("Loại tệp không hợp lệ: chuong-trinh.exe. Chỉ nhận các tệp .md, .txt, .docx, .pdf.")
    expect(toast).to_contain_text("Lỗi")
    expect(toast).not_to_contain_text("Invalid file type")
    expect(toast).not_to_contain_text("Error")
    page.context.close()


def test_the_login_page_is_vietnamese(browser, store_copy):
    import subprocess

    from tests.integration.conftest import start_server

    proc, url = start_server(store_copy, "--auth", "an:mat-khau-dai")
    try:
        context = browser.new_context(locale="en-US", viewport={"width": 390, "height": 844})
        page = context.new_page()
        page.goto(url)
        button = page.get_by_role("button", name="Đăng nhập")
        expect(button).to_be_visible(timeout=TIMEOUT)
        expect(page.locator("html")).to_have_attribute("lang", "vi", timeout=TIMEOUT)
        text = page.evaluate("document.body.innerText")
        assert "tên đăng nhập" in text and "mật khẩu" in text, text
        assert not re.search(r"\b(?:log ?in|username|password|sign in)\b", text, re.I), text
        for label in page.evaluate(LABELS):
            assert not re.search(r"\b(?:log ?in|username|password)\b", label["text"], re.I), label
        assert page.title() == "Đăng nhập — Trợ lý báo cáo"
        fields = page.locator("input")
        fields.nth(0).fill("an")
        fields.nth(1).fill("sai")
        button.click()
        expect(page.locator("body")).to_contain_text("Sai tên đăng nhập hoặc mật khẩu", timeout=TIMEOUT)
        fields.nth(0).fill("an")  # Gradio empties the form after a refusal
        fields.nth(1).fill("mat-khau-dai")
        button.click()
        page.wait_for_selector("#question textarea", timeout=TIMEOUT)  # and the page itself opens
        expect(page.locator("html")).to_have_attribute("lang", "vi", timeout=TIMEOUT)
        context.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
