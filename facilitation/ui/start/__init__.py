"""The start page: the meetings of this computer, and the ways to start a new one.

Imported only when it is shown (the app opened without a file, or File → Start page): a start with
a meeting file never loads it.
"""
