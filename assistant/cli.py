"""The command-line shell: the service's verbs (assistant's public face) as subcommands, their
typed results printed as text or JSON. The web shell (`serve`) is ui.app, started by the launcher
(assistant.__main__); this module never imports it."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

import assistant as service

from .messages import msg


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help="thư mục kho chỉ mục (mặc định: $ASSISTANT_STORE hoặc .store)")


def _add_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("--export", type=Path, metavar="FILE", help="lưu kết quả ra tệp .docx, .xlsx (bảng) hoặc .md")


def _export(result, args) -> int:
    """Writes the result to --export FILE when asked; 2 with a clear message when it cannot."""
    if not getattr(args, "export", None):
        return 0
    from .export import ExportError, export_result

    try:
        path = export_result(result, args.export)
    except (ExportError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"Đã lưu {path}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant",
                                     description="Trợ lý hỏi đáp báo cáo: trả lời có trích dẫn từ các báo cáo đã lập chỉ mục.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="lập chỉ mục tệp hoặc thư mục báo cáo (.md, .txt, .docx, .pdf)")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--if-empty", action="store_true", help="chỉ lập chỉ mục khi kho chưa có báo cáo nào")
    p.add_argument("--follow-links", action="store_true", help="đọc cả tệp là liên kết tượng trưng (symlink)")
    p.add_argument("--replace", action="store_true", help="cho phép tệp khác thay báo cáo có cùng mã")
    _add_common(p)

    p = sub.add_parser("reports", help="liệt kê các báo cáo đã lập chỉ mục")
    p.add_argument("--json", action="store_true")
    _add_common(p)

    p = sub.add_parser("sections", help="cây mục của một báo cáo")
    p.add_argument("report_id")
    p.add_argument("--json", action="store_true")
    _add_common(p)

    p = sub.add_parser("search", help="tìm các đoạn liên quan")
    p.add_argument("question")
    p.add_argument("--report", action="append", dest="reports", help="chỉ tìm trong báo cáo này (lặp lại được)")
    p.add_argument("--k", type=int, default=8)
    p.add_argument("--json", action="store_true")
    _add_common(p)

    for name, help_ in (("ask", "hỏi một câu"), ("chat", "hội thoại: mỗi dòng stdin là một câu hỏi")):
        p = sub.add_parser(name, help=help_)
        if name == "ask":
            p.add_argument("question")
            _add_export(p)
        p.add_argument("--report", action="append", dest="reports", help="chỉ hỏi trong báo cáo này (lặp lại được)")
        p.add_argument("--json", action="store_true")
        _add_common(p)

    p = sub.add_parser("summarize", help="tóm tắt một mục của báo cáo")
    p.add_argument("report_id")
    p.add_argument("section", help='số mục ("I.3") hoặc cách gọi ("mục 3 phần I", "phần hạn chế")')
    p.add_argument("--json", action="store_true")
    _add_export(p)
    _add_common(p)

    p = sub.add_parser("compare", help="so sánh số liệu của hai báo cáo")
    p.add_argument("report_a")
    p.add_argument("report_b")
    p.add_argument("--topic", help='nội dung cần so sánh, ví dụ "kỷ luật đảng viên"')
    p.add_argument("--json", action="store_true")
    _add_export(p)
    _add_common(p)

    p = sub.add_parser("trend", help="diễn biến số liệu của một nội dung qua các báo cáo")
    p.add_argument("topic_arg", nargs="?", metavar="TOPIC", help='nội dung, ví dụ "kỷ luật đảng viên"')
    p.add_argument("--topic", help="như TOPIC")
    p.add_argument("--report", action="append", dest="reports", help="chỉ xét báo cáo này (lặp lại được)")
    p.add_argument("--json", action="store_true")
    _add_export(p)
    _add_common(p)

    p = sub.add_parser("remove", help="xóa một báo cáo khỏi kho")
    p.add_argument("report_id")
    _add_common(p)

    from .cli_maint import add_commands

    add_commands(sub, _add_common)

    p = sub.add_parser("serve", help="mở giao diện web")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", help="user:password (hoặc đặt ASSISTANT_AUTH / ASSISTANT_AUTH_FILE)")
    _add_common(p)
    return parser


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False))


def _format_answer(ans) -> str:
    lines = [ans.answer]
    if ans.notice:
        lines.insert(0, f"({ans.notice})")
    if ans.citations:
        lines.append("")
        lines.append("Nguồn:")
        for c in ans.citations:
            lines.append(f"  [{c.n}] {c.report_title[:90]} — mục {c.section}. {c.section_title} (ký tự {c.start}–{c.end})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":  # listed here for --help; the launcher hands `serve` to the web shell
        print("Lệnh serve chạy qua: python -m assistant serve (hoặc vn-report-assistant serve).", file=sys.stderr)
        return 2
    settings = service.get_settings(store=args.store)
    import sqlite3

    from index.catalog import damaged

    try:
        if args.command in ("doctor", "repair"):
            from .cli_maint import run

            return run(args.command, settings)
        assistant = service.Assistant(settings, progress=args.command == "index" and sys.stderr.isatty())
        return _COMMANDS[args.command](assistant, args)
    except service.ReportNotFound as exc:  # compare, summarize, trend: one message for every verb
        print(msg("report_not_found", report_id=exc.report_id), file=sys.stderr)
        return 1
    except service.StoreVersionError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # damage found after opening: the same message, no traceback
        print(f"Lỗi: {damaged(settings.store.path / 'catalog.sqlite3', exc)}", file=sys.stderr)
        return 2


def cmd_index(a, args) -> int:
    if args.if_empty and a.reports():
        print(f"Kho đã có {len(a.reports())} báo cáo; bỏ qua lập chỉ mục mẫu.")
        return 0
    results, failures = a.index(args.paths, progress=sys.stderr.isatty(), follow_links=args.follow_links,
                                replace=args.replace)
    if args.json:
        _print_json({"indexed": [r.__dict__ for r in results], "failed": [f.__dict__ for f in failures]})
    else:
        labels = {"added": "đã thêm", "updated": "đã cập nhật", "unchanged": "không đổi", "duplicate": "trùng lặp"}
        for r in results:
            extra = f" (trùng với {r.duplicate_of})" if r.duplicate_of else f": {r.sections} mục, {r.chunks} đoạn"
            print(f"{labels[r.status]:>12}  {r.report_id}{extra}{' — văn bản nhận dạng từ bản quét (OCR)' if r.ocr else ''}")
            if r.id_taken:
                print(f"{'lưu ý':>12}  mã {r.id_taken} đã thuộc báo cáo từ tệp khác; báo cáo này mang mã {r.report_id} "
                      "(dùng --replace để thay báo cáo cũ)", file=sys.stderr)
            for w in r.warnings:
                print(f"{'cảnh báo':>12}  {r.report_id}: {w}", file=sys.stderr)
        for f in failures:
            print(f"{'lỗi':>12}  {f.path}: {f.reason}", file=sys.stderr)
    return 1 if failures else 0


def cmd_reports(a, args) -> int:
    reps = a.reports()
    if args.json:
        _print_json([{k: r[k] for k in ("id", "title", "period", "issuer", "sections", "chunks", "added_at")} for r in reps])
        return 0
    if not reps:
        print("Chưa có báo cáo nào.")
    for r in reps:
        when = datetime.fromtimestamp(r["added_at"]).strftime("%Y-%m-%d %H:%M")
        print(f"{r['id']}\t{r['period'] or '-'}\t{r['sections']} mục\t{r['chunks']} đoạn\t{when}\t{r['title'][:80]}")
    return 0


def section_tree(report) -> list[dict]:
    by_number = {s.number: s for s in report.sections}

    def node(s):
        return {"number": s.number, "title": s.title, "kind": s.kind, "start": s.start, "end": s.end,
                "children": [node(by_number[c]) for c in s.children]}

    return [node(s) for s in report.sections if s.parent is None]


def cmd_sections(a, args) -> int:
    rep = a.report(args.report_id)
    if rep is None:
        print(msg("report_not_found", report_id=args.report_id), file=sys.stderr)
        return 1
    tree = section_tree(rep)
    if args.json:
        _print_json(tree)
        return 0

    def show(nodes, depth):
        for n in nodes:
            label = n["number"] if n["title"] == n["number"] else f"{n['number']}. {n['title']}"
            print(f"{'  ' * depth}{label}")
            show(n["children"], depth + 1)

    show(tree, 0)
    return 0


def cmd_search(a, args) -> int:
    if _unknown(a, args.reports):
        return 1
    hits = a.search(args.question, args.k, args.reports)
    rows = [{"report": h.chunk.report_id, "section": h.chunk.section, "section_title": h.chunk.section_title,
             "score": round(h.score, 5), "start": h.chunk.start, "end": h.chunk.end, "text": h.chunk.text} for h in hits]
    if args.json:
        _print_json(rows)
    else:
        for i, r in enumerate(rows, 1):
            print(f"{i}. [{r['score']:.4f}] {r['report']} — mục {r['section']}. {r['section_title']}")
            print(f"   {r['text'][:200]}")
    return 0


def _answer(a, question: str, reports, conv=None, as_json: bool = False):
    """The settled answer; with a language model and a terminal, its words are shown as they come."""
    live = not as_json and a.generator is not None and sys.stdout.isatty()
    shown, final = "", None
    for part in a.ask_stream(question, reports, conv):
        if not isinstance(part, str):
            final = part
        elif live and part.startswith(shown):
            sys.stdout.write(part[len(shown):])
            sys.stdout.flush()
            shown = part
    if live and shown:
        sys.stdout.write("\n\n— đã kiểm tra với nguồn —\n")
    return final


def _unknown(a, reports) -> bool:
    from .cli_maint import unknown_reports

    problem = unknown_reports(a, reports)
    if problem:
        print(problem, file=sys.stderr)
    return problem is not None


def cmd_ask(a, args) -> int:
    if _unknown(a, args.reports):
        return 1
    ans = _answer(a, args.question, args.reports, as_json=args.json)
    print(json.dumps(ans.public(), ensure_ascii=False) if args.json else _format_answer(ans))
    return _export(ans, args)


def cmd_chat(a, args) -> int:
    conv = service.Conversation()
    interactive = sys.stdin.isatty()
    while True:
        try:
            line = input("Hỏi> " if interactive else "")
        except EOFError:
            break
        if not line.strip():
            continue
        if interactive and line.strip() in ("/thoat", "/thoát", "/exit", "/quit"):
            break
        ans = _answer(a, line, args.reports, conv, as_json=args.json)
        if args.json:
            _print_json(ans.public())
        else:
            print(_format_answer(ans))
            print()
        sys.stdout.flush()
    return 0


def cmd_summarize(a, args) -> int:
    try:
        summary = a.summarize(args.report_id, args.section)
    except service.SectionNotFound as exc:
        if args.json:
            _print_json({"report": exc.report_id, "section": None, "section_title": None, "summary": exc.message,
                         "citations": []})
        else:
            print(exc.message)
        return 1
    if args.json:
        _print_json(summary.section_json())
    else:
        print(summary.answer)
    return _export(summary, args)


def cmd_compare(a, args) -> int:
    result = a.compare(args.report_a, args.report_b, args.topic)
    if args.json:
        _print_json(result.table())
    else:
        print(_format_answer(result))
    return _export(result, args)


def cmd_trend(a, args) -> int:
    result = a.trend(args.topic or args.topic_arg, args.reports)
    if args.json:
        _print_json(result.table())
    else:
        print(_format_answer(result))
    if not result.found and getattr(args, "export", None):
        print(f"Không có diễn biến nào để lưu vào {args.export}.", file=sys.stderr)
    return _export(result, args) if result.found else 1


def cmd_remove(a, args) -> int:
    if a.remove(args.report_id):
        print(f"Đã xóa báo cáo {args.report_id}.")
        return 0
    print(msg("report_not_found", report_id=args.report_id), file=sys.stderr)
    return 1


_COMMANDS = {"index": cmd_index, "reports": cmd_reports, "sections": cmd_sections, "search": cmd_search,
             "ask": cmd_ask, "chat": cmd_chat, "summarize": cmd_summarize, "compare": cmd_compare, "trend": cmd_trend,
             "remove": cmd_remove}
