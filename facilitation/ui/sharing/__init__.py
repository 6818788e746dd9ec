"""Sharing one live meeting with other devices: the dialogs, the status line, the event-loop glue.

The one room of the interface that speaks to ``facilitation.sync``; the windows only add a few menu
entries and a status label from here (see ``docs/sync.md``, "The interface").
"""
