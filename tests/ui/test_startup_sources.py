"""Start-up drops the module sources PySide6's import hook read, and only those."""

from __future__ import annotations

import linecache
from pathlib import Path

from facilitation.ui.app import startup


def test_the_sources_read_for_pyside6_are_dropped_and_nothing_else(tmp_path: Path) -> None:
    module = tmp_path / "some_module.py"
    module.write_text("x = 1\n", encoding="utf-8")
    linecache.getlines(str(module))  # what inspect.getsource leaves behind
    linecache.cache["<generated>"] = (6, None, ["y = 2\n"], "<generated>")  # no file to read again
    assert str(module) in linecache.cache
    startup.forget_module_sources()
    assert str(module) not in linecache.cache
    generated = linecache.cache.pop("<generated>")
    assert len(generated) == 4 and generated[2] == ["y = 2\n"]
    # a traceback still finds the line: the file is read again
    assert linecache.getline(str(module), 1) == "x = 1\n"
