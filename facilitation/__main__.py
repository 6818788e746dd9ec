"""``python -m facilitation``: the same as the ``facilitation`` command."""

from facilitation.cli import entry

entry()
