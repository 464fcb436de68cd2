"""Bad inputs, crash safety, old stores, telemetry defaults and hostile upload names."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from assistant.service import Assistant
from index.figures import answer_figures
from assistant.settings import Settings
from tests.conftest import ROOT, YEAR
from tests.helpers import write_image_only_pdf, write_pdf
from tests.unit.index.test_textnorm import to_cp1258

QUARTER = ("BÁO CÁO\n\nkết quả công tác quý {q} năm 2023\n\nI. KẾT QUẢ\n\n1. Công tác phát triển đảng viên\n\n"
           "Toàn tỉnh kết nạp {n} đảng viên mới trong quý {q}.\n")


def test_bad_inputs_each_get_a_reason_and_lose_nothing(store_copy, tmp_path):
    a = Assistant(Settings(store=store_copy, max_file_mb=0.3))
    before = {r["id"] for r in a.reports()}
    d = tmp_path / "batch"
    d.mkdir()
    (d / "rong.md").write_bytes(b"")
    (d / "khoang-trang.txt").write_text(" \n\t\n   ")
    (d / "rac.md").write_bytes(os.urandom(4000).replace(b"\x00", b"\x01") + b"\x00\x00\x00" * 200)
    (d / "hong.docx").write_bytes(b"PK\x03\x04\x14\x00truncated")
    (d / "hong.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj << /Type /Catalog")
    write_pdf(d / "mat-khau.pdf", ["BÁO CÁO", "Nội dung mật"], password="123")
    write_image_only_pdf(d / "ban-quet.pdf")
    (d / "qua-lon.md").write_text("I. PHẦN\n\n" + "Kết nạp đảng viên. " * 20000, encoding="utf-8")
    (d / "utf16.txt").write_bytes(QUARTER.format(q="I", n=101).encode("utf-16"))
    (d / "windows-1258.txt").write_bytes(to_cp1258(QUARTER.format(q="II", n=202)))
    (d / "nfd.md").write_text(unicodedata.normalize("NFD", QUARTER.format(q="III", n=303)), encoding="utf-8")
    (d / "ban-sao-nam-2021.md").write_bytes(YEAR.read_bytes())  # the same report under another name
    (d / "html.md").write_text("BÁO CÁO\n\nkết quả quý IV năm 2023\n\n<script>alert('x')</script> Kết nạp 404 "
                               "đảng viên <b>mới</b>.", encoding="utf-8")
    (d / "khong-danh-so.txt").write_text("Tình hình chung ổn định.\n\nTrong năm, toàn huyện kết nạp 57 đảng viên.\n\n"
                                         "Công tác dân vận được tăng cường.", encoding="utf-8")
    (d / "mot-dong.txt").write_text("Huyện đã tổ chức 75 hội nghị tuyên truyền. " * 4000, encoding="utf-8")
    (d / "tên lạ 😀 «quý».md").write_text(QUARTER.format(q="V", n=505), encoding="utf-8")
    results, failures = a.index([d], progress=False)
    reasons = {Path(f.path).name: f.reason for f in failures}
    assert reasons.pop("qua-lon.md").startswith("tệp quá lớn")
    assert reasons == {
        "rong.md": "tệp rỗng",
        "khoang-trang.txt": "tệp không có nội dung văn bản (chỉ có khoảng trắng)",
        "rac.md": "tệp chứa dữ liệu nhị phân, không phải văn bản",
        "hong.docx": "tệp .docx bị hỏng hoặc không phải tài liệu Word",
        "hong.pdf": "tệp PDF bị hỏng, không đọc được",
        "mat-khau.pdf": "tệp PDF được mã hóa bằng mật khẩu; hãy gỡ mật khẩu rồi tải lại",
        # a scan is recognised (OCR); this one holds no letters at all
        "ban-quet.pdf": "tệp PDF là bản quét nhưng nhận dạng chữ (OCR) không đọc được chữ nào; hãy kiểm tra bản quét",
    }
    status = {r.report_id: r.status for r in results}
    assert status["ban-sao-nam-2021"] == "duplicate"
    assert {"utf16", "windows-1258", "nfd", "html", "khong-danh-so", "mot-dong", "ten-la-quy"} <= set(status)
    after = {r["id"] for r in a.reports()}
    assert before <= after  # nothing already indexed is lost
    assert "ban-sao-nam-2021" not in after  # no duplicate chunks
    # the text that came in odd encodings is answerable like any other
    for q, n in (("I", "101"), ("II", "202"), ("III", "303")):
        ans = a.ask(f"Quý {q} năm 2023 toàn tỉnh kết nạp bao nhiêu đảng viên mới?")
        assert ans.found and f"{n} đảng viên" in ans.answer, (q, ans.answer)
    assert "57 đảng viên" in a.ask("Toàn huyện kết nạp bao nhiêu đảng viên trong năm?", ["khong-danh-so"]).answer
    assert "75 hội nghị" in a.ask("Huyện đã tổ chức bao nhiêu hội nghị tuyên truyền?", ["mot-dong"]).answer
    html = a.report("html")
    assert "<script>alert('x')</script>" in html.text  # stored as text (the UI escapes it)


def test_questions_of_every_shape(assistant):
    for q in ("", "   ", "?!.,;:", "x" * 10_000, "Quelle est la population de la province ?", "这个省有多少党员？",
              "\u202e\u200b", "' OR 1=1 --", "<script>alert(1)</script>"):
        ans = assistant.ask(q)
        assert ans.answer and not ans.found and not answer_figures(ans.answer), q


def test_upload_names_never_escape(store_copy, tmp_path):
    from ui.app import ingest_upload

    assistant = Assistant(Settings(store=store_copy))
    src = tmp_path / "upload.bin"
    src.write_text(QUARTER.format(q="VI", n=606), encoding="utf-8")
    line = ingest_upload(assistant, src, "../../../../etc/bao-cao-xau.md")
    assert line == "✔ bao-cao-xau.md — đã thêm: 3 mục, 2 đoạn", line  # title, I, I.1
    assert not Path("/etc/bao-cao-xau.md").exists()
    src.write_text(QUARTER.format(q="VII", n=707), encoding="utf-8")
    line = ingest_upload(assistant, src, "..\\..\\Windows\\bao-cao-xau-2.md")
    assert line.startswith("✔ bao-cao-xau-2.md — đã thêm"), line
    assert {"bao-cao-xau", "bao-cao-xau-2"} <= {r["id"] for r in assistant.reports()}
    # the store directory holds only the store's own files
    assert sorted(p.name for p in store_copy.iterdir()) == ["bm25", "catalog.sqlite3", "catalog.sqlite3-shm",
                                                            "catalog.sqlite3-wal", "chroma", "write.lock"]


def test_a_store_from_another_version_is_reported(store_copy):
    with sqlite3.connect(store_copy / "catalog.sqlite3") as con:
        con.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    out = subprocess.run([sys.executable, "-m", "assistant", "reports", "--store", str(store_copy)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "phiên bản khác" in out.stderr and "Traceback" not in out.stderr


def test_telemetry_and_bind_defaults(assistant):
    from assistant.cli import build_parser
    from ui.app import build_app

    assert assistant.store.vectors._client.get_settings().anonymized_telemetry is False
    assert build_app(assistant).analytics_enabled is False
    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"


# --- crash safety --------------------------------------------------------------------------

def _changed_year(tmp_path: Path) -> Path:
    changed = tmp_path / "bao-cao-nam-2021.md"
    text = YEAR.read_text(encoding="utf-8").replace("Thi hành kỷ luật 214 đảng viên", "Thi hành kỷ luật 241 đảng viên")
    changed.write_text(text + "\n\n5. Bổ sung\n\n" + "Công tác bổ sung được tăng cường trong năm. " * 60, encoding="utf-8")
    return changed


def _check_consistent(store: Path) -> str:
    """The store reads as one whole version of the report; returns which one."""
    a = Assistant(Settings(store=store))  # opening repairs what a killed write left
    ids = set(a.store.catalog.chunk_ids())
    got = a.store.vectors._collection.get(ids=sorted(ids), include=[])
    assert set(got["ids"]) == ids  # every chunk the catalog names has its vector
    assert a.store.vectors._collection.count() == len(ids)  # and no vector is left over
    assert set(a.store.keyword().ids) == ids
    ans = a.ask("Năm 2021 có bao nhiêu đảng viên bị thi hành kỷ luật?", ["bao-cao-nam-2021"])
    assert ("214" in ans.answer) != ("241" in ans.answer)
    return "new" if "241" in ans.answer else "old"


@pytest.mark.parametrize("point", ["embedded", "vectors_added", "catalog_committed", "stale_deleted"])
def test_kill_9_at_each_write_point(store_copy, tmp_path, point):
    changed = _changed_year(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "index", str(changed), "--store", str(store_copy)],
                            cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env={**os.environ, "ASSISTANT_PAUSE_AT": point})
    deadline = time.time() + 240
    while time.time() < deadline:
        line = proc.stderr.readline()
        if line.startswith("PAUSED"):
            break
        assert line or proc.poll() is None, "indexer ended before the pause point"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    version = _check_consistent(store_copy)
    assert version == ("new" if point in ("catalog_committed", "stale_deleted") else "old")
    # the next run completes the change
    subprocess.run([sys.executable, "-m", "assistant", "index", str(changed), "--store", str(store_copy)], cwd=ROOT,
                   check=True, capture_output=True, timeout=300)
    assert _check_consistent(store_copy) == "new"


def test_kill_9_at_arbitrary_moments(store_copy, tmp_path):
    changed = _changed_year(tmp_path)
    seen = set()
    for delay in (0.3, 1.0, 2.5, 4.0):
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "index", str(changed), "--store", str(store_copy)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        seen.add(_check_consistent(store_copy))
    assert seen <= {"old", "new"}
