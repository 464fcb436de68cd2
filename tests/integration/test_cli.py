"""The command line, end to end, as separate processes on a temporary store."""
import json
import subprocess
import sys

from tests.conftest import ROOT, YEAR


def run(store, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "assistant", *args, "--store", str(store)], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_cli_end_to_end(store_copy, tmp_path):
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    extra = tmp_path / "bao-cao-quy-1-nam-2022.md"
    extra.write_text("BÁO CÁO\n\nkết quả quý I năm 2022\n\nI. KẾT QUẢ\n\n1. Công tác kết nạp đảng viên\n\n"
                     "Toàn tỉnh kết nạp 321 đảng viên mới.", encoding="utf-8")
    p = run(store_copy, "index", str(bad), str(extra), str(YEAR))
    assert p.returncode == 1  # one file could not be read ...
    assert "hong.docx" in p.stderr and ".docx bị hỏng" in p.stderr
    assert "bao-cao-quy-1-nam-2022" in p.stdout and "không đổi" in p.stdout  # ... the others went in

    reports = json.loads(run(store_copy, "reports", "--json").stdout)
    assert {r["id"]: r["period"] for r in reports}["bao-cao-quy-1-nam-2022"] == "quý I năm 2022"
    assert all({"id", "title", "period", "sections", "chunks"} <= set(r) for r in reports)

    tree = json.loads(run(store_copy, "sections", "bao-cao-6-thang-dau-nam-2021", "--json").stdout)
    roman = [n for n in tree if n["number"] in ("I", "II", "III", "IV")]
    assert [len(n["children"]) for n in roman] == [5, 7, 2, 6]
    assert roman[0]["children"][2]["title"] == "Công tác kiểm tra, giám sát và thi hành kỷ luật Đảng"

    hits = json.loads(run(store_copy, "search", "đảng viên bị kỷ luật", "--k", "3", "--report",
                          "bao-cao-nam-2021", "--json").stdout)
    assert len(hits) == 3 and all(h["report"] == "bao-cao-nam-2021" for h in hits) and hits[0]["section"] == "I.3"

    ans = json.loads(run(store_copy, "ask", "Có bao nhiêu đảng viên bị thi hành kỷ luật?", "--json").stdout)
    assert set(ans) >= {"answer", "found", "citations"} and ans["found"] and "106" in ans["answer"]
    c = ans["citations"][0]
    assert set(c) >= {"n", "report", "report_title", "section", "section_title", "quote", "start", "end"}
    assert (c["n"], c["report"], c["section"]) == (1, "bao-cao-6-thang-dau-nam-2021", "I.3")

    out = run(store_copy, "chat", "--json", stdin="Năm 2021 có bao nhiêu đảng viên bị cảnh cáo?\nCòn khai trừ thì sao?\n")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 2 and "31" in lines[0]["answer"] and "khai trừ 07 đảng viên" in lines[1]["answer"].splitlines()[0]

    summary = json.loads(run(store_copy, "summarize", "bao-cao-nam-2021", "phần hạn chế", "--json").stdout)
    assert summary["section"] == "III.2" and "86,6%" in summary["summary"] and summary["citations"]

    assert run(store_copy, "remove", "bao-cao-quy-1-nam-2022").returncode == 0
    assert run(store_copy, "remove", "bao-cao-quy-1-nam-2022").returncode == 1
    assert "bao-cao-quy-1-nam-2022" not in run(store_copy, "reports").stdout
