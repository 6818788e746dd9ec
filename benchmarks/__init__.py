"""Benchmarks: the app's promises measured against bare PySide6, python-docx and json on this machine.

Run them with ``python benchmarks/run.py`` (see ``docs/performance.md``).
"""
