"""Everything Qt: windows, widgets, item models, dialogs, translations."""

from facilitation.ui.core.qtcompat import skip_source_reads

# before any window module is imported (see qtcompat.skip_source_reads)
skip_source_reads()
