"""What the frozen program runs: the command line, which opens the window without a command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
