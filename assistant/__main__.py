import os
import sys

from assistant.cli import main

try:
    sys.exit(main())
except BrokenPipeError:
    # `python -m assistant ask … | head`: the reader left; no traceback for that
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)
