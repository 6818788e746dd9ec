"""Dialogs opened from a window: the agenda and participants editors, the import dialogs, the record dialogs."""
