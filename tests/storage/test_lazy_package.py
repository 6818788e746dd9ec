"""``facilitation.storage`` imports its submodules when a public name is first asked for (start-up).

The package keeps every public name it had; importing it, or only the file format, does not pull in
the session, its worker thread, the locks or the recovery.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import facilitation.storage as storage


def test_every_public_name_is_there_and_comes_from_its_module() -> None:
    assert sorted(storage.__all__) == sorted(storage._HOMES)
    for name in storage.__all__:
        value = getattr(storage, name)
        module = sys.modules[f"facilitation.storage.{storage._HOMES[name]}"]
        assert value is getattr(module, name)
    assert set(storage.__all__) <= set(dir(storage))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        storage.no_such_name  # noqa: B018


def test_importing_the_package_or_the_file_format_leaves_the_session_out() -> None:
    code = (
        "import sys, facilitation.storage, facilitation.storage.fileformat\n"
        "print(sorted(m for m in sys.modules if m.startswith('facilitation.storage.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    for heavy in ("session", "worker", "lock", "recovery"):
        assert f"facilitation.storage.{heavy}'" not in out
    assert "facilitation.storage.fileformat'" in out
