"""The bundle's entry point keeps a Wayland desktop's QT_QPA_PLATFORM from stopping the app."""

from __future__ import annotations

import importlib.util
import os
import sys
from types import ModuleType

import pytest

from tests.packaging.conftest import ROOT


def _launcher() -> ModuleType:
    spec = importlib.util.spec_from_file_location("launcher", ROOT / "packaging" / "launcher.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's platforms")
@pytest.mark.parametrize(
    ("asked", "given"),
    [
        ("wayland", "wayland;xcb"),
        ("wayland-egl;eglfs", "wayland-egl;eglfs;xcb"),
        ("xcb", "xcb"),
        ("offscreen", "offscreen"),
        ("wayland;xcb", "wayland;xcb"),
        ("xcb:nomitshm", "xcb:nomitshm"),
    ],
)
def test_a_platform_the_bundle_lacks_falls_back_to_xcb(
    monkeypatch: pytest.MonkeyPatch, asked: str, given: str
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", asked)
    _launcher().platform_fallback()
    assert os.environ["QT_QPA_PLATFORM"] == given


def test_no_platform_asked_stays_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    _launcher().platform_fallback()
    assert "QT_QPA_PLATFORM" not in os.environ
