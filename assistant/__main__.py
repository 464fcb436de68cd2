"""The launcher (`python -m assistant`, console script `vn-report-assistant`): `serve` starts the
web shell (ui.app), every other verb the command-line shell (assistant.cli). The two shells stand
side by side on the service; this is the one place that knows both."""
import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["serve"]:
            from ui.app import main as web

            return web(argv[1:])
        from assistant.cli import main as cli

        return cli(argv)
    except BrokenPipeError:
        # `python -m assistant ask … | head`: the reader left; no traceback for that
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
