"""The note-taker's window and its parts: the entry editor, the notes already taken and their editing."""
