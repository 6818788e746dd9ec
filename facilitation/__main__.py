"""``python -m facilitation``: the same as the ``facilitation`` command."""

import sys

from facilitation.cli import main

sys.exit(main())
