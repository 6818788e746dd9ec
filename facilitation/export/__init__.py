"""The minutes of a meeting: Word (python-docx) and Markdown. Imported only when an export runs."""
