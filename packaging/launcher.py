"""The bundle's entry point: the ``facilitation`` command, frozen by PyInstaller (facilitation.spec)."""

import sys

from facilitation.cli import main

if __name__ == "__main__":
    sys.exit(main())
