"""What every window shares and that holds no widget of its own: the application context, settings, languages, Qt workarounds, geometry, list syncing, undo labels and the live meeting in words."""
