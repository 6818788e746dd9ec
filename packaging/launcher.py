"""The bundle's entry point: the ``facilitation`` command, frozen by PyInstaller (facilitation.spec)."""

import os
import sys

from facilitation.cli import entry


def platform_fallback() -> None:
    """On Linux the bundle carries the xcb and offscreen platforms only (no Wayland plugin: the app
    runs through XWayland there). A session that asks for another platform by name, as some
    Wayland desktops do with QT_QPA_PLATFORM=wayland, gets xcb after it, which Qt tries next
    instead of refusing to start."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    names = [name.split(":")[0] for name in wanted.split(";") if name]
    if sys.platform.startswith("linux") and names and not {"xcb", "offscreen"} & set(names):
        os.environ["QT_QPA_PLATFORM"] = f"{wanted};xcb"


if __name__ == "__main__":
    platform_fallback()
    entry()
