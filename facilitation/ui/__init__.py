"""Everything Qt: windows, widgets, item models, dialogs, translations."""
