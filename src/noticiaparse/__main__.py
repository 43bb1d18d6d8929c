"""``python -m noticiaparse``: the command line."""

import sys

from noticiaparse._cli import main

if __name__ == "__main__":
    sys.exit(main())
