"""Keeping meetings on disk: the JSON file format, atomic writes, the autosave journal, recovery, locks.

Plain Python (no Qt): the UI calls it, tests and the command line use it directly.
"""
