"""The projector's window: the live question, its timer and who speaks next, in large type."""
