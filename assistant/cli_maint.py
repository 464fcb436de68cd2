"""`doctor` and `repair`: store maintenance verbs of the command line (#14), kept beside cli.py so
the shell itself stays a thin list of verbs."""
from __future__ import annotations

import sys


def add_commands(sub, add_common) -> None:
    p = sub.add_parser("doctor", help="kiểm tra tình trạng kho chỉ mục (chỉ đọc)")
    add_common(p)
    p = sub.add_parser("repair", help="dựng lại vector và chỉ mục từ khóa từ catalog (không xóa gì)")
    add_common(p)


def run(command: str, settings) -> int:
    from index.catalog import StoreVersionError
    from index.doctor import diagnose, repair

    if command == "doctor":
        d = diagnose(settings)
        print(f"Kho {settings.store.path}:")
        for line in d.lines():
            print("  " + line)
        print("Kho hoạt động bình thường." if d.ok else "Kho có vấn đề; xem các dòng ✘ ở trên.")
        return 0 if d.ok else 1
    try:
        for line in repair(settings, progress=sys.stderr.isatty()):
            print(line)
    except StoreVersionError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    return 0


def unknown_reports(assistant, wanted: list[str] | None) -> str | None:
    """A report filter naming ids the store lacks: a clear error, not a silent search of all."""
    from assistant.messages import msg

    if not wanted:
        return None
    known = [r["id"] for r in assistant.reports()]
    missing = [r for r in wanted if r not in known]
    if not missing:
        return None
    return msg("unknown_reports", ids="”, “".join(missing), known=", ".join(known[:20]) or "(chưa có)")
