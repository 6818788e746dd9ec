"""Bringing agendas and participants in: Markdown/text, Word and CSV files, and the next meeting."""
