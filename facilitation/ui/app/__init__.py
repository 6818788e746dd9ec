"""Start-up and shut-down, the window manager, recovery after a crash."""
